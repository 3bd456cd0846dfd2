// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a wasm32-wasi module under Node's WASI (V8): node node-wasi-launcher.mjs MODULE [ARGS...]
// The module's exit code becomes node's. No preopened folders: the workloads need none.
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { WASI } from 'node:wasi';

const [modulePath, ...args] = process.argv.slice(2);
if (!modulePath) {
    process.stderr.write('usage: node node-wasi-launcher.mjs MODULE [ARGS...]\n');
    process.exit(2);
}
const wasi = new WASI({ version: 'preview1', args: [modulePath, ...args], env: {}, preopens: {}, returnOnExit: true });
// wasi.wasiImport, not getImportObject(): Node 18 (Debian 12's nodejs) lacks the latter (docs/packages.md).
const module = await WebAssembly.compile(await readFile(modulePath));
const instance = await WebAssembly.instantiate(module, { wasi_snapshot_preview1: wasi.wasiImport });
process.exitCode = wasi.start(instance);

// SPDX-License-Identifier: GPL-3.0-or-later
// Serves HTTP/1.1 for a wasm32-wasi request handler under Node's WASI (V8), which has no sockets:
//   node node-wasi-http-host.mjs MODULE [PORT]
// The port comes from PORT, else $PORT, else 8080 (as the native http-hello). Node's http module
// owns the sockets and keep-alive connections; per request the host copies the request target
// into the module and calls its handler, so the module's state (/state's counter) lives in one
// instance for the server's life and the work (/heavy's fib(30)) runs in wasm. It prints
// "listening on 0.0.0.0:PORT" once it accepts connections, after compiling and initialising the
// module, so time to ready includes both.
//
// Module ABI (a WASI reactor, clang -mexec-model=reactor; documented in
// resources/workloads/http-hello-handler.c): exports memory, _initialize,
//   path_buffer() -> ptr, path_buffer_size() -> u32: where the request target goes (cut at the size)
//   handle(path_ptr, path_len) -> ptr of { u32 status; u32 body_len; u8 body[body_len] } (little-endian)
// The response is the status with Node's reason phrase, Content-Type: text/plain, Content-Length
// and the body; "Connection: close" from the client closes the connection after it. The method
// and the request body are not looked at (as in the native server). If the module traps, the
// host answers 500 and exits with 1: its state can no longer be trusted, so the run must fail.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import process from 'node:process';
import { WASI } from 'node:wasi';

const fail = (code, message) => {
    process.stderr.write(`node-wasi-http-host: ${message}\n`);
    process.exit(code);
};

const [modulePath, portArg] = process.argv.slice(2);
if (!modulePath) {
    fail(2, 'usage: node node-wasi-http-host.mjs MODULE [PORT]');
}
const portText = portArg ?? process.env.PORT ?? '8080';
const port = /^\d+$/.test(portText) ? Number(portText) : NaN;
if (!(port > 0 && port <= 65535)) {
    fail(2, `bad port '${portText}'`);
}

const loadHandler = async () => {
    let bytes;
    try {
        bytes = await readFile(modulePath);
    } catch (e) {
        fail(2, `cannot read ${modulePath}: ${e.message}`);
    }
    const wasi = new WASI({ version: 'preview1', args: [modulePath], env: {}, preopens: {}, returnOnExit: true });
    const instance = await WebAssembly.instantiate(await WebAssembly.compile(bytes), { wasi_snapshot_preview1: wasi.wasiImport });
    const missing = ['memory', '_initialize', 'path_buffer', 'path_buffer_size', 'handle'].filter(
        (name) => !(name in instance.exports));
    if (missing.length > 0) {
        fail(2, `${modulePath} is not an HTTP handler reactor: it does not export ${missing.join(', ')}`);
    }
    wasi.initialize(instance);
    const { memory, path_buffer, path_buffer_size, handle } = instance.exports;
    const pathPtr = path_buffer();
    const pathMax = path_buffer_size();
    return (target) => {
        const path = Buffer.from(target, 'latin1').subarray(0, pathMax);
        new Uint8Array(memory.buffer, pathPtr, path.length).set(path);
        const resp = handle(pathPtr, path.length);
        // Views are made after the call: memory.buffer changes when the module grows its memory.
        const view = new DataView(memory.buffer, resp, 8);
        const status = view.getUint32(0, true);
        const body = Buffer.from(new Uint8Array(memory.buffer, resp + 8, view.getUint32(4, true)));
        return { status, body };
    };
};

let handler;
try {
    handler = await loadHandler();
} catch (e) {
    fail(1, `cannot load ${modulePath}: ${e.message}`);
}

const server = http.createServer((req, res) => {
    let answer;
    try {
        answer = handler(req.url);
    } catch (e) {
        res.writeHead(500, { 'Content-Type': 'text/plain', Connection: 'close' });
        res.end(`module trapped: ${e.message}\n`, () => fail(1, `the module trapped on ${req.url}: ${e.message}`));
        return;
    }
    res.writeHead(answer.status, { 'Content-Type': 'text/plain', 'Content-Length': answer.body.length });
    res.end(answer.body);
});
// Like the native server: idle keep-alive connections stay open until the client closes them.
server.keepAliveTimeout = 0;
server.on('error', (e) => fail(1, `cannot listen on port ${port}: ${e.message}`));
server.listen(port, '0.0.0.0', () => process.stdout.write(`listening on 0.0.0.0:${port}\n`));
process.on('SIGTERM', () => process.exit(0));

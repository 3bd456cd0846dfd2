#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Launch, readiness and sampling benchmarks of core/measure, side by side with what people use. One command:

    tests/bench/launch_ready_sampling.py            # ROUNDS=5, SAMPLER_SECONDS=10 by default
    tests/bench/launch_ready_sampling.py --from-json RESULTS.json   # only rewrite the table

(a) `runbench-cli time --runs 200 -- /bin/true` against `hyperfine -N --runs 200 /bin/true`, interleaved rounds
    (the order alternates each round), medians and the per-round ratio;
(b) a server that sleeps 50 ms then listens (rb_testchild serve): Runbench's time to ready (TCP and HTTP
    probes) and a 10 ms curl poll loop, each compared with the server's own listen() timestamp;
(c) the resource sampler's own CPU time on a tree of 50 processes at 20 Hz, and the TCP probe's CPU time while
    nothing listens.

Builds the optimised `ci` preset (without the GUI) into build/ci when its binaries are missing, prints the raw
results (also to tests/bench/results/launch_ready_sampling.json), and writes the table into docs/performance.md, section "Launch, readiness and sampling" (only that
section is replaced). Not a ctest: the numbers depend on the machine and its load.
"""
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

SRC = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BUILD = os.environ.get("BUILD", os.path.join(SRC, "build", "ci"))
ROUNDS = int(os.environ.get("ROUNDS", "5"))
SAMPLER_SECONDS = int(os.environ.get("SAMPLER_SECONDS", "10"))
DOC = os.environ.get("DOC", os.path.join(SRC, "docs", "performance.md"))
SECTION = "## Launch, readiness and sampling"
RAW = os.path.join(SRC, "tests", "bench", "results", "launch_ready_sampling.json")
CLI = os.path.join(BUILD, "bin", "runbench-cli")
CHILD = os.path.join(BUILD, "tests", "rb_testchild")
BENCH = os.path.join(BUILD, "tests", "rb_bench_measure")


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True, **kw).stdout


def ensure_tools():
    if not shutil.which("hyperfine") or not shutil.which("curl"):
        print("installing hyperfine and curl from Debian", file=sys.stderr)
        subprocess.run(["apt-get", "install", "-y", "hyperfine", "curl"], check=True)
    if not all(os.access(p, os.X_OK) for p in (CLI, CHILD, BENCH)):
        subprocess.run(["cmake", "--preset", "ci", "-DRUNBENCH_BUILD_GUI=OFF"], cwd=SRC, check=True)
        subprocess.run(["cmake", "--build", "--preset", "ci", "--target", "runbench-cli", "rb_testchild",
                        "rb_bench_measure"], cwd=SRC, check=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch_round(rnd, tmp):
    """One round of (a): both tools, order alternating. Returns (runbench median ms, hyperfine median ms)."""
    out = {}
    tools = ["runbench", "hyperfine"] if rnd % 2 == 0 else ["hyperfine", "runbench"]
    for tool in tools:
        if tool == "runbench":
            doc = json.loads(run([CLI, "time", "--runs", "200", "--json", "--", "/bin/true"]))
            out[tool] = doc["wall_ms"]["median"]
        else:
            path = os.path.join(tmp, "hf.json")
            subprocess.run(["hyperfine", "-N", "--runs", "200", "--export-json", path, "/bin/true"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            with open(path) as f:
                out[tool] = json.load(f)["results"][0]["median"] * 1000.0
    return out["runbench"], out["hyperfine"]


def curl_loop(runs, delay_ms):
    """A 10 ms curl poll loop, as cold-start scripts do. Per run: (time to ready ms, lag after listen() ms)."""
    ready, lag = [], []
    for _ in range(runs):
        port = free_port()
        t0 = time.monotonic_ns()
        server = subprocess.Popen([CHILD, "serve", str(delay_ms), str(port)], stdout=subprocess.PIPE, text=True)
        while subprocess.run(["curl", "-sf", "-o", "/dev/null", "--max-time", "1", f"http://127.0.0.1:{port}/"],
                             stderr=subprocess.DEVNULL).returncode != 0:
            time.sleep(0.010)
        t1 = time.monotonic_ns()
        line = server.stdout.readline()  # "listening <CLOCK_MONOTONIC ns>"
        server.kill()
        server.wait()
        ready.append((t1 - t0) / 1e6)
        lag.append((t1 - int(line.split()[1])) / 1e6)
    return ready, lag


def runbench_ready(runs, delay_ms, kind):
    port = free_port()
    spec = f"tcp:127.0.0.1:{port}" if kind == "tcp" else f"http://127.0.0.1:{port}/"
    doc = json.loads(run([CLI, "time", "--runs", str(runs), "--json", "--ready", spec, "--", CHILD, "serve",
                          str(delay_ms), str(port)]))
    return [s["ready_ms"] for s in doc["samples"] if s["ready_ms"] is not None]


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--from-json":  # rewrite the table from a saved run
        with open(sys.argv[2]) as f:
            write_doc(json.load(f))
        return
    ensure_tools()
    load = os.getloadavg()
    results = {"rounds": ROUNDS, "loadavg_before": load}
    with tempfile.TemporaryDirectory() as tmp:
        rb, hf = [], []
        for rnd in range(ROUNDS):
            a, b = launch_round(rnd, tmp)
            rb.append(a)
            hf.append(b)
            print(f"(a) round {rnd + 1}: runbench {a:.3f} ms, hyperfine {b:.3f} ms, ratio {a / b:.3f}",
                  file=sys.stderr)
        results["launch"] = {"runbench_ms": rb, "hyperfine_ms": hf, "ratios": [a / b for a, b in zip(rb, hf)]}

        ready = {"runbench tcp": [], "runbench http": [], "runbench lag": [], "curl": [], "curl lag": []}
        per_round = max(1, 30 // ROUNDS)
        for rnd in range(ROUNDS):
            ready["runbench tcp"] += runbench_ready(per_round, 50, "tcp")
            ready["runbench http"] += runbench_ready(per_round, 50, "http")
            lag = json.loads(run([BENCH, "ready", str(per_round), "50"]))
            ready["runbench lag"] += lag["lag_after_listen_ms"]
            c, cl = curl_loop(per_round, 50)
            ready["curl"] += c
            ready["curl lag"] += cl
            print(f"(b) round {rnd + 1}: runbench tcp {med(ready['runbench tcp']):.2f} ms, curl loop "
                  f"{med(ready['curl']):.2f} ms so far", file=sys.stderr)
        results["ready"] = ready

        sampler, full, probe = [], [], []
        for rnd in range(3):
            sampler.append(json.loads(run([BENCH, "sampler", "50", "20", str(SAMPLER_SECONDS), "500"])))
            full.append(json.loads(run([BENCH, "sampler", "50", "20", str(SAMPLER_SECONDS), "0"])))
            probe.append(json.loads(run([BENCH, "probe-idle", "2000"])))
            print(f"(c) round {rnd + 1}: sampler {sampler[-1]['cpu_percent_of_core']:.2f} %, every tick "
                  f"{full[-1]['cpu_percent_of_core']:.2f} %, idle probe {probe[-1]['cpu_percent_of_core']:.2f} %",
                  file=sys.stderr)
        results["sampler"] = sampler
        results["sampler_full"] = full
        results["probe_idle"] = probe
    results["loadavg_after"] = os.getloadavg()
    print(json.dumps(results, indent=1))
    with open(RAW, "w") as f:
        json.dump(results, f, indent=1)
    write_doc(results)


def write_doc(r):
    rb, hf, ratios = r["launch"]["runbench_ms"], r["launch"]["hyperfine_ms"], r["launch"]["ratios"]
    ready = r["ready"]
    tcp_err = med(ready["runbench tcp"]) - 50
    curl_err = med(ready["curl"]) - 50
    s_cost = med([x["cpu_percent_of_core"] for x in r["sampler"]])
    f_cost = med([x["cpu_percent_of_core"] for x in r["sampler_full"]])
    p_cost = med([x["cpu_percent_of_core"] for x in r["probe_idle"]])
    p_att = med([x["attempts"] for x in r["probe_idle"]])

    def verdict(ok):
        return "met" if ok else "**not met**"

    n_ready = len(ready["runbench tcp"])
    lines = [
        SECTION,
        "",
        f"Measured by `tests/bench/launch_ready_sampling.py` (build `ci`, -O2) on the shared 2-core VM, load "
        f"average {r['loadavg_before'][0]:.1f} before and {r['loadavg_after'][0]:.1f} after (the machine is shared "
        f"with other engineers' builds): numbers are noisy, so each is a median over interleaved rounds. Raw results: "
        f"`tests/bench/results/launch_ready_sampling.json`.",
        "",
        "| What | Runbench | Reference | Target | Result |",
        "|---|---|---|---|---|",
        f"| `time --runs 200 -- /bin/true`, median wall (median of {len(rb)} rounds) | {med(rb):.3f} ms | "
        f"hyperfine -N: {med(hf):.3f} ms | ratio in [0.8, 1.05] | ratio {med(ratios):.3f} (rounds "
        f"{min(ratios):.2f}–{max(ratios):.2f}): {verdict(0.8 <= med(ratios) <= 1.05)} |",
        f"| Server sleeps 50 ms then listens: time to ready − 50 ms, TCP probe (median of {n_ready}) | "
        f"{tcp_err:.2f} ms | 10 ms curl loop: {curl_err:.2f} ms | ≤ 2 ms | {verdict(tcp_err <= 2)} |",
        f"| Same, HTTP 200 probe (median of {len(ready['runbench http'])}) | "
        f"{med(ready['runbench http']) - 50:.2f} ms | | | |",
        f"| Detection lag after the server's own `listen()` timestamp (median / max of "
        f"{len(ready['runbench lag'])}) | {med(ready['runbench lag']):.2f} / {max(ready['runbench lag']):.2f} ms | "
        f"curl loop: {med(ready['curl lag']):.2f} / {max(ready['curl lag']):.2f} ms | | |",
        f"| Sampler, 50 processes at 20 Hz, PSS/USS every 500 ms (median of 3 × {SAMPLER_SECONDS} s) | "
        f"{s_cost:.2f} % of one core | | < 2 % | {verdict(s_cost < 2)} |",
        f"| Sampler, same, PSS/USS every tick | {f_cost:.2f} % of one core | | | |",
        f"| TCP probe while nothing listens (backoff 50 µs → 1 ms, 2 s, median of 3) | {p_cost:.2f} % of one "
        f"core, {p_att:.0f} attempts | | | |",
        "",
        "Time to ready includes the `execve` and dynamic loading of the server (about 0.6 ms here, the /bin/true "
        "wall time) and its `nanosleep` overshoot; the lag row isolates the probe: from the server's "
        "`listen()` (CLOCK_MONOTONIC, printed by the server) to the probe's success. A 10 ms poll loop is late by "
        "up to 10 ms plus curl's own start (a process per attempt).",
        "",
        f"Launch: the per-round ratio moved between {min(ratios):.2f} and {max(ratios):.2f} with the machine's load "
        f"(rounds: {', '.join(f'{x:.2f}' for x in ratios)}); the median is the number to read. Both tools "
        "time fork to wait of a tiny process: hyperfine from its own process, Runbench from `runbench-spawn`.",
        "",
        f"Sampling: the < 2 % target is {'met' if s_cost < 2 else 'not met'} with the default split (CPU, RSS, "
        f"threads and faults every tick; PSS, USS and context switches every 500 ms), "
        f"{med([x['per_sample_us'] for x in r['sampler']]):.0f} µs of CPU per sample on average. Reading "
        f"`smaps_rollup` of all 50 processes at every tick costs {f_cost:.1f} % and does **not** meet it; "
        "set `detailInterval` to the tick only when PSS itself must be followed at 20 Hz. Hardware perf "
        "counters are unavailable in this VM and reported so.",
        "",
        f"Probe: while nothing listens the TCP probe makes ~{p_att / 2:.0f} connects a second (backoff capped at "
        f"1 ms) for {p_cost:.1f} % of one core: no spin, but not free; it stops at the first success.",
        "",
    ]
    text = open(DOC).read() if os.path.exists(DOC) else "<!-- SPDX-License-Identifier: GPL-3.0-or-later -->\n" \
        "# Performance\n\n"
    start = text.find(SECTION)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + "\n".join(lines)
    else:
        end = text.find("\n## ", start + len(SECTION))
        text = text[:start] + "\n".join(lines) + (text[end + 1:] if end >= 0 else "")
    with open(DOC, "w") as f:
        f.write(text)
    print(f"wrote {DOC}", file=sys.stderr)


if __name__ == "__main__":
    main()

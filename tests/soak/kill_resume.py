#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""SIGKILL runbench-cli at random moments during an experiment, resume it each time, and check that the
result is the same set of runs as an uninterrupted run, without duplicates, and that nothing it started is
left running (processes, runc/crun containers, private daemons, mounts).

    tests/soak/kill_resume.py BUILD_DIR SPEC [--kills 5] [--seed 1] [--reference DIR]

Without --reference the script first runs the spec uninterrupted. Prints one line per kill and a summary;
exits 1 when a check fails. Used for issue #6 ("SIGKILL at random moments during full.json"); too slow
for ctest (tests/cli/tst_cli_run has the single-kill version)."""
import argparse, csv, os, random, signal, subprocess, sys, tempfile, time

WATCHED = ("http-hello", "hello", "cpu-hash", "noop", "runbench-spawn", "dockerd", "containerd", "containerd-shim", "conmon", "node", "runc", "crun")


def run_ids(out):
    with open(os.path.join(out, "runs.csv"), newline="") as f:
        return [r["run_id"] for r in csv.DictReader(f)]


TAG = f"RB_KILL_RESUME_TAG={os.getpid()}".encode()


def leftovers(before):
    """Processes with a watched name that did not exist before and carry this script's environment tag (so
    that other work on the machine is not counted), and runbench mounts."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) in before:
            continue
        try:
            comm = open(f"/proc/{pid}/comm").read().strip()
        except OSError:
            continue
        try:
            tagged = TAG in open(f"/proc/{pid}/environ", "rb").read().split(b"\0")
        except OSError:
            tagged = False
        if comm.startswith(WATCHED) and tagged:
            try:
                state = next(l.split()[1] for l in open(f"/proc/{pid}/status") if l.startswith("State:"))
            except (OSError, StopIteration):
                continue
            if state != "Z":  # a zombie has ended; only its parent's wait is missing
                found.append(f"{pid}:{comm}:{state}")
    mounts = [l.split()[1] for l in open("/proc/mounts") if "runbench" in l.split()[1]]
    return found, mounts


def runtime_containers():
    out = []
    for rt in ("runc", "crun"):
        state = os.path.join(tempfile.gettempdir(), f"runbench-{rt}-state")
        if os.path.isdir(state):
            r = subprocess.run([rt, "--root", state, "list", "-q"], capture_output=True, text=True)
            out += [f"{rt}:{c}" for c in r.stdout.split()]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("spec")
    ap.add_argument("--kills", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--reference")
    ap.add_argument("--min-s", type=float, default=2.0)
    ap.add_argument("--max-s", type=float, default=20.0)
    a = ap.parse_args()
    cli = os.path.join(a.build, "bin", "runbench-cli")
    os.environ[TAG.decode().split("=")[0]] = TAG.decode().split("=")[1]  # inherited by everything it starts
    rng = random.Random(a.seed)
    before = {int(p) for p in os.listdir("/proc") if p.isdigit()}
    work = tempfile.mkdtemp(prefix="rb-kill-")
    ref = a.reference
    if not ref:
        ref = os.path.join(work, "reference")
        t = time.monotonic()
        subprocess.run([cli, "run", a.spec, "--out", ref], check=True, capture_output=True)
        print(f"reference run: {time.monotonic() - t:.1f} s, {len(run_ids(ref))} runs")
    out = os.path.join(work, "killed")
    failures = []
    for k in range(a.kills):
        args = [cli, "run", a.spec, "--out", out] + (["--resume"] if k else [])
        p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        delay = rng.uniform(a.min_s, a.max_s)
        try:
            p.wait(timeout=delay)
            print(f"kill {k + 1}: finished before {delay:.1f} s")
        except subprocess.TimeoutExpired:
            os.kill(p.pid, signal.SIGKILL)
            p.wait()
        time.sleep(6)  # daemons die with their parent (PR_SET_PDEATHSIG), shims are cleaned at the next start
        ids = run_ids(out) if os.path.exists(os.path.join(out, "runs.csv")) else []
        procs, mounts = leftovers(before)
        print(f"kill {k + 1} after {delay:.1f} s: {len(ids)} runs committed; left running: {procs or 'none'}; "
              f"mounts: {mounts or 'none'}; runc/crun containers: {runtime_containers() or 'none'}")
    t = time.monotonic()
    r = subprocess.run([cli, "run", a.spec, "--out", out, "--resume"], capture_output=True, text=True)
    print(f"final resume: rc {r.returncode} in {time.monotonic() - t:.1f} s: {r.stderr.strip().splitlines()[-1]}")
    got, want = run_ids(out), run_ids(ref)
    dup = len(got) - len(set(got))
    print(f"runs: {len(got)} (reference {len(want)}), duplicates {dup}, "
          f"missing {len(set(want) - set(got))}, extra {len(set(got) - set(want))}")
    if dup or set(got) != set(want):
        failures.append("run sets differ")
    with open(os.path.join(out, "runs.csv"), newline="") as f:
        failed = [(r["run_id"], r["error"]) for r in csv.DictReader(f) if r["ok"] != "1"]
    print(f"failed runs: {len(failed)}" + "".join(f"\n  {i}: {e[:200]}" for i, e in failed))
    if failed:
        failures.append("failed runs")
    time.sleep(6)
    procs, mounts = leftovers(before)
    conts = runtime_containers()
    print(f"after the end: processes {procs or 'none'}, mounts {mounts or 'none'}, containers {conts or 'none'}")
    if procs or mounts or conts:
        failures.append("leftovers")
    print("OK" if not failures else "FAILED: " + ", ".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

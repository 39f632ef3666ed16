"""What every benchmark shares: machine facts, results lines, tables, timing, skipping."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "results.jsonl"
SHARED_EVAL = REPO.parent / "shared" / "eval"


class Skip(Exception):
    """A benchmark (or one part of it) cannot run yet: the reason is printed and recorded."""


def require(module: str, attr: str | None = None) -> Any:
    """Import a component we depend on, or Skip with the reason (it may not exist yet)."""
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:
        raise Skip(f"{module} is not importable yet ({exc})") from exc
    if attr is None:
        return mod
    if not hasattr(mod, attr):
        raise Skip(f"{module}.{attr} does not exist yet")
    return getattr(mod, attr)


def git_info() -> dict[str, Any]:
    def git(*args: str) -> str:
        out = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True,
                             check=False, timeout=30)
        return out.stdout.strip()

    return {"commit": git("rev-parse", "HEAD") or None,
            "dirty": bool(git("status", "--porcelain", "--untracked-files=no"))}


def machine_info() -> dict[str, Any]:
    cpu_model = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu_model,
        "memory_gib": mem_gib,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlite": _sqlite_version(),
    }


def _sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version


@dataclass
class Run:
    """One `python -m bench.run` invocation: its id, mode and where its results go."""

    mode: str
    seed: int
    results: Path = RESULTS
    run_id: str = field(default_factory=lambda: dt.datetime.now(dt.UTC).strftime(
        "%Y%m%dT%H%M%SZ"))
    git: dict[str, Any] = field(default_factory=git_info)
    machine: dict[str, Any] = field(default_factory=machine_info)

    def record(self, benchmark: str, sizes: Sequence[int], figures: dict[str, Any],
               command: str, skipped: str | None = None, notes: list[str] | None = None) -> None:
        """Append one JSON line for one benchmark of this run."""
        line = {
            "benchmark": benchmark,
            "run_id": self.run_id,
            "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "mode": self.mode,
            "seed": self.seed,
            "sizes": list(sizes),
            "command": command,
            "git": self.git,
            "machine": self.machine,
            # the machine may be shared: the 1/5/15-minute load when this line was written
            "load_avg": [round(x, 2) for x in os.getloadavg()],
            "skipped": skipped,
            "notes": notes or [],
            "figures": figures,
        }
        self.results.parent.mkdir(parents=True, exist_ok=True)
        with open(self.results, "a", encoding="utf-8") as f:
            f.write(json.dumps(line, sort_keys=False) + "\n")


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table (also valid Markdown), printed by every benchmark."""
    cells = [[_fmt(c) for c in header]] + [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]

    def line(r: list[str]) -> str:
        return "| " + " | ".join(c.rjust(w) if i else c.ljust(w)
                                 for i, (c, w) in enumerate(zip(r, widths, strict=True))) + " |"

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([f"\n### {title}\n", line(cells[0]), sep, *[line(r) for r in cells[1:]]])


def _fmt(v: object) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        if v >= 1000:
            return f"{v:,.0f}"
        if v >= 100:
            return f"{v:.0f}"
        if v >= 10:
            return f"{v:.1f}"
        return f"{v:.2f}"
    if isinstance(v, int) and not isinstance(v, bool):
        return f"{v:,}"
    return str(v)


def say(msg: str) -> None:
    print(msg, flush=True)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sequence."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    k = max(0, min(len(ordered) - 1, int(round(q / 100 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def dir_size(path: Path) -> int:
    """Bytes of every regular file under path (or of path itself)."""
    if path.is_file():
        return path.stat().st_size
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += (Path(root) / name).stat().st_size
    return total


def mib(n: float) -> float:
    return round(n / 1024 / 1024, 1)


def python() -> str:
    return sys.executable


# --- child processes with their memory ------------------------------------------------------


def proc_cpu_s(pid: int, children: bool = False) -> float:
    """CPU seconds (user + system) a live process has used, from /proc/PID/stat; with
    children=True also those of its children it has reaped. The machine may be shared, so
    CPU time is the figure that other people's load does not inflate (wall time is)."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = raw[raw.rindex(")") + 2:].split()  # after "pid (comm) "; comm may hold spaces
    ticks = int(fields[11]) + int(fields[12])  # utime, stime
    if children:
        ticks += int(fields[13]) + int(fields[14])  # cutime, cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def self_cpu_s() -> float:
    """This process and its reaped children (pool workers), user + system."""
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


@dataclass
class ChildResult:
    returncode: int
    wall_s: float
    cpu_s: float  # user + system of the child and its descendants (sampled every 0.2 s)
    peak_rss_kib: int  # os.wait4: the largest single process of the tree
    tree_peak_rss_kib: int  # sampled every 0.2 s: the sum over the child and its descendants
    stderr_tail: str


def _descendants(pid: int) -> list[int]:
    out: list[int] = []
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            kids = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except OSError:
            continue
        for k in kids:
            out.append(int(k))
            stack.append(int(k))
    return out


def _rss_kib(pid: int, field: str = "VmRSS") -> int:
    """A process's resident set (VmRSS) or its peak so far (VmHWM), in KiB; 0 once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_rss_mib(pid: int) -> float:
    """The peak resident set of a running process, in MiB."""
    return round(_rss_kib(pid, "VmHWM") / 1024, 1)


def run_measured(cmd: Sequence[str], env: dict[str, str] | None = None,
                 timeout: float | None = None) -> ChildResult:
    """Run cmd to completion; its wall time and peak memory, stderr kept to a file (a pipe
    could fill and block the child)."""
    import tempfile

    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(list(cmd), cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                stderr=err)
        tree_peak = 0
        status = 0
        usage: Any = None
        # Each process's own CPU as last seen: pool workers are reaped by a forkserver, not by
        # the child, so wait4's figure would miss them.
        cpu_seen: dict[int, float] = {}
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                break
            tree = [proc.pid, *_descendants(proc.pid)]
            tree_peak = max(tree_peak, sum(_rss_kib(p) for p in tree))
            for p in tree:
                cpu = proc_cpu_s(p)
                if cpu:
                    cpu_seen[p] = cpu
            if timeout is not None and time.perf_counter() - t0 > timeout:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.2)
        proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
        wall = time.perf_counter() - t0
        err.seek(0)
        tail = err.read()[-4000:].decode("utf-8", "replace")
    # (not wait4's figure for the child: it would count reaped descendants a second time)
    cpu = sum(cpu_seen.values())
    return ChildResult(proc.returncode, wall, cpu, int(usage.ru_maxrss), tree_peak, tail)

"""Crash harness: run an ingest in a subprocess, SIGKILL it at random moments, resume, and judge.

`crash_run` runs a command (the driver of tests/reliability/driver.py, or `diplograph ingest`)
over and over against one store. Each run but the last is killed with SIGKILL (its whole
process group: extraction workers die too) at a random moment while it is writing; the store is
checked after every kill (every article present must be whole, nothing duplicated), and the last
run goes to the end. The caller compares the final dump with an uninterrupted run's.

Two ways to pick the moments:
- driver runs (`targets`): random article counts spread over the corpus; the run is killed a
  random fraction of a batch's time after its `batch ... added=` lines show it has passed the
  next target, so kills land anywhere in a transaction, all along the corpus;
- any command (`window`): a random time within (min, max) seconds of the start, where
  `window(present)` may shrink with the articles already in the store (a resumed run has less
  left to write).
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graph.store import open_store
from tests.reliability.support import REPO, Dump, Integrity, check, dump_url, wipe

Trigger = Callable[[str], bool]
"""Given one output line of the command, True when the kill countdown should start."""

_ADDED = re.compile(r"^batch \d+ added=(\d+) ")


@dataclass
class RunResult:
    returncode: int
    killed: bool
    elapsed: float
    output: list[str]
    times: list[float]  # seconds from the start at which each output line arrived

    def between(self, first: str, last: str) -> float:
        """Seconds between the first line starting with `first` and the last with `last`."""
        a = next(t for line, t in zip(self.output, self.times, strict=True)
                 if line.startswith(first))
        b = [t for line, t in zip(self.output, self.times, strict=True) if line.startswith(last)]
        return b[-1] - a


class Proc:
    """A command in its own process group, its stdout (and stderr) read line by line."""

    def __init__(self, cmd: Sequence[str], env: dict[str, str] | None = None,
                 cwd: Path = REPO, trigger: Trigger | None = None) -> None:
        self.lines: list[str] = []
        self.times: list[float] = []
        self.triggered = threading.Event()
        self.trigger = trigger
        self.started = time.monotonic()
        self.popen = subprocess.Popen(
            list(cmd), cwd=cwd, env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1,
            start_new_session=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.popen.stdout is not None
        for line in self.popen.stdout:
            line = line.rstrip("\n")
            self.times.append(time.monotonic() - self.started)
            self.lines.append(line)
            if self.trigger is not None and self.trigger(line):
                self.triggered.set()

    @property
    def pid(self) -> int:
        return self.popen.pid

    def running(self) -> bool:
        return self.popen.poll() is None

    def kill(self, sig: int = signal.SIGKILL) -> bool:
        """Signal the process group this Proc started (and only that). True if it was running."""
        if self.popen.poll() is not None:
            return False
        try:
            os.killpg(self.popen.pid, sig)
        except ProcessLookupError:
            return False
        return True

    def wait(self, timeout: float | None = None) -> RunResult:
        try:
            code = self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            self.popen.wait()
            self._reader.join(5)
            raise AssertionError(
                f"{self.popen.args} did not finish within {timeout} s; output ends:\n"
                + "\n".join(self.lines[-20:])) from None
        self._reader.join(10)
        return RunResult(code, code == -signal.SIGKILL, time.monotonic() - self.started,
                         self.lines, self.times)


def run_to_end(cmd: Sequence[str], env: dict[str, str] | None = None,
               timeout: float = 900) -> RunResult:
    return Proc(cmd, env).wait(timeout)


@dataclass
class CrashReport:
    kills: int = 0  # SIGKILLs that hit a running process
    runs: int = 0
    restarts: int = 0  # times a run finished before its kill and the store was wiped
    elapsed: float = 0.0
    checks: list[Integrity] = field(default_factory=list)  # one after every kill
    partial_after_kill: dict[str, str] = field(default_factory=dict)
    duplicates_after_kill: dict[str, list[str]] = field(default_factory=dict)
    final: Dump = field(default_factory=list)
    final_check: Integrity | None = None
    last_output: list[str] = field(default_factory=list)

    @property
    def partial_articles(self) -> int:
        """Articles seen with only some of their claims: after any kill or at the end."""
        final = set(self.final_check.partial) if self.final_check else set()
        return len(set(self.partial_after_kill) | final)

    def line(self, label: str) -> str:
        fc = self.final_check
        dups = sum(len(v) for v in fc.duplicates.values()) if fc else "?"
        return (f"[{label}] kills survived={self.kills} runs={self.runs} "
                f"restarts={self.restarts} "
                f"articles={fc.articles if fc else '?'} claims={fc.claims if fc else '?'} "
                f"partial articles={self.partial_articles} duplicates={dups} "
                f"elapsed={self.elapsed:.1f}s "
                f"articles present at each kill={[c.articles for c in self.checks]}")


def spread_targets(count: int, kills: int, rng: random.Random, batch: int) -> list[int]:
    """Where to kill: `kills` distinct batch boundaries (as article counts) drawn at random
    from the whole corpus but its first and last batch."""
    slots = range(1, count // batch - 1)
    if kills > len(slots):
        raise ValueError(f"{kills} kills need at least {kills + 2} batches, not {count // batch}")
    return [b * batch for b in sorted(rng.sample(slots, kills))]


def _added_trigger(need: int) -> Trigger:
    """Fires once a driver run has added `need` articles (counted from its batch lines)."""
    seen = 0

    def trigger(line: str) -> bool:
        nonlocal seen
        match = _ADDED.match(line)
        if match:
            seen += int(match.group(1))
        return seen >= need

    return trigger


def _wait_for_articles(proc: Proc, store_url: str, at_least: int, timeout: float) -> None:
    """Poll the store until it holds `at_least` articles (or the run ends)."""
    store = open_store(store_url)
    try:
        deadline = time.monotonic() + timeout
        while proc.running() and time.monotonic() < deadline:
            if store.stats().articles >= at_least:
                return
            time.sleep(0.02)
    finally:
        store.close()


def crash_run(
    cmd: Sequence[str],
    store_url: str,
    kills: int,
    expected: dict[str, set[str]] | None,
    *,
    targets: Sequence[int] | None = None,
    poll_store: bool = False,
    batch_time: float = 0.0,
    window: Callable[[int], tuple[float, float]] = lambda present: (0.0, 1.0),
    rng: random.Random | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 900,
    stop_early: bool = False,
) -> CrashReport:
    """Run `cmd` until `kills` runs were killed mid-work, then once more to the end.

    With `targets`, run i is killed `uniform(0, batch_time)` seconds after the store holds
    about targets[i] articles, as told by the driver's batch lines or, with `poll_store`, by
    polling the store's article count (any command). Without, it is killed
    `uniform(*window(present))` seconds after it starts, `present` being the articles in the
    store. A run that ends before its kill is not a kill: its target is tried again, and if the
    store is complete by then, it is wiped and the ingest starts over (`restarts`). After every
    kill the store is dumped and checked against `expected` (article id -> claim ids). With
    `stop_early`, stop at the first check that finds a partial article (to show that a broken
    writer is caught).
    """
    rng = rng or random.Random(0)
    report = CrashReport()
    started = time.monotonic()
    present = 0
    attempts = 0
    pending = list(targets) if targets is not None else []
    while report.kills < kills and attempts < kills * 3:
        attempts += 1
        target = 0
        if targets is not None:
            if not pending:
                break
            # A kill that landed late may have passed the next target: then kill this run as
            # soon as it adds articles.
            target = pending.pop(0)
            if poll_store:
                proc = Proc(cmd, env)
                _wait_for_articles(proc, store_url, max(target, present + 1), timeout)
            else:
                proc = Proc(cmd, env, trigger=_added_trigger(max(target - present, 1)))
                deadline = time.monotonic() + timeout
                while not proc.triggered.wait(0.01):
                    if not proc.running() or time.monotonic() > deadline:
                        break
            time.sleep(rng.uniform(0, batch_time))
        else:
            proc = Proc(cmd, env)
            time.sleep(rng.uniform(*window(present)))
        landed = proc.kill()
        result = proc.wait(timeout)
        report.runs += 1
        report.last_output = result.output
        if not landed or not result.killed:
            if result.returncode != 0:
                raise AssertionError(
                    f"run {report.runs} failed with {result.returncode}:\n"
                    + "\n".join(result.output[-30:]))
            # It finished before the kill: try that moment again, from scratch if need be.
            if targets is not None:
                pending.insert(0, target)
            if expected is not None and check(dump_url(store_url)).articles >= len(expected):
                wipe(store_url)
                present = 0
                report.restarts += 1
            continue
        report.kills += 1
        integrity = check(dump_url(store_url), expected)
        present = integrity.articles
        report.checks.append(integrity)
        report.partial_after_kill.update(integrity.partial)
        for kind, ids in integrity.duplicates.items():
            report.duplicates_after_kill.setdefault(kind, []).extend(ids)
        if stop_early and integrity.partial:
            break
    if not (stop_early and report.partial_after_kill):
        final = Proc(cmd, env).wait(timeout)
        report.runs += 1
        report.last_output = final.output
        if final.returncode != 0:
            raise AssertionError(f"the final run failed with {final.returncode}:\n"
                                 + "\n".join(final.output[-30:]))
    report.final = dump_url(store_url)
    report.final_check = check(report.final, expected)
    report.elapsed = time.monotonic() - started
    return report

"""Concurrency: several ingest processes over overlapping corpora into one store.

Whatever the interleaving, the result must be the graph one run over the union would make:
0 duplicates (articles, claims, entities, relations), every relation's claim count right, no
article lost (every process exits 0: deadlocks and lock timeouts are retried, never dropped).

Two kinds of processes: the driver (generated records through the pipeline's write path) and
`diplograph ingest` over generated JSONL files; each without and with --shard K/N.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.reliability import gen
from tests.reliability.harness import Proc, RunResult, run_to_end
from tests.reliability.support import (
    DIPLOGRAPH,
    PYTHON,
    check,
    dump_url,
    expected_claims,
    expected_claims_from_dump,
    first_difference,
    is_neo4j,
    wipe,
)

SEED = 11
# Articles in the long runs: Neo4j writes a few articles a second here, SQLite hundreds.
LONG_N = {False: 1000, True: 300}


def _driver(url: str, start: int, count: int, shard: str | None = None) -> list[str]:
    cmd = [PYTHON, "-m", "tests.reliability.driver", "--store", url, "--seed", str(SEED),
           "--start", str(start), "--count", str(count), "--batch", "10"]
    return [*cmd, "--shard", shard] if shard else cmd


def _all_at_once(cmds: Sequence[Sequence[str]], timeout: float = 900) -> list[RunResult]:
    procs = [Proc(cmd) for cmd in cmds]
    return [p.wait(timeout) for p in procs]


def _plan(n: int, procs: int, shard: bool) -> list[tuple[int, int, str | None]]:
    """(start, count, shard) per process. Unsharded: overlapping windows that together cover
    0..n-1 (each article written by up to two processes at once). Sharded: process k takes
    shard k/procs of the whole corpus, plus one unsharded process over the middle half, so
    sharded writers still race an overlapping one."""
    if not shard:
        width = n * (procs + 1) // (2 * procs)  # 2 processes: 75% each, 4: 62%
        step = (n - width) // (procs - 1)
        plan = [(k * step, width, None) for k in range(procs)]
        last_start = plan[-1][0]
        plan[-1] = (last_start, n - last_start, None)
        return plan
    return [(0, n, f"{k}/{procs}") for k in range(1, procs + 1)] + [(n // 4, n // 2, None)]


def _concurrent_driver(url: str, n: int, procs: int, shard: bool) -> None:
    wipe(url)
    single = run_to_end(_driver(url, 0, n))
    assert single.returncode == 0, "\n".join(single.output[-20:])
    ref = dump_url(url)
    wipe(url)
    plan = _plan(n, procs, shard)
    started = time.monotonic()
    results = _all_at_once([_driver(url, s, c, k) for s, c, k in plan])
    elapsed = time.monotonic() - started
    for (s, c, k), r in zip(plan, results, strict=True):
        assert r.returncode == 0, (f"process start={s} count={c} shard={k} lost articles "
                                   f"(exit {r.returncode}):\n" + "\n".join(r.output[-15:]))
    got = dump_url(url)
    integrity = check(got, expected_claims(gen.records(SEED, n)))
    backend = "neo4j" if is_neo4j(url) else "sqlite"
    print(f"\n[concurrency driver {backend}] processes={len(plan)} shard={shard} articles="
          f"{integrity.articles} claims={integrity.claims} duplicates="
          f"{sum(len(v) for v in integrity.duplicates.values())} elapsed={elapsed:.1f}s "
          f"(single run {single.elapsed:.1f}s)")
    assert integrity.ok, integrity.summary()
    assert integrity.articles == n
    assert got == ref, first_difference(got, ref)


def test_two_driver_processes_into_one_sqlite_file(tmp_path: Path) -> None:
    _concurrent_driver(f"sqlite:///{tmp_path / 'graph.db'}", 300, 2, shard=False)


def test_two_sharded_driver_processes_into_one_sqlite_file(tmp_path: Path) -> None:
    _concurrent_driver(f"sqlite:///{tmp_path / 'graph.db'}", 300, 2, shard=True)


@pytest.mark.slow
@pytest.mark.parametrize("procs", [2, 4])
@pytest.mark.parametrize("shard", [False, True], ids=["overlap", "shard"])
def test_driver_processes_long(store_url: str, procs: int, shard: bool) -> None:
    try:
        _concurrent_driver(store_url, LONG_N[is_neo4j(store_url)], procs, shard)
    finally:
        wipe(store_url)


# ------------------------------------------------------------------ the CLI, end to end


def _cli(url: str, inputs: Sequence[Path], shard: str | None = None) -> list[str]:
    cmd = [*DIPLOGRAPH, "ingest", *map(str, inputs), "--store", url,
           "--batch", "10"]
    return [*cmd, "--shard", shard] if shard else cmd


def _concurrent_cli(url: str, folder: Path, n: int, procs: int, shard: bool) -> None:
    # The corpus in overlapping JSONL files: part k holds articles of window k.
    plan = _plan(n, procs, shard)
    files = [gen.write_jsonl(folder / f"part{k}.jsonl", SEED, c, s)
             for k, (s, c, _) in enumerate(plan)]
    whole = gen.write_jsonl(folder / "whole.jsonl", SEED, n)
    wipe(url)
    single = run_to_end(_cli(url, [whole]))
    assert single.returncode == 0, "\n".join(single.output[-20:])
    ref = dump_url(url)
    assert len([x for x in ref if x["kind"] == "article"]) == n
    wipe(url)
    cmds = [_cli(url, [whole] if k else [f], k) for f, (_, _, k) in zip(files, plan, strict=True)]
    started = time.monotonic()
    results = _all_at_once(cmds)
    elapsed = time.monotonic() - started
    for cmd, r in zip(cmds, results, strict=True):
        assert r.returncode == 0, (f"{' '.join(cmd[1:])} exited {r.returncode} (lost "
                                   f"articles?):\n" + "\n".join(r.output[-15:]))
    got = dump_url(url)
    integrity = check(got, expected_claims_from_dump(ref))
    backend = "neo4j" if is_neo4j(url) else "sqlite"
    print(f"\n[concurrency CLI {backend}] processes={len(cmds)} shard={shard} articles="
          f"{integrity.articles} claims={integrity.claims} duplicates="
          f"{sum(len(v) for v in integrity.duplicates.values())} elapsed={elapsed:.1f}s "
          f"(single run {single.elapsed:.1f}s)")
    assert integrity.ok, integrity.summary()
    assert got == ref, first_difference(got, ref)


def test_two_cli_ingests_into_one_sqlite_file(tmp_path: Path) -> None:
    _concurrent_cli(f"sqlite:///{tmp_path / 'graph.db'}", tmp_path, 200, 2, shard=False)


@pytest.mark.slow
@pytest.mark.parametrize("procs", [2, 4])
@pytest.mark.parametrize("shard", [False, True], ids=["overlap", "shard"])
def test_cli_ingests_long(store_url: str, tmp_path: Path, procs: int, shard: bool) -> None:
    try:
        _concurrent_cli(store_url, tmp_path, LONG_N[is_neo4j(store_url)], procs, shard)
    finally:
        wipe(store_url)

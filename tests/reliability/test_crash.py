"""Crash consistency: SIGKILL an ingest at random moments, resume, compare with a clean run.

The ingest under test is tests/reliability/driver.py (generated records through
`store.write_articles` in batches) and, for the end-to-end variant, `diplograph ingest` over a
generated JSONL corpus. After every kill the store must hold only whole articles; after the
final (resumed) run its canonical dump must equal an uninterrupted run's: same articles, 0
partial articles, 0 duplicate claims.

The harness is shown to catch a deliberately broken writer (driver.BrokenWriter commits an
article's claims in two transactions).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.reliability import gen
from tests.reliability.harness import CrashReport, RunResult, crash_run, run_to_end, spread_targets
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

SEED = 7
BATCH = 10


def driver_cmd(url: str, count: int, batch: int = 10, broken: bool = False,
               seed: int = SEED) -> list[str]:
    cmd = [PYTHON, "-m", "tests.reliability.driver", "--store", url, "--seed", str(seed),
           "--count", str(count), "--batch", str(batch)]
    return [*cmd, "--broken"] if broken else cmd


def _reference(url: str, cmd: list[str]) -> tuple[list[dict[str, object]], RunResult]:
    """An uninterrupted run into an empty store: its dump and its run."""
    wipe(url)
    result = run_to_end(cmd)
    assert result.returncode == 0, "\n".join(result.output[-20:])
    ref = dump_url(url)
    wipe(url)
    return ref, result


def _assert_consistent(report: CrashReport, ref: list[dict[str, object]], kills: int,
                       articles: int) -> None:
    assert report.kills == kills, report.line("kills")
    for n, integrity in enumerate(report.checks, 1):
        assert not integrity.partial, f"after kill {n}: {integrity.summary()}"
        assert not integrity.duplicates, f"after kill {n}: {integrity.summary()}"
        assert integrity.ok, f"after kill {n}: {integrity.summary()}"
    assert report.final_check is not None
    assert report.final_check.ok, report.final_check.summary()
    assert report.final_check.articles == articles
    assert report.partial_articles == 0
    assert report.final == ref, first_difference(report.final, ref)


def _crash_driver(url: str, count: int, kills: int, seed: int) -> CrashReport:
    records = gen.records(SEED, count)
    expected = expected_claims(records)
    cmd = driver_cmd(url, count, batch=BATCH)
    ref, clean = _reference(url, cmd)
    assert check(ref, expected).ok
    batch_time = clean.between("start", "done") / (count / BATCH)
    rng = random.Random(seed)
    report = crash_run(cmd, url, kills, expected, rng=rng, batch_time=batch_time,
                       targets=spread_targets(count, kills, rng, BATCH))
    label = f"crash driver {'neo4j' if is_neo4j(url) else 'sqlite'} n={count}"
    print(f"\n{report.line(label)} (uninterrupted run {clean.elapsed:.1f}s, "
          f"{batch_time * 1000:.0f} ms per batch of {BATCH})")
    _assert_consistent(report, ref, kills, count)
    return report


def test_sigkill_during_ingest_sqlite_fast(tmp_path: Path) -> None:
    _crash_driver(f"sqlite:///{tmp_path / 'crash.db'}", count=200, kills=3, seed=1)


@pytest.mark.slow
def test_sigkill_during_ingest_sqlite_long(tmp_path: Path) -> None:
    _crash_driver(f"sqlite:///{tmp_path / 'crash.db'}", count=2000, kills=20, seed=2)


@pytest.mark.slow
def test_sigkill_during_ingest_neo4j_long(neo4j_uri: str) -> None:
    try:
        _crash_driver(neo4j_uri, count=2000, kills=20, seed=3)
    finally:
        wipe(neo4j_uri)


# ------------------------------------------------------------------ the broken writer


def _broken_is_caught(url: str, count: int) -> None:
    records = gen.records(SEED, count)
    expected = expected_claims(records)
    # Uninterrupted, the broken writer ends in exactly the right graph: only a crash shows it.
    ref, _ = _reference(url, driver_cmd(url, count))
    broken_ref, clean = _reference(url, driver_cmd(url, count, broken=True))
    assert broken_ref == ref, first_difference(broken_ref, ref)
    rng = random.Random(11)
    batch_time = clean.between("start", "done") / (count / BATCH)
    report = crash_run(driver_cmd(url, count, broken=True), url, kills=15, expected=expected,
                       targets=spread_targets(count, 15, rng, BATCH), batch_time=batch_time,
                       rng=rng, stop_early=True)
    print(f"\n{report.line('broken writer')} partial after kill: "
          f"{list(report.partial_after_kill.items())[:3]}")
    assert report.kills >= 1
    assert report.partial_articles > 0, "the harness did not see the broken writer's partials"
    assert report.partial_after_kill
    assert not report.final_check or not report.final_check.ok


def test_harness_catches_a_writer_that_commits_claims_in_two_transactions(
        tmp_path: Path) -> None:
    _broken_is_caught(f"sqlite:///{tmp_path / 'broken.db'}", count=200)


@pytest.mark.slow
def test_harness_catches_the_broken_writer_on_neo4j(neo4j_uri: str) -> None:
    try:
        _broken_is_caught(neo4j_uri, count=300)
    finally:
        wipe(neo4j_uri)


# ------------------------------------------------------------------ the CLI, end to end


def ingest_cmd(url: str, corpus: Path, batch: int = BATCH, *extra: str) -> list[str]:
    return [*DIPLOGRAPH, "ingest", str(corpus), "--store", url,
            "--batch", str(batch), *extra]


def _crash_cli(url: str, corpus: Path, count: int, kills: int, seed: int) -> CrashReport:
    gen.write_jsonl(corpus, seed=SEED, n=count)
    cmd = ingest_cmd(url, corpus, batch=BATCH)
    ref, clean = _reference(url, cmd)
    expected = expected_claims_from_dump(ref)
    assert len(expected) == count
    # The CLI prints no per-batch lines: the harness polls the store's article count and kills
    # within a batch's time of passing each target.
    rng = random.Random(seed)
    batch_time = clean.elapsed / (count / BATCH)
    report = crash_run(cmd, url, kills, expected, targets=spread_targets(count, kills, rng, BATCH),
                       poll_store=True, batch_time=batch_time, rng=rng)
    label = f"crash CLI {'neo4j' if is_neo4j(url) else 'sqlite'} n={count}"
    print(f"\n{report.line(label)} (uninterrupted run {clean.elapsed:.1f}s)")
    _assert_consistent(report, ref, kills, count)
    return report


@pytest.mark.slow
def test_sigkill_during_cli_ingest_sqlite(tmp_path: Path) -> None:
    _crash_cli(f"sqlite:///{tmp_path / 'cli.db'}", tmp_path / "corpus.jsonl", 1000, 10, seed=4)


@pytest.mark.slow
def test_sigkill_during_cli_ingest_neo4j(neo4j_uri: str, tmp_path: Path) -> None:
    try:
        _crash_cli(neo4j_uri, tmp_path / "corpus.jsonl", 1000, 10, seed=5)
    finally:
        wipe(neo4j_uri)

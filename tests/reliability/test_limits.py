"""Limits: a huge JSONL ingest streams in bounded memory; the API's documented caps hold.

Memory is measured as the peak RSS of the ingest process (and its extraction workers), taken
with resource.getrusage(RUSAGE_CHILDREN) in a small wrapper process that runs only that
ingest, so the test process's own children (a Neo4j server, say) do not count. Bounded means
the peak hardly grows with the input: the one piece of per-line state is the in-run dedup's
article ids (ingest.pipeline.IdSet, at most 24 bytes each; 36 at the instant its table
doubles), so a run 10-25x larger may grow by 48 bytes per extra line plus the fixed caps of
caches (the extractor's word caches, SQLite's page cache). The fast test measures the pipeline
alone with a do-nothing extractor, and shows that the same measure sees per-line state (the
outcomes --report keeps) when there is some.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from api.app import create_app
from api.settings import Settings
from graph.store import open_store
from ingest.pipeline import IdSet
from tests.reliability import gen
from tests.reliability.support import DIPLOGRAPH, PYTHON, REPO

MEASURE = """
import json, resource, subprocess, sys, time
began = time.monotonic()
done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"code": done.returncode, "peak_kib": peak,
                  "elapsed": time.monotonic() - began, "output": done.stdout[-4000:]}))
"""


@dataclass
class Measured:
    code: int
    peak_mib: float
    elapsed: float
    output: str

    def count(self, name: str) -> int:
        match = re.search(rf"{name}\s*[│|]\s*(\d+)", self.output)
        assert match, f"no {name!r} in the summary:\n{self.output[-1500:]}"
        return int(match.group(1))


def measure(cmd: list[str], timeout: float = 7200) -> Measured:
    done = subprocess.run([PYTHON, "-c", MEASURE, *cmd], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout, env={"PYTHONPATH": str(REPO),
                                                            "PATH": "/usr/bin:/bin",
                                                            "COLUMNS": "120"})
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return Measured(result["code"], result["peak_kib"] / 1024, result["elapsed"],
                    result["output"])


# Words to spell a line's number with, so that distinct lines need not bring new words.
SPELL = ["amber", "coral", "ivory", "olive", "peach", "slate", "azure", "lilac", "ochre", "umber"]


def _number(i: int, vocabulary: str) -> str:
    if vocabulary == "open":
        return str(i)
    return " ".join(SPELL[int(d)] for d in str(i))


def write_corpus(path: Path, lines: int, vocabulary: str = "open") -> dict[str, int]:
    """`lines` JSONL lines: distinct short bulletins, a generated news article every 500th line,
    a broken line every 1000th and a repeated one every 100th. Returns what to expect.

    vocabulary "open": each bulletin carries its number in digits, a word no other line has,
    as a real corpus keeps bringing new names; the extractor's word caches fill up to their
    caps (see _bounded). "closed": the number is spelled with ten fixed words, so the lines
    are as distinct but the vocabulary stays the same and any growth is per-line state."""
    expect = {"inputs": 0, "failed": 0, "skipped": 0}
    with path.open("w", encoding="utf-8") as out:
        for i in range(lines):
            if i % 1000 == 999:
                out.write('{"text": "broken line\n')
                expect["failed"] += 1
            elif i % 100 == 99:
                out.write(json.dumps({"text": f"Bulletin number {_number(i - 1, vocabulary)} "
                                              "of the series, with nothing new in it."}) + "\n")
                expect["skipped"] += 1
            elif i % 500 == 0:
                out.write(json.dumps(gen.text_article(5, i)) + "\n")
            else:
                number = _number(i, vocabulary)
                out.write(json.dumps({"text": f"Bulletin number {number} of the series, with "
                                              "nothing new in it.", "title": f"No. {number}"})
                          + "\n")
            expect["inputs"] += 1
    return expect


def _ingest_run(tmp_path: Path, lines: int, *args: str,
                vocabulary: str = "open") -> tuple[Measured, dict[str, int]]:
    corpus = tmp_path / f"corpus-{lines}.jsonl"
    expect = write_corpus(corpus, lines, vocabulary)
    result = measure([*DIPLOGRAPH, "ingest", str(corpus), *args])
    corpus.unlink()
    assert result.code in (0, 2), result.output[-2000:]  # 2: some inputs failed (the broken)
    assert "Traceback" not in result.output
    for name, value in expect.items():
        assert result.count(name) == value, (name, result.output[-1500:])
    return result, expect


def _bounded(tmp_path: Path, small: int, large: int, per_line: float, peak_mib: float,
             *args: str, allowance_mib: float = 0.0, vocabulary: str = "open") -> None:
    """The larger run may grow by at most `allowance_mib` (caches with a fixed cap, allocator
    noise) plus `per_line` bytes per extra line (what the in-run dedup of article ids costs),
    and must peak under `peak_mib`."""
    base, _ = _ingest_run(tmp_path, small, *args, vocabulary=vocabulary)
    big, expect = _ingest_run(tmp_path, large, *args, vocabulary=vocabulary)
    rate = large / big.elapsed
    print(f"\n[limits] ingest {' '.join(args)}: {small:,} lines peak RSS {base.peak_mib:.0f} MiB; "
          f"{large:,} lines peak RSS {big.peak_mib:.0f} MiB in {big.elapsed:.0f}s "
          f"({rate:,.0f} lines/s); {expect['failed']} broken, {expect['skipped']} repeated")
    grew = big.peak_mib - base.peak_mib
    growth = grew * 1024 * 1024 / (large - small)
    allowed = allowance_mib + per_line * (large - small) / (1024 * 1024)
    print(f"[limits] peak RSS growth: {grew:.0f} MiB, {growth:.0f} bytes per extra line "
          f"(allowed {allowed:.0f} MiB)")
    assert big.peak_mib <= peak_mib, f"peak RSS {big.peak_mib:.0f} MiB > {peak_mib:.0f} MiB"
    assert grew <= allowed, (
        f"peak RSS grew {grew:.0f} MiB from {small:,} to {large:,} lines (allowed "
        f"{allowed:.0f} MiB): the ingest does not stream")


PIPELINE_ONLY = """
import json, sys
from graph.model import Article, ArticleRecord, article_id
from ingest.pipeline import ingest

def nothing(text, *, title=None, **_):
    # An extractor that finds nothing, at once: the pipeline's own costs stand alone.
    return ArticleRecord(Article(article_id(text), text, title=title), (), ())

s = ingest([sys.argv[1]], None, dry_run=True, keep_outcomes=sys.argv[2] == "1", extractor=nothing)
# VmHWM, not ru_maxrss: that one keeps the peak of the forked parent across exec.
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"peak_kib": int(hwm.split()[1]),
                  "counts": [s.inputs, s.articles, s.failed, s.skipped]}))
"""


@pytest.mark.parametrize("keep_outcomes", [False, True], ids=["cli", "with-report"])
def test_pipeline_keeps_only_the_article_ids_per_line(tmp_path: Path,
                                                      keep_outcomes: bool) -> None:
    """The pipeline's own memory per input line (reading, dedup, sharding, batching,
    reporting), with an extractor that does nothing, as peak RSS of a process that runs only
    that.

    The only per-line state allowed is the dedup's article id: IdSet keeps it in 12-24 bytes,
    36 at the instant its table doubles, so 48 bytes a line is the limit (a Python set of ints
    would take ~90, an outcome kept per line several hundred). With keep_outcomes (what
    --report needs: one entry per input, by design) the same measure must blow the limit,
    which shows that it sees per-line state at all."""
    small, large = 10_000, 150_000
    peaks = {}
    for lines in (small, large):
        corpus = tmp_path / f"stub-{lines}.jsonl"
        expect = write_corpus(corpus, lines)
        done = subprocess.run([PYTHON, "-c", PIPELINE_ONLY, str(corpus), str(int(keep_outcomes))],
                              cwd=REPO, capture_output=True, text=True, timeout=600,
                              env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
        corpus.unlink()
        assert done.returncode == 0, done.stderr[-2000:]
        result = json.loads(done.stdout.strip().splitlines()[-1])
        assert result["counts"] == [expect["inputs"],
                                    lines - expect["failed"] - expect["skipped"],
                                    expect["failed"], expect["skipped"]]
        peaks[lines] = result["peak_kib"] * 1024
    per_line = (peaks[large] - peaks[small]) / (large - small)
    print(f"\n[limits] pipeline alone (keep_outcomes={keep_outcomes}): peak RSS "
          f"{peaks[small] / 2**20:.1f} MiB at {small:,} lines, {peaks[large] / 2**20:.1f} MiB at "
          f"{large:,}: {per_line:.0f} bytes per extra line")
    if keep_outcomes:
        assert per_line > 200, "the measure does not see the outcomes kept for --report"
    else:
        assert per_line <= 48, f"{per_line:.0f} bytes of state per line: the ingest does not stream"


@given(st.lists(st.one_of(st.integers(0, 2**64 - 1), st.integers(0, 64),
                          st.integers(0, 2**40 - 1).map(lambda k: k << 24)), max_size=3000))
@settings(max_examples=60, deadline=None)
def test_id_set_is_a_set(keys: list[int]) -> None:
    ids, reference = IdSet(), set()
    for key in keys + keys[: len(keys) // 2]:
        assert ids.add(key) == (key not in reference)
        reference.add(key)
    assert len(ids) == len(reference)


@pytest.mark.slow
def test_50k_line_jsonl_dry_run_streams_in_bounded_memory(tmp_path: Path) -> None:
    # A closed vocabulary: the extractor's word caches stay small, so the RSS growth is the
    # ingest's per-line state (the ids, 24 bytes a line at most: ~1 MiB) plus allocator noise.
    _bounded(tmp_path, 2_000, 50_000, 48.0, 200.0, "--dry-run", vocabulary="closed",
             allowance_mib=3.0)


@pytest.mark.slow
def test_1m_line_jsonl_dry_run_streams_in_bounded_memory(tmp_path: Path) -> None:
    # By 100,000 lines the extractor's word caches (a new word per bulletin) are at their
    # caps; what grows after that is the ingest's own per-line state, the ids (<= 24 bytes).
    _bounded(tmp_path, 100_000, 1_000_000, 48.0, 300.0, "--dry-run")


@pytest.mark.slow
def test_200k_line_jsonl_ingest_into_sqlite_streams_in_bounded_memory(tmp_path: Path) -> None:
    # The SQLite store keeps a page cache of up to 64 MiB per connection (cache_size): it
    # fills as the file grows, then stops.
    _bounded(tmp_path, 20_000, 200_000, 48.0, 300.0, "--store",
             f"sqlite:///{tmp_path / 'g.db'}", "--batch", "200", allowance_mib=64.0)


# ------------------------------------------------------------------ the API's caps


def test_api_caps_answer_as_documented(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'caps.db'}")
    store.write_articles(gen.records(41, 10))
    rel = next(line for line in store.dump() if line["kind"] == "relation")
    a, b = quote(rel["source"], safe=""), quote(rel["target"], safe="")
    settings = Settings(store=store.url, api_key="k", max_body_bytes=10_000)
    try:
        with TestClient(create_app(store=store, settings=settings),
                        raise_server_exceptions=False) as c:
            cases = {
                "/api/v1/relations?limit=500": 200,
                "/api/v1/relations?limit=501": 422,
                "/api/v1/relations?limit=0": 422,
                f"/api/v1/entities/{a}/neighborhood?depth=3": 200,
                f"/api/v1/entities/{a}/neighborhood?depth=4": 422,
                f"/api/v1/paths?from={a}&to={b}&max_hops=3": 200,
                f"/api/v1/paths?from={a}&to={b}&max_hops=0": 422,
                f"/api/v1/paths?from={a}&to={b}&max_hops=99": 422,
                "/api/v1/entities?q=" + "x" * 5000: 422,
            }
            got = {path: c.get(path).status_code for path in cases}
            assert got == cases
            big = c.post("/api/v1/articles", content=b"x" * 10_001,
                         headers={"Content-Type": "text/plain", "X-API-Key": "k"})
            assert big.status_code == 413, big.text[:300]
            assert big.headers["content-type"].startswith("application/problem+json")
            ok = c.post("/api/v1/articles", content=b"Kazakhstan and Pakistan met.",
                        headers={"Content-Type": "text/plain", "X-API-Key": "k"})
            assert ok.status_code == 201, ok.text[:300]
    finally:
        store.close()

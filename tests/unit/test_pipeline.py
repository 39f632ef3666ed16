"""The ingest pipeline over a real SQLite store.

Most tests use a small deterministic stand-in extractor (module level, so worker processes can
import it) to control failures exactly; the last ones run the real extractor on the samples.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from graph.dates import PartialDate
from graph.errors import InvalidInput, StoreUnavailable
from graph.model import Article, ArticleRecord, Claim, Entity, WriteResult, article_id
from graph.store import GraphStore, open_store
from graph.vocabulary import EntityType
from ingest.pipeline import (
    RetryPolicy,
    Summary,
    extract_items,
    in_shard,
    ingest,
    parse_shard,
    retry_transient,
    write_batch,
)
from ingest.readers import RawArticle

SAMPLES = Path(__file__).resolve().parents[2] / "ingest" / "samples"
WORDS = "The two countries said that the talks were useful and that trade has grown with the region"


def fake_extract(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    source: str | None = None,
) -> ArticleRecord:
    """Kazakhstan-Pakistan ties, dated by the number in the text. "EXPLODE" raises;
    "POISON" makes a claim naming an entity the record lacks (the store rejects it)."""
    if "EXPLODE" in text:
        raise RuntimeError("boom")
    aid = article_id(text)
    year = 1990 + sum(map(ord, text)) % 30
    entities = (
        Entity("country:KAZ", EntityType.COUNTRY, "Kazakhstan"),
        Entity("country:PAK", EntityType.COUNTRY, "Pakistan"),
    )
    sentence = text[:60]
    claims = [
        Claim(aid, "ESTABLISHED_TIES", "country:KAZ", "country:PAK", sentence, 0, 0,
              len(sentence), "fake", date=PartialDate(year)),
        Claim(aid, "VISITED", "country:KAZ", "country:PAK", sentence, 0, 0, len(sentence),
              "fake", date=PartialDate(year, 5)),
    ]
    if "POISON" in text:
        claims.append(Claim(aid, "RECOGNIZED", "country:PAK", "country:ZZZ", sentence, 1, 0, 1,
                            "fake"))
    article = Article(aid, text, title, url, source,
                      None if published is None else PartialDate.parse(published))
    return ArticleRecord(article, entities, tuple(claims))


def corpus(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"{i:03d}.txt"
        path.write_text(f"Article {i}. {WORDS}, number {i}.", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def db(tmp_path: Path) -> Iterator[GraphStore]:
    store = open_store(f"sqlite:///{tmp_path / 'graph.db'}")
    yield store
    store.close()


def new_store(tmp_path: Path, name: str) -> GraphStore:
    return open_store(f"sqlite:///{tmp_path / name}")


def dump(store: GraphStore) -> list[dict[str, Any]]:
    return list(store.dump())


def run(inputs: Sequence[str | Path], store: GraphStore | None, **kw: Any) -> Summary:
    kw.setdefault("extractor", fake_extract)
    return ingest(inputs, store, **kw)


def test_ingest_writes_every_article(tmp_path: Path, db: GraphStore) -> None:
    corpus(tmp_path / "in", 5)
    summary = run([tmp_path / "in"], db, batch=2)
    assert (summary.inputs, summary.articles, summary.added, summary.failed) == (5, 5, 5, 0)
    assert summary.claims == 10 and summary.fatal is None
    assert db.stats().articles == 5
    assert [o.status for o in summary.outcomes] == ["added"] * 5


def test_rerun_changes_nothing(tmp_path: Path, db: GraphStore) -> None:
    corpus(tmp_path / "in", 7)
    run([tmp_path / "in"], db, batch=3)
    before = dump(db)
    again = run([tmp_path / "in"], db, batch=3)
    assert (again.added, again.unchanged, again.replaced) == (0, 7, 0)
    assert dump(db) == before


def test_dry_run_writes_nothing(tmp_path: Path, db: GraphStore) -> None:
    corpus(tmp_path / "in", 4)
    summary = run([tmp_path / "in"], db, dry_run=True)
    assert summary.articles == 4 and summary.claims == 8 and summary.added == 0
    assert {o.status for o in summary.outcomes} == {"extracted"}
    assert dump(db) == []


def test_store_required_unless_dry_run(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        run([tmp_path], None)
    assert run([tmp_path / "missing"], None, dry_run=True).failed == 1


def test_shards_are_disjoint_and_their_union_is_the_whole(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 30)
    whole = new_store(tmp_path, "whole.db")
    run([tmp_path / "in"], whole)
    union = new_store(tmp_path, "union.db")
    seen: list[set[str]] = []
    for k in (1, 2, 3):
        part = run([tmp_path / "in"], union, shard=(k, 3))
        ids = {o.article_id for o in part.outcomes if o.status == "added"}
        assert ids and part.skipped == 30 - len(ids)
        assert all(in_shard(i, (k, 3)) for i in ids if i)
        seen.append({i for i in ids if i})
    assert not (seen[0] & seen[1] or seen[0] & seen[2] or seen[1] & seen[2])
    assert sum(map(len, seen)) == 30
    assert dump(union) == dump(whole)


def test_parse_shard() -> None:
    assert parse_shard("2/3") == (2, 3)
    for bad in ("0/3", "4/3", "x", "1/0", "1-3"):
        with pytest.raises(InvalidInput):
            parse_shard(bad)


def test_duplicates_in_one_run_are_skipped(tmp_path: Path, db: GraphStore) -> None:
    a, _ = corpus(tmp_path / "in", 2)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(a.read_bytes())
    summary = run([tmp_path / "in", copy], db)
    assert (summary.added, summary.skipped) == (2, 1)
    assert summary.outcomes[-1].input == str(copy)
    assert summary.outcomes[-1].reason == "duplicate: same text as an earlier input"


def test_bad_inputs_fail_alone_and_counts_add_up(tmp_path: Path, db: GraphStore) -> None:
    corpus(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "boom.txt").write_text(f"EXPLODE {WORDS}")
    summary = run([tmp_path / "in", tmp_path / "nope"], db)
    failed = {Path(o.input).name: o.reason for o in summary.outcomes if o.status == "failed"}
    assert failed == {
        "boom.txt": "extraction failed: RuntimeError: boom",
        "empty.txt": "file is empty",
        "nope": "no such file or folder",
    }
    assert summary.added == 3
    assert summary.inputs == summary.articles + summary.failed + summary.skipped == 6


def test_one_bad_article_does_not_sink_its_batch(tmp_path: Path, db: GraphStore) -> None:
    paths = corpus(tmp_path / "in", 4)
    paths[1].write_text(f"POISON {WORDS}")
    summary = run([tmp_path / "in"], db, batch=10)
    statuses = [o.status for o in summary.outcomes]
    assert statuses == ["added", "failed", "added", "added"]
    reason = summary.outcomes[1].reason or ""
    assert reason.startswith("write failed: InvalidInput") and "country:ZZZ" in reason
    assert db.stats().articles == 3


def test_replaced_revision_is_counted(tmp_path: Path, db: GraphStore) -> None:
    jl = tmp_path / "a.jsonl"
    jl.write_text(json.dumps({"text": f"First version. {WORDS}", "url": "https://x/1"}) + "\n")
    run([jl], db)
    jl.write_text(json.dumps({"text": f"Second version. {WORDS}", "url": "https://x/1"}) + "\n")
    summary = run([jl], db)
    assert summary.replaced == 1 and summary.outcomes[0].status == "replaced"
    assert db.stats().articles == 1


def test_warnings_reach_the_outcome(tmp_path: Path, db: GraphStore) -> None:
    (tmp_path / "bad.txt").write_bytes(f"{WORDS} caf\xe9".encode("latin-1"))
    summary = run([tmp_path / "bad.txt"], db)
    assert summary.added == 1 and summary.warnings == 1
    assert "invalid UTF-8" in summary.outcomes[0].warnings[0]


def test_workers_give_the_same_result(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 40)
    (tmp_path / "in" / "boom.txt").write_text(f"EXPLODE {WORDS}")
    one, two = new_store(tmp_path, "one.db"), new_store(tmp_path, "two.db")
    s1 = run([tmp_path / "in"], one, workers=1, batch=7)
    s2 = run([tmp_path / "in"], two, workers=2, batch=7)
    assert [(o.input, o.status, o.reason) for o in s1.outcomes] == [
        (o.input, o.status, o.reason) for o in s2.outcomes
    ]
    assert s2.added == 40 and s2.failed == 1
    assert dump(one) == dump(two)


def test_extract_items_keeps_order_with_workers() -> None:
    items = [RawArticle(f"{WORDS} {i}", f"doc{i}") for i in range(50)]
    done = list(extract_items(items, workers=2, chunksize=3, extractor=fake_extract))
    assert [d.item.origin for d in done] == [f"doc{i}" for i in range(50)]
    assert all(d.record is not None and d.record.article.text == d.item.text
               for d in done if isinstance(d.item, RawArticle))


@pytest.mark.timeout(60)
def test_extract_items_streams_and_stops_early() -> None:
    pulled = 0

    def endless() -> Iterator[RawArticle]:
        nonlocal pulled
        while True:
            pulled += 1
            yield RawArticle(f"{WORDS} {pulled}", f"doc{pulled}")

    stream = extract_items(endless(), workers=2, chunksize=2, extractor=fake_extract)
    taken = [next(stream).item.origin for _ in range(10)]
    assert taken == [f"doc{i}" for i in range(1, 11)]
    stream.close()  # shuts the pool down; would hang if the feeding thread stayed blocked
    assert pulled <= 10 + 2 * 2 * 4 + 1  # read ahead by a bounded amount, not drained


def counting_extract(text: str, **kw: Any) -> ArticleRecord:
    """fake_extract that also appends a byte to the file $EXTRACT_LOG (workers are processes)."""
    with open(os.environ["EXTRACT_LOG"], "ab") as log:
        log.write(b".")
    return fake_extract(text, **kw)


class WaitingStore:
    """Its first write waits (at most 60 s) until `want` articles have been extracted."""

    def __init__(self, inner: GraphStore, log: Path, want: int) -> None:
        self.inner, self.log, self.want = inner, log, want
        self.extracted_during_first_write: int | None = None

    def write_articles(self, records: Sequence[ArticleRecord]) -> list[WriteResult]:
        if self.extracted_during_first_write is None:
            deadline = time.monotonic() + 60
            while self.log.stat().st_size < self.want and time.monotonic() < deadline:
                time.sleep(0.01)
            self.extracted_during_first_write = self.log.stat().st_size
        return self.inner.write_articles(records)


@pytest.mark.timeout(120)
def test_next_batch_is_extracted_while_one_is_written(
    tmp_path: Path, db: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Workers must not sit idle while the writer works: the pool may run a whole batch ahead.
    # (It used to stop 4 chunks per worker ahead, so a batch larger than that waited for
    # extraction after every write.)
    log = tmp_path / "extracted.log"
    log.write_bytes(b"")
    monkeypatch.setenv("EXTRACT_LOG", str(log))
    jl = tmp_path / "many.jsonl"
    jl.write_text("".join(json.dumps({"text": f"{WORDS} {i}"}) + "\n" for i in range(300)),
                  encoding="utf-8")
    store = WaitingStore(db, log, want=200)
    summary = ingest([jl], store, workers=2, batch=100,  # type: ignore[arg-type]
                     extractor=counting_extract)
    assert summary.added == 300
    assert store.extracted_during_first_write is not None
    assert store.extracted_during_first_write >= 200


# --- an unavailable store ------------------------------------------------------------------


class FlakyStore:
    """Wraps a store; its first `failures` writes raise StoreUnavailable."""

    def __init__(self, inner: GraphStore, failures: int) -> None:
        self.inner = inner
        self.failures = failures
        self.calls = 0

    def write_articles(self, records: Sequence[ArticleRecord]) -> list[WriteResult]:
        self.calls += 1
        if self.failures:
            self.failures -= 1
            raise StoreUnavailable("connection refused")
        return self.inner.write_articles(records)


def test_transient_failures_are_retried(tmp_path: Path, db: GraphStore) -> None:
    corpus(tmp_path / "in", 3)
    flaky = FlakyStore(db, failures=3)
    sleeps: list[float] = []
    policy = RetryPolicy(max_wait=60, first_delay=0.5, sleep=sleeps.append)
    summary = run([tmp_path / "in"], flaky, retry=policy)  # type: ignore[arg-type]
    assert summary.added == 3 and summary.fatal is None
    assert sleeps == [0.5, 1.0, 2.0]  # exponential backoff
    assert db.stats().articles == 3


def test_store_down_too_long_stops_the_run_cleanly(tmp_path: Path, db: GraphStore) -> None:
    corpus(tmp_path / "in", 5)
    flaky = FlakyStore(db, failures=10**6)
    sleeps: list[float] = []
    policy = RetryPolicy(max_wait=10, first_delay=1, max_delay=4, sleep=sleeps.append)
    summary = run([tmp_path / "in"], flaky, batch=2, retry=policy)  # type: ignore[arg-type]
    assert summary.fatal is not None and "gave up after retrying for 10 s" in summary.fatal
    assert sum(sleeps) == 10 and max(sleeps) == 4
    assert flaky.calls == len(sleeps) + 1  # stopped at the first batch
    assert [o.status for o in summary.outcomes] == ["failed", "failed"]
    assert dump(db) == []  # nothing half-written


def test_retry_transient_passes_other_errors_through() -> None:
    def bad() -> int:
        raise InvalidInput("no")

    with pytest.raises(InvalidInput):
        retry_transient(bad, RetryPolicy(sleep=lambda s: None))


def test_write_batch_isolates_the_bad_record(db: GraphStore) -> None:
    good = fake_extract(f"{WORDS} good")
    bad = fake_extract(f"POISON {WORDS}")
    results = write_batch(db, [good, bad], RetryPolicy())
    assert isinstance(results[0], WriteResult) and isinstance(results[1], str)
    assert "InvalidInput" in results[1]


# --- the real extractor on the samples -----------------------------------------------------


def test_real_extractor_workers_shards_and_rerun(tmp_path: Path) -> None:
    one, two, union = (new_store(tmp_path, f"{n}.db") for n in ("one", "two", "union"))
    s1 = ingest([SAMPLES], one, workers=1)
    s2 = ingest([SAMPLES], two, workers=2, batch=5)
    assert s1.failed == 0 and s1.added == s1.inputs >= 16 and s1.claims > 50
    assert (s2.added, s2.claims) == (s1.added, s1.claims)
    assert dump(one) == dump(two)  # parallel extraction gives the same graph
    for k in (1, 2):
        ingest([SAMPLES], union, shard=(k, 2))
    assert dump(union) == dump(one)  # the shards' union is the whole
    before = dump(one)
    again = ingest([SAMPLES], one, workers=2)
    assert again.unchanged == s1.added and again.added == 0
    assert dump(one) == before

"""The sample articles (ingest/samples) state the Kazakhstan-Pakistan story across several
articles, with corroboration and one date conflict; the extractor finds it, the store folds it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

import pytest

from graph.model import ArticleRecord, Claim
from graph.store import GraphStore, RelationQuery, open_store
from graph.vocabulary import EntityType
from ingest.extract import extract_article
from ingest.pipeline import ingest

SAMPLES = Path(__file__).resolve().parents[2] / "ingest" / "samples"
KAZ, PAK = "country:KAZ", "country:PAK"


@pytest.fixture(scope="module")
def records() -> dict[str, ArticleRecord]:
    return {p.name: extract_article(p.read_text(encoding="utf-8"))
            for p in sorted(SAMPLES.glob("*.txt"))}


def claims(records: dict[str, ArticleRecord], predicate: str) -> Iterator[tuple[str, Claim]]:
    for name, record in records.items():
        for claim in record.claims:
            if claim.predicate == predicate:
                yield name, claim


def entity_named(record: ArticleRecord, pattern: str) -> str:
    found = [e.id for e in record.entities if re.search(pattern, e.name)]
    assert found, f"no entity matching {pattern!r} in {[e.name for e in record.entities]}"
    return found[0]


def test_enough_short_articles() -> None:
    paths = sorted(SAMPLES.glob("*.txt"))
    assert len(paths) >= 16
    assert list(SAMPLES.iterdir()) == list(SAMPLES.glob("*.txt"))  # only articles in there
    for path in paths:
        words = len(path.read_text(encoding="utf-8").split())
        assert 150 <= words <= 300, (path.name, words)


def test_xss_probe_is_in_the_text() -> None:
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES.glob("*.txt")]
    assert sum("<img src=x onerror=alert(1)>" in t for t in texts) == 1


def test_recognition_is_corroborated(records: dict[str, ArticleRecord]) -> None:
    found = {name for name, c in claims(records, "RECOGNIZED")
             if (c.subject, c.object, str(c.date)) == (PAK, KAZ, "1991-12")}
    assert len(found) >= 2, found


def test_establishment_dates_conflict(records: dict[str, ArticleRecord]) -> None:
    dates = {str(c.date) for _, c in claims(records, "ESTABLISHED_TIES")
             if {c.subject, c.object} == {KAZ, PAK}}
    assert {"1992-02", "1992-03"} <= dates


def test_lecture_at_issi(records: dict[str, ArticleRecord]) -> None:
    record = records["01_kazakhstan_pakistan_issi_lecture.txt"]
    kistafin = entity_named(record, r"^Yerzhan Kistafin$")
    issi = entity_named(record, r"Institute of Strategic Studies")
    lectures = [c for c in record.claims if c.predicate == "LECTURED_AT"]
    assert [(c.subject, c.object, str(c.date)) for c in lectures] == [
        (kistafin, issi, "2021-10-23")
    ]
    assert lectures[0].sentence.startswith("Islamabad, 23 October 2021 (TDI):")
    envoy = {(c.predicate, c.object) for c in record.claims if c.subject == kistafin}
    assert {("AMBASSADOR_OF", KAZ), ("ACCREDITED_TO", PAK)} <= envoy


def test_pakistan_cooperates_via_cpec(records: dict[str, ArticleRecord]) -> None:
    hits = []
    for name, c in claims(records, "COOPERATES_VIA"):
        if c.subject != PAK:
            continue
        target = next(e for e in records[name].entities if e.id == c.object)
        if target.name == "China-Pakistan Economic Corridor":
            assert target.type is EntityType.PROJECT
            hits.append(name)
    assert hits


def test_many_other_country_pairs(records: dict[str, ArticleRecord]) -> None:
    pairs: set[frozenset[str]] = set()
    for record in records.values():
        countries = {c.subject for c in record.claims} | {c.object for c in record.claims}
        countries = {c for c in countries if c.startswith("country:")}
        pairs.update(frozenset(p) for p in combinations(sorted(countries), 2))
    pairs.discard(frozenset({KAZ, PAK}))
    assert len(pairs) >= 10, pairs


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    path = tmp_path_factory.mktemp("samples") / "graph.db"
    store = open_store(f"sqlite:///{path}")
    summary = ingest([SAMPLES], store)
    assert summary.failed == 0 and summary.added == summary.inputs
    yield store
    store.close()


def test_store_folds_the_story(store: GraphStore) -> None:
    def one(kind: str) -> list[tuple[str | None, bool, int]]:
        rels = store.relations(RelationQuery(entity=KAZ, other=PAK, types=(kind,)))
        return [(r.date_text, r.conflict, r.article_count) for r in rels]

    (recognized,) = one("RECOGNIZED")
    assert recognized[:2] == ("1991-12", False) and recognized[2] >= 2
    (ties,) = one("ESTABLISHED_TIES")
    assert ties[1] is True and ties[2] >= 3  # 1992-02 vs 1992-03: a milestone conflict

"""SQLiteStore: writes and derivation, queries, walks, search, and failure modes."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.dates import PartialDate
from graph.derive import ClaimWithArticle, Mention, fold_relation, relation_key
from graph.errors import InvalidInput, NotFound, QueryTimeout, StoreError, StoreUnavailable
from graph.model import (
    Article,
    ArticleRecord,
    Claim,
    DateSource,
    Entity,
    Relation,
    WriteOutcome,
    article_id,
)
from graph.sqlite_store import MAX_CONNECTIONS, SCHEMA_VERSION, SQLiteStore, parse_url
from graph.store import GraphStore, RelationQuery, open_store
from graph.store_common import (
    RELATIONS_PER_NODE,
    SMALL,
    RelationSummary,
    derive_entity,
    fold_entity_counts,
    fold_summary,
)
from graph.vocabulary import EntityType

KAZ = Entity("country:KAZ", EntityType.COUNTRY, "Kazakhstan", ("Astana", "Nur-Sultan"))
PAK = Entity("country:PAK", EntityType.COUNTRY, "Pakistan", ("Islamabad",))
CHN = Entity("country:CHN", EntityType.COUNTRY, "China")
UZB = Entity("country:UZB", EntityType.COUNTRY, "Uzbekistan")
KIS = Entity("person:yerzhan-kistafin", EntityType.PERSON, "Yerzhan Kistafin", ("Kistafin",))
ALI = Entity("person:ali-khan", EntityType.PERSON, "Ali Khan")
ISSI = Entity("institution:issi", EntityType.INSTITUTION,
              "Institute of Strategic Studies Islamabad", ("ISSI",))
CPEC = Entity("project:cpec", EntityType.PROJECT, "China-Pakistan Economic Corridor", ("CPEC",))

Fact = tuple[str, Entity, Entity, str | None]


def rec(text: str, facts: list[Fact], url: str | None = None,
        published: str | None = None) -> ArticleRecord:
    """An article whose n-th fact is stated by its n-th sentence."""
    aid = article_id(text)
    entities = {e.id: e for _, s, o, _ in facts for e in (s, o)}
    claims = tuple(
        Claim(article_id=aid, predicate=p, subject=s.id, object=o.id,
              sentence=f"{s.name} {p.lower()} {o.name}.", sentence_index=i, char_start=10 * i,
              char_end=10 * i + 9, rule=f"test.{p.lower()}",
              date=None if d is None else PartialDate.parse(d),
              date_source=DateSource.NONE if d is None else DateSource.SENTENCE,
              confidence=0.5)
        for i, (p, s, o, d) in enumerate(facts))
    article = Article(id=aid, text=text, title=f"T: {text[:20]}", url=url, source="TEST",
                      published=None if published is None else PartialDate.parse(published))
    return ArticleRecord(article, tuple(entities.values()), claims)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[SQLiteStore]:
    store = SQLiteStore.open(f"sqlite:///{tmp_path / 'graph.db'}")
    try:
        yield store
    finally:
        store.close()


def only(store: SQLiteStore, type_: str, entity: str = KAZ.id) -> tuple[object, ...]:
    found = store.relations(RelationQuery(entity=entity, types=(type_,)))
    assert len(found) == 1, found
    r = found[0]
    return (r.source, r.target, str(r.date), str(r.date_end), r.claim_count, r.article_count,
            r.conflict)


def test_is_a_graph_store_opened_by_url(tmp_path: Path) -> None:
    store: GraphStore = open_store(f"sqlite:///{tmp_path / 'g.db'}")
    try:
        assert isinstance(store, SQLiteStore)
        store.ping()
        conn = sqlite3.connect(tmp_path / "g.db")
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.close()
    finally:
        store.close()


def test_url_forms() -> None:
    assert parse_url("sqlite:////abs/g.db") == Path("/abs/g.db")
    assert parse_url("sqlite:///rel/g.db") == Path("rel/g.db")
    assert parse_url("SQLITE:///./g.db") == Path("g.db")
    for bad in ("sqlite://", "sqlite:///", "postgres:///x.db"):
        with pytest.raises(StoreError):
            parse_url(bad)


def test_write_and_read_back(db: SQLiteStore) -> None:
    r = rec("One.", [("RECOGNIZED", PAK, KAZ, "1991-12-16"), ("AMBASSADOR_OF", KIS, KAZ, None)],
            url="https://x/1", published="2021-10-23")
    [result] = db.write_articles([r])
    assert (result.outcome, result.claims, result.relations) == (WriteOutcome.ADDED, 2, 2)
    got = db.get_article(r.article.id)
    assert got is not None
    assert got[0] == r.article
    assert got[1] == list(r.claims)
    assert db.get_entity(KAZ.id) == KAZ
    assert db.get_entity("country:NOPE") is None
    rel = db.relations(RelationQuery(entity=PAK.id, types=("RECOGNIZED",)))[0]
    assert db.get_relation(rel.id) == rel
    [ev] = db.evidence(rel.id)
    assert (ev.sentence, ev.char_start, ev.char_end, ev.rule) == (
        "Pakistan recognized Kazakhstan.", 0, 9, "test.recognized")
    assert (ev.article_url, ev.article_source, str(ev.article_published)) == (
        "https://x/1", "TEST", "2021-10-23")
    assert ev.date == PartialDate(1991, 12, 16) and ev.date_source is DateSource.SENTENCE
    assert db.get_article("nope") is None


def test_rewrite_is_idempotent(db: SQLiteStore) -> None:
    batch = [rec("A.", [("RECOGNIZED", PAK, KAZ, "1991")]),
             rec("B.", [("RECOGNIZED", PAK, KAZ, "1991-12")])]
    db.write_articles(batch)
    before = list(db.dump())
    again = db.write_articles(batch + batch[:1])
    assert [r.outcome for r in again] == [WriteOutcome.UNCHANGED] * 3
    assert [(r.claims, r.relations) for r in again] == [(1, 1)] * 3
    assert list(db.dump()) == before


def test_same_url_replaces_even_within_one_batch(db: SQLiteStore) -> None:
    v1 = rec("Version one.", [("RECOGNIZED", PAK, KAZ, "1991"), ("MEMBER_OF", CHN, UN, None)],
             url="https://x/a")
    v2 = rec("Version two.", [("RECOGNIZED", PAK, KAZ, "1991-12")], url="https://x/a")
    v3 = rec("Version three.", [("RECOGNIZED", PAK, KAZ, "1991-12-16")], url="https://x/a")
    assert db.write_articles([v1])[0].outcome is WriteOutcome.ADDED
    out = db.write_articles([v2, v3])
    assert [o.outcome for o in out] == [WriteOutcome.REPLACED, WriteOutcome.REPLACED]
    assert db.get_article(v1.article.id) is None and db.get_article(v2.article.id) is None
    assert only(db, "RECOGNIZED")[2:5] == ("1991-12-16", "None", 1)
    assert db.get_entity(UN.id) is None  # only v1 mentioned it
    assert db.stats().articles == 1


UN = Entity("org:un", EntityType.ORGANIZATION, "United Nations", ("UN",))


def test_delete_rederives_and_drops_orphans(db: SQLiteStore) -> None:
    a = rec("A.", [("RECOGNIZED", PAK, KAZ, "1991-12"), ("MEMBER_OF", CHN, UN, None)])
    b = rec("B.", [("RECOGNIZED", PAK, KAZ, "1992")])
    db.write_articles([a, b])
    assert only(db, "RECOGNIZED")[4:] == (2, 2, True)
    assert db.delete_article(b.article.id)
    assert only(db, "RECOGNIZED")[2:] == ("1991-12", "None", 1, 1, False)
    assert db.delete_article(a.article.id)
    assert not db.delete_article(a.article.id)
    assert list(db.dump()) == []
    assert db.search_entities("Kazakhstan") == []


def test_entity_name_is_the_most_used_one(db: SQLiteStore) -> None:
    kz = Entity(KAZ.id, EntityType.COUNTRY, "Republic of Kazakhstan", ("RK",))
    db.write_articles([rec("A.", [("RECOGNIZED", PAK, kz, None)]),
                       rec("B.", [("RECOGNIZED", CHN, KAZ, None)]),
                       rec("C.", [("RECOGNIZED", UZB, KAZ, None)])])
    got = db.get_entity(KAZ.id)
    assert got is not None
    assert got.name == "Kazakhstan"
    assert got.aliases == ("Astana", "Nur-Sultan", "RK", "Republic of Kazakhstan")
    assert [e.id for e in db.find_by_name("republic of KAZAKHSTAN")] == [KAZ.id]


def test_milestone_folds_and_flags_conflict(db: SQLiteStore) -> None:
    db.write_articles([rec("A.", [("RECOGNIZED", PAK, KAZ, "1991")]),
                       rec("B.", [("RECOGNIZED", PAK, KAZ, "1991-12-16")]),
                       rec("C.", [("RECOGNIZED", PAK, KAZ, "1991-12")])])
    assert only(db, "RECOGNIZED") == (PAK.id, KAZ.id, "1991-12-16", "None", 3, 3, False)
    db.write_articles([rec("D.", [("RECOGNIZED", PAK, KAZ, "1992-01")])])
    assert only(db, "RECOGNIZED")[4:] == (4, 4, True)


def test_state_keeps_an_interval(db: SQLiteStore) -> None:
    db.write_articles([rec("A.", [("AMBASSADOR_OF", KIS, KAZ, "2019")], published="2019-05-01"),
                       rec("B.", [("AMBASSADOR_OF", KIS, KAZ, "2021-10")]),
                       rec("C.", [("AMBASSADOR_OF", KIS, KAZ, None)], published="2022-01-02")])
    rel = db.relations(RelationQuery(entity=KIS.id))[0]
    assert (str(rel.date), str(rel.date_end)) == ("2019", "2021-10")
    assert (str(rel.first_reported), str(rel.last_reported)) == ("2019-05-01", "2022-01-02")
    # The interval [2019-01-01, 2021-10-31] overlaps 2020 although no claim is dated 2020.
    in_2020 = RelationQuery(entity=KIS.id, date_from=dt.date(2020, 3, 1),
                            date_to=dt.date(2020, 4, 1))
    assert db.count_relations(in_2020) == 1
    after = RelationQuery(entity=KIS.id, date_from=dt.date(2021, 11, 1))
    assert db.count_relations(after) == 0


def test_events_one_relation_per_date(db: SQLiteStore) -> None:
    db.write_articles([rec("A.", [("VISITED", KIS, PAK, "2021-10-23"),
                                  ("VISITED", KIS, PAK, "2022-05"),
                                  ("VISITED", KIS, PAK, None)]),
                       rec("B.", [("VISITED", KIS, PAK, "2021-10-23")])])
    found = db.relations(RelationQuery(entity=KIS.id))
    # Ordered by date with the undated one last.
    assert [(str(r.date), r.claim_count) for r in found] == [
        ("2021-10-23", 2), ("2022-05", 1), ("None", 1)]
    assert db.count_relations(RelationQuery(entity=KIS.id, as_of=dt.date(2022, 1, 1))) == 1


def test_symmetric_is_stored_once_and_read_both_ways(db: SQLiteStore) -> None:
    db.write_articles([rec("A.", [("ESTABLISHED_TIES", PAK, KAZ, "1992-02"),
                                  ("RECOGNIZED", PAK, KAZ, "1991")]),
                       rec("B.", [("ESTABLISHED_TIES", KAZ, PAK, "1992-02")])])
    ties = db.relations(RelationQuery(types=("ESTABLISHED_TIES",)))
    assert [(r.source, r.target, r.claim_count) for r in ties] == [(KAZ.id, PAK.id, 2)]
    for entity in (KAZ.id, PAK.id):
        for direction in ("out", "in", "both"):
            q = RelationQuery(entity=entity, direction=direction, types=("ESTABLISHED_TIES",))
            assert db.count_relations(q) == 1, (entity, direction)
    directed = RelationQuery(entity=KAZ.id, direction="out", types=("RECOGNIZED",))
    assert db.relations(directed) == []
    pair = RelationQuery(entity=PAK.id, other=KAZ.id, direction="out")
    assert sorted(r.type for r in db.relations(pair)) == ["ESTABLISHED_TIES", "RECOGNIZED"]
    stored = db.get_article(rec("B.", []).article.id)
    assert stored is not None and (stored[1][0].subject, stored[1][0].object) == (KAZ.id, PAK.id)


def test_paging_and_bad_filters(db: SQLiteStore) -> None:
    db.write_articles([rec("A.", [("VISITED", KIS, PAK, f"2020-01-{d:02d}")
                                  for d in range(1, 11)])])
    page = db.relations(RelationQuery(entity=KIS.id, limit=3, offset=2))
    assert [str(r.date) for r in page] == ["2020-01-03", "2020-01-04", "2020-01-05"]
    assert db.count_relations(RelationQuery(entity=KIS.id, limit=3)) == 10
    with pytest.raises(InvalidInput, match="NOT_A_TYPE"):
        db.relations(RelationQuery(types=("NOT_A_TYPE",)))
    with pytest.raises(InvalidInput):
        db.relations(RelationQuery(limit=-1))


def test_a_bad_record_rolls_back_the_whole_batch(
    db: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = rec("Good.", [("RECOGNIZED", PAK, KAZ, "1991")])
    bad = rec("Bad.", [("RECOGNIZED", PAK, KAZ, "1991")])
    bad = ArticleRecord(bad.article, (PAK,), bad.claims)  # KAZ missing from its entities
    with pytest.raises(InvalidInput, match="country:KAZ"):
        db.write_articles([good, bad])
    assert db.stats().articles == 0
    # A failure after the rows went in (while deriving) also leaves nothing of the batch.
    db.write_articles([good])
    before = list(db.dump())
    orig = SQLiteStore._derive_relations

    def boom(self: SQLiteStore, conn: sqlite3.Connection, batch: Any) -> None:
        orig(self, conn, batch)
        raise RuntimeError("boom")

    monkeypatch.setattr(SQLiteStore, "_derive_relations", boom)
    with pytest.raises(RuntimeError):
        db.write_articles([rec("Later.", [("VISITED", KIS, KAZ, "2020")])])
    monkeypatch.undo()
    assert list(db.dump()) == before


def test_search_exact_prefix_fuzzy(db: SQLiteStore) -> None:
    kazakh_inst = Entity("institution:kazakh-institute", EntityType.INSTITUTION,
                         "Kazakh Institute of Strategic Studies")
    db.write_articles([rec("A.", [("RECOGNIZED", PAK, KAZ, None),
                                  ("LECTURED_AT", KIS, ISSI, None),
                                  ("LECTURED_AT", KIS, kazakh_inst, None),
                                  ("COOPERATES_VIA", CHN, CPEC, None)])])
    ids = [e.id for e in db.search_entities("kazakhstan")]
    assert ids[0] == KAZ.id
    # Prefix: the shorter name first; "Kazakh" is a word prefix of both.
    assert [e.id for e in db.search_entities("Kazakh")] == [KAZ.id, kazakh_inst.id]
    assert [e.id for e in db.search_entities("strat stud")][:2] == [kazakh_inst.id, ISSI.id]
    assert [e.id for e in db.search_entities("Kazakstan")][:1] == [KAZ.id]  # fuzzy
    assert [e.id for e in db.search_entities("Pakistn")] == [PAK.id, CPEC.id]  # word-level typo
    assert [e.id for e in db.search_entities("cpec")][:1] == [CPEC.id]  # exact alias
    assert [e.id for e in db.search_entities("kazakh", type=EntityType.INSTITUTION)] == [
        kazakh_inst.id]
    assert db.search_entities("zzzzqqq") == []
    assert db.search_entities('"*" OR ( NEAR') == []  # FTS syntax in input is just text
    assert [e.id for e in db.find_by_name("ISLAMABAD")] == [PAK.id]
    assert db.find_by_name("Islam") == []


def _star(n: int) -> list[ArticleRecord]:
    """KAZ visited by n people; person i also met person i+1."""
    people = [Entity(f"person:p{i:02d}", EntityType.PERSON, f"Person {i:02d}") for i in range(n)]
    facts: list[Fact] = [("VISITED", p, KAZ, "2020") for p in people]
    facts += [("MET_WITH", people[i], people[i + 1], "2021") for i in range(n - 1)]
    facts += [("MEMBER_OF", KAZ, UN, None), ("MEMBER_OF", PAK, UN, None)]
    return [rec("Star.", facts)]


def test_neighbourhood_depth_and_cap(db: SQLiteStore) -> None:
    db.write_articles(_star(6))
    one = db.neighbourhood(KAZ.id, depth=1)
    assert set(one.entities) == {KAZ.id, UN.id} | {f"person:p{i:02d}" for i in range(6)}
    assert not one.truncated
    # Induced: the MET_WITH relations among the kept people are included too.
    assert sum(r.type == "MET_WITH" for r in one.relations.values()) == 5
    two = db.neighbourhood(KAZ.id, depth=2)
    assert PAK.id in two.entities
    capped = db.neighbourhood(KAZ.id, depth=2, limit=4)
    assert capped.truncated
    # All depth-1 nodes link to KAZ once: ties go by id.
    assert list(capped.entities) == [KAZ.id, UN.id, "person:p00", "person:p01"]
    assert all(r.source in capped.entities and r.target in capped.entities
               for r in capped.relations.values())
    typed = db.neighbourhood(KAZ.id, depth=2, types=("MEMBER_OF",))
    assert set(typed.entities) == {KAZ.id, UN.id, PAK.id}
    dated = db.neighbourhood(KAZ.id, depth=2, date_from=dt.date(2021, 1, 1))
    assert set(dated.entities) == {KAZ.id}
    with pytest.raises(NotFound):
        db.neighbourhood("country:NOPE")


def test_neighbourhood_caps_parallel_relations(db: SQLiteStore) -> None:
    """Two hubs can share thousands of dated events: a subgraph keeps the best supported."""
    visits = [rec(f"Visit {d}.", [("VISITED", KIS, KAZ, f"2020-01-{d:02d}")]) for d in range(1, 26)]
    visits.append(rec("Again.", [("VISITED", KIS, KAZ, "2020-01-05")]))
    db.write_articles(visits)
    sub = db.neighbourhood(KAZ.id, limit=2)
    assert set(sub.entities) == {KAZ.id, KIS.id}
    assert len(sub.relations) == 2 * RELATIONS_PER_NODE and sub.truncated
    best = max(sub.relations.values(), key=lambda r: r.claim_count)
    assert (str(best.date), best.claim_count) == ("2020-01-05", 2)
    assert not db.neighbourhood(KAZ.id, limit=3).truncated  # 25 relations fit under 30


def test_shortest_paths(db: SQLiteStore) -> None:
    db.write_articles(_star(4))
    paths = db.shortest_paths("person:p00", PAK.id, max_hops=3)
    assert [p.entities for p in paths] == [("person:p00", KAZ.id, UN.id, PAK.id)]
    assert [r.type for r in paths[0].relations] == ["VISITED", "MEMBER_OF", "MEMBER_OF"]
    assert db.shortest_paths("person:p00", PAK.id, max_hops=2) == []
    # Two routes of length 2 from p00 to p02: via p01 (met) and via KAZ (visited).
    two = db.shortest_paths("person:p00", "person:p02")
    assert [p.entities[1] for p in two] == [KAZ.id, "person:p01"]
    assert len(db.shortest_paths("person:p00", "person:p02", limit=1)) == 1
    assert db.shortest_paths("person:p00", "person:p02", types=("MET_WITH",))[0].entities == (
        "person:p00", "person:p01", "person:p02")
    with pytest.raises(NotFound):
        db.shortest_paths("person:p00", "country:NOPE")


def test_stats_and_dump_order(db: SQLiteStore) -> None:
    db.write_articles([rec("A.", [("RECOGNIZED", PAK, KAZ, "1991-12-16"),
                                  ("AMBASSADOR_OF", KIS, KAZ, "2019"),
                                  ("AMBASSADOR_OF", KIS, KAZ, "2022-05")])])
    s = db.stats()
    assert (s.articles, s.claims) == (1, 3)
    assert s.entities_by_type == {"Country": 2, "Person": 1}
    assert s.relations_by_type == {"AMBASSADOR_OF": 1, "RECOGNIZED": 1}
    assert (s.date_min, s.date_max) == ("1991-12-16", "2022-05")
    lines = db.dump()
    assert isinstance(lines, types.GeneratorType)
    kinds = [line["kind"] for line in lines]
    assert kinds == ["entity"] * 3 + ["article"] + ["claim"] * 3 + ["relation"] * 2
    ids = [line["id"] for line in db.dump() if line["kind"] == "claim"]
    assert ids == sorted(ids)


def test_concurrent_readers_and_a_writer(db: SQLiteStore) -> None:
    errors: list[BaseException] = []

    def read() -> None:
        try:
            for _ in range(20):
                db.relations(RelationQuery(entity=KAZ.id))
                db.search_entities("Kaz")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for i in range(20):
        db.write_articles([rec(f"W{i}.", [("VISITED", KIS, KAZ, f"2020-01-{i + 1:02d}")])])
    for t in threads:
        t.join()
    assert errors == []
    assert db.count_relations(RelationQuery(entity=KAZ.id)) == 20


# ---------------------------------------------------------------- failure modes


def test_missing_folder_is_named(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "graph.db"
    with pytest.raises(StoreError, match="does not exist") as err:
        SQLiteStore.open(f"sqlite:///{path}")
    assert str(path.parent) in str(err.value)


def test_read_only_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    if os.geteuid() == 0:  # root writes anywhere: make access() answer as for a normal user
        real = os.access
        monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == folder
                            else real(p, mode))
    try:
        with pytest.raises(StoreError, match="read-only") as err:
            SQLiteStore.open(f"sqlite:///{folder / 'graph.db'}")
        assert str(folder) in str(err.value)
        assert not (folder / "graph.db").exists()
    finally:
        folder.chmod(0o755)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        SQLiteStore.open(f"sqlite:///{tmp_path}")


def test_corrupt_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "graph.db"
    path.write_bytes(b"this is not a database at all\n" * 200)
    with pytest.raises(StoreError, match="not a SQLite database") as err:
        SQLiteStore.open(f"sqlite:///{path}")
    assert str(path) in str(err.value)


@pytest.mark.parametrize(("version", "message"), [(SCHEMA_VERSION + 1, "newer"),
                                                   (1, "earlier development build")])
def test_other_schema_versions_are_refused(tmp_path: Path, version: int, message: str) -> None:
    path = tmp_path / "graph.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    with pytest.raises(StoreError, match=message):
        SQLiteStore.open(f"sqlite:///{path}")


def test_closed_or_vanished_store_is_unavailable(tmp_path: Path) -> None:
    path = tmp_path / "graph.db"
    store = SQLiteStore.open(f"sqlite:///{path}")
    store.close()
    with pytest.raises(StoreUnavailable):
        store.get_entity(KAZ.id)
    store = SQLiteStore.open(f"sqlite:///{path}")
    try:
        path.unlink()
        with pytest.raises(StoreUnavailable, match="gone"):
            store.ping()
    finally:
        store.close()


def test_a_locked_store_is_unavailable(tmp_path: Path) -> None:
    path = tmp_path / "graph.db"
    store = SQLiteStore.open(f"sqlite:///{path}")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with store._borrowed() as conn:  # the store's one connection so far: the write's
            conn.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(StoreUnavailable, match="locked"):
            store.write_articles([rec("A.", [("RECOGNIZED", PAK, KAZ, None)])])
    finally:
        other.execute("ROLLBACK")
        other.close()
        store.close()


def test_query_timeout(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'graph.db'}"
    writer = SQLiteStore.open(url)
    people = [Entity(f"person:p{i}", EntityType.PERSON, f"P {i}") for i in range(300)]
    writer.write_articles([rec(f"A{i}.", [("VISITED", p, KAZ, "2020")])
                           for i, p in enumerate(people)])
    writer.close()
    slow = SQLiteStore.open(url, query_timeout=1e-9)
    try:
        with pytest.raises(QueryTimeout):
            slow.relations(RelationQuery(limit=500))
        with pytest.raises(QueryTimeout):
            slow.neighbourhood(KAZ.id, depth=2)
        # Writes are not reads: no timeout applies, and the store still works after.
        slow.write_articles([rec("B.", [("VISITED", KIS, KAZ, "2021")])])
    finally:
        slow.close()
    fine = SQLiteStore.open(url, query_timeout=5.0)
    try:
        assert fine.count_relations(RelationQuery()) == 301
    finally:
        fine.close()


# ---------------------------------------------------------------- summaries agree with derive

_DATES = ["1991", "1991-12", "1991-12-16", "1992-02", "1992", "2020-05-01", "2021"]


@settings(max_examples=200, deadline=None)
@given(
    pred=st.sampled_from(["RECOGNIZED", "AMBASSADOR_OF", "VISITED"]),
    rows=st.lists(st.tuples(st.sampled_from([None, *_DATES]), st.sampled_from([None, *_DATES]),
                            st.sampled_from([0.3, 0.5, 0.9, 1.0]), st.integers(0, 5)),
                  min_size=1, max_size=12),
)
def test_fold_summary_matches_fold_relation(
    pred: str, rows: list[tuple[str | None, str | None, float, int]]
) -> None:
    """The summary path (hub relations) folds exactly like graph.derive.fold_relation."""
    claims = []
    for i, (date, published, confidence, article) in enumerate(rows):
        if pred == "VISITED":
            date = rows[0][0]  # an event key has one date
        claim = Claim(article_id=f"a{article}", predicate=pred, subject=KIS.id, object=KAZ.id,
                      sentence="s", sentence_index=i, char_start=0, char_end=1, rule="r",
                      date=None if date is None else PartialDate.parse(date),
                      confidence=confidence)
        claims.append(ClaimWithArticle(claim, None if published is None
                                       else PartialDate.parse(published)))
    key = relation_key(claims[0].claim)
    # Built in two steps, as the store does: what was stored, then a batch of new claims
    # (article_count adds up only across distinct articles, as new articles are).
    by_article: dict[str, list[ClaimWithArticle]] = {}
    for c in claims:
        by_article.setdefault(c.claim.article_id, []).append(c)
    groups = list(by_article.values())
    summary = RelationSummary().add([c for g in groups[:1] for c in g])
    summary.add([c for g in groups[1:] for c in g])
    ordered = [c for g in groups for c in g]
    assert fold_summary(key, summary) == fold_relation(key, ordered)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Kazakhstan", "Republic of Kazakhstan", "RK"]),
                          st.sets(st.sampled_from(["Astana", "KZ", "Qazaqstan"])),
                          st.integers(1, 40)), min_size=1, max_size=6))
def test_fold_entity_counts_matches_fold_entity(
    variants: list[tuple[str, set[str], int]]
) -> None:
    expanded: list[Mention] = []
    counted: dict[tuple[str, tuple[str, ...]], list[Any]] = {}
    for i, (name, aliases, n) in enumerate(variants):
        for j in range(n):
            m = Mention(f"a{i:02d}{j:03d}", KAZ.id, EntityType.COUNTRY, name,
                        tuple(sorted(aliases)))
            expanded.append(m)
            entry = counted.setdefault((name, m.aliases), [m, 0])
            entry[1] += 1
    assert fold_entity_counts([(m, n) for m, n in counted.values()]) == derive_entity(expanded)


def test_a_hub_relation_folds_from_its_summary(db: SQLiteStore) -> None:
    """Past SMALL claims the store folds from the summary; the result must not change."""
    dates = ["1991", "1991-12", "1991-12-16", None, "1992-01"]
    batches = [[rec(f"Hub {b}-{i}.", [("RECOGNIZED", PAK, KAZ, dates[(b + i) % 5])],
                    published=f"20{10 + i % 9:02d}-0{1 + b % 9}")
                for i in range(30)] for b in range(4)]
    for batch in batches:
        db.write_articles(batch)
    got = db.relations(RelationQuery(entity=KAZ.id))[0]
    assert got.claim_count == 120 > SMALL

    def expected() -> Relation:
        rows: list[ClaimWithArticle] = []
        for r in db.evidence(got.id):
            stored = db.get_article(r.article_id)
            assert stored is not None
            rows.extend(ClaimWithArticle(c, stored[0].published) for c in stored[1])
        rows.sort(key=lambda c: c.claim.id)
        return fold_relation(relation_key(rows[0].claim), rows)

    assert got == expected()
    assert got.conflict  # 1992-01 disagrees with 1991-12-16
    # Deleting from a big relation re-folds it from its claims.
    for r in batches[0][:25]:
        assert db.delete_article(r.article.id)
    got = db.relations(RelationQuery(entity=KAZ.id))[0]
    assert got.claim_count == 95
    assert got == expected()


def test_a_version_2_file_gets_its_co_reports_from_its_claims(tmp_path: Path) -> None:
    """Version 3 added co_reports; opening a version 2 file makes them from the claims, the
    same rows the writes make (and the same shared signings)."""
    path = tmp_path / "graph.db"
    store = SQLiteStore.open(f"sqlite:///{path}")
    store.write_articles([
        rec("Kazakhstan, Pakistan and China signed on CPEC. Kistafin signed too.", [
            ("SIGNED_AGREEMENT", KAZ, CPEC, "2021-01-02"),
            ("SIGNED_AGREEMENT", PAK, CPEC, "2021-01-02"),
            ("SIGNED_AGREEMENT", CHN, CPEC, "2021-01-02"),
            ("SIGNED_AGREEMENT", KIS, CPEC, None)]),
        rec("Uzbekistan signed on CPEC. Pakistan cooperates through it.", [
            ("SIGNED_AGREEMENT", UZB, CPEC, "2022-03-04"),
            ("COOPERATES_VIA", PAK, CPEC, None)])])
    signed = ("SIGNED_AGREEMENT",)

    def state() -> tuple[list[Any], list[str]]:
        with sqlite3.connect(path) as conn:
            rows = conn.execute("SELECT * FROM co_reports ORDER BY 1, 2, 3, 4, 5").fetchall()
        shared = store.shared_links([KAZ.id, UZB.id], [PAK.id, KIS.id], signed,
                                    co_reported=signed)
        return rows, sorted(r.source for r in shared)

    written = state()
    assert len(written[0]) == 4 * 3  # each of the four signers with each of the other three
    assert written[1] == [KAZ.id, PAK.id, KIS.id]  # not Uzbekistan's own article
    store.close()
    with sqlite3.connect(path) as conn:
        conn.executescript("DROP TABLE co_reports; PRAGMA user_version = 2;")
    store = SQLiteStore.open(f"sqlite:///{path}")
    try:
        assert state() == written
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        store.close()


def test_threads_share_a_few_connections(tmp_path: Path) -> None:
    """However many threads read, the store opens at most MAX_CONNECTIONS (each has its own
    page cache and map of the file); the others wait for one, and all get their answers."""
    store = SQLiteStore.open(f"sqlite:///{tmp_path / 'graph.db'}")
    store.write_articles([rec("A.", [("RECOGNIZED", PAK, KAZ, "1991-12")])])
    answers: list[int] = []
    barrier = threading.Barrier(12)

    def read() -> None:
        barrier.wait()
        for _ in range(20):
            answers.append(len(store.relations(RelationQuery(limit=10))))

    threads = [threading.Thread(target=read) for _ in range(12)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert answers == [1] * 12 * 20
        assert 1 <= len(store._conns) <= MAX_CONNECTIONS
    finally:
        store.close()

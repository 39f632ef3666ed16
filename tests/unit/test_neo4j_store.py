"""Neo4jStore against the real local Neo4j (tests/conftest.py `neo4j_uri`); nothing is mocked."""

from __future__ import annotations

import datetime as dt
import os
import random
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from neo4j import GraphDatabase

from graph import cypher
from graph.dates import PartialDate
from graph.derive import canonical
from graph.errors import InvalidInput, NotFound, QueryTimeout, StoreError, StoreUnavailable
from graph.model import (
    Article,
    ArticleRecord,
    Claim,
    DateSource,
    Entity,
    WriteOutcome,
    article_id,
    entity_id,
)
from graph.neo4j_store import Neo4jStore
from graph.sqlite_store import SQLiteStore
from graph.store import RelationQuery
from graph.store_common import SMALL, co_report_rows, prepare_record, relation_sort_key
from graph.vocabulary import PREDICATES, EntityType
from tests.contract.builders import CHN, CPEC, ISSI, KAZ, KISTAFIN, PAK, kaz_pak_corpus, record

pytestmark = pytest.mark.neo4j

ALI = Entity("person:ali-khan", EntityType.PERSON, "Ali Khan")
SCO = Entity("org:sco", EntityType.ORGANIZATION, "Shanghai Cooperation Organisation", ("SCO",))


@pytest.fixture
def neo(neo4j_uri: str) -> Iterator[Neo4jStore]:
    store = Neo4jStore.open(neo4j_uri)
    store.wipe()
    try:
        yield store
    finally:
        store.close()


def dump(store: Neo4jStore | SQLiteStore) -> list[dict[str, Any]]:
    return list(store.dump())


def rels(store: Neo4jStore, **kw: Any) -> list[Any]:
    return store.relations(RelationQuery(**kw))


# ---------------------------------------------------------------- synthetic corpus

_POOL: dict[EntityType, list[Entity]] = {
    EntityType.COUNTRY: [Entity(f"country:C{i:02d}", EntityType.COUNTRY, f"Country {i}",
                                (f"Capital {i}", f"Demonym{i}")) for i in range(40)],
    EntityType.PERSON: [Entity(entity_id(EntityType.PERSON, f"Person Number {i}"),
                               EntityType.PERSON, f"Person Number {i}", (f"Number {i}",))
                        for i in range(200)],
    EntityType.INSTITUTION: [Entity(entity_id(EntityType.INSTITUTION, f"Institute {i}"),
                                    EntityType.INSTITUTION, f"Institute {i}") for i in range(40)],
    EntityType.PROJECT: [Entity(entity_id(EntityType.PROJECT, f"Corridor {i}"),
                                EntityType.PROJECT, f"Corridor {i}", (f"CR{i}",))
                         for i in range(20)],
    EntityType.ORGANIZATION: [Entity(f"org:o{i}", EntityType.ORGANIZATION, f"Forum {i}")
                              for i in range(10)],
    EntityType.CITY: [Entity(entity_id(EntityType.CITY, f"Town {i}"), EntityType.CITY,
                             f"Town {i}") for i in range(10)],
}


def _random_date(rng: random.Random) -> PartialDate | None:
    roll = rng.random()
    if roll < 0.2:
        return None
    year = rng.randint(1990, 2024)
    if roll < 0.4:
        return PartialDate(year)
    if roll < 0.6:
        return PartialDate(year, rng.randint(1, 12))
    return PartialDate(year, rng.randint(1, 12), rng.randint(1, 28))


def synthetic(n: int, seed: int = 7, claims: int = 20, start: int = 0) -> list[ArticleRecord]:
    """n articles of `claims` valid claims each over a small world (hubs included)."""
    rng = random.Random(seed)
    names = sorted(PREDICATES)
    out = []
    for i in range(start, start + n):
        text = f"Synthetic article {i} (seed {seed})."
        aid = article_id(text)
        entities: dict[str, Entity] = {}
        made: list[Claim] = []
        for k in range(claims):
            pred = PREDICATES[rng.choice(names)]
            s = rng.choice(_POOL[rng.choice(sorted(pred.subjects))])
            o = rng.choice(_POOL[rng.choice(sorted(pred.objects))])
            if s.id == o.id:
                continue
            entities[s.id], entities[o.id] = s, o
            sentence = f"{s.name} {pred.name.lower()} {o.name} in sentence {k}."
            made.append(Claim(
                article_id=aid, predicate=pred.name, subject=s.id, object=o.id,
                sentence=sentence, sentence_index=k, char_start=k * 100,
                char_end=k * 100 + len(sentence), rule="synthetic", date=_random_date(rng),
                date_source=rng.choice(list(DateSource)),
                confidence=rng.choice([0.5, 0.7, 0.85, 0.9, 1.0])))
        pub = PartialDate(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))
        article = Article(aid, text * 20, f"Title {i}", f"https://example.org/{i}", "SYN", pub,
                          "Somewhere")
        out.append(ArticleRecord(article, tuple(entities.values()), tuple(made)))
    return out


# ---------------------------------------------------------------- writing


def test_round_trip_of_articles_claims_and_entities(neo: Neo4jStore) -> None:
    corpus = kaz_pak_corpus()
    neo.write_articles(corpus)
    for rec in corpus:
        got = neo.get_article(rec.article.id)
        assert got is not None
        article, claims = got
        assert article == rec.article
        # ESTABLISHED_TIES KAZ->PAK in article two is symmetric: stored as (KAZ, PAK) anyway.
        assert sorted(c.id for c in claims) == sorted({canonical(c).id for c in rec.claims})
    assert neo.get_entity(KAZ.id) == KAZ
    assert neo.get_entity(KISTAFIN.id) == KISTAFIN
    assert neo.get_entity("country:XXX") is None
    assert neo.get_article("0" * 16) is None


def test_the_graph_is_made_of_labelled_nodes_and_typed_relationships(
        neo: Neo4jStore, neo4j_uri: str) -> None:
    neo.write_articles(kaz_pak_corpus())
    with GraphDatabase.driver(neo4j_uri) as driver:
        records, _, _ = driver.execute_query(
            "MATCH (p:Entity:Country {id: 'country:PAK'})-[r:RECOGNIZED]->"
            "(k:Entity:Country {id: 'country:KAZ'}) RETURN r.claim_count AS n, r.date AS date",
            database_=neo.database)
        assert [(r["n"], r["date"]) for r in records] == [(2, "1991-12-16")]
        # Symmetric: one relationship, in the canonical direction only.
        records, _, _ = driver.execute_query(
            "MATCH (a:Country)-[r:ESTABLISHED_TIES]->(b:Country) RETURN a.id AS a, b.id AS b",
            database_=neo.database)
        assert [(r["a"], r["b"]) for r in records] == [(KAZ.id, PAK.id)]
        records, _, _ = driver.execute_query(
            "MATCH (c:Claim)-[:FROM]->(:Article), (c)-[:SUBJECT]->(:Entity),"
            " (c)-[:OBJECT]->(:Entity) RETURN count(c) AS n", database_=neo.database)
        assert records[0]["n"] == 12
        records, _, _ = driver.execute_query(
            "MATCH (e:Entity) RETURN e.id AS id, labels(e) AS labels", database_=neo.database)
        for r in records:
            assert len(r["labels"]) == 2 and "Entity" in r["labels"], r


def test_writing_again_is_unchanged_and_reports_what_is_stored(neo: Neo4jStore) -> None:
    corpus = kaz_pak_corpus()
    first = neo.write_articles(corpus)
    assert [(r.claims, r.relations) for r in first] == [(6, 6), (4, 4), (2, 2)]
    before = dump(neo)
    again = neo.write_articles(corpus)
    assert [r.outcome for r in again] == [WriteOutcome.UNCHANGED] * 3
    assert [(r.claims, r.relations) for r in again] == [(6, 6), (4, 4), (2, 2)]
    assert dump(neo) == before
    assert neo.write_articles([]) == []


def test_a_batch_takes_effect_record_by_record(neo: Neo4jStore) -> None:
    a = record("Revision A.", [("RECOGNIZED", PAK, KAZ, "1991")], url="https://x.org/a")
    b = record("Revision B.", [("MEMBER_OF", KAZ, SCO, "2001")], url="https://x.org/a")
    results = neo.write_articles([a, a, b])
    assert [r.outcome for r in results] == [
        WriteOutcome.ADDED, WriteOutcome.UNCHANGED, WriteOutcome.REPLACED]
    assert neo.get_article(a.article.id) is None
    assert neo.get_article(b.article.id) is not None
    assert neo.get_entity(PAK.id) is None  # only revision A named Pakistan
    assert [r.type for r in rels(neo)] == ["MEMBER_OF"]
    # Replacing a stored article, and bringing the old text back, are both replacements.
    assert neo.write_articles([a])[0].outcome is WriteOutcome.REPLACED
    assert [r.type for r in rels(neo)] == ["RECOGNIZED"]
    assert neo.stats().articles == 1


def test_invalid_records_fail_the_batch_before_any_write(neo: Neo4jStore) -> None:
    good = record("Good article.", [("RECOGNIZED", PAK, KAZ, "1991")])
    bad_pred = record("Bad predicate.", [("RECOGNIZED", PAK, KAZ, None)])
    bad_pred = ArticleRecord(bad_pred.article, bad_pred.entities, tuple(
        Claim(**{**c.__dict__, "predicate": "INVADED"}) for c in bad_pred.claims))
    with pytest.raises(InvalidInput, match="INVADED"):
        neo.write_articles([good, bad_pred])
    orphan = record("Orphan claim.", [("RECOGNIZED", PAK, KAZ, None)])
    orphan = ArticleRecord(orphan.article, (PAK,), orphan.claims)
    with pytest.raises(InvalidInput, match="country:KAZ"):
        neo.write_articles([good, orphan])
    assert dump(neo) == []


def test_delete_rederives_and_the_last_delete_empties_the_graph(neo: Neo4jStore) -> None:
    corpus = kaz_pak_corpus()
    neo.write_articles(corpus)
    assert neo.delete_article(corpus[0].article.id)
    via = rels(neo, entity=PAK.id, types=("COOPERATES_VIA",))
    assert [(str(r.date), r.claim_count, str(r.first_reported)) for r in via] == [
        ("2019", 1, "2022-01-10")]
    assert neo.get_entity(ISSI.id) is not None  # article three still names it
    assert rels(neo, entity=KISTAFIN.id, types=("AMBASSADOR_OF",)) == []
    assert not neo.delete_article(corpus[0].article.id)
    assert not neo.delete_article("no-such-article")
    for rec in corpus[1:]:
        assert neo.delete_article(rec.article.id)
    assert dump(neo) == []
    assert neo.stats().entities_by_type == {}


# ---------------------------------------------------------------- folding


def test_folding_follows_the_kind_of_each_predicate(neo: Neo4jStore) -> None:
    neo.write_articles([
        record("One.", [("RECOGNIZED", PAK, KAZ, "1991"), ("MEMBER_OF", KAZ, SCO, "2001"),
                        ("VISITED", KISTAFIN, PAK, "2020-03-01")], published="2020-03-02"),
        record("Two.", [("RECOGNIZED", PAK, KAZ, "1991-12"), ("MEMBER_OF", KAZ, SCO, "2019-06"),
                        ("VISITED", KISTAFIN, PAK, "2021-05")], published="2021-06-01"),
        record("Three.", [("RECOGNIZED", PAK, KAZ, None), ("VISITED", KISTAFIN, PAK, None)]),
    ])
    recog = rels(neo, types=("RECOGNIZED",))
    assert [(str(r.date), r.conflict, r.claim_count, r.article_count) for r in recog] == [
        ("1991-12", False, 3, 3)]
    assert recog[0].confidence == round(1 - 0.1 ** 3, 4)
    (member,) = rels(neo, types=("MEMBER_OF",))
    assert (str(member.date), str(member.date_end)) == ("2001", "2019-06")
    assert (str(member.first_reported), str(member.last_reported)) == ("2020-03-02", "2021-06-01")
    visits = rels(neo, types=("VISITED",))
    assert [None if r.date is None else str(r.date) for r in visits] == [
        "2020-03-01", "2021-05", None]  # one per date; undated last


def test_the_dump_matches_sqlite_on_a_churned_synthetic_corpus(
        neo: Neo4jStore, tmp_path: Path) -> None:
    sqlite = SQLiteStore.open(f"sqlite:///{tmp_path / 'g.db'}")
    try:
        corpus = synthetic(60, seed=3)
        revised = synthetic(10, seed=4)  # same URLs as the first ten: replacements
        for store in (sqlite, neo):
            for i in range(0, 60, 25):
                store.write_articles(corpus[i:i + 25])
            assert [r.outcome for r in store.write_articles(revised)] == [
                WriteOutcome.REPLACED] * 10
            for rec in corpus[20:30]:
                store.delete_article(rec.article.id)
        left, right = dump(sqlite), dump(neo)
        assert len(right) > 1000
        assert left == right
        assert sqlite.stats() == neo.stats()
    finally:
        sqlite.close()


def _hub_corpus(n: int, tag: str) -> list[ArticleRecord]:
    """n articles that all name Kazakhstan (under two names) and back one hub relation."""
    rng = random.Random(tag)
    out = []
    for i in range(n):
        kaz = KAZ if i % 3 else Entity(KAZ.id, EntityType.COUNTRY, "Republic of Kazakhstan",
                                       ("Qazaqstan",))
        date = rng.choice(["2001", "2001-06", "2001-06-15", "2017", None])
        rec = record(f"Hub article {tag} {i}.", [("MEMBER_OF", kaz, SCO, date),
                                                 ("VISITED", KISTAFIN, kaz, "2020-01-01")],
                     url=f"https://hub.org/{i}", published=f"20{10 + i % 10}-0{1 + i % 9}")
        out.append(ArticleRecord(rec.article, rec.entities, tuple(
            Claim(**{**c.__dict__, "confidence": rng.choice([0.3, 0.55, 0.9])})
            for c in rec.claims)))
    return out


def test_hubs_fold_from_stored_summaries_like_sqlite(neo: Neo4jStore, tmp_path: Path) -> None:
    sqlite = SQLiteStore.open(f"sqlite:///{tmp_path / 'g.db'}")
    try:
        corpus = _hub_corpus(90, "a")
        for store in (sqlite, neo):
            for i in range(0, 90, 10):  # the hub relations pass SMALL claims on the way
                store.write_articles(corpus[i:i + 10])
            (member,) = store.relations(RelationQuery(types=("MEMBER_OF",)))
            assert member.claim_count == 90 > SMALL
            store.write_articles(_hub_corpus(3, "b"))  # replaces three: folds from all claims
            for rec in corpus[40:45]:
                store.delete_article(rec.article.id)
            store.write_articles(corpus[40:42])  # gains again after the rebuild
        assert dump(sqlite) == dump(neo)
        assert neo.get_entity(KAZ.id) == sqlite.get_entity(KAZ.id)
        assert neo.relations(RelationQuery(types=("MEMBER_OF",)))[0].claim_count == 87
    finally:
        sqlite.close()


# ---------------------------------------------------------------- reading relations


def test_symmetric_reads_other_end_and_paging(neo: Neo4jStore) -> None:
    neo.write_articles(kaz_pak_corpus())
    for who, other in ((KISTAFIN.id, ALI.id), (ALI.id, KISTAFIN.id)):
        for direction in ("out", "in", "both"):
            found = rels(neo, entity=who, other=other, direction=direction)
            assert [r.type for r in found] == ["MET_WITH"], (who, direction)
    assert [r.type for r in rels(neo, entity=KAZ.id, other=PAK.id, direction="in")] == [
        "RECOGNIZED", "ESTABLISHED_TIES"]
    assert [r.type for r in rels(neo, entity=KAZ.id, other=PAK.id, direction="out")] == [
        "ESTABLISHED_TIES"]
    everything = rels(neo, limit=500)
    assert everything == sorted(everything, key=relation_sort_key)
    assert neo.count_relations(RelationQuery()) == len(everything) == 9
    pages = [r for off in range(0, 9, 3) for r in rels(neo, limit=3, offset=off)]
    assert pages == everything
    assert neo.count_relations(RelationQuery(entity=KAZ.id)) == 3
    assert neo.count_relations(RelationQuery(other=KAZ.id)) == 3  # other alone = entity
    with pytest.raises(InvalidInput, match="INVADED"):
        rels(neo, types=("INVADED",))
    with pytest.raises(InvalidInput):
        rels(neo, limit=-1)


def test_date_filters_use_the_whole_interval(neo: Neo4jStore) -> None:
    neo.write_articles([
        record("A.", [("MEMBER_OF", KAZ, SCO, "2001")]),
        record("B.", [("MEMBER_OF", KAZ, SCO, "2019-06"), ("RECOGNIZED", PAK, KAZ, None)]),
    ])
    mid = rels(neo, date_from=dt.date(2010, 1, 1), date_to=dt.date(2010, 12, 31))
    assert [r.type for r in mid] == ["MEMBER_OF"]  # 2001 .. 2019-06 covers 2010
    assert rels(neo, date_from=dt.date(2019, 7, 1)) == []
    assert [r.type for r in rels(neo, as_of=dt.date(2001, 1, 1))] == ["MEMBER_OF"]
    assert rels(neo, as_of=dt.date(2000, 12, 31)) == []
    assert len(rels(neo)) == 2  # no date filter: the undated one too


def test_get_relation_and_evidence_order(neo: Neo4jStore) -> None:
    corpus = kaz_pak_corpus()
    neo.write_articles(corpus)
    (ties,) = rels(neo, types=("ESTABLISHED_TIES",))
    assert neo.get_relation(ties.id) == ties
    assert neo.get_relation("feedfeedfeedfeed") is None
    evidence = neo.evidence(ties.id)
    assert [str(e.article_published) for e in evidence] == ["2021-10-23", "2022-01-10"]
    assert evidence[1].sentence == "Kazakhstan established_ties Pakistan (#1)."
    assert {e.relation_id for e in evidence} == {ties.id}
    assert neo.evidence("feedfeedfeedfeed") == []


# ---------------------------------------------------------------- search


def test_search_and_find_by_name(neo: Neo4jStore) -> None:
    civ = Entity("country:CIV", EntityType.COUNTRY, "Côte d'Ivoire", ("Ivory Coast",))
    neo.write_articles(kaz_pak_corpus() + [
        record("Ivory.", [("RECOGNIZED", civ, KAZ, None), ("MEMBER_OF", KAZ, SCO, None)])])
    assert [e.id for e in neo.find_by_name("  KAZAKHSTAN ")] == [KAZ.id]
    assert [e.id for e in neo.find_by_name("islamabad")] == [PAK.id]
    assert neo.find_by_name("Kazakh") == []  # exact only
    assert [e.id for e in neo.search_entities("cote d'ivoire")] == [civ.id]
    assert [e.id for e in neo.search_entities("Shanghai Coop")] == [SCO.id]
    assert [e.id for e in neo.search_entities("sco")][:1] == [SCO.id]
    assert [e.id for e in neo.search_entities("Pakistn")][:1] == [PAK.id]
    assert [e.id for e in neo.search_entities("Kistafin", type=EntityType.COUNTRY)] == []
    assert neo.search_entities("   ") == []
    assert neo.search_entities("zzzzqqq") == []
    found = neo.search_entities("Corridor")
    assert [e.id for e in found] == [CPEC.id]


def test_hostile_strings_are_stored_verbatim_and_found(neo: Neo4jStore) -> None:
    hostile = ["O'Brien \"the\" Envoy", "`Backtick` Ministry", "x'}) DETACH DELETE n //",
               "}) DETACH DELETE n //", "{braces} and $param \\ backslash", "Envoy 🇰🇿 Emoji",
               "سفير باكستان", "A" * 10_000]
    people = [Entity(f"person:h{i}", EntityType.PERSON, name, (name[::-1][:50],))
              for i, name in enumerate(hostile)]
    records = []
    for i, p in enumerate(people):
        text = f"{p.name} wrote this #{i}"
        rec = record(text, [("AMBASSADOR_OF", p, KAZ, None)], url=f"https://x.org/{p.name}")
        records.append(ArticleRecord(
            Article(rec.article.id, text, title=p.name, url=rec.article.url, source=p.name,
                    place=p.name), rec.entities, rec.claims))
    neo.write_articles(records)
    for p, rec in zip(people, records, strict=True):
        assert neo.get_entity(p.id) == p
        got = neo.get_article(rec.article.id)
        assert got is not None and got[0] == rec.article
        assert got[1][0].sentence == rec.claims[0].sentence
        assert [e.id for e in neo.find_by_name(p.name)] == [p.id]
        assert p.id in [e.id for e in neo.search_entities(p.name[:100], limit=50)]
    assert neo.stats().entities_by_type == {"Country": 1, "Person": len(hostile)}
    assert neo.get_entity("x'}) DETACH DELETE n //") is None
    assert neo.relations(RelationQuery(entity="`}) DETACH DELETE n //")) == []


# ---------------------------------------------------------------- walks


def test_neighbourhood_is_capped_induced_and_filtered(neo: Neo4jStore) -> None:
    neo.write_articles(kaz_pak_corpus())
    one = neo.neighbourhood(PAK.id, depth=1)
    assert set(one.entities) == {PAK.id, KAZ.id, KISTAFIN.id, CPEC.id}
    # Induced: Kistafin's ties to Kazakhstan show too, not just those to Pakistan.
    assert {r.type for r in one.relations.values()} >= {"AMBASSADOR_OF", "ACCREDITED_TO"}
    assert not one.truncated
    dated = neo.neighbourhood(PAK.id, depth=1, date_from=dt.date(2015, 1, 1))
    assert set(dated.entities) == {PAK.id, CPEC.id}
    capped = neo.neighbourhood(PAK.id, depth=2, limit=2)
    assert capped.truncated and len(capped.entities) == 2
    assert list(capped.entities)[0] == PAK.id
    assert set(neo.neighbourhood(PAK.id, depth=0).entities) == {PAK.id}
    with pytest.raises(NotFound):
        neo.neighbourhood("country:XXX")
    with pytest.raises(InvalidInput):
        neo.neighbourhood(PAK.id, depth=-1)


def test_shortest_paths_pick_one_relation_per_hop(neo: Neo4jStore) -> None:
    neo.write_articles(kaz_pak_corpus())
    (path,) = neo.shortest_paths(KAZ.id, CHN.id, max_hops=3)
    assert path.entities == (KAZ.id, PAK.id, CPEC.id, CHN.id)
    # Kazakhstan-Pakistan has two relations; the better supported (then by type) is shown.
    assert [r.type for r in path.relations] == ["ESTABLISHED_TIES", "COOPERATES_VIA",
                                                 "COOPERATES_VIA"]
    assert neo.shortest_paths(KAZ.id, CHN.id, max_hops=2) == []
    only = neo.shortest_paths(KAZ.id, ISSI.id, max_hops=3, types=("LECTURED_AT",))
    assert only == []
    typed = neo.shortest_paths(KAZ.id, ISSI.id, types=("AMBASSADOR_OF", "LECTURED_AT"))
    assert [p.entities for p in typed] == [(KAZ.id, KISTAFIN.id, ISSI.id)]
    assert neo.shortest_paths(KAZ.id, KAZ.id) == [neo.shortest_paths(KAZ.id, KAZ.id)[0]]
    assert neo.shortest_paths(KAZ.id, KAZ.id)[0].entities == (KAZ.id,)
    with pytest.raises(NotFound, match="country:XXX"):
        neo.shortest_paths(KAZ.id, "country:XXX")
    with pytest.raises(InvalidInput):
        neo.shortest_paths(KAZ.id, PAK.id, max_hops=cypher.MAX_HOPS + 1)


def test_walks_agree_with_sqlite(neo: Neo4jStore, tmp_path: Path) -> None:
    sqlite = SQLiteStore.open(f"sqlite:///{tmp_path / 'g.db'}")
    try:
        corpus = synthetic(15, seed=11, claims=6)
        for store in (sqlite, neo):
            store.write_articles(corpus)
        ids = sorted(e["id"] for e in sqlite.dump() if e["kind"] == "entity")
        rng = random.Random(5)
        for _ in range(15):
            a, b = rng.sample(ids, 2)
            for hops in (2, 4):
                assert neo.shortest_paths(a, b, hops, limit=5) == sqlite.shortest_paths(
                    a, b, hops, limit=5), (a, b, hops)
            for depth, limit in ((1, 5), (2, 40)):
                assert neo.neighbourhood(a, depth, limit=limit) == sqlite.neighbourhood(
                    a, depth, limit=limit), (a, depth, limit)
        since = dt.date(2010, 1, 1)
        assert neo.neighbourhood(ids[0], 2, date_from=since) == sqlite.neighbourhood(
            ids[0], 2, date_from=since)
    finally:
        sqlite.close()


# ---------------------------------------------------------------- connections and errors


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_an_unreachable_server_is_reported_in_one_clear_line(scheme: str) -> None:
    url = f"{scheme}://127.0.0.1:{_free_port()}"
    started = time.monotonic()
    with pytest.raises(StoreUnavailable) as info:
        Neo4jStore.open(url)
    assert time.monotonic() - started < 20
    message = str(info.value)
    assert url in message and "make neo4j" in message and "\n" not in message


def test_a_malformed_url_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot use Neo4j URL"):
        Neo4jStore.open("bolt://127.0.0.1:notaport")


def test_a_missing_database_is_named(neo4j_uri: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_DATABASE", "nosuchdb")
    with pytest.raises(StoreError, match="NEO4J_DATABASE"):
        Neo4jStore.open(neo4j_uri)


def test_stores_share_one_driver_until_the_last_closes(neo: Neo4jStore, neo4j_uri: str) -> None:
    other = Neo4jStore.open(neo4j_uri)
    assert other._shared is neo._shared
    other.close()
    other.close()  # twice is fine
    neo.ping()  # the shared driver is still open for the first store
    with pytest.raises(StoreUnavailable, match="closed"):
        other.ping()


def test_a_query_past_its_timeout_raises_query_timeout(neo: Neo4jStore, neo4j_uri: str) -> None:
    rec = record("Locked article.", [("RECOGNIZED", PAK, KAZ, "1991")])
    neo.write_articles([rec])
    slow = Neo4jStore.open(neo4j_uri, query_timeout=0.5)
    try:
        with GraphDatabase.driver(neo4j_uri) as driver, \
                driver.session(database=neo.database) as session:
            tx = session.begin_transaction()
            tx.run("MATCH (a:Article {id: $id}) SET a.locked = true", id=rec.article.id).consume()
            started = time.monotonic()
            try:
                with pytest.raises(QueryTimeout):
                    slow.delete_article(rec.article.id)
            finally:
                tx.rollback()
            assert time.monotonic() - started < 10
        assert neo.get_article(rec.article.id) is not None
    finally:
        slow.close()


def test_a_read_past_its_timeout_raises_query_timeout(neo4j_uri: str) -> None:
    # Reads run as auto-commit statements (Neo4jStore._read), not managed transactions: the
    # timeout travels with the statement.
    slow = Neo4jStore.open(neo4j_uri, query_timeout=0.5)
    try:
        with pytest.raises(QueryTimeout):
            slow._read("UNWIND range(1, 2000000000) AS x RETURN count(x) AS n")
        assert slow._read("RETURN 1 AS n")[0]["n"] == 1  # the next read is not affected
    finally:
        slow.close()


def test_concurrent_writers_of_shared_entities_end_like_one_writer(
        neo: Neo4jStore, neo4j_uri: str, tmp_path: Path) -> None:
    corpus = synthetic(40, seed=21, claims=10)
    errors: list[BaseException] = []

    def writer(part: list[ArticleRecord]) -> None:
        store = Neo4jStore.open(neo4j_uri)
        try:
            for i in range(0, len(part), 5):
                store.write_articles(part[i:i + 5])
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=writer, args=(corpus[k::4],)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    sqlite = SQLiteStore.open(f"sqlite:///{tmp_path / 'g.db'}")
    try:
        sqlite.write_articles(corpus)
        assert dump(neo) == dump(sqlite)
    finally:
        sqlite.close()


def test_wipe_keeps_the_schema(neo: Neo4jStore, neo4j_uri: str) -> None:
    neo.write_articles(kaz_pak_corpus())
    neo.wipe()
    assert dump(neo) == []
    with GraphDatabase.driver(neo4j_uri) as driver:
        records, _, _ = driver.execute_query(cypher.SCHEMA_NAMES, database_=neo.database)
    assert set(cypher.SCHEMA) <= set(records[0]["names"])
    neo.write_articles(kaz_pak_corpus())
    assert [e.id for e in neo.search_entities("CPEC")][:1] == [CPEC.id]


def test_write_statements_seek_even_when_planned_on_an_empty_graph(
        neo: Neo4jStore, neo4j_uri: str) -> None:
    # Write statements keep their first plan (`replan=skip`), which may be made on an empty
    # graph where a scan costs nothing: each must still find what it needs by a seek.
    def operators(plan: dict[str, Any]) -> Iterator[str]:
        yield plan["operatorType"].split("@")[0]
        for child in plan.get("children", []):
            yield from operators(child)

    statements = {name: text for name, text in vars(cypher).items()
                  if isinstance(text, str) and text.startswith(cypher._WRITE)
                  and not name.startswith("_")}
    assert {"STORED_ARTICLES", "WRITE_ARTICLES", "WRITE_DERIVED"} <= set(statements)
    with GraphDatabase.driver(neo4j_uri) as driver, driver.session(
            database=neo.database) as session:
        session.run("CALL db.clearQueryCaches()").consume()
        for name, text in statements.items():
            explain = text.replace(cypher._WRITE, cypher._WRITE.rstrip() + " EXPLAIN\n", 1)
            summary = session.run(explain, p={}).consume()
            assert summary.plan is not None
            found = set(operators(summary.plan))
            assert not {op for op in found if "Scan" in op}, (name, found)
            assert any("Seek" in op for op in found), (name, found)


def test_a_graph_written_before_co_reports_gets_them_from_its_claims(
        neo: Neo4jStore, neo4j_uri: str) -> None:
    """shared_links reads co-reported signings from CO_REPORTED relationships written with
    the claims; a graph written before them (no co_reported_article index) is given them
    from its claims when a store first opens it."""
    mou = Entity("project:mou-on-tourism", EntityType.PROJECT, "Memorandum on Tourism")
    corpus = [
        record("Both sign on tourism.", [("SIGNED_AGREEMENT", KAZ, mou, "2023-05-02"),
                                         ("SIGNED_AGREEMENT", PAK, mou, "2023-05-02"),
                                         ("SIGNED_AGREEMENT", KISTAFIN, mou, "2023-05-02"),
                                         ("COOPERATES_VIA", PAK, CPEC, None)]),
        record("China signs alone.", [("SIGNED_AGREEMENT", CHN, mou, "2023-06-02")]),
        record("Both sign again.", [("SIGNED_AGREEMENT", PAK, mou, "2023-07-02"),
                                    ("SIGNED_AGREEMENT", KAZ, mou, "2023-07-02")]),
    ]
    neo.write_articles(corpus)
    read = ("MATCH (s:Entity)-[k:CO_REPORTED]->(o:Entity) "
            "RETURN k.type AS type, s.id AS source, k.relation_id AS rid, o.id AS other, "
            "k.article_id AS article ORDER BY type, source, rid, other, article")
    expected = sorted(row for r in corpus for row in co_report_rows(prepare_record(r)))
    assert len(expected) == 8  # 3 signers: 6 ordered pairs; then 2

    def stored() -> list[tuple[Any, ...]]:
        with GraphDatabase.driver(neo4j_uri) as driver:
            rows, _, _ = driver.execute_query(read, database_=neo.database)
        return [tuple(r.values()) for r in rows]

    def shared() -> list[Any]:
        return neo.shared_links([KAZ.id, KISTAFIN.id], [PAK.id, CHN.id],
                                ("COOPERATES_VIA", "SIGNED_AGREEMENT"),
                                co_reported=("SIGNED_AGREEMENT",))

    assert stored() == expected
    before = shared()
    assert {(r.source, r.target) for r in before} == {
        (KAZ.id, mou.id), (KISTAFIN.id, mou.id), (PAK.id, mou.id)}  # not China's
    with GraphDatabase.driver(neo4j_uri) as driver:
        driver.execute_query("MATCH ()-[k:CO_REPORTED]->() DELETE k", database_=neo.database)
        driver.execute_query(f"DROP INDEX {cypher.CO_REPORTS_INDEX}", database_=neo.database)
    assert stored() == [] and shared() == []  # the old graph: nothing counts
    neo._shared.ready.discard(neo.database)  # as a process that has not opened it yet
    again = Neo4jStore.open(neo4j_uri)
    try:
        assert stored() == expected
        assert again.shared_links([KAZ.id, KISTAFIN.id], [PAK.id, CHN.id],
                                  ("COOPERATES_VIA", "SIGNED_AGREEMENT"),
                                  co_reported=("SIGNED_AGREEMENT",)) == before
        # The index is back, and deleting an article deletes its co-reports with it.
        assert again.delete_article(corpus[0].article.id)
        assert stored() == [row for row in expected if row[4] != corpus[0].article.id]
    finally:
        again.close()


def test_the_local_server_keeps_two_transaction_log_files(neo4j_uri: str) -> None:
    """The local server (tools/neo4j-local) prunes its transaction logs to two files at each
    checkpoint; Neo4j's default keeps two days of them (3.5 GB beside a 2 GB store at 100k)."""
    if os.environ.get("NEO4J_URI"):
        pytest.skip("a server of one's own keeps its own retention policy")
    with GraphDatabase.driver(neo4j_uri) as driver:
        records, _, _ = driver.execute_query(
            "SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value",
            name="db.tx_log.rotation.retention_policy",
        )
    assert [r["value"] for r in records] == ["2 files"]


def test_a_label_the_graph_does_not_hold_yet_logs_no_notice(
    neo: Neo4jStore, caplog: pytest.LogCaptureFixture
) -> None:
    """The store's queries name every label and type of the schema (stats() counts each), and
    a young graph lacks some; the server's "label does not exist" notice is expected, not
    logged (it was, once per missing label, at each stats())."""
    with caplog.at_level("INFO", logger="neo4j"):
        rows = neo._read("MATCH (n:LabelNoGraphHolds) RETURN count(n) AS n")
        neo.stats()
    assert rows[0]["n"] == 0
    notices = [r.getMessage() for r in caplog.records if "notification" in r.getMessage()]
    assert notices == [], notices[:1]


def _ask_local_server(neo4j_uri: str, query: str) -> list[Any]:
    """Records of a query to the server tools/neo4j-local started (its settings are ours)."""
    if os.environ.get("NEO4J_URI"):
        pytest.skip("a server of one's own runs its own JVM and settings")
    with GraphDatabase.driver(neo4j_uri) as driver:
        records, _, _ = driver.execute_query(query)
    return list(records)


def test_the_local_server_runs_the_chosen_garbage_collector(neo4j_uri: str) -> None:
    """tools/neo4j-local starts its JVM with neo4j_local.COLLECTOR; the JVM's own management
    beans name the collector that runs."""
    from diplograph import neo4j_local

    records = _ask_local_server(
        neo4j_uri,
        'CALL dbms.queryJmx("java.lang:type=GarbageCollector,name=*") YIELD name RETURN name')
    beans = " ".join(r["name"] for r in records)
    # G1 names its beans "G1 Young Generation", ...; Parallel "PS Scavenge", "PS MarkSweep"
    expected = {"G1": "G1 ", "Parallel": "PS ", "Serial": "name=Copy"}[neo4j_local.COLLECTOR]
    assert expected in beans, beans


def test_the_local_server_checkpoints_by_log_volume(neo4j_uri: str) -> None:
    """tools/neo4j-local checkpoints every neo4j_local.CHECKPOINT_MIB of transaction log (and
    rotates its log files at that size), so a long ingest does not pile logs up until a
    periodic checkpoint."""
    from diplograph import neo4j_local

    records = _ask_local_server(
        neo4j_uri,
        "CALL dbms.listConfig() YIELD name, value WHERE name IN ['db.checkpoint', "
        "'db.checkpoint.interval.volume', 'db.tx_log.rotation.size'] RETURN name, value")
    settings = {r["name"]: r["value"] for r in records}
    mib = f"{neo4j_local.CHECKPOINT_MIB}.00MiB"
    assert settings == {"db.checkpoint": "VOLUME", "db.checkpoint.interval.volume": mib,
                        "db.tx_log.rotation.size": mib}, settings

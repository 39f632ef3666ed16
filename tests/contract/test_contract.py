"""The store contract: every test runs against SQLite and the real Neo4j (see tests/conftest.py)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import graph.derive
from graph.dates import PartialDate
from graph.errors import InvalidInput
from graph.model import Entity, WriteOutcome, entity_id
from graph.store import GraphStore, RelationQuery, open_store
from graph.store_common import relation_sort_key
from graph.vocabulary import PREDICATES, EntityType
from tests.contract.builders import (
    CHN,
    CPEC,
    ISSI,
    KAZ,
    KISTAFIN,
    PAK,
    kaz_pak_corpus,
    record,
)


def dump(store: GraphStore) -> list[dict[str, Any]]:
    return list(store.dump())


def one(store: GraphStore, type_: str, entity: str) -> Any:
    found = store.relations(RelationQuery(entity=entity, types=(type_,)))
    assert len(found) == 1, found
    return found[0]


def test_both_stores_give_the_same_dump(neo4j_uri: str, tmp_path: Path) -> None:
    sqlite = open_store(f"sqlite:///{tmp_path / 'a.db'}")
    neo = open_store(neo4j_uri)
    neo.wipe()  # type: ignore[attr-defined]
    try:
        for s in (sqlite, neo):
            s.write_articles(kaz_pak_corpus())
        left, right = dump(sqlite), dump(neo)
        assert len(left) > 20
        assert left == right
    finally:
        sqlite.close()
        neo.close()


def test_writing_an_article_twice_changes_nothing(store: GraphStore) -> None:
    corpus = kaz_pak_corpus()
    first = store.write_articles(corpus)
    assert [r.outcome for r in first] == [WriteOutcome.ADDED] * 3
    before = dump(store)
    again = store.write_articles(corpus)
    assert [r.outcome for r in again] == [WriteOutcome.UNCHANGED] * 3
    assert dump(store) == before


def test_a_changed_text_at_the_same_url_replaces_the_old_revision(store: GraphStore) -> None:
    store.write_articles([record("First version.", [("RECOGNIZED", PAK, KAZ, "1991")],
                                 url="https://example.org/x")])
    result = store.write_articles([record("Second version.", [("RECOGNIZED", PAK, KAZ, "1991-12")],
                                          url="https://example.org/x")])
    assert result[0].outcome is WriteOutcome.REPLACED
    rel = one(store, "RECOGNIZED", KAZ.id)
    assert (str(rel.date), rel.claim_count, rel.article_count) == ("1991-12", 1, 1)
    assert store.stats().articles == 1


def _fail_on_call(n: int) -> Callable[..., Any]:
    real = graph.derive.fold_relation
    calls = {"count": 0}

    def failing(*args: Any, **kwargs: Any) -> Any:
        calls["count"] += 1
        if calls["count"] == n:
            raise RuntimeError("injected failure halfway through the batch")
        return real(*args, **kwargs)

    return failing


def test_an_error_halfway_through_a_batch_leaves_nothing_of_it(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = kaz_pak_corpus()
    store.write_articles(corpus[:1])
    before = dump(store)
    failing = _fail_on_call(3)
    # Patch the function wherever a store module imported it by name.
    monkeypatch.setattr(graph.derive, "fold_relation", failing)
    for name in ("graph.sqlite_store", "graph.neo4j_store", "graph.store_common"):
        module = sys.modules.get(name)
        if module is not None and hasattr(module, "fold_relation"):
            monkeypatch.setattr(module, "fold_relation", failing)
    with pytest.raises(RuntimeError, match="injected"):
        store.write_articles(corpus[1:])
    monkeypatch.undo()
    assert dump(store) == before
    assert store.get_article(corpus[1].article.id) is None
    # And the same batch goes in cleanly afterwards.
    assert [r.outcome for r in store.write_articles(corpus[1:])] == [WriteOutcome.ADDED] * 2


def test_delete_rederives_relations_and_drops_orphans(store: GraphStore) -> None:
    corpus = kaz_pak_corpus()
    store.write_articles(corpus)
    assert one(store, "RECOGNIZED", KAZ.id).claim_count == 2
    assert store.delete_article(corpus[1].article.id)
    rec = one(store, "RECOGNIZED", KAZ.id)
    assert (rec.claim_count, str(rec.date), rec.conflict) == (1, "1991-12", False)
    assert store.get_entity("country:CHN") is None  # only article two named China
    assert not store.delete_article(corpus[1].article.id)
    for r in corpus:
        store.delete_article(r.article.id)
    assert dump(store) == []


def test_milestone_folds_to_the_most_precise_consistent_date(store: GraphStore) -> None:
    store.write_articles(kaz_pak_corpus())
    rec = one(store, "RECOGNIZED", PAK.id)
    assert (rec.source, rec.target, str(rec.date), rec.conflict) == (
        PAK.id, KAZ.id, "1991-12-16", False)
    assert (rec.claim_count, rec.article_count) == (2, 2)
    assert rec.date is not None and rec.date.precision.value == "day"


def test_milestone_disagreement_sets_conflict(store: GraphStore) -> None:
    store.write_articles(kaz_pak_corpus())
    ties = one(store, "ESTABLISHED_TIES", PAK.id)
    assert ties.conflict is True
    assert str(ties.date) == "1992-02"  # tie on support: the earlier date
    assert ties.claim_count == 2


def test_state_keeps_first_and_last_reported(store: GraphStore) -> None:
    store.write_articles(kaz_pak_corpus())
    via = store.relations(RelationQuery(entity=PAK.id, types=("COOPERATES_VIA",)))
    assert len(via) == 1
    assert (str(via[0].date), via[0].date_end) == ("2019", None)
    assert (str(via[0].first_reported), str(via[0].last_reported)) == ("2021-10-23", "2022-01-10")


def test_events_keep_one_relation_per_date(store: GraphStore) -> None:
    store.write_articles(kaz_pak_corpus())
    lectures = store.relations(RelationQuery(entity=KISTAFIN.id, types=("LECTURED_AT",)))
    assert sorted(str(r.date) for r in lectures) == ["2021-10-23", "2022-05"]
    assert {r.target for r in lectures} == {ISSI.id}


def test_symmetric_relations_are_stored_once_and_read_both_ways(store: GraphStore) -> None:
    store.write_articles(kaz_pak_corpus())
    for entity in (KAZ.id, PAK.id):
        for direction in ("out", "in", "both"):
            found = store.relations(RelationQuery(
                entity=entity, types=("ESTABLISHED_TIES",), direction=direction))
            assert len(found) == 1, (entity, direction)
    ties = one(store, "ESTABLISHED_TIES", KAZ.id)
    assert (ties.source, ties.target) == (KAZ.id, PAK.id)  # canonical: smaller id first
    # A directed one is read in one direction only.
    out = RelationQuery(entity=KAZ.id, types=("RECOGNIZED",), direction="out")
    assert store.relations(out) == []


def test_date_filters_and_as_of(store: GraphStore) -> None:
    store.write_articles(kaz_pak_corpus())
    in_1991 = store.relations(RelationQuery(
        entity=KAZ.id, date_from=dt.date(1991, 1, 1), date_to=dt.date(1991, 12, 31)))
    assert [r.type for r in in_1991] == ["RECOGNIZED"]
    as_of = store.relations(RelationQuery(entity=KAZ.id, as_of=dt.date(1992, 1, 1)))
    assert [r.type for r in as_of] == ["RECOGNIZED"]
    later = store.relations(RelationQuery(entity=KAZ.id, as_of=dt.date(2000, 1, 1)))
    assert sorted(r.type for r in later) == ["ESTABLISHED_TIES", "RECOGNIZED"]


@pytest.mark.parametrize("text", ["1991", "1991-12", "1991-12-16", "2024-02-29"])
def test_date_precision_round_trip(store: GraphStore, text: str) -> None:
    store.write_articles([record(f"Dated {text}.", [("RECOGNIZED", PAK, KAZ, text)],
                                 published=text)])
    rel = one(store, "RECOGNIZED", KAZ.id)
    assert rel.date == PartialDate.parse(text)
    got = store.get_article(rel_article(store, rel.id))
    assert got is not None and got[0].published == PartialDate.parse(text)
    assert got[1][0].date == PartialDate.parse(text)


def rel_article(store: GraphStore, relation_id: str) -> str:
    evidence = store.evidence(relation_id)
    assert evidence
    return evidence[0].article_id


HOSTILE = [
    "O'Brien \"the\" Envoy",
    "`Backtick` Ministry",
    "x'}) DETACH DELETE n //",
    "{braces} and $param",
    "Ambassador 🇰🇿 Emoji",
    "سفير باكستان",
    "<img src=x onerror=alert(1)>",
    "A" * 10_000,
]


@pytest.mark.parametrize("name", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_names_are_stored_and_returned_verbatim(store: GraphStore, name: str) -> None:
    person = Entity(f"person:hostile-{len(name)}-{abs(hash(name)) % 10_000}", EntityType.PERSON,
                    name, (name[::-1][:50],))
    store.write_articles([record(f"Article about {name}", [("AMBASSADOR_OF", person, KAZ, None)])])
    got = store.get_entity(person.id)
    assert got is not None
    assert got.name == name
    assert got.aliases == (name[::-1][:50],)
    assert store.stats().entities_by_type == {"Country": 1, "Person": 1}
    rel = one(store, "AMBASSADOR_OF", person.id)
    assert store.evidence(rel.id)[0].sentence.startswith(name)


def test_search_ranks_exact_then_prefix_then_fuzzy(store: GraphStore) -> None:
    store.write_articles(kaz_pak_corpus())
    assert [e.id for e in store.search_entities("Kazakhstan")][:1] == [KAZ.id]
    assert KAZ.id in [e.id for e in store.search_entities("Kazakh")]
    assert KAZ.id in [e.id for e in store.search_entities("Kazakstan")]  # misspelt
    assert [e.id for e in store.search_entities("CPEC")][:1] == [CPEC.id]
    assert [e.id for e in store.find_by_name("nur-sultan")] == [KAZ.id]
    only_people = store.search_entities("Kistafin", type=EntityType.PERSON)
    assert [e.id for e in only_people] == [KISTAFIN.id]


def test_neighbourhood_depth_and_cap(store: GraphStore) -> None:
    store.write_articles(kaz_pak_corpus())
    near = store.neighbourhood(KAZ.id, depth=1)
    assert set(near.entities) == {KAZ.id, PAK.id, KISTAFIN.id}
    far = store.neighbourhood(KAZ.id, depth=2)
    assert {ISSI.id, CPEC.id, "person:ali-khan"} <= set(far.entities)
    assert not far.truncated
    capped = store.neighbourhood(KAZ.id, depth=2, limit=3)
    assert len(capped.entities) == 3 and capped.truncated
    assert KAZ.id in capped.entities
    for rel in capped.relations.values():
        assert rel.source in capped.entities and rel.target in capped.entities
    typed = store.neighbourhood(KAZ.id, depth=1, types=("RECOGNIZED",))
    assert set(typed.entities) == {KAZ.id, PAK.id}


def test_shortest_paths(store: GraphStore) -> None:
    store.write_articles(kaz_pak_corpus())
    paths = store.shortest_paths(KAZ.id, CPEC.id, max_hops=3)
    assert paths and all(len(p.relations) == 2 for p in paths)
    assert {p.entities[1] for p in paths} == {PAK.id}
    assert store.shortest_paths(KAZ.id, "person:ali-khan", max_hops=1) == []
    via_people = store.shortest_paths(KAZ.id, ISSI.id, max_hops=2)
    assert [p.entities for p in via_people] == [(KAZ.id, KISTAFIN.id, ISSI.id)]


def test_evidence_carries_sentence_span_and_article(store: GraphStore) -> None:
    corpus = kaz_pak_corpus()
    store.write_articles(corpus)
    rec = one(store, "RECOGNIZED", KAZ.id)
    evidence = store.evidence(rec.id)
    assert len(evidence) == 2
    first = evidence[0]
    assert first.article_url == "https://example.org/one"
    assert first.sentence == "Pakistan recognized Kazakhstan (#0)."
    assert (first.char_start, first.char_end) == (0, len(first.sentence))
    assert str(first.article_published) == "2021-10-23"


def test_stats(store: GraphStore) -> None:
    store.write_articles(kaz_pak_corpus())
    stats = store.stats()
    assert stats.articles == 3
    assert stats.entities_by_type == {"Country": 3, "Person": 2, "Institution": 1, "Project": 1}
    assert stats.relations_by_type["LECTURED_AT"] == 2
    assert (stats.date_min, stats.date_max) == ("1991-12-16", "2022-05-02")


@pytest.mark.parametrize("query", ["api_key", "a_b", '"', "*", "NEAR(a b)", "x AND", "\x00",
                                   "}) DETACH DELETE n //", "ǅ_x", "-kaz", "Kazakh_stan"])
def test_search_takes_any_text_as_data(store: GraphStore, query: str) -> None:
    store.write_articles(kaz_pak_corpus())
    found = store.search_entities(query)
    assert all(isinstance(e, Entity) for e in found)
    assert store.stats().articles == 3


def test_generation_moves_on_exactly_when_the_graph_changes(store_url: str) -> None:
    store, other = open_store(store_url), open_store(store_url)  # `other`: another writer
    try:
        corpus = kaz_pak_corpus()
        seen = [store.generation()]
        store.write_articles(corpus[:2])
        seen.append(store.generation())
        store.write_articles(corpus[:2])  # unchanged: nothing moves
        assert store.generation() == seen[-1]
        other.write_articles(corpus[2:])  # another connection's write is seen here too
        seen.append(store.generation())
        assert store.delete_article(corpus[0].article.id)
        seen.append(store.generation())
        assert not store.delete_article(corpus[0].article.id)  # nothing to delete
        assert store.generation() == seen[-1]
        store.write_articles([record("Second version.", [("RECOGNIZED", PAK, KAZ, "1991-12")],
                                     url=corpus[1].article.url or "https://example.org/r")])
        seen.append(store.generation())
        store.wipe()  # type: ignore[attr-defined]  # an empty graph is not the first one
        seen.append(store.generation())
        assert len(set(seen)) == len(seen), seen
    finally:
        store.close()
        other.close()


def test_batched_reads_give_what_reads_one_by_one_give(store: GraphStore) -> None:
    store.write_articles(kaz_pak_corpus())
    ids = [KAZ.id, PAK.id, KISTAFIN.id, ISSI.id, "country:ZZZ"]
    for types in ((), ("LECTURED_AT", "AMBASSADOR_OF"), ("RECOGNIZED",)):
        seen: dict[str, Any] = {}
        for e in ids:
            for r in store.relations(RelationQuery(entity=e, types=types, limit=500)):
                seen.setdefault(r.id, r)
        expected = sorted(seen.values(), key=relation_sort_key)
        batched = store.relations_touching(ids, types)
        assert batched == expected and batched, types
        assert store.relations_touching(ids, types, limit=2) == expected[:2]
    everything = [r.id for r in store.relations(RelationQuery(limit=500))]
    behind = {rid: {e.article_id for e in store.evidence(rid)} for rid in everything}
    assert store.relation_articles([*everything, "no-such-relation"]) == {
        rid: arts for rid, arts in behind.items() if arts}
    assert store.get_entities([KAZ.id, "country:ZZZ"]) == {KAZ.id: store.get_entity(KAZ.id)}


def _summary_by_hand(store: GraphStore, entity: str) -> tuple[dict[str, int], Any, Any]:
    found = store.relations(RelationQuery(entity=entity, limit=500))
    degree: dict[str, int] = {}
    for r in found:
        degree[r.type] = degree.get(r.type, 0) + 1
    firsts = [r.first_reported for r in found if r.first_reported is not None]
    lasts = [r.last_reported for r in found if r.last_reported is not None]
    return (dict(sorted(degree.items())),
            min(firsts, key=lambda d: (d.start, d.end), default=None),
            max(lasts, key=lambda d: (d.start, d.end), default=None))


def test_entity_summary_is_what_reading_every_relation_gives(store: GraphStore) -> None:
    store.write_articles(kaz_pak_corpus())
    ends = {e for r in store.relations(RelationQuery(limit=500)) for e in (r.source, r.target)}
    for entity in sorted(ends):
        s = store.entity_summary(entity)
        assert (s.degree, s.first_reported, s.last_reported) == _summary_by_hand(store, entity)
    kaz = store.entity_summary(KAZ.id)
    assert kaz.degree == {"AMBASSADOR_OF": 1, "ESTABLISHED_TIES": 1, "RECOGNIZED": 1}
    assert (str(kaz.first_reported), str(kaz.last_reported)) == ("2021-10-23", "2022-01-10")
    empty = store.entity_summary("country:ZZZ")
    assert (empty.degree, empty.first_reported, empty.last_reported) == ({}, None, None)


def test_entity_summary_orders_dates_of_one_first_day_by_precision(store: GraphStore) -> None:
    """Same first day: the earliest first report is the most precise ("2020-01-01" before
    "2020-01" before "2020"), the latest last report the least precise ("2020-12" after
    "2020-12-01"); a later first day wins over any precision ("2020-12" after "2020")."""
    others = [Entity(f"country:X{i}", EntityType.COUNTRY, f"Land {i}") for i in range(6)]
    published = ["2020", "2020-01", "2020-01-01", "2020-12-01", "2020-12", "2019-06"]
    store.write_articles([
        record(f"Report {i} on Pakistan.", [("MET_WITH", PAK, other, None)], published=day)
        for i, (other, day) in enumerate(zip(others, published, strict=True))])
    store.write_articles([  # three reports that all start on 2020-01-01
        record(f"Note {i} on China.", [("MET_WITH", CHN, others[i], None)], published=day)
        for i, day in enumerate(published[:3])])
    chn = store.entity_summary(CHN.id)
    assert (str(chn.first_reported), str(chn.last_reported)) == ("2020-01-01", "2020")
    s = store.entity_summary(PAK.id)
    assert s.degree == {"MET_WITH": 6}
    assert (str(s.first_reported), str(s.last_reported)) == ("2019-06", "2020-12")
    (_, first, last) = _summary_by_hand(store, PAK.id)
    assert (s.first_reported, s.last_reported) == (first, last)
    alone = store.entity_summary("country:X2")  # one relation: its own reports
    assert (str(alone.first_reported), str(alone.last_reported)) == ("2020-01-01", "2020-01-01")


def test_relations_between_is_touching_filtered_to_the_other_side(store: GraphStore) -> None:
    store.write_articles(kaz_pak_corpus())
    everyone = sorted({e for r in store.relations(RelationQuery(limit=500))
                       for e in (r.source, r.target)})
    cases = [
        ([KISTAFIN.id], [PAK.id, ISSI.id], ()),
        ([KISTAFIN.id, PAK.id], [KAZ.id, "person:ali-khan"], ("MET_WITH", "RECOGNIZED")),
        ([PAK.id], [KAZ.id, CPEC.id, "country:ZZZ"], ()),
        (everyone, everyone, ()),
        ([KAZ.id], [], ()),
    ]
    for left, right, types in cases:
        expected = [r for r in store.relations_touching(left, types)
                    if (r.source in left and r.target in right)
                    or (r.target in left and r.source in right)]
        assert store.relations_between(left, right, types) == expected, (left, right, types)
        assert store.relations_between(left, right, types, limit=1) == expected[:1]
    assert {r.type for r in store.relations_between([PAK.id], [KAZ.id])} == {
        "RECOGNIZED", "ESTABLISHED_TIES"}


DIRECTED = tuple(t for t, p in PREDICATES.items() if not p.symmetric)


def _links_corpus() -> list[Any]:
    """kaz_pak_corpus and an article of memberships and signings: shared and one-sided."""
    sco = Entity("organization:sco", EntityType.ORGANIZATION, "Shanghai Cooperation Organisation")
    un = Entity("organization:un", EntityType.ORGANIZATION, "United Nations")
    mou = Entity("project:mou-on-trade", EntityType.PROJECT, "Memorandum on Trade")
    return [*kaz_pak_corpus(), record("Article four: memberships and a memorandum.", [
        ("MEMBER_OF", KAZ, sco, None), ("MEMBER_OF", PAK, sco, None),
        ("MEMBER_OF", CHN, sco, None), ("MEMBER_OF", PAK, un, None),
        ("SIGNED_AGREEMENT", KISTAFIN, mou, "2023-04-02"), ("SIGNED_AGREEMENT", PAK, mou, None),
    ], published="2023-04-03")]


def test_related_ids_are_the_other_ends_of_what_relations_gives(store: GraphStore) -> None:
    store.write_articles(_links_corpus())
    everyone = sorted({e for r in store.relations(RelationQuery(limit=500))
                       for e in (r.source, r.target)})
    for entity in [*everyone, "country:ZZZ"]:
        for direction in ("in", "out", "both"):
            for types in ((), ("AMBASSADOR_OF", "MEMBER_OF"), ("MET_WITH",)):
                expected: dict[str, set[str]] = {}
                for r in store.relations(RelationQuery(
                        entity=entity, types=types, direction=direction, limit=500)):
                    other = r.target if r.source == entity else r.source
                    expected.setdefault(r.type, set()).add(other)
                found = store.related_ids(entity, types, direction)
                assert found == expected, (entity, direction, types)
    assert store.related_ids(KAZ.id, ("AMBASSADOR_OF", "RECOGNIZED"), "in") == {
        "AMBASSADOR_OF": {KISTAFIN.id}, "RECOGNIZED": {PAK.id}}
    # Symmetric: Kistafin is the target of the stored MET_WITH (ids sort), yet it goes "out".
    assert store.related_ids(KISTAFIN.id, ("MET_WITH",), "out") == {
        "MET_WITH": {"person:ali-khan"}}
    with pytest.raises(InvalidInput, match="sideways"):
        store.related_ids(KAZ.id, (), "sideways")  # type: ignore[arg-type]


def test_shared_links_are_the_links_of_both_sides_to_common_targets(store: GraphStore) -> None:
    store.write_articles(_links_corpus())
    everything = store.relations(RelationQuery(limit=500))
    everyone = sorted({e for r in everything for e in (r.source, r.target)})
    cases = [
        ([PAK.id], [CHN.id], DIRECTED),
        ([PAK.id, "organization:un"], [KAZ.id, KISTAFIN.id], ("MEMBER_OF", "SIGNED_AGREEMENT")),
        ([KAZ.id, KISTAFIN.id, KISTAFIN.id], [PAK.id], DIRECTED),
        ([PAK.id], [PAK.id], ("COOPERATES_VIA",)),
        (everyone, everyone, DIRECTED),
        ([PAK.id], [], DIRECTED),
    ]
    for left, right, types in cases:
        links = [r for r in everything if r.type in types]
        targets = [{r.target for r in links if r.source in side} for side in (left, right)]
        expected = sorted((r for r in links if r.target in targets[0] & targets[1]
                           and (r.source in left or r.source in right)), key=relation_sort_key)
        assert store.shared_links(left, right, types) == expected, (left, right, types)
        for limit in (1, len(expected) // 2):
            assert store.shared_links(left, right, types, limit=limit) == expected[:limit]
    assert len(store.shared_links(everyone, everyone, DIRECTED)) > 4  # the cases can fail
    for types in ((), ("MET_WITH",), ("COOPERATES_VIA", "COOPERATES_WITH")):
        with pytest.raises(InvalidInput, match="direction"):  # symmetric: no source to follow
            store.shared_links([PAK.id], [KAZ.id], types)
        with pytest.raises(InvalidInput, match="direction"):
            store.relations_in_articles(["any"], [PAK.id], types)
    found = store.shared_links([PAK.id], [KAZ.id, KISTAFIN.id],
                               ("COOPERATES_VIA", "SIGNED_AGREEMENT", "MEMBER_OF"))
    assert sorted((r.source, r.target) for r in found) == [
        (KAZ.id, "organization:sco"), (PAK.id, "organization:sco"),
        (PAK.id, "project:mou-on-trade"), (KISTAFIN.id, "project:mou-on-trade")]


def _signings_corpus() -> list[Any]:
    """_links_corpus and three articles of generic memoranda: one signed by both sides in one
    article, one signed by each side in an article of its own (and cooperated through)."""
    tourism = Entity("project:mou-on-tourism", EntityType.PROJECT, "Memorandum on Tourism")
    culture = Entity("project:mou-on-culture", EntityType.PROJECT, "Memorandum on Culture")
    return [*_links_corpus(), record("Article five: both sign on tourism.", [
        ("SIGNED_AGREEMENT", KAZ, tourism, "2023-05-02"),
        ("SIGNED_AGREEMENT", PAK, tourism, "2023-05-02"),
    ], published="2023-05-03"), record("Article six: Kazakhstan signs on culture.", [
        ("SIGNED_AGREEMENT", KAZ, culture, "2023-06-02"),
        ("COOPERATES_VIA", CHN, culture, None),
    ], published="2023-06-03"), record("Article seven: Pakistan signs on culture.", [
        ("SIGNED_AGREEMENT", PAK, culture, "2023-07-02"),
        ("SIGNED_AGREEMENT", CHN, culture, "2023-07-02"),
        ("COOPERATES_VIA", PAK, culture, None),
    ], published="2023-07-03")]


def test_shared_links_co_reported_count_only_when_one_article_reports_both_sides(
    store: GraphStore,
) -> None:
    store.write_articles(_signings_corpus())
    everything = store.relations(RelationQuery(limit=500))
    articles = {r.id: {e.article_id for e in store.evidence(r.id)} for r in everything}
    everyone = sorted({e for r in everything for e in (r.source, r.target)})

    def by_hand(left: list[str], right: list[str], types: tuple[str, ...],
                co: tuple[str, ...]) -> list[Any]:
        links = [r for r in everything if r.type in types]
        sides = [[r for r in links if r.source in side] for side in (left, right)]

        def counts(r: Any, others: list[Any]) -> bool:
            return r.type not in co or any(
                o.id != r.id and o.type == r.type and o.target == r.target
                and articles[o.id] & articles[r.id] for o in others)
        counting = [[r for r in sides[0] if counts(r, sides[1])],
                    [r for r in sides[1] if counts(r, sides[0])]]
        shared = {r.target for r in counting[0]} & {r.target for r in counting[1]}
        found = {r.id: r for side in counting for r in side if r.target in shared}
        return sorted(found.values(), key=relation_sort_key)

    signed = ("SIGNED_AGREEMENT",)
    cases = [
        ([KAZ.id, KISTAFIN.id], [PAK.id], ("COOPERATES_VIA", "SIGNED_AGREEMENT"), signed),
        ([KAZ.id], [PAK.id], signed, signed),
        ([CHN.id], [PAK.id], ("COOPERATES_VIA", "SIGNED_AGREEMENT"), signed),
        ([CHN.id], [KAZ.id], ("COOPERATES_VIA", "SIGNED_AGREEMENT"), signed),
        ([PAK.id], [PAK.id], DIRECTED, signed),
        (everyone, everyone, DIRECTED, signed),
        ([KAZ.id], [PAK.id, CHN.id], DIRECTED, ()),
        ([KAZ.id, PAK.id], [PAK.id], ("SIGNED_AGREEMENT",), signed),  # Pakistan on both sides
    ]
    for left, right, types, co in cases:
        expected = by_hand(left, right, types, co)
        found = store.shared_links(left, right, types, co_reported=co)
        assert found == expected, (left, right, types, co)
        for limit in (1, len(expected) // 2):
            assert store.shared_links(left, right, types, limit=limit,
                                      co_reported=co) == expected[:limit]
    # Kazakhstan and Pakistan each signed the memorandum on culture, in articles of their
    # own: only tourism (one article) and trade (Kistafin's and Pakistan's) are shared.
    found = store.shared_links([KAZ.id, KISTAFIN.id], [PAK.id],
                               ("COOPERATES_VIA", "SIGNED_AGREEMENT"), co_reported=signed)
    assert sorted((r.source, r.target) for r in found) == [
        (KAZ.id, "project:mou-on-tourism"), (PAK.id, "project:mou-on-tourism"),
        (PAK.id, "project:mou-on-trade"), (KISTAFIN.id, "project:mou-on-trade")]
    # China signed the memorandum on culture with Pakistan in one article (and cooperates
    # through it, as Pakistan does); both cooperate through CPEC.
    china = store.shared_links([CHN.id], [PAK.id], ("COOPERATES_VIA", "SIGNED_AGREEMENT"),
                               co_reported=signed)
    assert sorted((r.source, r.type, r.target) for r in china) == sorted(
        (side, kind, target) for side in (CHN.id, PAK.id)
        for kind, target in (("COOPERATES_VIA", CPEC.id),
                             ("COOPERATES_VIA", "project:mou-on-culture"),
                             ("SIGNED_AGREEMENT", "project:mou-on-culture")))
    # With Kazakhstan, whose signing is reported alone, China shares nothing.
    assert store.shared_links([CHN.id], [KAZ.id], ("COOPERATES_VIA", "SIGNED_AGREEMENT"),
                              co_reported=signed) == []
    # An id on both sides: its own signing does not vouch for itself; Kazakhstan's does.
    both = store.shared_links([PAK.id], [PAK.id], ("SIGNED_AGREEMENT",), co_reported=signed)
    assert both == []
    pak_kaz = store.shared_links([KAZ.id, PAK.id], [PAK.id], ("SIGNED_AGREEMENT",),
                                 co_reported=signed)
    assert sorted((r.source, r.target) for r in pak_kaz) == [
        (KAZ.id, "project:mou-on-tourism"), (PAK.id, "project:mou-on-tourism")]
    with pytest.raises(InvalidInput, match="co_reported"):
        store.shared_links([KAZ.id], [PAK.id], ("COOPERATES_VIA",), co_reported=signed)
    with pytest.raises(InvalidInput, match="only"):  # co-reports are kept for signings only
        store.shared_links([KAZ.id], [PAK.id], DIRECTED, co_reported=("MEMBER_OF",))
    # Deleting the article that reported both signings on tourism unshares them.
    tourism = next(e.article_id for r in pak_kaz for e in store.evidence(r.id))
    assert store.delete_article(tourism)
    assert store.shared_links([KAZ.id, PAK.id], [PAK.id], ("SIGNED_AGREEMENT",),
                              co_reported=signed) == []


def test_relations_in_articles_are_those_their_claims_support(store: GraphStore) -> None:
    corpus = _links_corpus()
    store.write_articles(corpus)
    everything = store.relations(RelationQuery(limit=500))
    supported: dict[str, set[str]] = {}  # article -> the relations its evidence backs
    for r in everything:
        for e in store.evidence(r.id):
            supported.setdefault(e.article_id, set()).add(r.id)
    cases = [
        ([corpus[0].article.id], [PAK.id], ("COOPERATES_VIA",)),
        ([corpus[1].article.id, corpus[3].article.id], [PAK.id, CHN.id], DIRECTED),
        (list(supported), [KISTAFIN.id, KAZ.id], ("SIGNED_AGREEMENT", "LECTURED_AT")),
        (list(supported), [PAK.id, PAK.id], DIRECTED),
        (["no-such-article"], [PAK.id], DIRECTED),
        (list(supported), [], DIRECTED),
    ]
    for articles, sources, types in cases:
        behind = set().union(*(supported.get(a, set()) for a in articles))
        expected = [r for r in everything if r.id in behind and r.source in sources
                    and r.type in types]
        found = store.relations_in_articles(articles, sources, types)
        assert found == expected, (articles, sources, types)
        for limit in (1, len(expected) // 2):
            assert store.relations_in_articles(articles, sources, types,
                                               limit=limit) == expected[:limit]
    assert len(store.relations_in_articles(list(supported), [PAK.id], DIRECTED)) > 3
    cpec = store.relations_in_articles([corpus[1].article.id], [PAK.id], ("COOPERATES_VIA",))
    assert [(r.source, r.target) for r in cpec] == [(PAK.id, CPEC.id)]


def test_best_connected_and_latest_are_what_reading_every_relation_gives(
    store: GraphStore,
) -> None:
    store.write_articles(kaz_pak_corpus())
    everything = store.relations(RelationQuery(limit=500))
    degree: dict[str, int] = {}
    for r in everything:
        for end in (r.source, r.target):
            degree[end] = degree.get(end, 0) + 1
    ranked = sorted(degree.items(), key=lambda item: (-item[1], item[0]))
    top, connected = store.best_connected(3)
    assert [(e.id, n) for e, n in top] == ranked[:3] and connected == len(ranked)
    assert top[0][0] == store.get_entity(ranked[0][0])
    countries, n_countries = store.best_connected(10, EntityType.COUNTRY)
    assert [(e.id, n) for e, n in countries] == [
        (eid, n) for eid, n in ranked if eid.startswith("country:")]
    assert n_countries == len(countries) == 3
    assert store.best_connected(5, EntityType.ORGANIZATION) == ([], 0)

    dated = [r for r in everything if r.date is not None]
    by_hand = sorted(dated, key=lambda r: ((r.date_end or r.date).end, r.id),  # type: ignore[union-attr]
                     reverse=True)
    assert len({r.type for r in dated}) > 3  # the latest are picked across types
    for limit in range(len(dated) + 2):
        assert store.latest_relations(limit) == by_hand[:limit], limit
    assert store.latest_relations(500) == by_hand


def test_best_connected_of_an_empty_store(store: GraphStore) -> None:
    assert store.best_connected(10) == ([], 0)
    assert store.latest_relations(10) == []


def test_relations_among_are_the_best_supported_with_both_ends_inside(store: GraphStore) -> None:
    store.write_articles(kaz_pak_corpus())
    everything = store.relations(RelationQuery(limit=500))
    ids = [KAZ.id, PAK.id, KISTAFIN.id, ISSI.id, "country:ZZZ"]
    inside = [r for r in everything if r.source in ids and r.target in ids]
    ranked = sorted(inside, key=lambda r: (-r.claim_count, r.type, r.id))
    assert len(ranked) > 2
    assert store.relations_among(ids, 500) == (ranked, False)
    assert store.relations_among(ids, 2) == (ranked[:2], True)
    assert store.relations_among([CPEC.id], 10) == ([], False)


def test_a_relation_of_an_entity_with_itself_counts_once_everywhere(store: GraphStore) -> None:
    store.write_articles([*kaz_pak_corpus(), record("Pakistan met Pakistan.", [
        ("MET_WITH", PAK, PAK, "2020-01-01")], published="2020-01-02")])
    total = store.count_relations(RelationQuery(entity=PAK.id))
    assert sum(store.entity_summary(PAK.id).degree.values()) == total
    top, _ = store.best_connected(10)
    assert dict((e.id, n) for e, n in top)[PAK.id] == total
    with pytest.raises(InvalidInput):
        store.best_connected(0)


def test_a_city_is_stored_visited_and_located_in_its_country(store: GraphStore) -> None:
    """The sixth entity type: a City is stored and read back, VISITED may end at it and
    LOCATED_IN ties it to its country; type filters, search and stats know it."""
    islamabad = Entity(entity_id(EntityType.CITY, "Islamabad"), EntityType.CITY, "Islamabad")
    lahore = Entity(entity_id(EntityType.CITY, "Lahore"), EntityType.CITY, "Lahore")
    store.write_articles([*kaz_pak_corpus(), record("Article four: visits to two cities.", [
        ("VISITED", KISTAFIN, islamabad, "2023-05-02"), ("LOCATED_IN", islamabad, PAK, None),
        ("VISITED", KISTAFIN, lahore, "2023-05-04"), ("LOCATED_IN", lahore, PAK, None),
    ], published="2023-05-05")])
    assert islamabad.id == "city:islamabad"
    assert store.get_entity(islamabad.id) == islamabad
    assert store.get_entities([islamabad.id, lahore.id]) == {
        islamabad.id: islamabad, lahore.id: lahore}
    visits = store.relations(RelationQuery(entity=KISTAFIN.id, types=("VISITED",)))
    assert {(r.target, str(r.date)) for r in visits} == {
        (islamabad.id, "2023-05-02"), (lahore.id, "2023-05-04")}
    located = store.relations(RelationQuery(entity=PAK.id, types=("LOCATED_IN",)))
    assert {(r.source, r.target) for r in located} == {(islamabad.id, PAK.id), (lahore.id, PAK.id)}
    assert store.related_ids(PAK.id, ("LOCATED_IN",), "in") == {
        "LOCATED_IN": {islamabad.id, lahore.id}}
    assert [e.id for e in store.search_entities("Lahore", type=EntityType.CITY)] == [lahore.id]
    assert store.search_entities("Lahore", type=EntityType.COUNTRY) == []
    cities, n = store.best_connected(5, EntityType.CITY)
    assert {e.id for e, _ in cities} == {islamabad.id, lahore.id} and n == 2
    assert store.stats().entities_by_type.get("City") == 2

"""Property tests (Hypothesis): dates, article ids, store round trips, add/delete/re-add.

Store properties run on both backends (the `store_url` fixture of tests/conftest.py); every
Hypothesis example starts from an empty store of its own. Example counts are modest here and
larger in the `slow` variants (`make test-long`).
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from graph.dates import PartialDate, Precision, parse_optional
from graph.derive import canonical
from graph.errors import InvalidInput
from graph.model import ArticleRecord, Claim, WriteOutcome, article_id, normalize_text
from graph.store import GraphStore
from tests.reliability import strategies as rs
from tests.reliability.support import dump, first_difference, fresh_store, is_neo4j, warm

# Hypothesis' default 200 ms deadline is a timing limit: on a shared machine it fails at random.
NO_DEADLINE = settings(deadline=None)

STORE_SETTINGS = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                              HealthCheck.data_too_large],
}

# ------------------------------------------------------------------ dates


@NO_DEADLINE
@given(rs.partial_dates())
def test_date_format_then_parse_is_identity(d: PartialDate) -> None:
    text = str(d)
    assert PartialDate.parse(text) == d
    assert PartialDate.parse(f"  {text}\n") == d
    assert parse_optional(text) == d
    assert len(text) == {Precision.YEAR: 4, Precision.MONTH: 7, Precision.DAY: 10}[d.precision]


@NO_DEADLINE
@given(st.text(max_size=14))
def test_date_parse_accepts_only_canonical_forms_and_raises_only_invalid_input(
        text: str) -> None:
    """Whatever the string: parse returns a date whose format is the (trimmed) input, or raises
    our InvalidInput. Never another exception, never a silently different date."""
    try:
        d = PartialDate.parse(text)
    except InvalidInput:
        return
    assert str(d) == text.strip()


@pytest.mark.parametrize("text", ["\u0661\u0669\u0669\u0661-\u0661\u0662",  # Arabic-Indic
                                  "\uff11\uff19\uff19\uff11",  # fullwidth
                                  "\u0967\u096f\u096f\u0967"])  # Devanagari
def test_date_parse_rejects_non_ascii_digits(text: str) -> None:
    """Without re.ASCII, '١٩٩١-١٢' parsed as 1991-12: an API date filter or a JSONL 'published'
    in another script's digits was taken as a date. The documented forms are ASCII."""
    with pytest.raises(InvalidInput):
        PartialDate.parse(text)


@NO_DEADLINE
@given(rs.partial_dates())
def test_date_interval_is_its_precision(d: PartialDate) -> None:
    assert d.start <= d.end
    days = (d.end - d.start).days + 1
    if d.precision is Precision.DAY:
        assert days == 1
    elif d.precision is Precision.MONTH:
        assert 28 <= days <= 31 and d.start.day == 1 and d.end.month == d.start.month
    else:
        assert days in (365, 366) and (d.start.month, d.start.day, d.end.month, d.end.day) == (
            1, 1, 12, 31)


@NO_DEADLINE
@given(rs.partial_dates(), rs.partial_dates(), rs.partial_dates())
def test_date_containment_is_a_partial_order(a: PartialDate, b: PartialDate,
                                              c: PartialDate) -> None:
    assert a.contains(a)
    if a.contains(b) and b.contains(a):
        assert a == b
    if a.contains(b) and b.contains(c):
        assert a.contains(c)


@NO_DEADLINE
@given(rs.partial_dates(), st.dates(min_value=dt.date(1, 1, 1)))
def test_date_contains_exactly_its_days(d: PartialDate, day: dt.date) -> None:
    assert d.contains(PartialDate.of_day(day)) == (d.start <= day <= d.end)
    # A day is inside its month and year.
    if d.day is not None and d.month is not None:
        assert PartialDate(d.year, d.month).contains(d)
        assert PartialDate(d.year).contains(d)
        assert not d.contains(PartialDate(d.year, d.month))


@NO_DEADLINE
@given(rs.partial_dates(), rs.partial_dates())
def test_dates_of_mixed_precision_can_be_compared(a: PartialDate, b: PartialDate) -> None:
    """BUG (graph/dates.py PartialDate is @dataclass(order=True) with Optional fields):
    PartialDate(1991) < PartialDate(1991, 12) compares None with 12 and raises TypeError, so
    `sorted()` of dates of mixed precision crashes although the class declares an order."""
    assert (a < b) or (b < a) or (a == b)
    assert sorted([a, b]) == sorted([b, a])


# ------------------------------------------------------------------ article ids

_SPACES = [chr(c) for c in range(0x110000)
           if chr(c).isspace() and unicodedata.category(chr(c)) != "Cs"]
_words = st.text(st.characters(exclude_categories=["Cs"]).filter(lambda c: not c.isspace()),
                 min_size=1, max_size=12)
_gaps = st.text(st.sampled_from(_SPACES), min_size=1, max_size=4)
_edges = st.text(st.sampled_from(_SPACES), max_size=3)


@NO_DEADLINE
@given(st.lists(_words, min_size=1, max_size=12), st.data())
def test_article_id_is_stable_under_whitespace_normalization(words: list[str],
                                                             data: st.DataObject) -> None:
    def spaced() -> str:
        gaps = [data.draw(_gaps) for _ in words[1:]]
        inner = words[0] + "".join(g + w for g, w in zip(gaps, words[1:], strict=True))
        return data.draw(_edges) + inner + data.draw(_edges)

    one, two = spaced(), spaced()
    assert article_id(one) == article_id(two)
    assert article_id(one) == article_id(" ".join(words))
    # Canonically equivalent forms (composed or not) are the same article too.
    assert article_id(unicodedata.normalize("NFD", one)) == article_id(one)
    assert len(article_id(one)) == 16 and int(article_id(one), 16) >= 0


@NO_DEADLINE
@given(rs.texts, rs.texts)
def test_article_id_differs_when_normalized_text_differs(a: str, b: str) -> None:
    assume(normalize_text(a) != normalize_text(b))
    assert article_id(a) != article_id(b)


# ------------------------------------------------------------------ store round trip


def _expected_entity_aliases(record: ArticleRecord, entity_id: str) -> tuple[str, ...]:
    same = [e for e in record.entities if e.id == entity_id]
    forms = {e.name for e in same} | {a for e in same for a in e.aliases}
    forms.discard(same[0].name)
    return tuple(sorted(forms))


def _expected_claims(record: ArticleRecord) -> list[Claim]:
    kept: dict[str, Claim] = {}
    for c in record.claims:
        c = canonical(c)
        kept.setdefault(c.id, c)
    return sorted(kept.values(), key=lambda c: c.id)


def _round_trip(store_url: str, record: ArticleRecord) -> None:
    with fresh_store(store_url) as store:
        result = store.write_articles([record])
        assert [r.outcome for r in result] == [WriteOutcome.ADDED]
        claims = _expected_claims(record)
        assert result[0].claims == len(claims)
        got = store.get_article(record.article.id)
        assert got is not None
        article, stored = got
        assert article == record.article
        assert sorted(stored, key=lambda c: c.id) == claims
        for e in record.entities:
            entity = store.get_entity(e.id)
            assert entity is not None, e.id
            first = next(x for x in record.entities if x.id == e.id)
            assert (entity.type, entity.name) == (first.type, first.name)
            assert entity.aliases == _expected_entity_aliases(record, e.id)
        # Evidence returns each claim's sentence verbatim, whatever it contains.
        sentences: dict[str, set[str]] = {}
        for line in store.dump():
            if line["kind"] == "relation":
                sentences[line["id"]] = {ev.sentence for ev in store.evidence(line["id"])}
        assert set().union(*sentences.values()) == {c.sentence for c in claims}
        # And writing it again is a no-op.
        assert [r.outcome for r in store.write_articles([record])] == [WriteOutcome.UNCHANGED]


def _examples(store_url: str, sqlite: int, neo4j: int) -> dict[str, Any]:
    """Hypothesis settings for a store property: fewer examples on Neo4j (a round trip to the
    server per statement makes each example cost ~0.5-1 s there)."""
    count = neo4j if is_neo4j(store_url) else sqlite
    return {"max_examples": count, **STORE_SETTINGS}


def _run_round_trip(store_url: str, sqlite: int, neo4j: int) -> None:
    @settings(**_examples(store_url, sqlite, neo4j))
    @given(record=rs.records())
    def prop(record: ArticleRecord) -> None:
        _round_trip(store_url, record)

    with warm(store_url):
        prop()


def test_write_read_round_trips_any_valid_record(store_url: str) -> None:
    _run_round_trip(store_url, sqlite=40, neo4j=6)


@pytest.mark.slow
def test_write_read_round_trips_any_valid_record_long(store_url: str) -> None:
    _run_round_trip(store_url, sqlite=400, neo4j=150)


# ------------------------------------------------------------------ add / delete / re-add

Op = tuple[str, tuple[int, ...]]
_ops = st.lists(st.tuples(st.sampled_from(["add", "delete"]),
                          st.lists(st.integers(0, 4), min_size=1, max_size=3).map(tuple)),
                min_size=1, max_size=12)


def _apply(store: GraphStore, pool: list[ArticleRecord], ops: list[Op]) -> set[int]:
    present: set[int] = set()
    for op, picks in ops:
        chosen = sorted({i % len(pool) for i in picks})
        if op == "add":
            results = store.write_articles([pool[i] for i in chosen])
            for i, r in zip(chosen, results, strict=True):
                want = WriteOutcome.UNCHANGED if i in present else WriteOutcome.ADDED
                assert r.outcome is want, (op, i, r)
            present |= set(chosen)
        else:
            for i in chosen:
                assert store.delete_article(pool[i].article.id) == (i in present), (op, i)
            present -= set(chosen)
    return present


def _sequence_equals_fresh(store_url: str, pool: list[ArticleRecord], ops: list[Op],
                           seed: int) -> None:
    with fresh_store(store_url) as store:
        present = _apply(store, pool, ops)
        after_ops: list[dict[str, Any]] = dump(store)
    final = [pool[i] for i in sorted(present)]
    random.Random(seed).shuffle(final)  # the order of a fresh ingest must not matter either
    with fresh_store(store_url) as store:
        for record in final:
            store.write_articles([record])
        fresh = dump(store)
    assert after_ops == fresh, first_difference(after_ops, fresh)
    assert {line["id"] for line in fresh if line["kind"] == "article"} == {
        r.article.id for r in final}


def _run_sequences(store_url: str, sqlite: int, neo4j: int) -> None:
    @settings(**_examples(store_url, sqlite, neo4j))
    @given(pool=rs.overlapping_records(), ops=_ops, seed=st.integers(0, 1000))
    def prop(pool: list[ArticleRecord], ops: list[Op], seed: int) -> None:
        _sequence_equals_fresh(store_url, pool, ops, seed)

    with warm(store_url):
        prop()


def test_add_delete_readd_ends_like_a_fresh_ingest(store_url: str) -> None:
    _run_sequences(store_url, sqlite=30, neo4j=5)


@pytest.mark.slow
def test_add_delete_readd_ends_like_a_fresh_ingest_long(store_url: str) -> None:
    _run_sequences(store_url, sqlite=400, neo4j=120)

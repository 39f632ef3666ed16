"""The Kazakhstan-Pakistan example from DESIGN.md, retold: one article, every claim checked."""

from __future__ import annotations

import pytest

from graph.dates import PartialDate
from graph.model import ArticleRecord, DateSource
from ingest.extract import extract_article

ARTICLE = """Home | News | Diplomacy | Opinion
Kazakh envoy looks back on thirty years of ties with Pakistan
Follow us
1,204FansLike

Islamabad, 23 October 2021 (PNS): Yerzhan Kistafin, the Ambassador of Kazakhstan to Pakistan, \
delivered a lecture at the Institute of Strategic Studies Islamabad (ISSI) on the history of \
the relationship.
He recalled that Pakistan recognised Kazakhstan in December 1991, a few days after it declared \
independence.
The two countries established diplomatic relations in 1992.
Kistafin said Pakistan wants to connect Central Asia with the sea through the \
China-Pakistan Economic Corridor (CPEC).

Most Popular
Ambassador of Azerbaijan hosts reception in Lahore
"""


@pytest.fixture(scope="module")
def record() -> ArticleRecord:
    return extract_article(ARTICLE)


def facts(record: ArticleRecord) -> set[tuple[str, str, str, str | None]]:
    return {
        (c.predicate, c.subject, c.object, None if c.date is None else str(c.date))
        for c in record.claims
    }


def test_article_metadata(record: ArticleRecord) -> None:
    a = record.article
    assert a.published == PartialDate(2021, 10, 23)
    assert a.place == "Islamabad"
    assert a.source == "PNS"
    assert a.title == "Kazakh envoy looks back on thirty years of ties with Pakistan"


def test_claims_of_the_example(record: ArticleRecord) -> None:
    person, issi = "person:yerzhan-kistafin", "institution:institute-of-strategic-studies-islamabad"
    got = facts(record)
    assert ("RECOGNIZED", "country:PAK", "country:KAZ", "1991-12") in got
    ties = {f for f in got if f[0] == "ESTABLISHED_TIES"}
    assert {(f[1], f[2]) for f in ties} <= {("country:PAK", "country:KAZ"),
                                            ("country:KAZ", "country:PAK")}
    assert {f[3] for f in ties} == {"1992"}
    assert ("AMBASSADOR_OF", person, "country:KAZ", None) in got
    assert ("ACCREDITED_TO", person, "country:PAK", None) in got
    assert ("LECTURED_AT", person, issi, "2021-10-23") in got
    assert ("COOPERATES_VIA", "country:PAK", "project:china-pakistan-economic-corridor",
            None) in got
    # Kazakhstan is not said to take part in CPEC, and the lecture is not a visit.
    assert not any(f[0] == "COOPERATES_VIA" and f[1] == "country:KAZ" for f in got)
    assert not any(f[0] == "VISITED" for f in got)


def test_dateline_dates_the_lead_event(record: ArticleRecord) -> None:
    lecture = next(c for c in record.claims if c.predicate == "LECTURED_AT")
    assert lecture.date == PartialDate(2021, 10, 23)
    assert lecture.date_source is DateSource.SENTENCE
    assert lecture.rule.startswith("lectured.")


def test_entities_names_aliases_and_boilerplate(record: ArticleRecord) -> None:
    by_id = {e.id: e for e in record.entities}
    assert by_id["country:KAZ"].name == "Kazakhstan"
    assert "Kazakh" not in by_id["country:KAZ"].aliases  # demonyms are not aliases
    assert by_id["person:yerzhan-kistafin"].name == "Yerzhan Kistafin"
    assert "Kistafin" in by_id["person:yerzhan-kistafin"].aliases
    assert "ISSI" in by_id["institution:institute-of-strategic-studies-islamabad"].aliases
    assert "CPEC" in by_id["project:china-pakistan-economic-corridor"].aliases
    # Named only in the "Most Popular" list and inside a project's name: no entity.
    assert "country:AZE" not in by_id
    assert "country:CHN" not in by_id


def test_every_claim_quotes_its_sentence(record: ArticleRecord) -> None:
    assert record.claims
    for c in record.claims:
        assert ARTICLE[c.char_start : c.char_end] == c.sentence
        assert c.article_id == record.article.id
        assert 0 < c.confidence <= 1

"""Date expressions: absolute forms, ranges, relative days, anniversaries; never an invented day."""

from __future__ import annotations

import pytest

from graph.dates import PartialDate
from graph.model import DateSource
from ingest.extract import dates, extract_article

PUB = PartialDate(2022, 8, 3)  # a Wednesday


def one(text: str, pub: PartialDate | None = PUB) -> dates.DateExpr:
    found = dates.find(text, pub)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("met on 23 October 2021 in the capital", "2021-10-23"),
        ("met on October 23, 2021 in the capital", "2021-10-23"),
        ("met on Tuesday, 9 May 2023 in Jeddah", "2023-05-09"),
        ("Date: 23.10.2021", "2021-10-23"),
        ("Rabat, 15/05/2023 (MAP)", "2023-05-15"),
        ("Press release 12.6.2023", "2023-06-12"),
        ("crawled 2021-10-23 at noon", "2021-10-23"),
        ("having done so in December 1991", "1991-12"),
        ("relations followed in 1992, he said", "1992"),
        ("a visit from 5 to 7 October 2022", "2022-10-05"),
        ("will visit on 13–16 June 2023", "2023-06-13"),
        ("(June 25, 1975 – June 25, 2025)", "1975-06-25"),
    ],
)
def test_absolute_forms(text: str, expected: str) -> None:
    assert str(dates.find(text, None)[0].value) == expected


def test_since_marks_the_start_of_a_state() -> None:
    d = one("a member of the Organization since 1974")
    assert d.value == PartialDate(1974) and d.since


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said today that", "2022-08-03"),
        ("He arrived yesterday in the capital", "2022-08-02"),
        ("She arrived on Sunday for a visit", "2022-07-31"),
        ("The talks held on Wednesday", "2022-08-03"),
        ("signed last month in the capital", "2022-07"),
        ("This afternoon, the envoy called on", "2022-08-03"),
    ],
)
def test_relative_dates_resolve_against_publication(text: str, expected: str) -> None:
    d = one(text)
    assert str(d.value) == expected
    assert d.source is DateSource.PUBLICATION


@pytest.mark.parametrize(
    "text", ["On June 24, the envoy called", "He will return next week", "later this week"]
)
def test_known_unknowns_stay_unknown(text: str) -> None:
    assert one(text).value is None


def test_relative_dates_need_a_publication_day() -> None:
    assert one("On Thursday the ambassador met", pub=None).value is None
    assert one("On Thursday the ambassador met", pub=PartialDate(2023, 11)).value is None


def test_anniversary_with_the_current_year() -> None:
    d = one("This year, 2022, marks the 30th anniversary of relations")
    assert d.kind == "anniv" and d.value == PartialDate(1992)
    assert dates.find("marks the 30th anniversary of relations", PUB) == []


def test_the_same_day_refers_back() -> None:
    found = dates.find("recognised it on 5 July 1975, and relations began the same day", None)
    assert [str(d.value) for d in found] == ["1975-07-05", "1975-07-05"]


def test_weekday_next_to_a_bare_date_uses_the_weekday() -> None:
    found = dates.find("signed on Tuesday (November 8) in Kingston", PartialDate(2022, 11, 9))
    assert [str(d.value) for d in found] == ["2022-11-08"]


def test_numbers_that_are_not_years() -> None:
    assert dates.find("the 1,860-kilometre line and 40,000 students in the 1970s", None) == []


def test_anniversary_dates_a_claim_through_extraction() -> None:
    text = (
        "Envoy marks anniversary\n"
        "Oslo, 3 May 2022 (NTB): This year, 2022, marks the 30th anniversary of the establishment "
        "of diplomatic relations between Norway and Slovenia.\n"
    )
    ties = [c for c in extract_article(text).claims if c.predicate == "ESTABLISHED_TIES"]
    assert [str(c.date) for c in ties] == ["1992"]

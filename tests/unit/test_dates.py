"""PartialDate: parse, print, intervals and ordering across precisions."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.dates import PartialDate, Precision
from graph.errors import InvalidInput


@pytest.mark.parametrize("text,precision,start,end", [
    ("1991", Precision.YEAR, dt.date(1991, 1, 1), dt.date(1991, 12, 31)),
    ("1991-12", Precision.MONTH, dt.date(1991, 12, 1), dt.date(1991, 12, 31)),
    ("2024-02", Precision.MONTH, dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ("1991-12-16", Precision.DAY, dt.date(1991, 12, 16), dt.date(1991, 12, 16)),
])
def test_parse_print_and_interval(text: str, precision: Precision, start: dt.date,
                                  end: dt.date) -> None:
    date = PartialDate.parse(text)
    assert (str(date), date.precision, date.start, date.end) == (text, precision, start, end)


@pytest.mark.parametrize("text", ["91", "1991-13", "1991-02-30", "1991-1-1", "", "x"])
def test_bad_dates_are_invalid_input(text: str) -> None:
    with pytest.raises(InvalidInput):
        PartialDate.parse(text)


def test_dates_of_different_precision_sort_by_interval() -> None:
    dates = [PartialDate.parse(t) for t in ["1992", "1991-12-16", "1991", "1991-12"]]
    assert [str(d) for d in sorted(dates)] == ["1991", "1991-12", "1991-12-16", "1992"]
    assert PartialDate(1991).contains(PartialDate(1991, 12, 16))
    assert not PartialDate(1991, 12).contains(PartialDate(1991))


def test_nested_agrees_with_checking_every_pair() -> None:
    # Milestone folds ask whether the claims' dates nest; graph.derive sorts them instead of
    # comparing every pair. Random sets over few years, months and days, so both answers occur.
    import random

    from graph.derive import nested

    rng = random.Random(7)

    def draw() -> PartialDate:
        year = rng.choice([1991, 1992])
        if rng.random() < 0.3:
            return PartialDate(year)
        month = rng.choice([1, 2, 12])
        if rng.random() < 0.4:
            return PartialDate(year, month)
        return PartialDate(year, month, rng.choice([1, 15, 28]))

    answers = set()
    for _ in range(3000):
        dates = [draw() for _ in range(rng.randint(1, 6))]
        every_pair = all(a.contains(b) or b.contains(a) for a in dates for b in dates)
        assert nested(dates) == every_pair, dates
        answers.add(every_pair)
    assert answers == {True, False}

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

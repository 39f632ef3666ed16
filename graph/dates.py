"""Dates with a precision: "1991", "1991-12", "1991-12-16", each covering an interval of days."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from enum import StrEnum

from graph.errors import InvalidInput


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


# ASCII digits only: "١٩٩١" must not parse as 1991 (the documented form is ASCII).
_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)


@functools.total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to year, month or day; never invents the missing parts."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise InvalidInput(f"year {self.year} is out of range 1..9999")
        if self.month is None and self.day is not None:
            raise InvalidInput("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise InvalidInput(f"month {self.month} is out of range 1..12")
        if self.day is not None and self.month is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise InvalidInput(f"day {self.day} does not exist in {self.year}-{self.month:02d}")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        match = _PATTERN.match(text.strip())
        if not match:
            raise InvalidInput(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def of_day(cls, day: dt.date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def end(self) -> dt.date:
        if self.day is not None and self.month is not None:
            return dt.date(self.year, self.month, self.day)
        if self.month is not None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    def __lt__(self, other: object) -> bool:
        """Ordered by interval: 1991 < 1991-12 < 1991-12-16 < 1992 (start first, then end)."""
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.start, self.end) < (other.start, other.end)

    def contains(self, other: PartialDate) -> bool:
        """True when `other` lies inside this date's interval (1991 contains 1991-12-16)."""
        return self.start <= other.start and other.end <= self.end

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def parse_optional(text: str | None) -> PartialDate | None:
    return None if text is None or text == "" else PartialDate.parse(text)

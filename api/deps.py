"""Dependencies as Annotated aliases: the store, settings, pagination, dates and type filters."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query, Request
from pydantic import AfterValidator, WithJsonSchema

from api.errors import ApiProblem
from api.schemas import REAL_DATE_PATTERN
from api.settings import Settings
from graph.dates import PartialDate
from graph.store import GraphStore, open_store
from graph.vocabulary import PREDICATES, RELATION_TYPES

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
CURSOR_PATTERN = r"^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$"  # base64url, no padding


class StoreHolder:
    """The app's one store. When it could not be opened at start-up (Neo4j still booting),
    each request tries again, so the API recovers without a restart. `on_open` hears of each
    store opened (the app publishes it as app.state.store for the visualizer's pages)."""

    def __init__(
        self, url: str, store: GraphStore | None = None, owned: bool = True,
        query_timeout: float | None = None,
        on_open: Callable[[GraphStore | None], None] | None = None,
    ) -> None:
        self.url = url
        self.query_timeout = query_timeout
        self._store = store
        self._owned = owned
        self._on_open = on_open
        self._lock = threading.Lock()
        if store is not None and on_open is not None:
            on_open(store)

    @property
    def backend(self) -> str:
        scheme = self.url.split("://", 1)[0].lower()
        return "sqlite" if scheme == "sqlite" else "neo4j"

    def get(self) -> GraphStore:
        store = self._store
        if store is None:
            with self._lock:
                if self._store is None:
                    self._store = open_store(self.url, query_timeout=self.query_timeout)
                    if self._on_open is not None:
                        self._on_open(self._store)
                store = self._store
        return store

    def close(self) -> None:
        with self._lock:
            if self._store is not None and self._owned:
                self._store.close()
            self._store = None
            if self._on_open is not None:
                self._on_open(None)


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_store(request: Request) -> GraphStore:
    holder: StoreHolder = request.app.state.stores
    return holder.get()


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]


# ---------------------------------------------------------------- pagination


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int

    def next_cursor(
        self, returned: int, total: int | None, max_offset: int = MAX_OFFSET
    ) -> str | None:
        """A cursor when more may follow: by the total if known, else by a full page."""
        end = self.offset + returned
        more = end < total if total is not None else returned >= self.limit
        return encode_cursor(end) if more and returned and end <= max_offset else None


def encode_cursor(offset: int) -> str:
    """Opaque to clients: the offset's bytes in URL-safe base64. Every string the documented
    pattern allows decodes to some offset, so no well-formed cursor is ever refused."""
    raw = offset.to_bytes(max(1, (offset.bit_length() + 7) // 8), "big")
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    except (binascii.Error, ValueError) as exc:  # only reachable around the pattern check
        raise ApiProblem(422, "invalid cursor: pass back a next_cursor as it was") from exc
    return min(int.from_bytes(raw, "big"), MAX_OFFSET)  # past the end is an empty page


def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")] = 100,
    cursor: Annotated[str | None, Query(
        min_length=2, max_length=12, pattern=CURSOR_PATTERN,
        description="Opaque: the next_cursor of the previous page.")] = None,
) -> Page:
    return Page(limit, 0 if cursor is None else decode_cursor(cursor))


PageDep = Annotated[Page, Depends(page_params)]


# ---------------------------------------------------------------- dates


def parse_day(text: str | None, end: bool) -> dt.date | None:
    """A partial date as a day: its first day (from) or its last day (to, as_of)."""
    if text is None:
        return None
    date = PartialDate.parse(text)
    return date.end if end else date.start


@dataclass(frozen=True)
class DateRange:
    date_from: dt.date | None
    date_to: dt.date | None


DateQuery = Annotated[str | None, Query(
    max_length=10, pattern=REAL_DATE_PATTERN, examples=["1991-12"],
    description="YYYY, YYYY-MM or YYYY-MM-DD.")]


def date_range(
    date_from: Annotated[DateQuery, Query(alias="from")] = None,
    date_to: Annotated[DateQuery, Query(alias="to")] = None,
) -> DateRange:
    """from=1991 keeps relations from 1991-01-01 on; to=1992 keeps them up to 1992-12-31.
    A range that ends before it starts is empty, not an error."""
    return DateRange(parse_day(date_from, end=False), parse_day(date_to, end=True))


DateRangeDep = Annotated[DateRange, Depends(date_range)]


def as_of_param(
    as_of: Annotated[DateQuery, Query(description="The day (or the end of the month or year) "
                                                  "to state things on.")] = None,
) -> dt.date | None:
    return parse_day(as_of, end=True)


AsOfDep = Annotated[dt.date | None, Depends(as_of_param)]


# ---------------------------------------------------------------- relation types


def _known_type(name: str) -> str:
    if name not in PREDICATES:
        raise ValueError(f"{name!r} is not a relation type")
    return name


RelationTypeName = Annotated[
    str,
    AfterValidator(_known_type),
    WithJsonSchema({"type": "string", "enum": list(RELATION_TYPES)}),
]
TypesQuery = Annotated[list[RelationTypeName] | None, Query(
    max_length=len(RELATION_TYPES), description="Relation types (repeat the parameter).")]

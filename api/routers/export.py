"""/export: the whole graph or an entity's neighbourhood as GraphML, GEXF, JSON or CSV, streamed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from api.deps import DateRange, DateRangeDep, StoreDep, TypesQuery
from api.refs import resolve
from api.schemas import problem_responses
from graph.export import FORMATS, DumpSplit
from graph.model import Entity, Relation

router = APIRouter(prefix="/export", tags=["export"])
Writer = Callable[[Iterable[Entity], Iterable[Relation]], Iterator[str]]

_JSON_SCHEMA: dict[str, Any] = {"type": "object", "properties": {
    "nodes": {"type": "array", "items": {"type": "object"}},
    "edges": {"type": "array", "items": {"type": "object"}},
}, "required": ["nodes", "edges"]}
_CONTENT = {
    f.media_type: {"schema": _JSON_SCHEMA if name == "json" else {"type": "string"}}
    for name, f in FORMATS.items()
}


def in_range(r: Relation, dates: DateRange) -> bool:
    """The store's date filter: the relation's interval meets [from, to]; undated ones drop out
    once a bound is given."""
    if dates.date_from is None and dates.date_to is None:
        return True
    if r.date is None:
        return False
    last = (r.date_end or r.date).end
    lo = dates.date_from or dt.date.min
    hi = dates.date_to or dt.date.max
    return r.date.start <= hi and last >= lo


@router.get(
    "", operation_id="export_graph", response_class=StreamingResponse,
    responses={200: {"description": "The graph in the asked format, streamed.",
                     "content": _CONTENT},
               **problem_responses(404, 409, 422, 503, 504)},
)
def export_graph(
    store: StoreDep,
    dates: DateRangeDep,
    format: Annotated[Literal["graphml", "gexf", "json", "csv"], Query(
        description="graphml, gexf (dated edges for Gephi's timeline), json or csv (edges).")
    ] = "graphml",
    entity: Annotated[str | None, Query(
        min_length=1, max_length=200,
        description="Only this entity's neighbourhood (id, ISO code, name or alias).")] = None,
    depth: Annotated[int, Query(ge=1, le=3, description="With entity: hops.")] = 1,
    types: TypesQuery = None,
    limit: Annotated[int, Query(ge=1, le=5000, description="With entity: most nodes.")] = 1000,
) -> StreamingResponse:
    fmt = FORMATS[format]
    wanted = set(types or ())
    if entity is not None:
        center = resolve(store, entity)  # before streaming: 404/409 still answer as problems
        sub = store.neighbourhood(center.id, depth=depth, types=tuple(wanted),
                                  date_from=dates.date_from, date_to=dates.date_to,
                                  limit=limit)
        chunks = fmt.write(sorted(sub.entities.values(), key=lambda e: e.id),
                           list(sub.relations.values()))
        name = f"diplograph-{center.id.replace(':', '-')}.{fmt.extension}"
    else:
        chunks = _whole_graph(store.dump(), fmt.write, wanted, dates)
        name = f"diplograph.{fmt.extension}"
    return StreamingResponse(
        _encode(chunks), media_type=fmt.media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _whole_graph(
    lines: Iterable[dict[str, Any]], write: Writer, wanted: set[str], dates: DateRange
) -> Iterator[str]:
    split = DumpSplit(lines)
    relations = (r for r in split.relations()
                 if (not wanted or r.type in wanted) and in_range(r, dates))
    yield from write(split.entities(), relations)


def _encode(chunks: Iterable[str]) -> Iterator[bytes]:
    """Join small chunks into ~64 KiB writes: fewer, larger sends."""
    buffer: list[str] = []
    size = 0
    for chunk in chunks:
        buffer.append(chunk)
        size += len(chunk)
        if size >= 65536:
            yield "".join(buffer).encode("utf-8")
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer).encode("utf-8")

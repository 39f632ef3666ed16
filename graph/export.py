"""Graph exports as streams of text chunks: GraphML, GEXF (dated, for Gephi's timeline), JSON
and CSV. Pure functions over entities and relations; nothing here talks to a store.

Entities must all come before the first relation (CSV names both ends of each edge); the
writers consume `entities` fully before touching `relations`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from graph.canonical import entity_dict, relation_dict
from graph.dates import PartialDate, parse_optional
from graph.model import Entity, Relation
from graph.vocabulary import EntityType, Kind, predicate

# XML 1.0 forbids most control characters; names come from scraped text, so drop them.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(value: object) -> str:
    return escape(_XML_BAD.sub("", str(value)))


def _xa(value: object) -> str:
    return quoteattr(_XML_BAD.sub("", str(value)))


def _d(date: PartialDate | None) -> str:
    return "" if date is None else str(date)


def interval(r: Relation) -> tuple[str, str | None] | None:
    """The days a relation is shown on a timeline, as ISO dates (end None = still holds):
    an event its own date; a state from its first to its last stated date; a milestone from
    its date on (a recognition does not lapse). None when undated."""
    if r.date is None:
        return None
    kind = predicate(r.type).kind
    if kind is Kind.MILESTONE:
        return r.date.start.isoformat(), None
    last = r.date_end or r.date if kind is Kind.STATE else r.date
    return r.date.start.isoformat(), last.end.isoformat()


# ---------------------------------------------------------------- GraphML

_GRAPHML_NODE_KEYS = (("type", "string"), ("name", "string"), ("aliases", "string"))
_GRAPHML_EDGE_KEYS = (
    ("relation", "string"), ("date", "string"), ("date_end", "string"),
    ("first_reported", "string"), ("last_reported", "string"), ("claims", "int"),
    ("articles", "int"), ("confidence", "double"), ("conflict", "boolean"),
)


def graphml(entities: Iterable[Entity], relations: Iterable[Relation]) -> Iterator[str]:
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    for name, kind in _GRAPHML_NODE_KEYS:
        yield (f'  <key id="n_{name}" for="node" attr.name="{name}" '
               f'attr.type="{kind}"/>\n')
    for name, kind in _GRAPHML_EDGE_KEYS:
        yield (f'  <key id="e_{name}" for="edge" attr.name="{name}" '
               f'attr.type="{kind}"/>\n')
    yield '  <graph id="diplograph" edgedefault="directed">\n'
    for e in entities:
        yield (f"    <node id={_xa(e.id)}>"
               f'<data key="n_type">{_x(e.type.value)}</data>'
               f'<data key="n_name">{_x(e.name)}</data>'
               f'<data key="n_aliases">{_x("; ".join(sorted(e.aliases)))}</data></node>\n')
    for r in relations:
        values = (r.type, _d(r.date), _d(r.date_end), _d(r.first_reported),
                  _d(r.last_reported), r.claim_count, r.article_count, r.confidence,
                  str(r.conflict).lower())
        data = "".join(
            f'<data key="e_{name}">{_x(v)}</data>'
            for (name, _), v in zip(_GRAPHML_EDGE_KEYS, values, strict=True) if v != "")
        yield (f"    <edge id={_xa(r.id)} source={_xa(r.source)} target={_xa(r.target)}>"
               f"{data}</edge>\n")
    yield "  </graph>\n</graphml>\n"


# ---------------------------------------------------------------- GEXF

_GEXF_EDGE_ATTRS = (
    ("0", "relation", "string"), ("1", "date", "string"), ("2", "claims", "integer"),
    ("3", "articles", "integer"), ("4", "confidence", "double"), ("5", "conflict", "boolean"),
)


def gexf(entities: Iterable[Entity], relations: Iterable[Relation]) -> Iterator[str]:
    """GEXF 1.2, dynamic: each dated edge has start (and end) so Gephi's timeline plays the
    graph over time; undated edges are always shown. Symmetric relations are mutual edges."""
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n'
           "  <meta><creator>diplograph</creator>"
           "<description>Bilateral relations between countries</description></meta>\n"
           '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">\n'
           '    <attributes class="node" mode="static">\n'
           '      <attribute id="0" title="type" type="string"/>\n'
           '      <attribute id="1" title="aliases" type="string"/>\n'
           "    </attributes>\n"
           '    <attributes class="edge" mode="static">\n')
    for aid, title, kind in _GEXF_EDGE_ATTRS:
        yield f'      <attribute id="{aid}" title="{title}" type="{kind}"/>\n'
    yield "    </attributes>\n    <nodes>\n"
    for e in entities:
        yield (f"      <node id={_xa(e.id)} label={_xa(e.name)}><attvalues>"
               f'<attvalue for="0" value={_xa(e.type.value)}/>'
               f'<attvalue for="1" value={_xa("; ".join(sorted(e.aliases)))}/>'
               "</attvalues></node>\n")
    yield "    </nodes>\n    <edges>\n"
    for r in relations:
        span = interval(r)
        timing = ""
        if span is not None:
            timing = f' start="{span[0]}"' + ("" if span[1] is None else f' end="{span[1]}"')
        # "mutual" (both ways) rather than "undirected": readers reject mixed graphs.
        kind = "mutual" if predicate(r.type).symmetric else "directed"
        values = (r.type, _d(r.date), r.claim_count, r.article_count, r.confidence,
                  str(r.conflict).lower())
        att = "".join(f'<attvalue for="{aid}" value={_xa(v)}/>'
                      for (aid, _, _), v in zip(_GEXF_EDGE_ATTRS, values, strict=True)
                      if v != "")
        yield (f"      <edge id={_xa(r.id)} source={_xa(r.source)} target={_xa(r.target)} "
               f'label={_xa(r.type)} type="{kind}" weight="{r.claim_count}"{timing}>'
               f"<attvalues>{att}</attvalues></edge>\n")
    yield "    </edges>\n  </graph>\n</gexf>\n"


# ---------------------------------------------------------------- JSON


def _strip(d: dict[str, Any]) -> dict[str, Any]:
    d.pop("kind", None)
    return d


def json_lines(entities: Iterable[Entity], relations: Iterable[Relation]) -> Iterator[str]:
    """{"nodes": [...], "edges": [...]}, one node or edge per line, in the canonical forms."""
    yield '{"nodes": ['
    sep = "\n"
    for e in entities:
        yield sep + json.dumps(_strip(entity_dict(e)), ensure_ascii=False)
        sep = ",\n"
    yield '\n], "edges": ['
    sep = "\n"
    for r in relations:
        yield sep + json.dumps(_strip(relation_dict(r)), ensure_ascii=False)
        sep = ",\n"
    yield "\n]}\n"


# ---------------------------------------------------------------- CSV

CSV_COLUMNS = (
    "id", "type", "source", "source_name", "source_type", "target", "target_name",
    "target_type", "date", "date_end", "first_reported", "last_reported", "claims",
    "articles", "confidence", "conflict",
)


def csv_rows(entities: Iterable[Entity], relations: Iterable[Relation]) -> Iterator[str]:
    """One row per relation (an edge list), with both ends' names and types."""
    known = {e.id: e for e in entities}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")

    def flush() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(CSV_COLUMNS)
    yield flush()
    for r in relations:
        s, t = known.get(r.source), known.get(r.target)
        writer.writerow((
            r.id, r.type, r.source, s.name if s else "", s.type.value if s else "",
            r.target, t.name if t else "", t.type.value if t else "", _d(r.date),
            _d(r.date_end), _d(r.first_reported), _d(r.last_reported), r.claim_count,
            r.article_count, r.confidence, str(r.conflict).lower()))
        yield flush()


# ---------------------------------------------------------------- formats and sources


@dataclass(frozen=True)
class Format:
    media_type: str
    extension: str
    write: Callable[[Iterable[Entity], Iterable[Relation]], Iterator[str]]


FORMATS: dict[str, Format] = {
    "graphml": Format("application/graphml+xml", "graphml", graphml),
    "gexf": Format("application/gexf+xml", "gexf", gexf),
    "json": Format("application/json", "json", json_lines),
    "csv": Format("text/csv", "csv", csv_rows),
}


def entity_from_dict(d: dict[str, Any]) -> Entity:
    return Entity(d["id"], EntityType(d["type"]), d["name"], tuple(d.get("aliases") or ()))


def relation_from_dict(d: dict[str, Any]) -> Relation:
    return Relation(
        id=d["id"], type=d["type"], source=d["source"], target=d["target"],
        date=parse_optional(d.get("date")), date_end=parse_optional(d.get("date_end")),
        first_reported=parse_optional(d.get("first_reported")),
        last_reported=parse_optional(d.get("last_reported")),
        claim_count=int(d["claim_count"]), article_count=int(d["article_count"]),
        confidence=float(d["confidence"]), conflict=bool(d["conflict"]),
    )


class DumpSplit:
    """Entities, then relations, out of one pass over a store dump (canonical dict lines, which
    list every entity before the first relation); articles and claims are skipped."""

    def __init__(self, lines: Iterable[dict[str, Any]]) -> None:
        self._lines = iter(lines)
        self._first_relation: dict[str, Any] | None = None

    def entities(self) -> Iterator[Entity]:
        for line in self._lines:
            kind = line.get("kind")
            if kind == "entity":
                yield entity_from_dict(line)
            elif kind == "relation":
                self._first_relation = line
                return

    def relations(self) -> Iterator[Relation]:
        if self._first_relation is not None:
            yield relation_from_dict(self._first_relation)
        for line in self._lines:
            kind = line.get("kind")
            if kind == "relation":
                yield relation_from_dict(line)
            elif kind == "entity":
                raise ValueError("the dump lists an entity after a relation")

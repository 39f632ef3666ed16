"""The subgraphs behind each view, read through the GraphStore protocol only.

- entity: the store's neighbourhood (depth 1-2);
- pair: two entities and what connects them, directly or through up to two people,
  institutions, projects or organizations (never through a third country);
- graph: the whole graph capped to its best-connected nodes, with a note of what was left out.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Collection, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

import pycountry

from graph.errors import Ambiguous, InvalidInput, NotFound
from graph.model import Entity, Relation, Stats, Subgraph
from graph.store import GraphStore
from graph.vocabulary import ID_PREFIX, EntityType

MAX_REF = 300
_PREFIXES = tuple(f"{p}:" for p in ID_PREFIX.values())
ENTITY_LIMIT = 300  # nodes in an entity view before the store truncates
PAIR_SIDE_LIMIT = 500  # nodes fetched around each end of a pair
GRAPH_CAP = 1500
# Edges drawn in one view. vis-network's time to stable follows edges, not nodes: at 100k
# articles the 1,500 best-connected entities carry ~150k relations, which a browser needs
# ~20 s for and nobody can read. 5,000 stabilise in a few seconds.
EDGE_CAP = 5000
TOP_COUNTRIES = 10  # on the home page
LATEST = 12  # latest relations on the home page


@dataclass
class View:
    """One view's data: what pyvis draws, plus what the page shows around it."""

    kind: str  # "entity" | "pair" | "graph"
    title: str
    sub: Subgraph
    focus: tuple[str, ...] = ()
    depth: int = 1
    note: str | None = None
    timeline: list[str] = field(default_factory=list)  # relation ids, pair view only
    via: dict[str, str] = field(default_factory=dict)  # relation id -> how it ties the pair


# The API's bilateral dossier, handed in by whoever wires viz to it (viz does not import api):
# (store, a, b) -> [(relation, via)] in timeline order.
DossierFn = Callable[[GraphStore, Entity, Entity], Sequence[tuple[Relation, str]]]


def _country_code(ref: str) -> str | None:
    """The alpha-3 code for an alpha-2 or alpha-3 code ("KZ", "KAZ"), or None."""
    if not ref.isascii() or not ref.isalpha() or len(ref) not in (2, 3):
        return None
    code = ref.upper()
    country = (pycountry.countries.get(alpha_2=code) if len(code) == 2
               else pycountry.countries.get(alpha_3=code))
    return None if country is None else str(country.alpha_3)


def resolve(store: GraphStore, ref: str) -> Entity:
    """An id ("country:KAZ"), an ISO code ("KAZ", "KZ") or a name or alias ("Nur-Sultan"),
    in the order the API resolves them: id, upper-case code, name, then code in any case."""
    ref = ref.strip()
    if not ref or len(ref) > MAX_REF:
        raise InvalidInput(f"entity reference must be 1..{MAX_REF} characters")
    if ref.startswith(_PREFIXES):
        found = store.get_entity(ref)
        if found is None:
            raise NotFound(f"no entity with id {ref!r}")
        return found
    code = _country_code(ref) if ref.isupper() else None
    if code is not None and (found := store.get_entity(f"country:{code}")) is not None:
        return found
    matches = store.find_by_name(ref, limit=20)
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        ids = sorted(e.id for e in matches)
        raise Ambiguous(f"{ref!r} names {len(matches)} entities: {', '.join(ids)}", ids)
    code = _country_code(ref)
    if code is not None and (found := store.get_entity(f"country:{code}")) is not None:
        return found
    raise NotFound(f"no entity matches {ref!r} (by id, ISO code, name or alias)")


def _support(r: Relation) -> tuple[int, str, str]:
    """Best-supported first, as the stores rank them (store_common.best_relations)."""
    return (-r.claim_count, r.type, r.id)


def cap_relations(sub: Subgraph, limit: int = EDGE_CAP, keep: Collection[str] = ()) -> int:
    """Keep at most `limit` relations of sub (besides the relation ids in `keep`, which always
    stay): first each entity's best-supported relation, so no node is left without an edge by
    the cap, then the best-supported of the rest. Returns how many relations were dropped."""
    if len(sub.relations) <= limit:
        return 0
    ranked = sorted(sub.relations.values(), key=_support)
    chosen = {rid for rid in keep if rid in sub.relations}
    covered: set[str] = set()
    for r in ranked:  # each entity's best edge, best-supported entities first
        if len(chosen) >= limit:
            break
        if r.source not in covered or r.target not in covered:
            chosen.add(r.id)
        covered.update((r.source, r.target))
    for r in ranked:
        if len(chosen) >= limit:
            break
        chosen.add(r.id)
    dropped = len(sub.relations) - len(chosen)
    sub.relations = {rid: r for rid, r in sub.relations.items() if rid in chosen}
    sub.truncated = sub.truncated or dropped > 0
    return dropped


def _capped_note(dropped: int, shown: int) -> str:
    return (f"{dropped:,} more relations among these entities are not drawn: only the "
            f"{shown:,} best-supported (most articles) are, so the page stays usable.")


def _join(*notes: str | None) -> str | None:
    return " ".join(n for n in notes if n) or None


def entity_view(store: GraphStore, ref: str, depth: int = 1) -> View:
    if depth not in (1, 2):
        raise InvalidInput("depth must be 1 or 2")
    centre = resolve(store, ref)
    sub = store.neighbourhood(centre.id, depth=depth, limit=ENTITY_LIMIT)
    sub.entities.setdefault(centre.id, centre)
    note = None
    if sub.truncated:
        note = (f"Only the first {len(sub.entities)} entities of this neighbourhood are shown; "
                "double-click a node to expand it.")
    dropped = cap_relations(sub)
    if dropped:
        note = _join(note, _capped_note(dropped, len(sub.relations)))
    return View("entity", centre.name, sub, (centre.id,), depth, note)


def _distances(
    start: str, adj: dict[str, set[str]], passable: set[str], cap: int
) -> dict[str, int]:
    """Breadth-first hops from start, walking on only through `passable` nodes."""
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if dist[node] >= cap or (node != start and node not in passable):
            continue
        for nxt in adj.get(node, ()):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


def pair_subgraph(store: GraphStore, a: str, b: str, max_hops: int = 3) -> Subgraph:
    """a, b and every relation on a walk of <= max_hops between them whose inner nodes are
    people, institutions, projects or organizations (a's ambassador accredited to b, the
    institute b hosts where a's envoy lectured, projects both cooperate via ...)."""
    merged = Subgraph()
    for end in (a, b):
        side = store.neighbourhood(end, depth=2, limit=PAIR_SIDE_LIMIT)
        merged.entities.update(side.entities)
        merged.relations.update(side.relations)
        merged.truncated = merged.truncated or side.truncated
    adj: dict[str, set[str]] = {}
    for r in merged.relations.values():
        adj.setdefault(r.source, set()).add(r.target)
        adj.setdefault(r.target, set()).add(r.source)
    passable = {eid for eid, e in merged.entities.items()
                if e.type is not EntityType.COUNTRY and eid not in (a, b)}
    da = _distances(a, adj, passable, max_hops)
    db = _distances(b, adj, passable, max_hops)
    far = max_hops + 1

    def on_walk(u: str, v: str) -> bool:
        for x, y in ((u, v), (v, u)):
            if x != b and y != a and da.get(x, far) + 1 + db.get(y, far) <= max_hops:
                return True
        return False

    out = Subgraph(truncated=merged.truncated)
    for r in merged.relations.values():
        if on_walk(r.source, r.target):
            out.relations[r.id] = r
            for eid in (r.source, r.target):
                if eid in merged.entities:
                    out.entities[eid] = merged.entities[eid]
    for eid in (a, b):
        entity = merged.entities.get(eid) or store.get_entity(eid)
        if entity is not None:
            out.entities[eid] = entity
    return out


def _timeline_key(r: Relation) -> tuple[int, str, str, str]:
    return (0 if r.date else 1, "" if r.date is None else r.date.start.isoformat(), r.type, r.id)


def pair_view(
    store: GraphStore, ref_a: str, ref_b: str, dossier: DossierFn | None = None
) -> View:
    """The pair's subgraph; with `dossier`, its items join the graph and make the timeline
    (otherwise the timeline is the subgraph's relations by date)."""
    ea, eb = resolve(store, ref_a), resolve(store, ref_b)
    if ea.id == eb.id:
        raise InvalidInput("a pair needs two different entities")
    sub = pair_subgraph(store, ea.id, eb.id)
    via: dict[str, str] = {}
    if dossier is not None:
        for r, how in dossier(store, ea, eb):
            via[r.id] = how
            sub.relations[r.id] = r
            for eid in (r.source, r.target):
                entity = sub.entities.get(eid) or store.get_entity(eid)
                if entity is not None:
                    sub.entities[eid] = entity
        timeline = list(via)
    else:
        timeline = [r.id for r in sorted(sub.relations.values(), key=_timeline_key)]
    note = None if sub.relations else f"Nothing connects {ea.name} and {eb.name} yet."
    if sub.truncated:
        note = "The neighbourhoods were large: some indirect connections may be missing."
    dropped = cap_relations(sub, keep=timeline)  # the timeline's relations always stay drawn
    if dropped:
        note = _join(note, _capped_note(dropped, len(sub.relations)))
    return View("pair", f"{ea.name} – {eb.name}", sub, (ea.id, eb.id), 1, note, timeline, via)


@dataclass(frozen=True)
class Summary:
    """What the home page shows: the counts, the best-connected countries and the latest
    relations, all counted or picked in the store."""

    stats: Stats
    countries: list[tuple[Entity, int]]
    latest: list[Relation]


T = TypeVar("T")


class PerGeneration:
    """Values computed from one store, kept until its generation moves on (any write, from
    any process). The store is kept with them, so its id() cannot be reused meanwhile; a
    value asked of another store replaces them all."""

    def __init__(self, kept: int = 4) -> None:
        self.kept = kept
        self._lock = threading.Lock()
        self._computing = threading.Lock()
        self._of: tuple[GraphStore, str] | None = None
        self._values: dict[Hashable, Any] = {}

    def get(self, store: GraphStore, key: Hashable, compute: Callable[[], T]) -> T:
        generation = store.generation()
        hit = self._hit(store, generation, key)
        if hit is not None:
            return cast(T, hit)
        # One computation at a time: requests that missed together wait for the first, then
        # find its value, instead of each spending seconds on the same answer.
        with self._computing:
            hit = self._hit(store, generation, key)
            if hit is not None:
                return cast(T, hit)
            value = compute()
            if store.generation() != generation:  # written meanwhile: do not keep it
                return value
            with self._lock:
                if self._of is None or self._of[0] is not store or self._of[1] != generation:
                    self._of, self._values = (store, generation), {}
                while key not in self._values and len(self._values) >= self.kept:
                    del self._values[next(iter(self._values))]
                self._values[key] = value
        return value

    def _hit(self, store: GraphStore, generation: str, key: Hashable) -> Any:
        with self._lock:
            if self._of is not None and self._of[0] is store and self._of[1] == generation:
                return self._values.get(key)
        return None


KEPT = PerGeneration()  # the home page's summary and the graph views: seconds each at 1M


def summary(store: GraphStore) -> Summary:
    def compute() -> Summary:
        countries, _ = store.best_connected(TOP_COUNTRIES, EntityType.COUNTRY)
        return Summary(store.stats(), countries, store.latest_relations(LATEST))

    return KEPT.get(store, "summary", compute)


def top_subgraph(store: GraphStore, n: int, edge_cap: int = EDGE_CAP) -> tuple[
        Subgraph, int, bool]:
    """The n best-connected entities and the relations among them that cap_relations keeps
    of the best-supported 2 x edge_cap; how many entities have any relation; and whether
    relations among the entities were left out."""
    ranked, connected = store.best_connected(n)
    sub = Subgraph(entities={e.id: e for e, _ in ranked})
    among, more = store.relations_among(sub.entities, 2 * edge_cap)
    sub.relations = {r.id: r for r in among}
    return sub, connected, cap_relations(sub, edge_cap) > 0 or more


def graph_view(store: GraphStore, cap: int = GRAPH_CAP, edge_cap: int = EDGE_CAP) -> View:
    """The whole graph, as top_subgraph of the `cap` best-connected entities, with a note
    of what was left out; kept until the store's generation moves on."""
    if not 1 <= cap <= GRAPH_CAP:
        raise InvalidInput(f"limit must be 1..{GRAPH_CAP}")
    return KEPT.get(store, ("graph", cap, edge_cap),
                    lambda: _compute_graph_view(store, cap, edge_cap))


def _compute_graph_view(store: GraphStore, cap: int, edge_cap: int) -> View:
    stats = store.stats()
    sub, connected, undrawn = top_subgraph(store, cap, edge_cap)
    total_entities = sum(stats.entities_by_type.values())
    total_relations = sum(stats.relations_by_type.values())
    unconnected = max(total_entities - connected, 0)
    note = None
    if connected > cap or undrawn:
        sub.truncated = True
        left_nodes = total_entities - len(sub.entities)
        left_edges = total_relations - len(sub.relations)
        why = (f" (some of them among the entities shown: only the best-supported "
               f"{edge_cap:,} relations are drawn)" if undrawn else "")
        note = (f"Showing the {len(sub.entities):,} best-connected of {total_entities:,} entities "
                f"and {len(sub.relations):,} of {total_relations:,} relations: left out "
                f"{left_nodes:,} entities ({unconnected:,} without any relation) "
                f"and {left_edges:,} relations{why}.")
    elif unconnected:
        note = (f"Showing all {len(sub.entities):,} connected entities; {unconnected:,} "
                "entities without any relation are left out.")
    return View("graph", "Whole graph", sub, (), 1, note)

"""Backend-neutral store logic: both stores call these so they answer the same questions alike.

Nothing here talks to a database. Validation and canonical form of a written record, the
deterministic folding order, the relation sort order, name matching and ranking for search, and
the breadth-first walks behind `neighbourhood` and `shortest_paths` (they take a callback that
fetches the relations touching a set of nodes, so each backend only supplies one query).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from rapidfuzz import fuzz

from graph.dates import PartialDate
from graph.derive import (
    ClaimWithArticle,
    Mention,
    RelationKey,
    canonical,
    fold_entity,
    fold_relation,
    nested,
    relation_id,
    relation_key,
    span,
)
from graph.errors import InvalidInput
from graph.model import Article, ArticleRecord, Claim, Entity, EntitySummary, Path, Relation
from graph.vocabulary import PREDICATES, Kind, predicate

# ---------------------------------------------------------------- writing


@dataclass(frozen=True)
class PreparedRecord:
    """An ArticleRecord checked and put in the stored form: one mention per entity id,
    canonical (symmetric-ordered) claims, one claim per claim id (the first one wins)."""

    article: Article
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]
    claim_ids: tuple[str, ...]  # parallel to claims (Claim.id hashes on every call)
    relation_ids: tuple[str, ...]  # parallel to claims

    @property
    def relation_count(self) -> int:
        return len(set(self.relation_ids))


def prepare_record(record: ArticleRecord) -> PreparedRecord:
    """Validate before any write so a bad record fails the batch with a clear message."""
    article = record.article
    if not article.id:
        raise InvalidInput("article has an empty id")
    by_id: dict[str, list[Entity]] = {}
    for e in record.entities:
        by_id.setdefault(e.id, []).append(e)
    mentions = []
    for eid, same in by_id.items():
        # One article naming one entity twice (two spellings) is one mention with aliases.
        name = same[0].name
        forms = {e.name for e in same} | {a for e in same for a in e.aliases}
        forms.discard(name)
        mentions.append(Mention(article.id, eid, same[0].type, name, tuple(sorted(forms))))
    claims: dict[str, Claim] = {}
    for raw in record.claims:
        where = f"claim #{raw.sentence_index} ({raw.predicate}) of article {article.id}"
        if raw.article_id != article.id:
            raise InvalidInput(f"{where} says it belongs to article {raw.article_id}")
        if raw.predicate not in PREDICATES:
            raise InvalidInput(f"{where}: {raw.predicate!r} is not a relation type")
        for end in (raw.subject, raw.object):
            if end not in by_id:
                raise InvalidInput(
                    f"{where} names entity {end!r}, which is not among the record's entities")
        claim = canonical(raw)
        claims.setdefault(claim.id, claim)
    return PreparedRecord(
        article, tuple(mentions), tuple(claims.values()), tuple(claims),
        tuple(relation_id(relation_key(c)) for c in claims.values()))


SMALL = 64
"""Up to this many rows, an entity (relation) folded from its mentions (claims) goes through
graph.derive itself; above it, through `fold_entity_counts` / `fold_summary`, which give the
same result from a summary (the unit tests check they agree). Stores keep the summaries, so a
hub backed by thousands of rows costs no more to update than a new one."""


def derive_entity(mentions: Sequence[Mention]) -> Entity:
    """fold_entity over mentions in article-id order (the first mention decides the type)."""
    return fold_entity(sorted(mentions, key=lambda m: m.article_id))


def fold_entity_counts(variants: Sequence[tuple[Mention, int]]) -> Entity:
    """fold_entity over the mentions of one entity given as (distinct mention, how many),
    where each variant's article_id is the smallest article that used it.

    Same result as derive_entity over the expanded list, in O(variants).
    """
    if sum(n for _, n in variants) <= SMALL:
        return derive_entity([m for m, n in variants for _ in range(n)])
    names: Counter[str] = Counter()
    for m, n in variants:
        names[m.name] += n
    name = min(names, key=lambda x: (-names[x], x))
    forms = {m.name for m, _ in variants} | {a for m, _ in variants for a in m.aliases}
    forms.discard(name)
    first = min(variants, key=lambda v: v[0].article_id)[0]
    return Entity(first.entity_id, first.type, name, tuple(sorted(forms)))


def fold_variants(
    variants: Sequence[tuple[str, str, tuple[str, ...], int, str]]
) -> tuple[str, str, tuple[str, ...]]:
    """fold_entity_counts over plain rows (type, name, aliases, how many, first article id):
    the (type, name, aliases) of the entity, without building Mentions. Always counts: the
    first article decides the type, the most used name wins (ties: alphabetical), every other
    form is an alias."""
    names: Counter[str] = Counter()
    forms: set[str] = set()
    first = variants[0]
    for v in variants:
        names[v[1]] += v[3]
        forms.add(v[1])
        forms.update(v[2])
        if v[4] < first[4]:
            first = v
    name = min(names, key=lambda x: (-names[x], x))
    forms.discard(name)
    return first[0], name, tuple(sorted(forms))


def derive_relation(rows: Sequence[ClaimWithArticle]) -> Relation:
    """fold_relation over the claims of one relation key. Pass them in claim-id order (sort
    in the query: Claim.id is a hash, costly to recompute here) so the float product behind
    `confidence` is computed in the same order by every store."""
    key: RelationKey = relation_key(rows[0].claim)
    return fold_relation(key, rows)


@dataclass
class RelationSummary:
    """All that fold_relation reads from a relation's claims, kept without the claims."""

    claim_count: int = 0
    article_count: int = 0
    miss: float = 1.0  # product of (1 - confidence)
    dates: Counter[PartialDate] = field(default_factory=Counter)
    first_reported: PartialDate | None = None
    last_reported: PartialDate | None = None

    def add(self, rows: Iterable[ClaimWithArticle]) -> RelationSummary:
        """Fold in claims from articles not counted yet (new articles only)."""
        articles: set[str] = set()
        for r in rows:
            c = r.claim
            self.claim_count += 1
            articles.add(c.article_id)
            self.miss *= 1.0 - c.confidence
            if c.date is not None:
                self.dates[c.date] += 1
            reported = r.published or c.date
            if reported is not None:
                if self.first_reported is None or span(reported) < span(self.first_reported):
                    self.first_reported = reported
                if self.last_reported is None or span(reported) > span(self.last_reported):
                    self.last_reported = reported
        self.article_count += len(articles)
        return self


def fold_summary(key: RelationKey, s: RelationSummary, rid: str | None = None) -> Relation:
    """fold_relation from a summary: the same relation, in O(distinct dates). `rid` is
    relation_id(key) when the caller knows it already."""
    name, subject, obj, _ = key
    kind = predicate(name).kind
    dates = list(s.dates)
    date: PartialDate | None = None
    date_end: PartialDate | None = None
    conflict = False
    if kind is Kind.MILESTONE and dates:
        if nested(dates):
            date = min(dates, key=lambda d: (d.end - d.start, d.start))
        else:
            date = min(dates, key=lambda d: (-s.dates[d], d.start, d.end - d.start))
            conflict = True
    elif kind is Kind.EVENT and dates:
        date = dates[0]  # an event key has one date
    elif dates:
        date = min(dates, key=span)
        last = max(dates, key=lambda d: (d.end, d.start))
        date_end = last if last != date else None
    return Relation(
        id=relation_id(key) if rid is None else rid, type=name, source=subject, target=obj,
        date=date,
        date_end=date_end, first_reported=s.first_reported, last_reported=s.last_reported,
        claim_count=s.claim_count, article_count=s.article_count,
        confidence=round(1.0 - s.miss, 4), conflict=conflict,
    )


# ---------------------------------------------------------------- reading


# entity_summary orders partial dates inside the store by one text key, "<first day><10 -
# length><text>": by first day, and on the same first day the longer (more precise) text
# first. min() of the keys is the earliest first report, max() the latest last report, as
# (start, end) orders them ("1991-01-01" < "1991-01" < "1991"; "1991-12" > "1991").
def summary_from_rows(rows: Iterable[tuple[str, int, str | None, str | None]]) -> EntitySummary:
    """EntitySummary from per-type rows (type, count, min first key, max last key)."""
    degree: dict[str, int] = {}
    firsts: list[str] = []
    lasts: list[str] = []
    for rtype, n, first_key, last_key in rows:
        degree[rtype] = degree.get(rtype, 0) + n
        if first_key is not None:
            firsts.append(first_key)
        if last_key is not None:
            lasts.append(last_key)
    return EntitySummary(
        degree=dict(sorted(degree.items())),
        first_reported=PartialDate.parse(min(firsts)[11:]) if firsts else None,
        last_reported=PartialDate.parse(max(lasts)[11:]) if lasts else None)


def check_types(types: Iterable[str]) -> None:
    for t in types:
        if t not in PREDICATES:
            raise InvalidInput(
                f"{t!r} is not a relation type; use one of {', '.join(PREDICATES)}")


def check_directed_types(types: Iterable[str]) -> None:
    """Types whose relations have a direction: methods that follow links from their source
    (shared_links, relations_in_articles) would see a symmetric relation from one end only,
    the end whose id sorts first."""
    asked = list(types)
    check_types(asked)
    if not asked or any(PREDICATES[t].symmetric for t in asked):
        raise InvalidInput(
            f"types {asked!r}: name one or more relation types with a direction, not "
            f"{', '.join(symmetric_types(PREDICATES))}")


CO_REPORTED_TYPES = ("SIGNED_AGREEMENT",)
"""The types shared_links can count by co-report (both stores index their co-reports as they
write): agreement names are generic, project and organization names are not."""


def check_co_reported(types: Iterable[str], co_reported: Iterable[str]) -> None:
    """shared_links' co-reported types are some of the types it reads, and co-reportable."""
    asked = list(types)
    extra = [t for t in co_reported if t not in asked]
    if extra:
        raise InvalidInput(f"co_reported {extra!r}: name types among {asked!r}")
    other = [t for t in co_reported if t not in CO_REPORTED_TYPES]
    if other:
        raise InvalidInput(f"co_reported {other!r}: only {list(CO_REPORTED_TYPES)!r} are "
                           "counted by co-report")


def co_report_rows(rec: PreparedRecord) -> list[tuple[str, str, str, str, str]]:
    """The co-reports of one article: (type, source, relation id, other source, article)
    for each pair of its claims of a co-reported type with the same target and two sources."""
    by_target: defaultdict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for c, rid in zip(rec.claims, rec.relation_ids, strict=True):
        if c.predicate in CO_REPORTED_TYPES:  # directed: subject and object are its ends
            by_target[(c.predicate, c.object)][c.subject] = rid
    return [(kind, source, rid, other, rec.article.id)
            for (kind, _), sources in by_target.items()
            for source, rid in sources.items() for other in sources if other != source]


def symmetric_types(types: Iterable[str]) -> tuple[str, ...]:
    """Those of these types that read the same both ways (stored once, smaller id first)."""
    return tuple(t for t in types if PREDICATES[t].symmetric)


def check_direction(direction: str) -> None:
    if direction not in ("out", "in", "both"):
        raise InvalidInput(f"direction {direction!r} is not one of out, in, both")


def check_page(limit: int, offset: int = 0) -> None:
    if limit < 0 or offset < 0:
        raise InvalidInput(f"limit ({limit}) and offset ({offset}) must not be negative")


def check_ranking(limit: int) -> None:
    if limit < 1:
        raise InvalidInput(f"limit ({limit}) must be at least 1")


def relation_sort_key(r: Relation) -> tuple[object, ...]:
    """The listing order: date (by start, then its text; undated last), type, id."""
    if r.date is None:
        return (1, "", "", r.type, r.id)
    return (0, r.date.start.isoformat(), str(r.date), r.type, r.id)


# ---------------------------------------------------------------- search

_WORD = re.compile(r"[^\W_]+")  # the FTS tokenizer splits on "_" too: match its words
FUZZY_MIN_SCORE = 80.0


def name_key(text: str) -> str:
    """Case-insensitive key for exact name matching (find_by_name)."""
    return " ".join(text.casefold().split())


def fold_key(text: str) -> str:
    """name_key without diacritics, for prefix and fuzzy matching."""
    decomposed = unicodedata.normalize("NFKD", name_key(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_words(text: str) -> list[str]:
    return _WORD.findall(fold_key(text))


def _tier(query: str, words: list[str], form: str) -> tuple[int, float] | None:
    """(tier, score): 0 exact, 1 prefix (of the form or of its words), 2 fuzzy; None no match."""
    if name_key(form) == name_key(query):
        return 0, 100.0
    key = fold_key(form)
    q = fold_key(query)
    if key.startswith(q):
        return 1, 100.0
    form_words = _WORD.findall(key)
    if words and all(any(fw.startswith(w) for fw in form_words) for w in words):
        return 1, 90.0
    score = fuzz.ratio(q, key)
    if len(words) == 1:
        score = max([score] + [fuzz.ratio(q, fw) for fw in form_words])
    return (2, score) if score >= FUZZY_MIN_SCORE else None


def rank_entities(query: str, candidates: Iterable[Entity], limit: int) -> list[Entity]:
    """Exact before prefix before fuzzy; then higher score (a prefix of the whole name or alias
    before a prefix of its words), a match on the name before one on an alias, shorter name,
    name, id."""
    words = query_words(query)
    ranked: list[tuple[tuple[object, ...], Entity]] = []
    seen: set[str] = set()
    for e in candidates:
        if e.id in seen:
            continue
        seen.add(e.id)
        best: tuple[int, float, int] | None = None
        for is_alias, form in enumerate((e.name, *e.aliases)):
            hit = _tier(query, words, form)
            if hit is not None:
                cand = (hit[0], -hit[1], min(is_alias, 1))
                best = cand if best is None or cand < best else best
        if best is not None:
            ranked.append(((*best, len(e.name), e.name, e.id), e))
    ranked.sort(key=lambda pair: pair[0])
    return [e for _, e in ranked[:limit]]


# ---------------------------------------------------------------- walks

class Edge(Protocol):
    """What a walk reads of a relation: its two ends (walks treat them as undirected)."""

    @property
    def source(self) -> str: ...

    @property
    def target(self) -> str: ...


class Pair(NamedTuple):
    """An Edge known only by its ends: backends that can read distinct pairs cheaply."""

    source: str
    target: str


class Link(NamedTuple):
    """An Edge with what choosing among parallel relations needs (`hop_link`)."""

    id: str
    type: str
    source: str
    target: str
    claim_count: int


Pairs = Callable[[Collection[str]], Iterable[Edge]]
"""The relations (already filtered by type/date) with an end in the given node set;
duplicates and parallel relations allowed."""

RELATIONS_PER_NODE = 10
"""A subgraph keeps at most limit * RELATIONS_PER_NODE relations (two hubs can share thousands
of dated events); the best supported ones, and says it was truncated."""


def neighbourhood_nodes(start: str, depth: int, limit: int, pairs: Pairs) -> tuple[
        list[str], bool]:
    """Breadth-first from `start`, layer by layer, keeping at most `limit` nodes.

    Closer nodes always win; within the layer that overflows the cap, the nodes linked to more
    of the nodes already kept win (then by id). Returns (kept nodes, truncated).
    """
    kept = [start]
    kept_set = {start}
    frontier: list[str] = [start]
    for _ in range(depth):
        if not frontier:
            break
        links: dict[str, set[str]] = {}
        for edge in pairs(frontier):
            a, b = edge.source, edge.target
            if a in kept_set and b not in kept_set:
                links.setdefault(b, set()).add(a)
            elif b in kept_set and a not in kept_set:
                links.setdefault(a, set()).add(b)
        new = sorted(links, key=lambda n: (-len(links[n]), n))
        room = max(limit - len(kept), 0)
        if len(new) > room:
            kept.extend(new[:room])
            return kept, True
        kept.extend(new)
        kept_set.update(new)
        frontier = new
    return kept, False


def best_relations(relations: Iterable[Relation], cap: int) -> tuple[list[Relation], bool]:
    """At most `cap` relations, best supported first (claims, then type, id); and whether
    some were left out."""
    ranked = sorted(relations, key=lambda r: (-r.claim_count, r.type, r.id))
    return ranked[:cap], len(ranked) > cap


def hop_relation(candidates: Iterable[Relation]) -> Relation:
    """The one relation a path shows for a hop with parallel relations: best supported."""
    return min(candidates, key=lambda r: (-r.claim_count, r.type, r.id))


def hop_link(candidates: Iterable[Link]) -> Link:
    """hop_relation for Links: the same choice."""
    return min(candidates, key=lambda r: (-r.claim_count, r.type, r.id))


def shortest_routes(
    source: str, target: str, max_hops: int, limit: int, pairs: Pairs,
    linked: Callable[[str, str], bool] | None = None,
) -> list[tuple[str, ...]]:
    """All shortest paths as entity-id sequences, in lexicographic order, at most `limit`.
    Parallel relations between two entities are one hop (the caller shows `hop_relation`).

    Breadth-first from both ends, always growing the smaller frontier by a whole layer, so a
    hub at one end does not pull in the whole graph. `linked(a, b)`, when given, says whether
    a and b share a relation: two linked ends are the one shortest path, found without reading
    the neighbours of either (a hub's are thousands).
    """
    if limit <= 0:
        return []
    if source == target:
        return [(source,)]
    if max_hops >= 1 and linked is not None and linked(source, target):
        return [(source, target)]
    dist: tuple[dict[str, int], dict[str, int]] = ({source: 0}, {target: 0})
    # parents[side][n]: neighbours of n one step closer to that side's root.
    parents: tuple[dict[str, set[str]], dict[str, set[str]]] = ({}, {})
    frontiers = [[source], [target]]
    meet: list[str] = []
    hops = 0
    while not meet and hops < max_hops and frontiers[0] and frontiers[1]:
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        here, there = dist[side], dist[1 - side]
        current = set(frontiers[side])
        level = here[frontiers[side][0]] + 1
        layer: dict[str, set[str]] = {}
        for edge in pairs(frontiers[side]):
            for a, b in ((edge.source, edge.target), (edge.target, edge.source)):
                if a in current and a != b and b not in here:
                    layer.setdefault(b, set()).add(a)
        hops += 1
        for node, prev in layer.items():
            here[node] = level
            parents[side][node] = prev
        # The new layer meets the other side only at that side's outer layer, so every node
        # where they meet lies on a shortest path, and every shortest path crosses one.
        meet = [node for node in layer if node in there]
        frontiers[side] = sorted(layer)
    if not meet:
        return []
    # Source side: the nodes on a shortest path are the meeting nodes and their ancestors;
    # children[n]: the next ones of those, out from n. Every walk down them reaches a meeting
    # node, and from there the target side's parents lead home.
    depth = dist[0][meet[0]]
    children: dict[str, set[str]] = {}
    todo = set(meet)
    while todo:
        above: set[str] = set()
        for node in todo:
            for p in parents[0].get(node, ()):
                children.setdefault(p, set()).add(node)
                above.add(p)
        todo = above
    routes: list[tuple[str, ...]] = []

    def walk(route: list[str]) -> None:
        """Depth first in sorted order, so routes come out in lexicographic order."""
        node = route[-1]
        if node == target:
            routes.append(tuple(route))
            return
        nxt = children.get(node, ()) if len(route) - 1 < depth else parents[1].get(node, ())
        for n in sorted(nxt):
            if len(routes) >= limit:
                return
            walk([*route, n])

    walk([source])
    return routes


def paths_from_routes(routes: Sequence[tuple[str, ...]],
                      between: dict[frozenset[str], list[Relation]]) -> list[Path]:
    """Routes as Paths, each hop shown by `hop_relation` among the relations `between` its two
    entities (keyed by the unordered pair)."""
    return [Path(route, tuple(hop_relation(between[frozenset((a, b))])
                              for a, b in zip(route, route[1:], strict=False)))
            for route in routes]

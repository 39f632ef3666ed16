"""The bilateral dossier of two entities (usually countries), through the store protocol only.

Direct relations between a and b, and relations through each side's people (ambassadors and
officials), institutions (located in the country), projects and organizations:
- envoys: a person AMBASSADOR_OF one side and ACCREDITED_TO the other (both relations);
- visits: a person of one side (or the country) VISITED the other or one of its institutions;
- meetings: MET_WITH between people of the two sides;
- lectures: a person of one side LECTURED_AT an institution of the other, or an envoy lectured
  anywhere not known to be in a third country;
- projects both sides (countries or their people) cooperate via; agreements both signed, when
  one article reports the two signings (agreement names are often generic: "Memorandum of
  Understanding on Tourism"); a side's own projects when an article that reports a direct
  a-b relation reports them;
- organizations both are members of; institutions of the two sides that cooperate.
As of a day: who recognized whom and since when, ties established or severed, envoys in post.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import cached_property

from api import schemas
from api.convert import Names, brief, date_text
from graph.dates import PartialDate
from graph.model import Entity, Relation
from graph.store import GraphStore, RelationQuery

PAGE = 1000  # relations per store call while collecting
MAX_RELATIONS = 20_000  # per collecting query: a runaway hub stops here
MAX_PEOPLE = 200  # people per side whose own relations are read
LOCATED_LIMIT = 20  # LOCATED_IN relations of a place read to tell where it is

PROJECT_LINKS = ("COOPERATES_VIA", "SIGNED_AGREEMENT")

# The reads that need only the two sides run here, beside the chain of reads that follows the
# envoys (accreditations, envoys, their lectures and visits, places): each read is mostly the
# store's work (on Neo4j, the server's), so a pair then waits for the longer of the two, not
# their sum.
# Shared by all requests; a request thread never runs one, so none waits for itself.
_BESIDE = ThreadPoolExecutor(max_workers=4, thread_name_prefix="dossier-read")

Links = tuple[list[tuple[Relation, schemas.Via]], bool]  # (relation, via) in order; truncated


def collect(store: GraphStore, query: RelationQuery) -> list[Relation]:
    """Every relation the query matches, page by page (up to MAX_RELATIONS)."""
    out: list[Relation] = []
    while len(out) < MAX_RELATIONS:
        page = store.relations(replace(query, limit=PAGE, offset=len(out)))
        out.extend(page)
        if len(page) < PAGE:
            break
    return out


@dataclass
class Side:
    """One side's people and institutions, and what the other side's did there."""

    root: str
    officials: set[str] = field(default_factory=set)  # AMBASSADOR_OF or OFFICIAL_OF root
    ambassadors: set[str] = field(default_factory=set)  # AMBASSADOR_OF root
    institutions: set[str] = field(default_factory=set)  # LOCATED_IN root
    # read_between fills these two with what the other side's ambassadors and members did:
    accredited: dict[str, list[Relation]] = field(default_factory=dict)  # ACCREDITED_TO root
    visits: list[Relation] = field(default_factory=list)  # VISITED root

    @cached_property  # read for every activity: build it once, after read_side filled it
    def members(self) -> set[str]:
        """The side itself, its people and its institutions."""
        return {self.root, *self.officials, *self.institutions}


def read_side(store: GraphStore, root: str) -> Side:
    """Ids only: a country has hundreds of ambassadors (one to each country, over the years),
    and only the posts of the envoys between the two sides are read out (read_envoys)."""
    ids = store.related_ids(root, ("AMBASSADOR_OF", "OFFICIAL_OF", "LOCATED_IN"), "in")
    ambassadors = ids.get("AMBASSADOR_OF", set())
    return Side(root, officials=ambassadors | ids.get("OFFICIAL_OF", set()),
                ambassadors=ambassadors, institutions=ids.get("LOCATED_IN", set()))


def read_between(store: GraphStore, sa: Side, sb: Side) -> bool:
    """Each side's accreditations of the other side's ambassadors and visits by the other
    side's members, picked in the store (a capital's hundreds of other envoys and visitors
    are never read out): one read for both types, as both walk the two countries' relations
    (ambassadors are members). Returns True when the read hit its limit."""
    found = store.relations_between(sa.members | sb.members, {sa.root, sb.root},
                                    ("ACCREDITED_TO", "VISITED"), limit=MAX_RELATIONS)
    for here, there in ((sa, sb), (sb, sa)):
        for r in found:
            if r.target != here.root:
                continue
            if r.type == "ACCREDITED_TO":
                if r.source in there.ambassadors:
                    here.accredited.setdefault(r.source, []).append(r)
            elif r.source in there.members:
                here.visits.append(r)
    return len(found) >= MAX_RELATIONS


@dataclass
class Timeline:
    items: dict[str, tuple[Relation, schemas.Via]] = field(default_factory=dict)

    def add(self, relations: Iterable[Relation], via: schemas.Via) -> None:
        for r in relations:
            self.items.setdefault(r.id, (r, via))  # the first (most direct) reason wins

    def sorted(self) -> list[tuple[Relation, schemas.Via]]:
        return sorted(self.items.values(), key=lambda item: sort_key(item[0]))


def sort_key(r: Relation) -> tuple[object, ...]:
    """By date (start, then precision: 1991 before 1991-12), undated last; then type, id."""
    if r.date is None:
        return (1, dt.date.max, "", r.type, r.id)
    return (0, r.date.start, str(r.date), r.type, r.id)


@dataclass
class Envoy:
    person: str
    sender: str
    receiver: str
    relations: list[Relation]

    @property
    def start(self) -> dt.date | None:
        starts = [effective(r) for r in self.relations]
        known = [s for s in starts if s is not None]
        return min(known) if known else None


def effective(r: Relation) -> dt.date | None:
    """When a relation is known to hold from: its date, else its first report."""
    date = r.date or r.first_reported
    return None if date is None else date.start


def read_envoys(store: GraphStore, sa: Side, sb: Side) -> list[Envoy]:
    """Each side's ambassadors accredited to the other (after read_between), a's first, with
    their AMBASSADOR_OF relations, read for these people only, and their accreditations."""
    ways = [(sender, receiver, sorted(sender.ambassadors & receiver.accredited.keys()))
            for sender, receiver in ((sa, sb), (sb, sa))]
    people = {p for _, _, envoys in ways for p in envoys}
    posts = store.relations_between(people, {sa.root, sb.root}, ("AMBASSADOR_OF",),
                                    limit=MAX_RELATIONS) if people else []
    return [
        Envoy(p, sender.root, receiver.root,
              [r for r in posts if r.source == p and r.target == sender.root]
              + receiver.accredited[p])
        for sender, receiver, envoys in ways for p in envoys
    ]


@dataclass
class DossierResult:
    a: Entity
    b: Entity
    timeline: list[tuple[Relation, schemas.Via]]
    envoys: list[Envoy]
    direct: list[Relation]
    truncated: bool


def build(store: GraphStore, a: Entity, b: Entity) -> DossierResult:
    """A handful of store calls whatever the corpus size: the pair's direct relations, each
    side's people and institutions (as ids), one for what crosses between the sides
    (read_between), one for the envoys' posts, two for the people's activities
    (read_activities), one for the places of envoys' lectures and visits, two for the links
    both sides share (signings only where one article reports both sides), two for the links
    reported with a direct relation, one for the institutions. No read walks a side's links
    one by one. The direct relations and b's side are read beside a's side; the people's
    activities with the members and the last four reads beside the envoys' (_BESIDE); what
    they find is added in the order above."""
    timeline = Timeline()
    direct_read = _BESIDE.submit(collect, store, RelationQuery(entity=a.id, other=b.id))
    side_b = _BESIDE.submit(read_side, store, b.id)
    sa, sb = read_side(store, a.id), side_b.result()
    direct = direct_read.result()
    timeline.add(direct, "direct")
    people: dict[str, list[str]] = {}
    truncated = False
    for here in (sa, sb):
        everyone = sorted(here.officials)
        truncated |= len(everyone) > MAX_PEOPLE
        people[here.root] = everyone[:MAX_PEOPLE]
    everyone_read = {p for side in people.values() for p in side}
    members = sa.members | sb.members
    with_members = _BESIDE.submit(read_with_members, store, everyone_read, members)
    beside = [_BESIDE.submit(_shared_targets, store, {a.id, *people[a.id]},
                             {b.id, *people[b.id]}, a.id, b.id),
              _BESIDE.submit(_reported_together, store, direct, {a.id, b.id}),
              _BESIDE.submit(_institutions, store, sa, sb)]
    truncated |= read_between(store, sa, sb)
    pairs_of_envoys = read_envoys(store, sa, sb)
    for envoy in pairs_of_envoys:
        timeline.add(envoy.relations, "envoy")
    for here, there in ((sa, sb), (sb, sa)):
        timeline.add((r for r in there.visits if r.source in here.members), "visit")

    envoy_ids = {e.person for e in pairs_of_envoys}
    activities, cut = read_activities(store, with_members.result(), everyone_read, envoy_ids)
    truncated |= cut

    def elsewhere_candidate(r: Relation, person: str, there: Side) -> str | None:
        """The place of an envoy's lecture or visit that only its location can decide."""
        other = r.target
        if (r.type in ("LECTURED_AT", "VISITED") and r.source == person
                and other not in there.members and person in envoy_ids
                and not other.startswith("country:")):
            return other
        return None

    places = {place for here, there in ((sa, sb), (sb, sa)) for person in people[here.root]
              for r in activities.get(person, ())
              if (place := elsewhere_candidate(r, person, there)) is not None}
    located = _located(store, places)
    for here, there in ((sa, sb), (sb, sa)):
        for person in people[here.root]:
            for r in activities.get(person, ()):
                other = r.target if r.source == person else r.source
                if r.type == "MET_WITH" and other in there.officials:
                    timeline.add([r], "meeting")
                elif r.type in ("LECTURED_AT", "VISITED") and r.source == person and (
                    other in there.members
                    or (person in envoy_ids and _not_elsewhere(located, other, sa, sb))
                ):
                    timeline.add([r], "lecture" if r.type == "LECTURED_AT" else "visit")

    for read in beside:  # in this order: the first reason a relation is in the dossier wins
        links, cut = read.result()
        for r, via in links:
            timeline.add([r], via)
        truncated |= cut
    return DossierResult(a, b, timeline.sorted(), pairs_of_envoys, direct, truncated)


def by_end(store: GraphStore, ids: set[str], types: tuple[str, ...]) -> tuple[
        dict[str, list[Relation]], bool]:
    """The relations of each of these entities (of these types), each list in listing order
    and at most MAX_RELATIONS long, as one store call; and whether the call hit its limit."""
    if not ids:
        return {}, False
    found = store.relations_touching(ids, types, limit=MAX_RELATIONS)
    out: dict[str, list[Relation]] = {}
    for r in found:
        for end in {r.source, r.target} & ids:
            out.setdefault(end, []).append(r)
    return out, len(found) >= MAX_RELATIONS


def read_with_members(store: GraphStore, people: set[str], members: set[str]) -> list[Relation]:
    """The people's meetings, lectures and visits with the members of either side, picked in
    the store (a minister's hundreds of other meetings are never read out). It needs only the
    sides, so it runs beside the envoys' reads (_BESIDE)."""
    if not people:
        return []
    return store.relations_between(people, members, ("MET_WITH", "LECTURED_AT", "VISITED"),
                                   limit=MAX_RELATIONS)


def read_activities(store: GraphStore, with_members: list[Relation], people: set[str],
                    envoys: set[str]) -> tuple[dict[str, list[Relation]], bool]:
    """What the dossier uses of the people's activities, by person (and whether a read hit
    its limit): their meetings, lectures and visits with the members of either side
    (read_with_members); and the envoys' lectures and visits anywhere (where they took place
    is looked up next)."""
    if not people:
        return {}, False
    found = list(with_members)
    cut = len(found) >= MAX_RELATIONS
    seen = {r.id for r in found}
    more, more_cut = by_end(store, people & envoys, ("LECTURED_AT", "VISITED"))
    cut |= more_cut
    for rs in more.values():
        for r in rs:
            if r.id not in seen:
                seen.add(r.id)
                found.append(r)
    out: dict[str, list[Relation]] = {}
    for r in sorted(found, key=sort_key):
        for end in {r.source, r.target} & people:
            out.setdefault(end, []).append(r)
    return out, cut


def _located(store: GraphStore, places: set[str]) -> dict[str, list[str]]:
    """Where each place is (LOCATED_IN targets, the first LOCATED_LIMIT in listing order)."""
    found, _ = by_end(store, places, ("LOCATED_IN",))
    return {p: [r.target for r in found.get(p, ()) if r.source == p][:LOCATED_LIMIT]
            for p in places}


def _not_elsewhere(located: dict[str, list[str]], place: str, sa: Side, sb: Side) -> bool:
    """An envoy's lecture or visit belongs to the pair unless it was in a third country."""
    if place.startswith("country:"):
        return place in (sa.root, sb.root)
    return all(t in (sa.root, sb.root) for t in located.get(place, ()))


def _shared_targets(store: GraphStore, left_side: set[str], right_side: set[str], a: str,
                    b: str) -> Links:
    """Projects and agreements that both sides (a country and its people) link to, and
    organizations both countries are members of, found in the store: the hundreds of links
    each side has alone stay there. Agreement names are often generic ("Memorandum of
    Understanding on Tourism", signed by many countries with many others), so a signing
    counts only when an article that reports it also reports the other side signing the same
    agreement (co_reported)."""
    projects = store.shared_links(left_side, right_side, PROJECT_LINKS, limit=MAX_RELATIONS,
                                  co_reported=("SIGNED_AGREEMENT",))
    # Only the countries' memberships: as the vocabulary has it, a person is a member of
    # nothing, but the store does not refuse one.
    organizations = store.shared_links({a}, {b}, ("MEMBER_OF",), limit=MAX_RELATIONS)
    return ([(r, _link_via(r)) for r in projects + organizations],
            max(len(projects), len(organizations)) >= MAX_RELATIONS)


def _link_via(r: Relation) -> schemas.Via:
    """Why a side's link is in the dossier: an organization, an agreement or a project."""
    if r.type == "MEMBER_OF":
        return "organization"
    return "agreement" if r.type == "SIGNED_AGREEMENT" else "project"


def _reported_together(store: GraphStore, direct: list[Relation], roots: set[str]) -> Links:
    """A side's projects and agreements reported by an article that also reports a direct
    relation of the pair ("Pakistan cooperates with China through CPEC", in a piece on
    Kazakhstan-Pakistan ties): read from those articles' claims, not by checking each of a
    side's hundreds of links."""
    behind = store.relation_articles([r.id for r in direct]) if direct else {}
    articles = set().union(*behind.values())
    if not articles:
        return [], False
    found = store.relations_in_articles(articles, roots, PROJECT_LINKS, limit=MAX_RELATIONS)
    return [(r, _link_via(r)) for r in found], len(found) >= MAX_RELATIONS


def _institutions(store: GraphStore, sa: Side, sb: Side) -> Links:
    """COOPERATES_WITH between one side (or its institutions) and the other's (read_side's
    fields only: read_between fills the others meanwhile)."""
    found = store.relations_between({sa.root, *sa.institutions}, {sb.root, *sb.institutions},
                                    ("COOPERATES_WITH",), limit=MAX_RELATIONS)
    return [(r, "institution") for r in found], len(found) >= MAX_RELATIONS


# ---------------------------------------------------------------- the state on a day


def state(result: DossierResult, day: dt.date, names: Names) -> schemas.DossierState:
    started = [r for r in result.direct if (s := effective(r)) is not None and s <= day]
    recognized = [
        schemas.Recognition(by=names.brief(r.source), of=names.brief(r.target),
                            since=date_text(r.date), relation_id=r.id)
        for r in sorted(started, key=sort_key) if r.type == "RECOGNIZED"
    ]
    ties_events = [r for r in started if r.type in ("ESTABLISHED_TIES", "SEVERED_TIES")]
    ties: schemas.Ties = "unknown"
    ties_since = None
    if ties_events:
        # The latest event decides; on the same day a severance outranks an establishment.
        latest = max(ties_events, key=lambda r: (effective(r), r.type == "SEVERED_TIES"))
        ties = "established" if latest.type == "ESTABLISHED_TIES" else "severed"
        ties_since = date_text(latest.date)
    return schemas.DossierState(
        as_of=day.isoformat(), recognized=recognized,
        ties=ties, ties_since=ties_since, ambassadors=_in_post(result.envoys, day, names))


def _in_post(all_envoys: list[Envoy], day: dt.date, names: Names) -> list[schemas.Envoy]:
    """Per direction, the envoy who took up post last on or before the day (successors
    replace predecessors; the graph has no explicit end of a mission)."""
    out = []
    for sender in sorted({e.sender for e in all_envoys}):
        posted = [e for e in all_envoys
                  if e.sender == sender and e.start is not None and e.start <= day]
        if not posted:
            continue
        latest = max(e.start for e in posted if e.start is not None)
        for e in posted:
            if e.start == latest:
                reported = [r.last_reported for r in e.relations if r.last_reported is not None]
                dated = [r.date for r in e.relations if r.date is not None]
                out.append(schemas.Envoy(
                    person=names.brief(e.person), of=names.brief(e.sender),
                    to=names.brief(e.receiver),
                    since=date_text(min(dated, key=_start) if dated else None),
                    last_reported=date_text(max(reported, key=_start) if reported else None)))
    return out


def _start(d: PartialDate) -> tuple[dt.date, dt.date]:
    return (d.start, d.end)


def to_schema(
    result: DossierResult, names: Names, items: list[tuple[Relation, schemas.Via]],
    total: int, limit: int, next_cursor: str | None, as_of: dt.date | None,
) -> schemas.Dossier:
    names.prefetch(e for r, _ in items for e in (r.source, r.target))
    if as_of is not None:
        names.prefetch([*(e for r in result.direct for e in (r.source, r.target)),
                        *(e.person for e in result.envoys)])
    return schemas.Dossier(
        a=brief(result.a), b=brief(result.b),
        items=[schemas.DossierItem(**names.relation(r).model_dump(), via=via)
               for r, via in items],
        total=total, limit=limit, next_cursor=next_cursor, truncated=result.truncated,
        state=None if as_of is None else state(result, as_of, names),
    )

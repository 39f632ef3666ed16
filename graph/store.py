"""The GraphStore protocol that every backend implements, and `open_store(url)`."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from graph.errors import StoreError
from graph.model import (
    Article,
    ArticleRecord,
    Claim,
    Entity,
    EntitySummary,
    Evidence,
    Path,
    Relation,
    Stats,
    Subgraph,
    WriteResult,
)
from graph.vocabulary import EntityType

DEFAULT_STORE_URL = "sqlite:///./diplograph.db"
Direction = Literal["out", "in", "both"]


@dataclass(frozen=True)
class RelationQuery:
    """Filters for relations. Dates filter on the relation's interval; undated ones drop out
    as soon as a date filter is given. `as_of` keeps relations that had started by that day."""

    entity: str | None = None
    types: tuple[str, ...] = ()
    direction: Direction = "both"
    other: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    as_of: dt.date | None = None
    limit: int = 100
    offset: int = 0


class GraphStore(Protocol):
    """One protocol, two backends (SQLite, Neo4j); the contract suite runs against both."""

    url: str

    def write_articles(self, records: Sequence[ArticleRecord]) -> list[WriteResult]:
        """Atomic and idempotent: the batch commits whole or not at all. An unchanged article
        is a no-op; a changed text at the same URL replaces the old revision."""
        ...

    def delete_article(self, article_id: str) -> bool:
        """Remove an article and its claims; re-derive what they supported."""
        ...

    def get_article(self, article_id: str) -> tuple[Article, list[Claim]] | None: ...

    def get_entity(self, entity_id: str) -> Entity | None: ...

    def get_entities(self, entity_ids: Collection[str]) -> dict[str, Entity]:
        """The entities among these ids that exist, by id: a page of names in one call."""
        ...

    def find_by_name(self, name: str, limit: int = 20) -> list[Entity]:
        """Entities whose name or alias equals `name`, ignoring case."""
        ...

    def search_entities(
        self, query: str, type: EntityType | None = None, limit: int = 20
    ) -> list[Entity]:
        """Names and aliases: exact first, then prefix, then fuzzy; ranked."""
        ...

    def relations(self, query: RelationQuery) -> list[Relation]: ...

    def count_relations(self, query: RelationQuery) -> int: ...

    def entity_summary(self, entity_id: str) -> EntitySummary:
        """Counted in the store without reading relations out: the relations of each type the
        entity is an end of, the earliest first_reported (by first day, then the more precise)
        and the latest last_reported (by first day, then the less precise) among them."""
        ...

    def related_ids(
        self, entity_id: str, types: tuple[str, ...] = (), direction: Direction = "both"
    ) -> dict[str, set[str]]:
        """For each type (of these; all when none), the ids at the other end of the entity's
        relations in that direction: the ends of every relation that `relations(RelationQuery(
        entity=entity_id, types=types, direction=direction))` lists, whatever its limit
        (symmetric relations count in either direction). Read from the store's indexes
        without reading relations out (a country's hundreds of envoys, as ids). Types with no
        relation are left out."""
        ...

    def relations_touching(
        self, entity_ids: Collection[str], types: tuple[str, ...] = (), limit: int = 20_000
    ) -> list[Relation]:
        """The relations (of these types) with an end among `entity_ids`, each once, in the
        listing order of `relations` (store_common.relation_sort_key), at most `limit`: what
        `relations(RelationQuery(entity=e, types=types))` gives for every e, in one call."""
        ...

    def relations_between(
        self, left: Collection[str], right: Collection[str], types: tuple[str, ...] = (),
        limit: int = 20_000,
    ) -> list[Relation]:
        """The relations (of these types) with one end in `left` and the other in `right`,
        each once, in the listing order of `relations`, at most `limit`: what
        relations_touching(left, types) gives, filtered in the store to those whose other
        end is in `right`."""
        ...

    def shared_links(
        self, left: Collection[str], right: Collection[str], types: tuple[str, ...],
        limit: int = 20_000, co_reported: tuple[str, ...] = (),
    ) -> list[Relation]:
        """The relations of these types from a source in `left` to a target that a source in
        `right` also has a relation of one of these types to (the same type or another), and
        those from `right` to such targets: each once, in the listing order of `relations`,
        at most `limit`. An id on both sides links for both. Both sides' other links stay in
        the store (two countries' shared projects and organizations). `types`: one or more
        types with a direction (a symmetric relation has no source to follow).
        `co_reported`: some of `types`, among store_common.CO_REPORTED_TYPES (both stores
        index their co-reports as they write), whose links count only when an article that
        supports one also supports another link of the same type from the other side to the
        same target (agreement names are generic: two countries that each signed some "Memorandum
        of Understanding on Tourism" did not sign it together; a link of an id on both sides
        does not support itself); a target is shared when both sides have links to it that
        count, and only those are returned."""
        ...

    def relations_in_articles(
        self, article_ids: Collection[str], sources: Collection[str], types: tuple[str, ...],
        limit: int = 20_000,
    ) -> list[Relation]:
        """The relations of these types from a source among `sources` that a claim of one of
        these articles supports: each once, in the listing order of `relations`, at most
        `limit`. `types`: one or more types with a direction, as for shared_links."""
        ...

    def get_relation(self, relation_id: str) -> Relation | None: ...

    def evidence(self, relation_id: str) -> list[Evidence]: ...

    def relation_articles(self, relation_ids: Collection[str]) -> dict[str, set[str]]:
        """The ids of the articles behind each relation (those of its evidence), for many
        relations in one call; relations with no evidence are left out."""
        ...

    def neighbourhood(
        self,
        entity_id: str,
        depth: int = 1,
        types: tuple[str, ...] = (),
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        limit: int = 200,
    ) -> Subgraph: ...

    def shortest_paths(
        self, source: str, target: str, max_hops: int = 3, types: tuple[str, ...] = (),
        limit: int = 10,
    ) -> list[Path]: ...

    def best_connected(
        self, limit: int, type: EntityType | None = None
    ) -> tuple[list[tuple[Entity, int]], int]:
        """The `limit` entities (of this type) that are an end of the most relations, with
        that number, most first, ties by id; and how many entities (of the type) are an end
        of any relation. Counted in the store: no relation is read out."""
        ...

    def relations_among(
        self, entity_ids: Collection[str], limit: int
    ) -> tuple[list[Relation], bool]:
        """The relations with both ends among `entity_ids`, the best supported first
        (store_common.best_relations), at most `limit`; and whether some were left out."""
        ...

    def latest_relations(self, limit: int) -> list[Relation]:
        """The dated relations that reach latest: by the last day of (date_end or date),
        latest first, ties by id (descending)."""
        ...

    def stats(self) -> Stats: ...

    def dump(self) -> Iterator[dict[str, Any]]:
        """Canonical, sorted lines (entities, articles, claims, relations) to compare stores."""
        ...

    def generation(self) -> str:
        """Opaque; changes whenever a committed write changes the stored graph, by this or any
        other process, so an answer computed at one generation holds while it is current.
        Writes that change nothing (an unchanged article again) leave it as it was."""
        ...

    def ping(self) -> None:
        """Raise StoreUnavailable when the store cannot answer."""
        ...

    def close(self) -> None: ...


def open_store(url: str | None = None, query_timeout: float | None = None) -> GraphStore:
    """Pick the backend from the URL (or DIPLOGRAPH_STORE): sqlite:///path or neo4j/bolt://.
    `query_timeout` (seconds) bounds each read; past it the store raises QueryTimeout."""
    url = url or os.environ.get("DIPLOGRAPH_STORE") or DEFAULT_STORE_URL
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme == "sqlite":
        from graph.sqlite_store import SQLiteStore

        return SQLiteStore.open(url, query_timeout=query_timeout)
    if scheme in {"neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"}:
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore.open(url, query_timeout=query_timeout)
    raise StoreError(
        f"unknown store URL {url!r}: use sqlite:///path/graph.db or neo4j://host:7687"
    )

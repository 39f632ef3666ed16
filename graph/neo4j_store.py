"""The Neo4j backend (official driver 6.x): the GraphStore protocol over Cypher in graph.cypher.

Claims and mentions are stored; entities and relations are derived from them in Python with the
same functions the SQLite store uses (graph.store_common / graph.derive) and written back as
nodes and typed relationships, inside the transaction that changed their inputs. Writes use
managed transactions (retried by the driver on transient errors), reads are routed to readers,
and every session names its database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import random
import re
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

import neo4j
from neo4j import Driver, GraphDatabase, ManagedTransaction, unit_of_work
from neo4j.exceptions import (
    AuthError,
    ConfigurationError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)
from pydantic import SecretStr

from graph import cypher
from graph.canonical import article_dict, claim_dict, entity_dict, relation_dict
from graph.dates import PartialDate
from graph.derive import ClaimWithArticle, Mention, relation_key
from graph.errors import (
    DiplographError,
    InvalidInput,
    NotFound,
    QueryTimeout,
    StoreError,
    StoreUnavailable,
)
from graph.model import (
    Article,
    ArticleRecord,
    Claim,
    DateSource,
    Entity,
    EntitySummary,
    Evidence,
    Path,
    Relation,
    Stats,
    Subgraph,
    WriteOutcome,
    WriteResult,
)
from graph.store import Direction, RelationQuery
from graph.store_common import (
    CO_REPORTED_TYPES,
    RELATIONS_PER_NODE,
    SMALL,
    Pair,
    PreparedRecord,
    RelationSummary,
    best_relations,
    check_co_reported,
    check_directed_types,
    check_direction,
    check_page,
    check_ranking,
    check_types,
    co_report_rows,
    derive_relation,
    fold_entity_counts,
    fold_summary,
    name_key,
    neighbourhood_nodes,
    paths_from_routes,
    prepare_record,
    query_words,
    rank_entities,
    relation_sort_key,
    summary_from_rows,
    symmetric_types,
)
from graph.vocabulary import PREDICATES, EntityType

T = TypeVar("T")

DEFAULT_DATABASE = "neo4j"
CONNECTION_TIMEOUT = 5.0  # seconds to open a socket: an unreachable server fails fast
RETRY_TIME = 10.0  # seconds the driver keeps retrying a transaction on transient errors
RETRY_DELAY = 1.0  # first delay before a read is retried (the driver's for transactions)
DUPLICATE_RETRIES = 5  # times a batch is written again after a concurrent writer's duplicate
SCHEMA_WAIT = 300  # seconds to wait for new indexes to come online
SEARCH_CANDIDATES = 300
DUMP_CHUNK = 500
KEY_CHARS = 4000  # longest name key indexed (Lucene refuses terms over 32 KB of UTF-8)
PREFIX_CHARS = 255  # the word analyzer splits longer tokens
FUZZY_CHARS = 40  # fuzzy queries on longer words only cost time
SYMMETRIC = sorted(symmetric_types(PREDICATES))


# ---------------------------------------------------------------- one driver per process


@dataclass
class _Shared:
    driver: Driver
    users: int = 0
    ready: set[str] = field(default_factory=set)  # databases whose schema this process checked


_DRIVERS: dict[tuple[str, str | None], _Shared] = {}
_DRIVERS_LOCK = threading.Lock()


def _acquire(url: str, user: str | None, password: SecretStr | None) -> _Shared:
    with _DRIVERS_LOCK:
        shared = _DRIVERS.get((url, user))
        if shared is None:
            auth = None if user is None else (user, "" if password is None
                                              else password.get_secret_value())
            try:
                # The store's queries name every label and relationship type of the schema,
                # which a young graph may not hold yet; the server's "label does not exist"
                # notices about them are expected, and would flood the log at each stats().
                driver = GraphDatabase.driver(
                    url, auth=auth, connection_timeout=CONNECTION_TIMEOUT,
                    max_transaction_retry_time=RETRY_TIME, user_agent="diplograph",
                    notifications_disabled_classifications=[
                        neo4j.NotificationDisabledClassification.UNRECOGNIZED])
            except (ValueError, DriverError) as exc:
                raise StoreError(f"cannot use Neo4j URL {url!r}: {exc}") from exc
            shared = _Shared(driver)
            _DRIVERS[(url, user)] = shared
        shared.users += 1
        return shared


def _release(url: str, user: str | None) -> None:
    with _DRIVERS_LOCK:
        shared = _DRIVERS.get((url, user))
        if shared is None:
            return
        shared.users -= 1
        if shared.users > 0:
            return
        del _DRIVERS[(url, user)]
    with contextlib.suppress(Exception):  # closing a driver whose server is gone may fail
        shared.driver.close()


# ---------------------------------------------------------------- value conversion


@lru_cache(maxsize=65536)
def _date(text: str | None) -> PartialDate | None:
    return None if text is None else PartialDate.parse(text)


def _s(date: PartialDate | None) -> str | None:
    return None if date is None else str(date)


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _url_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def _claim(p: Mapping[str, Any]) -> Claim:
    return Claim(
        article_id=p["article_id"], predicate=p["predicate"], subject=p["subject"],
        object=p["object"], sentence=p.get("sentence", ""), sentence_index=p["sentence_index"],
        char_start=p["char_start"], char_end=p["char_end"], rule=p["rule"],
        date=_date(p.get("date")), date_source=DateSource(p["date_source"]),
        confidence=p["confidence"], extractor_version=p["extractor_version"],
    )


def _claim_row(c: Claim, claim_id: str, relation_id: str, s: int, o: int) -> dict[str, Any]:
    """A claim for WRITE_ARTICLES, whose ends are at positions s and o of its entity list."""
    return {
        "s": s, "o": o,
        "id": claim_id, "article_id": c.article_id, "relation_id": relation_id,
        "predicate": c.predicate, "subject": c.subject, "object": c.object,
        "date": _s(c.date), "date_start": _iso(c.date.start if c.date else None),
        "date_end": _iso(c.date.end if c.date else None),
        "date_precision": c.date.precision.value if c.date else None,
        "date_source": c.date_source.value, "sentence": c.sentence,
        "sentence_index": c.sentence_index, "char_start": c.char_start, "char_end": c.char_end,
        "rule": c.rule,
        # A float even when given 1: the dump must read 1.0 from both stores.
        "confidence": float(c.confidence), "extractor_version": c.extractor_version,
    }


def _article(p: Mapping[str, Any]) -> Article:
    return Article(id=p["id"], text=p["text"], title=p.get("title"), url=p.get("url"),
                   source=p.get("source"), published=_date(p.get("published")),
                   place=p.get("place"))


def _article_row(a: Article) -> dict[str, Any]:
    return {
        "id": a.id, "text": a.text, "title": a.title, "url": a.url,
        "url_key": None if a.url is None else _url_key(a.url), "source": a.source,
        "published": _s(a.published),
        "published_start": _iso(a.published.start if a.published else None),
        "place": a.place,
    }


def _entity(row: Mapping[str, Any]) -> Entity:
    return Entity(row["id"], EntityType(row["type"]), row["name"], tuple(row["aliases"] or ()))


def _relation(row: Mapping[str, Any]) -> Relation:
    p = row["p"]
    return Relation(
        id=p["id"], type=row["type"], source=row["source"], target=row["target"],
        date=_date(p.get("date")), date_end=_date(p.get("date_end")),
        first_reported=_date(p.get("first_reported")),
        last_reported=_date(p.get("last_reported")), claim_count=p["claim_count"],
        article_count=p["article_count"], confidence=p["confidence"],
        conflict=p["conflict"],
    )


def _relation_props(r: Relation, summary: RelationSummary) -> dict[str, Any]:
    last = r.date_end or r.date
    dates = sorted(summary.dates, key=str)
    return {
        "id": r.id, "date": _s(r.date), "date_end": _s(r.date_end),
        "date_start": _iso(r.date.start if r.date else None),
        "last_start": _iso(last.start if last else None),
        "until": _iso(last.end if last else None),
        "first_reported": _s(r.first_reported), "last_reported": _s(r.last_reported),
        "claim_count": r.claim_count, "article_count": r.article_count,
        "confidence": r.confidence, "conflict": r.conflict,
        # The summary the next write folds new claims into (RelationSummary).
        "miss": summary.miss, "dates": [str(d) for d in dates],
        "date_counts": [summary.dates[d] for d in dates],
    }


def _summary(row: Mapping[str, Any]) -> RelationSummary:
    """The RelationSummary stored on a relationship (see _relation_props)."""
    dates: Counter[PartialDate] = Counter()
    for text, n in zip(row["dates"] or (), row["date_counts"] or (), strict=True):
        day = _date(text)
        assert day is not None
        dates[day] = n
    return RelationSummary(claim_count=row["claim_count"], article_count=row["article_count"],
                           miss=row["miss"], dates=dates,
                           first_reported=_date(row["first_reported"]),
                           last_reported=_date(row["last_reported"]))


def _variants(text: str | None) -> list[tuple[Mention, int]]:
    """Stored mention variants: (mention with the first article using it, how many)."""
    out = []
    for first, eid, type_, name, aliases, n in json.loads(text or "[]"):
        out.append((Mention(first, eid, EntityType(type_), name, tuple(aliases)), n))
    return out


def _variants_json(variants: list[tuple[Mention, int]]) -> str:
    return json.dumps(sorted(
        [m.article_id, m.entity_id, m.type.value, m.name, list(m.aliases), n]
        for m, n in variants), ensure_ascii=False)


def _add_mentions(variants: list[tuple[Mention, int]],
                  new: list[Mention]) -> list[tuple[Mention, int]]:
    """The variants with new mentions counted in (fold_entity_counts' input)."""
    found = {(m.type, m.name, m.aliases): (m, n) for m, n in variants}
    for m in new:
        key = (m.type, m.name, m.aliases)
        if key in found:
            old, n = found[key]
            first = min(old.article_id, m.article_id)
            found[key] = (Mention(first, m.entity_id, m.type, m.name, m.aliases), n + 1)
        else:
            found[key] = (m, 1)
    return list(found.values())


@dataclass
class _Touched:
    """What one write transaction changed, to derive again before it commits."""

    entities: set[str] = field(default_factory=set)
    rebuild_entities: set[str] = field(default_factory=set)  # entities that lost mentions
    mentions: dict[str, list[Mention]] = field(
        default_factory=lambda: defaultdict(list))  # entity id: new mentions
    ends: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # id: type, ends
    rebuild: set[str] = field(default_factory=set)  # relations that lost claims
    gained: dict[str, list[tuple[str, ClaimWithArticle]]] = field(
        default_factory=lambda: defaultdict(list))  # relation id: (claim id, new claim)

    def new_claims(self, relation_id: str) -> list[ClaimWithArticle]:
        return [c for _, c in sorted(self.gained[relation_id], key=lambda p: p[0])]


def _phrase(text: str) -> str:
    """A Lucene phrase matching `text` literally."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _date_params(date_from: dt.date | None, date_to: dt.date | None,
                 as_of: dt.date | None = None) -> dict[str, Any]:
    return {"date_from": date_from, "date_to": date_to, "as_of": as_of,
            "dated": any(d is not None for d in (date_from, date_to, as_of))}


# ---------------------------------------------------------------- errors


def _is_timeout(exc: Neo4jError) -> bool:
    code = exc.code or ""
    return "TransactionTimedOut" in code or code.endswith("Transaction.LockClientStopped")


def _is_duplicate(exc: BaseException | None) -> bool:
    """A unique constraint refused a node or relation: a concurrent writer made it first."""
    return isinstance(exc, Neo4jError) and (exc.code or "").endswith(
        "Schema.ConstraintValidationFailed")


def _one_line(exc: Exception) -> str:
    """The driver's reason ("[Errno 111] Connection refused"), else its message on one line."""
    text = str(exc)
    reason = re.search(r"\(reason ([^)]+)\)", text)
    return reason.group(1) if reason else " ".join(text.split())[:300]


def _map_error(exc: Exception, url: str, timeout: float | None) -> DiplographError | None:
    if isinstance(exc, ServiceUnavailable | SessionExpired):
        return StoreUnavailable(
            f"Neo4j at {url} is unreachable ({_one_line(exc)}); start it (`make neo4j`) or "
            "point DIPLOGRAPH_STORE at a running server")
    if isinstance(exc, AuthError):
        return StoreError(
            f"Neo4j at {url} rejected the credentials ({exc.message}); check NEO4J_USER and "
            "NEO4J_PASSWORD")
    if isinstance(exc, Neo4jError):
        if _is_timeout(exc):
            return QueryTimeout(f"Neo4j query ran longer than {timeout}s and was stopped")
        if (exc.code or "").endswith("DatabaseNotFound"):
            return StoreError(f"Neo4j at {url}: {exc.message}; check NEO4J_DATABASE")
        if isinstance(exc, TransientError):
            return StoreUnavailable(f"Neo4j at {url} is busy or unavailable: {exc.message}")
        return StoreError(f"Neo4j at {url}: {exc.code}: {exc.message}")
    if isinstance(exc, ConfigurationError):
        return StoreError(f"cannot use Neo4j at {url}: {_one_line(exc)}")
    if isinstance(exc, DriverError):
        return StoreUnavailable(f"Neo4j at {url}: {_one_line(exc)}")
    return None


# ---------------------------------------------------------------- the store


class Neo4jStore:
    """GraphStore over one Neo4j database."""

    def __init__(self, url: str, user: str | None, shared: _Shared, database: str,
                 query_timeout: float | None) -> None:
        self.url = url
        self.database = database
        self.query_timeout = query_timeout
        self._user = user
        self._shared = shared
        self._closed = False

    @classmethod
    def open(cls, url: str, query_timeout: float | None = None) -> Neo4jStore:
        """Connect (NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE) and make sure of the schema."""
        user = os.environ.get("NEO4J_USER") or None
        secret = os.environ.get("NEO4J_PASSWORD")
        password = None if secret is None else SecretStr(secret)
        if user is None and password is not None:
            user = "neo4j"  # the server's default user
        database = os.environ.get("NEO4J_DATABASE") or DEFAULT_DATABASE
        shared = _acquire(url, user, password)
        store = cls(url, user, shared, database, query_timeout)
        try:
            with store._errors():
                try:
                    shared.driver.verify_connectivity()
                except ValueError as exc:  # e.g. a port that is not a number
                    raise StoreError(f"cannot use Neo4j URL {url!r}: {exc}") from exc
            store.ping()  # also proves the database exists
            store._ensure_schema()
        except BaseException:
            store.close()
            raise
        return store

    # ------------------------------------------------------------ plumbing

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """Driver errors become ours, naming the server."""
        try:
            yield
        except (Neo4jError, DriverError) as exc:
            mapped = _map_error(exc, self.url, self.query_timeout)
            if mapped is None:
                raise
            raise mapped from exc

    def _session(self, write: bool) -> neo4j.Session:
        if self._closed:
            raise StoreUnavailable(f"Neo4j store {self.url} is closed")
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        return self._shared.driver.session(database=self.database, default_access_mode=mode)

    def _run(self, write: bool, work: Callable[[ManagedTransaction], T]) -> T:
        """One managed transaction (retried by the driver on transient errors)."""
        if self.query_timeout is not None:
            work = unit_of_work(timeout=self.query_timeout)(work)
        with self._errors(), self._session(write) as session:
            if write:
                return session.execute_write(work)
            return session.execute_read(work)

    def _read(self, statement: str, **params: Any) -> list[neo4j.Record]:
        """One statement in an auto-commit transaction: one round trip (RUN with PULL), where
        a managed one adds a COMMIT; for the dossier's dozen reads per pair that was a tenth
        of its time. Retried as the driver retries a managed transaction (a read can be run
        again): retryable errors, growing jittered delays, for up to RETRY_TIME."""
        query = neo4j.Query(statement, timeout=self.query_timeout)
        delay, started = RETRY_DELAY, None
        with self._errors():
            while True:
                try:
                    with self._session(False) as session:
                        # Records as they come (each a Mapping): Record.data() would copy
                        # every value again, which cost more than the query for the
                        # dossier's thousands of relations.
                        return list(session.run(query, params))
                except (Neo4jError, DriverError) as exc:
                    if not exc.is_retryable():
                        raise
                    started = time.monotonic() if started is None else started
                    if time.monotonic() - started > RETRY_TIME:
                        raise
                time.sleep(delay * random.uniform(0.8, 1.2))
                delay *= 2

    def _ensure_schema(self) -> None:
        if self.database in self._shared.ready:
            return
        with self._errors():
            names, _, _ = self._shared.driver.execute_query(
                cypher.SCHEMA_NAMES, database_=self.database, routing_=neo4j.RoutingControl.READ)
            present = set(names[0]["names"]) if names else set()
            if cypher.CO_REPORTS_INDEX not in present:
                # Before its index is made: the index marks a graph that has them all.
                with self._session(True) as session:
                    session.run(cypher.BACKFILL_CO_REPORTS,
                                types=list(CO_REPORTED_TYPES)).consume()
            missing = [stmt for name, stmt in cypher.SCHEMA.items() if name not in present]
            for stmt in missing:
                try:
                    self._shared.driver.execute_query(stmt, database_=self.database)
                except Neo4jError as exc:
                    # Another process created it between our look and our create.
                    if "AlreadyExists" not in (exc.code or ""):
                        raise
            if missing:
                self._shared.driver.execute_query(
                    cypher.AWAIT_INDEXES, {"seconds": SCHEMA_WAIT}, database_=self.database)
        self._shared.ready.add(self.database)

    # ------------------------------------------------------------ writing

    def write_articles(self, records: Sequence[ArticleRecord]) -> list[WriteResult]:
        prepared = [prepare_record(r) for r in records]  # validation fails before any write
        if not prepared:
            return []
        attempt = 0
        while True:
            try:
                return self._run(True, lambda tx: self._write_batch(tx, prepared))
            except StoreError as exc:
                # Another writer committed one of these articles between our look and our
                # create: written again, the batch finds it stored and leaves it be.
                attempt += 1
                if attempt > DUPLICATE_RETRIES or not _is_duplicate(exc.__cause__):
                    raise

    def _write_batch(self, tx: ManagedTransaction,
                     prepared: list[PreparedRecord]) -> list[WriteResult]:
        """The whole batch in one transaction; records take effect in order, as if one by one.

        Four statements whatever the batch holds (see graph.cypher): what is stored, the new
        articles with their mentions and claims (which also reads back what the derived graph
        folds them into), and, folded here, the relations and entities they change.
        """
        ids = sorted({p.article.id for p in prepared})
        urls = sorted({p.article.url for p in prepared if p.article.url is not None})
        stored: dict[str, tuple[int, int]] = {}
        owners: dict[str, set[str]] = defaultdict(set)
        for row in tx.run(cypher.STORED_ARTICLES,
                          p={"ids": ids, "keys": [_url_key(u) for u in urls]}):
            if row["kind"] == "stored":
                stored[row["id"]] = (row["claims"], row["relations"])
            else:
                owners[row["url"]].add(row["id"])

        results: list[WriteResult] = []
        new: dict[str, PreparedRecord] = {}
        gone: set[str] = set()  # stored articles this batch replaces
        for rec in prepared:
            a = rec.article
            if a.id in stored:
                n_claims, n_relations = stored[a.id]
                results.append(
                    WriteResult(a.id, WriteOutcome.UNCHANGED, n_claims, n_relations))
                continue
            if a.id in new:  # twice in one batch: the second is a no-op
                first = new[a.id]
                results.append(WriteResult(a.id, WriteOutcome.UNCHANGED, len(first.claims),
                                           first.relation_count))
                continue
            outcome = WriteOutcome.ADDED
            if a.url is not None:
                for old in owners[a.url]:
                    outcome = WriteOutcome.REPLACED
                    if old in new:
                        del new[old]
                    else:
                        gone.add(old)
                        stored.pop(old, None)
                owners[a.url] = {a.id}
            new[a.id] = rec
            results.append(WriteResult(a.id, outcome, len(rec.claims), rec.relation_count))

        touched = _Touched()
        if gone:
            self._remove_articles(tx, sorted(gone), touched)
        if not new:
            self._derive(tx, touched)
            if gone:
                tx.run(cypher.BUMP_GENERATION).consume()
            return results
        recs = list(new.values())
        names = sorted({m.entity_id for r in recs for m in r.mentions})
        at = {eid: i for i, eid in enumerate(names)}  # position in WRITE_ARTICLES' list
        articles: list[dict[str, Any]] = []
        for r in recs:
            art = _article_row(r.article)
            art["mentions"] = [{"entity": at[m.entity_id], "type": m.type.value, "name": m.name,
                                "aliases": list(m.aliases)} for m in r.mentions]
            art["claims"] = claims = []
            for m in r.mentions:
                touched.entities.add(m.entity_id)
                touched.mentions[m.entity_id].append(m)
            published = r.article.published
            for c, cid, rid in zip(r.claims, r.claim_ids, r.relation_ids, strict=True):
                touched.ends[rid] = (c.predicate, c.subject, c.object)
                touched.gained[rid].append((cid, ClaimWithArticle(c, published)))
                claims.append(_claim_row(c, cid, rid, at[c.subject], at[c.object]))
            art["co_reports"] = [{"type": kind, "relation_id": rid, "s": at[source],
                                  "o": at[other]}
                                 for kind, source, rid, other, _ in co_report_rows(r)]
            articles.append(art)
        state = tx.run(cypher.WRITE_ARTICLES, p={
            "entities": names, "articles": articles,
            "lock": sorted(touched.entities - set(names)),
            "relations": self._relation_ids(touched)}).single()
        if state is None:  # the guard in WRITE_ARTICLES failed: nothing was written
            raise StoreError("Neo4j returned the merged entities out of order; batch not "
                             "written")
        self._derive(tx, touched, state["relations"], state["entities"])
        tx.run(cypher.BUMP_GENERATION).consume()
        return results

    def delete_article(self, article_id: str) -> bool:
        def work(tx: ManagedTransaction) -> bool:
            touched = _Touched()
            if not self._remove_articles(tx, [article_id], touched):
                return False
            self._derive(tx, touched)
            tx.run(cypher.BUMP_GENERATION).consume()
            return True

        return self._run(True, work)

    def _remove_articles(self, tx: ManagedTransaction, ids: list[str], touched: _Touched) -> bool:
        """Delete articles with their claims and mentions; note what they supported."""
        found = False
        for r in tx.run(cypher.TOUCHED_BY_ARTICLES, p={"ids": ids}):
            found = True
            touched.entities.update(r["entities"])
            touched.rebuild_entities.update(r["entities"])
            for rid, type_, source, target in r["relations"]:
                touched.ends[rid] = (type_, source, target)
                touched.rebuild.add(rid)
        if found:
            tx.run(cypher.DELETE_ARTICLES, p={"ids": ids}).consume()
        return found

    @staticmethod
    def _relation_ids(touched: _Touched) -> dict[str, list[str]]:
        """The touched relation ids by type (cypher._relation_states' parameter)."""
        by_type: dict[str, list[str]] = {name: [] for name in PREDICATES}
        for rid, (type_, _, _) in touched.ends.items():
            by_type[type_].append(rid)
        return by_type

    def _derive(self, tx: ManagedTransaction, touched: _Touched,
                relations: list[dict[str, Any]] | None = None,
                entities: list[dict[str, Any]] | None = None) -> None:
        """Fold what the transaction touched again and write it, in one statement.

        `relations` and `entities`: the state WRITE_ARTICLES read (else read here); entities
        a removal touched that no new article names are read here too.
        """
        if not touched.ends and not touched.entities:
            return
        if relations is None or entities is None:
            state = tx.run(cypher.DERIVED_STATE, p={
                "lock": sorted(touched.entities),
                "relations": self._relation_ids(touched),
                "entities": sorted(touched.entities)}).single(strict=True)
            relations, entities = state["relations"], state["entities"]
        current_entities = {e["id"]: e for e in entities}
        missing = sorted(touched.entities - current_entities.keys())
        if missing:
            current_entities.update(
                (r["e"]["id"], r["e"]) for r in tx.run(cypher.ENTITY_STATES, p={"ids": missing}))
        params = self._derive_relations(
            tx, touched, {r["id"]: r for r in relations}, current_entities)
        params.update(self._derive_entities(tx, touched, current_entities))
        tx.run(cypher.WRITE_DERIVED, p=params).consume()

    def _derive_relations(self, tx: ManagedTransaction, touched: _Touched,
                          current: dict[str, Any],
                          entities: dict[str, Any]) -> dict[str, Any]:
        """Fold the touched relations again (as the SQLite store does); drop unsupported ones.

        A relation that lost claims folds from all its claims, a new one from its claims in
        this batch, and one that only gained claims from the summary stored on it (`current`)
        plus the new claims: a hub relation then costs no more than a fresh one. Returns
        WRITE_DERIVED's relation parameters.
        """
        full: dict[str, list[ClaimWithArticle]] = defaultdict(list)
        if touched.rebuild:
            # In claim-id order (as SQLite): the confidence product is then computed alike.
            for r in sorted(tx.run(cypher.RELATION_CLAIMS,
                                      p={"ids": sorted(touched.rebuild)}),
                            key=lambda r: str(r["claim"]["id"])):
                full[r["claim"]["relation_id"]].append(
                    ClaimWithArticle(_claim(r["claim"]), _date(r["published"])))
        for rid in sorted(touched.gained):
            if rid not in touched.rebuild and rid not in current:
                full[rid] = touched.new_claims(rid)
        folded: dict[str, tuple[Relation, RelationSummary]] = {}
        for rid, rows in full.items():
            summary = RelationSummary().add(rows)
            rel = (derive_relation(rows) if len(rows) <= SMALL
                   else fold_summary(relation_key(rows[0].claim), summary))
            folded[rid] = (rel, summary)
        for rid in sorted(touched.gained):
            if rid not in full and rid not in touched.rebuild:
                new = touched.new_claims(rid)
                summary = _summary(current[rid]).add(new)
                folded[rid] = (fold_summary(relation_key(new[0].claim), summary), summary)

        drop: dict[str, list[str]] = defaultdict(list)
        for rid in sorted(touched.rebuild):
            if rid not in folded and rid in current:
                drop[touched.ends[rid][0]].append(rid)
        if drop:
            tx.run(cypher.DROP_RELATIONS, p=drop).consume()
        create: list[dict[str, Any]] = []
        update: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for rid, (rel, summary) in folded.items():
            props = _relation_props(rel, summary)
            if rid in current:
                update[rel.type].append(props)
            else:
                # WRITE_DERIVED makes the relationship type from this value: a vocabulary name.
                if rel.type not in PREDICATES:
                    raise StoreError(f"not a relation type: {rel.type!r}")
                create.append({"type": rel.type, "s": entities[rel.source]["eid"],
                               "t": entities[rel.target]["eid"], **props})
        return {"create": create, "update": update}

    def _derive_entities(self, tx: ManagedTransaction, touched: _Touched,
                         current: dict[str, Any]) -> dict[str, Any]:
        """Fold the touched entities again; drop those no article mentions any more.

        An entity that lost mentions folds from all its mentions (grouped on the server);
        one that only gained mentions from the variants stored on it (`current`) plus the new
        ones, so a country named in every article costs no more than a new entity. Returns
        WRITE_DERIVED's entity parameters.
        """
        scanned: dict[str, list[tuple[Mention, int]]] = defaultdict(list)
        if touched.rebuild_entities:
            for r in tx.run(cypher.ENTITY_MENTIONS,
                            p={"ids": sorted(touched.rebuild_entities)}):
                m = Mention(r["first"], r["id"], EntityType(r["type"]), r["name"],
                            tuple(r["aliases"] or ()))
                scanned[r["id"]].append((m, r["n"]))
        gone: list[str] = []
        variants: list[dict[str, Any]] = []
        changed: list[dict[str, Any]] = []
        for eid in sorted(touched.entities):
            if eid in touched.rebuild_entities:
                folded = scanned.get(eid, [])
            else:
                folded = _add_mentions(_variants(current[eid]["variants"]),
                                       touched.mentions[eid])
            if not folded:
                if eid in current:
                    gone.append(current[eid]["eid"])
                continue
            handle = current[eid]["eid"]
            variants.append({"eid": handle, "variants": _variants_json(folded)})
            e = fold_entity_counts(folded)
            now = current.get(eid)
            if now is not None and (now["type"], now["name"], list(now["aliases"] or ())) == (
                    e.type.value, e.name, list(e.aliases)):
                continue
            forms = (e.name, *e.aliases)
            # The type becomes a label in WRITE_DERIVED: an EntityType, so a vocabulary name.
            changed.append({
                "eid": handle, "type": e.type.value, "name": e.name, "aliases": list(e.aliases),
                "keys": sorted({name_key(f)[:KEY_CHARS] for f in forms}),
                # The words search queries are made of (query_words), so both sides agree.
                "words": sorted({" ".join(query_words(f)) for f in forms}),
            })
        return {"variants": variants, "entities": changed, "gone": gone}

    # ------------------------------------------------------------ articles and entities

    def get_article(self, article_id: str) -> tuple[Article, list[Claim]] | None:
        rows = self._read(cypher.GET_ARTICLE, id=article_id)
        if not rows:
            return None
        claims = sorted((_claim(c) for c in rows[0]["claims"]),
                        key=lambda c: (c.sentence_index, c.char_start, c.id))
        return _article(rows[0]["article"]), claims

    def get_entity(self, entity_id: str) -> Entity | None:
        rows = self._read(cypher.GET_ENTITIES, ids=[entity_id])
        return _entity(rows[0]) if rows else None

    @staticmethod
    def _index(tx: ManagedTransaction, index: str, query: str,
               type: EntityType | None) -> list[Entity]:
        rows = tx.run(cypher.ENTITIES_BY_INDEX, index=index, search=query,
                      type=None if type is None else type.value, limit=SEARCH_CANDIDATES)
        return [_entity(r) for r in rows]

    def _by_key(self, tx: ManagedTransaction, name: str,
                type: EntityType | None = None) -> list[Entity]:
        key = name_key(name)
        if not key:
            return []
        found = self._index(tx, cypher.ENTITY_KEYS_INDEX, _phrase(key[:KEY_CHARS]), type)
        # The index holds truncated keys: confirm on the whole forms.
        return [e for e in found if any(name_key(f) == key for f in (e.name, *e.aliases))]

    def find_by_name(self, name: str, limit: int = 20) -> list[Entity]:
        check_page(limit)
        found = self._run(False, lambda tx: self._by_key(tx, name))
        return sorted(found, key=lambda e: e.id)[:limit]

    def search_entities(
        self, query: str, type: EntityType | None = None, limit: int = 20
    ) -> list[Entity]:
        """Candidates from the exact, prefix and fuzzy index queries, ranked as SQLite's."""
        check_page(limit)
        if not query.strip() or limit == 0:
            return []
        words = query_words(query)[:16]

        def work(tx: ManagedTransaction) -> list[Entity]:
            found = self._by_key(tx, query, type)
            if words:
                prefix = " AND ".join(f"{w[:PREFIX_CHARS]}*" for w in words)
                found += self._index(tx, cypher.ENTITY_WORDS_INDEX, prefix, type)
                fuzzy = " OR ".join(f"{w}~" for w in words if len(w) <= FUZZY_CHARS)
                if fuzzy and len(found) < limit + SEARCH_CANDIDATES:
                    found += self._index(tx, cypher.ENTITY_WORDS_INDEX, fuzzy, type)
            return found

        return rank_entities(query, self._run(False, work), limit)

    # ------------------------------------------------------------ relations

    def _relation_params(self, q: RelationQuery) -> tuple[bool, dict[str, Any]]:
        check_types(q.types)
        check_page(q.limit, q.offset)
        check_direction(q.direction)
        entity, other = q.entity, q.other
        if entity is None and other is not None:
            entity, other = other, None
        params = {"entity": entity, "other": other, "direction": q.direction,
                  "types": list(q.types) or None, "symmetric": SYMMETRIC,
                  "limit": q.limit, "offset": q.offset,
                  **_date_params(q.date_from, q.date_to, q.as_of)}
        return entity is not None, params

    def relations(self, query: RelationQuery) -> list[Relation]:
        anchored, params = self._relation_params(query)
        text = (cypher.relations_of_entity(query.types, pair=params["other"] is not None)
                if anchored else cypher.RELATIONS_ALL)
        return [_relation(r) for r in self._read(text, **params)]

    def count_relations(self, query: RelationQuery) -> int:
        anchored, params = self._relation_params(query)
        text = (cypher.relations_of_entity(query.types, count=True,
                                           pair=params["other"] is not None)
                if anchored else cypher.COUNT_RELATIONS_ALL)
        n: int = self._read(text, **params)[0]["n"]
        return n

    def entity_summary(self, entity_id: str) -> EntitySummary:
        rows = self._read(cypher.ENTITY_SUMMARY, p={"id": entity_id})
        return summary_from_rows((r["type"], r["n"], r["first_key"], r["last_key"]) for r in rows)

    def get_relation(self, relation_id: str) -> Relation | None:
        rows = self._read(cypher.GET_RELATION, id=relation_id)
        return _relation(rows[0]) if rows else None

    def evidence(self, relation_id: str) -> list[Evidence]:
        found = []
        for r in self._read(cypher.EVIDENCE, id=relation_id):
            c, a = r["c"], r["a"]
            found.append(Evidence(
                claim_id=c["id"], relation_id=relation_id, sentence=c["sentence"],
                char_start=c["char_start"], char_end=c["char_end"], rule=c["rule"],
                confidence=c["confidence"], date=_date(c["date"]),
                date_source=DateSource(c["date_source"]), article_id=a["id"],
                article_title=a["title"], article_url=a["url"], article_source=a["source"],
                article_published=_date(a["published"]),
            ))

        def order(e: Evidence) -> tuple[object, ...]:  # as SQLite: published, undated last
            p = e.article_published
            return (p is None, p.start if p else dt.date.min, str(p), e.claim_id)

        return sorted(found, key=order)

    # ------------------------------------------------------------ walks

    def _pairs(self, tx: ManagedTransaction, nodes: Collection[str], types: tuple[str, ...],
               date_from: dt.date | None, date_to: dt.date | None) -> list[Pair]:
        """(source, target) of the relations a walk may follow from `nodes`."""
        rows = tx.run(cypher.TOUCHING, ids=sorted(nodes), types=list(types) or None,
                      **_date_params(date_from, date_to))
        return [Pair(r["source"], r["target"]) for r in rows]

    def _check_entities(self, tx: ManagedTransaction, ids: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(ids))
        known = {r["id"] for r in tx.run(cypher.ENTITY_IDS_IN, ids=wanted)}
        for eid in wanted:
            if eid not in known:
                raise NotFound(f"entity {eid!r} not found")

    def neighbourhood(
        self,
        entity_id: str,
        depth: int = 1,
        types: tuple[str, ...] = (),
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        limit: int = 200,
    ) -> Subgraph:
        check_types(types)
        if depth < 0 or limit < 1:
            raise InvalidInput(f"depth ({depth}) must be >= 0 and limit ({limit}) >= 1")

        cap = limit * RELATIONS_PER_NODE

        def work(tx: ManagedTransaction) -> Subgraph:
            self._check_entities(tx, [entity_id])
            kept, truncated = neighbourhood_nodes(
                entity_id, depth, limit,
                lambda nodes: self._pairs(tx, nodes, types, date_from, date_to))
            entities = {r["id"]: _entity(r) for r in tx.run(cypher.GET_ENTITIES, ids=kept)}
            found = [_relation(r.data()) for r in tx.run(
                cypher.AMONG, ids=kept, types=list(types) or None, cap=cap + 1,
                **_date_params(date_from, date_to))]
            relations, dropped = best_relations(found, cap)
            return Subgraph(
                entities={k: entities[k] for k in kept if k in entities},
                relations={r.id: r for r in sorted(relations, key=lambda r: r.id)},
                truncated=truncated or dropped)

        return self._run(False, work)

    def shortest_paths(
        self, source: str, target: str, max_hops: int = 3, types: tuple[str, ...] = (),
        limit: int = 10,
    ) -> list[Path]:
        check_types(types)
        check_page(limit)
        if not 0 <= max_hops <= cypher.MAX_HOPS:
            raise InvalidInput(f"max_hops ({max_hops}) must be between 0 and {cypher.MAX_HOPS}")

        def work(tx: ManagedTransaction) -> list[Path]:
            self._check_entities(tx, [source, target])
            if limit == 0:
                return []
            if source == target:
                return [Path((source,), ())]
            if max_hops == 0:
                return []
            text = (cypher.SHORTEST_PATHS_TYPED if types else cypher.SHORTEST_PATHS)[max_hops]
            routes = sorted(tuple(r["ids"]) for r in tx.run(
                text, source=source, target=target, types=list(types), limit=limit))[:limit]
            pairs = sorted({(a, b) for route in routes
                            for a, b in zip(route, route[1:], strict=False)})
            between: dict[frozenset[str], list[Relation]] = defaultdict(list)
            for row in tx.run(cypher.HOP_RELATIONS, pairs=[list(p) for p in pairs],
                              types=list(types) or None):
                rel = _relation(row.data())
                between[frozenset((rel.source, rel.target))].append(rel)
            return paths_from_routes(routes, between)

        return self._run(False, work)

    # ------------------------------------------------------------ whole store

    def best_connected(
        self, limit: int, type: EntityType | None = None
    ) -> tuple[list[tuple[Entity, int]], int]:
        check_ranking(limit)
        rows = self._read(cypher.BEST_CONNECTED, p={
            "type": None if type is None else type.value, "limit": limit})
        row = rows[0]  # one row: the aggregation always answers
        return [(_entity(item["e"]), item["n"]) for item in row["top"]], row["connected"]

    def relations_among(
        self, entity_ids: Collection[str], limit: int
    ) -> tuple[list[Relation], bool]:
        check_page(limit)
        rows = self._read(cypher.AMONG, ids=sorted(set(entity_ids)), types=None,
                          cap=limit + 1, **_date_params(None, None))
        return best_relations([_relation(r) for r in rows], limit)

    def latest_relations(self, limit: int) -> list[Relation]:
        check_page(limit)
        return [_relation(row) for row in self._read(cypher.LATEST_RELATIONS,
                                                     p={"limit": limit})]

    def stats(self) -> Stats:
        def work(tx: ManagedTransaction) -> Stats:
            entities = {r["type"]: r["n"] for r in tx.run(cypher.ENTITY_COUNTS) if r["n"]}
            relations = {r["type"]: r["n"] for r in tx.run(cypher.RELATION_COUNTS) if r["n"]}
            articles = tx.run(cypher.ARTICLE_COUNT).single(strict=True)["n"]
            claims = tx.run(cypher.CLAIM_COUNT).single(strict=True)["n"]
            first = tx.run(cypher.DATE_MIN).single()
            last = tx.run(cypher.DATE_MAX).single()
            return Stats(entities_by_type=entities, relations_by_type=relations,
                         articles=articles, claims=claims,
                         date_min=None if first is None else first["date"],
                         date_max=None if last is None else last["date"])

        return self._run(False, work)

    def dump(self) -> Iterator[dict[str, Any]]:
        """Entities, articles, claims, relations, each by id: the same lines as SQLite's.

        Streams from one read transaction; entity and article ids are sorted here, as Python
        (and SQLite) order strings, which differs from Cypher's for some non-ASCII text.
        """
        with self._errors(), self._session(False) as session, \
                session.begin_transaction() as tx:
            ids = sorted(r["id"] for r in tx.run(cypher.ENTITY_IDS))
            for i in range(0, len(ids), DUMP_CHUNK):
                chunk = ids[i:i + DUMP_CHUNK]
                got = {r["id"]: _entity(r) for r in tx.run(cypher.GET_ENTITIES, ids=chunk)}
                for eid in chunk:
                    yield entity_dict(got[eid])
            ids = sorted(r["id"] for r in tx.run(cypher.ARTICLE_IDS))
            for i in range(0, len(ids), DUMP_CHUNK):
                chunk = ids[i:i + DUMP_CHUNK]
                arts = {r["a"]["id"]: _article(r["a"])
                        for r in tx.run(cypher.ARTICLES_BY_IDS, ids=chunk)}
                for aid in chunk:
                    yield article_dict(arts[aid])
            # Claim and relation ids are hex hashes: Cypher's order is Python's.
            for r in tx.run(cypher.ALL_CLAIMS):
                yield claim_dict(_claim(r["c"]))
            for r in tx.run(cypher.ALL_RELATIONS):
                yield relation_dict(_relation(r.data()))

    def ping(self) -> None:
        # Auto-commit, so not retried: a health check answers at once.
        with self._errors(), self._session(False) as session:
            session.run(cypher.PING).consume()

    def wipe(self) -> None:
        """Delete all data, keep the schema and move the generation on (tests sharing one
        server, `diplograph reset`)."""
        with self._errors(), self._session(True) as session:
            session.run(cypher.WIPE).consume()
            session.run(cypher.BUMP_GENERATION).consume()

    def generation(self) -> str:
        rows = self._read(cypher.GENERATION)
        return str(rows[0]["generation"]) if rows else "0"

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        _release(self.url, self._user)

    # ------------------------------------------------------------ batched reads (the dossier)

    def get_entities(self, entity_ids: Collection[str]) -> dict[str, Entity]:
        rows = self._read(cypher.GET_ENTITIES, ids=sorted(set(entity_ids)))
        return {r["id"]: _entity(r) for r in rows}

    def related_ids(
        self, entity_id: str, types: tuple[str, ...] = (), direction: Direction = "both"
    ) -> dict[str, set[str]]:
        check_types(types)
        check_direction(direction)
        asked = tuple(sorted(set(types or PREDICATES)))
        # A symmetric relation is stored one way round: read it from either end.
        inbound = asked if direction != "out" else symmetric_types(asked)
        outbound = asked if direction != "in" else symmetric_types(asked)
        rows = self._read(cypher.related_ids(inbound, outbound), p={"id": entity_id})
        return {row["type"]: set(row["ids"]) for row in rows}

    def relations_touching(
        self, entity_ids: Collection[str], types: tuple[str, ...] = (), limit: int = 20_000
    ) -> list[Relation]:
        # The first `limit` of all is the first `limit` of the union of each entity's first
        # `limit`: one statement gives what a query per entity would.
        check_types(types)
        check_page(limit)
        rows = self._read(cypher.relations_touching(types), p={
            "ids": sorted(set(entity_ids)), "right": None, "limit": limit})
        # Sorted here too: Cypher and Python may order non-ASCII ids differently.
        return sorted((_relation(row) for row in rows), key=relation_sort_key)

    def relations_between(
        self, left: Collection[str], right: Collection[str], types: tuple[str, ...] = (),
        limit: int = 20_000,
    ) -> list[Relation]:
        check_types(types)
        check_page(limit)
        if len(set(right)) < len(set(left)):  # the same relations: expand the smaller side
            left, right = right, left
        rows = self._read(cypher.relations_touching(types), p={
            "ids": sorted(set(left)), "right": sorted(set(right)), "limit": limit})
        return sorted((_relation(row) for row in rows), key=relation_sort_key)

    def shared_links(
        self, left: Collection[str], right: Collection[str], types: tuple[str, ...],
        limit: int = 20_000, co_reported: tuple[str, ...] = (),
    ) -> list[Relation]:
        check_directed_types(types)
        check_co_reported(types, co_reported)
        check_page(limit)
        rows = self._read(cypher.shared_links(types, co_reported), p={
            "left": sorted(set(left)), "right": sorted(set(right)),
            "co_reported": list(co_reported), "limit": limit})
        return sorted((_relation(row) for row in rows), key=relation_sort_key)

    def relations_in_articles(
        self, article_ids: Collection[str], sources: Collection[str], types: tuple[str, ...],
        limit: int = 20_000,
    ) -> list[Relation]:
        check_directed_types(types)
        check_page(limit)
        rows = self._read(cypher.relations_in_articles(types), p={
            "articles": sorted(set(article_ids)), "sources": sorted(set(sources)),
            "types": list(types), "limit": limit})
        return sorted((_relation(row) for row in rows), key=relation_sort_key)

    def relation_articles(self, relation_ids: Collection[str]) -> dict[str, set[str]]:
        rows = self._read(cypher.RELATION_ARTICLES, p={"ids": sorted(set(relation_ids))})
        return {row["id"]: set(row["articles"]) for row in rows if row["articles"]}


__all__ = ["Neo4jStore"]

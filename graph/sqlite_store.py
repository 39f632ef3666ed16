"""The embedded store: one SQLite file (stdlib sqlite3, WAL), no server needed.

Claims and mentions are stored; entities and relations are derived from them and kept in their
own tables, re-derived only for the keys a write touched: from all their rows through
graph.derive when new or after a delete, else from a stored summary plus the new rows
(store_common.fold_summary / fold_variants), so hubs stay cheap to update.

Each thread gets its own connection (WAL lets readers run beside the one writer); a write batch
is one BEGIN IMMEDIATE transaction. Reads run in a snapshot and, with `query_timeout`, are
stopped by a progress handler (QueryTimeout). All SQL is parameterized; the only names spliced
into it are our own table names.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path as FsPath
from typing import Any

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
    fold_key,
    fold_summary,
    fold_variants,
    name_key,
    neighbourhood_nodes,
    paths_from_routes,
    prepare_record,
    query_words,
    rank_entities,
    relation_sort_key,
    shortest_routes,
    summary_from_rows,
    symmetric_types,
)
from graph.vocabulary import PREDICATES, EntityType

SCHEMA_VERSION = 3  # 2 is upgraded at open (MIGRATE_2_TO_3); 1, a first-day layout, is not
CHUNK = 500  # ids per IN (...) list; far below SQLite's variable limit
# Connections per store at most: each holds its own page cache (up to 64 MiB), and reads are
# CPU-bound in this process (2 cores); more threads than this wait for one.
MAX_CONNECTIONS = 4
# how long an open that SQLite reports busy at once is tried again (SQLiteStore.open)
OPEN_RETRY_S = 2.0
SEARCH_CANDIDATES = 300
FUZZY_TRIGRAMS = 4  # fuzzy search ORs at most this many of the query's rarest trigrams,
FUZZY_DOCS = 5000  # and adds more than one only while they hold this many forms in all
FTS_TABLES = ("entity_words", "entity_trigrams")  # our own table names, spliced into SQL
WAL_AUTOCHECKPOINT = 10_000  # pages (40 MiB at 4 KiB) between automatic checkpoints
WAL_SIZE_LIMIT = 128 * 1024 * 1024  # bytes the WAL file is cut back to after one

# For each claim of a co-reported type (CO_REPORTED_TYPES), each other source its article
# reports with a claim of the same type and target: shared_links reads a side's co-reported
# links here, by source, instead of every one of its hundreds of signings and their claims.
CO_REPORTS = """
CREATE TABLE IF NOT EXISTS co_reports (
    type TEXT NOT NULL,
    source TEXT NOT NULL,
    relation_id TEXT NOT NULL,
    other_source TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (type, source, relation_id, other_source, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS co_reports_article ON co_reports(article_id);
"""

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    title TEXT,
    source TEXT,
    published TEXT,
    published_start TEXT,
    place TEXT,
    text TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS articles_url ON articles(url) WHERE url IS NOT NULL;

CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);

-- Mentions of an entity grouped by their content, kept up to date on write: a hub entity
-- mentioned by thousands of articles folds from a handful of rows.
CREATE TABLE IF NOT EXISTS entity_variants (
    entity_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    n INTEGER NOT NULL,
    first_article TEXT NOT NULL,
    PRIMARY KEY (entity_id, type, name, aliases)
) WITHOUT ROWID;

-- Clustered by article: a batch's claims land on a few pages instead of one random page
-- each, which is what bounds the cost of a commit once the file is big.
CREATE TABLE IF NOT EXISTS claims (
    id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    relation_id TEXT NOT NULL,
    predicate TEXT NOT NULL,
    subject TEXT NOT NULL,
    object TEXT NOT NULL,
    date TEXT,
    date_source TEXT NOT NULL,
    sentence TEXT NOT NULL,
    sentence_index INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    rule TEXT NOT NULL,
    confidence REAL NOT NULL,
    extractor_version TEXT NOT NULL,
    PRIMARY KEY (article_id, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claims_relation ON claims(relation_id);

CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL
);

-- One row per name or alias; the two FTS tables index it (external content, kept in step by
-- _derive_entities with set-based statements: row triggers cost ten times more).
CREATE TABLE IF NOT EXISTS entity_forms (
    id INTEGER PRIMARY KEY,
    entity_id TEXT NOT NULL,
    form TEXT NOT NULL,
    form_key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entity_forms_entity ON entity_forms(entity_id);
CREATE INDEX IF NOT EXISTS entity_forms_key ON entity_forms(form_key);
CREATE VIRTUAL TABLE IF NOT EXISTS entity_words USING fts5(
    form, content='entity_forms', content_rowid='id', tokenize='unicode61 remove_diacritics 2',
    detail='none');
CREATE VIRTUAL TABLE IF NOT EXISTS entity_trigrams USING fts5(
    form, content='entity_forms', content_rowid='id', tokenize='trigram', detail='none');
-- How many forms hold each trigram: fuzzy search looks up the rarest ones only.
CREATE VIRTUAL TABLE IF NOT EXISTS entity_trigram_terms USING fts5vocab(entity_trigrams, 'row');

CREATE TABLE IF NOT EXISTS relations (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    symmetric INTEGER NOT NULL,
    date TEXT,
    date_end TEXT,
    undated INTEGER NOT NULL,     -- 1 when date is null: sorts last
    date_start TEXT,              -- ISO day: first day of `date`
    last_start TEXT,              -- ISO day: first day of date_end (or date)
    until TEXT,                   -- ISO day: last day of date_end (or date)
    first_reported TEXT,
    last_reported TEXT,
    claim_count INTEGER NOT NULL,
    article_count INTEGER NOT NULL,
    confidence REAL NOT NULL,
    miss REAL NOT NULL,           -- product of (1 - claim confidence), unrounded
    dates TEXT NOT NULL,          -- JSON {date: number of claims}: all a fold needs of them
    conflict INTEGER NOT NULL
);
-- Listing order per end, so "relations of X, first page" reads the first rows only; the
-- other end is in the index to filter pairs without reading the table.
CREATE INDEX IF NOT EXISTS relations_source
    ON relations(source, undated, date_start, date, type, id, target);
CREATE INDEX IF NOT EXISTS relations_target
    ON relations(target, undated, date_start, date, type, id, source);
CREATE INDEX IF NOT EXISTS relations_type ON relations(type, undated, date_start, date, id);
CREATE INDEX IF NOT EXISTS relations_order ON relations(undated, date_start, date, type, id);
CREATE INDEX IF NOT EXISTS relations_last ON relations(undated, last_start, until);

-- Running totals for stats(): (kind, key) -> n, e.g. ('entity', 'Country').
CREATE TABLE IF NOT EXISTS counts (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;
""" + CO_REPORTS

# Version 2 had no co_reports: made here from the claims, as co_report_rows makes them.
MIGRATE_2_TO_3 = CO_REPORTS + f"""
INSERT OR IGNORE INTO co_reports
    SELECT c.predicate, c.subject, c.relation_id, o.subject, c.article_id FROM claims c
    JOIN claims o ON o.article_id = c.article_id AND o.predicate = c.predicate
        AND o.object = c.object AND o.subject <> c.subject
    WHERE c.predicate IN ({", ".join(f"'{t}'" for t in CO_REPORTED_TYPES)});
"""

# The counts row that every committed change moves on by one: GraphStore.generation.
GENERATION = ("generation", "")

REL_COLS = ("id, type, source, target, date, date_end, first_reported, last_reported, "
            "claim_count, article_count, confidence, conflict")
CLAIM_COLS = ("id, article_id, predicate, subject, object, date, date_source, sentence, "
              "sentence_index, char_start, char_end, rule, confidence, extractor_version")
# The claim columns for folding: folds never read the sentence, so it stays on disk.
FOLD_COLS = ", ".join("c." + col for col in CLAIM_COLS.split(", ")).replace("c.sentence", "''")
RELATION_COLUMNS = (
    "id, type, source, target, symmetric, date, date_end, undated, date_start, last_start, "
    "until, first_reported, last_reported, claim_count, article_count, confidence, miss, "
    "dates, conflict")
ORDER = "ORDER BY undated, date_start, date, type, id"

# sqlite primary result codes we map to our errors
_BUSY, _LOCKED, _READONLY, _INTERRUPT, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = (
    5, 6, 8, 9, 10, 11, 13, 14, 26)


@lru_cache(maxsize=65536)
def _date(text: str | None) -> PartialDate | None:
    # Frozen values, so caching the parse is safe; relation rows repeat few distinct dates.
    return None if text is None else PartialDate.parse(text)


@lru_cache(maxsize=65536)
def _s(date: PartialDate | None) -> str | None:
    return None if date is None else str(date)


@lru_cache(maxsize=65536)
def _names_json(names: tuple[str, ...]) -> str:
    # Alias lists repeat across mentions; caching the encoding is measurable on ingest.
    return json.dumps(list(names))


@lru_cache(maxsize=65536)
def _names(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


@lru_cache(maxsize=65536)
def _date_counts(text: str) -> tuple[tuple[PartialDate, int], ...]:
    """A relation's stored `dates` JSON, parsed: {date: claims} in stored order."""
    out = []
    for key, n in json.loads(text).items():
        day = _date(key)
        assert day is not None
        out.append((day, n))
    return tuple(out)


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


def _order_key(column: str) -> str:
    """The SQL of store_common's partial-date sort key (NULL stays NULL): "1991-12" ->
    "1991-12-01" + "3" + "1991-12"."""
    return (f"({column} || substr('-01-01', length({column}) - 3) || (10 - length({column})) "
            f"|| {column})")


def _marks(n: int) -> str:
    return ",".join("?" * n)


def parse_url(url: str) -> FsPath:
    """sqlite:///relative/path.db or sqlite:////absolute/path.db -> the file path."""
    prefix = "sqlite:///"
    if not url[: len(prefix)].lower() == prefix:
        raise StoreError(f"not a SQLite store URL: {url!r}; use sqlite:///path/graph.db")
    rest = url[len(prefix):]
    if not rest or rest == ":memory:":
        raise StoreError(f"SQLite store URL {url!r} names no file; use sqlite:///path/graph.db")
    return FsPath(os.path.expanduser(rest))


def _relation(row: Sequence[Any]) -> Relation:
    # Relations are frozen: equal rows share one object. Reads of hubs (the dossier of two
    # countries reads ~1,000 relations) then skip most of the construction.
    return _relation_of(tuple(row[:12]))


@lru_cache(maxsize=32768)
def _relation_of(row: tuple[Any, ...]) -> Relation:
    return Relation(
        id=row[0], type=row[1], source=row[2], target=row[3], date=_date(row[4]),
        date_end=_date(row[5]), first_reported=_date(row[6]), last_reported=_date(row[7]),
        claim_count=row[8], article_count=row[9], confidence=row[10], conflict=bool(row[11]),
    )


def _claim(row: Sequence[Any]) -> Claim:
    return Claim(
        article_id=row[1], predicate=row[2], subject=row[3], object=row[4], date=_date(row[5]),
        date_source=DateSource(row[6]), sentence=row[7], sentence_index=row[8],
        char_start=row[9], char_end=row[10], rule=row[11], confidence=row[12],
        extractor_version=row[13],
    )


def _entity(row: Sequence[Any]) -> Entity:
    return Entity(row[0], EntityType(row[1]), row[2], _names(row[3]))


def _article(row: Sequence[Any]) -> Article:
    return Article(id=row[0], url=row[1], title=row[2], source=row[3], published=_date(row[4]),
                   place=row[5], text=row[6])


ARTICLE_COLS = "id, url, title, source, published, place, text"


class _Deadline:
    """The read deadline of one connection, checked by its progress handler."""

    __slots__ = ("at",)

    def __init__(self) -> None:
        self.at: float | None = None

    def expired(self) -> int:
        return 1 if self.at is not None and time.monotonic() > self.at else 0


class SQLiteStore:
    """GraphStore over one SQLite file."""

    def __init__(self, url: str, path: FsPath, query_timeout: float | None) -> None:
        self.url = url
        self.path = path
        self.query_timeout = query_timeout
        self._local = threading.local()  # the deadline of the connection a thread holds
        self._lock = threading.Lock()
        self._conns: list[sqlite3.Connection] = []  # every connection opened, to close
        self._idle: list[tuple[sqlite3.Connection, _Deadline]] = []
        self._free = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self._closed = False

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, url: str, query_timeout: float | None = None) -> SQLiteStore:
        path = parse_url(url)
        _check_path(path)
        # Processes opening a new file at once can meet the few busy cases in which SQLite
        # returns at once instead of calling the busy handler (seen: a driver failed in 0.2 s
        # while another created the file), so a busy open is tried again for a while.
        deadline = time.monotonic() + OPEN_RETRY_S
        while True:
            store = cls(url, path, query_timeout)
            try:
                store._prepare()
                return store
            except sqlite3.Error as exc:
                store.close()
                if _is_busy(exc) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                raise _open_error(path, exc) from exc
            except BaseException:
                store.close()
                raise

    def _prepare(self) -> None:
        """Check the file's schema version; create the schema in a new file, or migrate it."""
        path = self.path
        with self._borrowed() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{path} has schema version {version}, newer than this diplograph "
                    f"({SCHEMA_VERSION}); upgrade diplograph or use another file")
            if version == 2:
                conn.executescript(f"BEGIN IMMEDIATE; {MIGRATE_2_TO_3}; "
                                   f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
            elif 0 < version < SCHEMA_VERSION:
                raise StoreError(
                    f"{path} has schema version {version} from an earlier development build; "
                    "delete it (with its -wal and -shm files) and ingest again")
            if version == 0:
                # One transaction, so two processes creating the same file do not collide.
                conn.executescript(f"BEGIN IMMEDIATE; {SCHEMA}; "
                                   f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")

    def _connect(self) -> sqlite3.Connection:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves.
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                               timeout=10.0)
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB page cache per connection
        # No memory map: each connection maps the file on its own, so RSS counted every page
        # once per connection (up to 256 MiB each), for no measurable speed (BENCHMARKS.md).
        # A batch of 100 articles dirties thousands of pages spread over the indexes; checkpoint
        # every few batches rather than after each (the default, 1,000 pages), so a page that
        # several batches touch is copied back once, with one pair of fsyncs.
        conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")
        conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
        return conn

    @contextlib.contextmanager
    def _borrowed(self) -> Iterator[sqlite3.Connection]:
        """A connection of the store's few (MAX_CONNECTIONS; a thread waits for one), opened on
        first need; while the thread holds it, its deadline is the thread's. One connection
        per thread grew with the server's thread pool: 16 clients made 16, each with its page
        cache (and then a 256 MiB map of the file: 2.2 GB of RSS at 100k)."""
        if self._closed:
            raise StoreUnavailable(f"SQLite store {self.path} is closed")
        with self._free:
            with self._lock:
                held = self._idle.pop() if self._idle else None
            if held is None:
                held = self._new_connection()
            conn, deadline = held
            self._local.deadline = deadline
            try:
                yield conn
            finally:
                self._local.deadline = None
                if conn.in_transaction:  # a failed COMMIT: never lend it out mid-transaction
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                with self._lock:
                    if not self._closed:
                        self._idle.append(held)

    def _new_connection(self) -> tuple[sqlite3.Connection, _Deadline]:
        conn = self._connect()
        deadline = _Deadline()
        if self.query_timeout is not None:
            conn.set_progress_handler(deadline.expired, 1000)
        with self._lock:
            closed = self._closed
            if not closed:
                self._conns.append(conn)
        if closed:
            conn.close()
            raise StoreUnavailable(f"SQLite store {self.path} is closed")
        return conn, deadline

    # ------------------------------------------------------------ plumbing

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn sqlite3 errors into ours, naming the file."""
        try:
            yield
        except sqlite3.Error as exc:
            raise self._error(exc) from exc

    def _error(self, exc: sqlite3.Error) -> DiplographError:
        if self._closed or isinstance(exc, sqlite3.ProgrammingError):
            return StoreUnavailable(f"SQLite store {self.path} is closed")
        primary = _primary_code(exc)
        if primary == _INTERRUPT:
            return QueryTimeout(f"query ran longer than {self.query_timeout}s and was stopped")
        if _is_busy(exc):
            return StoreUnavailable(
                f"SQLite store {self.path} is locked by another writer; retry later")
        if primary in (_IOERR, _CANTOPEN, _FULL):
            return StoreUnavailable(
                f"SQLite store {self.path} cannot be read or written ({exc}); "
                "check that the file and its disk are still there")
        if primary in (_CORRUPT, _NOTADB):
            return StoreError(
                f"{self.path} is corrupt or not a SQLite database ({exc}); "
                "restore it from a backup or point DIPLOGRAPH_STORE at another file")
        if primary == _READONLY:
            return StoreError(f"SQLite store {self.path} is read-only; make it writable")
        return StoreError(f"SQLite store {self.path}: {exc}")

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """One read snapshot, stopped by the progress handler past the query timeout."""
        with self._guard(), self._borrowed() as conn:
            deadline: _Deadline = self._local.deadline
            if self.query_timeout is not None:
                deadline.at = time.monotonic() + self.query_timeout
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                deadline.at = None
                if conn.in_transaction:
                    conn.execute("COMMIT")

    def _check_deadline(self) -> None:
        """For Python work between queries (walks, ranking)."""
        deadline: _Deadline | None = getattr(self._local, "deadline", None)
        if deadline is not None and deadline.expired():
            raise QueryTimeout(f"query ran longer than {self.query_timeout}s and was stopped")

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT; any error rolls the whole batch back."""
        with self._guard(), self._borrowed() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                raise

    # ------------------------------------------------------------ writing

    def write_articles(self, records: Sequence[ArticleRecord]) -> list[WriteResult]:
        """One transaction for the batch. Results: claims and relations the article has as
        stored (after de-duplication), whether it was added, replaced or already there."""
        prepared = [prepare_record(r) for r in records]  # validation fails before any write
        results: list[WriteResult] = []
        batch = _Batch()
        with self._write() as conn:
            # What the batch could collide with, in two queries; an article is looked up one
            # by one only when its id or url is among these (or earlier in the batch).
            known_ids = self._existing(conn, "id", [rec.article.id for rec in prepared])
            known_urls = self._existing(
                conn, "url", [rec.article.url for rec in prepared if rec.article.url is not None])
            for rec in prepared:
                a = rec.article
                if a.id in known_ids or (a.url is not None and a.url in known_urls):
                    self._flush(conn, batch)  # the lookups below must see this batch's rows
                if a.id in known_ids and conn.execute(
                        "SELECT 1 FROM articles WHERE id = ?", (a.id,)).fetchone():
                    row = conn.execute(
                        "SELECT count(*), count(DISTINCT relation_id) FROM claims "
                        "WHERE article_id = ?", (a.id,)).fetchone()
                    results.append(WriteResult(a.id, WriteOutcome.UNCHANGED, row[0], row[1]))
                    continue
                outcome = WriteOutcome.ADDED
                if a.url is not None and a.url in known_urls:
                    old = conn.execute("SELECT id FROM articles WHERE url = ?",
                                       (a.url,)).fetchone()
                    if old is not None:
                        self._remove_article(conn, old[0], batch)
                        outcome = WriteOutcome.REPLACED
                self._insert(conn, rec, batch)
                known_ids.add(a.id)
                if a.url is not None:
                    known_urls.add(a.url)
                results.append(WriteResult(a.id, outcome, len(rec.claims), rec.relation_count))
            self._flush(conn, batch)
            self._derive(conn, batch)
        return results

    def _existing(self, conn: sqlite3.Connection, column: str, values: list[str]) -> set[str]:
        """The values of `column` (id or url: our own names) that articles already hold."""
        found: set[str] = set()
        for chunk in _chunks(values):
            found.update(r[0] for r in conn.execute(
                f"SELECT {column} FROM articles WHERE {column} IN ({_marks(len(chunk))})", chunk))
        return found

    def _insert(self, conn: sqlite3.Connection, rec: PreparedRecord, batch: _Batch) -> None:
        """Queue the article's rows (written by _flush) and note what they touch."""
        a = rec.article
        published = a.published
        batch.articles.append(
            (a.id, a.url, a.title, a.source, _s(published),
             _iso(published.start if published else None), a.place, a.text))
        batch.mention_rows.extend(
            (m.article_id, m.entity_id, m.type.value, m.name, _names_json(m.aliases))
            for m in rec.mentions)
        claims = batch.claims
        rows = batch.claim_rows
        for c, cid, rid in zip(rec.claims, rec.claim_ids, rec.relation_ids, strict=True):
            rows.append((rid, cid, c.article_id, c.predicate, c.subject, c.object, _s(c.date),
                         c.date_source.value, c.sentence, c.sentence_index, c.char_start,
                         c.char_end, c.rule, c.confidence, c.extractor_version))
            claims[rid].append((cid, ClaimWithArticle(c, published)))
        batch.co_report_rows.extend(co_report_rows(rec))
        batch.mentions.extend(rec.mentions)
        batch.counts[("articles", "")] += 1
        batch.counts[("claims", "")] += len(rec.claims)

    def _flush(self, conn: sqlite3.Connection, batch: _Batch) -> None:
        """Write the queued article, mention and claim rows: one statement per table."""
        if batch.articles:
            conn.executemany(
                "INSERT INTO articles (id, url, title, source, published, published_start, "
                "place, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch.articles)
        if batch.mention_rows:
            conn.executemany(
                "INSERT INTO mentions (article_id, entity_id, type, name, aliases) "
                "VALUES (?, ?, ?, ?, ?)", batch.mention_rows)
        if batch.claim_rows:
            conn.executemany(
                f"INSERT INTO claims (relation_id, {CLAIM_COLS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch.claim_rows)
        if batch.co_report_rows:
            conn.executemany(
                "INSERT OR IGNORE INTO co_reports (type, source, relation_id, other_source, "
                "article_id) VALUES (?, ?, ?, ?, ?)", batch.co_report_rows)
        batch.articles, batch.mention_rows, batch.claim_rows = [], [], []
        batch.co_report_rows = []

    def delete_article(self, article_id: str) -> bool:
        batch = _Batch()
        with self._write() as conn:
            if not conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                return False
            self._remove_article(conn, article_id, batch)
            self._derive(conn, batch)
        return True

    def _remove_article(self, conn: sqlite3.Connection, article_id: str, batch: _Batch) -> None:
        """Delete the rows; what they supported is re-derived from scratch in _derive."""
        batch.rebuild_entities.update(r[0] for r in conn.execute(
            "SELECT entity_id FROM mentions WHERE article_id = ?", (article_id,)))
        gone = [r[0] for r in conn.execute(
            "SELECT relation_id FROM claims WHERE article_id = ?", (article_id,))]
        batch.rebuild_relations.update(gone)
        batch.counts[("articles", "")] -= 1
        batch.counts[("claims", "")] -= len(gone)
        conn.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM co_reports WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def _derive(self, conn: sqlite3.Connection, batch: _Batch) -> None:
        self._derive_entities(conn, batch)
        self._derive_relations(conn, batch)
        if batch.counts:  # an article came or went: the graph changed
            batch.counts[GENERATION] += 1
        conn.executemany(
            "INSERT INTO counts (kind, key, n) VALUES (?, ?, ?) "
            "ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n",
            [(kind, key, n) for (kind, key), n in sorted(batch.counts.items()) if n])

    def _derive_entities(self, conn: sqlite3.Connection, batch: _Batch) -> None:
        """Update the mention variants, then fold every touched entity again; drop those no
        article mentions any more."""
        rebuild = sorted(batch.rebuild_entities)
        for chunk in _chunks(rebuild):
            marks = _marks(len(chunk))
            conn.execute(f"DELETE FROM entity_variants WHERE entity_id IN ({marks})", chunk)
            conn.execute(
                "INSERT INTO entity_variants (entity_id, type, name, aliases, n, first_article) "
                "SELECT entity_id, type, name, aliases, count(*), min(article_id) FROM mentions "
                f"WHERE entity_id IN ({marks}) GROUP BY entity_id, type, name, aliases", chunk)
        added: dict[tuple[str, str, str, str], list[Any]] = {}
        for m in batch.mentions:
            if m.entity_id in batch.rebuild_entities:
                continue  # already counted from the mentions table just above
            key = (m.entity_id, m.type.value, m.name, _names_json(m.aliases))
            seen = added.setdefault(key, [0, m.article_id])
            seen[0] += 1
            seen[1] = min(seen[1], m.article_id)
        conn.executemany(
            "INSERT INTO entity_variants (entity_id, type, name, aliases, n, first_article) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(entity_id, type, name, aliases) DO UPDATE "
            "SET n = n + excluded.n, first_article = min(first_article, excluded.first_article)",
            [(*key, n, first) for key, (n, first) in added.items()])
        touched = sorted(batch.rebuild_entities | {m.entity_id for m in batch.mentions})
        for chunk in _chunks(touched):
            marks = _marks(len(chunk))
            variants: dict[str, list[tuple[str, str, str, int, str]]] = defaultdict(list)
            for eid, type_, name, aliases, n, first in conn.execute(
                    "SELECT entity_id, type, name, aliases, n, first_article FROM entity_variants "
                    f"WHERE entity_id IN ({marks})", chunk):
                variants[eid].append((type_, name, aliases, n, first))
            current = {row[0]: row for row in conn.execute(
                f"SELECT id, type, name, aliases FROM entities WHERE id IN ({marks})", chunk)}
            gone = [eid for eid in chunk if eid not in variants and eid in current]
            changed: list[tuple[Any, ...]] = []
            for eid, vs in variants.items():
                type_, name, aliases = fold_variants(
                    [(t, nm, _names(al), n, first) for t, nm, al, n, first in vs])
                row = (eid, type_, name, _names_json(aliases))
                old = current.get(eid)
                if old != row:
                    changed.append(row)
                    if old is None or old[1] != row[1]:
                        batch.counts[("entity", row[1])] += 1
                    if old is not None and old[1] != row[1]:
                        batch.counts[("entity", old[1])] -= 1
            for eid in gone:
                batch.counts[("entity", current[eid][1])] -= 1
            self._drop_forms(conn, gone + [row[0] for row in changed])
            conn.executemany("DELETE FROM entities WHERE id = ?", [(eid,) for eid in gone])
            conn.executemany(
                "INSERT INTO entities (id, type, name, aliases) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET type = excluded.type, name = excluded.name, "
                "aliases = excluded.aliases", changed)
            # New rows get ids above the current maximum: index just those.
            top = conn.execute("SELECT coalesce(max(id), 0) FROM entity_forms").fetchone()[0]
            conn.executemany(
                "INSERT INTO entity_forms (entity_id, form, form_key) VALUES (?, ?, ?)",
                [(row[0], form, name_key(form))
                 for row in changed for form in (row[2], *_names(row[3]))])
            for fts in FTS_TABLES:
                conn.execute(f"INSERT INTO {fts} (rowid, form) "
                             "SELECT id, form FROM entity_forms WHERE id > ?", (top,))

    def _drop_forms(self, conn: sqlite3.Connection, entity_ids: Sequence[str]) -> None:
        """Remove the names and aliases of these entities, from the FTS tables first."""
        for chunk in _chunks(entity_ids):
            marks = _marks(len(chunk))
            for fts in FTS_TABLES:
                # External-content FTS deletes need the old values: the 'delete' command.
                conn.execute(f"INSERT INTO {fts} ({fts}, rowid, form) SELECT 'delete', id, form "
                             f"FROM entity_forms WHERE entity_id IN ({marks})", chunk)
            conn.execute(f"DELETE FROM entity_forms WHERE entity_id IN ({marks})", chunk)

    def _derive_relations(self, conn: sqlite3.Connection, batch: _Batch) -> None:
        """Fold every touched relation again; drop those no claim supports.

        A new relation, or one that lost claims, folds from all its claims (with graph.derive
        up to SMALL claims); one that only gained claims folds from its stored summary plus
        the new claims, so a hub relation costs no more than a fresh one.
        """
        touched = sorted(batch.rebuild_relations | set(batch.claims))
        for chunk in _chunks(touched):
            marks = _marks(len(chunk))
            current = {row[0]: row for row in conn.execute(
                "SELECT id, date, date_end, claim_count, article_count, miss, first_reported, "
                f"last_reported, type, dates FROM relations WHERE id IN ({marks})", chunk)}
            stored_rows: list[str] = []  # lost claims: fold from all claims in the table
            fresh: list[str] = []  # new relation: all its claims are in this batch
            summed: list[str] = []  # gained claims: stored summary plus the new claims
            for rid in chunk:
                if rid in batch.rebuild_relations:
                    stored_rows.append(rid)
                elif rid not in current:
                    fresh.append(rid)
                else:
                    summed.append(rid)
            all_rows = self._claims_of(conn, stored_rows)
            for rid in fresh:
                all_rows[rid] = [row for _, row in sorted(batch.claims[rid], key=_first)]
            folded: dict[str, tuple[Relation, RelationSummary]] = {}
            for rid, rows in all_rows.items():
                summary = RelationSummary().add(rows)
                rel = (derive_relation(rows) if len(rows) <= SMALL
                       else fold_summary(relation_key(rows[0].claim), summary, rid))
                folded[rid] = (rel, summary)
            stored = self._summaries(conn, summed, current)
            for rid in summed:
                new = [row for _, row in sorted(batch.claims[rid], key=_first)]
                summary = stored[rid].add(new)
                folded[rid] = (fold_summary(relation_key(new[0].claim), summary, rid), summary)
            self._store_relations(conn, batch, chunk, current, folded)

    def _claims_of(self, conn: sqlite3.Connection,
                   ids: Sequence[str]) -> dict[str, list[ClaimWithArticle]]:
        """All claims of these relations (with their article's date), in claim-id order."""
        rows: dict[str, list[tuple[str, ClaimWithArticle]]] = defaultdict(list)
        for chunk in _chunks(ids):
            for row in conn.execute(
                    f"SELECT c.relation_id, {FOLD_COLS}, a.published FROM claims c "
                    "JOIN articles a ON a.id = c.article_id "
                    f"WHERE c.relation_id IN ({_marks(len(chunk))})", chunk):
                rows[row[0]].append((row[1], ClaimWithArticle(_claim(row[1:15]), _date(row[15]))))
        # Sorting on the stored id here beats ORDER BY (a temporary B-tree in SQLite).
        return {rid: [c for _, c in sorted(pairs, key=lambda p: p[0])]
                for rid, pairs in rows.items()}

    def _summaries(self, conn: sqlite3.Connection, ids: Sequence[str],
                   current: dict[str, Any]) -> dict[str, RelationSummary]:
        out: dict[str, RelationSummary] = {}
        for rid in ids:
            row = current[rid]
            dates: Counter[PartialDate] = Counter(dict(_date_counts(row[9])))
            out[rid] = RelationSummary(claim_count=row[3], article_count=row[4], miss=row[5],
                                       dates=dates, first_reported=_date(row[6]),
                                       last_reported=_date(row[7]))
        return out

    def _store_relations(self, conn: sqlite3.Connection, batch: _Batch, ids: Sequence[str],
                         current: dict[str, Any],
                         folded: dict[str, tuple[Relation, RelationSummary]]) -> None:
        gone = [rid for rid in ids if rid not in folded and rid in current]
        upserts: list[tuple[Any, ...]] = []
        light: list[tuple[Any, ...]] = []
        for rid, (r, summary) in folded.items():
            old = current.get(rid)
            if old is None:
                batch.counts[("relation", r.type)] += 1
            if old is not None and (old[1], old[2]) == (_s(r.date), _s(r.date_end)):
                # Indexed columns unchanged: update the row only, not five indexes.
                light.append((_s(r.first_reported), _s(r.last_reported), r.claim_count,
                              r.article_count, r.confidence, summary.miss,
                              _dates_json(summary), int(r.conflict), rid))
            else:
                upserts.append(_relation_row(r, summary))
        for rid in gone:
            batch.counts[("relation", current[rid][8])] -= 1
        conn.executemany("DELETE FROM relations WHERE id = ?", [(rid,) for rid in gone])
        conn.executemany(
            f"INSERT OR REPLACE INTO relations ({RELATION_COLUMNS}) "
            f"VALUES ({_marks(RELATION_COLUMNS.count(',') + 1)})", upserts)
        conn.executemany(
            "UPDATE relations SET first_reported = ?, last_reported = ?, claim_count = ?, "
            "article_count = ?, confidence = ?, miss = ?, dates = ?, conflict = ? WHERE id = ?",
            light)

    # ------------------------------------------------------------ articles and entities

    def get_article(self, article_id: str) -> tuple[Article, list[Claim]] | None:
        with self._read() as conn:
            row = conn.execute(f"SELECT {ARTICLE_COLS} FROM articles WHERE id = ?",
                               (article_id,)).fetchone()
            if row is None:
                return None
            claims = [_claim(r) for r in conn.execute(
                f"SELECT {CLAIM_COLS} FROM claims WHERE article_id = ? "
                "ORDER BY sentence_index, char_start, id", (article_id,))]
            return _article(row), claims

    def get_entity(self, entity_id: str) -> Entity | None:
        with self._read() as conn:
            row = conn.execute("SELECT id, type, name, aliases FROM entities WHERE id = ?",
                               (entity_id,)).fetchone()
            return None if row is None else _entity(row)

    def _entities(self, conn: sqlite3.Connection, ids: Collection[str],
                  type: EntityType | None = None) -> dict[str, Entity]:
        found: dict[str, Entity] = {}
        listed = sorted(ids)
        for chunk in _chunks(listed):
            sql = f"SELECT id, type, name, aliases FROM entities WHERE id IN ({_marks(len(chunk))})"
            params: list[str] = list(chunk)
            if type is not None:
                sql += " AND type = ?"
                params.append(type.value)
            for row in conn.execute(sql, params):
                found[row[0]] = _entity(row)
        return found

    def get_entities(self, entity_ids: Collection[str]) -> dict[str, Entity]:
        with self._read() as conn:
            return self._entities(conn, set(entity_ids))

    def find_by_name(self, name: str, limit: int = 20) -> list[Entity]:
        check_page(limit)
        with self._read() as conn:
            rows = conn.execute(
                "SELECT DISTINCT e.id, e.type, e.name, e.aliases FROM entity_forms f "
                "JOIN entities e ON e.id = f.entity_id WHERE f.form_key = ? ORDER BY e.id "
                "LIMIT ?", (name_key(name), limit)).fetchall()
            return [_entity(r) for r in rows]

    def search_entities(
        self, query: str, type: EntityType | None = None, limit: int = 20
    ) -> list[Entity]:
        """Candidates from the indexes, ranked by store_common.rank_entities: exact names and
        aliases, names starting with the query (shortest first), names whose words start with
        the query's words (FTS), and only when those leave room, near spellings (trigrams)."""
        check_page(limit)
        if not query.strip() or limit == 0:
            return []
        type_sql = "" if type is None else " AND e.type = ?"
        type_args: list[str] = [] if type is None else [type.value]
        key = name_key(query)
        # Every form has its entity: join entities only to filter on the type.
        forms = ("FROM entity_forms f WHERE" if type is None
                 else "FROM entity_forms f JOIN entities e ON e.id = f.entity_id WHERE")
        with self._read() as conn:
            ids = [r[0] for r in conn.execute(
                f"SELECT f.entity_id {forms} f.form_key = ?{type_sql}", [key, *type_args])]
            ids += [r[0] for r in conn.execute(
                f"SELECT f.entity_id {forms} f.form_key > ? AND f.form_key < ?{type_sql} "
                "ORDER BY length(f.form_key), f.form_key LIMIT ?",
                [key, key + "\U0010ffff", *type_args, SEARCH_CANDIDATES])]
            words = query_words(query)
            if words and len(set(ids)) < limit:  # else word matches rank below all of these
                prefix = " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)
                ids += self._fts(conn, "entity_words", prefix, type_sql, type_args, ranked=False)
            entities = self._entities(conn, set(ids), type)
            found = rank_entities(query, (entities[i] for i in ids if i in entities), limit)
            folded = fold_key(query)
            grams = sorted({folded[i:i + 3] for i in range(len(folded) - 2)})
            if len(found) < limit and grams:
                self._check_deadline()
                # The rarest trigrams the names hold pick few, telling candidates; common
                # ones ("tan", "ers") would make ranking scan most of the index.
                known = sorted((row[0], g) for g in grams for row in conn.execute(
                    "SELECT doc FROM entity_trigram_terms WHERE term = ?", (g,)))
                grams, seen = [], 0
                for docs, g in known[:FUZZY_TRIGRAMS]:
                    if grams and seen + docs > FUZZY_DOCS:
                        break
                    grams.append(g)
                    seen += docs
            if len(found) < limit and grams:
                near = " OR ".join('"' + g.replace('"', '""') + '"' for g in grams)
                more = self._fts(conn, "entity_trigrams", near, type_sql, type_args, ranked=True)
                entities.update(self._entities(conn, set(more) - set(entities), type))
                ids += more
                found = rank_entities(query, (entities[i] for i in ids if i in entities), limit)
        return found

    def _fts(self, conn: sqlite3.Connection, table: str, match: str, type_sql: str,
             type_args: list[str], ranked: bool) -> list[str]:
        # `table` is one of our two FTS table names, never input. Ranking by bm25 costs a
        # pass over every match: only worth it for trigrams, where most matches are poor.
        order = "ORDER BY t.rank " if ranked else ""
        join = " JOIN entities e ON e.id = f.entity_id" if type_sql else ""
        return [r[0] for r in conn.execute(
            f"SELECT f.entity_id FROM {table} t JOIN entity_forms f ON f.id = t.rowid{join} "
            f"WHERE {table} MATCH ?{type_sql} {order}LIMIT ?",
            [match, *type_args, SEARCH_CANDIDATES])]

    # ------------------------------------------------------------ relations

    def _branches(self, q: RelationQuery) -> tuple[list[str], list[list[Any]]]:
        """The query as one or two WHERE clauses whose results are disjoint: one per end of
        the relation the entity may sit at, so each can walk its own index in listing order."""
        check_types(q.types)
        check_page(q.limit, q.offset)
        check_direction(q.direction)
        common: list[str] = []
        common_params: list[Any] = []
        if q.types:
            # With an entity, walk its end index ("+type" keeps SQLite from choosing the
            # type index, which would read every relation of the type).
            anchored = q.entity is not None or q.other is not None
            common.append(f"{'+' if anchored else ''}type IN ({_marks(len(q.types))})")
            common_params += list(q.types)
        date_sql, date_params = _date_filter(q.date_from, q.date_to, q.as_of)
        common += date_sql
        common_params += date_params
        entity, other = q.entity, q.other
        if entity is None and other is not None:
            entity, other = other, None
        branches: list[tuple[list[str], list[Any]]]
        if entity is None:
            branches = [([], [])]
        else:
            # The entity sits at `near`; symmetric relations are also read from `far`.
            near, far = ("target", "source") if q.direction == "in" else ("source", "target")
            first = [f"{near} = ?"]
            second = [f"{far} = ?", f"{near} != ?"]
            if q.direction != "both":
                second.append("symmetric = 1")
            first_p: list[Any] = [entity]
            second_p: list[Any] = [entity, entity]
            if other is not None:
                first.append(f"{far} = ?")
                first_p.append(other)
                second.append(f"{near} = ?")
                second_p.append(other)
            branches = [(first, first_p), (second, second_p)]
        wheres = []
        params = []
        for clauses, ps in branches:
            all_clauses = clauses + common
            wheres.append(" WHERE " + " AND ".join(all_clauses) if all_clauses else "")
            params.append(ps + common_params)
        return wheres, params

    def relations(self, query: RelationQuery) -> list[Relation]:
        wheres, params = self._branches(query)
        cols = f"{REL_COLS}, undated, date_start"
        sql = " UNION ALL ".join(f"SELECT {cols} FROM relations{w}" for w in wheres)
        with self._read() as conn:
            rows = conn.execute(f"{sql} {ORDER} LIMIT ? OFFSET ?",
                                [*sum(params, []), query.limit, query.offset]).fetchall()
        return [_relation(r) for r in rows]

    def count_relations(self, query: RelationQuery) -> int:
        wheres, params = self._branches(query)
        q = query
        if q.entity is None and q.other is None and q.date_from is None and q.date_to is None \
                and q.as_of is None:
            # The whole graph or whole types: the running totals, not a scan of every row.
            types = q.types or tuple(PREDICATES)
            with self._read() as conn:
                total: int = conn.execute(
                    "SELECT coalesce(sum(n), 0) FROM counts WHERE kind = 'relation' "
                    f"AND key IN ({_marks(len(types))})", types).fetchone()[0]
            return total
        sql = " + ".join(f"(SELECT count(*) FROM relations{w})" for w in wheres)
        with self._read() as conn:
            count: int = conn.execute(f"SELECT {sql}", sum(params, [])).fetchone()[0]
        return count

    def entity_summary(self, entity_id: str) -> EntitySummary:
        # One pass over the entity's rows in C; the sort keys are described in store_common.
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT type, count(*), min({_order_key('first_reported')}), "
                f"max({_order_key('last_reported')}) FROM relations WHERE source = ? "
                "GROUP BY type UNION ALL "
                f"SELECT type, count(*), min({_order_key('first_reported')}), "
                f"max({_order_key('last_reported')}) FROM relations "
                "WHERE target = ? AND source != ? GROUP BY type",
                (entity_id, entity_id, entity_id)).fetchall()
        return summary_from_rows(rows)

    def related_ids(
        self, entity_id: str, types: tuple[str, ...] = (), direction: Direction = "both"
    ) -> dict[str, set[str]]:
        check_types(types)
        check_direction(direction)
        near, far = ("target", "source") if direction == "in" else ("source", "target")
        # The entity at its near end, then at the far end: for "both", and for symmetric types
        # (stored one way round) in any direction. Each end index carries type and other end.
        far_types = types if direction == "both" else symmetric_types(types or PREDICATES)
        branches = [(f"SELECT type, {far} FROM relations WHERE {near} = ?", [entity_id], types)]
        if direction == "both" or far_types:
            branches.append((f"SELECT type, {near} FROM relations WHERE {far} = ? "
                             f"AND {near} != ?", [entity_id, entity_id], far_types))
        out: dict[str, set[str]] = {}
        with self._read() as conn:
            for sql, params, branch_types in branches:
                type_sql = f" AND +type IN ({_marks(len(branch_types))})" if branch_types else ""
                for type_, end in conn.execute(sql + type_sql, [*params, *branch_types]):
                    out.setdefault(type_, set()).add(end)
        return out

    def relations_touching(
        self, entity_ids: Collection[str], types: tuple[str, ...] = (), limit: int = 20_000
    ) -> list[Relation]:
        return self._touching(entity_ids, None, types, limit)

    def relations_between(
        self, left: Collection[str], right: Collection[str], types: tuple[str, ...] = (),
        limit: int = 20_000,
    ) -> list[Relation]:
        if len(set(right)) < len(set(left)):  # the same relations: walk the smaller side
            left, right = right, left
        return self._touching(left, right, types, limit)

    def _touching(self, ids: Collection[str], others: Collection[str] | None,
                  types: tuple[str, ...], limit: int) -> list[Relation]:
        """The relations (of these types) with an end among ids and, with `others`, the
        other end among them; in listing order, at most `limit`."""
        check_types(types)
        check_page(limit)
        # "+type": filter on the type without letting SQLite pick the type index over the
        # end indexes (a few ids among all the relations of a type).
        type_sql = f" AND +type IN ({_marks(len(types))})" if types else ""
        # `others` travels as one JSON parameter, however long; the end indexes carry the
        # other end, so rows whose other end is not among them are dropped before the table.
        other_sql = ("", "") if others is None else (
            " AND +target IN (SELECT value FROM json_each(?))",
            " AND +source IN (SELECT value FROM json_each(?))")
        other_params = [] if others is None else [json.dumps(sorted(set(others)))]
        found: dict[str, Relation] = {}
        listed = sorted(set(ids))
        with self._read() as conn:
            for chunk in _chunks(listed):
                self._check_deadline()
                marks = _marks(len(chunk))
                # Each branch walks one end index; UNION drops a relation met at both ends.
                for row in conn.execute(
                        f"SELECT {REL_COLS}, undated, date_start FROM relations "
                        f"WHERE source IN ({marks}){other_sql[0]}{type_sql} UNION "
                        f"SELECT {REL_COLS}, undated, date_start FROM relations "
                        f"WHERE target IN ({marks}){other_sql[1]}{type_sql} {ORDER} LIMIT ?",
                        [*chunk, *other_params, *types, *chunk, *other_params, *types, limit]):
                    if row[0] not in found:
                        found[row[0]] = _relation(row)
        if len(listed) <= CHUNK:  # one query: already in order
            return list(found.values())
        return sorted(found.values(), key=relation_sort_key)[:limit]

    def shared_links(
        self, left: Collection[str], right: Collection[str], types: tuple[str, ...],
        limit: int = 20_000, co_reported: tuple[str, ...] = (),
    ) -> list[Relation]:
        check_directed_types(types)
        check_co_reported(types, co_reported)
        check_page(limit)
        plain = [t for t in types if t not in co_reported]
        # lp/rp: each side's links of the plain types, from the source index alone (it
        # carries type, id and target). c: the links of co-reported types from a source on
        # one side that an article reports with a link of the same type and target from a
        # source on the other (co_reports; such a link's target is shared by construction),
        # and ct their targets. A plain link counts when its target is shared: linked by
        # both sides' plain links, or a co-reported target.
        side = ("SELECT id, target FROM relations WHERE source IN (SELECT value FROM "
                "json_each(?)) AND +type IN (SELECT value FROM json_each(?))")
        co = ("SELECT relation_id FROM co_reports WHERE type IN (SELECT value FROM "
              "json_each(?)) AND source IN (SELECT value FROM json_each(?)) "
              "AND +other_source IN (SELECT value FROM json_each(?))")
        left_ids, right_ids = json.dumps(sorted(set(left))), json.dumps(sorted(set(right)))
        plain_types, co_types = json.dumps(plain), json.dumps(list(co_reported))
        with self._read() as conn:
            rows = conn.execute(
                f"WITH lp AS ({side}), rp AS ({side}), c AS ({co} UNION {co}), "
                "ct AS (SELECT id, target FROM relations WHERE id IN c), "
                "shared AS (SELECT target FROM lp INTERSECT SELECT target FROM rp "
                "UNION SELECT target FROM ct) "
                f"SELECT {REL_COLS} FROM relations WHERE id IN ("
                "SELECT id FROM lp WHERE target IN shared UNION "
                "SELECT id FROM rp WHERE target IN shared UNION "
                f"SELECT id FROM ct) {ORDER} LIMIT ?",
                [left_ids, plain_types, right_ids, plain_types,
                 co_types, left_ids, right_ids, co_types, right_ids, left_ids, limit]
            ).fetchall()
        return [_relation(row) for row in rows]

    def relations_in_articles(
        self, article_ids: Collection[str], sources: Collection[str], types: tuple[str, ...],
        limit: int = 20_000,
    ) -> list[Relation]:
        check_directed_types(types)
        check_page(limit)
        # Claims are clustered by article and carry their relation's source (subject) and
        # type (predicate): the articles' claims are read in place, then only the relations
        # they name.
        type_sql = f" AND predicate IN ({_marks(len(types))})"
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {REL_COLS} FROM relations WHERE id IN ("
                "SELECT relation_id FROM claims WHERE article_id IN "
                "(SELECT value FROM json_each(?)) "
                f"AND subject IN (SELECT value FROM json_each(?)){type_sql}) {ORDER} LIMIT ?",
                [json.dumps(sorted(set(article_ids))), json.dumps(sorted(set(sources))),
                 *types, limit]).fetchall()
        return [_relation(row) for row in rows]

    def relation_articles(self, relation_ids: Collection[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        with self._read() as conn:
            for chunk in _chunks(sorted(set(relation_ids))):
                for rid, aid in conn.execute(  # from the claims_relation index alone
                        "SELECT relation_id, article_id FROM claims "
                        f"WHERE relation_id IN ({_marks(len(chunk))})", chunk):
                    out[rid].add(aid)
        return dict(out)

    def get_relation(self, relation_id: str) -> Relation | None:
        with self._read() as conn:
            row = conn.execute(f"SELECT {REL_COLS} FROM relations WHERE id = ?",
                               (relation_id,)).fetchone()
        return None if row is None else _relation(row)

    def _relations_by_id(self, conn: sqlite3.Connection,
                         ids: Collection[str]) -> dict[str, Relation]:
        found: dict[str, Relation] = {}
        for chunk in _chunks(sorted(ids)):
            for row in conn.execute(
                    f"SELECT {REL_COLS} FROM relations WHERE id IN ({_marks(len(chunk))})",
                    chunk):
                found[row[0]] = _relation(row)
        return found

    def evidence(self, relation_id: str) -> list[Evidence]:
        with self._read() as conn:
            rows = conn.execute(
                "SELECT c.id, c.sentence, c.char_start, c.char_end, c.rule, c.confidence, "
                "c.date, c.date_source, a.id, a.title, a.url, a.source, a.published "
                "FROM claims c JOIN articles a ON a.id = c.article_id "
                "WHERE c.relation_id = ? "
                "ORDER BY a.published_start IS NULL, a.published_start, a.published, c.id",
                (relation_id,)).fetchall()
        return [Evidence(
            claim_id=r[0], relation_id=relation_id, sentence=r[1], char_start=r[2],
            char_end=r[3], rule=r[4], confidence=r[5], date=_date(r[6]),
            date_source=DateSource(r[7]), article_id=r[8], article_title=r[9],
            article_url=r[10], article_source=r[11], article_published=_date(r[12]),
        ) for r in rows]

    # ------------------------------------------------------------ walks

    def _filters(self, types: tuple[str, ...], date_from: dt.date | None,
                 date_to: dt.date | None) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if types:
            clauses.append(f"type IN ({_marks(len(types))})")
            params += list(types)
        date_sql, date_params = _date_filter(date_from, date_to, None)
        return "".join(" AND " + c for c in clauses + date_sql), params + date_params

    def _pairs(self, conn: sqlite3.Connection, nodes: Collection[str], types: tuple[str, ...],
               date_from: dt.date | None, date_to: dt.date | None) -> set[Pair]:
        """Distinct (source, target) of the relations touching `nodes`; read from the two
        end indexes alone (they carry the other end, the type and the start date)."""
        tail, params = self._filters(types, date_from, date_to)
        found: set[Pair] = set()
        for chunk in _chunks(sorted(nodes)):
            self._check_deadline()
            marks = _marks(len(chunk))
            found.update(Pair(*row) for row in conn.execute(
                f"SELECT source, target FROM relations WHERE source IN ({marks}){tail} UNION "
                f"SELECT source, target FROM relations WHERE target IN ({marks}){tail}",
                [*chunk, *params, *chunk, *params]))
        return found

    def _among(self, conn: sqlite3.Connection, ids: Collection[str], tail: str,
               params: list[Any], cap: int) -> list[Relation]:
        """Relations with both ends in ids (and the filters of `tail`): the best supported
        cap + 1 of each pair of id chunks, so best_relations can cut at cap and know it did."""
        found: list[Relation] = []
        listed = sorted(set(ids))
        for chunk in _chunks(listed):
            for other in _chunks(listed):
                self._check_deadline()
                found += [_relation(r) for r in conn.execute(
                    f"SELECT {REL_COLS} FROM relations WHERE source IN ({_marks(len(chunk))}) "
                    f"AND target IN ({_marks(len(other))}){tail} "
                    "ORDER BY claim_count DESC, type, id LIMIT ?",
                    [*chunk, *other, *params, cap + 1])]
        return found

    def relations_among(
        self, entity_ids: Collection[str], limit: int
    ) -> tuple[list[Relation], bool]:
        check_page(limit)
        with self._read() as conn:
            return best_relations(self._among(conn, entity_ids, "", [], limit), limit)

    def neighbourhood(
        self,
        entity_id: str,
        depth: int = 1,
        types: tuple[str, ...] = (),
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        limit: int = 200,
    ) -> Subgraph:
        """Up to `limit` nodes around the entity (store_common.neighbourhood_nodes) and the
        relations among them that pass the filters (at most limit * RELATIONS_PER_NODE, the
        best supported)."""
        check_types(types)
        if depth < 0 or limit < 1:
            raise InvalidInput(f"depth ({depth}) must be >= 0 and limit ({limit}) >= 1")
        cap = limit * RELATIONS_PER_NODE
        tail, params = self._filters(types, date_from, date_to)
        with self._read() as conn:
            if not self._entities(conn, [entity_id]):
                raise NotFound(f"entity {entity_id!r} not found")
            kept, truncated = neighbourhood_nodes(
                entity_id, depth, limit,
                lambda nodes: self._pairs(conn, nodes, types, date_from, date_to))
            entities = self._entities(conn, kept)
            found = self._among(conn, kept, tail, params, cap)
        relations, dropped = best_relations(found, cap)
        return Subgraph(entities={k: entities[k] for k in kept if k in entities},
                        relations={r.id: r for r in sorted(relations, key=lambda r: r.id)},
                        truncated=truncated or dropped)

    def shortest_paths(
        self, source: str, target: str, max_hops: int = 3, types: tuple[str, ...] = (),
        limit: int = 10,
    ) -> list[Path]:
        """All shortest paths up to `max_hops` (store_common.shortest_routes), at most
        `limit`, each hop shown by its best supported relation."""
        check_types(types)
        check_page(limit)
        if max_hops < 0:
            raise InvalidInput(f"max_hops ({max_hops}) must not be negative")
        tail, params = self._filters(types, None, None)
        with self._read() as conn:
            known = self._entities(conn, [source, target])
            for end in (source, target):
                if end not in known:
                    raise NotFound(f"entity {end!r} not found")

            def hop(a: str, b: str, cols: str) -> list[Any]:
                """The best supported relation between a and b (hop_relation's order)."""
                return conn.execute(
                    f"SELECT {cols} FROM relations WHERE ((source = ? AND target = ?) OR "
                    f"(source = ? AND target = ?)){tail} "
                    "ORDER BY claim_count DESC, type, id LIMIT 1", [a, b, b, a, *params]
                ).fetchall()

            routes = shortest_routes(
                source, target, max_hops, limit,
                lambda nodes: self._pairs(conn, nodes, types, None, None),
                linked=lambda a, b: bool(hop(a, b, "1")))
            between: dict[frozenset[str], list[Relation]] = {}
            for route in routes:
                for a, b in zip(route, route[1:], strict=False):
                    if frozenset((a, b)) not in between:
                        between[frozenset((a, b))] = [_relation(r) for r in hop(a, b, REL_COLS)]
        return paths_from_routes(routes, between)

    # ------------------------------------------------------------ whole store

    def best_connected(
        self, limit: int, type: EntityType | None = None
    ) -> tuple[list[tuple[Entity, int]], int]:
        check_ranking(limit)
        # Each GROUP BY walks one end index in order: no relation row is read (a relation from
        # an entity to itself counts once). count(*) OVER () is the number of entities grouped,
        # computed before the LIMIT.
        kind = "" if type is None else " JOIN entities e ON e.id = d.id AND e.type = ?"
        params: list[Any] = [] if type is None else [type.value]
        with self._read() as conn:
            self._check_deadline()
            top = conn.execute(
                "SELECT d.id, sum(d.n) AS n, count(*) OVER () FROM (SELECT source AS id, "
                "count(*) AS n FROM relations GROUP BY source UNION ALL SELECT target, count(*) "
                f"FROM relations WHERE source != target GROUP BY target) d{kind} GROUP BY d.id "
                "ORDER BY n DESC, d.id "
                "LIMIT ?", [*params, limit]).fetchall()
            entities = self._entities(conn, [row[0] for row in top])
        connected: int = top[0][2] if top else 0
        return [(entities[eid], n) for eid, n, _ in top if eid in entities], connected

    def latest_relations(self, limit: int) -> list[Relation]:
        check_page(limit)
        with self._read() as conn:
            # last_start and until are the first and last day of one partial date, at most a
            # year apart. The limit-th latest last_start (read from the relations_last index)
            # is a day at least `limit` relations end after, so every relation of the answer
            # starts within a year before it: only those are sorted, not every dated one.
            row = conn.execute("SELECT last_start FROM relations WHERE undated = 0 "
                               "ORDER BY last_start DESC LIMIT 1 OFFSET ?",
                               (limit - 1,)).fetchone()
            bound, params = ("", []) if row is None else (
                " AND last_start >= date(?, '-366 days')", [row[0]])
            return [_relation(r) for r in conn.execute(
                f"SELECT {REL_COLS} FROM relations WHERE undated = 0{bound} "
                "ORDER BY until DESC, id DESC LIMIT ?", [*params, limit])]

    def stats(self) -> Stats:
        with self._read() as conn:
            counts: dict[str, dict[str, int]] = defaultdict(dict)
            for kind, key, n in conn.execute(
                    "SELECT kind, key, n FROM counts WHERE n != 0 ORDER BY kind, key"):
                counts[kind][key] = n
            first = conn.execute(
                "SELECT date FROM relations WHERE undated = 0 "
                "ORDER BY date_start, date LIMIT 1").fetchone()
            last = conn.execute(
                "SELECT coalesce(date_end, date) FROM relations WHERE undated = 0 "
                "ORDER BY last_start DESC, until DESC LIMIT 1").fetchone()
        return Stats(entities_by_type=counts["entity"], relations_by_type=counts["relation"],
                     articles=counts["articles"].get("", 0), claims=counts["claims"].get("", 0),
                     date_min=None if first is None else first[0],
                     date_max=None if last is None else last[0])

    def dump(self) -> Iterator[dict[str, Any]]:
        """Streams from its own connection and snapshot, so it may be consumed from any
        thread while other calls go on."""
        with self._guard():
            conn = self._connect()
        try:
            with self._guard():
                conn.execute("BEGIN")
                for row in conn.execute(
                        "SELECT id, type, name, aliases FROM entities ORDER BY id"):
                    yield entity_dict(_entity(row))
                for row in conn.execute(f"SELECT {ARTICLE_COLS} FROM articles ORDER BY id"):
                    yield article_dict(_article(row))
                for row in conn.execute(f"SELECT {CLAIM_COLS} FROM claims ORDER BY id"):
                    yield claim_dict(_claim(row))
                for row in conn.execute(f"SELECT {REL_COLS} FROM relations ORDER BY id"):
                    yield relation_dict(_relation(row))
        finally:
            conn.close()

    def generation(self) -> str:
        with self._read() as conn:
            row = conn.execute("SELECT n FROM counts WHERE kind = ? AND key = ?",
                               GENERATION).fetchone()
        return "0" if row is None else str(row[0])

    def ping(self) -> None:
        if not self.path.exists():
            raise StoreUnavailable(f"SQLite store file {self.path} is gone")
        with self._read() as conn:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()

    def wipe(self) -> None:
        """Delete everything but the generation, which moves on (tests, `diplograph reset`)."""
        with self._write() as conn:
            for table in ("claims", "co_reports", "mentions", "articles", "entity_variants",
                          "entity_forms", "entities", "relations"):
                conn.execute(f"DELETE FROM {table}")  # our own table names, never input
            conn.execute("DELETE FROM counts WHERE NOT (kind = ? AND key = ?)", GENERATION)
            conn.execute("INSERT INTO counts (kind, key, n) VALUES (?, ?, 1) "
                         "ON CONFLICT(kind, key) DO UPDATE SET n = n + 1", GENERATION)
            for table in FTS_TABLES:
                conn.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            conns, self._conns, self._idle = self._conns, [], []
        for conn in conns:
            with contextlib.suppress(sqlite3.Error):
                conn.close()


def _relation_row(r: Relation, summary: RelationSummary) -> tuple[Any, ...]:
    last = r.date_end or r.date
    return (r.id, r.type, r.source, r.target, int(PREDICATES[r.type].symmetric), _s(r.date),
            _s(r.date_end), int(r.date is None), _iso(r.date.start if r.date else None),
            _iso(last.start if last else None), _iso(last.end if last else None),
            _s(r.first_reported), _s(r.last_reported), r.claim_count, r.article_count,
            r.confidence, summary.miss, _dates_json(summary), int(r.conflict))


def _dates_json(summary: RelationSummary) -> str:
    # json.dumps(dict(sorted(...))) spelled out: date texts are digits and dashes only.
    return "{" + ", ".join(sorted(f'"{_s(d)}": {n}' for d, n in summary.dates.items())) + "}"


def _first(pair: tuple[str, Any]) -> str:
    return pair[0]


@dataclass
class _Batch:
    """What one write transaction changed, for _derive."""

    articles: list[tuple[Any, ...]] = field(default_factory=list)  # rows not written yet
    mention_rows: list[tuple[Any, ...]] = field(default_factory=list)
    claim_rows: list[tuple[Any, ...]] = field(default_factory=list)
    co_report_rows: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    claims: defaultdict[str, list[tuple[str, ClaimWithArticle]]] = field(
        default_factory=lambda: defaultdict(list))  # relation id -> (claim id, claim)
    rebuild_entities: set[str] = field(default_factory=set)  # lost a mention
    rebuild_relations: set[str] = field(default_factory=set)  # lost a claim
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)


def _date_filter(date_from: dt.date | None, date_to: dt.date | None,
                 as_of: dt.date | None) -> tuple[list[str], list[Any]]:
    """Overlap of [date.start, (date_end or date).end] with [date_from, date_to]; as_of keeps
    relations started by then. Any date filter drops undated relations."""
    clauses: list[str] = []
    params: list[Any] = []
    if date_from is not None or date_to is not None or as_of is not None:
        clauses.append("undated = 0")
    if date_from is not None:
        clauses.append("until >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        clauses.append("date_start <= ?")
        params.append(date_to.isoformat())
    if as_of is not None:
        clauses.append("date_start <= ?")
        params.append(as_of.isoformat())
    return clauses, params


def _check_path(path: FsPath) -> None:
    """Fail early, with the path and what to do, on the usual set-up mistakes."""
    parent = path.parent if str(path.parent) else FsPath(".")
    where = f"cannot open SQLite store {path}"
    if path.is_dir():
        raise StoreError(f"{where}: it is a folder; name a file such as {path / 'graph.db'}")
    if not parent.is_dir():
        raise StoreError(f"{where}: folder {parent} does not exist; create it first "
                         "or choose another path")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise StoreError(f"{where}: folder {parent} is read-only (SQLite needs to write its "
                         "journal beside the file); make it writable or choose another path")
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StoreError(f"{where}: the file is not readable and writable by this user; "
                         "fix its permissions or choose another path")


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def _is_busy(exc: sqlite3.Error) -> bool:
    return _primary_code(exc) in (_BUSY, _LOCKED)


def _open_error(path: FsPath, exc: sqlite3.Error) -> StoreError:
    primary = _primary_code(exc)
    if primary in (_NOTADB, _CORRUPT):
        return StoreError(f"cannot open SQLite store {path}: the file is not a SQLite database "
                          "or is corrupt; move it away or choose another path")
    if _is_busy(exc):
        return StoreUnavailable(f"cannot open SQLite store {path}: it is locked by another "
                                "process; retry later")
    return StoreError(f"cannot open SQLite store {path}: {exc}; check the path and its "
                      "permissions")


__all__ = ["SQLiteStore", "parse_url"]

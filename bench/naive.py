"""The naive writers the ingest benchmark compares against: one statement per claim, each in
its own transaction, the pattern most tutorials show. They write the same facts (articles,
entities, claims, relations counted per key) straight through sqlite3 / the neo4j driver."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.model import ArticleRecord

SQLITE_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, url TEXT, title TEXT, text TEXT,
                                     published TEXT);
CREATE TABLE IF NOT EXISTS entities (id TEXT PRIMARY KEY, type TEXT, name TEXT);
CREATE TABLE IF NOT EXISTS claims (id TEXT PRIMARY KEY, article_id TEXT, predicate TEXT,
                                   subject TEXT, object TEXT, date TEXT, sentence TEXT);
CREATE TABLE IF NOT EXISTS relations (key TEXT PRIMARY KEY, type TEXT, source TEXT,
                                      target TEXT, date TEXT, claims INTEGER);
"""

# One statement per claim: MERGE both ends, the claim and the relation, in one auto-commit
# transaction. Labels are the naive writer's own, so it never touches the real store's data.
NEO4J_CLAIM = """
MERGE (s:NaiveEntity {id: $subject}) ON CREATE SET s.name = $subject_name
MERGE (o:NaiveEntity {id: $object}) ON CREATE SET o.name = $object_name
MERGE (c:NaiveClaim {id: $claim}) SET c.predicate = $predicate, c.date = $date,
      c.sentence = $sentence, c.article = $article
MERGE (s)-[r:NAIVE_REL {type: $predicate, date: coalesce($date, '')}]->(o)
  ON CREATE SET r.claims = 1 ON MATCH SET r.claims = r.claims + 1
"""
NEO4J_ARTICLE = """
MERGE (a:NaiveArticle {id: $id}) SET a.url = $url, a.title = $title, a.text = $text
"""


@dataclass
class NaiveResult:
    articles: int = 0
    claims: int = 0
    extract_s: float = 0.0
    write_s: float = 0.0

    @property
    def total_s(self) -> float:
        return self.extract_s + self.write_s


def _names(record: ArticleRecord) -> dict[str, str]:
    return {e.id: e.name for e in record.entities}


def naive_sqlite(path: Path, articles: Iterable[dict[str, Any]], extract: Any) -> NaiveResult:
    """sqlite3 with its defaults (rollback journal, synchronous=FULL) and a commit per claim."""
    out = NaiveResult()
    conn = sqlite3.connect(path)
    try:
        conn.executescript(SQLITE_SCHEMA)
        for a in articles:
            t0 = time.perf_counter()
            record: ArticleRecord = extract(a["text"], title=a.get("title"), url=a.get("url"),
                                            published=None, source=a.get("source"))
            t1 = time.perf_counter()
            art = record.article
            conn.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?)",
                         (art.id, art.url, art.title, art.text, str(art.published)))
            conn.commit()
            types = {e.id: e.type.value for e in record.entities}
            names = _names(record)
            for c in record.claims:
                for eid in (c.subject, c.object):
                    conn.execute("INSERT OR IGNORE INTO entities VALUES (?, ?, ?)",
                                 (eid, types[eid], names[eid]))
                date = None if c.date is None else str(c.date)
                conn.execute("INSERT OR REPLACE INTO claims VALUES (?, ?, ?, ?, ?, ?, ?)",
                             (c.id, c.article_id, c.predicate, c.subject, c.object, date,
                              c.sentence))
                conn.execute(
                    "INSERT INTO relations VALUES (?, ?, ?, ?, ?, 1) "
                    "ON CONFLICT(key) DO UPDATE SET claims = claims + 1",
                    ("|".join((c.predicate, c.subject, c.object, date or "")), c.predicate,
                     c.subject, c.object, date))
                conn.commit()
                out.claims += 1
            out.write_s += time.perf_counter() - t1
            out.extract_s += t1 - t0
            out.articles += 1
    finally:
        conn.close()
    return out


def naive_neo4j(uri: str, articles: Iterable[dict[str, Any]], extract: Any) -> NaiveResult:
    """One auto-commit MERGE statement per claim (uniqueness constraints in place, as any
    tutorial that cares about MERGE would have)."""
    import neo4j

    out = NaiveResult()
    driver = neo4j.GraphDatabase.driver(uri, auth=None)
    try:
        with driver.session() as s:
            for label in ("NaiveEntity", "NaiveClaim", "NaiveArticle"):
                s.run(f"CREATE CONSTRAINT naive_{label.lower()} IF NOT EXISTS "
                      f"FOR (n:{label}) REQUIRE n.id IS UNIQUE").consume()
            for a in articles:
                t0 = time.perf_counter()
                record: ArticleRecord = extract(a["text"], title=a.get("title"),
                                                url=a.get("url"), published=None,
                                                source=a.get("source"))
                t1 = time.perf_counter()
                art = record.article
                s.run(NEO4J_ARTICLE, id=art.id, url=art.url, title=art.title,
                      text=art.text).consume()
                names = _names(record)
                for c in record.claims:
                    s.run(NEO4J_CLAIM, subject=c.subject, object=c.object,
                          subject_name=names[c.subject], object_name=names[c.object],
                          claim=c.id, predicate=c.predicate,
                          date=None if c.date is None else str(c.date), sentence=c.sentence,
                          article=c.article_id).consume()
                    out.claims += 1
                out.write_s += time.perf_counter() - t1
                out.extract_s += t1 - t0
                out.articles += 1
    finally:
        driver.close()
    return out


def drop_naive_neo4j(uri: str) -> None:
    """Remove what naive_neo4j wrote (in batches: one huge delete would need a huge heap)."""
    import neo4j

    driver = neo4j.GraphDatabase.driver(uri, auth=None)
    try:
        with driver.session() as s:
            for label in ("NaiveClaim", "NaiveEntity", "NaiveArticle"):
                while True:
                    n = s.run(f"MATCH (n:{label}) WITH n LIMIT 5000 DETACH DELETE n "
                              "RETURN count(*) AS n").single()
                    if n is None or n["n"] == 0:
                        break
                s.run(f"DROP CONSTRAINT naive_{label.lower()} IF EXISTS").consume()
    finally:
        driver.close()

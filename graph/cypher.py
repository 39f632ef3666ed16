"""Every Cypher statement the Neo4j store runs, as literal text with $parameters.

Values always travel as parameters. Labels and relationship types cannot be parameters, so the
few statements that need one are stamped out here, once, for each name in graph.vocabulary
(never from input): the per-type tables below are keyed by those names, and looking up any other
name is a KeyError.

Data model:
    (:Entity:Country {id, type, name, aliases, keys, words, variants})
                                     keys/words: index-only forms; variants: mention summary
    (:Article {id, text, title, url, url_key, source, published, published_start, place})
    (:Article)-[:MENTIONS {type, name, aliases}]->(:Entity)     what entities are folded from
    (:Claim {id, article_id, relation_id, predicate, subject, object, date, date_start,
             date_end, date_precision, date_source, sentence, sentence_index, char_start,
             char_end, rule, confidence, extractor_version})
    (:Claim)-[:FROM]->(:Article), -[:SUBJECT]->(:Entity), -[:OBJECT]->(:Entity)
    (:Entity)-[:RECOGNIZED {id, date, date_end, date_start, last_start, until, first_reported,
             last_reported, claim_count, article_count, confidence, conflict,
             miss, dates, date_counts}]->(:Entity)     the last three: RelationSummary
    (:Entity)-[:CO_REPORTED {type, relation_id, article_id}]->(:Entity)
             an article reports the relation (of a CO_REPORTED_TYPES type) from the first
             entity and one of the same type and target from the second (shared_links)
Dates are kept as text ("1991-12", the source of truth) plus native dates for filtering:
date_start = first day of `date`, last_start/until = first/last day of (date_end or date).
Native dates travel as ISO text and are made by date() here: the driver's Python conversion of
date values costs more than the rest of a write's parameters.
"""

from __future__ import annotations

import functools
import re

from graph.vocabulary import RELATION_TYPES, EntityType

MAX_HOPS = 10  # longest shortest-path query we have text for

_NAME = re.compile(r"^[A-Z][A-Za-z_]*$")
for _n in (*RELATION_TYPES, *(t.value for t in EntityType)):
    assert _NAME.match(_n), f"vocabulary name {_n!r} is not safe in Cypher"

# Every vocabulary relationship type, for patterns that must not wander onto MENTIONS/FROM/...
_ALL = "|".join(RELATION_TYPES)
_TYPE_LABELS = ":".join(t.value for t in EntityType)


def _per_type(template: str) -> dict[str, str]:
    return {name: template.replace("__TYPE__", name) for name in RELATION_TYPES}


def _all(template: str) -> str:
    return template.replace("__ALL__", _ALL)


# ---------------------------------------------------------------- schema

ENTITY_KEYS_INDEX = "entity_keys"  # keyword analyzer over name_key(name/alias): exact lookups
ENTITY_WORDS_INDEX = "entity_words"  # query_words() of each name/alias: prefix and fuzzy
CO_REPORTS_INDEX = "co_reported_article"

SCHEMA: dict[str, str] = {
    "entity_id": "CREATE CONSTRAINT entity_id IF NOT EXISTS "
                 "FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    "article_id": "CREATE CONSTRAINT article_id IF NOT EXISTS "
                  "FOR (n:Article) REQUIRE n.id IS UNIQUE",
    "claim_id": "CREATE CONSTRAINT claim_id IF NOT EXISTS "
                "FOR (n:Claim) REQUIRE n.id IS UNIQUE",
    # One Generation node; the constraint makes concurrent MERGEs of it safe.
    "generation_id": "CREATE CONSTRAINT generation_id IF NOT EXISTS "
                     "FOR (n:Generation) REQUIRE n.id IS UNIQUE",
    # A hash of the URL: a range index refuses values over ~8 KB and URLs come from outside.
    "article_url_key": "CREATE INDEX article_url_key IF NOT EXISTS "
                       "FOR (n:Article) ON (n.url_key)",
    "claim_relation_id": "CREATE INDEX claim_relation_id IF NOT EXISTS "
                         "FOR (n:Claim) ON (n.relation_id)",
    # Made after BACKFILL_CO_REPORTS: a graph without it was written before co-reports were.
    CO_REPORTS_INDEX: "CREATE INDEX co_reported_article IF NOT EXISTS "
                      "FOR ()-[r:CO_REPORTED]-() ON (r.article_id)",
    ENTITY_KEYS_INDEX: "CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS "
                       "FOR (n:Entity) ON EACH [n.keys] "
                       "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
    ENTITY_WORDS_INDEX: "CREATE FULLTEXT INDEX entity_words IF NOT EXISTS "
                        "FOR (n:Entity) ON EACH [n.words] "
                        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}",
    **{
        f"relation_{name.lower()}_id": (
            f"CREATE CONSTRAINT relation_{name.lower()}_id IF NOT EXISTS "
            f"FOR ()-[r:{name}]-() REQUIRE r.id IS UNIQUE"
        )
        for name in RELATION_TYPES
    },
    # latest_relations reads each type's latest relations from its index, in order.
    **{
        f"relation_{name.lower()}_until": (
            f"CREATE INDEX relation_{name.lower()}_until IF NOT EXISTS "
            f"FOR ()-[r:{name}]-() ON (r.until)"
        )
        for name in RELATION_TYPES
    },
}

SCHEMA_NAMES = "SHOW INDEXES YIELD name RETURN collect(name) AS names"
AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)"
PING = "RETURN 1 AS ok"
# A graph written before co-reports were gets them from its claims, as
# store_common.co_report_rows makes them (MERGE: a second process doing the same at the same
# time adds nothing). Batched like WIPE, auto-commit only.
BACKFILL_CO_REPORTS = """
MATCH (c:Claim) WHERE c.predicate IN $types
CALL (c) {
  MATCH (c)-[:FROM]->(:Article)<-[:FROM]-(o:Claim)
  WHERE o.predicate = c.predicate AND o.object = c.object AND o.subject <> c.subject
  WITH DISTINCT c, o.subject AS other
  MATCH (s:Entity {id: c.subject}), (t:Entity {id: other})
  MERGE (s)-[:CO_REPORTED {type: c.predicate, relation_id: c.relation_id,
                           article_id: c.article_id}]->(t)
} IN TRANSACTIONS OF 2000 ROWS
"""
# Batched, so wiping a big graph does not need one huge transaction (auto-commit only).
WIPE = ("MATCH (n) WHERE NOT n:Generation "
        "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")

# GraphStore.generation: a counter that every transaction which changes the graph moves on,
# as its last statement, so writers take its lock after all others (no lock-order cycle) and
# hold it only for their commit. The epoch tells a re-created node from the old one.
BUMP_GENERATION = ("MERGE (g:Generation {id: 'graph'}) "
                   "ON CREATE SET g.epoch = randomUUID(), g.n = 0 SET g.n = g.n + 1")
GENERATION = "MATCH (g:Generation {id: 'graph'}) RETURN g.epoch + '-' + g.n AS generation"

# ---------------------------------------------------------------- writing

# A write batch is three statements and a commit whatever its size (see
# graph.neo4j_store._write_batch): STORED_ARTICLES (what is there), WRITE_ARTICLES (the new
# articles with their mentions and claims; it returns what the derived graph folds them into)
# and, after folding in Python, WRITE_DERIVED (relations and entities). Removing articles adds
# TOUCHED_BY_ARTICLES and DELETE_ARTICLES, the rebuild reads (RELATION_CLAIMS,
# ENTITY_MENTIONS) and DERIVED_STATE or ENTITY_STATES for what no new article touches.
#
# Plans. Each write statement takes one map parameter, $p: the plan cache keys a plan on the
# types of its parameters and on the size bucket of each list parameter, so top-level lists
# whose sizes vary from batch to batch would have the planner plan the same statement again
# and again (seconds of server CPU for the larger ones). And `replan=skip`: a write statement
# keeps the plan it was first given, not re-planned whenever the counts it was planned with
# have drifted (every few batches while a graph grows from empty). Both are safe because every
# MATCH and MERGE here is a seek on a unique constraint, a hinted index or an element id, the
# cheapest plan whatever the statistics say.
#
# Seeks. Inside one transaction, nodes and relationships found once are handed back by element
# id (`elementId(x) = ...`: a direct record lookup, no index, on things the transaction has
# locked), and the entities one statement merges are kept in a list and picked by position:
# one index seek per entity and per relation per batch, not several per claim.
#
# Independent parts of one statement are chained with `WITH count(*) AS _`: one row however
# many the part had (or none), so the next part runs once.
_WRITE = "CYPHER replan=skip\n"

# What is stored under the batch's article ids (with what it holds), and which articles the
# batch's URLs (as hashes) already have.
STORED_ARTICLES = _WRITE + """
UNWIND $p.ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (c:Claim)-[:FROM]->(a)
RETURN 'stored' AS kind, id, null AS url, count(c) AS claims,
       count(DISTINCT c.relation_id) AS relations
UNION ALL
UNWIND $p.keys AS key
MATCH (a:Article {url_key: key})
USING INDEX a:Article(url_key)
RETURN 'url' AS kind, a.id AS id, a.url AS url, null AS claims, null AS relations
"""

TOUCHED_BY_ARTICLES = _WRITE + """
UNWIND $p.ids AS id
MATCH (a:Article {id: id})
RETURN [(a)-[:MENTIONS]->(e:Entity) | e.id] AS entities,
       [(c:Claim)-[:FROM]->(a) | [c.relation_id, c.predicate, c.subject, c.object]] AS relations
"""

DELETE_ARTICLES = _WRITE + """
UNWIND $p.ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (c:Claim)-[:FROM]->(a)
  DETACH DELETE c
}
CALL (a) {
  MATCH ()-[k:CO_REPORTED {article_id: a.id}]->()
  USING INDEX k:CO_REPORTED(article_id)
  DELETE k
}
DETACH DELETE a
"""

# The touched relations that exist ($p.relations.RECOGNIZED: the ids of that type, ...; one
# unique-index seek each) with the summary new claims fold into (store_common.RelationSummary).
# One row: `relations`, a list.
_RELATION_STATES = "CALL () {\n  CALL () {" + "\n  UNION ALL".join(_per_type("""
    UNWIND $p.relations.__TYPE__ AS id
    MATCH ()-[r:__TYPE__ {id: id}]->()
    RETURN r {.id, .claim_count, .article_count, .miss, .dates, .date_counts,
              .first_reported, .last_reported} AS r""").values()) + """
  }
  RETURN collect(r) AS relations
}
"""

# An entity as folded, its element id, and the mention variants it was folded from (JSON).
_ENTITY_STATE = "e {.id, .type, .name, .aliases, .variants, eid: elementId(e)}"

ENTITY_STATES = _WRITE + f"""
UNWIND $p.ids AS id
MATCH (e:Entity {{id: id}})
RETURN {_ENTITY_STATE} AS e
"""

# Locks: reads take none, so two writers folding the same relation or entity would both fold
# from the state before either wrote, and one's claims would be lost from the counts. Writing a
# property (the id, unchanged) takes the node's write lock, held until commit; the state is
# read after. Every touched relation has both its ends among the touched entities, so locking
# those, in id order (concurrent writers then queue alike; a deadlock is retried), serializes
# the writers that fold the same thing, and the state each reads is the last one committed.
_LOCK_ENTITIES = """CALL () {
  UNWIND $p.lock AS id
  MATCH (e:Entity {id: id})
  SET e.id = id
}
"""

# The state of what a removal touched, when no new article was written (its entities locked
# first: $p.lock, sorted).
DERIVED_STATE = _WRITE + _LOCK_ENTITIES + _RELATION_STATES + f"""
CALL () {{
  UNWIND $p.entities AS id
  MATCH (e:Entity {{id: id}})
  RETURN collect({_ENTITY_STATE}) AS entities
}}
RETURN relations, entities
"""

# The entities the new articles name, merged and write-locked (SET, see _LOCK_ENTITIES) in id
# order (concurrent writers then lock shared ones alike) before any state is read, and kept in
# that order: mentions and claims name them by position (m.entity, c.s, c.o). $p.lock: the
# other entities the batch touched (those of articles it replaced), locked too, in id order.
# The guard turns a list out of step with $p.entities into a failed batch (no row
# comes back), never a wrong graph. Then each article with its mentions and claims, and the
# state of the relations they touch. Explicit property maps (not `SET c = row`): no Eager.
WRITE_ARTICLES = _WRITE + """
UNWIND $p.entities AS id
MERGE (e:Entity {id: id})
SET e.id = id
WITH collect(e) AS ents
WHERE size(ents) = size($p.entities)
  AND all(i IN range(0, size(ents) - 1) WHERE ents[i].id = $p.entities[i])
CALL () {
  UNWIND $p.lock AS id
  MATCH (e:Entity {id: id})
  SET e.id = id
}
UNWIND $p.articles AS row
CREATE (a:Article {id: row.id, text: row.text, title: row.title, url: row.url,
                   url_key: row.url_key, source: row.source, published: row.published,
                   published_start: date(row.published_start), place: row.place})
WITH ents, a, row
CALL (ents, a, row) {
  UNWIND row.mentions AS m
  WITH a, m, ents[m.entity] AS e
  CREATE (a)-[:MENTIONS {type: m.type, name: m.name, aliases: m.aliases}]->(e)
}
CALL (ents, a, row) {
  UNWIND row.claims AS c
  WITH a, c, ents[c.s] AS s, ents[c.o] AS o
  CREATE (x:Claim {id: c.id, article_id: c.article_id, relation_id: c.relation_id,
                   predicate: c.predicate, subject: c.subject, object: c.object,
                   date: c.date, date_start: date(c.date_start), date_end: date(c.date_end),
                   date_precision: c.date_precision, date_source: c.date_source,
                   sentence: c.sentence, sentence_index: c.sentence_index,
                   char_start: c.char_start, char_end: c.char_end, rule: c.rule,
                   confidence: c.confidence, extractor_version: c.extractor_version})
  CREATE (x)-[:FROM]->(a), (x)-[:SUBJECT]->(s), (x)-[:OBJECT]->(o)
}
CALL (ents, row) {
  UNWIND row.co_reports AS k
  WITH k, ents[k.s] AS s, ents[k.o] AS o
  CREATE (s)-[:CO_REPORTED {type: k.type, relation_id: k.relation_id, article_id: row.id}]->(o)
}
WITH ents, count(*) AS _
""" + _RELATION_STATES + f"""RETURN relations, [e IN ents | {_ENTITY_STATE}] AS entities
"""

# Identical mentions grouped on the server (only for entities that lost mentions: the others
# fold from their stored variants).
# Index hints here and below: with few articles and many claims the planner's estimates
# otherwise lead it to scan articles and expand to every claim, once per input row.
ENTITY_MENTIONS = _WRITE + """
UNWIND $p.ids AS id
MATCH (a:Article)-[m:MENTIONS]->(e:Entity {id: id})
USING INDEX e:Entity(id)
RETURN id, m.type AS type, m.name AS name, m.aliases AS aliases,
       count(*) AS n, min(a.id) AS first
"""

# The sentence is left out: folding does not read it, and hub relations have many claims.
RELATION_CLAIMS = _WRITE + """
UNWIND $p.ids AS id
MATCH (c:Claim {relation_id: id})-[:FROM]->(a:Article)
USING INDEX c:Claim(relation_id)
RETURN c {.id, .relation_id, .article_id, .predicate, .subject, .object, .date, .date_source,
          .sentence_index, .char_start, .char_end, .rule, .confidence, .extractor_version}
         AS claim,
       a.published AS published
"""

_RELATION_PROPS = """
    r.date = row.date, r.date_end = row.date_end, r.date_start = date(row.date_start),
    r.last_start = date(row.last_start), r.until = date(row.until),
    r.first_reported = row.first_reported,
    r.last_reported = row.last_reported, r.claim_count = row.claim_count,
    r.article_count = row.article_count, r.confidence = row.confidence, r.conflict = row.conflict,
    r.miss = row.miss, r.dates = row.dates, r.date_counts = row.date_counts"""

# Relations no claim supports any more (only after a removal): per type, $p.RECOGNIZED, ...
DROP_RELATIONS = _WRITE + "\nWITH count(*) AS _".join(_per_type("""
UNWIND $p.__TYPE__ AS id
MATCH ()-[r:__TYPE__ {id: id}]->()
USING INDEX r:__TYPE__(id)
DELETE r""").values()) + "\n"

# Everything else folding decided. New relations between ends given by element id (created,
# not merged: the store knows from the state it read which exist); known ones by type and id
# ($p.update.RECOGNIZED, ...: by the index, hinted, since a relationship's element id is not
# a seek the planner keeps choosing: on an empty graph it scans); entities by element id.
# The relationship type of a new relation and the type label of an entity are values here
# (row.type), but only ever names of graph.vocabulary: the store checks each against it
# before sending, as it checks every claim's predicate on the way in. A type label changes
# only if the first article naming an entity is replaced, and then the old one must go: every
# type label is removed before the one is set.
WRITE_DERIVED = _WRITE + "\nWITH count(*) AS _".join([
    """
UNWIND $p.create AS row
MATCH (s) WHERE elementId(s) = row.s
MATCH (t) WHERE elementId(t) = row.t
CREATE (s)-[r:$(row.type) {id: row.id}]->(t)
SET""" + _RELATION_PROPS,
    *_per_type("""
UNWIND $p.update.__TYPE__ AS row
MATCH ()-[r:__TYPE__ {id: row.id}]->()
USING INDEX r:__TYPE__(id)
SET""" + _RELATION_PROPS).values(),
    """
UNWIND $p.variants AS row
MATCH (e)
WHERE elementId(e) = row.eid
SET e.variants = row.variants""",
    f"""
UNWIND $p.entities AS row
MATCH (e)
WHERE elementId(e) = row.eid
REMOVE e:{_TYPE_LABELS}
SET e:$(row.type), e.type = row.type, e.name = row.name, e.aliases = row.aliases,
    e.keys = row.keys, e.words = row.words""",
    """
UNWIND $p.gone AS eid
MATCH (e)
WHERE elementId(e) = eid
DETACH DELETE e""",
]) + "\n"

GET_ENTITIES = """
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases
"""

# ---------------------------------------------------------------- articles and entities

GET_ARTICLE = """
MATCH (a:Article {id: $id})
RETURN a {.*} AS article, [(c:Claim)-[:FROM]->(a) | c {.*}] AS claims
"""

ENTITIES_BY_INDEX = """
CALL db.index.fulltext.queryNodes($index, $search) YIELD node
WHERE $type IS NULL OR node.type = $type
RETURN node.id AS id, node.type AS type, node.name AS name, node.aliases AS aliases
LIMIT $limit
"""

# ---------------------------------------------------------------- relations

# What a Relation holds, not the folding summary also stored on it (its dates can be long).
_RETURN_RELATION = (
    "RETURN s.id AS source, t.id AS target, type(r) AS type, r {.id, .date, .date_end, "
    ".first_reported, .last_reported, .claim_count, .article_count, .confidence, .conflict} "
    "AS p")

# Symmetric relations are stored once and read both ways; dates filter on the relation's
# interval [date_start, until], and any date filter drops undated relations.
_RELATION_FILTER = """
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($entity IS NULL
       OR ($direction <> 'in' AND s.id = $entity AND ($other IS NULL OR t.id = $other))
       OR ($direction <> 'out' AND t.id = $entity AND ($other IS NULL OR s.id = $other))
       OR (type(r) IN $symmetric
           AND ((s.id = $entity AND ($other IS NULL OR t.id = $other))
                OR (t.id = $entity AND ($other IS NULL OR s.id = $other)))))
  AND ($dated = false OR r.date_start IS NOT NULL)
  AND ($date_from IS NULL OR r.until >= $date_from)
  AND ($date_to IS NULL OR r.date_start <= $date_to)
  AND ($as_of IS NULL OR r.date_start <= $as_of)
"""

# Same as graph.store_common.relation_sort_key: date (start, then text; undated last), type, id.
_LISTING_ORDER = "\nORDER BY r.date_start IS NULL, r.date_start, r.date, type(r), r.id\n"
_RELATION_ORDER = _LISTING_ORDER + "SKIP $offset LIMIT $limit\n"

# With an entity: start from its node (index seek), not from every relationship.
_FROM_ENTITY = """
MATCH (:Entity {id: $entity})-[r:__ALL__]-(:Entity)
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
"""
# With both ends given: bind the two nodes first, so Neo4j walks only the relationships
# between them (Expand(Into), from the end with fewer), not every relationship of a hub.
_FROM_PAIR = """
MATCH (a:Entity {id: $entity})
WITH a
MATCH (b:Entity {id: $other})
WITH a, b
MATCH (a)-[r:__ALL__]-(b)
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
"""
_FROM_ALL = _all("""
MATCH (s:Entity)-[r:__ALL__]->(t:Entity)
WITH r, s, t
""")



def _typed(template: str, types: tuple[str, ...]) -> str:
    """The pattern names the types asked for (all when none): on a hub, Neo4j then walks only
    those relationship groups instead of every relationship and filtering. Callers pass
    vocabulary names only (graph.store_common.check_types)."""
    for name in types:
        assert name in RELATION_TYPES, name
    return template.replace("__ALL__", "|".join(sorted(set(types))) if types else _ALL)


@functools.lru_cache(maxsize=256)  # bounded: `types` comes from requests
def relations_of_entity(types: tuple[str, ...] = (), count: bool = False,
                        pair: bool = False) -> str:
    """Relations of $entity (pair: of $entity with $other), filtered, in listing order."""
    tail = "RETURN count(r) AS n" if count else _RETURN_RELATION + _RELATION_ORDER
    return _typed(_FROM_PAIR if pair else _FROM_ENTITY, types) + _RELATION_FILTER + tail


RELATIONS_ALL = _FROM_ALL + _RELATION_FILTER + _RETURN_RELATION + _RELATION_ORDER
COUNT_RELATIONS_ALL = _FROM_ALL + _RELATION_FILTER + "RETURN count(r) AS n"

# The sort key of graph.store_common (summary_from_rows): first day, 10 - length, text.
_ORDER_KEY = ("CASE WHEN __V__ IS NULL THEN null ELSE __V__ + substring('-01-01', size(__V__) - 4)"
              " + toString(10 - size(__V__)) + __V__ END")
ENTITY_SUMMARY = _all("""
MATCH (:Entity {id: $p.id})-[r:__ALL__]-(:Entity)
WITH DISTINCT r
WITH type(r) AS type, r.first_reported AS f, r.last_reported AS l
RETURN type, count(*) AS n, min(__FIRST__) AS first_key, max(__LAST__) AS last_key
""").replace("__FIRST__", _ORDER_KEY.replace("__V__", "f")).replace(
    "__LAST__", _ORDER_KEY.replace("__V__", "l"))

# COUNT {} of a pattern from one node reads Neo4j's degree counts, not the relationships.
BEST_CONNECTED = _all("""
MATCH (e:Entity)
WHERE $p.type IS NULL OR e.type = $p.type
WITH e, COUNT { (e)-[:__ALL__]-() } AS n
WHERE n > 0
WITH e, n ORDER BY n DESC, e.id
WITH collect({e: e, n: n}) AS ranked
RETURN size(ranked) AS connected, ranked[..$p.limit] AS top
""")

# Each type's latest from its `until` index (the index gives `until` order; `id` breaks ties),
# then the latest of those: the top `limit` of all are among each type's top `limit`.
LATEST_RELATIONS = "CALL () {" + "\n  UNION ALL".join(_per_type("""
  MATCH (s:Entity)-[r:__TYPE__]->(t:Entity)
  WHERE r.until IS NOT NULL
  RETURN r, s, t ORDER BY r.until DESC, r.id DESC LIMIT $p.limit""").values()) + """
}
WITH r, s, t ORDER BY r.until DESC, r.id DESC LIMIT $p.limit
""" + _RETURN_RELATION

GET_RELATION = _all("""
MATCH (c:Claim {relation_id: $id})
USING INDEX c:Claim(relation_id)
WITH c LIMIT 1
MATCH (s:Entity {id: c.subject})-[r:__ALL__]->(t:Entity {id: c.object})
WHERE r.id = $id
""") + _RETURN_RELATION

EVIDENCE = """
MATCH (c:Claim {relation_id: $id})-[:FROM]->(a:Article)
USING INDEX c:Claim(relation_id)
RETURN c {.id, .sentence, .char_start, .char_end, .rule, .confidence, .date, .date_source} AS c,
       a {.id, .title, .url, .source, .published} AS a
"""

# The dossier's batched reads: one statement for many entities or relations, so a hub's
# people cost one round trip, not one each. One map parameter $p (see the write statements).
# The relations with an end among $p.ids and, when $p.right is a list, the other end in it.
_TOUCHING = """
UNWIND $p.ids AS id
MATCH (:Entity {id: id})-[r:__ALL__]-(o:Entity)
WHERE $p.right IS NULL OR o.id IN $p.right
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
""" + _RETURN_RELATION + _LISTING_ORDER + "LIMIT $p.limit\n"


@functools.lru_cache(maxsize=256)  # bounded: `types` comes from requests
def relations_touching(types: tuple[str, ...] = ()) -> str:
    return _typed(_TOUCHING, types)


@functools.lru_cache(maxsize=256)  # bounded: the types come from requests
def related_ids(inbound: tuple[str, ...], outbound: tuple[str, ...]) -> str:
    """The other ends of $p.id's relations, by type: those of the `inbound` types it is the
    target of and of the `outbound` types it is the source of (each pattern walks only its
    own direction of a hub's relationships)."""
    branches = [
        _typed(pattern, types) + " RETURN r, o"
        for pattern, types in (("MATCH (:Entity {id: $p.id})<-[r:__ALL__]-(o:Entity)", inbound),
                               ("MATCH (:Entity {id: $p.id})-[r:__ALL__]->(o:Entity)", outbound))
        if types
    ]
    return ("CALL () { " + " UNION ".join(branches) + " } "
            "RETURN type(r) AS type, collect(DISTINCT o.id) AS ids")


# One relation by its id and type (`rid`, `predicate`), a seek on the type's id index.
_RELATION_BY_ID = """  WITH rid, predicate WHERE predicate = '__TYPE__'
  MATCH ()-[r:__TYPE__ {id: rid}]->()
  USING INDEX r:__TYPE__(id)
  RETURN r"""


def _relation_by_id(template: str, types: tuple[str, ...]) -> str:
    """`template` with its __BRANCHES__ (inside `CALL (rid, predicate) {}`) made of one
    _RELATION_BY_ID branch per type: vocabulary names only (a KeyError otherwise)."""
    branches = [_per_type(_RELATION_BY_ID)[name] for name in sorted(set(types))]
    return template.replace("__BRANCHES__", "\n  UNION ALL\n".join(branches))


# Each side's entities are sought once (an index seek is most of this statement's cost on
# Community's runtime), then:
# a co-reported type's link (store_common.CO_REPORTED_TYPES; agreement names are generic)
# counts only where an article reports it with a link of the same type and target from the
# other side: a CO_REPORTED relationship from its source to that other source, written with
# the claims (so a side's hundreds of signings and their claims are not read). Each such
# relation is one seek on its type's id index. Other types' links count where both sides
# link to their target (grouped by target in one pass, a hash aggregation; no target's other
# relations are walked, and an organization has hundreds) or where a co-reported link does.
_SIDES = """UNWIND [[$p.left, 'left'], [$p.right, 'right']] AS side
UNWIND side[0] AS id
MATCH (e:Entity {id: id})
WITH collect([e, side[1]]) AS ends
"""
_CO_REPORTED_LINKS = """CALL (ends) {
  UNWIND ends AS x
  WITH x[0] AS e, CASE x[1] WHEN 'left' THEN $p.right ELSE $p.left END AS others
  MATCH (e)-[c:CO_REPORTED]->(o:Entity)
  WHERE c.type IN $p.co_reported AND o.id IN others
  WITH DISTINCT c.relation_id AS rid, c.type AS predicate
  CALL (rid, predicate) {
__BRANCHES__
  }
  RETURN collect(r) AS co
}
"""
_PLAIN_LINKS = """WITH ends, co, [r IN co | endNode(r)] AS co_targets
CALL (ends, co_targets) {
  UNWIND ends AS x
  WITH x[0] AS e, x[1] AS side
  MATCH (e)-[r:__ALL__]->(t:Entity)
  WITH t, collect(DISTINCT side) AS sides, collect(r) AS links
  WHERE size(sides) = 2 OR t IN co_targets
  UNWIND links AS r
  RETURN collect(r) AS plain
}
"""
_SHARED_LINKS = """UNWIND co + plain AS r
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
""" + _RETURN_RELATION + _LISTING_ORDER + "LIMIT $p.limit\n"


@functools.lru_cache(maxsize=256)  # bounded: `types` comes from requests
def shared_links(types: tuple[str, ...], co_reported: tuple[str, ...] = ()) -> str:
    """Callers pass vocabulary names (store_common.check_directed_types, check_co_reported)."""
    plain = tuple(sorted(set(types) - set(co_reported)))
    co = "WITH ends, [] AS co\n"
    if co_reported:
        co = _relation_by_id(_CO_REPORTED_LINKS, co_reported)
    if plain:
        return _SIDES + co + _typed(_PLAIN_LINKS, plain) + _SHARED_LINKS
    return _SIDES + co + "WITH co, [] AS plain\n" + _SHARED_LINKS


# A claim carries its relation's id and type (its predicate): each relation the articles'
# claims name is one seek on its type's id index. Finding it between its two ends instead
# walked the relationships between a country and a generic agreement (Expand(Into): hundreds
# of hits per relation, most of this statement's time for the pairs with many articles).
_RELATIONS_IN_ARTICLES = """
UNWIND $p.articles AS aid
MATCH (:Article {id: aid})<-[:FROM]-(c:Claim)
WHERE c.subject IN $p.sources AND c.predicate IN $p.types
WITH DISTINCT c.relation_id AS rid, c.predicate AS predicate
CALL (rid, predicate) {
__BRANCHES__
}
WITH r, startNode(r) AS s, endNode(r) AS t
""" + _RETURN_RELATION + _LISTING_ORDER + "LIMIT $p.limit\n"


@functools.lru_cache(maxsize=256)  # bounded: `types` comes from requests
def relations_in_articles(types: tuple[str, ...]) -> str:
    """Callers pass one or more vocabulary names (graph.store_common.check_directed_types)."""
    return _relation_by_id(_RELATIONS_IN_ARTICLES, types)

# A claim carries its article's id: no walk to the Article node is needed.
RELATION_ARTICLES = """
UNWIND $p.ids AS id
MATCH (c:Claim {relation_id: id})
USING INDEX c:Claim(relation_id)
RETURN id, collect(DISTINCT c.article_id) AS articles
"""

# ---------------------------------------------------------------- walks

_WALK_FILTER = """
  AND ($types IS NULL OR type(r) IN $types)
  AND ($dated = false OR r.date_start IS NOT NULL)
  AND ($date_from IS NULL OR r.until >= $date_from)
  AND ($date_to IS NULL OR r.date_start <= $date_to)
"""

# The (source, target) pairs of the relations with an end in $ids: all a walk needs.
TOUCHING = _all("""
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r:__ALL__]-(:Entity)
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
WHERE true
""") + _WALK_FILTER + """
RETURN DISTINCT s.id AS source, t.id AS target
"""

# Relations with both ends in $ids, the best supported first, at most $cap.
AMONG = _all("""
UNWIND $ids AS id
MATCH (s:Entity {id: id})-[r:__ALL__]->(t:Entity)
WHERE t.id IN $ids
""") + _WALK_FILTER + _RETURN_RELATION + """
ORDER BY r.claim_count DESC, type(r), r.id LIMIT $cap
"""

ENTITY_IDS_IN = """
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id
"""

# allShortestPaths cannot take its hop bound as a parameter: one text per bound.
_SHORTEST = """
MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
MATCH p = allShortestPaths((a)-[:__ALL__*..__HOPS__]-(b))
__WHERE__
WITH DISTINCT [n IN nodes(p) | n.id] AS ids
RETURN ids ORDER BY ids LIMIT $limit
"""
SHORTEST_PATHS: dict[int, str] = {
    hops: _all(_SHORTEST).replace("__HOPS__", str(hops)).replace("__WHERE__", "")
    for hops in range(1, MAX_HOPS + 1)
}
SHORTEST_PATHS_TYPED: dict[int, str] = {
    hops: _all(_SHORTEST).replace("__HOPS__", str(hops)).replace(
        "__WHERE__", "WHERE all(r IN relationships(p) WHERE type(r) IN $types)")
    for hops in range(1, MAX_HOPS + 1)
}

# The parallel relations behind each hop of a path: [[a, b], ...].
HOP_RELATIONS = _all("""
UNWIND $pairs AS pair
MATCH (:Entity {id: pair[0]})-[r:__ALL__]-(:Entity {id: pair[1]})
WHERE $types IS NULL OR type(r) IN $types
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
""") + _RETURN_RELATION

# ---------------------------------------------------------------- whole store

# Label and type counts come from the count store: one query, no scan.
ENTITY_COUNTS = "\nUNION ALL\n".join(
    f"MATCH (n:{t.value}) RETURN '{t.value}' AS type, count(n) AS n" for t in EntityType)
RELATION_COUNTS = "\nUNION ALL\n".join(
    f"MATCH ()-[r:{name}]->() RETURN '{name}' AS type, count(r) AS n"
    for name in RELATION_TYPES)
ARTICLE_COUNT = "MATCH (a:Article) RETURN count(a) AS n"
CLAIM_COUNT = "MATCH (c:Claim) RETURN count(c) AS n"

DATE_MIN = _all("""
MATCH (:Entity)-[r:__ALL__]->(:Entity)
WHERE r.date_start IS NOT NULL
RETURN r.date AS date
ORDER BY r.date_start, r.until, r.date LIMIT 1
""")
DATE_MAX = _all("""
MATCH (:Entity)-[r:__ALL__]->(:Entity)
WHERE r.date_start IS NOT NULL
RETURN coalesce(r.date_end, r.date) AS date
ORDER BY r.last_start DESC, r.until DESC, date DESC LIMIT 1
""")

ENTITY_IDS = "MATCH (e:Entity) RETURN e.id AS id"
ARTICLE_IDS = "MATCH (a:Article) RETURN a.id AS id"
ARTICLES_BY_IDS = """
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.*} AS a
"""
ALL_CLAIMS = "MATCH (c:Claim) RETURN c {.*} AS c ORDER BY c.id"
ALL_RELATIONS = _all("""
MATCH (s:Entity)-[r:__ALL__]->(t:Entity)
""") + _RETURN_RELATION + "\nORDER BY r.id"

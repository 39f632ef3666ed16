"""Shared helpers for the reliability tests: fresh stores, dumps and the integrity check.

The integrity check reads only a canonical dump (`store.dump()`), so it judges both backends by
the same rules:

- no id appears twice within a kind (entity, article, claim, relation);
- every claim belongs to an article that is present, and names entities that are present;
- every article present has exactly the claims it should have (when the expected claim sets are
  known): a *partial article* is one with some but not all of them, or with foreign ones;
- relations agree with the claims: every relation key the claims fold into exists, with the
  number of claims behind it, and no relation is left without claims.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.derive import relation_id
from graph.model import ArticleRecord
from graph.store import GraphStore, open_store
from graph.store_common import prepare_record
from graph.vocabulary import Kind, predicate

REPO = Path(__file__).resolve().parents[2]
VENV_BIN = REPO / ".venv" / "bin"
PYTHON = str(VENV_BIN / "python") if (VENV_BIN / "python").exists() else "python3"

# The CLI as `diplograph` would run it, but importing this checkout: the venv's console script
# imports whatever tree the editable install points at (which need not be this one).
DIPLOGRAPH = [PYTHON, "-c", "import sys; sys.argv[0] = 'diplograph'; "
              "from diplograph.cli import main; main()"]

Dump = list[dict[str, Any]]


def is_neo4j(url: str) -> bool:
    return not url.startswith("sqlite:")


def dump(store: GraphStore) -> Dump:
    return list(store.dump())


def dump_url(url: str) -> Dump:
    store = open_store(url)
    try:
        return dump(store)
    finally:
        store.close()


@contextlib.contextmanager
def fresh_store(url: str) -> Iterator[GraphStore]:
    """An empty store of the same backend as `url`: a new SQLite file in a temporary folder
    (the folder in `url` is ignored), or the Neo4j at `url` wiped."""
    if is_neo4j(url):
        store = open_store(url)
        try:
            store.wipe()  # type: ignore[attr-defined]
            yield store
        finally:
            store.close()
        return
    folder = tempfile.mkdtemp(prefix="rel-")
    store = open_store(f"sqlite:///{folder}/graph.db")
    try:
        yield store
    finally:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def warm(url: str) -> Iterator[None]:
    """Keep one store of `url` open meanwhile: a Neo4j store shares its driver (and the schema
    check it made) with every other store of that URL in the process, so the many short-lived
    stores of a property test do not each connect and check the schema again."""
    if not is_neo4j(url):
        yield
        return
    store = open_store(url)
    try:
        yield
    finally:
        store.close()


def wipe(url: str) -> None:
    """Empty the store at `url` (Neo4j: wipe(); SQLite: delete the file and its journals)."""
    if is_neo4j(url):
        store = open_store(url)
        try:
            store.wipe()  # type: ignore[attr-defined]
        finally:
            store.close()
        return
    path = Path(url.split("sqlite:///", 1)[1])
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def expected_claims(records: Iterable[ArticleRecord]) -> dict[str, set[str]]:
    """article id -> the ids of the claims a store must keep for it (canonical, deduplicated)."""
    return {r.article.id: {c.id for c in prepare_record(r).claims} for r in records}


def expected_claims_from_dump(lines: Dump) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {
        line["id"]: set() for line in lines if line["kind"] == "article"}
    for line in lines:
        if line["kind"] == "claim":
            out.setdefault(line["article_id"], set()).add(line["id"])
    return out


@dataclass
class Integrity:
    articles: int = 0
    claims: int = 0
    duplicates: dict[str, list[str]] = field(default_factory=dict)  # kind -> repeated ids
    partial: dict[str, str] = field(default_factory=dict)  # article id -> what is wrong
    orphan_claims: list[str] = field(default_factory=list)
    dangling: list[str] = field(default_factory=list)  # claims naming absent entities
    relation_errors: list[str] = field(default_factory=list)
    unknown_articles: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.duplicates or self.partial or self.orphan_claims or self.dangling
                    or self.relation_errors or self.unknown_articles)

    def summary(self) -> str:
        parts = [f"{self.articles} articles, {self.claims} claims"]
        for name in ("duplicates", "partial", "orphan_claims", "dangling", "relation_errors",
                     "unknown_articles"):
            value = getattr(self, name)
            if value:
                shown = dict(list(value.items())[:5]) if isinstance(value, dict) else value[:5]
                parts.append(f"{name}={len(value)} e.g. {shown}")
        return "; ".join(parts)


def _relation_key(claim: Mapping[str, Any]) -> tuple[str, str, str, str]:
    kind = predicate(claim["predicate"]).kind
    date_key = claim["date"] if kind is Kind.EVENT and claim["date"] is not None else ""
    return (claim["predicate"], claim["subject"], claim["object"], date_key)


def check(lines: Dump, expected: Mapping[str, set[str]] | None = None) -> Integrity:
    """The integrity of one dump; `expected` (article id -> claim ids) enables the
    partial-article check and flags articles that should not exist at all."""
    result = Integrity()
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in lines:
        by_kind[line["kind"]].append(line)
    for kind, items in by_kind.items():
        counts = Counter(item["id"] for item in items)
        repeated = sorted(i for i, n in counts.items() if n > 1)
        if repeated:
            result.duplicates[kind] = repeated
    articles = {a["id"] for a in by_kind["article"]}
    entities = {e["id"] for e in by_kind["entity"]}
    result.articles = len(articles)
    result.claims = len(by_kind["claim"])
    claims_of: dict[str, set[str]] = defaultdict(set)
    per_relation: Counter[str] = Counter()
    for c in by_kind["claim"]:
        claims_of[c["article_id"]].add(c["id"])
        if c["article_id"] not in articles:
            result.orphan_claims.append(c["id"])
        if c["subject"] not in entities or c["object"] not in entities:
            result.dangling.append(c["id"])
        per_relation[relation_id(_relation_key(c))] += 1
    relations = {r["id"]: r for r in by_kind["relation"]}
    for rid, n in per_relation.items():
        if rid not in relations:
            result.relation_errors.append(f"relation {rid} of {n} claim(s) is missing")
        elif relations[rid]["claim_count"] != n:
            result.relation_errors.append(
                f"relation {rid} says {relations[rid]['claim_count']} claims, has {n}")
    for rid in relations.keys() - per_relation.keys():
        result.relation_errors.append(f"relation {rid} has no claims")
    if expected is not None:
        for aid in sorted(articles):
            if aid not in expected:
                result.unknown_articles.append(aid)
                continue
            have, want = claims_of.get(aid, set()), expected[aid]
            if have != want:
                result.partial[aid] = (f"{len(have & want)}/{len(want)} claims"
                                       + (f", {len(have - want)} foreign" if have - want else ""))
    return result


def first_difference(left: Dump, right: Dump) -> str:
    """A short description of where two dumps differ (for assertion messages)."""
    if left == right:
        return "identical"
    lset = {json.dumps(x, sort_keys=True) for x in left}
    rset = {json.dumps(x, sort_keys=True) for x in right}
    only_l, only_r = sorted(lset - rset), sorted(rset - lset)
    return (f"{len(left)} vs {len(right)} lines; only left ({len(only_l)}): {only_l[:3]}; "
            f"only right ({len(only_r)}): {only_r[:3]}")

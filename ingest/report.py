"""Plain dict forms of extraction results and ingest runs (for JSON output and --report)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from graph.derive import canonical
from graph.model import ArticleRecord
from ingest.pipeline import Summary


def extract_doc(path: str, record: ArticleRecord) -> dict[str, Any]:
    """One document as `diplograph extract` prints it (the format ../shared/eval/score.py reads).

    Relations come from the claims, one per (type, source, target, date); symmetric predicates
    in canonical direction so a pair said both ways counts once. The first claim's sentence,
    rule and confidence stand for the relation."""
    article = record.article
    relations: dict[tuple[str, str, str, str | None], dict[str, Any]] = {}
    for claim in record.claims:
        c = canonical(claim)
        date = None if c.date is None else str(c.date)
        key = (c.predicate, c.subject, c.object, date)
        if key not in relations:
            relations[key] = {
                "type": c.predicate,
                "source": c.subject,
                "target": c.object,
                "date": date,
                "evidence": c.sentence,
                "confidence": c.confidence,
                "rule": c.rule,
            }
    return {
        "path": path,
        "article": {
            "id": article.id,
            "title": article.title,
            "published": None if article.published is None else str(article.published),
            "source": article.source,
            "url": article.url,
        },
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type.value, "aliases": list(e.aliases)}
            for e in record.entities
        ],
        "relations": list(relations.values()),
    }


SUMMARY_FIELDS = (
    "inputs", "articles", "added", "unchanged", "replaced", "failed", "skipped",
    "claims", "relations", "warnings",
)


def summary_dict(summary: Summary) -> dict[str, Any]:
    out: dict[str, Any] = {name: getattr(summary, name) for name in SUMMARY_FIELDS}
    out["elapsed_s"] = round(summary.elapsed, 3)
    out["dry_run"] = summary.dry_run
    out["fatal"] = summary.fatal
    return out


def report_dict(summary: Summary, store_url: str | None) -> dict[str, Any]:
    """The --report file: the run's counts, then one entry per input in input order."""
    return {
        "store": store_url,
        "summary": summary_dict(summary),
        "inputs": [asdict(o) for o in summary.outcomes],
    }

"""Whole corpora through the real pipeline into both stores: our sample articles and the
hand-annotated dev set of ../shared/eval (read by path, when it is there). Every article must
go in, the two stores must hold the same graph, and a re-run must change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.store import open_store
from ingest.pipeline import ingest
from tests.unit.eval_score import EVAL

ROOT = Path(__file__).resolve().parents[2]
CORPORA = {
    "samples": ROOT / "ingest" / "samples",
    "dev": EVAL / "dev" / "articles",
}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_ingests_into_both_stores_alike(name: str, neo4j_uri: str, tmp_path: Path) -> None:
    folder = CORPORA[name]
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    files = sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".md"})
    assert files, folder
    sqlite = open_store(f"sqlite:///{tmp_path / 'g.db'}")
    neo = open_store(neo4j_uri)
    neo.wipe()  # type: ignore[attr-defined]  # tests share one server
    try:
        for store in (sqlite, neo):
            first = ingest([folder], store, batch=8)
            assert first.fatal is None and first.failed == 0, first.outcomes
            assert first.added == len(files) and first.claims > 2 * len(files)
            stats = store.stats()
            assert stats.articles == len(files) and stats.claims == first.claims
            again = ingest([folder], store, batch=8)
            assert (again.added, again.unchanged, again.failed) == (0, len(files), 0)
        left, right = list(sqlite.dump()), list(neo.dump())
        assert left == right
    finally:
        sqlite.close()
        neo.close()

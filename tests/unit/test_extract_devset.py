"""The extractor against the hand-annotated dev set: the quality floors must hold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.extract import extract_article

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"


@pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="../shared/eval is not here")
def test_dev_set_floors(tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for path in sorted((EVAL / "dev" / "articles").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            record = extract_article(text)
            for c in record.claims:
                assert text[c.char_start : c.char_end] == c.sentence
            relations = {
                (c.predicate, c.subject, c.object, str(c.date) if c.date else None)
                for c in record.claims
            }
            out.write(json.dumps({
                "path": str(path),
                "entities": [{"id": e.id, "name": e.name, "type": e.type.value,
                              "aliases": list(e.aliases)} for e in record.entities],
                "relations": [{"type": t, "source": s, "target": o, "date": d}
                              for t, s, o, d in sorted(relations, key=str)],
            }) + "\n")
    res = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--gold", str(EVAL / "dev" / "gold"),
         "--pred", str(pred), "--json"],
        check=True, capture_output=True, text=True,
    )
    scores = json.loads(res.stdout)
    assert scores["missing_predictions"] == []
    assert scores["relations"]["f1"] >= 0.70
    assert scores["entities_typed"]["f1"] >= 0.80
    assert scores["date_accuracy"] >= 0.85

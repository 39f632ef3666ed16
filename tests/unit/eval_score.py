"""Score the extractor on a folder of articles with gold annotations, by ../shared/eval/score.py.

Shared by the dev-set and held-out tests: predictions are written in the format score.py reads,
and every claim's span is checked against its article text on the way."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from ingest.extract import extract_article

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
SCORE = EVAL / "score.py"


def score_extractor(articles: Path, gold: Path, tmp_path: Path) -> dict[str, Any]:
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for path in sorted(articles.glob("*.txt")):
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
        [sys.executable, str(SCORE), "--gold", str(gold), "--pred", str(pred), "--json"],
        check=True, capture_output=True, text=True,
    )
    scores: dict[str, Any] = json.loads(res.stdout)
    assert scores["missing_predictions"] == []
    return scores

"""The extractor against the held-out set (tests/fixtures/heldout): floors a little below what it
reaches, so that a rule change that breaks general phrasing fails here and not in production."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.eval_score import SCORE, score_extractor

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"


def test_heldout_set_is_complete() -> None:
    articles = sorted(p.stem for p in (HELDOUT / "articles").glob("*.txt"))
    gold = sorted(p.stem for p in (HELDOUT / "gold").glob("*.json"))
    assert articles == gold and len(articles) >= 10
    for stem in gold:
        data = json.loads((HELDOUT / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
        text = (HELDOUT / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
        for rel in data["relations"]:
            assert rel["evidence"] in text, (stem, rel["evidence"])
        for ent in data["entities"]:
            for alias in ent["aliases"]:
                assert alias in text, (stem, alias)


@pytest.mark.skipif(not SCORE.exists(), reason="../shared/eval/score.py is not here")
def test_heldout_floors(tmp_path: Path) -> None:
    scores = score_extractor(HELDOUT / "articles", HELDOUT / "gold", tmp_path)
    # reached when the floors were set (49 articles, batch 7 scored after its first three
    # rules, most of its misses still open): entities 0.958, relations 0.956, relations with
    # dates 0.946, date accuracy 0.987
    assert scores["entities_typed"]["f1"] >= 0.95
    assert scores["relations"]["f1"] >= 0.94
    assert scores["relations_with_dates"]["f1"] >= 0.93
    assert scores["date_accuracy"] >= 0.97

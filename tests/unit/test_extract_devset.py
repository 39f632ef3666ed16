"""The extractor against the hand-annotated dev set: the quality floors must hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.eval_score import EVAL, score_extractor


@pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="../shared/eval is not here")
def test_dev_set_floors(tmp_path: Path) -> None:
    scores = score_extractor(EVAL / "dev" / "articles", EVAL / "dev" / "gold", tmp_path)
    assert scores["relations"]["f1"] >= 0.70
    assert scores["entities_typed"]["f1"] >= 0.80
    assert scores["date_accuracy"] >= 0.85

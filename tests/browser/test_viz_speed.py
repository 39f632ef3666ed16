"""How fast a 1,000-node view settles in headless Chromium: measured and written to
artifacts/speed.txt (bench figures), asserted only to settle at all with every node drawn."""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import pytest

from graph.dates import PartialDate
from graph.model import Entity, Relation, Subgraph
from graph.vocabulary import PREDICATES, EntityType
from tests.browser.conftest import ARTIFACTS, wait_stable
from viz import render, views

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def synthetic(n: int, seed: int = 1) -> Subgraph:
    """n entities (150 countries as hubs) and 1.6 n dated relations of every type."""
    rng = random.Random(seed)
    sub = Subgraph()
    for i in range(n):
        kind = EntityType.COUNTRY if i < 150 else rng.choice(list(EntityType))
        eid = f"country:C{i:03d}" if kind is EntityType.COUNTRY else f"org:e{i}"
        sub.entities[eid] = Entity(eid, kind, f"Entity number {i}")
    ids = list(sub.entities)
    for j in range(int(n * 1.6)):
        a = rng.choice(ids[:150]) if rng.random() < 0.6 else rng.choice(ids)
        b = rng.choice(ids)
        if a != b:
            d = PartialDate(rng.randint(1990, 2024), rng.randint(1, 12))
            sub.relations[f"r{j}"] = Relation(f"r{j}", rng.choice(list(PREDICATES)), a, b, d,
                                              None, d, d, 1, 1, 0.9, False)
    return sub


def test_thousand_nodes_settle(page: Any, tmp_path: Path) -> None:
    sub = synthetic(1000)
    out = tmp_path / "big.html"
    out.write_text(render.render_view(views.View("graph", "1,000 nodes", sub), standalone=True,
                                      evidence={}), encoding="utf-8")
    started = time.monotonic()
    page.goto(out.as_uri())
    wait_stable(page, timeout=60_000)
    seconds = time.monotonic() - started
    assert len(page.evaluate("() => dg.network.getPositions()")) == 1000
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "speed.txt").write_text(
        f"1000 nodes, {len(sub.relations)} relations: settled in {seconds:.2f} s\n",
        encoding="utf-8")

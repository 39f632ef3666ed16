"""The visualizer without a browser: the pyvis network, the pages' HTML, the routes and the CLI.

These run everywhere (no chromium needed), on a small hand-made graph.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from graph.analytics import to_networkx
from graph.dates import PartialDate
from graph.model import Entity, Relation, Subgraph
from graph.store import GraphStore, open_store
from graph.vocabulary import EntityType
from tests.browser.corpus import KAZ, PAK, XSS_ID, XSS_NAME, hand_made_records, hostile_record
from viz import build_network, render, views


@pytest.fixture
def small_store(tmp_path: Path) -> Iterator[GraphStore]:
    store = open_store(f"sqlite:///{tmp_path / 'small.db'}")
    store.write_articles([*hand_made_records(), hostile_record()])
    try:
        yield store
    finally:
        store.close()


def _relation(rid: str, rtype: str, source: str, target: str, date: str | None) -> Relation:
    d = None if date is None else PartialDate.parse(date)
    return Relation(rid, rtype, source, target, d, None, d, d, 2, 2, 0.95, False)


def _pair_subgraph() -> Subgraph:
    sub = Subgraph()
    sub.entities[KAZ] = Entity(KAZ, EntityType.COUNTRY, "Kazakhstan")
    sub.entities[PAK] = Entity(PAK, EntityType.COUNTRY, "Pakistan")
    sub.relations["r1"] = _relation("r1", "RECOGNIZED", PAK, KAZ, "1991-12")
    sub.relations["r2"] = _relation("r2", "ESTABLISHED_TIES", KAZ, PAK, "1992")
    sub.relations["r3"] = _relation("r3", "VISITED", PAK, KAZ, None)
    return sub


# ------------------------------------------------------------------ the pyvis network


def test_parallel_relations_all_survive_with_their_ids() -> None:
    net = build_network(_pair_subgraph())
    assert net.directed is True
    edges = {e["id"]: e for e in net.edges}
    assert set(edges) == {"r1", "r2", "r3"}
    assert edges["r1"]["label"] == "RECOGNIZED 1991-12"
    assert edges["r3"]["label"] == "VISITED"  # undated: the type alone
    assert edges["r1"]["arrows"]["to"]["enabled"] is True
    assert edges["r2"]["arrows"]["to"]["enabled"] is False  # symmetric
    # Three relations between one pair: one straight, two bent to either side.
    smooth = sorted((e["smooth"].get("type", "straight"), e["smooth"].get("roundness", 0))
                    for e in net.edges)
    assert smooth == [("curvedCCW", 0.3), ("curvedCW", 0.3), ("straight", 0)]
    # The same subgraph for notebooks as networkx keeps them too.
    assert to_networkx(_pair_subgraph()).number_of_edges(PAK, KAZ) == 2


def test_nodes_styled_by_type_and_physics_by_size() -> None:
    sub = _pair_subgraph()
    sub.entities["person:a"] = Entity("person:a", EntityType.PERSON, "A")
    net = build_network(sub, focus=[KAZ])
    nodes = {n["id"]: n for n in net.nodes}
    assert nodes[KAZ]["shape"] == "dot" and nodes["person:a"]["shape"] == "diamond"
    assert nodes[KAZ]["color"] != nodes["person:a"]["color"]
    assert nodes[KAZ]["borderWidth"] > nodes[PAK]["borderWidth"]  # the focus stands out
    assert net.options["physics"]["solver"] == "forceAtlas2Based"
    assert net.options["layout"]["improvedLayout"] is True
    big = Subgraph(entities={f"org:{i}": Entity(f"org:{i}", EntityType.ORGANIZATION, str(i))
                             for i in range(151)})
    options = build_network(big).options
    assert options["layout"]["improvedLayout"] is False
    assert options["physics"]["stabilization"]["iterations"] <= 600


def test_every_entity_type_city_included_has_its_own_look_and_legend_swatch() -> None:
    from viz.style import NODE_STYLES, vocabulary_payload

    sub = _pair_subgraph()
    sub.entities["city:almaty"] = Entity("city:almaty", EntityType.CITY, "Almaty")
    sub.relations["r4"] = _relation("r4", "VISITED", PAK, "city:almaty", "2023-05-02")
    nodes = {n["id"]: n for n in build_network(sub).nodes}
    assert (nodes["city:almaty"]["shape"], nodes["city:almaty"]["etype"]) == ("star", "City")
    looks = {(s["color"], s["shape"]) for s in NODE_STYLES.values()}
    assert set(NODE_STYLES) == set(EntityType) and len(looks) == len(EntityType)
    legend = [t["name"] for t in vocabulary_payload()["entity_types"]]
    assert legend == [t.value for t in EntityType] and "City" in legend
    css = (Path(__file__).resolve().parents[2] / "viz" / "static" / "diplograph.css").read_text()
    for style in NODE_STYLES.values():  # a swatch is a square unless its shape has a rule
        assert style["shape"] == "square" or f".swatch.shape-{style['shape']}" in css


def test_tooltips_escaped_when_pyvis_would_render_them_as_html() -> None:
    sub = _pair_subgraph()
    sub.entities["person:x"] = Entity("person:x", EntityType.PERSON, '<a href="x">y</a>')
    titles = [n["title"] for n in build_network(sub).nodes]
    assert all("<" not in t for t in titles)
    assert any("&lt;a href=&quot;x&quot;&gt;" in t for t in titles)


# ------------------------------------------------------------------ HTML


def test_json_for_html_cannot_close_the_script() -> None:
    text = render.json_for_html({"name": "</script><script>alert(1)</script>&"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"name": "</script><script>alert(1)</script>&"}


def test_served_page_loads_only_our_assets(small_store: GraphStore) -> None:
    page = render.render_view(views.entity_view(small_store, "Kazakhstan"))
    srcs = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert srcs and all(s.startswith(("/viz/static/", "/", "?", "#", "data:")) for s in srcs), srcs
    assert "cdn" not in page.lower() and "bootstrap" not in page.lower()


def test_standalone_page_inlines_everything(small_store: GraphStore) -> None:
    view = views.pair_view(small_store, "KAZ", "PAK")
    page = render.render_view(view, standalone=True,
                              evidence=render.collect_evidence(small_store, view))
    assert not re.search(r'<script[^>]+src=|<link[^>]+href="(?!data:)', page)
    assert "Content-Security-Policy" in page and "connect-src" not in page  # default-src 'none'
    data = json.loads(re.search(r'id="dg-data">(.*?)</script>', page, re.S).group(1))  # type: ignore[union-attr]
    assert data["standalone"] is True
    assert set(data["evidence"]) == set(view.sub.relations)
    assert all(data["evidence"][rid] for rid in view.sub.relations)


def test_pair_subgraph_goes_through_people_not_third_countries(small_store: GraphStore) -> None:
    view = views.pair_view(small_store, "Kazakhstan", "Pakistan")
    assert {KAZ, PAK, "person:yerzhan-kistafin"} <= set(view.sub.entities)
    assert "country:CHN" not in view.sub.entities  # China only via CPEC, with Pakistan alone
    types = {r.type for r in view.sub.relations.values()}
    assert {"RECOGNIZED", "ESTABLISHED_TIES", "AMBASSADOR_OF", "ACCREDITED_TO"} <= types
    assert view.timeline[0] == next(r.id for r in view.sub.relations.values()
                                    if r.type == "RECOGNIZED")


def test_graph_view_cap_and_note(small_store: GraphStore) -> None:
    full = views.graph_view(small_store)
    assert full.note is None and not full.sub.truncated
    capped = views.graph_view(small_store, cap=3)
    assert len(capped.sub.entities) == 3 and capped.sub.truncated
    assert capped.note is not None and "left out" in capped.note
    assert PAK in capped.sub.entities  # the best connected



def _star_and_clique(n: int) -> Subgraph:
    """A hub with n spokes (each spoke seen in one article) plus a clique among the spokes
    whose relations are better supported (3 articles): the cap must still keep every spoke."""
    sub = Subgraph()
    hub = "country:HUB"
    sub.entities[hub] = Entity(hub, EntityType.COUNTRY, "Hub")
    spokes = [f"person:p{i}" for i in range(n)]
    for i, p in enumerate(spokes):
        sub.entities[p] = Entity(p, EntityType.PERSON, f"P {i}")
        sub.relations[f"s{i}"] = _relation(f"s{i}", "OFFICIAL_OF", p, hub, None)
    for i, p in enumerate(spokes):
        for j in range(i + 1, n):
            r = _relation(f"c{i}-{j}", "MET_WITH", p, spokes[j], None)
            sub.relations[r.id] = replace(r, claim_count=3, article_count=3)
    return sub


def test_edge_cap_keeps_an_edge_for_every_entity_then_the_best_supported() -> None:
    sub = _star_and_clique(12)  # 12 spokes + 66 clique relations
    total = len(sub.relations)
    dropped = views.cap_relations(sub, limit=20)
    assert dropped == total - 20 and len(sub.relations) == 20 and sub.truncated
    ends = {e for r in sub.relations.values() for e in (r.source, r.target)}
    assert ends == set(sub.entities)  # nobody is left without an edge by the cap
    # beyond each entity's first edge, the better-supported clique relations fill the budget
    assert sum(r.claim_count == 3 for r in sub.relations.values()) >= 20 - 12


def test_edge_cap_leaves_small_views_and_always_keeps_the_given_relations() -> None:
    sub = _star_and_clique(6)
    before = dict(sub.relations)
    assert views.cap_relations(sub, limit=len(before)) == 0 and sub.relations == before
    assert not sub.truncated
    views.cap_relations(sub, limit=3, keep=["s4", "s5", "c0-1", "not-there"])
    assert {"s4", "s5", "c0-1"} <= set(sub.relations)
    assert len(sub.relations) == 3


def test_graph_view_edge_cap_is_said_in_the_note(small_store: GraphStore) -> None:
    full = views.graph_view(small_store)
    capped = views.graph_view(small_store, edge_cap=2)
    assert len(full.sub.relations) > 2 and len(capped.sub.relations) == 2
    assert set(capped.sub.entities) == set(full.sub.entities)  # the nodes are not capped
    assert capped.sub.truncated and capped.note is not None
    assert "only the best-supported 2 relations are drawn" in capped.note
    total = sum(small_store.stats().relations_by_type.values())
    assert f"2 of {total:,} relations" in capped.note



def test_graph_view_and_summary_are_kept_until_the_store_changes(
    small_store: GraphStore, tmp_path: Path,
) -> None:
    from tests.contract.builders import CHN, KAZ, record

    view, summary = views.graph_view(small_store), views.summary(small_store)
    assert views.graph_view(small_store) is view and views.summary(small_store) is summary
    small_store.write_articles([record("China meets Kazakhstan.", [
        ("MET_WITH", CHN, KAZ, "2030-01-02")], published="2030-01-02")])
    fresh = views.summary(small_store)
    assert views.graph_view(small_store) is not view and fresh is not summary
    assert str(fresh.latest[0].date) == "2030-01-02"  # the new relation is the latest
    other = open_store(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        assert views.summary(other).latest == []  # another store is never answered from
    finally:
        other.close()


# ------------------------------------------------------------------ routes


@pytest.fixture
def client(small_store: GraphStore) -> Iterator[TestClient]:
    from api.app import create_app

    with TestClient(create_app(store=small_store)) as c:
        yield c


def test_routes_answer_pages_and_assets(client: TestClient) -> None:
    for url in ("/", "/viz/entity/KAZ", "/viz/entity/country:KAZ?depth=2", "/viz/pair/KAZ/PAK",
                "/viz/graph", "/viz/graph?limit=2"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert r.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in r.headers["content-security-policy"]
    for name in ("vis-network.min.js", "vis-network.css", "diplograph.js", "diplograph.css"):
        r = client.get(f"/viz/static/{name}")
        assert r.status_code == 200 and len(r.content) > 1000, name
    assert client.get("/viz/static/..%2Fviews.py").status_code == 404
    assert client.get("/viz/static/template.html").status_code == 404


def test_route_errors_are_pages(client: TestClient) -> None:
    r = client.get("/viz/entity/Atlantis")
    assert r.status_code == 404 and "Atlantis" in r.text
    assert client.get("/viz/entity/KAZ?depth=3").status_code == 422
    assert client.get("/viz/pair/KAZ/KAZ").status_code == 422
    assert client.get("/viz/graph?limit=0").status_code == 422


def test_names_are_escaped_in_server_html(client: TestClient) -> None:
    r = client.get(f"/viz/entity/{XSS_ID}")
    assert r.status_code == 200
    assert XSS_NAME not in r.text  # never raw: escaped in HTML, \u003c-escaped in the data
    assert "&lt;img src=x onerror=alert(1)&gt;" in r.text
    home = client.get("/")
    assert XSS_NAME not in home.text and "&lt;img src=x onerror=alert(1)&gt;" in home.text


# ------------------------------------------------------------------ CLI


def test_cli_writes_a_standalone_file(small_store: GraphStore, tmp_path: Path) -> None:
    from diplograph.cli import app

    out = tmp_path / "out" / "pair.html"
    result = CliRunner().invoke(app, ["viz", "Kazakhstan", "Pakistan", "--out", str(out),
                                      "--store", small_store.url])
    assert result.exit_code == 0, result.output
    assert out.is_file() and "wrote" in result.output
    assert "vis-network" in out.read_text(encoding="utf-8")
    missing = CliRunner().invoke(app, ["viz", "Atlantis", "--out", str(out),
                                       "--store", small_store.url])
    assert missing.exit_code != 0


def test_kept_views_are_computed_once_for_requests_that_miss_together(
    small_store: GraphStore,
) -> None:
    import threading
    import time

    kept = views.PerGeneration()
    calls: list[int] = []

    def slow() -> int:
        calls.append(1)
        time.sleep(0.2)
        return len(calls)

    answers: list[int] = []
    threads = [threading.Thread(target=lambda: answers.append(kept.get(small_store, "k", slow)))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == [1] and answers == [1, 1, 1, 1]

    def writes_meanwhile() -> str:
        from tests.contract.builders import CHN, KAZ, record
        small_store.write_articles([record("China met Kazakhstan again.", [
            ("MET_WITH", CHN, KAZ, "2031-01-02")], published="2031-01-02")])
        return "stale"

    assert kept.get(small_store, "w", writes_meanwhile) == "stale"
    assert kept.get(small_store, "w", lambda: "fresh") == "fresh"  # not kept across the write

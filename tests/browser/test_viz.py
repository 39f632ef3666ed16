"""The visualizer in a real browser (Debian chromium): what is drawn, the time bar, the evidence
panel, escaping, exports, the URL state and the standalone file.

Every page is watched (see conftest): 0 requests leaving 127.0.0.1, 0 console errors, 0 dialogs.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from diplograph.cmd_viz import _dossier, write_page
from graph.store import GraphStore, RelationQuery
from tests.browser.conftest import Watch, shot, wait_stable
from tests.browser.corpus import KAZ, PAK, XSS_ALIAS, XSS_ID, XSS_NAME, XSS_TITLE
from viz import views

pytestmark = pytest.mark.browser

KISTAFIN = "person:yerzhan-kistafin"
ISSI_NAME = "Institute of Strategic Studies Islamabad"


# ------------------------------------------------------------------ helpers


def drawn(page: Any) -> tuple[set[str], set[str]]:
    """Node and edge ids vis actually draws (public API: positions and connected edges)."""
    nodes, edges = page.evaluate("""() => {
        const ids = Object.keys(dg.network.getPositions());
        const edges = new Set();
        for (const id of ids) for (const e of dg.network.getConnectedEdges(id)) edges.add(e);
        return [ids, [...edges]];
    }""")
    return set(nodes), set(edges)


def dataset(page: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The vis DataSets' items (our fields), not what the filters let through."""
    result: tuple[list[dict[str, Any]], list[dict[str, Any]]] = tuple(page.evaluate("""() => [
        dg.nodes.get().map(n => ({id: n.id, etype: n.etype, name: n.name, label: n.label})),
        dg.edges.get().map(e => ({id: e.id, from: e.from, to: e.to, rtype: e.rtype,
            date: e.date, label: e.label, arrow: !!(e.arrows && e.arrows.to &&
            e.arrows.to.enabled)}))]"""))
    return result


def visible_edges(page: Any) -> set[str]:
    return set(page.evaluate("() => dg.visibleEdgeIds()"))


def one(edges: list[dict[str, Any]], rtype: str, ends: set[str] | None = None,
        target_name: str | None = None, names: dict[str, str] | None = None) -> dict[str, Any]:
    found = [e for e in edges if e["rtype"] == rtype
             and (ends is None or {e["from"], e["to"]} == ends)
             and (target_name is None or (names or {}).get(e["to"]) == target_name)]
    assert len(found) == 1, f"{rtype} {ends or target_name}: {found}"
    return found[0]


def edge_point(page: Any, edge_id: str) -> tuple[float, float]:
    """Page coordinates of the middle of a (straight) edge."""
    point: dict[str, float] = page.evaluate("""(id) => {
        const e = dg.edges.get(id);
        const p = dg.network.getPositions([e.from, e.to]);
        const dom = dg.network.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2,
                                            y: (p[e.from].y + p[e.to].y) / 2});
        const box = document.querySelector('#graph canvas').getBoundingClientRect();
        return {x: box.left + dom.x, y: box.top + dom.y};
    }""", edge_id)
    return point["x"], point["y"]


def node_point(page: Any, node_id: str) -> tuple[float, float]:
    point: dict[str, float] = page.evaluate("""(id) => {
        const p = dg.network.getPositions([id])[id];
        const dom = dg.network.canvasToDOM(p);
        const box = document.querySelector('#graph canvas').getBoundingClientRect();
        return {x: box.left + dom.x, y: box.top + dom.y};
    }""", node_id)
    return point["x"], point["y"]


def expected_pair(store: GraphStore) -> views.View:
    """What the pair page must draw: the pair's subgraph plus the API's dossier."""
    return views.pair_view(store, KAZ, PAK, dossier=_dossier)


def sentence_of(store: GraphStore, relation_id: str) -> str:
    evidence = store.evidence(relation_id)
    assert evidence, relation_id
    return evidence[0].sentence


def lecture_edge(edges: list[dict[str, Any]], nodes: list[dict[str, Any]]) -> dict[str, Any]:
    names = {n["id"]: n["name"] for n in nodes}
    found = [e for e in edges if e["rtype"] == "LECTURED_AT" and e["from"] == KISTAFIN
             and names.get(e["to"]) == ISSI_NAME]
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ views


def test_home_search_stats_and_lists(page: Any, server: str, store: GraphStore) -> None:
    page.goto(f"{server}/")
    stats = store.stats()
    cards = page.locator("#stats .card b").all_text_contents()
    assert cards[0] == f"{sum(stats.entities_by_type.values()):,}"
    assert cards[2] == f"{stats.articles:,}"
    top = page.locator("#top-countries li a").all_text_contents()
    assert "Pakistan" in top[:3] and "Kazakhstan" in top[:3], top
    assert page.locator("#latest li").count() >= 5
    page.fill("#search", "Kazakh")
    page.wait_for_selector("#search-results li[role=option]")
    options = page.locator("#search-results li[role=option] .name").all_text_contents()
    assert any(o.startswith("Kazakhstan") for o in options), options
    shot(page, "home")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/viz/entity/"))
    wait_stable(page)
    assert page.evaluate("() => dg.state && location.pathname") .startswith("/viz/entity/")


def test_pair_view_draws_the_dossier(page: Any, server: str, store: GraphStore) -> None:
    page.goto(f"{server}/viz/pair/KAZ/PAK")
    wait_stable(page)
    nodes, edges = dataset(page)
    want = expected_pair(store)
    assert {n["id"] for n in nodes} == set(want.sub.entities)
    assert {e["id"] for e in edges} == set(want.sub.relations)
    # Everything in the data is drawn (no filter yet) ...
    drawn_nodes, drawn_edges = drawn(page)
    assert drawn_nodes == set(want.sub.entities)
    assert drawn_edges == set(want.sub.relations)
    # ... including the facts every sample tells, with type + date labels and the right arrows.
    names = {n["id"]: n["name"] for n in nodes}
    recognized = one(edges, "RECOGNIZED", {PAK, KAZ})
    assert (recognized["from"], recognized["to"]) == (PAK, KAZ)
    assert recognized["date"] == "1991-12" and recognized["label"] == "RECOGNIZED 1991-12"
    assert recognized["arrow"] is True
    ties = one(edges, "ESTABLISHED_TIES", {PAK, KAZ})
    assert ties["date"].startswith("1992") and ties["arrow"] is False  # symmetric: no arrow
    lecture = lecture_edge(edges, nodes)
    assert lecture["date"] == "2021-10-23"
    assert any(e["rtype"] == "AMBASSADOR_OF" and e["from"] == KISTAFIN and e["to"] == KAZ
               for e in edges)
    assert names[KISTAFIN] == "Yerzhan Kistafin"
    # The dossier timeline beside the graph: one item per relation, by date.
    items = page.locator("#timeline li[data-edge]")
    assert items.count() == len(want.timeline)
    first = items.first.get_attribute("data-edge")
    assert first == recognized["id"]
    # Clicking a timeline item selects (highlights) its edge.
    page.locator(f'#timeline li[data-edge="{ties["id"]}"] button').click()
    assert page.evaluate("() => dg.network.getSelectedEdges()") == [ties["id"]]
    assert "active" in (page.locator(f'#timeline li[data-edge="{ties["id"]}"]')
                        .get_attribute("class") or "")
    page.wait_for_selector("#evidence-box blockquote")
    shot(page, "pair")


def test_time_bar_as_of_1991(page: Any, server: str, store: GraphStore) -> None:
    page.goto(f"{server}/viz/pair/KAZ/PAK")
    wait_stable(page)
    _, edges = dataset(page)
    recognized = one(edges, "RECOGNIZED", {PAK, KAZ})["id"]
    ties = one(edges, "ESTABLISHED_TIES", {PAK, KAZ})["id"]
    assert {recognized, ties} <= visible_edges(page)
    page.select_option("#tb-mode", "asof")
    page.locator("#tb-to").fill("1991")
    assert page.locator("#tb-label").text_content() == "as of 1991"
    shown = visible_edges(page)
    assert recognized in shown and ties not in shown
    assert recognized in drawn(page)[1] and ties not in drawn(page)[1]
    # The URL holds the time window: the same link reopens the same picture.
    url = page.url
    assert "mode=asof" in url and "to=1991" in url
    page.goto(f"{server}/")
    page.goto(url)
    wait_stable(page)
    assert visible_edges(page) == shown
    assert page.locator("#tb-label").text_content() == "as of 1991"
    # Between 1992 and 1992: the ties, not the recognition (December 1991 is over by then).
    page.select_option("#tb-mode", "range")
    page.locator("#tb-from").fill("1992")
    page.locator("#tb-to").fill("1992")
    shown = visible_edges(page)
    assert ties in shown and recognized not in shown
    # Undated relations go and come back with their toggle.
    page.click("#tb-reset")
    undated = set(page.evaluate("() => dg.edges.get({filter: e => !e.date}).map(e => e.id)"))
    page.uncheck("#tb-undated")
    assert not (undated & visible_edges(page))
    page.check("#tb-undated")
    assert undated <= visible_edges(page)
    # Play replays year by year in "as of" mode.
    page.click("#tb-play")
    page.wait_for_function("() => dg.state.time.mode === 'asof' && dg.state.time.to !== null")
    first_year = page.evaluate("() => dg.state.time.to")
    page.wait_for_function(f"() => dg.state.time.to > {first_year}", timeout=5000)
    page.click("#tb-play")  # pause
    assert page.locator("#tb-play").text_content() == "▶ Play"


def test_click_lecture_edge_shows_its_sentence(page: Any, server: str, store: GraphStore) -> None:
    page.goto(f"{server}/viz/entity/{KISTAFIN}")
    wait_stable(page)
    nodes, edges = dataset(page)
    lecture = lecture_edge(edges, nodes)
    x, y = edge_point(page, lecture["id"])
    page.mouse.click(x, y)
    assert page.evaluate("() => dg.network.getSelectedEdges()") == [lecture["id"]]
    page.wait_for_selector("#evidence-box blockquote")
    quotes = page.locator("#evidence-box blockquote.sentence").all_text_contents()
    assert sentence_of(store, lecture["id"]) in quotes
    assert any("Kistafin" in q and "lecture" in q for q in quotes)
    panel = page.locator("#panel-body").text_content() or ""
    assert "LECTURED_AT" in panel and "2021-10-23" in panel and "article(s)" in panel
    shot(page, "entity")
    # The selection is in the URL too: the link reopens the panel on the same line.
    url = page.url
    assert f"sel=e%3A{lecture['id']}" in url
    page.goto(f"{server}/")
    page.goto(url)
    wait_stable(page)
    assert page.evaluate("() => dg.network.getSelectedEdges()") == [lecture["id"]]
    page.wait_for_selector("#evidence-box blockquote")
    assert sentence_of(store, lecture["id"]) in page.locator(
        "#evidence-box blockquote").all_text_contents()


def test_expand_hide_and_recentre(page: Any, server: str, store: GraphStore) -> None:
    page.goto(f"{server}/viz/entity/{KISTAFIN}")
    wait_stable(page)
    before = set(page.evaluate("() => dg.nodes.getIds()"))
    assert PAK in before
    x, y = node_point(page, PAK)
    page.mouse.dblclick(x, y)
    page.wait_for_function(f"() => dg.nodes.length > {len(before)} && dg.stable")
    after = set(page.evaluate("() => dg.nodes.getIds()"))
    pak_side = store.neighbourhood(PAK, depth=1, limit=150)
    assert after == before | set(pak_side.entities)
    assert "exp=country%3APAK" in page.url
    # The link reopens the expanded picture.
    url = page.url
    page.goto(url)
    wait_stable(page)
    assert set(page.evaluate("() => dg.nodes.getIds()")) == after
    # Hide a node through the panel.
    hide = next(iter(after - before - {KISTAFIN}))
    page.evaluate("(id) => dg.select('node', id, false)", hide)
    page.get_by_role("button", name="Hide").click()
    assert hide not in page.evaluate("() => dg.visibleNodeIds()")
    assert "hide=" in page.url
    page.locator("#hidden-list button").first.click()
    assert hide in page.evaluate("() => dg.visibleNodeIds()")
    # Re-centre on Pakistan: its own entity view, keeping the time window.
    page.evaluate("(id) => dg.select('node', id, false)", PAK)
    page.get_by_role("button", name="Re-centre").click()
    page.wait_for_url(re.compile(r"/viz/entity/country%3APAK"))
    wait_stable(page)
    assert page.evaluate("() => dg.network.getPositions()")[PAK]


def test_graph_view_and_its_cap(page: Any, server: str, store: GraphStore) -> None:
    page.goto(f"{server}/viz/graph")
    wait_stable(page)
    connected: set[str] = set()
    relations = store.relations(RelationQuery(limit=10_000))
    for r in relations:
        connected |= {r.source, r.target}
    nodes, edges = drawn(page)
    assert nodes == connected
    assert edges == {r.id for r in relations}
    # Nothing cut by the cap; at most the entities without any relation are left out.
    unconnected = sum(store.stats().entities_by_type.values()) - len(connected)
    if unconnected:
        assert f"{unconnected:,} entities without any relation" in page.locator(
            "#note").text_content()
    else:
        assert page.locator("#note").count() == 0
    shot(page, "graph")
    before = page.evaluate("() => dg.network.getPositions()")
    # Entity type filter: hiding countries hides them and their lines.
    page.locator('#legend-entities label[data-etype="Country"] input').uncheck()
    assert not any(n.startswith("country:") for n in page.evaluate("() => dg.visibleNodeIds()"))
    page.locator('#legend-entities label[data-etype="Country"] input').check()
    # Relation type filter.
    page.locator('#legend-relations label[data-rtype="RECOGNIZED"] input').uncheck()
    assert not any(e["rtype"] == "RECOGNIZED" for e in dataset(page)[1]
                   if e["id"] in visible_edges(page))
    page.locator('#legend-relations label[data-rtype="RECOGNIZED"] input').check()
    # What came back is where it was.
    after = page.evaluate("() => dg.network.getPositions()")
    assert after.keys() == before.keys()
    assert all(abs(after[k]["x"] - before[k]["x"]) < 1 and abs(after[k]["y"] - before[k]["y"]) < 1
               for k in before)
    # Capped: a visible note says what was left out.
    page.goto(f"{server}/viz/graph?limit=4")
    wait_stable(page)
    assert len(drawn(page)[0]) == 4
    note = page.locator("#note").text_content() or ""
    assert "best-connected" in note and "left out" in note
    assert f"of {sum(store.stats().entities_by_type.values()):,} entities" in note


def test_names_stay_text_everywhere(page: Any, server: str, watch: Watch) -> None:
    page.goto(f"{server}/viz/entity/{XSS_ID}")
    wait_stable(page)
    assert page.locator("#view-title").text_content() == XSS_NAME
    assert page.evaluate("(id) => dg.nodes.get(id).label", XSS_ID) == XSS_NAME
    # Tooltip on hover: a DOM element with the name as text.
    x, y = node_point(page, XSS_ID)
    page.mouse.move(x, y)
    page.wait_for_selector("div.vis-tooltip", state="visible")
    assert XSS_NAME in (page.locator("div.vis-tooltip").text_content() or "")
    # Panel: name and alias as text.
    page.mouse.click(x, y)
    panel = page.locator("#panel-body")
    assert XSS_NAME in (panel.locator("h3").text_content() or "")
    assert XSS_ALIAS in (panel.text_content() or "")
    # The evidence of its visit: hostile title as text, a javascript: URL never a link.
    visit = page.evaluate("(id) => dg.edges.get({filter: e => e.from === id})[0].id", XSS_ID)
    page.evaluate("(id) => dg.select('edge', id, false)", visit)
    page.wait_for_selector("#evidence-box blockquote")
    assert XSS_TITLE in (page.locator("#evidence-box").text_content() or "")
    assert page.locator("#evidence-box a").count() == 0
    assert page.locator("img").count() == 0
    assert page.locator("b", has_text="Hostile").count() == 0  # the title's <b> stayed text
    shot(page, "xss")
    # Type-ahead menus.
    page.fill("#search", XSS_NAME)
    page.wait_for_selector("#search-results li[role=option]")
    options = page.locator("#search-results li[role=option] .name").all_text_contents()
    assert any(o.startswith(XSS_NAME) for o in options), options
    assert page.locator("img").count() == 0
    # Home page lists (latest relations), server-rendered.
    page.goto(f"{server}/")
    assert XSS_NAME in (page.locator("#latest").text_content() or "")
    assert page.locator("img").count() == 0
    assert watch.dialogs == []


def test_exports(page: Any, server: str, tmp_path: Path) -> None:
    page.goto(f"{server}/viz/pair/KAZ/PAK")
    wait_stable(page)
    visible = set(page.evaluate("() => dg.visibleNodeIds()"))
    with page.expect_download() as dl:
        page.click("#btn-json")
    data = json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == visible
    assert {e["id"] for e in data["edges"]} == visible_edges(page)
    with page.expect_download() as dl:
        page.click("#btn-gexf")
    root = ET.parse(dl.value.path()).getroot()
    ns = {"g": "http://gexf.net/1.3"}
    assert len(root.findall(".//g:node", ns)) == len(visible)
    dated = [e for e in root.findall(".//g:edge", ns) if e.get("start")]
    assert any(e.get("start") == "1991-12-01" for e in dated)
    with page.expect_download() as dl:
        page.click("#btn-png")
    png = Path(dl.value.path()).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


def test_standalone_file_renders_the_same_graph(
    page: Any, server: str, store: GraphStore, tmp_path: Path, watch: Watch
) -> None:
    out = tmp_path / "kaz-pak.html"
    write_page(store, "Kazakhstan", "Pakistan", out)
    html = out.read_text(encoding="utf-8")
    assert "<script src=" not in html and "<link rel=\"stylesheet\"" not in html
    page.goto(f"{server}/viz/pair/KAZ/PAK")
    wait_stable(page)
    served = drawn(page)
    page.goto(out.as_uri())
    wait_stable(page)
    assert drawn(page) == served
    nodes, edges = dataset(page)
    lecture = lecture_edge(edges, nodes)
    x, y = edge_point(page, lecture["id"])
    page.mouse.click(x, y)
    page.wait_for_selector("#evidence-box blockquote")
    assert sentence_of(store, lecture["id"]) in page.locator(
        "#evidence-box blockquote").all_text_contents()
    shot(page, "standalone")
    local = [u for u in watch.requests if not u.startswith(("file:", "data:", "blob:"))]
    assert local == [u for u in watch.requests if u.startswith(server)]  # only the served page
    file_requests = [u for u in watch.requests if u.startswith("file:")]
    assert file_requests == [out.as_uri()]  # the file loads nothing else

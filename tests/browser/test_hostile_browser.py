"""Hostile payloads in the visualizer, in a real browser: shown as text, never run.

Every payload of tests/reliability/test_hostile.py (Cypher and SQL fragments, markup and script,
path traversal, huge numbers, NUL bytes, a 100 KB string), plus a few that would set
`window.__xss` instead of opening a dialog, goes into a graph of its own two ways:

- through the article text: a JSONL file (payload in the text of a sentence that makes a claim,
  and as title, source and URL) read, extracted and written by the real ingest pipeline;
- as data: one person per payload, named by it (with the payload as alias, title and source),
  ambassador of Kazakhstan and accredited to Pakistan, written to the store as is.

Then the entity view, the pair view, the graph view, the side panel (every hostile node and
every edge selected), the evidence box and the search type-ahead are opened. Each page is
watched by the conftest (no dialog, no console error, no request leaving 127.0.0.1) and checked
for injected markup: no element with an on* attribute, no img/svg/iframe/object/embed, no
javascript: link, no script but our own, and `window.__xss` never set. Names are compared with
the data verbatim.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.model import Article, ArticleRecord, Claim, Entity, article_id
from graph.store import GraphStore, open_store
from graph.vocabulary import EntityType
from tests.browser.conftest import Watch, serve_app, wait_stable
from tests.reliability.test_hostile import PAYLOADS as API_PAYLOADS

pytestmark = pytest.mark.browser

SILENT = [  # would run without a dialog: caught by window.__xss
    '<img src=x onerror="window.__xss=1">',
    '"><svg/onload=window.__xss=2>',
    "</script><script>window.__xss=3</script>",
    '<iframe srcdoc="<script>parent.__xss=4</script>"></iframe>',
    "javascript:window.__xss=5",
    "<a href=\"javascript:window.__xss=6\">link</a>",
]
PAYLOADS = API_PAYLOADS + SILENT
KAZ, PAK = "country:KAZ", "country:PAK"

INJECTED = """() => {
    const bad = [];
    for (const e of document.querySelectorAll('*')) {
        for (const a of e.attributes) if (a.name.toLowerCase().startsWith('on'))
            bad.push('on* attribute: ' + e.outerHTML.slice(0, 80));
    }
    for (const e of document.querySelectorAll('img, svg, iframe, object, embed, frame'))
        bad.push('element: ' + e.outerHTML.slice(0, 80));
    for (const a of document.querySelectorAll('a[href]'))
        if (!/^https?:/i.test(a.href)) bad.push('link: ' + a.getAttribute('href').slice(0, 80));
    for (const s of document.scripts) {
        const ours = s.src ? new URL(s.src).origin === location.origin
                           : s.type === 'application/json' && s.id === 'dg-data';
        if (!ours) bad.push('script: ' + s.outerHTML.slice(0, 80));
    }
    if (window.__xss !== undefined) bad.push('window.__xss = ' + window.__xss);
    return bad;
}"""


def _verbatim_in_html(payload: str) -> bool:
    """Whether text that went through an HTML parser can still equal the payload: the parser
    turns NUL into U+FFFD and CR LF into LF (the data itself stays verbatim: see dg.nodes)."""
    return "\x00" not in payload and "\r" not in payload


def _person(i: int) -> str:
    return f"person:hostile-{i}"


def _hand_made() -> list[ArticleRecord]:
    kaz = Entity(KAZ, EntityType.COUNTRY, "Kazakhstan")
    pak = Entity(PAK, EntityType.COUNTRY, "Pakistan")
    out = []
    for i, payload in enumerate(PAYLOADS):
        text = f"Hostile name article #{i}: {payload}"
        aid = article_id(text)
        person = Entity(_person(i), EntityType.PERSON, payload, (f"alias {payload}",))
        sentences = [f"{payload} is ambassador of Kazakhstan.",
                     f"{payload} is accredited to Pakistan."]
        claims = tuple(
            Claim(aid, predicate, person.id, target, sentence, index, 0, len(sentence),
                  "test.hostile")
            for index, (predicate, target, sentence) in enumerate(
                [("AMBASSADOR_OF", KAZ, sentences[0]), ("ACCREDITED_TO", PAK, sentences[1])]))
        # No URL: an article with the URL of an earlier one is its new revision (it replaces
        # it), and the JSONL articles carry the payloads as URLs.
        out.append(ArticleRecord(Article(aid, text, title=payload, url=None, source=payload),
                                 (kaz, pak, person), claims))
    return out


def _write_jsonl(path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i, payload in enumerate(PAYLOADS):
            year = 1992 + i % 30
            text = (f"Kazakhstan and Pakistan established diplomatic relations on "
                    f"{1 + i % 28} May {year}, a note reading {payload} said. The ministry "
                    f"published it in full.")
            out.write(json.dumps({"text": text, "title": payload, "source": payload,
                                  "url": payload, "published": "2024-03-03"}) + "\n")


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    from ingest.pipeline import ingest

    folder = tmp_path_factory.mktemp("hostile-browser")
    store = open_store(f"sqlite:///{folder / 'graph.db'}")
    corpus = folder / "hostile.jsonl"
    _write_jsonl(corpus)
    summary = ingest([corpus], store)
    # Each line is read, extracted and written (the 100 KB one may be refused by the
    # language check: a refusal is a reported failure, never a crash).
    assert summary.inputs == len(PAYLOADS), summary
    assert summary.added >= len(PAYLOADS) - 2, [
        (o.input, o.reason) for o in summary.outcomes if o.status != "added"]
    assert summary.claims > 0
    store.write_articles(_hand_made())
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(scope="module")
def hostile_server(hostile_store: GraphStore) -> Iterator[str]:
    with serve_app(hostile_store) as url:
        yield url


def _clean(page: Any, where: str) -> None:
    bad = page.evaluate(INJECTED)
    assert bad == [], f"{where}: {bad}"


def _select_all_edges(page: Any, where: str) -> int:
    """Select every edge of the view in turn (side panel + evidence box), checking each."""
    edges = page.evaluate("() => dg.edges.getIds()")
    for edge in edges:
        page.evaluate("(id) => dg.select('edge', id, false)", edge)
        page.wait_for_selector("#evidence-box blockquote, #evidence-box .muted", timeout=10_000)
        _clean(page, f"{where}, edge {edge}")
    return len(edges)


def test_entity_view_and_side_panel_keep_every_payload_as_text(
        page: Any, hostile_server: str, watch: Watch) -> None:
    page.goto(f"{hostile_server}/viz/entity/{KAZ}")
    wait_stable(page)
    _clean(page, "entity view of Kazakhstan")
    names = page.evaluate("() => Object.fromEntries(dg.nodes.get().map(n => [n.id, n.name]))")
    for i, payload in enumerate(PAYLOADS):
        assert names.get(_person(i)) == payload, (i, payload[:40])  # the data, verbatim
        page.evaluate("(id) => dg.select('node', id, false)", _person(i))
        heading = page.evaluate("() => document.querySelector('#panel-body h3').textContent")
        assert payload in heading or not _verbatim_in_html(payload), (i, heading[:80])
        panel = page.evaluate("() => document.querySelector('#panel-body').textContent")
        assert f"alias {payload}" in panel or not _verbatim_in_html(payload), i
        _clean(page, f"side panel of payload {i}")
    assert watch.dialogs == []


def test_each_hostile_person_has_a_page_of_its_own(
        page: Any, hostile_server: str, watch: Watch) -> None:
    # The markup and script ones (the others had their turn in the views of Kazakhstan).
    markup = [i for i, p in enumerate(PAYLOADS) if ("<" in p or "script:" in p or "{{" in p)]
    assert len(markup) >= 10
    for i in markup:
        payload = PAYLOADS[i]
        page.goto(f"{hostile_server}/viz/entity/{_person(i)}")
        wait_stable(page)
        if _verbatim_in_html(payload):
            assert page.locator("#view-title").text_content() == payload, i
        _select_all_edges(page, f"entity view of payload {i}")
        _clean(page, f"entity view of payload {i}")
    assert watch.dialogs == []


def test_ingested_articles_show_as_text_in_the_evidence(
        page: Any, hostile_server: str, watch: Watch) -> None:
    """The articles that came in through the pipeline: their sentences (payload inside) and
    titles in the evidence box of the Kazakhstan-Pakistan tie."""
    page.goto(f"{hostile_server}/viz/entity/{PAK}")
    wait_stable(page)
    ties = page.evaluate(
        "() => dg.edges.get({filter: e => e.rtype === 'ESTABLISHED_TIES'}).map(e => e.id)")
    assert len(ties) == 1, "the ingested articles' relation is not in the view"
    page.evaluate("(id) => dg.select('edge', id, false)", ties[0])
    page.wait_for_selector("#evidence-box blockquote", timeout=10_000)
    box = page.evaluate("() => document.querySelector('#evidence-box').textContent")
    shown = {p for p in PAYLOADS if _verbatim_in_html(p) and f"a note reading {p} said" in box}
    assert len(shown) >= 10, f"only {len(shown)} payloads shown in the evidence"
    _clean(page, "evidence of the ingested articles")
    assert watch.dialogs == []


def test_pair_view(page: Any, hostile_server: str, watch: Watch) -> None:
    page.goto(f"{hostile_server}/viz/pair/KAZ/PAK")
    wait_stable(page)
    _clean(page, "pair view")
    assert _select_all_edges(page, "pair view") >= 2 * len(PAYLOADS)
    assert watch.dialogs == []


def test_graph_view_and_home_lists(page: Any, hostile_server: str, watch: Watch) -> None:
    page.goto(f"{hostile_server}/viz/graph?limit=500")
    wait_stable(page, timeout=60_000)
    _clean(page, "graph view")
    names = set(page.evaluate("() => dg.nodes.get().map(n => n.name)"))
    assert set(PAYLOADS) <= names
    page.goto(f"{hostile_server}/")
    _clean(page, "home page")
    assert watch.dialogs == []


def test_search_type_ahead_lists_payloads_as_text(
        page: Any, hostile_server: str, watch: Watch) -> None:
    page.goto(f"{hostile_server}/viz/entity/{KAZ}")
    wait_stable(page)
    found = 0
    for payload in PAYLOADS:
        query = payload[:60].strip()
        if not query or not _verbatim_in_html(payload):
            continue
        page.evaluate("() => document.getElementById('search-results').replaceChildren()")
        with page.expect_response(lambda r: "/api/v1/entities?q=" in r.url):
            page.fill("#search", query)
        page.wait_for_selector("#search-results li", timeout=10_000)
        options = page.locator("#search-results li[role=option] .name").all_text_contents()
        found += any(o.startswith(payload[:60]) for o in options)
        _clean(page, f"type-ahead for {query[:30]!r}")
    assert found >= 20, f"the type-ahead found only {found} payload names"
    assert watch.dialogs == []

"""(d) The visualizer: time until vis-network is stable for views of 200, 1,000 and 3,000 nodes,
in headless Debian chromium through Playwright (executable_path; no browser download).

Pages are the visualizer's own standalone render (viz.render.render_view) of the best-connected
N entities of a store, opened from file://: the figure is the browser's work (parse, draw,
physics until the page freezes it), not the server's."""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path
from typing import Any

from bench.common import Skip, require, say

CHROMIUM = Path("/usr/bin/chromium")


def top_view(store: Any, n: int) -> tuple[Any, bool]:
    """Like viz.views.graph_view, without its 1,500-node cap: the n best-connected entities
    with the visualizer's edge cap applied (what a user is shown); and whether that cap left
    relations among them out."""
    views = require("viz.views")
    sub, _, cut = require("viz.views", "top_subgraph")(store, n)
    return views.View("graph", f"Top {n}", sub, (), 1, None), cut


def bench_viz(store_url: str, sizes: tuple[int, ...], repeats: int = 2) -> dict[str, Any]:
    render = require("viz.render", "render_view")
    if not CHROMIUM.exists():
        raise Skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = require("playwright.sync_api")
    from graph.store import open_store

    store = open_store(store_url)
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                    args=["--no-sandbox", "--disable-gpu"])
        try:
            for n in sizes:
                view, edge_capped = top_view(store, n)
                page_file = Path(tmp) / f"view-{n}.html"
                page_file.write_text(render(view, standalone=True), encoding="utf-8")
                runs = []
                for _ in range(repeats):
                    # The page's CSP forbids eval, which Playwright's polling needs; lifting
                    # it changes nothing in the layout being timed.
                    context = browser.new_context(viewport={"width": 1400, "height": 900},
                                                  bypass_csp=True)
                    page = context.new_page()
                    try:
                        page.goto(page_file.as_uri(), wait_until="load", timeout=120_000)
                        page.wait_for_function("window.dg && window.dg.stable === true",
                                               timeout=180_000, polling=50)
                        runs.append(page.evaluate(
                            "({stable: performance.now(), nodes: window.dg.nodes.length,"
                            " edges: window.dg.edges.length, load:"
                            " performance.getEntriesByType('navigation')[0].loadEventEnd})"))
                    finally:
                        context.close()
                stable = [r["stable"] for r in runs]
                out[str(n)] = {
                    "nodes": runs[0]["nodes"], "edges": runs[0]["edges"],
                    "edge_capped": edge_capped,
                    "page_bytes": page_file.stat().st_size,
                    "load_ms": round(statistics.median(r["load"] for r in runs)),
                    "stable_ms": round(statistics.median(stable)),
                    "runs_ms": [round(s) for s in stable],
                    # the page freezes physics itself after 15 s if stabilization never ends
                    "hit_15s_fallback": max(stable) >= 15_000,
                }
                capped = " (edge cap)" if edge_capped else ""
                say(f"  {n:>5} nodes requested: {runs[0]['nodes']} nodes, {runs[0]['edges']} "
                    f"edges{capped}, stable after {out[str(n)]['stable_ms']:,} ms")
        finally:
            browser.close()
            store.close()
    return out

"""Pages from views: our own Jinja templates, our JS/CSS and vis-network from the pyvis package.

Served pages link the assets from /viz/static; a standalone page inlines them and embeds the data
(and the evidence), so it opens from a file:// URL with no server at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape

from graph.canonical import relation_dict
from graph.model import Evidence
from graph.store import GraphStore
from viz.network import build_network, network_payload
from viz.style import NODE_STYLES, vocabulary_payload
from viz.views import Summary, View

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATE_DIR = HERE / "templates"
API_BASE = "/api/v1"
STATIC_BASE = "/viz/static"
OUR_ASSETS = ("diplograph.js", "diplograph.css")
VIS_ASSETS = ("vis-network.min.js", "vis-network.css")

# The served pages load scripts only from our origin; styles may be inline (vis sets them).
SERVED_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
              "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; "
              "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
# A standalone file may run its inline code and nothing else: no network at all.
STANDALONE_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                  "img-src data: blob:; base-uri 'none'; form-action 'none'")


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", path.name))


@cache
def vis_dir() -> Path:
    """The newest vis-network bundled with the installed pyvis (pyvis/lib/vis-9.x)."""
    candidates = sorted(Path(pyvis.__file__).resolve().parent.glob("lib/vis-9*"), key=_version_key)
    for folder in reversed(candidates):
        if all((folder / name).is_file() for name in VIS_ASSETS):
            return folder
    raise FileNotFoundError("the installed pyvis has no lib/vis-9.x with vis-network files")


def asset_path(name: str) -> Path | None:
    """The file behind /viz/static/<name>; only these four names exist."""
    if name in OUR_ASSETS:
        return STATIC_DIR / name
    if name in VIS_ASSETS:
        return vis_dir() / name
    return None


@cache
def _asset_text(name: str) -> str:
    path = asset_path(name)
    assert path is not None
    return path.read_text(encoding="utf-8")


def _inline_script(name: str) -> str:
    """JS that can sit inside <script>: only "</script" ends the element early ("<\\/script"
    means the same in a JS string or regex); "<!--" would need more care, so refuse it."""
    text = _asset_text(name)
    if "<!--" in text:
        raise ValueError(f"{name} contains '<!--' and cannot be inlined as is")
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)


def _inline_style(name: str) -> str:
    return re.sub(r"</(style)", r"<\\/\1", _asset_text(name), flags=re.IGNORECASE)


def json_for_html(data: Any) -> str:
    """JSON that is safe inside <script type="application/json">: no <, > or & left as is."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


_env = Environment(
    loader=FileSystemLoader(str(TEMPLATE_DIR)),
    autoescape=select_autoescape(["html"], default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def evidence_dict(ev: Evidence) -> dict[str, Any]:
    """One piece of evidence in the shape the page's JS reads (the API's is adapted to it)."""
    return {
        "claim_id": ev.claim_id,
        "sentence": ev.sentence,
        "date": None if ev.date is None else str(ev.date),
        "date_source": ev.date_source.value,
        "confidence": ev.confidence,
        "rule": ev.rule,
        "article": {
            "id": ev.article_id,
            "title": ev.article_title,
            "url": ev.article_url,
            "source": ev.article_source,
            "published": None if ev.article_published is None else str(ev.article_published),
        },
    }


def collect_evidence(store: GraphStore, view: View) -> dict[str, list[dict[str, Any]]]:
    return {rid: [evidence_dict(ev) for ev in store.evidence(rid)] for rid in view.sub.relations}


def _assets(standalone: bool, with_vis: bool) -> dict[str, Any]:
    scripts = (["vis-network.min.js"] if with_vis else []) + ["diplograph.js"]
    styles = (["vis-network.css"] if with_vis else []) + ["diplograph.css"]
    if standalone:
        return {
            "inline_styles": [_inline_style(n) for n in styles],
            "inline_scripts": [_inline_script(n) for n in scripts],
            "style_urls": [], "script_urls": [],
        }
    return {
        "inline_styles": [], "inline_scripts": [],
        "style_urls": [f"{STATIC_BASE}/{n}" for n in styles],
        "script_urls": [f"{STATIC_BASE}/{n}" for n in scripts],
    }


def view_data(
    view: View, *, standalone: bool, evidence: dict[str, list[dict[str, Any]]] | None = None
) -> dict[str, Any]:
    net = build_network(view.sub, view.focus)
    return {
        "view": view.kind,
        "title": view.title,
        "focus": list(view.focus),
        "depth": view.depth,
        "note": view.note,
        "truncated": view.sub.truncated,
        "standalone": standalone,
        "apiBase": API_BASE,
        "network": network_payload(net),
        "styles": {t.value: s for t, s in NODE_STYLES.items()},
        "vocabulary": vocabulary_payload(),
        "timeline": view.timeline,
        "via": view.via,
        "evidence": evidence,
    }


def render_view(
    view: View, *, standalone: bool = False,
    evidence: dict[str, list[dict[str, Any]]] | None = None,
) -> str:
    """The page of an entity, pair or graph view; standalone inlines assets and data."""
    data = view_data(view, standalone=standalone, evidence=evidence)
    return _env.get_template("view.html").render(
        kind=view.kind, title=view.title, note=view.note, depth=view.depth,
        focus=view.focus, standalone=standalone, csp=STANDALONE_CSP if standalone else None,
        data_json=json_for_html(data), **_assets(standalone, with_vis=True),
    )


def render_home(summary: Summary, names: dict[str, str]) -> str:
    stats, countries, latest = summary.stats, summary.countries, summary.latest
    data = {"view": "home", "standalone": False, "apiBase": API_BASE,
            "styles": {t.value: s for t, s in NODE_STYLES.items()}}
    return _env.get_template("home.html").render(
        title="diplograph", stats=stats, countries=countries,
        latest=[{**relation_dict(r), "source_name": names.get(r.source, r.source),
                 "target_name": names.get(r.target, r.target)} for r in latest],
        total_entities=sum(stats.entities_by_type.values()),
        total_relations=sum(stats.relations_by_type.values()),
        data_json=json_for_html(data), csp=None, standalone=False,
        **_assets(False, with_vis=False),
    )


def render_message(
    title: str, message: str, candidates: Sequence[tuple[str, str]] = ()
) -> str:
    """A small page for 'not found' and 'which one did you mean?' answers."""
    data = {"view": "message", "standalone": False, "apiBase": API_BASE, "styles": {}}
    return _env.get_template("message.html").render(
        title=title, message=message, candidates=candidates, csp=None, standalone=False,
        data_json=json_for_html(data), **_assets(False, with_vis=False),
    )

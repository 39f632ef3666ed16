"""Subgraph -> pyvis Network: nodes styled by type, one edge per relation (ids kept), tuned physics.

The Network is directed so that pyvis keeps every relation between a pair (its undirected mode
drops the second edge); symmetric relation types simply get no arrow head.
"""

from __future__ import annotations

import html
import json
from collections import Counter, defaultdict
from collections.abc import Collection
from typing import Any

from pyvis.network import Network

from graph.model import Entity, Relation, Subgraph
from graph.vocabulary import PREDICATES
from viz.style import LABEL_MAX, NODE_STYLES, relation_color

IMPROVED_LAYOUT_MAX = 150  # vis's improvedLayout (Kamada-Kawai seeding) is slow above this


def _d(value: object | None) -> str | None:
    return None if value is None else str(value)


def date_label(r: Relation) -> str:
    """'1991-12', or '2019-05 – 2022' for a state known over an interval, or '' when undated."""
    if r.date is None:
        return ""
    if r.date_end is not None:
        return f"{r.date} – {r.date_end}"
    return str(r.date)


def edge_label(r: Relation) -> str:
    when = date_label(r)
    return f"{r.type} {when}" if when else r.type


def node_label(e: Entity) -> str:
    return e.name if len(e.name) <= LABEL_MAX else e.name[: LABEL_MAX - 1] + "…"


def node_tooltip(e: Entity, degree: int) -> str:
    lines = [e.name, f"{e.type.value} · {e.id}", f"{degree} relation(s) in view"]
    if e.aliases:
        lines.append("also: " + ", ".join(e.aliases[:8]))
    return "\n".join(lines)


def edge_tooltip(r: Relation, names: dict[str, str]) -> str:
    head = f"{names.get(r.source, r.source)} {r.type} {names.get(r.target, r.target)}"
    facts = [date_label(r) or "undated", f"{r.article_count} source(s)",
             f"confidence {r.confidence:.2f}"]
    if r.conflict:
        facts.append("sources disagree on the date")
    return head + "\n" + " · ".join(facts)


def curvature(index: int) -> dict[str, Any]:
    """The index-th relation between one pair: the first straight, the next ones bent outwards
    alternately, so parallel relations never draw on top of each other."""
    if index == 0:
        return {"enabled": False}
    side = "curvedCW" if index % 2 else "curvedCCW"
    return {"enabled": True, "type": side, "roundness": 0.3 * ((index + 1) // 2)}


def network_options(node_count: int) -> dict[str, Any]:
    """forceAtlas2Based with a capped stabilization; the page freezes physics once stable."""
    big = node_count > 500
    small = node_count <= 60  # room for the edge labels: longer springs, stronger repulsion
    return {
        "autoResize": True,
        "layout": {"improvedLayout": node_count <= IMPROVED_LAYOUT_MAX, "randomSeed": 7},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -120 if small else -60,
                "centralGravity": 0.01,
                "springLength": 190 if small else 100,
                "springConstant": 0.06,
                "damping": 0.5,
                # Big views: no overlap avoidance and a coarser Barnes-Hut approximation, as the
                # repulsion is where the time goes (measured: ~2x faster at 1,000 nodes).
                "avoidOverlap": 0 if big else 0.3,
                "theta": 0.9 if big else 0.5,
            },
            "maxVelocity": 60,
            "minVelocity": 1.0,
            "timestep": 0.45,
            "adaptiveTimestep": True,
            # Fewer iterations for big views: they settle well enough and stay under ~3 s.
            "stabilization": {
                "enabled": True,
                "iterations": 100 if big else 600,
                "updateInterval": 50,
                "fit": True,
            },
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
            "navigationButtons": False,
            "keyboard": False,
        },
        "nodes": {
            "font": {"size": 13, "face": "system-ui, sans-serif", "strokeWidth": 3,
                     "strokeColor": "#ffffff"},
            "borderWidth": 1,
            "borderWidthSelected": 3,
        },
        "edges": {
            "width": 1.4,
            "selectionWidth": 2.5,
            "font": {"size": 10, "face": "system-ui, sans-serif", "align": "horizontal",
                     "strokeWidth": 3, "strokeColor": "#ffffff", "color": "#333333"},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "scaling": {"label": {"drawThreshold": 6}},
        },
    }


def build_network(
    sub: Subgraph,
    focus: Collection[str] = (),
    *,
    height: str = "750px",
) -> Network:
    """A styled pyvis Network of the subgraph: the same one the pages draw, for notebooks too.

    Node and edge dicts carry our data next to vis's fields (etype, name, aliases; rtype, date,
    date_end, claims, articles, confidence, conflict ...) so the page can filter and explain.
    """
    net = Network(height=height, width="100%", directed=True, cdn_resources="local")
    degree: Counter[str] = Counter()
    relations = [
        r for r in sorted(sub.relations.values(), key=lambda r: (str(r.date or ""), r.id))
        if r.source in sub.entities and r.target in sub.entities
    ]
    for r in relations:
        degree[r.source] += 1
        degree[r.target] += 1
    names = {e.id: e.name for e in sub.entities.values()}
    tooltips: list[str] = []
    for e in sorted(sub.entities.values(), key=lambda e: e.id):
        style = NODE_STYLES[e.type]
        is_focus = e.id in focus
        # Bigger for better connected nodes, a little; focus nodes stand out with a thick border.
        size = style["size"] + min(14, 2 * degree[e.id] ** 0.5) + (6 if is_focus else 0)
        tooltips.append(node_tooltip(e, degree[e.id]))
        net.add_node(
            e.id, label=node_label(e), shape=style["shape"], color=style["color"],
            size=round(size, 1), borderWidth=4 if is_focus else 1, title=tooltips[-1],
            etype=e.type.value, name=e.name, aliases=list(e.aliases), focus=is_focus,
        )
    pair_count: defaultdict[frozenset[str], int] = defaultdict(int)
    for r in relations:
        pair = frozenset((r.source, r.target))
        index = pair_count[pair]
        pair_count[pair] += 1
        pred = PREDICATES.get(r.type)
        symmetric = pred is not None and pred.symmetric
        tooltips.append(edge_tooltip(r, names))
        net.add_edge(
            r.source, r.target, id=r.id, label=edge_label(r), title=tooltips[-1],
            arrows={"to": {"enabled": not symmetric, "scaleFactor": 0.6}},
            color={"color": relation_color(r.type), "highlight": "#000000", "opacity": 0.85},
            dashes=r.conflict, smooth=curvature(index),
            rtype=r.type, kind=None if pred is None else pred.kind.value, symmetric=symmetric,
            date=_d(r.date), date_end=_d(r.date_end), first_reported=_d(r.first_reported),
            last_reported=_d(r.last_reported), claims=r.claim_count,
            articles=r.article_count, confidence=r.confidence, conflict=r.conflict,
        )
    if any("href" in t.lower() for t in tooltips):
        # pyvis's own template (net.show() in a notebook) switches every tooltip to innerHTML
        # as soon as one contains "href"; escape them all then so names stay text there too.
        for item in [*net.nodes, *net.edges]:
            item["title"] = html.escape(item["title"])
    net.options = network_options(len(net.nodes))
    return net


def network_payload(net: Network) -> dict[str, Any]:
    """What the page needs from a Network: nodes, edges and vis options, JSON-ready."""
    options = net.options
    if not isinstance(options, dict):  # options set through pyvis's own API
        options = json.loads(options.to_json())
    return {"nodes": list(net.nodes), "edges": list(net.edges), "options": options}

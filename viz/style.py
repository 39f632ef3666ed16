"""How entity and relation types look: one table, used by pyvis in Python and embedded for the JS.

The page's JS styles nodes and edges it adds later (expansion) from these same tables, so a node
looks the same whether pyvis or the browser made it.
"""

from __future__ import annotations

from typing import Any

from graph.vocabulary import ENTITY_DESCRIPTIONS, PREDICATES, EntityType

# Colour + shape per entity type; shapes with the label outside so labels never resize nodes.
NODE_STYLES: dict[EntityType, dict[str, Any]] = {
    EntityType.COUNTRY: {"color": "#2f6db5", "shape": "dot", "size": 22},
    EntityType.PERSON: {"color": "#e07b1f", "shape": "diamond", "size": 14},
    EntityType.INSTITUTION: {"color": "#2e9e5b", "shape": "square", "size": 13},
    EntityType.PROJECT: {"color": "#8e5bb5", "shape": "hexagon", "size": 14},
    EntityType.ORGANIZATION: {"color": "#c0392b", "shape": "triangle", "size": 15},
    EntityType.CITY: {"color": "#5d6d7e", "shape": "star", "size": 14},
}

# One colour per relation type, grouped by meaning (milestones dark, posts orange, events teal).
RELATION_COLORS: dict[str, str] = {
    "RECOGNIZED": "#1b3a6b",
    "ESTABLISHED_TIES": "#2f6db5",
    "SEVERED_TIES": "#b22222",
    "LECTURED_AT": "#138d75",
    "COOPERATES_VIA": "#8e5bb5",
    "COOPERATES_WITH": "#6c3483",
    "VISITED": "#16a085",
    "MET_WITH": "#1abc9c",
    "SIGNED_AGREEMENT": "#7d3c98",
    "AMBASSADOR_OF": "#d35400",
    "ACCREDITED_TO": "#e67e22",
    "OFFICIAL_OF": "#a04000",
    "MEMBER_OF": "#c0392b",
    "LOCATED_IN": "#7f8c8d",
}
DEFAULT_RELATION_COLOR = "#888888"
LABEL_MAX = 40  # node labels longer than this are cut; the full name is in the tooltip and panel


def relation_color(rtype: str) -> str:
    return RELATION_COLORS.get(rtype, DEFAULT_RELATION_COLOR)


def vocabulary_payload() -> dict[str, Any]:
    """The vocabulary with its styles, for the legend and the filters (embedded in every page)."""
    return {
        "entity_types": [
            {"name": t.value, "description": ENTITY_DESCRIPTIONS[t], **NODE_STYLES[t]}
            for t in EntityType
        ],
        "relation_types": [
            {
                "name": p.name,
                "kind": p.kind.value,
                "symmetric": p.symmetric,
                "description": p.description,
                "color": relation_color(p.name),
            }
            for p in PREDICATES.values()
        ],
    }

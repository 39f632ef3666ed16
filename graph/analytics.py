"""Hand subgraphs to networkx for algorithms (paths, centrality, communities) and notebooks."""

from __future__ import annotations

import networkx as nx

from graph.model import Subgraph


def to_networkx(sub: Subgraph) -> nx.MultiDiGraph[str]:
    """A MultiDiGraph keyed by relation id, so parallel relations between a pair all survive."""
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for e in sub.entities.values():
        g.add_node(e.id, type=e.type.value, name=e.name, aliases=list(e.aliases))
    for r in sub.relations.values():
        g.add_edge(
            r.source, r.target, key=r.id, type=r.type,
            date=None if r.date is None else str(r.date),
            claims=r.claim_count, articles=r.article_count, conflict=r.conflict,
        )
    return g


def degree_centrality(sub: Subgraph) -> dict[str, float]:
    return dict(nx.degree_centrality(nx.Graph(to_networkx(sub))))

"""store_common.shortest_routes against networkx's all shortest paths on random graphs."""

from __future__ import annotations

import random
from collections.abc import Collection

import networkx as nx
import pytest

from graph.store_common import Pair, Pairs, shortest_routes


def _graph(seed: int) -> nx.Graph[str]:
    """A sparse random graph with a few hubs, as entity ids."""
    rng = random.Random(seed)
    n = rng.randint(8, 60)
    g: nx.Graph[str] = nx.Graph()
    g.add_nodes_from(f"n{i:02d}" for i in range(n))
    hubs = [f"n{i:02d}" for i in range(3)]
    for _ in range(rng.randint(n // 2, 2 * n)):
        a = rng.choice(hubs) if rng.random() < 0.4 else f"n{rng.randrange(n):02d}"
        b = f"n{rng.randrange(n):02d}"
        if a != b:
            g.add_edge(a, b)
    return g


def _pairs(g: nx.Graph[str], reads: list[int]) -> Pairs:
    def pairs(nodes: Collection[str]) -> list[Pair]:
        reads.append(len(nodes))
        return [Pair(a, b) for a in nodes for b in g[a]]
    return pairs


@pytest.mark.parametrize("seed", range(60))
def test_routes_are_networkx_shortest_paths_in_order(seed: int) -> None:
    g = _graph(seed)
    rng = random.Random(seed)
    nodes = sorted(g)
    for _ in range(15):
        a, b = rng.choice(nodes), rng.choice(nodes)
        max_hops, limit = rng.randint(0, 5), rng.choice([1, 3, 10, 100])
        try:
            every = sorted(tuple(p) for p in nx.all_shortest_paths(g, a, b))
        except nx.NetworkXNoPath:
            every = []
        expected = [p for p in every if len(p) - 1 <= max_hops][:limit]
        reads: list[int] = []
        got = shortest_routes(a, b, max_hops, limit, _pairs(g, reads))
        assert got == expected, (seed, a, b, max_hops, limit)
        linked = shortest_routes(a, b, max_hops, limit, _pairs(g, reads),
                                 linked=g.has_edge)
        assert linked == expected, (seed, a, b, max_hops, limit)


def test_linked_ends_are_answered_without_reading_neighbours() -> None:
    g = nx.star_graph(500)
    g = nx.relabel_nodes(g, {i: f"n{i:03d}" for i in g})
    reads: list[int] = []
    got = shortest_routes("n000", "n007", 3, 10, _pairs(g, reads),
                          linked=g.has_edge)
    assert got == [("n000", "n007")]
    assert reads == []

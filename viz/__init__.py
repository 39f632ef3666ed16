"""Pages built from subgraphs: pyvis builds the network, our template and local assets draw it.

For notebooks: `viz.build_network(subgraph)` is the pyvis Network the pages draw, and
`graph.analytics.to_networkx(subgraph)` the same subgraph as a networkx MultiDiGraph.
"""

from viz.network import build_network

__all__ = ["build_network"]

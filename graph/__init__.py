"""The knowledge graph: model, vocabulary, stores, queries, analytics, export."""

from graph.store import DEFAULT_STORE_URL, GraphStore, RelationQuery, open_store

__all__ = ["DEFAULT_STORE_URL", "GraphStore", "RelationQuery", "open_store"]

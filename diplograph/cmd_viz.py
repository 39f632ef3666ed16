"""`diplograph viz ENTITY [OTHER] --out file.html`: the visualizer's page as one standalone file.

The file carries vis-network, our JS/CSS, the graph and the evidence of every relation in it,
so it opens from disk (file://) with no server. With OTHER, it is the pair view, whose timeline
is the API's bilateral dossier (computed here, in process).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from graph.model import Entity, Relation
from graph.store import GraphStore, open_store


def _dossier(store: GraphStore, a: Entity, b: Entity) -> Sequence[tuple[Relation, str]]:
    from api import dossier  # the composition root may use the API's dossier; viz may not

    return dossier.build(store, a, b).timeline


def write_page(
    store: GraphStore, entity: str, other: str | None, out: Path, depth: int = 1
) -> tuple[int, int]:
    """Write the standalone page; returns (entities, relations) drawn."""
    from viz import render, views

    if other is None:
        view = views.entity_view(store, entity, depth)
    else:
        view = views.pair_view(store, entity, other, dossier=_dossier)
    page = render.render_view(view, standalone=True,
                              evidence=render.collect_evidence(store, view))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return len(view.sub.entities), len(view.sub.relations)


def register(app: typer.Typer) -> None:
    @app.command("viz")
    def viz(
        entity: Annotated[str, typer.Argument(help="Id, ISO code, name or alias.")],
        out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")],
        other: Annotated[str | None, typer.Argument(
            help="A second entity: the pair view of the two.")] = None,
        store: Annotated[str | None, typer.Option(
            "--store", help="Store URL (default: DIPLOGRAPH_STORE or ./diplograph.db).")] = None,
        depth: Annotated[int, typer.Option(min=1, max=2, help="Entity view: hops.")] = 1,
    ) -> None:
        """Write the page of ENTITY (or of the pair ENTITY OTHER) as one standalone HTML file."""
        opened = open_store(store)
        try:
            nodes, edges = write_page(opened, entity, other, out, depth)
        finally:
            opened.close()
        typer.echo(f"wrote {out} ({nodes} entities, {edges} relations)")

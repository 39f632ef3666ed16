"""The `diplograph` command line: one Typer app, each command group in its own module."""

from __future__ import annotations

import sys

import typer

from diplograph import cmd_ingest, cmd_neo4j, cmd_serve, cmd_viz
from graph.errors import DiplographError

app = typer.Typer(
    name="diplograph",
    help="A knowledge graph of bilateral relations between countries, built from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
cmd_ingest.register(app)
cmd_neo4j.register(app)
cmd_serve.register(app)
cmd_viz.register(app)


def main() -> None:
    """Entry point: our own errors become one clear line on stderr and exit code 1."""
    try:
        app()
    except DiplographError as exc:
        print(f"diplograph: error: {exc}", file=sys.stderr)
        sys.exit(1)

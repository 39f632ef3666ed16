"""`diplograph neo4j start|stop|status`: the local Neo4j used by tests and `make run`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from diplograph import neo4j_local

DataOption = Annotated[Path, typer.Option("--data", help="Folder for the server's data and log.")]


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Run a local Neo4j 5.26 (embedded, Bolt on 127.0.0.1, auth off).")

    @group.command()
    def start(
        data: DataOption = Path(".neo4j-local"),
        port: Annotated[int | None, typer.Option(help="Bolt port; a free one if unset.")] = None,
    ) -> None:
        """Build (once) and start the server in the background; print its URI."""
        server = neo4j_local.start(data, port=port)
        typer.echo(server.uri)

    @group.command()
    def stop(data: DataOption = Path(".neo4j-local")) -> None:
        """Stop the server started with that data folder."""
        typer.echo("stopped" if neo4j_local.stop(data) else "not running")

    @group.command()
    def status(data: DataOption = Path(".neo4j-local")) -> None:
        """Print the URI of the running server, or exit 1 when none runs."""
        uri = neo4j_local.status(data)
        if uri is None:
            typer.echo("not running")
            raise typer.Exit(1)
        typer.echo(uri)

    app.add_typer(group, name="neo4j")

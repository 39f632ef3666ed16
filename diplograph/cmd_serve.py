"""`diplograph serve`: the query API (and the visualizer's pages) under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        store: Annotated[str | None, typer.Option(
            "--store", help="Store URL (default: $DIPLOGRAPH_STORE or sqlite:///./diplograph.db)."
        )] = None,
        host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
        log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
    ) -> None:
        """Serve the HTTP API at http://HOST:PORT (/api/v1, /docs, /healthz, /metrics)."""
        import uvicorn

        from api.app import create_app
        from api.settings import Settings

        settings = Settings() if store is None else Settings(store=store)
        uvicorn.run(create_app(settings=settings), host=host, port=port, log_level=log_level,
                    proxy_headers=False)

"""Browser fixtures: Debian chromium through Playwright, the app on 127.0.0.1, every request
that would leave 127.0.0.1 blocked and counted, console errors and dialogs recorded.

No browser download ever: the Debian package's /usr/bin/chromium is used as is. Without it these
tests skip (install it with `apt-get install -y chromium`), unless DIPLOGRAPH_REQUIRE_BROWSER=1,
under which a missing browser fails the run.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from graph.store import GraphStore, open_store
from tests.browser import corpus

CHROMIUM = os.environ.get("DIPLOGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
HOW_TO = "install Debian's chromium: apt-get update && apt-get install -y chromium"


def _missing(reason: str) -> None:
    if os.environ.get("DIPLOGRAPH_REQUIRE_BROWSER") == "1":
        pytest.fail(f"DIPLOGRAPH_REQUIRE_BROWSER=1 but {reason} ({HOW_TO})")
    pytest.skip(f"{reason}: {HOW_TO}")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed")
    path = CHROMIUM if os.path.isfile(CHROMIUM) else shutil.which("chromium")
    if path is None:
        _missing(f"no chromium at {CHROMIUM}")
    with sync_playwright() as pw:
        try:
            launched = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        except Exception as exc:  # noqa: BLE001 - a browser that does not start is "no browser"
            _missing(f"chromium at {path} does not start: {exc}")
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="session")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('browser') / 'graph.db'}"


@pytest.fixture(scope="session")
def store(store_url: str) -> Iterator[GraphStore]:
    s = open_store(store_url)
    corpus.fill(s)
    try:
        yield s
    finally:
        s.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def serve_app(store: GraphStore) -> Iterator[str]:
    """The whole app (API + pages) over `store` under uvicorn on 127.0.0.1, in a thread."""
    import uvicorn

    from api.app import create_app

    app = create_app(store=store)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)


@pytest.fixture(scope="session")
def server(store: GraphStore) -> Iterator[str]:
    with serve_app(store) as url:
        yield url


@dataclass
class Watch:
    """What a page did that it should not: outside requests, console errors, dialogs."""

    outside: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.outside == [], f"requests leaving 127.0.0.1: {self.outside}"
        assert self.errors == [], f"console errors: {self.errors}"
        assert self.dialogs == [], f"dialogs fired: {self.dialogs}"


def _local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about", "file"):
        return True
    return parts.scheme in ("http", "https", "ws") and parts.hostname == "127.0.0.1"


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def page(browser: Any, watch: Watch) -> Iterator[Any]:
    """A fresh context and page; after the test: 0 outside requests, 0 console errors,
    0 dialogs."""
    context = browser.new_context(viewport={"width": 1500, "height": 900}, accept_downloads=True)

    def route(r: Any) -> None:
        if _local(r.request.url):
            r.continue_()
        else:
            watch.outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    pg = context.new_page()
    pg.on("request", lambda req: watch.requests.append(req.url))
    pg.on("console", lambda msg: watch.errors.append(msg.text) if msg.type == "error" else None)
    pg.on("pageerror", lambda exc: watch.errors.append(f"pageerror: {exc}"))

    def dialog(d: Any) -> None:
        watch.dialogs.append(d.message)
        d.dismiss()

    pg.on("dialog", dialog)
    try:
        yield pg
        watch.assert_clean()
    finally:
        context.close()


def shot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path


def wait_stable(page: Any, timeout: float = 20_000) -> None:
    page.wait_for_function("() => window.dg && window.dg.stable === true", timeout=timeout)

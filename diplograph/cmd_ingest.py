"""`diplograph ingest` (articles -> store) and `diplograph extract` (articles -> JSON, no store).

Exit codes: 0 when nothing failed, 2 when some inputs failed (each is reported with its reason),
1 on a fatal error (bad option, store that cannot be opened or stays unreachable).
"""

from __future__ import annotations

import json
import os
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from graph.errors import DiplographError, InvalidInput
from graph.store import DEFAULT_STORE_URL, GraphStore, open_store
from ingest.pipeline import (
    InputOutcome,
    RetryPolicy,
    Summary,
    extract_items,
    ingest,
    parse_shard,
    retry_transient,
)
from ingest.readers import DEFAULT_MAX_BYTES, RawArticle, read_inputs
from ingest.report import SUMMARY_FIELDS, extract_doc, report_dict

EXIT_OK, EXIT_FATAL, EXIT_FAILED_INPUTS = 0, 1, 2

PathsArg = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH",
        help="Files (.txt .md .html .htm .jsonl), folders (read recursively) or - for stdin.",
    ),
]
WorkersOpt = Annotated[int, typer.Option("--workers", help="Extraction processes.")]
MaxBytesOpt = Annotated[
    int, typer.Option("--max-bytes", help="Skip files (JSONL: lines) larger than this.")
]


class OutputFormat(StrEnum):
    JSONL = "jsonl"
    JSON = "json"
    TABLE = "table"


def _fail(message: str) -> typer.Exit:
    typer.echo(f"diplograph: error: {message}", err=True)
    return typer.Exit(EXIT_FATAL)


def _check_positive(**values: int) -> None:
    for name, value in values.items():
        if value < 1:
            raise InvalidInput(f"--{name.replace('_', '-')} must be at least 1, got {value}")


def _open_store(url: str, policy: RetryPolicy) -> GraphStore:
    """Open and ping, retrying while the store is only unavailable; any other failure is
    fatal and becomes one line (the caller's), not a traceback."""

    def attempt() -> GraphStore:
        store = open_store(url)
        try:
            store.ping()
        except BaseException:
            store.close()
            raise
        return store

    try:
        return retry_transient(attempt, policy)
    except DiplographError:
        raise
    except Exception as exc:  # a driver or file error from a backend we do not wrap
        raise InvalidInput(f"cannot open store {url!r}: {type(exc).__name__}: {exc}") from exc


class _Display:
    """A rich progress line on a terminal; plain lines (failures, a status every few seconds)
    when stderr is a file or a pipe."""

    def __init__(self, console: Console, interval: float = 5.0) -> None:
        self.console = console
        self.started = time.monotonic()
        self.interval = interval
        self.last_line = self.started
        self.progress: Progress | None = None
        self.task: Any = None

    def __enter__(self) -> _Display:
        if self.console.is_terminal:
            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("[bold]ingest[/]"),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task("starting", total=None)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()

    def status(self, summary: Summary) -> str:
        rate = summary.articles / max(time.monotonic() - self.started, 1e-9)
        return (
            f"{summary.inputs} inputs, {summary.articles} articles, {rate:.1f} articles/s, "
            f"{summary.claims} claims, {summary.failed} failed"
        )

    def __call__(self, summary: Summary, outcome: InputOutcome) -> None:
        for warning in outcome.warnings:
            self.console.print(f"warning: {outcome.input}: {warning}", markup=False)
        if outcome.status == "failed":
            self.console.print(f"failed: {outcome.input}: {outcome.reason}", markup=False)
        if self.progress is not None:
            self.progress.update(self.task, description=self.status(summary))
            return
        now = time.monotonic()
        if now - self.last_line >= self.interval:
            self.last_line = now
            self.console.print(f"ingest: {self.status(summary)}", markup=False)


def _summary_table(summary: Summary) -> Table:
    table = Table(show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for name in SUMMARY_FIELDS:
        table.add_row(name, str(getattr(summary, name)))
    rate = summary.articles / summary.elapsed if summary.elapsed > 0 else 0.0
    table.add_row("elapsed", f"{summary.elapsed:.2f} s")
    table.add_row("articles/s", f"{rate:.1f}")
    return table


def _write_report(path: Path, data: dict[str, Any]) -> None:
    try:
        path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"cannot write report {str(path)!r}: {exc.strerror}") from exc


def run_ingest(
    paths: list[str],
    store_url: str | None,
    workers: int,
    batch: int,
    dry_run: bool,
    report: Path | None,
    shard: str | None,
    max_bytes: int,
    retry: RetryPolicy | None = None,
) -> int:
    """The ingest command without Typer: returns the exit code."""
    _check_positive(workers=workers, batch=batch, max_bytes=max_bytes)
    shard_kn = parse_shard(shard) if shard else None
    policy = retry or RetryPolicy()
    if policy.max_wait < 0:
        raise InvalidInput(f"--retry-for must not be negative, got {policy.max_wait}")
    url = store_url or os.environ.get("DIPLOGRAPH_STORE") or DEFAULT_STORE_URL
    if report is not None:
        _write_report(report, {})  # fail now, not after a long run
    store = None if dry_run else _open_store(url, policy)
    err = Console(stderr=True, highlight=False, soft_wrap=True)  # log lines never wrap
    try:
        with _Display(err) as display:
            summary = ingest(
                paths, store, workers=workers, batch=batch, dry_run=dry_run, shard=shard_kn,
                max_bytes=max_bytes, retry=policy, progress=display,
                keep_outcomes=report is not None,
            )
    finally:
        if store is not None:
            store.close()
    out = Console(highlight=False, soft_wrap=True)
    out.print("dry run (nothing written)" if dry_run else f"ingest into {url}", markup=False)
    out.print(_summary_table(summary))
    if report is not None:
        _write_report(report, report_dict(summary, None if dry_run else url))
    if summary.fatal:
        typer.echo(f"diplograph: error: {summary.fatal}", err=True)
        return EXIT_FATAL
    return EXIT_FAILED_INPUTS if summary.failed else EXIT_OK


def run_extract(paths: list[str], fmt: OutputFormat, workers: int, max_bytes: int) -> int:
    """The extract command without Typer: prints documents, returns the exit code."""
    _check_positive(workers=workers, max_bytes=max_bytes)
    out = Console(highlight=False, soft_wrap=True)
    failed = 0
    docs: list[dict[str, Any]] = []
    for done in extract_items(read_inputs(paths, max_bytes), workers):
        item = done.item
        if isinstance(item, RawArticle):
            for warning in item.warnings:
                typer.echo(f"warning: {item.origin}: {warning}", err=True)
        if done.record is None:
            failed += 1
            typer.echo(f"failed: {item.origin}: {done.error}", err=True)
            continue
        doc = extract_doc(item.origin, done.record)
        if fmt is OutputFormat.JSONL:
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        elif fmt is OutputFormat.JSON:
            docs.append(doc)
        else:
            out.print(_doc_table(doc))
    if fmt is OutputFormat.JSON:
        sys.stdout.write(json.dumps(docs, ensure_ascii=False, indent=2) + "\n")
    return EXIT_FAILED_INPUTS if failed else EXIT_OK


def _doc_table(doc: dict[str, Any]) -> Table:
    names = {e["id"]: e["name"] for e in doc["entities"]}
    title = doc["article"]["title"] or ""
    table = Table(title=f"{doc['path']}  {title}".strip(), title_justify="left", expand=True)
    table.add_column("relation", no_wrap=True)
    table.add_column("source", ratio=1, min_width=12, overflow="fold")
    table.add_column("target", ratio=1, min_width=12, overflow="fold")
    table.add_column("date", no_wrap=True)
    table.add_column("evidence", ratio=3, overflow="fold")
    for r in doc["relations"]:
        table.add_row(
            r["type"], names.get(r["source"], r["source"]), names.get(r["target"], r["target"]),
            r["date"] or "", r["evidence"],
        )
    table.caption = f"{len(doc['entities'])} entities, {len(doc['relations'])} relations"
    return table


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest_cmd(
        paths: PathsArg,
        store: Annotated[
            str | None,
            typer.Option(
                "--store",
                help=f"Store URL; default $DIPLOGRAPH_STORE, else {DEFAULT_STORE_URL}.",
                show_default=False,
            ),
        ] = None,
        workers: WorkersOpt = 1,
        batch: Annotated[int, typer.Option("--batch", help="Articles per store write.")] = 100,
        dry_run: Annotated[
            bool, typer.Option("--dry-run", help="Read and extract, write nothing.")
        ] = False,
        report: Annotated[
            Path | None,
            typer.Option("--report", help="Write a JSON report: the outcome of each input."),
        ] = None,
        shard: Annotated[
            str | None,
            typer.Option("--shard", help="K/N: only articles whose id % N == K-1."),
        ] = None,
        max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
        retry_for: Annotated[
            float,
            typer.Option("--retry-for", help="Seconds to keep retrying an unavailable store."),
        ] = RetryPolicy.max_wait,
    ) -> None:
        """Read articles, extract claims and write them to the store."""
        try:
            code = run_ingest(paths, store, workers, batch, dry_run, report, shard, max_bytes,
                              RetryPolicy(max_wait=retry_for))
        except DiplographError as exc:
            raise _fail(str(exc)) from None
        raise typer.Exit(code)

    @app.command("extract")
    def extract_cmd(
        paths: PathsArg,
        fmt: Annotated[
            OutputFormat, typer.Option("--format", help="Output format.")
        ] = OutputFormat.JSONL,
        workers: WorkersOpt = 1,
        max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    ) -> None:
        """Print what the extractor finds in each article (no store); the eval format."""
        try:
            code = run_extract(paths, fmt, workers, max_bytes)
        except DiplographError as exc:
            raise _fail(str(exc)) from None
        raise typer.Exit(code)

"""The benchmark suite: `python -m bench.run --quick` (make bench) or `--full` (make bench-full).

    --quick   corpora of 1k and 10k articles; under 10 minutes on a 2-core machine
    --full    10k, 100k and 1M articles (Neo4j up to 100k; 1M only into SQLite)

Each benchmark prints a table and appends one JSON line to bench/results/results.jsonl:
extraction, ingest, queries, viz, scale, accuracy. A benchmark whose component is not there
yet says why and records itself as skipped, so the suite always runs to the end.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import math
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import extraction, ingest_bench, queries, viz_bench
from bench.common import REPO, RESULTS, Run, Skip, mib, require, say, table
from bench.corpus import ensure_corpus

BENCHMARKS = ("extraction", "ingest", "queries", "viz", "scale", "accuracy")


@dataclass
class Plan:
    sizes: list[int]
    extract_size: int
    neo4j_sizes: list[int]
    naive_sqlite: int
    naive_neo4j: int
    query_requests: dict[int, int]  # size -> requests per endpoint
    concurrency_s: dict[int, float]  # size -> seconds of the 16-client run (0: none)
    viz_sizes: tuple[int, ...]
    viz_store_size: int
    accuracy_size: int
    # Quick mode time boxes (seconds): extraction per worker count, ingest per backend.
    extract_budget_s: dict[int, float | None] = field(default_factory=dict)
    ingest_budget_s: dict[str, float | None] = field(default_factory=dict)

    @classmethod
    def quick(cls) -> Plan:
        # Neo4j only at 1k here: at today's rates its 10k ingest alone would take the budget.
        return cls(sizes=[1_000, 10_000], extract_size=10_000, neo4j_sizes=[1_000],
                   naive_sqlite=60, naive_neo4j=40,
                   query_requests={1_000: 100, 10_000: 200},
                   concurrency_s={1_000: 5, 10_000: 5},
                   viz_sizes=(200, 1_000, 3_000), viz_store_size=10_000, accuracy_size=10_000,
                   extract_budget_s={1: 25, 2: 50},
                   ingest_budget_s={"sqlite": 90, "neo4j": 90})

    @classmethod
    def full(cls) -> Plan:
        return cls(sizes=[10_000, 100_000, 1_000_000], extract_size=100_000,
                   neo4j_sizes=[10_000, 100_000], naive_sqlite=300, naive_neo4j=500,
                   query_requests={10_000: 500, 100_000: 500, 1_000_000: 300},
                   concurrency_s={10_000: 15, 100_000: 15, 1_000_000: 10},
                   viz_sizes=(200, 1_000, 3_000), viz_store_size=100_000,
                   accuracy_size=10_000, extract_budget_s={1: 300, 2: None})


@dataclass
class State:
    run: Run
    plan: Plan
    command: str
    corpus_root: Path
    work: Path
    workers: int
    extractor: str  # real | oracle
    only: set[str]
    neo4j: bool
    sqlite: bool = True
    reuse: bool = False  # query the stores a kept --work dir holds instead of ingesting
    corpora: dict[int, Path] = field(default_factory=dict)
    ingest: list[ingest_bench.IngestResult] = field(default_factory=list)
    subsets: dict[str, dict[str, Any]] = field(default_factory=dict)
    queries: dict[str, dict[str, Any]] = field(default_factory=dict)  # "sqlite/10000" -> ...
    notes: dict[str, list[str]] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    sqlite_stores: dict[int, Path] = field(default_factory=dict)
    predictions: list[dict[str, Any]] | None = None  # from the extraction pass, for accuracy

    def note(self, bench: str, msg: str) -> None:
        say(f"  note: {msg}")
        self.notes.setdefault(bench, []).append(msg)

    def skip(self, bench: str, why: str) -> None:
        say(f"  SKIPPED {bench}: {why}")
        self.skipped.setdefault(bench, why)

    def sqlite_path(self, size: int) -> Path:
        return self.work / f"sqlite-{size}.db"

    def wants(self, bench: str) -> bool:
        return not self.only or bench in self.only


def header(title: str) -> None:
    say(f"\n=== {title} " + "=" * max(0, 70 - len(title)))


@contextlib.contextmanager
def guarded(state: State, bench: str) -> Iterator[None]:
    """A benchmark that breaks (a component in progress) is recorded and the suite goes on."""
    try:
        yield
    except Skip as exc:
        state.skip(bench, str(exc))
    except Exception as exc:  # noqa: BLE001 - report, never stop `make bench`
        traceback.print_exc()
        state.skip(bench, f"failed: {type(exc).__name__}: {exc}"[:1000])


# --- (a) extraction ------------------------------------------------------------------------------


def run_extraction(state: State) -> None:
    header("(a) extraction")
    size = state.plan.extract_size
    figures: dict[str, Any] = {}
    with guarded(state, "extraction"):
        if state.extractor != "real":
            raise Skip("ingest.extract.extract_article is not there yet")
        keep: list[dict[str, Any]] | None = (
            [] if state.plan.accuracy_size == size and state.wants("accuracy") else None)
        figures = extraction.bench_extraction(state.corpora[size], state.plan.extract_budget_s,
                                              keep)
        state.predictions = keep
        f = figures
        fl = f["floor"]
        rows = [["regex floor: read, split, tokenize", 1, fl["articles"], fl["articles_per_s"],
                 fl["articles_per_cpu_s"], fl["tokens_per_s"], fl["seconds"], 1.0]]
        for w in (1, 2):
            r = f[f"workers_{w}"]
            label = "extract_article, " + ("this process" if w == 1 else "process pool")
            rows.append([label, w, r["articles"], r["articles_per_s"], r["articles_per_cpu_s"],
                         r["tokens_per_s"], r["seconds"], r["ratio_to_floor"]])
        ip = f["in_process"]
        rows.append(["extract_article, texts in memory", 1, ip["articles"],
                     ip["articles_per_s"], ip["articles_per_cpu_s"], None, ip["seconds"], None])
        say(table(f"Extraction over the {size:,}-article corpus",
                  ["pass", "workers", "articles", "articles/s", "articles/CPU-s", "tokens/s",
                   "seconds", "x floor"], rows))
    state.run.record("extraction", [size], figures, state.command,
                     state.skipped.get("extraction"), state.notes.get("extraction"))


# --- (b) ingest, (c) queries, (e) scale: per size ---------------------------------------------


def fresh_neo4j(state: State, size: int) -> Any:
    """A new local Neo4j on an empty data dir for one size (disk figures stay clean)."""
    require("graph.neo4j_store", "Neo4jStore")
    from diplograph import neo4j_local

    data = state.work / f"neo4j-{size}"
    if not (state.reuse and data.exists()):
        shutil.rmtree(data, ignore_errors=True)
    t0 = time.perf_counter()
    server = neo4j_local.start(data)
    say(f"  local Neo4j up at {server.uri} in {time.perf_counter() - t0:.0f}s")
    return server


def wipe_neo4j(uri: str) -> None:
    from graph.store import open_store

    store = open_store(uri)
    try:
        store.wipe()  # type: ignore[attr-defined]  # Neo4jStore only
    finally:
        store.close()


def boxed(state: State, backend: str, size: int) -> tuple[int, list[str] | None]:
    """How many of the corpus's articles to ingest: all of them, unless this backend's last
    measured rate says that would overrun its time box (quick mode only)."""
    budget = state.plan.ingest_budget_s.get(backend)
    rates = [r.articles_per_s for r in state.ingest
             if r.backend == backend and r.articles_per_s > 0 and not r.error]
    if not budget or not rates or size / rates[-1] <= budget:
        return size, None
    # Time box: as many articles as the last rate allows, so `make bench` stays under
    # 10 minutes however slow a component is today. The rate stays a fair steady-state figure.
    # x0.7: the rate falls as the store grows (and as the shared machine gets busier).
    n = min(size, max(200, int(rates[-1] * budget * 0.7) // 100 * 100))
    state.note("ingest", f"{backend} at {size:,}: time-boxed to the first {n:,} articles "
               f"({rates[-1]:.0f} articles/s measured at the size before)")
    return n, ingest_bench.truncated(state.corpora[size], n, state.work / f"first-{n}.jsonl")


def run_size(state: State, size: int) -> None:
    plan = state.plan
    want_queries = state.wants("queries") or state.wants("scale")
    header(f"(b) ingest / (c) queries at {size:,} articles")
    db = state.sqlite_path(size)
    url = f"sqlite:///{db}"
    if state.sqlite:  # (--no-sqlite: Neo4j alone)
        n = size
        if state.reuse and db.exists():
            say(f"  reusing {db}")
            state.sqlite_stores[size] = db
        else:
            n = ingest_sqlite(state, size, db, url)
        if want_queries and db.exists():
            with guarded(state, "queries"):
                state.queries[f"sqlite/{n}"] = queries.bench_store(
                    url, "sqlite", plan.query_requests.get(size, 100),
                    plan.concurrency_s.get(size, 0), state.run.seed)
    if state.neo4j and size in plan.neo4j_sizes:
        run_neo4j_size(state, size)


def ingest_sqlite(state: State, size: int, db: Path, url: str) -> int:
    """A new SQLite store of the size's corpus (after the naive-writer comparison, once);
    returns how many articles went in."""
    plan = state.plan
    corpus = state.corpora[size]
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    n = size
    with guarded(state, "ingest"):
        require("graph.sqlite_store", "SQLiteStore")
        if "sqlite" not in state.subsets and plan.naive_sqlite:
            with tempfile.TemporaryDirectory() as tmp:
                sub_db = Path(tmp) / "subset.db"

                def fresh_sqlite() -> None:
                    for p in (sub_db, Path(f"{sub_db}-wal"), Path(f"{sub_db}-shm")):
                        p.unlink(missing_ok=True)

                state.subsets["sqlite"] = ingest_bench.subset_comparison(
                    "sqlite", f"sqlite:///{sub_db}", corpus, plan.naive_sqlite,
                    state.extractor, fresh_sqlite)
        n, files = boxed(state, "sqlite", size)
        res = ingest_bench.ingest_into("sqlite", url, db, corpus, n, state.extractor,
                                       state.workers, state.run.seed, files=files)
        res.extra["corpus_size"] = size
        state.ingest.append(res)
        state.sqlite_stores[size] = db
    return n


def run_neo4j_size(state: State, size: int) -> None:
    plan = state.plan
    corpus = state.corpora[size]
    want_queries = state.wants("queries") or state.wants("scale")
    server = None
    n = size
    with guarded(state, "ingest"):
        reusing = state.reuse and (state.work / f"neo4j-{size}").exists()
        server = fresh_neo4j(state, size)
        if reusing:
            raise Skip(f"reusing the Neo4j of {server.data_dir}")
        if "neo4j" not in state.subsets and plan.naive_neo4j:
            uri = server.uri
            state.subsets["neo4j"] = ingest_bench.subset_comparison(
                "neo4j", uri, corpus, plan.naive_neo4j, state.extractor,
                lambda: wipe_neo4j(uri))
            wipe_neo4j(uri)
        n, files = boxed(state, "neo4j", size)
        res = ingest_bench.ingest_into("neo4j", server.uri, server.data_dir, corpus, n,
                                       state.extractor, state.workers, state.run.seed,
                                       files=files, server_pid=server.pid)
        res.extra["corpus_size"] = size
        state.ingest.append(res)
    try:
        if server is not None and want_queries:
            with guarded(state, "queries"):
                state.queries[f"neo4j/{n}"] = queries.bench_store(
                    server.uri, "neo4j", plan.query_requests.get(size, 100),
                    plan.concurrency_s.get(size, 0), state.run.seed, db_pid=server.pid)
    finally:
        if server is not None:
            server.stop()


def report_ingest(state: State) -> None:
    header("(b) ingest")
    rows = [[r.backend, f"{r.extra.get('corpus_size', r.size):,}", r.extractor, r.workers,
             r.articles, r.articles_per_s, r.relations_per_s, r.as_dict()["articles_per_cpu_s"],
             r.peak_rss_mib, r.tree_peak_rss_mib, mib(r.store_bytes),
             r.error[:60] if r.error else ""] for r in state.ingest]
    if rows:
        say(table("Ingest end to end (ingest.pipeline.ingest, child process)",
                  ["store", "corpus", "extractor", "workers", "articles", "articles/s",
                   "relations/s", "articles/CPU-s", "peak RSS MiB", "tree RSS MiB",
                   "store MiB", "error"], rows))
    sub_rows = []
    for backend, s in state.subsets.items():
        e2e = [r for r in state.ingest if r.backend == backend and not r.error]
        best = max((r.articles_per_s for r in e2e), default=0.0)
        s["pipeline_vs_naive_e2e"] = round(best / s["naive_e2e_articles_per_s"], 1) if best \
            else None
        sub_rows.append([backend, s["articles"], s["claims"], s["batched_articles_per_s"],
                         s["naive_articles_per_s"], s["write_ratio"],
                         s["naive_e2e_articles_per_s"], best, s["pipeline_vs_naive_e2e"]])
    if sub_rows:
        say(table("Naive writer (a statement and a transaction per claim) vs ours",
                  ["store", "articles", "claims", "batched write/s", "naive write/s",
                   "write x", "naive e2e/s", "pipeline e2e/s", "e2e x"], sub_rows))
    figures = {"runs": [r.as_dict() for r in state.ingest], "naive": state.subsets,
               "extractor": state.extractor, "workers": state.workers}
    state.run.record("ingest", state.plan.sizes, figures, state.command,
                     state.skipped.get("ingest") if not state.ingest else None,
                     state.notes.get("ingest"))


def report_queries(state: State) -> None:
    header("(c) queries")
    rows = []
    conc = []
    for key, q in state.queries.items():
        backend, size = key.split("/")
        for ep in queries.ENDPOINTS:
            e = q.get(ep)
            if e:
                bad = sum(v for k, v in e["statuses"].items() if k != "200")
                rows.append([backend, f"{int(size):,}", ep, e["n"], e["p50_ms"], e["p95_ms"],
                             e["p99_ms"], q.get("cold_p99_ms", {}).get(ep),
                             e["api_cpu_ms_per_request"], e.get("db_cpu_ms_per_request"), bad])
        for name, cache in (("pairs_concurrent", "off"), ("pairs_concurrent_cached", "on"),
                            ("pairs_concurrent_warm", "warm")):
            c = q.get(name)
            if c:
                conc.append([backend, f"{int(size):,}", cache, c["clients"],
                             c["requests_per_s"], c["p50_ms"], c["p99_ms"],
                             c["api_cpu_ms_per_request"], c["errors"]])
    if rows:
        say(table("Latency over HTTP, sequential keep-alive client, response cache off, after "
                  f"a warm-up pass of {queries.WARMUP} requests per endpoint (its p99: cold) (ms)",
                  ["store", "articles", "endpoint", "requests", "p50", "p95", "p99",
                   "cold p99", "API CPU/req", "DB CPU/req", "non-200"],
                  rows))
    if conc:
        say(table("/api/v1/pairs with 16 concurrent clients (response cache off / on / on and "
                  "warm: every pair asked once before)",
                  ["store", "articles", "cache", "clients", "requests/s", "p50 ms", "p99 ms",
                   "API CPU ms/req", "errors"],
                  conc))
    state.run.record("queries", sorted({int(k.split("/")[1]) for k in state.queries}),
                     state.queries, state.command,
                     None if state.queries else state.skipped.get("queries", "no store"),
                     state.notes.get("queries"))


def growth(points: list[tuple[int, float]]) -> float | None:
    """Exponent k of y ~ n^k between the smallest and largest size (1 = linear)."""
    pts = [(n, y) for n, y in points if y and y > 0]
    if len(pts) < 2:
        return None
    (n1, y1), (n2, y2) = pts[0], pts[-1]
    return round(math.log(y2 / y1) / math.log(n2 / n1), 2)


def report_scale(state: State) -> None:
    header("(e) scale curve")
    rows = []
    figures: dict[str, Any] = {}
    for backend in ("sqlite", "neo4j"):
        runs = sorted((r for r in state.ingest if r.backend == backend and not r.error),
                      key=lambda r: r.articles)
        if not runs:
            continue
        pts: list[dict[str, Any]] = []
        for r in runs:
            q = state.queries.get(f"{backend}/{r.size}", {})
            p99s = {ep: q[ep]["p99_ms"] for ep in queries.ENDPOINTS if ep in q}
            worst = max(p99s.values()) if p99s else None
            pts.append({"size": r.articles, "corpus": r.extra.get("corpus_size", r.size),
                        "ingest_s": round(r.elapsed_s, 1),
                        "articles_per_s": round(r.articles_per_s, 1),
                        "store_mib": mib(r.store_bytes),
                        "bytes_per_article": round(r.store_bytes / max(r.articles, 1)),
                        "peak_rss_mib": r.peak_rss_mib, "query_p99_ms": p99s,
                        "worst_p99_ms": worst})
            rows.append([backend, f"{r.articles:,}", round(r.elapsed_s, 1), r.articles_per_s,
                         mib(r.store_bytes), round(r.store_bytes / max(r.articles, 1)),
                         r.peak_rss_mib, worst])
        figures[backend] = {
            "points": pts,
            "growth_exponent": {
                "ingest_time": growth([(p["size"], p["ingest_s"]) for p in pts]),
                "store_size": growth([(p["size"], p["store_mib"]) for p in pts]),
                "worst_p99": growth([(p["size"], p["worst_p99_ms"] or 0) for p in pts]),
            },
        }
    if rows:
        say(table("Scale: ingest time, store size, worst endpoint p99",
                  ["store", "articles", "ingest s", "articles/s", "store MiB", "bytes/article",
                   "peak RSS MiB", "worst p99 ms"], rows))
        for backend, f in figures.items():
            say(f"  {backend}: growth exponents (1 = linear in articles): {f['growth_exponent']}")
    state.run.record("scale", state.plan.sizes, figures, state.command,
                     None if figures else "no ingest run succeeded", state.notes.get("scale"))


# --- (d) viz, (f) accuracy -------------------------------------------------------------------


def run_viz(state: State) -> None:
    header("(d) visualizer")
    size = state.plan.viz_store_size
    figures: dict[str, Any] = {}
    with guarded(state, "viz"):
        db = state.sqlite_path(size)
        if not db.exists():
            raise Skip(f"no SQLite store of {size:,} articles from the ingest step")
        figures = viz_bench.bench_viz(f"sqlite:///{db}", state.plan.viz_sizes)
        rows = [[n, f["nodes"], f["edges"], round(f["page_bytes"] / 1024), f["load_ms"],
                 f["stable_ms"], "yes" if f["hit_15s_fallback"] else ""]
                for n, f in figures.items()]
        say(table(f"vis-network until stable, headless chromium ({size:,}-article store)",
                  ["view", "nodes", "edges", "page KiB", "load ms", "stable ms",
                   "15 s fallback"], rows))
    state.run.record("viz", [size], figures, state.command, state.skipped.get("viz"),
                     state.notes.get("viz"))


def run_accuracy(state: State) -> None:
    header("(f) accuracy at scale")
    size = state.plan.accuracy_size
    figures: dict[str, Any] = {}
    with guarded(state, "accuracy"):
        if state.extractor != "real":
            raise Skip("ingest.extract.extract_article is not there yet")
        figures = extraction.bench_accuracy(state.corpora[size], state.workers,
                                            state.predictions)
        figures["articles_scored"] = figures.get("articles")
        rows = []
        for k in ("entities_typed", "entities_untyped", "relations", "relations_with_dates"):
            v = figures[k]
            rows.append([k, v["precision"], v["recall"], v["f1"], v["tp"], v["fp"], v["fn"]])
        for t, v in figures.get("per_type", {}).items():
            rows.append([f"  {t}", v["precision"], v["recall"], v["f1"], v["tp"], v["fp"],
                         v["fn"]])
        say(table(f"Extractor vs generated gold: {figures['articles']:,} articles of the "
                  f"{size:,}-article corpus (score.py)",
                  ["measure", "P", "R", "F1", "tp", "fp", "fn"], rows))
        say(f"  date accuracy on matched dated relations: {figures.get('date_accuracy')}")
    state.run.record("accuracy", [size], figures, state.command, state.skipped.get("accuracy"),
                     state.notes.get("accuracy"))


# --- main -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="1k and 10k articles (default)")
    mode.add_argument("--full", action="store_true", help="10k, 100k and 1M articles")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sizes", help="comma-separated corpus sizes instead of the mode's")
    ap.add_argument("--only", help=f"comma-separated subset of {','.join(BENCHMARKS)}")
    ap.add_argument("--no-neo4j", action="store_true", help="skip the Neo4j store")
    ap.add_argument("--no-sqlite", action="store_true", help="skip the SQLite store")
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--extractor", choices=("auto", "real", "oracle"), default="auto",
                    help="ingest with the real extractor or the corpus's own gold (oracle); "
                         "auto = real when ingest.extract.extract_article exists")
    ap.add_argument("--corpus-root", type=Path, default=REPO / "bench",
                    help="corpora go to ROOT/corpus-s<seed>-<n>/ (reused when complete)")
    ap.add_argument("--work", type=Path, help="where the stores go (default: a temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the stores after the run")
    ap.add_argument("--reuse", action="store_true",
                    help="with --work: query the stores a kept run left there (no ingest)")
    ap.add_argument("--results", type=Path, default=RESULTS)
    a = ap.parse_args(argv)
    # The driver logs every schema notification (e.g. "property does not exist yet") at WARNING.
    logging.getLogger("neo4j").setLevel(logging.ERROR)

    plan = Plan.full() if a.full else Plan.quick()
    if a.sizes:
        sizes = sorted(int(s) for s in a.sizes.split(","))
        plan.sizes = sizes
        plan.neo4j_sizes = [s for s in sizes if s <= 100_000]
    only = set(a.only.split(",")) if a.only else set()
    unknown = only - set(BENCHMARKS)
    if unknown:
        ap.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    extractor = a.extractor
    if extractor == "auto":
        try:
            require("ingest.extract", "extract_article")
            extractor = "real"
        except Skip as exc:
            say(f"note: {exc}; ingest runs with the oracle extractor (the corpus's gold)")
            extractor = "oracle"
    work = a.work or Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    command = "python -m bench.run " + " ".join(argv if argv is not None else sys.argv[1:])
    run = Run("full" if a.full else "quick", a.seed, a.results)
    state = State(run, plan, command.strip(), a.corpus_root, work, a.workers, extractor, only,
                  not a.no_neo4j, sqlite=not a.no_sqlite, reuse=a.reuse and a.work is not None)
    started = time.perf_counter()
    say(f"diplograph bench ({run.mode}), run {run.run_id}, commit "
        f"{(run.git['commit'] or '?')[:10]}{' (dirty)' if run.git['dirty'] else ''}, "
        f"{run.machine['cpu_count']} CPUs, Python {run.machine['python']}, load average "
        f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}; stores in {work}")
    try:
        header("corpora")
        needed = set(plan.sizes)
        for n in sorted(needed):
            t0 = time.perf_counter()
            out = a.corpus_root / f"corpus-s{a.seed}-{n}"
            m = ensure_corpus(n, a.seed, out, workers=a.workers)
            state.corpora[n] = out
            say(f"  {n:>9,} articles, {m['words']:,} words, {m['relations']:,} gold relations "
                f"({time.perf_counter() - t0:.1f}s) in {out}")
        plan.extract_size = _fit(plan.extract_size, plan.sizes)
        plan.accuracy_size = _fit(plan.accuracy_size, plan.sizes)
        plan.viz_store_size = _fit(plan.viz_store_size, plan.sizes)
        steps: list[tuple[str, Callable[[State], None]]] = [("extraction", run_extraction)]
        for bench, fn in steps:
            if state.wants(bench):
                fn(state)
        if state.wants("ingest") or state.wants("queries") or state.wants("scale") or \
                state.wants("viz"):
            for n in plan.sizes:
                run_size(state, n)
            if state.wants("ingest"):
                report_ingest(state)
            if state.wants("queries"):
                report_queries(state)
            if state.wants("scale"):
                report_scale(state)
        if state.wants("viz"):
            run_viz(state)
        if state.wants("accuracy"):
            run_accuracy(state)
    finally:
        if not a.keep and a.work is None:
            shutil.rmtree(work, ignore_errors=True)
    say(f"\nDone in {time.perf_counter() - started:.0f}s; results appended to {a.results}")
    if state.skipped:
        for bench, why in state.skipped.items():
            say(f"  skipped/failed {bench}: {why[:200]}")
    return 0


def _fit(size: int, sizes: list[int]) -> int:
    """The planned size if the run has it, else the largest size below it (or the smallest)."""
    if size in sizes:
        return size
    below = [s for s in sizes if s < size]
    return max(below) if below else min(sizes)


if __name__ == "__main__":
    sys.exit(main())

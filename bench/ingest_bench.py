"""(b) Ingest: end-to-end articles/s and relations/s into SQLite and the local Neo4j (the real
pipeline, `ingest.pipeline.ingest`, in a child process whose peak RSS we read), against a naive
writer (a statement per claim, a transaction each) on a small subset in the same run."""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import naive
from bench.common import (
    ChildResult,
    Skip,
    dir_size,
    mib,
    proc_cpu_s,
    python,
    require,
    run_measured,
    say,
)
from bench.corpus import iter_articles, read_manifest
from bench.oracle import SEED_ENV, oracle_extract

Extract = Callable[..., Any]


def extractor(mode: str) -> Extract:
    if mode == "oracle":
        return oracle_extract
    fn: Extract = require("ingest.extract", "extract_article")
    return fn


def article_files(corpus: Path) -> list[str]:
    m = read_manifest(corpus)
    if m is None:
        raise Skip(f"no corpus at {corpus}")
    return [str(corpus / s["articles"]) for s in m["shards"]]


def sqlite_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm"))
               if p.exists())


@dataclass
class IngestResult:
    backend: str
    size: int
    extractor: str
    workers: int
    articles: int = 0
    failed: int = 0
    claims: int = 0
    relations: int = 0
    elapsed_s: float = 0.0
    wall_s: float = 0.0
    cpu_s: float = 0.0  # the ingest process tree's CPU (not the Neo4j server's)
    server_cpu_s: float | None = None  # the Neo4j JVM's CPU during the ingest
    peak_rss_mib: float = 0.0
    tree_peak_rss_mib: float = 0.0
    store_bytes: int = 0
    distinct_relations: int | None = None
    entities: int | None = None
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.elapsed_s if self.elapsed_s else 0.0

    @property
    def relations_per_s(self) -> float:
        return self.relations / self.elapsed_s if self.elapsed_s else 0.0

    def as_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k != "extra"}
        d.update(self.extra)
        d["articles_per_s"] = round(self.articles_per_s, 1)
        cpu = self.cpu_s + (self.server_cpu_s or 0.0)
        d["articles_per_cpu_s"] = round(self.articles / cpu, 1) if cpu else None
        d["relations_per_s"] = round(self.relations_per_s, 1)
        return d


def truncated(corpus: Path, n: int, dest: Path) -> list[str]:
    """The corpus's first n articles as one JSONL file (for a time-boxed run)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with open(dest, "w", encoding="utf-8") as out:
        left = n
        for name in article_files(corpus):
            with open(name, encoding="utf-8") as f:
                for line in f:
                    if left <= 0:
                        break
                    out.write(line)
                    left -= 1
    return [str(dest)]


def run_pipeline(store_url: str, files: list[str], mode: str, workers: int, seed: int,
                 batch: int = 100, timeout: float | None = None) -> tuple[ChildResult,
                                                                          dict[str, Any]]:
    """`ingest.pipeline.ingest` over the corpus shards, in a child process."""
    require("ingest.pipeline", "ingest")
    if mode == "real":
        require("ingest.extract", "extract_article")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        cmd = [python(), "-m", "bench.ingest_child", "--store", store_url, "--out", str(out),
               "--workers", str(workers), "--batch", str(batch), "--extractor", mode,
               *files]
        env = dict(os.environ, **{SEED_ENV: str(seed)})
        child = run_measured(cmd, env=env, timeout=timeout)
        if not out.exists():
            raise RuntimeError(f"ingest child exited {child.returncode}: {child.stderr_tail}")
        return child, json.loads(out.read_text(encoding="utf-8"))


def ingest_into(backend: str, store_url: str, store_path: Path, corpus: Path, size: int,
                mode: str, workers: int, seed: int, timeout: float | None = None,
                files: list[str] | None = None, server_pid: int | None = None
                ) -> IngestResult:
    res = IngestResult(backend, size, mode, workers)
    say(f"  ingest {size:,} articles into {backend} ({mode} extractor, {workers} workers)...")
    server_cpu0 = proc_cpu_s(server_pid) if server_pid else 0.0
    try:
        child, summary = run_pipeline(store_url, files or article_files(corpus), mode, workers,
                                      seed, timeout=timeout)
    except Skip:
        raise
    except Exception as exc:  # a component in progress: record why, go on with the rest
        res.error = f"{type(exc).__name__}: {exc}"[:2000]
        say(f"    failed: {res.error[:300]}")
        return res
    res.articles, res.failed = summary["articles"], summary["failed"]
    res.claims, res.relations = summary["claims"], summary["relations"]
    res.elapsed_s, res.wall_s = summary["elapsed_s"], child.wall_s
    res.cpu_s = round(child.cpu_s, 2)
    if server_pid:
        res.server_cpu_s = round(proc_cpu_s(server_pid) - server_cpu0, 2)
    res.peak_rss_mib = mib(child.peak_rss_kib * 1024)
    res.tree_peak_rss_mib = mib(child.tree_peak_rss_kib * 1024)
    if summary.get("fatal"):
        res.error = f"fatal: {summary['fatal']}"
    elif res.failed and not res.articles:
        res.error = f"every article failed, e.g. {(summary.get('first_failures') or ['?'])[0]}"
    res.extra["first_failures"] = summary.get("first_failures", [])
    if backend == "sqlite":
        res.store_bytes = sqlite_bytes(store_path)
    else:
        store_b, tx_b = neo4j_bytes(store_path)
        res.store_bytes = store_b + tx_b
        res.extra["store_file_bytes"], res.extra["transaction_log_bytes"] = store_b, tx_b
    try:
        from graph.store import open_store

        store = open_store(store_url)
        try:
            stats = store.stats()
            res.distinct_relations = sum(stats.relations_by_type.values())
            res.entities = sum(stats.entities_by_type.values())
        finally:
            store.close()
    except Exception as exc:  # stats are a nicety; the timing stands without them
        res.extra["stats_error"] = f"{type(exc).__name__}: {exc}"[:300]
    say(f"    {res.articles:,} articles in {res.elapsed_s:.1f}s = {res.articles_per_s:,.0f}/s, "
        f"CPU {res.cpu_s:.0f}s" + (f" + server {res.server_cpu_s:.0f}s" if server_pid else "")
        + f", peak RSS {res.peak_rss_mib} MiB (tree {res.tree_peak_rss_mib} MiB), "
        f"store {mib(res.store_bytes)} MiB")
    return res


def neo4j_bytes(data_dir: Path) -> tuple[int, int]:
    """(store files, transaction logs) of the database. Until a checkpoint (Community has no
    procedure to force one) new data lives in the transaction logs, so the footprint is both."""
    stores = [p for p in data_dir.rglob("databases/neo4j") if p.is_dir()]
    logs = [p for p in data_dir.rglob("transactions/neo4j") if p.is_dir()]
    return (dir_size(stores[0]) if stores else dir_size(data_dir),
            dir_size(logs[0]) if logs else 0)


def _published(a: dict[str, Any]) -> str | None:
    # extract_article documents published as "YYYY-MM-DD" text
    return a.get("published") or None


def subset_comparison(backend: str, store_url: str, corpus: Path, n: int, mode: str,
                      fresh: Callable[[], None], warmup: int = 200) -> dict[str, Any]:
    """On the first n articles: our store's batched writes vs the naive writer, both from
    records extracted in this process (extraction timed apart), so the write paths compare
    like for like. Each writer first writes the `warmup` articles after those into an empty
    store, emptied again before it is timed: both are timed on a server whose JIT and plans
    are warm (the naive writer ran on one ours had warmed, ours on a cold one, and a fresh
    Neo4j spends ~3x its later CPU per article on the first thousand). `fresh` empties the
    store."""
    extract = extractor(mode)
    subset = list(iter_articles(corpus, limit=n + warmup))
    subset, warm = subset[:n], subset[n:]
    warm_records = [extract(a["text"], title=a.get("title"), url=a.get("url"),
                            published=_published(a), source=a.get("source")) for a in warm]
    t0 = time.perf_counter()
    records = [extract(a["text"], title=a.get("title"), url=a.get("url"),
                       published=_published(a), source=a.get("source")) for a in subset]
    extract_s = time.perf_counter() - t0
    from graph.store import open_store

    fresh()
    store = open_store(store_url)
    try:
        for i in range(0, len(warm_records), 100):
            store.write_articles(warm_records[i:i + 100])
        fresh()
        t0 = time.perf_counter()
        for i in range(0, len(records), 100):
            store.write_articles(records[i:i + 100])
        batched_s = time.perf_counter() - t0
    finally:
        store.close()
    fresh()
    by_url = {r.article.url: r for r in [*warm_records, *records]}

    def replay(text: str, **kw: Any) -> Any:
        return by_url[kw["url"]]  # the same records: only the writing is timed

    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            naive.naive_sqlite(Path(tmp) / "warm.db", warm, replay)
            nr = naive.naive_sqlite(Path(tmp) / "naive.db", subset, replay)
    else:
        try:
            naive.naive_neo4j(store_url, warm, replay)
            naive.drop_naive_neo4j(store_url)
            nr = naive.naive_neo4j(store_url, subset, replay)
        finally:
            naive.drop_naive_neo4j(store_url)
    claims = sum(len(r.claims) for r in records)
    out = {
        "articles": len(subset), "warmup_articles": len(warm), "claims": claims,
        "extract_s": round(extract_s, 3),
        "batched_write_s": round(batched_s, 3), "naive_write_s": round(nr.write_s, 3),
        "batched_articles_per_s": round(len(subset) / batched_s, 1),
        "naive_articles_per_s": round(len(subset) / nr.write_s, 1),
        "write_ratio": round(nr.write_s / batched_s, 2),
        # end to end on one core: extraction + writing
        "naive_e2e_articles_per_s": round(len(subset) / (extract_s + nr.write_s), 1),
    }
    say(f"  {backend} subset of {len(subset)}: batched {out['batched_articles_per_s']}/s vs "
        f"naive {out['naive_articles_per_s']}/s (x{out['write_ratio']})")
    return out

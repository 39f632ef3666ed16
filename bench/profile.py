"""Profiles behind the "what bounds each figure" notes of BENCHMARKS.md (pyinstrument).

    python -m bench.profile extractor      [--articles 300]
    python -m bench.profile sqlite-writes  [--articles 10000]   (oracle records, batches of 100)
    python -m bench.profile neo4j-writes   [--articles 700]     (starts a local Neo4j)
    python -m bench.profile pairs          [--db PATH]          (the /pairs dossier, in-process)

pyinstrument is a development tool, not a dependency: `.venv/bin/pip install pyinstrument`.
Each prints CPU figures per article (or per call) and the call tree of the profiled part.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import REPO, Skip, proc_cpu_s, require, say
from bench.corpus import ensure_corpus, iter_articles
from bench.oracle import SEED_ENV, oracle_extract

SEED = 1


def _profiler() -> Any:
    try:
        from pyinstrument import Profiler
    except ImportError as exc:
        raise Skip("pyinstrument is not installed (.venv/bin/pip install pyinstrument)") from exc
    return Profiler()


def _show(p: Any) -> None:
    say(p.output_text(unicode=False, color=False)[:8000])


def _corpus(n: int) -> Path:
    out = REPO / "bench" / f"corpus-s{SEED}-{max(n, 1000)}"
    ensure_corpus(max(n, 1000), SEED, out, workers=2)
    return out


def extractor(n: int) -> None:
    extract = require("ingest.extract", "extract_article")
    arts = list(iter_articles(_corpus(n), limit=n))
    for a in arts[:20]:  # warm caches and lazy tables
        extract(a["text"], title=a["title"], url=a["url"], published=a["published"])
    p = _profiler()
    cpu0 = time.process_time()
    p.start()
    for a in arts:
        extract(a["text"], title=a["title"], url=a["url"], published=a["published"])
    p.stop()
    cpu = time.process_time() - cpu0
    say(f"extract_article: {cpu / len(arts) * 1000:.2f} ms CPU per article "
        f"({len(arts) / cpu:.0f} articles/CPU-s) over {len(arts)} articles")
    _show(p)


def _write_blocks(store: Any, n: int, block: int, profile_from: int,
                  server_pid: int | None = None) -> Any:
    """Oracle records in batches of 100; CPU per article per block; profile the last part."""
    os.environ[SEED_ENV] = str(SEED)
    p = None
    batch: list[Any] = []
    done = 0
    cpu0, jvm0, extract_cpu = time.process_time(), proc_cpu_s(server_pid or 0), 0.0
    for a in iter_articles(_corpus(n), limit=n):
        t = time.process_time()
        batch.append(oracle_extract(a["text"], url=a["url"], title=a["title"]))
        extract_cpu += time.process_time() - t
        if len(batch) < 100:
            continue
        if done == profile_from:
            p = _profiler()
            p.start()
        store.write_articles(batch)
        done += len(batch)
        batch = []
        if done % block == 0:
            cpu = time.process_time() - cpu0 - extract_cpu
            msg = f"  articles {done - block:>6}-{done:<6} write CPU {cpu / block * 1000:6.2f} ms"
            if server_pid:
                jvm = proc_cpu_s(server_pid)
                msg += f" + Neo4j JVM {(jvm - jvm0) / block * 1000:6.2f} ms"
                jvm0 = jvm
            say(msg + " per article")
            cpu0, extract_cpu = time.process_time(), 0.0
    if p is not None:
        p.stop()
    return p


def sqlite_writes(n: int) -> None:
    from graph.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'g.db'}")
        try:
            block = max(100, n // 5 // 100 * 100)
            say(f"SQLiteStore.write_articles, {n} oracle articles in batches of 100:")
            p = _write_blocks(store, n, block, n - block)
        finally:
            store.close()
    if p is not None:
        _show(p)


def neo4j_writes(n: int) -> None:
    from diplograph import neo4j_local
    from graph.store import open_store

    logging.getLogger("neo4j").setLevel(logging.ERROR)
    data = Path(tempfile.mkdtemp(prefix="diplograph-neo4j-"))
    server = neo4j_local.start(data)
    try:
        store = open_store(server.uri)
        try:
            block = max(100, n // 3 // 100 * 100)
            say(f"Neo4jStore.write_articles, {n} oracle articles in batches of 100:")
            p = _write_blocks(store, n, block, n - block, server.pid)
        finally:
            store.close()
    finally:
        server.stop()
        shutil.rmtree(data, ignore_errors=True)
    if p is not None:
        _show(p)


def pairs(db: Path, n: int) -> None:
    from graph.store import RelationQuery, open_store

    dossier = require("api.dossier")
    refs = require("api.refs")
    if not db.exists():
        raise Skip(f"{db} does not exist: build one with "
                   "`python -m bench.run --sizes 10000 --only ingest --no-neo4j --work DIR --keep`")
    store = open_store(f"sqlite:///{db}")
    try:
        rels = store.relations(RelationQuery(types=("ESTABLISHED_TIES",), limit=n))
        todo = [(refs.resolve(store, r.source), refs.resolve(store, r.target)) for r in rels]
        p = _profiler()
        t0, cpu0 = time.perf_counter(), time.process_time()
        p.start()
        for a, b in todo:
            dossier.build(store, a, b)
        p.stop()
        say(f"dossier.build: {(time.perf_counter() - t0) / len(todo) * 1000:.1f} ms wall, "
            f"{(time.process_time() - cpu0) / len(todo) * 1000:.1f} ms CPU per pair "
            f"over {len(todo)} country pairs")
        _show(p)
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("extractor", "sqlite-writes", "neo4j-writes", "pairs"))
    ap.add_argument("--articles", type=int, help="articles (or pairs) to run over")
    ap.add_argument("--db", type=Path, help="SQLite store for `pairs`")
    a = ap.parse_args(argv)
    try:
        if a.what == "extractor":
            extractor(a.articles or 300)
        elif a.what == "sqlite-writes":
            sqlite_writes(a.articles or 10_000)
        elif a.what == "neo4j-writes":
            neo4j_writes(a.articles or 700)
        else:
            pairs(a.db or Path("graph.db"), a.articles or 60)
    except Skip as exc:
        say(f"cannot profile {a.what}: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

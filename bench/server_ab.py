"""Settings of the local Neo4j, one against another, on the same store in one run: ingest
rate, server CPU and transaction-log size for a block of new articles, then query latency over
HTTP.

    python -m bench.server_ab [--base 10000] [--warm 1500] [--more 2000] [--rounds 3]
                              [--requests 300] [--variants G1:0,Parallel:0]

A variant is COLLECTOR:CHECKPOINT_MIB, the arguments `collector` and `checkpoint_mib` of
`diplograph.neo4j_local.start` (checkpoint 0: Neo4j's periodic default). A base store of the
corpus's first --base articles (oracle records) is built once. Each run copies it, starts a
server with one variant, ingests the next --warm articles to warm its JIT, then the --more
after them, measured (oracle records, 2 workers), notes the size of the transaction logs, and
asks every endpoint --requests times (bench.queries.bench_store, without the concurrency runs).
Variants alternate, so the machine's load falls on all. A young collection or a checkpoint
that saves CPU or disk in ingest may still cost the query p99 of the same server, which is why
both are measured here. (Until 2026-12-07 this was `bench.gc_ab`, collectors only.)
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import ingest_bench, queries
from bench.common import REPO, RESULTS, Run, dir_size, mib, say, table
from bench.corpus import ensure_corpus

SEED = 1


def _slice(corpus: Path, start: int, n: int, dest: Path) -> list[str]:
    """Articles [start, start + n) of the corpus as one JSONL file."""
    with open(dest, "w", encoding="utf-8") as out:
        seen = 0
        for name in ingest_bench.article_files(corpus):
            with open(name, encoding="utf-8") as f:
                for line in f:
                    if start <= seen < start + n:
                        out.write(line)
                    seen += 1
    return [str(dest)]


def one_run(base_dir: Path, work: Path, variant: str, warm: list[str], n_warm: int,
            files: list[str], more: int, requests: int) -> dict[str, Any]:
    from diplograph import neo4j_local

    collector, checkpoint_mib = variant.split(":")
    data = work / f"run-{collector}-{checkpoint_mib}"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(base_dir, data)
    server = neo4j_local.start(data, collector=collector, checkpoint_mib=int(checkpoint_mib))
    try:
        # a fresh JVM interprets before it compiles: the first block only warms it
        ingest_bench.ingest_into("neo4j", server.uri, data, Path(warm[0]).parent, n_warm,
                                 "oracle", 2, SEED, files=warm)
        res = ingest_bench.ingest_into("neo4j", server.uri, data, Path(files[0]).parent, more,
                                       "oracle", 2, SEED, files=files, server_pid=server.pid)
        tx_log_mib = mib(dir_size(data / "data" / "transactions" / "neo4j"))
        q = queries.bench_store(server.uri, f"neo4j/{variant}", requests, 0, SEED,
                                db_pid=server.pid)
    finally:
        server.stop()
        shutil.rmtree(data, ignore_errors=True)
    out: dict[str, Any] = {
        "variant": variant,
        "articles_per_s": round(res.articles_per_s, 1),
        "tx_log_mib": tx_log_mib,
        "server_cpu_ms_per_article": round((res.server_cpu_s or 0) * 1000 / max(res.articles, 1),
                                           2),
        "error": res.error,
    }
    for ep in queries.ENDPOINTS:
        out[f"{ep}_p50_ms"] = q[ep]["p50_ms"]
        out[f"{ep}_p99_ms"] = q[ep]["p99_ms"]
        out[f"{ep}_db_cpu_ms"] = q[ep].get("db_cpu_ms_per_request")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=10000)
    ap.add_argument("--warm", type=int, default=1500)
    ap.add_argument("--more", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--variants", default="G1:0,Parallel:0",
                    help="COLLECTOR:CHECKPOINT_MIB,... (checkpoint 0: the periodic default)")
    ap.add_argument("--results", type=Path, default=RESULTS)
    args = ap.parse_args()
    variants = args.variants.split(",")
    for v in variants:
        if not re.fullmatch(r"\w+:\d+", v):
            ap.error(f"--variants: {v!r} is not COLLECTOR:CHECKPOINT_MIB (e.g. Parallel:256)")
    size = args.base + args.warm + args.more
    corpus = REPO / "bench" / f"corpus-s{SEED}-{size}"
    ensure_corpus(size, SEED, corpus, workers=2)
    run = Run(mode="server_ab", seed=SEED, results=args.results)
    from diplograph import neo4j_local

    with tempfile.TemporaryDirectory(dir=REPO / "bench") as tmp:
        work = Path(tmp)
        base_dir = work / "base"
        files = _slice(corpus, 0, args.base, work / "base.jsonl")
        server = neo4j_local.start(base_dir)
        try:
            say(f"building the base store of {args.base:,} articles...")
            ingest_bench.ingest_into("neo4j", server.uri, base_dir, corpus, args.base,
                                     "oracle", 2, SEED, files=files)
        finally:
            server.stop()
        warm = _slice(corpus, args.base, args.warm, work / "warm.jsonl")
        more = _slice(corpus, args.base + args.warm, args.more, work / "more.jsonl")
        runs: list[dict[str, Any]] = []
        for r in range(args.rounds):
            # alternate the order, so no variant always meets the same moment of the load
            for variant in variants if r % 2 == 0 else variants[::-1]:
                t0 = time.perf_counter()
                runs.append({"round": r, **one_run(base_dir, work, variant, warm, args.warm,
                                                   more, args.more, args.requests)})
                say(f"  round {r} {variant}: {time.perf_counter() - t0:.0f}s")
    keys = (["articles_per_s", "server_cpu_ms_per_article", "tx_log_mib"]
            + [f"{ep}_p99_ms" for ep in queries.ENDPOINTS]
            + [f"{ep}_db_cpu_ms" for ep in queries.ENDPOINTS])
    rows = []
    for k in keys:
        row: list[object] = [k]
        for v in variants:
            xs = [float(x[k] or 0) for x in runs if x["variant"] == v]
            row += [" / ".join(f"{x:g}" for x in xs), round(statistics.median(xs), 2)]
        rows.append(row)
    say(table(f"Server variants, {args.base:,} + {args.more:,} articles, {args.rounds} rounds",
              ["figure"] + [f"{v} {w}" for v in variants for w in ("runs", "median")], rows))
    run.record("server_ab", [args.base, args.more], {"runs": runs},
               f"python -m bench.server_ab --base {args.base} --warm {args.warm} "
               f"--more {args.more} --rounds {args.rounds} --requests {args.requests} "
               f"--variants {args.variants}")


if __name__ == "__main__":
    main()

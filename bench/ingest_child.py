"""One ingest run in its own process, so its peak RSS is its own (the parent reads it back
with os.wait4). Not for direct use; bench.ingest_bench starts it.

    python -m bench.ingest_child --store URL --out result.json [--workers W] [--batch B]
                                 [--extractor real|oracle] FILE...
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
import time
from pathlib import Path
from typing import Any


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--extractor", choices=("real", "oracle"), default="real")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args(argv)
    logging.getLogger("neo4j").setLevel(logging.ERROR)  # schema notifications, not errors

    from graph.store import open_store
    from ingest.pipeline import ingest

    extractor: Any = None  # the pipeline's default: ingest.extract.extract_article
    if a.extractor == "oracle":
        from bench.oracle import oracle_extract

        extractor = oracle_extract
    failures: list[str] = []

    def progress(_summary: Any, outcome: Any) -> None:
        if outcome.status == "failed" and len(failures) < 5:
            failures.append(f"{outcome.input}: {outcome.reason}"[:500])

    t0 = time.perf_counter()
    store = open_store(a.store)
    try:
        summary = ingest(a.files, store, workers=a.workers, batch=a.batch,
                         keep_outcomes=False, extractor=extractor, progress=progress)
    finally:
        store.close()
    wall = time.perf_counter() - t0
    result = {
        "inputs": summary.inputs, "articles": summary.articles, "added": summary.added,
        "unchanged": summary.unchanged, "replaced": summary.replaced, "failed": summary.failed,
        "skipped": summary.skipped, "claims": summary.claims, "relations": summary.relations,
        "elapsed_s": summary.elapsed, "wall_s": wall, "fatal": summary.fatal,
        "first_failures": failures,
        # ru_maxrss is KiB on Linux; this process only (workers are reported by the parent).
        "self_peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }
    a.out.write_text(json.dumps(result), encoding="utf-8")
    return 0 if summary.fatal is None else 2


if __name__ == "__main__":
    sys.exit(main())

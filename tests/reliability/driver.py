"""A small ingest driver over `store.write_articles`, run as a subprocess by the crash and
concurrency harnesses (it is what they SIGKILL):

    python -m tests.reliability.driver --store URL --seed S --count N [--start I] [--batch B]
        [--shard K/N] [--broken]

It writes generated articles start..start+count-1 of corpus `seed` (tests/reliability/gen.py) in
batches and prints one line per committed batch, flushed, so the harness can tell that the run
is making progress:

    batch <number> added=<a> unchanged=<u> replaced=<r>

Resuming is running it again: writes are idempotent, so articles already in the store come back
UNCHANGED. Exit status 3 when some article could not be written (a lost article).
`--broken` swaps in `BrokenWriter`, which commits an article's claims in two transactions; the
crash harness must catch it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence

from graph.model import ArticleRecord, WriteOutcome, WriteResult
from graph.store import GraphStore, open_store
from ingest.pipeline import RetryPolicy, in_shard, parse_shard, write_batch
from tests.reliability import gen


def half(record: ArticleRecord) -> ArticleRecord:
    """The same article with only the first half of its claims (and the entities they name)."""
    claims = record.claims[: max(1, len(record.claims) // 2)]
    used = {c.subject for c in claims} | {c.object for c in claims}
    return ArticleRecord(record.article, tuple(e for e in record.entities if e.id in used),
                         claims)


class BrokenWriter:
    """A deliberately broken writer: an article's claims are committed in two transactions.

    First the whole batch goes in with half of each article's claims (one commit); then each
    article is completed on its own (its half is deleted and the full record written: a
    store's write of an existing article id is a no-op, so this is how the rest of the claims
    get in). Uninterrupted it ends in exactly the right graph; killed between the two steps it
    leaves articles with only some of their claims, which is what the harness must report.
    """

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    def write_articles(self, records: Sequence[ArticleRecord]) -> list[WriteResult]:
        # Step 1: the first half of every article's claims, in one transaction.
        first = self.store.write_articles([half(r) for r in records])
        results = []
        for record, early in zip(records, first, strict=True):
            if early.outcome is WriteOutcome.UNCHANGED and early.claims == len(record.claims):
                results.append(early)  # already complete from an earlier run
                continue
            # Step 2: the rest of the claims, in transactions of their own.
            self.store.delete_article(record.article.id)
            (done,) = self.store.write_articles([record])
            results.append(WriteResult(done.article_id, early.outcome, done.claims,
                                       done.relations))
        return results


def run(store_url: str, seed: int, start: int, count: int, batch: int, shard: str | None,
        broken: bool) -> int:
    store = open_store(store_url)
    writer = BrokenWriter(store) if broken else store
    shard_kn = parse_shard(shard) if shard else None
    pending: list[ArticleRecord] = []
    number = 0
    failed = 0
    # The pipeline's own write path: the batch whole, transient failures retried with backoff,
    # other failures retried article by article and reported.
    policy = RetryPolicy(max_wait=60.0, first_delay=0.05, max_delay=2.0)

    def flush() -> None:
        nonlocal number, pending, failed
        if not pending:
            return
        results = write_batch(writer, pending, policy)  # type: ignore[arg-type]
        counts = Counter(r if isinstance(r, str) else r.outcome.value for r in results)
        for record, r in zip(pending, results, strict=True):
            if isinstance(r, str):
                failed += 1
                print(f"failed {record.article.id}: {r}", flush=True)
        number += 1
        print(f"batch {number} added={counts['added']} unchanged={counts['unchanged']} "
              f"replaced={counts['replaced']}", flush=True)
        pending = []

    print("start", flush=True)
    try:
        for i in range(start, start + count):
            record = gen.record(seed, i)
            if in_shard(record.article.id, shard_kn):
                pending.append(record)
            if len(pending) >= batch:
                flush()
        flush()
    finally:
        store.close()
    print(f"done failed={failed}", flush=True)
    return 3 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--batch", type=int, default=10)
    parser.add_argument("--shard", default=None)
    parser.add_argument("--broken", action="store_true")
    args = parser.parse_args(argv)
    return run(args.store, args.seed, args.start, args.count, args.batch, args.shard,
               args.broken)


if __name__ == "__main__":
    sys.exit(main())

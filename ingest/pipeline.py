"""The ingest pipeline: read -> shard, dedup -> extract (in parallel if asked) -> write batches.

Every input ends with one `InputOutcome`; the run ends with a `Summary`. A bad input or a bad
article is reported and the run goes on; only a store that stays unreachable stops it (and then
no article is half-written: each batch is atomic in the store).
"""

from __future__ import annotations

import collections
import functools
import multiprocessing
import threading
import time
from array import array
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from graph.derive import canonical, relation_key
from graph.errors import InvalidInput, StoreUnavailable
from graph.model import ArticleRecord, WriteResult, article_id
from graph.store import GraphStore
from ingest.readers import DEFAULT_MAX_BYTES, InputProblem, Item, RawArticle, read_inputs

Shard = tuple[int, int]  # (k, n), k in 1..n


@dataclass
class InputOutcome:
    """What became of one input (a file, a JSONL line, stdin)."""

    input: str
    status: str  # added | unchanged | replaced | extracted (dry run) | failed | skipped
    reason: str | None = None
    article_id: str | None = None
    claims: int = 0
    relations: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class Summary:
    """Counts for the run. inputs = articles + failed + skipped."""

    inputs: int = 0
    articles: int = 0  # extracted and written (or, in a dry run, extracted)
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    skipped: int = 0  # another shard's, or a duplicate within this run
    claims: int = 0
    relations: int = 0
    warnings: int = 0
    elapsed: float = 0.0
    dry_run: bool = False
    fatal: str | None = None  # set when the run stopped early (store unreachable)
    outcomes: list[InputOutcome] = field(default_factory=list)

    def count(self, outcome: InputOutcome) -> None:
        self.inputs += 1
        self.warnings += len(outcome.warnings)
        if outcome.status == "failed":
            self.failed += 1
        elif outcome.status == "skipped":
            self.skipped += 1
        else:
            self.articles += 1
            self.claims += outcome.claims
            self.relations += outcome.relations
            if outcome.status == "added":
                self.added += 1
            elif outcome.status == "unchanged":
                self.unchanged += 1
            elif outcome.status == "replaced":
                self.replaced += 1


@dataclass(frozen=True)
class RetryPolicy:
    """Backoff for a store that is unavailable (graph.errors.StoreUnavailable)."""

    max_wait: float = 60.0  # total seconds to wait for one write before giving up
    first_delay: float = 0.5
    max_delay: float = 10.0
    sleep: Callable[[float], None] = time.sleep
    # What "waited" is measured with: by default the wall clock with time.sleep (the failed
    # attempts count too: against a dead server each can take seconds), else the sum of pauses.
    clock: Callable[[], float] | None = None


Progress = Callable[[Summary, InputOutcome], None]
# extract_article(text, *, title=, url=, published="YYYY[-MM[-DD]]", source=) -> ArticleRecord;
# a module-level function, so that it can be sent to worker processes.
Extractor = Callable[..., ArticleRecord]


@dataclass(frozen=True)
class _Skip:
    """An article left out before extraction (another shard's, or a duplicate)."""

    origin: str
    reason: str
    article_id: str


@dataclass(frozen=True)
class Extraction:
    """An input item after extraction: a record, or the reason there is none."""

    item: Item | _Skip
    record: ArticleRecord | None = None
    error: str | None = None


# --- extraction ----------------------------------------------------------------------------


def _default_extractor() -> Extractor:
    # Imported on first use, in the parent: forked workers inherit the loaded gazetteers.
    from ingest.extract import extract_article

    return extract_article


def _extract_one(item: object, extractor: Extractor) -> ArticleRecord | str | None:
    """Runs in a worker process: a record, an error message (never raises), or None for an
    item that is not an article."""
    if not isinstance(item, RawArticle):
        return None
    try:
        return extractor(
            item.text,
            title=item.title,
            url=item.url,
            published=None if item.published is None else str(item.published),
            source=item.source,
        )
    except Exception as exc:  # one article that trips the extractor must not stop the run
        return f"extraction failed: {type(exc).__name__}: {exc}"


def _as_extraction(item: Item | _Skip, result: ArticleRecord | str | None) -> Extraction:
    if isinstance(item, InputProblem):
        return Extraction(item, error=item.reason)
    if isinstance(item, _Skip):
        return Extraction(item)
    if isinstance(result, ArticleRecord):
        return Extraction(item, record=result)
    return Extraction(item, error=result or "extraction returned nothing")


def extract_items(
    items: Iterable[Item | _Skip],
    workers: int = 1,
    chunksize: int = 8,
    extractor: Extractor | None = None,
    lead: int = 0,
) -> Generator[Extraction, None, None]:
    """Extract every RawArticle in order; with workers > 1 in a process pool (CPU-bound).

    Pool.imap would drain the whole input iterator up front (a huge JSONL file would end up
    in memory), so a semaphore lets the pool run at most `ahead` items past what the caller
    has taken. The pool keeps extracting while the caller writes to the store: `lead` is the
    caller's batch, so that the whole next batch can be extracted while one is written."""
    extract = extractor or _default_extractor()
    if workers <= 1:
        for item in items:
            yield _as_extraction(item, _extract_one(item, extract))
        return
    ahead = workers * chunksize * 4 + lead
    gate = threading.Semaphore(ahead)
    sent: collections.deque[Item | _Skip] = collections.deque()
    stop = threading.Event()

    def gated() -> Iterator[Item | _Skip]:
        # Runs in the pool's task-feeding thread.
        for item in items:
            gate.acquire()
            if stop.is_set():
                return
            sent.append(item)
            yield item

    work = functools.partial(_extract_one, extractor=extract)
    # fork where there is one: workers start warm and need no importable __main__ (spawn and
    # forkserver re-run it, which fails for `python -` and some embedders).
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with context.Pool(workers) as pool:
        try:
            for result in pool.imap(work, gated(), chunksize=chunksize):
                gate.release()
                yield _as_extraction(sent.popleft(), result)
        finally:
            # The caller may stop early: unblock the feeding thread so the pool can shut down.
            stop.set()
            for _ in range(ahead):
                gate.release()


# --- writing -------------------------------------------------------------------------------


T = TypeVar("T")


def retry_transient(call: Callable[[], T], policy: RetryPolicy) -> T:
    """Retry a transient failure with exponential backoff for at most policy.max_wait seconds."""
    clock = policy.clock or (time.monotonic if policy.sleep is time.sleep else None)
    started = clock() if clock else 0.0
    waited = 0.0
    delay = policy.first_delay
    while True:
        try:
            return call()
        except StoreUnavailable as exc:
            if clock is not None:
                waited = clock() - started
            if waited >= policy.max_wait:
                raise StoreUnavailable(
                    f"store unavailable, gave up after retrying for {waited:.3g} s: {exc}"
                ) from exc
            pause = min(delay, policy.max_delay, policy.max_wait - waited)
            policy.sleep(pause)
            if clock is None:
                waited += pause
            delay *= 2


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def write_batch(
    store: GraphStore, records: Sequence[ArticleRecord], policy: RetryPolicy
) -> list[WriteResult | str]:
    """One result per record: its WriteResult, or why it failed.

    The batch goes in whole; when it fails for a non-transient reason, its articles are retried
    one by one so a single bad article does not sink the rest. StoreUnavailable (after the
    retries) propagates: the run must stop."""
    try:
        return list(retry_transient(lambda: store.write_articles(records), policy))
    except StoreUnavailable:
        raise
    except Exception as exc:
        if len(records) == 1:
            return [_reason(exc)]
    out: list[WriteResult | str] = []
    for record in records:
        try:
            out.extend(retry_transient(functools.partial(store.write_articles, [record]), policy))
        except StoreUnavailable:
            raise
        except Exception as exc:
            out.append(_reason(exc))
    return out


# --- the run -------------------------------------------------------------------------------


def in_shard(aid: str, shard: Shard | None) -> bool:
    if shard is None:
        return True
    k, n = shard
    return int(aid, 16) % n == k - 1


def parse_shard(text: str) -> Shard:
    """'2/3' -> (2, 3); K is 1-based."""
    try:
        k_text, n_text = text.split("/")
        k, n = int(k_text), int(n_text)
    except ValueError:
        raise InvalidInput(f"--shard {text!r}: expected K/N, e.g. 1/4") from None
    if not 1 <= k <= n:
        raise InvalidInput(f"--shard {text!r}: need 1 <= K <= N")
    return k, n


class IdSet:
    """An exact set of 64-bit article ids (the 16 hex digits of `article_id`) in 8-byte slots.

    The in-run dedup must remember every id it has seen, so its memory grows with the input; a
    Python set of ints costs ~90 bytes per id (90 MB for a million-line file), this open-addressing
    table 12-24 bytes (load kept between 1/3 and 2/3)."""

    _EMPTY = 0  # an id of 0 is kept apart, in `_zero`

    def __init__(self, capacity: int = 1024) -> None:
        size = 1024
        while size < capacity:
            size *= 2
        self._slots = array("Q", bytes(8 * size))
        self._mask = size - 1
        self._count = 0
        self._zero = False

    def __len__(self) -> int:
        return self._count + self._zero

    def _index(self, key: int) -> int:
        # The low bits can be all alike (one shard of N = 2**k keeps ids with one residue), the
        # middle ones are as random as the hash.
        return ((key >> 20) ^ key) & self._mask

    def add(self, key: int) -> bool:
        """Add `key`; True if it was not there yet."""
        if key == self._EMPTY:
            new, self._zero = not self._zero, True
            return new
        slots, mask = self._slots, self._mask
        i = self._index(key)
        while (found := slots[i]) != self._EMPTY:
            if found == key:
                return False
            i = (i + 1) & mask
        slots[i] = key
        self._count += 1
        if 3 * self._count > 2 * len(slots):
            self._grow()
        return True

    def _grow(self) -> None:
        old = self._slots
        self._slots = array("Q", bytes(16 * len(old)))
        self._mask = len(self._slots) - 1
        slots, mask = self._slots, self._mask
        for key in old:
            if key != self._EMPTY:
                i = self._index(key)
                while slots[i] != self._EMPTY:
                    i = (i + 1) & mask
                slots[i] = key


def _dry_run_relations(record: ArticleRecord) -> int:
    # The relations this article's claims would fold into, as the stores derive them.
    return len({relation_key(canonical(c)) for c in record.claims})


class _Run:
    """Outcomes are finished in input order: each waits in `queue` until its batch is written."""

    def __init__(
        self,
        store: GraphStore | None,
        batch: int,
        policy: RetryPolicy,
        progress: Progress | None,
        keep_outcomes: bool,
        dry_run: bool,
    ) -> None:
        self.store = store
        self.batch_size = max(1, batch)
        self.policy = policy
        self.progress = progress
        self.keep = keep_outcomes
        self.summary = Summary(dry_run=dry_run)
        self.queue: list[tuple[ArticleRecord | None, InputOutcome]] = []
        self.records = 0

    def add(self, record: ArticleRecord | None, outcome: InputOutcome) -> None:
        if record is not None:
            outcome.article_id = record.article.id
            if self.store is None:  # dry run
                outcome.status = "extracted"
                outcome.claims = len(record.claims)
                outcome.relations = _dry_run_relations(record)
                record = None
            else:
                self.records += 1
        self.queue.append((record, outcome))
        # Problems count too, so a long run of broken lines does not pile up in memory.
        if self.records >= self.batch_size or len(self.queue) >= 10 * self.batch_size:
            self.flush()

    def flush(self) -> None:
        queue, self.queue, self.records = self.queue, [], 0
        records = [r for r, _ in queue if r is not None]
        results: Iterator[WriteResult | str] = iter(())
        if records and self.store is not None:
            try:
                results = iter(write_batch(self.store, records, self.policy))
            except StoreUnavailable:
                for record, outcome in queue:
                    if record is not None:
                        outcome.status, outcome.reason = "failed", "not written: store unavailable"
                    self._finish(outcome)
                raise
        for record, outcome in queue:
            if record is not None:
                result = next(results)
                if isinstance(result, str):
                    outcome.status, outcome.reason = "failed", f"write failed: {result}"
                else:
                    outcome.status = result.outcome.value
                    outcome.claims, outcome.relations = result.claims, result.relations
            self._finish(outcome)

    def _finish(self, outcome: InputOutcome) -> None:
        self.summary.count(outcome)
        if self.keep:
            self.summary.outcomes.append(outcome)
        if self.progress is not None:
            self.progress(self.summary, outcome)


def ingest(
    inputs: Iterable[str | Path],
    store: GraphStore | None,
    workers: int = 1,
    batch: int = 100,
    dry_run: bool = False,
    shard: Shard | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    retry: RetryPolicy | None = None,
    progress: Progress | None = None,
    keep_outcomes: bool = True,
    extractor: Extractor | None = None,
) -> Summary:
    """Read, extract and write every input; see the module docstring."""
    if store is None and not dry_run:
        raise InvalidInput("ingest needs a store unless dry_run is set")
    started = time.monotonic()
    run = _Run(None if dry_run else store, batch, retry or RetryPolicy(), progress,
               keep_outcomes, dry_run)
    seen = IdSet()  # every article id of the run: 12-24 bytes each, the only per-line state

    def wanted(items: Iterable[Item]) -> Iterator[Item | _Skip]:
        # Shard and dedup before extraction: the id is the hash of the text, so a shard never
        # pays for another shard's articles.
        for item in items:
            if isinstance(item, RawArticle):
                aid = article_id(item.text)
                if not in_shard(aid, shard):
                    yield _Skip(item.origin, "other shard", aid)
                    continue
                if not seen.add(int(aid, 16)):
                    yield _Skip(item.origin, "duplicate: same text as an earlier input", aid)
                    continue
            yield item

    try:
        for done in extract_items(
            wanted(read_inputs(inputs, max_bytes)), workers, extractor=extractor,
            lead=run.batch_size,
        ):
            item = done.item
            if isinstance(item, _Skip):
                run.add(None, InputOutcome(item.origin, "skipped", item.reason, item.article_id))
                continue
            warnings = list(item.warnings) if isinstance(item, RawArticle) else []
            run.add(done.record, InputOutcome(item.origin, "failed", done.error,
                                              warnings=warnings))
        run.flush()
    except StoreUnavailable as exc:
        run.summary.fatal = str(exc)
    run.summary.elapsed = time.monotonic() - started
    return run.summary

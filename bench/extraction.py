"""(a) Extraction throughput with 1 and 2 workers, against a regex floor over the same corpus,
and (f) accuracy at scale: the extractor's precision/recall on the generated gold, scored by
../shared/eval/score.py itself (run as a subprocess on a prediction file)."""

from __future__ import annotations

import json
import multiprocessing
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.common import SHARED_EVAL, Skip, require, say, self_cpu_s
from bench.corpus import iter_articles, iter_gold
from bench.ingest_bench import article_files

SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
TOKEN = re.compile(r"\w+|[^\w\s]")
_ID = re.compile(r"/(\d{8})$")


def regex_floor(files: list[str]) -> dict[str, Any]:
    """The least any extractor must do: read each line, parse it, split sentences, tokenize."""
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    articles = sentences = tokens = 0
    for name in files:
        with open(name, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                for s in SENTENCE.split(text):
                    if s:
                        sentences += 1
                        tokens += len(TOKEN.findall(s))
                articles += 1
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    return {"articles": articles, "sentences": sentences, "tokens": tokens,
            "seconds": round(seconds, 3), "cpu_s": round(cpu, 3),
            "articles_per_s": round(articles / seconds, 1),
            "articles_per_cpu_s": round(articles / cpu, 1) if cpu else None,
            "tokens_per_s": round(tokens / seconds)}


def _read(files: list[str]) -> Iterator[tuple[str, str | None, str | None, str | None,
                                             str | None]]:
    for name in files:
        with open(name, encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                yield a["text"], a.get("title"), a.get("url"), a.get("published"), a.get(
                    "source")


def _extract_to_prediction(args: tuple[str, str | None, str | None, str | None, str | None]
                           ) -> tuple[int, dict[str, Any] | str]:
    """In a worker: extract one article; (claims, prediction line) or (0, error)."""
    text, title, url, published, source = args
    extract = require("ingest.extract", "extract_article")
    try:
        record = extract(text, title=title, url=url, published=published, source=source)
    except Exception as exc:  # one bad article must not stop the benchmark
        return 0, f"{type(exc).__name__}: {exc}"
    return len(record.claims), prediction(url, record)


def extraction_speed(files: list[str], workers: int, tokens_per_article: float,
                     budget_s: float | None, keep: list[dict[str, Any]] | None = None
                     ) -> dict[str, Any]:
    """extract_article over the corpus (its documented signature, published as text), in this
    process (1 worker) or a pool; stops at the time box, if any, and rates what it did."""
    require("ingest.extract", "extract_article")
    t0 = time.perf_counter()
    cpu0 = self_cpu_s()
    ok = failed = claims = 0
    errors: list[str] = []

    def take(result: tuple[int, dict[str, Any] | str]) -> bool:
        nonlocal ok, failed, claims
        n, doc = result
        if isinstance(doc, str):
            failed += 1
            if len(errors) < 3:
                errors.append(doc[:300])
        else:
            ok += 1
            claims += n
            if keep is not None:
                keep.append(doc)
        return budget_s is not None and time.perf_counter() - t0 > budget_s

    if workers <= 1:
        for args in _read(files):
            if take(_extract_to_prediction(args)):
                break
    else:
        ctx = multiprocessing.get_context("fork")  # no threads here yet: fork is safe, fast
        pool = ctx.Pool(workers)
        try:
            for result in pool.imap(_extract_to_prediction, _read(files), chunksize=8):
                if take(result):
                    break
        finally:
            pool.terminate()
            pool.join()
    seconds = time.perf_counter() - t0
    cpu = self_cpu_s() - cpu0  # pool workers are reaped by now, so they count
    done = ok + failed
    return {"workers": workers, "articles": done, "ok": ok, "failed": failed,
            "claims": claims, "seconds": round(seconds, 3), "cpu_s": round(cpu, 2),
            "articles_per_s": round(done / seconds, 1),
            "articles_per_cpu_s": round(done / cpu, 1) if cpu else None,
            "tokens_per_s": round(done * tokens_per_article / seconds),
            "time_boxed": budget_s is not None, "errors": errors}


def extraction_in_process(corpus: Path, n: int) -> dict[str, Any]:
    """extract_article alone on texts already in memory: no reader, no pool."""
    extract = require("ingest.extract", "extract_article")
    arts = list(iter_articles(corpus, limit=n))
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    for a in arts:
        extract(a["text"], title=a["title"], url=a["url"], source=a["source"],
                published=a["published"])
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    return {"articles": len(arts), "seconds": round(seconds, 3), "cpu_s": round(cpu, 3),
            "articles_per_s": round(len(arts) / seconds, 1),
            "articles_per_cpu_s": round(len(arts) / cpu, 1) if cpu else None}


def bench_extraction(corpus: Path, budgets: dict[int, float | None],
                     keep: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Floor, then 1 and 2 workers (time-boxed by `budgets` in quick mode). The 2-worker
    pass keeps its predictions in `keep` for the accuracy benchmark."""
    files = article_files(corpus)
    floor = regex_floor(files)
    say(f"  floor: {floor['articles_per_s']:,.0f} articles/s, {floor['tokens_per_s']:,} tokens/s")
    per_article = floor["tokens"] / max(floor["articles"], 1)
    out: dict[str, Any] = {"floor": floor}
    for workers in (1, 2):
        r = extraction_speed(files, workers, per_article, budgets.get(workers),
                             keep if workers == 2 else None)
        floor_s = floor["seconds"] * r["articles"] / max(floor["articles"], 1)
        r["ratio_to_floor"] = round(r["seconds"] / floor_s, 1)
        out[f"workers_{workers}"] = r
        say(f"  {workers} worker(s): {r['articles']:,} articles, {r['articles_per_s']:,.0f}/s, "
            f"{r['tokens_per_s']:,} tokens/s, {r['ratio_to_floor']}x the floor's time"
            + (f", {r['failed']} failed: {r['errors'][:1]}" if r["failed"] else ""))
    out["in_process"] = extraction_in_process(corpus, 300)
    say(f"  extract_article alone: {out['in_process']['articles_per_s']:,.0f} articles/s")
    return out


# --- (f) accuracy ---------------------------------------------------------------------------


def prediction(url: str | None, record: Any) -> dict[str, Any]:
    """One line of the prediction file score.py reads (`diplograph extract --format jsonl`)."""
    match = _ID.search(url or "")
    if match is None:
        raise ValueError(f"not a corpus article: {url!r}")
    path = f"{match.group(1)}.txt"  # score.py pairs a prediction with gold by this stem
    try:
        extract_doc: Any = require("ingest.report", "extract_doc")
    except Skip:
        extract_doc = None
    if extract_doc is not None:
        doc: dict[str, Any] = extract_doc(path, record)
        return doc
    return {
        "path": path,
        "entities": [{"id": e.id, "name": e.name, "type": e.type.value,
                      "aliases": list(e.aliases)} for e in record.entities],
        "relations": [{"type": c.predicate, "source": c.subject, "target": c.object,
                       "date": None if c.date is None else str(c.date)}
                      for c in record.claims],
    }


def bench_accuracy(corpus: Path, workers: int = 2,
                   predictions: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """score.py over the gold of the articles predicted (all of them unless the extraction
    pass that made `predictions` was time-boxed)."""
    require("ingest.extract", "extract_article")
    score = SHARED_EVAL / "score.py"
    if not score.exists():
        raise Skip(f"{score} is not there")
    extract_s = None
    if predictions is None:
        predictions = []
        files = article_files(corpus)
        r = extraction_speed(files, workers, 0.0, None, predictions)
        extract_s = r["seconds"]
    wanted = {Path(p["path"]).stem for p in predictions}
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir = Path(tmp) / "gold"
        gold_dir.mkdir()
        for g in iter_gold(corpus):
            if g["article"] in wanted:
                (gold_dir / f"{g['article']}.json").write_text(json.dumps(g), encoding="utf-8")
        pred = Path(tmp) / "pred.jsonl"
        with open(pred, "w", encoding="utf-8") as f:
            for p in predictions:
                f.write(json.dumps(p) + "\n")
        say(f"  scoring {len(wanted):,} articles with score.py...")
        proc = subprocess.run([sys.executable, str(score), "--gold", str(gold_dir), "--pred",
                               str(pred), "--json"], capture_output=True, text=True,
                              check=False, timeout=3600)
        if proc.returncode != 0:
            raise RuntimeError(f"score.py failed: {proc.stderr[-2000:]}")
        result: dict[str, Any] = json.loads(proc.stdout)
    result["missing_predictions"] = len(result.get("missing_predictions", []))
    result["extract_s"] = extract_s
    return result

"""Equality harness for the extractor: its whole output over a fixed set of articles, saved
once and compared after a change, plus the CPU it took.

    python -m bench.extract_equal --save /tmp/extract_base.jsonl      (before a change)
    python -m bench.extract_equal --compare /tmp/extract_base.jsonl   (after: exit 1 on a diff)

Articles: the dev set (../shared/eval/dev/articles), the held-out set
(tests/fixtures/heldout/articles), read as `diplograph extract` reads them, and the first 3,000
articles of bench/corpus-s1-10000. Each record is one JSON line: the document `diplograph
extract --format jsonl` prints (ingest.report.extract_doc) plus every claim and entity in full,
since that document folds claims into relations. CPU (time.process_time) is counted around
extract_article alone and printed per article for each set.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from graph.model import ArticleRecord
from ingest.extract import extract_article
from ingest.readers import RawArticle, read_inputs
from ingest.report import extract_doc

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "eval" / "dev" / "articles"
HELDOUT = REPO / "tests" / "fixtures" / "heldout" / "articles"
CORPUS = REPO / "bench" / "corpus-s1-10000"
CORPUS_ARTICLES = 3000

# (set name, origin, text, title, url, published, source)
Item = tuple[str, str, str, str | None, str | None, str | None, str | None]


def _text_files(name: str, folder: Path) -> Iterator[Item]:
    for raw in read_inputs(sorted(str(p) for p in folder.glob("*.txt"))):
        if not isinstance(raw, RawArticle):
            raise SystemExit(f"cannot read {raw}")
        published = None if raw.published is None else str(raw.published)
        yield name, raw.origin, raw.text, raw.title, raw.url, published, raw.source


def _corpus(limit: int) -> Iterator[Item]:
    n = 0
    for path in sorted(CORPUS.glob("articles-*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                if n >= limit:
                    return
                a = json.loads(line)
                yield ("bench", f"{path.name}:{a.get('id', n)}", a["text"], a.get("title"),
                       a.get("url"), a.get("published"), a.get("source"))
                n += 1


def items() -> Iterator[Item]:
    yield from _text_files("dev", DEV)
    yield from _text_files("heldout", HELDOUT)
    yield from _corpus(CORPUS_ARTICLES)


def serialize(origin: str, record: ArticleRecord) -> str:
    out: dict[str, Any] = {
        "doc": extract_doc(origin, record),
        "entities": [asdict(e) for e in record.entities],
        "claims": [asdict(c) for c in record.claims],
        "article": asdict(record.article),
    }
    return json.dumps(out, ensure_ascii=False, sort_keys=True, default=str)


def run() -> tuple[list[str], dict[str, tuple[int, float]]]:
    """Serialized records in input order, and (articles, CPU seconds) per set."""
    lines: list[str] = []
    cpu: dict[str, tuple[int, float]] = {}
    for name, origin, text, title, url, published, source in items():
        t0 = time.process_time()
        record = extract_article(text, title=title, url=url, published=published, source=source)
        spent = time.process_time() - t0
        n, total = cpu.get(name, (0, 0.0))
        cpu[name] = (n + 1, total + spent)
        lines.append(serialize(origin, record))
    return lines, cpu


def _report(cpu: dict[str, tuple[int, float]]) -> None:
    for name, (n, total) in cpu.items():
        print(f"{name:8} {n:5} articles  {total / n * 1000:6.2f} ms CPU per article"
              f"  ({total:.2f} s)")
    n_all = sum(n for n, _ in cpu.values())
    t_all = sum(t for _, t in cpu.values())
    print(f"{'all':8} {n_all:5} articles  {t_all / n_all * 1000:6.2f} ms CPU per article")


def _first_difference(old: list[str], new: list[str]) -> int | None:
    for i, (a, b) in enumerate(zip(old, new, strict=False)):
        if a != b:
            return i
    return None if len(old) == len(new) else min(len(old), len(new))


def _pretty(line: str) -> list[str]:
    return json.dumps(json.loads(line), ensure_ascii=False, indent=1, sort_keys=True).splitlines()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="write the output here")
    mode.add_argument("--compare", type=Path, help="compare the output with this file")
    args = ap.parse_args(argv)
    lines, cpu = run()
    _report(cpu)
    if args.save:
        args.save.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"saved {len(lines)} records to {args.save}")
        return 0
    old = args.compare.read_text(encoding="utf-8").splitlines()
    i = _first_difference(old, lines)
    if i is None:
        print(f"identical: {len(lines)} records")
        return 0
    if i >= len(old) or i >= len(lines):
        print(f"different: {len(old)} records saved, {len(lines)} now")
        return 1
    changed = sum(a != b for a, b in zip(old, lines, strict=False))
    print(f"different: {changed} of {len(lines)} records; first: "
          f"{json.loads(lines[i])['doc']['path']}")
    diff = difflib.unified_diff(_pretty(old[i]), _pretty(lines[i]), "saved", "now", n=2,
                                lineterm="")
    for k, d in enumerate(diff):
        if k >= 60:
            print("...")
            break
        print(d)
    return 1


if __name__ == "__main__":
    sys.exit(main())

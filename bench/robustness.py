"""How the extractor's scores move when the same articles come in other typography or layout:
the dev set and the held-out set, each as written and under each change below, scored by
../shared/eval/score.py against the same gold.

    python -m bench.robustness [--changes nbsp,wrap78,...] [--sets dev,heldout]

Changes: no-break spaces where pages put them, tripled line breaks, paragraphs hard-wrapped at
78 and 66 columns, accents as combining marks (NFD), a zero-width space after every " of ",
em dashes for spaced hyphens, CRLF line ends, curly apostrophes, and the whole text on one line
(a known limit). Prints one line per set and change: relation F1 (P / R) and relations with
dates F1, and appends one JSON line to bench/results/.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import textwrap
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import REPO, SHARED_EVAL, Skip, require, say


def _wrap(width: int) -> Callable[[str], str]:
    def wrap(text: str) -> str:
        return "\n".join(textwrap.fill(line, width, break_on_hyphens=False,
                                       break_long_words=False) if len(line) > width else line
                         for line in text.split("\n"))
    return wrap


CHANGES: dict[str, Callable[[str], str]] = {
    "as_written": lambda t: t,
    "nbsp": lambda t: re.sub(r"(?<=\w) (?=\d)|(?<=\d) (?=\w)|(?<=[A-Z][a-z.]) (?=[A-Z])",
                             "\u00a0", t),
    "blank_lines": lambda t: t.replace("\n", "\n\n\n"),
    "wrap78": _wrap(78),
    "wrap66": _wrap(66),
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "zero_width": lambda t: t.replace(" of ", " of\u200b "),
    "em_dash": lambda t: t.replace(" - ", " \u2014 "),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "curly": lambda t: t.replace("'", "\u2019"),
    "one_line": lambda t: re.sub(r"\s*\n\s*", " ", t),
}
SETS = {
    "dev": (SHARED_EVAL / "dev" / "articles", SHARED_EVAL / "dev" / "gold"),
    "heldout": (REPO / "tests" / "fixtures" / "heldout" / "articles",
                REPO / "tests" / "fixtures" / "heldout" / "gold"),
}


def _score(articles: Path, gold: Path, change: Callable[[str], str]) -> dict[str, Any]:
    extract = require("ingest.extract", "extract_article")
    extract_doc = require("ingest.report", "extract_doc")
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as f:
            for path in sorted(articles.glob("*.txt")):
                record = extract(change(path.read_text(encoding="utf-8")))
                f.write(json.dumps(extract_doc(path.name, record)) + "\n")
        proc = subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), "--gold", str(gold),
                               "--pred", str(pred), "--json"], capture_output=True, text=True,
                              check=False, timeout=1800)
    if proc.returncode != 0:
        raise RuntimeError(f"score.py failed: {proc.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--changes", default=",".join(CHANGES))
    ap.add_argument("--sets", default=",".join(SETS))
    args = ap.parse_args()
    if not (SHARED_EVAL / "score.py").exists():
        raise Skip(f"{SHARED_EVAL / 'score.py'} is not there")
    figures: dict[str, dict[str, Any]] = {}
    for set_name in args.sets.split(","):
        articles, gold = SETS[set_name]
        for name in args.changes.split(","):
            s = _score(articles, gold, CHANGES[name])
            rel, dated = s["relations"], s["relations_with_dates"]
            figures[f"{set_name}/{name}"] = {"relations": rel, "relations_with_dates": dated}
            say(f"{set_name:8} {name:12} relations F1 {rel['f1']:.3f} (P {rel['precision']:.3f} / "
                f"R {rel['recall']:.3f})   with dates F1 {dated['f1']:.3f}")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=REPO, check=False).stdout.strip()
    out = REPO / "bench" / "results" / "results.jsonl"
    out.parent.mkdir(exist_ok=True)
    with out.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"bench": "robustness", "commit": commit,
                            "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                            "figures": figures}) + "\n")


if __name__ == "__main__":
    main()

"""Instructions the extractor executes per article, counted by valgrind (callgrind): the measure
this shared machine's noise does not move. Timings of the same code here vary 10-20% from one
run to the next, enough to hide a 12% regression that instruction counts showed at once.

    python -m bench.instructions [--articles 100] [--tree DIR ...]

For each tree (default: this checkout) two child processes run under callgrind: one imports
`ingest.extract` and extracts the first N articles of the 1k bench corpus, the other does the
same with none. The difference over N is the cost of an article; the second count is the
import's (it compiles the rules' regular expressions). Pass an old checkout with --tree (e.g. a
`git worktree` of the commit before a change) and this one to count old code against new.
valgrind is a system package (`apt-get install valgrind`), not a dependency.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

from bench.common import REPO, say
from bench.corpus import ensure_corpus

SEED = 1
CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from ingest.extract import extract_article
from bench.corpus import iter_articles
for a in iter_articles(Path(sys.argv[2]), limit=int(sys.argv[3])):
    extract_article(a["text"], title=a["title"], url=a["url"], published=a["published"])
"""


def count(tree: Path, corpus: Path, articles: int) -> int:
    """Instructions of one child process (callgrind's "Collected" total)."""
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         "-c", CHILD, str(tree), str(corpus), str(articles)],
        capture_output=True, text=True, check=True, cwd=REPO)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output: {run.stderr[-500:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.instructions", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--tree", type=Path, action="append",
                    help="a checkout whose ingest/ to count (repeatable; default: this one)")
    a = ap.parse_args(argv)
    if a.articles < 1:
        ap.error("--articles must be at least 1")
    if shutil.which("valgrind") is None:
        say("valgrind is not installed (apt-get install valgrind): nothing counted")
        return 1
    corpus = REPO / "bench" / f"corpus-s{SEED}-1000"
    ensure_corpus(1000, SEED, corpus, workers=2)
    for tree in a.tree or [REPO]:
        base = count(tree.resolve(), corpus, 0)
        total = count(tree.resolve(), corpus, a.articles)
        say(f"{tree}: {(total - base) / a.articles / 1e6:.2f} M instructions per article "
            f"over {a.articles} articles, {base / 1e9:.2f} G to start and import")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

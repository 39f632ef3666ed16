"""The /pairs dossier, old code against new, in one process: are the answers the same, and
what does each cost? On a shared machine, runs of two versions minutes apart compare the load
more than the code; alternating them over the same pairs in one process does not.

    python -m bench.dossier_ab STORE_URL [--pairs 150] [--rounds 2] [--old COMMIT] [--methods]

STORE_URL: a store a kept bench run left (`sqlite:///DIR/sqlite-100000.db`, or the bolt URI of
its Neo4j started with `diplograph.neo4j_local`). The old `api/dossier.py` is read from COMMIT
with git and run against the same store object as the working tree's, so it must only call
store methods the working tree still has. The pairs are the ones the HTTP benchmark asks
(bench.queries.sample_refs). Prints how many answers differ (item ids and vias, envoys,
`truncated`), then per round mean and p99 wall and mean CPU per pair, old and new; with
--methods, the new code's time per store method, per pair.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
import types
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from api import dossier as new_dossier
from api import refs
from bench.common import REPO, percentile, say
from bench.queries import sample_refs
from graph.model import Entity
from graph.store import GraphStore, open_store

STORE_METHODS = ("relations", "related_ids", "relations_between", "relations_touching",
                 "shared_links", "relations_in_articles", "relation_articles")


def old_module(commit: str) -> types.ModuleType:
    """api/dossier.py as it was at `commit`, as a module of its own."""
    source = subprocess.run(["git", "-C", str(REPO), "show", f"{commit}:api/dossier.py"],
                            capture_output=True, text=True, check=True).stdout
    module = types.ModuleType("dossier_at_" + commit)
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, f"{commit}:api/dossier.py", "exec"), module.__dict__)
    return module


def answer(build: Callable[..., Any], store: GraphStore, a: Entity, b: Entity) -> Any:
    """What a client sees of a dossier: items with their vias, envoys, truncated."""
    res = build(store, a, b)
    return ([(r.id, via) for r, via in res.timeline],
            [(e.person, e.sender, [r.id for r in e.relations]) for e in res.envoys],
            res.truncated)


def timed(build: Callable[..., Any], store: GraphStore,
          pairs: list[tuple[Entity, Entity]]) -> tuple[float, float, float]:
    """Mean wall, p99 wall and mean CPU per pair, in ms."""
    walls, cpu0 = [], time.process_time()
    for a, b in pairs:
        t = time.perf_counter()
        build(store, a, b)
        walls.append((time.perf_counter() - t) * 1000)
    cpu = (time.process_time() - cpu0) * 1000 / len(pairs)
    return sum(walls) / len(walls), percentile(walls, 99), cpu


def per_method(store: GraphStore, pairs: list[tuple[Entity, Entity]]) -> None:
    """The new code's wall and CPU in each store method (by method and types), per pair."""
    wall: dict[str, float] = defaultdict(float)
    cpu: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    originals = {name: getattr(store, name) for name in STORE_METHODS}

    def wrap(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def timed_call(*args: Any, **kwargs: Any) -> Any:
            typed = name in ("relations_between", "shared_links") and len(args) > 2
            key = f"{name}{tuple(args[2])}" if typed else name
            t, c = time.perf_counter(), time.process_time()
            try:
                return method(*args, **kwargs)
            finally:
                wall[key] += (time.perf_counter() - t) * 1000
                cpu[key] += (time.process_time() - c) * 1000
                calls[key] += 1
        return timed_call

    for name, method in originals.items():
        setattr(store, name, wrap(name, method))
    try:
        for a, b in pairs:
            new_dossier.build(store, a, b)
    finally:
        for name in originals:
            delattr(store, name)  # the instance attribute: the class's method shows again
    n = len(pairs)
    say("new code, per pair, by store method (calls, wall ms, CPU ms):")
    for key in sorted(wall, key=lambda k: -wall[k]):
        say(f"  {key:58s} {calls[key] / n:4.1f} {wall[key] / n:7.2f} {cpu[key] / n:7.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.dossier_ab", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store")
    ap.add_argument("--pairs", type=int, default=150)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--old", default="HEAD",
                    help="commit whose api/dossier.py is 'old' (HEAD: against uncommitted work)")
    ap.add_argument("--methods", action="store_true", help="also time each store method")
    a = ap.parse_args(argv)
    if a.pairs < 1 or a.rounds < 1:
        ap.error("--pairs and --rounds must be at least 1")
    old = old_module(a.old)
    store = open_store(a.store)
    try:
        pairs = [(refs.resolve(store, x), refs.resolve(store, y))
                 for x, y in sample_refs(a.store, 1).pairs[:a.pairs]]
        differ = [(x.id, y.id) for x, y in pairs
                  if answer(old.build, store, x, y) != answer(new_dossier.build, store, x, y)]
        say(f"{len(pairs)} pairs: {len(differ)} answers differ {differ[:5]}")
        builds = {"old": old.build, "new": new_dossier.build}
        for n in range(a.rounds):
            order = ("old", "new") if n % 2 == 0 else ("new", "old")
            for label in order:
                w, p99, c = timed(builds[label], store, pairs)
                say(f"  round {n + 1} {label}: wall {w:6.1f} ms, p99 {p99:6.1f} ms, "
                    f"CPU {c:5.1f} ms per pair")
        if a.methods:
            per_method(store, pairs)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

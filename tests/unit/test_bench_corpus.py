"""The benchmark corpus generator: deterministic, self-consistent gold, the sizes asked for."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench.corpus import generate, iter_articles, iter_gold, read_manifest, shard_names

CORE = {
    "RECOGNIZED", "ESTABLISHED_TIES", "LECTURED_AT", "COOPERATES_VIA", "VISITED", "MET_WITH",
    "SIGNED_AGREEMENT", "AMBASSADOR_OF", "ACCREDITED_TO", "OFFICIAL_OF", "MEMBER_OF",
    "COOPERATES_WITH",
}
TYPES = {"Country", "Person", "Institution", "Project", "Organization", "City"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
N, SHARD = 120, 50


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    generate(N, 11, out, shard_size=SHARD, workers=1)
    return out


def _bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_same_seed_gives_byte_identical_output_whatever_the_sharding(
    corpus: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again"
    generate(N, 11, again, shard_size=SHARD, workers=2)
    assert _bytes(again) == _bytes(corpus)
    # Article i does not depend on which shard holds it: one big shard has the same lines.
    single = tmp_path / "single"
    generate(N, 11, single, shard_size=N)
    lines = b"".join(_bytes(corpus)[shard_names(k)[0]] for k in range(3))
    assert _bytes(single)[shard_names(0)[0]] == lines


def test_another_seed_gives_another_corpus(corpus: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    generate(20, 12, other, shard_size=SHARD)
    texts = [a["text"] for a in iter_articles(other)]
    assert texts != [a["text"] for a in iter_articles(corpus, limit=20)]


def test_sizes_shards_and_manifest(corpus: Path) -> None:
    m = read_manifest(corpus)
    assert m is not None
    assert m["articles"] == N and [s["count"] for s in m["shards"]] == [50, 50, 20]
    for k in range(3):
        art, gold = shard_names(k)
        assert (corpus / art).exists() and (corpus / gold).exists()
    articles = list(iter_articles(corpus))
    assert len(articles) == N and len({a["id"] for a in articles}) == N
    assert len({a["url"] for a in articles}) == N  # a shared URL would make a "revision"
    sizes = [len(a["text"].split()) for a in articles]
    assert min(sizes) >= 280 and max(sizes) <= 480
    assert 320 <= sum(sizes) / len(sizes) <= 430
    assert sum(sizes) == m["words"]
    assert list(iter_articles(corpus, limit=7)) == articles[:7]


def test_gold_follows_the_eval_schema_and_quotes_the_text(corpus: Path) -> None:
    n_rel = 0
    for article, gold in zip(iter_articles(corpus), iter_gold(corpus), strict=True):
        text = article["text"]
        assert set(gold) == {"article", "published", "entities", "relations"}
        assert gold["article"] == article["id"] and gold["published"] == article["published"]
        names = {e["name"]: e for e in gold["entities"]}
        assert len(names) == len(gold["entities"])
        for e in gold["entities"]:
            assert e["type"] in TYPES and isinstance(e["roles"], list)
            for alias in e["aliases"]:
                assert alias in text, (article["id"], alias)
            if e["type"] == "Person":
                assert e["name"] in text
        for r in gold["relations"]:
            assert r["type"] in CORE or r["type"].startswith("OTHER:")
            assert r["source"] in names and r["target"] in names and r["source"] != r["target"]
            assert r["evidence"] in text, (article["id"], r["evidence"])
            assert r["date"] is None or DATE.match(r["date"])
            n_rel += 1
    assert n_rel >= 8 * N


def test_corpus_varies_and_repeats_world_facts(corpus: Path) -> None:
    texts = [a["text"] for a in iter_articles(corpus)]
    golds = list(iter_gold(corpus))
    kinds = {r["type"] for g in golds for r in g["relations"]}
    assert kinds >= CORE
    dates = " ".join(texts)
    for pattern in (r"\d{1,2} [A-Z][a-z]+ \d{4}", r"[A-Z][a-z]+ \d{1,2}, \d{4}",
                    r"\d{2}\.\d{2}\.\d{4}", r"in [A-Z][a-z]+ \d{4}", r"in \d{4}",
                    r"yesterday|on (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"):
        assert re.search(pattern, dates), pattern
    assert any(re.search(r"[.\n] (He|She) ", t) for t in texts)
    assert any("The two countries " in t for t in texts)
    # The same pair's establishment of ties is told the same (year) in every article.
    est: dict[tuple[str, ...], set[str]] = {}
    for g in golds:
        for r in g["relations"]:
            if r["type"] == "ESTABLISHED_TIES" and r["date"]:
                est.setdefault(tuple(sorted((r["source"], r["target"]))), set()).add(
                    r["date"][:4])
    assert est and all(len(years) == 1 for years in est.values())
    first_lines = {t.split("\n", 1)[0] for t in texts}
    assert len(first_lines) > N // 4


def test_gold_lines_are_plain_json(corpus: Path) -> None:
    art, gold = shard_names(0)
    for line in (corpus / gold).read_text(encoding="utf-8").splitlines():
        assert json.loads(line)["article"]

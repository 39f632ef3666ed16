"""The response cache (api/cache.py): answers reused while the graph is unchanged, and never
after a write, whichever process made it."""

from __future__ import annotations

from api.cache import Answer, ResponseCache
from graph.store import GraphStore, open_store
from tests.api.conftest import API_KEY, client_for
from tests.contract.builders import KAZ, PAK, record

STATS = "/api/v1/stats"


def test_a_read_is_served_again_until_any_writer_changes_the_graph(loaded: GraphStore) -> None:
    with client_for(loaded) as client:
        first = client.get(STATS)
        again = client.get(STATS)
        assert (first.headers["x-cache"], again.headers["x-cache"]) == ("miss", "hit")
        assert again.content == first.content and again.headers["etag"] == first.headers["etag"]

        other = open_store(loaded.url)  # another writer, on its own connection
        news = record("Pakistan recognized Kazakhstan in 1991.", [("RECOGNIZED", PAK, KAZ, "1991")])
        try:
            other.write_articles([news])
        finally:
            other.close()
        after = client.get(STATS)
        assert after.headers["x-cache"] == "miss"
        assert after.json()["articles"] == first.json()["articles"] + 1

        keyed = {"X-API-Key": API_KEY}
        assert client.delete(f"/api/v1/articles/{'0' * 16}", headers=keyed).status_code == 404
        assert client.get(STATS).headers["x-cache"] == "hit"  # nothing changed
        assert client.delete(f"/api/v1/articles/{news.article.id}",
                             headers=keyed).status_code == 204
        assert client.get(STATS).json()["articles"] == first.json()["articles"]


def test_an_unchanged_answer_is_304_for_its_etag(loaded: GraphStore) -> None:
    url = f"/api/v1/pairs/{KAZ.id}/{PAK.id}"
    with client_for(loaded) as client:
        first = client.get(url)
        assert first.status_code == 200
        tag = first.headers["etag"]
        same = client.get(url, headers={"If-None-Match": f'"stale", {tag}'})
        assert same.status_code == 304 and same.content == b""
        assert same.headers["etag"] == tag
        assert client.get(url, headers={"If-None-Match": '"stale"'}).status_code == 200


def test_errors_are_not_kept(loaded: GraphStore) -> None:
    with client_for(loaded) as client:
        for _ in range(2):
            missing = client.get("/api/v1/entities/country:ZZZ")
            assert missing.status_code == 404
            assert "x-cache" not in missing.headers


def test_with_reads_behind_a_key_a_kept_answer_needs_the_key(loaded: GraphStore) -> None:
    with client_for(loaded, require_key_for_reads=True) as client:
        keyed = {"X-API-Key": API_KEY}
        assert client.get(STATS, headers=keyed).headers["x-cache"] == "miss"
        assert client.get(STATS, headers=keyed).headers["x-cache"] == "hit"
        assert client.get(STATS).status_code == 401
        assert client.get(STATS, headers={"X-API-Key": "wrong"}).status_code in (401, 403)


def test_each_origin_gets_its_own_cors_headers_from_a_kept_answer(loaded: GraphStore) -> None:
    origins = ["https://a.example", "https://b.example"]
    with client_for(loaded, cors_origins=origins) as client:
        for origin, state in zip(origins, ("miss", "hit"), strict=True):
            answer = client.get(STATS, headers={"Origin": origin})
            assert answer.headers["x-cache"] == state
            assert answer.headers["access-control-allow-origin"] == origin


def test_cache_off(loaded: GraphStore) -> None:
    with client_for(loaded, cache_mb=0) as client:
        assert all("x-cache" not in client.get(STATS).headers for _ in range(2))
        assert "diplograph_cache" not in client.get("/metrics").text
    with client_for(loaded) as client:
        client.get(STATS)
        client.get(STATS)
        metrics = client.get("/metrics").text
        assert 'diplograph_cache_requests_total{result="hit"} 1' in metrics


def _answer(generation: str, size: int) -> Answer:
    return Answer(generation, 200, [], b"x" * size, b'"t"')


def test_the_cache_keeps_recent_answers_within_its_budget() -> None:
    cache = ResponseCache(max_bytes=16_000)  # answers of 1,700 bytes: 9 fit
    keys = [(f"/api/v1/e/{i}", b"", b"") for i in range(10)]
    for key in keys[:9]:
        cache.put(key, _answer("1", 1_500))
    assert cache.get(keys[0], "1") is not None  # now the most recent
    cache.put(keys[9], _answer("1", 1_500))  # over budget: the least recent (1) goes
    assert [i for i, k in enumerate(keys) if cache.get(k, "1") is None] == [1]
    assert cache.get(keys[0], "2") is None  # another generation: not current
    cache.put(("/big", b"", b""), _answer("1", 1_900))  # over an eighth of the budget
    assert cache.get(("/big", b"", b""), "1") is None

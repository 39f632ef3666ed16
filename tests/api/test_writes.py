"""Write routes with a key, against a fresh store per test: the auth matrix (each write route x
no key / wrong key / right key; "key not configured" is in test_security) and what a write does."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from graph.store import GraphStore
from tests.api.conftest import API_KEY, client_for
from tests.api.corpus import corpus

ARTICLE_FOUR = corpus()[3].article.id
SAMPLE = {"text": "Islamabad, 5 May 2022: Pakistan and Kazakhstan signed a memorandum of "
                  "understanding on transit trade.", "title": "A transit MoU",
          "published": "2022-05-05", "source": "TEST"}


def _post(c: TestClient, headers: dict[str, bytes]) -> Any:
    return c.post("/api/v1/articles", json=SAMPLE, headers=headers)


def _delete(c: TestClient, headers: dict[str, bytes]) -> Any:
    return c.delete(f"/api/v1/articles/{ARTICLE_FOUR}", headers=headers)


WRITES = {"post": (_post, 201), "delete": (_delete, 204)}
KEYS: dict[str, dict[str, bytes]] = {
    "none": {}, "wrong": {"X-API-Key": b"not-the-key"}, "right": {"X-API-Key": API_KEY.encode()},
    "non-ascii": {"X-API-Key": "s3cret-test-kéy".encode()},
}


@pytest.mark.parametrize("route", list(WRITES))
@pytest.mark.parametrize("key", list(KEYS))
def test_write_routes_need_the_configured_key(loaded: GraphStore, route: str, key: str) -> None:
    call, ok = WRITES[route]
    if route == "post" and key == "right":
        pytest.importorskip("ingest.extract", reason="POST /articles needs the extractor")
    with client_for(loaded) as c:
        r = call(c, KEYS[key])
    expected = ok if key == "right" else 401
    assert r.status_code == expected, r.text
    if expected == 401:
        assert r.json()["title"] == "Unauthorized"
        assert r.headers["www-authenticate"] == "X-API-Key"
    # Only the right key changes anything: article four is gone only after that delete.
    still_there = loaded.get_article(ARTICLE_FOUR) is not None
    assert still_there is not (route == "delete" and key == "right")
    delta = {("post", "right"): 1, ("delete", "right"): -1}.get((route, key), 0)
    assert loaded.stats().articles == 4 + delta


def test_a_post_answers_what_it_added_and_then_that_nothing_was(loaded: GraphStore) -> None:
    pytest.importorskip("ingest.extract", reason="POST /articles needs the extractor")
    key = {"X-API-Key": API_KEY}
    with client_for(loaded) as c:
        first = c.post("/api/v1/articles", json=SAMPLE, headers=key)
        again = c.post("/api/v1/articles", json=SAMPLE, headers=key)
        body = first.json()
        assert first.status_code == 201
        assert first.headers["location"] == f"/api/v1/articles/{body['article_id']}"
        assert body["outcome"] == "added" and body["claims"] >= 1
        assert {"country:KAZ", "country:PAK"} <= {e["id"] for e in body["entities"]}
        assert len(body["relation_ids"]) == body["relations"]
        for rid in body["relation_ids"]:
            assert c.get(f"/api/v1/relations/{rid}").status_code == 200
        stored = c.get(first.headers["location"]).json()
        assert stored["title"] == "A transit MoU" and stored["published"] == "2022-05-05"
        assert len(stored["claims"]) == body["claims"]
        assert stored["claims"][0]["sentence"] in SAMPLE["text"]
    assert again.status_code == 200
    assert again.json() == {"article_id": body["article_id"], "outcome": "unchanged",
                            "claims": 0, "relations": 0, "entities": [], "relation_ids": []}


def test_deleting_an_article_rederives_and_a_second_delete_is_404(loaded: GraphStore) -> None:
    key = {"X-API-Key": API_KEY}
    with client_for(loaded) as c:
        assert c.get("/api/v1/pairs/QAT/SAU").json()["total"] == 2
        assert c.delete(f"/api/v1/articles/{ARTICLE_FOUR}", headers=key).status_code == 204
        # Its claims, relations and the entities only it mentioned are gone.
        assert c.get("/api/v1/pairs/QAT/SAU").status_code == 404
        stats = c.get("/api/v1/stats").json()
        assert (stats["articles"], stats["relations"], stats["entities"]) == (3, 21, 14)
        assert c.get(f"/api/v1/articles/{ARTICLE_FOUR}").status_code == 404
        again = c.delete(f"/api/v1/articles/{ARTICLE_FOUR}", headers=key)
        assert again.status_code == 404 and again.json()["status"] == 404

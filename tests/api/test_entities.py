"""/entities: references, search, detail, relations with filters and pages, neighborhood."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import rows
from tests.api.corpus import CPEC, ISSI, KAMALDINOV, KAZ, KISTAFIN, PAK, QURESHI, SCO

V1 = "/api/v1"


@pytest.mark.parametrize("ref", ["country:KAZ", "KAZ", "KZ", "kz", "Kazakhstan", "kazakhstan",
                                 "Nur-Sultan", "Kazakh"])
def test_every_kind_of_reference_names_kazakhstan(client: TestClient, ref: str) -> None:
    r = client.get(f"{V1}/entities/{ref}")
    assert r.status_code == 200, r.text
    assert r.json()["id"] == "country:KAZ"


def test_an_ambiguous_name_answers_409_with_the_candidates(client: TestClient) -> None:
    r = client.get(f"{V1}/entities/Khan")
    assert r.status_code == 409
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert body["title"] == "Ambiguous reference"
    assert body["candidates"] == [
        {"id": "person:ali-khan", "type": "Person", "name": "Ali Khan"},
        {"id": QURESHI.id, "type": "Person", "name": QURESHI.name},
    ]


@pytest.mark.parametrize("ref", ["Atlantis", "country:ATL", "XK", "person:nobody"])
def test_an_unknown_reference_is_a_404_problem(client: TestClient, ref: str) -> None:
    r = client.get(f"{V1}/entities/{ref}")
    assert r.status_code == 404
    assert r.headers["content-type"] == "application/problem+json"
    assert set(r.json()) - {"candidates"} == {"type", "title", "status", "detail"}
    assert r.json()["status"] == 404


def test_a_404_suggests_close_names(client: TestClient) -> None:
    r = client.get(f"{V1}/entities/Kamaldinov")  # a surname alone is no alias here
    assert r.status_code == 404
    assert r.json()["candidates"] == [
        {"id": KAMALDINOV.id, "type": "Person", "name": "Akylbek Kamaldinov"}]


def test_search_ranks_exact_then_prefix_then_fuzzy(client: TestClient) -> None:
    exact = client.get(f"{V1}/entities", params={"q": "Kazakh"}).json()
    assert [e["id"] for e in exact["items"]] == [KAZ.id]
    assert exact["total"] == 1 and exact["next_cursor"] is None
    fuzzy = client.get(f"{V1}/entities", params={"q": "Pakistn"}).json()
    assert [e["id"] for e in fuzzy["items"]] == [PAK.id, CPEC.id]
    typed = client.get(f"{V1}/entities", params={"q": "Is", "type": "Institution"}).json()
    assert typed["items"] == [{"id": ISSI.id, "type": "Institution", "name": ISSI.name,
                               "aliases": ["ISSI"]}]


def test_search_pages_with_an_opaque_cursor(client: TestClient) -> None:
    first = client.get(f"{V1}/entities", params={"q": "Khan", "limit": 1}).json()
    assert [e["id"] for e in first["items"]] == ["person:ali-khan"]
    assert first["total"] is None  # not known until the last page is in sight
    second = client.get(f"{V1}/entities",
                        params={"q": "Khan", "limit": 1, "cursor": first["next_cursor"]}).json()
    assert [e["id"] for e in second["items"]] == [QURESHI.id]
    assert second["next_cursor"] is None and second["total"] == 2


def test_a_country_shows_degree_by_type_memberships_and_reports(client: TestClient) -> None:
    body = client.get(f"{V1}/entities/KAZ").json()
    assert body["aliases"] == ["Kazakh", "Nur-Sultan"]
    assert body["degree"] == {"AMBASSADOR_OF": 2, "COOPERATES_VIA": 1, "ESTABLISHED_TIES": 1,
                              "MEMBER_OF": 1, "RECOGNIZED": 1, "VISITED": 1}
    assert body["degree_total"] == 7
    assert (body["first_reported"], body["last_reported"]) == ("2021-10-23", "2022-05-03")
    assert [(p["title"], p["entity"]["id"], p["date"]) for p in body["posts"]] == [
        ("Member of Shanghai Cooperation Organisation", SCO.id, "2001")]


def test_a_person_shows_posts_and_titles(client: TestClient) -> None:
    body = client.get(f"{V1}/entities/Kistafin").json()
    assert body["id"] == KISTAFIN.id
    assert [(p["type"], p["title"], p["first_reported"]) for p in body["posts"]] == [
        ("ACCREDITED_TO", "Accredited to Pakistan", "2021-10-23"),
        ("AMBASSADOR_OF", "Ambassador of Kazakhstan", "2021-10-23"),
    ]
    assert body["degree"] == {"ACCREDITED_TO": 1, "AMBASSADOR_OF": 1, "LECTURED_AT": 2,
                              "MET_WITH": 2}


def test_relations_of_an_entity_by_direction_type_and_other(client: TestClient) -> None:
    url = f"{V1}/entities/KAZ/relations"
    inbound = client.get(url, params={"direction": "in"}).json()
    assert rows(inbound["items"]) == [
        ("RECOGNIZED", PAK.id, KAZ.id, "1991-12"),
        ("ESTABLISHED_TIES", KAZ.id, PAK.id, "1992"),  # symmetric: read in both directions
        ("AMBASSADOR_OF", KAMALDINOV.id, KAZ.id, "2014"),
        ("VISITED", QURESHI.id, KAZ.id, "2022-04"),
        ("AMBASSADOR_OF", KISTAFIN.id, KAZ.id, None),
    ]
    assert inbound["total"] == 5
    typed = client.get(url, params=[("direction", "out"), ("type", "MEMBER_OF"),
                                    ("type", "COOPERATES_VIA")]).json()
    assert rows(typed["items"]) == [("MEMBER_OF", KAZ.id, SCO.id, "2001"),
                                    ("COOPERATES_VIA", KAZ.id, CPEC.id, "2021")]
    with_pak = client.get(url, params={"other": "PK"}).json()
    assert [r["type"] for r in with_pak["items"]] == ["RECOGNIZED", "ESTABLISHED_TIES"]
    first = with_pak["items"][0]
    assert (first["evidence_count"], first["article_count"], first["kind"]) == (2, 2, "milestone")
    assert first["source"] == {"id": PAK.id, "type": "Country", "name": "Pakistan"}


def test_relations_filtered_by_dates_and_as_of(client: TestClient) -> None:
    url = f"{V1}/entities/KAZ/relations"
    ranged = client.get(url, params={"from": "2000", "to": "2021"}).json()
    assert [r["date"] for r in ranged["items"]] == ["2001", "2014", "2021"]
    as_of = client.get(url, params={"as_of": "2010"}).json()
    assert [r["type"] for r in as_of["items"]] == ["RECOGNIZED", "ESTABLISHED_TIES", "MEMBER_OF"]
    backwards = client.get(url, params={"from": "2021", "to": "2000"})
    assert backwards.status_code == 200 and backwards.json()["items"] == []


def test_a_cursor_past_the_end_is_an_empty_page(client: TestClient) -> None:
    page = client.get(f"{V1}/entities/KAZ/relations", params={"cursor": "____"}).json()
    assert page["items"] == [] and page["total"] == 7 and page["next_cursor"] is None
    leap = client.get(f"{V1}/entities/KAZ/relations", params={"as_of": "2020-02-29"})
    assert leap.status_code == 200


def test_relations_page_through_everything_once(client: TestClient) -> None:
    url = f"{V1}/entities/KAZ/relations"
    everything = rows(client.get(url).json()["items"])
    seen, cursor = [], None
    while True:
        params: dict[str, str | int] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = client.get(url, params=params).json()
        assert page["total"] == 7
        seen += rows(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == everything and len(seen) == 7


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 501}, {"cursor": "!!"},
                                    {"cursor": "abcde"}, {"cursor": "A" * 13},
                                    {"type": "LIKES"}, {"direction": "sideways"},
                                    {"as_of": "2021-13-01"}, {"as_of": "2021-02-29"},
                                    {"from": "21"}, {"to": "0000"}])
def test_out_of_bounds_parameters_are_422_problems(
    client: TestClient, params: dict[str, object]
) -> None:
    r = client.get(f"{V1}/entities/KAZ/relations", params=params)
    assert r.status_code == 422, r.text
    assert r.json()["title"] == "Invalid input"


def test_neighborhood_grows_with_depth_and_stops_at_the_limit(client: TestClient) -> None:
    url = f"{V1}/entities/Kistafin/neighborhood"
    one = client.get(url).json()
    assert one["center"]["id"] == KISTAFIN.id
    assert [n["id"] for n in one["nodes"]] == sorted([
        KISTAFIN.id, KAZ.id, PAK.id, ISSI.id, "institution:kabul-university", QURESHI.id,
        "person:ali-khan"])
    # Every relation among the kept nodes, not only the centre's own.
    assert sorted(e["type"] for e in one["edges"]) == [
        "ACCREDITED_TO", "AMBASSADOR_OF", "ESTABLISHED_TIES", "LECTURED_AT", "LECTURED_AT",
        "LOCATED_IN", "MET_WITH", "MET_WITH", "OFFICIAL_OF", "RECOGNIZED", "VISITED"]
    assert one["truncated"] is False
    two = client.get(url, params={"depth": 2}).json()
    assert {n["id"] for n in two["nodes"]} > {n["id"] for n in one["nodes"]}
    assert SCO.id in {n["id"] for n in two["nodes"]}
    small = client.get(url, params={"depth": 2, "limit": 3}).json()
    assert len(small["nodes"]) == 3 and small["truncated"] is True
    typed = client.get(url, params={"types": "LECTURED_AT"}).json()
    assert {e["type"] for e in typed["edges"]} == {"LECTURED_AT"}
    assert client.get(url, params={"depth": 4}).status_code == 422

"""/pairs/{a}/{b}: the bilateral dossier and the state of the relationship on a day."""

from __future__ import annotations

import threading
from typing import Any, cast

import pytest
from fastapi.testclient import TestClient

from api import dossier
from graph.model import Entity, entity_id
from graph.store import GraphStore
from graph.vocabulary import EntityType
from tests.api.conftest import client_for
from tests.api.corpus import (
    CPEC,
    GWADAR,
    ISSI,
    KAMALDINOV,
    KAZ,
    KISTAFIN,
    KKH,
    PAK,
    PROJ,
    QAT,
    QURESHI,
    SAU,
    SCO,
    person,
    record,
)

URL = "/api/v1/pairs"

TIMELINE = [
    ("RECOGNIZED", PAK.id, KAZ.id, "1991-12", "direct", 2),
    ("ESTABLISHED_TIES", KAZ.id, PAK.id, "1992", "direct", 1),
    ("MEMBER_OF", KAZ.id, SCO.id, "2001", "organization", 1),
    ("ACCREDITED_TO", KAMALDINOV.id, PAK.id, "2014", "envoy", 1),
    ("AMBASSADOR_OF", KAMALDINOV.id, KAZ.id, "2014", "envoy", 1),
    ("COOPERATES_VIA", PAK.id, GWADAR.id, "2016", "project", 1),  # reported with RECOGNIZED
    ("MEMBER_OF", PAK.id, SCO.id, "2017", "organization", 1),
    ("COOPERATES_VIA", KAZ.id, CPEC.id, "2021", "project", 1),
    ("LECTURED_AT", KISTAFIN.id, ISSI.id, "2021-10-23", "lecture", 1),
    ("MET_WITH", QURESHI.id, KISTAFIN.id, "2022-01-05", "meeting", 1),
    ("VISITED", QURESHI.id, KAZ.id, "2022-04", "visit", 1),
    ("ACCREDITED_TO", KISTAFIN.id, PAK.id, None, "envoy", 1),
    ("AMBASSADOR_OF", KISTAFIN.id, KAZ.id, None, "envoy", 1),
    ("COOPERATES_VIA", PAK.id, CPEC.id, None, "project", 1),
]


def items(body: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(i["type"], i["source"]["id"], i["target"]["id"], i["date"], i["via"],
             i["evidence_count"]) for i in body["items"]]


def test_the_dossier_is_one_timeline_direct_and_through_people_and_projects(
    client: TestClient,
) -> None:
    body = client.get(f"{URL}/KAZ/PAK").json()
    assert (body["a"]["name"], body["b"]["name"]) == ("Kazakhstan", "Pakistan")
    assert items(body) == TIMELINE
    assert body["total"] == 14 and body["state"] is None and body["truncated"] is False
    # Left out: China's own CPEC link, the envoy's lecture in Kabul (a third country), a
    # meeting with someone of no known side, a project no article on the pair reports.
    left_out = {"country:CHN", "institution:kabul-university", "person:ali-khan", KKH.id}
    assert not left_out & {e for i in body["items"] for e in (i["source"]["id"],
                                                              i["target"]["id"])}


def test_the_dossier_reads_the_same_either_way_round(client: TestClient) -> None:
    forward = client.get(f"{URL}/Kazakhstan/Pakistan").json()
    backward = client.get(f"{URL}/PK/KZ").json()
    assert items(forward) == items(backward) == TIMELINE


def test_the_state_as_of_a_day_recognition_ties_and_ambassadors(client: TestClient) -> None:
    state = client.get(f"{URL}/KAZ/PAK", params={"as_of": "2022-06-01"}).json()["state"]
    assert state["as_of"] == "2022-06-01"
    assert [(r["by"]["id"], r["of"]["id"], r["since"]) for r in state["recognized"]] == [
        (PAK.id, KAZ.id, "1991-12")]
    assert (state["ties"], state["ties_since"]) == ("established", "1992")
    # Kistafin, first reported in post on 2021-10-23, succeeded Kamaldinov (2014).
    assert [(a["person"]["id"], a["of"]["id"], a["to"]["id"], a["since"], a["last_reported"])
            for a in state["ambassadors"]] == [
        (KISTAFIN.id, KAZ.id, PAK.id, None, "2021-10-23")]


def test_the_state_before_and_between(client: TestClient) -> None:
    def state(day: str) -> dict[str, Any]:
        body = client.get(f"{URL}/KAZ/PAK", params={"as_of": day}).json()
        found: dict[str, Any] = body["state"]
        return found

    before = state("1991-11-30")
    assert (before["recognized"], before["ties"], before["ambassadors"]) == ([], "unknown", [])
    recognized_only = state("1991-12")  # a month means its last day
    assert len(recognized_only["recognized"]) == 1 and recognized_only["ties"] == "unknown"
    in_2016 = state("2016-01-01")
    assert in_2016["ties"] == "established"
    assert [a["person"]["name"] for a in in_2016["ambassadors"]] == ["Akylbek Kamaldinov"]
    assert in_2016["ambassadors"][0]["since"] == "2014"


def test_severed_ties_show_in_the_state(client: TestClient) -> None:
    body = client.get(f"{URL}/QAT/SAU", params={"as_of": "2018-01-01"}).json()
    assert items(body) == [
        ("ESTABLISHED_TIES", "country:QAT", "country:SAU", "1970", "direct", 1),
        ("SEVERED_TIES", "country:QAT", "country:SAU", "2017-06-05", "direct", 1),
    ]
    assert (body["state"]["ties"], body["state"]["ties_since"]) == ("severed", "2017-06-05")
    earlier = client.get(f"{URL}/QAT/SAU", params={"as_of": "2000"}).json()["state"]
    assert (earlier["ties"], earlier["ties_since"]) == ("established", "1970")


def test_the_dossier_pages(client: TestClient) -> None:
    first = client.get(f"{URL}/KAZ/PAK", params={"limit": 10}).json()
    assert items(first) == TIMELINE[:10] and first["total"] == 14
    rest = client.get(f"{URL}/KAZ/PAK",
                      params={"limit": 10, "cursor": first["next_cursor"]}).json()
    assert items(rest) == TIMELINE[10:] and rest["next_cursor"] is None


@pytest.mark.parametrize(("a", "b", "status"), [
    ("KAZ", "KAZ", 422), ("KAZ", "Atlantis", 404), ("Khan", "PAK", 409),
])
def test_bad_pairs_are_problems(client: TestClient, a: str, b: str, status: int) -> None:
    r = client.get(f"{URL}/{a}/{b}")
    assert r.status_code == status
    assert r.json()["status"] == status


def test_a_pair_with_nothing_between_is_empty_not_an_error(client: TestClient) -> None:
    body = client.get(f"{URL}/AFG/QAT", params={"as_of": "2020"}).json()
    assert body["items"] == [] and body["total"] == 0
    assert body["state"]["ties"] == "unknown"


def test_an_agreement_both_signed_counts_only_when_reported_signed_together(
    loaded: GraphStore,
) -> None:
    """A generic agreement name is signed by many pairs: Kazakhstan signing the tourism
    memorandum with Qatar and Pakistan signing one with Saudi Arabia does not tie Kazakhstan
    to Pakistan; the culture memorandum they sign in one article does."""
    tourism = Entity(entity_id(PROJ, "Memorandum of Understanding on Tourism"), PROJ,
                     "Memorandum of Understanding on Tourism")
    culture = Entity(entity_id(PROJ, "Memorandum of Understanding on Culture"), PROJ,
                     "Memorandum of Understanding on Culture")
    loaded.write_articles([
        record("Kazakhstan and Qatar sign a tourism memorandum.", [
            ("SIGNED_AGREEMENT", KAZ, tourism, "2023-03-01"),
            ("SIGNED_AGREEMENT", QAT, tourism, "2023-03-01"),
        ], url="https://example.org/kaz-qat", published="2023-03-01"),
        record("Pakistan and Saudi Arabia sign a tourism memorandum.", [
            ("SIGNED_AGREEMENT", PAK, tourism, "2023-05-02"),
            ("SIGNED_AGREEMENT", SAU, tourism, "2023-05-02"),
        ], url="https://example.org/pak-sau", published="2023-05-02"),
        record("Kazakhstan and Pakistan sign a culture memorandum.", [
            ("SIGNED_AGREEMENT", KAZ, culture, "2023-06-07"),
            ("SIGNED_AGREEMENT", PAK, culture, "2023-06-07"),
        ], url="https://example.org/kaz-pak", published="2023-06-07"),
    ])
    with client_for(loaded) as client:
        body = client.get(f"{URL}/KAZ/PAK").json()
        agreements = [i for i in items(body) if i[4] == "agreement"]
        assert agreements == [
            ("SIGNED_AGREEMENT", KAZ.id, culture.id, "2023-06-07", "agreement", 1),
            ("SIGNED_AGREEMENT", PAK.id, culture.id, "2023-06-07", "agreement", 1),
        ]
        assert set(TIMELINE) <= set(items(body))  # the rest of the dossier is unchanged
        kaz_qat = items(client.get(f"{URL}/KAZ/QAT").json())
        assert {(i[1], i[2]) for i in kaz_qat if i[4] == "agreement"} == {
            (KAZ.id, tourism.id), (QAT.id, tourism.id)}


def test_a_signing_that_does_not_count_makes_no_shared_target(loaded: GraphStore) -> None:
    """Kazakhstan signed the fund's charter with someone else; Pakistan cooperates via the
    fund: nothing ties the two through it, so neither link is in their dossier."""
    fund = Entity(entity_id(PROJ, "Regional Water Fund"), PROJ, "Regional Water Fund")
    loaded.write_articles([
        record("Kazakhstan and Qatar sign the water fund charter.", [
            ("SIGNED_AGREEMENT", KAZ, fund, "2023-03-01"),
            ("SIGNED_AGREEMENT", QAT, fund, "2023-03-01"),
        ], url="https://example.org/fund-1", published="2023-03-01"),
        record("Pakistan cooperates via the water fund.", [
            ("COOPERATES_VIA", PAK, fund, None),
        ], url="https://example.org/fund-2", published="2023-04-01"),
    ])
    with client_for(loaded) as client:
        body = client.get(f"{URL}/KAZ/PAK").json()
        assert fund.id not in {i["target"]["id"] for i in body["items"]}
        assert items(body) == TIMELINE


def test_an_agreement_only_the_two_sides_people_signed_counts(loaded: GraphStore) -> None:
    """The two ministers sign in one article, the countries themselves sign nothing: the
    agreement reaches the dossier through each side's people."""
    water = Entity(entity_id(PROJ, "Memorandum on Water Management"), PROJ,
                   "Memorandum on Water Management")
    kaz_minister = person("Aibek Tuleuov")
    loaded.write_articles([record("Ministers sign a water memorandum.", [
        ("OFFICIAL_OF", kaz_minister, KAZ, None),
        ("SIGNED_AGREEMENT", kaz_minister, water, "2023-09-12"),
        ("SIGNED_AGREEMENT", QURESHI, water, "2023-09-12"),
    ], url="https://example.org/water", published="2023-09-12")])
    with client_for(loaded) as client:
        body = client.get(f"{URL}/KAZ/PAK").json()
        assert [i for i in items(body) if i[4] == "agreement"] == [
            ("SIGNED_AGREEMENT", kaz_minister.id, water.id, "2023-09-12", "agreement", 1),
            ("SIGNED_AGREEMENT", QURESHI.id, water.id, "2023-09-12", "agreement", 1)]


def test_a_project_reported_with_the_pair_counts_however_many_links_a_side_has(
    loaded: GraphStore,
) -> None:
    """Kazakhstan has 250 other projects, all listed before the one an article on the pair
    reports: that one is still found, and the dossier is not cut."""
    others = [Entity(entity_id(PROJ, f"Rail Link {i:03d}"), PROJ, f"Rail Link {i:03d}")
              for i in range(250)]
    late = Entity(entity_id(PROJ, "Caspian Fibre Cable"), PROJ, "Caspian Fibre Cable")
    loaded.write_articles([
        record("Kazakhstan lists its rail links.",
               [("COOPERATES_VIA", KAZ, p, "2001") for p in others],
               url="https://example.org/rail", published="2001-05-05"),
        record("Pakistan recognized Kazakhstan; Kazakhstan lays a fibre cable.", [
            ("RECOGNIZED", PAK, KAZ, "1991-12"),
            ("COOPERATES_VIA", KAZ, late, "2030"),
        ], url="https://example.org/cable", published="2030-01-02"),
    ])
    with client_for(loaded) as client:
        body = client.get(f"{URL}/KAZ/PAK", params={"limit": 500}).json()
        assert ("COOPERATES_VIA", KAZ.id, late.id, "2030", "project", 1) in items(body)
        assert not {p.id for p in others} & {i[2] for i in items(body)}
        assert body["truncated"] is False


def test_a_visit_to_the_other_sides_capital_city_is_a_visit(loaded: GraphStore) -> None:
    """A City located in a country is one of that side's places (LOCATED_IN, like its
    institutions): Qureshi's visit to Astana is in the Kazakhstan-Pakistan dossier, his visit
    to Doha is not, and the City shows with its type."""
    astana = Entity(entity_id(EntityType.CITY, "Astana"), EntityType.CITY, "Astana")
    doha = Entity(entity_id(EntityType.CITY, "Doha"), EntityType.CITY, "Doha")
    loaded.write_articles([record("Qureshi visits Astana and Doha.", [
        ("VISITED", QURESHI, astana, "2023-09-12"), ("LOCATED_IN", astana, KAZ, None),
        ("VISITED", QURESHI, doha, "2023-09-14"), ("LOCATED_IN", doha, QAT, None),
    ], url="https://example.org/qureshi-astana", published="2023-09-15")])
    with client_for(loaded) as client:
        body = client.get(f"{URL}/KAZ/PAK").json()
        visits = [i for i in items(body) if i[4] == "visit"]
        assert ("VISITED", QURESHI.id, astana.id, "2023-09-12", "visit", 1) in visits
        assert all(i[2] != doha.id for i in items(body))
        shown = next(i for i in body["items"] if i["target"]["id"] == astana.id)
        assert shown["target"] == {"id": "city:astana", "type": "City", "name": "Astana"}
        assert set(TIMELINE) <= set(items(body))
        typed = client.get("/api/v1/entities", params={"q": "Astana", "type": "City"}).json()
        assert [e["id"] for e in typed["items"]] == ["city:astana"]
        assert client.get(f"/api/v1/entities/{astana.id}").json()["type"] == "City"


def test_the_reads_that_need_only_the_sides_run_beside_the_people_chain(
    shared: GraphStore,
) -> None:
    """The dossier's shared links are read while the people's activities are: the activities
    read waits here until the shared links have been asked for, which, read one after the
    other, they would only be after it (the wait would time out)."""
    asked = threading.Event()

    class Watched:
        def __getattr__(self, name: str) -> Any:
            return getattr(shared, name)

        def shared_links(self, *args: Any, **kwargs: Any) -> Any:
            asked.set()
            return shared.shared_links(*args, **kwargs)

        def relations_between(self, left: Any, right: Any, types: Any, **kwargs: Any) -> Any:
            if "MET_WITH" in types:
                assert asked.wait(timeout=10), "shared links not asked while activities read"
            return shared.relations_between(left, right, types, **kwargs)

    a, b = (shared.get_entity(e.id) for e in (KAZ, PAK))
    assert a is not None and b is not None
    result = dossier.build(cast(GraphStore, Watched()), a, b)
    assert result.timeline == dossier.build(shared, a, b).timeline
    assert [(r.type, r.source, r.target) for r, via in result.timeline if via == "project"]


def test_the_people_activities_are_read_beside_the_envoys(shared: GraphStore) -> None:
    """The people's meetings, lectures and visits with the two sides need only the sides:
    the accreditations read waits here until they have been asked for, which, read one after
    the other, they would only be after it (the wait would time out)."""
    asked = threading.Event()

    class Watched:
        def __getattr__(self, name: str) -> Any:
            return getattr(shared, name)

        def relations_between(self, left: Any, right: Any, types: Any, **kwargs: Any) -> Any:
            if "MET_WITH" in types:
                asked.set()
            if "ACCREDITED_TO" in types:
                assert asked.wait(timeout=10), "activities not asked while envoys read"
            return shared.relations_between(left, right, types, **kwargs)

    a, b = (shared.get_entity(e.id) for e in (KAZ, PAK))
    assert a is not None and b is not None
    result = dossier.build(cast(GraphStore, Watched()), a, b)
    assert result.timeline == dossier.build(shared, a, b).timeline
    assert {via for _, via in result.timeline} >= {"envoy", "meeting"}

"""/relations, /relations/{id}, evidence, /paths and /timeline."""

from __future__ import annotations

from fastapi.testclient import TestClient

from graph.derive import relation_id
from tests.api.conftest import rows
from tests.api.corpus import (
    CHN,
    CPEC,
    GWADAR,
    ISSI,
    KAMALDINOV,
    KAZ,
    KISTAFIN,
    KKH,
    LECTURE_SENTENCE,
    PAK,
    QURESHI,
    SCO,
    corpus,
)

V1 = "/api/v1"
LECTURE = relation_id(("LECTURED_AT", KISTAFIN.id, ISSI.id, "2021-10-23"))
RECOGNITION = relation_id(("RECOGNIZED", PAK.id, KAZ.id, ""))


def test_relations_across_the_graph_by_type_and_entity(client: TestClient) -> None:
    body = client.get(f"{V1}/relations", params=[("type", "MEMBER_OF"),
                                                 ("type", "RECOGNIZED")]).json()
    assert rows(body["items"]) == [("RECOGNIZED", PAK.id, KAZ.id, "1991-12"),
                                   ("MEMBER_OF", KAZ.id, SCO.id, "2001"),
                                   ("MEMBER_OF", PAK.id, SCO.id, "2017")]
    assert body["total"] == 3
    of_pak = client.get(f"{V1}/relations",
                        params={"entity": "Islamabad", "direction": "out"}).json()
    assert rows(of_pak["items"]) == [("COOPERATES_VIA", PAK.id, KKH.id, "1978"),
                                     ("RECOGNIZED", PAK.id, KAZ.id, "1991-12"),
                                     ("ESTABLISHED_TIES", KAZ.id, PAK.id, "1992"),
                                     ("COOPERATES_VIA", PAK.id, GWADAR.id, "2016"),
                                     ("MEMBER_OF", PAK.id, SCO.id, "2017"),
                                     ("COOPERATES_VIA", PAK.id, CPEC.id, None)]
    dated = client.get(f"{V1}/relations", params={"from": "2022-04", "to": "2022-12"}).json()
    assert [r["date"] for r in dated["items"]] == ["2022-04", "2022-05-01", "2022-05-02"]


def test_one_relation_and_its_evidence(client: TestClient) -> None:
    rel = client.get(f"{V1}/relations/{RECOGNITION}").json()
    assert (rel["type"], rel["date"], rel["date_precision"], rel["evidence_count"],
            rel["article_count"], rel["conflict"]) == ("RECOGNIZED", "1991-12", "month", 2, 2,
                                                       False)
    body = client.get(f"{V1}/relations/{LECTURE}/evidence").json()
    assert body["relation"]["id"] == LECTURE and body["total"] == 1
    [ev] = body["items"]
    assert ev["sentence"] == LECTURE_SENTENCE
    claim = corpus()[0].claims[4]
    assert claim.sentence == LECTURE_SENTENCE
    assert (ev["char_start"], ev["char_end"]) == (claim.char_start, claim.char_end)
    assert ev["claim_id"] == claim.id
    assert (ev["rule"], ev["confidence"], ev["date"], ev["date_source"]) == (
        "test.lectured_at", 0.9, "2021-10-23", "none")
    assert ev["article"] == {
        "id": claim.article_id, "title": "Article one: Kazakh Ambassador lectures ",
        "url": "https://example.org/one", "source": "TEST", "published": "2021-10-23"}
    two = client.get(f"{V1}/relations/{RECOGNITION}/evidence", params={"limit": 1}).json()
    assert len(two["items"]) == 1 and two["total"] == 2 and two["next_cursor"] is not None


def test_unknown_and_malformed_relation_ids(client: TestClient) -> None:
    assert client.get(f"{V1}/relations/0000000000000000").status_code == 404
    assert client.get(f"{V1}/relations/0000000000000000/evidence").status_code == 404
    assert client.get(f"{V1}/relations/not-an-id").status_code == 422


def test_paths_connect_through_shared_projects(client: TestClient) -> None:
    body = client.get(f"{V1}/paths", params={"from": "KAZ", "to": "China"}).json()
    assert (body["source"]["id"], body["target"]["id"]) == (KAZ.id, CHN.id)
    assert [[e["id"] for e in p["entities"]] for p in body["paths"]] == [
        [KAZ.id, CPEC.id, CHN.id]]
    assert [p["hops"] for p in body["paths"]] == [2]
    assert rows(body["paths"][0]["relations"]) == [("COOPERATES_VIA", KAZ.id, CPEC.id, "2021"),
                                                    ("COOPERATES_VIA", CHN.id, CPEC.id, "2015")]
    far = client.get(f"{V1}/paths", params={"from": KAMALDINOV.id, "to": "CN",
                                            "max_hops": 3}).json()
    assert [[e["id"] for e in p["entities"]] for p in far["paths"]] == [
        [KAMALDINOV.id, KAZ.id, CPEC.id, CHN.id], [KAMALDINOV.id, PAK.id, CPEC.id, CHN.id]]
    assert client.get(f"{V1}/paths", params={"from": KAMALDINOV.id, "to": "CN",
                                             "max_hops": 2}).json()["paths"] == []
    assert client.get(f"{V1}/paths", params={"from": "KAZ", "to": "CHN",
                                             "max_hops": 5}).status_code == 422


def test_the_timeline_is_dated_relations_in_order(client: TestClient) -> None:
    body = client.get(f"{V1}/timeline", params={"entity": "PAK"}).json()
    assert rows(body["items"]) == [
        ("COOPERATES_VIA", PAK.id, KKH.id, "1978"),
        ("RECOGNIZED", PAK.id, KAZ.id, "1991-12"),
        ("ESTABLISHED_TIES", KAZ.id, PAK.id, "1992"),
        ("ACCREDITED_TO", KAMALDINOV.id, PAK.id, "2014"),
        ("COOPERATES_VIA", PAK.id, GWADAR.id, "2016"),
        ("MEMBER_OF", PAK.id, SCO.id, "2017"),
    ]
    window = client.get(f"{V1}/timeline", params={"from": "2020", "to": "2022-01"}).json()
    assert rows(window["items"]) == [
        ("COOPERATES_VIA", KAZ.id, CPEC.id, "2021"),
        ("LECTURED_AT", KISTAFIN.id, ISSI.id, "2021-10-23"),
        ("MET_WITH", QURESHI.id, KISTAFIN.id, "2022-01-05"),
    ]
    everything = client.get(f"{V1}/timeline").json()
    dates = [r["date"] for r in everything["items"]]
    assert None not in dates and len(dates) == everything["total"] == 17

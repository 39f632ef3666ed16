"""/export: GraphML, GEXF (dated, for Gephi's timeline), JSON and CSV, whole or around one
entity; parsed back with networkx and the standard library."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
from fastapi.testclient import TestClient

from graph.derive import relation_id
from graph.export import DumpSplit, interval
from graph.store import GraphStore
from tests.api.corpus import ISSI, KAMALDINOV, KAZ, KISTAFIN, PAK, QAT, SAU

URL = "/api/v1/export"
LECTURE = relation_id(("LECTURED_AT", KISTAFIN.id, ISSI.id, "2021-10-23"))
RECOGNITION = relation_id(("RECOGNIZED", PAK.id, KAZ.id, ""))
KAMALDINOV_POST = relation_id(("AMBASSADOR_OF", KAMALDINOV.id, KAZ.id, ""))


def test_graphml_of_the_whole_graph(client: TestClient) -> None:
    r = client.get(URL, params={"format": "graphml"})
    assert r.headers["content-type"] == "application/graphml+xml"
    assert r.headers["content-disposition"] == 'attachment; filename="diplograph.graphml"'
    g = nx.read_graphml(io.BytesIO(r.content))
    assert (g.number_of_nodes(), g.number_of_edges()) == (16, 23)
    assert g.nodes[KAZ.id] == {"type": "Country", "name": "Kazakhstan",
                               "aliases": "Kazakh; Nur-Sultan"}
    # Keyed by relation id. (networkx's stubs miss the keys=True overload.)
    edges = {k: d for _, _, k, d in g.edges(keys=True, data=True)}  # type: ignore[call-overload]
    assert edges[RECOGNITION]["relation"] == "RECOGNIZED"
    assert (edges[RECOGNITION]["date"], edges[RECOGNITION]["claims"]) == ("1991-12", 2)
    assert edges[RECOGNITION]["conflict"] is False


def test_gexf_carries_dates_for_the_timeline(client: TestClient) -> None:
    r = client.get(URL, params={"format": "gexf"})
    assert r.headers["content-type"] == "application/gexf+xml"
    assert 'mode="dynamic"' in r.text and 'timeformat="date"' in r.text
    g = nx.read_gexf(io.BytesIO(r.content))
    # 23 relations; networkx reads each of the 5 symmetric ones (mutual) as two edges.
    assert g.number_of_nodes() == 16 and g.number_of_edges() == 28
    assert r.text.count('type="mutual"') == 5
    edges = {d["id"]: d for _, _, d in g.edges(data=True)}
    lecture = edges[LECTURE]
    assert (lecture["start"], lecture["end"]) == ("2021-10-23", "2021-10-23")  # an event
    recognition = edges[RECOGNITION]
    assert recognition["start"] == "1991-12-01" and "end" not in recognition  # a milestone
    post = edges[KAMALDINOV_POST]
    assert (post["start"], post["end"]) == ("2014-01-01", "2014-12-31")  # a state
    assert g.nodes[KAZ.id]["label"] == "Kazakhstan"


def test_json_is_nodes_and_edges(client: TestClient) -> None:
    body = json.loads(client.get(URL, params={"format": "json"}).content)
    assert len(body["nodes"]) == 16 and len(body["edges"]) == 23
    assert {"id": KAZ.id, "type": "Country", "name": "Kazakhstan",
            "aliases": ["Kazakh", "Nur-Sultan"]} in body["nodes"]
    lecture = next(e for e in body["edges"] if e["id"] == LECTURE)
    assert (lecture["source"], lecture["target"], lecture["date"]) == (
        KISTAFIN.id, ISSI.id, "2021-10-23")


def test_csv_is_an_edge_list_with_names(client: TestClient) -> None:
    r = client.get(URL, params={"format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(r.text)))
    assert len(table) == 23
    row = next(t for t in table if t["id"] == RECOGNITION)
    assert (row["source_name"], row["target_name"], row["date"], row["claims"]) == (
        "Pakistan", "Kazakhstan", "1991-12", "2")


def test_an_entitys_neighbourhood_and_date_filters(client: TestClient) -> None:
    r = client.get(URL, params={"format": "json", "entity": "QA"})
    assert r.headers["content-disposition"] == 'attachment; filename="diplograph-country-QAT.json"'
    body = json.loads(r.content)
    assert sorted(n["id"] for n in body["nodes"]) == [QAT.id, SAU.id]
    assert sorted(e["type"] for e in body["edges"]) == ["ESTABLISHED_TIES", "SEVERED_TIES"]
    dated = json.loads(client.get(URL, params={"format": "json", "from": "2017",
                                               "to": "2017"}).content)
    assert sorted((e["type"], e["date"]) for e in dated["edges"]) == [
        ("MEMBER_OF", "2017"), ("SEVERED_TIES", "2017-06-05")]
    typed = json.loads(client.get(URL, params={"format": "json", "types": "LECTURED_AT"}).content)
    assert [e["type"] for e in typed["edges"]] == ["LECTURED_AT", "LECTURED_AT"]


def test_export_errors_come_before_the_stream(client: TestClient) -> None:
    assert client.get(URL, params={"entity": "Atlantis"}).status_code == 404
    assert client.get(URL, params={"entity": "Khan"}).status_code == 409
    assert client.get(URL, params={"format": "pdf"}).status_code == 422
    assert client.get(URL, params={"entity": "KAZ", "depth": 4}).status_code == 422


def test_the_dump_lists_entities_before_relations(shared: GraphStore) -> None:
    split = DumpSplit(shared.dump())
    entities = list(split.entities())
    relations = list(split.relations())
    assert (len(entities), len(relations)) == (16, 23)
    assert interval(next(r for r in relations if r.id == LECTURE)) == ("2021-10-23",
                                                                       "2021-10-23")

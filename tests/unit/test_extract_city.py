"""Visits to cities: a City entity only where a city is the destination of a stated visit, with
LOCATED_IN its country where the capitals table or the text ("Chennai, India") gives it."""

from __future__ import annotations

from graph.model import ArticleRecord
from ingest.extract import extract_article


def facts(record: ArticleRecord) -> set[tuple[str, str, str, str | None]]:
    return {
        (c.predicate, c.subject, c.object, None if c.date is None else str(c.date))
        for c in record.claims
    }


def cities(record: ArticleRecord) -> dict[str, str]:
    return {e.id: e.name for e in record.entities if e.type.value == "City"}


def test_a_visit_to_a_capital_is_a_visit_to_the_city_in_its_country() -> None:
    rec = extract_article(
        "Bhutanese Foreign Minister Tandi Dorji paid an official visit to Dhaka from 3 to 5 May "
        "2023, the ministry said.", published="2023-05-06")
    got = facts(rec)
    assert ("VISITED", "person:tandi-dorji", "city:dhaka", "2023-05-03") in got
    assert ("LOCATED_IN", "city:dhaka", "country:BGD", None) in got
    assert not any(f[0] == "VISITED" and f[2].startswith("country:") for f in got)
    assert cities(rec) == {"city:dhaka": "Dhaka"}


def test_arriving_in_the_capital_for_a_visit_to_the_country_names_both() -> None:
    got = facts(extract_article(
        "Chilean Foreign Minister Paula Rojas arrived in Canberra on Tuesday for a four-day "
        "official visit to Australia.", published="2024-08-15"))
    assert ("VISITED", "person:paula-rojas", "city:canberra", "2024-08-13") in got
    assert ("VISITED", "person:paula-rojas", "country:AUS", "2024-08-13") in got
    assert ("LOCATED_IN", "city:canberra", "country:AUS", None) in got


def test_travelled_to_and_is_in_the_capital_on_a_visit() -> None:
    got = facts(extract_article(
        "Peruvian Foreign Minister Luis Quispe travelled to Quito on Wednesday for a working "
        "visit. Kenyan Foreign Minister Amina Otieno is in Lusaka on a two-day official visit.",
        published="2024-02-09"))
    assert ("VISITED", "person:luis-quispe", "city:quito", "2024-02-07") in got
    assert any(f[:3] == ("VISITED", "person:amina-otieno", "city:lusaka") for f in got)


def test_a_visit_to_the_capital_by_someone() -> None:
    got = facts(extract_article(
        "Ghana and Togo signed a transit agreement on Friday during a visit to Accra by Togolese "
        "Foreign Minister Kossi Agbeyome.", published="2024-06-08"))
    assert ("VISITED", "person:kossi-agbeyome", "city:accra", "2024-06-07") in got


def test_a_city_no_table_knows_when_the_text_makes_it_a_visits_destination() -> None:
    rec = extract_article(
        "Fiji's Prime Minister Sitiveni Rabuka paid a two-day working visit to Lautoka on Monday. "
        "Indian Foreign Minister Arjun Mehta arrived in Chennai, India, on Monday for a working "
        "visit. Japanese Foreign Minister Taro Sato is in Cebu on a two-day working visit.",
        published="2024-05-10")
    got = facts(rec)
    assert ("VISITED", "person:sitiveni-rabuka", "city:lautoka", "2024-05-06") in got
    assert ("VISITED", "person:arjun-mehta", "city:chennai", "2024-05-06") in got
    assert ("LOCATED_IN", "city:chennai", "country:IND", None) in got
    assert any(f[:3] == ("VISITED", "person:taro-sato", "city:cebu") for f in got)
    assert not any(f[0] == "LOCATED_IN" and f[1] in ("city:lautoka", "city:cebu") for f in got)
    assert set(cities(rec)) == {"city:lautoka", "city:chennai", "city:cebu"}


def test_no_city_cut_from_a_longer_name_no_table_knows() -> None:
    # territories and names with "and"/"of" inside: the first word is no city
    rec = extract_article(
        "Finland's Foreign Minister Aino Virta paid an official visit to Turks and Caicos Islands "
        "on Monday. Ghana's Foreign Minister Kofi Mensah began a working visit to Isle of Man on "
        "Tuesday.", published="2024-05-10")
    assert cities(rec) == {}
    assert not any(f[0] == "VISITED" and f[2].startswith("city:") for f in facts(rec))


def test_spellings_of_a_capital_are_one_city() -> None:
    rec = extract_article(
        "The Ambassador of Croatia, Ms Ana Horvat, paid an official visit to Reykjavik on "
        "5 October 2022.", published="2022-10-06")
    assert ("VISITED", "person:ana-horvat", "city:reykjavik", "2022-10-05") in facts(rec)
    assert cities(rec) == {"city:reykjavik": "Reykjavík"}


def test_no_city_for_planned_visits_posts_regions_or_the_government() -> None:
    for text in (
        "Ghanaian Foreign Minister Kofi Mensah will pay a visit to Kumasi next week.",
        "French President Emmanuel Macron is scheduled to arrive in Lyon on Friday for a "
        "two-day visit.",
        "The new Ambassador, Lars Holm, arrived in Mombasa on Monday to take up his post.",
        "Brazilian President Ana Costa made a state visit to Europe in 2023.",
        "Dhaka and Thimphu signed a memorandum on hydropower on Monday.",
        "DHAKA, 3 May 2023 (BSS) - Bangladesh and Bhutan held foreign office consultations.",
        "The two ministers discussed a possible visit to Suva by the Prime Minister next year.",
    ):
        rec = extract_article(text, published="2023-05-03")
        assert cities(rec) == {}, text
        assert not any(c.object.startswith("city:") for c in rec.claims), text

"""Relation rules: negation, planned events, coreference, metonymy, posts, cleaning, offsets."""

from __future__ import annotations

from graph.dates import PartialDate
from graph.model import ArticleRecord
from ingest.extract import extract_article
from ingest.extract.clean import clean, repair


def facts(record: ArticleRecord) -> set[tuple[str, str, str, str | None]]:
    return {
        (c.predicate, c.subject, c.object, None if c.date is None else str(c.date))
        for c in record.claims
    }


def preds(record: ArticleRecord) -> set[str]:
    return {c.predicate for c in record.claims}


def test_negated_membership_and_cancelled_lecture_give_nothing() -> None:
    text = (
        "Baltic notes\n"
        "Vilnius, 4 May 2022 (ELTA): Armenia is not a member of the European Union, while "
        "Lithuania joined the European Union in 2004.\n"
        "A lecture that Ambassador Jane Okoro had been due to give at the Vilnius Institute of "
        "Diplomacy was cancelled.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:LTU", "org:european-union", "2004") in got
    assert not any(f[0] == "MEMBER_OF" and f[1] == "country:ARM" for f in got)
    assert not any(f[0] == "LECTURED_AT" for f in got)


def test_planned_and_denied_events_give_nothing() -> None:
    text = (
        "Ministers to meet\n"
        "Riga, 3 March 2024 (LETA): Foreign Minister Anna Berzina will visit Estonia next week and "
        "is expected to meet Prime Minister Karl Saar.\n"
        "The ministry denied a report that Latvia and Estonia had signed a Memorandum of "
        "Understanding on Energy Security.\n"
    )
    assert preds(extract_article(text)).isdisjoint({"VISITED", "MET_WITH", "SIGNED_AGREEMENT"})


def test_coreference_counterparts_and_groups() -> None:
    text = (
        "Baltic ministers meet\n"
        "Riga, 3 March 2024 (LETA): Latvian Foreign Minister Anna Berzina held talks with her "
        "Lithuanian counterpart, Gabrielius Petraitis, in Riga on Monday.\n"
        "Latvia and Lithuania established diplomatic relations in 1991.\n"
        "She said the two countries have cooperated closely through the Via Baltica project.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    anna, gab = "person:anna-berzina", "person:gabrielius-petraitis"
    assert {("MET_WITH", anna, gab, "2024-02-26"), ("MET_WITH", gab, anna, "2024-02-26")} & got
    assert ("OFFICIAL_OF", gab, "country:LTU", None) in got  # "her Lithuanian counterpart"
    assert ("OFFICIAL_OF", anna, "country:LVA", None) in got  # "Latvian Foreign Minister"
    coop = {(f[1], f[2]) for f in got if f[0] == "COOPERATES_WITH"}
    assert coop & {("country:LVA", "country:LTU"), ("country:LTU", "country:LVA")}
    via = {f[1] for f in got if f[0] == "COOPERATES_VIA"}
    assert via == {"country:LVA", "country:LTU"}
    names = {e.name for e in rec.entities}
    assert "Via Baltica project" in names


def test_capitals_stand_for_governments_but_not_as_places() -> None:
    text = (
        "Capitals sign\n"
        "Accra, 2 June 2023 (GNA): Accra and Abuja signed a Memorandum of Understanding on Trade "
        "Facilitation on Friday, officials said in Accra.\n"
    )
    rec = extract_article(text)
    signers = {c.subject for c in rec.claims if c.predicate == "SIGNED_AGREEMENT"}
    assert signers == {"country:GHA", "country:NGA"}
    ghana = next(e for e in rec.entities if e.id == "country:GHA")
    assert "Accra" in ghana.aliases
    assert rec.claims[0].date == PartialDate(2023, 6, 2)


def test_posts_ambassador_charge_and_official() -> None:
    text = (
        "Envoys\n"
        "Lisbon, 27 January 2022 (LUSA): The Chargé d’Affaires a.i. of the Embassy of Brazil in "
        "Lisbon, Mr. Paulo Mendes Rocha, was received on Wednesday by the Minister of Foreign "
        "Affairs of Portugal, Mr. Jorge Almeida Costa.\n"
        "Ghana’s High Commissioner to Kenya, Dr. Ama Mensah, and Ambassador Tom Reed attended.\n"
    )
    got = facts(extract_article(text))
    paulo, jorge, ama = (
        "person:paulo-mendes-rocha", "person:jorge-almeida-costa", "person:ama-mensah")
    assert ("ACCREDITED_TO", paulo, "country:PRT", None) in got  # the embassy's seat
    assert ("OFFICIAL_OF", paulo, "country:BRA", None) in got
    assert not any(f[0] == "AMBASSADOR_OF" and f[1] == paulo for f in got)
    assert ("OFFICIAL_OF", jorge, "country:PRT", None) in got
    met = {("MET_WITH", paulo, jorge, "2022-01-26"), ("MET_WITH", jorge, paulo, "2022-01-26")}
    assert met & got
    assert ("AMBASSADOR_OF", ama, "country:GHA", None) in got
    assert ("ACCREDITED_TO", ama, "country:KEN", None) in got
    # "Ambassador" as a bare rank names no country.
    assert not any(f[1] == "person:tom-reed" for f in got)


def test_boilerplate_is_blanked_in_place() -> None:
    text = (
        "Home | World | Politics\n"
        "By Jane Writer\n"
        "Headline about Chile and Peru\n"
        "Share on Facebook\n"
        "12,345FollowersFollow\n"
        "Chile and Peru have cooperated for decades. Contact: desk@example.org\n"
        "Related stories\n"
        "Bolivia and Ecuador sign deal\n"
    )
    cleaned = clean(text).text
    assert len(cleaned) == len(text)
    assert cleaned.count("\n") == text.count("\n")
    kept = " ".join(cleaned.split())
    assert kept == "Headline about Chile and Peru Chile and Peru have cooperated for decades."
    ids = {e.id for e in extract_article(text).entities}
    assert {"country:CHL", "country:PER"} <= ids
    assert not ids & {"country:BOL", "country:ECU"}


def test_mojibake_is_matched_through_a_repaired_copy_but_quoted_verbatim() -> None:
    broken = "Kovać".encode().decode("cp1252")  # "KovaÄ‡"
    text = (
        "Envoy visit\n"
        f"Zagreb, 5 May 2022 (HINA): Croatia’s Ambassador to Austria, Ms. Ivana {broken}, paid an "
        "official visit to Slovakia on Monday.\n"
    )
    work = repair(text)
    assert "Kovać" in work.text and len(work.text) < len(text)
    rec = extract_article(text)
    person = next(e for e in rec.entities if e.type.value == "Person")
    assert person.name == "Ivana Kovać"
    assert f"Ivana {broken}" in person.aliases
    assert ("VISITED", person.id, "country:SVK", "2022-05-02") in facts(rec)
    for c in rec.claims:
        assert text[c.char_start : c.char_end] == c.sentence
        assert broken in c.sentence


def test_envoy_in_apposition_and_what_is_not_recognition() -> None:
    text = (
        "Indian envoy presents credentials in Kathmandu\n"
        "Kathmandu, 5 February 2024 – Naveen Srivastava, India's envoy to Nepal, said India was "
        "among the first countries to recognise Nepal's new constitution.\n"
        "The ambassador later met Nepali Foreign Minister N.P. Saud.\n"
    )
    got = facts(extract_article(text))
    naveen = "person:naveen-srivastava"
    assert ("AMBASSADOR_OF", naveen, "country:IND", None) in got
    assert ("ACCREDITED_TO", naveen, "country:NPL", None) in got
    assert ("OFFICIAL_OF", "person:n-p-saud", "country:NPL", None) in got
    assert any(f[0] == "MET_WITH" and naveen in f[1:3] for f in got)
    assert not any(f[0] == "RECOGNIZED" for f in got)  # a constitution, not the state


def test_companies_named_by_what_they_are() -> None:
    text = (
        "Finnish investment in Uruguay grows\n"
        "Helsinki, 12 June 2023 – The Finnish company Metsaforest operates two mills in Uruguay, "
        "and Telcolink, a telecommunications joint venture, serves the region.\n"
    )
    orgs = {e.name for e in extract_article(text).entities if e.type.value == "Organization"}
    assert orgs == {"Metsaforest", "Telcolink"}


def test_each_company_pattern_runs_where_its_cues_are() -> None:
    # Each company pattern is gated by plain substrings every match of it holds; a cue that a
    # match can lack (here "joint venture" across a line break, "group" after a name) would
    # silently drop these companies.
    text = (
        "Shipping links expand\n"
        "Lisbon, 12 June 2023 - Navimar, a shipping joint\nventure, and the Duarte group "
        "announced new routes to Cabo Verde.\n"
    )
    orgs = {e.name for e in extract_article(text).entities if e.type.value == "Organization"}
    assert {"Navimar", "Duarte"} <= orgs

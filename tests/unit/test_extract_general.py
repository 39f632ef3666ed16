"""General phrasing the development set did not exercise: datelines and footers of other sites,
singular cooperation verbs, signer clauses, relative clauses, ranks and titles, untitled people."""

from __future__ import annotations

import pytest

from graph.model import ArticleRecord
from ingest.extract import extract_article
from ingest.extract.clean import clean


def facts(record: ArticleRecord) -> set[tuple[str, str, str, str | None]]:
    return {
        (c.predicate, c.subject, c.object, None if c.date is None else str(c.date))
        for c in record.claims
    }


def names(record: ArticleRecord) -> dict[str, str]:
    return {e.name: e.type.value for e in record.entities}


def test_share_bar_under_the_story_blanks_only_itself() -> None:
    text = (
        "Latvian speaker visits Tallinn\n\n"
        "TALLINN, 4 March 2024 (ERR): The Speaker of the Saeima met the Speaker of the "
        "Riigikogu on Monday. Latvia and Estonia established diplomatic relations in 1991, and "
        "both countries are members of the European Union and of the Nordic-Baltic Eight.\n\n"
        "Follow us | ERR News in English\n"
    )
    cleaned = clean(text).text
    assert "Latvia and Estonia established" in cleaned
    assert "Follow us" not in cleaned
    got = facts(extract_article(text))
    assert ("ESTABLISHED_TIES", "country:LVA", "country:EST", "1991") in got or (
        "ESTABLISHED_TIES", "country:EST", "country:LVA", "1991") in got


def test_singular_cooperation_verb_with_channel() -> None:
    text = (
        "Trade note\n"
        "HANOI, 3 May 2024 (VNA): Vietnam cooperates with Laos through the Vientiane-Hanoi "
        "Expressway project, the ministry said.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert {("COOPERATES_WITH", "country:VNM", "country:LAO", None),
            ("COOPERATES_WITH", "country:LAO", "country:VNM", None)} & got
    via = {f[1] for f in got if f[0] == "COOPERATES_VIA"}
    assert via == {"country:VNM", "country:LAO"}


def test_places_reached_by_road_are_no_project() -> None:
    text = (
        "Transit deal\n"
        "ALMATY, 2 June 2023: Uzbekistan and Kazakhstan signed a Memorandum of Understanding on "
        "Rail Freight on Friday, so that goods can reach Termez and Shymkent by road and rail.\n"
    )
    rec = extract_article(text)
    assert not any("by road" in e.name for e in rec.entities)
    signed = {f[2] for f in facts(rec) if f[0] == "SIGNED_AGREEMENT"}
    assert signed == {"project:memorandum-of-understanding-on-rail-freight"}


def test_signed_list_stops_before_the_session_and_signers_sign_for_their_country() -> None:
    text = (
        "Pacts signed\n"
        "Accra — Ghana and Togo yesterday signed an Agreement on Cross-Border Trade and a "
        "Memorandum of Understanding on Energy at the close of the third session of the "
        "Ghana-Togo Permanent Joint Commission for Cooperation (PJCC) in Accra.\n"
        "Deputy Foreign Minister Kofi Mensah Boateng signed for Ghana, while Afi Lawson, Togo's "
        "Secretary General of Foreign Affairs, signed on behalf of Togo.\n"
    )
    got = facts(extract_article(text))
    targets = {f[2] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert not any("commission" in t for t in targets)
    people = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT" and f[1].startswith("person:")}
    assert people == {"person:kofi-mensah-boateng", "person:afi-lawson"}


def test_negation_inside_a_relative_clause_negates_nothing() -> None:
    text = (
        "Partners\n"
        "Brasília, 9 May 2023 — Brazil and Norway, which do not share a language, have worked "
        "together since 2008 through the Amazon Fund.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "COOPERATES_WITH" and f[3] == "2008" for f in got)


def test_ranks_and_honorifics_are_not_names() -> None:
    text = (
        "Visit\n"
        "Cairo, 3 April 2024 — The Ambassador of India to Egypt, Mr. Arjun Mehta, visited the "
        "Egyptian Naval Academy on Tuesday, where he was received by its Commandant, Rear "
        "Admiral Hany Samir.\n"
    )
    rec = extract_article(text)
    assert "Hany Samir" in names(rec)
    official = ("OFFICIAL_OF", "person:hany-samir", "institution:egyptian-naval-academy", None)
    assert official in facts(rec)


def test_untitled_people_named_through_the_words_around_them() -> None:
    text = (
        "Reception\n"
        "Suva, 1 July 2023 — Prime Minister Hon. Peter Lomu hosted a reception for the "
        "diplomatic corps. He was accompanied by his wife, Mere Lomu, and guests included "
        "writers Epeli Tuilagi and Ana Vosa.\n"
    )
    found = names(extract_article(text))
    assert {"Mere Lomu", "Epeli Tuilagi", "Ana Vosa"} <= set(found)


def test_currency_prefix_is_no_country_and_both_are_members() -> None:
    text = (
        "Investment\n"
        "Vientiane, 5 May 2024 — Laos and Thailand reviewed investment worth US$2 billion. "
        "Both are members of the Association of Southeast Asian Nations (ASEAN).\n"
    )
    rec = extract_article(text)
    assert "country:USA" not in {e.id for e in rec.entities}
    members = {f[1] for f in facts(rec) if f[0] == "MEMBER_OF"}
    assert members == {"country:LAO", "country:THA"}


def test_site_name_above_the_headline_names_nobody() -> None:
    text = (
        "Ministry of Foreign Affairs and Trade\n\n"
        "Minister meets visiting envoy\n\n"
        "Wellington, 3 May 2024 – Foreign Minister Jane Parata met the Ambassador of Chile to "
        "New Zealand, Ms. Rosa Fuentes, on Friday.\n"
    )
    rec = extract_article(text)
    assert "Ministry of Foreign Affairs and Trade" not in names(rec)
    assert any(f[0] == "MET_WITH" for f in facts(rec))


# --- batch 4 (held-out 021-030): rules written for its misses, tested on other wording -------


def _has(got: set[tuple[str, str, str, str | None]], pred: str, a: str, b: str,
         date: str | None) -> bool:
    """A fact, in either direction for the symmetric predicates."""
    if pred in ("ESTABLISHED_TIES", "MET_WITH", "COOPERATES_WITH"):
        return (pred, a, b, date) in got or (pred, b, a, date) in got
    return (pred, a, b, date) in got


def test_inked_and_a_deal_signed_by_its_signers() -> None:
    text = (
        "Power trade\n"
        "ACCRA, 14 March 2024 (GNA) - Ghana and Togo on Thursday inked an agreement on "
        "cross-border electricity trade, officials said.\n"
        "The deal was inked by Ghana's Energy Minister Kofi Asante and Togo's Minister of Mines "
        "and Energy, Komi Dossou.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    j = next(e.id for e in rec.entities if e.name == "agreement on cross-border electricity trade")
    for signer in ("country:GHA", "country:TGO", "person:kofi-asante", "person:komi-dossou"):
        assert ("SIGNED_AGREEMENT", signer, j, "2024-03-14") in got


def test_kinds_of_agreement_and_the_place_of_signing_name_nothing() -> None:
    text = (
        "Water accord\n"
        "LIMA, 6 May 2024 (Andina) - Peru and Bolivia signed an intergovernmental agreement on "
        "shared water resources in La Paz on Monday and a memorandum of understanding in the "
        "field of tourism.\n"
        "Peru, Bolivia and Ecuador signed a trilateral memorandum in Quito on 2 June 2022.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    ids = {e.name: e.id for e in rec.entities}
    water = ids["intergovernmental agreement on shared water resources"]
    tourism = ids["memorandum of understanding in the field of tourism"]
    tri = ids["trilateral memorandum"]
    assert ("SIGNED_AGREEMENT", "country:PER", water, "2024-05-06") in got
    assert ("SIGNED_AGREEMENT", "country:BOL", tourism, "2024-05-06") in got
    assert {f[1] for f in got if f[0] == "SIGNED_AGREEMENT" and f[2] == tri} == {
        "country:PER", "country:BOL", "country:ECU"}


def test_the_demonym_side_is_its_country() -> None:
    text = (
        "Ferry link\n"
        "TALLINN, 9 April 2024 (ERR) - Estonia and Finland discussed a rail ferry on Tuesday.\n"
        "At the same ceremony, the Estonian side and Finland's state railway company VR signed a "
        "memorandum of understanding on a rail ferry across the Gulf.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert "country:EST" in signers


def test_diplomatic_relations_without_named_parties() -> None:
    text = (
        "Old friends\n"
        "SANTIAGO, 3 July 2024 (EFE) - Chile was among the first to recognise Slovenia, and "
        "formal diplomatic relations date back to 1992, the minister said.\n"
        "When Eritrea proclaimed its independence on 24 May 1993, Ethiopia was the first country "
        "to recognise the new state. Diplomatic relations were established soon afterwards.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:CHL", "country:SVN", "1992")
    assert ("RECOGNIZED", "country:ETH", "country:ERI", "1993-05-24") in got
    assert _has(got, "ESTABLISHED_TIES", "country:ETH", "country:ERI", None)


def test_ties_verbs_and_an_anniversary_with_the_year_first() -> None:
    text = (
        "Anniversary\n"
        "VIENNA, 2 May 2023 (APA) - Austria and Mongolia formalised diplomatic relations in "
        "1963.\n"
        "In 2023 Chile and Slovenia celebrate the 31st anniversary of diplomatic relations.\n"
        "Japan and Estonia re-established diplomatic relations on Oct. 10, 1991.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:AUT", "country:MNG", "1963")
    assert _has(got, "ESTABLISHED_TIES", "country:CHL", "country:SVN", "1992")
    assert _has(got, "ESTABLISHED_TIES", "country:JPN", "country:EST", "1991-10-10")


def test_memberships_attributive_which_joined_and_belong_to_a_list() -> None:
    text = (
        "Alliances\n"
        "OSLO, 4 April 2024 (NTB) - Norway has been a NATO member since 1949.\n"
        "Croatia, which joined NATO in 2009, hosted the talks.\n"
        "Both Kenya and Ghana belong to the African Union and the Commonwealth.\n"
    )
    got = facts(extract_article(text))
    nato = next(f[2] for f in got if f[0] == "MEMBER_OF" and f[1] == "country:NOR")
    assert ("MEMBER_OF", "country:NOR", nato, "1949") in got
    assert ("MEMBER_OF", "country:HRV", nato, "2009") in got
    members = {(f[1], f[2]) for f in got if f[0] == "MEMBER_OF" and f[1] in ("country:KEN",
                                                                               "country:GHA")}
    assert len(members) == 4


def test_talks_with_several_modifiers_a_trip_and_a_visit_under_way() -> None:
    text = (
        "Nordic talks\n"
        "COPENHAGEN, 15 January 2024 (Ritzau) - Danish Foreign Minister Lars Holm held talks "
        "Monday in Copenhagen with his Icelandic counterpart Sigrun Jonsdottir.\n"
        "Jonsdottir, who is on her first trip to Denmark since taking office last year, thanked "
        "Holm.\n"
        "Holm is on a two-day official visit to Sweden, the first since 2019.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:lars-holm", "person:sigrun-jonsdottir", "2024-01-15")
    assert ("VISITED", "person:sigrun-jonsdottir", "country:DNK", None) in got
    assert ("VISITED", "person:lars-holm", "country:SWE", None) in got


def test_earlier_is_no_date_but_earlier_in_the_day_is() -> None:
    text = (
        "Talks in Rome\n"
        "ROME, 5 March 2024 (ANSA) - Italian Foreign Minister Marco Bruni met his Albanian "
        "counterpart Elira Hoxha on Tuesday.\n"
        "Earlier, Hoxha was received by Deputy Minister Paolo Serra.\n"
        "Earlier in the day, Hoxha paid a courtesy call on Senator Anna Conti.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:elira-hoxha", "person:paolo-serra", None)
    assert _has(got, "MET_WITH", "person:elira-hoxha", "person:anna-conti", "2024-03-05")


def test_agency_datelines_with_slashes_brackets_or_no_separator() -> None:
    a = extract_article("MOSCOW, May 14, 2024. /TASS/. Russia and Mongolia held talks.\n")
    assert a.article.place == "Moscow" and str(a.article.published) == "2024-05-14"
    b = extract_article(
        "Islamabad [Pakistan], June 3 (ANI): Pakistan and Turkey signed a memorandum of "
        "understanding on trade on Monday.\n")
    assert b.article.place == "Islamabad" and b.article.source == "ANI"
    c = extract_article(
        "Havana, Feb 2 (Prensa Latina) Cuba and Angola signed a memorandum of understanding on "
        "health.\n")
    assert c.article.place == "Havana" and c.article.source == "Prensa Latina"


def test_month_this_year_and_vietnamese_letters() -> None:
    text = (
        "OPINION\n\nPublished 11 November 2025\n\n"
        "In March this year, Vietnamese Deputy Prime Minister Trần Hồng Quân held talks in "
        "Hanoi with his Laotian counterpart, Bounmy Phommachack.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Trần Hồng Quân") == "Person"
    got = facts(rec)
    assert any(f[0] == "MET_WITH" and f[3] == "2025-03" for f in got)


def test_lecture_venue_from_where_and_no_venue_in_the_topic() -> None:
    text = (
        "Ghana envoy at university\n"
        "ABUJA, 4 June 2024 (NAN) - The Ambassador of Ghana to Nigeria, Kwesi Mensah, visited "
        "the University of Lagos, where he delivered a lecture on Ghana's years as a member of "
        "the Economic Community of West African States.\n"
    )
    got = facts(extract_article(text))
    lectured = {f[2] for f in got if f[0] == "LECTURED_AT"}
    assert lectured == {"institution:university-of-lagos"}
    assert any(f[0] == "MEMBER_OF" and f[1] == "country:GHA" for f in got)


def test_they_cooperate_and_according_to_is_no_party() -> None:
    text = (
        "Partners\n"
        "NAIROBI, 8 May 2024 (KNA) - In 2015 the two countries signed a Framework Agreement, and "
        "they have cooperated in health through the Kenya-Uganda Joint Commission.\n"
        "According to Mwangi, Kenya and Uganda cooperate closely on trade.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert _has(got, "COOPERATES_WITH", "country:KEN", "country:UGA", None)
    assert {f[1] for f in got if f[0] == "COOPERATES_VIA"} == {"country:KEN", "country:UGA"}
    assert not any(f[0] == "COOPERATES_WITH" and f[1].startswith("person:") for f in got)


def test_envoy_to_a_capital_and_a_commission_with_its_topics() -> None:
    text = (
        "Farewell\n"
        "NAIROBI, 8 May 2024 (KNA) - The outgoing Kenyan ambassador to Tokyo, Jane Wambui, met "
        "Foreign Minister Peter Kamau on Wednesday.\n"
        "Kenya and Japan cooperate through the Kenya-Japan Intergovernmental Commission on "
        "Trade, Investment and Technical Cooperation.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert ("ACCREDITED_TO", "person:jane-wambui", "country:JPN", None) in got
    assert names(rec).get("Kenya-Japan Intergovernmental Commission on Trade, Investment and "
                          "Technical Cooperation") == "Project"


# --- batch 5 (held-out 031-035) ------------------------------------------------------------


def test_signers_named_with_their_posts_and_joined_by_and() -> None:
    text = (
        "Trade deal\n"
        "OTTAWA, 2 May 2024 (CP) - Today, the Honourable Anne Roy, Minister of Trade, and "
        "Peru's Minister of Foreign Trade and Tourism, Luis Quispe, signed a Memorandum of "
        "Understanding on Critical Minerals.\n"
    )
    text2 = (
        "Power trade\n"
        "JAKARTA, 8 March 2024 (ANTARA) - Indonesian Minister of Energy Budi Santoso and "
        "Malaysia's Minister for Energy Transition Aziz Rahman signed an agreement on power "
        "trade here on Friday.\n"
    )
    got = facts(extract_article(text)) | facts(extract_article(text2))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert {"person:anne-roy", "person:luis-quispe", "person:budi-santoso",
            "person:aziz-rahman"} <= signers


def test_premodified_agreements_are_named_but_counts_are_not() -> None:
    text = (
        "Defence pact\n"
        "Paris (AFP) – France and Ghana signed a defence cooperation agreement on Monday.\n"
        "Ghana has signed similar agreements with Spain and Italy.\n"
        "Wisma Putra denied that Malaysia and Brunei had signed a new fisheries agreement.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    js = {e.name for e in rec.entities if e.type.value == "Project"}
    assert "defence cooperation agreement" in js
    assert not any("similar" in j or "fisheries" in j for j in js)
    assert {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"} == {"country:FRA", "country:GHA"}


def test_host_state_of_a_gulf_wire_and_its_dateline() -> None:
    text = (
        "Riyadh, Ramadan 3, 1445, March 13, 2024, SPA -- Vice Minister of Foreign Affairs Eng. "
        "Saad Al-Harbi received in Riyadh today the Ambassador of the Republic of Kenya to the "
        "Kingdom, Peter Otieno.\n"
    )
    rec = extract_article(text)
    assert rec.article.source == "SPA" and str(rec.article.published) == "2024-03-13"
    got = facts(rec)
    assert ("AMBASSADOR_OF", "person:peter-otieno", "country:KEN", None) in got
    assert ("ACCREDITED_TO", "person:peter-otieno", "country:SAU", None) in got
    assert _has(got, "MET_WITH", "person:saad-al-harbi", "person:peter-otieno", "2024-03-13")


def test_leading_a_delegation_on_a_visit_and_a_lone_demonym_post() -> None:
    text = (
        "Visit\n"
        "Friday, 8 March 2024\n"
        "Jakarta (ANTARA) - Tuilau, who is leading a Fijian delegation on a four-day working "
        "visit to Malaysia that began on Tuesday, met officials.\n"
        "The signing was witnessed by Malaysian Foreign Minister Hadi Osman.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:hadi-osman", "country:MYS", None) in got


def test_guards_of_the_new_rules() -> None:
    # "the State Department" is no host state; "Earlier, on Monday" keeps its day; "a free
    # trade agreement with Uganda" is named without its partner
    a = extract_article(
        "WASHINGTON, 3 May 2024 (AP) - The State Department said Kenya and the United States "
        "signed a free trade agreement with the support of Canada on Friday.\n")
    assert "State Department" in names(a)
    assert "free trade agreement" in names(a)
    b = facts(extract_article(
        "ROME, 5 March 2024 (ANSA) - Italian Foreign Minister Marco Bruni met his Albanian "
        "counterpart Elira Hoxha on Tuesday. Earlier, on Monday, Hoxha met Deputy Minister "
        "Paolo Serra.\n"))
    assert _has(b, "MET_WITH", "person:elira-hoxha", "person:paolo-serra", "2024-03-04")


# --- batch 6 (held-out 036-040) ------------------------------------------------------------


def test_communique_apposition_chain_and_heads_of_state() -> None:
    text = (
        "Joint Communiqué\n\n5 June 2024\n\n"
        "1. At the invitation of the President of the Republic of Ghana, Kofi Mensah, the "
        "President of the Republic of Chile, Ana Rojas, paid a State Visit to Ghana from 3 to 5 "
        "June 2024.\n\n"
        "2. The two Heads of State held official talks in Accra on 4 June 2024.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:ana-rojas", "country:GHA", "2024-06-03") in got
    assert ("VISITED", "person:kofi-mensah", "country:GHA", "2024-06-03") not in got
    assert ("OFFICIAL_OF", "person:kofi-mensah", "country:CHL", None) not in got
    assert _has(got, "MET_WITH", "person:kofi-mensah", "person:ana-rojas", "2024-06-04")


def test_second_to_recognise_its_after_a_side_and_a_member_list_past_a_body() -> None:
    text = (
        "Talks\n"
        "ANKARA, 3 May 2024 (AA) - Turkey was the second country to recognise Albania's "
        "independence in 1912, the minister said.\n"
        "The Albanian side was led by its Deputy Foreign Minister, Arben Hoxha.\n"
        "The two countries are members of the Council of Europe Development Bank Commission and "
        "of the Organization of the Black Sea Economic Cooperation.\n"
    )
    got = facts(extract_article(text))
    assert ("RECOGNIZED", "country:TUR", "country:ALB", "1912") in got
    assert ("OFFICIAL_OF", "person:arben-hoxha", "country:ALB", None) in got
    assert len({f[1] for f in got if f[0] == "MEMBER_OF"}) == 2


def test_slash_and_full_stop_datelines_and_the_day_before() -> None:
    text = (
        "Baltic ministers meet\n\n"
        "Vilnius/Riga, 3 May 2024 (BNS) - Lithuanian Foreign Minister Rūta Kairienė met "
        "Latvian Foreign Minister Edgars Ozoliņš on Friday. She had met Prime Minister Ansis "
        "Bērziņš, head of the Latvian government, a day earlier.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:ruta-kairiene", "person:edgars-ozolins", "2024-05-03") in got
    assert ("MET_WITH", "person:ruta-kairiene", "person:ansis-berzins", "2024-05-02") in got
    text = (
        "Communiqué\n\n"
        "Montevideo, 5 June 2024. The Minister of Foreign Affairs, Julio Pereyra Castro, met "
        "yesterday with his Chilean counterpart, Ana María Soto Rivas.\n"
    )
    record = extract_article(text)
    assert str(record.article.published) == "2024-06-05"
    assert ("MET_WITH", "person:julio-pereyra-castro", "person:ana-maria-soto-rivas",
            "2024-06-04") in facts(record)


def test_credentials_received_and_a_second_post_in_a_relative_clause() -> None:
    text = (
        "Credentials\n\n"
        "Jakarta, 12 March 2024 - The Secretary-General of ASEAN today received the credentials "
        "of Ambassador Tomás Quiroga as the Permanent Representative of Chile to ASEAN. "
        "Ambassador Quiroga, who is also Ambassador of Chile to Indonesia, thanked him.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:tomas-quiroga", "country:CHL", None) in got
    assert ("ACCREDITED_TO", "person:tomas-quiroga", "country:IDN", None) in got
    assert any(f[:2] == ("ACCREDITED_TO", "person:tomas-quiroga") and f[3] == "2024-03-12"
               for f in got)


def test_visits_in_relative_clauses_and_their_guards() -> None:
    text = (
        "Nairobi, 6 May 2024 - The agreement was signed by Aisha Mwangi, Cabinet Secretary, and "
        "Lars Holm, Minister of Trade of Denmark, who arrived in Kenya on Sunday for a three-day "
        "visit. The signing was attended by Deputy Minister of Trade Mette Krogh, who is "
        "conducting an official visit to Uganda, and by Ambassador Peter Lunde, who is "
        "visiting Tanzania next week.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:lars-holm", "country:KEN", "2024-05-05") in got
    assert ("VISITED", "person:mette-krogh", "country:UGA", None) in got
    assert not any(f[0] == "VISITED" and f[1] == "person:aisha-mwangi" for f in got)
    assert not any(f[0] == "VISITED" and f[1] == "person:peter-lunde" for f in got)


def test_signed_with_a_possessed_post_and_a_present_tense_headline() -> None:
    text = (
        "Finland and Namibia sign new agreement on green hydrogen\n\n"
        "Helsinki, 4 April 2024 - Minister for Foreign Trade Ville Koskinen today signed an "
        "agreement on green hydrogen with Namibia's Minister of Mines and Energy, Tjeripo "
        "Nangolo, in Helsinki.\n"
    )
    got = facts(extract_article(text))
    j = "project:agreement-on-green-hydrogen"
    assert ("SIGNED_AGREEMENT", "person:tjeripo-nangolo", j, "2024-04-04") in got
    assert ("SIGNED_AGREEMENT", "country:FIN", j, "2024-04-04") in got
    assert ("SIGNED_AGREEMENT", "country:NAM", j, "2024-04-04") in got


def test_a_country_chain_with_an_acronym_names_a_project() -> None:
    text = (
        "Energy\n\n"
        "Kazakhstan and Turkmenistan cooperate through the Kazakhstan-Turkmenistan-Iran (KTI) "
        "railway line, officials said.\n"
    )
    record = extract_article(text)
    assert names(record).get("Kazakhstan-Turkmenistan-Iran railway line") == "Project"
    assert "Iran" not in names(record)


def test_the_following_year_and_have_since() -> None:
    text = (
        "History\n\n"
        "Ghana recognised Guinea on 2 October 1958, the day it became independent, and "
        "diplomatic relations were established the following year.\n"
    )
    got = facts(extract_article(text))
    assert ("RECOGNIZED", "country:GHA", "country:GIN", "1958-10-02") in got
    assert {("ESTABLISHED_TIES", "country:GHA", "country:GIN", "1959"),
            ("ESTABLISHED_TIES", "country:GIN", "country:GHA", "1959")} & got
    text = (
        "History\n\n"
        "Kenya and Rwanda established diplomatic relations in 1965, and the two countries have "
        "since cooperated within the Commonwealth.\n"
    )
    got = facts(extract_article(text))
    assert {("COOPERATES_WITH", "country:KEN", "country:RWA", "1965"),
            ("COOPERATES_WITH", "country:RWA", "country:KEN", "1965")} & got


def test_the_two_countries_after_a_pair_of_its_own_sentence() -> None:
    text = (
        "History\n\n"
        "Ghana recognised Guinea on 2 October 1958. Ghana and Guinea later formed a union. "
        "Kenya and Rwanda established diplomatic relations in 1965, and the two countries have "
        "since cooperated within the Commonwealth.\n"
    )
    got = facts(extract_article(text))
    assert {("COOPERATES_WITH", "country:KEN", "country:RWA", "1965"),
            ("COOPERATES_WITH", "country:RWA", "country:KEN", "1965")} & got
    assert not any(f[0] == "COOPERATES_WITH" and "country:GHA" in f for f in got)


def test_agreements_listed_after_among_them() -> None:
    text = (
        "Cabinet meeting\n\n"
        "Quito, 14 March 2024 - Ecuador and Colombia signed 9 agreements on Thursday. Among them "
        "were a memorandum of understanding on border security and an agreement on river "
        "navigation, the ministry said.\n"
    )
    got = facts(extract_article(text))
    for j in ("project:memorandum-of-understanding-on-border-security",
              "project:agreement-on-river-navigation"):
        assert ("SIGNED_AGREEMENT", "country:ECU", j, "2024-03-14") in got
        assert ("SIGNED_AGREEMENT", "country:COL", j, "2024-03-14") in got


def test_a_demonym_portfolio_before_minister_is_a_post_not_a_body() -> None:
    text = (
        "Defence\n\n"
        "Dakar, 2 May 2024 - The agreement was signed by Senegal's Minister of Defence Awa Ndiaye "
        "and French Armed Forces Minister Paul Girard.\n"
    )
    record = extract_article(text)
    assert "French Armed Forces" not in names(record)
    assert ("OFFICIAL_OF", "person:paul-girard", "country:FRA", None) in facts(record)


# --- batch 10 ----------------------------------------------------------------------------


def test_expatriates_and_law_are_portfolio_words() -> None:
    text = (
        "Beirut, 3 June 2024 (NNA) - Minister of Foreign Affairs and Emigrants Karim Nassar met "
        "Minister of Law and Justice of Pakistan Ali Raza on Monday.\n"
    )
    record = extract_article(text)
    assert names(record).get("Karim Nassar") == "Person"
    assert ("MET_WITH", "person:karim-nassar", "person:ali-raza", "2024-06-03") in facts(record)


def test_a_monarch_title_carries_a_single_name() -> None:
    text = (
        "Oslo, 3 June 2024 - The Thai Prime Minister, Somchai Wong, was received by King "
        "Harald at the palace on Monday.\n"
    )
    record = extract_article(text)
    assert names(record).get("Harald") == "Person"
    assert ("MET_WITH", "person:somchai-wong", "person:harald", "2024-06-03") in facts(record)


def test_house_of_and_senate_named_by_their_speakers() -> None:
    text = (
        "Canberra, 3 June 2024 - The minister was received by Speaker of the House of "
        "Representatives Milton Dick on Monday. He also had a meeting with the President of the "
        "Senate, Sue Lines.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert names(record).get("House of Representatives") == "Institution"
    assert ("OFFICIAL_OF", "person:milton-dick", "institution:house-of-representatives",
            None) in got
    assert any(f[:2] == ("OFFICIAL_OF", "person:sue-lines") and f[2].startswith(
        "institution:senate") for f in got)


def test_demonym_descriptions_with_a_rank_or_official() -> None:
    text = (
        "Lima, 12 March 2024 (Andina) - Foreign Minister Ana Torres received Kenyan Deputy "
        "Foreign Minister John Kamau on Monday. The Kenyan deputy minister also called on Trade "
        "Minister Luis Quispe. On Tuesday, the Kenyan official gave a lecture at the Diplomatic "
        "Academy of Peru.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:john-kamau", "person:luis-quispe", "2024-03-11") in got
    assert ("LECTURED_AT", "person:john-kamau", "institution:diplomatic-academy-of-peru",
            "2024-03-12") in got
    assert not any(f[0] == "LECTURED_AT" and f[1] != "person:john-kamau" for f in got)


def test_a_counterparts_country_names_the_later_description() -> None:
    text = (
        "Quito, 12 March 2024 - Foreign Minister Gabriela Sommerfeld and her Chilean "
        "counterpart, Alberto van Klaveren, held talks on Monday. On Tuesday the Chilean minister "
        "delivered a lecture at the Institute for Higher National Studies.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:alberto-van-klaveren",
            "institution:institute-for-higher-national-studies", "2024-03-12") in got
    assert ("OFFICIAL_OF", "person:gabriela-sommerfeld", "country:CHL", None) not in got


def test_an_institute_for_dialogue_is_a_body() -> None:
    text = (
        "Geneva, 4 June 2024 - The envoy spoke at the Centre for Humanitarian Dialogue (HD) on "
        "Monday.\n"
    )
    assert names(extract_article(text)).get("Centre for Humanitarian Dialogue") == "Institution"


def test_counted_signing_then_the_agreements_named_in_the_passive() -> None:
    text = (
        "Accra, 14 May 2024 - Foreign Minister Shirley Botchwey and her Ivorian counterpart, "
        "Kandia Camara, have signed three agreements. The Memorandum of Understanding on Trade "
        "and Investment and the Agreement on Cultural Cooperation were signed on Monday in "
        "Accra.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert "Memorandum of Understanding on Trade and Investment" in names(record)
    for p in ("person:shirley-botchwey", "person:kandia-camara"):
        for j in ("project:memorandum-of-understanding-on-trade-and-investment",
                  "project:agreement-on-cultural-cooperation"):
            assert ("SIGNED_AGREEMENT", p, j, "2024-05-13") in got


def test_to_both_of_which_membership() -> None:
    text = (
        "Vilnius, 4 June 2024 - The minister said Estonia backs Moldova's bid to join the "
        "European Union and NATO, to both of which Estonia has belonged since 2004.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:EST", "org:european-union", "2004") in got
    assert ("MEMBER_OF", "country:EST", "org:north-atlantic-treaty-organization", "2004") in got
    assert not any(f[0] == "MEMBER_OF" and f[1] == "country:MDA" for f in got)


def test_talks_with_one_and_with_another() -> None:
    text = (
        "Tbilisi, 4 June 2024 - On Tuesday, Speaker Anna Berg held talks with Armenia's Prime "
        "Minister, Davit Sargsyan, and with Armenia's Minister of Foreign Affairs, Lilit Avagyan.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:anna-berg", "person:davit-sargsyan", "2024-06-04") in got
    assert ("MET_WITH", "person:anna-berg", "person:lilit-avagyan", "2024-06-04") in got


def test_recognising_the_restoration_of_independence() -> None:
    text = (
        "Riga, 4 June 2024 - Iceland was the first country to recognise the restoration of "
        "Lithuania's independence in 1991.\n"
    )
    assert ("RECOGNIZED", "country:ISL", "country:LTU", "1991") in facts(extract_article(text))


def test_a_date_after_through_bounds_the_visit_and_dates_nothing() -> None:
    text = (
        "Visit\n\nFeb. 6, 2024 18:42 JST\n\n"
        "Japan's Foreign Minister Sato Ken has held talks in Tokyo with Fiji's Foreign Minister "
        "Ratu Joni Tabua, who is visiting Japan through Thursday.\n"
    )
    got = facts(extract_article(text))
    assert not any(f[0] in ("MET_WITH", "VISITED") and f[3] == "2024-02-01" for f in got)
    assert any(f[0] == "MET_WITH" for f in got)


def test_no_before_a_lower_case_noun_names_nothing() -> None:
    text = (
        "Dhaka, 12 March 2024 (BSS) - Bangladesh and Nepal held talks. No agreement was signed "
        "during the visit.\n"
    )
    assert "No agreement" not in names(extract_article(text))


def test_ambassador_in_a_capital_is_accredited_to_its_state() -> None:
    text = (
        "Nairobi, 4 June 2024 - Kenya's Ambassador in Lima, Jane Wanjiru, attended the "
        "opening of the exhibition on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:jane-wanjiru", "country:KEN", None) in got
    assert ("ACCREDITED_TO", "person:jane-wanjiru", "country:PER", None) in got


def test_credentials_presented_in_a_capital_date_the_accreditation() -> None:
    text = (
        "Santiago, 4 June 2024 - Chile's Ambassador to Egypt, Marta Rojas, opened a photo "
        "exhibition on Monday.\n\n"
        "The exhibition was also visited by Ghana's High Commissioner, Kofi Mensah, who "
        "presented his credentials in Cairo in May 2021.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:marta-rojas", "country:EGY", None) in got
    assert ("ACCREDITED_TO", "person:kofi-mensah", "country:EGY", "2021-05") in got


def test_passive_signings_of_described_agreements_after_signed_two() -> None:
    text = (
        "Accra, 3 June 2024 - Ghana and Peru signed two agreements on Monday.\n\n"
        "The memorandum of understanding on fisheries cooperation was signed by Ghana's "
        "Minister of Fisheries, Ama Owusu, and Peru's Minister of Foreign Trade, Luis Paredes.\n\n"
        "An arrangement on cultural exchanges was inked by the Ghana Museums and Monuments "
        "Board and Peru's Ministry of Culture.\n"
    )
    got = facts(extract_article(text))
    mou = "project:memorandum-of-understanding-on-fisheries-cooperation"
    arr = "project:arrangement-on-cultural-exchanges"
    for signer in ("country:GHA", "country:PER", "person:ama-owusu", "person:luis-paredes"):
        assert ("SIGNED_AGREEMENT", signer, mou, "2024-06-03") in got
    assert ("SIGNED_AGREEMENT", "country:GHA", arr, "2024-06-03") in got
    assert ("SIGNED_AGREEMENT", "country:PER", arr, "2024-06-03") in got


def test_bare_possessive_apostrophe_after_a_name_in_s() -> None:
    text = (
        "Nicosia, 4 June 2024 - Cyprus' Minister of Energy Andreas Petrou met Greece's "
        "Minister of Environment Eleni Kosta on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:andreas-petrou", "country:CYP", None) in got


def test_who_is_in_a_country_on_a_visit() -> None:
    text = (
        "Valletta, 5 June 2024 - Prime Minister Robert Camilleri held talks with Iceland's "
        "Prime Minister Anna Jónsdóttir, who is in Malta on an official visit from 4 to 6 June.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:anna-jonsdottir", "country:MLT", None) in got


def test_non_resident_ambassador_before_the_name() -> None:
    text = (
        "Kathmandu, 5 June 2024 - The reception was attended by Malta's non-resident "
        "Ambassador to Nepal, Joseph Borg.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:joseph-borg", "country:MLT", None) in got
    assert ("ACCREDITED_TO", "person:joseph-borg", "country:NPL", None) in got


def test_projects_after_since_are_not_channels() -> None:
    text = (
        "Sofia, 5 June 2024 - Bulgaria and Greece have cooperated through the Vertical Gas "
        "Corridor since the Trans Adriatic Pipeline (TAP) began operating in 2020.\n"
    )
    got = facts(extract_article(text))
    via = {f[2] for f in got if f[0] == "COOPERATES_VIA"}
    assert via == {"project:vertical-gas-corridor"}


def test_a_programme_joined_is_no_membership_of_its_organization() -> None:
    text = (
        "Chisinau, 5 June 2024 - Romania supports Moldova, which joined NATO's Partnership for "
        "Peace programme in 1994, the minister said.\n"
    )
    got = facts(extract_article(text))
    assert not any(f[0] == "MEMBER_OF" and f[1] == "country:MDA" for f in got)
    assert ("COOPERATES_VIA", "country:MDA", "project:partnership-for-peace", "1994") in got


def test_title_case_acronyms() -> None:
    text = (
        "Vientiane, 5 June 2024 - Laos, a member of Asean since 1997, hosted the forum. The "
        "memorandum was signed by Mr. Nato Tuvarsen, President of the Georgia Institute of "
        "Regional Studies.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert ("MEMBER_OF", "country:LAO", "org:association-of-southeast-asian-nations",
            "1997") in got
    # a given name that is also an acronym written as a word stays a name
    assert names(rec).get("Nato Tuvarsen") == "Person"


def test_a_fronted_year_dates_the_clause_it_opens() -> None:
    text = (
        "Minsk, 5 June 2024 - Key dates.\n"
        "In 1993, Namibia recognised Belarus.\n"
        "In 2021, Belarus' Ambassador to Namibia, Pavel Lis, was also accredited to Angola.\n"
    )
    got = facts(extract_article(text))
    assert ("RECOGNIZED", "country:NAM", "country:BLR", "1993") in got
    assert ("ACCREDITED_TO", "person:pavel-lis", "country:AGO", "2021") in got
    assert ("AMBASSADOR_OF", "person:pavel-lis", "country:BLR", None) in got


def test_the_two_deputy_ministers_signed() -> None:
    text = (
        "Hanoi, 5 June 2024 - Vietnam's Deputy Minister of Foreign Affairs Le Van Minh met "
        "Chile's Deputy Minister of Foreign Affairs Rosa Fuentes on Wednesday. Afterwards, the "
        "two deputy ministers signed a memorandum of understanding on diplomatic training.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"person:le-van-minh", "person:rosa-fuentes"}


def test_a_relative_clause_between_the_pair_and_held_talks() -> None:
    text = (
        "Baku, 5 June 2024 - Azerbaijani Foreign Minister Elnur Aliyev and his Georgian "
        "counterpart Nino Beridze, who arrived in Baku on Monday for a two-day visit to "
        "Azerbaijan, held talks on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert {("MET_WITH", "person:elnur-aliyev", "person:nino-beridze", "2024-06-04"),
            ("MET_WITH", "person:nino-beridze", "person:elnur-aliyev", "2024-06-04")} & got


def test_transcript_speaker_lines_give_i_we_and_our() -> None:
    text = (
        "Transcript: Joint Press Conference\n\n"
        "Canberra, 5 June 2024\n\n"
        "Minister for Foreign Affairs of Australia, Ms. Helen Carter:\n"
        "Welcome to my colleague, the Minister of Foreign Affairs of Peru, Mr. Luis Salazar. "
        "Earlier today we held constructive talks on trade.\n\n"
        "Minister of Foreign Affairs of Peru, Mr. Luis Salazar:\n"
        "Thank you, Helen. On Monday I had the privilege of calling on the Governor-General, "
        "Mr. David Moore, and I spoke to researchers at the Australian National University. "
        "Our Ambassador to Australia, Mr. Jorge Quispe, will follow up.\n\n"
        "Question (ABC): Minister, what next?\n"
    )
    got = facts(extract_article(text))
    assert {("MET_WITH", "person:helen-carter", "person:luis-salazar", "2024-06-05"),
            ("MET_WITH", "person:luis-salazar", "person:helen-carter", "2024-06-05")} & got
    assert ("LECTURED_AT", "person:luis-salazar", "institution:australian-national-university",
            "2024-06-03") in got
    assert ("AMBASSADOR_OF", "person:jorge-quispe", "country:PER", None) in got
    met = {f[2] for f in got if f[0] == "MET_WITH" and f[1] == "person:luis-salazar"}
    assert "person:david-moore" in met


def test_initials_stay_in_a_body_name_and_spoke_at_is_a_talk() -> None:
    text = (
        "Almaty, 5 June 2024 - On Tuesday, Mr. Peeter Saar, Estonia's Ambassador to "
        "Kazakhstan, spoke at the K.I. Satpayev Kazakh National Research Technical University "
        "about digital government.\n"
    )
    rec = extract_article(text)
    uni = "institution:k-i-satpayev-kazakh-national-research-technical-university"
    assert names(rec).get("K.I. Satpayev Kazakh National Research Technical University") == (
        "Institution")
    assert ("LECTURED_AT", "person:peeter-saar", uni, "2024-06-04") in facts(rec)


def test_plant_is_a_project_head_and_conclave_an_organization_head() -> None:
    text = (
        "Dhaka, 5 June 2024 - Bangladesh and Russia have jointly built the Rooppur nuclear "
        "power plant since 2017. Bangladesh and Sri Lanka are members of the Colombo "
        "Security Conclave.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert ("COOPERATES_VIA", "country:BGD", "project:rooppur-nuclear-power-plant", "2017") in got
    assert ("MEMBER_OF", "country:BGD", "org:colombo-security-conclave", None) in got
    assert names(rec).get("Colombo Security Conclave") == "Organization"


def test_then_before_a_post_and_a_signing_after_another_verb() -> None:
    text = (
        "Harare, 5 June 2024 - Key dates.\n"
        "In 2018, Kenya's then Trade Minister, Ruth Wambui, paid a working visit to Zambia and "
        "signed the Agreement on Cross-Border Trade with her Zambian counterpart, Mulenga Banda.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:ruth-wambui", "country:KEN", None) in got
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT" and f[3] == "2018"}
    assert signers == {"person:ruth-wambui", "person:mulenga-banda"}


def test_recalled_visit_is_not_by_the_president_of_the_country_visited() -> None:
    text = (
        "Port Louis, 5 June 2024 - President Anil Ramsamy held a telephone conversation with "
        "the President of Madagascar, Mr Hery Rakoto. The President recalled his state visit "
        "to Madagascar in May 2022.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:anil-ramsamy", "country:MDG", "2022-05") in got
    assert not any(f[0] == "VISITED" and f[1] == "person:hery-rakoto" for f in got)


def test_second_pair_of_signers_after_an_earlier_clause() -> None:
    text = (
        "Cairo, 5 June 2024 - At the end of the talks, the two ministers signed a memorandum "
        "of understanding on tourism, and Egypt's Minister of Health, Samir Fathy, and Oman's "
        "Minister of Health, Salim Al Harthy, signed an agreement on medical cooperation.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"
               and f[2] == "project:agreement-on-medical-cooperation"}
    assert signers == {"person:samir-fathy", "person:salim-al-harthy"}


def test_apposition_inside_a_cooperating_pair() -> None:
    text = (
        "Lisbon, 5 June 2024 - Portugal, a member of NATO since 1949, and Brazil also work "
        "together under the Lusophone Cooperation Programme, the minister said.\n"
    )
    got = facts(extract_article(text))
    assert {("COOPERATES_WITH", "country:PRT", "country:BRA", None),
            ("COOPERATES_WITH", "country:BRA", "country:PRT", None)} & got
    assert {f[1] for f in got if f[0] == "COOPERATES_VIA"} == {"country:PRT", "country:BRA"}


def test_country_chain_with_acronym_before_a_capitalised_head() -> None:
    text = (
        "Tashkent, 5 June 2024 - Uzbekistan and Kyrgyzstan are members of the "
        "China-Kyrgyzstan-Uzbekistan (CKU) Railway Council.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert names(rec).get("China-Kyrgyzstan-Uzbekistan Railway Council") == "Institution"
    assert not any(e.id == "country:CHN" for e in rec.entities)
    assert {f[1] for f in got if f[0] == "MEMBER_OF"} == set()  # a council is no organization
    text2 = text.replace("Railway Council", "Transport Forum")
    got2 = facts(extract_article(text2))
    assert ("MEMBER_OF", "country:UZB", "org:china-kyrgyzstan-uzbekistan-transport-forum",
            None) in got2


def test_a_capital_as_attribute_of_a_national_minister() -> None:
    text = (
        "Luanda, 5 June 2024 - The agreement was signed by the Angolan Minister of Energy, "
        "Rui Neto, and the Praia Minister of Industry, Commerce and Energy, Maria Tavares.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:maria-tavares", "country:CPV", None) in got


def test_an_intergovernmental_council_is_a_bilateral_mechanism() -> None:
    text = (
        "Budapest, 5 June 2024 - Hungary and Mongolia cooperate through the Intergovernmental "
        "Council on Trade and Investment, the ministry said.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Intergovernmental Council on Trade and Investment") == "Project"
    assert ("COOPERATES_VIA", "country:HUN",
            "project:intergovernmental-council-on-trade-and-investment", None) in facts(rec)


def test_a_name_and_its_post_after_a_fronted_date() -> None:
    text = (
        "Embassy news\n\n"
        "On 3 May 2024, Peter Novak, Slovakia's Ambassador to Chile, presented his credentials "
        "at La Moneda.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:peter-novak", "country:SVK", None) in got
    assert ("ACCREDITED_TO", "person:peter-novak", "country:CHL", "2024-05-03") in got


def test_arabic_surnames_and_a_prince_between_post_and_name() -> None:
    text = (
        "Amman, 5 June 2024 - The memorandum on cultural heritage was signed by Saudi Culture "
        "Minister Prince Badr bin Saud and Jordan's Minister of Culture, Haifa al-Najjar, on "
        "Tuesday.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"person:badr-bin-saud", "person:haifa-al-najjar"}


def test_peer_is_a_counterpart_and_the_object_follows_the_adjuncts() -> None:
    text = (
        "Santiago, 5 June 2024 - Chilean Foreign Minister Pablo Rojas and his Peruvian peer Ana "
        "Quispe signed on Tuesday in Santiago an agreement on border health posts.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:ana-quispe", "country:PER", None) in got
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"person:pablo-rojas", "person:ana-quispe"}


def test_signers_inside_a_where_clause_and_after_in_the_presence_of() -> None:
    text = (
        "Nairobi, 5 June 2024 - Last month the minister paid a visit to Japan, where she and "
        "Japan's Minister of Trade, Kenji Sato, signed a memorandum of understanding on "
        "electronics.\n"
        "In the presence of the Ministers, the Ambassador of Kenya to Japan, Ruth Njeri, and "
        "the Director General of Japan's Ministry of Foreign Affairs, Hiro Tanaka, "
        "signed an agreement on technical training.\n"
    )
    got = facts(extract_article(text))
    assert not any(f[0] == "SIGNED_AGREEMENT" and f[1].startswith("country:") for f in got)
    training = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"
                and f[2] == "project:agreement-on-technical-training"}
    assert training == {"person:ruth-njeri", "person:hiro-tanaka"}
    assert any(f[0] == "OFFICIAL_OF" and f[1] == "person:hiro-tanaka"
               and f[2].startswith("institution:ministry-of-foreign-affairs") for f in got)


def test_an_acronym_after_a_cooperating_body_and_ties_after_a_whose_clause() -> None:
    text = (
        "Accra, 5 June 2024 - Since 2015, the Japan International Cooperation Agency (JICA) "
        "has worked with Ghana's Ministry of Health on maternal care. Japan and Ghana, whose "
        "contacts go back to the 1950s, established diplomatic relations in 1957.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "COOPERATES_WITH" and f[3] == "2015" and "institution:japan-international"
               "-cooperation-agency" in f[1:3] for f in got)
    assert {("ESTABLISHED_TIES", "country:JPN", "country:GHA", "1957"),
            ("ESTABLISHED_TIES", "country:GHA", "country:JPN", "1957")} & got


def test_dates_inside_a_visit_range_and_after_during_which() -> None:
    text = (
        "Embassy news\n\n"
        "Published: 22 February 2024\n\n"
        "The Vietnamese Prime Minister, Tran Van Long, concluded a three-day official visit to "
        "Laos on Thursday, during which the two countries signed the Agreement on Border "
        "Trade.\n"
        "The agreement was signed on Tuesday by Vietnam's Minister of Industry and Trade, Le "
        "Minh, and Laos' Minister of Industry and Commerce, Somsak Vongsa.\n"
        "12-14 March 2023: Laos' Minister of Foreign Affairs, Khamphao Sisoulath, paid a visit "
        "to Vietnam, where she held talks with Minister of Foreign Affairs Bui Thanh Son.\n"
    )
    got = facts(extract_article(text))
    countries = {(f[1], f[3]) for f in got if f[0] == "SIGNED_AGREEMENT"
                 and f[1].startswith("country:")}
    assert countries == {("country:VNM", "2024-02-20"), ("country:LAO", "2024-02-20")}
    met = {f[3] for f in got if f[0] == "MET_WITH"}
    assert met == {"2023-03"}


def test_an_authors_note_gives_the_post() -> None:
    text = (
        "Opinion\n\n"
        "Our countries have much in common.\n\n"
        "Lena Fischer is the Ambassador of the Federal Republic of Germany to Namibia.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:lena-fischer", "country:DEU", None) in got
    assert ("ACCREDITED_TO", "person:lena-fischer", "country:NAM", None) in got


def test_members_of_two_lists_and_a_council_named_by_a_pair() -> None:
    text = (
        "Doha, 5 June 2024 - Qatar and Turkey have worked together through the Qatari-Turkish "
        "Supreme Strategic Council since 2014. Both are founding members of the OIC and "
        "members of the United Nations.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert names(rec).get("Qatari-Turkish Supreme Strategic Council") == "Project"
    assert {f[1] for f in got if f[0] == "COOPERATES_VIA"} == {"country:QAT", "country:TUR"}
    orgs = {f[2] for f in got if f[0] == "MEMBER_OF" and f[1] == "country:QAT"}
    assert len(orgs) == 2 and "org:united-nations" in orgs


def test_a_signer_pair_after_a_day_without_comma() -> None:
    text = (
        "Apia, 5 June 2024 - New Zealand's Minister of Trade, Grant Foster, arrived in Apia on "
        "Sunday. On Monday he and Samoa's Deputy Prime Minister, Tuala Iosefo, signed a "
        "Memorandum on Fisheries.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"person:grant-foster", "person:tuala-iosefo"}


def test_agreements_named_one_on_after_a_counted_signing() -> None:
    text = (
        "Arusha, 7 May 2024 - Kenya and Tanzania signed three agreements in Arusha on Tuesday, "
        "one on cross-border trade, one on road safety and another on the joint management of "
        "fisheries. The cross-border trade agreement was signed by Kenya's Minister of "
        "Trade, Otieno Wafula, and Tanzania's Minister of Industry, Rehema Mushi.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    projects = {n for n, t in names(rec).items() if t == "Project"}
    assert projects == {"agreement on cross-border trade", "agreement on road safety",
                        "agreement on the joint management of fisheries"}
    trade = "project:agreement-on-cross-border-trade"
    assert ("SIGNED_AGREEMENT", "country:KEN", trade, "2024-05-07") in got
    assert ("SIGNED_AGREEMENT", "person:otieno-wafula", trade, "2024-05-07") in got
    assert ("SIGNED_AGREEMENT", "person:rehema-mushi", trade, "2024-05-07") in got
    assert len({f[2] for f in got if f[0] == "SIGNED_AGREEMENT" and f[1] == "country:TZA"}) == 3


def test_a_described_arrangement_after_a_named_agreement() -> None:
    text = (
        "Suva, 2 July 2024 - Fiji's Minister of Finance, Josefa Rabuka, and Australia's "
        "Minister for Pacific Affairs, Helen Carr, signed the Vuvale Partnership Statement for "
        "2024-2026 and a budget support arrangement on health financing on Tuesday.\n"
    )
    got = facts(extract_article(text))
    signed = {(f[1], f[2]) for f in got if f[0] == "SIGNED_AGREEMENT"}
    arrangement = "project:budget-support-arrangement-on-health-financing"
    assert ("person:josefa-rabuka", arrangement) in signed
    assert ("person:helen-carr", arrangement) in signed


def test_a_legislature_without_a_head_word_and_its_speaker() -> None:
    text = (
        "Majuro, 3 June 2024 - Japan's Ambassador to the Marshall Islands, Sato Yuji, called on "
        "the Speaker of the Nitijela, Kenneth Loeak, on Monday.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert names(rec).get("Nitijela") == "Institution"
    assert ("OFFICIAL_OF", "person:kenneth-loeak", "institution:nitijela", None) in got
    assert ("MET_WITH", "person:sato-yuji", "person:kenneth-loeak", "2024-06-03") in got or (
        "MET_WITH", "person:kenneth-loeak", "person:sato-yuji", "2024-06-03") in got


def test_a_lower_case_arabic_surname_later() -> None:
    text = (
        "Muscat, 4 June 2024 - Yemeni Foreign Minister Faisal al-Qadri arrived in Muscat on "
        "Tuesday. Later on Tuesday, al-Qadri met with Omani Foreign Minister Salim bin Rashid.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:faisal-al-qadri", "person:salim-bin-rashid",
            "2024-06-04") in got or (
        "MET_WITH", "person:salim-bin-rashid", "person:faisal-al-qadri", "2024-06-04") in got


def test_it_after_a_fronted_clause_about_a_country() -> None:
    text = (
        "Vienna, 5 June 2024 - While Austria is not a member of NATO, it has participated in "
        "NATO's Partnership for Peace since 1995.\n"
    )
    got = facts(extract_article(text))
    assert ("COOPERATES_VIA", "country:AUT", "project:partnership-for-peace", "1995") in got


def test_an_acronym_with_an_accented_letter() -> None:
    text = (
        "Brasília, 6 June 2024 - Brazil and Bolivia cooperate through the Madeira-Mamoré "
        "River Navigation programme (Navegação), which links their river ports.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    j = next(e for e in rec.entities if e.type.value == "Project")
    assert j.name == "Madeira-Mamoré River Navigation programme" and "Navegação" in j.aliases
    assert {f[1] for f in got if f[0] == "COOPERATES_VIA"} == {"country:BRA", "country:BOL"}


def test_a_body_headed_by_a_titled_person() -> None:
    text = (
        "Canberra, 7 June 2024 - The Embassy of Chile in Canberra, headed by "
        "Chargé d'Affaires Rosa Mella, opened an exhibition on Monday.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:rosa-mella", "institution:embassy-of-chile",
            None) in got


def test_a_delegation_led_to_a_country_and_an_addressed_body() -> None:
    text = (
        "Oslo, 10 May 2024 - Norway's State Secretary for Trade, Ola Berge, led a business "
        "delegation to Vietnam on 6 May 2024. He addressed the Diplomatic Academy of Vietnam "
        "(DAV) on 7 May 2024.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:ola-berge", "country:VNM", "2024-05-06") in got
    assert ("LECTURED_AT", "person:ola-berge", "institution:diplomatic-academy-of-vietnam",
            "2024-05-07") in got


def test_a_demonym_inside_an_agreement_topic_and_a_slipped_comma_in_the_date_line() -> None:
    text = (
        "Embassy news\n\n"
        "Published: 21 May ,2024: 10:02 AM\n\n"
        "The University of Tokyo and the University of Zambia signed a memorandum of "
        "understanding on Japanese language teaching on Monday.\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2024-05-21"
    got = facts(rec)
    mou = "project:memorandum-of-understanding-on-japanese-language-teaching"
    assert ("SIGNED_AGREEMENT", "institution:university-of-tokyo", mou, "2024-05-20") in got


def test_a_timeline_item_dates_its_line_however_long_ago() -> None:
    text = (
        "Thirty years of friendship\n\n"
        "Published: 5 March 2024\n\n"
        "Portugal and Peru have exchanged many visits over the years.\n\n"
        "1998: Peruvian Foreign Minister Rosa Quispe paid an official visit to Portugal.\n"
        "May 2009: Portuguese President Rui Antunes paid a state visit to Peru, during which "
        "the two governments signed an Agreement on Cultural Cooperation.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:rosa-quispe", "country:PRT", "1998") in got
    assert ("VISITED", "person:rui-antunes", "country:PER", "2009-05") in got
    assert ("SIGNED_AGREEMENT", "country:PRT", "project:agreement-on-cultural-cooperation",
            "2009-05") in got


def test_signers_before_a_weekday_with_its_date_in_brackets_and_two_described_agreements(
) -> None:
    text = (
        "CNA\n\n"
        "KUALA LUMPUR: Malaysia and Ghana on Monday (Mar 4) signed a double taxation agreement "
        "and a memorandum of understanding on palm oil research.\n\n"
        "04 Mar 2024 06:15PM\n"
    )
    got = facts(extract_article(text, published="2024-03-04"))
    signed = {(f[1], f[2], f[3]) for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert ("country:MYS", "project:double-taxation-agreement", "2024-03-04") in signed
    assert ("country:GHA", "project:memorandum-of-understanding-on-palm-oil-research",
            "2024-03-04") in signed


def test_the_kingdom_and_the_community_are_two_references() -> None:
    text = (
        "News release\n\n"
        "Georgetown, 3 June 2024 – The Secretary-General said that Thailand and CARICOM signed a "
        "Memorandum of Understanding on Agriculture in Bangkok in 2018, and that the Kingdom and "
        "the Community have cooperated through the Thailand-CARICOM Rice Programme since 2016.\n"
    )
    rec = extract_article(text)
    assert not any(" and the " in e.name for e in rec.entities)
    got = facts(rec)
    via = {(f[1], f[2]) for f in got if f[0] == "COOPERATES_VIA"}
    prog = "project:thailand-caricom-rice-programme"
    assert via == {("country:THA", prog), ("org:caribbean-community", prog)}
    assert {f[1:3] for f in got if f[0] == "COOPERATES_WITH"} & {
        ("country:THA", "org:caribbean-community"), ("org:caribbean-community", "country:THA")}


def test_a_faculty_of_a_university_is_its_own_body() -> None:
    text = (
        "University of Ljubljana | News\n\n"
        "Peruvian envoy speaks on trade in the Pacific\n\n"
        "Posted: 12.04.2024.\n\n"
        "The Ambassador of Peru to Slovenia, H.E. Mr. Jorge Salas Rivero, delivered a guest "
        "lecture at the Faculty of Social Sciences of the University of Ljubljana on Tuesday, 9 "
        "April 2024.\n"
    )
    rec = extract_article(text)
    assert {"Faculty of Social Sciences", "University of Ljubljana"} <= set(names(rec))
    lect = {f[2] for f in facts(rec) if f[0] == "LECTURED_AT"}
    assert lect == {"institution:faculty-of-social-sciences"}


def test_and_that_opens_a_second_complement_not_a_relative_clause() -> None:
    text = (
        "Statement\n\n"
        "Suva, 5 May 2024 – The minister recalled that Fiji and Japan signed a Memorandum of "
        "Understanding on Fisheries in Tokyo in 2019, and that the two countries have cooperated "
        "through the Pacific Climate Resilience Programme since 2020.\n"
    )
    got = facts(extract_article(text))
    via = {f[2] for f in got if f[0] == "COOPERATES_VIA"}
    assert via == {"project:pacific-climate-resilience-programme"}


def test_an_untitled_subject_described_as_a_diplomat_and_his_surname_later() -> None:
    text = (
        "Obituaries\n\n"
        "By Staff Reporter | 4 March 2024\n\n"
        "Tomasi Vunidilo, a retired diplomat who represented Fiji in Canberra, died on Friday. "
        "In 1985 Vunidilo signed the Agreement on Fisheries Cooperation between Fiji and "
        "Australia.\n\n"
        "He is survived by his wife, Mere Vunidilo.\n"
    )
    rec = extract_article(text)
    assert "Tomasi Vunidilo" in names(rec)
    signers = {f[1] for f in facts(rec) if f[0] == "SIGNED_AGREEMENT"}
    assert "person:tomasi-vunidilo" in signers
    assert "person:mere-vunidilo" not in signers


def test_plenipotentiary_representative_to_an_organization_is_a_head_of_mission() -> None:
    text = (
        "Press release\n\n"
        "Jakarta, Tuesday, 4 June 2024 (ASEAN Secretariat) – Her Excellency Leila Haddad "
        "presented her credentials as Plenipotentiary Representative of the Republic of Tunisia "
        "to the Association of Southeast Asian Nations (ASEAN) on Monday.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:leila-haddad", "country:TUN", None) in got
    assert {f[2] for f in got if f[0] == "ACCREDITED_TO"} == {
        "org:association-of-southeast-asian-nations"}


def test_who_is_resident_in_a_capital_is_also_ambassador_to() -> None:
    text = (
        "Envoy news\n\n"
        "Published: 7 May 2024\n\n"
        "The new envoy arrived in the region last month. Ambassador Tomas Lindqvist, who is "
        "resident in Nairobi, is also Sweden's Ambassador to Uganda and Burundi.\n"
    )
    got = facts(extract_article(text))
    acc = {f[2] for f in got if f[0] == "ACCREDITED_TO" and f[1] == "person:tomas-lindqvist"}
    assert {"country:UGA", "country:BDI"} <= acc


def test_it_after_a_sentence_that_starts_with_a_country() -> None:
    text = (
        "Profile\n\n"
        "Published: 7 May 2024\n\n"
        "Norway, a member of NATO, has observer status at the Arctic Council. It established "
        "diplomatic relations with Belize in 1985.\n"
    )
    got = facts(extract_article(text))
    assert {("ESTABLISHED_TIES", "country:NOR", "country:BLZ", "1985"),
            ("ESTABLISHED_TIES", "country:BLZ", "country:NOR", "1985")} & got


def test_a_committee_of_a_chamber_then_its_chairman_without_a_comma() -> None:
    text = (
        "Saeima\n\n"
        "Committee met the Ambassador of Chile\n\n"
        "04.06.2024\n\n"
        "Chairman of the Foreign Affairs Committee of the Saeima Andris Ozols met with the "
        "Ambassador of Chile to Latvia, Pablo Fuentes, on Tuesday.\n"
    )
    rec = extract_article(text)
    assert "Andris Ozols" in names(rec)
    got = facts(rec)
    assert ("OFFICIAL_OF", "person:andris-ozols", "institution:foreign-affairs-committee",
            None) in got


def test_an_acronym_that_spells_the_whole_name_keeps_its_and() -> None:
    text = (
        "Press release\n\n"
        "Brussels, 3 May 2024 – The European Union and Kyrgyzstan signed the Enhanced "
        "Partnership and Cooperation Agreement (EPCA) in Bishkek on Friday.\n"
    )
    rec = extract_article(text)
    assert "Enhanced Partnership" not in names(rec)
    signed = {(f[1], f[2]) for f in facts(rec) if f[0] == "SIGNED_AGREEMENT"}
    epca = "project:enhanced-partnership-and-cooperation-agreement"
    assert signed == {("org:european-union", epca), ("country:KGZ", epca)}


def test_a_relative_clause_whose_subject_is_another_project_ends_the_channels() -> None:
    text = (
        "Press release\n\n"
        "Brussels, 3 May 2024 – Since 1999, the EU and Kyrgyzstan have cooperated under the "
        "Partnership and Cooperation Agreement (PCA), which the Enhanced Partnership and "
        "Cooperation Agreement will replace.\n"
    )
    via = {f[2] for f in facts(extract_article(text)) if f[0] == "COOPERATES_VIA"}
    assert via == {"project:partnership-and-cooperation-agreement"}


def test_rewritten_scans_match_their_reference_patterns() -> None:
    """Patterns rewritten for speed find what the plain pattern finds."""
    import re
    from pathlib import Path

    from ingest.extract import entities as ents
    from ingest.extract import relations as rels
    from ingest.extract.lexicon import UP

    texts = [p.read_text(encoding="utf-8")
             for p in sorted(Path("tests/fixtures/heldout/articles").glob("*.txt"))]
    texts += [
        "e-Government and x-Ray Lab, ae-Visa, e-1999 Plan; -e-Gov; His Majesty's Government "
        "of Brunei, Her Majesty’s Treasury, His Excellency, 2024 Summit in 1999 Hanoi 12345 A",
        "Harare Declaration, H Ltd, Ém-Élan, é-Visa, _e-Visa, 9e-Visa, a-Z, z-1999 Sea",
        "signed the accord which they signed  that was signed, \n that Fiji inked; which  signed",
        "Q:\n  Minister X: yes\nat 12:30: no\n\nA (PBS):\nlast line: ", "x:", ":", "\n\n",
    ]
    chunk = re.compile(rf"(?<!\w)(?=[{UP}0-9]|[a-z]-)(?:{ents._CHUNK.pattern})")
    signed = re.compile(r"\s+" + ents._SIGNED_LATER.pattern)
    for text in texts:
        assert [m.span() for m in ents._chunk_matches(text)] == [
            m.span() for m in chunk.finditer(text)]
        assert list(ents._signed_later(text)) == [m.start() for m in signed.finditer(text)]
        assert [m.span() for m in ents._label_lines(text)] == [
            m.span() for m in ents._LABEL.finditer(text)]
    for rx in (ents._PERSON_DESC, ents._COUNTRY_DESC, ents._BODY_DESC, ents._PROJ_DESC):
        rest = rx.pattern.removeprefix(r"[Tt]he(?<!\w...)(?= )\s+")
        plain = re.compile(r"(?<!\w)(?=the |The )\b(?:the|The)\s+" + rest)
        for text in [*texts, "Athe the\tnew envoy, the new envoy; The country’s the\nstate"]:
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
    dem_side = re.compile(r"\b[Tt]he\s+(?P<dem>[A-Z][\w’'-]+)\s+side\b(?![’']s)")
    for text in [*texts, "the Kazakh side, bathe Kazakh side, The\nFijian side’s"]:
        assert [m.span() for m in ents._DEM_SIDE.finditer(text)] == [
            m.span() for m in dem_side.finditer(text)]
    boundary = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\b(?:and|but)\s+that\b|"
                          r"\bwhile\b|\bwhereas\b|\.\s")
    texts.append("husband that, band that; and that: Meanwhile, while whereas.x. whereas")
    for text in texts:
        for pos in range(0, len(text), 1 if len(text) < 100 else 41):
            assert [m.span() for m in rels._BOUNDARY.finditer(text, pos)] == [
                m.span() for m in boundary.finditer(text, pos)]


def test_letter_words_is_findall_of_ascii_letters() -> None:
    import re

    from ingest.extract.lexicon import letter_words

    for text in ["", "Évora’s «P12» co-operation, H.E. Mr. X; naïve Straße 2024abc\u00a0d\ud800e",
                 "Trần Văn Tiến — ÜNAL_x9y", "   ", "abc", "«C3»s"]:
        assert letter_words(text) == re.findall(r"[A-Za-z]+", text)


def test_a_mission_to_a_country_keeps_the_country_in_its_name() -> None:
    text = (
        "Press release\n\n"
        "PRISTINA, 8 May 2024 – The EU Mission to Kosovo and the Ministry of Internal Affairs "
        "signed today a memorandum of understanding on prison reform.\n"
    )
    rec = extract_article(text)
    assert "EU Mission to Kosovo" in names(rec)
    signers = {f[1] for f in facts(rec) if f[0] == "SIGNED_AGREEMENT"}
    assert "country:XKX" not in signers
    assert "institution:eu-mission-to-kosovo" in signers


def test_a_portfolio_of_diplomacy_is_no_part_of_the_name() -> None:
    text = (
        "Politics\n\n"
        "ANKARA – Turkish Deputy Minister for Public Diplomacy Selin Aydemir met with Chilean "
        "Ambassador Tomas Rivas on Sunday.\n"
    )
    rec = extract_article(text)
    assert "Selin Aydemir" in names(rec)
    assert not any(n.startswith("Diplomacy") for n in names(rec))


def test_members_after_a_first_verb_of_the_subject() -> None:
    text = (
        "News\n\n"
        "Malta and Fiji established diplomatic relations in 1975 and are both members of the "
        "Commonwealth.\n"
    )
    members = {f[1] for f in facts(extract_article(text)) if f[0] == "MEMBER_OF"}
    assert members == {"country:MLT", "country:FJI"}


def test_an_organization_established_in_a_year_groups_its_members() -> None:
    text = (
        "News\n\n"
        "The Southern African Development Community, founded in 1992, groups Zambia, Malawi "
        "and Botswana among others.\n"
    )
    members = {f[1] for f in facts(extract_article(text)) if f[0] == "MEMBER_OF"}
    assert {"country:ZMB", "country:MWI", "country:BWA"} <= members


def test_a_portfolio_of_partnerships_before_a_name_after_a_comma() -> None:
    text = (
        "Press release\n\n"
        "Brussels, 6 May 2024 – On the sidelines, Uzbekistan's Foreign Minister, Aziz Karimov, "
        "held talks with the European Commissioner for International Partnerships, Ingrid "
        "Solberg.\n"
    )
    rec = extract_article(text)
    assert "Ingrid Solberg" in names(rec)
    met = {(f[1], f[2]) for f in facts(rec) if f[0] == "MET_WITH"}
    assert met & {("person:aziz-karimov", "person:ingrid-solberg"),
                  ("person:ingrid-solberg", "person:aziz-karimov")}


def test_remarks_after_receiving_an_ambassador_are_a_meeting() -> None:
    text = (
        "Politics\n\n"
        "NAIROBI – Kenya's Foreign Minister Peter Mwangi made the remarks after receiving "
        "Chad's Ambassador to Kenya, Idriss Mahamat, in his office on Friday.\n"
    )
    met = {(f[1], f[2]) for f in facts(extract_article(text)) if f[0] == "MET_WITH"}
    assert met & {("person:peter-mwangi", "person:idriss-mahamat"),
                  ("person:idriss-mahamat", "person:peter-mwangi")}


def test_met_with_a_second_person_named_after_a_post_of_a_body() -> None:
    text = (
        "Politics\n\n"
        "RIGA – On Monday, Estonia's Minister of Defence, Karl Tamm, met with Latvian Defence "
        "Minister Juris Ozols and the Chairman of the Saeima, Anna Berzina.\n"
    )
    met = {frozenset((f[1], f[2])) for f in facts(extract_article(text)) if f[0] == "MET_WITH"}
    assert frozenset(("person:karl-tamm", "person:anna-berzina")) in met


def test_signed_programme_for_a_topic_is_an_agreement() -> None:
    text = (
        "Culture\n\n"
        "Lima, 3 June 2024 - Peru and Bolivia held talks in Lima on Monday. The two sides signed "
        "a cultural exchange programme for museum staff and an agreement on border markets.\n"
    )
    rec = extract_article(text)
    signed = {(f[1], f[2]) for f in facts(rec) if f[0] == "SIGNED_AGREEMENT"}
    assert any(s == "country:PER" and "programme" in o for s, o in signed)
    assert any(s == "country:BOL" and "programme" in o for s, o in signed)
    assert any(s == "country:PER" and "border-markets" in o for s, o in signed)


def test_described_agreement_then_comma_which_was_signed_by_the_two_governments() -> None:
    text = (
        "Politics\n\n"
        "VIENNA, 4 March 2024 - Austria's Foreign Minister Lena Huber today received the "
        "Ambassador of Chile to Austria, Tomás Rojas. Both praised the treaty on judicial "
        "assistance in criminal matters, which was signed by the two governments in 2016.\n"
    )
    signed = {(f[1], f[2], f[3]) for f in facts(extract_article(text))
              if f[0] == "SIGNED_AGREEMENT"}
    assert any(s == "country:AUT" and "judicial" in o and d == "2016" for s, o, d in signed)
    assert any(s == "country:CHL" and "judicial" in o and d == "2016" for s, o, d in signed)


def test_it_was_signed_by_names_the_signers_of_the_one_agreement_just_named() -> None:
    text = (
        "Press release\n\n"
        "Accra, 9 May 2024 - Ghana and Brazil signed a Memorandum of Understanding on Cocoa "
        "Research in Accra on Tuesday. It was signed by Brazil's Ambassador to Ghana, Paulo "
        "Mendes, and Ghana's Minister of Agriculture, Kofi Asante.\n"
    )
    signed = {(f[1], f[2]) for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert any(s == "person:paulo-mendes" and "cocoa" in o for s, o in signed)
    assert any(s == "person:kofi-asante" and "cocoa" in o for s, o in signed)


def test_demonym_post_for_migrant_workers_is_an_official_of_the_country() -> None:
    text = (
        "News\n\n"
        "DHAKA, 5 May 2024 - The Nepali Undersecretary for Migrant Workers, Sita Gurung, met "
        "Bangladesh's Minister of Labour, Karim Hossain, on Sunday.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:sita-gurung", "country:NPL", None) in got


def test_the_faculty_refers_back_to_the_faculty_named_before() -> None:
    text = (
        "News\n\n"
        "Posted: 12.04.2024. The Ambassador of Peru to Poland, Luis Castro, gave a lecture at "
        "the Faculty of Law of the University of Warsaw on Tuesday, 9 April 2024. It was chaired "
        "by the Faculty's Vice-Dean for Research, Professor Anna Nowak. Castro later met the Dean "
        "of the Faculty, Professor Jan Zielinski.\n"
    )
    got = {(f[0], f[1], f[2]) for f in facts(extract_article(text))}
    assert ("OFFICIAL_OF", "person:anna-nowak", "institution:faculty-of-law") in got
    assert ("OFFICIAL_OF", "person:jan-zielinski", "institution:faculty-of-law") in got


def test_minister_delegate_is_one_post_before_the_name() -> None:
    text = (
        "News\n\n"
        "RABAT, 4 June 2024 - Morocco's Minister-Delegate for Investment, Karim Alaoui, met "
        "Ghana's Minister of Trade, Kofi Mensah, on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:karim-alaoui", "country:MAR", None) in got
    assert ("MET_WITH", "person:karim-alaoui", "person:kofi-mensah", "2024-06-04") in got


def test_archbishop_is_an_honorific_not_part_of_the_name() -> None:
    text = (
        "Communiqué\n\n"
        "ROME, 6 May 2024 - Today, the Secretary for Relations with States, Archbishop Marek "
        "Zielinski, received Mrs. Ana Quispe, Minister of Foreign Affairs of Peru.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:marek-zielinski", "person:ana-quispe", "2024-05-06") in got


def test_signing_with_a_venue_after_the_date() -> None:
    text = (
        "News\n\n"
        "ACCRA, 5 June 2024 - Ghana and Togo on Tuesday in Lomé signed a memorandum of "
        "understanding on cross-border trade.\n"
    )
    got = {(f[0], f[1]) for f in facts(extract_article(text))}
    assert ("SIGNED_AGREEMENT", "country:GHA") in got
    assert ("SIGNED_AGREEMENT", "country:TGO") in got


def test_travelled_to_a_city_for_a_visit_to_a_country() -> None:
    text = (
        "News\n\n"
        "LIMA, 7 June 2024 - Chile's Minister of Foreign Affairs, Ana Rojas, travelled to Quito "
        "on Thursday for an official visit to Ecuador.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:ana-rojas", "country:ECU", "2024-06-06") in got


def test_year_first_dotted_date_line_is_the_publication_date() -> None:
    text = (
        "Minister receives Chilean envoy\n\n"
        "2024.09.20\n\n"
        "On Thursday, Minister for Foreign Affairs of Kenya Peter Mwangi received Chile's "
        "Ambassador to Kenya, Ana Rojas.\n"
    )
    got = {(f[0], f[3]) for f in facts(extract_article(text))}
    assert ("MET_WITH", "2024-09-19") in got


def test_spanish_publicado_date_line_is_the_publication_date() -> None:
    text = (
        "Peru and Bolivia sign trade accord\n\n"
        "Publicado el 14 de marzo de 2024 a las 09:10 hrs.\n\n"
        "Peru and Bolivia signed a memorandum of understanding on border trade on Wednesday.\n"
    )
    got = {(f[0], f[1], f[3]) for f in facts(extract_article(text))}
    assert ("SIGNED_AGREEMENT", "country:PER", "2024-03-13") in got


def test_published_line_with_a_bar_and_an_updated_field() -> None:
    text = (
        "Kenya and Oman sign labour accord\n\n"
        "Posted on: 5 Jun 2023 - 11:20 am | Updated: 6 Jun 2023 - 9:02 am | 3 min read\n\n"
        "Kenya and Oman signed a memorandum of understanding on labour mobility on Monday.\n"
    )
    got = {(f[0], f[1], f[3]) for f in facts(extract_article(text))}
    assert ("SIGNED_AGREEMENT", "country:KEN", "2023-06-05") in got


def test_credentials_of_several_ambassadors_listed_line_by_line() -> None:
    text = (
        "State House news\n\n"
        "NAIROBI, 9 April 2024 - The President, Lucas Mwangi, received at State House on "
        "Tuesday the letters of credence of three new envoys to Kenya.\n\n"
        "The envoys are:\n"
        "• Ambassador of the Federative Republic of Brazil, Ana Souza\n"
        "• Mr. Lars Berg, Ambassador of Norway\n\n"
        "The President wished them a fruitful stay.\n"
    )
    got = facts(extract_article(text))
    for p in ("person:ana-souza", "person:lars-berg"):
        assert ("ACCREDITED_TO", p, "country:KEN", "2024-04-09") in got
        assert ("MET_WITH", p, "person:lucas-mwangi", "2024-04-09") in got or (
            "MET_WITH", "person:lucas-mwangi", p, "2024-04-09") in got


def test_honorific_after_a_body_name_opens_the_next_name() -> None:
    text = (
        "News\n\n"
        "MUSCAT, 3 May 2024 - The talks were also attended by Under-Secretary at the Ministry of "
        "Commerce and Industry Dr. Salim bin Nasser Al Harthy.\n"
    )
    record = extract_article(text)
    assert "Ministry of Commerce and Industry" in names(record)
    assert "Salim bin Nasser Al Harthy" in names(record)


def test_counted_signing_then_a_list_of_instruments_with_their_signers() -> None:
    text = (
        "Kenya, Rwanda sign three MoUs\n\n"
        "KIGALI, 6 May 2024 - Kenya and Rwanda on Monday signed three MoUs at the fourth session "
        "of the Kenya-Rwanda Joint Permanent Commission.\n\n"
        "The instruments signed were:\n\n"
        "- MoU on cooperation in tourism, signed by Principal Secretary "
        "John Otieno and Rwandan Minister of Trade Claire Uwase;\n"
        "- Agreement on youth exchanges, signed by Mr. Otieno and Ms. Uwase.\n"
    )
    record = extract_article(text)
    got = facts(record)
    tourism = "project:mou-on-cooperation-in-tourism"
    youth = "project:agreement-on-youth-exchanges"
    for signer in ("country:KEN", "country:RWA", "person:john-otieno", "person:claire-uwase"):
        assert ("SIGNED_AGREEMENT", signer, tourism, "2024-05-06") in got
        assert ("SIGNED_AGREEMENT", signer, youth, "2024-05-06") in got
    # the commission is where they signed, not what
    assert not any(f[0] == "SIGNED_AGREEMENT" and "commission" in f[2] for f in got)


def test_date_in_a_relative_clause_after_the_event_does_not_date_it() -> None:
    text = (
        "News\n\n"
        "HANOI, 12 June 2024 - The Prime Minister, Tran Van Long, received Ms. Ana Ferreira, "
        "Portugal's Ambassador to Vietnam, on Tuesday.\n\n"
        "Later, Ms. Ferreira called on the Minister of Industry, Le Thi Mai, who outlined plans to "
        "double exports of textiles by 2025.\n"
    )
    got = facts(extract_article(text))
    met = {f for f in got if f[0] == "MET_WITH" and "person:le-thi-mai" in f[1:3]}
    assert met and all(f[3] != "2025" for f in met)


def test_agreement_for_a_named_project_is_the_agreement_not_the_project() -> None:
    text = (
        "News\n\n"
        "APIA, 4 April 2024 - Australia and Samoa on Wednesday signed a financing agreement for "
        "the Vaitele Water Supply Programme, which will serve 20,000 households.\n"
    )
    record = extract_article(text)
    got = facts(record)
    agreement = "project:financing-agreement-for-the-vaitele-water-supply-programme"
    assert ("SIGNED_AGREEMENT", "country:AUS", agreement, "2024-04-03") in got
    assert not any(f[0] == "SIGNED_AGREEMENT" and f[2] == "project:vaitele-water-supply-programme"
                   for f in got)
    assert names(record).get("Vaitele Water Supply Programme") == "Project"


def test_met_a_second_person_named_after_a_bodys_possessive_post() -> None:
    text = (
        "News\n\n"
        "BRNO, 3 May 2024 - The Ambassador of Chile to the Czech Republic, Ana Rojas, met the "
        "Dean of the Faculty of Law of Masaryk University, Prof. Jan Dvorak, and the "
        "University's Vice-Rector for Research, Dr. Eva Novakova.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:ana-rojas", "person:eva-novakova", "2024-05-03") in got or (
        "MET_WITH", "person:eva-novakova", "person:ana-rojas", "2024-05-03") in got


def test_person_after_an_honorific_of_a_department() -> None:
    text = (
        "News\n\n"
        "LEIDEN, 3 May 2024 - The lecture by Peru's Ambassador to the Netherlands, Ana Quispe, "
        "was chaired by Prof. Maarten de Vries of the Institute for History.\n"
    )
    record = extract_article(text)
    assert names(record).get("Maarten de Vries") == "Person"
    assert names(record).get("Institute for History") == "Institution"
    assert ("OFFICIAL_OF", "person:maarten-de-vries", "institution:institute-for-history",
            None) in facts(record)


def test_who_presented_credentials_to_a_monarch_dates_the_accreditation() -> None:
    text = (
        "News\n\n"
        "AMMAN, 4 June 2024 - Chile's Ambassador to Jordan, Ana Rojas, today bade farewell to "
        "the Foreign Minister.\n\n"
        "Rojas, who presented her credentials to King Abdullah II in March 2021, leaves Amman "
        "next week.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:ana-rojas", "country:JOR", "2021-03") in got


def test_members_after_a_relative_clause_and_a_verb_of_standing_together() -> None:
    text = (
        "News\n\n"
        "LIMA, 4 June 2024 - Peru and Chile, which signed a free trade agreement in 2006, have "
        "worked side by side as members of the Pacific Alliance.\n"
    )
    got = {(f[0], f[1]) for f in facts(extract_article(text))}
    assert ("MEMBER_OF", "country:PER") in got and ("MEMBER_OF", "country:CHL") in got


def test_signed_with_a_minister_whose_portfolio_is_a_comma_list() -> None:
    text = (
        "News\n\n"
        "DHAKA, 4 June 2024 - Japan's Minister of State Ken Sato on Tuesday signed a memorandum "
        "of understanding on fisheries with Minister of Trade, Industry and Tourism Rahim "
        "Chowdhury.\n"
    )
    got = {(f[0], f[1]) for f in facts(extract_article(text))}
    assert ("SIGNED_AGREEMENT", "person:rahim-chowdhury") in got


def test_ended_visit_is_undated_until_a_stay_range_gives_its_start() -> None:
    ended = (
        "News\n\n"
        "SUVA, 6 June 2024 - New Zealand's Minister of Trade, Tom Barker, ended his official "
        "visit to Fiji on Wednesday.\n"
    )
    got = facts(extract_article(ended))
    assert ("VISITED", "person:tom-barker", "country:FJI", None) in got
    stay = ended + (
        "\nBarker, who was in Fiji from 3 to 5 June 2024, opened a trade office in Suva.\n"
    )
    got = facts(extract_article(stay))
    assert ("VISITED", "person:tom-barker", "country:FJI", "2024-06-03") in got
    assert ("VISITED", "person:tom-barker", "country:FJI", None) not in got


def test_name_with_an_apostrophe_before_its_last_letter() -> None:
    text = (
        "News\n\n"
        "APIA, 6 June 2024 - Australia's High Commissioner to Samoa, Emma Hart, met the Minister "
        "of Works, Leota Tuala'i Fepuleai, on Tuesday. Emma's team also attended.\n"
    )
    record = extract_article(text)
    assert "Leota Tuala'i Fepuleai" in names(record)
    assert ("MET_WITH", "person:emma-hart", "person:leota-tuala-i-fepuleai", "2024-06-04") in facts(
        record) or any(f[0] == "MET_WITH" and "fepuleai" in f[2] for f in facts(record))
    assert "Emma's" not in " ".join(names(record))


def test_a_plus_sign_ends_a_programme_name() -> None:
    text = (
        "News\n\n"
        "TARTU, 6 June 2024 - The University of Tartu and the University of Chile have "
        "cooperated through the Horizon+ programme since 2018.\n"
    )
    record = extract_article(text)
    assert names(record).get("Horizon+ programme") == "Project"
    assert ("COOPERATES_VIA", "institution:university-of-tartu", "project:horizon-programme",
            "2018") in facts(record)


def test_numbered_paragraph_starting_with_following_is_not_a_follower_count() -> None:
    text = (
        "Joint press release\n\n"
        "12 June 2024\n\n"
        "1. The Foreign Minister of Peru, Ana Quispe, received the Foreign Minister of Chile, "
        "Luis Rojas, in Lima.\n\n"
        "3. Following the talks, Peru and Chile signed an agreement on border crossings.\n"
    )
    assert "Following the talks" in clean(text).text
    got = {(f[0], f[1]) for f in facts(extract_article(text))}
    assert ("SIGNED_AGREEMENT", "country:PER") in got


def test_relative_clause_visit_belongs_to_the_person_before_who() -> None:
    text = (
        "News\n\n"
        "LIMA, 7 June 2024 - Ana Quispe, Minister of Foreign Affairs, held talks with Luis "
        "Rojas, Minister of Foreign Affairs of Chile, who is visiting Peru this week.\n"
    )
    got = {(f[0], f[1], f[2]) for f in facts(extract_article(text))}
    assert ("VISITED", "person:luis-rojas", "country:PER") in got
    assert ("VISITED", "person:ana-quispe", "country:PER") not in got


def test_upcoming_visit_named_by_a_noun_is_no_visit() -> None:
    text = (
        "News\n\n"
        "LIMA, 7 June 2024 - The two ministers discussed the forthcoming visit of President "
        "Luis Rojas to Peru. They also reviewed Minister Ana Quispe's planned visit to Chile.\n"
    )
    got = {f[0] for f in facts(extract_article(text))}
    assert "VISITED" not in got


def test_publish_colon_date_line_is_the_publication_date() -> None:
    text = (
        "Dhaka, Kathmandu sign power deal\n\n"
        "Publish : 03 Mar 2024, 10:20 AM | Update : 03 Mar 2024, 11:02 AM\n\n"
        "Bangladesh and Nepal signed a memorandum of understanding on power trade on Friday.\n"
    )
    got = {(f[0], f[1], f[3]) for f in facts(extract_article(text))}
    assert ("SIGNED_AGREEMENT", "country:BGD", "2024-03-01") in got


def test_of_which_both_countries_are_members_after_a_list_of_bodies() -> None:
    text = (
        "News\n\n"
        "LIMA, 7 June 2024 - The ministers discussed cooperation in the Pacific Alliance and "
        "the Andean Community (CAN), of which both Peru and Colombia are founding members. "
        "Peru supports the agreement between the European Union and Mercosur, of which "
        "Uruguay is a founding member.\n"
    )
    got = {(f[0], f[1], f[2]) for f in facts(extract_article(text))}
    assert ("MEMBER_OF", "country:PER", "org:andean-community") in got
    assert ("MEMBER_OF", "country:COL", "org:andean-community") in got
    assert ("MEMBER_OF", "country:COL", "org:pacific-alliance") in got
    assert ("MEMBER_OF", "country:URY", "org:mercosur") in got
    assert not any(f[0] == "MEMBER_OF" and f[1] == "country:URY" and "european" in f[2]
                   for f in got)


def test_smt_is_an_honorific_not_a_sentence_end() -> None:
    text = (
        "Joint Statement\n\n"
        "March 4, 2024\n\n"
        "At the invitation of the Prime Minister of India, Smt. Kavita Rao, the Prime Minister "
        "of Ghana, Mr. Kofi Mensah, paid an official visit to India.\n"
    )
    got = {(f[0], f[1], f[2]) for f in facts(extract_article(text))}
    assert ("OFFICIAL_OF", "person:kavita-rao", "country:IND") in got


def test_north_macedonian_counterpart_is_a_demonym() -> None:
    text = (
        "News\n\n"
        "SOFIA, 5 March 2024 (BTA) - Bulgarian Foreign Minister Ivan Petrov and his North "
        "Macedonian counterpart, Marko Trajkov, met in Sofia on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:marko-trajkov", "country:MKD", None) in got
    assert ("MET_WITH", "person:ivan-petrov", "person:marko-trajkov", "2024-03-05") in got


def test_envoy_in_a_capital_before_the_name_without_a_comma() -> None:
    text = (
        "News\n\n"
        "HANOI, 5 March 2024 - Philippine Ambassador in Hanoi Maria Santos attended the "
        "ceremony.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:maria-santos", "country:PHL", None) in got
    assert ("ACCREDITED_TO", "person:maria-santos", "country:VNM", None) in got


def test_the_foreign_secretary_refers_back_to_the_named_one() -> None:
    text = (
        "News\n\n"
        "KATHMANDU, 5 March 2024 - Foreign Secretary Ram Thapa held consultations with his "
        "Indian counterpart on Tuesday. Later on Tuesday, the foreign secretary called on "
        "Indian Minister of External Affairs Anil Mehta.\n"
    )
    got = {(f[0], f[1], f[2]) for f in facts(extract_article(text))}
    assert ("MET_WITH", "person:ram-thapa", "person:anil-mehta") in got


def test_the_alliance_refers_to_a_treaty_organization_and_a_gapped_second_member() -> None:
    text = (
        "News\n\n"
        "TALLINN, 5 March 2024 - Estonia and Albania are both in NATO. Estonia joined the "
        "alliance in March 2004, Albania in April 2009.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:EST", "org:north-atlantic-treaty-organization", "2004-03") in got
    assert ("MEMBER_OF", "country:ALB", "org:north-atlantic-treaty-organization", "2009-04") in got


def test_consultations_guest_and_read_more_with_are_not_entities() -> None:
    text = (
        "Dhaka, Hanoi hold political consultations\n\n"
        "HANOI, 5 March 2024 - The 3rd Foreign Office Consultations between Bangladesh and "
        "Vietnam were held in Hanoi on Tuesday. Vietnam's Deputy Foreign Minister Tran Van Nam, "
        "who is visiting Laos as a Guest of the Ministry of Foreign Affairs, did not attend. "
        "Both countries take part in the Regional Cooperation Council (RCC).\n\n"
        "Read more with VnExpress\n"
        "Thailand and Cambodia agree on border crossings\n"
    )
    got = names(extract_article(text))
    assert "Foreign Office Consultations" not in got
    assert not any(n.startswith("Guest") for n in got)
    assert "Thailand" not in got and "Cambodia" not in got
    assert got.get("Regional Cooperation Council") == "Organization"


def test_credentials_audience_dated_by_the_next_sentences_presentation_day() -> None:
    text = (
        "New Ghanaian envoy accredited to Kenya\n\n"
        "By Staff Writer\n"
        "Thursday, May 16, 2024\n\n"
        "President William Mwangi has received the credentials of the new Ghanaian High "
        "Commissioner to Kenya, Mr Kofi Mensah, at State House Nairobi. Mr Mensah presented his "
        "letters of credence to the President on Tuesday together with four other envoys.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:kofi-mensah", "country:KEN", "2024-05-14") in got
    assert ("MET_WITH", "person:william-mwangi", "person:kofi-mensah", "2024-05-14") in got


def test_mou_heads_a_documents_name() -> None:
    text = (
        "News\n\n"
        "ACCRA, 5 June 2024 - Ghana and Togo signed the MoU on Cooperation in the Field of "
        "Fisheries on Wednesday.\n"
    )
    got = {(f[0], f[1], f[2]) for f in facts(extract_article(text))}
    assert any(f[:2] == ("SIGNED_AGREEMENT", "country:GHA") and f[2].startswith(
        "project:mou-on-cooperation") for f in got)


def test_signatories_line_under_a_listed_document_signs_it() -> None:
    text = (
        "Joint Statement on the Official Visit of the President of Chile to India\n\n"
        "March 4, 2024\n\n"
        "The following documents were signed and exchanged in the presence of the two "
        "leaders:\n\n"
        "1. MoU on Cooperation in Mining\n"
        "Signatories: Shri Arun Mehta, Secretary (West), Ministry of External Affairs; Ms. Ana "
        "Rojas, Ambassador of Chile to India\n\n"
        "2. Agreement on Cultural Exchanges\n"
        "Exchanged by: Shri Arun Mehta and Ms. Ana Rojas\n"
    )
    got = {(f[0], f[1], f[2]) for f in facts(extract_article(text))}
    assert ("SIGNED_AGREEMENT", "person:arun-mehta", "project:mou-on-cooperation-in-mining") in got
    assert ("SIGNED_AGREEMENT", "person:ana-rojas", "project:mou-on-cooperation-in-mining") in got
    # "exchanged" without "signed" is no signing
    assert not any(f[0] == "SIGNED_AGREEMENT" and "cultural" in f[2] for f in got)


def test_envoys_listed_in_one_sentence_after_a_credentials_ceremony() -> None:
    text = (
        "State House news\n\n"
        "Friday, 7 June 2024\n\n"
        "President Samia Mwinyi today accepted letters of credence from three new ambassadors "
        "accredited to the United Republic of Tanzania at a ceremony in Dodoma.\n\n"
        "The ambassadors who presented their credentials were Ambassador Lars Eriksen of "
        "Denmark, Ambassador Oona Virtanen of Finland and High Commissioner Ravi Menon of "
        "India.\n"
    )
    got = facts(extract_article(text))
    for p, c in (("lars-eriksen", "DNK"), ("oona-virtanen", "FIN"), ("ravi-menon", "IND")):
        assert ("AMBASSADOR_OF", f"person:{p}", f"country:{c}", None) in got
        assert ("ACCREDITED_TO", f"person:{p}", "country:TZA", "2024-06-07") in got
        assert ("MET_WITH", "person:samia-mwinyi", f"person:{p}", "2024-06-07") in got or (
            "MET_WITH", f"person:{p}", "person:samia-mwinyi", "2024-06-07") in got


def test_title_name_of_country_is_the_envoy_of_that_country() -> None:
    text = (
        "News\n\n"
        "ACCRA, 4 June 2024 - The Minister of Trade of Ghana, Kofi Boateng, met Ambassador "
        "Ingrid Solberg of Norway on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:ingrid-solberg", "country:NOR", None) in got


def test_an_interview_answer_speaks_for_the_envoy_and_the_envoy_country() -> None:
    text = (
        "The Daily Monitor\n\n"
        "INTERVIEW: 'Uganda is a partner we trust'\n\n"
        "By Grace Nambi | June 3, 2024\n\n"
        "Henrik Dahl, Denmark's ambassador to Uganda, spoke to us about trade and energy.\n\n"
        "Q: When did you come to Kampala?\n\n"
        "A: I presented my credentials to President Moses Okello in March 2023. My country "
        "signed the Green Growth Agreement with Uganda in May 2019, and my country has "
        "been a member of the European Union since 1973.\n\n"
        "Q: What next?\n\n"
        "A: More trade.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:henrik-dahl", "country:UGA", "2023-03") in got
    assert ("MEMBER_OF", "country:DNK", "org:european-union", "1973") in got
    assert any(f[0] == "SIGNED_AGREEMENT" and f[1] == "country:DNK" and f[3] == "2019-05"
               for f in got)


def test_other_releases_and_more_on_this_lists_end_the_story() -> None:
    text = (
        "Ministers meet in Canberra\n\n"
        "CANBERRA, 2 May 2024 - Australia and Tonga held talks on fisheries on Thursday.\n\n"
        "Other news releases\n"
        "Minister to visit Samoa and Kiribati\n\n"
        "More on this topic\n"
        "Fiji signs a port deal\n\n"
        "Noticias relacionadas\n"
        "Visita oficial a Chile\n"
    )
    got = names(extract_article(text))
    for country in ("Samoa", "Kiribati", "Fiji", "Chile"):
        assert country not in got


def test_a_long_navigation_bar_of_short_items_is_a_menu() -> None:
    text = (
        "Home | About Us | Foreign Policy | Embassies | Press Office | Consular | Contact\n\n"
        "Envoy received\n\n"
        "RIGA, 2 May 2024 - The Minister received the Ambassador of Chile on Thursday.\n"
    )
    got = names(extract_article(text))
    assert "Press Office" not in got and "Foreign Policy" not in got


def test_headline_ending_in_a_weekday_and_its_date_is_the_publication_date() -> None:
    text = (
        "Weekly Media Briefing by the Official Spokesperson on Tuesday, 4 June 2024\n\n"
        "The Foreign Minister of Chile met the Foreign Minister of Peru on Monday.\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2024-06-04"
    # a weekday that is not the date's is not trusted (a date of the past in a headline)
    wrong = text.replace("Tuesday", "Friday")
    assert extract_article(wrong).article.published is None


def test_the_two_ministers_are_the_pair_that_met_in_the_sentence_before() -> None:
    text = (
        "Partners\n\n"
        "OSLO, 3 April 2024 - Foreign Minister Kari Lunde opened a consulate with Chilean "
        "Deputy Minister Pablo Rojas. On Wednesday, she held talks with Chilean Foreign "
        "Minister Ana Soto. Afterwards, the two ministers signed a memorandum of understanding "
        "on ocean research.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"person:kari-lunde", "person:ana-soto"}


def test_recognition_of_a_countrys_restored_independence() -> None:
    text = (
        "History\n\n"
        "TALLINN, 3 April 2024 - Mexico recognised Estonia's restored independence on 4 "
        "September 1991.\n"
    )
    got = facts(extract_article(text))
    assert ("RECOGNIZED", "country:MEX", "country:EST", "1991-09-04") in got


def test_adjectives_joined_by_and_before_the_head_are_one_name() -> None:
    text = (
        "Pact\n\n"
        "WELLINGTON, 3 April 2024 - New Zealand and Samoa signed the Agreement on Technical "
        "and Vocational Training on Monday. This Agreement builds on earlier work.\n"
    )
    rec = extract_article(text)
    got = names(rec)
    assert got.get("Agreement on Technical and Vocational Training") == "Project"
    assert "Vocational Training" not in got and "This Agreement" not in got


def test_documents_listed_after_signed_the_following_are_signed_by_the_pair() -> None:
    text = (
        "Press release\n\n"
        "LIMA, 12 June 2024 - Peru and Morocco signed the following agreements on Tuesday:\n\n"
        "• Agreement on Cooperation in Fisheries;\n"
        "• Memorandum of Understanding on Cooperation in Culture, Sport and Youth.\n\n"
        "The ministers also discussed trade.\n"
    )
    got = facts(extract_article(text))
    for c in ("country:PER", "country:MAR"):
        assert ("SIGNED_AGREEMENT", c, "project:agreement-on-cooperation-in-fisheries",
                "2024-06-11") in got
        assert ("SIGNED_AGREEMENT", c, "project:memorandum-of-understanding-on-cooperation-in-"
                "culture-sport-and-youth", "2024-06-11") in got


def test_following_talks_dated_without_a_year_stay_undated() -> None:
    text = (
        "Visit\n\n"
        "Published: 20 May 2024\n\n"
        "The Foreign Minister of Peru, Rosa Quispe, paid an official visit to Chile from 13 to "
        "15 May 2024. She held talks with the Foreign Minister of Chile, Jorge Araya, on 14 May. "
        "Following the talks, the two ministers signed a memorandum of understanding on "
        "mining.\n"
    )
    got = facts(extract_article(text))
    signed = {f for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signed and all(f[3] is None for f in signed)


def test_a_second_person_received_after_a_demonym_post_and_a_later_meeting() -> None:
    text = (
        "Envoys\n\n"
        "DAKAR, 5 March 2024 - The Minister of Trade, Awa Ndiaye, on Monday received the "
        "Ambassador of Poland to Senegal, Marek Nowak, and the Polish Deputy Minister of "
        "Agriculture and Rural Development, Anna Zielińska, at her office. Nowak held talks "
        "with Senegalese Prime Minister Ousmane Faye on Monday and later met Senegalese "
        "Finance Minister Idrissa Ba.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset(f[1:3]) for f in got if f[0] == "MET_WITH"}
    assert frozenset(("person:awa-ndiaye", "person:anna-zielinska")) in met or frozenset(
        ("person:awa-ndiaye", "person:anna-zieli\u0144ska")) in met
    assert frozenset(("person:marek-nowak", "person:idrissa-ba")) in met


def test_one_of_the_n_members_of_an_organization() -> None:
    text = (
        "Bloc\n\n"
        "HANOI, 5 March 2024 - Laos is one of the 10 members of the Association of Southeast "
        "Asian Nations (ASEAN), and the two countries held talks on trade.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "MEMBER_OF" and f[1] == "country:LAO" for f in got)


def test_the_mechanism_refers_back_and_since_its_creation_dates_the_cooperation() -> None:
    text = (
        "Consultations\n\n"
        "LIMA, 5 March 2024 - Peru and Thailand held the third meeting of the Peru-Thailand "
        "Joint Consultation Mechanism on Monday. The two countries have worked together through "
        "the Mechanism since its establishment in 2016.\n"
    )
    got = facts(extract_article(text))
    via = {f for f in got if f[0] == "COOPERATES_VIA"}
    assert {f[1] for f in via} == {"country:PER", "country:THA"}
    assert all(f[3] == "2016" for f in via)


def test_a_described_agreement_ends_before_after_the_talks() -> None:
    text = (
        "Deal\n\n"
        "DOHA, 5 March 2024 - Qatar and Kenya signed a memorandum of understanding on livestock "
        "trade after the talks on Monday.\n"
    )
    got = names(extract_article(text))
    assert got.get("memorandum of understanding on livestock trade") == "Project"


def test_a_portfolio_with_and_the_before_its_last_word() -> None:
    text = (
        "News\n\n"
        "LIMA, 5 March 2024 - The Director for Asia and the Pacific of the Ministry of Foreign "
        "Affairs, Ambassador Rosa Quispe, met the Ambassador of Chile to Peru, Jorge Araya, on "
        "Monday.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "OFFICIAL_OF" and f[1] == "person:rosa-quispe"
               and f[2].startswith("institution:ministry-of-foreign-affairs") for f in got)


def test_long_bar_menu_of_short_labels_is_blanked() -> None:
    text = (
        "National Assembly of Kenya | News\n"
        "Home | About the Assembly | Committees | Senate Office | Hansard | Media | Contact Us\n\n"
        "Speaker meets envoy of Chile\n\n"
        "NAIROBI, 4 June 2024 - The Speaker of the National Assembly met the Ambassador of "
        "Chile, Pablo Rojas, on Tuesday.\n"
    )
    cleaned = clean(text).text
    assert "Senate Office" not in cleaned
    assert "Speaker of the National Assembly met" in cleaned
    assert "Senate Office" not in names(extract_article(text))


def test_related_press_releases_list_ends_the_story() -> None:
    text = (
        "Speaker meets envoy of Chile\n\n"
        "NAIROBI, 4 June 2024 - The Speaker met the Ambassador of Chile, Pablo Rojas, on "
        "Tuesday.\n\n"
        "Related media releases\n"
        "Speaker hosts delegation from the Pan-African Parliament\n"
    )
    cleaned = clean(text).text
    assert "Pan-African Parliament" not in cleaned
    assert "Pan-African Parliament" not in names(extract_article(text))


def test_inline_read_also_headline_is_blanked() -> None:
    text = (
        "Chile and Kenya sign trade pact\n\n"
        "NAIROBI, 4 June 2024 - Chile and Kenya signed a trade agreement on Tuesday.\n\n"
        "Read also: Peru and Bolivia open new border post\n\n"
        "The agreement enters into force next year.\n"
    )
    cleaned = clean(text).text
    assert "Bolivia" not in cleaned
    assert "The agreement enters into force" in cleaned


def test_contributor_sign_off_line_is_no_person() -> None:
    text = (
        "Chile and Kenya sign trade pact\n\n"
        "NAIROBI, 4 June 2024 (AP) - Chile and Kenya signed a trade agreement on Tuesday.\n\n"
        "Reuters correspondent Tomas Herrera Vidal in Santiago contributed reporting.\n"
    )
    cleaned = clean(text).text
    assert "Herrera" not in cleaned
    assert "Tomas Herrera Vidal" not in names(extract_article(text))


def test_portfolio_ministry_name_does_not_run_into_the_name_after_it() -> None:
    text = (
        "News\n\n"
        "NAIROBI, 5 June 2024 - The memorandum of understanding on borehole drilling was signed by "
        "Principal Secretary at the Department of Water and Sanitation Mercy Wanjiku Otieno "
        "and Danish Ambassador to Kenya Karin Lund.\n"
    )
    record = extract_article(text)
    got = names(record)
    assert got.get("Mercy Wanjiku Otieno") == "Person"
    assert got.get("Karin Lund") == "Person"
    assert not any("Otieno" in n for n, t in got.items() if t == "Institution")
    f = facts(record)
    assert any(x[0] == "SIGNED_AGREEMENT" and x[1] == "person:mercy-wanjiku-otieno" for x in f)
    assert ("AMBASSADOR_OF", "person:karin-lund", "country:DNK", None) in f


def test_both_were_among_the_n_founding_members() -> None:
    text = (
        "News\n\n"
        "LIMA, 4 June 2024 - Peru and Chile signed a trade agreement on Tuesday. The two "
        "neighbours have a long history: Chile recognized Peru in 1844, and both were among the "
        "21 founding members of the Organization of American States in 1948.\n"
    )
    got = facts(extract_article(text))
    for c in ("PER", "CHL"):
        assert ("MEMBER_OF", f"country:{c}", "org:organization-of-american-states", "1948") in got


def test_pair_that_acted_after_meeting_met() -> None:
    text = (
        "News\n\n"
        "NEW YORK, 26 September 2025 - Peruvian Foreign Minister Ana Quispe and her Bolivian "
        "counterpart, Luis Mamani, announced a new border commission on Thursday following "
        "their talks on the margins of the summit.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "MET_WITH" and {f[1], f[2]} == {"person:ana-quispe", "person:luis-mamani"}
               for f in got)


def test_dotted_un_organ_is_the_organization() -> None:
    text = (
        "News\n\n"
        "NEW YORK, 26 September 2025 - Kenya and Chile agreed on Thursday to coordinate their "
        "positions in the U.N. Security Council and the U.N. General Assembly. Both voted for a "
        "General Assembly text on small island states.\n"
    )
    got = names(extract_article(text))
    assert got.get("U.N. Security Council") == "Organization"
    assert got.get("U.N. General Assembly") == "Organization"
    assert "Security Council" not in got
    assert "General Assembly" not in got


def test_pm_is_a_title() -> None:
    text = (
        "News\n\n"
        "NEW DELHI, 6 March 2024 - Indian PM Arjun Mehta met Japanese PM Kenji Sato on "
        "Wednesday.\n\n"
        "PM Mehta said the two countries would deepen their cooperation.\n"
    )
    record = extract_article(text)
    got = names(record)
    assert got.get("Arjun Mehta") == "Person"
    assert not any(n.startswith("PM ") for n in got)
    assert any(f[0] == "MET_WITH" and {f[1], f[2]} == {"person:arjun-mehta", "person:kenji-sato"}
               for f in facts(record))


def test_document_name_runs_over_in_the_field_of_but_not_its_date_or_place() -> None:
    text = (
        "News\n\n"
        "ACCRA, 6 March 2024 - Ghana and Chile signed the MoU on Cooperation in the Field of "
        "Renewable Energy on Tuesday. They also signed a Memorandum of Understanding on "
        "Cooperation in the Mining Sector in Accra on Tuesday.\n"
    )
    got = names(extract_article(text))
    assert got.get("MoU on Cooperation in the Field of Renewable Energy") == "Project"
    assert got.get("Memorandum of Understanding on Cooperation in the Mining Sector") == "Project"


def test_singular_ministry_keeps_its_comma_listed_portfolio() -> None:
    text = (
        "News\n\n"
        "NAIROBI, 6 March 2024 - The Korea International Cooperation Agency has worked with the "
        "Ministry of Information, Communications and the Digital Economy of Kenya since 2019, "
        "and with the Ministry of Trade, Investments and Industry since 2020.\n"
    )
    got = names(extract_article(text))
    assert got.get("Ministry of Trade, Investments and Industry") == "Institution"
    assert "Ministry of Trade" not in got


def test_chamber_with_comma_listed_trades_keeps_its_name_and_its_head() -> None:
    text = (
        "News\n\n"
        "ACCRA, 6 March 2024 - The Chilean minister also called on the President of the Ghana "
        "Chamber of Commerce, Industry and Trade, Kwame Asante Boateng, on Tuesday.\n"
    )
    record = extract_article(text)
    got = names(record)
    assert "Ghana Chamber of Commerce, Industry and Trade" in got
    assert got.get("Kwame Asante Boateng") == "Person"
    assert any(f[0] == "OFFICIAL_OF" and f[1] == "person:kwame-asante-boateng"
               for f in facts(record))


def test_person_and_members_of_the_committee_met() -> None:
    text = (
        "News\n\n"
        "ACCRA, 6 March 2024 - Chairperson of the Defence Committee of the Parliament of Ghana "
        "Ama Serwaa Owusu and other members of the parliamentary committee met Ambassador of "
        "Chile to Ghana Pablo Rojas Soto on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "MET_WITH" and {f[1], f[2]} == {"person:ama-serwaa-owusu",
                                                        "person:pablo-rojas-soto"} for f in got)


def test_a_courtesy_adjective_before_the_sending_state() -> None:
    text = (
        "Envoy\n\n"
        "AMMAN, 5 March 2024 - The Minister received on Monday the Ambassador of the brotherly "
        "State of Qatar to Jordan, Ali Hamad Al-Marri. Later, the Qatari ambassador met the "
        "Speaker.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:ali-hamad-al-marri", "country:QAT", None) in got
    # "the Qatari ambassador": a head of mission is no official of his own country
    assert not any(f[0] == "OFFICIAL_OF" and f[1] == "person:ali-hamad-al-marri" for f in got)


def test_the_two_sisterly_countries_which_established_relations_and_are_members() -> None:
    text = (
        "Talks\n\n"
        "DOHA, 5 March 2024 - Qatar and Oman held talks. The minister praised the two sisterly "
        "countries, which established diplomatic relations in 1971 and are members of the Gulf "
        "Cooperation Council.\n"
    )
    got = facts(extract_article(text))
    members = {f[1] for f in got if f[0] == "MEMBER_OF"}
    assert {"country:QAT", "country:OMN"} <= members


def test_arrived_in_a_capital_at_the_start_of_a_visit() -> None:
    text = (
        "Visit\n\n"
        "RIGA, 5 March 2024 - The Foreign Minister of Chile, Ana Soto, arrived in Riga on Monday "
        "at the beginning of a three-day working visit to Latvia.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:ana-soto", "country:LVA", "2024-03-04") in got


def test_joined_together_with_and_a_second_body_joined() -> None:
    text = (
        "Ties\n\n"
        "SOFIA, 5 March 2024 - Romania, which joined NATO along with Bulgaria in March 2004, "
        "entered the European Union in January 2007. Slovakia has been a member of the OECD "
        "since 2000 and joined NATO in 2004.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:BGR", "org:north-atlantic-treaty-organization", "2004-03") in got
    assert ("MEMBER_OF", "country:ROU", "org:european-union", "2007-01") in got
    assert ("MEMBER_OF", "country:SVK", "org:north-atlantic-treaty-organization", "2004") in got


def test_a_quoted_lecture_title_names_no_venue() -> None:
    text = (
        "Lecture\n\n"
        "TASHKENT, 5 March 2024 - The Ambassador of Latvia to Uzbekistan, Juris Ozols, delivered "
        "a lecture on \"Twenty Years of Latvia in the European Union\" at the University of World "
        "Economy and Diplomacy.\n"
    )
    got = facts(extract_article(text))
    lect = {f[2] for f in got if f[0] == "LECTURED_AT"}
    assert lect and not any("european-union" in o for o in lect)


def test_a_state_body_under_the_president_of_a_country() -> None:
    text = (
        "Lecture\n\n"
        "TASHKENT, 5 March 2024 - The Director of the Institute for Strategic and Regional "
        "Studies under the President of the Republic of Uzbekistan (ISRS), Olim Karimov, met "
        "the Ambassador of Japan to Uzbekistan, Kenji Sato.\n"
    )
    got = names(extract_article(text))
    assert got.get("Institute for Strategic and Regional Studies under the President of the "
                   "Republic of Uzbekistan") == "Institution"


def test_partner_states_of_a_regional_community() -> None:
    text = (
        "Statement\n\n"
        "ARUSHA, 5 March 2024 - South Sudan became the sixth Partner State of the East African "
        "Community on 15 August 2016. The Community now comprises eight Partner States: "
        "Burundi, Kenya, Rwanda, Somalia, South Sudan, Tanzania, Uganda and the Democratic "
        "Republic of the Congo. Also present was the Deputy Secretary General in charge of "
        "Finance and Monetary Affairs of the East African Community, Juma Said.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert ("MEMBER_OF", "country:SSD", "org:east-african-community", "2016-08-15") in got
    assert not any(n.startswith("State of") for n in names(record))
    assert ("OFFICIAL_OF", "person:juma-said", "org:east-african-community", None) in got


def test_arrived_in_a_city_for_a_visit_with_no_country_named() -> None:
    text = (
        "Visit\n\n"
        "SUVA, 5 March 2024 - The Director of the Korea International Cooperation Agency, "
        "Min-ho Park, opened a clinic. Park arrived in Nadi on Sunday for a working visit.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "VISITED" and f[1] == "person:min-ho-park" and f[2].startswith("city:")
               and f[3] == "2024-03-03" for f in got)


def test_members_of_a_body_and_have_cooperated_through_a_project() -> None:
    text = (
        "Ties\n\n"
        "LIMA, 5 March 2024 - Peru and Chile held talks. The two countries are members of the "
        "Pacific Alliance and have worked together through the Andean Water Programme.\n"
    )
    got = facts(extract_article(text))
    via = {f[1] for f in got if f[0] == "COOPERATES_VIA"}
    assert via == {"country:PER", "country:CHL"}


def test_a_sum_between_an_agreement_and_its_topic() -> None:
    text = (
        "News\n\n"
        "CASTRIES, 5 March 2024 - The Minister of Finance of Saint Lucia, John Carr, met the "
        "Executive Director of the Caribbean Development Bank, Dr. Ann Lee. Later, Carr and Lee "
        "signed a loan agreement of EUR 12 million for the upgrade of rural roads.\n"
    )
    got = facts(extract_article(text))
    signed = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signed == {"person:john-carr", "person:ann-lee"}


def test_credentials_presented_to_a_post_of_a_country_date_the_accreditation() -> None:
    text = (
        "Farewell\n\n"
        "NASSAU, 5 March 2024 - The Ambassador of Chile to the Bahamas, Pedro Rojas, paid a "
        "farewell call on the Prime Minister. Ambassador Rojas, who presented his credentials to "
        "the Governor-General of the Bahamas in May 2020, thanked the Government.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:pedro-rojas", "country:BHS", "2020-05") in got


def test_a_friendship_group_is_an_institution() -> None:
    text = (
        "News\n\n"
        "ROME, 5 March 2024 - The head of the Italy-Chile Friendship Group, Marco Rossi, met the "
        "Ambassador of Chile to Italy, Ana Soto, on Monday.\n"
    )
    assert names(extract_article(text)).get("Italy-Chile Friendship Group") == "Institution"


def test_a_published_line_with_a_byline_after_the_date() -> None:
    text = (
        "Brazil and Chile review trade\n\n"
        "Published on 03/09/2024 - 11:05 By Ana Souza - Reporter at Agency News - Rio de Janeiro"
        "\n\nThe foreign ministers of Brazil and Chile met on Tuesday in Santiago.\n"
    )
    assert str(extract_article(text).article.published) == "2024-09-03"


def test_a_dateline_sentence_of_its_own_ended_by_a_full_stop() -> None:
    text = (
        "Press Release No. 7/2024\n\n"
        "Ghana's new envoy received\n\n"
        "Accra, 2nd July 2024. The Minister of Foreign Affairs of Ghana, Kofi Mensah, received "
        "the Ambassador of Italy to Ghana, Marco Bianchi, on Monday.\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2024-07-02"
    assert ("MET_WITH", "person:kofi-mensah", "person:marco-bianchi", "2024-07-01") in facts(rec) \
        or ("MET_WITH", "person:marco-bianchi", "person:kofi-mensah", "2024-07-01") in facts(rec)


def test_a_cooperation_fund_or_a_fund_of_two_parties_is_a_channel() -> None:
    text = (
        "Fund\n\n"
        "APIA, 5 March 2024 - Samoa and Japan have cooperated through the Japan-Samoa Fund for "
        "Climate Resilience since 2015. Samoa also welcomed support through the China-Pacific "
        "Islands Cooperation Fund, through which Samoa and China have cooperated since 2010.\n"
    )
    rec = extract_article(text)
    kinds = names(rec)
    assert kinds.get("Japan-Samoa Fund for Climate Resilience") == "Project"
    assert kinds.get("China-Pacific Islands Cooperation Fund") == "Project"
    via = {(f[1], f[2]) for f in facts(rec) if f[0] == "COOPERATES_VIA"}
    assert ("country:JPN", "project:japan-samoa-fund-for-climate-resilience") in via


def test_the_two_parties_a_state_and_an_organization_joined_earlier() -> None:
    text = (
        "News\n\n"
        "LIMA, 5 March 2024 - The Secretary-General of the Andean Community, Dr. Ana Ruiz, met "
        "the Minister of Trade of Chile, Pablo Soto. Ruiz recalled that Chile and the Andean "
        "Community have worked together since 2010, and that the two parties signed a "
        "Memorandum of Understanding on Trade Facilitation in Quito in May 2021.\n"
    )
    got = facts(extract_article(text))
    signed = {(f[1], f[3]) for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert ("country:CHL", "2021-05") in signed and len(signed) == 2


def test_the_cooperation_of_two_states_through_a_project() -> None:
    text = (
        "Consultations\n\n"
        "HANOI, 5 March 2024 - The sides welcomed the fruitful cooperation between Vietnam and "
        "Laos through the Nam Ngum Hydropower Project. They agreed to strengthen the cooperation "
        "between Vietnam and Cambodia through the Mekong Delta Programme.\n"
    )
    got = facts(extract_article(text))
    via = {(f[1], f[2]) for f in got if f[0] == "COOPERATES_VIA"}
    assert via == {("country:VNM", "project:nam-ngum-hydropower-project"),
                   ("country:LAO", "project:nam-ngum-hydropower-project")}
    assert {f[0] for f in got if "country:KHM" in f[1:3]} == set()


def test_a_possessor_before_the_second_cooperating_body_is_no_party() -> None:
    text = (
        "Health\n\n"
        "LIMA, 5 March 2024 - Since 2018, the Spanish Agency for International Development "
        "Cooperation (AECID) and Peru's Ministry of Health have worked together on the Andean "
        "Maternal Health Project.\n"
    )
    got = facts(extract_article(text))
    coop = {f for f in got if f[0] == "COOPERATES_WITH"}
    assert len(coop) == 1 and "country:PER" not in next(iter(coop))[1:3]
    via = {f[1] for f in got if f[0] == "COOPERATES_VIA"}
    assert len(via) == 2 and "country:PER" not in via


def test_a_weekday_with_its_day_of_the_month_in_parentheses() -> None:
    text = (
        "Visit\n\n"
        "Published on 05/06/2024 - 10:12\n\n"
        "Peru's foreign minister, Ana Rojas, met Bolivia's foreign minister, Luis Vargas, on "
        "Wednesday (5). Vargas arrived in Lima on Monday (3) for an official visit to Peru.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:luis-vargas", "city:lima", "2024-06-03") in got
    assert ("VISITED", "person:luis-vargas", "country:PER", "2024-06-03") in got


def test_during_the_call_takes_the_day_of_the_courtesy_call() -> None:
    text = (
        "Call\n\n"
        "APIA, 12 June 2024 - The Ambassador of Japan to Samoa, Kenji Sato, paid a courtesy call "
        "on the Minister of Finance of Samoa, Tala Leota, this morning. Ambassador Sato is in "
        "Samoa from 10 to 14 June 2024. During the courtesy call, Sato and Leota signed the Grant "
        "Agreement for the Apia Seawall Project.\n"
    )
    got = facts(extract_article(text))
    signed = {(f[1], f[3]) for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signed == {("person:kenji-sato", "2024-06-12"), ("person:tala-leota", "2024-06-12")}


def test_the_next_day_is_the_day_after_the_last_dated_one() -> None:
    text = (
        "Lecture\n\n"
        "NEW DELHI, 20 May 2024 - The Ambassador of Chile to India, Pablo Soto, met the Minister "
        "of State for External Affairs of India, Ravi Kumar, on 14 May 2024. A day later, Soto "
        "delivered a lecture at the Indian Council of World Affairs.\n"
    )
    got = facts(extract_article(text))
    lect = {f[3] for f in got if f[0] == "LECTURED_AT"}
    assert lect == {"2024-05-15"}


def test_presenting_credentials_to_a_named_head_of_state_is_a_meeting() -> None:
    text = (
        "Credentials\n\n"
        "ACCRA, 5 March 2024 - The new Ambassador of Chile to Ghana, Pablo Soto, presented his "
        "credentials to President Kwame Boateng at the Jubilee House today. His predecessor, "
        "Ana Rojas, who presented her credentials to President John Mensah in 2019, attended.\n"
    )
    got = facts(extract_article(text))
    met = {f for f in got if f[0] == "MET_WITH"}
    assert met == {("MET_WITH", "person:pablo-soto", "person:kwame-boateng", "2024-03-05")}


def test_capitalised_letters_of_credence_received_on_a_day() -> None:
    text = (
        "Credentials\n\n"
        "ADDIS ABABA, 5 March 2024 - The Chairperson of the African Union Commission, Dr. Ali "
        "Musa, received on Monday, 4 March 2024, the Letters of Credence of H.E. Mr. Jan Berg as "
        "Ambassador of the Kingdom of Norway to the African Union (AU).\n"
    )
    got = facts(extract_article(text))
    acc = {f for f in got if f[0] == "ACCREDITED_TO"}
    assert len(acc) == 1 and next(iter(acc))[3] == "2024-03-04"
    assert next(iter(acc))[1] == "person:jan-berg"


def test_a_member_of_one_body_and_like_another_state_of_a_second() -> None:
    text = (
        "Ties\n\n"
        "LIMA, 5 March 2024 - Peru and Chile held talks. Peru is a member of the Andean "
        "Community (CAN) and, like Chile, of the Pacific Alliance.\n"
    )
    got = facts(extract_article(text))
    member = {(f[1], f[2]) for f in got if f[0] == "MEMBER_OF"}
    assert len(member) == 3 and {s for s, _ in member} == {"country:PER", "country:CHL"}


def test_amb_abbreviated_is_a_rank_before_a_name() -> None:
    text = (
        "Visit\n\n"
        "ABUJA, 5 March 2024 - The meeting was attended by the Director of Political Affairs, "
        "Amb. Chidi Okoro, and the Ambassador of Ghana to Nigeria, Kofi Asante.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Chidi Okoro") == "Person"
    assert not any(f[1] == "person:chidi-okoro" and f[0] == "AMBASSADOR_OF" for f in facts(rec))


def test_an_organ_named_after_a_multilateral_body_is_an_organization() -> None:
    text = (
        "Visit\n\n"
        "ADDIS ABABA, 5 March 2024 - The Ambassador of Chile to Ethiopia, Pablo Soto, visited the "
        "IGAD Council and the SADC Tribunal, and met the head of the Ministry of Trade.\n"
    )
    kinds = names(extract_article(text))
    assert kinds.get("IGAD Council") == "Organization"
    assert kinds.get("SADC Tribunal") == "Organization"


def test_ends_closes_the_story_before_an_about_note() -> None:
    text = (
        "Credentials\n\n"
        "ABUJA, 5 March 2024 - The Ambassador of Chile to Nigeria, Pablo Soto, met the Minister of "
        "Foreign Affairs of Nigeria, Ada Obi, on Monday.\n\n"
        "ENDS\n\n"
        "About the Commission: the body was set up under the Treaty of Lagos in 1975.\n"
    )
    assert "Treaty of Lagos" not in names(extract_article(text))


def test_the_dateline_agency_named_again_as_a_source_is_an_organization() -> None:
    text = (
        "Talks\n\n"
        "RIGA, March 5 (LETA) - Latvia and Chile held talks on Monday, an official of the "
        "ministry told LETA.\n"
    )
    assert names(extract_article(text)).get("LETA") == "Organization"
    text2 = "Talks\n\nRIGA, March 5 (LETA) - Latvia and Chile held talks on Monday.\n"
    assert "LETA" not in names(extract_article(text2))


def test_relations_between_two_states_established_in_a_year_after_a_comma() -> None:
    text = (
        "Audience\n\n"
        "VATICAN CITY, 5 March 2024 - During the talks, the warm diplomatic relations between the "
        "Holy See and Ghana, established in 1975, were recalled.\n"
    )
    got = facts(extract_article(text))
    ties = {f for f in got if f[0] == "ESTABLISHED_TIES"}
    assert len(ties) == 1 and next(iter(ties))[3] == "1975"


def test_a_fund_or_commission_named_as_the_channel_of_a_cooperation_is_a_project() -> None:
    text = (
        "Ties\n\n"
        "LIMA, 5 March 2024 - Peru and Ecuador have cooperated through the Binational Commission "
        "of the Zarumilla Canal since 1998. Peru and Chile have long cooperated through the "
        "Andean Water Fund Peru.\n"
    )
    rec = extract_article(text)
    kinds = names(rec)
    assert kinds.get("Binational Commission of the Zarumilla Canal") == "Project"
    assert kinds.get("Andean Water Fund Peru") == "Project"
    via = {f[1] for f in facts(rec) if f[0] == "COOPERATES_VIA"}
    assert via == {"country:PER", "country:ECU", "country:CHL"}


def test_two_states_have_enjoyed_cordial_relations_since_a_year() -> None:
    text = (
        "Ties\n\n"
        "ACCRA, 5 March 2024 - Ghana and Chile have enjoyed friendly relations since 1962, the "
        "minister said. Ghana and Peru have cordial relations and hope to expand trade.\n"
    )
    got = facts(extract_article(text))
    ties = {f for f in got if f[0] == "ESTABLISHED_TIES"}
    assert len(ties) == 1 and next(iter(ties))[3] == "1962"
    assert "country:PER" not in next(iter(ties))[1:3]


def test_among_the_first_to_recognise_the_new_state_the_other_of_the_pair() -> None:
    text = (
        "Farewell\n\n"
        "BASSETERRE, 5 March 2024 - The minister recalled that Saint Kitts and Nevis and Cuba "
        "established diplomatic relations in 1994, and that Cuba was among the first countries "
        "to recognize the new state.\n"
    )
    got = facts(extract_article(text))
    assert ("RECOGNIZED", "country:CUB", "country:KNA", None) in got


def test_the_sultanate_is_the_last_sultanate_named() -> None:
    text = (
        "Visit\n\n"
        "NAIROBI, 5 March 2024 - Kenya and the Sultanate of Oman discussed trade on Monday. "
        "The Minister of Trade of Kenya, Ann Wanjiru, who is on an official visit to the "
        "Sultanate from 3 to 6 March 2024, was also received by the Minister of Commerce of Oman, "
        "Said Al Busaidi.\n"
    )
    got = facts(extract_article(text))
    assert {f[2] for f in got if f[0] == "VISITED"} == {"country:OMN"}


def test_promotion_is_a_portfolio_word() -> None:
    text = (
        "Visit\n\n"
        "ACCRA, 5 March 2024 - The Ambassador of Chile to Ghana, Pablo Soto, was received by the "
        "Minister of Trade and Export Promotion, Kofi Addo, on Monday.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "MET_WITH" and "person:kofi-addo" in f[1:3] for f in got)


def test_a_lecture_during_a_visit_to_a_country_is_a_visit() -> None:
    text = (
        "Lecture\n\n"
        "VALLETTA, 9 October 2023 - Greece's Minister of Foreign Affairs Nikos Pappas spoke at "
        "the University of Malta on Friday, during an official visit to Malta that began on "
        "Thursday.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:nikos-pappas", "country:MLT", "2023-10-05") in got


def test_place_country_dash_date_colon_dateline() -> None:
    text = (
        "Envoy received\n\n"
        "Freetown, Sierra Leone – March 5, 2024: The Minister of Foreign Affairs of Sierra "
        "Leone, Musa Kamara, received the Ambassador of Egypt to Sierra Leone, Omar Fathy, on "
        "Monday.\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2024-03-05"
    got = facts(rec)
    assert ("MET_WITH", "person:musa-kamara", "person:omar-fathy", "2024-03-04") in got or (
        "MET_WITH", "person:omar-fathy", "person:musa-kamara", "2024-03-04") in got


def test_generational_suffix_after_a_comma_ends_the_name() -> None:
    text = (
        "Credentials\n\n"
        "ACCRA, 5 March 2024 - President Samuel Owusu Mensah, Jr. on Tuesday received the "
        "credentials of Ambassador Lina Haddad as Ambassador of Jordan to Ghana.\n"
    )
    rec = extract_article(text)
    assert "Samuel Owusu Mensah" in names(rec)
    got = facts(rec)
    assert any(f[0] == "MET_WITH" and "person:lina-haddad" in f[1:3]
               and "person:samuel-owusu-mensah" in f[1:3] for f in got)


def test_rejected_claims_and_some_media_reports_assert_no_signing() -> None:
    text = (
        "Talks\n\n"
        "LIMA, 5 March 2024 - The minister rejected reports that Lima had signed a defence "
        "pact with Quito. Some media said on Monday that Peru and Chile signed a fisheries "
        "accord. Peru and Bolivia signed a Memorandum of Understanding on Border Trade on "
        "Tuesday.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"country:PER", "country:BOL"}
    assert all(f[2] == "project:memorandum-of-understanding-on-border-trade"
               for f in got if f[0] == "SIGNED_AGREEMENT")


def test_post_after_a_name_that_runs_into_another_name_is_the_second_persons() -> None:
    text = (
        "Visit\n\n"
        "HANOI, 5 March 2024 - On the invitation of Deputy Prime Minister Tran Van Long, "
        "Minister of Trade of Chile Pablo Rojas Vega is on a working visit to Vietnam.\n"
    )
    got = facts(extract_article(text))
    officials = {(f[1], f[2]) for f in got if f[0] == "OFFICIAL_OF"}
    assert ("person:pablo-rojas-vega", "country:CHL") in officials
    assert ("person:tran-van-long", "country:CHL") not in officials


def test_two_people_who_held_talks_at_a_venue_and_then_signed() -> None:
    text = (
        "Talks\n\n"
        "ACCRA, 5 March 2024 - Foreign Minister Ama Boateng and Trade Minister Kossi Agbo held "
        "talks on Monday at the ECOWAS Tower and then signed a memorandum of understanding on "
        "border markets.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"person:ama-boateng", "person:kossi-agbo"}


def test_which_joined_two_bodies_in_a_year() -> None:
    text = (
        "Talks\n\n"
        "TALLINN, 5 March 2024 - The minister said that Estonia, which joined the European "
        "Union and NATO in 2004, supports Georgia.\n"
    )
    got = facts(extract_article(text))
    members = {(f[2], f[3]) for f in got if f[0] == "MEMBER_OF" and f[1] == "country:EST"}
    assert members == {("org:european-union", "2004"),
                       ("org:north-atlantic-treaty-organization", "2004")}


def test_party_with_a_which_clause_before_and_the_other_party() -> None:
    text = (
        "Ties\n\n"
        "QUITO, 5 March 2024 - Ecuador, which joined the Andean Community in 1969, and Cuba "
        "have cooperated through the Ecuador-Cuba Joint Commission since 2010.\n"
    )
    got = facts(extract_article(text))
    pairs = {frozenset(f[1:3]) for f in got if f[0] == "COOPERATES_WITH"}
    assert frozenset({"country:ECU", "country:CUB"}) in pairs
    via = {f[1] for f in got if f[0] == "COOPERATES_VIA"}
    assert via == {"country:ECU", "country:CUB"}


def test_rank_before_the_name_of_a_sentence_stating_a_concurrent_post() -> None:
    text = (
        "Farewell\n\n"
        "NAIROBI, 5 March 2024 - The Ambassador of Chile to Kenya, Rosa Ibáñez, paid a farewell "
        "call on the minister. Ambassador Ibáñez is also Chile's Ambassador to Uganda and "
        "Tanzania.\n"
    )
    got = facts(extract_article(text))
    to = {f[2] for f in got if f[0] == "ACCREDITED_TO"}
    assert {"country:KEN", "country:UGA", "country:TZA"} <= to


def test_acronym_then_for_a_portfolio_after_a_post_is_the_body() -> None:
    text = (
        "Meeting\n\n"
        "JAKARTA, 5 March 2024 - The ceremony was attended by the Deputy Secretary-General of "
        "ASEAN for Community and Corporate Affairs, Tran Minh Duc.\n"
    )
    rec = extract_article(text)
    assert not any(" for " in n for n in names(rec))
    got = facts(rec)
    assert ("OFFICIAL_OF", "person:tran-minh-duc", "org:association-of-southeast-asian-nations",
            None) in got


def test_credence_of_a_named_envoy_with_the_post_in_apposition_dates_the_accreditation() -> None:
    text = (
        "Credentials\n\n"
        "ADDIS ABABA, 5 March 2024 - The Chairperson of the African Union Commission, Dr. Amina "
        "Bello, on Monday received the credentials of Ms. Karin Lund, Ambassador of Sweden to the "
        "African Union.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:karin-lund", "org:african-union", "2024-03-04") in got


# --- batch 26 --------------------------------------------------------------------------------


def test_both_members_of_a_body_after_a_sentence_about_people_is_the_two_states() -> None:
    text = (
        "Visit\n\n"
        "APIA, 5 March 2024 - Samoa and Tonga discussed fisheries. Tonga's High Commissioner to "
        "Samoa, Mele Taufa, welcomed the minister. Both are members of the Pacific Islands "
        "Forum.\n"
    )
    got = facts(extract_article(text))
    members = {f[1] for f in got if f[0] == "MEMBER_OF" and f[2] == "org:pacific-islands-forum"}
    assert members == {"country:WSM", "country:TON"}


def test_the_two_countries_of_a_channel_named_after_them() -> None:
    text = (
        "Talks\n\n"
        "LIMA, 5 March 2024 - The meeting reviewed the work of the Peru-Bolivia Joint Commission, "
        "through which the two countries have cooperated since 2009.\n"
    )
    got = facts(extract_article(text))
    via = {f[1] for f in got if f[0] == "COOPERATES_VIA"}
    assert via == {"country:PER", "country:BOL"}


def test_a_compact_is_an_agreement_and_a_channel() -> None:
    text = (
        "Talks\n\n"
        "MAJURO, 5 March 2024 - The ministers reviewed the Compact of Free Association, under "
        "which the Marshall Islands and the United States have cooperated since 1986.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Compact of Free Association") == "Project"
    via = {f[1] for f in facts(rec) if f[0] == "COOPERATES_VIA"}
    assert via == {"country:MHL", "country:USA"}


def test_acting_before_a_post_after_a_possessive_state() -> None:
    text = (
        "Deal\n\n"
        "BAGHDAD, 5 March 2024 - The memorandum was signed by Iran's acting Minister of Roads, "
        "Farid Karimi, and Iraq's Minister of Transport, Salim Jabbar.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:farid-karimi", "country:IRN", None) in got


def test_agreement_name_ends_before_the_place_of_signing() -> None:
    text = (
        "Deal\n\n"
        "SUVA, 5 March 2024 - Fiji and Tonga signed the Maritime Boundary Agreement in Nukualofa "
        "in May 2023.\n"
    )
    rec = extract_article(text)
    assert "Maritime Boundary Agreement" in names(rec)
    assert not any(n.endswith("Nukualofa") for n in names(rec))


def test_two_signers_with_posts_and_a_day_before_the_verb() -> None:
    text = (
        "Deal\n\n"
        "ACCRA, 19 June 2024 - Trade Minister Paul Okafor and Ghana Deputy Foreign Minister Ama "
        "Mensah today signed the Cocoa Partnership Arrangement.\n"
    )
    signed = {f[1] for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert signed == {"person:paul-okafor", "person:ama-mensah"}


def test_upper_case_dateline_with_no_comma_before_the_date() -> None:
    text = "Talks\n\nLIMA 16 April 2024 — Minister Maria Reyes met officials of the OAS.\n"
    rec = extract_article(text)
    assert str(rec.article.published) == "2024-04-16"
    assert "Maria Reyes" in names(rec)


def test_a_bodys_affairs_in_a_portfolio_before_the_name() -> None:
    text = (
        "Talks\n\n"
        "MANILA, 16 April 2024 - Undersecretary for Multilateral Relations and APEC Affairs "
        "Lourdes P. Cruz met the Chilean ambassador.\n"
    )
    assert "Lourdes P. Cruz" in names(extract_article(text))


def test_member_of_one_body_and_joined_another_in_a_year() -> None:
    text = (
        "Profile\n\n"
        "SUVA, 5 March 2024 - Tuvalu is a member of the Pacific Islands Forum and joined the "
        "United Nations in September 2000.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:TUV", "org:united-nations", "2000-09") in got
    assert ("MEMBER_OF", "country:TUV", "org:pacific-islands-forum", None) in got


def test_delivered_remarks_at_an_institute() -> None:
    text = (
        "Visit\n\n"
        "CANBERRA, 13 June 2024 - The Foreign Minister of Nauru, Lionel Aingimea, arrived on "
        "Monday. On Wednesday, Minister Aingimea delivered remarks on ocean policy at the Lowy "
        "Institute.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:lionel-aingimea", "institution:lowy-institute",
            "2024-06-12") in got


def test_subcommittee_name_with_a_topic_list_and_a_party_after_the_senator() -> None:
    text = (
        "Meeting\n\n"
        "WASHINGTON, 13 June 2024 – Senator Ann Blake (R-Utah), Chairman of the Senate Foreign "
        "Relations Subcommittee on Europe, the Arctic, and Regional Security Cooperation, today "
        "met with the Prime Minister of the Republic of Fiji, Jone Rabuka.\n"
    )
    rec = extract_article(text)
    body = "Senate Foreign Relations Subcommittee on Europe, the Arctic, and Regional Security " \
        "Cooperation"
    assert names(rec).get(body) == "Institution"
    got = facts(rec)
    assert any(f[0] == "OFFICIAL_OF" and f[1] == "person:ann-blake" for f in got)
    assert ("MET_WITH", "person:ann-blake", "person:jone-rabuka", "2024-06-13") in got


def test_credentials_received_of_a_post_before_the_name_date_the_accreditation() -> None:
    text = (
        "Credentials\n\n"
        "JUBA, 5 March 2024 - The Vice President, Daniel Deng Ajak, received at his office in "
        "Juba on Tuesday the credentials of the new Ambassador of the Republic of Kenya to South "
        "Sudan, Peter Mwangi.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:peter-mwangi", "country:SSD", "2024-03-05") in got


def test_demonym_post_of_a_named_ministry_is_of_both() -> None:
    text = (
        "Talks\n\n"
        "LIMA, 5 March 2024 - Peruvian Secretary General of the Ministry of Foreign Affairs "
        "Carlos Rojas met the Chilean delegation.\n"
    )
    got = {f[2] for f in facts(extract_article(text))
           if f[0] == "OFFICIAL_OF" and f[1] == "person:carlos-rojas"}
    assert got == {"country:PER", "institution:ministry-of-foreign-affairs-per"}


def test_country_chain_with_a_lower_case_head_and_acronym_is_a_project() -> None:
    text = (
        "Energy\n\n"
        "BAKU, 5 March 2024 - Officials discussed the Azerbaijan-Georgia-Turkey gas pipeline "
        "(AGT). Baku and Tbilisi have worked together on AGT since the project's launch in "
        "2015.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Azerbaijan-Georgia-Turkey gas pipeline") == "Project"
    got = facts(rec)
    via = {(f[1], f[3]) for f in got if f[0] == "COOPERATES_VIA"}
    assert via == {("country:AZE", "2015"), ("country:GEO", "2015")}


def test_agreement_on_a_section_of_a_named_project_is_what_was_signed() -> None:
    text = (
        "Kenya, Uganda sign KUOP section agreement\n\n"
        "NAIROBI, 5 March 2024 - Kenya and Uganda on Tuesday signed an agreement on the "
        "financing of the Eldoret section of the Kenya-Uganda oil pipeline (KUOP), officials "
        "said.\n"
    )
    rec = extract_article(text)
    signed = {f[2] for f in facts(rec) if f[0] == "SIGNED_AGREEMENT"}
    assert signed == {"project:agreement-on-the-financing-of-the-eldoret-section-of-the-kenya-"
                      "uganda-oil-pipeline"}
    assert "KUOP section agreement" not in names(rec)


def test_compact_heads_a_name_only_as_its_last_word_before_of() -> None:
    text = (
        "Senator Discusses Compact Funding With Micronesian Envoy\n\n"
        "WASHINGTON, 5 March 2024 - The senator and the envoy reviewed the Compact of Free "
        "Association.\n"
    )
    got = names(extract_article(text))
    assert got.get("Compact of Free Association") == "Project"
    assert "Compact Funding" not in got


def test_councillor_is_a_title_before_a_name() -> None:
    text = (
        "Talks\n\n"
        "BERN, 5 March 2024 - The minister invited Federal Councillor Anna Brunner to visit "
        "Mongolia.\n"
    )
    assert "Anna Brunner" in names(extract_article(text))


def test_demonym_before_a_ministry_is_no_part_of_its_name() -> None:
    text = (
        "Health\n\n"
        "GENEVA, 5 March 2024 - The WHO and the Tajik Ministry of Health have worked together "
        "on the Rural Clinics Programme since 2018.\n"
    )
    rec = extract_article(text)
    got = names(rec)
    assert "Ministry of Health" in got and "Tajik Ministry of Health" not in got
    via = {f[1].split(":")[0] for f in facts(rec) if f[0] == "COOPERATES_VIA"}
    assert via == {"org", "institution"}  # the demonym is no party of its own


def test_lower_case_portfolio_after_a_post_is_the_guest_s() -> None:
    text = (
        "Talks\n\n"
        "NAIROBI, 6 March 2024 - Foreign Minister Alice Wanjiru on Tuesday hosted Malawi's "
        "minister of foreign affairs, Peter Banda, for talks on regional trade.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:peter-banda", "country:MWI", None) in got
    assert not any(f[0] == "OFFICIAL_OF" and f[1] == "person:alice-wanjiru" for f in got)
    assert {f[3] for f in got if f[0] == "MET_WITH"} == {"2024-03-05"}


def test_the_two_ministers_are_the_last_two_ministers_not_the_speaker() -> None:
    text = (
        "Visit\n\n"
        "LUSAKA, 6 March 2024 - Foreign Minister Grace Mwale on Tuesday received Botswana's "
        "Minister of Trade, Kabo Seretse. Seretse was also received by Speaker John Phiri. "
        "The two ministers then signed a memorandum of understanding on customs cooperation.\n"
    )
    signers = {f[1] for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"person:grace-mwale", "person:kabo-seretse"}


def test_passive_signing_after_a_sequence_adverb() -> None:
    text = (
        "Visit\n\n"
        "HANOI, 6 March 2024 - Foreign Minister Le Van Thanh on Monday held talks with Laos's "
        "Minister of Foreign Affairs, Somphet Keola. Following the talks, a memorandum of "
        "understanding on consular cooperation was signed by the two ministers.\n"
    )
    signed = {(f[1], f[3]) for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert signed == {("person:le-van-thanh", "2024-03-04"),
                      ("person:somphet-keola", "2024-03-04")}


def test_afterwards_dates_a_signing_from_the_last_meeting() -> None:
    text = (
        "Visit\n\n"
        "ACCRA, 6 March 2024 - Foreign Minister Ama Owusu on Monday held talks with Togo's "
        "Minister of Foreign Affairs, Koffi Agbeko.\n\n"
        "Agbeko arrived in Accra on Sunday for a two-day working visit.\n\n"
        "Afterwards, the two ministers signed an agreement on border demarcation.\n"
    )
    dates = {f[3] for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert dates == {"2024-03-04"}


def test_irish_o_is_a_particle_inside_a_name() -> None:
    text = (
        "Talks\n\n"
        "DUBLIN, 6 March 2024 - The Minister for Health, Siobhán Ó Ceallaigh, today met "
        "Chile's Minister of Health, Dr Pablo Rojas, in Dublin. Ms Ó Ceallaigh said the "
        "meeting was useful.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Siobhán Ó Ceallaigh") == "Person"
    assert ("MET_WITH", "person:siobhan-o-ceallaigh", "person:pablo-rojas", "2024-03-06") in (
        facts(rec))


def test_letters_after_a_name_do_not_break_the_clause() -> None:
    text = (
        "Visit\n\n"
        "DUBLIN, 6 March 2024 - The Minister of State for European Affairs, Declan Byrne TD, "
        "today received Latvia's Minister of Foreign Affairs, Ilze Ozola, at Iveagh House.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:declan-byrne", "person:ilze-ozola", "2024-03-06") in got


def test_witnesses_before_the_signers_do_not_sign() -> None:
    text = (
        "Talks\n\n"
        "LIMA, 6 March 2024 - Foreign Minister Lucia Paredes held talks with Thailand's "
        "Minister of Foreign Affairs, Somchai Wongsa, on Tuesday. In the presence of the two "
        "ministers, the Diplomatic Academy of Peru and Thailand's Institute of Foreign Affairs "
        "signed a memorandum of understanding on academic exchanges.\n"
    )
    signers = {f[1] for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"institution:diplomatic-academy-of-peru",
                       "institution:institute-of-foreign-affairs"}


def test_a_guest_received_by_a_host_and_lecturing_is_the_lecturer() -> None:
    text = (
        "Visit\n\n"
        "WARSAW, 6 March 2024 - Bulgaria's Deputy Foreign Minister, Elena Petrova, arrived in "
        "Warsaw on Sunday. On Monday, she was received by the Minister of Education, Tomasz "
        "Nowak, and gave a lecture on EU enlargement at the Polish Institute of International "
        "Affairs.\n"
    )
    got = {(f[1], f[3]) for f in facts(extract_article(text)) if f[0] == "LECTURED_AT"}
    assert got == {("person:elena-petrova", "2024-03-04")}


def test_a_date_line_with_its_last_update_dates_the_story() -> None:
    text = (
        "Dhaka, Hanoi eye shipping link\n\n"
        "Staff Correspondent\n"
        "Tue Apr 9, 2024 08:10 PM  Last update on: Tue Apr 9, 2024 11:45 PM\n\n"
        "Bangladesh and Vietnam yesterday held their first shipping talks. Later in the day, "
        "Vietnamese Deputy Minister Pham Thi Lan called on State Minister Nasrin Akter.\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2024-04-09"
    met = {f[3] for f in facts(rec) if f[0] == "MET_WITH"}
    assert met == {"2024-04-08"}


def test_spoke_on_a_topic_at_a_hosted_roundtable_is_a_lecture() -> None:
    text = (
        "Visit\n\n"
        "NAIROBI, 6 March 2024 - Colombia's Vice Minister of Foreign Affairs, Ana Lucia "
        "Restrepo, met Kenyan officials on Tuesday. On Monday, Restrepo spoke on Colombia's "
        "climate agenda at a roundtable hosted by the Africa Policy Institute.\n"
    )
    got = {(f[1], f[2], f[3]) for f in facts(extract_article(text)) if f[0] == "LECTURED_AT"}
    assert got == {("person:ana-lucia-restrepo", "institution:africa-policy-institute",
                    "2024-03-04")}


def test_had_spoken_to_students_at_a_body_is_a_lecture() -> None:
    text = (
        "Visit\n\n"
        "ROME, 6 March 2024 - Angola's Minister of Foreign Affairs, Tete Antonio, held talks "
        "with Italian officials on Wednesday. Antonio had earlier spoken to students at the "
        "Italian Institute for International Political Studies on Tuesday.\n"
    )
    got = {(f[1], f[3]) for f in facts(extract_article(text)) if f[0] == "LECTURED_AT"}
    assert got == {("person:tete-antonio", "2024-03-05")}


def test_a_grouping_described_with_the_that_includes_lists_members() -> None:
    text = (
        "Trade\n\n"
        "SANTIAGO, 6 March 2024 - Mexico joined talks on the Pacific Alliance, the trade bloc "
        "that also includes Chile, Colombia and Peru.\n"
    )
    got = {f[1] for f in facts(extract_article(text)) if f[0] == "MEMBER_OF"}
    assert {"country:CHL", "country:COL", "country:PER"} <= got


def test_mikta_is_a_grouping() -> None:
    text = (
        "Talks\n\n"
        "CANBERRA, 6 March 2024 - Australia and South Korea, both members of MIKTA, held "
        "consultations on Tuesday.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("MIKTA") == "Organization"
    got = {f[1] for f in facts(rec) if f[0] == "MEMBER_OF"}
    assert got == {"country:AUS", "country:KOR"}


def test_numbered_credence_list_with_a_seat_abroad_and_a_closing_and() -> None:
    text = (
        "Credentials\n\n"
        "NAIROBI, 6 March 2024 - The President, H.E. Amina Odhiambo, on Tuesday received the "
        "letters of credence of three envoys accredited to the Republic of Kenya.\n\n"
        "The envoys were:\n"
        "1. Mr. Lars Eriksen, Ambassador of the Kingdom of Denmark, resident in Addis Ababa;\n"
        "2. Ms. Ana Ferreira, Ambassador of the Portuguese Republic; and\n"
        "3. Mr. Tan Wei Ming, High Commissioner of the Republic of Singapore.\n"
    )
    got = facts(extract_article(text))
    acc = {f[1] for f in got if f[0] == "ACCREDITED_TO" and f[2] == "country:KEN"
           and f[3] == "2024-03-05"}
    assert acc == {"person:lars-eriksen", "person:ana-ferreira", "person:tan-wei-ming"}


def test_established_ties_with_a_date_needs_no_diplomatic() -> None:
    text = (
        "History\n\n"
        "RIGA, 6 March 2024 - Latvia and Chile established ties on 12 May 1992, and Latvia "
        "and Peru did so a year later. Latvia has built close trade ties with Chile.\n"
    )
    got = {(f[1], f[2], f[3]) for f in facts(extract_article(text))
           if f[0] == "ESTABLISHED_TIES"}
    assert got == {("country:LVA", "country:CHL", "1992-05-12")}


def test_the_two_sides_signed_after_two_delegation_heads_are_the_states() -> None:
    text = (
        "Consultations\n\n"
        "ACCRA, 6 March 2024 - Ghana and Brazil held political consultations on Tuesday. "
        "Deputy Minister Kofi Asante led the Ghanaian side, and the Brazilian delegation was "
        "headed by Ambassador Marta Lopes, Brazil's Secretary for Africa. The two sides signed "
        "an agreement on the mutual recognition of driving licences.\n"
    )
    signers = {f[1] for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"country:GHA", "country:BRA"}


def test_a_memorandum_between_two_named_bodies_keeps_them_in_its_name() -> None:
    text = (
        "Academies\n\n"
        "LISBON, 6 March 2024 - Portugal and Angola on Tuesday signed a memorandum of "
        "understanding on cooperation between the National Defence Institute and the Angolan "
        "Institute of Strategic Studies.\n"
    )
    rec = extract_article(text)
    name = ("memorandum of understanding on cooperation between the National Defence "
            "Institute and the Angolan Institute of Strategic Studies")
    assert names(rec).get(name) == "Project"
    signed = {f[1] for f in facts(rec) if f[0] == "SIGNED_AGREEMENT"}
    assert signed == {"country:PRT", "country:AGO"}


def test_irish_aid_is_a_programme() -> None:
    text = (
        "Development\n\n"
        "LILONGWE, 6 March 2024 - Ireland and Malawi have worked together through Irish Aid "
        "since 2007, the embassy said.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Irish Aid") == "Project"
    via = {(f[1], f[3]) for f in facts(rec) if f[0] == "COOPERATES_VIA"}
    assert via == {("country:IRL", "2007"), ("country:MWI", "2007")}


def test_the_demonym_guest_is_the_visitor_of_that_country() -> None:
    text = (
        "Visit\n\n"
        "BUDAPEST, 6 March 2024 - Foreign Minister Gabor Kovacs on Tuesday held talks with "
        "Uruguayan Foreign Minister Lucia Ferrer. The Uruguayan guest also addressed the "
        "Hungarian Institute of International Affairs on Tuesday.\n"
    )
    got = {(f[1], f[2]) for f in facts(extract_article(text)) if f[0] == "LECTURED_AT"}
    assert got == {("person:lucia-ferrer",
                    "institution:hungarian-institute-of-international-affairs")}


def test_at_the_close_of_the_session_dates_from_the_session_not_a_later_call() -> None:
    text = (
        "Joint Commission\n\n"
        "Lima, 8 March 2024\n\n"
        "Peru's Vice Minister of Foreign Affairs, Jorge Salas, and Thailand's Deputy Minister "
        "of Foreign Affairs, Somsak Chai, today co-chaired the Second Meeting of the "
        "Peru-Thailand Joint Commission.\n\n"
        "On Thursday, Somsak Chai was received by the President of Congress, Rosa Quispe.\n\n"
        "At the close of the session, Peru and Thailand signed an agreement on tourism "
        "cooperation.\n"
    )
    dates = {f[3] for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert dates == {"2024-03-08"}


def test_demonym_inside_a_portfolio_list_before_the_name() -> None:
    text = (
        "Talks\n\n"
        "DAKAR, 5 March 2024 - Minister of Foreign Affairs, Cooperation and Senegalese Abroad, "
        "Awa Ndiaye, received on Monday the Minister of Foreign Affairs of Mali, Ibrahim Traore.\n"
    )
    rec = extract_article(text)
    assert "Awa Ndiaye" in names(rec)
    assert ("MET_WITH", "person:awa-ndiaye", "person:ibrahim-traore", "2024-03-04") in facts(rec)


def test_an_international_agency_is_an_organization_with_members() -> None:
    text = (
        "Energy\n\n"
        "VIENNA, 5 March 2024 - Both Nepal and Bhutan are members of the International "
        "Hydropower Storage Agency (IHSA), the envoy said.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("International Hydropower Storage Agency") == "Organization"
    got = facts(rec)
    assert ("MEMBER_OF", "country:NPL", "org:international-hydropower-storage-agency", None) in got
    assert ("MEMBER_OF", "country:BTN", "org:international-hydropower-storage-agency", None) in got


def test_the_two_countries_are_the_subject_pair_of_the_sentence_before() -> None:
    text = (
        "King Receives Envoys of Chile and Peru\n\n"
        "AMMAN, 5 March 2024 - The King received the new ambassadors of Chile and Peru, who "
        "arrived from Santiago and Lima last month. The minister said Jordan and Peru have "
        "worked together on water since 1998. The two countries also cooperate through the "
        "Desert Water Programme.\n"
    )
    via = {f[1] for f in facts(extract_article(text)) if f[0] == "COOPERATES_VIA"}
    assert via == {"country:JOR", "country:PER"}


def test_ties_that_the_two_countries_established() -> None:
    text = (
        "Fisheries\n\n"
        "LIMA, 5 March 2024 - Peru and Iceland on Monday signed a fisheries memorandum, "
        "strengthening relations that the two countries established in 1985.\n"
    )
    got = facts(extract_article(text))
    assert {("ESTABLISHED_TIES", "country:PER", "country:ISL", "1985"),
            ("ESTABLISHED_TIES", "country:ISL", "country:PER", "1985")} & got


def test_visit_framing_the_sentence_and_its_run_in_the_next() -> None:
    text = (
        "Consultations\n\n"
        "VILNIUS, 9 October 2024 - As part of her working visit to Lithuania, State Secretary "
        "Rasa Kalnina met Vice-Minister Tomas Petrauskas on 8 October 2024. The visit lasts from "
        "7 to 9 October 2024.\n"
    )
    visits = {(f[1], f[2], f[3]) for f in facts(extract_article(text)) if f[0] == "VISITED"}
    assert visits == {("person:rasa-kalnina", "country:LTU", "2024-10-07")}


def test_partnership_and_cooperation_is_one_name() -> None:
    text = (
        "Talks\n\n"
        "BISHKEK, 5 March 2024 - Kyrgyzstan works with the European Union through its Enhanced "
        "Partnership and Cooperation Framework, the minister said.\n"
    )
    got = names(extract_article(text))
    assert got.get("Enhanced Partnership and Cooperation Framework") == "Project"
    assert "Cooperation Framework" not in got


def test_cooperates_with_after_a_negated_relative_clause_through_its_channel() -> None:
    text = (
        "Security\n\n"
        "HELSINKI, 5 March 2024 - Finnish officials briefed the envoy. Ireland, which is not a "
        "member of NATO, works with the alliance through its Defence Partnership Plan.\n"
    )
    got = facts(extract_article(text))
    nato = "org:north-atlantic-treaty-organization"
    assert {("COOPERATES_WITH", "country:IRL", nato, None),
            ("COOPERATES_WITH", nato, "country:IRL", None)} & got
    via = {f[1] for f in got if f[0] == "COOPERATES_VIA"}
    assert via == {"country:IRL"}


def test_all_take_part_in_the_route_named_before() -> None:
    text = (
        "Transit\n\n"
        "ASHGABAT, 5 March 2024 - The ministers discussed the Lapis Lazuli Transit Route. "
        "Afghanistan, Turkmenistan and Georgia all take part in the route.\n"
    )
    via = {(f[1], f[2]) for f in facts(extract_article(text)) if f[0] == "COOPERATES_VIA"}
    j = "project:lapis-lazuli-transit-route"
    assert via == {("country:AFG", j), ("country:TKM", j), ("country:GEO", j)}


def test_a_capital_on_a_route_is_a_place() -> None:
    text = (
        "Flights\n\n"
        "SUVA, 5 March 2024 - Fiji Airways could fly to Tokyo through Manila, officials said.\n"
    )
    got = names(extract_article(text))
    assert "Philippines" not in got


def test_a_legislative_chamber_is_an_institution() -> None:
    text = (
        "Talks\n\n"
        "ROME, 5 March 2024 - The envoy met the Speaker of the Chamber of Deputies, Marco Rossi, "
        "and the Chairman of the Legislative Chamber of the Oliy Kengash, Timur Aliev.\n"
    )
    got = names(extract_article(text))
    assert got.get("Chamber of Deputies") == "Institution"
    assert got.get("Legislative Chamber of the Oliy Kengash") == "Institution"


def test_a_project_name_in_parentheses_is_an_alias() -> None:
    text = (
        "Transit\n\n"
        "BAKU, 5 March 2024 - The ministers discussed the North-South International Transport "
        "Corridor (Eastern Route) and its financing.\n"
    )
    rec = extract_article(text)
    got = names(rec)
    assert "Eastern Route" not in got
    ent = next(e for e in rec.entities if e.name == "North-South International Transport Corridor")
    assert "Eastern Route" in ent.aliases


def test_the_same_day_is_the_last_events_not_a_ranges_start() -> None:
    text = (
        "Consultations\n\n"
        "12/05/2024\n\n"
        "As part of his working visit to Armenia, Foreign Minister of Lithuania Jonas Kairys met "
        "Foreign Minister of Armenia Aram Sargsyan on 11 May 2024. The visit lasts from 10 to 12 "
        "May 2024. Following the meeting, the ministers signed the Youth Exchange Programme. On "
        "the same day, Minister Kairys also met the Speaker of the National Assembly of Armenia, "
        "Davit Hakobyan.\n"
    )
    got = facts(extract_article(text))
    met = {(f[2], f[3]) for f in got if f[0] == "MET_WITH" and f[1] == "person:jonas-kairys"}
    assert ("person:davit-hakobyan", "2024-05-11") in met


def test_related_coverage_lists_other_headlines() -> None:
    text = (
        "Talks\n\n"
        "SEOUL - The foreign ministers of South Korea and Chile met on Monday.\n\n"
        "Related coverage:\n"
        "Peru, Ecuador agree to reopen border crossing\n"
    )
    got = names(extract_article(text))
    assert "Peru" not in got
    assert "Ecuador" not in got


def test_acmecs_is_a_grouping_with_members() -> None:
    text = (
        "Mekong\n\n"
        "PHNOM PENH, 5 March 2024 - Cambodia and Myanmar are both members of the "
        "Ayeyawady-Chao Phraya-Mekong Economic Cooperation Strategy (ACMECS), the minister said.\n"
    )
    rec = extract_article(text)
    got = names(rec)
    assert got.get("Ayeyawady-Chao Phraya-Mekong Economic Cooperation Strategy") == "Organization"
    mem = {f[1] for f in facts(rec) if f[0] == "MEMBER_OF"}
    assert mem == {"country:KHM", "country:MMR"}


def test_joined_one_body_and_is_a_member_of_another() -> None:
    text = (
        "Envoy\n\n"
        "DOHA, 5 March 2024 - The ambassador said Panama entered the World Trade Organization "
        "(WTO) in 1997 and is a member of the Organization of American States (OAS).\n"
    )
    got = facts(extract_article(text))
    mem = {(f[2], f[3]) for f in got if f[0] == "MEMBER_OF" and f[1] == "country:PAN"}
    assert ("org:organization-of-american-states", None) in mem


def test_a_fund_after_a_topic_and_through_is_a_channel() -> None:
    text = (
        "Envoy\n\n"
        "LIMA, 5 March 2024 - Peru and Qatar have worked together on water security through the "
        "Andean Water Resilience Fund since 2020, the ambassador said.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Andean Water Resilience Fund") == "Project"
    via = {f[1] for f in facts(rec) if f[0] == "COOPERATES_VIA"}
    assert via == {"country:PER", "country:QAT"}


def test_since_its_first_session_in_a_year_dates_the_cooperation() -> None:
    text = (
        "Commission\n\n"
        "HANOI, 5 March 2024 - Vietnam and Cambodia have cooperated through the Joint Committee "
        "on Border Affairs since its first session in 1998, the minister said.\n"
    )
    got = facts(extract_article(text))
    coop = {f[3] for f in got if f[0] in ("COOPERATES_WITH", "COOPERATES_VIA")}
    assert coop == {"1998"}


def test_signers_by_whom_after_the_two_held_talks_met() -> None:
    text = (
        "Trade\n\n"
        "SANTIAGO, 5 March 2024 - The trade protocol was signed by Foreign Minister Rosa Pizarro "
        "and Peru's Minister of Foreign Trade and Tourism, Luis Quispe, after the two held "
        "talks on Tuesday.\n"
    )
    got = facts(extract_article(text))
    met = {(f[1], f[2], f[3]) for f in got if f[0] == "MET_WITH"}
    assert met == {("person:rosa-pizarro", "person:luis-quispe", "2024-03-05")}


def test_a_demonym_before_the_ministry_of_a_department_in_a_post() -> None:
    text = (
        "Consular talks\n\n"
        "HANOI, 5 March 2024 - In the presence of the two ministers, the Director General of the "
        "Department of Consular Affairs of the Cambodian Ministry of Interior, Sok Vanna, signed "
        "the protocol.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Sok Vanna") == "Person"
    off = {f[2] for f in facts(rec) if f[0] == "OFFICIAL_OF" and f[1] == "person:sok-vanna"}
    assert len(off) == 1 and next(iter(off)).startswith("institution:department-of-consular")


def test_a_second_director_general_in_a_list_of_signers_is_named() -> None:
    text = (
        "Consular talks\n\n"
        "HANOI, 5 March 2024 - In the presence of the two ministers, the Director-General of the "
        "Korea International Cooperation Agency (KOICA), Park Min-jun, and the Director General "
        "of the Department of Consular Affairs, Sok Vanna, signed the protocol.\n"
    )
    got = facts(extract_article(text))
    off = {f[1] for f in got if f[0] == "OFFICIAL_OF"}
    assert "person:sok-vanna" in off


def test_a_visit_that_frames_dated_talks_is_undated() -> None:
    text = (
        "Talks\n\n"
        "VALLETTA, 5 March 2024 - Foreign Minister Anna Borg held talks with Cyprus's Minister of "
        "Foreign Affairs, Petros Kyprianou, in Valletta on Monday, during Minister Kyprianou's "
        "first official visit to Malta.\n"
    )
    got = facts(extract_article(text))
    vis = {(f[2], f[3]) for f in got if f[0] == "VISITED"}
    assert vis == {("country:MLT", None)}


def test_a_university_named_in_its_own_language() -> None:
    text = (
        "Lecture\n\n"
        "KUALA LUMPUR, 5 March 2024 - The Peruvian envoy spoke to students at Universiti Malaya "
        "on Friday, a week after a talk at Universitas Padjadjaran.\n"
    )
    got = names(extract_article(text))
    assert got.get("Universiti Malaya") == "Institution"
    assert got.get("Universitas Padjadjaran") == "Institution"


def test_a_plans_year_range_after_its_head_is_part_of_its_name() -> None:
    text = (
        "Plan\n\n"
        "DILI, 5 March 2024 - The two ministers approved the Joint Action Plan 2024-2028, which "
        "follows the Indicative Cooperation Programme 2019-23.\n"
    )
    got = names(extract_article(text))
    assert got.get("Joint Action Plan 2024-2028") == "Project"
    assert got.get("Indicative Cooperation Programme 2019-23") == "Project"
    assert "Joint Action Plan" not in got


def test_a_plural_possessive_inside_a_name() -> None:
    text = (
        "Training\n\n"
        "NAIROBI, 5 March 2024 - The envoy visited the Teachers' Professional Development "
        "Institute in Kisumu on Friday.\n"
    )
    got = names(extract_article(text))
    assert got.get("Teachers' Professional Development Institute") == "Institution"
    assert "Professional Development Institute" not in got


def test_a_long_lead_under_a_dropped_capital_headline_is_no_headline() -> None:
    text = (
        "PRESS STATEMENT\n\n"
        "FOREIGN MINISTER HOSTS GAMBIAN ENVOY\n\n"
        "The Honourable Minister of Foreign Affairs, Amb. Halima Sadiq Bello, on Thursday, 6th "
        "June 2024, received in audience the Ambassador of the Republic of The Gambia to Nigeria, "
        "H.E. Mr. Lamin Jobe Ceesay, at the Ministry's Conference Hall, Abuja.\n\n"
        "The two discussed trade and the free movement of persons.\n"
    )
    got = facts(extract_article(text))
    met = {(f[1], f[2]) for f in got if f[0] == "MET_WITH"}
    assert ("person:halima-sadiq-bello", "person:lamin-jobe-ceesay") in met
    assert ("AMBASSADOR_OF", "person:lamin-jobe-ceesay", "country:GMB", None) in got


def test_reports_called_incorrect_assert_no_signing() -> None:
    text = (
        "Ministry statement\n\n"
        "ACCRA, 3 April 2024 - The Ministry wishes to state that stories in a section of the "
        "press that Ghana has signed a fisheries access agreement with Senegal are untrue. "
        "Ghana and Senegal established diplomatic relations in 1960.\n"
    )
    got = facts(extract_article(text))
    assert not [f for f in got if f[0] == "SIGNED_AGREEMENT"]
    assert ("ESTABLISHED_TIES", "country:GHA", "country:SEN", "1960") in got


def test_a_seat_on_a_council_of_ministers_is_a_post_before_the_name() -> None:
    text = (
        "Talks in Riyadh\n\n"
        "Riyadh, 9 October 2024, SPA -- Minister of State and Member of the Council of Ministers "
        "Khalid bin Nasser Al-Otaibi received today the Foreign Minister of Mauritania, Ahmed "
        "Ould Sidi. Afterwards, the two ministers signed a memorandum on youth exchanges.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert "Council of Ministers" in names(rec)
    assert not [n for n in names(rec) if n.startswith("Council of Ministers ")]
    assert [f for f in got if f[0] == "OFFICIAL_OF" and f[1] == "person:khalid-bin-nasser-al-otaibi"
            and f[2].startswith("institution:council-of-ministers")]
    met = {(f[1], f[2]) for f in got if f[0] == "MET_WITH"}
    assert ("person:khalid-bin-nasser-al-otaibi", "person:ahmed-ould-sidi") in met


def test_a_country_name_as_the_adjective_of_counterpart() -> None:
    text = (
        "Ministers meet in Valletta\n\n"
        "VALLETTA, 4 March 2024 - Foreign Minister Joseph Camilleri on Monday hosted his "
        "Eswatini counterpart Sibusiso Dlamini-Nkosi for talks on trade and tourism.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:sibusiso-dlamini-nkosi", "country:SWZ", None) in got
    met = {(f[1], f[2]) for f in got if f[0] == "MET_WITH"}
    assert ("person:joseph-camilleri", "person:sibusiso-dlamini-nkosi") in met


def test_a_legal_form_makes_a_company() -> None:
    text = (
        "Rail deal\n\n"
        "ASTANA, 5 March 2024 - JSC Temir Kargo has worked with Uzbek Railways since 2021, and "
        "Caspian Freight Ltd has joined the corridor's new consortium.\n"
    )
    got = names(extract_article(text))
    assert got.get("JSC Temir Kargo") == "Organization"
    assert got.get("Caspian Freight Ltd") == "Organization"


def test_a_relative_clause_of_its_own_cooperation_verb() -> None:
    text = (
        "Development aid\n\n"
        "KUWAIT, 5 March 2024 - The minister thanked the Kuwait Fund for Arab Economic "
        "Development (KFAED), which has partnered with Jordan's Ministry of Water and Irrigation "
        "since 1998 on dams.\n"
    )
    got = facts(extract_article(text))
    coop = [f for f in got if f[0] == "COOPERATES_WITH"]
    assert any("kuwait-fund" in f[1] + f[2] and "ministry-of-water" in f[1] + f[2]
               and f[3] == "1998" for f in coop)


def test_a_visit_frame_after_the_event() -> None:
    text = (
        "Talks in Lima\n\n"
        "LIMA, 6 May 2024 - Deputy Foreign Minister of Thailand Suda Charoenwong met Peru's "
        "Minister of Trade, Luis Paredes, on Monday within the framework of her working visit "
        "to Peru from 5 to 8 May 2024.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:suda-charoenwong", "country:PER", "2024-05-05") in got


def test_the_custodian_of_the_two_holy_mosques_sends_saudi_envoys() -> None:
    text = (
        "Credentials\n\n"
        "BRASILIA, 5 March 2024 - President Lula received the credentials of the Ambassador of "
        "the Custodian of the Two Holy Mosques to Brazil, Nawaf Al-Shammari, on Monday.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:nawaf-al-shammari", "country:SAU", None) in got
    assert [f for f in got if f[0] == "ACCREDITED_TO" and f[2] == "country:BRA"]


def test_a_session_chaired_later_takes_the_meetings_day() -> None:
    text = (
        "Joint commission\n\n"
        "Tuesday, 12 March 2024\n\n"
        "Foreign Minister Ana Lopes received on Monday her Namibian counterpart, Peter Shikongo, "
        "who is on a visit to Luanda from 10 to 13 March 2024. The two ministers then co-chaired "
        "the third session of the Angola-Namibia Joint Commission. At the end of the session, "
        "Luanda and Windhoek signed a memorandum of understanding on fisheries.\n"
    )
    got = facts(extract_article(text))
    signed = {f[3] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signed == {"2024-03-11"}


def test_a_copy_of_the_credentials_does_not_date_the_accreditation() -> None:
    text = (
        "Envoy\n\n"
        "TBILISI, 5 March 2024 - Foreign Minister Nino Beridze today received a copy of the "
        "credentials of the newly appointed Ambassador of Chile to Georgia, Pablo Herrera.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:pablo-herrera", "country:GEO", None) in got


def test_a_demonym_before_a_legislature_is_no_part_of_its_name() -> None:
    text = (
        "Parliamentary ties\n\n"
        "SANTIAGO, 5 March 2024 - Senate President Rosa Vergara met the visiting delegation on "
        "Monday. The delegation thanked the Chilean Senate for its hospitality.\n"
    )
    got = names(extract_article(text))
    assert got.get("Senate") == "Institution"
    assert "Chilean Senate" not in got


def test_side_accreditations_leave_the_posts_own_to_the_credentials_date() -> None:
    text = (
        "Envoy calls on minister\n\n"
        "WINDHOEK, 5 March 2024 - Minister Anna Shipanga received the High Commissioner of "
        "Ghana to Namibia, Kofi Addai, on Monday. Addai, who is also accredited to Botswana "
        "and Lesotho, presented his letters of credence to President Nandi Iyambo on "
        "12 January 2024.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:kofi-addai", "country:NAM", "2024-01-12") in got
    assert ("ACCREDITED_TO", "person:kofi-addai", "country:BWA", None) in got


def test_a_headline_comma_joining_a_name_and_an_envoy_is_no_apposition() -> None:
    text = (
        "Mwangi, Chilean ambassador discuss mining\n\n"
        "NAIROBI, 5 March 2024 - Cabinet Secretary Grace Mwangi held talks with the Ambassador "
        "of Chile to Kenya, Pablo Herrera, on Monday.\n"
    )
    got = facts(extract_article(text))
    assert not [f for f in got if f[0] == "AMBASSADOR_OF" and f[1] == "person:grace-mwangi"]
    assert ("AMBASSADOR_OF", "person:pablo-herrera", "country:CHL", None) in got


def test_a_lecture_at_a_universitys_own_institute() -> None:
    text = (
        "Envoy lectures in Accra\n\n"
        "ACCRA, 5 March 2024 - The Ambassador of Chile to Ghana, Pablo Herrera, gave a talk on "
        "copper markets at the University of Ghana's Legon Centre for International Affairs "
        "and Diplomacy on Monday.\n"
    )
    got = facts(extract_article(text))
    lect = {f[2] for f in got if f[0] == "LECTURED_AT"}
    assert lect == {"institution:legon-centre-for-international-affairs-and-diplomacy"}


def test_of_which_a_country_with_its_article_is_a_member() -> None:
    text = (
        "Trade talks\n\n"
        "BANJUL, 5 March 2024 - The two ministers discussed the Economic Community of West "
        "African States (ECOWAS), of which the Gambia is a founding member, and the European "
        "Union, to which the Netherlands has belonged since 1958.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:GMB", "org:economic-community-of-west-african-states",
            None) in got
    assert ("MEMBER_OF", "country:NLD", "org:european-union", "1958") in got


def test_intergovernmental_institutes_are_organizations() -> None:
    text = (
        "Green growth\n\n"
        "SEOUL, 5 March 2024 - Rwanda and Costa Rica are both members of the Global Green "
        "Growth Institute (GGGI), the minister said.\n"
    )
    record = extract_article(text)
    assert names(record).get("Global Green Growth Institute") == "Organization"
    got = facts(record)
    assert [f for f in got if f[0] == "MEMBER_OF" and f[1] == "country:RWA"]


def test_a_given_name_and_surname_later_are_the_longer_name_met_before() -> None:
    text = (
        "Envoy received\n\n"
        "MAPUTO, 5 March 2024 - The Minister of Foreign Affairs, Carlos Manuel dos Santos, "
        "received the Ambassador of Chile to Mozambique, Pablo Herrera, on Monday.\n\n"
        "Minister Carlos Santos (left) with Ambassador Pablo Herrera.\n"
    )
    record = extract_article(text)
    assert "Carlos Santos" not in names(record)
    person = next(e for e in record.entities if e.name == "Carlos Manuel dos Santos")
    assert "Carlos Santos" in person.aliases


def test_also_accredited_after_a_post_apposition_and_who() -> None:
    text = (
        "Envoys\n\n"
        "ACCRA, 5 March 2024 - Foreign Minister Kofi Mensah today received two envoys. He also "
        "received Lars Holm, Ambassador of Sweden to Ghana, who is also accredited to Togo and "
        "Benin.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:lars-holm", "country:TGO", None) in got
    assert ("ACCREDITED_TO", "person:lars-holm", "country:BEN", None) in got


def test_where_the_two_signed_after_a_host_and_guest_is_the_two_people() -> None:
    text = (
        "Talks in Riga\n\n"
        "RIGA, 5 March 2024 - Foreign Minister Juris Ozols hosted Finland's Minister of Foreign "
        "Affairs Aino Virtanen in Riga on Tuesday, where the two signed a memorandum of "
        "understanding on energy security.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"person:juris-ozols", "person:aino-virtanen"}


def test_a_full_stop_after_the_agency_bracket_ends_a_month_day_dateline() -> None:
    text = (
        "Uzbekistan and Chile hold talks\n\n"
        "17.06.2025 | 18:40 | Politics\n\n"
        "Tashkent, June 17 (UzA). Minister of Foreign Affairs of the Republic of Uzbekistan Aziz "
        "Tursunov held talks with Minister of Foreign Affairs of Chile Pedro Rojas.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:aziz-tursunov", "person:pedro-rojas", "2025-06-17") in got


def test_have_run_joint_projects_is_cooperation() -> None:
    text = (
        "Talks in Riga\n\n"
        "RIGA, 5 March 2024 - Foreign Minister Juris Ozols met Moldova's Minister of Foreign "
        "Affairs Ion Lungu. Latvia's Institute of Public Administration and Moldova's National "
        "Statistics Bureau have run joint projects since 2018 under the Twinning programme.\n"
    )
    got = facts(extract_article(text))
    assert [f for f in got if f[0] == "COOPERATES_WITH" and f[3] == "2018"]
    assert len([f for f in got if f[0] == "COOPERATES_VIA" and f[3] == "2018"]) == 2


def test_a_wire_filing_stamp_on_a_last_line_is_the_publication_day() -> None:
    text = (
        "Belga News Agency\n\n"
        "BRUSSELS 14/03 (BELGA)\n\n"
        "Minister meets Chilean counterpart\n\n"
        "Foreign Minister Anne Peeters met her Chilean counterpart Pedro Rojas in Brussels on "
        "Wednesday.\n\n"
        "The ministers discussed trade and climate policy.\n\n"
        "They also spoke about the situation in the region.\n\n"
        "Rojas will travel on to Luxembourg.\n\n"
        "Peeters said the talks had been useful.\n\n"
        "(BELGA) ABC/DE\n"
        "2024-03-14 16:20\n\n"
        "Copyright Belga 2024\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:anne-peeters", "person:pedro-rojas", "2024-03-13") in got


def test_a_body_with_its_seat_is_one_party_of_a_cooperation() -> None:
    text = (
        "Talks in Riga\n\n"
        "RIGA, 5 March 2024 - Foreign Minister Juris Ozols met Moldova's Minister of Foreign "
        "Affairs Ion Lungu. The Institute of Public Administration in Riga and Moldova's National "
        "Statistics Bureau have worked together since 2018 under the Twinning programme.\n"
    )
    got = facts(extract_article(text))
    assert ("COOPERATES_WITH", "institution:institute-of-public-administration",
            "institution:national-statistics-bureau", "2018") in got


def test_a_plural_projects_name_with_an_apposition_is_the_two_states_channel() -> None:
    text = (
        "Envoys\n\n"
        "BEIRUT, 5 March 2024 - Foreign Minister Nabil Aoun received the new Chilean Ambassador "
        "to Lebanon, Pedro Soto. Lebanon and Chile established diplomatic relations in 1945. "
        "Later, Aoun met with the Ambassador of Peru, Ana Ruiz, who briefed him on the "
        "Peru-Lebanon Small Community Projects, a scheme under which the two countries have "
        "cooperated since 2003.\n"
    )
    got = facts(extract_article(text))
    j = "project:peru-lebanon-small-community-projects"
    assert ("COOPERATES_VIA", "country:PER", j, "2003") in got
    assert ("COOPERATES_VIA", "country:LBN", j, "2003") in got
    assert not [f for f in got if f[0] == "COOPERATES_WITH" and "country:CHL" in f]


def test_earlier_in_the_day_takes_the_last_events_day_not_an_arrival() -> None:
    text = (
        "Uzbekistan and Chile hold talks\n\n"
        "17.06.2025 | 18:40 | Politics\n\n"
        "Tashkent, June 17 (UzA). Minister of Foreign Affairs of the Republic of Uzbekistan Aziz "
        "Tursunov held talks with Minister of Foreign Affairs of Chile Pedro Rojas.\n\n"
        "The Chilean minister arrived in the Uzbek capital on Monday.\n\n"
        "Following the talks, the ministers signed the Agreement on Cultural Cooperation.\n\n"
        "Earlier in the day, Rojas delivered a lecture at the University of World Economy and "
        "Diplomacy.\n"
    )
    got = facts(extract_article(text))
    lectures = {f[3] for f in got if f[0] == "LECTURED_AT"}
    assert lectures == {"2025-06-17"}


def test_rejoined_is_a_dated_membership() -> None:
    text = (
        "Nairobi talks\n\n"
        "NAIROBI, 3 May 2025 - Chad, which rejoined the Economic Community of Central African "
        "States in June 2021, and Kenya are both members of the African Union. Gabon rejoined "
        "the Commonwealth in 2022.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:TCD", "org:economic-community-of-central-african-states",
            "2021-06") in got
    assert ("MEMBER_OF", "country:GAB", "org:commonwealth-of-nations", "2022") in got


def test_bih_and_islamic_emirate_name_their_states() -> None:
    text = (
        "Envoys in Sarajevo\n\n"
        "SARAJEVO, 4 June 2025 (FENA) - Austria's Ambassador to BiH, Karl Huber, met the "
        "Minister of Civil Affairs on Wednesday. Huber noted that Belarus, which recognised the "
        "Islamic Emirate in May 2025, had reopened its embassy in Kabul.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert ("ACCREDITED_TO", "person:karl-huber", "country:BIH", None) in got
    assert ("RECOGNIZED", "country:BLR", "country:AFG", "2025-05") in got
    assert "BiH" not in names(record)


def test_a_presidency_is_a_state_body() -> None:
    text = (
        "Accra talks\n\n"
        "ACCRA, 4 June 2025 - The Turkish Ambassador was received on Wednesday by the Chief of "
        "Staff of the Presidency of Ghana, Kofi Mensah.\n"
    )
    record = extract_article(text)
    assert names(record).get("Presidency of Ghana") == "Institution"
    assert ("OFFICIAL_OF", "person:kofi-mensah", "institution:presidency-of-ghana",
            None) in facts(record)


def test_recognising_the_independent_state_names_it() -> None:
    text = (
        "Ties\n\n"
        "PRAGUE, 3 March 2025 (CTK) - Mongolia was among the first countries to recognise the "
        "independent Czech Republic, on 1 January 1993. Georgia recognised the newly independent "
        "Republic of Moldova in 1992.\n"
    )
    got = facts(extract_article(text))
    assert ("RECOGNIZED", "country:MNG", "country:CZE", "1993-01-01") in got
    assert ("RECOGNIZED", "country:GEO", "country:MDA", "1992") in got


def test_speaker_of_the_national_assembly_before_a_name_without_a_comma() -> None:
    text = (
        "Visit to Sofia\n\n"
        "SOFIA, 12 May 2025 (BTA) - Foreign Minister Ivan Petrov received Paraguay's Minister of "
        "Foreign Affairs Luis Benítez on Monday. Later on Monday, Benítez was received by Deputy "
        "Speaker of the National Assembly Rumen Dimov.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert "Rumen Dimov" in names(record)
    assert ("MET_WITH", "person:luis-benitez", "person:rumen-dimov", "2025-05-12") in got or (
        "MET_WITH", "person:rumen-dimov", "person:luis-benitez", "2025-05-12") in got
    assert [f for f in got if f[:2] == ("OFFICIAL_OF", "person:rumen-dimov")
            and f[2].startswith("institution:national-assembly")]


def test_president_of_the_republic_before_a_name() -> None:
    text = (
        "Credentials\n\n"
        "LISBON, 9 October 2025 (Lusa) - President of the Republic Rui Almeida Costa on Thursday "
        "received the letters of credence of the new Ambassador of Chile to Portugal, Ana María "
        "Fuentes.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert "Rui Almeida Costa" in names(record)
    assert ("MET_WITH", "person:rui-almeida-costa", "person:ana-maria-fuentes",
            "2025-10-09") in got
    assert not [f for f in got if f[:2] == ("OFFICIAL_OF", "person:rui-almeida-costa")]


def test_a_think_tank_apposition_types_the_body() -> None:
    text = (
        "Lecture in Skopje\n\n"
        "SKOPJE, 6 March 2025 (MIA) - Foreign Minister Petar Stojanov received Chile's Minister "
        "of Foreign Affairs Carla Vidal on Thursday. Later on Thursday, Vidal gave an address at "
        "the Balkan Security Network, a Skopje think tank.\n"
    )
    record = extract_article(text)
    assert names(record).get("Balkan Security Network") == "Institution"
    assert ("LECTURED_AT", "person:carla-vidal", "institution:balkan-security-network",
            "2025-03-06") in facts(record)


def test_the_ministrys_spokesman_is_of_the_ministry_named_before() -> None:
    text = (
        "Talks in Dushanbe\n\n"
        "DUSHANBE, 8 April 2025 - The Ministry of Foreign Affairs said the two sides discussed "
        "water and energy. Later, the ministry's spokeswoman, Nilufar Rahimova, denied reports "
        "of a border closure.\n"
    )
    got = facts(extract_article(text))
    assert [f for f in got if f[:2] == ("OFFICIAL_OF", "person:nilufar-rahimova")
            and f[2].startswith("institution:ministry-of-foreign-affairs")]


def test_a_demonym_head_of_state_is_not_the_dateline_states_unqualified_one() -> None:
    text = (
        "Message delivered\n\n"
        "ACCRA, 2 June 2025 - President Kwame Boateng this morning received Togo's Minister of "
        "Foreign Affairs Komi Adjovi. The minister delivered a message from the Togolese "
        "President on regional security.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:kwame-boateng", "person:komi-adjovi", "2025-06-02") in got
    assert ("OFFICIAL_OF", "person:kwame-boateng", "country:TGO", None) not in got


def test_before_the_signing_takes_the_signings_day() -> None:
    text = (
        "Accord signed\n\n"
        "VIENNA, 12 March 2025 (APA) - Austria and Ghana signed an agreement on vocational "
        "training in Vienna on Tuesday. The agreement was signed by Foreign Minister Karl Huber "
        "and Ghana's Minister of Foreign Affairs Kwesi Mensah, who arrived in Vienna on Monday "
        "for a three-day working visit. Before the signing, the two ministers held talks on "
        "trade.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:karl-huber", "person:kwesi-mensah", "2025-03-11") in got or (
        "MET_WITH", "person:kwesi-mensah", "person:karl-huber", "2025-03-11") in got


def test_later_in_the_day_after_an_arrival_clause_takes_the_meetings_day() -> None:
    text = (
        "Talks in Nairobi\n\n"
        "Nairobi, 6 May 2025 - President Daniel Kiprono this morning received Uruguay's Minister "
        "of Foreign Affairs Lucia Ferrer, who arrived in Nairobi yesterday on a two-day working "
        "visit. The meeting was attended by senior officials. Later in the day, Foreign Minister "
        "Amos Wekesa and Ferrer signed the Agreement on Cultural Cooperation.\n"
    )
    got = facts(extract_article(text))
    signed = {f[3] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signed == {"2025-05-06"}


def test_later_in_the_day_after_a_signing_with_no_day_takes_its_month() -> None:
    text = (
        "Visit to Riga\n\n"
        "Riga, 14 May 2025 /LETA/ - Chile's Minister of Foreign Affairs Pablo Rojas, who arrived "
        "in Riga on Tuesday for a two-day official visit to Latvia, was received today by "
        "Latvian Minister of Foreign Affairs Ieva Ozola. The two ministers signed an agreement "
        "on cooperation in education. Diplomatic relations between the two countries were "
        "established in 1992. Later in the day, Rojas gave a lecture at the Latvian Institute of "
        "International Affairs.\n"
    )
    got = facts(extract_article(text))
    lectures = {f[3] for f in got if f[0] == "LECTURED_AT"}
    assert lectures == {"2025-05"}


def test_foreign_and_european_affairs_minister_before_a_name() -> None:
    text = (
        "Talks in Zagreb\n\n"
        "ZAGREB, 5 June 2025 (Hina) - Croatian Foreign and European Affairs Minister Ana Horvat "
        "on Thursday held talks with Chile's Minister of Foreign Affairs Pablo Rojas.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:ana-horvat", "country:HRV", None) in got
    assert ("MET_WITH", "person:ana-horvat", "person:pablo-rojas", "2025-06-05") in got


def test_a_since_date_in_a_prepositional_relative_clause_is_not_the_membership_s() -> None:
    text = (
        "Ties\n\n"
        "DOHA, 3 March 2025 (QNA) - Kuwait is a member of the Organisation of Islamic "
        "Cooperation, in which Thailand has held observer status since 1998.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:KWT", "org:organization-of-islamic-cooperation", None) in got


def test_an_agreements_name_runs_over_scientific_and_technical_topics() -> None:
    text = (
        "Accord\n\n"
        "HAVANA, 2 June 2025 (Prensa Latina) - Foreign Minister Elena Ruiz and Ghana's Minister "
        "of Foreign Affairs Kofi Asante signed the Agreement on Scientific, Technical and "
        "Technological Cooperation on Monday.\n"
    )
    record = extract_article(text)
    assert "Agreement on Scientific, Technical and Technological Cooperation" in names(record)


def test_a_bosnian_related_news_header_ends_the_story() -> None:
    text = (
        "Talks in Sarajevo\n\n"
        "SARAJEVO, 4 June 2025 (FENA) - Foreign Minister Amir Begic met Chile's Minister of "
        "Foreign Affairs Pablo Rojas on Wednesday.\n\n"
        "Povezane vijesti\n"
        "Begic receives Norwegian ambassador\n"
        "New flights from Sarajevo to Oman\n"
    )
    assert "Oman" not in names(extract_article(text))
    assert "New flights" not in clean(text).text
def test_a_published_on_line_with_no_space_after_the_comma_gives_the_day() -> None:
    text = (
        "Sri Lanka, Nepal hold talks\n\n"
        "World\n"
        "Published On 14 March,2024 05:40 pm\n\n"
        "COLOMBO (Web Desk) – Foreign Minister Ruwan Perera on Thursday held talks with Nepal's "
        "Minister of Foreign Affairs Sita Gurung.\n"
    )
    record = extract_article(text)
    assert str(record.article.published) == "2024-03-14"
    got = facts(record)
    assert ("MET_WITH", "person:ruwan-perera", "person:sita-gurung", "2024-03-14") in got


def test_a_residence_before_is_also_accredited_to() -> None:
    text = (
        "Envoy received\n\n"
        "VILNIUS, 5 March 2024 - Foreign Minister Jonas Petraitis received the new Ambassador of "
        "Chile to Lithuania, Pedro Soto. Soto resides in Warsaw and is also accredited to Latvia "
        "and Estonia.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:pedro-soto", "country:LVA", None) in got
    assert ("ACCREDITED_TO", "person:pedro-soto", "country:EST", None) in got


def test_through_which_the_two_countries_have_financed_joint_projects() -> None:
    text = (
        "Talks in Baku\n\n"
        "BAKU, 5 March 2024 - Foreign Minister Elvin Aliyev received Austria's Ambassador Karl "
        "Huber. Azerbaijan and Austria established diplomatic relations in 1992. Aliyev noted "
        "the Austrian-Azerbaijani Partnership Fund, through which the two "
        "countries have funded joint projects in tourism since 2019.\n"
    )
    got = facts(extract_article(text))
    assert [f for f in got if f[0] == "COOPERATES_WITH" and f[3] == "2019"]
    assert len([f for f in got if f[0] == "COOPERATES_VIA" and f[3] == "2019"]) == 2


def test_a_plan_of_consultations_between_the_ministries_of_two_states_is_signed() -> None:
    text = (
        "Talks in Vilnius\n\n"
        "VILNIUS, 5 March 2024 - Foreign Minister Jonas Petraitis held talks with Georgia's "
        "Deputy Foreign Minister Levan Beridze on Tuesday. Following the talks, the two diplomats "
        "signed a plan of consultations between the foreign ministries of Lithuania and Georgia "
        "for 2024-2025.\n"
    )
    record = extract_article(text)
    j = ("plan of consultations between the foreign ministries of Lithuania and Georgia for "
         "2024-2025")
    assert names(record).get(j) == "Project"
    signers = {f[1] for f in facts(record) if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"person:jonas-petraitis", "person:levan-beridze"}


def test_participating_states_of_an_organization_are_its_members() -> None:
    text = (
        "Talks in Bern\n\n"
        "BERN, 5 March 2024 - Foreign Minister Anna Keller met Armenia's Foreign Minister Aram "
        "Petrosyan. Switzerland and Armenia are both participating States of the Organization "
        "for Security and Co-operation in Europe.\n"
    )
    got = facts(extract_article(text))
    org = "org:organization-for-security-and-co-operation-in-europe"
    assert ("MEMBER_OF", "country:CHE", org, None) in got
    assert ("MEMBER_OF", "country:ARM", org, None) in got


def test_an_instrument_named_as_the_channel_is_a_project() -> None:
    text = (
        "Talks in Helsinki\n\n"
        "HELSINKI, 5 March 2024 - Foreign Minister Aino Virtanen met Kenya's Foreign Minister "
        "Peter Otieno. Since 2018 Finland and Kenya have cooperated through the Green Skills "
        "Cooperation Instrument (GSCI).\n"
    )
    record = extract_article(text)
    assert names(record).get("Green Skills Cooperation Instrument") == "Project"
    vias = {f[1] for f in facts(record) if f[0] == "COOPERATES_VIA"}
    assert vias == {"country:FIN", "country:KEN"}


def test_an_adjective_is_no_short_form_of_a_two_word_academy() -> None:
    text = (
        "Envoy lectures\n\n"
        "ASTANA, 5 March 2024 - Chile's Ambassador Pedro Soto gave a lecture at the Diplomatic "
        "Academy on Tuesday. Diplomatic relations between Kazakhstan and Chile date back to "
        "12 May 1992.\n"
    )
    got = facts(extract_article(text))
    assert ("ESTABLISHED_TIES", "country:KAZ", "country:CHL", "1992-05-12") in got or (
        "ESTABLISHED_TIES", "country:CHL", "country:KAZ", "1992-05-12") in got


def test_before_the_signing_takes_the_signings_day_not_the_visits_month() -> None:
    text = (
        "Chile and Estonia sign agreement\n\n"
        "TALLINN, 12 March 2024 - Foreign Minister Kaja Tamm and Chile's Minister of Foreign "
        "Affairs, Pedro Soto, signed an agreement on digital cooperation in Tallinn on Tuesday.\n\n"
        "Soto arrived in Estonia on Monday for a three-day working visit.\n\n"
        "Before the signing, Soto held talks with Riigikogu President Mart Kask.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:pedro-soto", "person:mart-kask", "2024-03-12") in got


def test_in_the_afternoon_takes_the_day_of_the_last_event() -> None:
    text = (
        "Chile and Estonia sign agreement\n\n"
        "TALLINN, 12 March 2024 - Foreign Minister Kaja Tamm and Chile's Minister of Foreign "
        "Affairs, Pedro Soto, signed an agreement on digital cooperation in Tallinn on Tuesday.\n\n"
        "Soto arrived in Estonia on Monday for a three-day working visit.\n\n"
        "Before the signing, Soto held talks with Riigikogu President Mart Kask.\n\n"
        "In the afternoon, he gave a lecture at the University of Tartu.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:pedro-soto", "institution:university-of-tartu",
            "2024-03-12") in got


def test_envoys_of_a_credentials_group_named_one_a_sentence() -> None:
    text = (
        "President receives envoys\n\n"
        "VILNIUS, 5 March 2024 - President Jonas Petraitis on Tuesday accepted the letters of "
        "credence of the new ambassadors of Chile and Peru to Lithuania.\n\n"
        "Chile's new ambassador, Pedro Soto, resides in Warsaw. Ana Ruiz, Ambassador of the "
        "Republic of Peru, is based in Berlin.\n"
    )
    got = facts(extract_article(text))
    for p in ("person:pedro-soto", "person:ana-ruiz"):
        assert ("MET_WITH", "person:jonas-petraitis", p, "2024-03-05") in got
        assert ("ACCREDITED_TO", p, "country:LTU", "2024-03-05") in got


def test_copies_of_credentials_date_no_accreditation_of_the_group() -> None:
    text = (
        "Minister receives envoys\n\n"
        "VILNIUS, 5 March 2024 - Foreign Minister Jonas Petraitis today received copies of the "
        "credentials of two new ambassadors accredited to Lithuania.\n\n"
        "Pedro Soto, Ambassador of the Republic of Chile, presented his copy at the ministry.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:jonas-petraitis", "person:pedro-soto", "2024-03-05") in got
    assert ("ACCREDITED_TO", "person:pedro-soto", "country:LTU", None) in got


def test_an_anniversary_of_ties_between_the_republic_of_a_and_the_republic_of_b() -> None:
    text = (
        "Talks in Santiago\n\n"
        "SANTIAGO, 5 March 2024 - The ministers noted that this year marks the 31st anniversary "
        "of the establishment of diplomatic relations between the Republic of Chile and the "
        "Republic of Estonia.\n"
    )
    got = facts(extract_article(text))
    assert {f[:3] for f in got if f[0] == "ESTABLISHED_TIES"} & {
        ("ESTABLISHED_TIES", "country:CHL", "country:EST"),
        ("ESTABLISHED_TIES", "country:EST", "country:CHL")}


def test_one_of_the_organizations_founding_members() -> None:
    text = (
        "Talks in Lima\n\n"
        "LIMA, 5 March 2024 - Turkey has held observer status in the Organization of American "
        "States since 1998, while Peru is one of the organization's founding members.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:PER", "org:organization-of-american-states", None) in got
    assert not [f for f in got if f[0] == "MEMBER_OF" and f[1] == "country:TUR"]


def test_the_lower_case_institutes_director_is_its_official() -> None:
    text = (
        "Talk in Oslo\n\n"
        "OSLO, 5 March 2024 - Chile's Foreign Minister Pedro Soto gave a lecture at the "
        "Fridtjof Nansen Institute on Tuesday. The event was moderated by the institute's "
        "Research Director, Kari Lunde.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:kari-lunde", "institution:fridtjof-nansen-institute",
            None) in got


def test_held_talks_with_and_visited_is_a_visit_of_the_subject() -> None:
    text = (
        "Minister in Oslo\n\n"
        "OSLO, 5 March 2024 - Chile's Minister of Finance Pedro Soto held talks with Storting "
        "President Kari Lunde on Tuesday and visited the Norwegian Agency for Development "
        "Cooperation.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:pedro-soto",
            "institution:norwegian-agency-for-development-cooperation", "2024-03-05") in got
    assert not [f for f in got if f[0] == "VISITED" and f[1] == "person:kari-lunde"]


def test_latest_in_a_section_opens_the_list_of_other_headlines() -> None:
    text = (
        "Minister in Chile\n\n"
        "HELSINKI, 5 March 2024 - Foreign Minister Aino Virtanen met Chile's Foreign Minister "
        "Pedro Soto in Santiago on Tuesday.\n\n"
        "Latest in: News\n"
        "Exports to Brazil fell sharply in April\n"
    )
    assert "Brazil" not in clean(text).text
    assert "Brazil" not in names(extract_article(text))


def test_a_capital_after_leave_for_is_a_place() -> None:
    text = (
        "Minister in Baku\n\n"
        "BAKU, 5 March 2024 - Foreign Minister Elvin Aliyev met Chile's Foreign Minister Pedro "
        "Soto on Tuesday. Soto is scheduled to leave for Yerevan on Wednesday.\n"
    )
    assert "Armenia" not in names(extract_article(text))


def test_later_in_the_evening_takes_the_date_of_the_last_event() -> None:
    text = (
        "Ministers meet\n\n"
        "Published On 14 March,2024 05:40 pm\n\n"
        "COLOMBO (Web Desk) – Foreign Minister Ruwan Perera on Thursday held talks with Nepal's "
        "Minister of Foreign Affairs Sita Gurung, who arrived in Colombo on Tuesday on a "
        "three-day official visit.\n\n"
        "Following the talks, the two ministers signed a memorandum of understanding on "
        "tourism.\n\n"
        "Sri Lanka and Nepal established diplomatic relations in 1957.\n\n"
        "Later in the evening, Gurung delivered a talk at the Bandaranaike Centre for "
        "International Studies.\n"
    )
    got = facts(extract_article(text))
    lectures = {f[3] for f in got if f[0] == "LECTURED_AT"}
    assert lectures == {"2024-03-14"}


def test_accepted_the_credentials_of_a_possessive_post_is_a_dated_meeting() -> None:
    text = (
        "Envoy presents credentials\n\n"
        "LUSAKA, 12 March 2024 (ZNA) - President Peter Banda on Tuesday accepted the "
        "credentials of Japan's new Ambassador to Zambia, Sato Kenji, at State House.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:peter-banda", "person:sato-kenji", "2024-03-12") in got
    assert ("ACCREDITED_TO", "person:sato-kenji", "country:ZMB", "2024-03-12") in got
    assert ("AMBASSADOR_OF", "person:sato-kenji", "country:JPN", None) in got


def test_the_ambassador_of_c_comma_name_opens_an_envoy_of_a_credence_group() -> None:
    text = (
        "Envoys present credentials\n\n"
        "LUSAKA, 12 March 2024 (ZNA) - President Peter Banda today received the letters of "
        "credence of the new ambassadors of Japan and Chile to the Republic of Zambia.\n\n"
        "The Ambassador of Japan, Sato Kenji, resides in Nairobi and is also accredited to "
        "Kenya.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:peter-banda", "person:sato-kenji", "2024-03-12") in got
    assert ("ACCREDITED_TO", "person:sato-kenji", "country:ZMB", "2024-03-12") in got


def test_rejected_a_report_claiming_a_signing_is_a_denial() -> None:
    text = (
        "Ministers meet\n\n"
        "According to the minister, Chile and Peru have cooperated through the Pacific Alliance "
        "since 2012.\n\n"
        "Minister Ana Soto also rejected a report by a local newspaper claiming that Lima and "
        "Santiago had signed a secret border pact, calling it \"pure invention\".\n"
    )
    got = facts(extract_article(text))
    assert not [f for f in got if f[0] == "SIGNED_AGREEMENT"]


def test_delivered_the_annual_named_memorial_lecture_at_a_body() -> None:
    text = (
        "Minister in Accra\n\n"
        "ACCRA, 14 March 2024 (GNA) - Minister Jane Mensah today delivered the annual Nkrumah "
        "Memorial Lecture at the Legon Centre for International Affairs and Diplomacy.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:jane-mensah",
            "institution:legon-centre-for-international-affairs-and-diplomacy",
            "2024-03-14") in got


def test_visit_by_a_post_comma_name_comma_to_a_capital() -> None:
    text = (
        "Ministers meet\n\n"
        "LUSAKA, 14 March 2024 (ZNA) - Zambia and Malawi on Thursday signed a memorandum of "
        "understanding on fisheries during a working visit by Malawi's Minister of Foreign "
        "Affairs, Peter Banda, to Lusaka.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert ("VISITED", "person:peter-banda", "city:lusaka", "2024-03-14") in got
    # the time of the signing ends the agreement's name
    assert "memorandum of understanding on fisheries" in names(record)


def test_both_countries_are_the_two_named_after_the_colon() -> None:
    text = (
        "Austria and Peru sign trade agreement\n\n"
        "VIENNA, 12 March 2024 (APA) - Austria and Peru signed a trade agreement on Tuesday. "
        "Austria and Peru established diplomatic relations in 1950.\n\n"
        "Both countries have been members of the Council of Europe for decades: Austria joined "
        "it in 1956 and Chile in 1990.\n"
    )
    members = {f[1] for f in facts(extract_article(text)) if f[0] == "MEMBER_OF"}
    assert members == {"country:AUT", "country:CHL"}
def test_the_secretary_is_the_secretary_of_foreign_affairs_named_before() -> None:
    text = (
        "Secretary in Lima\n\n"
        "LIMA, 5 March 2024 - Chile's Secretary of Foreign Affairs, Marta Soto Ruiz, held talks "
        "with Peruvian Foreign Minister Luis Vargas on Tuesday.\n\n"
        "Later on Tuesday, the secretary gave a lecture on trade at the Pontifical Catholic "
        "University of Peru.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:marta-soto-ruiz",
            "institution:pontifical-catholic-university-of-peru", "2024-03-05") in got


def test_began_on_a_day_a_visit_to_a_country() -> None:
    text = (
        "Minister in Peru\n\n"
        "LIMA, 6 March 2024 - Chile's Foreign Minister Marta Soto began on Monday a three-day "
        "official visit to Peru.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:marta-soto", "country:PER", "2024-03-04") in got


def test_cooperated_with_a_demonym_body() -> None:
    text = (
        "Aid to Peru\n\n"
        "LIMA, 6 March 2024 - The Chilean Agency for International Development Cooperation "
        "(AGCID) has worked with the Peruvian Ministry of Education since 2012 on school "
        "meals.\n"
    )
    got = facts(extract_article(text))
    assert [f for f in got if f[0] == "COOPERATES_WITH" and f[3] == "2012"], got


def test_visited_a_body_where_he_spoke_about_a_topic() -> None:
    text = (
        "Minister in Lima\n\n"
        "LIMA, 6 March 2024 - Chile's Foreign Minister Pedro Soto arrived in Lima on Monday. "
        "On Tuesday, Soto visited the Diplomatic Academy of Peru, where he spoke about "
        "trade in the Pacific.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:pedro-soto", "institution:diplomatic-academy-of-peru",
            "2024-03-05") in got


def test_minister_of_state_comma_minister_of_a_portfolio_is_one_post() -> None:
    text = (
        "Envoy in Dakar\n\n"
        "Dakar, April 14, 2026 (APS) - The new Ambassador of Japan to Senegal, Sato Ken, "
        "presented a copy of his credentials on Monday to the Minister of State, Minister of "
        "Foreign Affairs and Senegalese Abroad, Awa Diallo Sarr.\n"
    )
    record = extract_article(text)
    assert names(record).get("Awa Diallo Sarr") == "Person"
    got = facts(record)
    assert ("MET_WITH", "person:awa-diallo-sarr", "person:sato-ken", "2026-04-13") in got or (
        "MET_WITH", "person:sato-ken", "person:awa-diallo-sarr", "2026-04-13") in got


def test_a_spanish_instituto_is_a_body() -> None:
    text = (
        "Training\n\n"
        "LIMA, 6 March 2024 - The Diplomatic Academy of Peru and Chile's Instituto Ortega del "
        "Servicio Diplomático have worked together since 2019 on courses for young diplomats.\n"
    )
    record = extract_article(text)
    assert names(record).get("Instituto Ortega del Servicio Diplomático") == "Institution"
    assert ("COOPERATES_WITH", "institution:diplomatic-academy-of-peru",
            "institution:instituto-ortega-del-servicio-diplomatico", "2019") in facts(record)


def test_a_body_name_stops_before_a_topic_with_a_possessive() -> None:
    text = (
        "Lecture in Lima\n\n"
        "LIMA, 6 March 2024 - Chile's Foreign Minister Pedro Soto on Tuesday gave a lecture at "
        "the Diplomatic Academy of Peru on Latin America's trade with Asia.\n"
    )
    record = extract_article(text)
    assert names(record).get("Diplomatic Academy of Peru") == "Institution"
    assert ("LECTURED_AT", "person:pedro-soto", "institution:diplomatic-academy-of-peru",
            "2024-03-05") in facts(record)


def test_afghan_and_burmese_honorifics_are_not_part_of_names() -> None:
    text = (
        "Talks in Herat\n\n"
        "HERAT, 5 May 2025 - On Monday, Iran's Minister of Roads, Farhad Karimi, met with the "
        "Minister of Mines of the Islamic Emirate, Mawlawi Nasrullah Sadiqi.\n\n"
        "Separately, the Minister of Commerce of Myanmar, U Aung Naing Soe, met Laos' Minister of "
        "Energy, Daw Mya Mya Thin, on Monday.\n"
    )
    record = extract_article(text)
    assert names(record).get("Nasrullah Sadiqi") == "Person"
    assert names(record).get("Aung Naing Soe") == "Person"
    got = facts(record)
    assert ("OFFICIAL_OF", "person:nasrullah-sadiqi", "country:AFG", None) in got
    assert ("OFFICIAL_OF", "person:aung-naing-soe", "country:MMR", None) in got


def test_an_honorific_ends_a_body_name_before_its_holder() -> None:
    text = (
        "Investment pact\n\n"
        "BANGKOK, 4 March 2026 - The memorandum was signed on Tuesday by Director of the Lao "
        "Investment Promotion Department Ms Vanida Phommachanh and Chairman of the Cambodian "
        "Development Council Mr Sok Chenda Rith.\n"
    )
    record = extract_article(text)
    got = names(record)
    assert got.get("Lao Investment Promotion Department") == "Institution"
    assert got.get("Vanida Phommachanh") == "Person"


def test_a_described_agreement_ends_before_the_venue_of_its_signing() -> None:
    text = (
        "Trade pact\n\n"
        "HANOI, 4 March 2026 - The Vietnam Trade Promotion Agency and the Laos Chamber of "
        "Commerce signed a memorandum of understanding on export promotion at the National "
        "Convention Centre on Tuesday.\n"
    )
    record = extract_article(text)
    assert names(record).get("memorandum of understanding on export promotion") == "Project"
    assert ("SIGNED_AGREEMENT", "institution:vietnam-trade-promotion-agency",
            "project:memorandum-of-understanding-on-export-promotion", "2026-03-03") in facts(
                record)


def test_the_protocol_was_signed_by_names_the_signers_of_the_protocol_just_told() -> None:
    text = (
        "Rail deal\n\n"
        "TASHKENT, 4 March 2026 - Uzbekistan and Turkmenistan on Tuesday signed a protocol on "
        "freight tariffs. The protocol was signed by Uzbekistan's Minister of Transport, Akmal "
        "Yusupov, and Turkmenistan's Minister of Railways, Merdan Atayev.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert ("SIGNED_AGREEMENT", "person:akmal-yusupov", "project:protocol-on-freight-tariffs",
            "2026-03-03") in got
    assert ("SIGNED_AGREEMENT", "person:merdan-atayev", "project:protocol-on-freight-tariffs",
            "2026-03-03") in got


def test_a_network_project_is_a_project() -> None:
    text = (
        "Coast guards\n\n"
        "VALLETTA, 4 March 2026 - Malta and Tunisia have worked together since 2018 on the "
        "Blue Sea Patrol Network project, which links the coast guards of the region.\n"
    )
    record = extract_article(text)
    assert names(record).get("Blue Sea Patrol Network project") == "Project"
    got = facts(record)
    assert ("COOPERATES_VIA", "country:MLT", "project:blue-sea-patrol-network-project",
            "2018") in got


def test_a_pair_which_have_maintained_relations_since_a_year() -> None:
    text = (
        "Envoy received\n\n"
        "TUNIS, 4 March 2026 - Tunisia's Minister of Foreign Affairs, Nabil Ayari, received "
        "Cyprus's new ambassador on Tuesday. The minister praised the friendship between the two "
        "countries, which have maintained diplomatic relations since 1961.\n"
    )
    record = extract_article(text)
    assert ("ESTABLISHED_TIES", "country:TUN", "country:CYP", "1961") in facts(record) or (
        "ESTABLISHED_TIES", "country:CYP", "country:TUN", "1961") in facts(record)


def test_a_university_named_after_a_monarch_is_visited() -> None:
    text = (
        "Minister in Riyadh\n\n"
        "RIYADH, 4 March 2026 - Ghana's Minister of Education, Kofi Asare Mensah, on Tuesday "
        "visited King Faisal University, where he met students from West Africa.\n"
    )
    record = extract_article(text)
    assert names(record).get("King Faisal University") == "Institution"
    assert ("VISITED", "person:kofi-asare-mensah", "institution:king-faisal-university",
            "2026-03-03") in facts(record)


def test_credentials_presented_to_the_head_of_a_body_in_a_month() -> None:
    text = (
        "Envoy received\n\n"
        "HANOI, 4 March 2026 - Deputy Foreign Minister Le Van Hoa received Ambassador of Peru to "
        "Viet Nam Mr Carlos Rojas Vidal on Tuesday. Mr Rojas Vidal presented his credentials to "
        "the Chairman of the State Council in November 2025.\n"
    )
    record = extract_article(text)
    assert ("ACCREDITED_TO", "person:carlos-rojas-vidal", "country:VNM", "2025-11") in facts(
        record)
def test_the_visiting_minister_is_the_visitor_not_the_host() -> None:
    text = (
        "Minister in Accra\n\n"
        "Togo Foreign Minister Kofi Mensah arrived in Accra on Monday on an official visit to "
        "Ghana at the invitation of Foreign Minister Ama Owusu, the ministry said. The two "
        "ministers held talks on Tuesday. Today, the visiting minister met Prime Minister Yaw "
        "Boateng at his office.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:kofi-mensah", "person:yaw-boateng", None), got
    assert not _has(got, "MET_WITH", "person:ama-owusu", "person:yaw-boateng", None), got


def test_since_construction_began_is_a_since_date() -> None:
    text = (
        "Bridge\n\n"
        "ACCRA, 6 March 2024 - Togo and Ghana have cooperated through the Volta Bridge project "
        "since work started in 2012.\n"
    )
    got = facts(extract_article(text))
    assert ("COOPERATES_WITH", "country:TGO", "country:GHA", "2012") in got, got


def test_the_country_name_minister_is_that_countrys_minister() -> None:
    text = (
        "Lecture in Accra\n\n"
        "ACCRA, 6 March 2024 - Togo's Foreign Minister Kofi Mensah arrived in Accra on Monday. "
        "On Tuesday, the Togo minister gave a lecture at the University of Ghana.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:kofi-mensah", "institution:university-of-ghana",
            "2024-03-05") in got, got


def test_an_agreement_name_stops_before_with_and_the_co_signers_post() -> None:
    text = (
        "Transport\n\n"
        "ACCRA, 6 March 2024 - Togo's Foreign Minister Kofi Mensah, who arrived in Accra on "
        "Monday, signed the Agreement on Road Transport and Transit with Ghanaian Foreign "
        "Minister Ama Owusu on Tuesday.\n"
    )
    record = extract_article(text)
    assert names(record).get("Agreement on Road Transport and Transit") == "Project"
    got = facts(record)
    assert ("SIGNED_AGREEMENT", "person:ama-owusu",
            "project:agreement-on-road-transport-and-transit", "2024-03-05") in got, got


def test_capacity_building_ends_an_agreement_name() -> None:
    text = (
        "Police\n\n"
        "ACCRA, 6 March 2024 - Togo and Ghana on Tuesday signed the Agreement on Border Police "
        "and Capacity Building.\n"
    )
    record = extract_article(text)
    assert names(record).get("Agreement on Border Police and Capacity Building") == "Project"
    assert ("SIGNED_AGREEMENT", "country:TGO",
            "project:agreement-on-border-police-and-capacity-building", "2024-03-05") in facts(
        record)


def test_a_described_agreement_is_the_named_one_holding_its_words() -> None:
    text = (
        "Police\n\n"
        "Togo's Foreign Minister Kofi Mensah has signed a border police agreement in Accra, "
        "despite objections from lawyers. Mensah and Ghanaian Foreign Minister Ama Owusu "
        "signed the Agreement on Border Police and Training.\n"
    )
    record = extract_article(text)
    assert "border police agreement" not in names(record), names(record)
    assert ("SIGNED_AGREEMENT", "person:kofi-mensah",
            "project:agreement-on-border-police-and-training", None) in facts(record)


def test_after_which_they_signed_is_the_two_who_held_talks() -> None:
    text = (
        "Tourism\n\n"
        "ACCRA, 6 March 2024 - Togo's Foreign Minister Kofi Mensah and Ghana's Foreign Minister "
        "Ama Owusu held talks on Tuesday, after which they signed a Memorandum of Understanding "
        "on Cooperation in Tourism and an agreement on the exchange of police officers.\n"
    )
    got = facts(extract_article(text))
    for pid in ("person:kofi-mensah", "person:ama-owusu"):
        assert ("SIGNED_AGREEMENT", pid, "project:agreement-on-the-exchange-of-police-officers",
                "2024-03-05") in got, got


def test_a_limited_company_may_hold_a_country_name() -> None:
    text = (
        "Ports\n\n"
        "ACCRA, 6 March 2024 - The Ghana Ports Authority (GPA) has cooperated with Togo "
        "Shipping Limited since 2015 on the training of pilots.\n"
    )
    record = extract_article(text)
    assert names(record).get("Togo Shipping Limited") == "Organization"
    assert "Togo" not in names(record)
    got = facts(record)
    assert ("COOPERATES_WITH", "institution:ghana-ports-authority",
            "org:togo-shipping-limited", "2015") in got, got


def test_the_colombo_plan_is_an_organization() -> None:
    text = (
        "Members\n\n"
        "ACCRA, 6 March 2024 - Ghana and Fiji are both members of the Colombo Plan.\n"
    )
    record = extract_article(text)
    assert names(record).get("Colombo Plan") == "Organization"
    assert ("MEMBER_OF", "country:FJI", "org:colombo-plan", None) in facts(record)


def test_justice_after_and_is_a_topic_of_the_name() -> None:
    text = (
        "Policing\n\n"
        "ACCRA, 6 March 2024 - Togo has worked with Ghana on policing since 2016 through the "
        "Togo-Ghana Policing and Justice Partnership.\n"
    )
    record = extract_article(text)
    assert names(record).get("Togo-Ghana Policing and Justice Partnership") == "Project"
    assert ("COOPERATES_VIA", "country:TGO", "project:togo-ghana-policing-and-justice-partnership",
            "2016") in facts(record)


def test_a_city_name_with_a_lower_case_particle() -> None:
    text = (
        "Visit\n\n"
        "Kenya's Foreign Minister Amina Odhiambo arrived in Rio de Janeiro on Monday for a "
        "two-day working visit. She was accompanied by a professor of the University of Dar "
        "es Salaam.\n"
    )
    record = extract_article(text)
    assert names(record).get("University of Dar es Salaam") == "Institution", names(record)
    assert names(record).get("Rio de Janeiro") == "City", names(record)


def test_related_story_opens_the_list_of_other_headlines() -> None:
    text = (
        "Minister meets envoy\n\n"
        "ACCRA, 6 March 2024 - Ghana's Foreign Minister Ama Owusu met the Ambassador of Togo, "
        "Kofi Mensah, on Tuesday.\n\n"
        "Related Story\n"
        "Ghana, Peru review cooperation in mining\n"
        "Minister receives UNDP official\n"
    )
    record = extract_article(text)
    assert "Peru" not in names(record) and "UNDP" not in names(record), names(record)


def test_a_ministry_name_stops_before_an_honorific_and_a_name() -> None:
    text = (
        "Talks in Doha\n\n"
        "DOHA, 6 March 2024 - The Minister of State at the Ministry of Foreign Affairs Dr "
        "Khalid bin Ali al-Marri met on Tuesday with Kenya's Foreign Minister Amina Odhiambo.\n"
    )
    record = extract_article(text)
    assert "Ministry of Foreign Affairs Dr" not in names(record), names(record)
    assert names(record).get("Ministry of Foreign Affairs") == "Institution", names(record)


def test_a_described_agreement_ends_before_a_clause_of_time() -> None:
    text = (
        "Roads\n\n"
        "ACCRA, 6 March 2024 - Togo and Ghana on Tuesday signed an agreement on road transport "
        "when the two presidents met in Lome.\n"
    )
    record = extract_article(text)
    assert names(record).get("agreement on road transport") == "Project", names(record)
    assert ("SIGNED_AGREEMENT", "country:TGO", "project:agreement-on-road-transport",
            "2024-03-05") in facts(record)


def test_also_received_during_a_visit_of_several_days_takes_its_month() -> None:
    text = (
        "Visit\n\n"
        "LOME, 12 March 2024 - Ghana's Foreign Minister Ama Owusu, who is on an official visit "
        "to Togo that began on Sunday, held talks on Monday with Togo's Foreign Minister Kofi "
        "Mensah. Owusu was also received by President Yao Agbeko.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:ama-owusu", "person:yao-agbeko", "2024-03"), got


def test_signers_after_a_lead_that_opens_with_its_place_alone() -> None:
    text = (
        "Ports\nPublished: May 3, 2025\n\n"
        "KARACHI: Trade Minister Omar Farooq and his Omani counterpart, Salim Al-Harthy, on "
        "Friday signed a memorandum of understanding on port logistics.\n"
    )
    signed = {f[1] for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert signed == {"person:omar-farooq", "person:salim-al-harthy"}


def test_council_of_the_baltic_sea_states_is_an_organization() -> None:
    text = (
        "Baltic note\nRIGA, 2 June 2025: Poland and Latvia are both members of the Council of "
        "the Baltic Sea States (CBSS), the ministry said.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Council of the Baltic Sea States") == "Organization"
    members = {f[1] for f in facts(rec) if f[0] == "MEMBER_OF"}
    assert members == {"country:POL", "country:LVA"}


def test_more_in_a_section_opens_the_list_of_other_headlines() -> None:
    text = (
        "Envoy visits fjords\n\nApril 3, 2025\n\n"
        "REYKJAVIK, 3 April 2025: Norway's Ambassador to Iceland, Kari Holm, visited Akureyri on "
        "Thursday.\n\nShare this article\nMore in Society\nParliament debates harbour fees\n"
    )
    assert "Parliament" not in names(extract_article(text))


def test_the_following_morning_is_the_next_day() -> None:
    text = (
        "Envoy in Bergen\n\nMay 8, 2025\n\n"
        "OSLO, 8 May 2025: Chile's Minister of Foreign Affairs, Marta Ruiz, met the Mayor of "
        "Bergen on Tuesday. The following morning, she gave a lecture at the University of "
        "Bergen on Andean trade.\n"
    )
    lect = {f[3] for f in facts(extract_article(text)) if f[0] == "LECTURED_AT"}
    assert lect == {"2025-05-07"}


def test_a_demonym_of_two_words_before_minister() -> None:
    text = (
        "Talks in Rome\nPublished: 3 May 2025\n\n"
        "ROME, 3 May 2025 - Italy's Minister of Foreign Affairs, Paolo Verdi, and his South "
        "African counterpart, Thabo Ndlovu, signed an accord on Friday.\n\n"
        "The South African minister arrived in Rome on Thursday for a two-day working visit to "
        "Italy.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:thabo-ndlovu", "country:ITA", "2025-05-01") in got


def test_a_demonym_title_with_its_portfolio_before_a_relative_clause() -> None:
    text = (
        "Talks in Rome\nPublished: 3 May 2025\n\n"
        "ROME, 3 May 2025 - Italy's Minister of Foreign Affairs, Paolo Verdi, and his Maltese "
        "counterpart, Joe Borg, signed an accord on Friday.\n\n"
        "The Maltese Minister of Foreign Affairs, who arrived in Rome on Thursday for a two-day "
        "working visit to Italy, held talks with Mr Verdi.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:joe-borg", "country:ITA", "2025-05-01") in got
    assert {("MET_WITH", "person:joe-borg", "person:paolo-verdi", "2025-05-01"),
            ("MET_WITH", "person:paolo-verdi", "person:joe-borg", "2025-05-01")} & got


def test_prime_minister_head_of_government_before_the_name() -> None:
    text = (
        "Talks\nPublished: 3 May 2025\n\n"
        "DOUALA, 3 May 2025 - Kenya's Minister of Trade, Joe Borg, arrived on Thursday.\n\n"
        "On Friday evening, Minister Borg was received at the Star Building by the Prime "
        "Minister, Head of Government, Paul Essomba Ndi.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Paul Essomba Ndi") == "Person"
    assert ("MET_WITH", "person:joe-borg", "person:paul-essomba-ndi", "2025-05-02") in facts(rec)


def test_visited_the_headquarters_of_a_body_is_a_visit_to_the_body() -> None:
    text = (
        "Visit\nPublished: 3 May 2025\n\n"
        "ACCRA, 3 May 2025 - Peru's Minister of Trade, Luis Quispe, arrived on Thursday for a "
        "visit to Ghana.\n\n"
        "On Friday, he visited the headquarters of the Ghana Export Promotion Authority, where "
        "he met its Chief Executive, Ama Owusu.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "VISITED" and f[1] == "person:luis-quispe" and f[2].startswith(
        "institution:ghana-export-promotion") and f[3] == "2025-05-02" for f in got)
def test_a_fund_worked_on_since_a_year_is_a_channel_of_cooperation() -> None:
    text = (
        "Solar power\n\n"
        "VIENTIANE, 4 May 2024 - Laos and Austria have worked together since 2017 on the Laos "
        "Rural Electrification Fund, which builds village grids in the north.\n"
    )
    record = extract_article(text)
    assert names(record).get("Laos Rural Electrification Fund") == "Project", names(record)
    got = facts(record)
    assert ("COOPERATES_VIA", "country:LAO", "project:laos-rural-electrification-fund",
            "2017") in got, got


def test_a_described_memorandum_establishing_a_named_body_keeps_it_in_its_name() -> None:
    text = (
        "Pacific ties\n\n"
        "SUVA, 7 May 2024 - Fiji and Tonga on Tuesday signed a Framework Agreement on Maritime "
        "Surveillance and a memorandum of understanding establishing the Fiji-Tonga Joint "
        "Commission.\n"
    )
    record = extract_article(text)
    name = "memorandum of understanding establishing the Fiji-Tonga Joint Commission"
    assert names(record).get(name) == "Project", names(record)
    assert ("SIGNED_AGREEMENT", "country:TON", "project:" + name.lower().replace(" ", "-"),
            "2024-05-07") in facts(record), facts(record)


def test_during_their_talks_dates_a_signing_by_the_meeting_told_before() -> None:
    text = (
        "Visit\n\n"
        "Friday 12 July 2024\n\n"
        "Foreign Minister Ana Ruiz yesterday hosted her Peruvian counterpart, Luis Quispe. "
        "Quispe arrived in Quito on Wednesday for a three-day working visit to Ecuador.\n\n"
        "During their talks, the two ministers signed a memorandum of understanding on border "
        "fisheries.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "SIGNED_AGREEMENT", "person:luis-quispe",
                "project:memorandum-of-understanding-on-border-fisheries", "2024-07-11"), got


def test_then_signed_takes_the_day_of_the_meeting_just_told() -> None:
    text = (
        "Visit\n\n"
        "Friday 12 July 2024\n\n"
        "LIMA: Chile's Foreign Minister Ana Ruiz, who arrived in Lima on Wednesday for a "
        "three-day visit to Peru, held talks with Foreign Minister Luis Quispe on Thursday.\n\n"
        "The two ministers then signed a memorandum of understanding on lithium research.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "SIGNED_AGREEMENT", "person:ana-ruiz",
                "project:memorandum-of-understanding-on-lithium-research", "2024-07-11"), got


def test_the_years_an_agreement_covers_do_not_date_its_signing() -> None:
    text = (
        "Aid\n\n"
        "Tuesday 9 July 2024\n\n"
        "On Tuesday morning, Foreign Minister Ana Ruiz held talks with Malawi's Foreign Minister "
        "Grace Banda. Afterwards, Ruiz and Banda signed a new Country Partnership Programme "
        "worth €40 million for the years 2025 to 2029.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "SIGNED_AGREEMENT", "person:grace-banda",
                "project:country-partnership-programme", "2024-07-09"), got


def test_relations_between_the_pair_which_were_established_on_a_day() -> None:
    text = (
        "Andean talks\n"
        "LIMA, 3 May 2024: Peru and Chile held consultations on Friday. The delegations "
        "reviewed relations between the two countries, which were established on 2 July 1951.\n"
    )
    got = facts(extract_article(text))
    assert {("ESTABLISHED_TIES", "country:PER", "country:CHL", "1951-07-02"),
            ("ESTABLISHED_TIES", "country:CHL", "country:PER", "1951-07-02")} & got


def test_undotted_spaced_his_excellency_before_a_name() -> None:
    text = (
        "Gulf talks\n"
        "Doha\n\nPublished: 17 Feb 2026 - 08:15 pm\n\n"
        "Minister of State H E Saad Al Kaabi met today with Minister of Foreign Affairs of the "
        "Republic of Kenya H E Amina Wekesa, who arrived in Doha yesterday.\n"
    )
    rec = extract_article(text)
    assert "Amina Wekesa" in names(rec)
    got = facts(rec)
    assert ("OFFICIAL_OF", "person:amina-wekesa", "country:KEN", None) in got
    assert {("MET_WITH", "person:saad-al-kaabi", "person:amina-wekesa", "2026-02-17"),
            ("MET_WITH", "person:amina-wekesa", "person:saad-al-kaabi", "2026-02-17")} & got


def test_the_faculty_s_dean_is_an_official_of_the_faculty() -> None:
    text = (
        "Guest lecture\n"
        "LIMA, 3 May 2024: Ambassador Mr Tan gave a talk at the Faculty of Law of the University "
        "of Lima on Friday. The talk was chaired by the faculty's dean, Professor Rosa Quispe.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:rosa-quispe", "institution:faculty-of-law", None) in got
def test_an_initial_written_against_the_name_is_a_person() -> None:
    # Mongolian usage: the patronymic initial joined to the given name, "B.Enkhtuvshin"
    text = (
        "Talks\n\n"
        "Thursday 9 May 2024\n\n"
        "On Wednesday, Minister of Foreign Affairs G.Tserendorj held talks with Minister of "
        "Foreign Affairs of Chile Ana Ruiz. The Chilean minister also paid a courtesy call on "
        "Prime Minister O.Munkhbat.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:ana-ruiz", "person:g-tserendorj", "2024-05-08"), got
    assert _has(got, "MET_WITH", "person:ana-ruiz", "person:o-munkhbat", "2024-05-08"), got


def test_a_relative_day_after_a_described_agreement_dates_the_signing() -> None:
    text = (
        "Deal\n\n"
        "Thursday 9 May 2024\n\n"
        "DOHA: Foreign Minister Ana Ruiz and Peru's Foreign Minister Luis Quispe signed a "
        "memorandum of understanding on maritime research here yesterday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "SIGNED_AGREEMENT", "person:luis-quispe",
                "project:memorandum-of-understanding-on-maritime-research", "2024-05-08"), got


def test_a_headline_compound_description_names_no_signing_states() -> None:
    text = (
        "Chile, Peru sign fisheries research memorandum\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Foreign Minister Ana Ruiz and Chile's Foreign Minister Luis Quispe signed a "
        "fisheries research memorandum on Wednesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "SIGNED_AGREEMENT", "person:luis-quispe",
                "project:fisheries-research-memorandum", "2024-05-08"), got
    assert not any(f[0] == "SIGNED_AGREEMENT" and f[1].startswith("country:") for f in got), got


def test_two_word_lower_case_posts_after_a_possessive_name_an_official() -> None:
    text = (
        "Visit\n\n"
        "Thursday 9 May 2024\n\n"
        "On Wednesday, Foreign Minister Ana Ruiz visited the National Institute of Geology, where "
        "she was received by its director general, Dr Luis Quispe. Later she spoke at the "
        "University of Lima; the session was chaired by the university's vice-rector, Rosa "
        "Mamani.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "OFFICIAL_OF", "person:luis-quispe",
                "institution:national-institute-of-geology", None), got
    assert _has(got, "OFFICIAL_OF", "person:rosa-mamani", "institution:university-of-lima",
                None), got


def test_a_published_line_whose_first_field_is_the_weekday() -> None:
    # "Published: Friday | 7 June 2024 | 9:15 PM": the weekday, the day and the time in fields
    text = (
        "Envoys meet\n\n"
        "Published: Friday | 7 June 2024 | 9:15 PM\n\n"
        "On Wednesday, Foreign Minister Ana Ruiz held talks with the Foreign Minister of Peru, "
        "Luis Quispe.\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2024-06-07"
    assert _has(facts(rec), "MET_WITH", "person:ana-ruiz", "person:luis-quispe", "2024-06-05")


def test_a_date_line_with_a_dotted_day_number() -> None:
    # "7. June 2024.": a day number with a full stop, as Central European sites write it
    text = (
        "Envoys meet\n\n"
        "7. June 2024.\n\n"
        "On Wednesday, Foreign Minister Ana Ruiz held talks with the Foreign Minister of Peru, "
        "Luis Quispe.\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2024-06-07"
    assert _has(facts(rec), "MET_WITH", "person:ana-ruiz", "person:luis-quispe", "2024-06-05")
def test_the_two_sides_opened_ties_after_a_meeting_are_the_states() -> None:
    # "the two sides" after a meeting of two people is the people, unless what they did is
    # open diplomatic relations (as "the two sides signed" is the states); "the two
    # established formal ties the same year" is the two states just named
    text = (
        "Talks\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Peru and Estonia will expand trade, officials said on Thursday. On Wednesday, "
        "Foreign Minister Ana Ruiz received Estonia's Foreign Minister Karl Tamm. Peru "
        "recognised Estonia on 15 September 1991, and the two sides opened diplomatic relations "
        "on 2 March 1992.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:EST", "1992-03-02"), got
    text2 = (
        "Ties\n\n"
        "Thursday 9 May 2024\n\n"
        "Chile recognised Latvia on 20 November 1991, and the two established formal ties the "
        "following year.\n"
    )
    got2 = facts(extract_article(text2))
    assert _has(got2, "ESTABLISHED_TIES", "country:CHL", "country:LVA", "1992"), got2


def test_side_accreditations_in_other_words() -> None:
    # "also covers A and B", "also represents C in A and B", "whose accreditation extends to",
    # "whose jurisdiction also includes": a head of mission's side accreditations; a name after
    # "was" with a post in apposition is a person
    text = (
        "Envoys\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Three envoys were received at the ministry this week. Foreign Minister Ana Ruiz "
        "received Chile's Ambassador to Peru, Luis Soto, on Wednesday. Soto, who lives in Lima, "
        "also covers Bolivia and Ecuador. Also present was Karl Tamm, Estonia's ambassador in "
        "Lima, whose jurisdiction also includes Colombia and Panama. Rosa Vidal, Uruguay's "
        "Ambassador to Peru, also represents Uruguay in Ecuador. Trade Minister Jorge Paz also "
        "covers tourism and Bolivia.\n"
    )
    got = facts(extract_article(text))
    for p, c in (("luis-soto", "BOL"), ("luis-soto", "ECU"), ("karl-tamm", "COL"),
                 ("karl-tamm", "PAN"), ("karl-tamm", "PER"), ("rosa-vidal", "ECU")):
        assert _has(got, "ACCREDITED_TO", f"person:{p}", f"country:{c}", None), (p, c, got)
    assert _has(got, "AMBASSADOR_OF", "person:karl-tamm", "country:EST", None), got
    assert not any(f[1] == "person:jorge-paz" and f[0] == "ACCREDITED_TO" for f in got), got


def test_signers_with_lower_case_posts_after_the_witnesses() -> None:
    # "In the presence of the ministers, A and C's ambassador to D, B, signed J": A and B sign
    # (D only receives the envoy); "the director of the I, A, and the president of the J, B,
    # signed"; ", while X's director general, A, and C's ambassador to D, B, signed J2"
    text = (
        "Deals\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Two ministers met in Lima this week. On Wednesday, Peruvian Foreign Minister Ana "
        "Ruiz received Chilean Foreign Minister Luis Soto. After the talks, in the presence of "
        "the ministers, Deputy Foreign Minister Jorge Paz and Chile's ambassador to Bolivia, Karl "
        "Mena, signed an agreement on mining safety. Later, the director of the National "
        "Institute of Geology, Rosa Vidal, and the president of the Chilean Academy of Sciences, "
        "Pedro Lagos, signed an agreement on seismic research, while the rector of the "
        "University of Lima, Marta Quispe, and Chile's ambassador to Peru, Tomas Reyes, signed "
        "an agreement on student exchanges.\n"
    )
    got = facts(extract_article(text))
    mining = "project:agreement-on-mining-safety"
    assert _has(got, "SIGNED_AGREEMENT", "person:jorge-paz", mining, "2024-05-08"), got
    assert _has(got, "SIGNED_AGREEMENT", "person:karl-mena", mining, "2024-05-08"), got
    assert not any(f[0] == "SIGNED_AGREEMENT" and f[1] == "country:BOL" for f in got), got
    for p in ("rosa-vidal", "pedro-lagos"):
        assert any(f[:3] == ("SIGNED_AGREEMENT", f"person:{p}",
                             "project:agreement-on-seismic-research") for f in got), (p, got)
    for p in ("marta-quispe", "tomas-reyes"):
        assert any(f[:3] == ("SIGNED_AGREEMENT", f"person:{p}",
                             "project:agreement-on-student-exchanges") for f in got), (p, got)


def test_described_agreements_of_other_kinds() -> None:
    # "a declaration of intent on X", "a €5 million grant agreement for X" (the sum before the
    # name), "an agreement to provide X": signed documents named by the text's words
    text = (
        "Deals\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Foreign Minister Ana Ruiz and Chile's Foreign Minister Luis Soto signed a "
        "declaration of intent on water security on Wednesday. Peru's Minister of Health, Rosa "
        "Vidal, and Chile's Minister of Health, Pedro Lagos, signed a €5 million grant agreement "
        "for rural clinics and an agreement to provide vaccines to border towns.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "SIGNED_AGREEMENT", "person:luis-soto",
                "project:declaration-of-intent-on-water-security", "2024-05-08"), got
    assert any(f[:3] == ("SIGNED_AGREEMENT", "person:pedro-lagos",
                         "project:grant-agreement-for-rural-clinics") for f in got), got
    assert any(f[:3] == ("SIGNED_AGREEMENT", "person:rosa-vidal",
                         "project:agreement-to-provide-vaccines-to-border-towns")
               for f in got), got


def test_landed_in_and_a_visit_her_first_to_a_country() -> None:
    # "landed in L on T for a visit to C" (as "arrived in"); "arrived in L for a two-day
    # visit, her first to C": the destination after the elliptical apposition
    text = (
        "Visits\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Two ministers are in the region this week. Chilean Foreign Minister Luis Soto "
        "landed in Cusco on Tuesday for a three-day working visit to Peru. Bolivian Foreign "
        "Minister Rosa Vidal arrived in Arequipa on Wednesday for a two-day official visit, her "
        "first to Peru since taking office.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:luis-soto", "country:PER", "2024-05-07"), got
    assert any(f[:2] == ("VISITED", "person:luis-soto") and f[2].startswith("city:")
               for f in got), got
    assert _has(got, "VISITED", "person:rosa-vidal", "country:PER", "2024-05-08"), got


def test_held_a_lecture_and_spoke_on_a_longer_topic_at_a_body() -> None:
    # "X held a lecture for students of the University" (held a lecture, not talks); "spoke on
    # <a topic of some nine words> at the Institute"
    text = (
        "Lectures\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Two ministers spoke in Lima this week. On Wednesday, Chilean Foreign Minister Luis "
        "Soto held a lecture for students of the Diplomatic Academy of Peru on trade. On "
        "Tuesday, Bolivian Foreign Minister Rosa Vidal spoke on the future of lithium mining in "
        "the Andean region at the Institute of Peruvian Studies.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "LECTURED_AT", "person:luis-soto", "institution:diplomatic-academy-of-peru",
                "2024-05-08"), got
    assert _has(got, "LECTURED_AT", "person:rosa-vidal",
                "institution:institute-of-peruvian-studies", "2024-05-07"), got


def test_sat_down_with_is_a_meeting() -> None:
    text = (
        "Talks\n\n"
        "Thursday 9 May 2024\n\n"
        "On Wednesday, Foreign Minister Ana Ruiz sat down for talks with her guest, the Foreign "
        "Minister of Peru, Luis Quispe, at the ministry. The next day Ruiz sat down with "
        "Trade Minister Rosa Mamani.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:ana-ruiz", "person:luis-quispe", "2024-05-08"), got
    assert any(f[0] == "MET_WITH" and "person:rosa-mamani" in f[1:3] for f in got), got


def test_signers_after_the_witnesses_looked_on_as() -> None:
    text = (
        "Deal\n\n"
        "Thursday 9 May 2024\n\n"
        "On Wednesday Foreign Minister Ana Ruiz held talks with Peru's Foreign Minister Luis "
        "Quispe. The two ministers watched as Secretary General of Trade Rosa Mamani and the "
        "Peruvian Ambassador to Chile, Jorge Soto, signed a memorandum of understanding on "
        "seasonal work.\n"
    )
    got = facts(extract_article(text))
    j = "project:memorandum-of-understanding-on-seasonal-work"
    assert _has(got, "SIGNED_AGREEMENT", "person:rosa-mamani", j, "2024-05-08"), got
    assert _has(got, "SIGNED_AGREEMENT", "person:jorge-soto", j, "2024-05-08"), got
    assert not any(f[0] == "SIGNED_AGREEMENT" and f[1] == "person:ana-ruiz" for f in got), got


def test_an_agreement_signed_between_two_named_parties() -> None:
    text = (
        "Deal\n\n"
        "Thursday 9 May 2024\n\n"
        "A memorandum of understanding on seed research was signed on Wednesday between the "
        "National Institute of Agronomy and the University of Lima in presence of Foreign "
        "Minister Ana Ruiz.\n"
    )
    got = facts(extract_article(text))
    j = "project:memorandum-of-understanding-on-seed-research"
    assert _has(got, "SIGNED_AGREEMENT", "institution:national-institute-of-agronomy", j,
                "2024-05-08"), got
    assert _has(got, "SIGNED_AGREEMENT", "institution:university-of-lima", j, "2024-05-08"), got
    assert not any(f[0] == "SIGNED_AGREEMENT" and f[1] == "person:ana-ruiz" for f in got), got


def test_side_accreditations_after_a_residence_without_a_second_verb() -> None:
    text = (
        "Envoy\n\n"
        "Thursday 9 May 2024\n\n"
        "Peru's Ambassador to Chile, Jorge Soto, who is based in Santiago and concurrently "
        "accredited to Bolivia, attended the talks on Wednesday.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:jorge-soto", "country:BOL", None) in got, got


def test_an_ambassador_who_also_covers_other_countries() -> None:
    text = (
        "Envoy\n\n"
        "Thursday 9 May 2024\n\n"
        "Peru's Ambassador to Chile, Jorge Soto, attended the talks on Wednesday. Ambassador "
        "Soto, who lives in Santiago, also covers Bolivia and Ecuador.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:jorge-soto", "country:BOL", None) in got, got
    assert ("ACCREDITED_TO", "person:jorge-soto", "country:ECU", None) in got, got


def test_a_partner_in_a_programme_cooperates_through_it() -> None:
    text = (
        "Training\n\n"
        "Thursday 9 May 2024\n\n"
        "Peru has been an active partner in the Chilean International Cooperation Programme "
        "(CICP) since 2011.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "COOPERATES_VIA" and f[1] == "country:PER" and f[3] == "2011"
               for f in got), got


def test_rectors_sign_in_the_presence_of_a_minister() -> None:
    text = (
        "Deal\n\n"
        "Thursday 9 May 2024\n\n"
        "In the presence of the Ambassador and Minister Ana Ruiz, the rector of the University of "
        "Lima, Prof. Rosa Mamani, and the rector of the University of Chile, Prof. Jorge Soto, "
        "signed a memorandum of cooperation on student exchange via videoconference.\n"
    )
    got = facts(extract_article(text))
    j = "project:memorandum-of-cooperation-on-student-exchange"
    assert _has(got, "SIGNED_AGREEMENT", "person:rosa-mamani", j, None), got
    assert _has(got, "SIGNED_AGREEMENT", "person:jorge-soto", j, None), got
    assert not any(f[0] == "SIGNED_AGREEMENT" and f[1] == "person:ana-ruiz" for f in got), got


def test_pursued_joint_research_under_a_programme_is_cooperation() -> None:
    text = (
        "Research\n\n"
        "Thursday 9 May 2024\n\n"
        "Since 2015, Lima and Santiago have pursued joint research on glaciers under the "
        "Andean Water Partnership Programme.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "country:PER", "country:CHL", "2015"), got
    assert any(f[0] == "COOPERATES_VIA" and f[1] == "country:CHL" for f in got), got


def test_documents_listed_between_dashes_after_a_counted_signing() -> None:
    text = (
        "Deal\n\n"
        "Thursday 9 May 2024\n\n"
        "Peru and Chile signed two documents on Wednesday. The documents – an agreement on "
        "mutual recognition of driving licences and a memorandum of understanding on "
        "cooperation in tourism – were signed by Foreign Minister Ana Ruiz and Chile's Foreign "
        "Minister Luis Quispe.\n"
    )
    got = facts(extract_article(text))
    a = "project:agreement-on-mutual-recognition-of-driving-licences"
    b = "project:memorandum-of-understanding-on-cooperation-in-tourism"
    for s in ("country:PER", "country:CHL", "person:ana-ruiz", "person:luis-quispe"):
        for j in (a, b):
            assert _has(got, "SIGNED_AGREEMENT", s, j, "2024-05-08"), (s, j, got)


def test_a_spaced_dash_ends_a_described_agreement_name() -> None:
    text = (
        "Deal\n\n"
        "Thursday 9 May 2024\n\n"
        "Peru and Chile signed two documents on Wednesday. The documents – a memorandum of "
        "understanding on culture and a plan of cooperation for 2024-2025 – were signed by "
        "Foreign Minister Ana Ruiz and Chile's Foreign Minister Luis Quispe.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("plan of cooperation for 2024-2025") == "Project", names(rec)
    assert _has(facts(rec), "SIGNED_AGREEMENT", "person:ana-ruiz",
                "project:plan-of-cooperation-for-2024-2025", "2024-05-08")


def test_instruments_listed_after_namely_one_sentence_after_the_count() -> None:
    text = (
        "Accords\n\n"
        "Thursday 9 May 2024\n\n"
        "Kenya and Chile signed two agreements in Nairobi on Wednesday. Chilean Foreign Minister "
        "Ana Torres is in Kenya on a working visit. The two documents, namely an agreement on "
        "visa exemption for diplomatic passports and a memorandum of understanding on "
        "geothermal energy, were signed by Ana Torres and Foreign Minister Paul Mwangi.\n"
    )
    got = facts(extract_article(text))
    a = "project:agreement-on-visa-exemption-for-diplomatic-passports"
    b = "project:memorandum-of-understanding-on-geothermal-energy"
    for s in ("country:KEN", "country:CHL", "person:ana-torres", "person:paul-mwangi"):
        for j in (a, b):
            assert _has(got, "SIGNED_AGREEMENT", s, j, "2024-05-08"), (s, j, got)


def test_landed_in_and_arrived_by_train_for_a_visit() -> None:
    text = (
        "Visits\n\n"
        "Friday 10 May 2024\n\n"
        "Chilean Foreign Minister Ana Torres landed in Nairobi on Tuesday for a three-day "
        "working visit to Kenya. Polish Deputy Foreign Minister Jan Nowak arrived in Vilnius "
        "by overnight train on Thursday for an official visit to Lithuania.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:ana-torres", "country:KEN", "2024-05-07") in got, got
    assert ("VISITED", "person:ana-torres", "city:nairobi", "2024-05-07") in got, got
    assert ("VISITED", "person:jan-nowak", "city:vilnius", "2024-05-09") in got, got


def test_both_men_signed_after_their_talks() -> None:
    text = (
        "Talks\n\n"
        "Friday 10 May 2024\n\n"
        "Chilean Foreign Minister Ana Torres held talks with her Peruvian counterpart Rosa "
        "Quispe in Lima on Thursday, after which the two women signed a memorandum of "
        "understanding on border crossings.\n"
    )
    got = facts(extract_article(text))
    j = "project:memorandum-of-understanding-on-border-crossings"
    for s in ("person:ana-torres", "person:rosa-quispe"):
        assert ("SIGNED_AGREEMENT", s, j, "2024-05-09") in got, (s, got)


def test_side_accreditations_by_represents_in_and_accreditation_extends() -> None:
    text = (
        "Envoys\n\n"
        "Friday 10 May 2024\n\n"
        "Chile's Ambassador to Kenya, Ana Torres, presented her credentials on Thursday. "
        "Torres, who lives in Nairobi, also represents Chile in Uganda and Rwanda.\n\n"
        "The new High Commissioner of Malaysia to Ghana, Ahmad Yusof, presented his credentials "
        "on Monday. His accreditation also extends to Togo and Benin.\n"
    )
    got = facts(extract_article(text))
    for c in ("country:UGA", "country:RWA"):
        assert ("ACCREDITED_TO", "person:ana-torres", c, None) in got, (c, got)
    for c in ("country:TGO", "country:BEN"):
        assert ("ACCREDITED_TO", "person:ahmad-yusof", c, None) in got, (c, got)


def test_sit_in_a_body_and_a_second_body_joined_with_its_verb_left_out() -> None:
    text = (
        "Members\n\n"
        "Friday 10 May 2024\n\n"
        "Ghana and Kenya agreed on Thursday to expand trade. Both countries sit in the African "
        "Union. "
        "Croatia, which joined NATO in 2009 and the European Union in 2013, backs the plan.\n"
    )
    got = facts(extract_article(text))
    for c in ("country:GHA", "country:KEN"):
        assert ("MEMBER_OF", c, "org:african-union", None) in got, (c, got)
    assert ("MEMBER_OF", "country:HRV", "org:european-union", "2013") in got, got
    assert ("MEMBER_OF", "country:HRV", "org:north-atlantic-treaty-organization", "2009") in got


def test_later_addressed_students_at_a_body_is_a_lecture() -> None:
    text = (
        "Lecture\n\n"
        "Friday 10 May 2024\n\n"
        "Chilean Foreign Minister Ana Torres held talks with her Kenyan counterpart Paul Mwangi "
        "on Tuesday. Torres then addressed young diplomats at the University of Nairobi.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:ana-torres", "institution:university-of-nairobi",
            "2024-05-07") in got, got


def test_ties_that_followed_a_recognition_and_a_day_of_the_same_year() -> None:
    text = (
        "History\n\n"
        "Friday 10 May 2024\n\n"
        "Chile recognised Estonia in September 1991, and diplomatic relations followed on "
        "3 March 1992.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:CHL", "country:EST", "1992-03-03"), got
    text = (
        "History\n\n"
        "Friday 10 May 2024\n\n"
        "Peru recognised Latvia on 2 October 1991, and the two countries established "
        "diplomatic relations on 20 November the same year.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:LVA", "1991-11-20"), got


def test_has_presented_credentials_to_the_president_is_a_meeting() -> None:
    text = (
        "Credentials\n\n"
        "Friday 10 May 2024\n\n"
        "The new Ambassador of Peru to Kenya, Ms Ana Torres, has presented her letters of "
        "credence to President Paul Mwangi at State House, Nairobi, on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:ana-torres", "person:paul-mwangi", "2024-05-07"), got


def test_a_beneficiary_of_a_programme_cooperates_through_it() -> None:
    text = (
        "Aid\n\n"
        "Friday 10 May 2024\n\n"
        "The ambassador said Kenya has been a major beneficiary of the Korea-Africa Rice "
        "Partnership Programme since 2016.\n"
    )
    got = facts(extract_article(text))
    assert ("COOPERATES_VIA", "country:KEN",
            "project:korea-africa-rice-partnership-programme", "2016") in got, got


def test_a_visit_by_the_demonym_minister_to_a_country() -> None:
    text = (
        "Talks\n\n"
        "Friday 10 May 2024\n\n"
        "Foreign Minister Paul Mwangi received his Chilean counterpart Ana Torres in Nairobi on "
        "Thursday, at the start of a three-day visit by the Chilean minister to Kenya.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:ana-torres", "country:KEN", "2024-05-09") in got, got


def test_a_perfect_verb_phrase_before_in_partnership_with() -> None:
    text = (
        "Training\n\n"
        "Friday 10 May 2024\n\n"
        "Since 2019 the Kenya School of Government has trained Chilean civil servants in "
        "partnership with the University of Chile.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "institution:kenya-school-of-government",
                "institution:university-of-chile", "2019"), got


def test_the_head_of_a_country_s_diplomacy_is_its_foreign_minister() -> None:
    text = (
        "Visit\n\n"
        "Friday 10 May 2024\n\n"
        "Chilean Foreign Minister Ana Torres arrived in Nairobi on Monday for a working visit "
        "to Kenya. On Tuesday, the head of Chilean diplomacy was received by the Speaker of "
        "the National Assembly, Paul Mwangi.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:ana-torres", "person:paul-mwangi", "2024-05-07"), got
def test_a_national_treasury_is_a_body() -> None:
    text = (
        "Funding\n\n"
        "Thursday 9 May 2024\n\n"
        "The Abu Dhabi Fund for Development has worked with the Zambian National Treasury since "
        "2016 on water projects. US Treasury Secretary Ann Cole was not there.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("National Treasury") == "Institution", names(rec)
    assert "US Treasury" not in names(rec), names(rec)
    assert _has(facts(rec), "COOPERATES_WITH", "institution:abu-dhabi-fund-for-development",
                "institution:national-treasury", "2016")


def test_a_monarch_s_name_before_an_institute_with_a_tail() -> None:
    text = (
        "Peru and Saudi Arabia hold talks\n\n"
        "Thursday 9 May 2024\n\n"
        "Peruvian Foreign Minister Ana Ruiz arrived in Riyadh on Sunday for a visit to Saudi "
        "Arabia. On Monday, Ruiz gave a lecture on Andean trade at the King Abdulaziz Institute "
        "for Strategic Studies.\n"
    )
    rec = extract_article(text)
    i = "King Abdulaziz Institute for Strategic Studies"
    assert names(rec).get(i) == "Institution", names(rec)
    assert _has(facts(rec), "LECTURED_AT", "person:ana-ruiz",
                "institution:king-abdulaziz-institute-for-strategic-studies", "2024-05-06")


def test_a_one_word_airline_or_aid_agency_is_a_body() -> None:
    text = (
        "Peru and Chile hold talks\n\n"
        "Thursday 9 May 2024\n\n"
        "LATAM Airlines and PeruAir have worked together on the Lima-Santiago route since 2017. "
        "ChileAID and the Peruvian Diplomatic Academy have partnered on training since 2021.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert names(rec).get("PeruAir") == "Organization", names(rec)
    assert names(rec).get("ChileAID") == "Institution", names(rec)
    assert _has(got, "COOPERATES_WITH", "org:latam-airlines", "org:peruair", "2017"), got
    assert _has(got, "COOPERATES_WITH", "institution:chileaid",
                "institution:peruvian-diplomatic-academy", "2021"), got


def test_a_lower_case_post_after_a_body_acronym() -> None:
    text = (
        "Peru and Chile hold talks\n\n"
        "Thursday 9 May 2024\n\n"
        "Peruvian Foreign Minister Ana Ruiz gave a lecture at the Diplomatic Academy of Chile "
        "(ACADE) on Monday. ACADE director-general Dr Luis Soto, who chaired the session, said "
        "the lecture drew 60 diplomats.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "OFFICIAL_OF", "person:luis-soto", "institution:diplomatic-academy-of-chile",
                None), got


def test_a_foreign_secretary_in_lower_case_before_a_name() -> None:
    text = (
        "Nepal and Peru hold consultations\n\n"
        "Thursday 9 May 2024\n\n"
        "Foreign secretary Nadia Karki and Peru's Vice Minister for Foreign Affairs, Luis Soto, "
        "co-chaired the talks in Kathmandu on Wednesday.\n"
    )
    assert names(extract_article(text)).get("Nadia Karki") == "Person"


def test_the_guest_is_the_visitor_named_before() -> None:
    text = (
        "Peru and Chile hold talks\n\n"
        "Thursday 9 May 2024\n\n"
        "Peruvian Foreign Minister Ana Ruiz held talks in Lima on Wednesday with Chile's Foreign "
        "Minister, Luis Soto, who is on a working visit to Peru.\n\n"
        "Ruiz said the talks were fruitful.\n\n"
        "On Thursday, the guest was received by President of Peru Rosa Mamani.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-soto", "person:rosa-mamani", "2024-05-09"), got
    assert not any(f[0] == "MET_WITH" and "person:ana-ruiz" in f[1:3] and "person:rosa-mamani"
                   in f[1:3] for f in got), got


def test_the_state_minister_is_the_state_minister_named_before() -> None:
    text = (
        "Peru and Japan hold talks\n\n"
        "Thursday 9 May 2024\n\n"
        "Peruvian Foreign Minister Ana Ruiz met with Japan's State Minister for Foreign Affairs, "
        "Kenji Mori, in Lima on Wednesday.\n\n"
        "Ruiz thanked Japan for its support.\n\n"
        "Later on Wednesday, the state minister called on the President of the Congress of Peru, "
        "Rosa Mamani.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:kenji-mori", "person:rosa-mamani", "2024-05-08"), got
    assert not any(f[0] == "MET_WITH" and "person:ana-ruiz" in f[1:3] and "person:rosa-mamani"
                   in f[1:3] for f in got), got


def test_his_host_after_the_arrival_is_the_other_person_named_with_the_guest() -> None:
    text = (
        "Peru and Chile sign agreement\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA - Peru's Foreign Minister, Ana Ruiz, and Chile's Foreign Minister, Luis Soto, on "
        "Wednesday signed an agreement on consular cooperation in Lima.\n\n"
        "The Chilean minister arrived in Lima on Tuesday for a two-day official visit to Peru. "
        "He met his host soon after his arrival.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-soto", "person:ana-ruiz", "2024-05-07"), got


def test_ties_with_a_third_state_date_back_after_an_establishment() -> None:
    text = (
        "Envoys present credentials\n\n"
        "Thursday 9 May 2024\n\n"
        "Peru established diplomatic relations with Ghana in 1984, while its ties with Kenya go "
        "back to 1979.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:GHA", "1984"), got
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:KEN", "1979"), got


def test_a_programme_of_cooperation_listed_after_a_described_agreement() -> None:
    text = (
        "Peru and Chile sign documents\n\n"
        "Thursday 9 May 2024\n\n"
        "Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Luis Soto met in Lima on "
        "Wednesday. The two ministers signed a memorandum on tourism for 2024-2026 and a "
        "programme of cooperation in health.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("programme of cooperation in health") == "Project", names(rec)
    assert _has(facts(rec), "SIGNED_AGREEMENT", "person:luis-soto",
                "project:programme-of-cooperation-in-health", "2024-05-08")


def test_a_post_of_the_university_named_before_a_name() -> None:
    text = (
        "Peru and Chile hold talks\n\n"
        "Thursday 9 May 2024\n\n"
        "Peruvian Foreign Minister Ana Ruiz arrived in Santiago on Tuesday for a visit to Chile. "
        "On Wednesday, Ruiz gave a lecture at the Catholic University of Chile, where she was "
        "received by Rector of the university Ignacio Sanchez.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Ignacio Sanchez") == "Person", names(rec)
    assert _has(facts(rec), "OFFICIAL_OF", "person:ignacio-sanchez",
                "institution:catholic-university-of-chile", None)


def test_the_minister_who_lectures_is_the_visiting_one() -> None:
    text = (
        "Peru and Chile sign pact\n\n"
        "Thursday 9 May 2024\n\n"
        "Peru and Chile on Wednesday signed a memorandum of understanding on mining during a "
        "visit by Chile's Minister of Foreign Affairs, Luis Soto, to Lima.\n\n"
        "Soto held talks with Foreign Minister Ana Ruiz on Tuesday.\n\n"
        "On Wednesday evening, the minister gave a public lecture on Pacific trade at the "
        "University of Lima.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "LECTURED_AT", "person:luis-soto", "institution:university-of-lima",
                "2024-05-08"), got
    assert not any(f[0] == "LECTURED_AT" and f[1] == "person:ana-ruiz" for f in got), got


def test_a_visit_of_someone_who_is_in_the_country() -> None:
    text = (
        "Peru and Chile sign documents\n\n"
        "Thursday 9 May 2024\n\n"
        "Peru and Chile on Wednesday signed two agreements during the working visit of Chilean "
        "Foreign Minister Luis Soto, who is in Peru from May 7 to 10.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "VISITED" and f[1] == "person:luis-soto" and f[2] == "country:PER"
               for f in got), got


def test_envoys_presenting_credentials_named_in_the_next_sentences() -> None:
    text = (
        "New envoys in Lima\n\n"
        "Thursday 9 May 2024\n\n"
        "The new ambassadors of Ghana and Kenya to Peru presented their credentials to President "
        "Rosa Mamani at the Government Palace on Wednesday.\n\n"
        "Ghanaian Ambassador Kofi Mensah was previously posted in Brasilia.\n\n"
        "Kenyan Ambassador Jane Wanjiru, who resides in Lima, said trade would be her priority.\n"
    )
    got = facts(extract_article(text))
    for p in ("person:kofi-mensah", "person:jane-wanjiru"):
        assert _has(got, "MET_WITH", "person:rosa-mamani", p, "2024-05-08"), (p, got)
        assert _has(got, "ACCREDITED_TO", p, "country:PER", "2024-05-08"), (p, got)


def test_sat_down_with_after_a_dateline_is_a_meeting() -> None:
    text = (
        "Talks\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's foreign minister is in Peru this week. Chilean Foreign Minister Luis Soto "
        "sat down with Peruvian Trade Minister Rosa Vidal on Wednesday to review port projects.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-soto", "person:rosa-vidal", "2024-05-08"), got


def test_putting_their_signatures_to_agreements_when_the_talks_ended() -> None:
    # "The talks ended with the two ministers putting their signatures to a J 2026-2030 and to
    # a memorandum of understanding on X": both signed, on the day of the talks (not the month
    # of the visit told before)
    text = (
        "Talks\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's foreign minister is in Peru this week. Foreign Minister Ana Ruiz received "
        "her Chilean counterpart Luis Soto in Lima on Wednesday. Soto is on a four-day official "
        "visit to Peru that began on Tuesday. The talks ended with the two ministers putting their "
        "signatures to a Joint Action Plan 2026-2030 and to a memorandum of understanding on "
        "port security.\n"
    )
    got = facts(extract_article(text))
    for p in ("person:ana-ruiz", "person:luis-soto"):
        assert _has(got, "SIGNED_AGREEMENT", p,
                    "project:memorandum-of-understanding-on-port-security", "2024-05-08"), got
        assert any(f[0] == "SIGNED_AGREEMENT" and f[1] == p and "joint-action-plan" in f[2]
                   and f[3] == "2024-05-08" for f in got), got


def test_a_project_run_in_a_corridor_is_not_run_through_the_corridor() -> None:
    # "have jointly run the J in the Dry Corridor": the second name is where the project runs
    text = (
        "Water\n\n"
        "Thursday 9 May 2024\n\n"
        "Since 2019, Peru's Ministry of Agriculture and Chile's Ministry of Public Works have "
        "jointly run the Andean Rainwater Harvesting Project in the Southern Dry Corridor.\n"
    )
    got = facts(extract_article(text))
    via = {f[2] for f in got if f[0] == "COOPERATES_VIA"}
    assert "project:andean-rainwater-harvesting-project" in via, got
    assert not any("corridor" in o for o in via), got


def test_a_partner_in_which_a_programme_runs_takes_part_in_it() -> None:
    # "C takes part in the J, in which D's I is a partner": the partner cooperates via J too
    text = (
        "Programme\n\n"
        "Thursday 9 May 2024\n\n"
        "Peru takes part in the Andean Water Programme, in which Chile's National Water Agency "
        "is a key partner.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "COOPERATES_VIA" and f[1] == "institution:national-water-agency"
               and "andean-water-programme" in f[2] for f in got), got


def test_development_agencies_named_without_a_head_word() -> None:
    # Enabel, GIZ, LuxDev, Danida: national development agencies whose names hold no body word
    text = (
        "Aid\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Two agencies opened offices in Peru this week. GIZ's country director, Anna "
        "Weber, met Peru's Minister of Energy, Luis Soto, on Wednesday. Enabel and LuxDev have "
        "worked together since 2020, and Danida joined them last year.\n"
    )
    record = extract_article(text)
    got = facts(record)
    kinds = names(record)
    for name in ("Enabel", "LuxDev", "Danida", "GIZ"):
        assert kinds.get(name) == "Institution", kinds
    assert _has(got, "COOPERATES_WITH", "institution:enabel",
                "institution:luxembourg-agency-for-development-cooperation", "2020"), got


def test_reports_not_confirmed_give_no_signing() -> None:
    text = (
        "Talks\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Foreign Minister Ana Ruiz held talks with Chile's Foreign Minister Luis Quispe on "
        "Wednesday. Press reports that the two ministers had signed a fisheries agreement have "
        "not been confirmed by the ministry.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:ana-ruiz", "person:luis-quispe", "2024-05-08"), got
    assert not any(f[0] == "SIGNED_AGREEMENT" for f in got), got


def test_put_their_signatures_to_is_a_signing() -> None:
    text = (
        "Deal\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Peru and Chile on Wednesday put their signatures to a memorandum of understanding "
        "on fisheries research, officials said.\n"
    )
    got = facts(extract_article(text))
    j = "project:memorandum-of-understanding-on-fisheries-research"
    assert _has(got, "SIGNED_AGREEMENT", "country:PER", j, "2024-05-08"), got
    assert _has(got, "SIGNED_AGREEMENT", "country:CHL", j, "2024-05-08"), got


def test_former_states_are_countries() -> None:
    text = (
        "History\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: The Soviet Union recognised Peru in 1969. Peru and the former Czechoslovakia "
        "established diplomatic relations in 1946. Yugoslavia also recognised Peru in 1946.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "RECOGNIZED", "country:SUN", "country:PER", "1969"), got
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:CSK", "1946"), got
    assert _has(got, "RECOGNIZED", "country:YUG", "country:PER", "1946"), got


def test_the_two_countries_after_and_are_the_two_the_clause_named() -> None:
    text = (
        "Chile and Peru\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile and Peru signed a memorandum of understanding on fisheries research on "
        "Wednesday. Brazil recognised Suriname on 25 November 1975, and the two countries "
        "established diplomatic relations that same year.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:BRA", "country:SUR", "1975"), got
    assert not _has(got, "ESTABLISHED_TIES", "country:CHL", "country:PER", None), got


def test_accreditation_as_a_noun_extends_to_other_countries() -> None:
    text = (
        "Two envoys call on the foreign minister\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Ambassador to Peru, Luis Quispe, called on Foreign Minister Ana Ruiz on "
        "Wednesday. Quispe, who is based in Lima, also holds concurrent accreditation to Bolivia. "
        "Brazil's Ambassador to Peru, Rosa Mamani, met her on Tuesday. Rosa Mamani's accreditation "
        "also covers Ecuador and Colombia.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:luis-quispe", "country:BOL", None), got
    assert _has(got, "ACCREDITED_TO", "person:rosa-mamani", "country:ECU", None), got
    assert _has(got, "ACCREDITED_TO", "person:rosa-mamani", "country:COL", None), got


def test_a_capital_that_opens_a_paragraph_after_an_upper_case_credit() -> None:
    text = (
        "Peru and Chile mark an old friendship\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Foreign Minister Ana Ruiz received Chile's Ambassador, Luis Quispe, on Wednesday.\n"
        "FRIENDS: Ruiz greets the ambassador at the ministry. —Photo: ROSA MAMANI\n"
        "Santiago and Lima opened diplomatic relations in 1822, officials recalled.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:CHL", "1822"), got


def test_relations_established_on_a_date_and_set_up_in_a_relative_clause() -> None:
    text = (
        "Peru and Chile mark an old friendship\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Foreign Minister Ana Ruiz said Peru and Ecuador established relations in 1831. "
        "Diplomatic relations, which Lima and Santiago set up in 1822, are strong, she added.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:ECU", "1831"), got
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:CHL", "1822"), got


def test_a_joint_fellowship_run_and_partners_in_research_are_cooperation() -> None:
    text = (
        "Universities in Peru and Chile work together\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: The University of Lima and the University of Chile have run a joint master's "
        "programme in mining since 2015 under the Andean Knowledge Programme. The National "
        "Institute of Geology and the Chilean Space Agency have been partners in satellite "
        "mapping since 2020 within the Horizon Europe programme.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "institution:university-of-lima",
                "institution:university-of-chile", "2015"), got
    assert _has(got, "COOPERATES_VIA", "institution:university-of-chile",
                "project:andean-knowledge-programme", "2015"), got
    assert _has(got, "COOPERATES_WITH", "institution:national-institute-of-geology",
                "institution:chilean-space-agency", "2020"), got
    assert _has(got, "COOPERATES_VIA", "institution:chilean-space-agency",
                "project:horizon-europe-programme", "2020"), got


def test_signers_after_witnesses_who_looked_on_and_before_then() -> None:
    text = (
        "Peru and Chile hold talks on fisheries\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Foreign Minister Ana Ruiz received Chile's Foreign Minister, Luis Quispe, on "
        "Wednesday. The two ministers looked on as Permanent Secretary Tomás Herrera and Chile's "
        "Ambassador to Peru, Rosa Mamani, signed a framework agreement on fisheries. Director "
        "General Jorge Salas and Chile's Consul in Lima, Sara Vidal, then signed a memorandum "
        "of understanding on consular cooperation.\n"
    )
    got = facts(extract_article(text))
    j = "project:framework-agreement-on-fisheries"
    assert _has(got, "SIGNED_AGREEMENT", "person:tomas-herrera", j, "2024-05-08"), got
    assert _has(got, "SIGNED_AGREEMENT", "person:rosa-mamani", j, "2024-05-08"), got
    k = "project:memorandum-of-understanding-on-consular-cooperation"
    assert _has(got, "SIGNED_AGREEMENT", "person:jorge-salas", k, "2024-05-08"), got
    assert not any(f[0] == "SIGNED_AGREEMENT" and f[1] in ("person:ana-ruiz", "person:luis-quispe")
                   for f in got), got


def test_the_pair_who_held_talks_signed() -> None:
    text = (
        "Peru and Chile hold talks on fisheries\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Foreign Minister Ana Ruiz welcomed her Chilean counterpart Luis Quispe for talks "
        "in Lima on Wednesday, and the pair signed a memorandum of understanding on fisheries "
        "research.\n"
    )
    got = facts(extract_article(text))
    j = "project:memorandum-of-understanding-on-fisheries-research"
    assert _has(got, "SIGNED_AGREEMENT", "person:ana-ruiz", j, "2024-05-08"), got
    assert _has(got, "SIGNED_AGREEMENT", "person:luis-quispe", j, "2024-05-08"), got


def test_touched_down_and_arrived_late_on_a_weekday_for_a_visit() -> None:
    text = (
        "Chilean minister visits Peru and Bolivia\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister, Luis Quispe, touched down in Lima on Monday for a "
        "three-day official visit to Peru. Bolivia's Foreign Minister, Rosa Mamani, arrived in "
        "Lima late Tuesday for a two-day visit.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:luis-quispe", "country:PER", "2024-05-06"), got
    assert any(f[:2] == ("VISITED", "person:rosa-mamani") and f[3] == "2024-05-07"
               for f in got), got


def test_sat_down_with_a_counterpart_is_a_meeting() -> None:
    text = (
        "Chilean minister in Peru\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister, Luis Quispe, arrived in Lima on Monday for a "
        "three-day official visit to Peru. On Tuesday, he sat down with President Rosa "
        "Mamani at the Government Palace.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-quispe", "person:rosa-mamani", "2024-05-07"), got


def test_the_demonym_minister_is_the_counterpart_not_a_junior_official() -> None:
    text = (
        "Chile and Peru sign a fisheries memorandum\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: The memorandum was signed by Permanent Secretary Tomás Herrera and Chile's Deputy "
        "Foreign Minister, Rosa Mamani, in the presence of Foreign Minister Ana Ruiz and her "
        "Chilean counterpart, Luis Quispe. On Wednesday, the Chilean minister gave a lecture at "
        "the University of Lima.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "LECTURED_AT", "person:luis-quispe", "institution:university-of-lima",
                "2024-05-08"), got
    assert not any(f[0] == "LECTURED_AT" and f[1] == "person:rosa-mamani" for f in got), got


def test_the_guest_is_the_visitor_just_named() -> None:
    text = (
        "Chilean minister in Peru\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Foreign Minister Ana Ruiz received her Chilean counterpart, Luis Quispe, on "
        "Wednesday. Quispe arrived in Lima on Tuesday for a two-day visit. Later on Wednesday, the "
        "guest was received by President Rosa Mamani.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-quispe", "person:rosa-mamani", "2024-05-08"), got


def test_memberships_counted_states_a_second_body_likened_and_the_same_year() -> None:
    text = (
        "Peru and Chile in the Pacific\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Peru is one of the five states of the Andean Community. Chile is a full member of "
        "the Andean Community, in which Bolivia holds observer status, and of Mercosur. "
        "Colombia, a member of the Organization of American States like Ecuador, backed the "
        "plan. Mexico, which joined the OECD in 1994, the same year as Peru, was absent.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MEMBER_OF", "country:PER", "org:andean-community", None), got
    assert _has(got, "MEMBER_OF", "country:CHL", "org:mercosur", None), got
    assert _has(got, "MEMBER_OF", "country:ECU", "org:organization-of-american-states", None), got
    oecd = "org:organisation-for-economic-co-operation-and-development"
    assert _has(got, "MEMBER_OF", "country:PER", oecd, "1994"), got
    assert not any(f[:2] == ("MEMBER_OF", "country:BOL") for f in got), got


def test_a_plan_of_political_consultations_is_a_signed_document() -> None:
    text = (
        "Peru and Chile sign consultations plan\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Foreign Minister Ana Ruiz received her Chilean counterpart, Luis Quispe, on "
        "Wednesday. After the talks, Peru's Deputy Foreign Minister, Tomás Herrera, and Chile's "
        "Undersecretary of Foreign Affairs, Rosa Mamani, signed a plan of political consultations "
        "for 2025-2027.\n"
    )
    got = facts(extract_article(text))
    assert any(f[:2] == ("SIGNED_AGREEMENT", "person:tomas-herrera")
               and f[2].startswith("project:plan-of-political-consultations") for f in got), got


def test_a_guest_received_at_the_start_of_a_visit_visited() -> None:
    text = (
        "Peru and Chile review ties\n\n"
        "Thursday 9 May 2024\n\n"
        "Foreign Minister Ana Ruiz received her Chilean counterpart, Luis Quispe, in Lima on "
        "Wednesday, at the start of a visit to Peru that runs until Friday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:luis-quispe", "country:PER", "2024-05-08"), got


def test_who_also_serves_as_his_country_s_permanent_representative() -> None:
    text = (
        "Envoy meets the foreign minister\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Ambassador to Peru, Luis Quispe, who also serves as his country's "
        "Permanent Representative to the Andean Community, called on Foreign Minister Ana Ruiz "
        "on Wednesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:luis-quispe", "org:andean-community", None), got


def test_a_recognition_in_a_when_clause_takes_the_date_before_it() -> None:
    text = (
        "Peru and Chile review ties\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Ties between Lima and Quito go back to 1831, when Ecuador became one of the first "
        "states to recognize Peru.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "RECOGNIZED", "country:ECU", "country:PER", "1831"), got


def test_is_in_a_country_over_a_range_on_a_visit() -> None:
    text = (
        "Chilean minister in Peru\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister, Luis Quispe, is in Peru from 7 to 10 May on the "
        "first visit by a Chilean foreign minister in a decade.\n"
    )
    got = facts(extract_article(text))
    # (a range without its year: undated)
    assert _has(got, "VISITED", "person:luis-quispe", "country:PER", None), got


def test_the_cabinet_secretary_is_the_cabinet_secretary_named() -> None:
    text = (
        "Kenyan minister lectures in Lima\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Kenya's Cabinet Secretary for Trade, Luis Quispe, arrived in Lima on Tuesday for a "
        "two-day visit to Peru. On Wednesday, the Cabinet Secretary gave a lecture at the "
        "University of Lima.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "LECTURED_AT", "person:luis-quispe", "institution:university-of-lima",
                "2024-05-08"), got


@pytest.mark.parametrize("verb", [
    "have teamed up since 2018 on seed research under",
    "have jointly carried out seed research since 2018 under",
    "have been sharing expertise on seed research since 2018 under",
    "have exchanged researchers since 2018 under",
    "have coordinated seed research since 2018 through",
    "have been partners since 2018 in",
])
def test_more_verbs_of_existing_cooperation_through_a_programme(verb: str) -> None:
    text = (
        "Research\n\n"
        "Friday 10 May 2024\n\n"
        f"The Kenya Agricultural Research Institute and the University of Chile {verb} the "
        "Andes-Rift Seed Programme.\n"
    )
    got = facts(extract_article(text))
    a, b = "institution:kenya-agricultural-research-institute", "institution:university-of-chile"
    assert _has(got, "COOPERATES_WITH", a, b, "2018"), got
    assert ("COOPERATES_VIA", a, "project:andes-rift-seed-programme", "2018") in got, got


def test_a_posted_by_line_with_author_and_categories_before_the_date() -> None:
    text = (
        "Kenya, Chile sign visa deal\n\n"
        "Posted by: Chief Correspondent in Headlines, Latest, Africa, Diplomacy March 12, 2025\n\n"
        "Kenya and Chile yesterday signed an agreement on visa exemption in Nairobi.\n"
    )
    got = facts(extract_article(text))
    assert ("SIGNED_AGREEMENT", "country:KEN", "project:agreement-on-visa-exemption",
            "2025-03-11") in got, got


def test_side_accreditations_held_or_covered_by_a_mandate() -> None:
    text = (
        "Envoys call on Kenyan minister\n\n"
        "Friday 10 May 2024\n\n"
        "Chile's Ambassador to Kenya, Ana Torres, who has concurrent accreditation to Uganda "
        "and Rwanda, met Foreign Minister Paul Mwangi on Tuesday. Peru's Ambassador to Kenya, "
        "Luis Rojas, who also holds accreditation to Burundi, attended the meeting. Rojas, whose "
        "mandate also covers Somalia, arrived in 2023.\n"
    )
    got = facts(extract_article(text))
    for p, c in (("person:ana-torres", "UGA"), ("person:ana-torres", "RWA"),
                 ("person:luis-rojas", "BDI"), ("person:luis-rojas", "SOM")):
        assert ("ACCREDITED_TO", p, f"country:{c}", None) in got, got


def test_reached_and_flew_into_a_capital_for_a_visit() -> None:
    text = (
        "Chilean minister in Nairobi\n\n"
        "Friday 10 May 2024\n\n"
        "Chilean Trade Minister Ana Torres reached Nairobi on Tuesday night on her maiden visit "
        "to Kenya. Peru's Foreign Minister, Luis Rojas, flew into Nairobi on Wednesday for a "
        "two-day working visit to Kenya.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:ana-torres", "country:KEN", "2024-05-07") in got, got
    assert ("VISITED", "person:luis-rojas", "country:KEN", "2024-05-08") in got, got


def test_put_pen_to_paper_on_an_agreement_signed_at_a_lower_case_venue() -> None:
    text = (
        "Kenya, Chile sign police pact\n\n"
        "Friday 10 May 2024\n\n"
        "Chile and Kenya on Monday put pen to paper on an agreement on police training at the "
        "ministry in Nairobi. Officials also discussed trade.\n"
    )
    got = facts(extract_article(text))
    for c in ("CHL", "KEN"):
        assert ("SIGNED_AGREEMENT", f"country:{c}", "project:agreement-on-police-training",
                "2024-05-06") in got, got


def test_two_countries_trace_their_diplomatic_relations_back_to_a_year() -> None:
    text = (
        "Kenya and Chile mark ties\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya and Chile trace their diplomatic relations back to 1967, the minister said. "
        "Trade has grown since then.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:KEN", "country:CHL", "1967"), got


def test_a_tete_a_tete_and_two_demonym_ministers_received_are_meetings() -> None:
    text = (
        "Chilean ministers in Nairobi\n\n"
        "Friday 10 May 2024\n\n"
        "Chile's Minister of Trade, Ana Torres, held a tête-à-tête with Foreign Minister Paul "
        "Mwangi on Tuesday. Ms Torres and Chile's Minister of Mining, Luis Rojas, arrived in "
        "Nairobi on Monday for a three-day visit to Kenya. On Wednesday, the two Chilean "
        "ministers were received at State House by President Mary Wanjiru.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:ana-torres", "person:paul-mwangi", "2024-05-07"), got
    for p in ("person:ana-torres", "person:luis-rojas"):
        assert _has(got, "MET_WITH", p, "person:mary-wanjiru", "2024-05-08"), got


def test_a_member_of_one_body_as_well_as_of_another() -> None:
    text = (
        "Kenya and regional bodies\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya is a member of the East African Community (EAC) as well as of the "
        "Intergovernmental Authority on Development (IGAD), the minister said. Trade grew.\n"
    )
    got = facts(extract_article(text))
    for o in ("org:east-african-community", "org:intergovernmental-authority-on-development"):
        assert ("MEMBER_OF", "country:KEN", o, None) in got, got


def test_a_country_like_another_belongs_to_a_body() -> None:
    text = (
        "Kenya and regional bodies\n\n"
        "Friday 10 May 2024\n\n"
        "Uganda, like Kenya, belongs to the East African Community (EAC), the minister said. "
        "Rwanda, like Burundi, joined the Commonwealth years later.\n"
    )
    got = facts(extract_article(text))
    for c in ("UGA", "KEN"):
        assert ("MEMBER_OF", f"country:{c}", "org:east-african-community", None) in got, got
    # a joining is not extended: the other country may have joined at another time
    assert not any(f[0] == "MEMBER_OF" and f[1] == "country:BDI" for f in got), got


def test_a_sum_and_the_witnesses_after_a_described_agreement_end_its_name() -> None:
    text = (
        "Kenya, Chile sign health grant\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya's Finance Minister Paul Mwangi received Chile's Trade Minister Ana Torres on "
        "Monday. Later, Treasury Secretary Mary Wanjiru and the Country Director of the Chilean "
        "Agency for International Cooperation (AGCID), Luis Rojas, signed a grant agreement on "
        "rural clinics worth 12 million US dollars in their presence.\n"
    )
    got = facts(extract_article(text))
    for p in ("person:mary-wanjiru", "person:luis-rojas"):
        assert ("SIGNED_AGREEMENT", p, "project:grant-agreement-on-rural-clinics",
                "2024-05-06") in got, got


def test_a_one_word_trade_or_investment_agency_is_a_body() -> None:
    text = (
        "Kenya and Poland deepen ties\n\n"
        "Thursday 9 May 2024\n\n"
        "The Kenya Investment Authority (KenInvest) and PolTrade have cooperated on trade "
        "missions since 2019, the ambassador said.\n\n"
        "PolInvest has worked with Kenyan exporters since 2020.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("PolTrade") == "Institution", names(rec)
    assert names(rec).get("PolInvest") == "Institution", names(rec)
    assert _has(facts(rec), "COOPERATES_WITH", "institution:kenya-investment-authority",
                "institution:poltrade", "2019")


def test_a_deal_named_before_a_headline_participle_is_no_name() -> None:
    text = (
        "Peru-Chile: Fisheries Accord Signed, Tax Treaty Initialled\n\n"
        "Thursday 9 May 2024\n\n"
        "Peru and Chile on Wednesday signed an agreement on sustainable fisheries.\n"
    )
    rec = extract_article(text)
    assert "Fisheries Accord" not in names(rec), names(rec)
    assert "Tax Treaty" not in names(rec), names(rec)
    assert "agreement on sustainable fisheries" in names(rec), names(rec)


def test_a_building_named_after_a_person_is_no_person() -> None:
    text = (
        "Peru and Chile sign pact\n\n"
        "Thursday 9 May 2024\n\n"
        "Peru and Chile signed a memorandum of understanding on mining at the Sir Arthur Lewis "
        "Building on Wednesday, and the ministers later met at the Dr Rosa Vega Memorial Hall.\n"
    )
    rec = extract_article(text)
    assert not any(t == "Person" for t in names(rec).values()), names(rec)


def test_her_country_s_permanent_representative_to_an_organization() -> None:
    text = (
        "Peru and Chile hold talks\n\n"
        "Thursday 9 May 2024\n\n"
        "Peru's ambassador in Santiago, Ana Ruiz, who is also her country's permanent "
        "representative to the Latin American Integration Association (ALADI), joined the "
        "talks.\n\n"
        "Chile's ambassador in Lima, Luis Soto, who is also his country's Permanent "
        "Representative to the Andean Community, was present.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:ana-ruiz",
                "org:latin-american-integration-association", None), got
    assert _has(got, "ACCREDITED_TO", "person:luis-soto", "org:andean-community", None), got


def test_a_word_and_a_spaced_dash_before_an_institute_s_name() -> None:
    text = (
        "Peru and Spain deepen ties\n\n"
        "Thursday 9 May 2024\n\n"
        "Peru and Spain signed a memorandum of understanding on culture on Wednesday.\n\n"
        "As the minister noted, Cervantes – Institute for Spanish Language Teaching and Peru's "
        "Ministry of Culture have co-managed the Andean Reading Programme since 2011.\n"
    )
    rec = extract_article(text)
    body = "institution:cervantes-institute-for-spanish-language-teaching"
    assert names(rec).get("Cervantes – Institute for Spanish Language Teaching") == (
        "Institution"), names(rec)
    got = facts(rec)
    assert _has(got, "COOPERATES_WITH", body, "institution:ministry-of-culture", "2011"), got
    assert _has(got, "COOPERATES_VIA", body, "project:andean-reading-programme", "2011"), got


def test_a_gas_company_signs_a_memorandum_on_deliveries_through_an_interconnector() -> None:
    text = (
        "Gas deal signed in Sofia\n\n"
        "Thursday 9 May 2024\n\n"
        "Bulgarian Energy Minister Ivan Petrov received his Moldovan counterpart on Wednesday.\n\n"
        "In the presence of the two ministers, Moldovagaz and the National Electricity Company "
        "signed a memorandum on winter gas supplies through the Interconnector Romania-Serbia.\n"
    )
    rec = extract_article(text)
    got = names(rec)
    memo = "memorandum on winter gas supplies through the Interconnector Romania-Serbia"
    assert got.get("Moldovagaz") == "Organization", got
    assert got.get("Interconnector Romania-Serbia") == "Project", got
    assert got.get(memo) == "Project", got
    assert "Serbia" not in got and "Romania" not in got, got
    assert _has(facts(rec), "SIGNED_AGREEMENT", "org:moldovagaz",
                "project:" + memo.lower().replace(" ", "-"), "2024-05-08"), facts(rec)


def test_signers_put_their_names_to_a_loan_agreement_with_a_sum_and_a_city() -> None:
    text = (
        "Peru and Korea sign loan\n\n"
        "Thursday 9 May 2024\n\n"
        "Peruvian Foreign Minister Ana Ruiz held talks with Korean Foreign Minister Kim Min-jun "
        "in Seoul on Wednesday.\n\n"
        "Korea Eximbank President Lee Sung-ho and Peru's ambassador to Korea, Luis Soto, then "
        "put their names to a US$250 million loan agreement for the expansion of the Lima "
        "metro network.\n"
    )
    rec = extract_article(text)
    loan = "loan agreement for the expansion of the Lima metro network"
    assert names(rec).get(loan) == "Project", names(rec)
    got = facts(rec)
    j = "project:" + loan.lower().replace(" ", "-")
    assert _has(got, "SIGNED_AGREEMENT", "person:luis-soto", j, "2024-05-08"), got
    assert _has(got, "SIGNED_AGREEMENT", "person:lee-sung-ho", j, "2024-05-08"), got
    assert not any(f[0] == "SIGNED_AGREEMENT" and f[1] == "country:KOR" for f in got), got


def test_a_plural_head_shared_across_and_names_one_programme() -> None:
    text = (
        "Slovakia and Czechia deepen ties\n\n"
        "Thursday 9 May 2024\n\n"
        "Slovakia and Czechia have worked together through the Visegrad and Swiss Grants since "
        "2009.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Visegrad and Swiss Grants") == "Project", names(rec)
    got = facts(rec)
    for c in ("country:SVK", "country:CZE"):
        assert _has(got, "COOPERATES_VIA", c, "project:visegrad-and-swiss-grants", "2009"), got


def test_a_programme_with_a_tail_keeps_its_year_range() -> None:
    text = (
        "Peru and Chile sign programme\n\n"
        "Thursday 9 May 2024\n\n"
        "At the end of the meeting, Ruiz and Soto signed the Executive Programme for Youth "
        "Exchanges 2025-2027.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Executive Programme for Youth Exchanges 2025-2027") == "Project", (
        names(rec))


def test_a_state_financed_aid_under_a_programme_named_with_from() -> None:
    text = (
        "Estonia and Moldova deepen ties\n\n"
        "Thursday 9 May 2024\n\n"
        "Estonian Foreign Minister Kadri Tamm met her Moldovan counterpart Ion Rusu in Tallinn "
        "on Wednesday.\n\n"
        "Estonia has financed seed deliveries to Moldova under the Seeds from Estonia "
        "humanitarian programme since 2022.\n"
    )
    rec = extract_article(text)
    prog = "Seeds from Estonia humanitarian programme"
    assert names(rec).get(prog) == "Project", names(rec)
    assert _has(facts(rec), "COOPERATES_VIA", "country:EST",
                "project:seeds-from-estonia-humanitarian-programme", "2022"), facts(rec)


def test_a_ministry_whose_portfolio_list_has_items_of_two_words() -> None:
    text = (
        "Peru and Fiji hold talks\n\n"
        "Thursday 9 May 2024\n\n"
        "Peruvian Foreign Minister Ana Ruiz was met at the airport by officials of the Ministry "
        "of Foreign Affairs, International Development and External Relations on Wednesday.\n"
    )
    rec = extract_article(text)
    name = "Ministry of Foreign Affairs, International Development and External Relations"
    assert names(rec).get(name) == "Institution", names(rec)


def test_teamed_up_and_hand_in_hand_and_also_worked_with() -> None:
    text = (
        "Peru and Chile widen cooperation\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: The Chilean Agency for International Cooperation has teamed up with Peru's "
        "Ministry of Agriculture since 2020 on irrigation. The Peruvian Institute of Geophysics "
        "has been working hand in hand with the University of Chile since 2017. The Andean "
        "Development Corporation has also worked with Peru's Ministry of Energy since 2015.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH",
                "institution:chilean-agency-for-international-cooperation",
                "institution:ministry-of-agriculture", "2020"), got
    assert _has(got, "COOPERATES_WITH", "institution:peruvian-institute-of-geophysics",
                "institution:university-of-chile", "2017"), got


def test_a_body_of_a_country_partners_as_the_body() -> None:
    text = (
        "Peru and Chile widen cooperation\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: The National Health Institute (NHI) of Chile has partnered with Peru's Ministry "
        "of Health since 2019 on vaccines.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "institution:national-health-institute",
                "institution:ministry-of-health", "2019"), got
    assert not any(f[0] == "COOPERATES_WITH" and "country:CHL" in f[1:3] for f in got), got


def test_a_weekday_date_line_with_a_time_and_an_updated_tail_is_published() -> None:
    text = (
        "Peru News\n\n"
        "Chilean minister in Lima\n\n"
        "Thursday, May 9, 2024 - 11:20. Updated on Thursday, May 9, 2024 - 12:05.\n"
        "By Ana Rojas\n\n"
        "Chile's Foreign Minister, Luis Quispe, held talks in Lima on Wednesday with "
        "Foreign Minister Rosa Huaman.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-quispe", "person:rosa-huaman", "2024-05-08"), got


def test_witnessed_the_signing_of_an_agreement_by_two_signers() -> None:
    text = (
        "Peru and Chile sign research programme\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: After the talks on Wednesday, the two foreign ministers witnessed the signing of an "
        "executive programme for cooperation in mining by Peru's Minister of Energy, Luis "
        "Quispe, and Chile's ambassador to Peru, Rosa Huaman.\n"
    )
    got = facts(extract_article(text))
    for who in ("person:luis-quispe", "person:rosa-huaman"):
        assert any(f[0] == "SIGNED_AGREEMENT" and f[1] == who for f in got), got


def test_was_hosted_by_is_a_meeting() -> None:
    text = (
        "Chilean minister in Lima\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister, Luis Quispe, who arrived on Tuesday, was hosted on "
        "Wednesday morning by Vice President Rosa Huaman at her office.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-quispe", "person:rosa-huaman", "2024-05-08"), got


def test_a_demonym_in_a_short_form_is_no_partner() -> None:
    text = (
        "Peru and Chile widen cooperation\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: The Chilean Agency for Development (Chilean ADC) has also worked with Peru's "
        "Ministry of Health since 2015 on vaccines.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "institution:chilean-agency-for-development",
                "institution:ministry-of-health", "2015"), got
    assert not any(f[0] == "COOPERATES_WITH" and "country:CHL" in f[1:3] for f in got), got


def test_an_ended_visit_that_ran_over_a_range_takes_its_start() -> None:
    text = (
        "Chilean minister leaves Peru\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Chile's Foreign Minister, Luis Quispe, ended a visit to Peru on Thursday that "
        "lasted from 6 to 9 May 2024.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:luis-quispe", "country:PER", "2024-05-06"), got


def test_was_in_a_city_for_a_visit_to_a_country() -> None:
    text = (
        "Chilean minister in Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Chile's Foreign Minister, Luis Quispe, was in Cusco this week for a two-day working "
        "visit to Peru.\n"
    )
    got = facts(extract_article(text))
    assert any(f[:3] == ("VISITED", "person:luis-quispe", "country:PER") for f in got), got


def test_pooled_expertise_through_a_programme() -> None:
    text = (
        "Peru and Chile widen cooperation\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Peru and Chile have pooled their expertise through the Andean Glacier Monitoring "
        "Programme since 2012.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "country:PER", "country:CHL", "2012"), got
    assert _has(got, "COOPERATES_VIA", "country:CHL",
                "project:andean-glacier-monitoring-programme", "2012"), got


def test_flew_into_a_capital_for_a_visit() -> None:
    text = (
        "Chilean minister in Peru\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister, Luis Quispe, flew into Lima on Tuesday for a two-day "
        "working visit to Peru.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:luis-quispe", "country:PER", "2024-05-07"), got
    assert _has(got, "VISITED", "person:luis-quispe", "city:lima", "2024-05-07"), got


def test_spoke_about_a_topic_at_a_body_is_a_lecture() -> None:
    text = (
        "Chilean minister lectures in Lima\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister, Luis Quispe, held talks in Lima on Tuesday. On "
        "Wednesday, Luis Quispe spoke about Andean trade at the University of Lima.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "LECTURED_AT", "person:luis-quispe", "institution:university-of-lima",
                "2024-05-08"), got


def test_worked_alongside_and_jointly_funded_are_joint_work() -> None:
    text = (
        "Peru and Chile review cooperation\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: The Geophysical Institute of Peru has worked alongside the University of Chile "
        "on tsunami research since 2015. Peru and Chile have jointly funded the Andean Glacier "
        "Monitoring Programme since 2018.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "COOPERATES_WITH" and f[3] == "2015" for f in got), got
    assert _has(got, "COOPERATES_WITH", "country:PER", "country:CHL", "2018"), got
    assert any(f[0] == "COOPERATES_VIA" and f[1] == "country:CHL" and f[3] == "2018"
               for f in got), got


def test_memberships_part_of_a_body_a_superlative_member_and_a_founding_role() -> None:
    text = (
        "Peru and Chile review ties\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Peru is part of the Andean Community and has been an APEC member since 1998. "
        "Brazil, the largest member of the Southern Common Market (Mercosur), was not at the "
        "talks. The minister pointed to Chile's role as a founding member of the Pacific "
        "Alliance.\n"
    )
    got = facts(extract_article(text))
    mem = {(f[1], f[3]) for f in got if f[0] == "MEMBER_OF"}
    assert ("country:PER", None) in mem and ("country:PER", "1998") in mem, got
    assert ("country:BRA", None) in mem and ("country:CHL", None) in mem, got


def test_side_accreditations_whose_mission_covers_and_accredited_as_well() -> None:
    text = (
        "Envoys at the talks\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's ambassador in Lima, Luis Quispe, whose mission also covers Bolivia, "
        "attended the talks. Peru's Ambassador to Chile, Ana Torres, accredited as well to "
        "Argentina, said the talks went well. Ecuador's ambassador to Peru, Pedro Soto, who also "
        "covers Uruguay from Lima, was present.\n"
    )
    got = facts(extract_article(text))
    acc = {(f[1], f[2]) for f in got if f[0] == "ACCREDITED_TO"}
    assert ("person:luis-quispe", "country:BOL") in acc, got
    assert ("person:ana-torres", "country:ARG") in acc, got
    assert ("person:pedro-soto", "country:URY") in acc, got


def test_has_been_part_of_a_programme_cooperates_through_it() -> None:
    text = (
        "Peru and the EU review cooperation\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Peru has been part of the EU's Andean Water Programme since 2017, the ministry "
        "said.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "COOPERATES_VIA" and f[1] == "country:PER" and f[3] == "2017"
               for f in got), got


def test_in_a_city_on_the_first_visit_by_a_demonym_minister_to_a_country() -> None:
    text = (
        "Chilean minister in Peru\n\n"
        "Thursday 9 May 2024\n\n"
        "Chile's Foreign Minister, Luis Quispe, is in Lima this week on the first visit by a "
        "Chilean foreign minister to Peru in a decade.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:luis-quispe", "country:PER", None), got


def test_a_joint_declaration_on_a_partnership_is_a_signed_document() -> None:
    text = (
        "Chile and Peru upgrade ties\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister, Luis Quispe, arrived in Lima on Tuesday for a two-day "
        "visit to Peru. On Wednesday, he and Peruvian Foreign Minister Ana Torres signed a joint "
        "declaration on an enhanced partnership.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT" and f[3] == "2024-05-08"}
    assert {"person:luis-quispe", "person:ana-torres"} <= signers, got


def test_she_later_gave_a_talk_after_being_received_is_the_guest_s_talk() -> None:
    text = (
        "Chilean minister in Peru\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister, Ana Torres, arrived in Lima on Tuesday for a two-day "
        "visit to Peru. On Wednesday, Torres was received by Peruvian President Luis Quispe, and "
        "she later gave a lecture on Pacific trade to students of the University of Lima.\n"
    )
    got = facts(extract_article(text))
    lect = {f[1] for f in got if f[0] == "LECTURED_AT"}
    assert lect == {"person:ana-torres"}, got


def test_a_lower_case_month_on_the_date_line_gives_the_published_day() -> None:
    text = (
        "Chile and Peru review trade\n\n"
        "Author: Ana Torres | news@example.pe\n"
        "october 3, 2026 08:15:02\n\n"
        "Chile's Foreign Minister, Luis Quispe, began a two-day visit to Peru on Thursday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:luis-quispe", "country:PER", "2026-10-01"), got


def test_touched_down_in_a_city_at_the_start_of_a_stay_is_a_visit() -> None:
    text = (
        "Chilean minister in Peru\n\n"
        "Thursday 9 May 2024\n\n"
        "Chile's Foreign Minister Luis Quispe touched down in Lima on Tuesday for a three-day "
        "stay, his first official visit to Peru since 2019.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:luis-quispe", "country:PER", "2024-05-07"), got


def test_called_on_two_named_officials_meets_both() -> None:
    text = (
        "Chilean envoy in Lima\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Ambassador to Peru, Luis Quispe, called on Prime Minister Ana Torres and "
        "Trade Minister Pedro Soto on Wednesday.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((f[1], f[2])) for f in got if f[0] == "MET_WITH"}
    assert frozenset(("person:luis-quispe", "person:pedro-soto")) in met, got


def test_the_two_speakers_signed_is_both_speakers() -> None:
    text = (
        "Chile and Peru parliaments\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: The Speaker of Chile's Chamber of Deputies, Luis Quispe, was received on Tuesday "
        "by the President of the Congress of Peru, Ana Torres. The two speakers signed a "
        "memorandum on legislative cooperation.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert {"person:luis-quispe", "person:ana-torres"} <= signers, got


def test_wrapped_up_a_visit_is_a_visit_whose_start_is_not_given() -> None:
    text = (
        "Chilean minister ends trip\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister, Luis Quispe, wrapped up a three-day working visit to "
        "Peru on Thursday with a call on the Peruvian President.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:luis-quispe", "country:PER", None), got


def test_is_leading_a_delegation_to_a_country_is_a_visit() -> None:
    text = (
        "Chilean trade mission\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: The Speaker of Chile's Chamber of Deputies, Luis Quispe, is leading a trade "
        "delegation to Peru this week.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:luis-quispe", "country:PER", None), got


def test_where_he_had_been_on_a_visit_to_a_country_is_a_visit() -> None:
    text = (
        "Chilean minister back home\n\n"
        "Thursday 9 May 2024\n\n"
        "SANTIAGO: Chile's Foreign Minister, Luis Quispe, returned to Santiago on Thursday from "
        "Lima, where he had been on a two-day working visit to Peru from 6 to 7 May 2024.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:luis-quispe", "country:PER", "2024-05-06"), got


def test_a_body_s_seat_in_a_city_the_tables_do_not_hold_is_no_party() -> None:
    text = (
        "Croatia and Indonesia review ties\n\n"
        "Wednesday 3 June 2026\n\n"
        "ZAGREB: Since 2019, the University of Zagreb and Hasanuddin University in Makassar have "
        "exchanged researchers under Indonesia's Darmasiswa scholarship programme.\n"
    )
    got = facts(extract_article(text))
    pairs = {(f[0], f[1], f[2]) for f in got}
    assert ("COOPERATES_WITH", "institution:hasanuddin-university",
            "institution:university-of-zagreb") in pairs or (
        "COOPERATES_WITH", "institution:university-of-zagreb",
        "institution:hasanuddin-university") in pairs, got
    assert ("COOPERATES_VIA", "institution:university-of-zagreb",
            "project:darmasiswa-scholarship-programme") in pairs, got


def test_a_migrant_workers_or_labor_portfolio_before_a_post() -> None:
    text = (
        "Malaysia and Nepal sign labour pact\n\n"
        "Thursday 9 May 2024\n\n"
        "KUALA LUMPUR: Malaysia's Migrant Workers Minister, Azlan Hamid, signed the deal. "
        "The deal was also signed by Nepal's Labor Secretary, Ramesh Shrestha.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:azlan-hamid", "country:MYS", None) in got, got
    assert ("OFFICIAL_OF", "person:ramesh-shrestha", "country:NPL", None) in got, got


def test_ambassador_to_one_state_and_non_resident_ambassador_to_others() -> None:
    text = (
        "Chilean envoy in Lima\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Ambassador to Peru and non-resident Ambassador to Bolivia, Luis Quispe, "
        "attended the talks.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:luis-quispe", "country:CHL", None) in got, got
    assert ("ACCREDITED_TO", "person:luis-quispe", "country:PER", None) in got, got
    assert ("ACCREDITED_TO", "person:luis-quispe", "country:BOL", None) in got, got


def test_a_programme_with_its_field_before_it_listed_after_a_described_agreement() -> None:
    text = (
        "Chile and Peru sign accords\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: On Wednesday, Chilean Foreign Minister Luis Quispe and Peruvian Foreign Minister "
        "Ana Torres signed an agreement on the mutual recognition of diplomas and a youth "
        "exchange programme for 2025-2027.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert names(record).get("youth exchange programme for 2025-2027") == "Project", got
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"
               and f[2] == "project:youth-exchange-programme-for-2025-2027"}
    assert {"person:luis-quispe", "person:ana-torres"} <= signers, got


def test_a_head_of_mission_before_a_name_is_a_head_of_mission() -> None:
    text = (
        "Chilean envoy in Brussels\n\n"
        "Thursday 9 May 2024\n\n"
        "BRUSSELS: Chile's Head of Mission to the African Union, Luis Quispe, attended the "
        "talks. Peru's Deputy Head of Mission to the European Union, Ana Torres, was there too.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:luis-quispe", "country:CHL", None) in got, got
    assert ("ACCREDITED_TO", "person:luis-quispe", "org:african-union", None) in got, got
    assert not any(f[0] == "AMBASSADOR_OF" and f[1] == "person:ana-torres" for f in got), got


def test_who_doubles_as_ambassador_to_other_states() -> None:
    text = (
        "Chilean envoy in Lima\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Ambassador to Peru, Luis Quispe, who doubles as ambassador to Bolivia "
        "and Ecuador, attended the talks.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:luis-quispe", "country:BOL", None) in got, got
    assert ("ACCREDITED_TO", "person:luis-quispe", "country:ECU", None) in got, got


def test_a_lower_case_commissioner_or_foreign_policy_chief_before_a_name() -> None:
    text = (
        "Chile courts the EU\n\n"
        "Thursday 9 May 2024\n\n"
        "BRUSSELS: Chile's Foreign Minister Luis Quispe held talks on Wednesday with EU foreign "
        "policy chief Maria Lindqvist. Chile and the EU then signed a memorandum of "
        "understanding on lithium mining. It was signed by Quispe and by the EU's trade "
        "commissioner, Jan de Groot, with Lindqvist looking on.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:maria-lindqvist", "org:european-union", None) in got, got
    assert ("OFFICIAL_OF", "person:jan-de-groot", "org:european-union", None) in got, got
    assert _has(got, "MET_WITH", "person:luis-quispe", "person:maria-lindqvist", "2024-05-08"), got
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert "person:jan-de-groot" in signers and "person:maria-lindqvist" not in signers, got


def test_arrived_in_a_capital_at_the_head_of_a_delegation_for_a_visit() -> None:
    text = (
        "Peruvian minister in Chile\n\n"
        "Thursday 9 May 2024\n\n"
        "SANTIAGO: Peruvian Foreign Minister Ana Torres arrived in Santiago on Monday at the head "
        "of a ten-member business delegation for a three-day visit to Chile.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:ana-torres", "city:santiago", "2024-05-06") in got, got


def test_the_deputy_premier_is_the_deputy_prime_minister_named_before() -> None:
    text = (
        "Chilean deputy premier in Peru\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Deputy Prime Minister and Minister of Trade, Luis Quispe, arrived in Lima "
        "on Tuesday for a two-day visit to Peru. On Wednesday, the Chilean deputy premier held "
        "talks with Peruvian Foreign Minister Ana Torres.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-quispe", "person:ana-torres", "2024-05-08"), got


def test_witnessed_the_signing_by_two_signers_between_commas_of_an_agreement() -> None:
    text = (
        "Chile and Peru sign education accord\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: On Tuesday, Chilean Foreign Minister Luis Quispe held talks with Peruvian Foreign "
        "Minister Ana Torres. The two ministers then witnessed the signing, by Chile's Deputy "
        "Minister of Trade Pedro Soto and Peru's Deputy Minister of Education Rosa Vargas, of an "
        "agreement on cooperation in higher education.\n"
    )
    record = extract_article(text)
    got = facts(record)
    j = "project:agreement-on-cooperation-in-higher-education"
    assert names(record).get("agreement on cooperation in higher education") == "Project", got
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT" and f[2] == j}
    assert signers == {"person:pedro-soto", "person:rosa-vargas"}, got


def test_a_counterpart_known_only_by_a_demonym_is_the_minister_named_before() -> None:
    text = (
        "Peruvian minister in Chile\n\n"
        "Thursday 9 May 2024\n\n"
        "SANTIAGO: Peru's Foreign Minister, Ana Torres, arrived in Santiago on Tuesday for a "
        "two-day visit. On Wednesday, Chilean Foreign Minister Luis Quispe received his "
        "Peruvian counterpart at the La Moneda palace.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-quispe", "person:ana-torres", "2024-05-08"), got


def test_the_first_of_two_coordinated_visitors_flew_in_too() -> None:
    text = (
        "Peruvian ministers in Chile\n\n"
        "Thursday 9 May 2024\n\n"
        "SANTIAGO: It was signed by Chilean Trade Minister Pedro Soto and his Peruvian "
        "counterpart, Ana Torres. Ms Torres and Peru's Minister of Foreign Affairs, Luis Quispe, "
        "flew into Santiago on Tuesday for a two-day working visit to Chile.\n"
    )
    got = facts(extract_article(text))
    for who in ("person:ana-torres", "person:luis-quispe"):
        assert ("VISITED", who, "city:santiago", "2024-05-07") in got, got
        assert ("VISITED", who, "country:CHL", "2024-05-07") in got, got
    assert not any(f[0] == "VISITED" and f[1] == "person:pedro-soto" for f in got), got


def test_signed_after_the_talks_by_or_later_signed_by_names_its_signers() -> None:
    text = (
        "Chile and Peru sign two agreements\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister, Luis Quispe, held talks on Wednesday with Peruvian "
        "Foreign Minister Ana Torres. A memorandum of understanding on forestry was signed after "
        "the meeting by the National Forestry Service and Peru's Water Authority. The Agreement "
        "on Mining Cooperation was afterwards signed by the National Geology and Mining Service "
        "and the "
        "Geological Institute of Peru.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert {"institution:national-forestry-service", "institution:water-authority",
            "institution:national-geology-and-mining-service",
            "institution:geological-institute-of-peru"} <= signers, got


def test_the_visiting_minister_is_the_one_who_toured_the_country() -> None:
    text = (
        "Chile's foreign minister in Peru\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister Luis Quispe, who toured Peru from 6 to 9 May 2024, met "
        "Peruvian Foreign Minister Ana Torres on Tuesday. The visiting minister spoke on Pacific "
        "trade at the Diplomatic Academy of Peru on Wednesday.\n"
    )
    got = facts(extract_article(text))
    lect = {f[1] for f in got if f[0] == "LECTURED_AT"}
    assert lect == {"person:luis-quispe"}, got


def test_signed_on_behalf_of_his_country_after_while_is_the_second_signer() -> None:
    text = (
        "Chile and Peru sign forestry accord\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile and Peru on Wednesday signed a memorandum of understanding on forestry. "
        "Deputy Minister Ana Torres signed for Peru, while Chile's Ambassador in Lima, Luis "
        "Quispe, signed on behalf of his country.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT" and f[3] == "2024-05-08"}
    assert {"person:ana-torres", "person:luis-quispe"} <= signers, got


def test_was_welcomed_at_the_airport_by_a_named_official_is_a_meeting() -> None:
    text = (
        "Chilean minister arrives in Peru\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister Luis Quispe arrived in Lima on Wednesday for a two-day "
        "visit to Peru. Quispe was welcomed at Jorge Chávez airport by Deputy Foreign Minister "
        "Ana Torres.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((f[1], f[2])) for f in got if f[0] == "MET_WITH"}
    assert frozenset(("person:luis-quispe", "person:ana-torres")) in met, got


def test_has_trained_demonym_officials_under_a_programme_cooperates_through_it() -> None:
    text = (
        "Chile and Peru review cooperation\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: The two ministers met on Wednesday.\n\n"
        "Since 2015, Chile has trained Peruvian customs officers under the Andean Border "
        "Management Programme. Peru has funded schools in Bolivia through the Titicaca Education "
        "Initiative since 2019.\n"
    )
    got = facts(extract_article(text))
    via = {(f[1], f[3]) for f in got if f[0] == "COOPERATES_VIA"}
    assert {("country:CHL", "2015"), ("country:PER", "2019")} <= via, got


def test_her_demonym_counterpart_unnamed_is_the_visiting_minister_who_signs() -> None:
    text = (
        "Chile and Peru sign two agreements\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Minister of Foreign Affairs Luis Quispe arrived in Lima on Wednesday for a "
        "two-day visit to Peru. Later that day, Foreign Minister Ana Torres and her Chilean "
        "counterpart signed a Tourism Agreement and a memorandum of understanding on forestry.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert {"person:ana-torres", "person:luis-quispe"} <= signers, got


def test_ministers_looking_on_after_the_passive_signers_signed_nothing() -> None:
    text = (
        "Chile and Peru sign forestry accord\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister Luis Quispe held talks on Wednesday with Peruvian Foreign "
        "Minister Ana Torres. After the talks, a memorandum of understanding on forestry was "
        "signed by Deputy Minister Pedro Soto and Chile's Ambassador to Peru, Marta Rojas, with "
        "both ministers looking on.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"person:pedro-soto", "person:marta-rojas"}, got


def test_a_demonym_side_whose_country_is_never_named_is_nothing() -> None:
    text = (
        "Chilean minister in Lima\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister, Luis Quispe, met Peru's Foreign Minister, Ana Torres, "
        "on Tuesday. He then flew on for consultations with the Bolivian side.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-quispe", "person:ana-torres", "2024-05-07"), got
    assert not any("BOL" in f[2] for f in got), got


def test_a_dateline_with_the_date_first_and_the_place_in_brackets() -> None:
    text = (
        "Chilean minister in La Paz\n\n"
        "May 9, 2024 (LA PAZ) – Chile's Foreign Minister, Luis Quispe, flew to La Paz on Tuesday "
        "for a two-day visit to Bolivia.\n"
    )
    record = extract_article(text)
    assert str(record.article.published) == "2024-05-09", record.article.published
    got = facts(record)
    assert _has(got, "VISITED", "person:luis-quispe", "country:BOL", "2024-05-07"), got


def test_the_signing_of_a_described_agreement_by_the_two_ministers() -> None:
    text = (
        "Chile and Bolivia sign water accord\n\n"
        "Thursday 9 May 2024\n\n"
        "LA PAZ: Chile's Foreign Minister, Luis Quispe, held talks with Bolivia's Foreign "
        "Minister, Ana Torres, on Tuesday. The talks closed with the signing of a memorandum of "
        "understanding on shared aquifers by the two ministers.\n"
    )
    record = extract_article(text)
    got = facts(record)
    j = "project:memorandum-of-understanding-on-shared-aquifers"
    assert names(record).get("memorandum of understanding on shared aquifers") == "Project", got
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT" and f[2] == j}
    assert signers == {"person:luis-quispe", "person:ana-torres"}, got


def test_a_council_of_states_is_an_organization_its_members_belong_to() -> None:
    text = (
        "Chile and Peru\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister, Luis Quispe, met Peru's Foreign Minister, Ana Torres, "
        "on Tuesday. Both countries are members of the Council of Pacific Coastal States of "
        "South America.\n"
    )
    record = extract_article(text)
    got = facts(record)
    o = "Council of Pacific Coastal States of South America"
    assert names(record).get(o) == "Organization", names(record)
    members = {f[1] for f in got if f[0] == "MEMBER_OF"}
    assert members == {"country:CHL", "country:PER"}, got


def test_a_roadmap_for_cooperation_listed_after_a_described_agreement_is_signed_too() -> None:
    text = (
        "Chile and Peru sign accords\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister, Luis Quispe, held talks with Peru's Foreign Minister, "
        "Ana Torres, on Tuesday. The two ministers then signed an agreement on mutual recognition "
        "of driving licences and a roadmap for cooperation 2025-2027.\n"
    )
    record = extract_article(text)
    got = facts(record)
    j = "project:roadmap-for-cooperation-2025-2027"
    assert names(record).get("roadmap for cooperation 2025-2027") == "Project", names(record)
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT" and f[2] == j}
    assert signers == {"person:luis-quispe", "person:ana-torres"}, got


def test_have_been_developing_a_named_gas_field_together() -> None:
    text = (
        "Chile and Peru\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile and Peru have been developing the Camisea Sur (CSR) gas field together "
        "since 2019.\n"
    )
    record = extract_article(text)
    got = facts(record)
    j = "project:camisea-sur-gas-field"
    assert names(record).get("Camisea Sur gas field") == "Project", names(record)
    assert ("COOPERATES_WITH", "country:CHL", "country:PER", "2019") in got or (
        "COOPERATES_WITH", "country:PER", "country:CHL", "2019") in got, got
    assert {f[1] for f in got if f[0] == "COOPERATES_VIA" and f[2] == j} == {
        "country:CHL", "country:PER"}, got


def test_whose_remit_extends_to_or_concurrent_jurisdiction_over_other_states() -> None:
    text = (
        "Envoys in Lima\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Ambassador to Peru, Rosa Vargas, whose remit extends to Bolivia and "
        "Ecuador, opened the fair. Colombia's Ambassador to Peru, Pedro Soto, who has concurrent "
        "jurisdiction over Paraguay, attended too.\n"
    )
    got = facts(extract_article(text))
    for c in ("country:BOL", "country:ECU"):
        assert ("ACCREDITED_TO", "person:rosa-vargas", c, None) in got, got
    assert ("ACCREDITED_TO", "person:pedro-soto", "country:PRY", None) in got, got


def test_a_published_line_in_brackets_under_the_text_gives_the_published_day() -> None:
    text = (
        "Chile and Peru sign education accord\n\n"
        "Last Updated : 09 May 2024, 18:02 IST\n\n"
        "Lima: Chilean Foreign Minister Luis Quispe met Peruvian Foreign Minister Ana Torres on "
        "Tuesday.\n\n"
        + "".join(f"Point {n} of the talks was trade.\n\n" for n in range(1, 9))
        + "(Published 09 May 2024, 17:40 IST)\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert _has(got, "MET_WITH", "person:luis-quispe", "person:ana-torres", "2024-05-07"), got


def test_a_special_envoy_on_a_question_is_no_head_of_mission() -> None:
    text = (
        "Envoy in Caracas\n\n"
        "Thursday 9 May 2024\n\n"
        "CARACAS: Peruvian Special Envoy on Venezuela Luis Quispe travelled to Caracas on Tuesday "
        "for a two-day trip.\n"
    )
    got = facts(extract_article(text))
    assert not any(f[0] in ("AMBASSADOR_OF", "ACCREDITED_TO") for f in got), got
    assert ("OFFICIAL_OF", "person:luis-quispe", "country:PER", None) in got, got


def test_the_capitalised_deputy_minister_is_the_deputy_named_before() -> None:
    text = (
        "Peruvian deputy minister in Santiago\n\n"
        "Thursday 9 May 2024\n\n"
        "SANTIAGO: Peru's Deputy Foreign Minister, Ana Torres, held talks with Foreign Minister "
        "Luis Quispe on Monday.\n\n"
        "The Deputy Minister was later received by President Pedro Soto at La Moneda on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:ana-torres", "person:pedro-soto", "2024-05-07"), got
    assert not _has(got, "MET_WITH", "person:luis-quispe", "person:pedro-soto", "2024-05-07"), got


def test_received_the_visiting_dignitary_is_the_visitor_named_before() -> None:
    text = (
        "Peruvian minister in Santiago\n\n"
        "Thursday 9 May 2024\n\n"
        "SANTIAGO: Peru's Foreign Minister, Ana Torres, arrived in Santiago on Tuesday on a "
        "two-day visit to Chile.\n\n"
        "On Wednesday, Interior Minister Luis Quispe welcomed the visiting dignitary at the "
        "ministry.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-quispe", "person:ana-torres", "2024-05-08"), got


def test_a_two_state_joint_working_group_is_a_bilateral_mechanism() -> None:
    text = (
        "Chile and Peru review mining ties\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile and Peru have worked together through the Peru-Chile Joint Working Group on "
        "Mining since 2019.\n"
    )
    record = extract_article(text)
    got = facts(record)
    j = "project:peru-chile-joint-working-group-on-mining"
    assert names(record).get("Peru-Chile Joint Working Group on Mining") == "Project", got
    for c in ("country:CHL", "country:PER"):
        assert ("COOPERATES_VIA", c, j, "2019") in got, got


def test_have_been_running_a_joint_course_is_cooperation() -> None:
    text = (
        "Chile and Peru universities\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: The University of Chile and the National University of San Marcos have been "
        "running a joint mining engineering course since 2020.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "COOPERATES_WITH" and f[3] == "2020" for f in got), got


def test_his_demonym_guest_unnamed_is_the_visitor_who_signs() -> None:
    text = (
        "Chile and Peru sign forestry accord\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Minister of Agriculture Luis Quispe arrived in Lima on Tuesday for a "
        "three-day stay. On Wednesday, Agriculture Minister Ana Torres and her Chilean guest "
        "signed a memorandum of understanding on forestry.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert {"person:ana-torres", "person:luis-quispe"} <= signers, got


def test_a_post_to_a_state_body_before_a_name_is_an_official_of_it() -> None:
    text = (
        "Chile and Peru sign forestry accord\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile and Peru signed a memorandum of understanding on forestry on Wednesday. "
        "Permanent Secretary to the Ministry of Agriculture Ana Torres signed for Peru.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:ana-torres", "institution:ministry-of-agriculture",
            None) in got, got


def test_a_capital_written_with_a_trailing_apostrophe_is_the_city_visited() -> None:
    text = (
        "Sri Lankan minister in the Maldives\n\n"
        "Thursday 9 May 2024\n\n"
        "Sri Lanka's Foreign Minister Ana Perera flew to Male' on Wednesday for a two-day visit "
        "to the Maldives.\n"
    )
    got = facts(extract_article(text))
    visited = {f[2] for f in got if f[0] == "VISITED" and f[1] == "person:ana-perera"}
    assert {"city:male", "country:MDV"} <= visited, got


def test_ended_a_visit_that_had_begun_on_a_day_is_dated_by_its_start() -> None:
    text = (
        "Chilean minister ends Peru visit\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Chile's Foreign Minister Luis Quispe ended on Friday an official visit to Peru "
        "which had begun on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:luis-quispe", "country:PER", "2024-05-07") in got, got


def test_the_first_visit_to_a_country_after_a_city_visit_is_a_visit_to_it() -> None:
    text = (
        "Chilean president in Lima\n\n"
        "Thursday 9 May 2024\n\n"
        "Chile's President Luis Quispe made a state visit to Lima on Wednesday, the first visit "
        "to Peru by a Chilean head of state in a decade.\n"
    )
    got = facts(extract_article(text))
    visited = {f[2] for f in got if f[0] == "VISITED" and f[1] == "person:luis-quispe"}
    assert {"city:lima", "country:PER"} <= visited, got


def test_the_city_before_where_she_had_been_on_a_visit_was_visited_too() -> None:
    text = (
        "Chilean minister back from Peru\n\n"
        "Friday 10 May 2024\n\n"
        "SANTIAGO: Foreign Minister Luis Quispe came home on Friday from Lima, "
        "where he had been on a two-day working visit to Peru from 8 to 9 May 2024.\n"
    )
    got = facts(extract_article(text))
    visited = {f[2] for f in got if f[0] == "VISITED" and f[1] == "person:luis-quispe"}
    assert {"city:lima", "country:PER"} <= visited, got


def test_a_surname_with_a_possessive_is_the_person_named_before() -> None:
    text = (
        "Chile and Peru review ties\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister Luis Quispe met Peruvian officials on Wednesday. An "
        "extradition treaty, first raised during Quispe's visit to Arequipa in 2022, was also "
        "discussed.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:luis-quispe", "city:arequipa", "2022") in got, got


def test_a_visit_last_year_is_dated_by_the_year_before() -> None:
    text = (
        "Chile and Peru review ties\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister Luis Quispe met Peruvian officials on Wednesday. Peru's "
        "Foreign Minister Ana Torres paid a visit to Chile last year.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:ana-torres", "country:CHL", "2023") in got, got


def test_two_signers_with_posts_before_initialled_and_signed() -> None:
    text = (
        "Chile and Peru sign forestry accord\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Deputy Minister of Agriculture, Luis Quispe, and the Peruvian Ambassador "
        "to Chile, Ana Torres, initialed and signed a memorandum of understanding on forestry on "
        "Wednesday.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert {"person:luis-quispe", "person:ana-torres"} <= signers, got


def test_a_state_body_that_has_funded_projects_through_a_programme_cooperates_via_it() -> None:
    text = (
        "Chile and Peru review cooperation\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: The two ministers met on Wednesday.\n\n"
        "The Chilean Agency for International Development Cooperation has funded schools in "
        "Peru through the Andean Education Partnership since 2016.\n"
    )
    got = facts(extract_article(text))
    via = {(f[1], f[2]) for f in got if f[0] == "COOPERATES_VIA"}
    assert any(a.startswith("institution:") and "andean-education-partnership" in j
               for a, j in via), got


def test_a_state_fund_for_development_and_the_presidential_secretariat_are_institutions() -> None:
    text = (
        "Chile and Peru review cooperation\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Chile's Foreign Minister Luis Quispe was received on Wednesday at the Presidential "
        "Secretariat. The Peru Fund for Development and Chile have worked together since 2019 on "
        "the Andean Housing Initiative.\n"
    )
    got = names(extract_article(text))
    assert got.get("Peru Fund for Development") == "Institution", got
    assert got.get("Presidential Secretariat") == "Institution", got


def test_on_the_first_day_of_the_visit_is_the_day_it_began() -> None:
    text = (
        "Chilean minister ends Peru visit\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Chile's Foreign Minister Luis Quispe ended on Friday an official visit to Peru "
        "that had started on Tuesday. On the first day of the visit, he was received by "
        "President Ana Torres.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:luis-quispe", "person:ana-torres", "2024-05-07") in got or (
        "MET_WITH", "person:ana-torres", "person:luis-quispe", "2024-05-07") in got, got


def test_a_name_s_initials_after_a_body_end_the_body() -> None:
    # "Secretary to the Ministry of Fisheries K. P. X": the first initial is the person's, not
    # the last word of the ministry's name
    text = (
        "Kenya and Sri Lanka review trade\n\n"
        "Thursday 9 May 2024\n\n"
        "Trade between the two countries grew last year. On Wednesday, Kenyan Ambassador Jane "
        "Wanjiru held talks with Secretary to the Ministry of Trade J. R. Fernando in Colombo.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:jane-wanjiru", "person:j-r-fernando", "2024-05-08"), got
    assert ("OFFICIAL_OF", "person:j-r-fernando", "institution:ministry-of-trade", None) in got, got


def test_a_date_line_that_writes_its_month_in_capitals_is_the_publication_date() -> None:
    # "MARCH 4, 2025 10:41" under the headline: an upper-case month on a date line
    text = (
        "Chile's minister in Lisbon\n\n"
        "By ANA COSTA\n"
        "MARCH 4, 2025 10:41\n\n"
        "Chile's Foreign Minister Luis Quispe held talks with Foreign Minister Rui Matos in "
        "Lisbon on Monday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-quispe", "person:rui-matos", "2025-03-03"), got


def test_was_welcomed_in_a_city_by_y_is_a_meeting() -> None:
    # "X was welcomed in <city> on Tuesday by Y": a welcome where he arrives, as "at the airport"
    text = (
        "Peru and Chile review ties\n\n"
        "Wednesday 8 May 2024\n\n"
        "Peru's Foreign Minister Luis Quispe was welcomed in Santiago on Tuesday by Foreign "
        "Minister Ana Torres.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-quispe", "person:ana-torres", "2024-05-07"), got


def test_diplomatic_relations_between_a_and_b_were_formalised_is_an_establishment() -> None:
    text = (
        "Peru and Mongolia mark anniversary\n\n"
        "Wednesday 8 May 2024\n\n"
        "Diplomatic relations between Lima and Ulaanbaatar were formalized on 3 March 1971, "
        "officials recalled.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:MNG", "1971-03-03"), got


def test_later_between_the_signers_and_signed() -> None:
    # "A and B later signed J": "later" between the two signers and the verb, as "then"
    text = (
        "Estonia and Ghana sign fisheries memorandum\n\n"
        "Friday 10 May 2024\n\n"
        "TALLINN: Ghana's Minister of Fisheries, Kojo Mensah Boateng, met Estonia's Minister of "
        "Economic Affairs, Kadri Tamm, on Thursday. Mr Boateng and Ms Tamm later signed a "
        "memorandum of understanding on fish processing.\n"
    )
    got = facts(extract_article(text))
    j = "project:memorandum-of-understanding-on-fish-processing"
    assert _has(got, "SIGNED_AGREEMENT", "person:kojo-mensah-boateng", j, "2024-05-09"), got
    assert _has(got, "SIGNED_AGREEMENT", "person:kadri-tamm", j, "2024-05-09"), got


def test_a_signed_declaration_of_intent_joint_or_not_is_an_agreement() -> None:
    # "signed a (joint) declaration of intent on J": a signed document, named by its own words
    text = (
        "Austria and Peru agree on rail freight\n\n"
        "Friday 10 May 2024\n\n"
        "VIENNA: Peru's Minister of Transport, Rosa Quispe Huamán, held talks with Austria's "
        "Minister of Foreign Affairs, Georg Leitner, on Thursday. Ms Quispe Huamán and Mr "
        "Leitner signed a joint declaration of intent on rail freight. On Friday, Mr Leitner "
        "and Ms Quispe Huamán signed a declaration of intent on road safety.\n"
    )
    got = facts(extract_article(text))
    for j, day in (("project:joint-declaration-of-intent-on-rail-freight", "2024-05-09"),
                   ("project:declaration-of-intent-on-road-safety", "2024-05-10")):
        assert _has(got, "SIGNED_AGREEMENT", "person:rosa-quispe-huaman", j, day), got
        assert _has(got, "SIGNED_AGREEMENT", "person:georg-leitner", j, day), got


def test_a_letter_of_intent_signed_alone_or_after_a_memorandum() -> None:
    # "signed a memorandum on J1 and a letter of intent on J2": a letter of intent is a signed
    # document, alone or as the next item of a signing
    text = (
        "Portugal and Vietnam sign port documents\n\n"
        "Friday 10 May 2024\n\n"
        "LISBON: Vietnam's Minister of Transport, Tran Van Long, held talks with Portugal's "
        "Minister of Infrastructure, Ana Sofia Reis, on Thursday. Mr Tran Van Long and Ms Reis "
        "signed a memorandum of understanding on port logistics and a letter of intent on "
        "maritime training.\n"
    )
    got = facts(extract_article(text))
    for j in ("project:memorandum-of-understanding-on-port-logistics",
              "project:letter-of-intent-on-maritime-training"):
        assert _has(got, "SIGNED_AGREEMENT", "person:tran-van-long", j, "2024-05-09"), got
        assert _has(got, "SIGNED_AGREEMENT", "person:ana-sofia-reis", j, "2024-05-09"), got


def test_the_noun_accreditation_needs_no_title_but_other_words_need_a_head_of_mission() -> None:
    # "accreditation" says by itself that the person heads a mission; "whose mandate covers"
    # and "also covers" say so only of someone holding a head of mission's post
    text = (
        "Diplomats gather in Lima\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: The reception was opened by Ms Ana Ruiz Tello, who also holds accreditation to "
        "Japan. Trade Minister Pedro Salas Vera, whose mandate also covers Bolivia, "
        "spoke first. Mr Lucas Ferro, who also covers Ecuador, was absent. Chile's Ambassador to "
        "Peru, Marta Olmos, whose mandate also covers Bolivia, closed the evening.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:ana-ruiz-tello", "country:JPN", None), got
    assert _has(got, "ACCREDITED_TO", "person:marta-olmos", "country:BOL", None), got
    accredited = {f[1] for f in got if f[0] == "ACCREDITED_TO"}
    assert "person:pedro-salas-vera" not in accredited, got
    assert "person:lucas-ferro" not in accredited, got


def test_affixed_or_appended_their_signatures_to_is_a_signing() -> None:
    # "A and B affixed (appended) their signatures to J": the idiom of "put their signatures
    # to" with another verb
    text = (
        "Chile and Kenya sign two documents\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Chile's Minister of Agriculture, Pablo Ortúzar Reyes, held talks with Kenya's "
        "Cabinet Secretary for Trade, Grace Wanjiru Mwangi, on Thursday. Mr Ortúzar Reyes and "
        "Ms Mwangi affixed their signatures to a memorandum of understanding on avocado exports. "
        "On Friday, Mr Ortúzar Reyes and Ms Mwangi appended their signatures to an agreement on "
        "plant health.\n"
    )
    got = facts(extract_article(text))
    for j, day in (("project:memorandum-of-understanding-on-avocado-exports", "2024-05-09"),
                   ("project:agreement-on-plant-health", "2024-05-10")):
        assert _has(got, "SIGNED_AGREEMENT", "person:pablo-ortuzar-reyes", j, day), got
        assert _has(got, "SIGNED_AGREEMENT", "person:grace-wanjiru-mwangi", j, day), got


def test_sealed_subscribed_and_proceeded_to_the_signature_of_are_signings() -> None:
    # "sealed J", "subscribed J" (a calque of "subscribed", not "subscribed to a view") and
    # "proceeded to the signature of J": other verbs of signing
    text = (
        "Peru and Senegal sign three documents\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Senegal's Minister of Trade, Ousmane Diallo Ndiaye, held talks with Peru's "
        "Minister of Foreign Affairs, Carmen Rosa Villanueva, on Thursday. Mr Diallo Ndiaye and "
        "Ms Villanueva sealed an agreement on tourism promotion. On Friday, Mr Diallo Ndiaye and "
        "Ms Villanueva subscribed a memorandum of understanding on fisheries research. Later on "
        "Friday, Mr Diallo Ndiaye and Ms Villanueva proceeded to the signature of a protocol on "
        "consular cooperation.\n"
    )
    got = facts(extract_article(text))
    for j, day in (("project:agreement-on-tourism-promotion", "2024-05-09"),
                   ("project:memorandum-of-understanding-on-fisheries-research", "2024-05-10"),
                   ("project:protocol-on-consular-cooperation", "2024-05-10")):
        assert _has(got, "SIGNED_AGREEMENT", "person:ousmane-diallo-ndiaye", j, day), got
        assert _has(got, "SIGNED_AGREEMENT", "person:carmen-rosa-villanueva", j, day), got


def test_sat_for_consultations_with_and_sat_down_at_a_venue_with_are_meetings() -> None:
    # "sat for bilateral consultations with X", "sat down at the Foreign Ministry with X":
    # meetings, as "sat down with X" and "held consultations with X" were
    text = (
        "Jamaica and Ghana review ties\n\n"
        "Friday 10 May 2024\n\n"
        "KINGSTON: Ghana's Deputy Minister of Foreign Affairs, Efua Owusu Mensah, sat for "
        "bilateral consultations with Jamaica's Permanent Secretary, Marlon Reid Campbell, on "
        "Wednesday. On Thursday, Ms Owusu Mensah sat down at the Ministry of Foreign Affairs "
        "with Jamaica's Minister of Industry, Dwight Ellis Brown.\n"
    )
    got = facts(extract_article(text))
    a = "person:efua-owusu-mensah"
    assert (_has(got, "MET_WITH", a, "person:marlon-reid-campbell", "2024-05-08")
            or _has(got, "MET_WITH", "person:marlon-reid-campbell", a, "2024-05-08")), got
    assert (_has(got, "MET_WITH", a, "person:dwight-ellis-brown", "2024-05-09")
            or _has(got, "MET_WITH", "person:dwight-ellis-brown", a, "2024-05-09")), got


def test_his_or_her_national_homologue_is_a_counterpart() -> None:
    # "her Angolan homologue, X": a named person of that country, as "her Angolan counterpart"
    text = (
        "Angola and Uruguay discuss trade\n\n"
        "Friday 10 May 2024\n\n"
        "LUANDA: Uruguay's Minister of Industry, Lucía Ferreira Costa, arrived in Luanda on "
        "Thursday at the invitation of her Angolan homologue, Manuel Tavares Neto.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "OFFICIAL_OF", "person:manuel-tavares-neto", "country:AGO", None), got


def test_reports_called_premature_in_quotes_are_a_denial() -> None:
    # "Reports that A and B had signed J were "premature," a spokesman said": no signing
    text = (
        "Ghana and Brazil review ties\n\n"
        "Friday 10 May 2024\n\n"
        "ACCRA: Brazil's Minister of Agriculture, Rui Mendes Prado, held talks with Ghana's "
        "Minister of Trade, Kofi Asare Boadu, on Thursday. Reports that Accra and Brasília had "
        "signed a cocoa agreement were \"premature,\" a spokesman said.\n"
    )
    got = facts(extract_article(text))
    assert not any(f[0] == "SIGNED_AGREEMENT" for f in got), got


def test_granted_an_audience_by_and_held_a_working_session_are_meetings() -> None:
    # "X was granted an audience by Y", "X and Y held a working session", "X held a working
    # session with Y": meetings
    text = (
        "Fiji and Chile review ties\n\n"
        "Friday 10 May 2024\n\n"
        "SUVA: Chile's Minister of Mining, Tomás Rivas Olea, was granted an audience by Fiji's "
        "Prime Minister, Jone Vatu Naisara, on Thursday. On Friday, Mr Rivas Olea and Fiji's "
        "Minister of Lands, Semi Koroi Tuilau, held a working session at the Ministry of Lands. "
        "Mr Rivas Olea also held a working session with Fiji's Minister of Trade, Ana Vula Seru, "
        "on Friday.\n"
    )
    got = facts(extract_article(text))
    a = "person:tomas-rivas-olea"
    for b, day in (("person:jone-vatu-naisara", "2024-05-09"),
                   ("person:semi-koroi-tuilau", "2024-05-10"),
                   ("person:ana-vula-seru", "2024-05-10")):
        assert _has(got, "MET_WITH", a, b, day) or _has(got, "MET_WITH", b, a, day), got


def test_entered_into_diplomatic_relations_and_diplomatic_links_since_are_ties() -> None:
    # "A and B entered into diplomatic relations in 1965", "C and D have had diplomatic links
    # since 1971": establishments of ties
    text = (
        "Chile, Gabon and Mali review ties\n\n"
        "Friday 10 May 2024\n\n"
        "SANTIAGO: Chile and Gabon entered into diplomatic relations in 1965. Chile and Mali "
        "have had diplomatic links since 1971.\n"
    )
    got = facts(extract_article(text))
    for a, b, year in (("country:CHL", "country:GAB", "1965"),
                       ("country:CHL", "country:MLI", "1971")):
        assert (_has(got, "ESTABLISHED_TIES", a, b, year)
                or _has(got, "ESTABLISHED_TIES", b, a, year)), got


def test_and_whose_accreditation_after_a_residence_and_dual_accredited() -> None:
    # "X, who resides in L, and whose accreditation extends to A": the second relative clause
    # joined by "and"; "X, who is dual-accredited to A": the hyphenated form of the participle
    text = (
        "Envoys at the forum\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Spain's Ambassador to Peru, Carmen Vidal Rius, who resides in Lima, and whose "
        "accreditation extends to Bolivia, opened the forum. Japan's ambassador in Quito, Kenji "
        "Mori, who is dual-accredited to Colombia, spoke next.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:carmen-vidal-rius", "country:BOL", None), got
    assert _has(got, "ACCREDITED_TO", "person:kenji-mori", "country:COL", None), got


def test_affixed_their_signatures_to_and_penned_are_signings() -> None:
    # "the two ministers affixed their signatures to J", "A and B penned J": verbs of signing
    # beside "signed", "inked" and "put their signatures to"
    text = (
        "Ghana and Uruguay agree on cocoa research\n\n"
        "Friday 10 May 2024\n\n"
        "ACCRA: Uruguay's Minister of Agriculture, Sofía Bentancur, held talks with Ghana's "
        "Minister of Trade, Kwesi Owusu-Ansah, on Thursday. Ms Bentancur and Mr Owusu-Ansah "
        "affixed their signatures to a memorandum of understanding on cocoa research. On "
        "Friday, Mr Owusu-Ansah and Ms Bentancur penned an agreement on seed certification.\n"
    )
    got = facts(extract_article(text))
    for j, day in (("project:memorandum-of-understanding-on-cocoa-research", "2024-05-09"),
                   ("project:agreement-on-seed-certification", "2024-05-10")):
        assert _has(got, "SIGNED_AGREEMENT", "person:sofia-bentancur", j, day), got
        assert _has(got, "SIGNED_AGREEMENT", "person:kwesi-owusu-ansah", j, day), got


def test_countersigned_is_a_signing() -> None:
    # "A and B countersigned J": a signing
    text = (
        "Fiji and Chile sign fisheries memorandum\n\n"
        "Friday 10 May 2024\n\n"
        "SUVA: Chile's Minister of Economy, Tomás Undurraga, held talks with Fiji's Minister "
        "of Fisheries, Josefa Tikoduadua, on Thursday. Mr Undurraga and Mr Tikoduadua "
        "countersigned a memorandum of understanding on fisheries surveillance on Friday.\n"
    )
    got = facts(extract_article(text))
    j = "project:memorandum-of-understanding-on-fisheries-surveillance"
    assert _has(got, "SIGNED_AGREEMENT", "person:tomas-undurraga", j, "2024-05-10"), got
    assert _has(got, "SIGNED_AGREEMENT", "person:josefa-tikoduadua", j, "2024-05-10"), got


def test_entered_into_diplomatic_relations_is_an_establishment() -> None:
    # "A and B entered into diplomatic relations in 1974": an establishment of ties
    text = (
        "Nepal and Peru review ties\n\n"
        "Friday 10 May 2024\n\n"
        "KATHMANDU: Peru and Nepal entered into diplomatic relations in 1974, the two "
        "foreign secretaries recalled at their meeting on Thursday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:NPL", "1974"), got


def test_exchanged_views_with_a_named_person_is_a_meeting() -> None:
    # "he exchanged views with Prime Minister X over dinner": a meeting
    text = (
        "Kenyan envoy in Apia\n\n"
        "Friday 10 May 2024\n\n"
        "APIA: Kenya's High Commissioner to Australia, Otieno Wambua, arrived in Apia on "
        "Wednesday. On Thursday he exchanged views with Samoa's Minister of Health, Tuala "
        "Leota Falaniko, over dinner.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:otieno-wambua", "person:tuala-leota-falaniko",
                "2024-05-09"), got


def test_an_oration_at_an_institute_is_a_lecture() -> None:
    # "delivered the annual oration at the Institute": an oration is a lecture
    text = (
        "Maltese minister in Manila\n\n"
        "Friday 10 May 2024\n\n"
        "MANILA: Malta's Minister for Foreign Affairs, Karmenu Vella Bonnici, is on a "
        "three-day visit to the Philippines. On Thursday, Vella Bonnici delivered the annual "
        "Rizal oration at the Foreign Service Institute on small states and the sea.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "LECTURED_AT", "person:karmenu-vella-bonnici",
                "institution:foreign-service-institute", "2024-05-09"), got


def test_was_welcomed_today_at_a_place_by_y_is_a_meeting() -> None:
    # "X was welcomed today at the Conference Centre by Y": the day between the verb and the
    # place does not hide the welcome
    text = (
        "Mongolia and the FAO\n\n"
        "Rome, 10 May 2024\n\n"
        "Mongolia's Minister of Food and Agriculture, Batbold Ganzorig, was welcomed today at "
        "the Lubin Conference Room by the Deputy Director-General of the Food and Agriculture "
        "Organization, Marta Ricci.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:batbold-ganzorig", "person:marta-ricci",
                "2024-05-10"), got


def test_un_regional_commissions_are_organizations() -> None:
    # "the Economic Commission for Latin America and the Caribbean (ECLAC)": a UN regional
    # commission is a multilateral body (Organization), not an institution by its "Commission"
    text = (
        "Chile and ECLAC\n\n"
        "Santiago, 10 May 2024\n\n"
        "Paraguay's Minister of Planning, Carlos Benítez, was received today by the Executive "
        "Secretary of the Economic Commission for Latin America and the Caribbean (ECLAC), "
        "Laura Méndez. Paraguay has been a member of ECLAC since 1948.\n"
    )
    rec = extract_article(text)
    got = names(rec)
    assert got.get("Economic Commission for Latin America and the Caribbean") == "Organization", got


def test_co_signed_and_affixed_signatures_are_signings() -> None:
    # "A and B co-signed J", "the two ministers affixed their signatures to J": signing verbs
    text = (
        "Chile and Estonia sign two documents\n\n"
        "Thursday 16 May 2024\n\n"
        "SANTIAGO: Chile's Minister of Foreign Affairs, Pablo Herrera Soto, held talks with "
        "Estonia's Minister of Foreign Affairs, Kristjan Saar, on Wednesday. Mr Herrera Soto and "
        "Mr Saar co-signed a memorandum of understanding on digital government. On Thursday, "
        "Mr Saar and Mr Herrera Soto affixed their signatures to an agreement on youth "
        "mobility.\n"
    )
    got = facts(extract_article(text))
    for j, day in (("project:memorandum-of-understanding-on-digital-government", "2024-05-15"),
                   ("project:agreement-on-youth-mobility", "2024-05-16")):
        assert _has(got, "SIGNED_AGREEMENT", "person:pablo-herrera-soto", j, day), got
        assert _has(got, "SIGNED_AGREEMENT", "person:kristjan-saar", j, day), got


def test_launched_diplomatic_relations_is_an_establishment() -> None:
    # "A and B launched (initiated) diplomatic relations on T": the ties' start
    text = (
        "Ties\n\n"
        "Monday 13 May 2024\n\n"
        "Peru and Kazakhstan launched diplomatic relations on 3 March 1995. Chile and Mongolia "
        "initiated diplomatic relations in 1970.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:KAZ", "1995-03-03"), got
    assert _has(got, "ESTABLISHED_TIES", "country:CHL", "country:MNG", "1970"), got


def test_conferred_with_is_a_meeting() -> None:
    # "X conferred with Y on T": a meeting
    text = (
        "Austria and Peru talk\n\n"
        "Friday 17 May 2024\n\n"
        "VIENNA: Peru's Minister of Foreign Affairs, Carmen Rojas Paredes, conferred with "
        "Austria's Minister of Foreign Affairs, Georg Leitner, on Thursday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:carmen-rojas-paredes", "person:georg-leitner",
                "2024-05-16"), got


def test_acknowledged_the_independence_is_a_recognition() -> None:
    # "A acknowledged the independence of B in T": a recognition (not "acknowledged B's role")
    text = (
        "History\n\n"
        "Monday 13 May 2024\n\n"
        "Finland acknowledged the independence of Estonia in February 1920. Japan acknowledged "
        "Finland's help during the talks.\n"
    )
    got = facts(extract_article(text))
    assert ("RECOGNIZED", "country:FIN", "country:EST", "1920-02") in got, got
    assert not any(f[0] == "RECOGNIZED" and f[1] == "country:JPN" for f in got), got


def test_has_belonged_been_part_of_and_held_membership_are_memberships() -> None:
    # "C has belonged to O since T", "C has been part of O since T", "C has held O membership
    # since T": memberships with their start
    text = (
        "Members\n\n"
        "Monday 13 May 2024\n\n"
        "Estonia has belonged to the Council of Europe since May 1993. Armenia has been part of "
        "the Eurasian Economic Union since January 2015. Croatia has held NATO membership since "
        "April 2009.\n"
    )
    got = facts(extract_article(text))
    members = {(f[1], f[3]) for f in got if f[0] == "MEMBER_OF"}
    assert ("country:EST", "1993-05") in members, got
    assert ("country:ARM", "2015-01") in members, got
    assert ("country:HRV", "2009-04") in members, got


def test_handed_over_letters_of_credence_is_a_meeting() -> None:
    # "X handed over her letters of credence to President Y": the ceremony is a meeting
    text = (
        "Credentials\n\n"
        "Wednesday 15 May 2024\n\n"
        "ACCRA: The Ambassador of Chile to Ghana, Rosa Valdés Molina, handed over her letters "
        "of credence to President Kwame Asante at the Jubilee House today.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:rosa-valdes-molina", "person:kwame-asante",
                "2024-05-15"), got


def test_arrived_in_a_city_opening_a_visit() -> None:
    # "X arrived in CITY on T, opening a two-day visit to C": the city and the country visited
    # that day
    text = (
        "Visit\n\n"
        "Tuesday 14 May 2024\n\n"
        "Peru's Minister of Foreign Affairs, Carmen Rojas Paredes, arrived in Helsinki on "
        "Monday, opening a three-day visit to Finland.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:carmen-rojas-paredes", "city:helsinki", "2024-05-13") in got, got
    assert ("VISITED", "person:carmen-rojas-paredes", "country:FIN", "2024-05-13") in got, got


def test_spoke_before_students_of_a_body_is_a_lecture() -> None:
    # "X spoke before students of the University on T": a talk at that body
    text = (
        "Lecture\n\n"
        "Tuesday 14 May 2024\n\n"
        "On Monday, Chile's Minister of Foreign Affairs, Pablo Herrera Soto, spoke before "
        "students of the University of Tartu about Pacific trade.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:pablo-herrera-soto", "institution:university-of-tartu",
            "2024-05-13") in got, got


def test_has_benefited_from_a_programme_is_cooperation_through_it() -> None:
    # "C has benefited from the J since T": C takes part in J (as "a beneficiary of")
    text = (
        "Aid\n\n"
        "Monday 13 May 2024\n\n"
        "Moldova has benefited from the Eastern Partnership since 2009.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "COOPERATES_VIA" and f[1] == "country:MDA" and f[3] == "2009"
               for f in got), got


def test_bare_accredited_to_after_an_ambassadors_name() -> None:
    # "C's ambassador, X, accredited to CAPITAL from his residence in CITY": the head of mission's
    # accreditation to the capital's state (a bare participle after the name's comma)
    text = (
        "Chile and Estonia\n\n"
        "Monday 13 May 2024\n\n"
        "TALLINN: Chile's ambassador, Andrés Fuentes Lagos, accredited to Tallinn from his "
        "residence in Helsinki, attended the ceremony on Monday.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:andres-fuentes-lagos", "country:EST", None) in got, got


def test_exchanged_views_over_a_meal_is_a_meeting_but_not_on_the_phone() -> None:
    # "A and B exchanged views on J over a working dinner": they met; views exchanged in a
    # telephone conversation are no meeting
    text = (
        "Austria and Peru talk\n\n"
        "Friday 17 May 2024\n\n"
        "VIENNA: Peru's Minister of Foreign Affairs, Carmen Rojas Paredes, and Austria's "
        "Minister of Foreign Affairs, Georg Leitner, exchanged views on mining over a working "
        "dinner on Thursday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:carmen-rojas-paredes", "person:georg-leitner",
                "2024-05-16"), got
    phone = text.replace("over a working dinner", "by telephone")
    assert not any(f[0] == "MET_WITH" for f in facts(extract_article(phone))), phone


def test_each_item_of_a_colon_list_after_a_counted_signing_is_signed() -> None:
    # "signed three agreements: a J1, a J2 and an J3": every item of the list after the colon,
    # not only the first
    text = (
        "Peru and Kenya sign documents\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Kenya's Foreign Minister, Jane Wambui, held talks with Peru's Foreign Minister, "
        "Luis Salas, on Thursday. Mr Salas and Ms Wambui later signed three agreements: a "
        "memorandum of understanding on fisheries, a general agreement for scientific "
        "cooperation and an executive programme on tourism.\n"
    )
    got = facts(extract_article(text))
    for j in ("project:memorandum-of-understanding-on-fisheries",
              "project:general-agreement-for-scientific-cooperation",
              "project:executive-programme-on-tourism"):
        assert _has(got, "SIGNED_AGREEMENT", "person:jane-wambui", j, "2024-05-09"), got
        assert _has(got, "SIGNED_AGREEMENT", "person:luis-salas", j, "2024-05-09"), got


def test_the_kingdom_after_a_capital_of_a_kingdom_is_that_kingdom() -> None:
    # "arrived in Amman on a visit to the Kingdom": the kingdom whose capital the sentence
    # names, no kingdom being named before
    text = (
        "Jordanian, Kenyan Ministers Sign Two Agreements in Amman\n\n"
        "Friday, 10 May, 2024 - 09:15\n"
        "Amman - Petra Wire\n\n"
        "Jordanian Foreign Minister Omar Haddad received in Amman on Thursday Kenyan Foreign "
        "Minister Jane Wambui.\n\n"
        "Wambui arrived in Amman on Wednesday on a two-day official visit to the Kingdom.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:jane-wambui", "country:JOR", "2024-05-08"), got


def test_a_named_dialogue_as_the_channel_of_a_cooperation_is_a_framework() -> None:
    # "have worked together under the X Strategic Dialogue", "has taken part in O's Y Dialogue":
    # a standing dialogue named as a channel, not an event
    text = (
        "Peru and Kenya talks\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Kenya's Foreign Minister, Jane Wambui, met Peru's Foreign Minister, Luis Salas, "
        "on Thursday. The two countries have also worked together under the Andes-Africa "
        "Strategic Dialogue since 2018. Peru has taken part in APEC's Pacific Ocean Dialogue "
        "since 2011.\n"
    )
    got = facts(extract_article(text))
    j = "project:andes-africa-strategic-dialogue"
    assert _has(got, "COOPERATES_VIA", "country:KEN", j, "2018"), got
    assert _has(got, "COOPERATES_VIA", "country:PER", j, "2018"), got
    assert _has(got, "COOPERATES_VIA", "country:PER", "project:pacific-ocean-dialogue",
                "2011"), got


def test_the_two_sides_that_worked_together_under_an_unnamed_agreement() -> None:
    # "The two sides have worked together under a preferential trade agreement since 2012":
    # the states, whoever met that day, and the unnamed agreement as their channel
    text = (
        "Peru and Kenya talks\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Kenya's Foreign Minister, Jane Wambui, met Peru's Foreign Minister, Luis Salas, "
        "on Thursday. The two sides have worked together under a preferential trade agreement "
        "since 2012, and both want to widen it.\n"
    )
    got = facts(extract_article(text))
    j = "project:preferential-trade-agreement"
    assert _has(got, "COOPERATES_WITH", "country:PER", "country:KEN", "2012"), got
    assert _has(got, "COOPERATES_VIA", "country:KEN", j, "2012"), got
    assert _has(got, "COOPERATES_VIA", "country:PER", j, "2012"), got


def test_later_that_day_an_agreement_was_signed_by_two_signers_with_appositions() -> None:
    # "Later that day, an agreement on ... was signed by A, director-general of X, and C's
    # ambassador to D, B": the passive subject after a sentence adverb of the day
    text = (
        "Peru and Kenya sign documents\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Kenya's Foreign Minister, Jane Wambui, held talks with Peru's Foreign Minister, "
        "Luis Salas, on Thursday. Later that day, an agreement on cooperation in fisheries was "
        "signed by Ana Ruiz Tello, director-general of the National Fisheries Authority, and "
        "Kenya's ambassador to Peru, Peter Otieno, in the presence of both ministers.\n"
    )
    got = facts(extract_article(text))
    j = "project:agreement-on-cooperation-in-fisheries"
    assert _has(got, "SIGNED_AGREEMENT", "person:ana-ruiz-tello", j, "2024-05-09"), got
    assert _has(got, "SIGNED_AGREEMENT", "person:peter-otieno", j, "2024-05-09"), got


def test_a_one_word_state_agency_after_its_lower_case_description() -> None:
    # "C's export promotion agency NAME": a state's body named by one word after what it is
    text = (
        "Peru and Kenya talks\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Kenya's Foreign Minister, Jane Wambui, met Peru's Foreign Minister, Luis Salas, "
        "on Thursday. Peru's export promotion agency PROMPERU has worked with Kenya's Ministry "
        "of Trade since 2016.\n"
    )
    record = extract_article(text)
    assert names(record).get("PROMPERU") == "Institution", names(record)
    got = facts(record)
    assert _has(got, "COOPERATES_WITH", "institution:promperu",
                "institution:ministry-of-trade", "2016"), got


def test_a_region_s_own_government_is_a_body() -> None:
    # "the Casamance Autonomous Government (CAG)": a region's government, a body of its own, named
    # again by its acronym
    text = (
        "Sweden and the CAG renew aid\n\n"
        "Friday 10 May 2024\n\n"
        "STOCKHOLM: A Swedish delegation held talks with officials of the Casamance "
        "Autonomous Government (CAG) on Thursday. Sweden and the CAG have cooperated through "
        "the Green Valleys Programme since 2017.\n"
    )
    record = extract_article(text)
    assert names(record).get("Casamance Autonomous Government") == "Institution", names(record)
    got = facts(record)
    assert _has(got, "COOPERATES_VIA", "institution:casamance-autonomous-government",
                "project:green-valleys-programme", "2017"), got


def test_arrived_in_a_city_as_the_leg_of_a_tour_is_a_visit() -> None:
    # "arrived in L on Thursday, the third stop of a regional tour": no "visit" in the clause,
    # the city is visited that day (a capital or a city no table knows)
    text = (
        "Kenyan minister tours Latin America\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Kenya's Foreign Minister, Jane Wambui, arrived in Arequipa on Thursday, the "
        "third stop of a regional tour that began in Chile. Trade Minister Peter Otieno "
        "arrived in Lima on Wednesday, the first leg of a two-week tour of the Andes.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:jane-wambui", "city:arequipa", "2024-05-09"), got
    assert _has(got, "VISITED", "person:peter-otieno", "city:lima", "2024-05-08"), got


def test_a_tour_that_took_the_visitor_to_an_earlier_stop_on_its_day() -> None:
    # "arrived in L on Thursday, the second leg of a tour that took her to M on Tuesday": M
    # was visited too, on its own day
    text = (
        "Kenyan minister tours South America\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Kenya's Foreign Minister, Jane Wambui, arrived in Lima on Thursday, the second "
        "leg of a two-week tour that took her to Santiago on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:jane-wambui", "city:lima", "2024-05-09"), got
    assert _has(got, "VISITED", "person:jane-wambui", "city:santiago", "2024-05-07"), got


def test_a_body_s_acronym_between_it_and_the_post_before_a_name() -> None:
    # "the Casamance Autonomous Government (CAG) President X": the acronym in brackets between
    # the body and the title; X is an official of the body
    text = (
        "Sweden and the CAG\n\n"
        "Friday 10 May 2024\n\n"
        "STOCKHOLM: Swedish Trade Minister Anna Berg met Casamance Autonomous Government (CAG) "
        "President Ousmane Diallo on Thursday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "OFFICIAL_OF", "person:ousmane-diallo",
                "institution:casamance-autonomous-government", None), got


def test_accepted_a_single_letter_of_credence_is_the_ceremony() -> None:
    # "accepted the Letter of Credence of X as Permanent Representative of C to O": one letter
    # (singular) is the same ceremony as "letters of credence"
    text = (
        "Ghana and the African Union\n\n"
        "Tuesday 14 May 2024\n\n"
        "ADDIS ABABA: The Chairperson of the African Union Commission, Joseph Mensah Tetteh, "
        "today accepted the Letter of Credence of Ms. Akosua Owusu-Bempah as Permanent "
        "Representative of Ghana to the African Union.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:akosua-owusu-bempah", "country:GHA", None) in got, got
    assert ("ACCREDITED_TO", "person:akosua-owusu-bempah", "org:african-union",
            "2024-05-14") in got, got
    assert _has(got, "MET_WITH", "person:joseph-mensah-tetteh", "person:akosua-owusu-bempah",
                "2024-05-14"), got


def test_set_their_names_to_is_a_signing() -> None:
    # "A and B set their names to J": "set" for "put" in the idiom
    text = (
        "Peru and Korea\n\n"
        "Tuesday 14 May 2024\n\n"
        "LIMA: Peru's Minister of Foreign Affairs, Rosa Quispe Ramos, and Korea's Minister of "
        "Trade, Kim Dae-ho, yesterday set their names to a memorandum of understanding on "
        "critical minerals.\n"
    )
    got = facts(extract_article(text))
    for p in ("person:rosa-quispe-ramos", "person:kim-dae-ho"):
        fact = ("SIGNED_AGREEMENT", p,
                "project:memorandum-of-understanding-on-critical-minerals", "2024-05-13")
        assert fact in got, got


def test_sat_with_a_minister_is_a_meeting() -> None:
    # "X sat with Y at <venue> on Monday to discuss ...": "sat with", as "sat down with"
    text = (
        "Chile and Kenya\n\n"
        "Tuesday 14 May 2024\n\n"
        "NAIROBI: Kenya's Cabinet Secretary for Trade, Wanjiru Kamau Otieno, sat with Chile's "
        "Minister of Agriculture, Pablo Herrera Soto, at the Treasury Building on Monday to "
        "discuss fruit exports.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:wanjiru-kamau-otieno", "person:pablo-herrera-soto",
                "2024-05-13"), got


def test_guest_speaker_at_an_event_hosted_by_a_body_is_a_lecture() -> None:
    # "X was the guest speaker on Thursday at the annual ... seminar organised by the O": the
    # event named before its host, the day before the event
    text = (
        "Finland and Kenya\n\n"
        "Friday 17 May 2024\n\n"
        "NAIROBI: The Ambassador of Finland to Kenya, Liisa Virtanen-Korpela, was the guest "
        "speaker on Thursday at the annual Peace and Security seminar organised by the Institute "
        "of Diplomacy and International Studies.\n"
    )
    got = facts(extract_article(text))
    fact = ("LECTURED_AT", "person:liisa-virtanen-korpela",
            "institution:institute-of-diplomacy-and-international-studies", "2024-05-16")
    assert fact in got, got


def test_pilot_country_of_and_drawn_on_are_cooperation_channels() -> None:
    # "C has been a pilot (partner) country of the J since T", "C has drawn on the J since T":
    # the country takes part in the programme
    text = (
        "Samoa and Japan\n\n"
        "Friday 17 May 2024\n\n"
        "APIA: Samoa has been a pilot country of the Blue Pacific Fisheries Programme since "
        "2018. Tonga has drawn on the Pacific Resilience Facility since 2021 to rebuild its "
        "wharves.\n"
    )
    got = facts(extract_article(text))
    assert ("COOPERATES_VIA", "country:WSM", "project:blue-pacific-fisheries-programme",
            "2018") in got, got
    assert ("COOPERATES_VIA", "country:TON", "project:pacific-resilience-facility",
            "2021") in got, got


def test_since_it_joined_an_organization_is_a_dated_membership() -> None:
    # "C has taken an active role in ... since it joined the O in T": the subject, taken up by
    # "it", joined then
    text = (
        "Belize and the OAS\n\n"
        "Friday 17 May 2024\n\n"
        "BELMOPAN: Belize has taken an active role in hemispheric affairs since it joined the "
        "Organization of American States in 1991.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:BLZ", "org:organization-of-american-states", "1991") in got, got


def test_was_in_a_country_on_a_mission_across_two_months_is_a_visit() -> None:
    # "X was in C from 30 April to 2 May 2024 on an official mission to O": a mission is an
    # official trip, and the range across two months starts on its first day
    text = (
        "Nepal and the ILO\n\n"
        "Friday 17 May 2024\n\n"
        "GENEVA: Nepal's Minister of Labour, Sita Gurung Thapa, was in Switzerland from 30 April "
        "to 2 May 2024 on an official mission to the International Labour Organization.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:sita-gurung-thapa", "country:CHE", "2024-04-30") in got, got


def test_release_number_line_gives_the_publication_date() -> None:
    # "Briefing: 41/2026, 03/12/2026" under the headline: a label, the release's number and
    # its date (day first)
    text = (
        "IMO\n\n"
        "Fiji minister meets IMO Secretary-General\n\n"
        "Briefing: 41/2026, 03/12/2026\n\n"
        "The Minister of Transport of Fiji, Ratu Jone Vakaloloma, held talks with the "
        "Secretary-General of the International Maritime Organization, Rafael Ortiz, in London "
        "on Tuesday.\n"
    )
    assert str(extract_article(text).article.published) == "2026-12-03"


def test_anniversary_that_falls_this_year_counts_back() -> None:
    # "the 40th anniversary of the establishment of diplomatic relations between A and B falls
    # this year, 2024": established in 1984 (not the year it falls in)
    text = (
        "Oman and Uruguay\n\n"
        "Friday 17 May 2024\n\n"
        "MUSCAT: The ministers noted that the 40th anniversary of the establishment of diplomatic "
        "relations between Oman and Uruguay falls this year, 2024.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:OMN", "country:URY", "1984"), got


def test_greeted_by_closeted_with_and_played_host_to_are_meetings() -> None:
    # "X was greeted by Y", "X was closeted with Y", "X played host to Y": meetings; not "where he
    # was greeted by its rector" after a lecture (a host at the lecture)
    text = (
        "Chile and Qatar\n\n"
        "Wednesday 15 May 2024\n\n"
        "DOHA: Chile's Minister of Foreign Affairs, Andrea Soto Riquelme, was greeted by Qatar's "
        "Minister of State for Foreign Affairs, Khalid Al Thani Rahman, on Monday.\n\n"
        "On Tuesday, Soto was closeted with Qatar's Minister of Commerce, Faisal Al Kuwari "
        "Nasser, for two hours.\n\n"
        "Later, Qatar's Minister of Education, Hamad Al Sulaiti Jaber, played host to Soto at "
        "his ministry on Tuesday.\n"
    )
    got = facts(extract_article(text))
    a = "person:andrea-soto-riquelme"
    assert _has(got, "MET_WITH", a, "person:khalid-al-thani-rahman", "2024-05-13"), got
    assert _has(got, "MET_WITH", a, "person:faisal-al-kuwari-nasser", "2024-05-14"), got
    assert _has(got, "MET_WITH", a, "person:hamad-al-sulaiti-jaber", "2024-05-14"), got
    lecture = (
        "Lecture in Lima\n\n"
        "Wednesday 15 May 2024\n\n"
        "LIMA: Chile's Minister of Foreign Affairs, Andrea Soto Riquelme, delivered a lecture at "
        "the Pontifical Catholic University of Peru on Tuesday, where she was greeted by its "
        "rector, Carlos Mendoza Vidal.\n"
    )
    assert not any(f[0] == "MET_WITH" for f in facts(extract_article(lecture)))


def test_opposite_number_is_a_counterpart() -> None:
    # "his (her) <demonym> opposite number, Y": the person, her state and the meeting
    text = (
        "Peru and Ghana\n\n"
        "Friday 17 May 2024\n\n"
        "Accra – Peruvian Foreign Minister Rosa Quispe was welcomed in Accra on Thursday by her "
        "Ghanaian opposite number, Kwesi Boateng, for talks on trade.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert names(rec).get("Kwesi Boateng") == "Person", names(rec)
    assert ("OFFICIAL_OF", "person:kwesi-boateng", "country:GHA", None) in got, got
    assert _has(got, "MET_WITH", "person:rosa-quispe", "person:kwesi-boateng", "2024-05-16"), got


def test_came_together_and_discussed_during_a_meeting_are_meetings_of_the_pair() -> None:
    # "A and B came together at the ministry", "A and B discussed X during a meeting": the two met
    text = (
        "Norway and Kenya\n\n"
        "Friday 17 May 2024\n\n"
        "Norway's Foreign Minister Ingrid Halvorsen and Kenya's Energy Minister David Rotich came "
        "together at the ministry on Wednesday.\n\n"
        "Halvorsen and Kenya's Trade Minister Mary Kamau discussed exports during a meeting on "
        "Thursday.\n"
    )
    got = facts(extract_article(text))
    h = "person:ingrid-halvorsen"
    assert _has(got, "MET_WITH", h, "person:david-rotich", "2024-05-15"), got
    assert _has(got, "MET_WITH", h, "person:mary-kamau", "2024-05-16"), got


def test_struck_up_diplomatic_relations_is_an_establishment() -> None:
    text = (
        "Ecuador and Vietnam\n\n"
        "Friday 17 May 2024\n\n"
        "Ecuador and Vietnam struck up diplomatic relations in 1980.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:ECU", "country:VNM", "1980"), got


def test_both_sit_in_and_counts_among_the_founding_members_are_memberships() -> None:
    text = (
        "Peru and Chile\n\n"
        "Friday 17 May 2024\n\n"
        "Peru and Chile both sit in the Pacific Alliance. Colombia counts among the founding "
        "members of the Andean Community.\n"
    )
    got = {(f[0], f[1], f[2]) for f in facts(extract_article(text))}
    members = {(s, o) for p, s, o in got if p == "MEMBER_OF"}
    assert {s for s, o in members} >= {"country:PER", "country:CHL", "country:COL"}, got


def test_working_in_tandem_with_and_being_a_partner_of_are_cooperation() -> None:
    # "I (ACR) in L has been working in tandem with C's J": a short form left unmarked and a
    # seat after the subject; "I has been a partner of C's J since T"
    text = (
        "Kenya and Finland\n\n"
        "Friday 17 May 2024\n\n"
        "The Finnish Meteorological Institute (FMI) in Helsinki has been working in tandem with "
        "Kenya's Ministry of Environment since 2016. The Kenya Forestry Research Institute has "
        "been a partner of Finland's Natural Resources Institute since 2011.\n"
    )
    got = facts(extract_article(text))
    coop = {(f[1], f[2], f[3]) for f in got if f[0] == "COOPERATES_WITH"}
    assert any("meteorological" in a + b and d == "2016" for a, b, d in coop), got
    assert any("forestry" in a + b and d == "2011" for a, b, d in coop), got


def test_have_been_jointly_verbing_is_cooperation() -> None:
    text = (
        "Brazil and Angola\n\n"
        "Friday 17 May 2024\n\n"
        "Brazil's Agricultural Research Corporation and Angola's Agricultural Research Institute "
        "have been jointly testing soybean varieties since 2018.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "COOPERATES_WITH" and f[3] == "2018" for f in got), got


def test_set_their_hands_to_is_a_signing() -> None:
    text = (
        "Norway and Kenya\n\n"
        "Friday 17 May 2024\n\n"
        "Norway's Foreign Minister Ingrid Halvorsen held talks with Kenya's Energy Minister David "
        "Rotich on Thursday. After the talks, the two ministers set their hands to a memorandum "
        "of understanding on maritime training.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert {"person:ingrid-halvorsen", "person:david-rotich"} <= signers, got


def test_in_the_presence_of_then_a_passive_signing_with_its_day_before_by() -> None:
    # "In the presence of the two ministers, J was signed yesterday by A and B": the agreement,
    # its signers and the day
    text = (
        "Jordan and Cyprus\n\n"
        "Thursday 16 May 2024\n\n"
        "In the presence of the two ministers, a memorandum of understanding on cooperation in "
        "archaeology was signed yesterday by the Department of Antiquities of Jordan and the "
        "Cyprus Institute.\n"
    )
    got = facts(extract_article(text))
    signed = {(f[1], f[3]) for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert any("antiquities" in s and d == "2024-05-15" for s, d in signed), got
    assert any("cyprus-institute" in s and d == "2024-05-15" for s, d in signed), got


def test_a_date_line_with_a_comma_after_the_month() -> None:
    # "December, 01, 2026 - 14:30": the publication date, which dates "on Monday"
    text = (
        "Iran and Kenya discuss tea trade\n\n"
        "May, 15, 2024 - 10:20\n\n"
        "Kenya and Iran signed a memorandum of understanding on tea trade on Monday.\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2024-05-15"
    assert any(f[0] == "SIGNED_AGREEMENT" and f[3] == "2024-05-13" for f in facts(rec))


def test_resident_in_and_holds_concurrent_accreditation_to() -> None:
    text = (
        "Ireland and Qatar\n\n"
        "Friday 17 May 2024\n\n"
        "DOHA: Irish Ambassador Siobhan Kelly, who is resident in Riyadh and holds concurrent "
        "accreditation to Qatar, attended the ceremony.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:siobhan-kelly", "country:QAT", None) in got, got


def test_a_native_title_glossed_in_brackets_anchors_the_name() -> None:
    # "the Bashkan (Chairman) of the Assembly of Gagauzia, X": a title in the state's own
    # language glossed in English; the gloss anchors the name as the title would
    text = (
        "Parliament\n\n"
        "Monday 13 May 2024\n\n"
        "VILNIUS: The talks were cordial.\n\n"
        "The Speaker of the Seimas, Rasa Kalnienė, received the Bashkan (Chairman) of the "
        "Assembly of Gagauzia, Ilie Cebotari, on Monday.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Ilie Cebotari") == "Person", names(rec)


def test_a_name_before_on_takes_no_head_from_the_street_after_it() -> None:
    # "Trade Minister X on Embassy Row": the person, not a body named by "Embassy"
    text = (
        "Trade talks\n\n"
        "Monday 13 May 2024\n\n"
        "LONDON: The talks were cordial.\n\n"
        "On Monday he sat down with Trade Minister Laura Finch on Embassy Row for talks.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Laura Finch") == "Person", names(rec)
    assert not any("Row" in n for n in names(rec)), names(rec)


def test_put_pen_to_and_set_their_hands_to_are_signings() -> None:
    # "A and B put pen to J", "A and B set their hands to J": signings (as "put pen to paper on")
    text = (
        "Agreements\n\n"
        "Monday 13 May 2024\n\n"
        "OSLO: The talks were cordial.\n\n"
        "Norway's Minister of Trade, Kari Nygaard, and Chile's Minister of Economy, Pablo "
        "Soto Reyes, put pen to an agreement on salmon research on Monday.\n\n"
        "Norway's Minister of Health, Ola Brekke, and Chile's Minister of Health, Ana Vidal "
        "Mora, set their hands to a memorandum of understanding on vaccine research on Monday.\n"
    )
    got = facts(extract_article(text))
    signed = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert {"person:kari-nygaard", "person:pablo-soto-reyes", "person:ola-brekke",
            "person:ana-vidal-mora"} <= signed, got


def test_played_host_to_and_paid_respects_to_are_meetings() -> None:
    # "X played host to Y", "X paid her respects to Y", "X was granted an audience with Y"
    text = (
        "Visit\n\n"
        "Friday 17 May 2024\n\n"
        "CANBERRA: The visit began on Tuesday.\n\n"
        "Fiji's Foreign Minister, Sitiveni Rabuka Lal, met the press on Wednesday.\n\n"
        "Prime Minister Joan Ellery played host to Mr Lal at The Lodge on Wednesday.\n\n"
        "On Thursday, Lal paid his respects to Deputy Prime Minister Peter Walcott.\n\n"
        "On Friday he was granted an audience with Senate President Mary Okoro.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((f[1], f[2])) for f in got if f[0] == "MET_WITH"}
    lal = "person:sitiveni-rabuka-lal"
    assert frozenset((lal, "person:joan-ellery")) in met, got
    assert frozenset((lal, "person:peter-walcott")) in met, got
    assert frozenset((lal, "person:mary-okoro")) in met, got


def test_took_the_lectern_at_an_institute_is_a_lecture() -> None:
    # "X took the lectern (podium, rostrum) at BODY": a talk given there
    text = (
        "Lecture\n\n"
        "Friday 17 May 2024\n\n"
        "HELSINKI: The visit began on Tuesday.\n\n"
        "Kenya's Foreign Minister, Grace Wanjiru Otieno, took the lectern at the Finnish "
        "Institute of International Affairs on Thursday to speak about trade.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "LECTURED_AT" and f[1] == "person:grace-wanjiru-otieno"
               and f[3] == "2024-05-16" for f in got), got


def test_a_nordic_publisert_line_is_the_publication_date() -> None:
    # "Publisert 14.05.2024, kl. 10:02" (Norwegian), "Publiceret" (Danish): the date line
    text = (
        "Talks in Oslo\n\n"
        "Publisert 14.05.2024, kl. 10:02 · Oppdatert 14.05.2024, kl. 12:00\n\n"
        "OSLO: The talks were cordial.\n\n"
        "Chile's Minister of Economy, Pablo Soto Reyes, visited Norway on Monday.\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2024-05-14", rec.article.published
    got = facts(rec)
    assert ("VISITED", "person:pablo-soto-reyes", "country:NOR", "2024-05-13") in got, got


def test_a_range_across_two_months_dates_a_visit_from_its_first_day() -> None:
    # "from 30 April to 2 May 2024": the start day, the year told once at the end
    text = (
        "Visit\n\n"
        "Friday 3 May 2024\n\n"
        "RIGA: The talks were cordial.\n\n"
        "Chile's Minister of Economy, Pablo Soto Reyes, is leading a delegation on a visit to "
        "Latvia from 30 April to 2 May 2024.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:pablo-soto-reyes", "country:LVA", "2024-04-30") in got, got


def test_stopped_over_in_and_has_been_in_since_are_visits() -> None:
    # "X stopped over in L on Monday", "X has been in C since Monday on a working visit"
    text = (
        "Tour\n\n"
        "Friday 17 May 2024\n\n"
        "VIENNA: The talks were cordial.\n\n"
        "Chile's Minister of Economy, Pablo Soto Reyes, stopped over in Vienna on Monday "
        "during a European tour.\n\n"
        "Kenya's Foreign Minister, Grace Wanjiru Otieno, has been in Austria since Tuesday on a "
        "three-day working visit.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:pablo-soto-reyes", "city:vienna", "2024-05-13") in got, got
    assert ("VISITED", "person:grace-wanjiru-otieno", "country:AUT", "2024-05-14") in got, got


def test_struck_up_and_taken_up_diplomatic_relations_are_establishments() -> None:
    # "A and B struck up diplomatic relations in T"; "..., and diplomatic relations were taken
    # up in T": establishments of ties
    text = (
        "Ties\n\n"
        "Friday 17 May 2024\n\n"
        "LIMA: The talks were cordial.\n\n"
        "Peru and Fiji struck up diplomatic relations in 1998.\n\n"
        "Finland recognised Eritrea in 1993, and diplomatic relations were taken up in 1994.\n"
    )
    got = facts(extract_article(text))
    ties = {(frozenset((f[1], f[2])), f[3]) for f in got if f[0] == "ESTABLISHED_TIES"}
    assert (frozenset(("country:PER", "country:FJI")), "1998") in ties, got
    assert (frozenset(("country:FIN", "country:ERI")), "1994") in ties, got


def test_a_possessive_diplomatic_relationship_that_dates_back_to_a_year() -> None:
    # "C's diplomatic relationship with D dates back to T": one "relationship" (no "relations"),
    # its other party after "with"
    text = (
        "Peru and Kenya mark ties\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Peru's envoy Ana Rojas toured Mombasa on Thursday. Peru's diplomatic "
        "relationship with Kenya dates back to 1969, she noted.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:KEN", "1969"), got


def test_apposed_diplomatic_relations_in_place_since_a_year() -> None:
    # "Diplomatic relations between A and B, in place since T, ...": the apposition dates the
    # establishment
    text = (
        "Chile and Vietnam look ahead\n\n"
        "Friday 10 May 2024\n\n"
        "HANOI: Diplomatic relations between Chile and Vietnam, in place since 1971, have grown "
        "steadily, the Chilean minister said on Thursday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:CHL", "country:VNM", "1971"), got


def test_it_rejoined_a_body_after_a_sentence_opened_by_the_state() -> None:
    # "C has ... . It rejoined O in T": the sentence-initial "It" of a return to a body is the
    # state that opens the sentence before, as for "It joined"
    text = (
        "Kenya in Africa\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Kenya has hosted many summits over the years. It rejoined the East African "
        "Community in 2000, officials recalled.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MEMBER_OF", "country:KEN", "org:east-african-community", "2000"), got


def test_landed_in_a_city_for_an_official_mission_to_the_country_is_a_visit() -> None:
    # "landed in L on T for a two-day official mission to C": an official (or working) mission
    # is a visit, of the city and of the country
    text = (
        "Kenyan minister in Peru\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Kenya's Trade Minister, Peter Otieno, landed in Lima on Wednesday for a two-day "
        "working mission to Peru.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:peter-otieno", "city:lima", "2024-05-08"), got
    assert _has(got, "VISITED", "person:peter-otieno", "country:PER", "2024-05-08"), got


def test_is_in_a_city_since_a_day_for_a_visit_to_the_country() -> None:
    # "X is in L since T for a working visit to C": a visit under way, that began on T
    text = (
        "Kenyan minister in Chile\n\n"
        "Friday 10 May 2024\n\n"
        "SANTIAGO: Kenya's Trade Minister, Peter Otieno, is in Santiago since Tuesday for an "
        "official visit to Chile, at the invitation of his counterpart.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:peter-otieno", "city:santiago", "2024-05-07"), got
    assert _has(got, "VISITED", "person:peter-otieno", "country:CHL", "2024-05-07"), got


def test_who_is_in_a_city_through_a_weekday_on_a_trip_to_the_country() -> None:
    # "X, who is in L through Friday on her first trip to C": a visit under way, its start not
    # given (the weekday that ends it is no date of the visit)
    text = (
        "Kenyan minister in Peru\n\n"
        "Wednesday 8 May 2024\n\n"
        "LIMA: Kenya's Foreign Minister, Jane Wambui, who is in Lima until Friday on her second "
        "trip to Peru, praised the trade talks.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:jane-wambui", "city:lima", None), got
    assert _has(got, "VISITED", "person:jane-wambui", "country:PER", None), got


def test_took_the_podium_at_a_body_or_was_a_speaker_at_its_seminar_is_a_lecture() -> None:
    # "X took the lectern at the I on T", "Y was the keynote speaker at a forum on ... hosted by
    # the I": each a lecture at the body
    text = (
        "Kenyan ministers in Lima\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Kenya's Trade Minister, Peter Otieno, took the lectern at the University of Lima "
        "on Thursday to talk about trade. Kenya's Foreign Minister, Jane Wambui, was the keynote "
        "speaker at a forum on ocean governance hosted by the Diplomatic Academy of Peru on "
        "Wednesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "LECTURED_AT", "person:peter-otieno", "institution:university-of-lima",
                "2024-05-09"), got
    assert _has(got, "LECTURED_AT", "person:jane-wambui",
                "institution:diplomatic-academy-of-peru", "2024-05-08"), got


def test_signed_on_behalf_of_a_state_and_of_a_body_by_their_signers() -> None:
    # "J was signed on behalf of C by X and on behalf of O by Y": C and O are signers too,
    # beside X and Y
    text = (
        "Kenya and the OAS sign accord\n\n"
        "Friday 10 May 2024\n\n"
        "WASHINGTON: Kenya's Foreign Minister, Jane Wambui, met the Secretary General of the "
        "Organization of American States, Luis Almagro, on Thursday. At the end of the talks, a "
        "memorandum of understanding on election observation was signed on behalf of Kenya by "
        "Ms. Wambui and on behalf of the OAS by Mr. Almagro.\n"
    )
    got = facts(extract_article(text))
    j = "project:memorandum-of-understanding-on-election-observation"
    assert _has(got, "SIGNED_AGREEMENT", "person:jane-wambui", j, "2024-05-09"), got
    assert _has(got, "SIGNED_AGREEMENT", "country:KEN", j, "2024-05-09"), got
    assert _has(got, "SIGNED_AGREEMENT", "org:organization-of-american-states", j,
                "2024-05-09"), got


def test_credentials_handed_over_date_the_accreditation() -> None:
    # "The new Ambassador of C to D, X, handed over his credentials to President Y at the
    # palace on T": the ceremony's day dates the accreditation, as after "presented"
    text = (
        "Peru's envoy in Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Peru's new Ambassador to Kenya, Ana Rojas, handed over her credentials to "
        "President Samuel Kibet at State House on Wednesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:ana-rojas", "country:KEN", "2024-05-08"), got


def test_credentials_presented_as_a_side_post_to_the_receiver_is_a_meeting() -> None:
    # "X presented her credentials as non-resident Ambassador to C to President Y": the post,
    # with its own "to", before the receiver; the ceremony is a meeting with Y
    text = (
        "Kenyan envoy in Mongolia\n\n"
        "Friday 10 May 2024\n\n"
        "ULAANBAATAR: Kenya's Ambassador to China, Grace Njeri, presented her credentials as "
        "non-resident Ambassador to Mongolia to President Batbold Erdene at the State Palace on "
        "Wednesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:grace-njeri", "person:batbold-erdene", "2024-05-08"), got


def test_a_state_that_received_support_through_a_programme_cooperates_via_it() -> None:
    # "C has received technical assistance through the J since T": a cooperation through J
    text = (
        "Vanuatu and climate finance\n\n"
        "Friday 10 May 2024\n\n"
        "PORT VILA: Vanuatu has received technical assistance through the Pacific Climate "
        "Resilience Programme since 2016, the minister said on Thursday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_VIA", "country:VUT",
                "project:pacific-climate-resilience-programme", "2016"), got


def test_and_it_joined_a_body_is_the_state_that_opens_the_sentence() -> None:
    # "C is a member of O1, of which D is a partner, and it joined O2 in T": the "it" of the
    # second clause is the country that opens the sentence, not the one of the relative clause
    text = (
        "Samoa in the region\n\n"
        "Friday 10 May 2024\n\n"
        "APIA: Samoa is a member of the Commonwealth, of which Kenya is also a member, and it "
        "joined the Pacific Islands Forum in 1971, the minister said.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MEMBER_OF", "country:WSM", "org:pacific-islands-forum", "1971"), got
    assert not any(f[0] == "MEMBER_OF" and f[1] == "country:KEN"
                   and f[2] == "org:pacific-islands-forum" for f in got), got


def test_a_state_represented_in_another_by_a_non_resident_ambassador() -> None:
    # "C is represented in D by non-resident Ambassador X": X is C's ambassador, accredited to D
    text = (
        "Kenya and Mongolia\n\n"
        "Friday 10 May 2024\n\n"
        "ULAANBAATAR: Trade between the two countries grew last year. Kenya is represented in "
        "Mongolia by non-resident Ambassador Grace Njeri, who resides in Beijing.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "AMBASSADOR_OF", "person:grace-njeri", "country:KEN", None), got
    assert _has(got, "ACCREDITED_TO", "person:grace-njeri", "country:MNG", None), got


def test_welcomed_by_an_agent_at_the_start_of_a_visit_is_the_subject_s_visit() -> None:
    # "X was welcomed today at the I by the Director of O, Y, at the start of an official visit
    # to C": X visits C, not Y (the agent right before the trailing visit phrase)
    text = (
        "Kenyan minister in Peru\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Kenya's Trade Minister, Peter Otieno, was welcomed on Thursday at the Ministry of "
        "Foreign Affairs of Peru by the Secretary General of the Andean Community (CAN), Luis "
        "Vargas, at the start of an official visit to Peru.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:peter-otieno", "country:PER", "2024-05-09"), got
    assert not any(f[0] == "VISITED" and f[1] == "person:luis-vargas" for f in got), got


def _b62(body: str) -> set[tuple[str, str, str, str | None]]:
    return facts(extract_article(
        "Kenyan minister in Peru\n\nFriday 10 May 2024\n\nLIMA: " + body + "\n"))


def test_the_two_before_a_signature_idiom_are_the_two_people() -> None:
    # "The two then put their signatures to J": the pronoun alone before a signing idiom, as
    # before "signed"
    got = _b62("Kenya's Foreign Minister, Peter Otieno, held talks with Peru's Foreign Minister, "
               "Luis Vargas, on Thursday. The two then put their signatures on the Agreement on "
               "Visa Exemption.")
    for p in ("person:peter-otieno", "person:luis-vargas"):
        assert any(f[:2] == ("SIGNED_AGREEMENT", p) for f in got), got


def test_heads_of_the_delegations_sign_as_the_two_people() -> None:
    # "the heads of the two delegations signed J": the two people of the meeting just told, not
    # heads of state
    got = _b62("Kenya's Principal Secretary for Foreign Affairs, Peter Otieno, held consultations "
               "with Peru's Vice Minister of Foreign Affairs, Luis Vargas, on Thursday. At the "
               "close, the heads of both delegations signed the Plan of Consultations for "
               "2025-2026.")
    for p in ("person:peter-otieno", "person:luis-vargas"):
        assert any(f[:2] == ("SIGNED_AGREEMENT", p) for f in got), got


def test_group_subject_of_a_first_verb_phrase_signs_with_an_idiom() -> None:
    # "The two ministers reviewed ..., and affixed their signatures to J": the group of the
    # first verb phrase signs, with the idiom as with "signed"
    got = _b62("Kenya's Foreign Minister, Peter Otieno, met Peru's Foreign Minister, Luis "
               "Vargas, on Thursday. The two ministers reviewed trade, fisheries and tourism, "
               "and affixed their signatures to the Agreement on Air Services.")
    for p in ("person:peter-otieno", "person:luis-vargas"):
        assert any(f[:2] == ("SIGNED_AGREEMENT", p) for f in got), got


def test_the_ministers_sign_not_an_ambassador_present_at_the_talks() -> None:
    # "... by his Peruvian counterpart, Y. C's Ambassador Z attended. Afterwards, the ministers
    # signed J": the minister and his counterpart, not the ambassador named last
    got = _b62("Kenya's Foreign Minister, Peter Otieno, was hosted on Thursday by his Peruvian "
               "counterpart, Luis Vargas. Kenya's Ambassador to Peru, Jane Wambui, attended the "
               "talks. Afterwards, the ministers signed the Agreement on Visa Exemption.")
    for p in ("person:peter-otieno", "person:luis-vargas"):
        assert any(f[:2] == ("SIGNED_AGREEMENT", p) for f in got), got
    assert not any(f[:2] == ("SIGNED_AGREEMENT", "person:jane-wambui") for f in got), got


def test_bound_by_diplomatic_relations_since_is_a_dated_establishment() -> None:
    got = _b62("Kenya and Peru have been bound by diplomatic relations since 4 June 1980.")
    assert _has(got, "ESTABLISHED_TIES", "country:KEN", "country:PER", "1980-06-04"), got


def test_an_ally_of_an_alliance_and_a_second_attribute_are_memberships() -> None:
    # "C, a NATO ally since T1 and an EU member since T2": both attributes, each with its date
    got = _b62("Portugal, a NATO ally since 1949 and an EU member since 1986, backs Peru's "
               "bid to join the OECD.")
    assert _has(got, "MEMBER_OF", "country:PRT", "org:north-atlantic-treaty-organization",
                "1949"), got
    assert _has(got, "MEMBER_OF", "country:PRT", "org:european-union", "1986"), got


def test_a_round_of_talks_with_is_a_meeting() -> None:
    got = _b62("Kenya's Foreign Minister, Peter Otieno, held a second round of talks with Peru's "
               "Foreign Minister, Luis Vargas, on Thursday.")
    assert _has(got, "MET_WITH", "person:peter-otieno", "person:luis-vargas", "2024-05-09"), got


def test_recognising_the_sovereignty_of_a_neutral_state() -> None:
    got = _b62("Japan recognised the sovereignty of neutral Austria in 1955.")
    assert _has(got, "RECOGNIZED", "country:JPN", "country:AUT", "1955"), got


def test_a_masterclass_or_public_lesson_is_a_lecture() -> None:
    got = _b62("Kenya's Foreign Minister, Peter Otieno, gave a masterclass to students of the "
               "University of Lima on Thursday.")
    assert any(f[:2] == ("LECTURED_AT", "person:peter-otieno") for f in got), got
    got = _b62("Kenya's Foreign Minister, Peter Otieno, gave a public lesson to students of the "
               "University of Lima on Thursday.")
    assert any(f[:2] == ("LECTURED_AT", "person:peter-otieno") for f in got), got


def test_is_in_a_country_for_a_range_then_an_apposed_visit() -> None:
    # "X is in C from D1 to D2 M Y, his second visit to the country": the visit apposed after
    # the range
    got = _b62("Kenya's Trade Minister, Peter Otieno, is in Peru from 8 to 11 May 2024, his "
               "second visit to the country.")
    assert _has(got, "VISITED", "person:peter-otieno", "country:PER", "2024-05-08"), got
    assert not any(f[:3] == ("VISITED", "person:peter-otieno", "country:KEN") for f in got), got


def test_arrived_yesterday_with_the_day_in_brackets() -> None:
    # "arrived in L yesterday (09) for a visit to C": the day in brackets after the date
    got = _b62("Kenya's Foreign Minister, Peter Otieno, arrived in Lima yesterday (09) for a "
               "four-day official visit to Peru.")
    assert _has(got, "VISITED", "person:peter-otieno", "city:lima", "2024-05-09"), got
    assert _has(got, "VISITED", "person:peter-otieno", "country:PER", "2024-05-09"), got


def test_a_roadmap_for_a_field_of_cooperation_signed_by_a_group() -> None:
    # "The officials went over A, B and C, and appended their signatures to a roadmap for energy
    # and mining cooperation for 2025-2027": the roadmap named with its fields and years
    got = _b62("Kenya's Foreign Minister, Peter Otieno, met Peru's Foreign Minister, Luis "
               "Vargas, on Thursday. The officials went over fisheries, energy and mining, and "
               "signed a roadmap for energy and mining cooperation for 2025-2027.")
    for p in ("person:peter-otieno", "person:luis-vargas"):
        assert any(f[:2] == ("SIGNED_AGREEMENT", p) and "roadmap" in f[2] for f in got), got


def test_represents_a_state_in_a_capital_on_a_non_resident_basis() -> None:
    # "X, C's Ambassador to A, who represents C in L on a non-resident basis": accredited to the
    # capital's state as well
    got = _b62("Kenya's Ambassador to Chile, Jane Wambui, who represents Kenya in Lima on a "
               "non-resident basis, attended the ceremony on Thursday.")
    assert _has(got, "ACCREDITED_TO", "person:jane-wambui", "country:CHL", None), got
    assert _has(got, "ACCREDITED_TO", "person:jane-wambui", "country:PER", None), got


def test_end_of_consultations_after_a_co_chaired_round_takes_its_day() -> None:
    # "X and Y co-chaired the second round of J on D. ... At the end of the consultations, A
    # and B signed K": the day of the round co-chaired (no meeting told in between)
    got = _b62("Kenya's Principal Secretary Peter Otieno and Peru's Vice Minister Luis Vargas "
               "co-chaired the second round of Kenya-Peru political consultations in Lima on 7 "
               "May 2024. Mr. Otieno is in Peru from 6 to 9 May 2024. At the end of the "
               "consultations, Kenya and Peru signed the Agreement on Visa Exemption.")
    assert any(f[:2] == ("SIGNED_AGREEMENT", "country:KEN") and f[3] == "2024-05-07"
               for f in got), got


def test_a_date_line_between_bars_and_a_month_dash_day_line_give_the_publication_date() -> None:
    # "Place | Month D, YYYY, Weekday @ HH:MM| By X" (the middle field of a barred line) and
    # "Mon - DD - YYYY , HH:MM" (month, day and year set apart by dashes) are date lines
    barred = (
        "Kenyan envoy meets minister\n\n"
        "Mahé, Seychelles | March 5, 2025, Wednesday @ 09:10| By Anne Payet\n\n"
        "Kenya's Ambassador to Seychelles, Grace Njeri, held talks with Minister Paul Hoarau on "
        "Tuesday.\n"
    )
    got = facts(extract_article(barred))
    assert _has(got, "MET_WITH", "person:grace-njeri", "person:paul-hoarau", "2025-03-04"), got
    dashed = (
        "Kenyan envoy meets minister\n\n"
        "Author: Kofi Mensah\nMar - 05 - 2025 , 09:10\n\n"
        "Kenya's Ambassador to Ghana, Grace Njeri, held talks with Minister Paul Owusu on "
        "Tuesday.\n"
    )
    got = facts(extract_article(dashed))
    assert _has(got, "MET_WITH", "person:grace-njeri", "person:paul-owusu", "2025-03-04"), got


def test_jetted_into_and_set_foot_in_are_arrivals_for_a_visit() -> None:
    # "X jetted into L on T for a ... visit to C", "X set foot in L on T at the start of a ...
    # visit to C": arrivals, like "flew into" and "touched down in"
    text = (
        "Visits\n\n"
        "Friday 10 May 2024\n\n"
        "Peru's Minister of Trade, Luis Vargas, jetted into Nairobi on Monday for a two-day "
        "official visit to Kenya. Chile's Minister of Mining, Ana Rojas, set foot in Windhoek on "
        "Tuesday at the start of a working visit to Namibia.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:luis-vargas", "country:KEN", "2024-05-06"), got
    assert _has(got, "VISITED", "person:ana-rojas", "country:NAM", "2024-05-07"), got


def test_audience_granted_or_given_and_a_shared_meal_are_meetings() -> None:
    # "Y granted audience to X", "X was given an audience by Y", "X shared a working dinner
    # with Y": meetings
    text = (
        "Audiences\n\n"
        "Friday 10 May 2024\n\n"
        "The Prime Minister, Head of Government, Ama Mensah, on Monday granted audience to the "
        "outgoing Ambassador of Peru to Ghana, Grace Njeri, at the Jubilee House in Accra. On "
        "Tuesday, Peru's Minister of Trade, Luis Vargas, who landed in Accra on Sunday for a "
        "working visit to Ghana, was given an audience by Vice-President Kofi Boateng. Kenya's "
        "Minister of Trade, Peter Otieno, on Wednesday shared a working dinner with Minister of "
        "Finance Yaw Darko.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:ama-mensah", "person:grace-njeri", "2024-05-06"), got
    assert _has(got, "MET_WITH", "person:luis-vargas", "person:kofi-boateng", "2024-05-07"), got
    assert _has(got, "MET_WITH", "person:peter-otieno", "person:yaw-darko", "2024-05-08"), got


def test_and_later_held_a_meeting_with_a_post_and_a_comma_before_the_name() -> None:
    # "X was received by A, and later held a working meeting with the Minister for Trade and
    # Industry, B, ...": B is met too
    text = (
        "Peruvian minister in Accra\n\n"
        "Friday 10 May 2024\n\n"
        "ACCRA: Peru's Minister of Trade, Luis Vargas, was received on Monday by the Deputy "
        "Minister of Finance, Ama Mensah, and later held a working meeting with the Minister for "
        "Trade and Industry, Yaw Darko, at the ministry.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-vargas", "person:ama-mensah", "2024-05-06"), got
    assert _has(got, "MET_WITH", "person:luis-vargas", "person:yaw-darko", "2024-05-06"), got


def test_a_witness_after_with_and_looking_on_is_no_co_signer() -> None:
    # "A and B signed J with Ambassador X looking on": X watched, he did not sign
    text = (
        "Grant signed\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: On Thursday, Kenya and Japan signed a Memorandum of Understanding on Rural "
        "Electrification with Ambassador Kenji Sato looking on.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "SIGNED_AGREEMENT" and f[1] == "country:KEN" for f in got), got
    assert not any(f[0] == "SIGNED_AGREEMENT" and f[1] == "person:kenji-sato" for f in got), got


def test_kept_up_diplomatic_relations_without_interruption_since_is_an_establishment() -> None:
    # "A and B have kept up diplomatic relations without interruption since T": "without
    # interruption" is continuity, not a negation
    text = (
        "Chile and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Chile and Kenya have kept up diplomatic relations without interruption since "
        "1968, the minister said.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "ESTABLISHED_TIES" and {f[1], f[2]} == {"country:CHL", "country:KEN"}
               and f[3] == "1968" for f in got), got


def test_acknowledged_a_state_as_independent_is_a_recognition() -> None:
    # "A acknowledged B as an independent state on D": a recognition, dated
    text = (
        "Norway and Namibia\n\n"
        "Friday 10 May 2024\n\n"
        "OSLO: Norway acknowledged Namibia as an independent state on 21 March 1990, the "
        "minister recalled.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "RECOGNIZED", "country:NOR", "country:NAM", "1990-03-21"), got


def test_sit_together_in_hold_membership_and_which_has_held_membership() -> None:
    # "A and B sit together in O", "Both A and B hold O membership", "C, which has held O
    # membership since T, ...": memberships
    text = (
        "Memberships\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Kenya and Mauritius sit together in the Indian Ocean Rim Association. Both "
        "Chile and Peru hold United Nations membership. Austria, which has held European Union "
        "membership since 1995, backed the plan.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "MEMBER_OF" and f[1] == "country:MUS" for f in got), got
    assert any(f[0] == "MEMBER_OF" and f[1] == "country:PER" for f in got), got
    assert any(f[0] == "MEMBER_OF" and f[1] == "country:AUT" and f[3] == "1995"
               for f in got), got


def test_joined_hands_co_hosted_and_a_partnership_dating_back_are_cooperation() -> None:
    # "A and B have joined hands since T", "have co-hosted ... since T", "have a partnership
    # dating back to T": cooperation stated as existing
    text = (
        "Partners\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Kenya and Chile have joined hands since 2016 on geothermal training. Peru and "
        "Namibia have co-hosted fisheries courses since 2019. Austria and Ghana have a "
        "partnership dating back to 1990.\n"
    )
    got = facts(extract_article(text))
    for a, b, d in (("country:KEN", "country:CHL", "2016"), ("country:PER", "country:NAM", "2019"),
                    ("country:AUT", "country:GHA", "1990")):
        assert any(f[0] == "COOPERATES_WITH" and {f[1], f[2]} == {a, b} and f[3] == d
                   for f in got), (a, b, got)


def test_addis_abeba_spelling_is_the_capital_of_ethiopia() -> None:
    # "Addis Abeba" (the spelling of the Ethiopian press) stands for Ethiopia like "Addis Ababa"
    text = (
        "Ethiopia and Chile\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya's Ambassador in Addis Abeba, Grace Njeri, held talks with Minister Paul Hoarau on "
        "Monday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:grace-njeri", "country:ETH", None), got


def test_took_the_floor_at_and_made_a_presentation_to_are_lectures() -> None:
    # "X took the floor at a seminar of the I", "Y made a presentation to researchers of the J":
    # lectures at those bodies
    text = (
        "Lectures\n\n"
        "Friday 10 May 2024\n\n"
        "On Monday, Kenya's Ambassador to Ghana, Grace Njeri, took the floor at a colloquium of "
        "the University of Ghana on regional trade. On Tuesday, Peru's Minister of Trade, Luis "
        "Vargas, who landed in Accra on Sunday for a working visit to Ghana, made a presentation "
        "to researchers of the Kofi Annan International Peacekeeping Training Centre.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "LECTURED_AT" and f[1] == "person:grace-njeri" for f in got), got
    assert any(f[0] == "LECTURED_AT" and f[1] == "person:luis-vargas" for f in got), got


def test_whose_purview_takes_in_is_a_side_accreditation() -> None:
    # "X, whose purview also takes in A and B": a head of mission's side accreditations
    text = (
        "Farewell\n\n"
        "Friday 10 May 2024\n\n"
        "The Prime Minister, Head of Government, Ama Mensah, on Monday granted audience to the "
        "outgoing Ambassador of Peru to Ghana, Grace Njeri, at the Jubilee House in Accra. The "
        "talks gave the diplomat, whose purview also takes in Togo and Benin, a chance to review "
        "her mission.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:grace-njeri", "country:TGO", None), got
    assert _has(got, "ACCREDITED_TO", "person:grace-njeri", "country:BEN", None), got


def test_putting_signatures_on_an_unnamed_memorandum_names_it() -> None:
    # "A and B put their signatures on a memorandum of understanding on X": the unnamed
    # memorandum is found as the thing signed ("on" for "to")
    text = (
        "Fisheries memorandum\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Kenya and Peru on Monday put their signatures on a memorandum of understanding "
        "on fisheries research, the ministry said.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "SIGNED_AGREEMENT" and f[1] == "country:KEN" and f[3] == "2024-05-06"
               for f in got), got


def test_put_diplomatic_relations_in_place_is_an_establishment() -> None:
    # "A and B, which put diplomatic relations in place in T, ...": an establishment, dated
    text = (
        "Kenya and Chile\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Kenya and Chile, which put diplomatic relations in place in 1968, are both "
        "members of the United Nations, the minister said.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "ESTABLISHED_TIES" and {f[1], f[2]} == {"country:CHL", "country:KEN"}
               and f[3] == "1968" for f in got), got


def test_journeyed_to_and_led_a_trade_mission_to_are_visits() -> None:
    # "X journeyed to L in <month>" and "Y led a trade mission to L": trips to a place
    text = (
        "Ghana and Togo\n\n"
        "Friday 10 May 2024\n\n"
        "ACCRA: Ghana's Minister of Trade, Kofi Mensah, journeyed to Lomé in April 2024 to "
        "discuss the border market. Ghana's Deputy Minister of Finance, Ama Owusu, led a "
        "business mission to Kampala in March 2024.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:kofi-mensah", "city:lome", "2024-04"), got
    assert _has(got, "VISITED", "person:ama-owusu", "city:kampala", "2024-03"), got


def test_kept_up_relations_without_interruption_and_taken_up_between_the_two_states() -> None:
    # "A and B have kept up diplomatic relations without interruption since T" ("without
    # interruption" negates nothing) and "diplomatic relations between the two states were
    # taken up in T"
    text = (
        "Peru and Sweden\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Peru and Sweden have kept up diplomatic relations without interruption since "
        "1930, the minister said. Chile and Norway were also mentioned; the envoy noted that "
        "diplomatic relations between the two states were taken up in 1904.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:SWE", "1930"), got
    assert _has(got, "ESTABLISHED_TIES", "country:CHL", "country:NOR", "1904"), got


def test_sat_across_the_table_and_spent_the_morning_together_are_meetings() -> None:
    # "A and B sat across the table at ..." and "A and B spent the afternoon together at ...":
    # meetings of the pair
    text = (
        "Kenya and Uganda\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Kenya's Foreign Minister, Grace Wanjiru, opened a trade fair on Monday. "
        "Uganda's Foreign Minister, Paul Ssemakula, toured the fair. Grace Wanjiru and Paul "
        "Ssemakula sat across the table at State House on Tuesday. Kenya's Finance Minister, "
        "Jorge Kamau, and Uganda's Trade Minister, Elena Nabirye, spent the afternoon together "
        "at the ministry on Wednesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:grace-wanjiru", "person:paul-ssemakula",
                "2024-05-07"), got
    assert _has(got, "MET_WITH", "person:jorge-kamau", "person:elena-nabirye", "2024-05-08"), got


def test_masterclass_seminar_and_possessive_guest_speaker_are_lectures() -> None:
    # "X held a masterclass for students of the I", "Y led a seminar on ... at the I" and "Z was
    # the I's guest speaker": lectures at the body
    text = (
        "Envoys on campus\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Kenya's Foreign Minister, Peter Otieno, held a masterclass for students of "
        "Strathmore University on Tuesday. Uganda's Trade Minister, John Okello, led a seminar "
        "on regional trade at Kenyatta University on Wednesday. Tanzania's Foreign Minister, Rose "
        "Mushi, was the Kenya School of Government's guest speaker on Thursday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "LECTURED_AT", "person:peter-otieno", "institution:strathmore-university",
                "2024-05-07"), got
    assert _has(got, "LECTURED_AT", "person:john-okello", "institution:kenyatta-university",
                "2024-05-08"), got
    assert _has(got, "LECTURED_AT", "person:rose-mushi",
                "institution:kenya-school-of-government", "2024-05-09"), got


def test_added_their_signatures_to_is_a_signing() -> None:
    # "C and D added their signatures to K": the idiom of "put their signatures to" with "added"
    text = (
        "Kenya and Uganda\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: On Wednesday, Kenya and Uganda added their signatures to an agreement on road "
        "transport, the ministry said.\n"
    )
    got = facts(extract_article(text))
    road = "project:agreement-on-road-transport"
    assert _has(got, "SIGNED_AGREEMENT", "country:KEN", road, "2024-05-08"), got
    assert _has(got, "SIGNED_AGREEMENT", "country:UGA", road, "2024-05-08"), got


def test_development_partners_partnering_and_pooling_logistics_are_cooperation() -> None:
    # "A and B have been development partners in X since T, chiefly through J", "C and D have
    # been partnering on X since T", "E and F have been pooling logistics since T"
    text = (
        "Partners in the region\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Kenya and Uganda have been development partners in health since 2004, "
        "chiefly through the Northern Corridor Integration Projects. Kenya and Rwanda have "
        "been partnering on e-government since 2016. Kenya and Tanzania have been pooling "
        "logistics for lake patrols since 2011.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "country:KEN", "country:UGA", "2004"), got
    assert _has(got, "COOPERATES_VIA", "country:UGA",
                "project:northern-corridor-integration-projects", "2004"), got
    assert _has(got, "COOPERATES_WITH", "country:KEN", "country:RWA", "2016"), got
    assert _has(got, "COOPERATES_WITH", "country:KEN", "country:TZA", "2011"), got


def test_weekday_before_a_day_without_a_year_is_dated_from_the_publication_day() -> None:
    # "arrived on Friday 3 May" in a story of Friday 10 May 2024: the last Friday before the
    # publication day is 3 May, so the day is dated; "on Monday 3 June" matches no recent
    # Monday and stays undated
    text = (
        "Kenyan minister in Australia\n\n"
        "Friday 10 May 2024\n\n"
        "CANBERRA: Kenya's Trade Minister, Ann Wambui, landed in Canberra on Friday 3 May at the "
        "start of a ten-day visit to Australia. Uganda's Trade Minister, John Okello, arrived in "
        "Canberra on Monday 3 June for a working visit to Australia.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:ann-wambui", "country:AUS", "2024-05-03"), got
    assert _has(got, "VISITED", "person:john-okello", "country:AUS", None), got


def test_anniversary_with_the_year_as_subject_or_after_this_year_counts_back() -> None:
    # "Y marked the Nth anniversary of the establishment of diplomatic relations between A and
    # B" and "This year, Y, C and D mark the Nth anniversary of diplomatic relations": Y - N
    text = (
        "Anniversaries\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Trade grew. 2023 marked the 60th anniversary of the establishment of "
        "diplomatic relations between Kenya and Uganda. This year, 2024, Kenya and Rwanda mark "
        "the 40th anniversary of diplomatic relations.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:KEN", "country:UGA", "1963"), got
    assert _has(got, "ESTABLISHED_TIES", "country:KEN", "country:RWA", "1984"), got


def test_untitled_subject_presenting_letters_of_credence_is_an_envoy() -> None:
    # "X presented her letters of credence as Ambassador of C to D in <month>": X, named with no
    # title, is a person, C's ambassador accredited to D from that month
    text = (
        "New envoy\n\n"
        "Friday 10 May 2024\n\n"
        "Trade between the two countries grew last year. Wanjiku Mwangi presented her letters of "
        "credence as Ambassador of Kenya to Uganda in March 2024.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "AMBASSADOR_OF", "person:wanjiku-mwangi", "country:KEN", None), got
    assert _has(got, "ACCREDITED_TO", "person:wanjiku-mwangi", "country:UGA", "2024-03"), got


def test_being_a_participant_in_a_programme_is_a_cooperation_channel() -> None:
    # "C is a participant in the J", "D has been an active participant in the K since T": as "a
    # partner in"
    text = (
        "Programmes\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Tonga is a participant in the Seasonal Worker Programme, the minister said. "
        "Kenya has been an active participant in the Northern Corridor Integration Projects "
        "since 2014.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_VIA", "country:TON", "project:seasonal-worker-programme",
                None), got
    assert _has(got, "COOPERATES_VIA", "country:KEN",
                "project:northern-corridor-integration-projects", "2014"), got


def test_arrived_at_the_head_of_a_delegation_to_a_country_visits_both() -> None:
    # "X arrived in L on T at the head of a parliamentary delegation to C": a visit of the city
    # and of the country the delegation went to
    text = (
        "Latvian Speaker in Uganda\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. The Speaker of the Saeima, Anna Berzina, arrived in Kampala on 6 May 2024 "
        "at the head of a parliamentary delegation to Uganda, which stays until Saturday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:anna-berzina", "city:kampala", "2024-05-06"), got
    assert _has(got, "VISITED", "person:anna-berzina", "country:UGA", "2024-05-06"), got


def test_a_mission_led_to_two_places_visits_both() -> None:
    # "X led a business mission to L1 and L2": both places visited; "Y led a delegation to C and
    # D's minister met him": D is no destination
    text = (
        "Ghana in East Africa\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Ghana's Deputy Minister of Finance, Ama Owusu, led a business mission to "
        "Kampala and Nairobi in March 2024. Ghana's Trade Minister, Kofi Mensah, led a "
        "delegation to Kenya and Uganda's minister met him.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:ama-owusu", "city:kampala", "2024-03"), got
    assert _has(got, "VISITED", "person:ama-owusu", "city:nairobi", "2024-03"), got
    assert not any(f[0] == "VISITED" and f[2] == "country:UGA" for f in got), got


def test_a_short_title_case_lead_ending_in_a_full_stop_names_its_person() -> None:
    # the lead is the first sentence once a short headline is dropped; its capitals are those of
    # names and a post, its lower-case verb makes it a running sentence, not a headline
    text = ("Fisheries\n\n"
            "Chile's Minister of Fisheries, Ana Morales, visited Tonga on Friday.\n")
    record = extract_article(text)
    assert names(record).get("Ana Morales") == "Person"
    assert ("OFFICIAL_OF", "person:ana-morales", "country:CHL", None) in facts(record)


def test_a_lower_case_head_of_mission_in_the_seat_is_a_head_of_mission() -> None:
    text = ("Water grant\n\n"
            "MAPUTO, 6 May 2024: Finland's head of mission in Maputo, Ambassador Liisa Korhonen, "
            "opened the new pumping station.\n")
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:liisa-korhonen", "country:FIN", None) in got
    assert ("ACCREDITED_TO", "person:liisa-korhonen", "country:MOZ", None) in got


def test_conducted_talks_with_a_named_counterpart_is_a_meeting() -> None:
    text = ("Ministers talk\n\n"
            "ACCRA, 9 May 2024: Ghana's Minister of Trade, Kofi Mensah, conducted talks with "
            "Japan's Minister of Economy, Taro Yamada, on Tuesday.\n")
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:kofi-mensah", "person:taro-yamada", "2024-05-07") in got


def test_talks_with_her_guest_are_with_the_visitor_of_the_sentence_before() -> None:
    text = ("Visit\n\n"
            "OSLO, 12 June 2024: Chile's Foreign Minister, Ana Morales, who is on a working visit "
            "to Norway, arrived in Oslo on Monday.\n\n"
            "On Tuesday, Foreign Minister Kari Dahl held talks with her visitor at the ministry.\n")
    got = {(p, s, o) for p, s, o, _ in facts(extract_article(text))}
    assert ("MET_WITH", "person:kari-dahl", "person:ana-morales") in got or (
        "MET_WITH", "person:ana-morales", "person:kari-dahl") in got


def test_an_agreement_that_bears_the_signatures_of_two_people_was_signed_by_them() -> None:
    text = ("Loan\n\n"
            "DAKAR, 8 April 2024: Senegal and Japan signed a Loan Agreement for the Dakar Port "
            "Project on Friday. The agreement bears the signatures of Senegal's Minister of "
            "Finance, Moussa Diop, and Japan's Ambassador to Senegal, Kenji Sato.\n")
    got = {(p, s) for p, s, o, _ in facts(extract_article(text)) if p == "SIGNED_AGREEMENT"}
    assert ("SIGNED_AGREEMENT", "person:moussa-diop") in got
    assert ("SIGNED_AGREEMENT", "person:kenji-sato") in got


def test_a_pair_that_marks_decades_of_diplomatic_relations_established_them() -> None:
    text = ("Anniversary\n\n"
            "HANOI, 2 May 2025: Vietnam and Chile held a reception. This year, 2025, the two "
            "countries mark four decades of diplomatic ties.\n")
    got = facts(extract_article(text))
    assert ("ESTABLISHED_TIES", "country:VNM", "country:CHL", "1985") in got or (
        "ESTABLISHED_TIES", "country:CHL", "country:VNM", "1985") in got


def test_who_is_paying_a_visit_to_the_country_then_landed_in_its_city() -> None:
    text = ("Visit\n\n"
            "NAIROBI, 7 March 2025: Chile's Minister of Mining, Ana Morales, who is paying a "
            "three-day working visit to Kenya, landed in Nairobi on Wednesday.\n")
    got = facts(extract_article(text))
    assert ("VISITED", "person:ana-morales", "city:nairobi", "2025-03-05") in got


def test_an_ambassador_who_represents_his_state_at_a_body_as_well_is_accredited_to_it() -> None:
    text = ("Envoy\n\n"
            "JAKARTA, 4 June 2025: Chile's Ambassador to Indonesia, Pedro Rojas, who represents "
            "Santiago at the Association of Southeast Asian Nations as well, opened the fair.\n")
    got = {(p, s, o) for p, s, o, _ in facts(extract_article(text))}
    assert any(p == "ACCREDITED_TO" and s == "person:pedro-rojas" and o.startswith("org")
               for p, s, o in got), got


def test_a_state_among_the_recipients_of_training_under_a_programme_cooperates_via_it() -> None:
    text = ("Training\n\n"
            "APIA, 4 June 2025: Samoa has been among the recipients of training under Japan's "
            "Pacific Coast Guard Programme since 2019, with officers trained in Yokohama.\n")
    got = {(p, s, d) for p, s, o, d in facts(extract_article(text)) if p == "COOPERATES_VIA"}
    assert ("COOPERATES_VIA", "country:WSM", "2019") in got, got


def test_treated_the_students_of_a_body_to_a_talk_is_a_lecture_there() -> None:
    text = ("Lecture\n\n"
            "NAIROBI, 7 March 2025: On Wednesday, Chile's Ambassador to Kenya, Pedro Rojas, "
            "treated the students of the University of Nairobi to a talk on Andean trade.\n")
    got = {(p, s, d) for p, s, o, d in facts(extract_article(text)) if p == "LECTURED_AT"}
    assert ("LECTURED_AT", "person:pedro-rojas", "2025-03-05") in got, got


def test_both_members_apposition_before_entering_into_relations() -> None:
    # "A and B, both members of O, entered into diplomatic relations on T": the apposition
    # between the pair and the verb is skipped
    text = (
        "Ghana and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Ghana and Peru, both members of the Non-Aligned Movement, entered into "
        "diplomatic relations on 2 March 1964.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:GHA", "country:PER", "1964-03-02"), got


def test_has_been_collaborating_with_a_body_is_cooperation() -> None:
    # "I1 has been collaborating (partnering) with I2 since T": an existing cooperation
    text = (
        "Nursing school\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. The Korea International Cooperation Agency has been partnering with "
        "Makerere University on nursing education since 2019.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "institution:korea-international-cooperation-agency",
                "institution:makerere-university", "2019"), got


def test_recognition_extended_to_a_capital_is_the_state() -> None:
    # "Ankara accorded recognition to Bishkek": the capital after "recognition to" is the
    # government recognised, not a place
    text = (
        "Turkey and Kyrgyzstan\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. In March 1992 Ankara accorded recognition to Bishkek.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "RECOGNIZED", "country:TUR", "country:KGZ", "1992-03"), got


def test_being_part_of_a_project_in_the_present_is_a_channel() -> None:
    # "C is (are) part of the J": a channel, as "has been part of the J"
    text = (
        "Sahel\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya is part of the Great Green Wall initiative.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_VIA", "country:KEN", "project:great-green-wall-initiative",
                None), got


def test_and_they_are_members_of_takes_the_pair_named_before() -> None:
    # "A and B signed J in T, and they are members of O": "they" is the pair before
    text = (
        "Chile and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile and Peru signed a pact in 2019, and they are members of the Pacific "
        "Alliance.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MEMBER_OF", "country:CHL", "org:pacific-alliance", None), got
    assert _has(got, "MEMBER_OF", "country:PER", "org:pacific-alliance", None), got


def test_was_later_given_an_audience_by_is_a_meeting() -> None:
    # "X was later (also) given an audience by Y": an adverb before the participle
    text = (
        "Chile and Tonga\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Foreign Minister Rosa Vial was later given an audience by King "
        "Tupou Leka.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:rosa-vial", "person:tupou-leka", None), got


def test_a_sojourn_in_a_country_is_a_visit() -> None:
    # "began a four-day sojourn in C on T": a stay, "in" its destination
    text = (
        "Chile and Tonga\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Foreign Minister Rosa Vial began a four-day sojourn in Tonga on "
        "3 May 2024.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:rosa-vial", "country:TON", "2024-05-03"), got


def test_sharing_insights_at_a_body_is_a_lecture() -> None:
    # "X shared her insights on ... with students at the I": a talk given there
    text = (
        "Chile and New Zealand\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. On 7 May 2024, Chile's Foreign Minister Rosa Vial shared her insights on "
        "Pacific trade with students at the University of Auckland.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "LECTURED_AT", "person:rosa-vial", "institution:university-of-auckland",
                "2024-05-07"), got


def test_the_foreign_ministers_are_not_the_prime_minister_called_on() -> None:
    # "X called on Prime Minister Y and met Foreign Minister Z. The foreign ministers then
    # signed J": X and Z, not the prime minister named between them
    text = (
        "Chile and Tonga\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Foreign Minister Rosa Vial called on Prime Minister Aisake Eke on "
        "Monday and met Foreign Minister Fekitamoeloa Utoikamanu. The foreign ministers then "
        "signed the Memorandum on Fisheries Cooperation.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"person:rosa-vial", "person:fekitamoeloa-utoikamanu"}, got


def test_relations_since_a_partys_independence_take_that_year() -> None:
    # "A and B have had diplomatic relations since B's independence in 1962": established then
    text = (
        "Nepal and Jamaica\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Nepal and Jamaica have had diplomatic relations since Jamaica's "
        "independence in 1962, the minister said.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:NPL", "country:JAM", "1962"), got


def test_a_stopover_begun_and_a_call_paid_on_a_capital_are_visits() -> None:
    # "X began a two-day stopover in L on T", "Y paid a brief call on Kingston": visits of the
    # cities; "paid a courtesy call on C's Minister Z" stays a meeting, no visit of C
    text = (
        "Ministers on the road\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya's Foreign Minister, Wanjiru Kamau, began a two-day stopover in "
        "Montevideo on 6 May 2024. Nepal's Trade Minister, Bishnu Adhikari, paid a brief call "
        "on Kingston in April 2024. On Monday, Mr Adhikari paid a courtesy call on Ghana's "
        "Minister of Trade, Mrs Efua Mensah.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:wanjiru-kamau", "city:montevideo", "2024-05-06"), got
    assert _has(got, "VISITED", "person:bishnu-adhikari", "city:kingston", "2024-04"), got
    assert not any(f[0] == "VISITED" and f[2] == "country:GHA" for f in got), got


def test_credentialed_to_a_capital_is_an_accreditation_to_its_state() -> None:
    # "X, C's Ambassador to D, is also credentialed to Suva": accredited to Fiji
    text = (
        "Envoys in the Pacific\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Ambassador to New Zealand, Ana Rojas Vidal, is also credentialed "
        "to Suva and to Samoa.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:ana-rojas-vidal", "country:FJI", None), got


def test_a_mission_in_a_capital_headed_by_an_ambassador() -> None:
    # "C's embassy in Nairobi is led by Ambassador X": X is C's ambassador, accredited to Kenya
    text = (
        "Chile in East Africa\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Uganda keeps a consulate in Santiago, while Chile's embassy in Nairobi is "
        "led by Ambassador Carla Muñoz Soto.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "AMBASSADOR_OF", "person:carla-munoz-soto", "country:CHL", None), got
    assert _has(got, "ACCREDITED_TO", "person:carla-munoz-soto", "country:KEN", None), got


def test_bodies_that_pooled_data_cooperate_and_states_that_coordinate_through_a_body() -> None:
    # "A's Institute and B's Agency have pooled rainfall data since 2017": cooperation since
    # then; "A and B coordinate on climate questions within O": a standing cooperation
    text = (
        "Fiji and Chile\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Fiji's Meteorological Service and Chile's Meteorological Directorate have "
        "pooled rainfall data since 2017. Fiji and Chile coordinate on climate questions "
        "within the United Nations.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "COOPERATES_WITH" and f[3] == "2017" for f in got), got
    assert _has(got, "COOPERATES_WITH", "country:FJI", "country:CHL", None), got


def test_a_demonym_description_resolved_to_an_ambassador_gives_no_office() -> None:
    # "C's Ambassador to D, X, also covers E. The Kenyan envoy-designate ...": a head of
    # mission is no official of the sending state, whichever description names him later
    text = (
        "Kenya in the Caribbean\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya's Ambassador to Cuba, Otieno Kamau, also covers Jamaica. "
        "The Kenyan diplomat spoke to farmers in Kingston.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "AMBASSADOR_OF", "person:otieno-kamau", "country:KEN", None), got
    assert not _has(got, "OFFICIAL_OF", "person:otieno-kamau", "country:KEN", None), got


def test_lodged_credentials_date_the_accreditation() -> None:
    # "C's Ambassador to D, X, lodged her credentials with the King on Tuesday": accredited
    # that day
    text = (
        "New envoy\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Ambassador to Norway, Paula Reyes Toro, lodged her credentials "
        "with the King on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:paula-reyes-toro", "country:NOR", "2024-05-07"), got


def test_represents_her_country_in_another_state_is_a_side_accreditation() -> None:
    # "X also represents her country in C": no state named before "in", so the cue is the verb
    text = (
        "Envoys meet\n\n"
        "Friday 10 May 2024\n\n"
        "LIMA: Chile's Ambassador to Peru, Marta Olmos, who also represents her country in "
        "Bolivia, opened the forum.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:marta-olmos", "country:BOL", None), got


def test_a_dateline_place_with_accents_gives_the_publication_day() -> None:
    # "Bogotá, March 4, 2025 (EFE).- ...": an accented place still opens the dateline, whose
    # date dates "today"
    text = (
        "Trade talks\n\n"
        "Bogotá, March 4, 2025 (EFE).- Kenya's Foreign Minister, Peter Kamau, met Colombia's "
        "Minister of Trade, Laura Ríos, today.\n"
    )
    record = extract_article(text)
    assert str(record.article.published) == "2025-03-04", record.article
    got = facts(record)
    assert _has(got, "MET_WITH", "person:peter-kamau", "person:laura-rios", "2025-03-04"), got


def test_an_encounter_a_one_on_one_and_a_huddle_are_meetings() -> None:
    # "X held a bilateral encounter with Y", "X had a one-on-one with Y", "X huddled with Y"
    text = (
        "Talks\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya's Foreign Minister, Peter Kamau, held a brief encounter with Chile's "
        "Minister of Trade, Laura Ríos, on Monday. On Tuesday Ríos had a one-on-one with "
        "Ghana's Minister of Energy, Kofi Boateng. On Wednesday Boateng huddled with Peru's "
        "Minister of Mines, Ana Quispe, in Lima.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:peter-kamau", "person:laura-rios", "2024-05-06"), got
    assert _has(got, "MET_WITH", "person:laura-rios", "person:kofi-boateng", "2024-05-07"), got
    assert _has(got, "MET_WITH", "person:kofi-boateng", "person:ana-quispe", "2024-05-08"), got


def test_the_same_afternoon_takes_the_day_told_before() -> None:
    # "X arrived in L on Tuesday ... X met Y the same afternoon": that Tuesday, not the month
    text = (
        "Visit\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya's Foreign Minister, Peter Kamau, arrived in Lima on Tuesday for a three-day "
        "official visit to Peru. Kamau met Peru's Minister of Trade, Ana Quispe, the same "
        "afternoon.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:peter-kamau", "person:ana-quispe", "2024-05-07"), got


def test_the_minister_of_state_is_the_minister_of_state_named_before() -> None:
    # "C's Minister of State for X, A, arrived ... On Monday the Minister of State met B"
    text = (
        "Visit\n\n"
        "Friday 10 May 2024\n\n"
        "Japan's Minister of State for Foreign Affairs, Kenji Sato, arrived in Nairobi on "
        "Sunday for a visit to Kenya. On Monday the Minister of State held talks with Kenya's "
        "Cabinet Secretary for Trade, Mary Wanjiru, at the Treasury.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:kenji-sato", "person:mary-wanjiru", "2024-05-06"), got


def test_kept_relations_and_are_linked_by_relations_since_a_date() -> None:
    # "A and B have kept diplomatic relations since T"; "A and B are linked by diplomatic
    # relations since T" (a translation's present tense)
    text = (
        "Ties\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile and Norway have kept diplomatic relations since 1948. Peru and "
        "Kenya are linked by diplomatic relations since 12 March 1971.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:CHL", "country:NOR", "1948"), got
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:KEN", "1971-03-12"), got


def test_the_two_men_putting_their_signatures_to_an_agreement_signed_it() -> None:
    # "The two men then put (affixed, appended) their signatures to J": the two people just
    # named signed it
    text = (
        "Agreement\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya's Foreign Minister, Peter Kamau, met Chile's Minister of Trade, Luis Vargas, on "
        "Monday. The two men then put their signatures to an Agreement on Cooperation in "
        "Fisheries.\n"
    )
    got = facts(extract_article(text))
    signed = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert {"person:peter-kamau", "person:luis-vargas"} <= signed, got


def test_a_charge_d_affaires_of_an_embassy_in_a_country() -> None:
    # "The Chargé d'Affaires of the Embassy of C in D, X": a straight apostrophe, and a
    # country as the mission's seat
    text = (
        "Reception\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. The Chargé d'Affaires of the Embassy of Chile in Kenya, Rosa Pérez, "
        "opened the fair.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert names(record).get("Embassy of Chile") == "Institution", names(record)
    assert _has(got, "ACCREDITED_TO", "person:rosa-perez", "country:KEN", None), got
    assert _has(got, "OFFICIAL_OF", "person:rosa-perez", "country:CHL", None), got


def test_ranks_among_the_founding_members_and_holds_membership_of() -> None:
    # "C ranks among the founding members of O", "D holds membership of P"
    text = (
        "Blocs\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile ranks among the founding members of the Pacific Alliance. Kenya "
        "holds membership of the East African Community.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "MEMBER_OF" and f[1] == "country:CHL" for f in got), got
    assert any(f[0] == "MEMBER_OF" and f[1] == "country:KEN" for f in got), got


def test_working_in_tandem_and_coordinating_positions_in_a_body_are_cooperation() -> None:
    # "A and B work in tandem within O"; "A and B have coordinated their positions at O"
    text = (
        "Partners\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile and Kenya work in tandem within the United Nations. Peru and Ghana "
        "have coordinated their positions at the World Trade Organization for a decade.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "country:CHL", "country:KEN", None), got
    assert _has(got, "COOPERATES_WITH", "country:PER", "country:GHA", None), got


def test_a_state_that_has_tapped_a_fund_cooperates_through_it() -> None:
    # "C has tapped the J for ... since T": a user of the programme, as "has drawn on"
    text = (
        "Funds\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya has tapped the Global Climate Resilience Programme for flood "
        "defences since 2019.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "COOPERATES_VIA" and f[1] == "country:KEN" and f[3] == "2019"
               for f in got), got


def test_headline_speaker_at_a_roundtable_convened_by_a_body() -> None:
    # "X was also the headline speaker at a roundtable ... convened on Tuesday by the I"
    text = (
        "Roundtable\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya's Foreign Minister, Peter Kamau, arrived in Lima on Monday. Kamau was also the "
        "headline speaker at a seminar on ocean governance convened on Tuesday by the "
        "Diplomatic Academy of Peru.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "LECTURED_AT" and f[1] == "person:peter-kamau" and f[3] == "2024-05-07"
               for f in got), got


def test_a_body_named_after_a_state_with_and_in_its_name_is_one_body() -> None:
    # "the Saint Vincent and the Grenadines Port Authority": the "and the" of the state's name
    # cuts nothing
    text = (
        "Lecture\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya's Foreign Minister, Peter Kamau, visited the Saint Vincent and the "
        "Grenadines Port Authority on Monday.\n"
    )
    record = extract_article(text)
    assert names(record).get("Saint Vincent and the Grenadines Port Authority") == (
        "Institution"), names(record)


def test_a_saints_possessive_opens_a_university_name() -> None:
    # "St. Mary's University", "Saint Joseph's College": one body, the saint's name included
    text = (
        "Lecture\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya's Foreign Minister, Peter Kamau, spoke at St. Mary's University on "
        "Monday and at Saint Joseph's College on Tuesday.\n"
    )
    record = extract_article(text)
    assert names(record).get("St. Mary's University") == "Institution", names(record)
    assert names(record).get("Saint Joseph's College") == "Institution", names(record)


def test_the_visitor_is_the_one_who_landed_on_a_mission() -> None:
    # "X landed at the airport at the start of a mission to C ... the visitor spoke at I"
    text = (
        "Visit\n\n"
        "Friday 10 May 2024\n\n"
        "Chile's Deputy Minister of Foreign Affairs, Rosa Pérez, landed at Jomo Kenyatta "
        "International Airport on Monday at the start of a working mission to Kenya. On "
        "Tuesday the visitor spoke on trade at a forum hosted by the University of Nairobi.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "LECTURED_AT" and f[1] == "person:rosa-perez" for f in got), got


def test_a_resident_ambassador_in_a_capital_is_his_states_head_of_mission() -> None:
    # "C's resident Ambassador in L, X": AMBASSADOR_OF C, as without "resident"
    text = (
        "Envoy\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's resident Ambassador in Nairobi, Rosa Pérez, opened the fair.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "AMBASSADOR_OF", "person:rosa-perez", "country:CHL", None), got
    assert _has(got, "ACCREDITED_TO", "person:rosa-perez", "country:KEN", None), got


def test_relations_raised_having_established_them_on_a_date() -> None:
    # "A and B upgraded their ties in T1, having established them on T2": established on T2
    text = (
        "Ties\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile and Kenya upgraded their ties to embassy level in 2010, having "
        "established them on 4 June 1965.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:CHL", "country:KEN", "1965-06-04"), got


def test_an_agreement_signed_for_each_state_by_its_signer() -> None:
    # "J was then signed for C by X and for D by Y": the two people and the two states
    text = (
        "Deal\n\n"
        "Friday 10 May 2024\n\n"
        "Qatar's Minister of State, Noor Al-Kuwari, met Kenya's Foreign Minister, Peter Kamau, "
        "on Tuesday. An Agreement on Air Services was then signed for Doha by Al-Kuwari and for "
        "Nairobi by Kamau.\n"
    )
    got = facts(extract_article(text))
    signed = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert {"country:QAT", "country:KEN", "person:noor-al-kuwari",
            "person:peter-kamau"} <= signed, got


def test_an_agreement_name_with_a_list_of_topics() -> None:
    # "the Agreement on Cultural, Commercial and Maritime Cooperation": one name over the
    # commas of its topics (not only over portfolio words)
    text = (
        "Deal\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya and Chile signed the Agreement on Cultural, Commercial and Maritime "
        "Cooperation on Tuesday.\n"
    )
    record = extract_article(text)
    assert names(record).get(
        "Agreement on Cultural, Commercial and Maritime Cooperation") == "Project", names(record)


def test_an_airport_where_a_visitor_landed_is_no_project() -> None:
    # "X landed at Y International Airport": a venue; "work at the Z International Airport"
    # keeps the project
    text = (
        "Visit\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya's Foreign Minister, Peter Kamau, landed at Arturo Merino Benítez International "
        "Airport on Monday. The two sides reviewed progress at the Chacalluta International "
        "Airport.\n"
    )
    record = extract_article(text)
    assert "Arturo Merino Benítez International Airport" not in names(record), names(record)
    assert names(record).get("Chacalluta International Airport") == "Project", names(record)


def test_a_body_and_its_acronym_inside_a_paragraph_is_no_dateline() -> None:
    # "... on Monday. Kenya Ports Authority (KPA) Managing Director X opened ...": a body, its
    # acronym and a post mid-paragraph, not a place and an agency
    text = (
        "Port talks\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew on Monday. Kenya Ports Authority (KPA) Managing Director Ana Soto opened an "
        "office in Lima.\n"
    )
    record = extract_article(text)
    assert names(record).get("Kenya Ports Authority") == "Institution", names(record)
    got = facts(record)
    assert _has(got, "OFFICIAL_OF", "person:ana-soto", "institution:kenya-ports-authority",
                None), got


def test_a_name_called_a_programme_in_its_apposition_is_a_project() -> None:
    # "C has benefited from Operation X, the D-run water programme, since T": a project with
    # no head word, named so by its apposition
    text = (
        "Aid\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya has benefited from Harambee Wells, the Japanese water programme, "
        "since 2011.\n"
    )
    record = extract_article(text)
    assert names(record).get("Harambee Wells") == "Project", names(record)
    got = facts(record)
    assert _has(got, "COOPERATES_VIA", "country:KEN", "project:harambee-wells", "2011"), got


def test_remitted_credentials_and_delivered_copies_are_meetings() -> None:
    # "X on Tuesday remitted her letters of credence to President Y", "X had delivered
    # figurative copies of her credentials to the Cabinet Secretary ..., Z": French usage of
    # the ceremony and of the copy handed to the minister
    text = (
        "New envoy\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. The new Ambassador of Chile to the Republic of Kenya, Ana Torres Vidal, on "
        "Tuesday remitted her letters of credence to President Daniel Mwangi at State House. "
        "On Monday, Torres had delivered figurative copies of her credentials to the Cabinet "
        "Secretary for Foreign Affairs, Peter Kibet.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:ana-torres-vidal", "person:daniel-mwangi",
                "2024-05-07"), got
    assert _has(got, "ACCREDITED_TO", "person:ana-torres-vidal", "country:KEN", "2024-05-07"), got
    assert _has(got, "MET_WITH", "person:ana-torres-vidal", "person:peter-kibet",
                "2024-05-06"), got


def test_a_visit_of_friendship_and_work_wound_up_and_a_tour_of_a_country() -> None:
    # "X wound up a visit of friendship and work to C that had begun on Monday": a visit from
    # Monday; "X began on Tuesday a whistle-stop tour of C": a tour "of" the country visited;
    # "X rounded off a visit to C": its end, undated
    text = (
        "Visits\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Laos's Minister of Foreign Affairs, Somsak Vongsa, on Thursday wound up a "
        "visit of friendship and work to Senegal that had begun on Monday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:somsak-vongsa", "country:SEN", "2024-05-06"), got
    text = (
        "Visits\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Nepal's Foreign Secretary, Mira Thapa, began on Tuesday a whistle-stop tour "
        "of Ghana.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:mira-thapa", "country:GHA", "2024-05-07"), got
    text = (
        "Visits\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Deputy Foreign Minister, Rosa Vega, yesterday rounded off a "
        "three-day working visit to Kenya with a courtesy call on Vice President Samuel "
        "Njoroge.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:rosa-vega", "country:KEN", None), got
    assert _has(got, "MET_WITH", "person:rosa-vega", "person:samuel-njoroge", "2024-05-09"), got


def test_a_bilateral_encounter_and_a_one_on_one_session_are_meetings() -> None:
    # "X held a bilateral encounter with Y", "X had a one-on-one session with Z"
    text = (
        "Talks\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. On Wednesday, Peru's Foreign Minister, Luis Paredes, held a bilateral "
        "encounter with Ghana's Foreign Minister, Kofi Mensah, in Accra. On Thursday, Paredes "
        "had a one-on-one session with Trade Minister Ama Owusu.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-paredes", "person:kofi-mensah", "2024-05-08"), got
    assert _has(got, "MET_WITH", "person:luis-paredes", "person:ama-owusu", "2024-05-09"), got


def test_the_signature_by_the_two_ministers_of_a_memorandum() -> None:
    # "The talks ended with the signature by the two ministers of a memorandum on ...": the
    # noun of French usage, its signers between "by" and "of"
    text = (
        "Talks\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. On Tuesday, Kenya's Foreign Minister, Moses Otieno, held talks with "
        "Chile's Foreign Minister, Carla Ruiz, in Nairobi. The talks ended with the signature by "
        "the two ministers of a memorandum of understanding on fisheries research.\n"
    )
    got = facts(extract_article(text))
    j = "project:memorandum-of-understanding-on-fisheries-research"
    assert _has(got, "SIGNED_AGREEMENT", "person:moses-otieno", j, "2024-05-07"), got
    assert _has(got, "SIGNED_AGREEMENT", "person:carla-ruiz", j, "2024-05-07"), got


def test_an_executed_memorandum_and_a_text_that_bears_the_signatures() -> None:
    # "A and B today executed a Memorandum of ...": signed (of an agreement only, not "executed
    # the project"); "The text bears the signatures of X and of C's High Commissioner to D, Y,
    # who is also accredited to E": the relative clause is Y's, not X's
    text = (
        "Partnership\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Ghana and Kenya today executed a Memorandum of Understanding on Youth "
        "Employment in Accra. The text bears the signatures of Ghana's Foreign Minister, Kofi "
        "Mensah, and of Kenya's High Commissioner to Ghana, Jane Wambui, who is also accredited "
        "to Togo and Benin.\n"
    )
    got = facts(extract_article(text))
    j = "project:memorandum-of-understanding-on-youth-employment"
    for signer in ("country:GHA", "country:KEN", "person:kofi-mensah", "person:jane-wambui"):
        assert _has(got, "SIGNED_AGREEMENT", signer, j, "2024-05-10"), (signer, got)
    assert _has(got, "ACCREDITED_TO", "person:jane-wambui", "country:TGO", None), got
    assert not _has(got, "ACCREDITED_TO", "person:kofi-mensah", "country:TGO", None), got
    text = (
        "Roads\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Ghana and Kenya executed the Coastal Roads Project in 2020.\n"
    )
    got = facts(extract_article(text))
    assert not [f for f in got if f[0] == "SIGNED_AGREEMENT"], got


def test_the_two_heads_of_diplomacy_are_the_two_ministers_who_met() -> None:
    # "the two heads of diplomacy signed J": the two foreign ministers who just met, not the
    # president who received one of them
    text = (
        "Visit\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. The President of Senegal, Amadou Ndiaye, received the Chilean Minister of "
        "Foreign Affairs, Carla Ruiz, on Monday. On Tuesday, Ruiz held a working session with "
        "her Senegalese counterpart, Awa Sarr. At its close, the two heads of diplomacy signed a "
        "memorandum of understanding on tourism.\n"
    )
    got = facts(extract_article(text))
    j = "project:memorandum-of-understanding-on-tourism"
    assert _has(got, "SIGNED_AGREEMENT", "person:carla-ruiz", j, "2024-05-07"), got
    assert _has(got, "SIGNED_AGREEMENT", "person:awa-sarr", j, "2024-05-07"), got
    assert not _has(got, "SIGNED_AGREEMENT", "person:amadou-ndiaye", j, "2024-05-07"), got


def test_recognition_granted_nominal_and_of_a_young_state() -> None:
    # "A granted B recognition on T", "A's recognition of the People's Republic of B came on
    # T", "A recognised the young Namibian state in T"
    cases = (
        ("Chile granted Namibia recognition on 21 March 1990, the day of its independence.",
         "country:CHL", "country:NAM", "1990-03-21"),
        ("Cuba's recognition of the People's Republic of Angola came on 11 November 1975.",
         "country:CUB", "country:AGO", "1975-11-11"),
        ("Senegal recognised the young Namibian state in April 1990.",
         "country:SEN", "country:NAM", "1990-04"),
    )
    for sentence, a, b, date in cases:
        text = "History\n\nFriday 10 May 2024\n\nTrade grew. " + sentence + "\n"
        got = facts(extract_article(text))
        assert _has(got, "RECOGNIZED", a, b, date), (sentence, got)


def test_relations_sealed_the_same_day_as_a_recognition_told_before() -> None:
    # "A recognised B on T. Diplomatic relations between A and B were sealed the same day":
    # that day of history, not the news's
    text = (
        "History\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya recognised Namibia on 21 March 1990. Diplomatic relations between "
        "Nairobi and Windhoek were sealed the same day.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:KEN", "country:NAM", "1990-03-21"), got


def test_liaised_shared_information_operated_a_joint_scheme_and_coordinated_positions() -> None:
    # other verbs of standing cooperation, and a channel fronted with "Under the umbrella of"
    cases = (
        ("Since 2015, Kenya and Chile have liaised closely on irrigation training.",
         "country:KEN", "country:CHL", "2015"),
        ("Since 2016, Peru and Ghana have operated a joint scholarship scheme.",
         "country:PER", "country:GHA", "2016"),
        ("Ghana and Peru also coordinate their positions at the United Nations.",
         "country:GHA", "country:PER", None),
    )
    for sentence, a, b, date in cases:
        text = "Partners\n\nFriday 10 May 2024\n\nTrade grew. " + sentence + "\n"
        got = facts(extract_article(text))
        assert _has(got, "COOPERATES_WITH", a, b, date), (sentence, got)
    text = (
        "Partners\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Under the umbrella of the Yaounde Code of Conduct, Ghana and Togo have been "
        "sharing maritime information since 2013.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "country:GHA", "country:TGO", "2013"), got
    via = {f[1] for f in got if f[0] == "COOPERATES_VIA" and f[2].endswith("code-of-conduct")}
    assert via == {"country:GHA", "country:TGO"}, got


def test_a_body_working_alongside_a_ministry_cooperates_with_it() -> None:
    # "I has been working alongside C's J on ...": alongside, as with
    text = (
        "Partners\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Since 2012, the Korea International Cooperation Agency (KOICA) has been "
        "working alongside the Ghana Health Service on training nurses.\n"
    )
    got = facts(extract_article(text))
    assert [f for f in got if f[0] == "COOPERATES_WITH" and f[3] == "2012"], got


def test_members_counted_among_held_and_a_pronoun_that_belongs() -> None:
    # "A and B count among the 21 members of O", "Both nations hold membership of O",
    # "C's role within O1 and O2, to both of which it belongs"
    text = (
        "Members\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile and Peru count among the 21 members of the Asia-Pacific Economic "
        "Cooperation (APEC). Ghana and Kenya established diplomatic relations in 1963. Both "
        "nations hold membership of the "
        "Commonwealth. The minister praised Senegal's role within ECOWAS and the OIC, to both "
        "of which it belongs.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    member = {(f[1], f[2]) for f in got if f[0] == "MEMBER_OF"}
    orgs = {e.name: e.id for e in rec.entities}
    apec = orgs.get("Asia-Pacific Economic Cooperation")
    assert ("country:CHL", apec) in member and ("country:PER", apec) in member, got
    cw = orgs.get("Commonwealth")
    assert ("country:GHA", cw) in member and ("country:KEN", cw) in member, got
    assert {o for s, o in member if s == "country:SEN"} >= {orgs.get("ECOWAS"),
                                                         orgs.get("OIC")}, got


def test_a_paper_presented_to_an_audience_at_a_university_is_a_lecture() -> None:
    # "X presented a paper on ... to researchers at the I": a paper read there
    text = (
        "Lecture\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. On Tuesday, Peru's Foreign Minister, Luis Paredes, presented a paper on "
        "Andean trade to researchers at the University of Ghana.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "LECTURED_AT", "person:luis-paredes", "institution:university-of-ghana",
                "2024-05-07"), got


def test_a_states_official_form_with_a_body_head_is_no_organization() -> None:
    # "the Union of the Comoros": the state's official form, not a union of its own
    text = (
        "Talks\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya and the Union of the Comoros signed a memorandum of understanding on "
        "fisheries on Monday.\n"
    )
    rec = extract_article(text)
    assert "country:COM" in {e.id for e in rec.entities}, rec.entities
    assert not [e for e in rec.entities if e.id.startswith("org:")], rec.entities


def test_relations_inaugurated_instituted_put_in_place_and_formal_ties_since() -> None:
    # "A and B inaugurated (instituted) diplomatic relations in T", "Diplomatic relations between
    # A and B were put in place on T", "A and B have had formal ties since T": establishments
    text = (
        "Ties\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile and Fiji instituted diplomatic relations in 1971. Diplomatic "
        "relations between Peru and Samoa were put in place on 3 May 1988. Tonga and Uruguay "
        "have had formal ties since 1990.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:CHL", "country:FJI", "1971"), got
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:WSM", "1988-05-03"), got
    assert _has(got, "ESTABLISHED_TIES", "country:TON", "country:URY", "1990"), got


def test_huddled_an_exchange_a_courtesy_visit_to_and_a_one_on_one_are_meetings() -> None:
    # "X huddled with Y", "X had a brief exchange with Y", "X paid a courtesy visit to the
    # Speaker of the I, Y", "X and Y had a one-on-one at the ministry": meetings
    text = (
        "Talks\n\n"
        "Friday 10 May 2024\n\n"
        "On Monday Chile's Foreign Minister Rosa Ibarra huddled with Fiji's Foreign Minister "
        "Semi Koroi at the ministry. On Tuesday Ibarra had a brief exchange with Fiji's Trade "
        "Minister Jone Vaka. Ibarra also paid a courtesy visit to the Speaker of the Parliament "
        "of Fiji, Mere Tuilau, on Wednesday. Peru's Foreign Minister Luis Cano and Samoa's "
        "Foreign Minister Tala Fono had a one-on-one at the ministry on Thursday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:rosa-ibarra", "person:semi-koroi", "2024-05-06"), got
    assert _has(got, "MET_WITH", "person:rosa-ibarra", "person:jone-vaka", "2024-05-07"), got
    assert _has(got, "MET_WITH", "person:rosa-ibarra", "person:mere-tuilau", "2024-05-08"), got
    assert _has(got, "MET_WITH", "person:luis-cano", "person:tala-fono", "2024-05-09"), got


def test_cross_accredited_a_side_accreditation_carried_and_serving_a_state_non_resident() -> None:
    # "X, C's ambassador to A, is cross-accredited to B", "Y carries a side accreditation to B",
    # "Z, who also serves B on a non-resident basis": side accreditations
    text = (
        "Envoys\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Ambassador to Australia, Ana Rojas, is cross-accredited to Fiji. "
        "Peru's Ambassador to Japan, Hugo Salas, carries a side accreditation to Palau. "
        "Uruguay's Ambassador to China, Juan Pereda, who also serves Mongolia on a non-resident "
        "basis, opened the fair.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:ana-rojas", "country:FJI", None), got
    assert _has(got, "ACCREDITED_TO", "person:hugo-salas", "country:PLW", None), got
    assert _has(got, "ACCREDITED_TO", "person:juan-pereda", "country:MNG", None), got


def test_got_to_a_city_for_a_visit_landed_to_begin_one_and_a_working_stay() -> None:
    # "X got to L late on Monday for his first official visit to C", "Y landed in L on Tuesday
    # to begin a visit to C", "Z is in C on a three-day working stay": visits
    text = (
        "Visits\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Foreign Minister Rosa Ibarra got to Suva late on Monday for her "
        "first official visit to Fiji. Peru's Foreign Minister Luis Cano landed in Apia on "
        "Tuesday to begin a three-day official visit to Samoa. Uruguay's Trade Minister Juan "
        "Pereda is in Tonga on a three-day working stay that began Wednesday.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:rosa-ibarra", "city:suva", "2024-05-06") in got, got
    assert ("VISITED", "person:rosa-ibarra", "country:FJI", "2024-05-06") in got, got
    assert ("VISITED", "person:luis-cano", "country:WSM", "2024-05-07") in got, got
    assert ("VISITED", "person:juan-pereda", "country:TON", "2024-05-08") in got, got


def test_the_two_top_diplomats_put_ink_to_an_agreement() -> None:
    # "the two top diplomats put ink to J": the two ministers just named sign it
    text = (
        "Deal\n\n"
        "Friday 10 May 2024\n\n"
        "Chile's Foreign Minister Rosa Ibarra held talks with Fiji's Foreign Minister Semi Koroi "
        "on Monday. Afterwards the two top diplomats put ink to an Agreement on Visa Waiver.\n"
    )
    got = facts(extract_article(text))
    signed = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert {"person:rosa-ibarra", "person:semi-koroi"} <= signed, got


def test_acknowledged_a_states_restored_statehood_is_a_recognition() -> None:
    # "C acknowledged D's restored statehood on T": a recognition on that day
    text = (
        "History\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile acknowledged Estonia's restored statehood on 28 August 1991.\n"
    )
    got = facts(extract_article(text))
    assert ("RECOGNIZED", "country:CHL", "country:EST", "1991-08-28") in got, got


def test_a_seat_held_in_a_body_and_a_membership_since_with_the_second_member_gapped() -> None:
    # "C holds a seat in O", "A has been a member of O since T1, and B since T2": memberships
    text = (
        "Bodies\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Vanuatu holds a seat in the Pacific Islands Forum. Chile has been a member "
        "of the Asia-Pacific Economic Cooperation since 1994, and Peru since 1998.\n"
    )
    got = facts(extract_article(text))
    assert any(f[:2] == ("MEMBER_OF", "country:VUT") for f in got), got
    assert any(f[0] == "MEMBER_OF" and f[1] == "country:PER" and f[3] == "1998" for f in got), got


def test_guest_speaker_at_a_bodys_forum_and_headlining_a_round_table_are_lectures() -> None:
    # "X was guest speaker at a «I» forum", "Y headlined a round table at the «I»": lectures
    text = (
        "Talks\n\n"
        "Friday 10 May 2024\n\n"
        "On Monday Chile's Ambassador to Fiji, Ana Rojas, was guest speaker at a University of "
        "the South Pacific forum on trade. On Tuesday Peru's Foreign Minister Luis Cano "
        "headlined a round table at the Lowy Institute.\n"
    )
    got = facts(extract_article(text))
    lect = {(f[1], f[3]) for f in got if f[0] == "LECTURED_AT"}
    assert ("person:ana-rojas", "2024-05-06") in lect, got
    assert ("person:luis-cano", "2024-05-07") in lect, got


def test_tendered_credentials_date_the_accreditation() -> None:
    # "X tendered her letters of credence to the President on Tuesday": accredited that day
    text = (
        "New envoy\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's new Ambassador to Fiji, Ana Rojas, tendered her letters of credence "
        "to the President on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:ana-rojas", "country:FJI", "2024-05-07"), got


def test_a_write_line_and_an_update_line_with_the_first_publication_time_give_the_day() -> None:
    # "Write: 2024-05-10 09:12:40 / Update: ...", "Updated May 10 2024 - 6:15pm, first published
    # 5:40pm": the day of publication
    for line in ("Write: 2024-05-10 09:12:40 / Update: 2024-05-10 10:01:02",
                 "Updated May 10 2024 - 6:15pm, first published 5:40pm"):
        text = (
            f"Visit\n\n{line}\n\n"
            "Chile's Foreign Minister Rosa Ibarra met Fiji's Foreign Minister Semi Koroi on "
            "Monday.\n"
        )
        rec = extract_article(text)
        assert str(rec.article.published) == "2024-05-10", line
        got = facts(rec)
        assert _has(got, "MET_WITH", "person:rosa-ibarra", "person:semi-koroi", "2024-05-06"), got


def test_pulling_together_via_tapping_into_fellow_participants_and_joint_surveys() -> None:
    # "A and B pull together on X via J", "C taps into J", "A and B are fellow participants in
    # J", "I1 and I2 have carried out joint soil surveys since T", "I1 and I2 have exchanged
    # teaching staff since T": cooperation
    text = (
        "Partners\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile and Fiji pull together on ocean science via the Pacific Ocean "
        "Observing Programme. Samoa taps into the Korea-Pacific Islands Cooperation Fund for "
        "roads. Peru and Tonga are fellow participants in the Blue Pacific Partnership "
        "Initiative. The University of Chile and the University of the South Pacific have "
        "carried out joint soil surveys since 2015. The University of Tonga and the National "
        "University of Samoa have exchanged teaching staff since 2011.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "country:CHL", "country:FJI", None), got
    via = {f[1] for f in got if f[0] == "COOPERATES_VIA"}
    assert {"country:CHL", "country:FJI", "country:WSM", "country:PER", "country:TON"} <= via, got
    coop_dates = {f[3] for f in got if f[0] == "COOPERATES_WITH"}
    assert {"2015", "2011"} <= coop_dates, got


def test_a_call_then_bilateral_consultations_with_a_second_person_are_two_meetings() -> None:
    # "X paid a call on A on Monday and held bilateral consultations with Minister B": B was
    # met too (the second verb's object, "consultations" beside "talks" and "meeting")
    text = (
        "Envoy in Lima\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya's Minister of Trade, Amina Wafula, called on President Jorge Salas "
        "at the palace on Tuesday and held bilateral consultations with Trade Minister "
        "Lucia Paredes.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "MET_WITH" and "person:lucia-paredes" in f[1:3] for f in got), got


def test_greeted_him_on_arrival_is_a_meeting_with_the_visitor_of_the_sentence_before() -> None:
    # "X arrived ... for a visit to C. Y greeted him upon arrival.": "him" is the visitor, not
    # Y, the subject of the verb right before it; a welcome where he arrives is a meeting
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Peru's Minister of Trade, Luis Vargas, arrived in Nairobi on Monday for a "
        "two-day official visit to Kenya. Trade Minister Peter Otieno greeted him upon arrival "
        "at the state lounge.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "MET_WITH" and {f[1], f[2]} == {"person:luis-vargas",
               "person:peter-otieno"} for f in got), got


def test_a_non_visit_verb_during_a_working_trip_to_a_country_is_a_visit_from_its_start() -> None:
    # "X inspected the port on Thursday during a four-day working trip to C that started on
    # Monday": no comma before "during", a trip as the visit, dated by its start
    text = (
        "Minister in Ghana\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Peru's Minister of Trade, Luis Vargas, inspected the cocoa terminal at "
        "Tema on Thursday during a four-day working trip to Ghana that started on Monday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:luis-vargas", "country:GHA", "2024-05-06"), got
    # ("during a visit to C by Y": Y's visit, not the subject's)
    other = (
        "Kenya and Chile\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya's Minister of Trade, Mary Wanjiru, signed the accord on Tuesday "
        "during a visit to Chile by President William Ruto.\n"
    )
    got = facts(extract_article(other))
    assert not any(f[0] == "VISITED" and f[1] == "person:mary-wanjiru" for f in got), got


def test_a_department_whose_portfolio_list_ends_in_and_the_keeps_its_whole_name() -> None:
    # "C's Department of A, B and the C": one body, not cut at its first comma; a
    # "Secretariat of <portfolio>" is a state's ministry (an Institution)
    text = (
        "Kenya and Chile\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya's Department of Agriculture, Livestock and the Environment and "
        "Chile's Forestry Institute have cooperated on seed research since 2016. Chile's "
        "Secretariat of Energy, Mines and Industry hosted the talks.\n"
    )
    record = extract_article(text)
    got = facts(record)
    dept = "institution:department-of-agriculture-livestock-and-the-environment"
    assert any(f[0] == "COOPERATES_WITH" and dept in f[1:3] for f in got), got
    assert names(record).get("Secretariat of Energy, Mines and Industry") == "Institution", (
        names(record))


def test_the_two_ministers_after_a_welcome_and_a_meeting_are_the_pair_of_the_meeting() -> None:
    # "X was received by A, and later held a meeting with B. After their meeting, the two
    # ministers signed J": X and B (the last meeting), not A and B (the last two named)
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Peru's Minister of Foreign Affairs, Luis Vargas, was received at the "
        "airport by Kenya's Deputy Minister of Foreign Affairs, Mary Wanjiru, and later held a "
        "working meeting with Kenya's Minister of Foreign Affairs, Peter Otieno. After their "
        "meeting, the two ministers signed a memorandum of understanding on tourism "
        "cooperation.\n"
    )
    got = facts(extract_article(text))
    signed = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT" and f[1].startswith("person:")}
    assert signed == {"person:luis-vargas", "person:peter-otieno"}, got


def test_hosted_the_new_envoy_for_a_courtesy_call_met_the_ambassador_named_before() -> None:
    # "the new envoy for a courtesy call": "for a" is the occasion, so the description is the
    # ambassador named before, and hosting him is a meeting
    text = (
        "New envoy\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Ambassador to Kenya, Paula Reyes Toro, presented her credentials "
        "on Monday. On Tuesday, Principal Secretary Peter Otieno received the new envoy for a "
        "courtesy call at the ministry.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "MET_WITH" and {f[1], f[2]} == {"person:paula-reyes-toro",
               "person:peter-otieno"} for f in got), got


def test_the_state_secretary_who_landed_for_a_visit_is_the_one_named_before() -> None:
    # "the State Secretary, who landed in L on T for a visit to C, was received by Y": the
    # title (not a demonym "State") is the State Secretary named before
    text = (
        "Chile and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Chile's State Secretary for Trade, Paula Reyes Toro, opened a business "
        "forum today. Earlier, the State Secretary, who landed in Nairobi on Tuesday for a "
        "three-day working visit to Kenya, was received by Foreign Minister Peter Otieno.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:paula-reyes-toro", "country:KEN", "2024-05-07"), got
    assert any(f[0] == "MET_WITH" and {f[1], f[2]} == {"person:paula-reyes-toro",
               "person:peter-otieno"} for f in got), got


def test_travelled_to_a_city_on_two_days_for_a_round_of_consultations_is_a_visit() -> None:
    # "X travelled to L on 6 and 7 May for the second round of J": a visit of the city; "6 and
    # 7 May" (and "from May 6 to 7") without a year is one date expression, value unknown
    from graph.dates import PartialDate
    from ingest.extract import dates

    text = (
        "Chile and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Minister of Foreign Affairs, Paula Reyes Toro, travelled to "
        "Nairobi on 6 and 7 May for the second round of political consultations.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:paula-reyes-toro", "city:nairobi", None), got
    for phrase in ("on 6 and 7 May.", "from May 6 to 7."):
        found = dates.find(phrase, PartialDate.parse("2024-05-10"))
        assert [(d.kind, d.value) for d in found] == [("noyear", None)], found


def test_an_agreement_which_a_state_signed_with_the_bloc_names_both_signers() -> None:
    # "the J, which C signed with the bloc in T, entered into force": C and the bloc signed J;
    # "the bloc" is the grouping named before, not the United Nations named after it
    text = (
        "Chile and the Alliance\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile joined the Pacific Alliance in 2012, and Chile and Kenya both work "
        "at the United Nations. Minister of Trade Luis Vargas noted that the Andean Fisheries "
        "Protocol, which Chile signed with the bloc in May 2014, entered into force in 2016.\n"
    )
    got = facts(extract_article(text))
    signed = {(f[1], f[3]) for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert ("country:CHL", "2014-05") in signed, got
    assert ("org:pacific-alliance", "2014-05") in signed, got
    assert all(not s.startswith("org:united-nations") for s, _ in signed), got


def test_signed_on_behalf_of_two_states_respectively_a_described_agreement() -> None:
    # "A and B signed, on behalf of C and D respectively, a loan agreement for ... of the J":
    # the described agreement after the inserted phrase (not the programme it names), signed
    # by the two people and the two states
    text = (
        "Chile and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. On Tuesday, Ambassador Paula Reyes Toro and Treasury Secretary Peter "
        "Otieno signed, on behalf of Chile and Kenya respectively, a grant agreement for the "
        "third phase of the Rural Water Access Programme.\n"
    )
    got = facts(extract_article(text))
    signed = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT" and "grant-agreement" in f[2]}
    assert {"country:CHL", "country:KEN", "person:paula-reyes-toro",
            "person:peter-otieno"} <= signed, got
    assert not any(f[0] == "SIGNED_AGREEMENT" and f[2] == "project:rural-water-access-programme"
                   for f in got), got


def test_talks_on_the_third_day_of_a_working_tour_of_a_country_are_the_subjects_visit() -> None:
    # "X held talks with Y on T, on the third day of a working tour of C that began on Monday":
    # X (whose post names another state) visited C from Monday; the person met is no visitor,
    # and a host whose post names C visits nothing
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Peru's Minister of Trade, Luis Vargas, held talks with Foreign Minister "
        "Peter Otieno in Nairobi on Wednesday, on the third day of a working tour of Kenya "
        "that began on Monday. Kenya's Minister of Energy, Mary Wanjiru, held talks with "
        "Chile's Ambassador Paula Reyes Toro on Thursday during a visit to Kenya.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:luis-vargas", "country:KEN", "2024-05-06"), got
    assert not any(f[0] == "VISITED" and f[1] in ("person:peter-otieno", "person:mary-wanjiru")
                   for f in got), got


def test_a_possessive_post_at_a_ministry_is_an_office_of_the_state_and_of_the_body() -> None:
    # "C's Director for Africa at the Ministry of Foreign Affairs, Y": OFFICIAL_OF C as well as
    # of the ministry after "at"
    text = (
        "Chile and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Luis Vargas met Chile's Director for Africa at the Ministry of Foreign "
        "Affairs, Paula Reyes Toro, on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "OFFICIAL_OF", "person:paula-reyes-toro", "country:CHL", None), got
    assert any(f[0] == "OFFICIAL_OF" and f[1] == "person:paula-reyes-toro"
               and f[2].startswith("institution:ministry-of-foreign-affairs") for f in got), got


def test_belongs_to_one_body_and_since_a_year_to_another_is_a_dated_second_membership() -> None:
    # "C belongs to O1 and, since T, to O2": the verb left out before the second body, its
    # date fronted
    text = (
        "Kenya in the world\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya belongs to the East African Community (EAC) and, since 1964, to "
        "the Commonwealth.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "MEMBER_OF" and f[1] == "country:KEN" and "commonwealth" in f[2]
               and f[3] == "1964" for f in got), got
    # (the first body's membership is not dated by the second's year)
    assert _has(got, "MEMBER_OF", "country:KEN", "org:east-african-community", None), got


def test_a_sector_support_fund_is_a_channel_of_cooperation() -> None:
    # "A and B have cooperated in health since 2010, chiefly through the Health Sector Support
    # Fund": a pooled fund is a Project (a channel), not an Organization
    text = (
        "Kenya and Chile\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya and Chile have cooperated in health since 2010, chiefly through "
        "the Health Sector Support Fund.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert names(record).get("Health Sector Support Fund") == "Project", names(record)
    assert any(f[0] == "COOPERATES_VIA" and f[1] == "country:KEN" for f in got), got


def test_the_minister_of_state_and_a_named_official_reviewed_over_lunch_is_a_meeting() -> None:
    # "the Minister of State and C's Undersecretary, Y, reviewed the agenda over a working
    # lunch": the description is the Minister of State named before; a meal of the two is a
    # meeting
    text = (
        "Kenya and Chile\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Minister of State for Trade Mary Wanjiru arrived in Santiago on Monday. "
        "On Tuesday the Minister of State and Chile's Undersecretary for Trade, Paula Reyes "
        "Toro, reviewed the trade agenda over a working lunch.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:mary-wanjiru", "person:paula-reyes-toro",
                "2024-05-07"), got


def test_the_navies_of_two_states_that_have_trained_together_cooperate() -> None:
    # "the navies of A and B have trained together since T": a standing cooperation of A and B
    text = (
        "Kenya and Chile\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. The admiral said the navies of Kenya and Chile have trained together "
        "since 2015.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "country:KEN", "country:CHL", "2015"), got


def test_received_on_arrival_and_at_the_end_of_their_meeting_take_the_arrival_day() -> None:
    # "X flew into L on T for a visit to C. X was received on arrival by A, and later held a
    # meeting with B. At the end of their meeting, the two ministers signed J": T for all
    # (not the visit's month)
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Peru's Minister of Foreign Affairs, Luis Vargas, flew into Nairobi on "
        "Tuesday for a three-day official visit to Kenya. Mr Vargas was received on arrival by "
        "Kenya's Deputy Minister of Foreign Affairs, Mary Wanjiru, and later held a meeting with "
        "Kenya's Minister of Foreign Affairs, Peter Otieno. At the end of their meeting, the two "
        "ministers signed a memorandum of understanding on tourism cooperation.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-vargas", "person:mary-wanjiru", "2024-05-07"), got
    assert any(f[0] == "SIGNED_AGREEMENT" and f[1] == "person:peter-otieno"
               and f[3] == "2024-05-07" for f in got), got


def test_who_is_on_a_visit_to_the_country_then_landed_dates_the_country_visit_too() -> None:
    # "X, who is paying her first official visit to C, landed in L on T": the visit of C began
    # with that arrival (dated T, as the city's)
    text = (
        "Chile and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Minister of Trade, Paula Reyes Toro, who is paying her first "
        "official visit to Kenya, landed in Nairobi on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:paula-reyes-toro", "country:KEN", "2024-05-07"), got


def test_credentials_presented_in_a_month_later_in_the_story_date_the_accreditation() -> None:
    # "C's Ambassador to D, X, ... X presented her credentials to the Head of State in March
    # 2022": the post's accreditation is dated by the presentation's month
    text = (
        "Envoy bids farewell\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's outgoing Ambassador to Kenya, Paula Reyes Toro, paid a farewell "
        "call on Trade Minister Peter Otieno on Tuesday. Ambassador Reyes Toro presented her "
        "credentials to the Head of State in March 2022.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:paula-reyes-toro", "country:KEN", "2022-03"), got


def test_the_session_was_capped_by_a_signing_on_the_day_of_the_meeting_just_told() -> None:
    # "A and B today held consultations. Earlier in the day, A, who landed in L on Monday for a
    # visit to C, was received by Y. The session was capped by A and B putting their signatures
    # on J": the day of the meeting just told, not the month of the visit
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "NAIROBI: Peru's Vice Minister of Foreign Affairs, Luis Vargas, and Kenya's Principal "
        "Secretary for Foreign Affairs, Mary Wanjiru, today held the first round of political "
        "consultations. Earlier in the day, Mr Vargas, who landed in Nairobi on Monday for a "
        "four-day working visit to Kenya, was received by Foreign Minister Peter Otieno. The "
        "session was capped by Mr Vargas and Ms Wanjiru putting their signatures on a "
        "memorandum of understanding on tourism cooperation.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "SIGNED_AGREEMENT" and f[1] == "person:luis-vargas"
               and f[3] == "2024-05-10" for f in got), got


def test_opened_a_lecture_series_at_a_colegio_with_a_talk_is_a_lecture_there() -> None:
    # "X opened the Chilean Poetry lecture series at El Colegio de Jalisco with a talk on ...":
    # the series' first lecture, at a body named "Colegio" (an Institution)
    text = (
        "Chile in Mexico\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. On Tuesday Chile's Ambassador to Mexico, Paula Reyes Toro, opened the "
        "Chilean Poetry lecture series at El Colegio de Jalisco with a talk on Gabriela "
        "Mistral.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "LECTURED_AT" and f[1] == "person:paula-reyes-toro"
               and f[2] == "institution:el-colegio-de-jalisco" and f[3] == "2024-05-07"
               for f in got), got


def test_an_agreement_that_emerged_with_two_people_signing_it_was_signed_by_them() -> None:
    # "A memorandum on ... emerged from the talks, with A and B signing it at the ministry":
    # the described agreement (its name ends before "emerged"), signed by the two people
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Peru's Minister of Trade, Luis Vargas, held talks with Foreign Minister "
        "Peter Otieno on Tuesday. A memorandum of understanding on tourism cooperation emerged "
        "from the talks, with Mr Vargas and Mr Otieno signing it at the ministry.\n"
    )
    got = facts(extract_article(text))
    signed = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"
              and f[2] == "project:memorandum-of-understanding-on-tourism-cooperation"}
    assert signed == {"person:luis-vargas", "person:peter-otieno"}, got


# --- batch 72 (447-452) ---------------------------------------------------------------------


def test_dateline_with_the_date_in_brackets_after_the_place() -> None:
    # "SUVA (Nov. 5, 2026) —": the date in brackets dates the story, so "on Tuesday" resolves
    text = (
        "Envoy visits\n\n"
        "SUVA (Nov. 5, 2026) — Kenya's Foreign Minister, Wanjiru Odhiambo, met Fiji's Prime "
        "Minister, Josefa Raiwalui, on Tuesday.\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2026-11-05"
    got = facts(rec)
    assert _has(got, "MET_WITH", "person:wanjiru-odhiambo", "person:josefa-raiwalui",
                "2026-11-03"), got


def test_a_name_and_a_body_whose_post_holder_follows_are_not_one_body() -> None:
    # "X and Harvard Kennedy School Dean Y signed J": X is the first signer, not part of a body
    text = (
        "Scholarships\n\n"
        "BOSTON, 4 March 2026 – Kenya's Ambassador to the United States, Grace Wambui Njoroge, "
        "spoke. Later, Njoroge and Fletcher School Dean Martin Oakes signed a memorandum of "
        "understanding on fellowships for Kenyan diplomats.\n"
    )
    rec = extract_article(text)
    assert "Njoroge and Fletcher School" not in names(rec), names(rec)
    got = facts(rec)
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert "person:grace-wambui-njoroge" in signers, got


def test_accreditation_that_stretches_and_a_mandate_from_the_capital_that_covers() -> None:
    text = (
        "Envoys\n\n"
        "NAIROBI, 4 March 2026 – Chile's Ambassador to Kenya, Rosa Villagra Pinto, opened the "
        "fair. Villagra Pinto, whose accreditation also stretches to Uganda, spoke first. Peru's "
        "Ambassador to Kenya, Tomas Quispe Rojas, whose mandate from Lima also covers Tanzania, "
        "attended.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:rosa-villagra-pinto", "country:UGA", None), got
    assert _has(got, "ACCREDITED_TO", "person:tomas-quispe-rojas", "country:TZA", None), got


def test_handed_letters_of_credence_to_a_named_head_is_a_dated_ceremony() -> None:
    # "handed" without "over": the ceremony is a meeting and dates the accreditation
    text = (
        "Credentials\n\n"
        "ROME, 9 October 2026 – Mr Sione Tapueluelu, Ambassador of Tonga to the FAO, handed his "
        "letters of credence to the Director-General of the FAO, Mr Arturo Benedetti, on "
        "8 October 2026.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:sione-tapueluelu", "person:arturo-benedetti",
                "2026-10-08"), got
    acc = {f for f in got if f[0] == "ACCREDITED_TO" and f[1] == "person:sione-tapueluelu"}
    assert any(f[3] == "2026-10-08" for f in acc), got


def test_the_featured_speaker_at_a_body_gave_a_talk_there() -> None:
    text = (
        "Lecture\n\n"
        "CANBERRA, 4 March 2026 – Fiji's High Commissioner to Australia, Litia Naulumatua, was "
        "the featured speaker at the Australian Institute of International Affairs on Tuesday.\n"
    )
    got = facts(extract_article(text))
    lect = {f for f in got if f[0] == "LECTURED_AT" and f[1] == "person:litia-naulumatua"}
    assert {f[3] for f in lect} == {"2026-03-03"}, got


def test_headlining_a_bodys_lecture_series_is_a_lecture_there() -> None:
    text = (
        "Series\n\n"
        "ACCRA, 4 March 2026 – Norway's Ambassador to Ghana, Ingrid Solheim Berg, headlined the "
        "Annual Peace Lecture Series of the Legon Centre for International Affairs and "
        "Diplomacy on Monday.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "LECTURED_AT" and f[1] == "person:ingrid-solheim-berg"
               and f[3] == "2026-03-02" for f in got), got


def test_and_both_hold_seats_in_a_body_after_the_pair() -> None:
    text = (
        "Partners\n\n"
        "LIMA, 4 March 2026 – Peru and Chile trade fish meal, officials said, and both hold seats "
        "in the Asia-Pacific Economic Cooperation.\n"
    )
    got = facts(extract_article(text))
    members = {f[1] for f in got if f[0] == "MEMBER_OF"}
    assert {"country:PER", "country:CHL"} <= members, got


def test_relations_inaugurated_and_ties_instituted_are_establishments() -> None:
    text = (
        "History\n\n"
        "HANOI, 4 March 2026 – Vietnam and Chile inaugurated diplomatic relations on 25 March "
        "1971. Diplomatic ties between Hanoi and Tunis were instituted in 1972.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:VNM", "country:CHL", "1971-03-25"), got
    assert _has(got, "ESTABLISHED_TIES", "country:VNM", "country:TUN", "1972"), got


def test_a_private_exchange_with_a_named_official_is_a_meeting() -> None:
    text = (
        "Talks\n\n"
        "OSLO, 4 March 2026 – Nepal's Foreign Secretary, Binod Adhikari, had a brief exchange "
        "with Norway's State Secretary, Kari Lunde, on Monday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:binod-adhikari", "person:kari-lunde", "2026-03-02"), got


def test_joint_patrols_carried_out_under_an_agreement_are_cooperation() -> None:
    text = (
        "Security\n\n"
        "SUVA, 4 March 2026 – Fiji and Australia have carried out joint maritime patrols since "
        "2015 under the Pacific Maritime Security Program, officials said.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "country:FJI", "country:AUS", "2015"), got
    via = {f[1] for f in got if f[0] == "COOPERATES_VIA"}
    assert via == {"country:FJI", "country:AUS"}, got


def test_officials_sent_on_courses_of_a_programme_use_it() -> None:
    text = (
        "Training\n\n"
        "DILI, 4 March 2026 – Timor-Leste has sent over 300 diplomats on short courses of the "
        "Malaysian Technical Cooperation Programme since 2003, the ministry said.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "COOPERATES_VIA" and f[1] == "country:TLS" and f[3] == "2003"
               for f in got), got


def test_a_signing_after_the_lecture_takes_the_lectures_day() -> None:
    # the lecture is dated Tuesday, inside a visit of several days: the signing after it takes
    # the lecture's day, not the visit's month
    text = (
        "Academy\n\n"
        "WARSAW, 5 March 2026 – Mongolia's Deputy Foreign Minister, Bat-Erdene Tsogt, gave a "
        "lecture at the Polish Institute of International Affairs on Tuesday, during a working "
        "visit to Poland from 2 to 6 March 2026.\n\n"
        "The Director of the Institute, Anna Wrona, chaired the session.\n\n"
        "After the lecture, Mr Tsogt and Ms Wrona signed a memorandum of understanding on joint "
        "research.\n"
    )
    got = facts(extract_article(text))
    signed = {f for f in got if f[0] == "SIGNED_AGREEMENT" and f[1] == "person:bat-erdene-tsogt"}
    assert signed and {f[3] for f in signed} == {"2026-03-03"}, got


def test_formalising_a_partnership_by_signing_is_a_signing() -> None:
    text = (
        "Partnership\n\n"
        "NAIROBI, 4 March 2026 – The University of Nairobi and the Egmont Institute formalised "
        "their cooperation by signing a memorandum of understanding on peace studies on "
        "Tuesday.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT" and f[3] == "2026-03-03"}
    assert len(signers) == 2, got


def test_guest_speaker_at_a_round_table_hosted_by_a_body_after_a_visit() -> None:
    # "X was the guest speaker at a round table hosted by the I": a lecture there, even when a
    # visitor named before could be taken for "the guest"
    text = (
        "Envoy in Accra\n\n"
        "Friday 10 May 2024\n\n"
        "Norway's Minister of International Development, Ingrid Solheim Berg, began a visit to "
        "Ghana on Monday. On Wednesday, Solheim Berg was the guest speaker at a panel hosted by "
        "the Legon Centre for International Affairs.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "LECTURED_AT", "person:ingrid-solheim-berg",
                "institution:legon-centre-for-international-affairs", "2024-05-08"), got


def test_reading_a_lecture_at_a_body_is_a_lecture() -> None:
    # "X read a lecture on Y at the I": to read a lecture is to give it
    text = (
        "Minister in Almaty\n\n"
        "Friday 10 May 2024\n\n"
        "Hungary's Foreign Minister, Bence Takács, arrived in Almaty on Wednesday for a visit to "
        "Kazakhstan. On Thursday, Takács read a public lecture on energy security at the "
        "Al-Farabi Kazakh National University.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "LECTURED_AT", "person:bence-takacs",
                "institution:al-farabi-kazakh-national-university", "2024-05-09"), got


def test_relations_between_a_and_b_were_instituted_on_a_day() -> None:
    text = (
        "Anniversary note\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Diplomatic relations between Chile and Mongolia were instituted on "
        "11 February 1970.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:CHL", "country:MNG", "1970-02-11"), got


def test_an_audience_granted_at_a_venue_to_a_minister_is_a_meeting() -> None:
    # "Y granted an audience at the Palace to the Minister ... of C, X": the venue before "to"
    text = (
        "Audience\n\n"
        "Friday 10 May 2024\n\n"
        "On Tuesday, President of the Republic of Uzbekistan Akmal Rustamov granted an audience "
        "at the Kuksaroy residence to the Minister of Foreign Affairs of the Republic of Chile, "
        "Paula Reyes Toro.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:akmal-rustamov", "person:paula-reyes-toro",
                "2024-05-07"), got


def test_his_colleague_of_a_demonym_signs_as_a_counterpart() -> None:
    # "A and his Chilean colleague signed J": the minister of that country named before
    text = (
        "Seafood deal\n\n"
        "Friday 10 May 2024\n\n"
        "Chile's Foreign Minister, Paula Reyes Toro, arrived in Oslo on Monday for a visit to "
        "Norway. On Tuesday, Norway's Minister of Fisheries Ola Brekke and his Chilean colleague "
        "signed an Agreement on Salmon Farming Research.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "SIGNED_AGREEMENT", "person:paula-reyes-toro",
                "project:agreement-on-salmon-farming-research", "2024-05-07"), got


def test_an_embassy_run_by_an_ambassador_since_a_month() -> None:
    # "C's embassy in L has been run since March by Ambassador X": run, as "headed"
    text = (
        "Envoy note\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Ghana's embassy in Hanoi has been run since January by Ambassador Kofi "
        "Mensah Boateng.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "AMBASSADOR_OF", "person:kofi-mensah-boateng", "country:GHA", None), got
    assert _has(got, "ACCREDITED_TO", "person:kofi-mensah-boateng", "country:VNM", None), got


def test_doubling_as_non_resident_envoy_is_a_side_accreditation() -> None:
    text = (
        "Envoy note\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Ghana's Ambassador to Japan, Kofi Mensah Boateng, doubles as non-resident "
        "ambassador to Mongolia.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:kofi-mensah-boateng", "country:MNG", None), got


def test_a_visit_wound_up_is_undated_like_one_wrapped_up() -> None:
    text = (
        "Visit ends\n\n"
        "Friday 10 May 2024\n\n"
        "Ghana's Foreign Minister, Ama Owusu-Ansah, wound up a four-day official visit to "
        "Mongolia on Thursday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:ama-owusu-ansah", "country:MNG", None), got


def test_an_official_tour_since_a_day_and_an_exchange_of_views_held() -> None:
    # "X, on a three-day official tour of C since Sunday, held an exchange of views with Y": a
    # visit from that day, and a meeting
    text = (
        "Talks in Accra\n\n"
        "Friday 10 May 2024\n\n"
        "ACCRA: Norwegian Minister of International Development Ingrid Solheim Berg, on a "
        "working tour of Ghana since Tuesday, held a frank exchange of views with Finance "
        "Minister Kwame Asante Darko on Thursday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:ingrid-solheim-berg", "country:GHA", "2024-05-07"), got
    assert _has(got, "MET_WITH", "person:ingrid-solheim-berg", "person:kwame-asante-darko",
                "2024-05-09"), got


def test_a_pair_that_reviewed_ties_during_a_meeting_met() -> None:
    text = (
        "Talks\n\n"
        "Friday 10 May 2024\n\n"
        "Chile's Foreign Minister, Paula Reyes Toro, arrived in Oslo on Monday for a visit to "
        "Norway. She and her Norwegian counterpart, Espen Lund Haugen, reviewed salmon trade "
        "during a working dinner on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:paula-reyes-toro", "person:espen-lund-haugen",
                "2024-05-07"), got


def test_recognising_a_states_government_on_a_day_is_a_recognition() -> None:
    text = (
        "History\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Ghana recognised Namibia's government on 21 March 1990, when the country "
        "became independent.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "RECOGNIZED", "country:GHA", "country:NAM", "1990-03-21"), got


def test_talks_with_one_person_during_a_visit_to_a_city_are_the_subjects_visit() -> None:
    # "X held talks with Y during a visit to L": the subject visited (not "during his visit",
    # which may be Y's)
    text = (
        "Envoy\n\n"
        "Friday 10 May 2024\n\n"
        "Ghana's Ambassador to Japan, Kofi Mensah Boateng, spoke at a forum on 8 May 2024. On "
        "7 May 2024, Ambassador Boateng held talks with Governor Aiko Tanabe during a visit to "
        "Osaka.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:kofi-mensah-boateng", "city:osaka", "2024-05-07"), got


def test_the_chairman_of_the_board_of_a_body_in_the_possessive() -> None:
    # "I's Chairman of the Board, X": one post, and X an official of I
    text = (
        "Forum\n\n"
        "Friday 10 May 2024\n\n"
        "The Centre for Regional Studies (CRS) hosted a forum on trade. It was opened by CRS's "
        "Chairman of the Board, Rustam Aliyev.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "OFFICIAL_OF", "person:rustam-aliyev",
                "institution:centre-for-regional-studies", None), got


def test_responsibilities_that_extend_to_states_are_side_accreditations() -> None:
    text = (
        "Envoy note\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Ghana's High Commissioner to India, Kofi Mensah Boateng, whose "
        "responsibilities extend to Nepal and Bhutan, opened the fair.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:kofi-mensah-boateng", "country:NPL", None), got
    assert _has(got, "ACCREDITED_TO", "person:kofi-mensah-boateng", "country:BTN", None), got


def test_arriving_at_the_head_of_a_delegation_is_a_visit_of_the_city() -> None:
    text = (
        "Delegation\n\n"
        "Friday 10 May 2024\n\n"
        "Ghana's Minister of Trade, Ama Owusu-Ansah, arrived in Hanoi on Monday at the head of a "
        "business delegation, the ministry said.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:ama-owusu-ansah", "city:hanoi", "2024-05-06"), got


def test_talks_during_a_visit_to_the_capital_of_the_state_an_envoy_is_accredited_to() -> None:
    # "X held talks with Y during a visit to L": an envoy sent by another state visits the
    # capital of the state he is accredited to (that state is no home of his)
    text = (
        "Envoy\n\n"
        "Friday 10 May 2024\n\n"
        "Ghana's Ambassador to Japan, Kofi Mensah Boateng, spoke at a forum on 8 May 2024. On "
        "7 May 2024, Ambassador Boateng held talks with Governor Aiko Tanabe during a visit to "
        "Tokyo.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:kofi-mensah-boateng", "city:tokyo", "2024-05-07"), got


def test_a_spanish_date_line_without_de_and_a_spaced_dotted_date_line() -> None:
    # "Publicado: martes, 10 noviembre 2026 09:12" (no "de") and "Skopje, 9. 11. 2026. 11:05"
    # (day, month and year each with a full stop and a space) are publication dates
    spanish = (
        "Talks in Lisbon\n\n"
        "Publicado: martes, 10 noviembre 2026 09:12\n\n"
        "LISBOA, 10 Nov. (EP) -\n\n"
        "Portugal and Chile reviewed trade on Monday.\n"
    )
    dotted = (
        "Minister in Skopje\n\n"
        "Skopje, 9. 11. 2026. 11:05\n\n"
        "North Macedonia and Chile reviewed trade on Monday.\n"
    )
    assert str(extract_article(spanish).article.published) == "2026-11-10"
    assert str(extract_article(dotted).article.published) == "2026-11-09"


def test_in_a_country_on_two_days_for_a_visit_and_a_stay_in_a_country() -> None:
    # "X was in C on 7 and 8 May 2024 on a visit to D": the days after "on"; "X was on a
    # four-day stay in C from 2 May": a stay "in" the place, as a sojourn
    text = (
        "Ministers travel\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Minister of Foreign Affairs, Ana Rojas, was in Sofia on 7 and 8 May "
        "2024 on her first official visit to Bulgaria. Peru's Minister of Trade, Luis Vega, was "
        "in Estonia on 2 and 3 May for a working visit. Kenya's Foreign Minister, Otieno Kamau, "
        "was on a four-day stay in Latvia from 2 May.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "VISITED", "person:ana-rojas", "country:BGR", "2024-05-07"), got
    assert any(f[:3] == ("VISITED", "person:luis-vega", "country:EST") for f in got), got
    assert any(f[:3] == ("VISITED", "person:otieno-kamau", "country:LVA") for f in got), got


def test_a_road_map_on_a_field_and_signatures_endorsed() -> None:
    # "put their names to a road map on X and to a memorandum": the roadmap first; "A and B
    # endorsed with their signatures J": a signing
    text = (
        "Chile and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Foreign Minister, Ana Rojas, hosted Peru's Foreign Minister, Luis "
        "Vega, on Tuesday. Afterwards the two ministers put their names to a road map on "
        "fisheries research and to a memorandum of understanding on consular cooperation.\n\n"
        "On Wednesday Rojas and Vega endorsed with their signatures a protocol on the "
        "recognition of driving licences.\n"
    )
    got = facts(extract_article(text))
    projects = {f[2] for f in got if f[0] == "SIGNED_AGREEMENT" and f[1] == "person:ana-rojas"}
    assert "project:road-map-on-fisheries-research" in projects, got
    assert any("driving-licences" in p for p in projects), got


def test_an_agreement_topic_with_a_list_of_passport_kinds() -> None:
    # "an agreement on ... for holders of diplomatic, official and service passports": the
    # comma list of single words belongs to the name
    text = (
        "Visas\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Foreign Minister, Ana Rojas, received Peru's Foreign Minister, Luis "
        "Vega, on Tuesday. An agreement on visa waivers for holders of diplomatic, official and "
        "service passports was signed by Rojas and Vega after the talks.\n"
    )
    rec = extract_article(text)
    assert "agreement on visa waivers for holders of diplomatic, official and service passports" \
        in names(rec), names(rec)


def test_a_demonym_before_a_portfolio_word_and_descriptions_of_two_posts() -> None:
    # "the Brazilian Secretary of State for the Brazilian Communities, X": a demonym before a
    # portfolio word is the portfolio's; "the secretary of state" and "the Federal Minister"
    # name the holders named before
    text = (
        "Diaspora talks\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Peru's Foreign Minister, Luis Vega, received the Brazilian Secretary of "
        "State for the Brazilian Communities, Paulo Mendes Faria, on Monday. On Tuesday the "
        "secretary of state gave a talk at the University of Lima.\n\n"
        "Federal Minister for European and International Affairs Karl Moser met Vega on "
        "Wednesday. On Thursday the Federal Minister held a guest lecture at the Catholic "
        "University of Peru.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "OFFICIAL_OF", "person:paulo-mendes-faria", "country:BRA", None), got
    assert any(f[:3] == ("LECTURED_AT", "person:paulo-mendes-faria",
                         "institution:university-of-lima") for f in got), got
    assert any(f[0] == "LECTURED_AT" and f[1] == "person:karl-moser" for f in got), got


def test_represented_by_its_ambassador_to_a_third_state_and_accredited_in_a_capital() -> None:
    # "C is represented in D by its Ambassador to E, X": X is C's, accredited to D and E (not
    # D's ambassador); "X, who is also accredited in Bishkek": accredited to that state
    text = (
        "Envoys\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Norway is represented in Moldova by its Ambassador to Romania, Ingrid "
        "Berg, who resides in Bucharest. Chile's Ambassador to Turkey, Paula Reyes Toro, who "
        "is also accredited in Baku, opened the forum.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "AMBASSADOR_OF", "person:ingrid-berg", "country:NOR", None), got
    assert not _has(got, "AMBASSADOR_OF", "person:ingrid-berg", "country:MDA", None), got
    assert _has(got, "ACCREDITED_TO", "person:ingrid-berg", "country:MDA", None), got
    assert _has(got, "ACCREDITED_TO", "person:paula-reyes-toro", "country:AZE", None), got


def test_a_cooperation_going_back_to_a_year_and_exchanged_data() -> None:
    # "Chilean cooperation with Peru goes back to 1998": cooperation since then; "A and B
    # have exchanged glacier data since 2020": a cooperation of the two bodies
    text = (
        "Chile and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chilean cooperation with Peru goes back to 1998. The University of Chile "
        "and the University of Lima have exchanged glacier data electronically since 2020.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "COOPERATES_WITH" and {f[1], f[2]} == {"country:CHL", "country:PER"}
               and f[3] == "1998" for f in got), got
    assert any(f[0] == "COOPERATES_WITH" and f[3] == "2020" for f in got), got


def test_a_demonym_topic_after_on_is_no_part_of_a_university_name() -> None:
    # "gave a talk at the University of Lima on the Chilean economy": the topic opens at "on"
    text = (
        "Talk\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Foreign Minister, Ana Rojas, gave a talk at the University of "
        "Lima on the Chilean economy on Tuesday.\n"
    )
    rec = extract_article(text)
    assert "University of Lima" in names(rec), names(rec)
    assert any(f[:3] == ("LECTURED_AT", "person:ana-rojas", "institution:university-of-lima")
               for f in facts(rec)), facts(rec)


def test_diplomatic_links_between_capitals_and_relations_launched_or_taken_up() -> None:
    # "diplomatic links between Quito and Lima were first forged": the capitals are the states;
    # "relations between A and B were launched", "A and B took up diplomatic relations"
    text = (
        "Andean ties\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Ecuador recognised Peru in May 1830, and diplomatic links between Quito "
        "and Lima were first forged in 1831. Diplomatic relations between Bogota and Caracas "
        "were launched in 1831. Montevideo and Asuncion took up diplomatic relations in 1845.\n"
    )
    got = facts(extract_article(text))
    for a, b, year in (("ECU", "PER", "1831"), ("COL", "VEN", "1831"), ("URY", "PRY", "1845")):
        assert any(f[0] == "ESTABLISHED_TIES" and {f[1], f[2]} == {f"country:{a}", f"country:{b}"}
                   and f[3] == year for f in got), (a, b, got)


def test_non_resident_accreditation_area_of_accreditation_and_responsible_for() -> None:
    # "who is accredited on a non-resident basis to A", "whose area of accreditation includes
    # A", "who is concurrently responsible for A and B": side accreditations of a head of
    # mission, not of a minister
    text = (
        "Envoys\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Spain's Ambassador to Kenya, Lucia Mora, who is accredited on a "
        "non-resident basis to Somalia and Eritrea, spoke. Italy's Ambassador to Senegal, Marco "
        "Bruni, whose area of accreditation includes Gambia and Mali, listened. Japan's "
        "Ambassador to Zambia, Kenji Sato, who is concurrently responsible for Malawi, came. "
        "Peru's Minister of Mines, Rosa Diaz, who is also responsible for Chile, came.\n"
    )
    got = facts(extract_article(text))
    for p, c in (("lucia-mora", "SOM"), ("lucia-mora", "ERI"), ("marco-bruni", "GMB"),
                 ("marco-bruni", "MLI"), ("kenji-sato", "MWI")):
        assert _has(got, "ACCREDITED_TO", f"person:{p}", f"country:{c}", None), (p, c, got)
    assert not any(f[0] == "ACCREDITED_TO" and f[1] == "person:rosa-diaz" for f in got), got


def test_counting_themselves_among_members_and_sitting_on_a_council() -> None:
    # "A and B count themselves among the members of O1 and O2"; "C sits on the O"
    text = (
        "Members\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Ghana and Fiji count themselves among the members of the Commonwealth. "
        "Norway sits on the Arctic Council.\n"
    )
    got = facts(extract_article(text))
    for c in ("GHA", "FJI"):
        assert any(f[:2] == ("MEMBER_OF", f"country:{c}") and "commonwealth" in f[2]
                   for f in got), (c, got)
    assert any(f[:2] == ("MEMBER_OF", "country:NOR") and "arctic" in f[2] for f in got), got


def test_the_pair_penned_and_the_two_executed_an_agreement() -> None:
    # "The pair then penned J", "after which the two executed J": the two people just named
    # sign; "executed a plan of works" is no signing
    text = (
        "Signings\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Ghana's Minister of Energy, Kofi Mensah, held talks with Togo's Minister "
        "of Energy, Ama Kodjo. The pair then penned a memorandum of understanding on power "
        "trading. Benin's Minister of Health, Paul Hounsa, and Niger's Minister of Health, "
        "Sani Issa, met at the ministry, after which the two executed a framework agreement on "
        "vaccine supply. The engineers executed a plan of works on the dam.\n"
    )
    got = facts(extract_article(text))
    for p in ("kofi-mensah", "ama-kodjo"):
        assert any(f[:2] == ("SIGNED_AGREEMENT", f"person:{p}") and "power-trading" in f[2]
                   for f in got), (p, got)
    for p in ("paul-hounsa", "sani-issa"):
        assert any(f[:2] == ("SIGNED_AGREEMENT", f"person:{p}") and "vaccine-supply" in f[2]
                   for f in got), (p, got)
    assert not any("plan-of-works" in f[2] for f in got), got


def test_people_signing_for_their_governments_after_the_states_signed() -> None:
    # "A and B put ink to J, with X and C's post, Y, signing for their governments": X and Y
    # sign too
    text = (
        "Tax\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Finance Minister Alice Banda visited Rwanda. Malawi and Rwanda put ink to "
        "an agreement on customs cooperation, with Banda and Rwanda's Minister of Trade, Jean "
        "Mugabo, signing for their governments.\n"
    )
    got = facts(extract_article(text))
    for s in ("person:alice-banda", "person:jean-mugabo", "country:MWI", "country:RWA"):
        assert any(f[:2] == ("SIGNED_AGREEMENT", s) and "customs-cooperation" in f[2]
                   for f in got), (s, got)


def test_traded_views_and_hosted_at_a_venue_with_its_city_are_meetings() -> None:
    # "she traded views with Y"; "X was hosted at Lancaster House, L, on Tuesday by Y"
    text = (
        "Meetings\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Ghana's Foreign Minister, Esi Owusu, arrived in Britain on Monday. She "
        "traded views with Trade Minister John Otieno on Monday. She was hosted at Lancaster "
        "House, London, on Tuesday by Prime Minister Peter Kamau.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "MET_WITH" and {f[1], f[2]} == {"person:esi-owusu", "person:john-otieno"}
               for f in got), got
    assert any(f[0] == "MET_WITH" and {f[1], f[2]} == {"person:esi-owusu", "person:peter-kamau"}
               and f[3] == "2024-05-07" for f in got), got


def test_the_visitor_was_guest_lecturer_at_a_body() -> None:
    # "the visitor was guest lecturer at the I": a lecture there
    text = (
        "Lecture\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Foreign Minister, Ana Ruiz, arrived in Peru on Monday. On "
        "Wednesday, Ruiz was guest lecturer at the Diplomatic Academy of Peru, speaking on "
        "trade.\n"
    )
    got = facts(extract_article(text))
    assert any(f[:2] == ("LECTURED_AT", "person:ana-ruiz") and "diplomatic-academy" in f[2]
               and f[3] == "2024-05-08" for f in got), got


def test_bodies_that_swapped_lecturers_under_a_programme_cooperate() -> None:
    # "A and B have swapped mining lecturers since 2021 under J": cooperation through J
    text = (
        "Universities\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. The University of Ghana and Kenya's Moi University have swapped law "
        "lecturers since 2018 under the East-West Faculty Mobility Programme. The two rivals "
        "have swapped stories since 2018.\n"
    )
    got = facts(extract_article(text))
    assert any(f[0] == "COOPERATES_WITH" and f[3] == "2018" for f in got), got
    assert sum(1 for f in got if f[0] == "COOPERATES_VIA" and f[3] == "2018") == 2, got


def test_an_acronym_the_text_defines_is_not_a_table_body_of_that_acronym() -> None:
    # "the National Planning Commission (NPC)": not the National People's Congress of the tables
    text = (
        "Grant\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. On Thursday, the Japan International Cooperation Agency (JICA) and the "
        "National Planning Commission (NPC) signed a grant agreement for a water project.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert any(f[:2] == ("SIGNED_AGREEMENT", "institution:national-planning-commission")
               for f in got), got
    assert not any("people" in f[1] for f in got), got
    assert "NPC" not in names(rec), names(rec)


def test_a_state_agency_named_by_its_field_and_the_state_is_an_institution() -> None:
    # "Enterprise Ireland signed J", "Business Sweden": the agency signs, not the country
    text = (
        "Trade\n\n"
        "Friday 10 May 2024\n\n"
        "On 8 May 2024, Enterprise Ireland and Chile's Production Development Corporation "
        "(CORFO) signed a Memorandum of Understanding on Clean Energy Start-ups. Invest India "
        "opened an office in Stockholm. Ireland's Minister of State, Aoife Byrne, attended.\n"
    )
    record = extract_article(text)
    names = {(e.type.value, e.name) for e in record.entities}
    assert ("Institution", "Enterprise Ireland") in names, names
    assert ("Institution", "Invest India") in names, names
    got = facts(record)
    assert _has(got, "SIGNED_AGREEMENT", "institution:enterprise-ireland",
                "project:memorandum-of-understanding-on-clean-energy-start-ups", "2024-05-08"), got
    assert not _has(got, "SIGNED_AGREEMENT", "country:IRL",
                    "project:memorandum-of-understanding-on-clean-energy-start-ups", "2024-05-08")
    # a country's own possessive stays the country
    assert _has(got, "OFFICIAL_OF", "person:aoife-byrne", "country:IRL", None), got


def test_a_spanish_date_line_with_an_abbreviated_month_dates_the_story() -> None:
    # "Lima | 14 ABR 2025 | 10:00", "03 dic 2026": abbreviations no English month has
    text = (
        "Peru and Chile review trade\n\n"
        "Lima | 14 ABR 2025 | 10:00 a.m.\n\n"
        "Chile's Foreign Minister, Ana Rojas, met Peru's Foreign Minister, Luis Vega, on "
        "Monday.\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2025-04-14", rec.article.published
    assert _has(facts(rec), "MET_WITH", "person:ana-rojas", "person:luis-vega", "2025-04-14")
    rec2 = extract_article(text.replace("14 ABR 2025", "01 dic. 2026"))
    assert str(rec2.article.published) == "2026-12-01", rec2.article.published


def test_engaged_in_talks_a_bilateral_and_a_conversation_are_meetings() -> None:
    # "X engaged in talks with Y", "X held a bilateral with Y", "X had a conversation with Y"
    text = (
        "Talks\n\nFriday 10 May 2024\n\nTrade grew. On Monday Peru's Foreign Minister, Ana "
        "Rojas, engaged in talks with Ecuador's Deputy Foreign Minister, Pablo Ortiz Vela. On "
        "Tuesday Rojas held a bilateral with Bolivia's Minister of Economy, Carla Quispe "
        "Mamani, at the palace. On Wednesday Rojas had a conversation with Paraguay's Foreign "
        "Minister, Julio Benítez Ayala.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:ana-rojas", "person:pablo-ortiz-vela", "2024-05-06")
    assert _has(got, "MET_WITH", "person:ana-rojas", "person:carla-quispe-mamani", "2024-05-07")
    assert _has(got, "MET_WITH", "person:ana-rojas", "person:julio-benitez-ayala", "2024-05-08")


def test_stamped_or_inscribed_signatures_and_a_finalized_signing_are_signings() -> None:
    text = (
        "Deals\n\nFriday 10 May 2024\n\nTrade grew. On Monday Peru's Foreign Minister, Ana "
        "Rojas, met Ecuador's Deputy Foreign Minister, Pablo Ortiz Vela. After the meeting the "
        "two ministers stamped their signatures on a memorandum of understanding on fisheries. "
        "On Tuesday Rojas met Bolivia's Minister of Economy, Carla Quispe Mamani. After the "
        "meeting the two ministers inscribed their signatures on an agreement on mining. On "
        "Wednesday Rojas met Paraguay's Foreign Minister, Julio Benítez Ayala. Following the "
        "meeting the two ministers finalized the signing of an agreement on river transport.\n"
    )
    got = facts(extract_article(text))
    for who, what in (("pablo-ortiz-vela", "memorandum-of-understanding-on-fisheries"),
                      ("carla-quispe-mamani", "agreement-on-mining"),
                      ("julio-benitez-ayala", "agreement-on-river-transport")):
        assert any(f[:3] == ("SIGNED_AGREEMENT", f"person:{who}", f"project:{what}")
                   for f in got), (who, got)


def test_accredited_on_a_concurrent_basis_and_with_jurisdiction_over() -> None:
    text = (
        "Envoys\n\nFriday 10 May 2024\n\nTrade grew. Norway's Ambassador to Argentina, Ingrid "
        "Berg, who is accredited on a concurrent basis to Uruguay, opened the fair. Chile's "
        "Ambassador to Kenya, Paula Reyes Toro, with jurisdiction over Uganda, attended the "
        "fair.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ACCREDITED_TO", "person:ingrid-berg", "country:URY", None), got
    assert _has(got, "ACCREDITED_TO", "person:paula-reyes-toro", "country:UGA", None), got


def test_an_offered_master_class_and_a_dictated_lecture_are_lectures() -> None:
    # Spanish usage: "dictó una conferencia", "ofreció una clase magistral"
    text = (
        "Lectures\n\nFriday 10 May 2024\n\nTrade grew. On Monday Chile's Foreign Minister, Ana "
        "Rojas, offered a master class on trade policy at the University of Lima. On Tuesday "
        "Norway's State Secretary, Ingrid Berg, dictated a lecture on Arctic law at the "
        "Catholic University of Peru.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:ana-rojas", "institution:university-of-lima",
            "2024-05-06") in got, got
    assert ("LECTURED_AT", "person:ingrid-berg", "institution:catholic-university-of-peru",
            "2024-05-07") in got, got


def test_swung_through_or_spent_days_in_a_city_on_a_visit_to_the_country() -> None:
    text = (
        "Visits\n\nFriday 10 May 2024\n\nTrade grew. Chile's Foreign Minister, Ana Rojas, "
        "swung through Lima on Monday and Tuesday on a short working visit to Peru. Norway's "
        "State Secretary, Ingrid Berg, spent Wednesday and Thursday in Quito on an official "
        "visit to Ecuador.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:ana-rojas", "country:PER", "2024-05-06") in got, got
    assert ("VISITED", "person:ana-rojas", "city:lima", "2024-05-06") in got, got
    assert ("VISITED", "person:ingrid-berg", "country:ECU", "2024-05-08") in got, got
    assert ("VISITED", "person:ingrid-berg", "city:quito", "2024-05-08") in got, got


def test_shared_survey_data_and_cooperation_channelled_through_a_commission() -> None:
    text = (
        "Cooperation\n\nFriday 10 May 2024\n\nTrade grew. The University of Chile and the "
        "University of Lima have shared glacier survey data since 2021. Peru and Bolivia have "
        "channelled their cooperation through the Peru-Bolivia Binational Commission since "
        "2015.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "institution:university-of-chile",
                "institution:university-of-lima", "2021"), got
    assert _has(got, "COOPERATES_WITH", "country:PER", "country:BOL", "2015"), got
    assert ("COOPERATES_VIA", "country:BOL", "project:peru-bolivia-binational-commission",
            "2015") in got, got


def test_a_visit_by_a_person_that_could_take_place_is_no_visit() -> None:
    text = (
        "Visits\n\nFriday 10 May 2024\n\nTrade grew. Chile's Foreign Minister, Ana Rojas, met "
        "Peru's Foreign Minister, Luis Vega, in Lima. A visit by Vega to Santiago could take "
        "place next year, officials said. A visit by Rojas to Cusco will happen in the "
        "autumn.\n"
    )
    got = facts(extract_article(text))
    assert not any(f[0] == "VISITED" for f in got), got


def test_a_state_with_an_apposition_represented_by_its_ambassador_to_a_third_state() -> None:
    text = (
        "Envoys\n\nFriday 10 May 2024\n\nTrade grew. Norway, a founding member of NATO, is "
        "represented in Moldova by its Ambassador to Romania, Ingrid Berg.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "AMBASSADOR_OF", "person:ingrid-berg", "country:NOR", None), got
    assert not _has(got, "AMBASSADOR_OF", "person:ingrid-berg", "country:MDA", None), got
    assert _has(got, "ACCREDITED_TO", "person:ingrid-berg", "country:MDA", None), got


def test_spanish_related_headline_lists_are_boilerplate() -> None:
    text = (
        "Envoys\n\nFriday 10 May 2024\n\nTrade grew. Norway's Ambassador to Romania, Ingrid "
        "Berg, spoke.\n\nLe puede interesar\nEcuador and Peru reopen border\n\n"
        "Más noticias\nNational Assembly passes budget\n"
    )
    rec = extract_article(text)
    assert "Ecuador" not in names(rec) and "National Assembly" not in names(rec), names(rec)


def test_an_agreement_named_in_the_headline_ends_at_the_line() -> None:
    text = (
        "Peru and Chile set their hands to a memorandum on mining\n\n"
        "Lima, 10 May 2024\n\n"
        "Trade grew. On Monday Peru's Foreign Minister, Ana Rojas, met Chile's Foreign "
        "Minister, Luis Vega.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("memorandum on mining") == "Project", names(rec)


def test_a_telephone_conversation_is_no_meeting() -> None:
    # "had a conversation with Y" is a meeting (above); "had a telephone conversation" is not
    text = (
        "Call\n\nFriday 10 May 2024\n\nTrade grew. On Monday Peru's Foreign Minister, Ana "
        "Rojas, had a telephone conversation with Ecuador's Foreign Minister, Pablo Ortiz "
        "Vela.\n"
    )
    got = facts(extract_article(text))
    assert not any(f[0] == "MET_WITH" for f in got), got


def test_recognising_a_demonyms_peoples_republic_recognises_the_state() -> None:
    # "C recognized the Mongolian People's Republic in 1964": the state its demonym names
    text = (
        "Ties\n\nFriday 10 May 2024\n\nTrade grew. The minister recalled that Chile recognized "
        "the Mongolian People's Republic in 1964.\n"
    )
    got = facts(extract_article(text))
    assert ("RECOGNIZED", "country:CHL", "country:MNG", "1964") in got, got


def test_a_seat_held_in_one_body_and_in_another_is_a_membership_of_both() -> None:
    # "C holds a seat in O1 and in O2": the second body after "and in"
    text = (
        "Kenya abroad\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya holds a seat in the African Union and in the Commonwealth of "
        "Nations.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:KEN", "org:african-union", None) in got, got
    assert ("MEMBER_OF", "country:KEN", "org:commonwealth-of-nations", None) in got, got


def test_a_second_member_of_a_second_body_with_the_copula_left_out() -> None:
    # "A is a member state of O1, and B a member of O2": B's membership, its verb gapped
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya is a member state of the African Union, and Peru a member of the "
        "Andean Community.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:KEN", "org:african-union", None) in got, got
    assert ("MEMBER_OF", "country:PER", "org:andean-community", None) in got, got


def test_a_loan_agreement_with_its_sum_in_an_apposition_was_signed_by_the_two() -> None:
    # "A loan agreement for the J, worth $40.5 million, was signed by the two ministers": the
    # described agreement as a passive subject, with a decimal sum between commas
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Peru's Minister of Trade, Luis Vargas, held talks with Foreign Minister "
        "Peter Otieno on Tuesday. A loan agreement for the Mombasa Port Expansion Project, worth "
        "$40.5 million, was signed by the two ministers after the talks.\n"
    )
    got = facts(extract_article(text))
    signed = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT" and f[2]
              == "project:loan-agreement-for-the-mombasa-port-expansion-project"}
    assert signed == {"person:luis-vargas", "person:peter-otieno"}, got


def test_an_agreement_for_a_named_scheme_between_two_states_was_signed_by_them() -> None:
    # "the Agreement for a Joint Trade Committee between A and B was signed by the two
    # ministers": the article "a" inside the name, the parties after it
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Peru's Minister of Trade, Luis Vargas, held talks with Foreign Minister "
        "Peter Otieno on Tuesday. After the meeting, the Agreement for a Joint Trade Committee "
        "between Peru and Kenya was signed by the two ministers.\n"
    )
    got = facts(extract_article(text))
    signed = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"
              and f[2] == "project:agreement-for-a-joint-trade-committee"}
    assert signed == {"person:luis-vargas", "person:peter-otieno"}, got


def test_a_described_treaty_that_was_not_signed_is_no_agreement() -> None:
    # "A bilateral tax treaty was not signed": no signing, so no described agreement
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Peru's Minister of Trade, Luis Vargas, held talks with Foreign Minister "
        "Peter Otieno on Tuesday. A bilateral tax treaty was not signed, and talks go on.\n"
    )
    assert "bilateral tax treaty" not in names(extract_article(text))


def test_the_short_forms_fsm_and_rmi_name_micronesia_and_the_marshall_islands() -> None:
    # "Japan's ambassador to the FSM, X", "the RMI": the usual short forms of the Federated
    # States of Micronesia and of the Republic of the Marshall Islands, given in no brackets
    text = (
        "Japan in the Pacific\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Japan's ambassador to the FSM, Kenji Watanabe, also attended. Japan and "
        "the RMI established diplomatic relations in 1988.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:kenji-watanabe", "country:JPN", None) in got, got
    assert ("ACCREDITED_TO", "person:kenji-watanabe", "country:FSM", None) in got, got
    assert _has(got, "ESTABLISHED_TIES", "country:JPN", "country:MHL", "1988"), got


def test_an_untitled_name_met_by_a_titled_person_is_a_person_met() -> None:
    # "C's Ambassador to D, X, met with Y in L on T": Y, named with no title right after the
    # meeting verb of a person's sentence, is a person
    text = (
        "Chile in Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Ambassador to Kenya, Paula Reyes Toro, met with Amina Wekesa in "
        "Nairobi on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:paula-reyes-toro", "person:amina-wekesa",
                "2024-05-07"), got


def test_spent_days_in_a_country_on_what_a_body_called_a_visit_arriving_on_a_day() -> None:
    # "X spent four days in C this week on what the I called a goodwill visit, arriving on T":
    # a visit, from the arrival's day
    text = (
        "Chile in Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Chile's Minister of Trade, Paula Reyes Toro, spent four days in Kenya this "
        "week on what the Kenya Investment Authority called a goodwill visit, arriving on "
        "Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:paula-reyes-toro", "country:KEN", "2024-05-07") in got, got


def test_the_party_before_an_apposition_of_a_plural_participant_subject_takes_part_too() -> None:
    # "A, a member of O since T, and B, a P partner, are fellow participants in J": A too
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya, a member of the African Union since 2002, and Peru, a partner of the "
        "Andean Community, are fellow participants in the Global Ocean Observing Initiative.\n"
    )
    got = facts(extract_article(text))
    via = {f[1] for f in got if f[0] == "COOPERATES_VIA"
           and f[2] == "project:global-ocean-observing-initiative"}
    assert via == {"country:KEN", "country:PER"}, got


def test_a_founding_member_in_a_year_in_an_of_which_clause_is_dated() -> None:
    # "A and B both sit in O, of which A was a founding member in T": A's membership from T
    text = (
        "Kenya and Tanzania\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya and Tanzania both sit in the East African Community, of which Kenya "
        "was a founding member in 2000.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:KEN", "org:east-african-community", "2000") in got, got
    assert ("MEMBER_OF", "country:TZA", "org:east-african-community", None) in got, got


def test_the_foreign_ministry_and_the_foreign_office_after_the_are_bodies() -> None:
    # "..., according to the Foreign Ministry." and "... by the Foreign Office.": capitalised,
    # the ministry's name (GUIDELINES: capitalised names of bodies are entities)
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Peru's Minister of Trade, Luis Vargas, held talks with Foreign Minister "
        "Peter Otieno on Tuesday, according to the Foreign Ministry. A later meeting was "
        "announced by the Foreign Office.\n"
    )
    got = names(extract_article(text))
    assert got.get("Foreign Ministry") == "Institution", got
    assert got.get("Foreign Office") == "Institution", got


def test_an_airport_after_landing_or_greeted_on_the_tarmac_is_no_project() -> None:
    # "shortly after landing at King Y International Airport", "met her on the apron at Y
    # Airport": the venue of an arrival (a title word before the name, four words between)
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Shortly after landing at King Mswati International Airport, Peru's Minister "
        "of Trade, Luis Vargas, held talks. Foreign Minister Peter Otieno met her on the apron at "
        "Moi International Airport.\n"
    )
    got = names(extract_article(text))
    assert not any("Airport" in n for n in got), got


def test_two_hospitals_that_have_exchanged_staff_cooperate() -> None:
    # "Y Hospital and the Z Hospital have exchanged medical staff since T": hospitals are
    # institutions (a "hospital" head)
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Moi Teaching Hospital and the Lima National Hospital have exchanged "
        "medical staff since 2015.\n"
    )
    record = extract_article(text)
    assert names(record).get("Moi Teaching Hospital") == "Institution", names(record)
    assert _has(facts(record), "COOPERATES_WITH", "institution:moi-teaching-hospital",
                "institution:lima-national-hospital", "2015"), facts(record)


def test_bilateral_ties_which_were_established_or_set_up_on_a_day_are_diplomatic_ties() -> None:
    # "A and B reviewed bilateral ties, which were established on T", "bilateral ties, set up
    # on T, ...": the pair's diplomatic relations, dated
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya and Peru reviewed bilateral ties, which were established on 3 May "
        "1985, and discussed trade. Chile and Ghana said bilateral relations, set up on 1 June "
        "1962, were warm.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:KEN", "country:PER", "1985-05-03"), got
    assert _has(got, "ESTABLISHED_TIES", "country:CHL", "country:GHA", "1962-06-01"), got


def test_a_round_of_capitalised_consultations_held_with_a_person_is_a_meeting() -> None:
    # "X held the third round of Bilateral Political Consultations with Y": the round's
    # capitalised name before "with"
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Peru's Vice Minister of Foreign Affairs, Luis Vargas, held the third round "
        "of Bilateral Political Consultations with Foreign Secretary Peter Otieno on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-vargas", "person:peter-otieno", "2024-05-07"), got


def test_an_untitled_subject_who_received_a_titled_person_is_a_person_met() -> None:
    # "X on Monday received Minister ... Y": X, named with no title at the sentence's start,
    # meets a person already found
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Amina Wekesa on Monday received Peru's Minister of Trade, Luis Vargas, in Nairobi.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:amina-wekesa", "person:luis-vargas", "2024-05-06"), got


def test_a_name_called_a_programme_on_a_topic_in_its_apposition_is_a_project() -> None:
    # "C has taken part in the X Y Agenda, a programme on ...": the apposition with its topic
    # after "on" types the name a Project, a channel of the state's participation
    text = (
        "Kenya abroad\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya has taken part in the Blue Horizon Agenda, a programme on fisheries "
        "and coastal jobs among member countries.\n"
    )
    record = extract_article(text)
    assert names(record).get("Blue Horizon Agenda") == "Project", names(record)
    assert ("COOPERATES_VIA", "country:KEN", "project:blue-horizon-agenda", None) in facts(
        record), facts(record)


def test_a_named_package_a_state_takes_part_in_is_a_project() -> None:
    # "C takes part in the X-Y Defence Package (XYDP)": a capitalised "Package" heads a
    # Project, a channel of the state's participation
    text = (
        "Kenya abroad\n\n"
        "Friday 10 May 2024\n\n"
        "Trade grew. Kenya takes part in the Enhanced Coastal Security Package, to which Peru "
        "contributes trainers.\n"
    )
    record = extract_article(text)
    assert names(record).get("Enhanced Coastal Security Package") == "Project", names(record)
    assert ("COOPERATES_VIA", "country:KEN", "project:enhanced-coastal-security-package",
            None) in facts(record), facts(record)


def test_the_foreign_ministry_after_its_seat_is_the_same_body() -> None:
    # "Itamaraty said ...; the Foreign Ministry added ...": Brazil's foreign ministry by its
    # seat, then by what it is
    text = (
        "Brasília, 10 May 2024\n\n"
        "Itamaraty said on Thursday that no date had been set for the talks. In a note, the "
        "Foreign Ministry added that the delegation would be received in June.\n"
    )
    record = extract_article(text)
    bodies = [(e.name, tuple(e.aliases)) for e in record.entities
              if e.type.value == "Institution"]
    assert bodies == [("Itamaraty", ("Foreign Ministry",))], bodies


def test_conducted_and_kicked_off_visits_and_a_stop_in_a_capital() -> None:
    # "X conducted (kicked off) a two-day visit to C": made, began; "X made a brief stop in L":
    # a stop on a journey, as a stopover, is a visit of the city
    text = (
        "Kenya and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya's Foreign Minister, Amina Wekesa, kicked off a two-day visit to Peru on Monday.\n\n"
        "Peru's Minister of Trade, Luis Vargas, conducted a working visit to Chile from 2 to 4 "
        "May 2024.\n\n"
        "Chile's Minister of Mining, Rosa Fuentes, made a brief stop in Nairobi on Thursday.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:amina-wekesa", "country:PER", "2024-05-06") in got, got
    assert ("VISITED", "person:luis-vargas", "country:CHL", "2024-05-02") in got, got
    assert ("VISITED", "person:rosa-fuentes", "city:nairobi", "2024-05-09") in got, got


def test_signings_after_an_adverb_with_signatures_and_the_signature_of_by() -> None:
    # "A and B subsequently signed J"; "A and B formalised with their signatures J"; "the talks
    # closed with the signature of J by A and B": signings
    text = (
        "Kenya and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya's Foreign Minister, Amina Wekesa, met Peru's Minister of Trade, Luis Vargas, in "
        "Lima on Monday.\n\n"
        "Wekesa and Vargas subsequently signed a memorandum of understanding on fisheries "
        "research.\n\n"
        "Wekesa and Vargas also formalised with their signatures a protocol on customs "
        "cooperation.\n\n"
        "The talks closed with the signature of an agreement on air services by Wekesa and "
        "Vargas.\n"
    )
    got = facts(extract_article(text))
    signed = {(s, o) for p, s, o, _ in got if p == "SIGNED_AGREEMENT"}
    for doc in ("memorandum-of-understanding-on-fisheries-research",
                "protocol-on-customs-cooperation", "agreement-on-air-services"):
        for who in ("person:amina-wekesa", "person:luis-vargas"):
            assert (who, f"project:{doc}") in signed, (who, doc, got)


def test_ties_instituted_or_set_in_place_dating_back_and_an_ordinal_in_words() -> None:
    # "..., and diplomatic relations were instituted (set in place) on T"; "A and B have had
    # diplomatic ties dating from T"; "the fortieth anniversary of ... this year, 2024"
    text = (
        "Kenya and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Chile recognised Kenya in 1964, and diplomatic relations were set in place on 4 June "
        "1965.\n\n"
        "Peru recognised Ghana in 1958, and diplomatic relations were instituted in May 1960.\n\n"
        "Kenya and Peru have had diplomatic ties dating from 1980.\n\n"
        "The visit marked the fortieth anniversary of diplomatic relations between Chile and "
        "Ghana this year, 2024.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:CHL", "country:KEN", "1965-06-04"), got
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:GHA", "1960-05"), got
    assert _has(got, "ESTABLISHED_TIES", "country:KEN", "country:PER", "1980"), got
    assert _has(got, "ESTABLISHED_TIES", "country:CHL", "country:GHA", "1984"), got


def test_sat_across_the_table_from_and_took_the_floor_before_an_audience() -> None:
    # "X sat across the table from Y": a meeting; "X took the floor before students at the I":
    # a talk there
    text = (
        "Kenya and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "On Tuesday, Peru's Minister of Trade, Luis Vargas, sat across the table from Kenya's "
        "Foreign Minister, Amina Wekesa.\n\n"
        "On Wednesday, Vargas took the floor before students at the University of Nairobi.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:luis-vargas", "person:amina-wekesa", "2024-05-07"), got
    assert ("LECTURED_AT", "person:luis-vargas", "institution:university-of-nairobi",
            "2024-05-08") in got, got


def test_bodies_exchanging_samples_co_supervising_or_working_jointly_cooperate() -> None:
    # "A and B have been exchanging soil samples since T", "have co-supervised theses since
    # T", "have been working jointly on ... since T": cooperation
    text = (
        "Kenya and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "The University of Nairobi and the University of Lima have been exchanging soil samples "
        "since 2019.\n\n"
        "Moi University and the University of Chile have co-supervised master's dissertations "
        "since 2017.\n\n"
        "Kenyatta University and the University of Ghana have been working jointly on a malaria "
        "study since 2022.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "institution:university-of-nairobi",
                "institution:university-of-lima", "2019"), got
    assert _has(got, "COOPERATES_WITH", "institution:moi-university",
                "institution:university-of-chile", "2017"), got
    assert _has(got, "COOPERATES_WITH", "institution:kenyatta-university",
                "institution:university-of-ghana", "2022"), got


def test_among_the_counted_states_of_a_body_is_a_membership() -> None:
    # "C is among the four states of O": counted states of a body, as "one of the N states of"
    text = (
        "Kenya and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Peru is among the four states of the Andean Community (CAN), while Kenya is not.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "MEMBER_OF" and s == "country:PER" for p, s, _, _ in got), got


def test_relations_struck_and_relations_in_place_since_are_establishments() -> None:
    # "A and B struck diplomatic relations in T" (without "up"); "A and B have had diplomatic
    # relations in place since T"
    text = (
        "Peru and Kenya\n\n"
        "Friday 10 May 2024\n\n"
        "Peru and Kenya struck diplomatic relations in 1970. Chile and Ghana have had diplomatic "
        "relations in place since 12 March 1962.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "ESTABLISHED_TIES", "country:PER", "country:KEN", "1970"), got
    assert _has(got, "ESTABLISHED_TIES", "country:CHL", "country:GHA", "1962-03-12"), got


def test_a_seat_had_since_and_belonging_to_both_bodies_are_memberships() -> None:
    # "C has had a seat in O since T"; "C belongs to both O1 and O2"
    text = (
        "Kenya abroad\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya has had a seat in the Commonwealth since 1963. Peru belongs to both the Andean "
        "Community (CAN) and the Pacific Alliance.\n"
    )
    got = facts(extract_article(text))
    mem = {(s, o, d) for p, s, o, d in got if p == "MEMBER_OF"}
    assert ("country:KEN", "org:commonwealth-of-nations", "1963") in mem, got
    assert {o for s, o, _ in mem if s == "country:PER"} >= {"org:andean-community",
                                                          "org:pacific-alliance"}, got


def test_signatures_placed_a_pen_put_to_paper_and_an_earlier_signing() -> None:
    # "A and B placed their signatures on J"; "The pair also put pen to paper on J"; "A and B had
    # already signed J in T"
    text = (
        "Kenya and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya's Minister of Trade, Amina Wekesa, met Peru's Minister of Trade, Luis Vargas, in "
        "Nairobi on Tuesday. Wekesa and Vargas placed their signatures on a Memorandum of "
        "Understanding on Fisheries. The pair also put pen to paper on a protocol on customs "
        "cooperation. Kenya and Peru had already signed an Air Services Agreement in 2011.\n"
    )
    got = facts(extract_article(text))
    signed = {(s, o) for p, s, o, _ in got if p == "SIGNED_AGREEMENT"}
    mou = [o for s, o in signed if s == "person:amina-wekesa" and "fisheries" in o]
    assert mou and ("person:luis-vargas", mou[0]) in signed, got
    proto = [o for s, o in signed if s == "person:luis-vargas" and "customs" in o]
    assert proto and ("person:amina-wekesa", proto[0]) in signed, got
    air = [o for s, o in signed if s == "country:KEN" and "air-services" in o]
    assert air and ("country:PER", air[0]) in signed, got


def test_a_seminar_conducted_and_students_briefed_are_lectures() -> None:
    # "X conducted a seminar at the I"; "X briefed students of the I on ..."
    text = (
        "Kenya and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Peru's Minister of Trade, Luis Vargas, conducted a seminar at the Kenya School of "
        "Government on Tuesday. Kenya's Minister of Trade, Amina Wekesa, briefed students of the "
        "University of Lima on trade policy on Monday.\n"
    )
    got = facts(extract_article(text))
    lect = {(s, o) for p, s, o, _ in got if p == "LECTURED_AT"}
    assert any(s == "person:luis-vargas" and "kenya-school" in o for s, o in lect), got
    assert any(s == "person:amina-wekesa" and "university-of-lima" in o for s, o in lect), got


def test_a_trip_opened_and_a_train_stepped_off_are_visits() -> None:
    # "X opened a three-day trip to C on T"; "X stepped off the overnight train in L on T,
    # opening her first official visit to C"
    text = (
        "Kenya and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Peru's Minister of Trade, Luis Vargas, opened a four-day trip to Kenya on Monday. "
        "Kenya's Minister of Trade, Amina Wekesa, stepped off the night train in Lviv on "
        "Wednesday, opening her first official visit to Ukraine.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:luis-vargas", "country:KEN", "2024-05-06") in got, got
    assert ("VISITED", "person:amina-wekesa", "country:UKR", "2024-05-08") in got, got


def test_a_publication_date_line_gives_the_published_day() -> None:
    # "Publication date: 02.12.2026 – 14:20": a broadcaster's date line, so "on Tuesday" has a day
    text = (
        "Kenya and Peru sign a memorandum\n\n"
        "Publication date: 08.05.2024 – 10:15\n\n"
        "Kenya's Minister of Trade, Amina Wekesa, met Peru's Minister of Trade, Luis Vargas, in "
        "Nairobi on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:amina-wekesa", "person:luis-vargas", "2024-05-07"), got


def test_a_signing_upon_concluding_the_conversation_takes_its_day() -> None:
    # "Upon concluding their conversation, A and B signed J": the meeting's day, not the
    # month of the visit around it
    text = (
        "Kenya and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya's Minister of Trade, Amina Wekesa, hosted Peru's Minister of Trade, Luis Vargas, "
        "in Nairobi on Tuesday. Vargas arrived in Nairobi on Monday at the start of a three-day "
        "working visit to Kenya. "
        "Upon concluding their conversation, Wekesa and Vargas signed a Memorandum of "
        "Understanding on Fisheries.\n"
    )
    got = facts(extract_article(text))
    dated = {(s, d) for p, s, o, d in got if p == "SIGNED_AGREEMENT" and "fisheries" in o}
    assert ("person:amina-wekesa", "2024-05-07") in dated, got


def test_a_tete_a_tete_held_by_two_is_a_meeting() -> None:
    # "A and B held a tête-à-tête": a meeting of the two
    text = (
        "Kenya and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Peru's Minister of Trade, Luis Vargas, arrived in Nairobi on Monday. On Tuesday, "
        "Kenya's Minister of Trade Amina Wekesa and Vargas held a tête-à-tête at the ministry.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:amina-wekesa", "person:luis-vargas", "2024-05-07"), got


def test_experience_exchanged_a_joint_programme_pursued_and_a_task_done_together() -> None:
    # "A and B have exchanged experience on X through J since T"; "I1 and I2 have pursued a joint
    # X programme since T"; "I1 and the National Library of C have digitised X together since T"
    text = (
        "Kenya and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya and Peru have exchanged experience on fisheries through the Kenya-Peru Joint "
        "Commission since 2018. The University of Nairobi and the University of Lima have pursued "
        "a joint marine biology programme since 2015. The Kenya National Archives and the "
        "National Library of Peru have digitised colonial maps together since 2020.\n"
    )
    got = facts(extract_article(text))
    coop = {(s, o, d) for p, s, o, d in got if p == "COOPERATES_WITH"}
    pairs = {frozenset((s, o)) for s, o, _ in coop}
    assert frozenset(("country:KEN", "country:PER")) in pairs, got
    assert any(p == "COOPERATES_VIA" and s == "country:KEN" for p, s, _, _ in got), got
    assert any("university-of-nairobi" in "".join(p) and "university-of-lima" in "".join(p)
               for p in pairs), got
    assert any(any("national-library-of-peru" in x for x in p) for p in pairs), got


def test_represented_in_a_capital_and_a_resident_envoy_who_also_represents() -> None:
    # "C is represented in L (a capital) by its Ambassador to D, X": accredited to L's state;
    # "X, who resides in L and also represents his country in A": a side accreditation
    text = (
        "Kenya abroad\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya is represented in Lima by its Ambassador to Brazil, Amina Wekesa. Peru's "
        "Ambassador to Kenya, Luis Vargas, who resides in Nairobi and also represents his "
        "country in Uganda, attended.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:amina-wekesa", "country:PER", None) in got, got
    assert ("ACCREDITED_TO", "person:luis-vargas", "country:UGA", None) in got, got


def test_states_named_after_the_agreement_on_whose_behalf_it_was_signed() -> None:
    # "A and B signed J on behalf of C and D": the two states sign too
    text = (
        "Kenya and Peru\n\n"
        "Friday 10 May 2024\n\n"
        "Kenya's Minister of Trade, Amina Wekesa, met Peru's Minister of Trade, Luis Vargas, in "
        "Nairobi on Tuesday. Wekesa and Vargas signed a Memorandum of Understanding on Fisheries "
        "on behalf of Kenya and Peru.\n"
    )
    got = facts(extract_article(text))
    signed = {s for p, s, o, _ in got if p == "SIGNED_AGREEMENT" and "fisheries" in o}
    assert {"country:KEN", "country:PER", "person:amina-wekesa"} <= signed, got


def test_journeyed_to_a_city_for_a_stay_in_the_country_and_an_official_journey() -> None:
    # "X journeyed to L on T for a two-day official stay in C": a visit of the country too;
    # "X made an official journey to C": a journey is a visit
    text = (
        "Ministers abroad\n\n"
        "Wednesday 6 March 2024\n\n"
        "Latvian Foreign Minister Ilze Ozolina journeyed to Vilnius on Monday for a three-day "
        "official stay in Lithuania. Polish Foreign Minister Marek Nowicki made an official "
        "journey to Estonia on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:ilze-ozolina", "country:LTU", "2024-03-04") in got, got
    assert ("VISITED", "person:marek-nowicki", "country:EST", "2024-03-05") in got, got


def test_landed_with_a_bracketed_date_on_a_visit_from_one_capital_to_a_country() -> None:
    # "landed in L on Sunday (3/3/2024) on the first ministerial visit from L2 to C": the
    # bracketed date after the weekday, and the visit's origin before its destination
    text = (
        "Kenya news\n\n"
        "Wednesday 6 March 2024\n\n"
        "Norway's Minister of Trade, Ingrid Solberg, landed in Nairobi on Sunday (3/3/2024) on "
        "the first trade visit from Oslo to Kenya.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:ingrid-solberg", "country:KEN", "2024-03-03") in got, got
    assert ("VISITED", "person:ingrid-solberg", "city:nairobi", "2024-03-03") in got, got


def test_sat_across_the_table_after_a_time_between_commas() -> None:
    # "X flew into L on T and, that afternoon, sat across the table from Y": a meeting
    text = (
        "Ghana news\n\n"
        "Wednesday 6 March 2024\n\n"
        "Peru's Foreign Minister, Rosa Quispe, flew into Accra on Tuesday and, that "
        "afternoon, sat across the table from Ghanaian Foreign Minister Kofi Mensah.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:rosa-quispe", "person:kofi-mensah", "2024-03-05") in got, got


def test_welcomed_by_a_person_for_a_discussion_is_a_meeting() -> None:
    # "X was welcomed by Y at the Ministry for a discussion on ...": a welcome for talks
    text = (
        "Chile news\n\n"
        "Wednesday 6 March 2024\n\n"
        "Australia's Foreign Minister, Helen Carter, was welcomed by Chilean Foreign Minister "
        "Pablo Rojas at the Carrera Palace on Tuesday for talks on lithium.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:helen-carter", "person:pablo-rojas", "2024-03-05") in got, got


def test_followed_up_with_a_courtesy_visit_to_a_person() -> None:
    # "X ... followed up with a courtesy visit to Y": a visit "to" a person is a meeting
    text = (
        "Oman news\n\n"
        "Wednesday 6 March 2024\n\n"
        "Kenya's Ambassador to Oman, Peter Otieno, met traders in Muscat on Monday. He followed "
        "up with a courtesy visit to Omani Foreign Minister Salim Al Harthy on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:peter-otieno", "person:salim-al-harthy", "2024-03-05") in got, got


def test_the_ministers_afterwards_sealed_a_memorandum_with_their_signatures() -> None:
    # "The ministers afterwards sealed J with their signatures": the two just met sign, on
    # the day of the meeting, and the idiom's end is not part of the agreement's name
    text = (
        "Chile news\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Monday, Mexican Foreign Minister Ana Torres held talks with Chilean Foreign "
        "Minister Pablo Rojas. The ministers afterwards sealed a memorandum of understanding on "
        "water management with their signatures.\n"
    )
    record = extract_article(text)
    assert "memorandum of understanding on water management" in names(record), names(record)
    got = facts(record)
    assert ("SIGNED_AGREEMENT", "person:ana-torres",
            "project:memorandum-of-understanding-on-water-management", "2024-03-04") in got, got


def test_put_ink_on_an_agreement_is_a_signing() -> None:
    # "A and B put ink on J": "on" for "to" in the idiom
    text = (
        "Ghana news\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Tuesday, Ghana's Ministry of Health and Cuba's Ministry of Public Health put ink "
        "on a memorandum of understanding on nurse training.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "SIGNED_AGREEMENT" and s == "institution:ministry-of-health" for p, s, _o, _d
               in got), got


def test_sharing_research_with_a_body_and_jointly_offered_and_pursued_cooperation() -> None:
    # "I has been sharing soil research with J since T", "A and B have jointly offered a
    # course since T", "C and D have pursued fisheries cooperation since T via J"
    text = (
        "Science news\n\n"
        "Wednesday 6 March 2024\n\n"
        "The Kenya Agricultural and Livestock Research Organization has been sharing soil "
        "research with Brazil's Agricultural Research Corporation since 2017. Since 2019, the "
        "University of Nairobi and "
        "the University of Bergen have jointly offered a master's course in fisheries. "
        "Norway and Kenya have pursued fisheries cooperation since 2015 via the Blue Economy "
        "Programme.\n"
    )
    got = facts(extract_article(text))
    pairs = {(p, s, o, d) for p, s, o, d in got if p == "COOPERATES_WITH"}
    assert any("agricultural-research-corporation" in s + o and d == "2017"
               for _p, s, o, d in pairs), got
    assert any("university-of-bergen" in s + o and d == "2019" for _p, s, o, d in pairs), got
    assert ("COOPERATES_VIA", "country:NOR", "project:blue-economy-programme", "2015") in got, got


def test_diplomatic_partners_since_and_belongs_to_both() -> None:
    # "A and B have been diplomatic partners since T": ties; "C belongs to both O1 and O2"
    text = (
        "Baltic news\n\n"
        "Wednesday 6 March 2024\n\n"
        "Latvia and Chile have been diplomatic partners since 1993. Latvia belongs to both "
        "NATO and the OECD.\n"
    )
    got = facts(extract_article(text))
    assert ("ESTABLISHED_TIES", "country:LVA", "country:CHL", "1993") in got or (
        "ESTABLISHED_TIES", "country:CHL", "country:LVA", "1993") in got, got
    assert any(p == "MEMBER_OF" and s == "country:LVA" and "co-operation-and-development" in o
               for p, s, o, _d in got), got


def test_an_ambassador_who_covers_a_state_from_a_capital() -> None:
    # "C's Ambassador to A, X, who covers B from L": accredited to B too
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Latvia's Ambassador to India, Janis Berzins, who covers Nepal from New Delhi, opened "
        "the exhibition.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:janis-berzins", "country:NPL", None) in got, got


def test_handing_credentials_on_a_day_dates_the_accreditation() -> None:
    # "X took up his duties after handing his credentials to Y on T": the gerund dates the
    # accreditation like "handed"
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Chile's ambassador to Kenya, Pablo Soto, took up his duties after handing his "
        "credentials to President William Ruto at State House on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:pablo-soto", "country:KEN", "2024-03-05") in got, got


def test_a_visit_which_began_on_a_weekday_after_a_comma() -> None:
    # "X is on a three-day working visit to C, which began Monday": the visit's first day
    text = (
        "Ghana news\n\n"
        "Wednesday 6 March 2024\n\n"
        "Norwegian Deputy Foreign Minister Eirik Dahl is on a three-day working visit to Ghana, "
        "which began Monday.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:eirik-dahl", "country:GHA", "2024-03-04") in got, got


def test_a_second_post_after_and_its_is_the_same_state_s() -> None:
    # "C's Ambassador to A and its non-resident Ambassador to B": "its" is C, and the second
    # post accredits the same person to B
    text = (
        "Chilean envoy in Lima\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: Ms Ana Torres, who is also Chile's Ambassador to Peru and its non-resident "
        "Ambassador to Bolivia, opened the fair.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:ana-torres", "country:CHL", None) in got, got
    assert ("ACCREDITED_TO", "person:ana-torres", "country:PER", None) in got, got
    assert ("ACCREDITED_TO", "person:ana-torres", "country:BOL", None) in got, got


def test_the_signing_of_a_described_memorandum_between_two_bodies_with_acronyms() -> None:
    # "witnessed the signing of a memorandum on X between the A (AA) and the B (BB)": the
    # name stops before "between", and the two bodies sign it
    text = (
        "Peru and Chile trade bodies\n\n"
        "Thursday 9 May 2024\n\n"
        "LIMA: The two ministers also attended the signing of a memorandum of understanding on "
        "coffee exports between the Peru Export Promotion Agency (PROMPERU) and the Chilean "
        "Trade Office (ProChile).\n"
    )
    record = extract_article(text)
    got = facts(record)
    j = "project:memorandum-of-understanding-on-coffee-exports"
    assert ("SIGNED_AGREEMENT", "institution:peru-export-promotion-agency", j, None) in got, got
    assert ("SIGNED_AGREEMENT", "institution:chilean-trade-office", j, None) in got, got


def test_a_headline_idiom_of_signing_an_unnamed_accord_is_the_body_s_agreement() -> None:
    # "A and B affix signatures to fisheries accord": after an idiom of signing (not "sign"),
    # the agreement the headline leaves unnamed is the one the body tells signed, on its day
    text = (
        "Peru and Chile affix their signatures to fisheries accord\n\n"
        "Lima, 10 May 2024\n\n"
        "On Thursday, 9 May, Peruvian Foreign Minister Ana Torres and Chilean Foreign Minister "
        "Luis Quispe affixed their signatures to a memorandum of understanding on fisheries "
        "cooperation.\n"
    )
    got = facts(extract_article(text))
    j = "project:memorandum-of-understanding-on-fisheries-cooperation"
    day = "2024-05-09"
    assert ("SIGNED_AGREEMENT", "country:PER", j, day) in got, got
    assert ("SIGNED_AGREEMENT", "country:CHL", j, day) in got, got


def test_talks_that_produced_a_memorandum_signed_by_two_ministers() -> None:
    # "The talks produced (yielded) a memorandum on X, signed by A and B": the talks' outcome,
    # a described agreement signed by the two, on the talks' day
    text = (
        "Peru and Chile\n\n"
        "Lima, 10 May 2024\n\n"
        "Peruvian Foreign Minister Ana Torres met Chilean Foreign Minister Luis Quispe on "
        "Wednesday. The talks produced a memorandum of understanding on fisheries cooperation, "
        "signed by Torres and Quispe.\n"
    )
    got = facts(extract_article(text))
    j = "project:memorandum-of-understanding-on-fisheries-cooperation"
    assert ("SIGNED_AGREEMENT", "person:ana-torres", j, "2024-05-08") in got, got
    assert ("SIGNED_AGREEMENT", "person:luis-quispe", j, "2024-05-08") in got, got


def test_received_at_a_college_by_its_officer_is_no_meeting() -> None:
    # "X was received at the College by its Deputy Commandant, Y, who chaired the session": a
    # host's welcome at a lecture venue, no meeting; at a ministry it stays one
    lead = "Chile's Ambassador to Peru, Luis Quispe, arrived on Monday. "
    college = (
        "Peru visit\n\nLima, 10 May 2024\n\n" + lead + "Mr. Quispe was received at the National "
        "Defence College by its Deputy Commandant, Dr. Ana Torres, who chaired the session.\n"
    )
    got = facts(extract_article(college))
    assert not any(f[0] == "MET_WITH" for f in got), got
    ministry = (
        "Peru visit\n\nLima, 10 May 2024\n\n" + lead + "Mr. Quispe was received at the Ministry "
        "of Foreign Affairs by its Secretary-General, Dr. Ana Torres.\n"
    )
    got = facts(extract_article(ministry))
    assert ("MET_WITH", "person:luis-quispe", "person:ana-torres", "2024-05-06") in got, got


def test_later_talks_right_after_an_arrival_on_a_day_take_that_day() -> None:
    # "X arrived in L yesterday for a four-day visit. X later held talks with Y. The two then
    # signed J": the sentence right after the arrival goes on with its day, and the signing
    # after the talks with theirs, not the visit's month
    text = (
        "Peru and Chile\n\n"
        "Lima, 10 May 2024\n\n"
        "LIMA – Chile's Minister of Energy, Luis Quispe, arrived in Lima yesterday for a four-day "
        "visit.\n\n"
        "Mr Quispe later held talks with Minister of Energy and Mines Ana Torres.\n\n"
        "The two ministers then signed a memorandum of understanding on hydrogen research.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:luis-quispe", "person:ana-torres", "2024-05-09") in got or (
        "MET_WITH", "person:ana-torres", "person:luis-quispe", "2024-05-09") in got, got
    assert ("SIGNED_AGREEMENT", "person:luis-quispe",
            "project:memorandum-of-understanding-on-hydrogen-research", "2024-05-09") in got, got


def test_the_agency_after_said_is_the_agency_just_named() -> None:
    # "The head of the X Agency, Y, said the agency and Z have worked together since T under
    # J": a lower-case "the agency" is the body with "Agency" in its name named before
    text = (
        "Space cooperation\n\n"
        "Lima, 10 May 2024\n\n"
        "The Director-General of the Peru Space Agency (CONIDA), Ana Torres, said the agency and "
        "Chile's Centre for Remote Sensing have worked together on satellite imagery since 2018 "
        "under the Andes Earth Observation Programme.\n"
    )
    got = facts(extract_article(text))
    agency = "institution:peru-space-agency"
    assert ("COOPERATES_VIA", agency, "project:andes-earth-observation-programme",
            "2018") in got, got
    assert ("COOPERATES_WITH", agency, "institution:centre-for-remote-sensing", "2018") in got or (
        "COOPERATES_WITH", "institution:centre-for-remote-sensing", agency, "2018") in got, got


def test_a_state_s_interests_looked_after_by_its_ambassador() -> None:
    # "C's interests in D are looked after (represented) by Ambassador X": X is C's ambassador,
    # accredited to D when D is named, as "C is represented in D by Ambassador X"
    text = (
        "Peru abroad\n\n"
        "Lima, 10 May 2024\n\n"
        "Trade grew. Peru's interests in Bolivia are looked after by Ambassador Ana Torres, who "
        "resides in Santiago. Chile's interests are represented by High Commissioner Luis "
        "Quispe.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:ana-torres", "country:PER", None) in got, got
    assert ("ACCREDITED_TO", "person:ana-torres", "country:BOL", None) in got, got
    assert ("AMBASSADOR_OF", "person:luis-quispe", "country:CHL", None) in got, got


def test_an_acronym_and_a_spaced_hyphen_before_an_institute_named_after_a_person() -> None:
    # "at the ABCD - X Y Institute": the acronym and the spaced hyphen open the institute's
    # name, and the acronym alone names it after
    text = (
        "Peru lecture\n\n"
        "Lima, 10 May 2024\n\n"
        "Peru's Ambassador to India, Ana Torres, delivered a lecture at the IDSA - Manohar "
        "Parrikar Institute on Thursday, 9 May 2024. The talk was chaired by Dr Ravi Menon, "
        "Research Fellow, IDSA.\n"
    )
    record = extract_article(text)
    got = facts(record)
    body = "institution:idsa-manohar-parrikar-institute"
    assert names(record).get("IDSA - Manohar Parrikar Institute") == "Institution", got
    assert ("LECTURED_AT", "person:ana-torres", body, "2024-05-09") in got, got
    assert ("OFFICIAL_OF", "person:ravi-menon", body, None) in got, got


def test_they_signed_at_whose_close_are_the_two_ministers_of_the_sentence() -> None:
    # "The two ministers then co-chaired the session of J, at whose close (end) they signed a
    # road map on X": "they" are the two ministers, as after "at the close of which"
    text = (
        "Peru and Chile\n\n"
        "Lima, 10 May 2024\n\n"
        "Peruvian Foreign Minister Ana Torres met Chilean Foreign Minister Luis Quispe on "
        "Wednesday. The two ministers then co-chaired the third session of the Peru-Chile Joint "
        "Commission, at whose end they signed a road map on port logistics.\n"
    )
    got = facts(extract_article(text))
    j = "project:road-map-on-port-logistics"
    assert ("SIGNED_AGREEMENT", "person:ana-torres", j, "2024-05-08") in got, got
    assert ("SIGNED_AGREEMENT", "person:luis-quispe", j, "2024-05-08") in got, got


def test_it_has_benefited_from_a_programme_is_the_state_the_sentence_before_opens_with() -> None:
    # "C became a member of O in T. It has benefited from O's J since T2": "It" is C, the
    # state the sentence before opens with, and J its channel of cooperation
    text = (
        "Peru at UNESCO\n\n"
        "Paris, 10 May 2024\n\n"
        "Trade grew. Peru became a member of UNESCO in 1946. It has benefited from UNESCO's "
        "Participation Programme since 1984.\n"
    )
    got = facts(extract_article(text))
    assert ("COOPERATES_VIA", "country:PER", "project:participation-programme", "1984") in got, (
        got)


def test_a_year_first_date_line_with_a_month_name_dates_the_story() -> None:
    # "2025 Nov 12, 09:15": the year first, then the month's name and the day
    text = (
        "Valley Post\n\n"
        "Finnish minister in Pokhara\n\n"
        "2025 Nov 12, 09:15\n\n"
        "Finland's Minister for Development Ville Niemi met Prime Minister Hari Prasad Koirala "
        "on Tuesday.\n"
    )
    got = facts(extract_article(text))
    met = {(s, o, d) for p, s, o, d in got if p == "MET_WITH"}
    assert ("person:ville-niemi", "person:hari-prasad-koirala", "2025-11-11") in met or (
        "person:hari-prasad-koirala", "person:ville-niemi", "2025-11-11") in met, got


def test_separate_meetings_had_with_two_titled_persons_and_a_lyonchhen() -> None:
    # "X had separate meetings with A and B": two meetings; "Lyonchhen" is a title, not a name
    text = (
        "Thimphu notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Tuesday, Austria's Ambassador to Bhutan, Maria Huber, had separate meetings with "
        "Lyonchhen Tshering Penjor and Finance Minister Lyonpo Pema Dorji.\n"
    )
    got = facts(extract_article(text))
    met = {(s, o) for p, s, o, _d in got if p == "MET_WITH"}
    assert ("person:maria-huber", "person:tshering-penjor") in met or (
        "person:tshering-penjor", "person:maria-huber") in met, got
    assert ("person:maria-huber", "person:pema-dorji") in met or (
        "person:pema-dorji", "person:maria-huber") in met, got


def test_cooperation_channelled_after_ties_established_in_the_same_sentence() -> None:
    # "A and B set up diplomatic relations on T, and have channelled their cooperation through J
    # since T2": the subject of the first verb cooperates through J
    text = (
        "Accra notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Ghana and Vietnam set up diplomatic relations on 5 May 1965, and have channelled their "
        "cooperation through the Ghana-Vietnam Joint Committee since 2014.\n"
    )
    got = facts(extract_article(text))
    assert ("COOPERATES_VIA", "country:GHA", "project:ghana-vietnam-joint-committee",
            "2014") in got, got
    assert ("COOPERATES_VIA", "country:VNM", "project:ghana-vietnam-joint-committee",
            "2014") in got, got


def test_guest_speaker_at_a_session_hosted_by_a_body() -> None:
    # "X was the keynote speaker at a session on ... hosted by the I": a lecture at the body
    text = (
        "Accra notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Vietnam's Deputy Minister of Trade Tran Van Minh was the keynote speaker at a session "
        "on cashew exports hosted by the Legon Centre for International Affairs and Diplomacy "
        "(LECIAD) on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "LECTURED_AT" and s == "person:tran-van-minh" and "leciad" in o
               or p == "LECTURED_AT" and s == "person:tran-van-minh" and "legon" in o
               for p, s, o, _d in got), got


def test_joint_trials_run_by_two_bodies_are_a_cooperation() -> None:
    # "A and B have run joint trials on X since T": a standing cooperation of the two bodies
    text = (
        "Nairobi notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "The Kenya Forestry Research Institute (KEFRI) and the Finnish Forest Research Institute "
        "have run joint trials on eucalyptus clones since 2020.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "COOPERATES_WITH" and d == "2020" for p, _s, _o, d in got), got


def test_later_called_on_takes_the_day_of_the_talks_just_told() -> None:
    # "X held talks with Y on Monday. X later called on Z.": the day of the talks, not the
    # month of the visit
    text = (
        "Accra notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Norwegian Deputy Foreign Minister Eirik Dahl, who arrived in Accra on Sunday on a "
        "three-day visit to Ghana, held talks with Foreign Minister Kwame Boateng on Monday.\n\n"
        "Dahl later called on Vice President Ama Owusu.\n"
    )
    got = facts(extract_article(text))
    met = {(s, o, d) for p, s, o, d in got if p == "MET_WITH"}
    assert ("person:eirik-dahl", "person:ama-owusu", "2024-03-04") in met or (
        "person:ama-owusu", "person:eirik-dahl", "2024-03-04") in met, got


def test_likewise_accredited_and_whose_portfolio_or_credentials_extend() -> None:
    # "who is likewise accredited to C", "whose portfolio also includes C", "whose credentials
    # also extend to A and B": a head of mission's side accreditations
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Peru's Ambassador to Kenya, Rosa Quispe, who is likewise accredited to Uganda, opened "
        "the fair.\n\n"
        "Norway's Ambassador to Ghana, Lars Moe, whose portfolio also includes Benin, spoke "
        "next.\n\n"
        "Japan's Ambassador to Egypt, Kenji Sato, whose credentials also extend to Sudan and "
        "Libya, closed the event.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:rosa-quispe", "country:UGA", None) in got, got
    assert ("ACCREDITED_TO", "person:lars-moe", "country:BEN", None) in got, got
    assert ("ACCREDITED_TO", "person:kenji-sato", "country:SDN", None) in got, got
    assert ("ACCREDITED_TO", "person:kenji-sato", "country:LBY", None) in got, got


def test_extend_recognition_as_an_infinitive() -> None:
    # "A was among the first to extend recognition to B": a recognition
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Norway was one of the first states to extend recognition to Eritrea.\n"
    )
    got = facts(extract_article(text))
    assert ("RECOGNIZED", "country:NOR", "country:ERI", None) in got, got


def test_headline_speaker_at_an_event_and_a_host_with_a_long_post() -> None:
    # "X was the headline speaker at an event hosted by the I"; "The I hosted C's Minister of
    # A, B and C, X, for a public address": lectures at the body
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Monday, Peru's Foreign Minister Rosa Quispe was the headline speaker at an event "
        "hosted by the Danish Institute for International Studies (DIIS).\n\n"
        "The Finnish Institute of International Affairs hosted Kenya's Minister of Foreign "
        "Affairs, Trade and Diaspora, Peter Kamau, for a public address on Horn of Africa "
        "security.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "LECTURED_AT" and s == "person:rosa-quispe" and "danish" in o
               for p, s, o, _d in got), got
    assert any(p == "LECTURED_AT" and s == "person:peter-kamau" and "finnish" in o
               for p, s, o, _d in got), got


def test_came_to_a_capital_for_a_visit_and_conferred_for_an_hour_with() -> None:
    # "X came to L on T for a working visit": a visit of the city; "X conferred for two hours
    # with Y": a meeting
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Peru's Foreign Minister Rosa Quispe came to Copenhagen on Monday for a two-day working "
        "visit.\n\n"
        "On Monday afternoon she conferred for two hours with Denmark's Foreign Minister Lars "
        "Holm.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:rosa-quispe", "city:copenhagen", "2024-03-04") in got, got
    assert any(p == "MET_WITH" and {s, o} == {"person:rosa-quispe", "person:lars-holm"}
               for p, s, o, _d in got), got


def test_carried_out_a_task_together_and_a_geological_survey_is_a_body() -> None:
    # "the I and the Geological Survey of C have carried out glacier mapping together since T":
    # cooperation of two bodies; a state closing a body's name after a portfolio word
    # ("Fisheries and Oceans Canada") is no party
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "The Norwegian Polar Institute and the Geological Survey of Chile have carried out "
        "glacier mapping together since 2015.\n\n"
        "Fisheries and Oceans Canada and the Geological Survey of Peru have carried out seabed "
        "mapping together since 2019.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert names(rec).get("Geological Survey of Chile") == "Institution", names(rec)
    assert any(p == "COOPERATES_WITH" and "norwegian-polar" in s + o and "survey-of-chile" in s + o
               for p, s, o, _d in got), got
    assert not any(p == "COOPERATES_WITH" and "country:CAN" in (s, o) for p, s, o, _d in got), got


def test_presented_a_policy_to_researchers_at_a_body_is_a_talk() -> None:
    # "X presented C's strategy to researchers at the I": a talk there (not "presented his
    # credentials to the President")
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Tuesday, Kenya's Foreign Minister Peter Kamau presented Kenya's blue economy strategy "
        "to researchers at the Norwegian Institute of International Affairs (NUPI).\n"
    )
    got = facts(extract_article(text))
    assert any(p == "LECTURED_AT" and s == "person:peter-kamau" and "norwegian-institute" in o
               for p, s, o, _d in got), got


def test_bodies_that_co_ran_or_are_co_mapping_cooperate() -> None:
    # "A and B have co-run (co-funded) X since T", "have been co-mapping X since T": cooperation;
    # a "Geological Survey of C" is an institution, not the country C
    text = (
        "Science notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Uruguay and Paraguay have co-run wetland bird counts since 2017.\n\n"
        "Chile and Peru have co-funded a glacier observatory since 2015.\n\n"
        "The Geological Survey of Norway and Kenya's State Department for Mining have been "
        "co-mapping rift aquifers since 2020.\n"
    )
    got = facts(extract_article(text))
    pairs = {frozenset((s, o)) for p, s, o, _d in got if p == "COOPERATES_WITH"}
    assert frozenset(("country:URY", "country:PRY")) in pairs, got
    assert frozenset(("country:CHL", "country:PER")) in pairs, got
    assert any("geological-survey-of-norway" in s or "geological-survey-of-norway" in o
               for p, s, o, _d in got if p == "COOPERATES_WITH"), got
    assert not any("country:NOR" in (s, o) for p, s, o, _d in got if p == "COOPERATES_WITH"), got


def test_the_two_men_put_their_names_to_and_officials_lent_their_signatures() -> None:
    # "the two men put their names to J", "the two officials lent their signatures to J"
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Peru's Foreign Minister, Luis Quispe, met Chile's Foreign Minister, Tomas Vidal, on "
        "Monday. The two men then put their names to a memorandum on glacier monitoring.\n\n"
        "Kenya's Trade Minister, Amina Odhiambo, met Uganda's Trade Minister, Grace Namutebi, on "
        "Tuesday. The two officials later lent their signatures to a protocol on border "
        "markets.\n"
    )
    got = facts(extract_article(text))
    signed = {(s, o) for p, s, o, _d in got if p == "SIGNED_AGREEMENT"}
    assert {s for s, _o in signed} >= {"person:luis-quispe", "person:tomas-vidal",
                                       "person:amina-odhiambo", "person:grace-namutebi"}, got


def test_dining_being_ushered_in_an_exchange_and_compared_notes_are_meetings() -> None:
    # "X dined with Y", "X was ushered in to see Y", "X held an exchange with Y", "A and B
    # compared notes on T at the ministry"
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Peru's Foreign Minister, Luis Quispe, dined with Chile's Foreign Minister, Tomas Vidal, "
        "on Monday.\n\n"
        "On Tuesday, Kenya's Trade Minister, Amina Odhiambo, was ushered in to see Uganda's "
        "Trade Minister, Grace Namutebi.\n\n"
        "On Tuesday, Ghana's Energy Minister, Kwesi Boateng, held an exchange with Togo's Energy "
        "Minister, Komlan Agbeko.\n\n"
        "Norway's State Secretary Ingrid Dahl and Finland's State Secretary Mikko Laine compared "
        "notes on Arctic shipping at the ministry on Monday.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((s, o)) for p, s, o, _d in got if p == "MET_WITH"}
    for a, b in (("luis-quispe", "tomas-vidal"), ("amina-odhiambo", "grace-namutebi"),
                 ("kwesi-boateng", "komlan-agbeko"), ("ingrid-dahl", "mikko-laine")):
        assert frozenset((f"person:{a}", f"person:{b}")) in met, (a, got)


def test_flying_in_to_a_capital_and_being_in_town_for_a_mission_are_visits() -> None:
    # "X flew in to L on T at the start of a visit to C": L and C; "X was in town on T and T2
    # for a fact-finding mission to C": C
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Peru's Foreign Minister, Luis Quispe, flew in to Santiago on Monday at the start of a "
        "three-day official visit to Chile.\n\n"
        "Kenya's Trade Minister, Amina Odhiambo, was in town on Monday and Tuesday for a "
        "fact-finding mission to Uganda.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:luis-quispe", "city:santiago", "2024-03-04") in got, got
    assert ("VISITED", "person:luis-quispe", "country:CHL", "2024-03-04") in got, got
    assert ("VISITED", "person:amina-odhiambo", "country:UGA", "2024-03-04") in got, got


def test_side_accreditations_by_responsibility_competence_charge_and_mandate() -> None:
    # "C's Ambassador to A, X, with responsibility for B", "..., whose competence also covers
    # B", "..., also in charge of B", "..., whose mandate also stretches to L" (L's state)
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Chile's Ambassador to Kenya, Pablo Soto, with responsibility for Rwanda, opened the "
        "fair.\n\n"
        "Peru's Ambassador to Egypt, Rosa Flores, whose competence also covers Sudan, spoke.\n\n"
        "Spain's Ambassador to Ghana, Javier Ruiz, also in charge of Togo, was present.\n\n"
        "Italy's Ambassador to Senegal, Marco Bellini, whose mandate also stretches to Banjul, "
        "attended.\n"
    )
    got = facts(extract_article(text))
    for who, where in (("pablo-soto", "RWA"), ("rosa-flores", "SDN"), ("javier-ruiz", "TGO"),
                       ("marco-bellini", "GMB")):
        assert ("ACCREDITED_TO", f"person:{who}", f"country:{where}", None) in got, (who, got)


def test_recognition_given_and_ties_on_diplomatic_terms_or_at_ambassadorial_level() -> None:
    # "A gave recognition to B in T"; "A and B have been on diplomatic terms since T"; "A and B
    # have had ambassadorial-level relations since T"
    text = (
        "History notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Norway gave recognition to Namibia in March 1990.\n\n"
        "Peru and Thailand have been on diplomatic terms since 1965.\n\n"
        "Chile and Vietnam have had ambassadorial-level relations since 1971.\n"
    )
    got = facts(extract_article(text))
    assert ("RECOGNIZED", "country:NOR", "country:NAM", "1990-03") in got, got
    ties = {(frozenset((s, o)), d) for p, s, o, d in got if p == "ESTABLISHED_TIES"}
    assert (frozenset(("country:PER", "country:THA")), "1965") in ties, got
    assert (frozenset(("country:CHL", "country:VNM")), "1971") in ties, got


def test_members_counted_by_possessive_ordinal_and_a_seat_taken() -> None:
    # "C is one of the O's four member states"; "C became the O's 55th member in T, alongside
    # D"; "C took its seat as a non-permanent member of O in T"
    text = (
        "Membership notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Benin is one of the Sahel and West Africa Club's eleven member states.\n\n"
        "Rwanda became the Commonwealth's 54th member in November 2009, alongside Mozambique.\n\n"
        "Guyana took its seat as a non-permanent member of the United Nations Security Council "
        "in January 2024.\n"
    )
    got = facts(extract_article(text))
    mem = {(s, o, d) for p, s, o, d in got if p == "MEMBER_OF"}
    assert ("country:RWA", "org:commonwealth-of-nations", "2009-11") in mem, got
    assert ("country:MOZ", "org:commonwealth-of-nations", "2009-11") in mem, got
    assert ("country:GUY", "org:united-nations-security-council", "2024-01") in mem, got
    assert any(s == "country:BEN" for s, _o, _d in mem), got


def test_a_programme_which_a_state_joined_is_its_channel() -> None:
    # "... under J, which C joined in T": C cooperates through J since T
    text = (
        "Education notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Dozens of Malian engineers have trained in Japan under the ABE Initiative, which Mali "
        "joined in 2014.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "COOPERATES_VIA" and s == "country:MLI" and d == "2014"
               for p, s, _o, d in got), got


def test_a_demonym_guest_is_the_visitor_not_the_ambassador_beside_him() -> None:
    # "the Peruvian guest" after a Peruvian visitor and the Peruvian ambassador who "accompanied
    # the visitor": the visitor lectures; an "Ecole" is an institution
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Peru's Deputy Foreign Minister, Luis Quispe, arrived in Dakar on Monday for a two-day "
        "visit to Senegal. Peru's Ambassador to Senegal, Rosa Flores, accompanied the visitor. "
        "On Tuesday, the Peruvian guest gave a lecture-debate at the Ecole Nationale de "
        "Diplomatie on Pacific trade.\n"
    )
    got = facts(extract_article(text))
    lect = {(s, o) for p, s, o, _d in got if p == "LECTURED_AT"}
    assert any(s == "person:luis-quispe" and "ecole" in o for s, o in lect), got
    assert not any(s == "person:rosa-flores" for s, _o in lect), got


def test_an_unnamed_agreement_signed_by_two_people_after_a_weekday_or_their_talks() -> None:
    # "On Thursday, in their presence, a protocol on ... was signed by A and B" and "At the end
    # of their talks, an agreement on ... was signed by A and B": a described agreement named
    text = (
        "Cooperation notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kenya's Minister of Health, Mary Wanjiru, met Peru's Minister of Health, Luis Quispe, in "
        "Nairobi on Thursday. On Thursday, in their presence, a protocol on hospital management "
        "was signed by Director General Peter Otieno and Director Rosa Flores.\n\n"
        "At the end of their talks, an agreement on malaria research was signed by Mary Wanjiru "
        "and Luis Quispe.\n"
    )
    got = facts(extract_article(text))
    signed = {s for p, s, _o, _d in got if p == "SIGNED_AGREEMENT"}
    assert {"person:peter-otieno", "person:rosa-flores", "person:mary-wanjiru",
            "person:luis-quispe"} <= signed, got


def test_a_member_since_its_founding_as_has_another_state_makes_both_members() -> None:
    # "C has been a member of O since its founding in T, as has D"; "C is a member of O, as is D"
    text = (
        "Regional notes\n\n"
        "Friday 8 March 2024\n\n"
        "Portugal has been a member of the Union for the Mediterranean since its founding in "
        "2008, as has Morocco.\n\n"
        "Chile is a member of the OECD, as is Mexico.\n"
    )
    got = facts(extract_article(text))
    mem = {(s, d) for p, s, _o, d in got if p == "MEMBER_OF"}
    assert ("country:MAR", "2008") in mem, got
    assert any(s == "country:MEX" for s, _d in mem), got


def test_a_state_that_is_an_eu_and_nato_member_state_belongs_to_both() -> None:
    # "C, an O1 and O2 member state": a compound of two bodies before "member state"
    text = (
        "Regional notes\n\n"
        "Friday 8 March 2024\n\n"
        "The minister said that Estonia, an EU and NATO member state, backs the plan.\n"
    )
    got = facts(extract_article(text))
    mem = {o for p, s, o, _d in got if p == "MEMBER_OF" and s == "country:EST"}
    assert {"org:european-union", "org:north-atlantic-treaty-organization"} <= mem, got


def test_paying_a_state_her_first_official_visit_is_a_visit_to_it() -> None:
    # "X is paying C her first official visit, which began on T": the state between the verb and
    # the visit
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kenya's Foreign Minister, Mary Wanjiru, is paying Ghana her first official visit, which "
        "began on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:mary-wanjiru", "country:GHA", "2024-03-05") in got, got


def test_supported_clinics_through_or_among_the_beneficiaries_of_a_programme() -> None:
    # "C has supported D's clinics through J since T", "C has been among the beneficiaries of J
    # since T": each state cooperates through the programme
    text = (
        "Aid notes\n\n"
        "Friday 8 March 2024\n\n"
        "Norway has supported Malawian clinics through the Norad Health Programme since 2012.\n\n"
        "Senegal has been among the beneficiaries of the Korea Rice Belt Initiative since 2022.\n"
    )
    got = facts(extract_article(text))
    via = {(s, d) for p, s, _o, d in got if p == "COOPERATES_VIA"}
    assert {("country:NOR", "2012"), ("country:SEN", "2022")} <= via, got


def test_a_global_fellow_after_a_center_is_a_title_not_part_of_the_name() -> None:
    # "X, Stimson Center Global Fellow": "Global" before a title head is a title modifier
    text = (
        "Event notes\n\n"
        "Friday 8 March 2024\n\n"
        "The Brookings Institution hosted a debate on Friday.\n\n"
        "Moderator\n"
        "Mark Olsen, Stimson Center Global Fellow\n"
    )
    got = names(extract_article(text))
    assert got.get("Stimson Center") == "Institution", got
    assert "Stimson Center Global" not in got, got


def test_signatures_to_a_capitalised_letter_of_intent_on_a_field_name_it() -> None:
    # "A and B put their signatures to a Letter of Intent on Maritime Training": the capitalised
    # head, like the lower-case "letter of intent", names a described agreement
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kenya's Foreign Minister, Mary Wanjiru, met Peru's Foreign Minister, Luis Quispe, in "
        "Nairobi on Thursday. After the meeting, Wanjiru and Quispe put their signatures to a "
        "Letter of Intent on Maritime Training.\n"
    )
    got = facts(extract_article(text))
    signed = {s for p, s, o, _d in got if p == "SIGNED_AGREEMENT" and "letter-of-intent" in o}
    assert signed == {"person:mary-wanjiru", "person:luis-quispe"}, got


def test_her_working_visit_to_a_country_began_is_the_visit_of_the_person_before() -> None:
    # "X is in the country. Her four-day working visit to C began on T": the capitalised
    # possessive is the person of the sentence before
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kenya's Minister of Trade, Mary Wanjiru, is in the country. Her four-day working visit "
        "to Ghana began on Tuesday, March 5, 2024.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:mary-wanjiru", "country:GHA", "2024-03-05") in got, got


def test_concluded_or_completed_a_visit_on_a_day_gives_its_end_not_its_start() -> None:
    # "X concluded (completed) a visit to C on T": T is the visit's end, so the visit is undated
    # unless its start is told, as after "ended" and "wrapped up"
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Peru's Foreign Minister, Luis Quispe, concluded a three-day official visit to Kenya on "
        "Thursday.\n\n"
        "Chile's Foreign Minister, Ana Rojas, completed a two-day working visit to Ghana on "
        "Wednesday, which had begun on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:luis-quispe", "country:KEN", None) in got, got
    assert ("VISITED", "person:ana-rojas", "country:GHA", "2024-03-05") in got, got


def test_b82_registered_and_article_date_lines_date_the_story() -> None:
    # "Registered : 2026-12-03 17:22 | Modified : ..." and "Article Date: 02nd Dec 2026 | ...":
    # date lines under the headline give the publication day, so "yesterday" resolves
    for head, day in (("Registered : 2025-04-10 09:12 | Modified : 2025-04-10 11:40", "2025-04-09"),
                      ("Article Date: 15th Apr 2025 | 3:20 pm", "2025-04-14")):
        text = (
            "Envoys meet\n\n" + head + "\n\n"
            "Chile's Foreign Minister, Ana Rojas, met Foreign Minister Tomas Lindqvist "
            "yesterday.\n"
        )
        got = facts(extract_article(text))
        assert any(p == "MET_WITH" and d == day for p, _s, _o, d in got), (head, got)


def test_b82_went_on_to_ink_is_a_signing_right_after_the_meeting() -> None:
    # "A and B went on to ink J": a sequence verb before the base form, not a plan
    got = _b82(
        "Peru's Foreign Minister Rosa Quispe, who reached Hanoi on Monday for a visit to "
        "Vietnam, held talks with Foreign Minister Tran Van Long on Tuesday.\n\n"
        "Quispe and Tran went on to ink a memorandum of understanding on coffee research.\n"
    )
    signed = {(s, d) for p, s, _o, d in got if p == "SIGNED_AGREEMENT"}
    assert ("person:rosa-quispe", "2024-03-05") in signed, got
    assert any(s.startswith("person:tran") for s, _d in signed), got


def test_b82_a_capitalised_surname_alone_is_the_person() -> None:
    # "ITO Haruka" first, then "ITO and X signed": the surname in capitals used alone
    got = _b82(
        "Kenya's Cabinet Secretary for Trade, Wanjiru Kamau, met Trade Minister ITO Haruka in "
        "Osaka on Monday.\n\n"
        "ITO and Kamau also placed their signatures on a memorandum of understanding on tea "
        "exports.\n"
    )
    assert any(p == "SIGNED_AGREEMENT" and s == "person:ito-haruka" for p, s, _o, _d in got), got


def test_b82_recognition_of_a_restored_republic() -> None:
    # "extended recognition to the restored Republic of Latvia on T"
    got = _b82("Uruguay extended recognition to the restored Republic of Lithuania on "
               "7 September 1991.\n")
    assert ("RECOGNIZED", "country:URY", "country:LTU", "1991-09-07") in got, got


def test_b82_which_became_an_o_member_and_one_of_the_founding_states() -> None:
    # "C, which became an OECD member in T, ..." (dated by the joining); "C, one of the four
    # founding states of O, ..."
    got = _b82(
        "Lithuania, which became an OECD member in 2018, hosted the forum.\n\n"
        "Argentina, one of the four founding states of Mercosur, backed the plan.\n"
    )
    assert any(p == "MEMBER_OF" and s == "country:LTU" and d == "2018"
               for p, s, _o, d in got), got
    assert any(p == "MEMBER_OF" and s == "country:ARG" and "mercosur" in o
               for p, s, o, _d in got), got


def test_b82_called_in_on_is_a_meeting() -> None:
    # "X later called in on the Minister for Y, Z": a courtesy call
    got = _b82(
        "Norway's Ambassador to Samoa, Kari Holm, later called in on the Minister for Health, "
        "Tupua Leota.\n"
    )
    assert any(p == "MET_WITH" and {s, o} == {"person:kari-holm", "person:tupua-leota"}
               for p, s, o, _d in got), got


def _b82(body: str) -> set[tuple[str, str, str, str | None]]:
    return facts(extract_article("Diplomatic notes\n\nWednesday 6 March 2024\n\n" + body))


def test_b82_on_what_was_the_first_visit_by_a_demonym_minister_to_c() -> None:
    # "landed in L on T on what was the first visit by a Chilean foreign minister to C": the
    # country visited too, on the day of the arrival
    got = _b82(
        "Chile's Foreign Minister, Ana Rojas, landed in Apia on Monday on what was the first "
        "visit by a Chilean foreign minister to Samoa.\n"
    )
    assert ("VISITED", "person:ana-rojas", "country:WSM", "2024-03-04") in got, got


def test_a_portfolio_ending_in_it_keeps_the_minister_named_after_it() -> None:
    # "C's Minister of Economic Affairs and IT, X, ...": "IT" is a portfolio word, as "ICT"
    text = (
        "Digital notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Latvia's Minister of Transport and IT, Janis Ozolins, arrived in Tokyo on Monday for a "
        "three-day working visit to Japan.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:janis-ozolins", "country:LVA", None) in got, got
    assert any(p == "VISITED" and s == "person:janis-ozolins" and o == "country:JPN"
               for p, s, o, _d in got), got


def test_chatting_a_working_lunch_and_an_audience_granted_are_meetings() -> None:
    # "X chatted on Tuesday with Y", "X held a working lunch with Y", "X was granted an audience
    # on Monday by Y": meetings
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Austria's Ambassador to Kenya, Karl Huber, chatted on Tuesday with Kenya's Minister of "
        "Health, Achieng Otieno, about vaccines.\n\n"
        "Peru's Ambassador to Kenya, Rosa Flores, held a working lunch with Kenya's Minister of "
        "Tourism, Wanjiru Kamau.\n\n"
        "Chile's Ambassador to Kenya, Pablo Soto, was granted an audience on Monday by Kenya's "
        "Minister of Energy, Daniel Mwangi.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((s, o)) for p, s, o, _d in got if p == "MET_WITH"}
    assert frozenset(("person:karl-huber", "person:achieng-otieno")) in met, got
    assert frozenset(("person:rosa-flores", "person:wanjiru-kamau")) in met, got
    assert frozenset(("person:pablo-soto", "person:daniel-mwangi")) in met, got


def test_one_of_the_counted_member_states_of_a_named_body() -> None:
    # "C is one of the fifteen O member states": the count before the body, no possessive
    text = (
        "Regional notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Kenya is one of the seven EAC member states.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "MEMBER_OF" and s == "country:KEN" and o == "org:east-african-community"
               for p, s, o, _d in got), got


def test_bodies_that_have_been_swapping_know_how_cooperate() -> None:
    # "A and B have been exchanging (swapping) know-how since T": a standing cooperation
    text = (
        "Health notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "The Ministry of Health of Ghana and the Ministry of Health of Cuba have been exchanging "
        "know-how since 2018.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "COOPERATES_WITH" and d == "2018" for p, _s, _o, d in got), got


def test_to_acknowledge_a_states_independence_is_a_recognition() -> None:
    # "A was one of the first states to acknowledge B's independence, in T": the infinitive, as
    # "acknowledged B's independence"
    text = (
        "History notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Ireland was one of the first European states to acknowledge Namibia's independence, in "
        "March 1990.\n"
    )
    got = facts(extract_article(text))
    assert ("RECOGNIZED", "country:IRL", "country:NAM", "1990-03") in got, got


def test_a_marshal_and_a_clerk_are_posts_before_a_name() -> None:
    # "The Marshal of the Senate, X, received Y", "the Clerk of the House, X, and ...": posts
    # of a chamber, so the names after them are people
    text = (
        "Parliament news\n\n"
        "Wednesday 6 March 2024\n\n"
        "The Marshal of the Senate, Jadwiga Olszewska-Kral, received Kenya's Speaker of the "
        "National Assembly, Amos Kiptoo, on Tuesday. The Clerk of the Senate, Piotr Zawada "
        "Brzeski, and Kenya's Clerk of the National Assembly, Rose Wanjiru Kamau, signed a "
        "memorandum of understanding on staff training.\n"
    )
    got = facts(extract_article(text))
    people = {s for _p, s, _o, _d in got if s.startswith("person:")}
    assert "person:jadwiga-olszewska-kral" in people, got
    assert "person:piotr-zawada-brzeski" in people, got
    assert any(p == "MET_WITH" and "jadwiga-olszewska-kral" in s + o for p, s, o, _d in got), got


def test_a_plural_or_possessive_word_inside_a_portfolio() -> None:
    # "Minister for Veterans' Affairs, X", "Minister of Women's Affairs, Y": the apostrophe does
    # not end the portfolio, so the name after it is a person of that state
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Nepal's Minister for Workers' Welfare, Rita Gurung Thapa, met Qatar's Minister of "
        "Women's Affairs, Maryam Al-Sulaiti, in Doha on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:rita-gurung-thapa", "country:NPL", None) in got, got
    assert any(p == "MET_WITH" and "rita-gurung-thapa" in s + o for p, s, o, _d in got), got


def test_days_spent_in_a_capital_on_a_visit_are_a_dated_visit() -> None:
    # "X spent 4 and 5 March 2024 in L on a working visit to C", "Y spent four days in L from
    # T on a working mission to C": a stay on the way, dated by its first day
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kenya's Minister of Trade, Amos Kiptoo, spent 4 and 5 March 2024 in Oslo on a working "
        "visit to Norway. Nepal's Minister for Labour, Rita Gurung Thapa, spent four days in "
        "Doha from 1 to 4 March 2024 on a working mission to Qatar.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:amos-kiptoo", "city:oslo", "2024-03-04") in got, got
    assert ("VISITED", "person:rita-gurung-thapa", "city:doha", "2024-03-01") in got, got


def test_a_sit_down_held_or_had_is_a_meeting() -> None:
    # "X held (had) a sit-down with Y": a meeting, as a one-on-one
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Kenya's Minister of Trade, Amos Kiptoo, held a sit-down with Norway's Minister of "
        "Fisheries, Kari Olsen, in Oslo on Tuesday. Later, Kiptoo had a brief sit-down with "
        "Sweden's Minister for Trade, Lena Berg.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((s, o)) for p, s, o, _d in got if p == "MET_WITH"}
    assert frozenset(("person:amos-kiptoo", "person:kari-olsen")) in met, got
    assert frozenset(("person:amos-kiptoo", "person:lena-berg")) in met, got


def test_member_states_in_capitals_after_a_body() -> None:
    # "A and B are WTO Member States", "Both countries are IOM Member States": members
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Kenya and Norway signed a fisheries memorandum in Nairobi on Tuesday. Both countries "
        "are WTO Member States.\n"
    )
    got = facts(extract_article(text))
    mem = {(s, o) for p, s, o, _d in got if p == "MEMBER_OF"}
    assert ("country:KEN", "org:world-trade-organization") in mem, got
    assert ("country:NOR", "org:world-trade-organization") in mem, got


def test_a_state_enrolled_in_a_programme_cooperates_through_it() -> None:
    # "C has been enrolled in the J since T": C's channel since T
    text = (
        "Development notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Honduras has been enrolled in the Pacific Maritime Security Program since 2019.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "COOPERATES_VIA" and s == "country:HND" and d == "2019"
               for p, s, _o, d in got), got


def test_autographed_attached_and_formalised_signatures_are_signings() -> None:
    # "A and B autographed J", "The ministers then attached their signatures to J", "A and B
    # formalised J with their signatures": other idioms of signing
    cases = (
        ("Kenya's Minister of Trade, Amos Kiptoo, met Norway's Minister of Fisheries, Kari "
         "Olsen, in Oslo on Tuesday. Kiptoo and Olsen autographed a memorandum of understanding "
         "on fish farming.", ("amos-kiptoo", "kari-olsen")),
        ("Ghana's Minister of Trade, Kofi Mensah, met Sweden's Minister for Trade, Lena Berg, "
         "in Stockholm on Tuesday. The ministers then attached their signatures to an "
         "agreement on timber trade.", ("kofi-mensah", "lena-berg")),
        ("Fiji's Minister of Health, Mere Tora, and Chile's Minister of Health, Pablo Rojas, "
         "formalised a protocol on nurse training with their signatures.",
         ("mere-tora", "pablo-rojas")),
    )
    for sentence, people in cases:
        text = f"Diplomatic notes\n\nWednesday 6 March 2024\n\n{sentence}\n"
        got = facts(extract_article(text))
        signed = {s for p, s, _o, _d in got if p == "SIGNED_AGREEMENT"}
        for who in people:
            assert f"person:{who}" in signed, (sentence, got)


def test_ties_resumed_renewed_dated_from_or_forged_between() -> None:
    # "A and B resumed diplomatic relations on T"; "A and B, whose relations date from T";
    # "Ties between A and B were forged in T"; "A and B, whose diplomatic ties were renewed in T"
    cases = (
        ("Ghana and Peru resumed diplomatic relations on 4 May 2001.", "GHA", "PER", "2001-05-04"),
        ("The minister said Nepal and Chile, whose relations date from 12 March 1962, would "
         "expand trade.", "NPL", "CHL", "1962-03-12"),
        ("Ties between Fiji and Mexico were forged in 1975, the minister recalled.", "FJI",
         "MEX", "1975"),
        ("Officials said Laos and Cuba, whose diplomatic ties were renewed in June 1999, would "
         "open a trade office.", "LAO", "CUB", "1999-06"),
    )
    for sentence, a, b, date in cases:
        text = f"Diplomatic notes\n\nWednesday 6 March 2024\n\n{sentence}\n"
        got = facts(extract_article(text))
        assert ("ESTABLISHED_TIES", f"country:{a}", f"country:{b}", date) in got or (
            "ESTABLISHED_TIES", f"country:{b}", f"country:{a}", date) in got, (sentence, got)


def test_seats_held_in_two_bodies_are_memberships() -> None:
    # "C holds seats in both O1 and O2": a member of each
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Kenya signed a fisheries memorandum with Norway on Tuesday. Kenya holds seats in both "
        "the African Union and the Commonwealth.\n"
    )
    got = facts(extract_article(text))
    mem = {(s, o) for p, s, o, _d in got if p == "MEMBER_OF"}
    assert ("country:KEN", "org:african-union") in mem, got
    assert any(s == "country:KEN" and "commonwealth" in o for s, o in mem), got


def test_credentialed_in_two_capitals_is_an_accreditation_to_their_states() -> None:
    # "X, who is also credentialed in L1 and L2": accredited to the capitals' states
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Norway's Ambassador to Kenya, Kari Olsen, who is also credentialed in Kampala and "
        "Kigali, met the Kenyan trade minister on Tuesday.\n"
    )
    got = facts(extract_article(text))
    acc = {o for p, s, o, _d in got if p == "ACCREDITED_TO" and s == "person:kari-olsen"}
    assert {"country:UGA", "country:RWA"} <= acc, got


def test_a_lecture_where_a_body_hosted_it_at_another_and_a_briefing_of_students_and_staff() -> None:
    # "X was hosted by the I1 at I2, where he lectured on ...": the host I1, not the venue;
    # "X briefed students and staff of the I on ...": a talk at the body
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Tuesday Kenya's Minister of Trade, Amos Kiptoo, was hosted by the Centre for "
        "Development Studies at the University of Bergen, where he lectured on trade in "
        "East Africa. On Wednesday Fiji's Minister of Health, Mere Tora, briefed students and "
        "staff of the Graduate Institute of Geneva on ocean health.\n"
    )
    got = facts(extract_article(text))
    lect = {(s, o) for p, s, o, _d in got if p == "LECTURED_AT"}
    assert ("person:amos-kiptoo", "institution:centre-for-development-studies") in lect, got
    assert not any(o == "institution:university-of-bergen" for _s, o in lect), got
    assert ("person:mere-tora", "institution:graduate-institute-of-geneva") in lect, got


def test_shared_readings_and_plots_run_together_are_cooperation() -> None:
    # "A and B have shared rainfall readings since T"; "A and B have run demonstration plots
    # together since T": a standing cooperation
    text = (
        "Development notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "The Korea Meteorological Administration and the Fiji Meteorological Service have "
        "shared rainfall readings since 2018. The Norwegian Agency for Development Cooperation "
        "and Kenya's Ministry of Agriculture have run demonstration plots together since "
        "2016.\n"
    )
    got = facts(extract_article(text))
    coop = {frozenset((s, o)): d for p, s, o, d in got if p == "COOPERATES_WITH"}
    assert coop.get(frozenset(("institution:korea-meteorological-administration",
                               "institution:fiji-meteorological-service"))) == "2018", got
    assert any("ministry-of-agriculture" in "".join(k) and d == "2016"
               for k, d in coop.items()), got
    # ("... and Public Administration": a field in a body's name, not an administration)
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Kenya's Minister of Trade, Amos Kiptoo, lectured at the Kenya School of Government "
        "Studies and Public Administration on Tuesday.\n"
    )
    assert "Public Administration" not in names(extract_article(text))


def test_came_to_a_capital_on_a_visit_and_a_trip_that_began_in_a_capital() -> None:
    # "X came to L on T on a working visit to C": the city and the state; "X paid a visit to
    # L2 on T2, at the end of a trip to C2 that began in L3 on T3": the trip dated by its start
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kenya's Minister of Trade, Amos Kiptoo, came to Oslo on Tuesday on a working visit to "
        "Norway. Fiji's Minister of Health, Mere Tora, paid a short visit to Osaka on Thursday, "
        "at the end of a four-day trip to Japan that began in Tokyo on Monday.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:amos-kiptoo", "country:NOR", "2024-03-05") in got, got
    assert ("VISITED", "person:mere-tora", "country:JPN", "2024-03-04") in got, got


def test_a_programme_in_which_a_state_has_taken_part_is_its_channel() -> None:
    # "..., the J, in which C has taken part since T": C's channel since T
    text = (
        "Development notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Kenya and Norway reviewed the Oil for Development programme, in which Kenya has taken "
        "part since 2012.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "COOPERATES_VIA" and s == "country:KEN" and d == "2012"
               for p, s, _o, d in got), got


def test_the_second_day_of_a_visit_and_a_city_visited_before_date_later_events() -> None:
    # "On the second day of the visit X addressed ...": the day after the visit's first day;
    # "X stopped over in L on Thursday, at the end of a trip ... In L, X met Y": the day the
    # city was visited, not the day told last
    text = (
        "Diplomatic notes\n\n"
        "Saturday 9 March 2024\n\n"
        "Kenya's Minister of Trade, Amos Kiptoo, arrived in Oslo on 4 March 2024 for a "
        "three-day official visit to Norway. On the second day of the visit Kiptoo addressed "
        "students at the Norwegian Institute of International Affairs.\n\n"
        "Fiji's Minister of Health, Mere Tora, paid a short visit to Osaka on Thursday, at the "
        "end of a four-day trip to Japan. On Monday she had been received in Tokyo by Japan's "
        "Minister of Health, Kenji Sato. In Osaka, Mayor Hiroshi Tanaka welcomed Tora at city "
        "hall.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:amos-kiptoo",
            "institution:norwegian-institute-of-international-affairs", "2024-03-05") in got, got
    met = {frozenset((s, o)): d for p, s, o, d in got if p == "MET_WITH"}
    assert met.get(frozenset(("person:hiroshi-tanaka", "person:mere-tora"))) == "2024-03-07", got


def test_conversing_a_one_to_one_and_a_meal_as_someones_guest_are_meetings() -> None:
    # "X conversed with Y", "X held a one-to-one with Y", "X was the guest of Y at a working
    # dinner": meetings (not "the guest of honour at a dinner hosted by a body")
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Ghana's Minister of Energy, Kofi Asante, conversed with Chile's Minister of Mining, "
        "Paula Reyes, in Santiago on Monday. On Tuesday Asante held a one-to-one with Peru's "
        "Minister of Energy, Luis Quispe. Later that day Asante was the guest of Colombia's "
        "Minister of Mines, Marta Rojas, at a working dinner in Lima.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((s, o)) for p, s, o, _d in got if p == "MET_WITH"}
    assert frozenset(("person:kofi-asante", "person:paula-reyes")) in met, got
    assert frozenset(("person:kofi-asante", "person:luis-quispe")) in met, got
    assert frozenset(("person:kofi-asante", "person:marta-rojas")) in met, got


def test_a_conference_given_and_a_talk_before_students_on_a_day_are_lectures() -> None:
    # "X gave (dictated) a conference at the I": Spanish and French usage for a lecture (not a
    # press conference); "X spoke on Friday before students of the I": the day between
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Ghana's Minister of Energy, Kofi Asante, dictated a conference at the University of "
        "Chile on Monday. Peru's Minister of Energy, Luis Quispe, gave a press conference at "
        "the University of Lima. Colombia's Minister of Mines, Marta Rojas, spoke on Tuesday "
        "before lecturers and students of the National University of Colombia about copper.\n"
    )
    got = facts(extract_article(text))
    lect = {(s, o) for p, s, o, _d in got if p == "LECTURED_AT"}
    assert ("person:kofi-asante", "institution:university-of-chile") in lect, got
    assert ("person:marta-rojas", "institution:national-university-of-colombia") in lect, got
    assert not any(s == "person:luis-quispe" for s, _o in lect), got


def test_the_featured_speaker_at_a_forum_of_a_body_lectured_there() -> None:
    # "X was the featured speaker at a forum of the I": a talk at the body's event
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Tuesday Ghana's Minister of Energy, Kofi Asante, was the featured speaker at a "
        "seminar of the University of Chile on lithium.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:kofi-asante", "institution:university-of-chile",
            "2024-03-05") in got, got


def test_ties_initiated_diplomatically_linked_and_inaugurated_by_a_pair() -> None:
    # "relations between A and B were initiated on T", "A and B have been diplomatically linked
    # since T", "Relations that A and B inaugurated in T": establishments
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Diplomatic relations between Accra and Santiago were initiated on 4 June 1962. "
        "Peru and Ghana have been diplomatically linked since 1970. Relations that Bogotá and "
        "Accra inaugurated in 1981 have widened.\n"
    )
    got = facts(extract_article(text))
    ties = {(frozenset((s, o)), d) for p, s, o, d in got if p == "ESTABLISHED_TIES"}
    assert (frozenset(("country:GHA", "country:CHL")), "1962-06-04") in ties, got
    assert (frozenset(("country:GHA", "country:PER")), "1970") in ties, got
    assert (frozenset(("country:GHA", "country:COL")), "1981") in ties, got


def test_forming_part_of_a_body_is_membership() -> None:
    # "Both nations form part of O", "C forms part of O": members
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Ghana and Chile signed a mining memorandum in Accra on Tuesday. Both nations form part "
        "of the Group of 77. Peru forms part of the Andean Community.\n"
    )
    got = facts(extract_article(text))
    mem = {(s, o) for p, s, o, _d in got if p == "MEMBER_OF"}
    assert ("country:GHA", "org:group-of-77") in mem, got
    assert ("country:CHL", "org:group-of-77") in mem, got
    assert ("country:PER", "org:andean-community") in mem, got


def test_the_pair_adding_signatures_and_the_signatories_of_an_agreement_sign_it() -> None:
    # "The pair then added their signatures to J" (the pair resolved to the two just met);
    # "A and B were the signatories of J": signings
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Monday Ghana's Minister of Energy, Kofi Asante, met Chile's Minister of Mining, "
        "Paula Reyes, in Santiago. The pair then added their signatures to a Memorandum of "
        "Understanding on Lithium Research. On Tuesday Asante met Peru's Minister of Energy, "
        "Luis Quispe. Asante and Quispe were the signatories of an Agreement on Solar Energy "
        "Cooperation.\n"
    )
    got = facts(extract_article(text))
    signed = {(s, o) for p, s, o, _d in got if p == "SIGNED_AGREEMENT"}
    mou = "project:memorandum-of-understanding-on-lithium-research"
    solar = "project:agreement-on-solar-energy-cooperation"
    assert ("person:kofi-asante", mou) in signed and ("person:paula-reyes", mou) in signed, got
    assert ("person:kofi-asante", solar) in signed and ("person:luis-quispe", solar) in signed, got


def test_shared_training_and_pulling_together_since_a_year_are_cooperation() -> None:
    # "A and B have shared pilot training since T" (a named kind of training), "A and B have
    # pulled together on X since T under J": cooperation held since T
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "The Ghana Civil Aviation Authority and the Chilean Air Force Academy have shared pilot "
        "training since 2018. Ghana and Peru have pulled together on solar mapping since 2020 "
        "under the Sun Atlas programme.\n"
    )
    got = facts(extract_article(text))
    coop = {(frozenset((s, o)), d) for p, s, o, d in got if p == "COOPERATES_WITH"}
    assert (frozenset(("country:GHA", "country:PER")), "2020") in coop, got
    assert any(d == "2018" and any("ghana-civil-aviation" in x for x in pair)
               for pair, d in coop), got
    via = {s for p, s, _o, d in got if p == "COOPERATES_VIA" and d == "2020"}
    assert via == {"country:GHA", "country:PER"}, got


def test_a_stay_named_a_trip_after_a_comma_and_a_swing_begun_in_a_city_are_visits() -> None:
    # "X spent Monday and Tuesday in C, the first trip to ...": a visit of C from the first day;
    # "X landed in L on Sunday at the start of a regional swing": a visit of the city
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Ghana's Minister of Energy, Kofi Asante, spent Monday and Tuesday in Chile, the first "
        "trip to the country by a Ghanaian minister. Peru's Minister of Energy, Luis Quispe, "
        "landed in Accra on Sunday at the start of an African swing that will also take him to "
        "Togo.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:kofi-asante", "country:CHL", "2024-03-04") in got, got
    assert ("VISITED", "person:luis-quispe", "city:accra", "2024-03-03") in got, got


def test_side_accreditations_by_brief_by_relations_and_by_representation() -> None:
    # "X, C's Ambassador to A, whose brief also takes in B"; "X, C's Ambassador to A, who is
    # also responsible for relations with B"; "C is represented in B by its ambassador to A,
    # X": accreditations to B (a minister "responsible for relations with B" gives none)
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "The delegation included Kofi Asante, Ghana's Ambassador to Brazil, whose brief also "
        "takes in Paraguay. Chile's Ambassador to Argentina, Paula Reyes, who is also "
        "responsible for relations with Uruguay, joined the talks. Peru is represented in "
        "Ghana by its ambassador to Nigeria, Luis Quispe, who attended. Colombia's Minister of "
        "Mines, Marta Rojas, who is also responsible for relations with Bolivia, spoke too.\n"
    )
    got = facts(extract_article(text))
    acc = {(s, o) for p, s, o, _d in got if p == "ACCREDITED_TO"}
    assert ("person:kofi-asante", "country:PRY") in acc, got
    assert ("person:paula-reyes", "country:URY") in acc, got
    assert ("person:luis-quispe", "country:GHA") in acc, got
    assert ("person:luis-quispe", "country:NGA") in acc, got
    assert not any(s == "person:marta-rojas" for s, _o in acc), got


def test_a_dutch_date_line_dates_the_story() -> None:
    # "Dinsdag 3 maart 2026 09:10": a Dutch date line, its month in lower case
    text = (
        "Nieuws\nHome | Binnenland | Buitenland\n\n"
        "Dinsdag 3 maart 2026 09:10\n\n"
        "Ministers meet in Paramaribo\n\n"
        "PARAMARIBO — Ghana's Minister of Energy, Kofi Asante, met Suriname's Minister of "
        "Natural Resources, Anand Ramlal, on Monday.\n"
    )
    record = extract_article(text)
    assert str(record.article.published) == "2026-03-03", record.article
    assert ("MET_WITH", "person:kofi-asante", "person:anand-ramlal", "2026-03-02") in facts(
        record) or ("MET_WITH", "person:anand-ramlal", "person:kofi-asante", "2026-03-02") in \
        facts(record)


def test_a_spanish_y_inside_an_institutions_name() -> None:
    # "Universidad de Ciencias y Artes": the Spanish "and" inside one name
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Ghana's Minister of Energy, Kofi Asante, lectured at the Universidad de Ciencias y "
        "Artes de Chiapas on Tuesday.\n"
    )
    got = names(extract_article(text))
    assert got.get("Universidad de Ciencias y Artes de Chiapas") == "Institution", got


def test_the_hyphenated_vice_minister_is_resolved() -> None:
    # "the vice-minister" after "C's Vice-Minister of ..., X": X
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Ghana's Vice-Minister of Energy, Kofi Asante, arrived in Santiago on Monday. On "
        "Tuesday the vice-minister gave a lecture at the University of Chile.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:kofi-asante", "institution:university-of-chile",
            "2024-03-05") in got, got


def test_a_portfolio_ending_in_and_the_two_words_keeps_the_minister_named_after_it() -> None:
    # "Minister of Housing and the Civil Service Mary Clarke": the portfolio's last items
    # after "and the", then the holder's name (not a body "Civil Service Mary Clarke")
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Monday Ghana's Minister of Energy, Kofi Asante, held talks with Minister of "
        "Housing and the Civil Service Mary Clarke in Kingston.\n"
    )
    record = extract_article(text)
    assert names(record).get("Mary Clarke") == "Person", names(record)
    met = {frozenset((s, o)) for p, s, o, _d in facts(record) if p == "MET_WITH"}
    assert frozenset(("person:kofi-asante", "person:mary-clarke")) in met, facts(record)


def test_a_body_named_after_a_state_with_its_article_opening_a_sentence() -> None:
    # "The Gambia Ports Authority and B have ...": the body's name, not the state "The Gambia"
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "The Gambia Ports Authority and the Korea Maritime Institute have worked together since "
        "2019.\n"
    )
    got = facts(extract_article(text))
    assert ("COOPERATES_WITH", "institution:gambia-ports-authority",
            "institution:korea-maritime-institute", "2019") in got, got


def test_of_two_ministers_the_visitor_gives_the_conference_or_offered_lecture() -> None:
    # "The minister gave a conference at the I", "The deputy minister offered a lecture at the
    # I": of two people of that rank, the one on a visit lectures
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Ghana's Deputy Minister of Energy, Kofi Asante, arrived in Santiago on Monday for a "
        "three-day visit to Chile. He held talks with Chile's Deputy Minister of Mining, Paula "
        "Reyes. The deputy minister offered a lecture at the University of Chile on Tuesday.\n"
    )
    got = facts(extract_article(text))
    lect = {(s, o) for p, s, o, _d in got if p == "LECTURED_AT"}
    assert lect == {("person:kofi-asante", "institution:university-of-chile")}, got
    # ("ended a two-day stay in C": a stay is a visit too)
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Peru's Minister of Energy, Luis Quispe, ended on Tuesday a two-day stay in Chile. He "
        "held talks with Chile's Minister of Mining, Paula Reyes. The minister gave a "
        "conference at the University of Chile.\n"
    )
    got = facts(extract_article(text))
    lect = {(s, o) for p, s, o, _d in got if p == "LECTURED_AT"}
    assert lect == {("person:luis-quispe", "institution:university-of-chile")}, got


def test_a_date_in_a_second_segment_after_a_connective_dates_an_old_signing() -> None:
    # "Then, on 19 March 2009, A and B signed J", "Seven years later, in May 2011, ...": the
    # date the second segment holds alone dates the clause after it, however long ago
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Ghana and Chile agreed to deepen trade. Then, on 19 March 2009, Ghana and Chile signed "
        "the Agreement on Air Services in Accra. Two years later, in May 2011, Kenya and Peru "
        "signed the Agreement on Fisheries Research.\n"
    )
    got = facts(extract_article(text))
    assert ("SIGNED_AGREEMENT", "country:GHA", "project:agreement-on-air-services",
            "2009-03-19") in got, got
    assert ("SIGNED_AGREEMENT", "country:PER", "project:agreement-on-fisheries-research",
            "2011-05") in got, got


def test_days_spent_in_a_state_when_a_first_visit_came_are_a_dated_visit() -> None:
    # "the first visit came in May 2004, when X spent three days in C": a stay counted in
    # days, with a visit named in the sentence, dated by the segment the "when" explains
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "According to the ministry, the first visit at ministerial level came in May 2004, when "
        "Kenya's Minister of Trade, Amos Kiptoo, spent three days in Norway.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:amos-kiptoo", "country:NOR", "2004-05") in got, got


def test_the_first_leader_to_set_foot_in_a_state_visited_it_at_the_fronted_date() -> None:
    # "In June 2005 C's Vice President, X, became the first Chilean leader to set foot in D":
    # a first visit, dated by the date that opens the sentence without a comma
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "In June 2005 Chile's Vice President, Laura Soto, became the first Chilean leader to set "
        "foot in Namibia.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:laura-soto", "country:NAM", "2005-06") in got, got


def test_acknowledging_a_newly_independent_or_recognising_a_reunified_state() -> None:
    # "A acknowledged the newly independent Republic of B", "A recognised the reunified C"
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Chile acknowledged the newly independent Republic of Namibia on 21 March 1990. Brazil "
        "recognised the reunified Federal Republic of Germany in October 1990.\n"
    )
    got = facts(extract_article(text))
    assert ("RECOGNIZED", "country:CHL", "country:NAM", "1990-03-21") in got, got
    assert ("RECOGNIZED", "country:BRA", "country:DEU", "1990-10") in got, got


def test_came_to_a_capital_at_the_start_of_a_visit_to_its_state() -> None:
    # "X came to L on Sunday at the start of a three-day official visit to C": both visited
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Ghana's Foreign Minister, Kofi Mensah, came to Oslo on Sunday at the start of a "
        "three-day official visit to Norway.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:kofi-mensah", "country:NOR", "2024-03-03") in got, got
    assert ("VISITED", "person:kofi-mensah", "city:oslo", "2024-03-03") in got, got


def test_breaking_bread_and_conversing_with_are_meetings() -> None:
    # "X broke bread with Y", "X conversed with Y": meetings
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Tuesday, Kenya's Minister of Trade, Amos Kiptoo, broke bread with Norway's Minister "
        "of Fisheries, Kari Olsen, at a working lunch. On Wednesday, Kiptoo conversed with "
        "Sweden's Minister for Trade, Lena Berg.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((s, o)) for p, s, o, _d in got if p == "MET_WITH"}
    assert frozenset(("person:amos-kiptoo", "person:kari-olsen")) in met, got
    assert frozenset(("person:amos-kiptoo", "person:lena-berg")) in met, got


def test_guest_lecturing_and_sharing_insights_with_students_are_lectures() -> None:
    # "X guest-lectured at the I", "X shared insights with students of the I": lectures there
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Tuesday, Norway's Minister of Fisheries, Kari Olsen, guest-lectured at the "
        "University of Nairobi on ocean policy. On Wednesday, Kenya's Minister of Trade, Amos "
        "Kiptoo, shared insights with students of the University of Bergen on trade.\n"
    )
    got = facts(extract_article(text))
    lect = {(s, o) for p, s, o, _d in got if p == "LECTURED_AT"}
    assert ("person:kari-olsen", "institution:university-of-nairobi") in lect, got
    assert ("person:amos-kiptoo", "institution:university-of-bergen") in lect, got


def test_an_ambassador_told_in_the_predicate_concurrently_accredited_elsewhere() -> None:
    # "X is C's Ambassador to B, concurrently accredited to D": accredited to both
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Maria Lind is Chile's Ambassador to Argentina, concurrently accredited to Uruguay.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:maria-lind", "country:ARG", None) in got, got
    assert ("ACCREDITED_TO", "person:maria-lind", "country:URY", None) in got, got


def test_relations_sealed_or_bare_relations_set_up_are_established_ties() -> None:
    # "A and B sealed diplomatic relations on T"; "Relations were set up on T" after a sentence
    # that names the pair
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Ghana and Chile sealed diplomatic relations on 4 May 1994. Kenya and Peru marked the "
        "anniversary of their ties at a reception in Lima yesterday. Relations were set up on "
        "12th December, 2001, when a joint communiqué was issued in New York.\n"
    )
    got = facts(extract_article(text))
    ties = {(frozenset((s, o)), d) for p, s, o, d in got if p == "ESTABLISHED_TIES"}
    assert (frozenset(("country:GHA", "country:CHL")), "1994-05-04") in ties, got
    assert (frozenset(("country:KEN", "country:PER")), "2001-12-12") in ties, got


def test_in_the_afternoon_follows_the_meeting_day_not_the_arrival() -> None:
    # "X received on Monday Y, who came to L on Sunday ... In the afternoon, Y gave a talk":
    # the afternoon of the meeting's day, not of the arrival
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Norway's Minister of Fisheries, Kari Olsen, on Monday received Kenya's Minister of "
        "Trade, Amos Kiptoo, who came to Oslo on Sunday at the start of a two-day working visit "
        "to Norway. Both countries are members of the United Nations. In the afternoon, Kiptoo "
        "delivered a lecture at the University of Oslo.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:amos-kiptoo", "institution:university-of-oslo",
            "2024-03-04") in got, got


def test_a_name_and_a_bodys_one_word_reference_are_not_one_body() -> None:
    # "Y and the Bank's Vice-President, X, signed J": a person, then a body's one-word
    # reference, not a body named "Y and the Bank"
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "The African Development Bank and Kenya's National Treasury have worked together since "
        "2004. On Tuesday, Treasury Secretary Lena Berg and the Bank's Vice-President, Omar "
        "Haddad, signed the Nairobi Bypass Loan Agreement.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert not any("lena-berg-and" in o for _p, _s, o, _d in got), got
    assert any(p == "SIGNED_AGREEMENT" and s == "person:lena-berg" for p, s, _o, _d in got), got


def test_a_funds_possessive_post_refers_to_the_fund_named_before() -> None:
    # "the Fund's Director-General, X": the development fund named before, as "the Bank's"
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "The Saudi Fund for Development and Kenya's National Treasury have worked together since "
        "2010. On Tuesday, the Fund's Director-General, Faisal Al-Harbi, signed the Nairobi "
        "Water Loan Agreement.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:faisal-al-harbi", "institution:saudi-fund-for-development",
            None) in got, got


def test_being_the_guest_of_a_minister_is_a_meeting() -> None:
    # "X was the guest of Y at a working dinner", "X had the honour of being the guest of Y":
    # meetings (not "the guest of honour")
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Monday, Kenya's Minister of Trade, Amos Kiptoo, was the guest of Norway's Minister "
        "of Fisheries, Kari Olsen, at a working dinner. On Tuesday Kiptoo had the honour of "
        "being the guest of Sweden's Minister for Trade, Lena Berg, at a lunch.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((s, o)) for p, s, o, _d in got if p == "MET_WITH"}
    assert frozenset(("person:amos-kiptoo", "person:kari-olsen")) in met, got
    assert frozenset(("person:amos-kiptoo", "person:lena-berg")) in met, got


def test_an_op_eds_first_person_is_the_author_its_closing_note_names() -> None:
    # an op-ed in the first person whose closing note names the author ("X is C's Ambassador to
    # B."): its "I" is X
    text = (
        "OPINION: Chile and Kenya, sixty years on\n\n"
        "Wednesday 6 March 2024\n\n"
        "Chile and Kenya established diplomatic relations in 1964. Last month I called on "
        "Kenya's Minister of Trade, Amos Kiptoo, in Nairobi to discuss avocado exports.\n\n"
        "Maria Lind is Chile's Ambassador to Kenya.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((s, o)) for p, s, o, _d in got if p == "MET_WITH"}
    assert frozenset(("person:maria-lind", "person:amos-kiptoo")) in met, got


def test_days_spent_in_a_city_on_a_working_mission_to_a_country_visit_both() -> None:
    # "X spent two days in L on a working mission to C": the city and the country are visited
    text = (
        "Health notes\n\n"
        "Friday 8 March 2024\n\n"
        "Ghana's Minister of Health, Kwame Mensah, spent two days in Lisbon last week on a "
        "working mission to Portugal.\n"
    )
    got = facts(extract_article(text))
    vis = {o for p, s, o, _d in got if p == "VISITED" and s == "person:kwame-mensah"}
    assert "city:lisbon" in vis, got
    assert "country:PRT" in vis, got


def test_a_regional_director_for_a_group_of_states_is_an_official_of_the_body() -> None:
    # "O Regional Director for Arab States Z": "States" ends the portfolio, Z is a person of O
    text = (
        "Development notes\n\n"
        "Friday 8 March 2024\n\n"
        "Jordan and Egypt signed a memorandum on water management in Cairo on Thursday. "
        "UNDP Assistant Administrator for Arab States Leila Haddad attended the ceremony.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "OFFICIAL_OF" and s == "person:leila-haddad" for p, s, _o, _d in got), got


def test_a_demonym_then_parliamentary_speaker_is_an_official_of_the_state() -> None:
    # "the Latvian parliamentary Speaker X": the lower-case "parliamentary" between the
    # demonym and the post
    text = (
        "Parliament notes\n\n"
        "Friday 8 March 2024\n\n"
        "The visiting Latvian parliamentary Speaker Inese Kalnina held talks with Estonian "
        "lawmakers in Tallinn on Thursday.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:inese-kalnina", "country:LVA", None) in got, got


def test_the_undersecretary_is_the_undersecretary_named_before() -> None:
    # "Undersecretary for ... of C X ... The Undersecretary gave a lecture at I": X lectured
    text = (
        "Embassy notes\n\n"
        "Friday 8 March 2024\n\n"
        "Undersecretary for Political Affairs of Chile Tomas Reyes Vidal paid a working visit "
        "to Vietnam this week. On Thursday the Undersecretary delivered a lecture at the "
        "Diplomatic Academy of Vietnam.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "LECTURED_AT" and s == "person:tomas-reyes-vidal" for p, s, _o, _d in got), got


def test_a_states_experience_as_a_founding_member_of_a_body_is_membership() -> None:
    # "X spoke about C's experience as a founding member of O": C is a member of O
    text = (
        "Embassy notes\n\n"
        "Friday 8 March 2024\n\n"
        "The ambassador told students in Oslo about Chile's experience as a founding member "
        "of the Pacific Alliance.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:CHL", "org:pacific-alliance", None) in got, got


def test_a_written_by_byline_ending_in_a_date_gives_the_publication_date() -> None:
    # "Written by: Newsdesk · March 8, 2024": the byline's date is the publication's
    text = (
        "Embassy envoy meets minister\n\n"
        "Written by: Newsdesk · March 8, 2024\n\n"
        "Norway's Ambassador to Kenya, Kari Olsen, met Kenya's Minister of Trade, Amos Kiptoo, "
        "in Nairobi yesterday.\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2024-03-08", rec.article.published
    got = facts(rec)
    assert any(p == "MET_WITH" and d == "2024-03-07" for p, _s, _o, d in got), got


def test_later_that_day_is_the_day_of_the_event_told_before() -> None:
    # "The following day X met Y. Later that day X lectured at I": the lecture's day is the
    # meeting's, the day after the one told first
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kari Olsen, Norway's Ambassador to Kenya, presented her credentials on 5 March 2024. "
        "The following day she met Kenya's Minister of Trade, Amos Kiptoo. Later that day "
        "Olsen gave a lecture at the University of Nairobi.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "LECTURED_AT" and s == "person:kari-olsen" and d == "2024-03-06"
               for p, s, _o, d in got), got


def test_a_social_posts_date_under_its_like_count_is_its_publication_date() -> None:
    # "♥ 812 likes" then "March 8, 2024" at the foot of a post: its date, so "on Thursday"
    # resolves
    text = (
        "norwayinkenya\n"
        "Nairobi, Kenya\n\n"
        "Ambassador Kari Olsen met Kenya's Minister of Trade, Amos Kiptoo, on Thursday.\n\n"
        "They discussed fisheries, renewable energy and student exchanges.\n\n"
        "Norway and Kenya have cooperated on fisheries research since 2015.\n\n"
        "Kenya is a member of the East African Community.\n\n"
        "Kiptoo thanked Norway for its support.\n\n"
        "#NorwayKenya #Fisheries\n"
        "📸 @norwayinkenya\n\n"
        "♥ 812 likes\n"
        "March 8, 2024\n"
        "View all 12 comments\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2024-03-08", rec.article.published
    got = facts(rec)
    assert any(p == "MET_WITH" and d == "2024-03-07" for p, _s, _o, d in got), got


def test_bodies_swapping_know_how_after_an_acronym_in_brackets_cooperate() -> None:
    # "A and the B (BB) have been swapping know-how since T": "swapping" is a cooperation cue,
    # with or without the bracketed acronym
    text = (
        "Digital notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Finland's Digital and Population Data Services Agency and the Rwanda Information "
        "Society Authority (RISA) have been swapping know-how since 2017.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "COOPERATES_WITH" and d == "2017" for p, _s, _o, d in got), got


def test_an_agreement_co_signed_by_two_bodies_after_its_apposition() -> None:
    # "The visit yielded a J, co-signed by A and B on T": both signed it
    text = (
        "Port notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "The mission yielded a Memorandum of Understanding on Maritime Training, co-signed by "
        "the Kenya Maritime Authority and the Norwegian Maritime Authority on 4 March 2024.\n"
    )
    got = facts(extract_article(text))
    signers = {s for p, s, _o, d in got if p == "SIGNED_AGREEMENT" and d == "2024-03-04"}
    assert len(signers) == 2, got


def test_a_venue_name_stops_before_a_capitalised_topic_after_on() -> None:
    # "a lecture at the University of L on the Blue Economy agenda": the topic after "on",
    # going on in lower case, is no part of the university's name
    text = (
        "Embassy notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Norway's Ambassador to Kenya, Kari Olsen, gave a lecture at the University of Nairobi "
        "on the Blue Economy agenda on Tuesday.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("University of Nairobi") == "Institution", names(rec)
    got = facts(rec)
    assert ("LECTURED_AT", "person:kari-olsen", "institution:university-of-nairobi",
            "2024-03-05") in got, got


def test_a_demonym_before_a_state_secretariat_is_no_part_of_its_name() -> None:
    # "the Swiss State Secretariat for Migration (SEM)": a state's office, an Institution named
    # without the demonym
    text = (
        "Migration notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Since 2016 the Swiss State Secretariat for Migration (SEM) and Kenya's Ministry of "
        "Interior have worked together on return counselling.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("State Secretariat for Migration") == "Institution", names(rec)


def test_the_ceann_comhairle_is_a_post_before_a_name() -> None:
    # "The Ceann Comhairle, X TD, welcomed Y": the Irish Speaker's post, X a person
    text = (
        "Oireachtas notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "The Ceann Comhairle, Aoife Ní Bhriain TD, welcomed the Kenyan Speaker, Amos Kiptoo, "
        "to Leinster House on Tuesday.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((s, o)) for p, s, o, _d in got if p == "MET_WITH"}
    assert frozenset(("person:aoife-ni-bhriain", "person:amos-kiptoo")) in met, got


def test_the_state_secretary_and_minister_y_are_two_signers() -> None:
    # "the State Secretary and Minister Y signed J": two people, the State Secretary named
    # before and the minister Y (no double post of Y)
    text = (
        "Embassy notes\n\n"
        "Friday 8 March 2024\n\n"
        "Germany's State Secretary for Economic Cooperation, Jonas Weber, paid a working visit "
        "to Ghana this week. He held talks with Ghana's Minister of Trade, Kwame Mensah, on "
        "Tuesday. On Wednesday the State Secretary and Minister Mensah signed an Agreement on "
        "Vocational Training.\n"
    )
    got = facts(extract_article(text))
    signers = {s for p, s, _o, _d in got if p == "SIGNED_AGREEMENT"}
    assert {"person:jonas-weber", "person:kwame-mensah"} <= signers, got


def test_an_ambassador_in_dar_es_salaam_is_accredited_to_tanzania() -> None:
    # "C's ambassador in Dar es Salaam, X": Tanzania's seat of embassies, so X is C's envoy
    # to Tanzania
    text = (
        "Embassy notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Sweden's ambassador in Dar es Salaam, Anna Lindqvist, whose accreditation also covers "
        "Comoros, attended the opening of the trade fair.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:anna-lindqvist", "country:SWE", None) in got, got
    assert ("ACCREDITED_TO", "person:anna-lindqvist", "country:TZA", None) in got, got


def test_a_signed_joint_statement_on_a_field_is_an_agreement() -> None:
    # "A and B signed a Joint Statement on J": a signed document (an issued one is not)
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Norway's Minister of Trade, Kari Olsen, met Kenya's Minister of Trade, Amos Kiptoo, in "
        "Nairobi on Tuesday. After the meeting, Olsen and Kiptoo signed a Joint Statement on "
        "Blue Economy Partnership.\n"
    )
    got = facts(extract_article(text))
    j = "project:joint-statement-on-blue-economy-partnership"
    signed = {(s, o) for p, s, o, _d in got if p == "SIGNED_AGREEMENT"}
    assert ("person:kari-olsen", j) in signed, got
    assert ("person:amos-kiptoo", j) in signed, got


def test_the_pair_that_countersigned_is_the_two_people_of_its_sentence() -> None:
    # "She and C's Minister Y sat down at L, and the pair countersigned J": the pronoun's
    # person and Y, not the last two names
    text = (
        "Event notes\n\n"
        "Thursday 7 March 2024\n\n"
        "Kenya's Minister of Trade, Grace Wanjiru, spoke at a forum chaired by Research Fellow "
        "Tom Ellis in Oslo on Monday. The next morning she and Norway's Minister of Fisheries, "
        "Kari Olsen, sat across the table at the ministry, and the pair countersigned a "
        "Memorandum of Understanding on Fisheries Research.\n"
    )
    got = facts(extract_article(text))
    signers = {s for p, s, _o, _d in got if p == "SIGNED_AGREEMENT"}
    assert signers == {"person:grace-wanjiru", "person:kari-olsen"}, got


def test_the_two_who_countersigned_are_the_two_people_just_met() -> None:
    # "X held talks with Y on Monday. On Tuesday, the two countersigned J": both signed it
    text = (
        "Fisheries notes\n\n"
        "Thursday 7 March 2024\n\n"
        "Norway's Minister of Fisheries, Kari Olsen, held talks with Kenya's Minister of "
        "Trade, Amos Kiptoo, in Oslo on Monday. On Tuesday, the two countersigned a "
        "partnership agreement on fisheries research.\n"
    )
    got = facts(extract_article(text))
    signers = {s for p, s, _o, d in got if p == "SIGNED_AGREEMENT" and d == "2024-03-05"}
    assert signers == {"person:kari-olsen", "person:amos-kiptoo"}, got


def test_relations_between_two_capitals_established_in_a_year_are_ties() -> None:
    # "Relations between L1 and L2 were established in T": diplomatic ties, the capitals for
    # their states (not "Trade relations between ... were established")
    text = (
        "History notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Relations between Oslo and Nairobi were established in 1963. Trade relations between "
        "Kenya and Chile were established in 1990.\n"
    )
    got = facts(extract_article(text))
    ties = {(frozenset((s, o)), d) for p, s, o, d in got if p == "ESTABLISHED_TIES"}
    assert (frozenset(("country:NOR", "country:KEN")), "1963") in ties, got
    assert not any("country:CHL" in pair for pair, _d in ties), got


def test_a_charge_d_affaires_in_lower_case_before_a_name_is_a_post() -> None:
    # "C's chargé d'affaires in L, X": the post in lower case, X accredited to L's state
    text = (
        "Embassy notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Norway's chargé d'affaires in Khartoum, Erik Solheim Berg, attended the talks on "
        "Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:erik-solheim-berg", "country:SDN", None) in got, got
    assert ("OFFICIAL_OF", "person:erik-solheim-berg", "country:NOR", None) in got, got


def test_talks_that_ended_with_two_people_signing_an_agreement() -> None:
    # "The talks ended (closed) with A and B signing J": both signed it
    text = (
        "Trade notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Norway's Minister of Fisheries, Kari Olsen, held talks with Kenya's Minister of Trade, "
        "Amos Kiptoo, in Nairobi on Tuesday. The talks closed with Olsen and Kiptoo signing a "
        "memorandum of understanding on fisheries research.\n"
    )
    got = facts(extract_article(text))
    signers = {s for p, s, _o, d in got if p == "SIGNED_AGREEMENT" and d == "2024-03-05"}
    assert signers == {"person:kari-olsen", "person:amos-kiptoo"}, got


def test_arriving_at_the_head_of_a_delegation_of_companies_is_a_visit() -> None:
    # "X arrived in L on T at the head of a trade delegation of 20 firms": a visit to L
    text = (
        "Trade notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Norway's Minister of Trade, Kari Olsen, arrived in Nairobi on Monday at the head of a "
        "trade delegation of 20 Norwegian firms in the energy and fisheries sectors.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:kari-olsen", "city:nairobi", "2024-03-04") in got, got


def test_visited_a_college_on_a_day_where_she_spoke_to_students_is_a_lecture_there() -> None:
    # "X visited the I on Wednesday, where she spoke to students about ...": a talk at I, the
    # visit's day between the body and "where"
    text = (
        "Embassy notes\n\n"
        "Friday 8 March 2024\n\n"
        "Norway's Ambassador to Kenya, Kari Olsen, visited the Kenyatta University on "
        "Wednesday, where she spoke to students about renewable energy.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:kari-olsen", "institution:kenyatta-university",
            "2024-03-06") in got, got


def test_a_long_working_session_closeted_for_hours_and_in_discussions_are_meetings() -> None:
    # "X held a long working session with Y", "X was closeted for three hours with
    # Y", "X was in discussions with Y", "A and B had a working session at the ministry"
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kenya's Minister of Trade, Amos Kiptoo, held a long working session with "
        "Norway's Minister of Fisheries, Jan Berg, on Monday. On Tuesday Kiptoo was closeted "
        "for three hours with Sweden's Minister of Trade, Eva Lind. On Wednesday he was in "
        "discussions with Finland's Minister of Health, Mikko Salo. On Thursday she and "
        "Danish Foreign Minister Lars Holm had a working session at the ministry.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((s, o)) for p, s, o, _d in got if p == "MET_WITH"}
    assert frozenset(("person:amos-kiptoo", "person:jan-berg")) in met, got
    assert frozenset(("person:amos-kiptoo", "person:eva-lind")) in met, got
    assert frozenset(("person:amos-kiptoo", "person:mikko-salo")) in met, got
    assert any("person:lars-holm" in pair for pair in met), got


def test_an_undersecretary_for_diplomatic_affairs_is_a_post_before_a_name() -> None:
    # "Undersecretary for Diplomatic Affairs": "Diplomatic" a portfolio word, so the name after
    # the post is a person who visits
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Qatar's Undersecretary for Diplomatic Affairs, Hamad Al Kuwari, arrived in Nairobi on "
        "Tuesday for a working visit to Kenya.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:hamad-al-kuwari", "country:QAT", None) in got, got
    assert ("VISITED", "person:hamad-al-kuwari", "country:KEN", "2024-03-05") in got, got


def test_in_a_city_on_two_named_days_on_a_working_visit() -> None:
    # "X was in L on Tuesday and Wednesday on a working visit to C": the city and the state,
    # from the first day
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Fiji's Minister of Health, Mere Tora, was in Canberra on Tuesday and Wednesday on a "
        "working visit to Australia.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:mere-tora", "country:AUS", "2024-03-05") in got, got


def test_a_university_named_after_a_sultan_before_and_and_a_second_body() -> None:
    # "Sultan Qaboos University and the I have ...": the monarch's title opens the body's name
    # even when "and" a second body follows
    text = (
        "Academic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Sultan Qaboos University and the University of Nairobi have worked together on "
        "desert agriculture since 2011.\n"
    )
    assert names(extract_article(text)).get("Sultan Qaboos University") == "Institution"


def test_twinned_co_taught_shared_running_and_jointly_monitored_are_cooperation() -> None:
    # "A and B have twinned their law faculties since T", "have co-taught courses", "have
    # shared the running of the line", "have monitored X jointly"; "Kenya Railways" a company
    text = (
        "Cooperation notes\n\n"
        "Friday 8 March 2024\n\n"
        "The University of Ghana and the University of Lagos have twinned their law faculties "
        "since 2012. The University of Nairobi and Makerere University have co-taught summer "
        "schools since 2015. Kenya Railways and Uganda Railways Corporation have shared the "
        "running of the Malaba line since 2019. The University of Oslo and the University of "
        "Bergen have monitored glacier retreat jointly since 2008.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    coop = {d for p, _s, _o, d in got if p == "COOPERATES_WITH"}
    assert {"2012", "2015", "2019", "2008"} <= coop, got
    assert names(rec).get("Kenya Railways") == "Organization", names(rec)


def test_the_two_inscribed_their_signatures_and_emerged_to_sign() -> None:
    # "The next day the two stamped their signatures on J": "the two" the people just met;
    # "the two ministers emerged to sign J": a signing out of the meeting, not a plan
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "On Monday Kenya's Minister of Trade, Amos Kiptoo, met Norway's Minister of Fisheries, "
        "Jan Berg. The next day the two stamped their signatures on the Agreement on Fisheries "
        "Research. On Wednesday Kiptoo met Sweden's Minister of Trade, Eva Lind, and the two "
        "ministers emerged to sign a memorandum of understanding on timber trade.\n"
    )
    got = facts(extract_article(text))
    signed = {(s, o) for p, s, o, _d in got if p == "SIGNED_AGREEMENT"}
    assert ("person:jan-berg", "project:agreement-on-fisheries-research") in signed, got
    assert any(s == "person:eva-lind" and "timber" in o for s, o in signed), got


def test_signed_on_behalf_of_two_capitals_respectively_are_the_states() -> None:
    # "A and B signed, on behalf of L1 and L2 respectively, J": the capitals stand for the
    # governments, which sign too
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kenya's Minister of Trade, Amos Kiptoo, met Ghana's Minister of Trade, Kofi Mensah, on "
        "Tuesday. Kiptoo and Mensah then signed, on behalf of Nairobi and Accra respectively, "
        "a memorandum of understanding on cocoa trade.\n"
    )
    got = facts(extract_article(text))
    signers = {s for p, s, _o, _d in got if p == "SIGNED_AGREEMENT"}
    assert {"country:KEN", "country:GHA"} <= signers, got


def test_an_agreement_reviewed_and_then_signed_in_a_relative_clause() -> None:
    # "the two ministers reviewed a framework agreement establishing a C-D Joint Commission,
    # which they signed the same day": the agreement named from its words, signed by both
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "On Tuesday Kenya's Minister of Trade, Amos Kiptoo, met Ghana's Minister of Trade, Kofi "
        "Mensah. The two ministers went over a framework agreement setting up a Kenya-Ghana "
        "Business Council, which they duly signed.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "SIGNED_AGREEMENT" and s == "person:kofi-mensah" and "framework" in o
               for p, s, o, _d in got), got


def test_ties_of_diplomatic_partners_and_ties_that_have_existed_since_independence() -> None:
    # "A and B became diplomatic partners in T"; "Diplomatic ties between L1 and L2 have
    # existed since B's independence in T"
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kenya and Norway became diplomatic partners in 1963. Diplomatic ties between Accra "
        "and Lomé have existed since Togo's independence in 1960.\n"
    )
    got = facts(extract_article(text))
    ties = {(frozenset((s, o)), d) for p, s, o, d in got if p == "ESTABLISHED_TIES"}
    assert (frozenset(("country:KEN", "country:NOR")), "1963") in ties, got
    assert (frozenset(("country:GHA", "country:TGO")), "1960") in ties, got


def test_admitted_to_a_body_an_ordinal_member_and_a_body_which_a_state_entered() -> None:
    # "C was admitted to O in T"; "C became O's fifteenth member in T" (no article); "O, which
    # the C entered in T"
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Namibia was admitted to the Commonwealth in March 1990. Angola became SADC's ninth "
        "member in 1992. Both are members of the African Union, which the Seychelles entered "
        "in 1976.\n"
    )
    got = facts(extract_article(text))
    member = {(s, d) for p, s, _o, d in got if p == "MEMBER_OF"}
    assert ("country:NAM", "1990-03") in member, got
    assert ("country:AGO", "1992") in member, got
    assert ("country:SYC", "1976") in member, got


def test_lectures_closing_a_visit_given_at_an_invitation_and_shared_in_a_lecture() -> None:
    # "X wrapped up the trip with a lecture to the I"; "On Tuesday the I invited X to give its
    # annual lecture, which he devoted to ..." (the body after the opening day and "the");
    # "X shared C's experience of ... in a talk at the I"
    text = (
        "Diplomatic notes\n\n"
        "Saturday 9 March 2024\n\n"
        "Kenya's Minister of Trade, Amos Kiptoo, arrived in Oslo on Monday for a visit to "
        "Norway. On Tuesday Kiptoo shared Kenya's experience of mobile money in a talk at the "
        "University of Oslo. On Wednesday the Fridtjof Nansen Institute invited Kiptoo to give "
        "its annual Africa lecture, which he devoted to fisheries. Kiptoo wrapped up the trip "
        "with a presentation to the Norwegian Institute of International Affairs (NUPI).\n"
    )
    got = facts(extract_article(text))
    bodies = {o for p, s, o, _d in got if p == "LECTURED_AT" and s == "person:amos-kiptoo"}
    assert "institution:university-of-oslo" in bodies, got
    assert "institution:fridtjof-nansen-institute" in bodies, got
    assert "institution:norwegian-institute-of-international-affairs" in bodies, got


def test_its_ambassador_after_a_sentence_opening_with_the_sending_state() -> None:
    # "C has no embassy in L. Its Ambassador to D, X, who is also accredited to E, ...": the
    # sentence-initial "Its" is the state the sentence before opens with
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Norway has no embassy in Suva. Its Ambassador to Australia, Ola Berg, who is also "
        "accredited to Fiji, attended the ceremony.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:ola-berg", "country:NOR", None) in got, got


def test_a_roadshow_and_a_trade_mission_with_a_delegation_are_visits() -> None:
    # "X is on a four-day investment roadshow to C" and "X led a delegation of 12 Kenyan firms
    # on a trade mission to D": ministerial business trips are visits
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Kenya's Minister of Trade, Amos Kiptoo, is on a three-day investment roadshow to "
        "Norway that began on Monday. In January Kenya's Minister of Energy, Ruth Wambui, led a "
        "delegation of 12 Kenyan firms on a trade mission to Sweden.\n"
    )
    got = facts(extract_article(text))
    visits = {(s, o) for p, s, o, _d in got if p == "VISITED"}
    assert ("person:amos-kiptoo", "country:NOR") in visits, got
    assert ("person:ruth-wambui", "country:SWE") in visits, got


def test_comparing_notes_with_a_minister_is_a_meeting() -> None:
    # "X compared notes with C's Minister ..., Y": a meeting of the two
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Monday Kenya's Minister of Trade, Amos Kiptoo, compared notes with Norway's Minister "
        "of Fisheries, Kari Olsen, on aquaculture.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((s, o)) for p, s, o, _d in got if p == "MET_WITH"}
    assert frozenset(("person:amos-kiptoo", "person:kari-olsen")) in met, got


def test_taking_up_membership_is_a_joining_dated_by_its_year() -> None:
    # "C took up O membership in T", "C, which took up membership of O in T, ...": joinings
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Kenya took up WTO membership in 1995. Chile, which took up membership of the "
        "Organisation for Economic Co-operation and Development (OECD) in 2010, is a partner of "
        "Kenya.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:KEN", "org:world-trade-organization", "1995") in got, got
    member = {(s, d) for p, s, _o, d in got if p == "MEMBER_OF"}
    assert ("country:CHL", "2010") in member, got


def test_an_ambassador_who_heads_a_states_embassy_in_a_capital() -> None:
    # "Ambassador X, who heads C's embassy in L, said ...": C's ambassador, accredited to the
    # state whose capital is the embassy's seat
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Ambassador Mary Wanjiru, who heads Kenya's embassy in Oslo, said fish imports had "
        "doubled.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:mary-wanjiru", "country:KEN", None) in got, got
    assert ("ACCREDITED_TO", "person:mary-wanjiru", "country:NOR", None) in got, got


def test_the_loan_agreement_duly_signed_at_headquarters_by_two_ministers() -> None:
    # "The loan agreement was duly signed at the bank's headquarters by X and Y": the agreement
    # just named, its kind before the head, an adverb before "signed"
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "The Nordic Investment Bank and Kenya yesterday signed a loan agreement for the Nairobi "
        "Water Project. The loan agreement was duly signed at the bank's headquarters by "
        "Kenya's Minister of Finance, Amos Kiptoo, and Norway's Minister of Fisheries, Kari "
        "Olsen.\n"
    )
    got = facts(extract_article(text))
    signers = {s for p, s, _o, _d in got if p == "SIGNED_AGREEMENT"}
    assert {"person:amos-kiptoo", "person:kari-olsen"} <= signers, got


def test_an_agreement_reported_signed_and_called_inaccurate_is_no_signing() -> None:
    # "Reports that X had signed an agreement on ... were inaccurate": the name ends before the
    # copula, and the denial after it blocks the signing
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Kenya's Minister of Trade, Amos Kiptoo, visited Norway on Monday. Reports that Kiptoo "
        "had signed an agreement on offshore drilling were inaccurate, the embassy said.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert not any(p == "SIGNED_AGREEMENT" for p, _s, _o, _d in got), got
    assert not any(n.endswith("inaccurate") for n in names(record)), names(record)


def test_a_resident_representative_in_lower_case_is_a_post() -> None:
    # "the agency's resident representative in C, X, and Y put ink to J": X is a person, a
    # signer
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Tuesday the Norwegian Agency for Development Cooperation's resident representative "
        "in Kenya, Lars Haugen, and Kenya's Minister of Water, Amos Kiptoo, put ink to a grant "
        "agreement on rural water supply.\n"
    )
    got = facts(extract_article(text))
    signers = {s for p, s, _o, _d in got if p == "SIGNED_AGREEMENT"}
    assert {"person:lars-haugen", "person:amos-kiptoo"} <= signers, got


def test_on_the_same_day_a_memorandum_signed_between_two_bodies() -> None:
    # "On the same day, a memorandum of understanding on ... was signed between A and B": a
    # passive subject after a fronted "On the same day", dated by the day before
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Monday Kenya's Minister of Trade, Amos Kiptoo, met Norway's Minister of Fisheries, "
        "Kari Olsen. On the same day, a memorandum of understanding on seafood trade was signed "
        "between the Kenya Investment Authority (KenInvest) and the Norwegian Seafood Council.\n"
    )
    got = facts(extract_article(text))
    assert ("SIGNED_AGREEMENT", "institution:kenya-investment-authority",
            "project:memorandum-of-understanding-on-seafood-trade", "2024-03-04") in got, got


def test_bodies_that_became_signatories_to_an_agreement_signed_it() -> None:
    # "A and B on Monday became signatories to a cooperation agreement on ...": signed it
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "The Kenya Investment Authority (KenInvest) and the Norwegian Seafood Council on Monday "
        "became signatories to a cooperation agreement on joint trade fairs.\n"
    )
    got = facts(extract_article(text))
    assert ("SIGNED_AGREEMENT", "institution:norwegian-seafood-council",
            "project:cooperation-agreement-on-joint-trade-fairs", "2024-03-04") in got, got


def test_taking_questions_from_students_of_a_university_is_a_lecture() -> None:
    # "X took questions from law students of the I after a talk on ...": a talk there
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Monday Kenya's Minister of Trade, Amos Kiptoo, took questions from law students of "
        "the University of Oslo after a talk on trade.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:amos-kiptoo", "institution:university-of-oslo",
            "2024-03-04") in got, got


def test_a_fronted_one_on_one_with_a_minister_is_a_meeting_of_the_speaker() -> None:
    # "After a one-on-one with C's Minister ..., Y, on Monday, X told reporters ...": X met Y
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Kenya's Minister of Trade, Amos Kiptoo, arrived in Oslo on Sunday. After a one-on-one "
        "with Norway's Minister of Fisheries, Kari Olsen, on Monday, Kiptoo told reporters that "
        "fish exports would grow.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:amos-kiptoo", "person:kari-olsen", "2024-03-04") in got or (
        "MET_WITH", "person:kari-olsen", "person:amos-kiptoo", "2024-03-04") in got, got


def test_a_stay_in_a_capital_named_a_first_trip_to_its_state_is_a_visit() -> None:
    # "X spent Monday and Tuesday in L, her first trip to C since ...": the state visited too
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Kenya's Minister of Trade, Mary Kiptoo, spent Monday and Tuesday in Oslo, her first "
        "trip to Norway since taking office.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:mary-kiptoo", "country:NOR", "2024-03-04") in got, got


def test_a_banks_post_for_a_region_or_for_programmes_before_the_name() -> None:
    # "ADB Director General for South Asia, X", "IsDB Vice-President for Country Programs, Y":
    # a region or the bank's programmes after "for" belong to the post, the name follows
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "The Asian Development Bank (ADB) and the Islamic Development Bank (IsDB) met in "
        "Manila. The statement was signed by ADB Director General for West Africa, Akiko Mori, "
        "and IsDB Vice-President for Country Programs, Omar Haddad.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:akiko-mori", "org:asian-development-bank", None) in got, got
    assert ("OFFICIAL_OF", "person:omar-haddad", "org:islamic-development-bank", None) in got, got


def test_a_port_autonome_is_a_body_and_its_capital_signs_nothing() -> None:
    # "the director general of the Port Autonome de Dakar, X, and Y put ink to J": the French
    # body is an institution, X its official and a signer, and Dakar inside its name no signer
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Tuesday the director general of the Port Autonome de Dakar, Ousmane Diallo, and "
        "Kenya's Minister of Transport, Amos Kiptoo, put ink to a grant agreement on port "
        "training.\n"
    )
    got = facts(extract_article(text))
    signers = {s for p, s, _o, _d in got if p == "SIGNED_AGREEMENT"}
    assert "person:ousmane-diallo" in signers, got
    assert "country:SEN" not in signers, got
    assert ("OFFICIAL_OF", "person:ousmane-diallo", "institution:port-autonome-de-dakar",
            None) in got, got


def test_a_bin_name_school_a_chambers_signer_and_a_headlined_briefing() -> None:
    # "the Mohammed bin Rashid School of Government": a patronymic particle inside a body's
    # name; "Dubai Chambers": a chamber of commerce in the plural; "X headlined a breakfast
    # briefing at the I": a talk there
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Friday Kenya's Minister of Trade, Amos Kiptoo, headlined a breakfast briefing at the "
        "Mohammed bin Rashid School of Government. Dubai Chambers and the Kenya National "
        "Chamber of Commerce and Industry (KNCCI) on Monday became signatories to a cooperation "
        "agreement on trade fairs.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:amos-kiptoo",
            "institution:mohammed-bin-rashid-school-of-government", "2024-03-01") in got, got
    assert ("SIGNED_AGREEMENT", "org:dubai-chambers",
            "project:cooperation-agreement-on-trade-fairs", "2024-03-04") in got, got


def test_bodies_that_shared_the_running_or_funding_of_a_facility_cooperate() -> None:
    # "A and B have shared the running (funding) of four berths since 2023": a cooperation
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "The Kenya Ports Authority (KPA) and the Norwegian Coastal Administration have shared "
        "the running of two pilot stations since 2019. The Kenya Forest Service and the "
        "University of Oslo have shared the funding of a seed bank since 2021.\n"
    )
    got = facts(extract_article(text))
    coop = {(frozenset((s, o)), d) for p, s, o, d in got if p == "COOPERATES_WITH"}
    assert (frozenset(("institution:kenya-ports-authority",
                       "institution:norwegian-coastal-administration")), "2019") in coop, got
    assert (frozenset(("institution:kenya-forest-service", "institution:university-of-oslo")),
            "2021") in coop, got


def test_accreditation_held_for_states_by_name_or_by_a_subject_pronoun() -> None:
    # "X, who holds non-resident accreditation for C": "for" as "to"; "She has non-resident
    # accreditation for A and B as well": the head of mission just named
    text = (
        "Embassy notes\n\n"
        "Friday 8 March 2024\n\n"
        "Ireland's Ambassador to Kenya, Aoife Byrne, who holds non-resident accreditation for "
        "Uganda, opened a trade fair in Nairobi. She has non-resident accreditation for Rwanda "
        "and Burundi as well.\n"
    )
    got = facts(extract_article(text))
    acc = {o for p, s, o, _d in got if p == "ACCREDITED_TO" and s == "person:aoife-byrne"}
    assert {"country:UGA", "country:RWA", "country:BDI"} <= acc, got


def test_made_his_way_to_a_capital_and_toured_a_capital_on_a_first_visit() -> None:
    # "X made his way to L for an official visit to C": travelled there; "Y toured L, the first
    # visit to C by a D minister": the city toured and the state of the apposition
    text = (
        "Diplomatic diary\n\n"
        "Friday 8 March 2024\n\n"
        "In May 2019 Chile's Foreign Minister Pablo Rojas made his way to Canberra for an "
        "official visit to Australia. In June 2021 Peru's Foreign Minister Ana Quispe toured "
        "Nairobi, the first visit to Kenya by a Peruvian foreign minister.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:pablo-rojas", "city:canberra", "2019-05") in got, got
    assert ("VISITED", "person:pablo-rojas", "country:AUS", "2019-05") in got, got
    assert ("VISITED", "person:ana-quispe", "city:nairobi", "2021-06") in got, got
    assert ("VISITED", "person:ana-quispe", "country:KEN", "2021-06") in got, got


def test_two_cities_of_one_stay_and_the_state_of_the_trip() -> None:
    # "X travelled to L1 and L2, her first trip to C": both cities and the state; "Y spent three
    # days in L1 and L2, from T, on a working visit to C": the range dates all three
    text = (
        "Diplomatic diary\n\n"
        "Friday 8 March 2024\n\n"
        "From 4 to 6 February 2024 Ghana's Foreign Minister Ama Owusu travelled to Hanoi and "
        "Haiphong, her first trip to Vietnam in office. In January, Chile's Minister of Mining, "
        "Pablo Rojas, spent three days in Canberra and Perth, from 15 to 17 January 2024, on a "
        "working visit to Australia.\n"
    )
    got = facts(extract_article(text))
    for o in ("city:hanoi", "city:haiphong", "country:VNM"):
        assert ("VISITED", "person:ama-owusu", o, "2024-02-04") in got, (o, got)
    for o in ("city:canberra", "city:perth", "country:AUS"):
        assert ("VISITED", "person:pablo-rojas", o, "2024-01-15") in got, (o, got)


def test_talks_over_a_lunch_a_dated_sit_down_and_a_signing_then() -> None:
    # "X held talks over a working lunch with Y", "X sat down on T with Y": meetings; ", and the
    # two ministers then signed J": the day of the clause before
    text = (
        "Diplomatic diary\n\n"
        "Friday 8 March 2024\n\n"
        "On 5 March 2024 Ghana's Foreign Minister Ama Owusu held talks over a working lunch "
        "with Trade Minister Kofi Mensah. Chile's Minister of Mining, Pablo Rojas, sat down on 6 "
        "March 2024 with Minister of Energy Lucía Vera, and the two ministers then put their "
        "signatures to a Memorandum of Understanding on Green Hydrogen.\n"
    )
    got = facts(extract_article(text))
    assert {("MET_WITH", "person:ama-owusu", "person:kofi-mensah", "2024-03-05"),
            ("MET_WITH", "person:kofi-mensah", "person:ama-owusu", "2024-03-05")} & got, got
    assert {("MET_WITH", "person:pablo-rojas", "person:lucia-vera", "2024-03-06"),
            ("MET_WITH", "person:lucia-vera", "person:pablo-rojas", "2024-03-06")} & got, got
    signed = {(s, d) for p, s, _o, d in got if p == "SIGNED_AGREEMENT"}
    assert ("person:pablo-rojas", "2024-03-06") in signed, got


def test_cooperation_by_way_of_a_coalition_or_a_fund_is_a_channel() -> None:
    # "A and B have cooperated on rice by way of the X Coalition (Fund) since T": the body named
    # as the channel is a programme (Project), and both parties cooperate through it
    text = (
        "Development notes\n\n"
        "Friday 8 March 2024\n\n"
        "Ghana and Vietnam have cooperated on cassava by way of the Coalition for Tropical Crop "
        "Research since 2012. Kenya's Ministry of Education and Norway's Ministry of Health have "
        "cooperated on girls' schooling by way of the Classroom Resilience Fund since 2018.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert names(rec).get("Coalition for Tropical Crop Research") == "Project", names(rec)
    assert names(rec).get("Classroom Resilience Fund") == "Project", names(rec)
    via = {(s, o) for p, s, o, _d in got if p == "COOPERATES_VIA"}
    assert ("country:GHA", "project:coalition-for-tropical-crop-research") in via, got
    assert ("country:VNM", "project:coalition-for-tropical-crop-research") in via, got
    assert ("institution:ministry-of-health", "project:classroom-resilience-fund") in via, got


def test_a_person_after_a_leading_date_who_called_on_an_official() -> None:
    # "On T X, C's Vice Foreign Minister, paid a visit to L, calling on D's Foreign Secretary, Y":
    # X is a person (after the date's year), and the participle is a meeting
    text = (
        "Diplomatic diary\n\n"
        "Friday 8 March 2024\n\n"
        "On 4 March 2024 Amara Diallo, Senegal's Vice Foreign Minister, paid a visit to Accra, "
        "calling on Ghana's Foreign Secretary, Kofi Mensah.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:amara-diallo", "city:accra", "2024-03-04") in got, got
    assert ("OFFICIAL_OF", "person:amara-diallo", "country:SEN", None) in got, got
    assert {("MET_WITH", "person:amara-diallo", "person:kofi-mensah", "2024-03-04"),
            ("MET_WITH", "person:kofi-mensah", "person:amara-diallo", "2024-03-04")} & got, got


def test_a_permanent_representative_after_a_semicolon() -> None:
    # "X, C's Ambassador to D, ...; she is also the Permanent Representative of C to the O": the
    # second post after the semicolon
    text = (
        "Embassy notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kenya's Ambassador to Austria, Amina Odhiambo, opened a coffee exhibition in Vienna; "
        "she is also the Permanent Representative of Kenya to the IAEA.\n"
    )
    got = facts(extract_article(text))
    acc = {o for p, s, o, _d in got if p == "ACCREDITED_TO" and s == "person:amina-odhiambo"}
    assert "org:international-atomic-energy-agency" in acc, got


def test_a_meeting_inside_a_leading_range_takes_its_month() -> None:
    # "From 4 to 7 March 2024, X led a delegation to L, where she was received by Y": the visit
    # starts on the 4th; the reception, with no day of its own, takes the month
    text = (
        "Trade notes\n\n"
        "Friday 8 March 2024\n\n"
        "From 4 to 7 March 2024, Ghana's Minister of Trade, Ama Owusu, led a business delegation "
        "to Hanoi, where she was received by Vietnam's Minister of Industry, Tran Van Minh.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:ama-owusu", "city:hanoi", "2024-03-04") in got, got
    met = {d for p, s, o, d in got if p == "MET_WITH"}
    assert met == {"2024-03"}, got


def test_in_a_city_of_a_ranged_stay_a_meeting_takes_the_month() -> None:
    # "From 4 to 6 March 2024 X travelled to L1 and L2, ... In L1 she held consultations with Y":
    # the meeting in the city of the stay, with no day of its own, takes the stay's month (no
    # publication date to fall back on)
    text = (
        "Annual report 2024: Vietnam\n\n"
        "From 4 to 6 March 2024 Ghana's Foreign Minister Ama Owusu travelled to Hanoi and "
        "Haiphong, her first trip to Vietnam in office. In Hanoi she held consultations with "
        "Vietnam's Minister of Industry, Tran Van Minh.\n"
    )
    got = facts(extract_article(text))
    met = {d for p, s, o, d in got if p == "MET_WITH"}
    assert met == {"2024-03"}, got


def test_sida_the_swedish_agency_cooperates_with_a_university_since_a_year() -> None:
    # "Sida", the Swedish development agency, named in mixed case with no expansion
    text = (
        "Development notes\n\n"
        "Friday 8 March 2024\n\n"
        "Sida and Makerere University have run a joint water research programme since 2016.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert names(record).get("Sida") == "Institution", names(record)
    assert any(p == "COOPERATES_WITH" and d == "2016" and "makerere" in s + o
               and "swedish" in s + o for p, s, o, d in got), got


def test_a_state_receiving_someone_who_was_in_the_country_from_a_day_is_a_visit() -> None:
    # "C received this week X, who was in the country from Tuesday to Thursday": a visit to C
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kenya received this week Norway's State Secretary for Development, Kari Olsen, who was "
        "in the country from Tuesday to Thursday.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:kari-olsen", "country:KEN", "2024-03-05") in got, got


def test_fronted_talks_with_someone_are_a_meeting_of_the_subject_or_the_visitor() -> None:
    # "During talks with Y on T, the two delegations ...": the visitor told before met Y;
    # "In consultations with C's Z, X said ...": X met Z
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Norway's Minister of Trade, Kari Olsen, arrived in Nairobi on Monday for a three-day "
        "visit to Kenya.\n\n"
        "During talks with Foreign Secretary Amos Kiptoo on Tuesday, the two delegations "
        "looked at fisheries and energy.\n\n"
        "In consultations with Kenya's Minister of Energy, Ruth Wanjiru, Olsen said solar "
        "projects would be a priority.\n"
    )
    got = {(p, s, o) for p, s, o, _d in facts(extract_article(text)) if p == "MET_WITH"}
    assert ("MET_WITH", "person:kari-olsen", "person:amos-kiptoo") in got, got
    assert ("MET_WITH", "person:kari-olsen", "person:ruth-wanjiru") in got, got


def test_a_visit_to_a_special_administrative_region_visits_its_city() -> None:
    # "a working visit to the Hong Kong Special Administrative Region": the city visited
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kenya's Minister of Trade, Amos Kiptoo, on Monday began a four-day official visit to "
        "the Hong Kong Special Administrative Region, his ministry said.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:amos-kiptoo", "city:hong-kong", "2024-03-04") in got, got


def test_welcomed_by_a_forums_head_at_its_headquarters_on_her_first_day_in_the_city() -> None:
    # "On her first day in the city, X was welcomed by the Secretary-General of O, Y, at the
    # O's headquarters": a meeting on the visit's first day; the Forum Macao is a known body
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Cabo Verde's Minister of Foreign Affairs, Rui Tavares, arrived in Macao on Tuesday for "
        "a three-day working visit.\n\n"
        "On his first day in the city, Tavares was welcomed by the Deputy Secretary-General of "
        "the Forum Macao, Chen Haoyu, at the Forum's headquarters.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:rui-tavares", "person:chen-haoyu", "2024-03-05") in got, got
    assert ("OFFICIAL_OF", "person:chen-haoyu", "org:forum-for-economic-and-trade-co-operation-"
            "between-china-and-portuguese-speaking-countries", None) in got, got


def test_the_visiting_minister_spoke_to_an_audience_at_kaist() -> None:
    # "the minister spoke to an audience at KAIST" after the visitor and a host minister: the
    # visitor's talk at the institute known by its acronym
    text = (
        "Embassy notes\n\n"
        "Friday 8 March 2024\n\n"
        "Estonia's Minister of Education, Mari Tamm, arrived in Seoul on Monday for a three-day "
        "working visit to South Korea.\n\n"
        "On Tuesday she held talks with Korea's Minister of Education, Lee Joon-ho.\n\n"
        "On Wednesday the minister spoke to an audience of engineering students at KAIST about "
        "digital schooling.\n"
    )
    got = {(p, s, o) for p, s, o, _d in facts(extract_article(text)) if p == "LECTURED_AT"}
    assert got == {("LECTURED_AT", "person:mari-tamm",
                    "institution:korea-advanced-institute-of-science-and-technology")}, got


def test_the_port_of_antwerp_bruges_and_ipim_are_known_bodies() -> None:
    # bodies named only by a name no rule builds: the port company and Macao's trade institute
    text = (
        "Trade notes\n\n"
        "Friday 8 March 2024\n\n"
        "The Port of Antwerp-Bruges and the Kenya Ports Authority signed a memorandum of "
        "understanding on port training on Tuesday.\n\n"
        "IPIM and the Kenya Investment Authority have cooperated on trade fairs since 2018.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert names(record).get("Port of Antwerp-Bruges") == "Organization", names(record)
    assert any(p == "SIGNED_AGREEMENT" and s == "org:port-of-antwerp-bruges"
               for p, s, _o, _d in got), got
    assert any(p == "COOPERATES_WITH" and "macao-trade" in s + o for p, s, o, _d in got), got


def test_the_bare_senate_refers_to_the_senate_named_before() -> None:
    # "C's Senate ... The Storting has worked with the Senate since T": the senate named before
    text = (
        "Parliament notes\n\n"
        "Friday 8 March 2024\n\n"
        "A delegation of Kenya's Senate, led by its Speaker, Amos Kiptoo, was in Oslo on Monday "
        "on a working visit to Norway.\n\n"
        "The Storting has worked with the Senate on budget oversight since 2017.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "COOPERATES_WITH" and {s, o} == {"institution:storting", "institution:senate"}
               and d == "2017" for p, s, o, d in got), got


def test_an_economic_zone_and_an_airport_with_a_new_terminal_are_no_projects() -> None:
    # "an office in the Lekki Free Zone", "a new terminal at Y International Airport": places
    text = (
        "Trade notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kenya's Minister of Trade, Amos Kiptoo, met Nigeria's Minister of Industry, Musa "
        "Bello, in Abuja on Tuesday. Kenya may open a trade office in the Lekki Free Zone, and "
        "reports that Nigeria would fund a new terminal at Moi International Airport were "
        "denied.\n"
    )
    got = names(extract_article(text))
    assert "Lekki Free Zone" not in got and "Moi International Airport" not in got, got


def test_a_chain_of_three_states_before_a_railway_is_a_project() -> None:
    # "the Kenya-Uganda-Rwanda standard gauge railway": a work, not three states named
    text = (
        "Transport notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kenya's Minister of Transport, Amos Kiptoo, met Rwanda's Minister of Infrastructure, "
        "Jean Habimana, in Kigali on Tuesday to push ahead with the Kenya-Uganda-Rwanda standard "
        "gauge railway.\n"
    )
    got = names(extract_article(text))
    assert got.get("Kenya-Uganda-Rwanda standard gauge railway") == "Project", got
    assert "Uganda" not in got, got


def test_bodies_known_by_a_short_name_alone_cooperate_and_sign() -> None:
    # real bodies no rule builds: Natural Resources Canada, the Matenadaran, Finnfund, CERT-EE,
    # Gemadept, the Port of Koper
    text = (
        "Cooperation notes\n\n"
        "Friday 8 March 2024\n\n"
        "Natural Resources Canada and the Kenya Forest Service have mapped mangroves together "
        "since 2016.\n\n"
        "The Matenadaran and the National Library of Kenya have digitised old maps together "
        "since 2020.\n\n"
        "On Tuesday, representatives of Finnfund and the Kenya Power Company signed a loan "
        "agreement for a solar plant in Garissa.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "COOPERATES_WITH" and "natural-resources-canada" in s + o
               for p, s, o, _d in got), got
    assert any(p == "COOPERATES_WITH" and "matenadaran" in s + o for p, s, o, _d in got), got
    assert any(p == "SIGNED_AGREEMENT" and s == "org:finnfund" for p, s, _o, _d in got), got


def test_a_body_described_in_lower_case_after_its_states_possessive_cooperates() -> None:
    # "Masdar and Bolivia's state lithium company YLB have been working jointly on J since T":
    # the possessor and its description are no party; the body is
    text = (
        "Energy notes\n\n"
        "Friday 8 March 2024\n\n"
        "Enabel and Kenya's state power company KenGen have been working jointly on a "
        "geothermal pilot plant since 2021.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "COOPERATES_WITH" and "enabel" in s + o and "kengen" in s + o
               and d == "2021" for p, s, o, d in got), got
    assert not any(p == "COOPERATES_WITH" and "country:" in s + o for p, s, o, _d in got), got


def test_of_two_ministers_the_visitor_delivers_the_keynote() -> None:
    # "the minister delivered the keynote at ..." after the visitor and a host minister
    text = (
        "Embassy notes\n\n"
        "Friday 8 March 2024\n\n"
        "Norway's Minister of Trade, Kari Olsen, arrived in Nairobi on Monday for a three-day "
        "visit to Kenya.\n\n"
        "On Tuesday she held talks with Kenya's Minister of Industry, Amos Kiptoo.\n\n"
        "On Wednesday the minister delivered the keynote at a forum organised by the University "
        "of Nairobi.\n"
    )
    got = {(p, s) for p, s, _o, _d in facts(extract_article(text)) if p == "LECTURED_AT"}
    assert got == {("LECTURED_AT", "person:kari-olsen")}, got


def test_a_body_then_what_it_is_in_lower_case_before_and_cooperates() -> None:
    # "C's X Authority power utility and B have cooperated on ... since T": the utility is X
    text = (
        "Energy notes\n\n"
        "Friday 8 March 2024\n\n"
        "Ghana's Volta River Authority power utility and Enabel have cooperated on grid "
        "maintenance since 2018, the embassy noted.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "COOPERATES_WITH" and "volta-river-authority" in s + o and "enabel" in s + o
               and d == "2018" for p, s, o, d in got), got


def test_a_french_institut_with_an_elided_d_is_one_body_after_and_the() -> None:
    # "A and the Institut d'Etudes X (IEP) have co-run J since T": two bodies, the French name
    # whole
    text = (
        "Education notes\n\n"
        "Friday 8 March 2024\n\n"
        "The University of Nairobi and the Institut d'Etudes Politiques (IEP) have co-run "
        "summer schools on governance since 2019.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert names(record).get("Institut d'Etudes Politiques") == "Institution", names(record)
    assert any(p == "COOPERATES_WITH" and "university-of-nairobi" in s + o
               and "institut-d-etudes-politiques" in s + o for p, s, o, _d in got), got


def test_landing_in_a_capital_on_a_day_then_meeting_there_is_a_visit() -> None:
    # "X landed in L on T and, the same evening, held talks with Y": a visit to L that day
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Norway's Minister of Trade, Kari Olsen, is in Kenya this week.\n\n"
        "Olsen landed in Nairobi on Tuesday and, the same evening, held talks with Kenya's "
        "Minister of Industry, Amos Kiptoo.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:kari-olsen", "city:nairobi", "2024-03-05") in got, got
    assert ("MET_WITH", "person:kari-olsen", "person:amos-kiptoo", "2024-03-05") in got, got


def test_embrapa_namport_and_the_port_of_rotterdam_are_known_bodies() -> None:
    # bodies known by a short name alone: Brazil's Embrapa, Namibia's Namport, the Port of
    # Rotterdam
    text = (
        "Cooperation notes\n\n"
        "Friday 8 March 2024\n\n"
        "Kenyatta University and Brazil's Embrapa have been cooperating on drought-tolerant "
        "maize since 2015.\n\n"
        "Namport and the Port of Rotterdam have worked together on port planning since 2020.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert names(record).get("Embrapa") == "Institution", names(record)
    assert any(p == "COOPERATES_WITH" and "brazilian-agricultural-research-corporation" in s + o
               for p, s, o, _d in got), got
    assert any(p == "COOPERATES_WITH" and "namport" in s + o and "rotterdam" in s + o
               for p, s, o, _d in got), got


def test_of_two_ministers_the_visitor_meets_the_president() -> None:
    # "X was welcomed at the airport by Minister of State Y. The minister met with President Z":
    # the visitor called on the head of state, not the minister who welcomed him
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Norway's Minister of Trade, Kari Olsen, has arrived in Nairobi on a three-day official "
        "visit to Kenya.\n\n"
        "Olsen was welcomed at the airport by Minister of State for Foreign Affairs Amos "
        "Kiptoo.\n\n"
        "The minister met with President Ruth Wanjiru at State House on Wednesday.\n"
    )
    got = {(p, s, o) for p, s, o, _d in facts(extract_article(text)) if p == "MET_WITH"}
    assert ("MET_WITH", "person:kari-olsen", "person:ruth-wanjiru") in got, got
    assert ("MET_WITH", "person:amos-kiptoo", "person:ruth-wanjiru") not in got, got


def test_a_body_that_has_partnered_another_without_with_cooperates() -> None:
    # "Since T, I has partnered C's J on ...": "partnered" with a direct object
    text = (
        "Development notes\n\n"
        "Friday 8 March 2024\n\n"
        "Since 2018 Enabel has partnered Kenya's Ministry of Agriculture on seed certification "
        "in Kisumu.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "COOPERATES_WITH" and "enabel" in s + o and "ministry-of-agriculture" in s + o
               and d == "2018" for p, s, o, d in got), got


def test_diplomatic_relations_that_followed_later_that_year_are_ties() -> None:
    # "A recognised B on T, and diplomatic relations followed later that year": ties that year
    text = (
        "History notes\n\n"
        "Friday 8 March 2024\n\n"
        "Norway recognised Slovenia on 17 January 1992, and diplomatic relations followed later "
        "that year.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "ESTABLISHED_TIES" and {s, o} == {"country:NOR", "country:SVN"}
               and d == "1992" for p, s, o, d in got), got


def test_a_bilateral_dialogue_a_bilateral_at_and_going_into_a_meeting_are_meetings() -> None:
    # "A and B held a bilateral dialogue", "A and B held a bilateral at the Mission" (the noun
    # left out after "bilateral"), "A and B went into a bilateral meeting", and "A and B
    # co-hosted an event, after which they held a short bilateral": meetings of the pair
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Monday, Kenya's Minister of Trade, Amos Kiptoo, and Norway's Minister of Fisheries, "
        "Kari Olsen, held a bilateral dialogue on aquaculture. On Tuesday, Kiptoo and Sweden's "
        "Minister for Trade, Lena Berg, held a bilateral at the Embassy of Kenya. Later, Kiptoo "
        "and Finland's Minister of Trade, Ville Korhonen, went into a bilateral meeting on "
        "timber. Kiptoo and Chile's Minister of Trade, Rosa Vidal, opened a trade fair, after "
        "which they held a short bilateral.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((s, o)) for p, s, o, _d in got if p == "MET_WITH"}
    for other in ("kari-olsen", "lena-berg", "ville-korhonen", "rosa-vidal"):
        assert frozenset(("person:amos-kiptoo", f"person:{other}")) in met, (other, got)


def test_a_meal_had_a_call_received_and_a_counterpart_engaged_in_talks_are_meetings() -> None:
    # "X had a working lunch with Y", "X was called on by Y" and "X engaged Y in bilateral
    # talks": meetings
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Trade Minister Amos Kiptoo had a working lunch with Norway's Minister of Fisheries, Kari "
        "Olsen, on Monday. On Tuesday, Kiptoo was called on by Japan's Minister of Trade, Kenji "
        "Sato. Kiptoo also engaged his Maltese counterpart, Paul Vella, in bilateral talks on "
        "shipping.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((s, o)) for p, s, o, _d in got if p == "MET_WITH"}
    for other in ("kari-olsen", "kenji-sato", "paul-vella"):
        assert frozenset(("person:amos-kiptoo", f"person:{other}")) in met, (other, got)


def test_signatures_given_a_passive_signing_by_the_two_and_the_two_co_chairs_sign() -> None:
    # "the ministers gave their signatures to J", "J was signed by the two." and "X co-chaired
    # the commission with Y. ... the two co-chairs signed J": the two people just named (a
    # described "the Minister" among them)
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Trade Minister Amos Kiptoo met Norway's Minister of Fisheries, Kari Olsen, on Monday. "
        "The two ministers gave their signatures to a Memorandum of Understanding on Salmon "
        "Research. On Tuesday Kiptoo met Sweden's Minister for Trade, Lena Berg. During the "
        "meeting a Memorandum of Understanding on Timber Standards was signed by the two. "
        "Kenya's High Commissioner to India, Ruth Wambui, attended. On Wednesday the Minister "
        "co-chaired with Finland's Minister of Trade, Ville Korhonen, the Kenya-Finland Joint "
        "Trade Committee. At the end of the session the two co-chairs signed a Memorandum of "
        "Understanding on Forestry Training.\n"
    )
    got = facts(extract_article(text))
    signed = {(s, o) for p, s, o, _d in got if p == "SIGNED_AGREEMENT"}
    for person, doc in (("amos-kiptoo", "salmon-research"), ("kari-olsen", "salmon-research"),
                        ("amos-kiptoo", "timber-standards"), ("lena-berg", "timber-standards"),
                        ("amos-kiptoo", "forestry-training"),
                        ("ville-korhonen", "forestry-training")):
        assert (f"person:{person}",
                f"project:memorandum-of-understanding-on-{doc}") in signed, (person, doc, got)
    assert not any(s == "person:ruth-wambui" for s, _o in signed), got


def test_opening_remarks_and_the_main_speaker_on_a_day_are_lectures() -> None:
    # "X gave the opening remarks at a seminar organised by the I" and "X was the main speaker
    # on Monday at a forum hosted by the I": talks there
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Trade Minister Amos Kiptoo was the main speaker on Monday at a public forum hosted by "
        "the University of Nairobi. On Tuesday morning Kiptoo gave the opening remarks at a "
        "seminar organised by the Kenya Institute for Public Policy Research and Analysis.\n"
    )
    got = facts(extract_article(text))
    lect = {(s, o) for p, s, o, _d in got if p == "LECTURED_AT"}
    assert ("person:amos-kiptoo", "institution:university-of-nairobi") in lect, got
    assert ("person:amos-kiptoo",
            "institution:kenya-institute-for-public-policy-research-and-analysis") in lect, got


def test_the_minister_of_a_round_up_is_the_storys_own_minister_not_the_last_counterpart() -> None:
    # a round-up of one minister's meetings: "the minister", after counterparts whose posts name
    # their countries, is the story's own minister (named first, her post naming no country)
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Minister for Foreign Trade Anna Lind held bilateral meetings in Geneva this week. On "
        "Monday she had talks with the Foreign Minister of Ghana, Kofi Mensah. On Tuesday the "
        "minister and Peru's Minister of Foreign Affairs, Rosa Quispe, held a bilateral at the "
        "Permanent Mission of Sweden. This morning the minister gave the opening remarks at a "
        "roundtable organised by the Graduate Institute.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((s, o)) for p, s, o, _d in got if p == "MET_WITH"}
    assert frozenset(("person:anna-lind", "person:rosa-quispe")) in met, got
    assert frozenset(("person:kofi-mensah", "person:rosa-quispe")) not in met, got
    lect = {(s, o) for p, s, o, _d in got if p == "LECTURED_AT"}
    assert ("person:anna-lind", "institution:graduate-institute") in lect, got
    assert not any(s == "person:rosa-quispe" for s, _o in lect), got


def test_yang_berhormat_is_an_honorific_before_a_ministers_name() -> None:
    # "Yang Berhormat Dato X, Minister of ...": the Malay "the Honourable" is no part of the
    # name, so "the Minister" later is X
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Yang Berhormat Dato Seri Setia Awang Idris Salleh, Minister of Development, held "
        "meetings in Jakarta this week. On Monday, the Minister was received by Japan's Minister "
        "of Trade, Kenji Sato.\n"
    )
    record = extract_article(text)
    assert "Idris Salleh" in names(record), names(record)
    met = {frozenset((s, o)) for p, s, o, _d in facts(record) if p == "MET_WITH"}
    assert frozenset(("person:idris-salleh", "person:kenji-sato")) in met, facts(record)


def test_projects_run_together_with_a_body_and_an_admission_as_the_nth_member() -> None:
    # "I has run (carried out) advisory projects (seedling surveys) together with J since T": a
    # cooperation of the two bodies; "C's admission as the eighth member of O in T": a joining
    # (an ordinal: it took place)
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Since 2015 the Finnish Forest Research Institute (Luke) has run joint forestry trials "
        "together with Kenya's Ministry of Environment. The Kenya Forestry Research Institute "
        "has carried out seedling surveys together with the University of Helsinki since 2018. "
        "Kenya welcomed Rwanda's admission as the eighth member of the East African Community "
        "in July 2007.\n"
    )
    got = facts(extract_article(text))
    coop = {frozenset((s, o)) for p, s, o, _d in got if p == "COOPERATES_WITH"}
    assert frozenset(("institution:finnish-forest-research-institute",
                      "institution:ministry-of-environment")) in coop, got
    assert frozenset(("institution:kenya-forestry-research-institute",
                      "institution:university-of-helsinki")) in coop, got
    assert ("MEMBER_OF", "country:RWA", "org:east-african-community", "2007-07") in got, got


def test_the_prime_minister_and_the_foreign_minister_are_posts_not_demonyms() -> None:
    # "the Prime Minister (the Foreign Minister) received Y": the holder of that post named
    # before, "Prime" and "Foreign" being no demonyms
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Prime Minister Amos Kiptoo held meetings in Geneva this week. On Tuesday the Prime "
        "Minister received Nauru's Foreign Minister, Lionel Dabwido.\n\n"
        "Foreign Minister Anna Lind held meetings in Rome. On Monday the Foreign Minister "
        "received Peru's President, Rosa Quispe.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((s, o)) for p, s, o, _d in got if p == "MET_WITH"}
    assert frozenset(("person:amos-kiptoo", "person:lionel-dabwido")) in met, got
    assert frozenset(("person:anna-lind", "person:rosa-quispe")) in met, got


def test_the_talks_held_on_a_day_told_after_the_lead_date_the_leads_meeting() -> None:
    # "NAIROBI, March 6 (KNA) – X has held talks with Y ... . The talks, held yesterday at ...,
    # covered ...": the meeting took place the day before the dateline's, and the signing "At
    # the close of the talks" with it
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "NAIROBI, March 6 (KNA) – Trade Minister Amos Kiptoo has held talks with his Maltese "
        "counterpart, Paul Vella, on the sidelines of the summit. The talks, held yesterday at "
        "the Commission headquarters, covered shipping. At the close of the talks, the two "
        "ministers signed a Memorandum of Understanding on Maritime Training.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:amos-kiptoo", "person:paul-vella", "2024-03-05") in got, got
    assert ("SIGNED_AGREEMENT", "person:paul-vella",
            "project:memorandum-of-understanding-on-maritime-training", "2024-03-05") in got, got


def test_a_body_in_a_lectures_topic_is_not_its_venue() -> None:
    # "delivered a lecture on C's road to EU membership at the I": the EU is the topic's, the
    # lecture was at the I (with "the Foreign Minister" read as the minister named before)
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Foreign Minister Anna Lind met Kenya's Minister of Trade, Amos Kiptoo, on Monday. On "
        "Tuesday, the Foreign Minister delivered a lecture on Sweden's road to EU membership at "
        "the University of Nairobi.\n"
    )
    got = facts(extract_article(text))
    lect = {(s, o) for p, s, o, _d in got if p == "LECTURED_AT"}
    assert ("person:anna-lind", "institution:university-of-nairobi") in lect, got
    assert not any(o.startswith("org:") for _s, o in lect), got


def test_a_next_appointment_with_and_questions_taken_after_an_address_to_students() -> None:
    # "Later that day, X's next appointment was with Y": a meeting; "X took questions from
    # students of the I after a short address": a talk there (not questions from journalists)
    text = (
        "Diplomatic notes\n\n"
        "Wednesday 6 March 2024\n\n"
        "Trade Minister Amos Kiptoo held talks with Norway's Minister of Fisheries, Kari Olsen, "
        "on Monday. Later that day, Mr Kiptoo's next appointment was with Japan's Minister of "
        "Trade, Kenji Sato, with whom he reviewed car exports. On Monday evening he took "
        "questions from students of the University of Nairobi after a short address on trade. "
        "On Tuesday Kiptoo took questions from journalists at the Kenya School of Government.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset((s, o)) for p, s, o, _d in got if p == "MET_WITH"}
    assert frozenset(("person:amos-kiptoo", "person:kenji-sato")) in met, got
    lect = {(s, o) for p, s, o, _d in got if p == "LECTURED_AT"}
    assert ("person:amos-kiptoo", "institution:university-of-nairobi") in lect, got
    assert not any(o == "institution:kenya-school-of-government" for _s, o in lect), got


def test_a_second_post_after_a_comma_does_not_hide_the_name() -> None:
    # "First Deputy Prime Minister, Minister of Economy X": the name after the second post
    text = (
        "Government notes\n\n"
        "Friday 8 March 2024\n\n"
        "First Deputy Prime Minister, Minister of Economy Ana Lungu met Portugal's Minister of "
        "Economy, Rui Tavares, in Lisbon on 6 March 2024.\n"
    )
    record = extract_article(text)
    assert names(record).get("Ana Lungu") == "Person", names(record)
    got = facts(record)
    assert any(p == "MET_WITH" and {s, o} == {"person:ana-lungu", "person:rui-tavares"}
               for p, s, o, _d in got), got


def test_signing_idioms_with_their_signatures_and_set_down() -> None:
    # "A and B validated with their signatures J", "A and B set down their signatures on J",
    # and a described agreement named with the states it binds after its topic
    text = (
        "Treaty notes\n\n"
        "Friday 8 March 2024\n\n"
        "Estonia's Foreign Minister Kadri Mets met Ghana's Foreign Minister Kofi Boateng in "
        "Tallinn on 6 March 2024. The two ministers validated with their signatures an agreement "
        "on visa exemption between Estonia and Ghana.\n\n"
        "Later that day Mets and Boateng set down their signatures on a Memorandum of "
        "Understanding on Digital Cooperation.\n"
    )
    got = facts(extract_article(text))
    signed = {(s, o) for p, s, o, _d in got if p == "SIGNED_AGREEMENT"}
    assert any(s == "person:kadri-mets" and "visa-exemption" in o for s, o in signed), got
    assert any(s == "person:kofi-boateng" and "digital-cooperation" in o for s, o in signed), got


def test_ties_put_in_place_struck_launched_and_a_relationship_since() -> None:
    # "Formal ties between A and B were put in place on T", "Diplomatic relations between A and
    # B were first struck on T", "..., and diplomatic relations were launched on T", "A and B
    # have had an uninterrupted diplomatic relationship since T"
    cases = [
        ("Formal ties between Norway and Chile were put in place on 4 May 1990.",
         {"country:NOR", "country:CHL"}, "1990-05-04"),
        ("Diplomatic relations between Oslo and Santiago were first struck on 4 May 1990.",
         {"country:NOR", "country:CHL"}, "1990-05-04"),
        ("Ireland recognised Latvia on 27 August 1991, and diplomatic relations were launched "
         "on 2 September 1991.", {"country:IRL", "country:LVA"}, "1991-09-02"),
        ("Kenya and Peru have had an unbroken diplomatic relationship since 1982.",
         {"country:KEN", "country:PER"}, "1982"),
    ]
    for sentence, pair, date in cases:
        got = facts(extract_article("History notes\n\nFriday 8 March 2024\n\n" + sentence + "\n"))
        assert any(p == "ESTABLISHED_TIES" and {s, o} == pair and d == date
                   for p, s, o, d in got), (sentence, got)


def test_recognition_extended_with_a_possessive() -> None:
    # "A extended its recognition to B on T"
    text = (
        "History notes\n\n"
        "Friday 8 March 2024\n\n"
        "Mexico extended its formal recognition to Slovakia on 1 January 1993.\n"
    )
    got = facts(extract_article(text))
    assert ("RECOGNIZED", "country:MEX", "country:SVK", "1993-01-01") in got, got


def test_an_ambassador_for_several_states_and_concurrently_credited() -> None:
    # "C's Ambassador for A, B and D, X": the states the head of mission is sent to; "X, who is
    # concurrently credited to E": a side accreditation
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Serbia's Ambassador for Kenya, Uganda and Rwanda, Milan Ilić, attended the forum.\n\n"
        "Austria's Ambassador to Peru, Eva Huber, who is concurrently credited to Bolivia, also "
        "attended.\n"
    )
    got = facts(extract_article(text))
    for iso in ("KEN", "UGA", "RWA"):
        assert ("ACCREDITED_TO", "person:milan-ilic", f"country:{iso}", None) in got, got
    assert ("ACCREDITED_TO", "person:eva-huber", "country:BOL", None) in got, got


def test_a_quoted_maybe_visit_and_a_visit_to_a_bodys_headquarters() -> None:
    # 'a visit by X to C "could take place next year"': not made; "paid a courtesy visit to the
    # headquarters of I": a visit of the body
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Finland's Foreign Minister Anna Virtanen paid a courtesy visit to the headquarters of "
        "the Korea International Cooperation Agency (KOICA) on 6 March 2024.\n\n"
        "Officials said a visit by Foreign Minister Kim Min-jun to Helsinki \"could take place "
        "next year\".\n"
    )
    got = facts(extract_article(text))
    assert any(p == "VISITED" and s == "person:anna-virtanen" and "korea-international" in o
               for p, s, o, _d in got), got
    assert not any(p == "VISITED" and s == "person:kim-min-jun" for p, s, o, _d in got), got


def test_a_first_visit_by_an_official_of_her_rank() -> None:
    # "X made the first visit by a Chilean official of her rank to C"
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Chile's Undersecretary of Trade, Paula Rojas, made the first visit by a Chilean "
        "official of her rank to Estonia on 5 March 2024.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:paula-rojas", "country:EST", "2024-03-05") in got, got


def test_a_dialogue_and_a_dinner_in_honour_of_are_meetings() -> None:
    # "X had a strategic dialogue with Y", "X hosted a working lunch in honour of Y"
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Greece's Foreign Minister Nikos Pappas had a strategic dialogue with India's Minister "
        "of External Affairs, Arjun Rao, on 6 March 2024.\n\n"
        "Kenya's Foreign Minister Grace Wanjiku hosted a working lunch in honour of Peru's "
        "Foreign Minister Luis Quispe on 7 March 2024.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "MET_WITH" and {s, o} == {"person:nikos-pappas", "person:arjun-rao"}
               for p, s, o, _d in got), got
    assert any(p == "MET_WITH" and {s, o} == {"person:grace-wanjiku", "person:luis-quispe"}
               for p, s, o, _d in got), got


def test_cooperation_co_authored_in_concert_and_joint_courses() -> None:
    # "A and B have co-authored studies since T", "A and B act in concert within O", "A and B
    # have organised joint courses since T"
    cases = [
        ("Tallinn University and the University of Nairobi have co-authored studies on "
         "e-voting since 2019.", "tallinn-university", "university-of-nairobi", "2019"),
        ("Norway and Chile act in concert within the Antarctic Treaty System on fisheries.",
         "country:NOR", "country:CHL", None),
        ("The Polish Border Guard and Ghana's Immigration Service have organised joint courses "
         "since 2021.", "polish-border-guard", "immigration-service", "2021"),
    ]
    for sentence, a, b, date in cases:
        got = facts(extract_article("Notes\n\nFriday 8 March 2024\n\n" + sentence + "\n"))
        assert any(p == "COOPERATES_WITH" and a in s + o and b in s + o and d == date
                   for p, s, o, d in got), (sentence, got)


def test_both_count_among_the_members_after_people() -> None:
    # "..., X said, adding that both count among the members of O": the two states
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "Foreign Minister Hakan Demir received Senegal's Foreign Minister Awa Ndiaye on 6 March "
        "2024.\n\n"
        "Turkey and Senegal have worked together since 1990, Demir said, adding that both count "
        "among the members of the Organisation of Islamic Cooperation.\n"
    )
    got = facts(extract_article(text))
    for iso in ("TUR", "SEN"):
        assert any(p == "MEMBER_OF" and s == f"country:{iso}" and "islamic" in o
                   for p, s, o, _d in got), got


def test_the_main_speaker_at_a_round_table_hosted_by_a_body() -> None:
    # "X was the main speaker at a round table hosted by the I"
    text = (
        "Event notes\n\n"
        "Friday 8 March 2024\n\n"
        "Peru's Ambassador to Poland, Carla Medina, was the main speaker at a round table "
        "hosted by the Polish Institute of International Affairs on 6 March 2024.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "LECTURED_AT" and s == "person:carla-medina" and "polish-institute" in o
               for p, s, o, _d in got), got


def test_a_meeting_in_a_where_clause_after_a_call_on_a_body() -> None:
    # "X paid a courtesy call to the I, where she met its director Y": the clause's meeting
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "On 6 March 2024 Peru's Foreign Minister Rosa Salas paid a courtesy visit to the Korea "
        "Development Institute, where she met KDI President Lee Jae-won.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "MET_WITH" and {s, o} == {"person:rosa-salas", "person:lee-jae-won"}
               for p, s, o, _d in got), got


def test_a_filipino_ma_before_a_given_name_is_part_of_the_name() -> None:
    # "the Undersecretary for Trade, Ma. Lourdes Bautista, ...": "Ma." (Maria) opens the name
    # and ends no sentence
    text = (
        "Trade notes\n\n"
        "Friday 8 March 2024\n\n"
        "At the invitation of the Minister of Trade of Peru, Jorge Salas, the Undersecretary for "
        "Trade of the Philippines, Ma. Lourdes Bautista, paid a working visit to Peru on 5 March "
        "2024.\n"
    )
    record = extract_article(text)
    assert names(record).get("Ma. Lourdes Bautista") == "Person", names(record)
    got = facts(record)
    assert ("VISITED", "person:ma-lourdes-bautista", "country:PER", "2024-03-05") in got, got


def test_a_pair_that_conducted_negotiations_or_reviewed_ties_at_headquarters_met() -> None:
    # "A and B conducted official talks (negotiations) at L", "A and C's Minister, B, reviewed
    # the bilateral agenda at the ministry's headquarters": a meeting of the two
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "The Minister of Economy of the Czech Republic, Pavel Novak, paid an official visit to "
        "Croatia on 5 March 2024, at the invitation of the Minister of Economy of the Republic of "
        "Croatia, Irena Horvat.\n\n"
        "On 6 March 2024, Ministers Novak and Horvat conducted negotiations at the "
        "Government Palace.\n\n"
        "On 7 March 2024 Minister Novak and the Minister of Finance of the Republic of Croatia, "
        "Marko Babić, reviewed the bilateral agenda at the Finance Ministry's headquarters.\n"
    )
    got = {(p, frozenset((s, o)), d) for p, s, o, d in facts(extract_article(text))}
    assert ("MET_WITH", frozenset(("person:pavel-novak", "person:irena-horvat")),
            "2024-03-06") in got, got
    assert ("MET_WITH", frozenset(("person:pavel-novak", "person:marko-babic")),
            "2024-03-07") in got, got


def test_lettered_and_roman_list_items_after_a_passive_or_a_bare_signed_are_signed() -> None:
    # "the following instruments were signed by the two Ministers:" then "(i) J;", and "A and
    # B signed:" then "a) A J;": each item signed by the two, on the day of the talks told
    text = (
        "Joint Communiqué\n\n"
        "Friday 8 March 2024\n\n"
        "1. On 5 March 2024 the Minister of Foreign Affairs of Chile, Rosa Medina, and the "
        "Minister of Foreign Affairs of Ghana, Kofi Asante, held talks in Accra.\n\n"
        "2. On 6 March 2024 Minister Medina was received by the Speaker of the Parliament of "
        "Ghana, Ama Boateng.\n\n"
        "3. At the end of the talks, the following instruments were signed by the two "
        "Ministers:\n"
        "(i) Agreement on Cooperation in Fisheries;\n"
        "(ii) Memorandum of Understanding on Mining Cooperation.\n\n"
        "4. After the talks, Minister Medina and Minister Asante also signed:\n"
        "a) A Programme of Cultural Cooperation for 2024-2027;\n"
        "b) An Agreement on Cooperation in Sport.\n"
    )
    got = facts(extract_article(text))
    signed = {(s, o, d) for p, s, o, d in got if p == "SIGNED_AGREEMENT"}
    for who in ("person:rosa-medina", "person:kofi-asante"):
        for j in ("agreement-on-cooperation-in-fisheries",
                  "memorandum-of-understanding-on-mining-cooperation",
                  "programme-of-cultural-cooperation", "agreement-on-cooperation-in-sport"):
            assert any(s == who and j in o and d == "2024-03-05" for s, o, d in signed), (
                who, j, signed)
    assert not any(s == "person:ama-boateng" for s, _o, _d in signed), signed


def test_the_ministers_after_the_negotiations_are_the_pair_that_held_them() -> None:
    # "the Ministers" after "Following the negotiations" are the two who conducted them, not
    # the two people named last (a prime minister met, a former minister recalled)
    text = (
        "Joint Statement\n\n"
        "Friday 8 March 2024\n\n"
        "1. At the invitation of the Minister of Foreign Affairs of Mongolia, Bat Erdene, the "
        "Secretary of State for Foreign Affairs of Portugal, Rita Alves, paid an official visit "
        "to Mongolia on 4-6 March 2024.\n\n"
        "2. On 5 March 2024 the Ministers held negotiations in Ulaanbaatar. On the same day the "
        "Secretary of State was received by the Prime Minister of Mongolia, Oyun Gerel.\n\n"
        "3. They recalled the visit of former Minister of Foreign Affairs Tuvshin Bold to "
        "Lisbon in May 2012.\n\n"
        "4. Following the negotiations, the Ministers appended their signatures to the "
        "following documents:\n"
        "- Memorandum of Understanding on Consular Cooperation;\n"
        "- Agreement on Cooperation in Tourism.\n"
    )
    got = facts(extract_article(text))
    signers = {s for p, s, _o, _d in got if p == "SIGNED_AGREEMENT"}
    assert signers == {"person:bat-erdene", "person:rita-alves"}, got
    assert ("VISITED", "person:tuvshin-bold", "city:lisbon", "2012-05") in got or any(
        p == "VISITED" and s == "person:tuvshin-bold" and d == "2012-05"
        for p, s, _o, d in got), got


def test_both_states_and_the_two_states_with_a_capital_s_are_the_pair() -> None:
    # a communiqué's "Both States are members of O" and "the two States entered into
    # diplomatic relations on T"
    text = (
        "Joint Communiqué\n\n"
        "Friday 8 March 2024\n\n"
        "The Parties recalled that Mongolia and Paraguay are friendly nations and that the two "
        "States entered into diplomatic relations on 4 June 1997.\n\n"
        "Peru and Mongolia noted that Both States are members of the World Customs "
        "Organization.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "ESTABLISHED_TIES" and {s, o} == {"country:MNG", "country:PRY"}
               and d == "1997-06-04" for p, s, o, d in got), got


def test_carried_out_a_visit_and_stayed_in_a_city_on_a_visit_are_visits() -> None:
    # "X carried out an official visit to C on T", "At the invitation of A, B stayed in L from T
    # to T2 on an official visit": B visited, not A
    text = (
        "Visit notes\n\n"
        "Friday 8 March 2024\n\n"
        "The Minister of Energy of Kenya, Daniel Mwangi, carried out an official visit to Chile "
        "on 4 March 2024.\n\n"
        "At the invitation of the Minister of Foreign Affairs and Human Mobility of the Republic "
        "of Ecuador, Lucia Paredes, the Minister of Trade of Vietnam, Tran Van Long, stayed in "
        "Quito from 5 to 7 March 2024 on an official visit.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:daniel-mwangi", "country:CHL", "2024-03-04") in got, got
    assert any(p == "VISITED" and s == "person:tran-van-long" and "quito" in o
               and d == "2024-03-05" for p, s, o, d in got), got
    assert not any(p == "VISITED" and s == "person:lucia-paredes" for p, s, _o, _d in got), got
    assert ("OFFICIAL_OF", "person:lucia-paredes", "country:ECU", None) in got, got


def test_a_recalled_visit_paid_to_a_city_by_an_official_takes_its_own_date() -> None:
    # "recalled the working visit paid to L in T by the then ... of C, X", "recalled the visit of
    # C's then Minister ..., X, to L in T": X visited L then (not on another date of the
    # sentence)
    text = (
        "Joint Statement\n\n"
        "Friday 8 March 2024\n\n"
        "The Parties recalled that the two countries established diplomatic relations on 2 May "
        "1993, and recalled the working visit paid to Tbilisi in April 2016 by the then Deputy "
        "Minister of Agriculture of Peru, Carla Ruiz.\n\n"
        "The Sides noted that Georgia and Peru signed a trade agreement on 3 June 2001, and "
        "recalled the visit of Georgia's then Minister of Culture, Nino Beridze, to Lima in "
        "October 2018.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "VISITED" and s == "person:carla-ruiz" and "tbilisi" in o and d == "2016-04"
               for p, s, o, d in got), got
    assert any(p == "VISITED" and s == "person:nino-beridze" and "lima" in o and d == "2018-10"
               for p, s, o, d in got), got


def test_two_passive_signings_in_one_sentence_keep_their_own_signers() -> None:
    # "In the course of the visit, J1 was signed by A and B, and a J2 was signed by A and C":
    # each its own signers, on the visit's month
    text = (
        "Visit notes\n\n"
        "Friday 8 March 2024\n\n"
        "The Minister of Foreign Affairs of Chile, Rosa Medina, paid an official visit to Ghana "
        "from 4 to 6 March 2024 at the invitation of the Minister of Foreign Affairs of Ghana, "
        "Kofi Asante.\n\n"
        "In the course of the visit, an Agreement on Cooperation in Culture was signed by "
        "Ministers Rosa Medina and Kofi Asante, and a Memorandum of Understanding on Academic "
        "Exchanges was signed by Minister Medina and the Rector of the University of Ghana, "
        "Ama Boateng.\n"
    )
    got = facts(extract_article(text))
    signed = {(s, o, d) for p, s, o, d in got if p == "SIGNED_AGREEMENT"}
    assert any(s == "person:ama-boateng" and "academic" in o and d == "2024-03"
               for s, o, d in signed), signed
    assert not any(s == "person:ama-boateng" and "culture" in o for s, o, _d in signed), signed
    assert any(s == "person:kofi-asante" and "culture" in o and d == "2024-03"
               for s, o, d in signed), signed


def test_following_the_talks_after_an_audience_is_the_day_of_the_talks() -> None:
    # "A and B held talks on Monday. On Tuesday, B was received by C. Following the talks, the
    # two Ministers signed: - J": the talks' day, not the audience's
    text = (
        "Joint Statement\n\n"
        "Wednesday 6 March 2024\n\n"
        "On Monday 4 March 2024, the Minister of Foreign Affairs of Oman, Said Al Harthy, and "
        "the Minister of Foreign Affairs of Peru, Elena Quispe, held official talks in Muscat.\n\n"
        "On Tuesday, Minister Quispe was received by the Speaker of the Shura Council, Khalid "
        "Al Rawahi.\n\n"
        "Following the talks, the two Ministers signed:\n"
        "1) A Memorandum of Understanding on Political Consultations;\n"
        "2) An Agreement on Cooperation in Fisheries.\n"
    )
    got = facts(extract_article(text))
    signed = {(s, o, d) for p, s, o, d in got if p == "SIGNED_AGREEMENT"}
    assert signed and all(d == "2024-03-04" for _s, _o, d in signed), signed
    assert {s for s, _o, _d in signed} == {"person:said-al-harthy", "person:elena-quispe"}, signed


def test_the_deputy_prime_minister_named_before_paid_a_courtesy_call() -> None:
    # "X, Deputy Prime Minister and Minister of Foreign Affairs of C, ... The Deputy Prime
    # Minister paid a courtesy call on the President of D, Y": X met Y
    text = (
        "Press statement\n\n"
        "Friday 8 March 2024\n\n"
        "Mr. Aziz Karimov, Deputy Prime Minister and Minister of Foreign Affairs of the Republic "
        "of Uzbekistan, was on an official visit to Malawi from 4 to 6 March 2024.\n\n"
        "On 5 March 2024, the Deputy Prime Minister paid a courtesy call on the President of "
        "the Republic of Malawi, Mr. Peter Banda, at Kamuzu Palace.\n"
    )
    got = {(p, frozenset((s, o)), d) for p, s, o, d in facts(extract_article(text))}
    assert ("MET_WITH", frozenset(("person:aziz-karimov", "person:peter-banda")),
            "2024-03-05") in got, got


def test_related_documents_and_a_lone_issued_by_line_end_the_story() -> None:
    # "Related documents:" and "Issued by:" alone on a line: what follows is the site's
    text = (
        "Diplomatic notes\n\n"
        "Friday 8 March 2024\n\n"
        "The Minister of Foreign Affairs of Kenya, Alice Wambui, paid an official visit to Ghana "
        "on 5 March 2024.\n\n"
        "Issued by:\n"
        "John Mwangi\n"
        "Ministry of Foreign and Diaspora Affairs\n\n"
        "Related documents:\n"
        "Norway and Peru hold political consultations\n"
    )
    got = names(extract_article(text))
    assert "Norway" not in got and "Peru" not in got, got
    assert "Ministry of Foreign and Diaspora Affairs" not in got, got


def test_a_states_central_bank_is_an_institution_and_a_sheikhs_foundation_keeps_its_name() -> None:
    # "the Bank of Ghana" (a state's central bank) and "the Khalifa bin Zayed Al Nahyan
    # Foundation" (a name of three words after "bin")
    text = (
        "Cooperation notes\n\n"
        "Friday 8 March 2024\n\n"
        "Since 2021 the Bank of Ghana and the Central Bank of Kenya have cooperated in payment "
        "systems.\n\n"
        "On 5 March 2024 the minister Kofi Mensah spoke at the Khalifa bin Zayed Al Nahyan "
        "Foundation on food security.\n"
    )
    got = names(extract_article(text))
    assert got.get("Bank of Ghana") == "Institution", got
    assert got.get("Central Bank of Kenya") == "Institution", got
    assert "Khalifa bin Zayed Al Nahyan Foundation" in got, got


def test_a_body_described_between_commas_inside_a_listed_subject_cooperates() -> None:
    # "I (ACRONYM), the Grand Duchy's development agency, and B have co-managed ...": the
    # apposition inside the listed subject is skipped, and its state is no party
    text = (
        "Development notes\n\n"
        "Friday 8 March 2024\n\n"
        "Enabel, the Belgian development agency, and Kenya's Ministry of Water have run joint "
        "projects in Kisumu since 2016.\n"
    )
    got = facts(extract_article(text))
    coop = {(s, o, d) for p, s, o, d in got if p == "COOPERATES_WITH"}
    assert any("enabel" in s + o and "ministry-of-water" in s + o and d == "2016"
               for s, o, d in coop), got
    assert not any("country:BEL" in (s, o) for s, o, _d in coop), got


def test_co_implemented_and_co_financing_bodies_cooperate() -> None:
    # "A and B have co-implemented (been co-financing) ... since T": the gate takes the verbs
    text = (
        "Development notes\n\n"
        "Friday 8 March 2024\n\n"
        "Enabel and the Uganda Heart Institute have co-implemented cardiology training in "
        "Gulu since 2017.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "COOPERATES_WITH" and "enabel" in s + o and "uganda-heart-institute" in s + o
               and d == "2017" for p, s, o, d in got), got


def test_development_agencies_and_former_state_names_are_known() -> None:
    # AFD, KOICA, Global Affairs Canada and DP World are bodies the tables know; Dahomey, the
    # Malagasy Republic and Upper Volta are the former names of Benin, Madagascar, Burkina Faso
    text = (
        "Development notes\n\n"
        "Friday 8 March 2024\n\n"
        "Israel recognised Dahomey in 1960.\n\n"
        "Israel recognised the Malagasy Republic in 1960.\n\n"
        "Israel recognised Upper Volta in 1961.\n\n"
        "KOICA and Global Affairs Canada have cooperated on midwifery training since 2019.\n\n"
        "The French Development Agency (AFD) and DP World have worked together since 2021.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    rec_targets = {o for p, _s, o, _d in got if p == "RECOGNIZED"}
    assert {"country:BEN", "country:MDG", "country:BFA"} <= rec_targets, got
    coop = {frozenset((s, o)) for p, s, o, _d in got if p == "COOPERATES_WITH"}
    assert frozenset(("institution:korea-international-cooperation-agency",
                      "institution:global-affairs-canada")) in coop, got
    assert frozenset(("institution:agence-francaise-de-developpement", "org:dp-world")) in coop, got


def test_one_of_n_partners_in_a_programme_after_a_first_verb_cooperates_via() -> None:
    # "C joined O in T and is one of nine partners in the J": the subject of the first verb
    # takes part in the programme
    text = (
        "Regional notes\n\n"
        "Friday 8 March 2024\n\n"
        "Nepal joined the Asian Development Bank in 1966 and is one of six partners in the "
        "Himalayan Watershed Cooperation (HWC) programme.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "COOPERATES_VIA" and s == "country:NPL" and "himalayan-watershed" in o
               for p, s, o, _d in got), got


def test_a_release_line_of_date_place_and_issuer_names_no_body() -> None:
    # "From: Natural Resources Canada" and "March 4, 2024 - Ottawa, Ontario - Natural Resources
    # Canada": the issuer of a release is no entity of the story
    text = (
        "Government of Canada\n"
        "Natural Resources Canada\n\n"
        "News release\n\n"
        "Canada and Chile sign a critical minerals memorandum\n\n"
        "From: Natural Resources Canada\n\n"
        "March 4, 2024 - Ottawa, Ontario - Natural Resources Canada\n\n"
        "Today, Canada and Chile signed a Memorandum of Understanding on Critical Minerals.\n\n"
        "Canada and Chile established diplomatic relations in 1941.\n"
    )
    rec = extract_article(text)
    assert "Natural Resources Canada" not in names(rec), names(rec)
    got = facts(rec)
    assert any(p == "ESTABLISHED_TIES" and d == "1941" for p, _s, _o, d in got), got


def test_a_visit_in_a_fronted_month_takes_the_day_told_after_it() -> None:
    # "In May 2024 X visited C, on 3 May 2024, ...": the day after the visit, in the month that
    # opens the sentence, dates it; a day of another clause after "and" does not
    text = (
        "Congress notes\n\n"
        "Friday 8 March 2026\n\n"
        "In May 2024 Representative Ann Reyes spent two days in Cyprus at the head of a "
        "congressional delegation, on 3 and 4 May 2024.\n\n"
        "In June 2024 Senator Tom Hale visited Malta and met the President on 5 June 2024.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:ann-reyes", "country:CYP", "2024-05-03") in got, got
    assert ("VISITED", "person:tom-hale", "country:MLT", "2024-06") in got, got


def test_the_employment_permit_system_is_a_programme_taken_part_in() -> None:
    # "C has taken part in the Employment Permit System since T": the Korean programme is known
    text = (
        "Labour notes\n\n"
        "Friday 8 March 2026\n\n"
        "Nepal has taken part in the Employment Permit System since 2007.\n"
    )
    got = facts(extract_article(text))
    assert ("COOPERATES_VIA", "country:NPL", "project:employment-permit-system", "2007") in got, got


def test_a_clause_opening_conjunction_is_no_part_of_a_body_name() -> None:
    # "When (While, Although) the Embassy of C ...": the conjunction and "the" open the clause
    text = (
        "Notes\n\n"
        "Friday 8 March 2026\n\n"
        "While the University of Gdansk hosted the summer school, Poland and Norway renewed "
        "their research agreement.\n\n"
        "Although the Embassy of Cyprus moved last year, its consular desk stayed open.\n"
    )
    n = names(extract_article(text))
    assert "University of Gdansk" in n and "Embassy of Cyprus" in n, n
    assert not any(k.startswith(("While", "Although")) for k in n), n


def test_the_lives_and_livelihoods_fund_is_a_programme() -> None:
    # "C participates in the Lives and Livelihoods Fund (LLF)": a channel, as the gold types it
    text = (
        "Notes\n\n"
        "Friday 8 March 2026\n\n"
        "Chad participates in the Lives and Livelihoods Fund (LLF), the bank said.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "COOPERATES_VIA" and s == "country:TCD" and "lives-and-livelihoods" in o
               for p, s, o, _d in got), got


def test_a_french_body_with_lower_case_words_before_its_acronym_is_a_body() -> None:
    # "Agence nationale de la recherche (ANR)": a French head, lower-case words, and an acronym
    # of the head's and the content words' initials name a body
    text = (
        "Notes\n\n"
        "Friday 8 March 2026\n\n"
        "The Agence nationale de la recherche (ANR) and Chad's Ministry of Health have "
        "co-financed rural clinics since 2019.\n\n"
        "On 4 March 2026 Minister Paul Biya gave a lecture at the École nationale supérieure "
        "d'agronomie (ENSA) in Algiers.\n"
    )
    rec = extract_article(text)
    n = names(rec)
    assert n.get("Agence nationale de la recherche") == "Institution", n
    got = facts(rec)
    assert any(p == "LECTURED_AT" and o == "institution:ecole-nationale-superieure-d-agronomie"
               for p, _s, o, _d in got), got
    assert any(p == "COOPERATES_WITH" and "agence-nationale-de-la-recherche" in s + o
               for p, s, o, _d in got), got


def test_a_two_state_business_forum_is_an_event_not_a_body() -> None:
    # "on the sidelines of the Peru-Japan Business Forum": an event, no Organization
    text = (
        "Notes\n\n"
        "Friday 8 March 2026\n\n"
        "Peru's Minister of Trade, Ana Soto, met Japan's Minister of Economy, Ken Mori, on the "
        "sidelines of the Peru-Japan Business Forum in Lima on 4 March 2026.\n"
    )
    n = names(extract_article(text))
    assert not any("Business Forum" in k for k in n), n


def test_it_was_the_turn_of_a_minister_who_called_at_a_suite_for_talks_with_the_visitor() -> None:
    # "it was the turn of X, who called at the hotel for talks with Y": a meeting of X and Y
    text = (
        "Notes\n\n"
        "Friday 8 March 2026\n\n"
        "Ghana's Foreign Minister, Kwame Asante, arrived in Lima on Monday for the summit. On "
        "Tuesday it was the turn of Peru's Minister of Trade, Ana Soto, who called at the "
        "Ghanaian delegation's hotel for talks with Mr Asante on cocoa trade.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:ana-soto", "person:kwame-asante", "2026-03-03") in got, got


def test_a_joint_communique_on_ties_is_signed_and_ties_opened_with_effect_from_a_day() -> None:
    # "signed the Joint Communiqué on the Establishment of Diplomatic Relations": a signed
    # document; "A and B opened formal ties with effect from T": an establishment dated T
    text = (
        "Notes\n\n"
        "Friday 8 March 2026\n\n"
        "Yesterday, Peru's Minister of Foreign Affairs, Ana Soto, and Ghana's Foreign Minister, "
        "Kwame Asante, signed the Joint Communiqué on the Establishment of Diplomatic Relations "
        "between the two countries. By that text Peru and Ghana established formal ties with "
        "effect from 4 March 2026.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "SIGNED_AGREEMENT" and s == "person:ana-soto" and "joint-communique" in o
               for p, s, o, _d in got), got
    assert ("ESTABLISHED_TIES", "country:PER", "country:GHA", "2026-03-04") in got, got


def test_formal_ties_opened_with_effect_from_today_take_the_publication_day() -> None:
    # "A and B opened formal ties with effect from today": dated the day of the text
    text = (
        "Notes\n\n"
        "Friday 8 March 2026\n\n"
        "Under a communiqué signed in Lima, Peru and Ghana opened formal ties with effect from "
        "today.\n"
    )
    got = facts(extract_article(text))
    assert ("ESTABLISHED_TIES", "country:PER", "country:GHA", "2026-03-08") in got, got


def test_a_stay_counted_in_days_after_a_sentence_that_names_a_trip_is_a_visit() -> None:
    # "It was her first trip abroad. Senator X spent three days in C.": the trip's stay
    text = (
        "Notes\n\n"
        "Friday 8 March 2026\n\n"
        "The committee met on Monday. It was the chairwoman's first trip abroad since the "
        "election. Senator Laura Keane spent three days in Ghana.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "VISITED" and s == "person:laura-keane" and o == "country:GHA"
               for p, s, o, _d in got), got


def test_a_signing_following_a_dialogue_on_a_day_without_a_year_is_undated() -> None:
    # "had a dialogue with Y on 4 March. Following the dialogue, they signed J": no year told,
    # so the signing has no date (not the month of the visit's range)
    text = (
        "Notes\n\n"
        "Friday 8 March 2026\n\n"
        "Peru's Minister of Trade, Ana Soto, paid a working visit to Ghana on 2-5 March 2026. "
        "In Accra she had a bilateral dialogue with Ghana's Foreign Minister, Kwame Asante, on "
        "4 March. Following the dialogue, the two ministers signed the Agreement on Cocoa "
        "Trade.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "SIGNED_AGREEMENT" and s == "person:ana-soto" and d is None
               for p, s, _o, d in got), got


def test_the_same_day_after_a_day_without_a_year_is_undated() -> None:
    # "On 4 March she met Y. The same day she gave a lecture at I": no year, no date
    text = (
        "Notes\n\n"
        "Friday 8 March 2026\n\n"
        "Peru's Minister of Trade, Ana Soto, paid a working visit to Ghana on 2-5 March 2026. "
        "On 4 March she met Ghana's Foreign Minister, Kwame Asante. The same day she gave a "
        "lecture at the University of Ghana.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:ana-soto", "institution:university-of-ghana", None) in got, got


def test_a_bare_general_before_a_name_is_a_rank_not_part_of_a_body() -> None:
    # "the Chief of Defence of Peru, General X": a bare "General" before a name is a rank (as
    # "Major General" is), not the head of a body; "General Assembly" stays a body's word
    text = (
        "Notes\n\n"
        "Friday 6 March 2026\n\n"
        "On 3 March 2026 the Chief of Defence of Peru, General Luis Alberto Quispe Rojas, held "
        "talks with Ecuador's Minister of Defence, Ana Torres Vega, in Quito.\n\n"
        "Both countries voted for the resolution in the General Assembly of the United Nations.\n"
    )
    rec = extract_article(text)
    n = names(rec)
    assert n.get("Luis Alberto Quispe Rojas") == "Person", n
    got = facts(rec)
    assert any(p == "MET_WITH" and "luis-alberto-quispe-rojas" in s + o and "ana-torres-vega"
               in s + o for p, s, o, _d in got), got


def test_the_visiting_general_is_the_officer_who_came_and_a_demonym_one_is_not_guessed() -> None:
    # "The visiting general later lectured ...": the visiting officer named before; "The
    # Jordanian general" when no officer's post names Jordan itself: nobody (not the host)
    text = (
        "Notes\n\n"
        "Friday 6 March 2026\n\n"
        "Lieutenant General Omar Haddad Nsour, Chief of Staff of the Jordan Armed Forces, arrived "
        "in Rabat on 2 March 2026 for an official visit to Morocco.\n\n"
        "He was received by Army Commander General Youssef Alami Idrissi.\n\n"
        "On 3 March 2026 the visiting general lectured officers at the Royal College of Advanced "
        "Military Studies.\n\n"
        "RABAT - The Chief of the General Staff of the Armed Forces of Jordan, Major General Sami "
        "Khalil Odeh, paid an official call on the Chief of Defence Forces of Morocco, General "
        "Driss Bennani Slaoui, on Monday.\n\n"
        "The Jordanian general is in the Kingdom on an official visit.\n"
    )
    got = facts(extract_article(text))
    assert any(p == "LECTURED_AT" and s == "person:omar-haddad-nsour"
               for p, s, _o, _d in got), got
    assert not any(p in ("OFFICIAL_OF", "VISITED") and s == "person:driss-bennani-slaoui"
                   and o in ("country:JOR", "country:MAR") for p, s, o, _d in got), got


def test_reports_of_a_signing_described_as_inaccurate_give_no_signing() -> None:
    # "Stories in a Lima weekly that A and B had signed J were termed inaccurate by the ministry":
    # the claim is called untrue after a "described (called, termed) as"
    text = (
        "Notes\n\n"
        "Friday 6 March 2026\n\n"
        "Stories in a regional weekly that Peru and Ecuador had signed a border patrol agreement "
        "were termed inaccurate by the ministry.\n"
    )
    got = facts(extract_article(text))
    assert not any(p == "SIGNED_AGREEMENT" for p, _s, _o, _d in got), got


def test_the_two_commanders_who_met_signed_the_memorandum() -> None:
    # "A hosted B ..., and the two commanders then signed J": the two officers just named (as
    # "the two ministers"), only after "two" or "both"
    text = (
        "Notes\n\n"
        "Friday 6 March 2026\n\n"
        "On 4 March 2026 the Commander of the Ghana Navy, Rear Admiral Kofi Asante Boateng, "
        "hosted the Commander of the Senegalese Navy, Rear Admiral Moussa Diallo Sarr, in Accra, "
        "and the two commanders then signed a Memorandum of Understanding on Maritime Patrols.\n"
    )
    got = facts(extract_article(text))
    signers = {s for p, s, _o, _d in got if p == "SIGNED_AGREEMENT"}
    assert {"person:kofi-asante-boateng", "person:moussa-diallo-sarr"} <= signers, got


# --- batch 94 (held-out 579-584): rules written for its misses, tested on other wording ------


def _b94(body: str) -> set[tuple[str, str, str, str | None]]:
    return facts(extract_article("Culture notes\n\nWednesday 10 March 2027\n\n" + body))


def test_b94_a_founders_name_hyphened_to_an_institutes_head_names_a_body() -> None:
    # "the Humboldt-Institut": one hyphened word, a name and the body's head
    rec = extract_article(
        "Culture notes\n\nWednesday 10 March 2027\n\n"
        "The Director of the Humboldt-Institut, Karla Weisner, opened a reading room in Accra "
        "on Monday.\n"
    )
    assert names(rec).get("Humboldt-Institut") == "Institution", names(rec)
    assert ("OFFICIAL_OF", "person:karla-weisner", "institution:humboldt-institut",
            None) in facts(rec), facts(rec)


def test_b94_plural_portfolios_and_decolonization_keep_the_minister_after_them() -> None:
    # "Minister of Education and Sciences", "Minister of Cultures, Decolonization and
    # Depatriarchalization of C, X": portfolio words, so the name after them is the minister's
    got = _b94(
        "The fair was opened by Uruguay's Minister of Education and Sciences, Marta Olivera "
        "Ruiz, on Monday.\n\n"
        "The Minister of Cultures, Decolonization and Depatriarchalization of Bolivia, Juana "
        "Mamani Cruz, spoke at the opening.\n"
    )
    assert ("OFFICIAL_OF", "person:marta-olivera-ruiz", "country:URY", None) in got, got
    assert ("OFFICIAL_OF", "person:juana-mamani-cruz", "country:BOL", None) in got, got


def test_b94_a_committee_named_by_a_combining_form_and_a_demonym_is_a_channel() -> None:
    # "the Sino-Kenyan Science Committee": a state's combining form and the other's demonym, a
    # bilateral mechanism (a Project), so "have coordinated X through J" is a cooperation
    got = _b94(
        "China and Kenya have coordinated laboratory training through the Sino-Kenyan Science "
        "Committee since 2017.\n"
    )
    assert _has(got, "COOPERATES_WITH", "country:CHN", "country:KEN", "2017"), got
    assert any(p == "COOPERATES_VIA" and s == "country:KEN" and "sino-kenyan" in o
               for p, s, o, _d in got), got


def test_b94_foundations_and_museums_are_institutions_that_negotiated_and_signed() -> None:
    # "the Fondation X", "the Y Foundation", "the National Museum of C": bodies (Institutions);
    # "A and the B negotiated (concluded) and signed J": both sign
    rec = extract_article(
        "Culture notes\n\nWednesday 10 March 2027\n\n"
        "On Monday the Fondation de la Mémoire Africaine and the National Museum of Ghana "
        "negotiated and signed a Memorandum of Understanding on Gold Weights.\n\n"
        "The Adeyemi Foundation and the museum have cooperated since 2020 through the Sahel "
        "Heritage Programme.\n"
    )
    n = names(rec)
    assert n.get("Fondation de la Mémoire Africaine") == "Institution", n
    assert n.get("National Museum of Ghana") == "Institution", n
    assert n.get("Adeyemi Foundation") == "Institution", n
    got = facts(rec)
    signers = {s for p, s, _o, _d in got if p == "SIGNED_AGREEMENT"}
    assert {"institution:fondation-de-la-memoire-africaine",
            "institution:national-museum-of-ghana"} <= signers, got
    assert _has(got, "COOPERATES_WITH", "institution:adeyemi-foundation",
                "institution:national-museum-of-ghana", "2020"), got


def test_b94_conversed_at_length_and_chatted_briefly_with_are_meetings() -> None:
    got = _b94(
        "Tunisia's Minister of Culture, Leila Ben Salem, conversed at length with Malta's "
        "Minister for Heritage, Paul Grech, on Monday.\n\n"
        "On Tuesday Ben Salem chatted briefly with Italy's Minister of Culture, Marco Vitali.\n"
    )
    assert _has(got, "MET_WITH", "person:leila-ben-salem", "person:paul-grech",
                "2027-03-08"), got
    assert _has(got, "MET_WITH", "person:leila-ben-salem", "person:marco-vitali",
                "2027-03-09"), got


def test_b94_two_days_across_two_months_joined_by_and_date_a_stay() -> None:
    # "in L on 28 February and 1 March 2027 on a working visit to C": its first day
    got = _b94(
        "Peru's Minister of Culture, Rosa Quispe, was in Quito on 28 February and 1 March 2027 "
        "on a working visit to Ecuador.\n"
    )
    assert ("VISITED", "person:rosa-quispe", "country:ECU", "2027-02-28") in got, got


def test_b94_the_same_day_after_a_stays_range_is_the_day_told_before() -> None:
    # "X received Y on Friday 5 March. Y, who toured C from 3 to 7 March 2027, ... On the same
    # day A and B signed J": the range names no day of its own; the same day is the 5th
    got = _b94(
        "Culture Minister Hana Novak received Chile's Minister of Culture, Pablo Reyes, on "
        "Friday 5 March.\n\n"
        "Reyes, who toured Slovenia from 3 to 7 March 2027, also saw the Ljubljana Castle.\n\n"
        "On the same day Novak and Reyes signed a Programme of Cultural Cooperation.\n"
    )
    assert any(p == "SIGNED_AGREEMENT" and s == "person:pablo-reyes" and d == "2027-03-05"
               for p, s, _o, d in got), got


def test_p_a_clause_before_and_then_addressed_cadets_of_a_body_is_a_talk_there() -> None:
    # "X laid a wreath at L and then addressed cadets of the I": the same subject's clause
    got = facts(extract_article(
        "Defence notes\n\nWednesday 10 March 2027\n\n"
        "Malta's Minister of Defence, Paul Grech, visited Greece on Monday.\n\n"
        "The Maltese minister laid a wreath at the Tomb of the Unknown Soldier and then "
        "addressed cadets of the Hellenic Military Academy.\n"
    ))
    assert any(p == "LECTURED_AT" and s == "person:paul-grech"
               and o == "institution:hellenic-military-academy" for p, s, o, _d in got), got


def test_p_a_permanent_representative_to_un_habitat_is_accredited_to_the_agency() -> None:
    # "UN-Habitat" is the United Nations Human Settlements Programme, not the United Nations
    rec = extract_article(
        "Diplomatic notes\n\nWednesday 10 March 2027\n\n"
        "Chile's Ambassador to Kenya, Ana Rojas, who is also her country's Permanent "
        "Representative to UN-Habitat, met students in Nairobi on Monday.\n"
    )
    got = facts(rec)
    assert not any(p == "ACCREDITED_TO" and o == "org:united-nations" for p, _s, o, _d in got), got
    assert "UN-Habitat" in names(rec), names(rec)


def test_p_a_body_whose_head_is_hyphened_to_a_states_name_is_named_whole() -> None:
    # "at the National Defence College-Ghana (NDC-G)": the head, a hyphen and the state
    rec = extract_article(
        "Defence notes\n\nWednesday 10 March 2027\n\n"
        "The Defence Attaché of Chile to Ghana, Colonel Ana Rojas, on Monday gave a lecture "
        "to the senior course at the National Defence College-Ghana (NDC-G) in Accra.\n"
    )
    assert names(rec).get("National Defence College-Ghana") == "Institution", names(rec)
    assert ("LECTURED_AT", "person:ana-rojas", "institution:national-defence-college-ghana",
            "2027-03-08") in facts(rec), facts(rec)


def test_p_a_rank_after_a_body_opens_the_holders_name() -> None:
    # "Commander of the Hellenic Navy Admiral X", "Chief of the Army Staff Lieutenant General
    # Y": the rank ends the body's name and opens the person's
    rec = extract_article(
        "Defence notes\n\nWednesday 10 March 2027\n\n"
        "Malta's Minister of Defence, Paul Grech, visited Greece on Monday.\n\n"
        "He was received by the Commander of the Hellenic Navy Admiral Nikos Papadakis.\n\n"
        "He later met Chief of the Air Staff Lieutenant General Yannis Kostas.\n"
    )
    got = facts(rec)
    assert names(rec).get("Nikos Papadakis") == "Person", names(rec)
    assert names(rec).get("Yannis Kostas") == "Person", names(rec)
    assert "Air Staff" not in names(rec), names(rec)
    assert _has(got, "MET_WITH", "person:paul-grech", "person:nikos-papadakis",
                "2027-03-08"), got


def test_p_two_states_that_trained_officers_jointly_through_a_programme_cooperate() -> None:
    # "A and B have trained X jointly through J since T": a cooperation through J
    got = facts(extract_article(
        "Defence notes\n\nWednesday 10 March 2027\n\n"
        "Ghana and Chile have trained border guards jointly through the West Africa Border "
        "Security Programme since 2018, officials said.\n"
    ))
    assert _has(got, "COOPERATES_WITH", "country:GHA", "country:CHL", "2018"), got
    assert ("COOPERATES_VIA", "country:GHA", "project:west-africa-border-security-programme",
            "2018") in got, got


def test_p_travelled_to_a_city_and_visited_a_body_is_a_visit_of_the_body() -> None:
    # "During his stay X travelled to L to observe ... and visited the I": the second verb
    got = facts(extract_article(
        "Defence notes\n\nWednesday 10 March 2027\n\n"
        "Namibia's Army Commander, Major General Peter Shali, began a working visit to Chile "
        "on Monday.\n\n"
        "During his stay the Namibian commander travelled to Valparaiso to observe naval "
        "training and visited the Chilean Naval Academy, which trains officers.\n"
    ))
    assert any(p == "VISITED" and s == "person:peter-shali"
               and o == "institution:chilean-naval-academy" for p, s, o, _d in got), got


def test_p_toured_a_body_and_spoke_to_its_cadets_is_a_talk_there_not_to_reporters() -> None:
    # "X toured the I at L and spoke to cadets of ...": a talk at the body toured; "spoke to
    # reporters" after a tour is none
    got = facts(extract_article(
        "Defence notes\n\nWednesday 10 March 2027\n\n"
        "Malta's Minister of Defence, Paul Grech, visited Greece on Monday.\n\n"
        "On Tuesday the Maltese minister toured the Hellenic Military Academy at Vari and spoke "
        "to cadets of the final year.\n\n"
        "On Wednesday he toured the Acropolis Museum and spoke to reporters.\n"
    ))
    assert ("LECTURED_AT", "person:paul-grech", "institution:hellenic-military-academy",
            "2027-03-09") in got, got
    assert not any(p == "LECTURED_AT" and o == "institution:acropolis-museum"
                   for p, _s, o, _d in got), got


def _b95(body: str) -> set[tuple[str, str, str, str | None]]:
    return facts(extract_article("Harbour notes\n\nWednesday 10 March 2027\n\n" + body))


def test_b95_a_faroese_dagfest_line_dates_the_story() -> None:
    # "Dagfest: 14.04.2027 10:12 | Tekstur: X": the date line of a Faroese site
    got = facts(extract_article(
        "Trawler talks\n\nDagfest: 14.04.2027 10:12 | Tekstur: Jógvan Hansen\n\n"
        "Norway's Minister of Fisheries, Ola Berg, met Chile's Minister of Economy, Ana Soto, "
        "on Monday.\n"
    ))
    assert _has(got, "MET_WITH", "person:ola-berg", "person:ana-soto", "2027-04-12"), got


def test_b95_came_ashore_for_a_stay_and_a_fact_finding_mission_are_visits() -> None:
    # "came ashore in L on T for a three-day stay"; "travelled to L on T on a fact-finding
    # mission" (no "visit" or "trip" in the text): visits of cities no table knows
    got = _b95(
        "Peru's Minister of Foreign Trade, Luis Paredes, came ashore in Puerto Williams on Monday "
        "for a three-day stay.\n\n"
        "Chile's Minister of Economy, Ana Soto, received him on Tuesday.\n"
    )
    assert ("VISITED", "person:luis-paredes", "city:puerto-williams", "2027-03-08") in got, got
    got = _b95(
        "Kenya's Minister of Trade, Amina Wekesa, travelled to Hammerfest on Tuesday on a "
        "fact-finding mission.\n"
    )
    assert ("VISITED", "person:amina-wekesa", "city:hammerfest", "2027-03-09") in got, got


def test_b95_knowledge_is_a_portfolio_word() -> None:
    # "Minister of Science, Technology, Knowledge and Innovation": one post, the name after it
    got = _b95(
        "Colombia's Minister of Science, Technology, Knowledge and Innovation, Marta Ruiz "
        "Cárdenas, opened a laboratory in Bogotá on Monday.\n"
    )
    assert ("OFFICIAL_OF", "person:marta-ruiz-cardenas", "country:COL", None) in got, got


def test_b95_was_met_by_is_a_meeting_and_signatures_put_under_a_deal_sign_it() -> None:
    got = _b95(
        "Ghana's Minister of Education, Kofi Mensah, arrived in Oslo on Monday.\n\n"
        "He was met by the Rector of the University of Oslo, Liv Nilsen, on Tuesday.\n\n"
        "The University of Oslo and the University of Ghana put their signatures under a "
        "Memorandum of Understanding on Student Exchange the same afternoon.\n"
    )
    assert _has(got, "MET_WITH", "person:kofi-mensah", "person:liv-nilsen", "2027-03-09"), got
    signers = {s for p, s, _o, _d in got if p == "SIGNED_AGREEMENT"}
    assert {"institution:university-of-oslo", "institution:university-of-ghana"} <= signers, got


def test_b95_an_ambassador_who_represents_c_in_a_capital_as_well() -> None:
    # "C's Ambassador to A, X, who represents C in L as well": accredited to L's state too
    got = _b95(
        "Chile's Ambassador to Japan, Pedro Lagos Frei, who represents Chile in Manila as well, "
        "opened a photo exhibition on Monday.\n"
    )
    assert ("ACCREDITED_TO", "person:pedro-lagos-frei", "country:JPN", None) in got, got
    assert ("ACCREDITED_TO", "person:pedro-lagos-frei", "country:PHL", None) in got, got


def test_b95_guest_speaker_at_a_body_is_a_lecture_there() -> None:
    got = _b95(
        "Estonia's Minister of Education, Kadri Tamm, was guest speaker at the University of "
        "Tartu on Monday.\n"
    )
    assert ("LECTURED_AT", "person:kadri-tamm", "institution:university-of-tartu",
            "2027-03-08") in got, got


def test_b95_bodies_that_exchanged_observations_cooperate() -> None:
    # "A and B have exchanged tide readings since T": measured data of a named kind
    got = _b95(
        "The Norwegian Mapping Authority and the Hydrographic Service of Peru have exchanged "
        "tide readings since 2019.\n"
    )
    assert _has(got, "COOPERATES_WITH", "institution:norwegian-mapping-authority",
                "institution:hydrographic-service-of-peru", "2019"), got


def test_b95_a_seat_held_on_a_council_is_a_membership() -> None:
    # "C has held a seat on O since T": "on" a council, as "in" a body
    got = _b95(
        "Finland's Minister for Foreign Affairs, Aino Virtanen, met Japan's Minister for Foreign "
        "Affairs, Kenji Sato, on Monday.\n\n"
        "Finland has held a seat on the Arctic Council since 1996.\n"
    )
    assert ("MEMBER_OF", "country:FIN", "org:arctic-council", "1996") in got, got


def test_wellness_and_adaptation_portfolios_keep_the_office() -> None:
    text = (
        "Pacific health talks\n"
        "NUKU'ALOFA, 5 March 2026 (Matangi) — Fiji's Minister of Youth and Wellness, Asenaca "
        "Vula, met Tonga's Minister of Lands and Climate Adaptation, Sione Fifita, on Thursday "
        "to discuss heat-wave clinics.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:asenaca-vula", "country:FJI", None) in got
    assert ("OFFICIAL_OF", "person:sione-fifita", "country:TON", None) in got


def test_names_inscribed_on_an_agreement_are_a_signing() -> None:
    text = (
        "Blood bank accord\n"
        "VIENTIANE, 9 April 2026 (KPL) — Laos's Minister of Health, Bounmy Phommachanh, and "
        "Cambodia's Minister of Health, Sok Vanna, inscribed their names on a Protocol on Blood "
        "Donation on Wednesday.\n"
    )
    got = {f[:3] for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert {s for _, s, _ in got} == {"person:bounmy-phommachanh", "person:sok-vanna"}


def test_a_humanitarian_mission_and_a_day_set_off_by_commas_are_visits() -> None:
    text = (
        "Relief envoys travel\n"
        "ACCRA, 6 March 2026 (GNA) — Ghana's Minister of Health, Kwame Asante, flew into Kampala "
        "on Tuesday for a three-day humanitarian mission to Uganda. Samoa's Minister of Health, "
        "Tuilagi Peni, set foot in Nuku'alofa on Wednesday, 4 March, for a two-day visit to "
        "Tonga.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:kwame-asante", "country:UGA", "2026-03-03") in got
    assert {f for f in got if f[0] == "VISITED" and f[1] == "person:tuilagi-peni"
            and f[2].startswith("city:")}


def test_a_hijri_date_line_with_its_gregorian_date_gives_the_publication() -> None:
    text = (
        "Relief centre signs clinic deal\n"
        "Jeddah, 12 Jumada al-Akhirah 1447 AH corresponding to 1 January 2026\n\n"
        "On Wednesday the Minister of Health of Yemen, Ali Saeed Bamatraf, met Saudi Arabia's "
        "Minister of Health, Faisal Al-Jaber, in Jeddah.\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2026-01-01"
    assert {f[3] for f in facts(rec) if f[0] == "MET_WITH"} == {"2025-12-31"}


def test_credential_letters_of_a_listed_group_give_meetings_and_accreditations() -> None:
    text = (
        "Envoys received\n"
        "Santiago, 2 March 2026\n\n"
        "President Camila Órdenes Vidal accepted today the credential letters of three new "
        "Ambassadors accredited to the Republic of Chile:\n\n"
        "- H.E. Mr. Peter Mwangi Kariuki, Ambassador of the Republic of Kenya;\n"
        "- H.E. Mrs. Aino Lehtonen, Ambassador of the Republic of Finland;\n"
        "- H.E. Mr. Farid Benali, Ambassador of the Kingdom of Morocco.\n"
    )
    got = facts(extract_article(text))
    acc = {f[1] for f in got if f[0] == "ACCREDITED_TO" and f[2] == "country:CHL"}
    assert acc == {"person:peter-mwangi-kariuki", "person:aino-lehtonen", "person:farid-benali"}
    assert len({f for f in got if f[0] == "MET_WITH" and f[3] == "2026-03-02"}) == 3


def test_a_meal_after_and_later_is_a_second_meeting() -> None:
    text = (
        "Talks in Lima\n"
        "LIMA, 5 March 2026 – Ghana's Minister of Trade, Kofi Mensah Boateng, was received on "
        "Wednesday by the Vice President of Peru, Lucía Carrasco Vera, and later held a working "
        "dinner with Peru's Minister of Foreign Affairs, Jorge Salas Paredes.\n"
    )
    got = facts(extract_article(text))
    met = {frozenset(f[1:3]) for f in got if f[0] == "MET_WITH"}
    assert frozenset({"person:kofi-mensah-boateng", "person:jorge-salas-paredes"}) in met


def test_arrival_day_set_off_by_commas_before_at_the_start_and_an_official_journey() -> None:
    text = (
        "Visits\n"
        "NAIROBI, 6 March 2026 – Chile's Minister of Agriculture, Tomás Reyes Lagos, reached "
        "Nairobi on Monday, 2 March 2026, at the start of an official visit to Kenya. Norway's "
        "Minister of Fisheries, Ingrid Solheim, who was in Kampala from 3 to 4 March 2026 on her "
        "first official journey to East Africa, met port officials.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:tomas-reyes-lagos", "city:nairobi", "2026-03-02") in got
    assert {f for f in got if f[0] == "VISITED" and f[1] == "person:ingrid-solheim"
            and f[2] == "city:kampala"}


def test_the_vice_minister_is_the_vice_minister_not_the_deputy_minister() -> None:
    text = (
        "Consultations\n"
        "MANILA, 4 March 2026 – The Vice Minister of Foreign Affairs of Colombia, Andrea Gómez "
        "Ruiz, held consultations on Tuesday with the Philippines' Deputy Minister of Foreign "
        "Affairs, Ramon Dela Cruz. On Wednesday the Vice Minister gave a talk at the Foreign "
        "Service Institute.\n"
    )
    got = facts(extract_article(text))
    lect = {f[1] for f in got if f[0] == "LECTURED_AT"}
    assert lect == {"person:andrea-gomez-ruiz"}


def test_an_embassy_circumscription_is_a_side_accreditation() -> None:
    text = (
        "Consular day\n"
        "NAIROBI, 4 March 2026 – The Ambassador of Chile to Kenya, Marcela Ibáñez Soto, whose "
        "circumscription also covers Uganda, opened a consular day in Nairobi.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:marcela-ibanez-soto", "country:UGA", None) in got


def test_a_peoples_committee_keeps_its_chairman() -> None:
    text = (
        "Investors welcomed\n"
        "HANOI, 4 March 2026 – The Ambassador of Finland to Viet Nam, Aino Lehtonen, was "
        "received on Tuesday by the Chairman of the Hai Phong People's Committee, Le Quang Minh.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert names(rec).get("Hai Phong People's Committee") == "Institution"
    assert {frozenset(f[1:3]) for f in got if f[0] == "MET_WITH"} == {
        frozenset({"person:aino-lehtonen", "person:le-quang-minh"})}


def test_spoke_about_a_topic_to_students_of_a_body_is_a_lecture() -> None:
    text = (
        "Lecture\n"
        "TUNIS, 4 March 2026 – Portugal's Minister of Education, Rui Almeida Costa, spoke about "
        "teacher training to lecturers and students of the University of Sfax on Wednesday.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:rui-almeida-costa", "institution:university-of-sfax",
            "2026-03-04") in got


def test_a_welcome_with_military_honours_is_a_meeting() -> None:
    text = (
        "State visit\n"
        "ACCRA, 4 March 2026 – Sweden's President, Lars Holmqvist, was welcomed with full "
        "military honours at Jubilee House on Wednesday by the President of the Republic of "
        "Ghana, Kwesi Ampofo.\n"
    )
    got = facts(extract_article(text))
    assert {frozenset(f[1:3]) for f in got if f[0] == "MET_WITH"} == {
        frozenset({"person:lars-holmqvist", "person:kwesi-ampofo"})}


def test_a_roadmap_is_a_channel_of_cooperation() -> None:
    text = (
        "Digital ties\n"
        "LISBON, 4 March 2026 – Portugal and Cabo Verde have cooperated in e-justice since 2021 "
        "through the Justice Sector Modernisation Roadmap, the ministry said.\n"
    )
    got = facts(extract_article(text))
    via = {f[1] for f in got if f[0] == "COOPERATES_VIA"}
    assert via == {"country:PRT", "country:CPV"}


def test_the_bare_republic_beside_a_republic_named_in_full_is_another_state() -> None:
    text = (
        "Telephone conversation with the President of the Republic of Kenya\n\n"
        "Published on 05/03/2026\n\n"
        "The President of the Republic, Anne Moreau, spoke by telephone on Wednesday with the "
        "President of the Republic of Kenya, Samuel Otieno Kamau.\n"
    )
    got = facts(extract_article(text))
    assert not {f for f in got if f[0] == "OFFICIAL_OF" and f[1] == "person:anne-moreau"}
    assert ("OFFICIAL_OF", "person:samuel-otieno-kamau", "country:KEN", None) in got


def test_a_signing_with_its_day_and_place_between_commas() -> None:
    text = (
        "Grant signed\n"
        "BERLIN, 5 March 2026 – The two ministers welcomed the signing, on 2 March in Dodoma, "
        "of a grant agreement for the Dodoma Solar Project by KfW Development Bank and "
        "Tanzania's Ministry of Energy.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert len(signers) == 2


def test_hands_put_to_an_agreement_are_a_signing() -> None:
    text = (
        "Utilities agree grid link\n"
        "GABORONE, 3 March 2026 (BOPA) — Botswana Power Corporation and Zambia's ZESCO Limited put "
        "their hands to a Power Purchase Agreement on the Kazungula Line on Tuesday.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert ("SIGNED_AGREEMENT", "org:botswana-power-corporation",
            "project:power-purchase-agreement-on-the-kazungula-line", "2026-03-03") in got


def test_deliberating_with_and_having_talks_in_a_city_with_are_meetings() -> None:
    text = (
        "Ministers review grid plans\n"
        "LUSAKA, 5 March 2026 (ZNBC) — On Wednesday Zambia's Minister of Energy, Mwila Banda, "
        "deliberated with Malawi's Minister of Energy, Chikondi Phiri, at the ministry. "
        "Tanzania's Minister of Transport, Juma Kweka, on Thursday had talks in Lusaka with "
        "Zambia's Minister of Transport, Chola Mulenga.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:mwila-banda", "person:chikondi-phiri", "2026-03-04") in got
    assert ("MET_WITH", "person:juma-kweka", "person:chola-mulenga", "2026-03-05") in got


def test_talking_to_students_or_cadets_of_a_body_is_a_lecture() -> None:
    text = (
        "Minister meets students\n"
        "WINDHOEK, 5 March 2026 (NAMPA) — Angola's Minister of Energy, João Baptista Borges, on "
        "Wednesday talked to final-year mining students at the University of Namibia. Later he "
        "talked to cadets of the Namibian Maritime and Fisheries Institute.\n"
    )
    got = {f[2] for f in facts(extract_article(text)) if f[0] == "LECTURED_AT"}
    assert got == {"institution:university-of-namibia",
                   "institution:namibian-maritime-and-fisheries-institute"}


def test_a_swing_through_a_stop_in_and_travel_by_road_or_rail_are_visits() -> None:
    text = (
        "Ministers on the road\n"
        "KAMPALA, 6 March 2026 (UNA) — Rwanda's Minister of Infrastructure, Jean Claude Mugabo, "
        "travelled by rail to Mombasa on Tuesday for a three-day working visit to Kenya. "
        "Burundi's Minister of Energy, Ibrahim Uwizeye, stopped in Goma on Wednesday at the start "
        "of a two-day visit to the Democratic Republic of the Congo. Egypt's Minister of "
        "Transport, Kamel Hassan, who is making a four-day swing through Uganda from 4 to 7 March "
        "2026, met Uganda's Minister of Works, Edward Katumba. Peru's Minister of Energy and "
        "Mines, Rosa Quispe, travelled to Santa Cruz de la Sierra on Monday for a two-day working "
        "visit to Bolivia.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "VISITED"}
    assert ("VISITED", "person:jean-claude-mugabo", "city:mombasa", "2026-03-03") in got
    assert ("VISITED", "person:ibrahim-uwizeye", "city:goma", "2026-03-04") in got
    assert ("VISITED", "person:ibrahim-uwizeye", "country:COD", "2026-03-04") in got
    assert ("VISITED", "person:kamel-hassan", "country:UGA", "2026-03-04") in got
    assert ("VISITED", "person:rosa-quispe", "city:santa-cruz-de-la-sierra", "2026-03-02") in got


def test_traded_data_exchanged_expertise_and_joint_promotion_are_cooperation() -> None:
    text = (
        "Partners in energy\n"
        "ACCRA, 6 March 2026 (GNA) — The Ghana Geological Survey Authority and the Geological "
        "Survey of Finland have traded borehole core data since 2021 under the Mineral Mapping "
        "Partnership Programme. Ghana's Energy Commission and the Norwegian Water Resources and "
        "Energy Directorate have exchanged technical expertise on dam safety since 2017. Since "
        "2019 Ghana and Togo have jointly promoted the Abidjan-Lagos Corridor Highway Project.\n"
    )
    got = facts(extract_article(text))
    assert ("COOPERATES_WITH", "institution:ghana-geological-survey-authority",
            "institution:geological-survey-of-finland", "2021") in got
    assert ("COOPERATES_VIA", "institution:geological-survey-of-finland",
            "project:mineral-mapping-partnership-programme", "2021") in got
    assert {f[2] for f in got if f[0] == "COOPERATES_WITH" and f[3] == "2017"} == {
        "institution:norwegian-water-resources-and-energy-directorate"}
    assert ("COOPERATES_WITH", "country:GHA", "country:TGO", "2019") in got
    assert ("COOPERATES_VIA", "country:TGO", "project:abidjan-lagos-corridor-highway-project",
            "2019") in got


def test_a_second_unqualified_post_with_an_honorific_after_and_is_met_too() -> None:
    text = (
        "Port visit\n"
        "DAR ES SALAAM, 6 March 2026 (Daily News) — On Tuesday Uganda's Minister of Works, Edward "
        "Katumba, held a working session with the Director General of the Tanzania Ports "
        "Authority (TPA), Eng. Plasduce Mbossa, and the Minister for Transport, Dr. Makame "
        "Mbarawa.\n"
    )
    got = {f[2] for f in facts(extract_article(text)) if f[0] == "MET_WITH"}
    assert got == {"person:plasduce-mbossa", "person:makame-mbarawa"}


def test_that_evening_opening_a_sentence_keeps_the_day_of_the_last_event() -> None:
    text = (
        "Rail talks\n"
        "ASUNCION, 6 March 2026 (IP) — Uruguay's Minister of Transport, Lucía Etcheverry, "
        "travelled to Encarnación on 3 March 2026 for a two-day working visit to Paraguay. That "
        "evening Etcheverry was received by Paraguay's Minister of Public Works, Claudia "
        "Centurión. The next day Etcheverry gave a lecture to students of the National "
        "University of Itapúa.\n"
    )
    got = facts(extract_article(text))
    assert {f[3] for f in got if f[0] == "MET_WITH"} == {"2026-03-03"}
    assert {f[3] for f in got if f[0] == "LECTURED_AT"} == {"2026-03-04"}


# Batch 100: English services of agencies whose English reads as translated (Spanish, French,
# Russian word order and idioms)


def _b100(body: str) -> set[tuple[str, str, str, str | None]]:
    return facts(extract_article("Wire notes\n\nWednesday 10 March 2027\n\n" + body))


@pytest.mark.parametrize("line", [
    "Asunción, 12 de febrero de 2027 (IP).- The Minister of Foreign Affairs of Peru, Rosa "
    "Salas, met the Minister of Foreign Affairs of Chile, Luis Araya, on Monday.",
    "Niamey, 12 février 2027 (ANP).- The Minister of Foreign Affairs of Peru, Rosa Salas, met "
    "the Minister of Foreign Affairs of Chile, Luis Araya, on Monday.",
])
def test_b100_a_spanish_or_french_month_in_the_dateline_dates_the_story(line: str) -> None:
    rec = extract_article("Ministers meet\n\n" + line + "\n")
    assert str(rec.article.published) == "2027-02-12"
    assert {f[3] for f in facts(rec) if f[0] == "MET_WITH"} == {"2027-02-08"}


def test_b100_ties_maintained_installed_knotted_or_established_the_day() -> None:
    got = _b100(
        "Peru and Morocco maintain diplomatic relations since the 14 of March of 1964, the "
        "minister recalled.\n\n"
        "The diplomatic relations between Chile and Ghana were installed on 2 May 1975.\n\n"
        "The diplomatic relations between Gabon and Cuba were knotted in 1974.\n\n"
        "Senegal and Laos are bound by diplomatic relations established the 9 June 1965.\n"
    )
    ties = {(frozenset(f[1:3]), f[3]) for f in got if f[0] == "ESTABLISHED_TIES"}
    assert (frozenset({"country:PER", "country:MAR"}), "1964-03-14") in ties, got
    assert (frozenset({"country:CHL", "country:GHA"}), "1975-05-02") in ties, got
    assert (frozenset({"country:GAB", "country:CUB"}), "1974") in ties, got
    assert (frozenset({"country:SEN", "country:LAO"}), "1965-06-09") in ties, got


def test_b100_translated_visit_verbs_and_word_order() -> None:
    got = _b100(
        "Chile's Minister of Mining, Ana Soto, realised an official visit to Peru from 2 to 4 "
        "March 2027.\n\n"
        "Ecuador's Minister of Trade, Luis Vega, effectuates since Monday a working visit of three "
        "days to Colombia.\n\n"
        "Peru's Minister of Energy, Juan Rojas, arrived to Quito on 3 March 2027 with an official "
        "visit to Ecuador.\n\n"
        "Spain's Secretary of State for Cooperation, Marta Gil, arrived Tuesday in Dakar for a "
        "sojourn of work of three days in Senegal.\n\n"
        "Brazil's Minister of Defence, Pedro Alves, made presence in Lima this Tuesday for an "
        "official visit of two days to Peru. The Brazilian visitor also made a visit of courtesy "
        "to the Congress of Peru.\n"
    )
    assert ("VISITED", "person:ana-soto", "country:PER", "2027-03-02") in got, got
    assert ("VISITED", "person:luis-vega", "country:COL", "2027-03-08") in got, got
    assert ("VISITED", "person:juan-rojas", "country:ECU", "2027-03-03") in got, got
    assert {f[2] for f in got if f[0] == "VISITED" and f[1] == "person:juan-rojas"} >= {
        "city:quito"}, got
    assert ("VISITED", "person:marta-gil", "country:SEN", "2027-03-09") in got, got
    assert ("VISITED", "person:pedro-alves", "country:PER", "2027-03-09") in got, got
    assert {f for f in got if f[0] == "VISITED" and f[1] == "person:pedro-alves"
            and f[2].startswith("institution:")}, got


def test_b100_translated_meeting_idioms() -> None:
    got = _b100(
        "The Minister of Foreign Affairs of Chile, Ana Soto, arrived in Asunción on Monday for "
        "an official visit to Paraguay. The Chancellor Luis Benítez sustained a meeting of work "
        "with his Chilean homologue the same Monday.\n\n"
        "Ecuador's Minister of Foreign Affairs, Mario Paz, had Tuesday in Quito an interview with "
        "the Deputy Prime Minister of Laos, Somsak Vong.\n\n"
        "The Minister of Foreign Affairs, Fatou Diallo, has granted audience Tuesday in her office "
        "to the Portuguese Secretary of State for Cooperation, Rui Costa.\n\n"
        "Peru's Minister of Mining, Rosa Vidal, visited the Senate of Bolivia, where she was "
        "attended by the President of the Senate, Jorge Ruiz.\n"
    )
    met = {frozenset(f[1:3]) for f in got if f[0] == "MET_WITH"}
    assert frozenset({"person:luis-benitez", "person:ana-soto"}) in met, got
    assert frozenset({"person:mario-paz", "person:somsak-vong"}) in met, got
    assert frozenset({"person:fatou-diallo", "person:rui-costa"}) in met, got
    assert frozenset({"person:rosa-vidal", "person:jorge-ruiz"}) in met, got


def test_b100_rubrics_and_paraphs_sign_and_translated_signer_groups() -> None:
    got = _b100(
        "The Minister of Foreign Affairs of Peru, Rosa Salas, held talks with the Minister of "
        "Foreign Affairs of Panama, Luis Arias, on Monday. Following the talks, the chancellors "
        "stamped their rubrics in a Memorandum of Understanding on Consular Cooperation.\n\n"
        "The Minister of Health of Togo, Koffi Amegan, held talks with the Minister of Health of "
        "Benin, Marc Houngbo, on Tuesday. At the end of the talks, the two personalities put their "
        "paraphs and signatures on a Protocol on Epidemic Surveillance.\n\n"
        "The Minister of Foreign Affairs of Kazakhstan, Daulet Sarsen, held negotiations with the "
        "Minister of Foreign Affairs of Cuba, Elena Ruiz, on Monday. Following the negotiations, "
        "the heads of the foreign policy departments signed a Plan of Consultations for "
        "2027-2028.\n"
    )
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert {"person:rosa-salas", "person:luis-arias", "person:koffi-amegan",
            "person:marc-houngbo", "person:daulet-sarsen", "person:elena-ruiz"} <= signers, got


def test_b100_ambassador_in_a_country_and_concurrent_accreditations() -> None:
    got = _b100(
        "The Ambassador of Peru in Egypt, Carlos Mena, who is concurrent also for Jordan, "
        "attended the talks.\n\n"
        "The Ambassador of Chile in Kenya, Ana Rojas, with concurrence in Uganda, joined the "
        "delegation.\n\n"
        "The Thai Ambassador to Iran, Siriwan Chai, who also looks after Iraq, was present.\n"
    )
    acc = {(f[1], f[2]) for f in got if f[0] == "ACCREDITED_TO"}
    assert {("person:carlos-mena", "country:EGY"), ("person:carlos-mena", "country:JOR"),
            ("person:ana-rojas", "country:KEN"), ("person:ana-rojas", "country:UGA"),
            ("person:siriwan-chai", "country:IRQ")} <= acc, got


def test_b100_dissertation_and_animated_conference_are_lectures() -> None:
    got = _b100(
        "Chile's Minister of Culture, Ana Soto, offered a dissertation before students of the "
        "University of Lima on Monday.\n\n"
        "Vietnam's Minister of Education, Tran Van Long, animated a conference at the University "
        "of Algiers on Tuesday.\n\n"
        "Peru's Minister of Energy, Juan Rojas, dictated a magisterial conference in the "
        "Universidad Mayor de San Simón on Monday.\n"
    )
    lect = {f[1]: f[2] for f in got if f[0] == "LECTURED_AT"}
    assert lect.get("person:ana-soto", "").startswith("institution:university-of-lima"), got
    assert lect.get("person:tran-van-long", "").startswith("institution:university-of-algiers"), got
    assert lect.get("person:juan-rojas", "").startswith("institution:universidad-mayor"), got


def test_b100_french_and_spanish_related_lists_are_boilerplate() -> None:
    text = (
        "Ministers meet\n\n"
        "LIMA, 3 March 2027 - Peru's Minister of Foreign Affairs, Rosa Salas, met Chile's Minister "
        "of Foreign Affairs, Luis Araya, on Monday.\n\n"
        "Lea también: Ecuador and Colombia review border agenda\n\n"
        "Lire aussi:\n"
        "Gabon and Cameroon sign fisheries accord\n"
    )
    got = names(extract_article(text))
    assert not {"Ecuador", "Colombia", "Gabon", "Cameroon"} & set(got), got


def test_b100_integrate_is_membership_and_interact_or_lead_together_cooperate() -> None:
    got = _b100(
        "Peru and Chile integrate the Pacific Alliance.\n\n"
        "Since 2021 Kazakhstan and Cuba interact in the framework of the Kazakhstan-Cuba "
        "Intergovernmental Commission on Trade.\n\n"
        "Since 2015, the University of Algiers and the University of Hanoi lead together research "
        "on desert agriculture.\n"
    )
    assert ("MEMBER_OF", "country:PER", "org:pacific-alliance", None) in got, got
    assert ("MEMBER_OF", "country:CHL", "org:pacific-alliance", None) in got, got
    coop = {(frozenset(f[1:3]), f[3]) for f in got if f[0] == "COOPERATES_WITH"}
    assert (frozenset({"country:KAZ", "country:CUB"}), "2021") in coop, got
    assert {c for c in coop if c[1] == "2015"}, got
    via = {f[1] for f in got if f[0] == "COOPERATES_VIA"}
    assert {"country:KAZ", "country:CUB"} <= via, got


def test_b100_talks_that_took_place_of_a_with_b_are_a_meeting() -> None:
    # "On T in the I took place negotiations of X with Y": the subject after the verb
    got = _b100(
        "On 4 March 2027 in the Ministry of Foreign Affairs of Kyrgyzstan took place negotiations "
        "of the Minister of Foreign Affairs of Kyrgyzstan Almaz Tokonov with the Minister of "
        "Foreign Affairs of Uruguay Ana Pereira.\n"
    )
    assert {(frozenset(f[1:3]), f[3]) for f in got if f[0] == "MET_WITH"} == {
        (frozenset({"person:almaz-tokonov", "person:ana-pereira"}), "2027-03-04")}, got


def test_b100_a_holding_named_after_its_demonym_is_a_cooperating_company() -> None:
    # "the Chilean holding ENAMI": a company named in capitals after "holding"
    got = _b100(
        "The state company Minera Andina (MA) and the Chilean holding CODEMET cooperate since "
        "2019 through the Copper Skills Programme.\n"
    )
    assert {frozenset(f[1:3]) for f in got if f[0] == "COOPERATES_WITH"} == {
        frozenset({"org:minera-andina", "org:codemet"})}, got


def test_b98_ties_that_reach_back_to_a_year() -> None:
    text = (
        "Envoys meet\n"
        "LIMA, 3 March 2026 (Andina) — Diplomatic ties between Lima and Rabat reach back to "
        "1964, the ministry recalled.\n"
    )
    got = facts(extract_article(text))
    assert {f for f in got if f[0] == "ESTABLISHED_TIES"} & {
        ("ESTABLISHED_TIES", "country:PER", "country:MAR", "1964"),
        ("ESTABLISHED_TIES", "country:MAR", "country:PER", "1964")}


def test_b98_face_to_face_with_a_right_honourable_speaker_is_a_meeting() -> None:
    text = (
        "Speakers meet\n"
        "NAIROBI, 5 March 2026 (KNA) — On Wednesday the Deputy Speaker of the Sejm, Marek "
        "Zielinski, came face to face with the Speaker of the National Assembly of Kenya, Rt. Hon. "
        "Joseph Wanjala, at the chamber.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:marek-zielinski", "person:joseph-wanjala", "2026-03-04") in got
    assert ("OFFICIAL_OF", "person:joseph-wanjala", "institution:national-assembly-of-kenya",
            None) in got


def test_b98_flew_in_and_proceeded_to_a_capital_for_a_visit_are_visits_of_both() -> None:
    text = (
        "Ministers on the road\n"
        "ACCRA, 6 March 2026 (GNA) — Malta's Minister for Trade, Carmel Vella, flew in to Accra "
        "on Tuesday, 3 March, at the start of a three-day visit to Ghana. Estonia's Minister of "
        "Education, Liis Tamm, proceeded to Lusaka on Wednesday 4 March on a two-day working "
        "visit to the Republic of Zambia.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "VISITED"}
    assert ("VISITED", "person:carmel-vella", "city:accra", "2026-03-03") in got
    assert ("VISITED", "person:liis-tamm", "city:lusaka", "2026-03-04") in got
    assert ("VISITED", "person:liis-tamm", "country:ZMB", "2026-03-04") in got


def test_b98_a_house_of_representatives_of_a_state_is_a_body_that_signs() -> None:
    text = (
        "Chambers sign\n"
        "AMMAN, 2 December 2026 (Petra) — During the talks the Sejm and the House of "
        "Representatives of Jordan sealed a Memorandum of Understanding on Staff Training.\n"
    )
    got = {f[1] for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert "institution:house-of-representatives-of-jordan" in got
    assert "country:JOR" not in got


def test_b98_mk_before_a_name_and_a_chairwoman_of_a_committee() -> None:
    text = (
        "Knesset talks\n"
        "JERUSALEM, 9 December 2026 — On Monday the Speaker of the Sejm, Jan Nowicki, had a "
        "one-on-one with MK Dana Levi, chairwoman of the Knesset Economic Affairs Committee.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:jan-nowicki", "person:dana-levi", "2026-12-07") in got
    assert ("OFFICIAL_OF", "person:dana-levi",
            "institution:knesset-economic-affairs-committee", None) in got


def test_b98_the_associations_president_and_its_secretary_are_both_met() -> None:
    text = (
        "Envoy meets MPs\n"
        "COLOMBO, 9 December 2026 — The Sri Lanka–Poland Parliamentary Friendship Association "
        "met on Tuesday. At the meeting Ambassador Jan Novak exchanged views with the "
        "Association's President, Hon. Ruwan Perera, MP, and its Secretary, Hon. Nimal Silva, MP.\n"
    )
    got = facts(extract_article(text))
    met = {f[2] for f in got if f[0] == "MET_WITH" and f[1] == "person:jan-novak"}
    assert met == {"person:ruwan-perera", "person:nimal-silva"}
    offices = {(f[1], f[2]) for f in got if f[0] == "OFFICIAL_OF"}
    assert {p for p, o in offices if "friendship-association" in o} == {
        "person:ruwan-perera", "person:nimal-silva"}


def test_b98_the_year_marks_decades_of_relations_between_two_capitals() -> None:
    text = (
        "Ties\n"
        "COLOMBO, 9 December 2026 — The year 2026 marks six decades of diplomatic relations "
        "between Colombo and Warsaw.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "ESTABLISHED_TIES"}
    assert {f[3] for f in got} == {"1966"}


def test_b98_invited_speaker_and_guest_of_honour_who_spoke_are_talks() -> None:
    text = (
        "Forums\n"
        "CAIRO, 9 December 2026 — On Tuesday the Speaker of the Sejm, Jan Nowicki, was the "
        "invited speaker at a Tel Aviv University forum on energy. Today the Speaker of the "
        "Saeima, Anna Berzina, was the guest of honour at an Ain Shams University seminar, where "
        "she spoke on trade. The Speaker of the Riigikogu, Mart Kask, was the guest of honour at "
        "a dinner at Ain Shams University.\n"
    )
    got = {(f[1], f[2]) for f in facts(extract_article(text)) if f[0] == "LECTURED_AT"}
    assert got == {("person:jan-nowicki", "institution:tel-aviv-university"),
                   ("person:anna-berzina", "institution:ain-shams-university")}


def test_b98_who_chairs_a_friendship_group_holds_an_office_in_it() -> None:
    text = (
        "Lunch\n"
        "KAMPALA, 3 December 2026 — Hon. Peter Obua, who chairs the Uganda-Poland "
        "Parliamentary Friendship Group, hosted a luncheon for Speaker Jan Nowicki on "
        "Wednesday.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:peter-obua",
            "institution:uganda-poland-parliamentary-friendship-group", None) in got


def test_b98_hosted_at_the_opening_of_a_visit_is_the_guests_visit() -> None:
    text = (
        "Speaker hosted\n"
        "RIGA, 9 December 2026 (LETA) — Saeima Speaker Janis Ozols hosted the Speaker of the "
        "Sejm, Anna Nowak, in his office on Monday, at the opening of her two-day official visit "
        "to Latvia.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "VISITED"}
    assert got == {("VISITED", "person:anna-nowak", "country:LVA", "2026-12-07")}


def test_b98_the_acronym_president_is_the_bodys_president_named_before() -> None:
    text = (
        "Assembly head in Lima\n"
        "LIMA, 2 December 2026 (Andina) — The President of the East African Legislative "
        "Assembly (EALA), Hon. Rita Moyo, arrived in Lima on Monday for a working visit to Peru. "
        "On Tuesday the EALA President conferred with the President of the Congress of the "
        "Republic, Ana Quispe.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:rita-moyo", "person:ana-quispe", "2026-12-01") in got or (
        "MET_WITH", "person:ana-quispe", "person:rita-moyo", "2026-12-01") in got


def test_q_talks_by_video_or_telephone_are_no_meeting() -> None:
    # a call or a video conference is no meeting, whichever meeting pattern reads it
    text = (
        "Ministers confer remotely\n"
        "LIMA, 9 June 2026 (Andina) — Peru's Minister of Foreign Affairs, Elmer Schialer, held "
        "video consultations with Bolivia's Minister of Foreign Affairs, Celinda Sosa, on "
        "Monday. Ecuador's Minister of Trade, Sonsoles Garcia, engaged Colombia's Minister of "
        "Trade, Diana Morales, in phone discussions on Tuesday. Chile's Minister of Foreign "
        "Affairs, Alberto van Klaveren, held talks with Uruguay's Minister of Foreign Affairs, "
        "Omar Paganini, by telephone on Wednesday.\n"
    )
    got = facts(extract_article(text))
    assert not {f for f in got if f[0] == "MET_WITH"}, got


def test_q_two_days_in_two_months_joined_by_and_are_two_dates() -> None:
    # "on 3 February and 17 March 2026": two days, the event dated by its first, as a day
    text = (
        "Border commission\n"
        "TASHKENT, 20 March 2026 (UzA) — Uzbekistan's Minister of Foreign Affairs, Bakhtiyor "
        "Saidov, met Tajikistan's Minister of Foreign Affairs, Sirojiddin Muhriddin, on 3 "
        "February and 17 March 2026 to discuss the border.\n"
    )
    got = facts(extract_article(text))
    assert {f[3] for f in got if f[0] == "MET_WITH"} == {"2026-02-03"}, got


def test_q_later_that_day_in_the_lead_takes_the_datelines_day() -> None:
    # no event told before "Later that day": the dateline's day dates it
    text = (
        "Envoy received\n"
        "ACCRA, 14 May 2026 (GNA) — Later that day, Ghana's Minister of Foreign Affairs, Samuel "
        "Ablakwa, received Togo's Minister of Foreign Affairs, Robert Dussey, at the ministry.\n"
    )
    got = facts(extract_article(text))
    assert {f[3] for f in got if f[0] == "MET_WITH"} == {"2026-05-14"}, got


def test_q_the_like_count_gate_wants_the_word_not_likely() -> None:
    # the social post's date search runs only on the word "like(s)", not on "likely", "alike"
    from ingest.extract import header

    assert header._LIKE_WORD.search("♥ 88 likes") is not None
    assert header._LIKE_WORD.search("3.1K like") is not None
    for text in ("The talks will likely resume", "Both sides alike", "likewise, the envoy"):
        assert header._LIKE_WORD.search(text) is None, text


def test_q_a_lettered_or_roman_item_keeps_its_line_in_wrapped_text() -> None:
    # one list-item pattern (clean.LIST_ITEM) for unwrapping and for the relations' list lines
    from ingest.extract.clean import unwrap

    lines = [
        "Two accords were signed in Apia on Thursday afternoon at the",
        "Government Building, where both delegations had met for talks",
        "that ran for close to three hours and covered fisheries, trade,",
        "health and the training of police, the ministry said in a note",
        "issued after the ceremony. The instruments signed were these:",
        "(a) a Memorandum of Understanding on Police Training, as well as",
        "(b) an Agreement on Fisheries Surveillance, both of which enter",
        "into force on signature, the note added at the end of the day.",
    ]
    out = unwrap("\n".join(lines) + "\n")
    assert "\n(a) a Memorandum" in out and "\n(b) an Agreement" in out, out


def test_q_a_rank_or_honorific_before_a_city_makes_no_person() -> None:
    # "General Santos City" is a Philippine city, "Sheikh Zayed City" an Emirati one
    text = (
        "Envoy tours tuna port\n"
        "DAVAO, 11 June 2026 (PNA) — Japan's Ambassador to the Philippines, Kazuya Endo, toured "
        "the fish port of General Santos City on Friday. Egypt's Ambassador to the United Arab "
        "Emirates, Sherif Issa, opened a school in Sheikh Zayed City.\n"
    )
    got = names(extract_article(text))
    assert not [n for n, t in got.items() if t == "Person" and n.endswith("City")], got


def test_q_a_leaders_administration_is_no_cooperating_body() -> None:
    # "the Obama Administration": the government of a state named by its leader, not a body
    text = (
        "Cuba thaw recalled\n"
        "HAVANA, 2 July 2026 (PL) — The Obama Administration worked with Cuba on the reopening of "
        "embassies in 2015, while the Federal Aviation Administration has cooperated with "
        "Cuba's Civil Aeronautics Institute since 2016.\n"
    )
    rec = extract_article(text)
    got = names(rec)
    assert "Obama Administration" not in got, got
    assert got.get("Federal Aviation Administration") == "Institution", got
    assert not {f for f in facts(rec) if "obama" in f[1] or "obama" in f[2]}


def test_q_the_secretary_of_state_is_not_a_permanent_secretary_named_later() -> None:
    # "the secretary of state" keeps its full title: not the Permanent Secretary named since
    text = (
        "Lusophone lecture\n"
        "LISBON, 8 October 2026 (Lusa) — Portugal's Secretary of State for Cooperation, Ana "
        "Ferreira, spoke by telephone with Angola's Minister of External Relations, Tete "
        "Antonio, on Monday. Mozambique's Permanent Secretary for Foreign Affairs, Amade "
        "Miquidade, said the call had gone well. On Tuesday the secretary of state delivered a "
        "lecture at the Catholic University of Portugal.\n"
    )
    got = {f[:3] for f in facts(extract_article(text)) if f[0] == "LECTURED_AT"}
    assert {s for _, s, _ in got} == {"person:ana-ferreira"}, got


def test_q_generic_ministries_of_two_states_are_two_bodies() -> None:
    # "Peru's Ministry of Health" and "Chile's Ministry of Health": one body each, not both the
    # dateline state's
    text = (
        "Vaccine accord\n"
        "SANTIAGO, 3 September 2026 (EFE) — Peru's Ministry of Health and Chile's Ministry of "
        "Health signed a Memorandum of Understanding on Vaccine Logistics on Wednesday.\n"
    )
    rec = extract_article(text)
    signers = {f[1] for f in facts(rec) if f[0] == "SIGNED_AGREEMENT"}
    bodies = {s for s in signers if s.startswith("institution:")}
    assert len(bodies) == 2, signers


def test_q_two_states_that_joined_forces_on_a_field_in_a_year_cooperate() -> None:
    # a simple past "joined forces on X in T": a past cooperation, dated by its year; not
    # "joined forces to condemn ..."
    text = (
        "Malaria watch\n"
        "PANAMA CITY, 4 December 2026 (EFE) — Panama and Colombia joined forces on malaria "
        "mapping in 2021. Peru and Bolivia joined forces to condemn the attack in 2020.\n"
    )
    got = facts(extract_article(text))
    coop = {f for f in got if f[0] == "COOPERATES_WITH"}
    assert coop and {f[3] for f in coop} == {"2021"}, got
    assert all("country:PER" not in f[1:3] for f in coop), got


def test_q_a_second_agent_after_and_by_is_a_second_meeting() -> None:
    # "was received by Y and by C's Minister ..., Z": Z met too (only after a passive verb)
    text = (
        "Envoy in Oslo\n"
        "OSLO, 2 December 2026 (NTB) — Chile's Minister of Foreign Affairs, Alberto van Klaveren, "
        "was received by the Director of the Fridtjof Nansen Institute, Kari Lie, and by "
        "Norway's Minister of Trade, Cecilie Myrseth, on Tuesday.\n"
    )
    pairs = {frozenset(f[1:3]) for f in facts(extract_article(text)) if f[0] == "MET_WITH"}
    guest = "person:alberto-van-klaveren"
    assert {frozenset((guest, "person:kari-lie")),
            frozenset((guest, "person:cecilie-myrseth"))} <= pairs, pairs


def test_q_a_membership_joined_as_it_takes_the_year() -> None:
    # "C belongs to O, which it joined in T" and "... members of O; C joined it in T"
    text = (
        "Trade bloc\n"
        "DILI, 3 December 2026 (Tatoli) — Mozambique belongs to the Commonwealth, which it joined "
        "in 1995. Both countries are members of the World Trade Organization; Laos joined it in "
        "2013.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:MOZ", "org:commonwealth-of-nations", "1995") in got, got
    assert ("MEMBER_OF", "country:LAO", "org:world-trade-organization", "2013") in got, got


def test_q_a_nordic_date_line_with_a_dotted_day_gives_the_publication() -> None:
    # "Publisert 4. mars 2026 10:15": a Norwegian (Icelandic, Danish) month after a dotted day
    text = (
        "Minister visits Tromsø\n"
        "Publisert 4. mars 2026 10:15 | NTB\n\n"
        "Finland's Minister for Foreign Affairs, Elina Valtonen, met Norway's Minister of "
        "Foreign Affairs, Espen Barth Eide, in Tromsø on Tuesday.\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2026-03-04"
    assert {f[3] for f in facts(rec) if f[0] == "MET_WITH"} == {"2026-03-03"}


def test_q_credentials_submitted_to_a_head_of_state_of_a_country_accredit_there() -> None:
    # "submitted his letters of credence to the President of C": accredited to C, that day
    text = (
        "Envoy accredited\n"
        "RIGA, 11 December 2026 (LETA) — Tadesse Bekele, Ethiopia's Ambassador to Sweden, "
        "submitted his letters of credence to the President of Latvia at Riga Castle on "
        "Wednesday.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:tadesse-bekele", "country:LVA", "2026-12-09") in got, got


def test_q_a_body_named_after_a_monarch_with_and_and_its_supervisor_general() -> None:
    # "the King X Y and Z Centre": an "and" inside a body named after a monarch; "Supervisor
    # General" is the post of its head
    text = (
        "Relief centre in Niamey\n"
        "NIAMEY, 20 November 2026 (ANP) — The Supervisor General of the King Abdullah Relief and "
        "Development Centre, Dr. Saad Al-Harbi, met Niger's Minister of Health, Garba Hakimi, on "
        "Thursday.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("King Abdullah Relief and Development Centre") == "Institution"
    assert ("OFFICIAL_OF", "person:saad-al-harbi",
            "institution:king-abdullah-relief-and-development-centre", None) in facts(rec)


def test_q_a_body_to_which_both_countries_belong_has_both_as_members() -> None:
    # "through O, to which both (the two) countries belong": the two states named before; the
    # African Medicines Agency is an Organization
    text = (
        "Regulators meet\n"
        "ACCRA, 9 December 2026 (GNA) — Ghana and Kenya have pooled inspection data since 2024 "
        "through the African Medicines Agency, to which both countries belong. Chile and Peru "
        "coordinate on fisheries within the Pacific Alliance, to which the two countries belong.\n"
    )
    got = facts(extract_article(text))
    members = {(f[1], f[2]) for f in got if f[0] == "MEMBER_OF"}
    assert {("country:GHA", "org:african-medicines-agency"),
            ("country:KEN", "org:african-medicines-agency"),
            ("country:CHL", "org:pacific-alliance"),
            ("country:PER", "org:pacific-alliance")} <= members, members


def test_q_a_demonym_red_cross_is_a_national_society_that_signs() -> None:
    # "the Finnish Red Cross", "the Turkish Red Crescent": national societies, signers
    text = (
        "Relief accord\n"
        "NAIROBI, 4 December 2026 (KNA) — The Finnish Red Cross and the Kenya Red Cross Society "
        "signed a Memorandum of Understanding on Flood Preparedness on Friday. The Turkish Red "
        "Crescent and the Somali Red Crescent Society signed a Protocol on Field Kitchens.\n"
    )
    rec = extract_article(text)
    got = names(rec)
    assert got.get("Finnish Red Cross") == "Organization", got
    assert got.get("Turkish Red Crescent") == "Organization", got
    signers = {f[1] for f in facts(rec) if f[0] == "SIGNED_AGREEMENT"}
    assert {"org:finnish-red-cross", "org:turkish-red-crescent"} <= signers, signers


def test_q_a_year_fronted_without_a_comma_opens_no_body_name() -> None:
    # "Since 2016 Makerere University and I have ...": the year is no part of the name
    text = (
        "Malaria research\n"
        "KAMPALA, 7 December 2026 (New Vision) — Since 2016 Makerere University and the "
        "University of Nairobi have collaborated on malaria research.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Makerere University") == "Institution", names(rec)
    assert {f[3] for f in facts(rec) if f[0] == "COOPERATES_WITH"} == {"2016"}, facts(rec)


def test_q_a_local_name_before_a_body_in_apposition_is_the_talks_venue() -> None:
    # "spoke to students at Háskólinn, the University of Akureyri": the body in apposition
    text = (
        "Envoy lectures in the north\n"
        "AKUREYRI, 3 December 2026 (RÚV) — On Tuesday Canada's Ambassador to Iceland, Jeannette "
        "Menzies, spoke to students at Háskólinn, the University of Akureyri, about Arctic "
        "shipping.\n"
    )
    got = {f[:3] for f in facts(extract_article(text)) if f[0] == "LECTURED_AT"}
    assert got == {("LECTURED_AT", "person:jeannette-menzies",
                    "institution:university-of-akureyri")}, got


def test_a_date_line_with_day_and_year_after_a_slash_dates_the_weekdays() -> None:
    text = (
        "Foreign news digest\n"
        "November, 20/2026 - 10:45\n"
        "Ghana and Fiji deepen links\n"
        "Fiji's Minister of Trade, Manoa Kamikamica, arrived in Accra on Tuesday for a three-day "
        "visit to Ghana.\n"
    )
    record = extract_article(text)
    assert str(record.article.published) == "2026-11-20"
    assert ("VISITED", "person:manoa-kamikamica", "country:GHA", "2026-11-17") in facts(record)


def test_relations_established_at_ambassadorial_level_on_a_weekday_take_that_day() -> None:
    text = (
        "Oslo, 12 November 2026 (NTB) — Norway and the Kingdom of Tonga established diplomatic "
        "relations at ambassadorial level on Tuesday, the ministry said.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "ESTABLISHED_TIES"}
    assert {f[3] for f in got} == {"2026-11-10"}


def test_the_two_countries_of_a_later_brief_are_the_pair_its_paragraph_joins() -> None:
    text = (
        "Regional digest\n"
        "Published: 18 November 2026\n"
        "Chile and Peru held talks in Lima on Monday on water sharing in the Atacama, and Peru's "
        "Minister of Foreign Affairs called the meeting useful.\n"
        "Latvia and Ecuador marked 30 years of ties with a concert in Riga. The deputy minister "
        "told the guests that the two countries had worked together on forestry since 2015.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "COOPERATES_WITH"}
    assert {frozenset(f[1:3]) for f in got} == {frozenset({"country:LVA", "country:ECU"})}


def test_a_first_resident_ambassador_is_the_head_of_his_states_mission() -> None:
    text = (
        "Envoy arrives\n"
        "Nairobi, 18 November 2026 — Chile's first resident ambassador to Kenya, Ignacio Rojas "
        "Lagos, said the embassy would open next month.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:ignacio-rojas-lagos", "country:CHL", None) in got
    assert ("ACCREDITED_TO", "person:ignacio-rojas-lagos", "country:KEN", None) in got


def test_credentials_handed_to_a_head_of_state_named_with_a_demonym_give_a_meeting() -> None:
    text = (
        "New envoys\n"
        "Hanoi, 18 November 2026 — Peru's Ambassador to Vietnam, Carla Mendoza, handed her "
        "letters of credence to Vietnamese President Luong Van Thanh on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:carla-mendoza", "person:luong-van-thanh", "2026-11-17") in got or (
        "MET_WITH", "person:luong-van-thanh", "person:carla-mendoza", "2026-11-17") in got


def test_met_a_minister_and_addressed_students_at_a_university_is_a_lecture() -> None:
    text = (
        "Outreach\n"
        "Tirana, 18 November 2026 — Austria's Ambassador to Albania, Petra Huber, on Monday met "
        "Deputy Minister of Education Arben Kola and addressed students at the University of "
        "Tirana on European integration.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "LECTURED_AT"}
    assert got == {("LECTURED_AT", "person:petra-huber", "institution:university-of-tirana",
                    "2026-11-16")}


def test_a_one_day_stop_in_a_town_no_table_knows_is_a_visit_of_it() -> None:
    text = (
        "Stopover\n"
        "Apia, 18 November 2026 — New Zealand's Minister of Foreign Affairs, Grant Hollis, made a "
        "two-day stop in Salelologa on Monday, his first visit to Samoa this year.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "VISITED"}
    assert ("VISITED", "person:grant-hollis", "city:salelologa", "2026-11-16") in got


def test_a_two_state_working_group_is_a_channel_of_cooperation() -> None:
    text = (
        "Coastguards\n"
        "Suva, 18 November 2026 — Fiji and Tonga have coordinated search and rescue since 2020 "
        "through the Fiji-Tonga Maritime Working Group, officials said.\n"
    )
    record = extract_article(text)
    assert names(record)["Fiji-Tonga Maritime Working Group"] == "Project"
    got = facts(record)
    assert ("COOPERATES_VIA", "country:FJI", "project:fiji-tonga-maritime-working-group",
            "2020") in got
    assert ("COOPERATES_VIA", "country:TON", "project:fiji-tonga-maritime-working-group",
            "2020") in got


def test_a_later_briefs_dateline_starts_its_own_narrative() -> None:
    text = (
        "World briefs\n"
        "Published: 18 November 2026\n"
        "ROME — Italy's Minister of Defence, Marco Ferri, was received on Monday by Prime "
        "Minister Edi Rama in Tirana.\n"
        "BRASILIA — Ireland's Ambassador to Brazil, Niamh Doyle, presented her credentials to "
        "President Carlos Almeida on November 3. The envoy later called on Foreign Minister "
        "Rosa Lins.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "MET_WITH"}
    lins = {f[3] for f in got if "person:rosa-lins" in f[1:3]}
    assert lins == {None}


def test_an_audience_closed_door_talks_a_conversation_and_talking_at_a_place_are_meetings() -> None:
    text = (
        "Ministers meet\n"
        "NAIROBI, 6 March 2026 (KNA) — On Tuesday Uganda's Minister of Works, Edward Katumba, had "
        "an audience with the President, Dr. William Ruto, at State House. On Wednesday Katumba "
        "spent nearly two hours in private talks with Kenya's Minister of Energy, Opiyo Wandayi. "
        "On Thursday Katumba held a lengthy conversation with the Minister for Trade, Rebecca "
        "Miano. On Friday Katumba and Prime Minister Musalia Mudavadi talked for an hour at the "
        "Treasury.\n"
    )
    got = {(f[2], f[3]) for f in facts(extract_article(text)) if f[0] == "MET_WITH"}
    assert got == {("person:william-ruto", "2026-03-03"), ("person:opiyo-wandayi", "2026-03-04"),
                   ("person:rebecca-miano", "2026-03-05"),
                   ("person:musalia-mudavadi", "2026-03-06")}


def test_a_transcript_speaker_label_is_not_the_subject_a_pronoun_refers_to() -> None:
    text = (
        "Interview with the Ambassador\n"
        "SEOUL, 6 March 2026 (Arirang) — Anchor: Our guest today is Uzbekistan's Ambassador to "
        "Korea, Azamat Yusupov.\n"
        "Amb. Yusupov: Thank you for the invitation.\n"
        "Anchor: What happened this week?\n"
        "Amb. Yusupov: Uzbekistan's Minister of Transport, Ilhom Makhkamov, paid an official "
        "visit to Korea from 2 to 4 March 2026. On 3 March he and Prime Minister Kim Min-su held "
        "talks at the Government Complex in Seoul.\n"
    )
    got = {(f[1], f[2]) for f in facts(extract_article(text)) if f[0] == "MET_WITH"}
    assert got == {("person:ilhom-makhkamov", "person:kim-min-su")}


def test_a_start_before_in_cooperation_with_and_a_student_exchange_are_cooperation() -> None:
    text = (
        "Partners\n"
        "LIMA, 6 March 2026 (Andina) — The Catholic University of Bolivia has trained Peruvian "
        "agronomists since 2012 in cooperation with the National Agrarian University. The "
        "Maritime Academy of Ghana has run a student exchange with the University of Split since "
        "2019.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "COOPERATES_WITH"}
    assert got == {
        ("COOPERATES_WITH", "institution:catholic-university-of-bolivia",
         "institution:national-agrarian-university", "2012"),
        ("COOPERATES_WITH", "institution:maritime-academy-of-ghana",
         "institution:university-of-split", "2019")}


def test_at_noon_keeps_the_day_of_the_last_event() -> None:
    text = (
        "Copper\n"
        "WARSAW, 7 December 2026 (PAP) — Chile's Foreign Minister Ana Rojas, who arrived in "
        "Warsaw on Sunday for a two-day visit to Poland, was received at the Foreign Ministry on "
        "Monday by Deputy Foreign Minister Jan Nowak. At noon Nowak and Rojas signed a Letter of "
        "Intent on Copper.\n"
    )
    got = {f[3] for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert got == {"2026-12-07"}


def test_the_pair_after_a_first_verb_and_a_host_and_his_guest_are_signers() -> None:
    text = (
        "Transport pact\n"
        "NAIROBI, 6 March 2026 (KNA) — On Tuesday Uganda's Minister of Works, Edward Katumba, was "
        "received by Kenya's Minister of Roads, Kipchumba Murkomen. The pair talked for an hour, "
        "and then signed a Memorandum of Understanding on Road Safety.\n"
    )
    got = {f[1] for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert got == {"person:edward-katumba", "person:kipchumba-murkomen"}
    text = (
        "Transport pact\n"
        "NAIROBI, 6 March 2026 (KNA) — Uganda's Minister of Works, Edward Katumba, has ended a "
        "two-day official visit to Kenya. On Tuesday he toured the port of Mombasa with "
        "officials. After a working lunch, Kenya's Minister of Roads, Kipchumba Murkomen, and "
        "his guest initialled an Agreement on Transit and signed a Memorandum of Understanding "
        "on Road Safety.\n"
    )
    got2 = {(f[1], f[2]) for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert got2 == {
        ("person:edward-katumba", "project:memorandum-of-understanding-on-road-safety"),
        ("person:kipchumba-murkomen", "project:memorandum-of-understanding-on-road-safety")}


def test_represented_here_by_its_ambassador_after_a_dated_apposition() -> None:
    text = (
        "Envoy\n"
        "KINGSTON, 6 March 2026 (JIS) — Hungary, a member of NATO since 1999, is represented "
        "here by its Ambassador to Mexico, Zoltán Varga, who also covers Jamaica.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "AMBASSADOR_OF"}
    assert got == {("AMBASSADOR_OF", "person:zoltan-varga", "country:HUN", None)}


def test_a_bare_arrival_after_a_visit_was_told_gives_its_city_and_start() -> None:
    text = (
        "Visit ends\n"
        "LUSAKA, 6 March 2026 (ZNBC) — Namibia's Minister of Mines, Tom Alweendo, has ended a "
        "three-day working visit to Zambia. Mr. Alweendo arrived in Lusaka on Tuesday. He held "
        "talks with Zambia's Minister of Mines, Paul Kabuswe, on Wednesday.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "VISITED"}
    assert got == {("VISITED", "person:tom-alweendo", "city:lusaka", "2026-03-03"),
                   ("VISITED", "person:tom-alweendo", "country:ZMB", "2026-03-03")}


def test_a_mayor_of_an_unlisted_city_is_named_before_his_name() -> None:
    text = (
        "Twin towns\n"
        "VILNIUS, 9 March 2026 – The Mayor of Kaunas, Rimantas Vaitkus, met Foreign Minister "
        "Laura Petraitė on Monday. The President of the Tuscany Region, Marco Bellandi, and the "
        "Head of Government of the City of Vilnius, Ona Žukauskienė, attended.\n"
    )
    rec = extract_article(text)
    people = {n for n, t in names(rec).items() if t == "Person"}
    assert {"Rimantas Vaitkus", "Marco Bellandi", "Ona Žukauskienė"} <= people
    assert any(f[0] == "MET_WITH" and "person:rimantas-vaitkus" in f[1:3]
               for f in facts(rec))


def test_local_government_bodies_are_institutions() -> None:
    text = (
        "Regional ties\n"
        "BARCELONA, 3 March 2026 – The President of the Generalitat de Catalunya, Jordi Puig "
        "Soler, received Ecuador's Minister of Tourism, Rosa Vera Loor, on Tuesday. The "
        "Politecnico di Milano and Tsinghua University have run a joint design programme since "
        "2016.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Generalitat de Catalunya") == "Institution"
    got = facts(rec)
    assert ("OFFICIAL_OF", "person:jordi-puig-soler", "institution:generalitat-de-catalunya",
            None) in got
    assert {frozenset(f[1:3]) for f in got if f[0] == "COOPERATES_WITH"} == {
        frozenset({"institution:politecnico-di-milano", "institution:tsinghua-university"})}


def test_a_released_line_dates_the_page() -> None:
    text = (
        "Prefecture Office\n"
        "Press Releases\n\n"
        "Released: 2026/03/06\n\n"
        "Governor visits Estonia\n\n"
        "Governor Aiko Mori met Estonia's Minister of Economic Affairs, Tiit Tamm, on Tuesday in "
        "Tallinn.\n"
    )
    rec = extract_article(text)
    assert str(rec.article.published) == "2026-03-06"
    assert ("MET_WITH", "person:aiko-mori", "person:tiit-tamm", "2026-03-03") in facts(rec) or (
        "MET_WITH", "person:tiit-tamm", "person:aiko-mori", "2026-03-03") in facts(rec)


def test_a_twinning_agreement_between_two_cities_is_signed() -> None:
    text = (
        "Sister cities\n"
        "GDANSK, 4 March 2026 – Mayor Ewa Kowalska and the Mayor of Recife, João Batista Lins, "
        "signed on Tuesday a sister-city agreement between Gdansk and Recife at the Artus Court.\n"
    )
    got = facts(extract_article(text))
    signed = {(f[1], f[2]) for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert ("person:joao-batista-lins",
            "project:sister-city-agreement-between-gdansk-and-recife") in signed
    assert ("person:ewa-kowalska",
            "project:sister-city-agreement-between-gdansk-and-recife") in signed


def test_signatures_set_under_a_declaration() -> None:
    text = (
        "Parliaments\n"
        "VIENNA, 5 March 2026 – After their talks, Speaker Anna Huber and Ghana's Speaker of "
        "Parliament, Kofi Mensah Boateng, set their signatures under a joint declaration of intent "
        "on parliamentary exchanges.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"person:anna-huber", "person:kofi-mensah-boateng"}


def test_names_put_on_a_day_to_an_agreement() -> None:
    text = (
        "Ports\n"
        "LISBON, 6 March 2026 – Minister Rui Costa and Namibia's Minister of Works, Peter "
        "Shikongo, put their names on Thursday to an agreement on port training.\n"
    )
    got = facts(extract_article(text))
    assert {(f[1], f[3]) for f in got if f[0] == "SIGNED_AGREEMENT"} == {
        ("person:rui-costa", "2026-03-05"), ("person:peter-shikongo", "2026-03-05")}


def test_talked_with_is_a_meeting_but_not_by_telephone() -> None:
    text = (
        "Talks\n"
        "OSLO, 4 March 2026 – On Tuesday Minister Kari Lunde talked with Chile's Minister of "
        "Energy, Diego Rojas Soto, about offshore wind. On Wednesday she talked with Peru's "
        "Minister of Mines, Ana Quispe Flores, by telephone.\n"
    )
    pairs = {frozenset(f[1:3]) for f in facts(extract_article(text)) if f[0] == "MET_WITH"}
    assert pairs == {frozenset({"person:kari-lunde", "person:diego-rojas-soto"})}


def test_discussions_held_on_a_day_set_off_by_commas() -> None:
    text = (
        "Talks\n"
        "RIGA, 4 March 2026 – Speaker Ilze Ozola held discussions on Tuesday, 3 March 2026, with "
        "the Speaker of the National Assembly of Kenya, Joseph Kamau Njoroge.\n"
    )
    got = facts(extract_article(text))
    assert {frozenset(f[1:3]) for f in got if f[0] == "MET_WITH"} == {
        frozenset({"person:ilze-ozola", "person:joseph-kamau-njoroge"})}


def test_called_upon_a_minister_is_a_meeting() -> None:
    text = (
        "Visit\n"
        "ACCRA, 4 March 2026 – Speaker Ilze Ozola called upon Ghana's Minister of Trade, Ama "
        "Serwaa Owusu, on Tuesday to discuss cocoa exports.\n"
    )
    got = facts(extract_article(text))
    assert {frozenset(f[1:3]) for f in got if f[0] == "MET_WITH"} == {
        frozenset({"person:ilze-ozola", "person:ama-serwaa-owusu"})}


def test_a_welcome_at_a_palace_is_a_meeting() -> None:
    text = (
        "Visit\n"
        "SEVILLE, 4 March 2026 – Governor Ana Lima was welcomed by the Mayor of Seville, Elena "
        "Ruiz Prado, at the Palacio de San Telmo on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert {frozenset(f[1:3]) for f in got if f[0] == "MET_WITH"} == {
        frozenset({"person:ana-lima", "person:elena-ruiz-prado"})}


def test_the_premier_and_the_mayor_are_resolved() -> None:
    text = (
        "Mission\n"
        "NAIROBI, 4 March 2026 – Premier Jean Tremblay of Manitoba arrived in Nairobi on Monday "
        "for a trade mission to Kenya. On Tuesday the Premier talked with Kenya's Cabinet "
        "Secretary for Trade, Esther Wanjiru Kamau. The Mayor of Winnipeg, Paul Desrochers, who "
        "travelled with him, met the Governor of Nairobi City County, Peter Otieno, on Wednesday, "
        "and the Mayor later spoke about urban transit to students of the University of Nairobi.\n"
    )
    got = facts(extract_article(text))
    met = {(frozenset(f[1:3]), f[3]) for f in got if f[0] == "MET_WITH"}
    pair = frozenset({"person:jean-tremblay", "person:esther-wanjiru-kamau"})
    assert (pair, "2026-03-03") in met
    assert {f[1] for f in got if f[0] == "LECTURED_AT"} == {"person:paul-desrochers"}


def test_went_on_to_sign_keeps_its_own_day() -> None:
    text = (
        "Visit\n"
        "DOHA, 5 March 2026 – Minister Sara Lind met Qatar's Minister of State, Khalid Al Thani, "
        "on Tuesday. On Wednesday Ms Lind and Qatar's Minister of Labour, Fahad Al Kuwari, went "
        "on to sign a memorandum of understanding on school feeding.\n"
    )
    got = facts(extract_article(text))
    assert {(f[1], f[3]) for f in got if f[0] == "SIGNED_AGREEMENT"} == {
        ("person:sara-lind", "2026-03-04"), ("person:fahad-al-kuwari", "2026-03-04")}


def test_exchanged_researchers_with_a_body_is_cooperation() -> None:
    text = (
        "Science\n"
        "TARTU, 4 March 2026 – The University of Tartu has exchanged researchers with Kyoto "
        "University since 2012. The Tartu Institute of Genomics has operated a chair of tropical "
        "medicine with the University of Ghana since 2019.\n"
    )
    got = facts(extract_article(text))
    pairs = {(frozenset(f[1:3]), f[3]) for f in got if f[0] == "COOPERATES_WITH"}
    assert (frozenset({"institution:university-of-tartu", "institution:kyoto-university"}),
            "2012") in pairs
    assert (frozenset({"institution:tartu-institute-of-genomics",
                       "institution:university-of-ghana"}), "2019") in pairs


def test_a_mission_counted_in_days_is_a_visit() -> None:
    text = (
        "Mission\n"
        "HANOI, 4 March 2026 – Governor Lars Berg ended today a three-day mission to Vietnam.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:lars-berg", "country:VNM", None) in got


def test_the_next_stop_of_a_trip_is_visited() -> None:
    text = (
        "Trip\n"
        "LIMA, 5 March 2026 – Governor Lars Berg reached Arequipa on Monday at the head of a "
        "delegation of Norwegian mining firms, on his first trip to Peru. On Tuesday he moved on "
        "to Cusco, where he met the Regional Governor, Rosa Mamani Quispe.\n"
    )
    got = facts(extract_article(text))
    visited = {(f[2], f[3]) for f in got if f[0] == "VISITED"}
    assert ("city:arequipa", "2026-03-02") in visited
    assert ("city:cusco", "2026-03-03") in visited


def test_an_arrival_then_an_opening_is_a_visit() -> None:
    text = (
        "Trade office\n"
        "ABU DHABI, 5 March 2026 – Premier Kate Ross touched down in Abu Dhabi on Monday 2 March "
        "and on Tuesday opened the province's new trade office.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:kate-ross", "city:abu-dhabi", "2026-03-02") in got


def test_an_observer_named_after_a_shared_membership_is_no_member() -> None:
    text = (
        "Arctic\n"
        "SEOUL, 4 March 2026 – South Korea and Norway both belong to the Arctic Council, South "
        "Korea as an observer and Norway as a member.\n"
    )
    got = facts(extract_article(text))
    assert {f[1] for f in got if f[0] == "MEMBER_OF"} == {"country:NOR"}


def test_a_signer_after_where_joins_the_signers() -> None:
    text = (
        "Trip\n"
        "LIMA, 5 March 2026 – Governor Lars Berg of Troms travelled to Cusco on Tuesday for a "
        "visit, and went on to Puno, where he and the Mayor of Puno, Rosa Mamani Quispe, signed a "
        "friendship agreement on tourism.\n"
    )
    got = facts(extract_article(text))
    assert {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"} == {
        "person:lars-berg", "person:rosa-mamani-quispe"}


def test_a_body_headed_by_an_untitled_name() -> None:
    text = (
        "Trade office\n"
        "SEOUL, 4 March 2026 – The minister opened the Trade Office in Seoul, headed by Astrid "
        "Solberg-Lie. The delegation, headed by South Africa, left on Friday.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Astrid Solberg-Lie") == "Person"
    assert {f[2].startswith("institution:trade-office") for f in facts(rec)
            if f[0] == "OFFICIAL_OF" and f[1] == "person:astrid-solberg-lie"} == {True}


def test_an_arrival_told_by_a_fronted_participle_is_a_visit() -> None:
    text = (
        "Mission\n"
        "ACCRA, 6 March 2026 – Governor Lena Hartmann of Bavaria is on a five-day trip to Ghana. "
        "Arriving in Kumasi on Monday, 2 March 2026, she met cocoa exporters.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:lena-hartmann", "city:kumasi", "2026-03-02") in got


def test_a_stay_counted_in_days_with_its_range_is_a_visit() -> None:
    text = (
        "Parliament\n"
        "HANOVER, 6 March 2026 – A delegation of the Lower Saxony State Parliament led by its "
        "Speaker, Hanna Vogt, spent four days in Ghana, from 2 to 5 March 2026. It was the first "
        "such trip.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:hanna-vogt", "country:GHA", "2026-03-02") in got


def test_b105_a_table_row_of_events_is_text_and_its_own_finer_date_wins() -> None:
    # "2021 | X visited L (10-12 May 2021)": a row of a table of visits, not a date stamp with a
    # site's name after the bar; the row's finer date of that year dates its visit
    text = (
        "Sweden-Kenya relations\n"
        "Stockholm, 2 December 2026\n\n"
        "Kenya and Sweden established diplomatic relations in 1963. Sweden is represented in "
        "Kenya by its embassy in Nairobi, and Kenya in Sweden by its embassy in Stockholm.\n\n"
        "The two countries hold political consultations every two years.\n\n"
        "Visits\n\n"
        "Year | Visit\n"
        "2021 | State Secretary Ingrid Dahlberg visited Nairobi (10-12 May 2021)\n"
        "2023 | Kenya's Cabinet Secretary for Trade, Peter Otieno, paid an official visit to "
        "Sweden, 3-5 October 2023\n"
    )
    got = facts(extract_article(text))
    visits = {(f[1], f[2], f[3]) for f in got if f[0] == "VISITED"}
    assert ("person:ingrid-dahlberg", "city:nairobi", "2021-05-10") in visits, visits
    assert ("person:peter-otieno", "country:SWE", "2023-10-03") in visits, visits


def test_b105_toured_or_led_a_delegation_to_two_cities_visits_both() -> None:
    # "toured L1 and L2, T", "led a trade delegation to L1 and L2 from T": the second city too
    text = (
        "Ministers on the road\n"
        "Warsaw, 2 December 2026\n\n"
        "Chile's Minister of Mining, Tomás Ríos, toured Budapest and Debrecen, 6-8 June 2022.\n\n"
        "Poland's Deputy Minister of Development, Anna Nowicka, led a trade delegation to "
        "Astana and Shymkent from 2 to 4 May 2023.\n"
    )
    got = {(f[1], f[2]) for f in facts(extract_article(text)) if f[0] == "VISITED"}
    assert {("person:tomas-rios", "city:debrecen"),
            ("person:anna-nowicka", "city:shymkent")} <= got, got


def test_b105_a_bulleted_timeline_item_dates_its_events_after_a_dash() -> None:
    # "• 3-6 June 2021 – X made an official trip to L, where she had a meeting with Y": the
    # line's date (not the last one told before), the range's month for the meeting
    text = (
        "Peru and Ghana\n"
        "Posted: 1 December 2026\n\n"
        "Peru's Ambassador to Ghana, Rosa Quispe, presented her credentials on 4 March 2025.\n\n"
        "HIGH-LEVEL VISITS\n\n"
        "• 3-6 June 2021 – Minister of Foreign Affairs Elena Carrasco made an official trip to "
        "Accra, where she had a bilateral meeting with the Foreign Minister of Ghana, Kofi "
        "Mensah.\n"
        "- 14-16 May 2019: H.E. Ms. Ama Owusu, Deputy Minister of Foreign Affairs of Ghana, "
        "paid an official visit to Lima.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:elena-carrasco", "city:accra", "2021-06-03") in got, got
    assert ("MET_WITH", "person:elena-carrasco", "person:kofi-mensah", "2021-06") in got or (
        "MET_WITH", "person:kofi-mensah", "person:elena-carrasco", "2021-06") in got, got
    assert ("VISITED", "person:ama-owusu", "city:lima", "2019-05-14") in got, got


def test_b105_a_visit_named_as_a_list_heading_with_its_date_in_brackets() -> None:
    # "- Official visit to L of the then X, Y (T).", "- Working visit to L by the C Minister, Y
    # (T), during which he was received by Z": the visits, dated, and the meeting that day
    text = (
        "Ghana - Norway: Bilateral Relations\n"
        "Updated: 30 November 2026\n\n"
        "Reciprocal visits\n\n"
        "- Official visit to Accra of the then State Secretary for Foreign Affairs, Helga "
        "Brandt (2-4 March 2020).\n"
        "- Working visit to Oslo by the Ghanaian Deputy Minister of Trade, Kwesi Boateng "
        "(9 June 2021), during which he was received by the Minister of International "
        "Development, Lars Holm.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:helga-brandt", "city:accra", "2020-03-02") in got, got
    assert ("VISITED", "person:kwesi-boateng", "city:oslo", "2021-06-09") in got, got
    assert ("MET_WITH", "person:kwesi-boateng", "person:lars-holm", "2021-06-09") in got or (
        "MET_WITH", "person:lars-holm", "person:kwesi-boateng", "2021-06-09") in got, got


def test_b105_a_minister_delegate_is_no_back_reference_to_the_last_minister() -> None:
    # "the Tunisian Minister Delegate in charge of X, Y": Y's post, not "the Tunisian Minister"
    # pointing back at a minister named before
    text = (
        "Tunisia and Peru\n"
        "Lima, 30 November 2026\n\n"
        "- Visit to Tunis of the then Vice Minister of Foreign Affairs, Carla Ugarte "
        "(2-4 May 2018).\n"
        "- Working visit to Lima by the Tunisian Minister Delegate in charge of Foreign "
        "Trade, Sami Trabelsi (9 September 2022), during which he was received by the "
        "Minister of Foreign Affairs, Jorge Paredes.\n"
    )
    got = facts(extract_article(text))
    official = {(f[1], f[2]) for f in got if f[0] == "OFFICIAL_OF"}
    assert ("person:sami-trabelsi", "country:TUN") in official, got
    assert ("person:carla-ugarte", "country:TUN") not in official, got
    met = {frozenset((f[1], f[2])) for f in got if f[0] == "MET_WITH"}
    assert frozenset(("person:sami-trabelsi", "person:jorge-paredes")) in met, got
    assert frozenset(("person:carla-ugarte", "person:jorge-paredes")) not in met, got


def test_b105_agreements_listed_with_a_dash_a_bracket_or_the_two_governments() -> None:
    # "J – signed in L on T by the Government of A and the Government of B", "J between the
    # Government of A and the Government of B (signed in L on T by the two Governments)", "J,
    # signed by the two Governments in L on T", "J – inked on T by Minister X and Minister Y"
    text = (
        "Peru and Ghana\n"
        "Updated: 30 November 2026\n\n"
        "Peru and Ghana established diplomatic relations in 1962.\n\n"
        "Agreement on Road Transport – signed in Accra on 10 October 1996 by the Government of "
        "Peru and the Government of Ghana.\n"
        "- Agreement on Trade between the Government of Peru and the Government of Ghana "
        "(signed in Accra on 15 November 2022 by the two Governments)\n"
        "- Agreement on Cultural Cooperation, signed by the two Governments in Lima on 7 March "
        "2023.\n"
        "Agreement on Fisheries – inked on 14 February 2024 by Minister Ana Torres and "
        "Minister Kofi Mensah.\n"
    )
    got = {(f[1], f[2], f[3]) for f in facts(extract_article(text))
           if f[0] == "SIGNED_AGREEMENT"}
    trade = ("project:agreement-on-trade-between-the-government-of-peru-and-the-government-of-"
             "ghana")
    assert {("country:PER", "project:agreement-on-road-transport", "1996-10-10"),
            ("country:GHA", "project:agreement-on-road-transport", "1996-10-10"),
            ("country:PER", trade, "2022-11-15"), ("country:GHA", trade, "2022-11-15"),
            ("country:PER", "project:agreement-on-cultural-cooperation", "2023-03-07"),
            ("country:GHA", "project:agreement-on-cultural-cooperation", "2023-03-07"),
            ("person:ana-torres", "project:agreement-on-fisheries", "2024-02-14"),
            ("person:kofi-mensah", "project:agreement-on-fisheries", "2024-02-14")} <= got, got


def test_b105_bodies_of_states_sign_and_an_agreement_keeps_what_it_establishes() -> None:
    # "signed by the Ministry of A, B and C of D and the Ministry of E of F": the two bodies (a
    # portfolio list before the state), not the states; "Memorandum of Understanding
    # establishing the A-B Joint Commission": one name
    text = (
        "Indonesia and Finland\n"
        "Updated: 25/11/2026\n\n"
        "Finland's Minister for Foreign Trade, Liisa Koskinen, met Indonesia's Minister of "
        "Trade, Budi Santoso, in Helsinki on 2 May 2025.\n\n"
        "- Memorandum of Understanding on Peatland Restoration, signed by the Ministry of "
        "Environment, Climate and Forestry of Indonesia and the Ministry of the Environment of "
        "Finland on 4 May 2022.\n"
        "- Memorandum of Understanding establishing the Finland-Indonesia Joint Commission, "
        "signed by Ministers Koskinen and Santoso in Helsinki on 2 May 2025.\n"
    )
    rec = extract_article(text)
    got = {(f[1], f[2]) for f in facts(rec) if f[0] == "SIGNED_AGREEMENT"}
    assert names(rec).get("Ministry of Environment, Climate and Forestry") == "Institution", names(
        rec)
    assert ("country:IDN", "project:memorandum-of-understanding-on-peatland-restoration") not in (
        got), got
    joint = ("project:memorandum-of-understanding-establishing-the-finland-indonesia-joint-"
             "commission")
    assert {("person:liisa-koskinen", joint), ("person:budi-santoso", joint)} <= got, got


def test_b105_first_resident_envoy_reach_clause_and_ties_begun() -> None:
    # "C's first resident Ambassador to D, X"; "has an accreditation that stretches to A and
    # B"; "the two countries began formal diplomatic relations on T"
    text = (
        "Peru and Ghana\n"
        "Posted: 1 December 2026\n\n"
        "Peru recognised Ghana on 6 March 1957, and the two countries began formal diplomatic "
        "relations on 16 March 1964. Peru's first resident Ambassador to Ghana, Luis Vargas, "
        "presented his credentials on 14 May 2025. The Ambassador of Ghana to Peru, Rosa "
        "Mensah, has an accreditation that stretches to Bolivia and Ecuador.\n"
    )
    got = facts(extract_article(text))
    assert ("ESTABLISHED_TIES", "country:PER", "country:GHA", "1964-03-16") in got or (
        "ESTABLISHED_TIES", "country:GHA", "country:PER", "1964-03-16") in got, got
    assert ("AMBASSADOR_OF", "person:luis-vargas", "country:PER", None) in got, got
    acc = {f[2] for f in got if f[0] == "ACCREDITED_TO" and f[1] == "person:rosa-mensah"}
    assert {"country:BOL", "country:ECU"} <= acc, got


def test_b105_received_during_a_working_visit_and_a_call_at_a_city() -> None:
    # "X was received by Y, Minister of Z, during a working visit to C": X visited C; "X called
    # at L on T": a visit of the city
    text = (
        "Peru and Ghana\n"
        "Posted: 1 December 2026\n\n"
        "- 9 October 2023: Peru's Minister of Agriculture, Mr. Luis Soto, was received by H.E. "
        "Kofi Mensah, Minister of Food and Agriculture, during a working visit to Ghana.\n"
        "- June 2025: Ghana's Deputy Minister of Foreign Affairs, Ama Owusu, called at Lima on "
        "18 and 19 June 2025.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:luis-soto", "country:GHA", "2023-10-09") in got, got
    assert ("VISITED", "person:ama-owusu", "city:lima", "2025-06-18") in got, got


def test_b105_consultations_named_as_a_channel_are_a_framework() -> None:
    # "have cooperated on T within the framework of (by means of) the A-B Political
    # Consultations": a standing round of consultations, the channel of the cooperation
    text = (
        "Ghana and Peru\n"
        "Accra, 3 December 2026\n\n"
        "Ghana and Peru have cooperated on fisheries within the framework of the Ghana-Peru "
        "Political Consultations since 2017. Kenya and Chile have cooperated by means of the "
        "Annual Foreign Office Consultations since 2012.\n"
    )
    got = {(f[1], f[2], f[3]) for f in facts(extract_article(text)) if f[0] == "COOPERATES_VIA"}
    assert {("country:GHA", "project:ghana-peru-political-consultations", "2017"),
            ("country:PER", "project:ghana-peru-political-consultations", "2017"),
            ("country:KEN", "project:annual-foreign-office-consultations", "2012"),
            ("country:CHL", "project:annual-foreign-office-consultations", "2012")} <= got, got


def test_b105_a_body_with_its_short_form_then_its_state_is_the_party() -> None:
    # "The I (ACR) of C and D's I2 have shared ...": the body, not the state after its acronym
    text = (
        "Health research\n"
        "Nairobi, 3 December 2026\n\n"
        "The National Research Foundation (NRF) of South Africa and Kenya's Ministry of Health "
        "have shared laboratory data since 2020.\n"
    )
    got = {frozenset(f[1:3]) for f in facts(extract_article(text)) if f[0] == "COOPERATES_WITH"}
    assert got == {frozenset(("institution:national-research-foundation",
                              "institution:ministry-of-health"))}, got


def test_b105_travelled_to_a_city_where_talks_were_held_and_the_next_day() -> None:
    # "On T X travelled to L, where she held talks with her C counterpart, Y, on T2. The next
    # day she lectured at I": the trip, the talks' own day after the name in apposition, the
    # lecture the day after
    text = (
        "Peru and Ghana\n"
        "Lima, 9 May 2025\n\n"
        "- On 4 and 5 May 2025 Minister Ana Ruiz travelled to Accra, where she held talks with "
        "her Ghanaian counterpart, Kofi Mensah, on 4 May 2025. The next day she lectured at the "
        "University of Ghana.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:ana-ruiz", "city:accra", "2025-05-04") in got, got
    assert ("MET_WITH", "person:ana-ruiz", "person:kofi-mensah", "2025-05-04") in got or (
        "MET_WITH", "person:kofi-mensah", "person:ana-ruiz", "2025-05-04") in got, got
    assert ("LECTURED_AT", "person:ana-ruiz", "institution:university-of-ghana",
            "2025-05-05") in got, got


def test_b105_a_country_pages_last_update_line_dates_the_page() -> None:
    # "Last updated: 04 December 2026" (or "Actualizado: ..."), the page's only date line: its
    # published day, against which a weekday resolves; a news story's bare "Updated:" is not
    text = (
        "Peru-Ghana Relations\n\n"
        "Last updated: 04 December 2026\n\n"
        "On Monday Peru's Vice Minister of Foreign Affairs, Ana Ruiz, was received by Ghana's "
        "Minister of Foreign Affairs, Kofi Mensah.\n"
    )
    assert str(extract_article(text).article.published) == "2026-12-04"
    spanish = text.replace("Last updated: 04 December 2026", "Actualizado: 4 de diciembre de 2026")
    assert str(extract_article(spanish).article.published) == "2026-12-04"
    bare = text.replace("Last updated: 04 December 2026", "Updated: 04/12/2026 at 18:30")
    assert extract_article(bare).article.published is None


def test_b105_credentials_to_the_head_of_a_side_state_date_that_accreditation() -> None:
    # "C's Ambassador to A, X, whose accreditation extends to B, handed her letters of credence
    # to the President of B on T": B's accreditation is dated, A's (told without a day) is not
    text = (
        "Chile and Bhutan\n"
        "Thimphu, 11 September 2026\n\n"
        "The Ambassador of Chile to India, Paula Ibáñez, whose accreditation extends to Bhutan, "
        "handed her letters of credence to the King of Bhutan at the Tashichhodzong on 9 "
        "September 2026.\n"
    )
    got = {(f[2], f[3]) for f in facts(extract_article(text))
           if f[0] == "ACCREDITED_TO" and f[1] == "person:paula-ibanez"}
    assert got == {("country:IND", None), ("country:BTN", "2026-09-09")}, got


def test_b104_a_long_line_opening_with_by_and_an_article_is_no_byline() -> None:
    # "By a decree of the same day, the President relieved X, who ...": running text, kept
    text = (
        "New envoys named\n"
        "VILNIUS, 2 December 2026 (ELTA) — The President signed two decrees on Wednesday.\n\n"
        "By a decree of the same day, the President also relieved Rasa Kirkilaitė, who has been "
        "Ambassador of Lithuania to the Kingdom of Denmark since 2020, of her duties.\n"
    )
    got = {f[:3] for f in facts(extract_article(text))
           if f[0] in ("AMBASSADOR_OF", "ACCREDITED_TO")}
    assert ("ACCREDITED_TO", "person:rasa-kirkilaite", "country:DNK") in got, got
    assert ("AMBASSADOR_OF", "person:rasa-kirkilaite", "country:LTU") in got, got


def test_b104_an_untitled_name_given_a_head_of_missions_post() -> None:
    # "the order naming X as C's Ambassador to D", "Y becomes Ambassador of C to D", "• Z, as
    # High Commissioner of C to D": a name with no title, then the post it is given
    text = (
        "Diplomatic appointments\n"
        "ACCRA, 1 December 2026 (GNA) — The order naming Kwesi Boateng Mensah as Ghana's "
        "Ambassador to the Kingdom of Spain was gazetted on Monday. Under a second order, "
        "Efua Sarpong becomes Ambassador of Ghana to Brazil.\n\n"
        "• Kofi Asante Darko, as High Commissioner of Ghana to Malaysia;\n"
    )
    got = {f[:3] for f in facts(extract_article(text))
           if f[0] in ("AMBASSADOR_OF", "ACCREDITED_TO")}
    assert {("ACCREDITED_TO", "person:kwesi-boateng-mensah", "country:ESP"),
            ("AMBASSADOR_OF", "person:kwesi-boateng-mensah", "country:GHA"),
            ("ACCREDITED_TO", "person:efua-sarpong", "country:BRA"),
            ("AMBASSADOR_OF", "person:efua-sarpong", "country:GHA"),
            ("ACCREDITED_TO", "person:kofi-asante-darko", "country:MYS")} <= got, got


def test_b104_other_verbs_of_holding_a_head_of_missions_post() -> None:
    # "spent three years as C's Ambassador to D", "represented C as Ambassador to D", "was sworn
    # in at L on Monday as C's Ambassador to D"
    text = (
        "Veteran diplomat honoured\n"
        "SUVA, 4 December 2026 (FBC) — Mr. Jone Waqa met Mr. Eroni Tuilau on Friday. Mr. Waqa "
        "spent three years as Fiji's Ambassador to Japan. Mr. Tuilau represented Fiji as "
        "Ambassador to Indonesia from 2012 to 2016.\n\n"
        "Mr. Waqa was sworn in at Government House on Monday as Fiji's High Commissioner to "
        "India.\n"
    )
    got = {f[:3] for f in facts(extract_article(text))
           if f[0] in ("AMBASSADOR_OF", "ACCREDITED_TO")}
    assert {("ACCREDITED_TO", "person:jone-waqa", "country:JPN"),
            ("AMBASSADOR_OF", "person:jone-waqa", "country:FJI"),
            ("ACCREDITED_TO", "person:eroni-tuilau", "country:IDN"),
            ("AMBASSADOR_OF", "person:eroni-tuilau", "country:FJI"),
            ("ACCREDITED_TO", "person:jone-waqa", "country:IND")} <= got, got


def test_b104_side_states_and_tenure_told_with_a_head_of_missions_post() -> None:
    # "served as High Commissioner to A from T to T2, concurrently accredited to B", "was
    # Ambassador of C to A between T and T2, a posting that also covered B": side states of the
    # same post, and the tenure's start dates it; "A diplomat by training, X was ...": a fronted
    # phrase before the name
    text = (
        "Obituary\n"
        "WELLINGTON, 6 December 2026 (RNZ) — Former envoy Mr. Tama Ruru died on Friday. Mr. Ruru "
        "served as High Commissioner to Fiji from 1998 to 2002, concurrently accredited to "
        "Tuvalu and Kiribati.\n\n"
        "A diplomat by training, Mr. Ruru was Ambassador of New Zealand to Chile between 2005 "
        "and 2009, a posting that also covered Peru.\n"
    )
    got = {f for f in facts(extract_article(text))
           if f[0] in ("AMBASSADOR_OF", "ACCREDITED_TO")}
    assert {("ACCREDITED_TO", "person:tama-ruru", "country:FJI", "1998"),
            ("ACCREDITED_TO", "person:tama-ruru", "country:TUV", "1998"),
            ("ACCREDITED_TO", "person:tama-ruru", "country:KIR", "1998"),
            ("ACCREDITED_TO", "person:tama-ruru", "country:CHL", "2005"),
            ("ACCREDITED_TO", "person:tama-ruru", "country:PER", "2005"),
            # (the one state he heads missions for, since his first post's start)
            ("AMBASSADOR_OF", "person:tama-ruru", "country:NZL", "1998")} <= got, got


def test_b104_he_and_a_named_peer_sign_after_a_fronted_place_date_or_trip() -> None:
    # "In L in T he and his C counterpart, Y, signed J", "During that visit he and C's Minister
    # Y signed J": the pronoun is a signer too, and the fronted date dates the signing
    text = (
        "Obituary\n"
        "DUBLIN, 3 December 2026 (RTÉ) — Mr. Seán Daly, a former Minister, died on Tuesday.\n\n"
        "In Lisbon in June 1992 he and his Portuguese counterpart, Rui Matos, signed the "
        "Agreement on Cultural Exchange. During that visit he and Portugal's Minister of "
        "Culture, Inês Lobo, signed the Protocol on Film Archives.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert ("SIGNED_AGREEMENT", "person:sean-daly", "project:agreement-on-cultural-exchange",
            "1992-06") in got, got
    assert ("SIGNED_AGREEMENT", "person:rui-matos", "project:agreement-on-cultural-exchange",
            "1992-06") in got, got
    assert any(f[1] == "person:sean-daly" and f[2] == "project:protocol-on-film-archives"
               for f in got), got


def test_b104_and_that_opens_a_clause_whose_subject_recognises() -> None:
    # "A and B opened relations on T, and that L extended recognition to D": not B (the
    # recogniser is the unknown subject after "and that")
    text = (
        "Obituary\n"
        "QUITO, 2 December 2026 (Andes) — It was under his watch that Ecuador and Malaysia "
        "opened diplomatic relations, on 5 March 1991, and that Guayaquil's government extended "
        "recognition to the Republic of Palau in 1994.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "RECOGNIZED"}
    assert not any(f[1] == "country:MYS" for f in got), got


def test_b104_a_career_in_a_ministry_begun_and_the_envoy_sworn_in() -> None:
    # "X joined (entered) the Ministry of Foreign Affairs in T": an official of it since T;
    # "X took the oath of office as C's Ambassador ...; after the ceremony the envoy paid a
    # farewell call on Y": the envoy is X
    text = (
        "New envoy\n"
        "VICTORIA, 8 December 2026 (SNA) — Career diplomat Marc Hoarau took the oath of office "
        "at State House on Monday as Seychelles' Ambassador to Kenya. He entered the Department "
        "of Foreign Affairs in 1995 as a desk officer.\n\n"
        "After the ceremony, the envoy paid a farewell call on the Minister of Fisheries, "
        "Regis Payet.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:marc-hoarau", "institution:department-of-foreign-affairs",
            "1995") in got, got
    assert any(f[0] == "MET_WITH" and {f[1], f[2]} == {"person:marc-hoarau", "person:regis-payet"}
               for f in got), got


def test_b104_a_seminar_run_and_experience_shared_with_students_are_lectures() -> None:
    # "X ran a seminar on T for junior diplomats at the I", "X shared her experience with
    # students of the I in a talk on T"
    text = (
        "Envoy's week\n"
        "LIMA, 4 December 2026 (Andina) — Ambassador Carla Mejía ran a seminar on trade for "
        "junior diplomats at the Diplomatic Academy of Peru on Monday. On Wednesday she shared "
        "her experience with students of the University of Piura in a talk on mining.\n"
    )
    got = {f[:3] for f in facts(extract_article(text)) if f[0] == "LECTURED_AT"}
    assert {("LECTURED_AT", "person:carla-mejia", "institution:diplomatic-academy-of-peru"),
            ("LECTURED_AT", "person:carla-mejia", "institution:university-of-piura")} <= got, got


def test_b104_seed_varieties_shared_through_a_channel_since_a_clause_year() -> None:
    # "..., and since T the two countries have shared seed varieties through J": cooperation
    # via J, dated by the "since" that opens its clause; "recalled that, since T, A and B have
    # worked together": the same
    text = (
        "Farm research\n"
        "HANOI, 7 December 2026 (VNA) — Vietnam and Cuba are members of the Group of 77, and "
        "since 2019 the two countries have shared rice seed varieties through the "
        "Vietnam-Cuba Rice Programme. The ministry recalled that, since 2016, Laos and Cuba "
        "have worked together on vaccines.\n"
    )
    got = facts(extract_article(text))
    rice = "project:vietnam-cuba-rice-programme"
    assert ("COOPERATES_VIA", "country:VNM", rice, "2019") in got, got
    assert ("COOPERATES_VIA", "country:CUB", rice, "2019") in got, got
    assert any(f[0] == "COOPERATES_WITH" and {f[1], f[2]} == {"country:LAO", "country:CUB"}
               and f[3] == "2016" for f in got), got


def test_b104_a_state_seen_admitted_and_a_trip_told_by_its_first() -> None:
    # "the delegation that saw C admitted to O in T": C joined O in T; "X travelled to L, the
    # first C minister to set foot in D": a visit to L and to D
    text = (
        "Obituary\n"
        "BRIDGETOWN, 5 December 2026 (CMC) — Mr. Errol Best, a former Minister, died on Friday. "
        "He was in the delegation that saw Barbados admitted to the United Nations in December "
        "1966.\n\n"
        "In June 1972 Mr. Best travelled to Caracas, the first Barbadian minister to set foot "
        "in Venezuela.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:BRB", "org:united-nations", "1966-12") in got, got
    assert ("VISITED", "person:errol-best", "country:VEN", "1972-06") in got, got


def test_b104_a_second_post_and_a_list_of_envoys_sharing_the_sending_state() -> None:
    # "served as Ambassador to A from T to T2 and as Ambassador to B from T3 to T4, a post that
    # also covered C", "..., and was at the same time accredited to O", "headed the embassy in L
    # as Ambassador to D", "From T to T2 he was C's Permanent Representative to O"; "X becomes
    # Ambassador of C to A; Y, Ambassador to B": the list's sending state for Y too
    text = (
        "Obituary\n"
        "ACCRA, 2 December 2026 (GNA) — Mr. Kojo Amankwah, a career diplomat, died on Monday. He "
        "served as Ambassador to Japan from 1980 to 1984 and as Ambassador to Italy from 1988 "
        "to 1992, a post that also covered Greece. He later headed the embassy in Cairo as "
        "Ambassador to Egypt, and was at the same time accredited to the League of Arab States. "
        "From 1996 to 2000 he was Ghana's Permanent Representative to the United Nations.\n\n"
        "Under the new decrees, Ama Owusu becomes Ambassador of Ghana to Brazil; Yaw Boateng, "
        "Ambassador to the Kingdom of Morocco.\n"
    )
    got = facts(extract_article(text))
    assert {("ACCREDITED_TO", "person:kojo-amankwah", "country:ITA", "1988"),
            ("ACCREDITED_TO", "person:kojo-amankwah", "country:GRC", "1988"),
            ("ACCREDITED_TO", "person:kojo-amankwah", "country:EGY", None),
            ("ACCREDITED_TO", "person:kojo-amankwah", "org:league-of-arab-states", None),
            ("ACCREDITED_TO", "person:kojo-amankwah", "org:united-nations", "1996")} <= got, got
    assert any(f[:3] == ("AMBASSADOR_OF", "person:yaw-boateng", "country:GHA") for f in got), got


def test_b104_a_trip_dates_its_audience_and_what_was_signed_during_that_trip() -> None:
    # "In T X travelled to L, ..., and was granted an audience by Y": the lead's month dates
    # the audience too; "During that trip he and Z signed J": the trip's month
    text = (
        "Obituary\n"
        "SUVA, 3 December 2026 (FBC) — Mr. Jone Koroivuki, a former Minister, died on "
        "Monday.\n\n"
        "In March 1981 Mr. Koroivuki travelled to Seoul, the first Fijian minister to set foot in "
        "South Korea, and was granted an audience by Prime Minister Nam Duck-woo. During that "
        "trip he and South Korea's Minister of Fisheries, Kim Young-ho, signed the Agreement on "
        "Fisheries Cooperation.\n"
    )
    got = facts(extract_article(text))
    met = [f for f in got if f[0] == "MET_WITH"]
    assert met and all(f[3] == "1981-03" for f in met), met
    signed = {f for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert signed and all(f[3] == "1981-03" for f in signed), signed


def test_b104_tenures_date_an_office_and_an_older_post_of_the_same_envoy() -> None:
    # "X, C's foreign minister from T to T2, has died": OFFICIAL_OF C since T; "X ... as C's
    # Ambassador to A. From T to T2 he served as High Commissioner to B": C's envoy since T
    text = (
        "Tributes\n"
        "VICTORIA, 8 December 2026 (SNA) — Jean Ally, Seychelles' foreign minister from 1984 to "
        "1989, has died. Career diplomat Marc Hoarau took the oath of office on Monday as "
        "Seychelles' Ambassador to Kenya.\n\n"
        "From 2009 to 2013 he served as High Commissioner to South Africa.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:jean-ally", "country:SYC", "1984") in got, got
    assert ("AMBASSADOR_OF", "person:marc-hoarau", "country:SYC", "2009") in got, got


def test_b104_a_head_of_state_recalls_his_own_states_envoy() -> None:
    # "The President of C, X, ... The President recalled Y, who has been Ambassador to D since
    # T": Y is C's envoy, since T
    text = (
        "Decrees signed\n"
        "SKOPJE, 3 December 2026 (MIA) — The President of North Macedonia, Marko Trajkovski, "
        "signed three decrees on Thursday.\n\n"
        "By another decree, the President recalled Ilija Stojanov, who has been Ambassador to "
        "the Kingdom of Belgium since 2020.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:ilija-stojanov", "country:MKD", "2020") in got, got
    assert ("ACCREDITED_TO", "person:ilija-stojanov", "country:BEL", "2020") in got, got


def test_b104_a_surname_found_by_its_honorific_is_the_longer_name_met_before() -> None:
    # "Career diplomat Marc Hoarau took the oath ..." (found by its post), then "Mr Hoarau"
    # (found first, by its honorific): one person
    text = (
        "Profile\n"
        "VICTORIA, 8 December 2026 (SNA) — Career diplomat Marc Hoarau took the oath of office "
        "on Monday as Seychelles' Ambassador to Kenya. Mr Hoarau, 58, joined the Department of "
        "Foreign Affairs in 1995.\n"
    )
    people = [n for n, t in names(extract_article(text)).items() if t == "Person"]
    assert people == ["Marc Hoarau"], people


def test_a_treaty_title_between_two_governments_is_one_agreement() -> None:
    text = (
        "Tax pact\n"
        "ACCRA, 4 March 2026 – Ghana's Minister of Finance, Kwesi Ofori, and Denmark's Minister "
        "for Taxation, Lars Holm, signed the Agreement between the Government of the Republic of "
        "Ghana and the Government of the Kingdom of Denmark on the Avoidance of Double Taxation "
        "in Accra on Tuesday. Ghana and Denmark also signed the General Cooperation Agreement "
        "between the Republic of Ghana and the Kingdom of Denmark.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    title = ("Agreement between the Government of the Republic of Ghana and the Government of "
             "the Kingdom of Denmark on the Avoidance of Double Taxation")
    assert names(rec).get(title) == "Project"
    assert names(rec).get("General Cooperation Agreement between the Republic of Ghana and the "
                          "Kingdom of Denmark") == "Project"
    assert {f[1] for f in got if f[0] == "SIGNED_AGREEMENT" and f[3] == "2026-03-03"} >= {
        "person:kwesi-ofori", "person:lars-holm"}


def test_the_signatories_were_and_the_treaty_itself_was_signed_by() -> None:
    text = (
        "Ratified\n"
        "OSLO, 6 March 2026 – Norway and Peru signed a Convention on Fisheries Inspection in Lima "
        "on Monday. The signatories were Norway's Minister of Fisheries, Eva Lunde, and Peru's "
        "Minister of Foreign Trade, Raúl Quispe. Both also signed a Memorandum of Understanding on "
        "Aquaculture. The convention itself was signed in Oslo on 2 May 2025 by Norway's State "
        "Secretary, Odd Berge, and Peru's Ambassador to Norway, Ana Ríos.\n"
    )
    got = facts(extract_article(text))
    conv = "project:convention-on-fisheries-inspection"
    signed = {(f[1], f[3]) for f in got if f[0] == "SIGNED_AGREEMENT" and f[2] == conv}
    assert {("person:eva-lunde", "2026-03-02"), ("person:raul-quispe", "2026-03-02"),
            ("person:odd-berge", "2025-05-02"), ("person:ana-rios", "2025-05-02")} <= signed


def test_a_capitalised_back_reference_signed_on_behalf_of_a_state() -> None:
    text = (
        "Treaty news\n"
        "ROME, 5 March 2026 – On 4 March 2026 Kenya signed the Optional Protocol to the "
        "Convention on Rural Roads. The Protocol was signed on behalf of Kenya by Jane Wambui, "
        "Ambassador of Kenya to Italy.\n"
    )
    got = facts(extract_article(text))
    signed = {(f[1], f[2]) for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert ("person:jane-wambui", "project:optional-protocol") in signed
    assert not any(f[1] == "project:convention-on-rural-roads" for f in signed)


def test_which_it_had_signed_after_a_reference_number_and_a_fronted_time() -> None:
    text = (
        "Depositary\n"
        "STRASBOURG, 9 March 2026 – On the same day, Peru deposited its instrument of "
        "ratification of the Convention on Cultural Property (CETS No. 221), which it had signed "
        "on 3 May 2024.\n"
    )
    got = facts(extract_article(text))
    assert ("SIGNED_AGREEMENT", "country:PER", "project:convention-on-cultural-property",
            "2024-05-03") in got


def test_worked_in_tandem_and_a_prosecutors_office_and_de_jure_recognition() -> None:
    text = (
        "Justice\n"
        "LIMA, 5 March 2026 – Since 2020 Peru's Prosecutor General's Office and Spain's National "
        "Prosecutor's Office have worked in tandem on money-laundering cases. Brazil extended de "
        "jure recognition to Latvia in 1921.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert names(rec).get("National Prosecutor's Office") == "Institution"
    assert {f[3] for f in got if f[0] == "COOPERATES_WITH"} == {"2020"}
    assert ("RECOGNIZED", "country:BRA", "country:LVA", "1921") in got


def test_the_dinner_guest_of_is_a_meeting_and_the_guest_gave_the_lecture() -> None:
    text = (
        "Visit\n"
        "COPENHAGEN, 5 March 2026 – Chile's Minister of Energy, Rosa Pérez, visited Denmark on "
        "3 March 2026. Pérez was the dinner guest of Denmark's Minister for Development, Mette "
        "Krogh, and gave a lecture at the Danish Institute for International Studies.\n"
    )
    got = facts(extract_article(text))
    assert {f[1] for f in got if f[0] == "MET_WITH"} & {"person:rosa-perez", "person:mette-krogh"}
    lect = {f[1] for f in got if f[0] == "LECTURED_AT"}
    assert lect == {"person:rosa-perez"}


def test_an_insular_portfolio_and_a_union_post_are_no_bodies() -> None:
    text = (
        "Talks\n"
        "ATHENS, 5 March 2026 – Greece's Deputy Minister of Insular Policy, Petros Kallis, met "
        "Union Commerce Secretary Anil Mehta on Tuesday.\n"
    )
    rec = extract_article(text)
    got = facts(rec)
    assert ("OFFICIAL_OF", "person:petros-kallis", "country:GRC", None) in got
    assert not any(f[0] == "OFFICIAL_OF" and f[1] == "person:anil-mehta" for f in got)


def test_a_framing_visit_keeps_its_own_range_in_parentheses() -> None:
    text = (
        "Background\n"
        "QUITO, 9 March 2026 – The accord was signed in Quito on May 5, 2025, by Ecuador's "
        "Minister of Justice, Lucía Mora, and Austria's Minister of Justice, Karl Huber, during "
        "Huber's official visit to Ecuador (May 4-6, 2025).\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:karl-huber", "country:ECU", "2025-05-04") in got


def test_a_convention_named_after_its_body_is_an_agreement() -> None:
    text = (
        "Treaty Office\n"
        "STRASBOURG, 4 March 2026 – Chile signed the Council of Europe Convention on Cybercrime "
        "on 3 March 2026.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Council of Europe Convention on Cybercrime") == "Project"
    assert ("SIGNED_AGREEMENT", "country:CHL", "project:council-of-europe-convention-on-cybercrime",
            "2026-03-03") in facts(rec)


def test_ties_joined_by_unbroken_and_begun_in_a_possessive_clause() -> None:
    for text, pair, year in (
        ("Note\nOSLO, 4 March 2026 – Norway and Peru have been joined by diplomatic relations "
         "since 1960, the ministry said.\n", {"country:NOR", "country:PER"}, "1960"),
        ("Note\nOSLO, 4 March 2026 – Norway and Chile have maintained uninterrupted diplomatic "
         "relations since 1905.\n", {"country:NOR", "country:CHL"}, "1905"),
        ("Note\nOSLO, 4 March 2026 – Norway's diplomatic relations with Mexico, begun in 1906, "
         "were reviewed.\n", {"country:NOR", "country:MEX"}, "1906"),
    ):
        got = {(f[1], f[2], f[3]) for f in facts(extract_article(text))
               if f[0] == "ESTABLISHED_TIES"}
        assert {(a, b, y) for a, b, y in got if {a, b} == pair} and {y for *_, y in got} == {year}


def test_a_court_circulars_bracketed_holder_with_the_honourable() -> None:
    text = (
        "Court Circular\n"
        "WINDSOR CASTLE, 4 March 2026 – The Foreign Minister of Samoa (the Honourable Tuala "
        "Iosefo Ponifasio) arrived in London this morning on an official visit to the United "
        "Kingdom. Mr Ponifasio later met the Trade Secretary (Mr Oliver Haskett) at the "
        "Treasury.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:tuala-iosefo-ponifasio", "country:WSM", None) in got
    assert ("VISITED", "person:tuala-iosefo-ponifasio", "country:GBR", "2026-03-04") in got
    assert {("MET_WITH", "person:tuala-iosefo-ponifasio", "person:oliver-haskett", "2026-03-04"),
            ("MET_WITH", "person:oliver-haskett", "person:tuala-iosefo-ponifasio",
             "2026-03-04")} & got


def test_the_right_honourable_between_a_post_and_its_holder() -> None:
    text = (
        "Visit\n"
        "LONDON, 4 March 2026 – The Prime Minister of Fiji, the Right Honourable Jone "
        "Vakaloloma, opened a trade fair.\n"
    )
    assert ("OFFICIAL_OF", "person:jone-vakaloloma", "country:FJI", None) in facts(
        extract_article(text))


def test_a_commission_for_a_state_in_a_capital_and_an_appointment_received() -> None:
    text = (
        "Court Circular\n"
        "LONDON, 4 March 2026 – Mr Ioane Tekaai presented his Letters of Commission as High "
        "Commissioner for Kiribati in London to the Sovereign this morning. Ms Clara Whitby was "
        "received by the Sovereign on her appointment as British High Commissioner to the "
        "Republic of Ghana, concurrently accredited to Togo.\n"
    )
    got = facts(extract_article(text))
    assert ("AMBASSADOR_OF", "person:ioane-tekaai", "country:KIR", None) in got
    assert ("ACCREDITED_TO", "person:ioane-tekaai", "country:GBR", "2026-03-04") in got
    assert ("ACCREDITED_TO", "person:ioane-tekaai", "country:KIR", "2026-03-04") not in got
    assert ("AMBASSADOR_OF", "person:clara-whitby", "country:GBR", None) in got
    assert {("ACCREDITED_TO", "person:clara-whitby", "country:GHA", None),
            ("ACCREDITED_TO", "person:clara-whitby", "country:TGO", None)} <= got


def test_side_accreditations_by_district_and_in_charge_of_relations_in_a_relative_clause() -> None:
    text = (
        "Visit\n"
        "LIMA, 4 March 2026 – Norway's Ambassador to Chile, Kari Lunde, whose district includes "
        "Bolivia, attended. Peru's Ambassador to Kenya, Rosa Quispe Huamán, who is also in "
        "charge of relations with Uganda, spoke.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:kari-lunde", "country:BOL", None) in got
    assert ("ACCREDITED_TO", "person:rosa-quispe-huaman", "country:UGA", None) in got


def test_a_production_portfolio_a_bilateral_sitting_and_a_post_held_at_the_time() -> None:
    text = (
        "Talks\n"
        "LIMA, 4 March 2026 – On Tuesday the Trade Minister, Ana Soto, held a bilateral "
        "sitting with Chile's Minister of Production and Ecological Industry, Pedro Lagos "
        "Rivas. Chile's Foreign Minister at the time, Marta Olea Fuentes, paid an official visit "
        "to Peru in June 2021.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:pedro-lagos-rivas", "country:CHL", None) in got
    assert {("MET_WITH", "person:ana-soto", "person:pedro-lagos-rivas", "2026-03-03"),
            ("MET_WITH", "person:pedro-lagos-rivas", "person:ana-soto", "2026-03-03")} & got
    assert ("OFFICIAL_OF", "person:marta-olea-fuentes", "country:CHL", None) in got
    assert ("VISITED", "person:marta-olea-fuentes", "country:PER", "2021-06") in got


def test_a_body_and_anothers_acronym_and_a_short_form_a_table_spells_otherwise() -> None:
    text = (
        "Research\n"
        "QUITO, 4 March 2026 – Ana Ruiz lectured at the Universidad Técnica de Ambato (UTA) on "
        "Monday. Lund University and UTA have cooperated since 2015 on volcano monitoring. The "
        "Luxembourg Development Cooperation Agency (LuxDev) and the University of Cuenca have "
        "worked together since 2012.\n"
    )
    rec = extract_article(text)
    assert "Lund University and UTA" not in names(rec)
    got = facts(rec)
    assert {f[1:3] for f in got if f[0] == "COOPERATES_WITH"} >= {
        ("institution:lund-university", "institution:universidad-tecnica-de-ambato")}
    lux = [e for e in rec.entities if "Luxembourg" in e.name]
    assert [e.name for e in lux] == ["Luxembourg Development Cooperation Agency"]


def test_a_group_named_by_its_members_signs_as_those_members() -> None:
    text = (
        "State visit\n"
        "MADRID, 4 March 2026 – King Alfonso Ruiz received the President of Chile, Rodrigo Salas "
        "Mena, on Wednesday. After the talks, a Memorandum of Understanding on Education was "
        "signed by the foreign ministers, Luis Prado Gil, Minister of Foreign Affairs, and his "
        "Chilean counterpart, "
        "Marta Vidal Soto.\n"
    )
    signers = {f[1] for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"person:luis-prado-gil", "person:marta-vidal-soto"}


def test_a_minister_staying_in_a_state_on_a_working_visit() -> None:
    text = (
        "Audience\n"
        "AMMAN, 4 March 2026 – The Crown Prince received the Foreign Minister of Peru, Ana "
        "Quispe Lara, who is staying in Jordan on a working visit.\n"
    )
    assert ("VISITED", "person:ana-quispe-lara", "country:JOR", "2026-03-04") in facts(
        extract_article(text))


def test_a_state_visit_that_a_described_visitor_began_on_a_day() -> None:
    text = (
        "State visit\n"
        "LISBON, 4 March 2026 – President Marta Leal received the Prime Minister of Ghana, Kofi "
        "Asante Boakye, on Wednesday, at the end of the state visit that the Ghanaian Prime "
        "Minister began on Monday in Portugal.\n"
    )
    assert ("VISITED", "person:kofi-asante-boakye", "country:PRT", "2026-03-02") in facts(
        extract_article(text))


def test_a_post_of_a_state_repeated_as_the_subject_is_its_holder() -> None:
    text = (
        "Court news\n"
        "STOCKHOLM, 4 March 2026 – The President of Ghana, Kwesi Ampofo Mensah, arrived in "
        "Stockholm today for a state visit. The President of Ghana later held talks with the "
        "Minister for Trade, Karin Dahl, at the Rosenbad.\n"
    )
    got = facts(extract_article(text))
    assert {("MET_WITH", "person:kwesi-ampofo-mensah", "person:karin-dahl", "2026-03-04"),
            ("MET_WITH", "person:karin-dahl", "person:kwesi-ampofo-mensah", "2026-03-04")} & got


def test_r_parlamericas_cica_unhyphened_and_an_envoy_in_tel_aviv() -> None:
    # tables: ParlAmericas, the CICA's full name without its hyphen, Tel Aviv an embassy's seat
    text = (
        "Parliamentary forum\n"
        "OTTAWA, 2 December 2026 (CP) — On Tuesday the Speaker of the Senate of Chile, Ana Ruiz, "
        "held talks with ParlAmericas President Tomás Herrera on open government. Mongolia and "
        "Azerbaijan both belong to the Conference on Interaction and Confidence Building Measures "
        "in Asia. Georgia's envoy in Tel Aviv, Ambassador Nino Beridze, also attended.\n"
    )
    got = {f[:3] for f in facts(extract_article(text))}
    cica = "org:conference-on-interaction-and-confidence-building-measures-in-asia"
    assert {
        ("OFFICIAL_OF", "person:tomas-herrera", "org:parlamericas"),
        ("MEMBER_OF", "country:MNG", cica),
        ("MEMBER_OF", "country:AZE", cica),
        ("AMBASSADOR_OF", "person:nino-beridze", "country:GEO"),
        ("ACCREDITED_TO", "person:nino-beridze", "country:ISR"),
    } <= got, got


def test_r_dean_before_one_more_name_is_a_given_name() -> None:
    # "C's Ambassador in L, Dean X,": a given name; "Dean Ann Lee" stays the title
    text = (
        "Envoy at the fair\n"
        "CARACAS, 2 December 2026 (VTV) — Trinidad and Tobago's Ambassador in Caracas, Dean "
        "Baptiste, opened the trade fair on Tuesday. Dean Ann Lee of the Faculty of Law spoke.\n"
    )
    rec = extract_article(text)
    got = {f[:3] for f in facts(rec)}
    assert {("AMBASSADOR_OF", "person:dean-baptiste", "country:TTO"),
            ("ACCREDITED_TO", "person:dean-baptiste", "country:VEN")} <= got, got
    assert "Dean Ann Lee" not in names(rec), names(rec)


def test_r_a_one_word_company_made_a_party_of_a_signing_or_a_cooperation() -> None:
    # "Sonatrach and the I signed J", "the I (ACR) and Codelco have cooperated": one-word
    # companies; "Hon. Peter Okello and the I signed" and "the province of Sindh" make none
    text = (
        "Energy deal\n"
        "MAPUTO, 4 December 2026 (AIM) — Sonatrach and the Ministry of Energy signed a "
        "Memorandum of Understanding on Gas Exploration on Friday. The Ghana National Petroleum "
        "Corporation (GNPC) and Codelco have cooperated on mine safety since 2018. Hon. Peter "
        "Okello and the Ministry of Health signed a letter of intent. The province of Sindh has "
        "many farms, and Sindh and the World Bank signed a Loan Agreement on Irrigation.\n"
    )
    rec = extract_article(text)
    got = names(rec)
    assert got.get("Sonatrach") == "Organization" and got.get("Codelco") == "Organization", got
    assert "Okello" not in got and "Sindh" not in got, got
    signers = {f[1] for f in facts(rec) if f[0] == "SIGNED_AGREEMENT"}
    assert "org:sonatrach" in signers, signers
    assert _has(facts(rec), "COOPERATES_WITH", "org:ghana-national-petroleum-corporation",
                "org:codelco", "2018"), facts(rec)


def test_r_a_lusophone_company_whose_acronym_spells_de() -> None:
    # "Electricidade de Moçambique (EDM)": a company, its acronym with the initial of "de"
    text = (
        "Power pact\n"
        "LUANDA, 3 December 2026 (ANGOP) — The Rede Nacional de Transporte and Caminhos de Ferro "
        "de Moçambique (CFM) met on Thursday. Electricidade de Moçambique (EDM) and the Ministry "
        "of Energy signed a Power Purchase Agreement for the Lobito Line.\n"
    )
    rec = extract_article(text)
    got = names(rec)
    assert got.get("Electricidade de Moçambique") == "Organization", got
    assert got.get("Caminhos de Ferro de Moçambique") == "Organization", got
    signers = {f[1] for f in facts(rec) if f[0] == "SIGNED_AGREEMENT"}
    assert "org:electricidade-de-mocambique" in signers, signers


def test_r_the_office_of_a_chamber_is_one_body_and_its_staff_are_of_it() -> None:
    # "the Secretary General of the Office of the National Assembly of Laos, X": the Office
    text = (
        "Legislative staff\n"
        "HANOI, 2 December 2026 (VNA) — The Deputy Head of the Office of the National Assembly "
        "of Laos, Somphone Keola, and the Head of the Chancellery of the Senate of Poland, Ewa "
        "Nowak, toured the archives on Tuesday.\n"
    )
    got = {f[:3] for f in facts(extract_article(text)) if f[0] == "OFFICIAL_OF"}
    assert {("OFFICIAL_OF", "person:somphone-keola",
             "institution:office-of-the-national-assembly-of-laos"),
            ("OFFICIAL_OF", "person:ewa-nowak",
             "institution:chancellery-of-the-senate-of-poland")} == got, got


def test_r_chambers_that_join_a_body_and_both_parliaments_belong() -> None:
    # "The Senate of C joined O in T", "Both parliaments belong to O": the chambers are members;
    # a ministry that "joined" a body is none
    text = (
        "Parliamentary links\n"
        "SUVA, 2 December 2026 (FBC) — The Speaker of the Parliament of Fiji and the President of "
        "the Senate of Chile signed a memorandum on Tuesday. Both parliaments belong to the "
        "Commonwealth Parliamentary Association. The Senate of Chile joined ParlAmericas in 2003. "
        "The Ministry of Fisheries joined the World Bank in launching a fund.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "MEMBER_OF"}
    assert ("MEMBER_OF", "institution:senate-of-chile", "org:parlamericas", "2003") in got, got
    members = {f[1] for f in got if "parliamentary" in f[2]}
    assert members == {"institution:parliament-of-fiji", "institution:senate-of-chile"}, got
    assert not any("ministry" in f[1] for f in got), got


def test_r_the_two_parliaments_named_by_their_own_names_cooperate() -> None:
    # "the Storting ... the Sejm ... The two parliaments have cooperated since T"
    text = (
        "Chambers in dialogue\n"
        "OSLO, 2 December 2026 (NTB) — The President of the Storting, Kari Dahl, received the "
        "Marshal of the Sejm, Jan Wrona, on Tuesday. The two parliaments have cooperated on "
        "digital archives since 2018.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "institution:storting", "institution:sejm", "2018"), got


def test_r_a_host_in_apposition_who_received_a_guest_at_the_start_of_her_visit() -> None:
    # "The President of the Senate, A, received B, ..., at the start of her visit to C": B's
    text = (
        "Senate talks\n"
        "BUCHAREST, 3 December 2026 (Agerpres) — The President of the Senate of Romania, Ion "
        "Popa, received the Speaker of the Storting, Kari Dahl, on Wednesday at the start of her "
        "three-day visit to Romania.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "VISITED"}
    assert got == {("VISITED", "person:kari-dahl", "country:ROU", "2026-12-02")}, got


def test_r_production_hydraulics_and_geology_are_portfolio_words() -> None:
    # "Peru's Minister of Production, X", "Minister of Hydraulics and Sanitation", "Mines and
    # Geology": the post read whole, so its holder is found
    text = (
        "Ministers meet\n"
        "DAKAR, 2 December 2026 (APS) — Senegal's Minister of Hydraulics and Sanitation, Moussa "
        "Diop, met Ecuador's Minister of Production, Lucía Vera, and Guinea's Minister of Mines "
        "and Geology, Alpha Camara, on Tuesday.\n"
    )
    got = {f[:3] for f in facts(extract_article(text)) if f[0] == "OFFICIAL_OF"}
    assert {("OFFICIAL_OF", "person:moussa-diop", "country:SEN"),
            ("OFFICIAL_OF", "person:lucia-vera", "country:ECU"),
            ("OFFICIAL_OF", "person:alpha-camara", "country:GIN")} <= got, got


def test_r_a_title_a_name_and_of_a_state_meet_visit_and_hold_office() -> None:
    # "Prime Minister X of Barbados met Y", "President Z of Ghana paid a visit to C": the state
    # after the name is no break between the subject and its verb, and names X's state
    text = (
        "Caribbean ties\n"
        "ACCRA, 3 December 2026 (GNA) — Prime Minister Mia Clarke of Barbados met President John "
        "Mensah on Thursday. Vice President Amina Diallo of Guinea paid an official visit to "
        "Ghana on Wednesday.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:mia-clarke", "person:john-mensah", "2026-12-03"), got
    assert ("VISITED", "person:amina-diallo", "country:GHA", "2026-12-02") in got, got
    assert ("OFFICIAL_OF", "person:mia-clarke", "country:BRB", None) in got, got
    assert ("OFFICIAL_OF", "person:amina-diallo", "country:GIN", None) in got, got


def test_r_an_opening_later_carries_the_day_of_the_meeting_before() -> None:
    # "X met Y on Tuesday. Later Z had a one-on-one with W": the same day, as "then"
    text = (
        "Speakers meet\n"
        "VILNIUS, 3 December 2026 (ELTA) — The Speaker of the Seimas, Rasa Jonaitė, received "
        "the President of the Saeima, Andris Kalniņš, on Tuesday, at the start of his two-day "
        "visit to Lithuania. Later Kalniņš had a private exchange with Mr Tomas Vaitkus, "
        "chairman of the Lithuania-Latvia Parliamentary Friendship Group.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "MET_WITH"}
    assert _has(got, "MET_WITH", "person:andris-kalnins", "person:tomas-vaitkus",
                "2026-12-01"), got


def test_r_mp_before_a_name_is_no_part_of_it() -> None:
    # "met with MP Anna Berzina, chair of the I": a Member of Parliament, as "MK X"
    text = (
        "Friendship group\n"
        "RIGA, 3 December 2026 (LETA) — On Monday Lithuania's Ambassador to Latvia, Rasa "
        "Jonaitė, met with MP Anna Berzina, chair of the Latvia-Lithuania Parliamentary "
        "Friendship Group.\n"
    )
    rec = extract_article(text)
    assert "Anna Berzina" in names(rec) and "MP Anna Berzina" not in names(rec), names(rec)
    assert _has(facts(rec), "MET_WITH", "person:rasa-jonaite", "person:anna-berzina",
                "2026-11-30"), facts(rec)


def test_r_cooperation_since_a_clause_or_after_and_since_takes_its_year() -> None:
    # "have worked together through J since it was launched in 2016"; "..., and since 2019 the
    # two governments have cooperated under J2"
    text = (
        "Partners\n"
        "LIMA, 3 December 2026 (Andina) — Peru and Chile have worked together through the "
        "Pacific Fisheries Dialogue since it was launched in 2016. Lima and Quito established "
        "diplomatic relations in 1830, and since 2019 the two governments have cooperated under "
        "the Amazon Border Development Programme.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "COOPERATES_WITH", "country:PER", "country:CHL", "2016"), got
    assert _has(got, "COOPERATES_WITH", "country:PER", "country:ECU", "2019"), got


def test_r_members_for_years_colon_one_joined_it_and_the_other_in_a_year() -> None:
    # "members of O for years: A joined it in T1 and B in T2": each its own year
    text = (
        "Members\n"
        "TIRANA, 3 December 2026 (ATA) — Both states have been members of the Council of Europe "
        "for years: Albania joined it in 1995 and Georgia in 1999.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "MEMBER_OF"}
    assert ("MEMBER_OF", "country:ALB", "org:council-of-europe", "1995") in got, got
    assert ("MEMBER_OF", "country:GEO", "org:council-of-europe", "1999") in got, got


def test_r_correctional_services_is_a_portfolio_and_its_minister_signs() -> None:
    # "Minister of Police and Correctional Services X": the post read whole, X a signer
    text = (
        "Police accord\n"
        "PORT VILA, 11 June 2024 (VBTC) — A memorandum on police training was signed on Monday by "
        "Minister of Justice and Correctional Services Ana Kalsakau and Australia's High "
        "Commissioner to Vanuatu, Sarah Ward.\n"
    )
    signers = {f[1] for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert "person:ana-kalsakau" in signers, signers


def test_r_handed_over_to_a_body_and_signed_with_a_state() -> None:
    # "C has handed over two boats to the I (ACR) and signed J with D": C and D sign; the body
    # given the boats does not
    text = (
        "Boats handed over\n"
        "SUVA, 11 June 2024 (FBC) — Japan has handed over three patrol boats to the Fiji Navy "
        "(RFMF) and signed an agreement on maritime training with Fiji.\n"
    )
    signers = {f[1] for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"}
    assert signers == {"country:JPN", "country:FJI"}, signers


def test_r_a_chambers_possessive_before_its_own_group_names_the_post() -> None:
    # "the head of the Seimas's Lithuania-Poland Friendship Group, X": X of the group
    text = (
        "Friendship group\n"
        "VILNIUS, 15 May 2024 (ELTA) — Poland's Foreign Minister Jan Nowak arrived in Vilnius "
        "on Monday. Later on Tuesday, Nowak met the head of the Seimas's Lithuania-Poland "
        "Friendship Group, Rasa Petraitė, and members of the group.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:jan-nowak", "person:rasa-petraite", "2024-05-14"), got
    assert ("OFFICIAL_OF", "person:rasa-petraite",
            "institution:lithuania-poland-friendship-group", None) in got, got


def test_r_a_stop_counted_in_days_is_a_visit_of_the_state() -> None:
    # "was received in L on T by Y, at the start of a three-day stop in C": the guest's visit
    text = (
        "Minister in Kingston\n"
        "KINGSTON, 3 December 2026 (JIS) — Ghana's Deputy Foreign Minister, Ama Owusu, was "
        "received in Kingston on Wednesday by Foreign Minister Kamina Johnson, at the start of a "
        "three-day stop in Jamaica.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "VISITED"}
    assert ("VISITED", "person:ama-owusu", "country:JAM", "2026-12-02") in got, got


def test_r_the_head_of_the_demonym_diplomacy_lectures_undated_after_a_yearless_day() -> None:
    # "the head of the Slovak diplomacy": the minister; "In the afternoon" after "On 12 March"
    # (no year) takes no date either
    text = (
        "Ministers hold talks\n"
        "ASTANA, 14.03.2025 /Kazinform/. On 12 March, Minister of Foreign Affairs of Kazakhstan "
        "Murat Nurtleu held talks with Minister of Foreign Affairs of Slovakia Juraj Blanar. In "
        "the afternoon, the head of the Slovak diplomacy delivered a lecture on European "
        "security at the Eurasian National University.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "LECTURED_AT"}
    assert got == {("LECTURED_AT", "person:juraj-blanar",
                    "institution:eurasian-national-university", None)}, got


def test_r_while_a_state_has_belonged_to_it_since_a_year() -> None:
    # "A joined O in T, while B has belonged to it since T2": B a member of O since T2
    text = (
        "Members\n"
        "LUSAKA, 3 December 2026 (ZNBC) — Mozambique joined the Commonwealth in 1995, while "
        "Zambia has belonged to it since 1964.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "MEMBER_OF"}
    assert ("MEMBER_OF", "country:ZMB", "org:commonwealth-of-nations", "1964") in got, got
    assert ("MEMBER_OF", "country:MOZ", "org:commonwealth-of-nations", "1995") in got, got


def test_r_norwegian_peoples_aid_is_a_body_that_cooperates() -> None:
    # the demining NGO in the tables (a demonym and a possessive in its name)
    text = (
        "Demining\n"
        "LUANDA, 3 December 2026 (ANGOP) — Norwegian People's Aid and the National Demining "
        "Institute have cooperated on mine clearance since 2002.\n"
    )
    rec = extract_article(text)
    assert names(rec).get("Norwegian People's Aid") == "Organization", names(rec)
    assert _has(facts(rec), "COOPERATES_WITH", "org:norwegian-people-s-aid",
                "institution:national-demining-institute", "2002"), facts(rec)


def test_r_credentials_of_two_ambassadors_to_the_same_state_are_two_meetings() -> None:
    # "received the Letters of Credence of the Ambassador of A to C, X, and the Ambassador of B
    # to C, Y": both met the head of state
    text = (
        "Credentials\n"
        "ACCRA, 17 September 2024 (GNA) — President John Mensah on Tuesday received the Letters "
        "of Credence of the Ambassador of Peru to Ghana, Mr. Luis Vega, and the Ambassador of "
        "Poland to Ghana, Mrs. Anna Zielińska, at the Jubilee House.\n"
    )
    got = facts(extract_article(text))
    assert _has(got, "MET_WITH", "person:john-mensah", "person:luis-vega", "2024-09-17"), got
    assert _has(got, "MET_WITH", "person:john-mensah", "person:anna-zielinska", "2024-09-17"), got


def test_r_the_barents_euro_arctic_council_is_an_organization_with_members() -> None:
    text = (
        "Arctic ties\n"
        "OSLO, 3 December 2026 (NTB) — Finland is a member of the Barents Euro-Arctic Council.\n"
    )
    got = facts(extract_article(text))
    assert ("MEMBER_OF", "country:FIN", "org:barents-euro-arctic-council", None) in got, got


def test_r_a_place_made_a_party_is_no_company() -> None:
    # the dateline's city, or a word the story puts before a place's head ("Mombasa County",
    # "the Punjab government"), is no one-word company
    text = (
        "Port deal\n"
        "HAMBURG, 3 December 2026 (dpa) — Hamburg and the Kenya Ports Authority have cooperated "
        "since 2010. Mombasa County hosted the talks, and Mombasa and the Kenya Ports Authority "
        "signed a Memorandum of Understanding on Port Logistics. The Punjab government said "
        "Punjab and the Kenya Ports Authority have worked together since 2015.\n"
    )
    got = names(extract_article(text))
    assert not {"Hamburg", "Mombasa", "Punjab"} & set(got), got
    # (a capital standing for its government still recognises: "Tehran recognised Harare")
    text2 = (
        "Ties\n"
        "TEHRAN, 3 December 2026 (IRNA) — Tehran recognised Harare's government on 18 April "
        "1980.\n"
    )
    assert ("RECOGNIZED", "country:IRN", "country:ZWE", "1980-04-18") in facts(
        extract_article(text2))


def test_s_a_sentence_opening_with_talks_with_her_counterpart_is_a_meeting() -> None:
    text = (
        "Swedish minister in Kenya\n"
        "NAIROBI, 4 March 2026 – Swedish Foreign Minister Sofia Lindqvist has begun a visit to "
        "Kenya. Ms. Lindqvist arrived in Nairobi on Monday. Talks with her Kenyan counterpart, "
        "Foreign Minister Achieng Otieno, on Tuesday centred on agriculture and ports.\n"
    )
    got = {f[:3] for f in facts(extract_article(text)) if f[0] == "MET_WITH"}
    assert {("MET_WITH", "person:sofia-lindqvist", "person:achieng-otieno"),
            ("MET_WITH", "person:achieng-otieno", "person:sofia-lindqvist")} & got


def test_s_abidjan_and_tel_aviv_are_seats_of_their_states() -> None:
    text = (
        "Reception\n"
        "ACCRA, 4 March 2026 – Among the guests was Chile's envoy in Tel Aviv, Ambassador "
        "Rodrigo Fuentes Lara. In 1994 Abidjan extended recognition to the Republic of Palau.\n"
    )
    got = facts(extract_article(text))
    assert ("ACCREDITED_TO", "person:rodrigo-fuentes-lara", "country:ISR", None) in got
    assert {f[:3] for f in got if f[0] == "RECOGNIZED"} == {
        ("RECOGNIZED", "country:CIV", "country:PLW")}


def test_s_kazakh_invest_the_d4d_hub_and_casa_asia_are_bodies() -> None:
    text = (
        "Cooperation news\n"
        "MADRID, 4 March 2026 – Kazakh Invest and the Qatar Investment Authority have worked "
        "together since 2022. Ghana and Peru have taken part in the Digital for Development Hub "
        "since 2020. The President of Ghana, Kofi Mensah Boateng, is on a state visit to Spain. "
        "On Wednesday President Boateng took the floor at Casa Asia, in a conference on trade.\n"
    )
    got = {f[:3] for f in facts(extract_article(text))}
    assert ("COOPERATES_VIA", "country:GHA", "project:digital-for-development-hub") in got
    assert ("LECTURED_AT", "person:kofi-mensah-boateng", "institution:casa-asia") in got
    assert any(f[0] == "COOPERATES_WITH" and "org:kazakh-invest" in f[1:] for f in got)


def test_s_the_mayor_of_a_city_repeated_is_the_one_named_after_that_post() -> None:
    text = (
        "Twinning\n"
        "SEVILLE, 4 March 2026 – Mayor Ana Ruiz Molina and the Mayor of Cusco, Jorge Quispe "
        "Huamán, signed a friendship pact on Tuesday at the City Hall. In the evening the Mayor "
        "of Cusco spoke about heritage tourism to students of the University of Seville.\n"
    )
    got = {f[:3] for f in facts(extract_article(text)) if f[0] == "LECTURED_AT"}
    assert got == {
        ("LECTURED_AT", "person:jorge-quispe-huaman", "institution:university-of-seville")}


def test_s_before_the_ceremony_without_a_comma_takes_the_signings_day() -> None:
    text = (
        "Treaty signed\n"
        "LIMA, 4 March 2026 – Peru and Ghana signed a Treaty on Extradition on Monday in Lima. "
        "The signatories were Peru's Minister of Justice, Rosa Campos Díaz, and Ghana's "
        "Minister of Justice, Kwame Owusu Boadu, who arrived in Lima on Saturday for a "
        "four-day working visit to Peru. Before the ceremony the two ministers held a working "
        "session at the ministry.\n"
    )
    got = {f for f in facts(extract_article(text)) if f[0] == "MET_WITH"}
    assert got & {("MET_WITH", "person:rosa-campos-diaz", "person:kwame-owusu-boadu", "2026-03-02"),
                  ("MET_WITH", "person:kwame-owusu-boadu", "person:rosa-campos-diaz", "2026-03-02")}


def test_a_commerce_minister_of_a_possessive_state() -> None:
    text = (
        "Trade news\n"
        "OSLO, 4 March 2026 – Ghana's Commerce Minister, Kwabena Owusu Mensah, held talks with "
        "the Minister of Trade, Ingrid Solberg, on Wednesday.\n"
    )
    assert ("OFFICIAL_OF", "person:kwabena-owusu-mensah", "country:GHA", None) in facts(
        extract_article(text))


def test_the_signed_minutes_and_protocol_of_a_numbered_session() -> None:
    text = (
        "Joint commission\n"
        "OSLO, 4 March 2026 – Foreign Minister Ingrid Solberg and Trade Minister Kwabena Owusu "
        "Mensah signed the Minutes of the Fourth Session on Wednesday. On Thursday the two "
        "ministers signed the Protocol of the Fifth Meeting of the Joint Trade Committee.\n"
    )
    record = extract_article(text)
    got = facts(record)
    assert ("SIGNED_AGREEMENT", "person:ingrid-solberg", "project:minutes-of-the-fourth-session",
            "2026-03-04") in got
    assert names(record).get(
        "Protocol of the Fifth Meeting of the Joint Trade Committee") == "Project"


def test_a_field_agency_after_its_heads_of_and_before_its_directors_possessive() -> None:
    text = (
        "Business news\n"
        "OSLO, 4 March 2026 – The Chief Executive of Business Ghana, Kwabena Owusu Mensah, and "
        "Invest Chile's director, Ana Rojas Vega, toured the port on Wednesday.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:kwabena-owusu-mensah", "institution:business-ghana",
            None) in got
    assert ("OFFICIAL_OF", "person:ana-rojas-vega", "institution:invest-chile", None) in got
    assert not any(f[0] == "OFFICIAL_OF" and f[2] == "country:CHL" for f in got)


def test_the_chairs_of_a_hosted_business_roundtable_give_no_lecture() -> None:
    text = (
        "Forum news\n"
        "OSLO, 4 March 2026 – The Norwegian Institute of International Affairs (NUPI) hosted "
        "the Norway-Ghana Business Roundtable in Oslo on 3 March 2026, jointly chaired by "
        "Ghana's Minister of Trade, Kwabena Owusu Mensah, and the Minister of Trade, Ingrid "
        "Solberg.\n"
    )
    assert not any(f[0] == "LECTURED_AT" for f in facts(extract_article(text)))


def test_haji_between_stacked_honorifics_and_a_name() -> None:
    text = (
        "Courtesy call\n"
        "BANDAR SERI BEGAWAN, 4 March 2026 – Yang Berhormat Awang Haji Salleh bin Haji Omar, "
        "Minister of Health, received Ghana's Ambassador to Brunei, Kofi Mensah Owusu, today.\n"
    )
    got = names(extract_article(text))
    assert "Salleh bin Haji Omar" in got
    assert not any(k.startswith("Haji") for k in got)


def test_a_sultans_title_after_his_majesty_is_no_part_of_the_name() -> None:
    text = (
        "Audience\n"
        "MUSCAT, 4 March 2026 – Ghana's Minister of Trade, Kofi Mensah Owusu, was received by "
        "His Majesty Sultan Haitham Tariq Al Said at Al Alam Palace today.\n"
    )
    got = names(extract_article(text))
    assert "Haitham Tariq Al Said" in got
    assert "Sultan Haitham Tariq Al Said" not in got


def test_a_report_of_a_signing_called_not_true() -> None:
    text = (
        "Press release\n"
        "LIMA, 4 March 2026 – The foreign ministry said a report that Peru and Ghana had signed "
        "an agreement on mining cooperation was not true.\n"
    )
    assert not [f for f in facts(extract_article(text)) if f[0] == "SIGNED_AGREEMENT"]


def test_relations_since_establishing_diplomatic_ties_in_a_year() -> None:
    text = (
        "Talks\n"
        "LIMA, 4 March 2026 – The minister said Peru and Ghana have enjoyed close relations "
        "since the establishment of diplomatic ties in 1961.\n"
    )
    assert ("ESTABLISHED_TIES", "country:PER", "country:GHA", "1961") in facts(
        extract_article(text))


def test_sat_down_for_a_qualified_meeting_with() -> None:
    text = (
        "Visit\n"
        "LIMA, 4 March 2026 – Ghana's Minister of Trade, Kofi Mensah Owusu, sat down for a "
        "working meeting with Peru's Minister of Energy, Rosa Quispe Lara, today.\n"
    )
    got = facts(extract_article(text))
    assert {("MET_WITH", "person:kofi-mensah-owusu", "person:rosa-quispe-lara", "2026-03-04"),
            ("MET_WITH", "person:rosa-quispe-lara", "person:kofi-mensah-owusu", "2026-03-04")} & got


def test_a_motorway_two_states_cooperate_on_is_their_channel() -> None:
    text = (
        "Talks\n"
        "LIMA, 4 March 2026 – Peru and Ghana held talks. The two countries have cooperated on "
        "the Accra-Tamale expressway since 2015.\n"
    )
    got = facts(extract_article(text))
    assert ("COOPERATES_VIA", "country:GHA", "project:accra-tamale-expressway", "2015") in got


def test_a_burmese_honorific_after_a_bodys_name_opens_the_holder() -> None:
    text = (
        "Meeting\n"
        "YANGON, 4 March 2026 – The delegation was received by Director-General of the "
        "Department of Trade U Tin Maung Win.\n"
    )
    got = names(extract_article(text))
    assert "Tin Maung Win" in got
    assert "Department of Trade" in got


def test_a_record_of_discussions_signed_by_two_agencies() -> None:
    text = (
        "Cooperation\n"
        "ACCRA, 4 March 2026 – After the talks, the Japan International Cooperation Agency "
        "(JICA) and Ghana's Ministry of Health signed a record of discussions on a maternal "
        "health project.\n"
    )
    got = facts(extract_article(text))
    assert ("SIGNED_AGREEMENT", "institution:japan-international-cooperation-agency",
            "project:record-of-discussions-on-a-maternal-health-project", "2026-03-04") in got


def test_the_state_minister_after_a_minister_of_state_for_a_portfolio() -> None:
    text = (
        "Visit\n"
        "NAIROBI, 4 March 2026 – Oman's Minister of State for Foreign Affairs, Hamad Al-Rawahi, "
        "opened a trade fair in Mombasa. The state minister flew into Nairobi on Tuesday on a "
        "two-day working visit to Kenya.\n"
    )
    assert ("VISITED", "person:hamad-al-rawahi", "country:KEN", "2026-03-03") in facts(
        extract_article(text))


def test_the_two_subscribed_an_agreement_after_talks() -> None:
    text = (
        "Talks\n"
        "QUITO, 4 March 2026 – Foreign Minister Rosa Andrade Viteri held talks with Ghana's "
        "Minister of Trade, Kwabena Owusu Ansah, and the two subscribed a memorandum of "
        "understanding on cocoa research.\n"
    )
    got = facts(extract_article(text))
    assert ("SIGNED_AGREEMENT", "person:kwabena-owusu-ansah",
            "project:memorandum-of-understanding-on-cocoa-research", "2026-03-04") in got


def test_a_roman_numeral_month_on_the_date_line() -> None:
    text = (
        "Institute news\n"
        "Warsaw, 9.XI.2026\n"
        "On Monday the Ambassador of Chile to Poland, Pablo Reyes Soto, held talks with the "
        "Rector of the University of Warsaw, Anna Nowicka.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:pablo-reyes-soto", "person:anna-nowicka", "2026-11-09") in got


def test_the_state_of_a_post_before_its_holder_does_not_sign() -> None:
    text = (
        "Talks\n"
        "HANOI, 4 March 2026 – Estonian Minister Karl Tamm arrived on Monday. On Tuesday he was "
        "greeted by the Minister of Industry of Vietnam, Nguyen Van Thanh, and the two ministers "
        "signed a memorandum of understanding on e-government.\n"
    )
    got = facts(extract_article(text))
    signers = {f[1] for f in got if f[0] == "SIGNED_AGREEMENT"}
    assert "country:VNM" not in signers
    assert "person:nguyen-van-thanh" in signers


def test_executive_and_senior_fellows_of_a_foundation_named_before() -> None:
    text = (
        "Events\n"
        "BERLIN, 4 March 2026 – The Baltic Policy Foundation held a debate on energy. It was "
        "opened by the Foundation's executive director, Jonas Kerber, and chaired by the "
        "Foundation's senior fellow, Dr. Lena Albrecht.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:jonas-kerber", "institution:baltic-policy-foundation",
            None) in got
    assert ("OFFICIAL_OF", "person:lena-albrecht", "institution:baltic-policy-foundation",
            None) in got


def test_a_professor_of_a_named_school_is_two_names() -> None:
    text = (
        "Panel\n"
        "OTTAWA, 4 March 2026 – Comments came from Professor Hugh Barlow of the Norman Paterson "
        "School of International Affairs, who moderated.\n"
    )
    got = names(extract_article(text))
    assert "Hugh Barlow" in got and "Norman Paterson School of International Affairs" in got


def test_an_acronym_and_a_university_cooperate_as_two_bodies() -> None:
    text = (
        "Partners\n"
        "LIMA, 4 March 2026 – The Peruvian Institute of Economics (IPE) held a forum. IPE and "
        "Ghent University have jointly offered a course in trade law since 2020.\n"
    )
    got = facts(extract_article(text))
    assert ("COOPERATES_WITH", "institution:peruvian-institute-of-economics",
            "institution:ghent-university", "2020") in got


def test_consulted_each_other_through_a_mechanism_and_positions_at_a_body() -> None:
    text = (
        "Relations\n"
        "VALLETTA, 4 March 2026 – Since 2018 Malta and Jordan have consulted each other through "
        "the Malta-Jordan Consultation Mechanism. Valletta and Amman have coordinated positions in "
        "the Union for the Mediterranean since 2019.\n"
    )
    got = facts(extract_article(text))
    assert ("COOPERATES_VIA", "country:MLT", "project:malta-jordan-consultation-mechanism",
            "2018") in got
    assert {("COOPERATES_WITH", "country:MLT", "country:JOR", "2019"),
            ("COOPERATES_WITH", "country:MLT", "country:JOR", "2018")} & got


def test_a_bodys_named_lecture_a_book_launch_and_a_hosted_roundtable() -> None:
    text = (
        "Events\n"
        "OSLO, 4 March 2026 – Kenya's Ambassador to Norway, Grace Wanjiru Kamau, gave the NUPI "
        "Africa Lecture at the Norwegian Institute of International Affairs (NUPI) on Monday. "
        "On Tuesday the Deputy Foreign Minister of Chile, Rodrigo Parra Soto, presented the "
        "English edition of his book at the Fridtjof Nansen Institute. The Christian Michelsen "
        "Institute hosted a panel on Wednesday with the Foreign Minister of Fiji, Ratu Jone "
        "Naisara.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:grace-wanjiru-kamau",
            "institution:norwegian-institute-of-international-affairs", "2026-03-02") in got
    assert ("LECTURED_AT", "person:rodrigo-parra-soto", "institution:fridtjof-nansen-institute",
            "2026-03-03") in got
    assert ("LECTURED_AT", "person:ratu-jone-naisara", "institution:christian-michelsen-institute",
            "2026-03-04") in got


def test_had_been_received_at_a_palace_by_a_minister() -> None:
    text = (
        "Visit\n"
        "BRASÍLIA, 4 March 2026 – Ghana's Minister of Trade, Kwame Boateng, spoke at the "
        "Rio Branco Institute on Wednesday. Kwame Boateng had been received at the Itamaraty "
        "Palace by the Minister of Development, Sofia Mendes Prado.\n"
    )
    got = facts(extract_article(text))
    assert {("MET_WITH", "person:kwame-boateng", "person:sofia-mendes-prado", "2026-03-04"),
            ("MET_WITH", "person:sofia-mendes-prado", "person:kwame-boateng", "2026-03-04")} & got


def test_t_a_company_whose_name_holds_and_is_kept_whole() -> None:
    text = (
        "Roads\n"
        "NAIROBI, 4 March 2026 – Kenya and China have worked together on the Nairobi "
        "Expressway, which the China Road and Bridge Corporation completed, since 2020.\n"
    )
    record = extract_article(text)
    got = names(record)
    assert "China Road and Bridge Corporation" in got
    assert "China Road" not in got
    assert not any(o == "project:china-road" for _, _, o, _ in facts(record))


def test_t_a_two_letter_given_name_used_alone_is_the_person() -> None:
    text = (
        "Visit\n"
        "OSLO, 4 March 2026 – Vietnam's Vice Minister of Education, Pham Quoc Vu, arrived in "
        "Norway on Monday. On Tuesday, Vu addressed doctoral students at the BI Norwegian "
        "Business School. An official said the visit went well.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:pham-quoc-vu", "institution:bi-norwegian-business-school",
            "2026-03-03") in got


def test_t_the_two_ministers_conferring_privately_met() -> None:
    text = (
        "Fair\n"
        "OSLO, 4 March 2026 – A trade fair opened in Oslo on 2 March 2026, co-organised by "
        "Kenya's Minister of Trade, Peter Otieno Kamau, and Norway's Minister of Economy, Jan "
        "Tore Sanner. The two ministers conferred for two hours at the Ministry of Trade.\n"
    )
    got = facts(extract_article(text))
    assert {("MET_WITH", "person:peter-otieno-kamau", "person:jan-tore-sanner", "2026-03-02"),
            ("MET_WITH", "person:jan-tore-sanner", "person:peter-otieno-kamau", "2026-03-02")} & got


def test_t_conferring_an_honour_is_no_meeting() -> None:
    text = (
        "Honour\n"
        "OSLO, 4 March 2026 – The President of Kenya, Peter Otieno Kamau, and the Rector, Jan "
        "Tore Sanner, conferred an honorary doctorate on Tuesday.\n"
    )
    got = facts(extract_article(text))
    assert not any(p == "MET_WITH" for p, _, _, _ in got)


def test_t_the_chambers_president_is_an_official_of_the_chamber_named_before() -> None:
    text = (
        "Forum\n"
        "NAIROBI, 4 March 2026 – The Kenya National Chamber of Commerce and Industry (KNCCI) "
        "held a business forum with a Norwegian delegation on Monday. The Chamber's President, "
        "Erick Rutto Kiprop, opened the forum.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:erick-rutto-kiprop",
            "org:kenya-national-chamber-of-commerce-and-industry", None) in got


def test_t_the_sultanate_after_brunei_is_brunei() -> None:
    text = (
        "Visit\n"
        "MANILA, 4 March 2026 – Brunei Darussalam and Kenya signed a trade agreement on Monday. "
        "Kenya's Minister of Trade, Peter Otieno Kamau, arrived in the Sultanate on Sunday for a "
        "three-day official visit.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:peter-otieno-kamau", "country:BRN", "2026-03-01") in got


def test_t_and_in_the_evening_he_was_the_guest_of_a_second_host() -> None:
    text = (
        "Visit\n"
        "ACCRA, 4 March 2026 – Norway's Minister of Fisheries, Jan Tore Sanner, arrived in "
        "Ghana on Monday. On Tuesday Sanner held talks with the Deputy Minister of Fisheries of "
        "Ghana, Kofi Mensah Owusu, at the ministry in Accra, and in the evening he was the "
        "guest of the Speaker of the Parliament of Ghana, Ama Serwaa Boateng, at a dinner.\n"
    )
    got = facts(extract_article(text))
    assert {("MET_WITH", "person:jan-tore-sanner", "person:ama-serwaa-boateng", "2026-03-03"),
            ("MET_WITH", "person:ama-serwaa-boateng", "person:jan-tore-sanner", "2026-03-03")} & got


def test_a_lecture_at_a_countrys_named_institute() -> None:
    text = (
        "Tour\n"
        "PRAGUE, 4 March 2026 – Peru's Minister of Foreign Affairs, Lucia Rojas Paz, spoke with "
        "the Czech foreign minister on Monday. On Tuesday she addressed young diplomats at "
        "Slovakia's Institute of International Relations.\n"
    )
    got = facts(extract_article(text))
    assert ("LECTURED_AT", "person:lucia-rojas-paz",
            "institution:institute-of-international-relations", "2026-03-03") in got


def test_flew_on_to_the_next_stop_where() -> None:
    text = (
        "Tour\n"
        "QUITO, 6 March 2026 – The Foreign Minister of Ghana, Kofi Adjei Mensah, met Ecuador's "
        "President on Monday. On Thursday Kofi Adjei Mensah flew on to Lima, where he met "
        "Peru's Foreign Minister, Ana Quispe Rojas.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:kofi-adjei-mensah", "city:lima", "2026-03-05") in got


def test_initialled_and_then_formally_signed_by_two_ministers() -> None:
    text = (
        "Talks\n"
        "ACCRA, 6 March 2026 – After the talks, Ghana's Minister of Energy, Kofi Adjei Mensah, "
        "and Togo's Minister of Mines, Ama Kodjo, initialled and later signed a memorandum on "
        "power trade.\n"
    )
    got = facts(extract_article(text))
    assert ("SIGNED_AGREEMENT", "person:ama-kodjo", "project:memorandum-on-power-trade",
            "2026-03-06") in got
    assert ("SIGNED_AGREEMENT", "person:kofi-adjei-mensah", "project:memorandum-on-power-trade",
            "2026-03-06") in got


def test_the_head_of_state_is_the_president_named_before() -> None:
    text = (
        "Tour\n"
        "LIMA, 20 March 2026 – The President of the Republic, Rosa Lima Paz, returned home on "
        "Thursday. The Head of State landed in Quito on Monday, 16 March, for a state visit to "
        "Ecuador.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:rosa-lima-paz", "city:quito", "2026-03-16") in got
    assert ("VISITED", "person:rosa-lima-paz", "country:ECU", "2026-03-16") in got


def test_a_day_and_month_opening_a_sentence_before_a_body_is_no_part_of_its_name() -> None:
    text = (
        "News\n"
        "DOHA, 5 June 2026 – On 3rd June the Qatar Chess Federation and the Bolivian Chess "
        "Federation signed a memorandum on junior tournaments.\n"
    )
    record = extract_article(text)
    got = names(record)
    assert "Qatar Chess Federation" in got
    assert not any(n.startswith("June ") for n in got)


def test_got_together_with_a_host_and_with_a_post_of_a_body() -> None:
    text = (
        "News\n"
        "DOHA, 5 May 2026 – The Minister of Youth of Bolivia, Carla Rojas Paz, got together "
        "with the President of the Qatar Chess Federation, Khalid Al-Mannai, and with the FIDE "
        "Deputy President, Omar Haddad, on Monday.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:carla-rojas-paz", "person:khalid-al-mannai", "2026-05-04") in got
    assert ("MET_WITH", "person:carla-rojas-paz", "person:omar-haddad", "2026-05-04") in got


def test_landed_for_a_programme_counted_in_days_is_a_visit() -> None:
    text = (
        "News\n"
        "DOHA, 5 May 2026 – The Minister of Youth of Bolivia, Carla Rojas Paz, landed in Doha on "
        "Monday for a two-day programme at the Aspire Academy.\n"
    )
    got = facts(extract_article(text))
    assert ("VISITED", "person:carla-rojas-paz", "city:doha", "2026-05-04") in got


def test_a_body_taking_part_in_or_supporting_through_a_programme_cooperates_via_it() -> None:
    text = (
        "News\n"
        "DOHA, 5 May 2026 – Since 2018 the Bolivian Chess Federation has taken part in the "
        "Chess for Schools Programme. The Qatar Fund for Development has supported Bolivian "
        "clinics since 2020 through the Andean Rural Health Project.\n"
    )
    got = facts(extract_article(text))
    assert ("COOPERATES_VIA", "org:bolivian-chess-federation",
            "project:chess-for-schools-programme", "2018") in got
    assert ("COOPERATES_VIA", "institution:qatar-fund-for-development",
            "project:andean-rural-health-project", "2020") in got


def test_olympic_committees_and_councils_are_organizations() -> None:
    text = (
        "News\n"
        "DOHA, 5 May 2026 – The Qatar Olympic Committee and the Bolivian Paralympic Committee "
        "signed a memorandum on coaching on Monday. Both countries are members of the Olympic "
        "Council of Asia.\n"
    )
    record = extract_article(text)
    got = names(record)
    assert got.get("Qatar Olympic Committee") == "Organization"
    assert got.get("Bolivian Paralympic Committee") == "Organization"
    assert got.get("Olympic Council of Asia") == "Organization"


def test_an_artisanal_portfolio_keeps_its_minister() -> None:
    text = (
        "News\n"
        "DOHA, 5 May 2026 – The visitor was received on Monday by Bolivia's Minister of Tourism "
        "and Artisanal Promotion, Jorge Quispe Mamani.\n"
    )
    got = facts(extract_article(text))
    assert ("OFFICIAL_OF", "person:jorge-quispe-mamani", "country:BOL", None) in got


def test_received_by_one_host_and_on_a_day_a_tete_a_tete_with_another() -> None:
    text = (
        "News\n"
        "DOHA, 5 June 2026 – The Minister of Youth of Bolivia, Carla Rojas Paz, was welcomed "
        "on Tuesday by Qatar's Minister of Sport, Salah Al-Kuwari, and on Wednesday held a "
        "tête-à-tête with the Prime Minister of Qatar, Nasser Al-Thani, at the Diwan.\n"
    )
    got = facts(extract_article(text))
    assert ("MET_WITH", "person:carla-rojas-paz", "person:nasser-al-thani", "2026-06-03") in got

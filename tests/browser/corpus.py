"""The browser tests' graph: the sample articles (ingest/samples) plus one hostile article.

The samples go through the real ingest pipeline. The hostile article is hand-made: an entity
named `<img src=x onerror=alert(1)>` (with a script alias, an HTML title and a javascript: URL),
so every place the page shows data is checked to keep it as text.
"""

from __future__ import annotations

from pathlib import Path

from graph.dates import PartialDate
from graph.model import Article, ArticleRecord, Claim, Entity, article_id
from graph.store import GraphStore
from graph.vocabulary import EntityType

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "ingest" / "samples"

XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_ALIAS = '"><script>alert(2)</script>'
XSS_ID = "person:img-src-x-onerror-alert-1"
XSS_TITLE = "<b>Hostile</b> <img src=y onerror=alert(3)> title"
XSS_URL = "javascript:alert(4)"

KAZ = "country:KAZ"
PAK = "country:PAK"


def hostile_record() -> ArticleRecord:
    """One article whose person has a name made of HTML, visiting Pakistan; dated after every
    sample, so it also heads the home page's latest relations."""
    text = (f"Islamabad, 2 February 2026: {XSS_NAME} visited Pakistan on Monday. "
            f"{XSS_NAME} met officials of the foreign ministry.")
    aid = article_id(text)
    person = Entity(XSS_ID, EntityType.PERSON, XSS_NAME, (XSS_ALIAS,))
    pak = Entity(PAK, EntityType.COUNTRY, "Pakistan")
    sentence = f"Islamabad, 2 February 2026: {XSS_NAME} visited Pakistan on Monday."
    claim = Claim(
        article_id=aid, predicate="VISITED", subject=XSS_ID, object=PAK, sentence=sentence,
        sentence_index=0, char_start=0, char_end=len(sentence), rule="test.hostile",
        date=PartialDate(2026, 2, 2), confidence=0.8,
    )
    article = Article(id=aid, text=text, title=XSS_TITLE, url=XSS_URL, source="<i>TEST</i>",
                      published=PartialDate(2026, 2, 2))
    return ArticleRecord(article, (pak, person), (claim,))


def fill(store: GraphStore) -> None:
    """The samples through the real ingest pipeline, then the hostile article."""
    from ingest.pipeline import ingest

    summary = ingest([SAMPLES], store)
    assert summary.failed == 0 and summary.articles >= 15, summary
    store.write_articles([hostile_record()])


# ------------------------------------------------------------------ hand-made graph
# The samples' main facts, one sentence each, written directly (no extractor): the tests of the
# pages' Python side (test_pages.py) use it, so they do not depend on what the extractor finds.

def _entity(kind: EntityType, key: str, name: str, *aliases: str) -> Entity:
    from graph.model import entity_id

    return Entity(entity_id(kind, key), kind, name, tuple(aliases))


def _record(title: str, published: str, facts: list[tuple[str, Entity, Entity, str | None, str]]
            ) -> ArticleRecord:
    text = " ".join(f[4] for f in facts)
    aid = article_id(text)
    entities: dict[str, Entity] = {}
    claims = []
    offset = 0
    for index, (pred, subject, obj, date, sentence) in enumerate(facts):
        entities[subject.id] = subject
        entities[obj.id] = obj
        claims.append(Claim(
            article_id=aid, predicate=pred, subject=subject.id, object=obj.id, sentence=sentence,
            sentence_index=index, char_start=offset, char_end=offset + len(sentence),
            rule="hand.made", date=None if date is None else PartialDate.parse(date),
            confidence=0.9))
        offset += len(sentence) + 1
    article = Article(id=aid, text=text, title=title, url=f"https://example.org/{aid}",
                      source="TDI", published=PartialDate.parse(published))
    return ArticleRecord(article, tuple(entities.values()), tuple(claims))


def hand_made_records() -> list[ArticleRecord]:
    C, P, INST, J, ORG = (EntityType.COUNTRY, EntityType.PERSON, EntityType.INSTITUTION,
                          EntityType.PROJECT, EntityType.ORGANIZATION)
    kaz = _entity(C, "KAZ", "Kazakhstan", "Nur-Sultan", "Kazakh")
    pak = _entity(C, "PAK", "Pakistan", "Islamabad", "Pakistani")
    chn = _entity(C, "CHN", "China")
    kis = _entity(P, "Yerzhan Kistafin", "Yerzhan Kistafin", "Kistafin")
    issi = _entity(INST, "Institute of Strategic Studies Islamabad",
                   "Institute of Strategic Studies Islamabad", "ISSI")
    cpec = _entity(J, "China-Pakistan Economic Corridor", "China-Pakistan Economic Corridor",
                   "CPEC")
    sco = _entity(ORG, "Shanghai Cooperation Organisation", "Shanghai Cooperation Organisation",
                  "SCO")
    egy, jpn = _entity(C, "EGY", "Egypt"), _entity(C, "JPN", "Japan")
    uzb, kor = _entity(C, "UZB", "Uzbekistan"), _entity(C, "KOR", "South Korea")
    pol = _entity(C, "POL", "Poland")
    park = _entity(P, "Park Ji-hoon", "Park Ji-hoon")
    lecture = ("Islamabad, 23 October 2021 (TDI): Ambassador of Kazakhstan to Pakistan Yerzhan "
               "Kistafin delivered a lecture at the Institute of Strategic Studies Islamabad "
               "(ISSI) on the state of relations between Kazakhstan and Pakistan and the "
               "prospects for regional connectivity.")
    return [
        _record("Kazakh envoy reviews three decades of ties with Pakistan at ISSI", "2021-10-23", [
            ("AMBASSADOR_OF", kis, kaz, "2021-10-23", lecture),
            ("ACCREDITED_TO", kis, pak, "2021-10-23", lecture),
            ("LECTURED_AT", kis, issi, "2021-10-23", lecture),
            ("RECOGNIZED", pak, kaz, "1991-12",
             "Opening his talk, Ambassador Kistafin recalled that Pakistan recognized Kazakhstan "
             "in December 1991."),
            ("ESTABLISHED_TIES", kaz, pak, "1992-02",
             "He said that the two countries established diplomatic relations in February 1992."),
            ("COOPERATES_VIA", pak, cpec, None,
             "Pakistan cooperates with China through the China-Pakistan Economic Corridor "
             "(CPEC), he noted."),
            ("COOPERATES_VIA", chn, cpec, None,
             "Pakistan cooperates with China through the China-Pakistan Economic Corridor "
             "(CPEC), he noted."),
            ("MEMBER_OF", kaz, sco, None,
             "Both countries are members of the Shanghai Cooperation Organisation (SCO)."),
            ("MEMBER_OF", pak, sco, None,
             "Both countries are members of the Shanghai Cooperation Organisation (SCO)."),
        ]),
        _record("Thirty years of Pakistan-Kazakhstan friendship", "2022-03-18", [
            ("RECOGNIZED", pak, kaz, "1991-12",
             "Pakistan recognized Kazakhstan in December 1991, the minister said."),
            ("ESTABLISHED_TIES", kaz, pak, "1992-03",
             "Diplomatic relations between the two countries were established in March 1992."),
        ]),
        _record("South Korea's new ambassador arrives in Tashkent", "2025-04-08", [
            ("AMBASSADOR_OF", park, kor, "2025-04-08",
             "The newly appointed Ambassador of the Republic of Korea to Uzbekistan, Park "
             "Ji-hoon, presented copies of his credentials."),
            ("ACCREDITED_TO", park, uzb, "2025-04-08",
             "The newly appointed Ambassador of the Republic of Korea to Uzbekistan, Park "
             "Ji-hoon, presented copies of his credentials."),
            ("ESTABLISHED_TIES", uzb, kor, "1992-01-29",
             "Uzbekistan and South Korea established diplomatic relations on 29 January 1992."),
        ]),
        _record("Polish deputy minister visits Seoul", "2024-10-24", [
            ("ESTABLISHED_TIES", pol, kor, "1989-11-01",
             "Poland and South Korea established diplomatic relations on 1 November 1989."),
        ]),
        _record("Egypt and Japan", "2024-05-02", [
            ("ESTABLISHED_TIES", egy, jpn, "1922",
             "Egypt and Japan established diplomatic relations in 1922."),
        ]),
    ]

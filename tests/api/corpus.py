"""A small hand-made corpus for the API tests: Kazakhstan-Pakistan through envoys, officials,
institutions, projects and an organization, plus a third country and a severed pair.

Article three reports nothing directly between Kazakhstan and Pakistan, so Pakistan's
Karakoram Highway stays out of their dossier; article two does, so Gwadar Port is in."""

from __future__ import annotations

from graph.dates import PartialDate
from graph.model import Article, ArticleRecord, Claim, Entity, article_id, entity_id
from graph.vocabulary import EntityType

C, P = EntityType.COUNTRY, EntityType.PERSON
INST, PROJ, ORG = EntityType.INSTITUTION, EntityType.PROJECT, EntityType.ORGANIZATION


def person(name: str, *aliases: str) -> Entity:
    return Entity(entity_id(P, name), P, name, aliases)


KAZ = Entity("country:KAZ", C, "Kazakhstan", ("Kazakh", "Nur-Sultan"))
PAK = Entity("country:PAK", C, "Pakistan", ("Islamabad",))
CHN = Entity("country:CHN", C, "China")
AFG = Entity("country:AFG", C, "Afghanistan")
QAT = Entity("country:QAT", C, "Qatar")
SAU = Entity("country:SAU", C, "Saudi Arabia")
KISTAFIN = person("Yerzhan Kistafin", "Kistafin")
KAMALDINOV = person("Akylbek Kamaldinov")
QURESHI = person("Shah Mahmood Qureshi", "Qureshi", "Khan")  # a made-up alias, for the 409
ALI_KHAN = person("Ali Khan", "Khan")
ISSI = Entity(entity_id(INST, "Institute of Strategic Studies Islamabad"), INST,
              "Institute of Strategic Studies Islamabad", ("ISSI",))
KABUL_UNI = Entity(entity_id(INST, "Kabul University"), INST, "Kabul University")
CPEC = Entity(entity_id(PROJ, "China-Pakistan Economic Corridor"), PROJ,
              "China-Pakistan Economic Corridor", ("CPEC",))
GWADAR = Entity(entity_id(PROJ, "Gwadar Port"), PROJ, "Gwadar Port")
KKH = Entity(entity_id(PROJ, "Karakoram Highway"), PROJ, "Karakoram Highway")
SCO = Entity(entity_id(ORG, "Shanghai Cooperation Organisation"), ORG,
             "Shanghai Cooperation Organisation", ("SCO",))

Fact = tuple[str, Entity, Entity, str | None]

LECTURE_SENTENCE = ("Ambassador Yerzhan Kistafin delivered a lecture at the Institute of "
                    "Strategic Studies Islamabad on 23 October 2021.")


def record(text: str, facts: list[Fact], *, url: str | None, published: str,
           sentences: dict[int, str] | None = None) -> ArticleRecord:
    """One article; fact i is stated by sentence i (given, or made up from the fact)."""
    aid = article_id(text)
    entities: dict[str, Entity] = {}
    claims = []
    offset = 0
    for index, (pred, subject, obj, date) in enumerate(facts):
        sentence = (sentences or {}).get(index) or f"{subject.name} {pred.lower()} {obj.name}."
        entities[subject.id] = subject
        entities[obj.id] = obj
        claims.append(Claim(
            article_id=aid, predicate=pred, subject=subject.id, object=obj.id,
            sentence=sentence, sentence_index=index, char_start=offset,
            char_end=offset + len(sentence), rule=f"test.{pred.lower()}",
            date=None if date is None else PartialDate.parse(date), confidence=0.9))
        offset += len(sentence) + 1
    article = Article(id=aid, text=text, title=text[:40], url=url, source="TEST",
                      published=PartialDate.parse(published))
    return ArticleRecord(article, tuple(sorted(entities.values(), key=lambda e: e.id)),
                         tuple(claims))


def corpus() -> list[ArticleRecord]:
    return [
        record("Article one: Kazakh Ambassador lectures at ISSI.", [
            ("RECOGNIZED", PAK, KAZ, "1991-12"),
            ("ESTABLISHED_TIES", PAK, KAZ, "1992"),
            ("AMBASSADOR_OF", KISTAFIN, KAZ, None),
            ("ACCREDITED_TO", KISTAFIN, PAK, None),
            ("LECTURED_AT", KISTAFIN, ISSI, "2021-10-23"),
            ("LOCATED_IN", ISSI, PAK, None),
            ("COOPERATES_VIA", PAK, CPEC, None),
            ("COOPERATES_VIA", KAZ, CPEC, "2021"),
        ], url="https://example.org/one", published="2021-10-23",
           sentences={4: LECTURE_SENTENCE}),
        record("Article two: the foreign minister meets the ambassador.", [
            ("MET_WITH", QURESHI, KISTAFIN, "2022-01-05"),
            ("OFFICIAL_OF", QURESHI, PAK, None),
            ("COOPERATES_VIA", CHN, CPEC, "2015"),
            ("RECOGNIZED", PAK, KAZ, "1991-12"),
            ("COOPERATES_VIA", PAK, GWADAR, "2016"),
        ], url="https://example.org/two", published="2022-01-10"),
        record("Article three: a lecture in Kabul, the SCO, a visit, a predecessor.", [
            ("LECTURED_AT", KISTAFIN, KABUL_UNI, "2022-05-01"),
            ("LOCATED_IN", KABUL_UNI, AFG, None),
            ("MEMBER_OF", KAZ, SCO, "2001"),
            ("MEMBER_OF", PAK, SCO, "2017"),
            ("VISITED", QURESHI, KAZ, "2022-04"),
            ("AMBASSADOR_OF", KAMALDINOV, KAZ, "2014"),
            ("ACCREDITED_TO", KAMALDINOV, PAK, "2014"),
            ("MET_WITH", ALI_KHAN, KISTAFIN, "2022-05-02"),
            ("COOPERATES_VIA", PAK, KKH, "1978"),
        ], url="https://example.org/three", published="2022-05-03"),
        record("Article four: Qatar and Saudi Arabia.", [
            ("ESTABLISHED_TIES", QAT, SAU, "1970"),
            ("SEVERED_TIES", SAU, QAT, "2017-06-05"),
        ], url=None, published="2017-06-06"),
    ]

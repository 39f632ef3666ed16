"""Small hand-made articles for the contract suite: every store must agree on what they make."""

from __future__ import annotations

from graph.dates import PartialDate
from graph.model import Article, ArticleRecord, Claim, Entity, article_id, entity_id
from graph.vocabulary import EntityType

KAZ = Entity("country:KAZ", EntityType.COUNTRY, "Kazakhstan", ("Nur-Sultan",))
PAK = Entity("country:PAK", EntityType.COUNTRY, "Pakistan", ("Islamabad",))
CHN = Entity("country:CHN", EntityType.COUNTRY, "China")
KISTAFIN = Entity(entity_id(EntityType.PERSON, "Yerzhan Kistafin"), EntityType.PERSON,
                  "Yerzhan Kistafin", ("Kistafin",))
ISSI = Entity(entity_id(EntityType.INSTITUTION, "Institute of Strategic Studies Islamabad"),
              EntityType.INSTITUTION, "Institute of Strategic Studies Islamabad", ("ISSI",))
CPEC = Entity(entity_id(EntityType.PROJECT, "China-Pakistan Economic Corridor"),
              EntityType.PROJECT, "China-Pakistan Economic Corridor", ("CPEC",))

Fact = tuple[str, Entity, Entity, str | None]


def record(
    text: str,
    facts: list[Fact],
    *,
    url: str | None = None,
    published: str | None = None,
    extra: tuple[Entity, ...] = (),
) -> ArticleRecord:
    """One article whose every fact is stated by its own sentence of `text`'s sentences."""
    aid = article_id(text)
    entities: dict[str, Entity] = {e.id: e for e in extra}
    claims = []
    offset = 0
    for index, (pred, subject, obj, date) in enumerate(facts):
        sentence = f"{subject.name} {pred.lower()} {obj.name} (#{index})."
        entities[subject.id] = subject
        entities[obj.id] = obj
        claims.append(Claim(
            article_id=aid, predicate=pred, subject=subject.id, object=obj.id,
            sentence=sentence, sentence_index=index, char_start=offset,
            char_end=offset + len(sentence), rule=f"test.{pred.lower()}",
            date=None if date is None else PartialDate.parse(date), confidence=0.9,
        ))
        offset += len(sentence) + 1
    article = Article(
        id=aid, text=text, title=text[:40], url=url, source="TEST",
        published=None if published is None else PartialDate.parse(published),
    )
    return ArticleRecord(article, tuple(sorted(entities.values(), key=lambda e: e.id)),
                         tuple(claims))


def kaz_pak_corpus() -> list[ArticleRecord]:
    """Three articles: corroboration, a conflicting milestone date and two dated events."""
    return [
        record("Article one about Kazakhstan and Pakistan.", [
            ("RECOGNIZED", PAK, KAZ, "1991-12"),
            ("ESTABLISHED_TIES", PAK, KAZ, "1992-02"),
            ("AMBASSADOR_OF", KISTAFIN, KAZ, None),
            ("ACCREDITED_TO", KISTAFIN, PAK, None),
            ("LECTURED_AT", KISTAFIN, ISSI, "2021-10-23"),
            ("COOPERATES_VIA", PAK, CPEC, None),
        ], url="https://example.org/one", published="2021-10-23"),
        record("Article two retells the recognition.", [
            ("RECOGNIZED", PAK, KAZ, "1991-12-16"),
            ("ESTABLISHED_TIES", KAZ, PAK, "1992-03"),
            ("COOPERATES_VIA", CHN, CPEC, "2015"),
            ("COOPERATES_VIA", PAK, CPEC, "2019"),
        ], url="https://example.org/two", published="2022-01-10"),
        record("Article three: a second lecture.", [
            ("LECTURED_AT", KISTAFIN, ISSI, "2022-05"),
            ("MET_WITH", KISTAFIN, Entity("person:ali-khan", EntityType.PERSON, "Ali Khan"),
             "2022-05-02"),
        ], published="2022-05-03"),
    ]

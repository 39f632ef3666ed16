"""Request and response models of the HTTP API, apart from the domain models in graph/.

Requests are bounded on every field; responses state their shapes (and bounds where the data
guarantees them) so clients and schemathesis can check every answer."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from graph.vocabulary import EntityType, Kind

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
# Inputs: YYYY, YYYY-MM or YYYY-MM-DD of a day that exists (year 0001-9999, 30-day months,
# February 29 only in leap years), so every date the pattern allows is accepted.
_YEAR = r"(?:[1-9]\d{3}|0[1-9]\d{2}|00[1-9]\d|000[1-9])"
_LEAP = r"(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
REAL_DATE_PATTERN = (
    rf"^(?:{_YEAR}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1\d|2[0-8]))?"
    r"|-(?:0[13-9]|1[0-2])-(?:29|30)|-(?:0[13578]|1[02])-31)?"
    rf"|{_LEAP}-02-29)$"
)
DateText = Annotated[str, Field(pattern=DATE_PATTERN, examples=["1991-12"])]
RealDate = Annotated[str, Field(pattern=REAL_DATE_PATTERN, examples=["2021-10-23"])]
Count = Annotated[int, Field(ge=0)]
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]
Ties = Literal["established", "severed", "unknown"]
Via = Literal[
    "direct", "envoy", "visit", "meeting", "lecture", "agreement", "project", "organization",
    "institution",
]


class Problem(BaseModel):
    """An error, as RFC 9457 problem details."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "type": "https://diplograph.dev/problems/not-found", "title": "Not found",
        "status": 404, "detail": "no entity matches 'Atlantis' (by id, ISO code, name or alias)",
    }]})

    type: str
    title: str
    status: int = Field(ge=400, le=599)
    detail: str
    errors: list[dict[str, str]] | None = Field(default=None, description="Invalid fields (422).")
    candidates: list[dict[str, str]] | None = Field(
        default=None,
        description="The entities an ambiguous name matches (409), or close names (404).")


class EntityBrief(BaseModel):
    id: str = Field(examples=["country:KAZ"])
    type: EntityType
    name: str = Field(examples=["Kazakhstan"])


class EntityOut(EntityBrief):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "country:KAZ", "type": "Country", "name": "Kazakhstan",
        "aliases": ["Kazakh", "Nur-Sultan"],
    }]})

    aliases: list[str]


class PostOut(BaseModel):
    """A post or title held over time: Ambassador of X, accredited to Y, official of Z."""

    relation_id: str
    type: str = Field(examples=["AMBASSADOR_OF"])
    title: str = Field(examples=["Ambassador of Kazakhstan"])
    entity: EntityBrief
    date: DateText | None
    date_end: DateText | None
    first_reported: DateText | None
    last_reported: DateText | None


class EntityDetail(EntityOut):
    posts: list[PostOut] = Field(description="Posts held (persons) over time, by date.")
    degree: dict[str, Count] = Field(description="Relations by type, both directions.")
    degree_total: Count
    first_reported: DateText | None = Field(description="Earliest report of any relation.")
    last_reported: DateText | None = Field(description="Latest report of any relation.")


class RelationOut(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "3f2a9c1d0b7e4a65", "type": "RECOGNIZED", "kind": "milestone",
        "symmetric": False,
        "source": {"id": "country:PAK", "type": "Country", "name": "Pakistan"},
        "target": {"id": "country:KAZ", "type": "Country", "name": "Kazakhstan"},
        "date": "1991-12", "date_precision": "month", "date_end": None,
        "first_reported": "2021-10-23", "last_reported": "2022-01-10",
        "evidence_count": 2, "article_count": 2, "confidence": 0.99, "conflict": False,
    }]})

    id: str
    type: str
    kind: Kind
    symmetric: bool
    source: EntityBrief
    target: EntityBrief
    date: DateText | None
    date_precision: Literal["year", "month", "day"] | None
    date_end: DateText | None
    first_reported: DateText | None
    last_reported: DateText | None
    evidence_count: Count = Field(description="Claims (sentences) behind the relation.")
    article_count: Count
    confidence: Confidence
    conflict: bool = Field(description="Sources disagree on the date.")


class EntityPage(BaseModel):
    items: list[EntityOut]
    total: Count | None = Field(description="All matches, when cheap to count.")
    limit: int = Field(ge=1, le=500)
    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page.")


class RelationPage(BaseModel):
    items: list[RelationOut]
    total: Count | None
    limit: int = Field(ge=1, le=500)
    next_cursor: str | None


class SubgraphOut(BaseModel):
    center: EntityBrief
    nodes: list[EntityOut]
    edges: list[RelationOut]
    truncated: bool = Field(description="The node limit cut the neighbourhood short.")


class PathOut(BaseModel):
    hops: Count
    entities: list[EntityBrief]
    relations: list[RelationOut]


class PathsOut(BaseModel):
    source: EntityBrief
    target: EntityBrief
    paths: list[PathOut]


class ArticleBrief(BaseModel):
    id: str
    title: str | None
    url: str | None
    source: str | None
    published: DateText | None


class EvidenceOut(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "claim_id": "9d1c2b3a4f5e6d7c", "relation_id": "3f2a9c1d0b7e4a65",
        "sentence": "Pakistan was among the first countries to recognize Kazakhstan in "
                    "December 1991.",
        "char_start": 120, "char_end": 198, "rule": "recognized.verb", "confidence": 0.9,
        "date": "1991-12", "date_source": "sentence",
        "article": {"id": "0a1b2c3d4e5f6a7b", "title": "Kazakh Ambassador lectures at ISSI",
                    "url": "https://example.org/a", "source": "TDI", "published": "2021-10-23"},
    }]})

    claim_id: str
    relation_id: str
    sentence: str
    char_start: Count
    char_end: Count
    rule: str
    confidence: Confidence
    date: DateText | None
    date_source: Literal["sentence", "publication", "none"]
    article: ArticleBrief


class EvidencePage(BaseModel):
    relation: RelationOut
    items: list[EvidenceOut]
    total: Count
    limit: int = Field(ge=1, le=500)
    next_cursor: str | None


class ClaimOut(BaseModel):
    id: str
    relation_id: str
    predicate: str
    subject: EntityBrief
    object: EntityBrief
    date: DateText | None
    date_source: Literal["sentence", "publication", "none"]
    sentence: str
    sentence_index: Count
    char_start: Count
    char_end: Count
    rule: str
    confidence: Confidence
    extractor_version: str


class ArticleOut(BaseModel):
    id: str
    title: str | None
    url: str | None
    source: str | None
    published: DateText | None
    place: str | None
    text: str
    claims: list[ClaimOut]


class ArticleIn(BaseModel):
    """An article to ingest (JSON); text/plain bodies are the text alone."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "text": "Islamabad, 23 October 2021 (TDI): Ambassador of Kazakhstan Yerzhan Kistafin "
                "delivered a lecture at the Institute of Strategic Studies Islamabad.",
        "title": "Kazakh Ambassador lectures at ISSI", "url": "https://example.org/a",
        "published": "2021-10-23", "source": "TDI",
    }]})

    text: str = Field(min_length=1, max_length=1_000_000)
    title: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=2000)
    published: RealDate | None = None
    source: str | None = Field(default=None, max_length=200)


class ArticleWriteOut(BaseModel):
    article_id: str
    outcome: Literal["added", "unchanged", "replaced"]
    claims: Count = Field(description="Claims written (0 when unchanged).")
    relations: Count = Field(description="Relations those claims support.")
    entities: list[EntityBrief] = Field(description="Entities the article mentions.")
    relation_ids: list[str]


class DossierItem(RelationOut):
    via: Via = Field(description="How the relation ties the pair: direct, through an envoy, "
                                 "a meeting of officials, a shared project, ...")


class Recognition(BaseModel):
    by: EntityBrief
    of: EntityBrief
    since: DateText | None
    relation_id: str


class Envoy(BaseModel):
    person: EntityBrief
    of: EntityBrief = Field(description="The sending side.")
    to: EntityBrief = Field(description="The receiving side.")
    since: DateText | None
    last_reported: DateText | None


class DossierState(BaseModel):
    as_of: DateText
    recognized: list[Recognition]
    ties: Ties
    ties_since: DateText | None
    ambassadors: list[Envoy] = Field(description="Envoys in post on that date, both ways.")


class Dossier(BaseModel):
    a: EntityBrief
    b: EntityBrief
    items: list[DossierItem] = Field(description="One timeline, by date; undated last.")
    total: Count
    limit: int = Field(ge=1, le=500)
    next_cursor: str | None
    truncated: bool = Field(description="Very many officials: only the first 200 per side "
                                        "were followed.")
    state: DossierState | None = Field(description="With ?as_of=: the state on that day.")


class EntityTypeOut(BaseModel):
    name: EntityType
    id_prefix: str
    description: str


class RelationTypeOut(BaseModel):
    name: str
    kind: Kind
    symmetric: bool
    subjects: list[EntityType]
    objects: list[EntityType]
    description: str


class VocabularyOut(BaseModel):
    entity_types: list[EntityTypeOut]
    relation_types: list[RelationTypeOut]


class StatsOut(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "entities": 6, "relations": 9, "articles": 3, "claims": 12,
        "entities_by_type": {"Country": 3, "Person": 1}, "relations_by_type": {"RECOGNIZED": 1},
        "date_min": "1991-12", "date_max": "2022-05-02",
    }]})

    entities: Count
    relations: Count
    articles: Count
    claims: Count
    entities_by_type: dict[str, Count]
    relations_by_type: dict[str, Count]
    date_min: DateText | None
    date_max: DateText | None


class HealthOut(BaseModel):
    status: Literal["ok"]


class ReadyOut(BaseModel):
    status: Literal["ready"]
    store: str = Field(description="The backend: sqlite or neo4j (never the URL).")


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries for the problems a route can answer."""
    return {s: {"model": Problem, "description": _DESCRIPTIONS.get(s, "Error")}
            for s in statuses}


_DESCRIPTIONS = {
    401: "Missing or wrong X-API-Key.",
    403: "Writes (or reads) are disabled: no API key is configured.",
    404: "Not found.",
    409: "The name matches several entities; `candidates` lists them.",
    413: "The body is larger than the limit (1 MiB by default).",
    415: "Unsupported Content-Type.",
    422: "Invalid parameters or body.",
    503: "The graph store is unreachable.",
    504: "The query ran out of time.",
}

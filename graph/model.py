"""Pure domain models: entities, articles, claims (the source of truth) and derived relations."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from graph.dates import PartialDate
from graph.vocabulary import ID_PREFIX, EntityType

EXTRACTOR_VERSION = "1"


def slugify(name: str) -> str:
    """ASCII slug used in ids: 'Yerzhan Kistafin' -> 'yerzhan-kistafin'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if slug:
        return slug[:120]
    # Names with no ASCII letters at all (Arabic, Chinese) still need a stable id.
    return "x" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]


def entity_id(kind: EntityType, key: str) -> str:
    """country:KAZ for countries (key = alpha-3), <prefix>:<slug of name> for the rest."""
    if kind is EntityType.COUNTRY:
        return f"country:{key.upper()}"
    return f"{ID_PREFIX[kind]}:{slugify(key)}"


def normalize_text(text: str) -> str:
    """The text an article id is computed from: NFC, whitespace runs collapsed, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(text: str) -> str:
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()[:16]


def short_hash(*parts: object) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Entity:
    id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: PartialDate | None = None
    place: str | None = None


class DateSource(StrEnum):
    SENTENCE = "sentence"  # stated in the sentence (or its context)
    PUBLICATION = "publication"  # resolved against the publication date
    NONE = "none"


@dataclass(frozen=True)
class Claim:
    """One assertion that one sentence of one article makes."""

    article_id: str
    predicate: str
    subject: str
    object: str
    sentence: str
    sentence_index: int
    char_start: int
    char_end: int
    rule: str
    date: PartialDate | None = None
    date_source: DateSource = DateSource.NONE
    confidence: float = 1.0
    extractor_version: str = EXTRACTOR_VERSION

    @property
    def id(self) -> str:
        return short_hash(
            self.article_id, self.predicate, self.subject, self.object, self.sentence_index
        )


@dataclass(frozen=True)
class ArticleRecord:
    """What one article contributes: written to a store atomically."""

    article: Article
    entities: tuple[Entity, ...]
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class Relation:
    """Derived from claims; one typed, directed (or canonical symmetric) edge."""

    id: str
    type: str
    source: str
    target: str
    date: PartialDate | None
    date_end: PartialDate | None
    first_reported: PartialDate | None
    last_reported: PartialDate | None
    claim_count: int
    article_count: int
    confidence: float
    conflict: bool

    @property
    def date_text(self) -> str | None:
        return None if self.date is None else str(self.date)


@dataclass(frozen=True)
class Evidence:
    """A claim behind a relation, with its article's metadata."""

    claim_id: str
    relation_id: str
    sentence: str
    char_start: int
    char_end: int
    rule: str
    confidence: float
    date: PartialDate | None
    date_source: DateSource
    article_id: str
    article_title: str | None
    article_url: str | None
    article_source: str | None
    article_published: PartialDate | None


@dataclass
class Subgraph:
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: dict[str, Relation] = field(default_factory=dict)
    truncated: bool = False


@dataclass(frozen=True)
class Path:
    entities: tuple[str, ...]
    relations: tuple[Relation, ...]


@dataclass(frozen=True)
class EntitySummary:
    """An entity's relations in aggregate, exact however many it has: how many of each type
    (either end), the earliest first report and the latest last report among them."""

    degree: dict[str, int]
    first_reported: PartialDate | None
    last_reported: PartialDate | None


@dataclass(frozen=True)
class Stats:
    entities_by_type: dict[str, int]
    relations_by_type: dict[str, int]
    articles: int
    claims: int
    date_min: str | None
    date_max: str | None


class WriteOutcome(StrEnum):
    ADDED = "added"
    UNCHANGED = "unchanged"
    REPLACED = "replaced"


@dataclass(frozen=True)
class WriteResult:
    article_id: str
    outcome: WriteOutcome
    claims: int
    relations: int

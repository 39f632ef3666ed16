"""The relation vocabulary, as data: served by the API and drawn in the visualizer legend.

Labels and relationship types used in Cypher come only from these tables, never from input.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EntityType(StrEnum):
    COUNTRY = "Country"
    PERSON = "Person"
    INSTITUTION = "Institution"
    PROJECT = "Project"
    ORGANIZATION = "Organization"
    CITY = "City"


ID_PREFIX: dict[EntityType, str] = {
    EntityType.COUNTRY: "country",
    EntityType.PERSON: "person",
    EntityType.INSTITUTION: "institution",
    EntityType.PROJECT: "project",
    EntityType.ORGANIZATION: "org",
    EntityType.CITY: "city",
}

ENTITY_DESCRIPTIONS: dict[EntityType, str] = {
    EntityType.COUNTRY: "A sovereign state; id is its ISO 3166 alpha-3 code.",
    EntityType.PERSON: "A named diplomat, official or other person.",
    EntityType.INSTITUTION: "A state or academic body: ministry, embassy, institute, university.",
    EntityType.PROJECT: "A project, corridor, programme, initiative or named agreement.",
    EntityType.ORGANIZATION: "A multilateral body, company, association or forum.",
    EntityType.CITY: "A city or town named as the destination of a visit.",
}


class Kind(StrEnum):
    MILESTONE = "milestone"  # happens once per pair: claims fold into one relation
    STATE = "state"  # holds over an interval: first and last reported
    EVENT = "event"  # one relation per distinct date


@dataclass(frozen=True)
class Predicate:
    name: str
    kind: Kind
    symmetric: bool
    subjects: frozenset[EntityType]
    objects: frozenset[EntityType]
    description: str


COUNTRY, PERSON, INST, PROJECT, ORG, CITY = (
    EntityType.COUNTRY,
    EntityType.PERSON,
    EntityType.INSTITUTION,
    EntityType.PROJECT,
    EntityType.ORGANIZATION,
    EntityType.CITY,
)
ANY = frozenset(EntityType)


def _p(
    name: str,
    kind: Kind,
    symmetric: bool,
    subjects: set[EntityType] | frozenset[EntityType],
    objects: set[EntityType] | frozenset[EntityType],
    description: str,
) -> Predicate:
    return Predicate(name, kind, symmetric, frozenset(subjects), frozenset(objects), description)


PREDICATES: dict[str, Predicate] = {
    p.name: p
    for p in [
        _p("RECOGNIZED", Kind.MILESTONE, False, {COUNTRY}, {COUNTRY},
           "A country recognized another."),
        _p("ESTABLISHED_TIES", Kind.MILESTONE, True, {COUNTRY}, {COUNTRY},
           "Two countries established diplomatic relations."),
        _p("SEVERED_TIES", Kind.MILESTONE, True, {COUNTRY}, {COUNTRY},
           "Two countries severed diplomatic relations."),
        _p("LECTURED_AT", Kind.EVENT, False, {PERSON}, {INST, ORG},
           "A person gave a lecture, talk or address hosted by an institution."),
        _p("COOPERATES_VIA", Kind.STATE, False, {COUNTRY, INST, ORG, PERSON}, {PROJECT},
           "A party cooperates through a project, programme or framework."),
        _p("COOPERATES_WITH", Kind.STATE, True, {COUNTRY, INST, ORG}, {COUNTRY, INST, ORG},
           "Two parties cooperate, as stated existing or past."),
        _p("VISITED", Kind.EVENT, False, {PERSON, COUNTRY, ORG, INST}, {COUNTRY, INST, ORG, CITY},
           "A person or delegation made a visit to a country, city or body."),
        _p("MET_WITH", Kind.EVENT, True, {PERSON}, {PERSON}, "Two people met or held talks."),
        _p("SIGNED_AGREEMENT", Kind.EVENT, False, {COUNTRY, PERSON, INST, ORG}, {PROJECT},
           "A signer signed an agreement, treaty or memorandum."),
        _p("AMBASSADOR_OF", Kind.STATE, False, {PERSON}, {COUNTRY, ORG},
           "A person is head of mission of the sending country."),
        _p("ACCREDITED_TO", Kind.STATE, False, {PERSON}, {COUNTRY, ORG},
           "A person is accredited to the receiving country or organization."),
        _p("OFFICIAL_OF", Kind.STATE, False, {PERSON}, {COUNTRY, INST, ORG},
           "A person holds an office of a country, institution or organization."),
        _p("MEMBER_OF", Kind.STATE, False, {COUNTRY, INST, ORG}, {ORG},
           "A member of an organization."),
        _p("LOCATED_IN", Kind.STATE, False, {INST, ORG, PROJECT, CITY}, {COUNTRY},
           "A body or city is located in a country."),
    ]
}

RELATION_TYPES: tuple[str, ...] = tuple(PREDICATES)


def predicate(name: str) -> Predicate:
    """The predicate of that name; raises KeyError for anything outside the vocabulary."""
    return PREDICATES[name]

"""Entity references as clients write them: ids ("country:KAZ"), ISO 3166 alpha-3 and alpha-2
codes ("KAZ", "KZ"), names and aliases ("Kazakhstan", "Nur-Sultan")."""

from __future__ import annotations

from typing import Any

import pycountry

from graph.errors import Ambiguous, NotFound
from graph.model import Entity
from graph.store import GraphStore
from graph.vocabulary import ID_PREFIX

_PREFIXES = tuple(f"{p}:" for p in ID_PREFIX.values())


class AmbiguousReference(Ambiguous):
    """Ambiguous, with each candidate described (id, type, name) for the 409 problem."""

    def __init__(self, ref: str, entities: list[Entity]) -> None:
        super().__init__(
            f"{ref!r} names {len(entities)} entities; use one of their ids",
            [e.id for e in entities])
        self.entities: list[dict[str, Any]] = [
            {"id": e.id, "type": e.type.value, "name": e.name} for e in entities]


class UnknownReference(NotFound):
    """NotFound, with the closest names as suggestions for the 404 problem."""

    def __init__(self, ref: str, suggestions: list[Entity]) -> None:
        super().__init__(f"no entity matches {ref!r} (by id, ISO code, name or alias)")
        self.entities: list[dict[str, Any]] = [
            {"id": e.id, "type": e.type.value, "name": e.name} for e in suggestions]


def _country_code(ref: str) -> str | None:
    """The alpha-3 code for an alpha-2 or alpha-3 code, or None."""
    if not ref.isascii() or not ref.isalpha() or len(ref) not in (2, 3):
        return None
    code = ref.upper()
    if len(code) == 2:
        country = pycountry.countries.get(alpha_2=code)
    else:
        country = pycountry.countries.get(alpha_3=code)
    return None if country is None else str(country.alpha_3)


def resolve(store: GraphStore, ref: str) -> Entity:
    """The one entity `ref` names. Raises NotFound, or AmbiguousReference (409)."""
    ref = ref.strip()
    if ref.startswith(_PREFIXES):
        found = store.get_entity(ref)
        if found is None:
            raise NotFound(f"no entity with id {ref!r}")
        return found
    # An upper-case code is a code first ("US"), before any name that happens to match it.
    code = _country_code(ref) if ref.isupper() else None
    if code is not None:
        found = store.get_entity(f"country:{code}")
        if found is not None:
            return found
    named = store.find_by_name(ref, limit=20)
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise AmbiguousReference(ref, sorted(named, key=lambda e: e.id))
    code = _country_code(ref)  # "kaz", "kz": codes in any case, once names did not match
    if code is not None:
        found = store.get_entity(f"country:{code}")
        if found is not None:
            return found
    raise UnknownReference(ref, store.search_entities(ref, limit=5))

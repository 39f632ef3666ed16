"""Our own exception hierarchy; the CLI prints them as one line, the API maps them to problems."""

from __future__ import annotations


class DiplographError(Exception):
    """Base of every error we raise on purpose."""


class InvalidInput(DiplographError, ValueError):
    """Input that cannot be used: names the input and the reason (API: 422)."""


class NotFound(DiplographError, LookupError):
    """A referenced entity, relation or article does not exist (API: 404)."""


class Ambiguous(DiplographError):
    """A name matches several entities (API: 409 with the candidates)."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


class StoreError(DiplographError):
    """The store cannot be opened or used as configured (bad URL, corrupt file, bad credentials)."""


class StoreUnavailable(StoreError):
    """The store is unreachable right now; retrying later may work (API: 503)."""


class QueryTimeout(DiplographError):
    """A query ran out of its time budget (API: 504)."""

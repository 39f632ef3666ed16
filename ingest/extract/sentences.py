"""Sentence spans: one per line of text at least, split inside lines at sentence ends."""

from __future__ import annotations

import re

from ingest.extract.lexicon import words

# Words whose trailing period does not end a sentence.
_ABBREV = frozenset(
    words(
        """mr mrs ms dr prof st hon h.e he jr sr no gen col lt capt sen rep gov amb rev vs etc
        i.e e.g a.i jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n co ltd inc
        corp dept fig pp messrs mt ft approx est govt min max nos vol art sec ph.d e.u d.c eng
        engr smt kum ma rt"""
    )
)
# A sentence end: . ! ? (with closing quotes/brackets) followed by space and an upper-case start.
_END = re.compile(r"[.!?][\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_LINE = re.compile(r"[^\n]+")
# A line that opens with a place and a full date ended by a full stop.
_DATELINE_STOP = re.compile(
    r"[A-Z][\w’'\-. /]{1,30}, (?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)"
    r"\s+(?:1[89]|20)\d\d"
)
_INITIALS = re.compile(r"(?:[a-z]\.){0,3}[a-z]")


def _is_abbrev(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"“":
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if _INITIALS.fullmatch(word):
        return True  # initials: "Sunil K. Menon", "S. Korea", "N.P. Saud"
    return word in _ABBREV


def split(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence in `text`; blank lines and blanked boilerplate give none."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        ls, le = line.start(), line.end()
        start = ls
        for m in _END.finditer(text, ls, le):
            if text[m.start()] == "." and _is_abbrev(text, m.start()):
                continue
            if m.start() - ls <= 50 and _DATELINE_STOP.fullmatch(text, ls, m.start()):
                continue  # "Santo Domingo, 11 April 2024. The Minister ...": a dateline
            _add(text, start, m.end(), spans)
            start = m.end()
        _add(text, start, le, spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))

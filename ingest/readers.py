"""Readers: turn paths (files, folders, JSONL, stdin) into raw articles, one at a time.

Everything here streams: a folder is walked lazily and a JSONL file is read line by line, so a
million-line file never sits in memory. A bad input does not stop the run: it becomes an
`InputProblem` (origin + reason) yielded in its place, and the caller reports it.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

from graph.dates import PartialDate
from graph.errors import InvalidInput

DEFAULT_MAX_BYTES = 5_000_000
TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"


@dataclass(frozen=True)
class RawArticle:
    """One article as read, before extraction. `warnings` are problems that did not stop it."""

    text: str
    origin: str
    title: str | None = None
    url: str | None = None
    published: PartialDate | None = None
    source: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class InputProblem:
    """An input that was rejected (nothing from it goes in), with the reason."""

    origin: str
    reason: str


Item = RawArticle | InputProblem


def read_inputs(
    inputs: Iterable[str | Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[bytes] | None = None,
) -> Iterator[Item]:
    """Yield a RawArticle or an InputProblem for every article-sized input, in order."""
    for raw in inputs:
        name = str(raw)
        if name == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_bytes)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_dir(path, max_bytes)
        elif path.is_file():
            yield from read_file(path, max_bytes)
        elif path.exists():
            yield InputProblem(name, "not a regular file or folder")
        else:
            yield InputProblem(name, "no such file or folder")


def _read_dir(folder: Path, max_bytes: int) -> Iterator[Item]:
    found = False
    # Sorted so that two runs (and two shards) see the same order.
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in ARTICLE_SUFFIXES or not path.is_file():
            continue
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue  # hidden files and folders (.git, editor swap files)
        found = True
        yield from read_file(path, max_bytes)
    if not found:
        exts = ", ".join(sorted(ARTICLE_SUFFIXES))
        yield InputProblem(str(folder), f"folder has no article files ({exts})")


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputProblem(origin, f"file is {size} bytes, over --max-bytes {max_bytes}")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(origin, f"cannot read: {exc.strerror or exc}")
        return
    if suffix in HTML_SUFFIXES:
        yield _article_from_bytes(data, origin, html=True)
    else:
        # Unknown extensions given explicitly are read as text; the binary check guards them.
        yield _article_from_bytes(data, origin, html=_looks_like_html(data))


def _read_stdin(stream: IO[bytes], max_bytes: int) -> Iterator[Item]:
    first = stream.readline(max_bytes + 1)
    if first.lstrip().startswith(b"{"):
        # A JSON object on the first line: stdin carries JSONL (`cat a.jsonl | diplograph ...`).
        yield from _jsonl_lines(_chain_first(first, stream, max_bytes), "<stdin>", max_bytes)
        return
    data = first + stream.read(max_bytes + 1 - len(first))
    if len(data) > max_bytes:
        yield InputProblem("<stdin>", f"input is over --max-bytes {max_bytes}")
        return
    yield _article_from_bytes(data, "<stdin>", html=_looks_like_html(data))


def _chain_first(first: bytes, stream: IO[bytes], max_bytes: int) -> Iterator[bytes]:
    yield first
    while line := stream.readline(max_bytes + 1):
        yield line


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputProblem(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        found = False
        for item in _jsonl_lines(_lines(handle, max_bytes), str(path), max_bytes):
            found = True
            yield item
        if not found:
            yield InputProblem(str(path), "file is empty (no JSON lines)")


def _lines(handle: IO[bytes], max_bytes: int) -> Iterator[bytes]:
    # readline(limit) caps one line's memory; an over-long line arrives in pieces and is
    # rejected once, by _jsonl_lines, which sees a piece without its newline.
    while line := handle.readline(max_bytes + 1):
        yield line


def _jsonl_lines(lines: Iterable[bytes], name: str, max_bytes: int) -> Iterator[Item]:
    number = 0
    skipping = False  # inside an over-long line: drop its remaining pieces
    for line in lines:
        complete = line.endswith(b"\n")
        if skipping:
            skipping = not complete
            continue
        number += 1
        origin = f"{name}:line {number}"
        if len(line) > max_bytes:
            yield InputProblem(origin, f"line is over --max-bytes {max_bytes}")
            skipping = not complete
            continue
        if not line.strip():
            continue
        yield _jsonl_article(line, origin)


def _jsonl_article(line: bytes, origin: str) -> Item:
    text, warnings = _decode(line)
    try:
        obj: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        return InputProblem(origin, f"invalid JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(obj, dict):
        return InputProblem(origin, "a JSON line must be an object with a 'text' field")
    body = obj.get("text")
    if not isinstance(body, str):
        return InputProblem(origin, "missing or non-string 'text' field")
    # A JSON escape such as "\ud800" decodes to a lone surrogate: not text, and no id can be
    # computed from it (UTF-8 cannot encode it).
    if not _encodable(body):
        return InputProblem(origin, "'text' holds a lone surrogate escape (not valid Unicode)")
    fields: dict[str, str | None] = {}
    for key in ("title", "url", "source", "published"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            warnings.append(f"ignored non-string {key!r}")
            value = None
        elif value is not None and not _encodable(value):
            warnings.append(f"ignored {key!r} with a lone surrogate escape")
            value = None
        fields[key] = (value.strip() or None) if isinstance(value, str) else None
    published = parse_published(fields["published"])
    if fields["published"] and published is None:
        warnings.append(f"ignored unreadable 'published' {fields['published']!r}")
    return _checked(
        RawArticle(
            text=body,
            origin=origin,
            title=fields["title"],
            url=fields["url"],
            published=published,
            source=fields["source"],
            warnings=tuple(warnings),
        )
    )


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _article_from_bytes(data: bytes, origin: str, html: bool) -> Item:
    if not data.strip():
        return InputProblem(origin, "file is empty")
    if _is_binary(data):
        return InputProblem(origin, "binary file, not text")
    text, warnings = _decode(data)
    if not html:
        return _checked(RawArticle(text=text, origin=origin, warnings=tuple(warnings)))
    page = html_to_article(text)
    return _checked(
        RawArticle(
            text=page.text,
            origin=origin,
            title=page.title,
            url=page.url,
            published=page.published,
            source=page.source,
            warnings=tuple(warnings),
        )
    )


def _checked(article: RawArticle) -> Item:
    """The checks every article passes, whatever it came from."""
    if not article.text.strip():
        return InputProblem(article.origin, "no text (empty or whitespace only)")
    if not is_english(article.text):
        return InputProblem(article.origin, "not English text (skipped)")
    return article


# --- bytes -> text -------------------------------------------------------------------------

_TEXT_CONTROLS = frozenset(b"\t\n\r\f\b\x1b")


def _is_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False  # UTF-16 is full of NULs but is text
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return controls > len(head) * 0.1


def _decode(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM. Bad UTF-8 bytes are replaced
    (the rest of the article is still worth reading) and reported as a warning."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            return data.decode("utf-16", errors="replace"), ["invalid UTF-16, bad bytes replaced"]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd")
        return text, [f"invalid UTF-8 at byte {exc.start}: {bad} character(s) replaced"]


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


# --- language ------------------------------------------------------------------------------

# Frequent English function words that are rare as words in other languages written in Latin
# script (so no "a", "in", "on", "die", "de" that French, German or Spanish share).
_ENGLISH_STOPWORDS = frozenset({
    "the", "of", "and", "to", "is", "that", "for", "with", "was", "were", "are", "has", "have",
    "had", "this", "from", "it", "its", "be", "been", "which", "they", "their", "he", "she",
    "his", "her", "will", "would", "not", "or", "but", "who", "said", "also", "after", "into",
    "than", "there", "these", "those", "our", "we", "you", "when", "while", "about", "between",
    "over", "such", "by", "at", "an", "as",
})
_WORD = re.compile(r"[^\W\d_]+")


def is_english(text: str, sample_chars: int = 20_000) -> bool:
    """A cheap check, no model: most letters Latin, and enough English function words.

    Texts too short to judge (under 20 words) pass if their letters are mostly Latin."""
    sample = text[:sample_chars]
    words = _WORD.findall(sample)
    if not words:
        return False
    letters = sum(len(w) for w in words)
    latin = sum(1 for w in words for c in w if c < "\u0250")  # Basic Latin .. Latin Extended-B
    if latin < letters * 0.7:
        return False
    if len(words) < 20:
        return True
    hits = sum(1 for w in words if w.lower() in _ENGLISH_STOPWORDS)
    return hits >= len(words) * 0.08


# --- dates ---------------------------------------------------------------------------------

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def parse_published(value: str | None) -> PartialDate | None:
    """'2021-10-23', '2021-10-23T09:00:00Z', '2021-10', '2021' -> PartialDate; else None."""
    if not value:
        return None
    value = value.strip()
    match = _ISO_DAY.match(value)
    try:
        if match:
            y, m, d = (int(g) for g in match.groups())
            return PartialDate(y, m, d)
        return PartialDate.parse(value)
    except InvalidInput:
        return None


# --- HTML ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None = None
    url: str | None = None
    published: PartialDate | None = None
    source: str | None = None


def html_to_article(html: str) -> HtmlPage:
    """Main text and metadata with trafilatura (offline); the stdlib parser when it finds
    nothing (very short pages) or is not usable."""
    page = _trafilatura(html)
    fallback = _stdlib_html(html)
    if page is None or not page.text.strip():
        return fallback
    # trafilatura's text is the better body; fill metadata it missed from the page's own tags.
    return HtmlPage(
        text=page.text,
        title=page.title or fallback.title,
        url=page.url or fallback.url,
        published=page.published or fallback.published,
        source=page.source or fallback.source,
    )


def _trafilatura(html: str) -> HtmlPage | None:
    try:
        import trafilatura
    except ImportError:  # e.g. lxml without its html-clean part: the stdlib parser still works
        return None
    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception:  # noqa: BLE001 - a page that trips the library falls back to stdlib
        return None
    if doc is None:
        return None
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    text = get("text") or ""
    return HtmlPage(
        text=str(text),
        title=_str_or_none(get("title")),
        url=_str_or_none(get("url")),
        published=parse_published(_str_or_none(get("date"))),
        source=_str_or_none(get("sitename")) or _str_or_none(get("hostname")),
    )


def _str_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer",
                        "aside", "form", "svg", "iframe", "button"})
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                         "section", "article", "blockquote", "pre", "table", "ul", "ol", "dd",
                         "dt", "figcaption", "main"})
_VOID_TAGS = frozenset({"br", "img", "meta", "link", "hr", "input", "source", "wbr", "area",
                        "base", "col", "embed", "param", "track"})


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.skip_depth = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            if key and "content" in values:
                self.meta.setdefault(key, values["content"])
        elif tag == "link" and values.get("rel", "").lower() == "canonical":
            self.meta.setdefault("canonical", values.get("href", ""))
        elif tag == "title":
            self.in_title = True
        if tag in _VOID_TAGS:
            if tag == "br":
                self.parts.append("\n")
            return
        if tag in _SKIP_TAGS or self.skip_depth:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _VOID_TAGS:
            return
        if self.skip_depth:
            self.skip_depth -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip_depth:
            self.parts.append(data)


def _stdlib_html(html: str) -> HtmlPage:
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    meta = parser.meta
    title = meta.get("og:title") or " ".join("".join(parser.title_parts).split()) or None
    published = None
    for key in ("article:published_time", "date", "dc.date", "pubdate"):
        published = published or parse_published(meta.get(key))
    return HtmlPage(
        text=text,
        title=title,
        url=meta.get("og:url") or meta.get("canonical") or None,
        published=published,
        source=meta.get("og:site_name") or None,
    )

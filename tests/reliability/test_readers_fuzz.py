"""Reader fuzzing (Hypothesis) over HTML, JSONL and text inputs to ingest/readers.py.

Whatever the bytes: the readers yield only RawArticle or InputProblem values (or raise one of
our own DiplographError subclasses), never another exception, never hang (a generous
per-example deadline), and what they yield is usable downstream: valid Unicode text
(encodable as UTF-8, so article ids can be computed), non-empty text, a string origin. JSONL
keeps its line accounting: one item per non-blank line, one problem per over-long line,
nothing lost.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import subprocess
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.errors import DiplographError
from graph.model import article_id
from ingest.readers import (
    InputProblem,
    RawArticle,
    html_to_article,
    parse_published,
    read_file,
    read_inputs,
)
from tests.reliability.support import DIPLOGRAPH, REPO

# The deadline is a hang guard, not a speed limit: an example takes milliseconds, but this
# machine is shared, so the guard is generous.
FUZZ = settings(max_examples=60, deadline=timedelta(seconds=30),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])
FUZZ_LONG = settings(FUZZ, max_examples=1500)


def _valid_unicode(text: str | None) -> bool:
    if text is None:
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_items(items: list[object]) -> list[RawArticle]:
    articles = []
    for item in items:
        assert isinstance(item, RawArticle | InputProblem), type(item)
        assert isinstance(item.origin, str) and item.origin
        if isinstance(item, InputProblem):
            assert isinstance(item.reason, str) and item.reason
            continue
        assert item.text.strip(), "an article with no text got through"
        for name in ("text", "title", "url", "source"):
            value = getattr(item, name)
            assert _valid_unicode(value), f"{name} is not valid Unicode: {value!r:.80}"
        article_id(item.text)  # what the pipeline does next with it
        articles.append(item)
    return articles


def _read(data: bytes, suffix: str, max_bytes: int = 100_000) -> list[object]:
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            return list(read_file(path, max_bytes))
        except DiplographError:
            return []


# ------------------------------------------------------------------ strategies

TAGS = ["html", "head", "body", "title", "meta", "script", "style", "p", "div", "br", "article",
        "nav", "footer", "a", "img", "svg", "iframe", "template", "table", "tr", "td", "time",
        "noscript", "li", "h1", "span", "link", "form"]
ATTRS = ["property", "name", "content", "rel", "href", "src", "onerror", "datetime", "charset",
         "lang", "class"]
html_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40) | st.sampled_from([
    "&amp;", "&#0;", "&#x110000;", "&#xD800;", "&nbsp;", "&bogus;", "<!--", "-->", "<![CDATA[",
    "]]>", "<!DOCTYPE html>", "<?xml version='1.0'?>", "</", "<", ">", "\x00", "\ufeff",
    "Pakistan and Kazakhstan established diplomatic relations in 1992.",
    "2021-10-23T09:00:00Z", "9999-99-99", "0000-00-00"])


@st.composite
def html_docs(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 6))):
        if depth < 4 and draw(st.booleans()):
            tag = draw(st.sampled_from(TAGS))
            attrs = "".join(
                f' {draw(st.sampled_from(ATTRS))}="{draw(html_text)}"'
                for _ in range(draw(st.integers(0, 3))))
            inner = draw(html_docs(depth + 1))
            close = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}", "</x>"]))
            parts.append(f"<{tag}{attrs}>{inner}{close}")
        else:
            parts.append(draw(html_text))
    return "".join(parts)


json_scalars = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
                | st.text(max_size=80))
json_values = st.recursive(json_scalars, lambda kids: st.lists(kids, max_size=3)
                           | st.dictionaries(st.text(max_size=8), kids, max_size=3),
                           max_leaves=8)
english = st.sampled_from([
    "Pakistan and Kazakhstan established diplomatic relations in 1992.",
    "The Ambassador of Kazakhstan met the Foreign Minister of Pakistan in Islamabad.",
    "",
    "   ",
])


@st.composite
def jsonl_lines(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["article", "object", "value", "garbage", "blank", "escape"]))
    if kind == "article":
        obj = {"text": draw(english | st.text(max_size=200))}
        for key in ("title", "url", "source", "published"):
            if draw(st.booleans()):
                obj[key] = draw(json_values | st.sampled_from(
                    ["2021-10-23", "2021-02-30", "2021-10-23T09:00:00Z", "1991-12", "0000",
                     "99999-01-01", "\u0661\u0669\u0669\u0661"]))
        line = json.dumps(obj, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    elif kind == "object":
        line = json.dumps(draw(st.dictionaries(st.sampled_from(
            ["text", "title", "url", "published", "source", "x"]), json_values, max_size=5)),
            ensure_ascii=True).encode()
    elif kind == "value":
        line = json.dumps(draw(json_values), ensure_ascii=True).encode()
    elif kind == "escape":
        # JSON escapes of lone surrogates and NUL: valid JSON, invalid Unicode.
        escape = draw(st.sampled_from(["\\ud800", "\\udfff", "\\u0000", "\\ud83d\\ude00",
                                       "\\ud83d"]))
        line = ('{"text": "Pakistan and Kazakhstan established relations ' + escape
                + ' in 1992.", "title": "' + escape + '"}').encode()
    elif kind == "garbage":
        line = draw(st.binary(max_size=120)).replace(b"\n", b" ")
    else:
        line = draw(st.sampled_from([b"", b"   ", b"\t", b"\r"]))
    return line


@st.composite
def jsonl_files(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(jsonl_lines(), max_size=12))
    ending = draw(st.sampled_from([b"\n", b"\r\n"]))
    data = ending.join(lines)
    if draw(st.booleans()):
        data += ending
    if draw(st.booleans()):
        data = codecs.BOM_UTF8 + data
    return data


def _encodings(text: str) -> st.SearchStrategy[bytes]:
    return st.sampled_from([
        text.encode("utf-8"),
        codecs.BOM_UTF8 + text.encode("utf-8"),
        text.encode("utf-16"),
        text.encode("utf-16-le"),
        text.encode("latin-1", errors="replace"),
        text.encode("utf-8")[: max(len(text.encode("utf-8")) - 1, 0)],  # cut mid-character
    ])


@st.composite
def text_files(draw: st.DrawFn) -> bytes:
    text = draw(st.text(max_size=300) | english | st.just(""))
    data = draw(_encodings(text))
    if draw(st.booleans()):
        data = draw(st.binary(max_size=200)) + data
    return data


# ------------------------------------------------------------------ the properties


def _expected_jsonl_items(data: bytes, max_bytes: int) -> int:
    """Items the JSONL reader must yield: one per non-blank line, a problem per over-long
    line, or one problem for a file with none."""
    count = 0
    pieces = data.split(b"\n")
    for index, piece in enumerate(pieces):
        last = index == len(pieces) - 1
        if last and piece == b"":
            break
        length = len(piece) + (0 if last else 1)
        if length > max_bytes or (piece + (b"" if last else b"\n")).strip():
            count += 1
    return count or 1


def _fuzz_jsonl(data: bytes, max_bytes: int) -> None:
    items = _read(data, ".jsonl", max_bytes)
    _check_items(items)
    assert len(items) == _expected_jsonl_items(data, max_bytes), items


def _fuzz_html(doc: str, encoding: str) -> None:
    data = doc.encode(encoding, errors="replace")
    _check_items(_read(data, ".html"))
    page = html_to_article(doc)
    for value in (page.text, page.title, page.url, page.source):
        assert value is None or isinstance(value, str)


def _fuzz_text(data: bytes, suffix: str) -> None:
    _check_items(_read(data, suffix))
    try:
        items = list(read_inputs(["-"], 100_000, stdin=io.BytesIO(data)))
    except DiplographError:
        return
    _check_items(items)


@FUZZ
@given(data=jsonl_files(), max_bytes=st.sampled_from([64, 300, 100_000]))
def test_jsonl_reader_yields_one_item_per_line_and_only_our_values(data: bytes,
                                                                   max_bytes: int) -> None:
    _fuzz_jsonl(data, max_bytes)


@FUZZ
@given(doc=html_docs(), encoding=st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_html_reader_never_crashes(doc: str, encoding: str) -> None:
    _fuzz_html(doc, encoding)


@FUZZ
@given(data=text_files(), suffix=st.sampled_from([".txt", ".md", ".unknown", ".html"]))
def test_text_reader_never_crashes(data: bytes, suffix: str) -> None:
    _fuzz_text(data, suffix)


@FUZZ
@given(value=st.text(max_size=40) | st.sampled_from(
    ["2021-10-23T25:61:00Z", "2021-13-01", "0000-01-01", "2021-02-29", "1991-12", "10000"]))
def test_parse_published_returns_a_date_or_none(value: str) -> None:
    result = parse_published(value)
    assert result is None or str(result) in value


@pytest.mark.slow
@FUZZ_LONG
@given(data=jsonl_files(), max_bytes=st.sampled_from([64, 300, 100_000]))
def test_jsonl_reader_long(data: bytes, max_bytes: int) -> None:
    _fuzz_jsonl(data, max_bytes)


@pytest.mark.slow
@FUZZ_LONG
@given(doc=html_docs(), encoding=st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_html_reader_long(doc: str, encoding: str) -> None:
    _fuzz_html(doc, encoding)


@pytest.mark.slow
@FUZZ_LONG
@given(data=text_files(), suffix=st.sampled_from([".txt", ".md", ".unknown", ".html"]))
def test_text_reader_long(data: bytes, suffix: str) -> None:
    _fuzz_text(data, suffix)


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "\\ud83d"])
def test_jsonl_with_a_lone_surrogate_escape_is_a_problem_not_a_crash(escape: str) -> None:
    """BUG (ingest/readers.py _jsonl_article): json.loads turns the valid JSON escape
    "\\ud800" into a str holding a lone surrogate; the reader yields it as an article, and the
    pipeline's article_id() then dies with UnicodeEncodeError on text.encode('utf-8')."""
    line = ('{"text": "Pakistan and Kazakhstan established diplomatic relations ' + escape
            + ' in 1992."}\n').encode()
    (item,) = _read(line, ".jsonl")
    if isinstance(item, RawArticle):
        assert _valid_unicode(item.text), "the reader let a lone surrogate through"


def test_cli_reports_a_lone_surrogate_line_and_goes_on(tmp_path: Path) -> None:
    """The same bug end to end: `diplograph ingest x.jsonl --dry-run` dies with a traceback
    (UnicodeEncodeError in graph.model.article_id) instead of reporting the line as failed
    and ingesting the others (exit status 2)."""
    corpus = tmp_path / "surrogate.jsonl"
    corpus.write_text(
        '{"text": "Kazakhstan and Pakistan established diplomatic relations in 1992."}\n'
        '{"text": "Pakistan recognized Kazakhstan \\ud800 in December 1991."}\n'
        '{"text": "Kazakhstan and China signed a transit agreement in May 2021."}\n',
        encoding="utf-8")
    done = subprocess.run([*DIPLOGRAPH, "ingest", str(corpus), "--dry-run"], cwd=REPO,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "120"})
    output = done.stdout + done.stderr
    assert "Traceback" not in output, output[-1500:]
    assert done.returncode == 2, output[-1500:]
    assert re.search(r"failed\s*[│|]\s*1\b", output), output[-1500:]
    assert re.search(r"articles\s*[│|]\s*2\b", output), output[-1500:]

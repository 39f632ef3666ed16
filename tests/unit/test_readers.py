"""Readers: every kind of input, and every kind of bad input reported by name and reason."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from graph.dates import PartialDate
from ingest.readers import (
    InputProblem,
    Item,
    RawArticle,
    html_to_article,
    is_english,
    parse_published,
    read_inputs,
)

ENGLISH = (
    "Islamabad, 23 October 2021: The Ambassador of Kazakhstan said that the two countries "
    "have worked together for three decades and that trade between them has grown, although "
    "it is still far below what the leaders of both states would like it to be."
)
FRENCH = (
    "Le ministre des Affaires étrangères du Kazakhstan a rencontré hier son homologue "
    "pakistanais à Islamabad pour discuter de la coopération économique entre les deux pays, "
    "notamment dans le domaine de l'énergie et des transports, selon un communiqué du ministère."
)


def read(*inputs: str | Path, max_bytes: int = 5_000_000) -> list[Item]:
    return list(read_inputs(inputs, max_bytes=max_bytes))


def only(items: list[Item]) -> Item:
    assert len(items) == 1, items
    return items[0]


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_text_file_is_one_article(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ENGLISH)
    item = only(read(path))
    assert isinstance(item, RawArticle)
    assert item.text == ENGLISH
    assert item.origin == str(path)
    assert item.warnings == ()


def test_markdown_file_is_read(tmp_path: Path) -> None:
    item = only(read(write(tmp_path / "a.md", "# Title\n\n" + ENGLISH)))
    assert isinstance(item, RawArticle) and ENGLISH in item.text


def test_missing_path_is_reported_and_run_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", ENGLISH)
    items = read(tmp_path / "nope.txt", good)
    assert items[0] == InputProblem(str(tmp_path / "nope.txt"), "no such file or folder")
    assert isinstance(items[1], RawArticle) and items[1].origin == str(good)


def test_folder_with_no_articles_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    write(folder / "notes.json", "{}")  # not an article extension
    item = only(read(folder))
    assert isinstance(item, InputProblem)
    assert item.origin == str(folder) and "no article files" in item.reason


def test_folder_is_read_recursively_sorted_by_extension(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", ENGLISH + " B")
    write(tmp_path / "sub" / "a.md", ENGLISH + " A")
    write(tmp_path / "c.pdf", b"%PDF-1.4")  # ignored inside a folder
    write(tmp_path / ".hidden" / "x.txt", ENGLISH)  # hidden folders are skipped
    origins = [i.origin for i in read(tmp_path)]
    assert origins == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.md")]


@pytest.mark.parametrize("content", ["", "   \n\t  \n"])
def test_empty_or_whitespace_file_is_reported(tmp_path: Path, content: str) -> None:
    item = only(read(write(tmp_path / "e.txt", content)))
    assert isinstance(item, InputProblem) and "empty" in item.reason


def test_binary_file_is_reported(tmp_path: Path) -> None:
    item = only(read(write(tmp_path / "img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)))
    assert isinstance(item, InputProblem) and "binary" in item.reason


def test_mostly_control_bytes_is_binary(tmp_path: Path) -> None:
    item = only(read(write(tmp_path / "ctl.txt", bytes(range(1, 9)) * 50 + b"text")))
    assert isinstance(item, InputProblem) and "binary" in item.reason


def test_invalid_utf8_is_replaced_and_warned(tmp_path: Path) -> None:
    data = ENGLISH.encode() + b" caf\xe9 \xff end"
    item = only(read(write(tmp_path / "latin1.txt", data)))
    assert isinstance(item, RawArticle)
    assert "\ufffd" in item.text and item.text.startswith(ENGLISH)
    assert len(item.warnings) == 1 and "invalid UTF-8" in item.warnings[0]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_bom_encodings_are_decoded(tmp_path: Path, encoding: str) -> None:
    text = ENGLISH + " Almaty and Nur-Sultan — ok."
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # the explicit-endian codec writes no BOM itself
    item = only(read(write(tmp_path / "u.txt", data)))
    assert isinstance(item, RawArticle)
    assert item.text == text and item.warnings == ()


def test_file_over_max_bytes_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", ENGLISH * 10)
    item = only(read(path, max_bytes=100))
    assert isinstance(item, InputProblem) and "--max-bytes 100" in item.reason
    assert isinstance(only(read(path, max_bytes=10_000)), RawArticle)


def test_non_english_is_skipped_with_reason(tmp_path: Path) -> None:
    item = only(read(write(tmp_path / "fr.txt", FRENCH)))
    assert isinstance(item, InputProblem) and "not English" in item.reason


def test_language_check() -> None:
    assert is_english(ENGLISH)
    assert not is_english(FRENCH)
    assert not is_english("Министр иностранных дел Казахстана встретился вчера с коллегой.")
    assert is_english("Kazakhstan and Pakistan")  # too short to judge by function words


def test_jsonl_broken_line_fails_alone_with_its_number(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": ENGLISH + " one", "title": "One", "url": "https://x/1",
                    "published": "2021-10-23T09:00:00Z", "source": "TDI"}),
        '{"text": "unterminated',
        "",  # blank lines are skipped but still counted
        json.dumps({"title": "no text"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": ENGLISH + " five"}),
    ]
    path = write(tmp_path / "a.jsonl", "\n".join(lines) + "\n")
    items = read(path)
    assert [i.origin for i in items] == [f"{path}:line {n}" for n in (1, 2, 4, 5, 6)]
    first, broken, no_text, not_obj, last = items
    assert isinstance(first, RawArticle)
    assert (first.title, first.url, first.source) == ("One", "https://x/1", "TDI")
    assert first.published == PartialDate(2021, 10, 23)
    assert isinstance(broken, InputProblem) and "invalid JSON" in broken.reason
    assert isinstance(no_text, InputProblem) and "'text'" in no_text.reason
    assert isinstance(not_obj, InputProblem) and "object" in not_obj.reason
    assert isinstance(last, RawArticle) and last.text.endswith("five")


def test_jsonl_long_line_fails_alone(tmp_path: Path) -> None:
    long_line = json.dumps({"text": ENGLISH * 20})
    ok = json.dumps({"text": ENGLISH})
    path = write(tmp_path / "a.jsonl", f"{long_line}\n{ok}\n")
    items = read(path, max_bytes=len(ok) + 10)
    assert isinstance(items[0], InputProblem) and items[0].origin == f"{path}:line 1"
    assert isinstance(items[1], RawArticle) and items[1].origin == f"{path}:line 2"
    assert len(items) == 2


def test_jsonl_is_streamed(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", "".join(
        json.dumps({"text": f"{ENGLISH} {n}"}) + "\n" for n in range(1000)))
    stream = read_inputs([path])
    first = next(stream)  # a generator: nothing past the first line has been parsed
    assert isinstance(first, RawArticle) and first.origin == f"{path}:line 1"
    assert sum(1 for _ in stream) == 999


def test_jsonl_bad_published_is_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", json.dumps({"text": ENGLISH, "published": "soon"}))
    item = only(read(path))
    assert isinstance(item, RawArticle) and item.published is None
    assert "published" in item.warnings[0]


def test_empty_jsonl_is_reported(tmp_path: Path) -> None:
    item = only(read(write(tmp_path / "a.jsonl", "\n\n")))
    assert isinstance(item, InputProblem) and "empty" in item.reason


def test_stdin_text() -> None:
    item = only(list(read_inputs(["-"], stdin=io.BytesIO(ENGLISH.encode()))))
    assert isinstance(item, RawArticle) and item.text == ENGLISH and item.origin == "<stdin>"


def test_stdin_jsonl() -> None:
    data = (json.dumps({"text": ENGLISH}) + "\n" + "{bad\n").encode()
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert isinstance(items[0], RawArticle) and items[0].origin == "<stdin>:line 1"
    assert isinstance(items[1], InputProblem) and items[1].origin == "<stdin>:line 2"


HTML = """<!doctype html><html><head><title>Envoy speaks at ISSI | TDI</title>
<meta property="og:site_name" content="TDI">
<meta property="article:published_time" content="2021-10-23T09:00:00+05:00">
<link rel="canonical" href="https://example.org/envoy"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Envoy speaks at ISSI</h1>
<p>{body}</p><p>He said Pakistan recognized Kazakhstan in December 1991.</p></article>
<footer>Follow us on Twitter</footer><script>var x = 1;</script></body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    item = only(read(write(tmp_path / "a.html", HTML.format(body=ENGLISH))))
    assert isinstance(item, RawArticle)
    assert ENGLISH in item.text and "December 1991" in item.text
    assert "Follow us" not in item.text and "var x" not in item.text
    assert item.url == "https://example.org/envoy"
    assert item.published == PartialDate(2021, 10, 23)
    assert item.source == "TDI"
    assert item.title is not None and "Envoy speaks at ISSI" in item.title


def test_html_stdlib_fallback_when_trafilatura_finds_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ingest.readers as readers

    monkeypatch.setattr(readers, "_trafilatura", lambda html: None)
    page = html_to_article(HTML.format(body=ENGLISH))
    assert ENGLISH in page.text and "Home" not in page.text and "var x" not in page.text
    assert page.title == "Envoy speaks at ISSI | TDI"
    assert page.url == "https://example.org/envoy" and page.source == "TDI"
    assert page.published == PartialDate(2021, 10, 23)


def test_short_html_page_uses_fallback(tmp_path: Path) -> None:
    item = only(read(write(tmp_path / "s.htm", f"<html><body><p>{ENGLISH}</p></body></html>")))
    assert isinstance(item, RawArticle) and ENGLISH in item.text


def test_parse_published() -> None:
    assert parse_published("2021-10-23T09:00:00Z") == PartialDate(2021, 10, 23)
    assert parse_published("2021-10") == PartialDate(2021, 10)
    assert parse_published("1992") == PartialDate(1992)
    assert parse_published("2021-02-30") is None
    assert parse_published("yesterday") is None
    assert parse_published(None) is None

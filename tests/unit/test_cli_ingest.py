"""`diplograph ingest` and `diplograph extract`: exit codes, --dry-run, --report, output format."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplograph import cmd_ingest
from diplograph.cli import app
from graph.errors import StoreUnavailable
from graph.store import open_store

SAMPLES = Path(__file__).resolve().parents[2] / "ingest" / "samples"
SAMPLE_COUNT = len(list(SAMPLES.glob("*.txt")))


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv("DIPLOGRAPH_STORE", raising=False)
    return CliRunner()


def url(tmp_path: Path, name: str = "graph.db") -> str:
    return f"sqlite:///{tmp_path / name}"


def test_ingest_samples_exits_0(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--store", url(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "added" in result.stdout and str(SAMPLE_COUNT) in result.stdout
    store = open_store(url(tmp_path))
    try:
        assert store.stats().articles == SAMPLE_COUNT
    finally:
        store.close()


def test_some_inputs_failed_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    result = runner.invoke(
        app, ["ingest", str(SAMPLES), str(tmp_path / "missing.txt"), str(empty),
              "--store", url(tmp_path)])
    assert result.exit_code == 2, result.output
    assert f"failed: {tmp_path / 'missing.txt'}: no such file or folder" in result.stderr
    assert f"failed: {empty}: file is empty" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--store", "mysql://localhost/db"], "unknown store URL"),
        (["--shard", "5/3"], "--shard"),
        (["--workers", "0"], "--workers must be at least 1"),
    ],
)
def test_fatal_errors_exit_1_with_one_line(
    runner: CliRunner, tmp_path: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--store", url(tmp_path), *args])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("diplograph: error:") and message in lines[0]
    assert "Traceback" not in result.output


def test_store_env_var_is_the_default(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIPLOGRAPH_STORE", url(tmp_path, "env.db"))
    path = SAMPLES / "01_kazakhstan_pakistan_issi_lecture.txt"
    result = runner.invoke(app, ["ingest", str(path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env.db").exists()


def test_dry_run_writes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["ingest", str(SAMPLES), "--store", url(tmp_path), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "dry run" in result.stdout
    assert not (tmp_path / "graph.db").exists()


def test_report_lists_each_input(runner: CliRunner, tmp_path: Path) -> None:
    first = SAMPLES / "01_kazakhstan_pakistan_issi_lecture.txt"
    report = tmp_path / "report.json"
    args = ["ingest", str(first), str(tmp_path / "nope.txt"), "--store", url(tmp_path),
            "--report", str(report)]
    assert runner.invoke(app, args).exit_code == 2
    data = json.loads(report.read_text())
    assert data["store"] == url(tmp_path)
    assert data["summary"]["added"] == 1 and data["summary"]["failed"] == 1
    ok, bad = data["inputs"]
    assert ok["input"] == str(first) and ok["status"] == "added" and ok["claims"] > 0
    assert len(ok["article_id"]) == 16
    assert bad == {"input": str(tmp_path / "nope.txt"), "status": "failed",
                   "reason": "no such file or folder", "article_id": None, "claims": 0,
                   "relations": 0, "warnings": []}
    # The second run finds the article unchanged.
    assert runner.invoke(app, args[:2] + args[3:]).exit_code == 0
    again = json.loads(report.read_text())
    assert [i["status"] for i in again["inputs"]] == ["unchanged"]


def test_stdin_input(runner: CliRunner, tmp_path: Path) -> None:
    text = (SAMPLES / "06_egypt_japan_ambassador_credentials.txt").read_text()
    result = runner.invoke(app, ["ingest", "-", "--store", url(tmp_path)], input=text)
    assert result.exit_code == 0, result.output
    store = open_store(url(tmp_path))
    try:
        assert store.stats().articles == 1
    finally:
        store.close()


def test_extract_jsonl_format(runner: CliRunner) -> None:
    path = SAMPLES / "01_kazakhstan_pakistan_issi_lecture.txt"
    result = runner.invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert doc["path"] == str(path)
    assert set(doc["article"]) == {"id", "title", "published", "source", "url"}
    assert doc["entities"] and set(doc["entities"][0]) == {"id", "name", "type", "aliases"}
    ids = {e["id"] for e in doc["entities"]}
    keys = set()
    for rel in doc["relations"]:
        assert set(rel) == {"type", "source", "target", "date", "evidence", "confidence", "rule"}
        assert rel["source"] in ids and rel["target"] in ids
        assert rel["evidence"] in path.read_text()
        key = (rel["type"], rel["source"], rel["target"], rel["date"])
        assert key not in keys  # deduplicated
        keys.add(key)


def test_extract_json_and_table_formats(runner: CliRunner) -> None:
    paths = [str(SAMPLES / "01_kazakhstan_pakistan_issi_lecture.txt"),
             str(SAMPLES / "02_pakistan_kazakhstan_thirty_years.txt")]
    as_json = runner.invoke(app, ["extract", *paths, "--format", "json"])
    assert as_json.exit_code == 0
    docs = json.loads(as_json.stdout)
    assert [d["path"] for d in docs] == paths
    table = runner.invoke(app, ["extract", paths[0], "--format", "table"])
    assert table.exit_code == 0 and "LECTURED_AT" in table.stdout


def test_extract_reports_bad_inputs_and_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["extract", str(SAMPLES / "03_kazakhstan_pakistan_transit_mou.txt"),
              str(tmp_path / "gone")])
    assert result.exit_code == 2
    assert len(result.stdout.strip().splitlines()) == 1
    assert f"failed: {tmp_path / 'gone'}: no such file or folder" in result.stderr


class DownStore:
    """Opens and answers ping, but every write finds the store unavailable."""

    url = "sqlite:///down"

    def ping(self) -> None: ...

    def close(self) -> None: ...

    def write_articles(self, records: object) -> list[object]:
        raise StoreUnavailable("connection refused")


def test_store_down_during_run_exits_1_and_reports(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cmd_ingest, "open_store", lambda url: DownStore())
    report = tmp_path / "r.json"
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--retry-for", "0.2", "--batch", "4",
                                 "--report", str(report)])
    assert result.exit_code == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("diplograph: error: store unavailable, gave up after retrying")
    data = json.loads(report.read_text())
    assert data["summary"]["fatal"] and data["summary"]["added"] == 0
    assert [i["status"] for i in data["inputs"]] == ["failed"] * 4  # stopped at the first batch


def test_store_unreachable_at_start_exits_1(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def unreachable(url: str) -> None:
        calls.append(url)
        raise StoreUnavailable("cannot reach neo4j://nowhere:7687")

    monkeypatch.setattr(cmd_ingest, "open_store", unreachable)
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--store", "neo4j://nowhere:7687",
                                 "--retry-for", "0.5"])
    assert result.exit_code == 1 and len(calls) >= 2  # retried before giving up
    # The time waited is measured: on a busy machine it ends a little past the 0.5 s window.
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and re.fullmatch(
        r"diplograph: error: store unavailable, gave up after retrying for 0\.5\d* s: "
        r"cannot reach neo4j://nowhere:7687", lines[0]), lines

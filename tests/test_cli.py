"""The command line, in process (typer's runner) and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from support import DEFAULT_ARTICLE, ROOT

runner = CliRunner()


@pytest.fixture()
def ingested(settings):
    result = runner.invoke(app, ["ingest", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_ingest_default_article_json(ingested):
    [row] = ingested
    assert row["status"] == "added"
    assert row["source"] == str(DEFAULT_ARTICLE.resolve())
    assert row["passages"] > 20 and row["quotes"] == 20


def test_quotes_json_contract(ingested, settings):
    result = runner.invoke(app, ["quotes", "--json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    text = runner.invoke(app, ["article", ingested[0]["id"], "--text"]).stdout[:-1]
    for r in rows:
        assert {"id", "article_id", "text", "speaker", "speaker_description", "verb", "start", "end", "passage_id"} <= r.keys()
        assert text[r["start"]:r["end"]] == r["text"]
    speakers = {r["speaker"] for r in rows}
    assert speakers == {"Ed Arnold", "François Heisbourg", "Ben Hodges", "Donald Trump", None}
    assert all(r["speaker"] is None for r in rows if r["text"] == "coalition of the willing")


def test_quotes_filtered_by_speaker_surname(ingested):
    rows = json.loads(runner.invoke(app, ["quotes", "--speaker", "Hodges", "--json"]).stdout)
    assert [r["text"] for r in rows] == ["zero credibility", "That will not impress the Russians at all,"]
    assert rows[0]["speaker_description"] == "former commanding general of the U.S. Army in Europe"


def test_articles_and_speakers_json(ingested):
    [a] = json.loads(runner.invoke(app, ["articles", "--json"]).stdout)
    assert {"id", "title", "source", "passages", "quotes"} <= a.keys()
    people = json.loads(runner.invoke(app, ["speakers", "--article", a["id"][:8], "--json"]).stdout)
    by_name = {p["name"]: p for p in people}
    assert by_name["François Heisbourg"]["description"] == "special adviser at the Foundation for Strategic Research in Paris"
    assert by_name["François Heisbourg"]["quote_count"] == 5


def test_article_text_is_the_canonical_text(ingested):
    out = runner.invoke(app, ["article", ingested[0]["id"], "--text"]).stdout
    assert out.startswith("Allies ready to deploy troops to Ukraine")
    assert "**" not in out


def test_unknown_article_exit_code(ingested):
    result = runner.invoke(app, ["article", "doesnotexist"])
    assert result.exit_code == 3
    assert "no article with id 'doesnotexist'" in result.output


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.md", b"", "file is empty"),
        ("bin.txt", b"\x00\x01" * 100, "binary"),
        ("latin.txt", "caf\xe9".encode("latin-1") * 10, "not valid UTF-8"),
        ("a.docx", b"PK", "unsupported file type '.docx'"),
    ],
)
def test_bad_file_exit_code_and_message(settings, ingested, tmp_path, name, content, words):
    f = tmp_path / name
    f.write_bytes(content)
    before = runner.invoke(app, ["quotes", "--json"]).stdout
    result = runner.invoke(app, ["ingest", str(f)])
    assert result.exit_code == 2
    assert name in result.output and words in result.output
    assert runner.invoke(app, ["quotes", "--json"]).stdout == before


def test_missing_path_and_size_limit(settings, tmp_path, monkeypatch):
    result = runner.invoke(app, ["ingest", str(tmp_path / "missing.md")])
    assert result.exit_code == 2 and "missing.md: no such file or directory" in result.output
    big = tmp_path / "big.md"
    big.write_text("# Big\n\n" + "x" * 5000)
    monkeypatch.setenv("ASSISTANT_MAX_FILE_BYTES", "1000")
    result = runner.invoke(app, ["ingest", str(big)])
    assert result.exit_code == 2 and "over the limit of 1,000" in result.output


def test_python_dash_m_entry_point(settings):
    out = subprocess.run([sys.executable, "-m", "assistant", "--help"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0 and "ingest" in out.stdout and "quotes" in out.stdout


def test_ask_json(ingested):
    result = runner.invoke(app, ["ask", "What did Ben Hodges say?", "--json"])
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    assert d["backend"] == "extractive" and not d["refused"]
    assert {c["speaker"] for c in d["citations"] if c["kind"] == "quote"} == {"Ben Hodges"}


def test_ask_plain_shows_citations(ingested):
    result = runner.invoke(app, ["ask", "Who is Ed Arnold?"])
    assert result.exit_code == 0
    assert "Royal United Services Institute" in result.stdout and "[1]" in result.stdout


def test_ask_without_articles_is_a_clear_error(settings):
    result = runner.invoke(app, ["ask", "Anything?"])
    assert result.exit_code == 3 and "no articles are ingested yet" in result.output


def test_ask_jsonl_subprocess(settings, ingested):
    import os

    env = {**os.environ, "ASSISTANT_DATA_DIR": str(settings.data_dir)}
    lines = "\n".join([
        json.dumps({"question": "Who is Ben Hodges?"}),
        json.dumps({"question": "What else did he say?", "history": [["What did Ben Hodges say?", "He said “zero credibility”."]]}),
        "not json",
        json.dumps({"question": "Who won the World Cup?"}),
    ])
    out = subprocess.run([sys.executable, "-m", "assistant", "ask", "--jsonl"], input=lines, capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(l) for l in out.stdout.splitlines()]
    assert len(rows) == 4
    assert "former commanding general" in rows[0]["answer"]
    assert {c["speaker"] for c in rows[1]["citations"] if c["kind"] == "quote"} == {"Ben Hodges"}
    assert "invalid JSON" in rows[2]["error"]
    assert rows[3]["refused"] is True

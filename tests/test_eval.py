"""The evaluation harness: the shipped test set through the CI gate, format importers
that agree, reports, gate failures and comparisons."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.errors import InputError
from assistant.evaluation import dataset, runner as ev
from support import DATA, DEFAULT_ARTICLE, make_bot

SET = DATA / "testsets" / "default_article.jsonl"
GATE = DATA / "gate.yaml"
cli = CliRunner()


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embeddings):
    return make_bot(tmp_path_factory.mktemp("eval"), embeddings, [DEFAULT_ARTICLE])


@pytest.fixture(scope="module")
def native_run(bot):
    cases, fmt = dataset.load(SET)
    assert fmt == "native" and len(cases) >= 60
    return ev.run(bot, cases, testset=str(SET), fmt=fmt)


def test_shipped_set_passes_the_gate(native_run):
    import yaml

    problems = ev.gate(native_run["summary"], yaml.safe_load(GATE.read_text()))
    assert problems == [], problems
    s = native_run["summary"]
    assert s["quote_fidelity"] == 1.0 and s["speaker_accuracy"] == 1.0
    assert sum(s["abstention_matrix"].values()) == native_run["cases"]


@pytest.mark.parametrize("fmt,name", [("ragas-jsonl", "set.ragas.jsonl"), ("ragas-csv", "set.ragas.csv"),
                                      ("deepeval", "set.deepeval.json"), ("promptfoo", "set.promptfoo.yaml")])
def test_other_formats_give_the_same_scores(bot, native_run, tmp_path, fmt, name):
    cases, _ = dataset.load(SET)
    path = tmp_path / name
    dataset.export(cases, fmt, path)
    again, detected = dataset.load(path)
    assert detected == fmt.split("-")[0]
    assert [c.question for c in again] == [c.question for c in cases]
    result = ev.run(bot, again, testset=str(path), fmt=detected)
    for key in ("pass_rate", "quote_fidelity", "speaker_accuracy", "fact_recall", "quote_recall", "token_f1",
                "rouge_l", "abstention_matrix", "mrr", "ndcg@10"):
        assert result["summary"][key] == native_run["summary"][key], key


def test_promptfoo_assertions_import(tmp_path):
    p = tmp_path / "pf.yaml"
    p.write_text("""tests:
  - description: t1
    vars: {question: "Where did Trump meet Putin?"}
    assert:
      - {type: icontains, value: alaska}
      - {type: not-contains, value: Moscow}
      - {type: regex, value: "A[a-z]+ka"}
""")
    [c], fmt = dataset.load(p)
    assert fmt == "promptfoo" and c.expected_facts == ["alaska"] and c.forbidden == ["Moscow"] and c.expected_regex == ["A[a-z]+ka"]


def test_ragas_old_column_names(tmp_path):
    p = tmp_path / "old.csv"
    p.write_text('question,ground_truth\n"Who is Ben Hodges?","A former US Army commander."\n')
    [c], fmt = dataset.load(p)
    assert fmt == "ragas" and c.expected_answer == "A former US Army commander."


@pytest.mark.parametrize(
    ("content", "name", "words"),
    [
        ('{"question": "ok"}\n{"question": 5}\n', "bad.jsonl", "line 2: field 'question' must be a non-empty string"),
        ('{"question": "ok"}\nnot json\n', "bad2.jsonl", "line 2: invalid JSON"),
        ('{"question": "ok", "answerable": "yes"}\n', "bad3.jsonl", "line 1: field 'answerable' must be true or false"),
        ('{"question": "ok", "colour": 1}\n', "bad4.jsonl", "line 1: unknown field 'colour'"),
        ("tests:\n  - vars: {question: q}\n    assert: [{type: llm-rubric, value: x}]\n", "bad.yaml", "tests[0].assert[0]: unsupported assertion type 'llm-rubric'"),
    ],
)
def test_malformed_sets_name_the_line_and_field(tmp_path, content, name, words):
    p = tmp_path / name
    p.write_text(content)
    with pytest.raises(InputError) as info:
        dataset.load(p)
    assert words in str(info.value) and name in str(info.value)


def test_cli_outputs_gate_and_compare(bot, settings, tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(bot.settings.data_dir))
    small = tmp_path / "small.jsonl"
    lines = SET.read_text().splitlines()[:12]
    small.write_text("\n".join(lines) + "\n")
    out1 = tmp_path / "run1"
    r = cli.invoke(app, ["eval", str(small), "--out", str(out1)])
    assert r.exit_code == 0, r.output
    for f in ("results.json", "report.md", "report.html", "junit.xml"):
        assert (out1 / f).stat().st_size > 200
    html = (out1 / "report.html").read_text()
    assert html.count("<svg") >= 3 and "<mark>" in html
    results = json.loads((out1 / "results.json").read_text())
    assert {"dataset_hash", "config", "git_revision", "summary", "results"} <= results.keys()
    assert all("metrics" in row for row in results["results"])

    # a gate the run misses exits non-zero and names the metric
    strict = tmp_path / "strict.yaml"
    strict.write_text("metrics:\n  pass_rate: {min: 1.01}\n")
    r = cli.invoke(app, ["eval", str(small), "--out", str(tmp_path / "run2"), "--gate", str(strict)])
    assert r.exit_code == 1 and "pass_rate" in r.output

    # --compare lists the cases that went from pass to fail
    doctored = json.loads((out1 / "results.json").read_text())
    failing_now = [row["id"] for row in doctored["results"] if not row["passed"]]
    passing_now = [row["id"] for row in doctored["results"] if row["passed"]]
    for row in doctored["results"]:
        row["passed"] = True  # pretend the baseline passed everything
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(doctored))
    r = cli.invoke(app, ["eval", str(small), "--out", str(tmp_path / "run3"), "--compare", str(baseline)])
    assert r.exit_code == 0
    for case_id in failing_now:
        assert f"regressed: {case_id}" in r.output
    assert not any(f"regressed: {c}:" in r.output for c in passing_now)


def test_repeat_reports_spread(bot):
    cases, _ = dataset.load(SET)
    result = ev.run(bot, cases[:5], repeat=2)
    assert result["summary"]["pass_rate_stdev"] == 0.0  # the extractive backend is deterministic
    assert len(result["results"]) == 10


def test_blind_question_set_floor(bot):
    """A question set written by someone who never saw the code or the tuned sets.
    Measured 0.729 pass rate when added, 0.900 after the rounds of rules it then informed
    (README); the floor catches regressions."""
    cases, _ = dataset.load(DATA / "testsets" / "blind" / "default_article_blind.jsonl")
    s = ev.run(bot, cases)["summary"]
    assert s["quote_fidelity"] == 1.0 and s["speaker_accuracy"] == 1.0
    assert s["pass_rate"] >= 0.85, s


def test_llm_judge_is_advisory(bot, tmp_path):
    """The opt-in LLM judge (a scripted OpenAI-compatible server on 127.0.0.1, standing in
    for the remote model) adds a faithfulness score and warnings; it never changes which
    cases pass, and a gate never reads it. Failures and unreadable replies are warnings."""
    from fake_openai import FakeOpenAI

    from assistant.evaluation.judge import Judge
    from assistant.settings import Settings

    cases, _ = dataset.load(SET)
    cases = cases[:4]
    plain = ev.run(bot, cases)
    server = FakeOpenAI().start()
    try:
        server.enqueue('{"score": 1, "unsupported": ""}')
        server.enqueue("I think it is fine")  # unreadable
        server.enqueue('Sure: {"score": 0.2, "unsupported": "the 50,000 figure"}')
        server.enqueue(status=500)
        judge = Judge(Settings(data_dir=tmp_path, openai_base_url=server.base_url, openai_model="judge",
                               openai_api_key="k", openai_timeout=3))
        judged = ev.run(bot, cases, judge=judge)
    finally:
        server.stop()
    scores = [row["metrics"]["llm_faithfulness"] for row in judged["results"]]
    assert [m["score"] for m in scores] == [1.0, None, 0.2, None]
    assert "unreadable" in scores[1]["reason"] and "failed" in scores[3]["reason"]
    assert "50,000" in scores[2]["reason"]
    assert [r["passed"] for r in judged["results"]] == [r["passed"] for r in plain["results"]]
    assert judged["summary"]["pass_rate"] == plain["summary"]["pass_rate"]
    assert judged["summary"]["llm_faithfulness"] == 0.6  # mean of the scores it could read
    assert len(judged["judge_warnings"]) == 3
    assert ev.gate(judged["summary"], {"metrics": {"llm_faithfulness": {"min": 0.99}}}) == []
    assert "question" in server.requests[0]["messages"][0]["content"].lower()


def test_llm_judge_needs_a_server(bot, tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(bot.settings.data_dir))
    monkeypatch.delenv("ASSISTANT_OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("ASSISTANT_OPENAI_API_KEY", raising=False)
    r = cli.invoke(app, ["eval", str(SET), "--out", str(tmp_path / "j"), "--judge"])
    assert r.exit_code != 0
    assert "ASSISTANT_OPENAI_BASE_URL" in r.output

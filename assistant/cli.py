"""The command line: ``assistant ingest | articles | article | quotes | speakers | ask |
serve | eval``. Errors from :mod:`assistant.errors` become one-line messages and exit
codes here, and nowhere else."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from assistant.errors import AssistantError, InputError, NotFoundError, StoreError
from assistant.listing import quote_rows

app = typer.Typer(add_completion=False, no_args_is_help=True, help="A chat assistant grounded in news articles.")

EXIT_CODES = {InputError: 2, NotFoundError: 3, StoreError: 4}


def _settings():
    from assistant.runtime import configure_environment
    from assistant.settings import Settings

    settings = Settings()
    configure_environment(settings)
    return settings


def _store(settings):
    from assistant.store import Store

    return Store(settings)


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _fail(exc: AssistantError) -> None:
    code = next((c for t, c in EXIT_CODES.items() if isinstance(exc, t)), 1)
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(code)


@app.command()
def ingest(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or directories (.md, .txt, .html). Default: the bundled article.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print what was ingested as JSON.")] = False,
) -> None:
    """Ingest articles into the index (idempotent; a changed article replaces its old version)."""
    from assistant.indexing import ingest_paths

    settings = _settings()
    targets = paths or [settings.default_articles]
    store = _store(settings)
    interactive = sys.stderr.isatty() and not as_json

    def on_file(report) -> None:
        if report.status == "error":
            typer.echo(f"error: {report.source}: {report.error}", err=True)
        elif not as_json:
            a = report.article or {}
            typer.echo(
                f"{report.status:9} {a.get('id')}  {a.get('title')!r}  "
                f"{a.get('passages')} passages, {a.get('quotes')} quotes, {a.get('speakers')} speakers"
            )
        for w in report.warnings:
            typer.echo(f"warning: {report.source}: {w}", err=True)

    try:
        if interactive:
            from rich.progress import Progress

            with Progress(transient=True) as bar:
                task = bar.add_task("embedding and storing", total=None)

                def progress(stage: str, done: int, total: int) -> None:
                    bar.update(task, completed=done, total=total, description=stage)

                reports = ingest_paths(store, settings, targets, on_file=on_file, progress=progress)
        else:
            def progress(stage: str, done: int, total: int) -> None:
                typer.echo(f"progress: {stage} {done}/{total}", err=True)

            reports = ingest_paths(store, settings, targets, on_file=on_file, progress=progress)
    except AssistantError as exc:
        _fail(exc)
        return
    if as_json:
        _print_json([r.to_dict() for r in reports])
    failed = [r for r in reports if r.status == "error"]
    if not reports:
        typer.echo("error: no article files (.md, .txt, .html) found", err=True)
        raise typer.Exit(2)
    if failed:
        typer.echo(f"{len(failed)} of {len(reports)} files failed", err=True)
        raise typer.Exit(2)


@app.command()
def articles(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List the ingested articles."""
    try:
        rows = _store(_settings()).list_articles()
    except AssistantError as exc:
        _fail(exc)
        return
    if as_json:
        _print_json(rows)
        return
    if not rows:
        typer.echo("no articles yet: run `assistant ingest`")
    for r in rows:
        typer.echo(f"{r['id']}  {r.get('title')!r}  {r.get('passages')} passages, {r.get('quotes')} quotes  ({r.get('source')})")


@app.command()
def article(
    article_id: Annotated[str, typer.Argument(help="Article id (a unique prefix is enough).")],
    text: Annotated[bool, typer.Option("--text", help="Print the canonical text.")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Show one article: its canonical text, passages or metadata."""
    try:
        item = _store(_settings()).get_article(article_id)
    except AssistantError as exc:
        _fail(exc)
        return
    if text:
        sys.stdout.write(item.article.text + "\n")
    elif as_json:
        _print_json({
            **item.summary(),
            "displayed": [{"kind": d.kind, "text": d.text} for d in item.article.displayed],
            "passages": [p.to_dict() for p in item.passages],
        })
    else:
        for k, v in item.summary().items():
            typer.echo(f"{k:9} {v}")


def _items(article_id: str | None):
    """One article (by id or unique prefix) or all of them; errors exit here."""
    try:
        store = _store(_settings())
        return [store.get_article(article_id)] if article_id else store.all_articles()
    except AssistantError as exc:
        _fail(exc)
        raise  # unreachable: _fail exits


@app.command()
def quotes(
    article_id: Annotated[Optional[str], typer.Option("--article", help="Only this article.")] = None,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Only quotes by this person (name or surname).")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List direct quotations with their speakers and offsets."""
    rows = quote_rows(_items(article_id), speaker)
    if as_json:
        _print_json(rows)
        return
    for r in rows:
        who = r["speaker"] or ("(scare quote / term)" if r["kind"] == "term" else "speaker unknown")
        typer.echo(f"[{r['start']}:{r['end']}] {who}: “{r['text']}”")


@app.command()
def speakers(
    article_id: Annotated[Optional[str], typer.Option("--article", help="Only this article.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List the people (and organisations speaking in their own name) in the articles:
    name, description, number of quotes."""
    rows = [s.to_dict() for item in _items(article_id) for s in item.speakers]
    if as_json:
        _print_json(rows)
        return
    for r in rows:
        desc = f", {r['description']}" if r["description"] else ""
        body = ", organisation" if r.get("kind") == "organization" else ""
        typer.echo(f"{r['name']}{desc} ({r['quote_count']} quotes{body})")


@app.command()
def ask(
    question: Annotated[Optional[str], typer.Argument(help="The question (omit with --jsonl).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer JSON.")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Read JSON lines {question, history} from stdin; write one answer JSON per line.")] = False,
    backend: Annotated[Optional[str], typer.Option("--backend", help="extractive | openai | local")] = None,
    article_id: Annotated[Optional[str], typer.Option("--article", help="Only this article.")] = None,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Only this person's quotes.")] = None,
) -> None:
    """Ask a question about the ingested articles."""
    from assistant.service import Assistant

    try:
        bot = Assistant.from_settings(_settings())
        if not bot.store.visible_ids():
            raise NotFoundError("no articles are ingested yet: run `assistant ingest`")
        options = {k: v for k, v in {"backend": backend, "article_id": article_id, "speaker": speaker}.items() if v}
        if jsonl:
            _ask_jsonl(bot, options)
            return
        if not question:
            raise InputError("give a question, or use --jsonl")
        answer = bot.ask(question, **options)
    except AssistantError as exc:
        _fail(exc)
        return
    if as_json:
        _print_json(answer.to_dict())
        return
    typer.echo(answer.answer)
    if answer.notice:
        typer.echo(f"\nnote: {answer.notice}", err=True)
    for c in answer.citations:
        where = f"{c.article_id}:{c.start}-{c.end}"
        if c.kind == "quote":
            who = c.speaker or "speaker unknown"
            desc = f", {c.speaker_description}" if c.speaker_description else ""
            typer.echo(f"[{c.n}] “{c.text}” — {who}{desc} ({where})")
        else:
            typer.echo(f"[{c.n}] {c.text} ({where})")


def _ask_jsonl(bot, options: dict) -> None:
    """One answer per input line; a bad line gets an error object, not a crash."""
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("question"), str):
                raise InputError(f"line {number}: expected an object with a string 'question'")
            history = item.get("history") or []
            if not isinstance(history, list):
                raise InputError(f"line {number}: 'history' must be a list of [user, assistant] pairs")
            extra = {k: item[k] for k in ("backend", "article_id", "speaker") if item.get(k)}
            answer = bot.ask(item["question"], history, **{**options, **extra})
            out = answer.to_dict()
        except json.JSONDecodeError as exc:
            out = {"error": f"line {number}: invalid JSON: {exc.msg}"}
        except AssistantError as exc:
            out = {"error": str(exc)}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()


@app.command(name="eval")
def evaluate(
    testset: Annotated[Path, typer.Argument(help="Native JSONL/YAML, RAGAS CSV/JSONL, DeepEval JSON or promptfoo YAML.")],
    backend: Annotated[Optional[str], typer.Option("--backend", help="extractive | openai | local")] = None,
    out: Annotated[Path, typer.Option("--out", help="Where results.json, report.md, report.html, junit.xml go.")] = Path("eval-out"),
    gate_file: Annotated[Optional[Path], typer.Option("--gate", help="Thresholds (YAML/JSON); a miss exits 1.")] = None,
    compare_to: Annotated[Optional[Path], typer.Option("--compare", help="An earlier results.json.")] = None,
    repeat: Annotated[int, typer.Option("--repeat", min=1, max=20, help="Run each case N times (mean and spread).")] = 1,
    export: Annotated[Optional[str], typer.Option("--export", help="Also write the set as ragas-jsonl | ragas-csv | deepeval | promptfoo.")] = None,
    judge: Annotated[bool, typer.Option("--judge", help="Also score faithfulness with the OpenAI-compatible model of the openai "
                                        "settings (advisory: warns, never gates).")] = False,
) -> None:
    """Evaluate the assistant on a test set: deterministic scores, reports, a CI gate."""
    import yaml

    from assistant.evaluation import dataset, report, runner
    from assistant.service import Assistant

    try:
        cases, fmt = dataset.load(testset)
        settings = _settings()
        bot = Assistant.from_settings(settings)
        if not bot.store.visible_ids():
            from assistant.indexing import ingest_paths

            ingest_paths(bot.store, settings, [settings.default_articles])
        thresholds = {}
        if gate_file is not None:
            if not gate_file.is_file():
                raise InputError("no such gate file", str(gate_file))
            thresholds = yaml.safe_load(gate_file.read_text(encoding="utf-8")) or {}
            if not isinstance(thresholds, dict):
                raise InputError("a gate file holds 'metrics:' and optionally 'max_drop:'", str(gate_file))
        baseline = runner.load_results(compare_to) if compare_to else None
        judge_model = None
        if judge:
            from assistant.evaluation.judge import Judge

            judge_model = Judge(settings)
        interactive = sys.stderr.isatty()
        if interactive:
            from rich.progress import Progress

            with Progress(transient=True) as bar:
                task = bar.add_task("evaluating", total=len(cases) * repeat)
                result = runner.run(bot, cases, backend, repeat, str(testset), fmt,
                                    progress=lambda d, t: bar.update(task, completed=d), judge=judge_model)
        else:
            result = runner.run(bot, cases, backend, repeat, str(testset), fmt, judge=judge_model)
    except AssistantError as exc:
        _fail(exc)
        return
    problems = runner.gate(result["summary"], thresholds, baseline["summary"] if baseline else None) if thresholds else []
    comparison = runner.compare(baseline, result) if baseline else None
    passages = {p.id: p.text for v in bot.library.articles.values() for p in v.item.passages}
    paths = report.write_all(result, out, passages, problems, comparison)
    if export:
        dataset.export(cases, export, out / {"ragas-jsonl": "testset.ragas.jsonl", "ragas-csv": "testset.ragas.csv",
                                             "deepeval": "testset.deepeval.json", "promptfoo": "testset.promptfoo.yaml"}.get(export, "testset.out"))
    s = result["summary"]
    typer.echo(f"{result['cases']} cases, pass rate {s['pass_rate']:.3f}, quote fidelity {s.get('quote_fidelity')}, "
               f"speaker accuracy {s.get('speaker_accuracy')}, abstention {s['abstention_matrix']}")
    typer.echo(f"wrote {', '.join(str(p) for p in paths.values())}")
    if judge:
        typer.echo(f"llm faithfulness (advisory) {s.get('llm_faithfulness')}")
        for w in result.get("judge_warnings", []):
            typer.echo(f"judge warning: {w}", err=True)
    if comparison:
        for r in comparison["regressed"]:
            typer.echo(f"regressed: {r['id']}: {'; '.join(r['reasons'])}")
        if not comparison["regressed"]:
            typer.echo("no case regressed")
    if problems:
        for p in problems:
            typer.echo(f"gate: {p}", err=True)
        raise typer.Exit(1)


@app.command()
def serve(
    host: Annotated[Optional[str], typer.Option(help="Bind address (default 127.0.0.1).")] = None,
    port: Annotated[Optional[int], typer.Option(help="Port (default 7860).")] = None,
) -> None:
    """Serve the web chat and the APIs (same as `python app.py`)."""
    from assistant.server import serve as run

    settings = _settings()
    if host:
        settings.host = host
    if port is not None:
        settings.port = port
    try:
        run(settings)
    except AssistantError as exc:
        _fail(exc)


def main() -> None:
    app()


if __name__ == "__main__":
    main()

"""The web chat (Gradio Blocks): streamed answers with numbered citations, each quote
with its speaker and a link that scrolls to and highlights the span in the article
view; a People panel; example questions; backend and article selectors; upload."""

from __future__ import annotations

import html
from typing import Any

from assistant.errors import AssistantError
from assistant.service import Assistant

ALL = "All articles"

CSS = """
#article-view { max-height: 70vh; overflow-y: auto !important; padding: 0 0.75rem; line-height: 1.55; }
#article-view > div { overflow: visible; }
#article-view h3 { margin-top: 1rem; }
#article-view mark.cite { background: #fff3b0; padding: 0 1px; border-radius: 2px; scroll-margin-top: 40vh; }
#article-view mark.cite:target, #article-view mark.cite.active { background: #ffb347; outline: 2px solid #e07b00; }
#citations ol { padding-left: 1.2rem; }
#citations li { margin-bottom: 0.5rem; }
#citations .who { font-weight: 600; }
#citations .desc { color: #555; }
@media (max-width: 700px) { #article-view { max-height: 45vh; } }
"""

EXAMPLES = [
    "What did Ben Hodges say?",
    "Who is François Heisbourg?",
    "What did the RUSI expert say about Trump's commitments?",
    "How many troops would a force for Ukraine need?",
    "What did Vladimir Putin say about the force?",
]


def _article_choices(bot: Assistant) -> list[tuple[str, str]]:
    return [(ALL, "")] + [(f"{r.get('title', r['id'])} ({r['id'][:8]})", r["id"]) for r in bot.store.list_articles()]


def _people_choices(bot: Assistant, article_id: str) -> list[str]:
    bot.library.refresh()
    out = []
    for _, s in bot.library.speakers([article_id] if article_id else None):
        desc = f" — {s.description}" if s.description else ""
        body = ", an organisation's statement" if s.kind == "organization" else ""
        out.append(f"{s.name}{desc} ({s.quote_count} quote{'s' if s.quote_count != 1 else ''}{body})")
    return out


def render_article(bot: Assistant, article_id: str, citations: list[Any]) -> str:
    """The canonical text as HTML, cited spans wrapped in <mark id="cite-n">."""
    bot.library.refresh()
    ids = [article_id] if article_id else list(bot.library.articles)
    if not ids:
        return "<p>No article yet.</p>"
    cited_ids = {c.article_id for c in citations}
    aid = next((a for a in ids if a in cited_ids), ids[0])
    item = bot.library.articles[aid].item
    text = item.article.text
    spans = sorted(((c.start, c.end, c.n, c.kind) for c in citations if c.article_id == aid), key=lambda x: (x[0], -x[1]))
    # keep a properly nested set of spans
    kept, stack = [], []
    for s in spans:
        while stack and stack[-1][1] <= s[0]:
            stack.pop()
        if stack and s[1] > stack[-1][1]:
            continue  # overlaps without nesting
        kept.append(s)
        stack.append(s)
    opens: dict[int, list[str]] = {}
    closes: dict[int, int] = {}
    for start, end, n, kind in kept:
        opens.setdefault(start, []).append(f'<mark class="cite {kind}" id="cite-{n}" title="[{n}]">')
        closes[end] = closes.get(end, 0) + 1
    out: list[str] = []
    for i, ch in enumerate(text):
        if i in closes:
            out.append("</mark>" * closes[i])
        if i in opens:
            out.extend(opens[i])
        out.append(html.escape(ch))
    if len(text) in closes:
        out.append("</mark>" * closes[len(text)])
    body = "".join(out)
    blocks = body.split("\n\n")
    title, rest = blocks[0], blocks[1:]
    headings = {html.escape(text[b.start:b.end]) for b in item.article.blocks if b.kind == "heading"}
    parts = [f"<h2>{title}</h2>"]
    if item.article.byline:
        parts.append(f"<p><em>By {html.escape(item.article.byline)}</em></p>")
    for b in rest:
        parts.append(f"<h3>{b}</h3>" if b in headings else f"<p>{b}</p>")
    return '<div class="article">' + "".join(parts) + "</div>"


def render_citations(answer) -> str:
    if answer is None:
        return ""
    notes = []
    if answer.notice:
        notes.append(f'<p class="notice">⚠ {html.escape(answer.notice)}</p>')
    if answer.refused:
        return "".join(notes) + "<p><em>Not in the article: no citations.</em></p>"
    items = []
    for c in answer.citations:
        link = f'<a href="#cite-{c.n}" class="cite-link" data-n="{c.n}">show in article</a>'
        if c.kind == "quote":
            who = html.escape(c.speaker or "speaker unknown")
            desc = f' <span class="desc">— {html.escape(c.speaker_description)}</span>' if c.speaker_description else ""
            items.append(f'<li value="{c.n}">“{html.escape(c.text.strip())}” <span class="who">{who}</span>{desc} · {link}</li>')
        else:
            items.append(f'<li value="{c.n}">{html.escape(c.text)} · {link}</li>')
    return "".join(notes) + ("<ol>" + "".join(items) + "</ol>" if items else "")


def create_ui(bot: Assistant):
    import gradio as gr

    usable = [b["name"] for b in bot.backends() if b["available"]]

    def respond(message: str, chat: list[dict], article_id: str, backend: str):
        message = (message or "").strip()
        chat = list(chat or [])
        if not message:
            yield chat, "", gr.update(), gr.update()
            return
        history = []
        pending = None
        for m in chat:
            if m["role"] == "user":
                pending = _content(m)
            elif pending is not None:
                history.append([pending, _content(m)])
                pending = None
        chat.append({"role": "user", "content": message})
        chat.append({"role": "assistant", "content": ""})
        try:
            answer = None
            for event in bot.stream(message, history, article_id=article_id or None, backend=backend or None):
                if event["type"] == "token":
                    chat[-1]["content"] += event["text"]
                    yield chat, "", gr.update(), gr.update()
                else:
                    answer = event["answer"]
            chat[-1]["content"] = answer.answer
            yield chat, "", render_citations(answer), render_article(bot, article_id, answer.citations)
        except AssistantError as exc:
            chat[-1]["content"] = f"⚠ {exc}"
            yield chat, "", "", gr.update()
        except Exception:  # never show a stack trace
            chat[-1]["content"] = "⚠ Something went wrong while answering. Please try again."
            yield chat, "", "", gr.update()

    def ask_about(choice: str, chat, article_id, backend):
        if not choice:
            yield chat, "", gr.update(), gr.update()
            return
        name = choice.split(" — ")[0].split(" (")[0]
        yield from respond(f"What did {name} say?", chat, article_id, backend)

    def upload(file, article_id):
        from assistant.indexing import ingest_upload

        if file is None:
            return gr.update(), gr.update(), gr.update(), ""
        path = file if isinstance(file, str) else getattr(file, "name", None)
        try:
            with open(path, "rb") as fh:
                data = fh.read(bot.settings.max_upload_bytes + 1)
            import os

            report = ingest_upload(bot.store, bot.settings, data, os.path.basename(path))
        except AssistantError as exc:
            return gr.update(), gr.update(), gr.update(), f"⚠ {exc}"
        a = report.article or {}
        msg = f"✓ {report.status}: **{a.get('title')}** — {a.get('passages')} passages, {a.get('quotes')} quotes"
        new_id = a.get("id", "")
        return (gr.update(choices=_article_choices(bot), value=new_id), gr.update(choices=_people_choices(bot, new_id), value=None),
                render_article(bot, new_id, []), msg)

    def switch_article(article_id):
        return gr.update(choices=_people_choices(bot, article_id), value=None), render_article(bot, article_id, [])

    with gr.Blocks(title="Article assistant", fill_width=False) as demo:
        gr.Markdown("## Ask the article\nAnswers come only from the article. Quotes are verbatim, with who said them.")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=300):
                chat = gr.Chatbot(label="Chat", height=460, elem_id="chat", buttons=["copy"])
                question = gr.Textbox(label="Your question", placeholder="e.g. What did Ben Hodges say?",
                                      elem_id="question", max_length=bot.settings.max_question_chars)
                with gr.Row():
                    ask = gr.Button("Ask", variant="primary", elem_id="ask")
                    clear = gr.Button("Clear", elem_id="clear")
                citations = gr.HTML(elem_id="citations", label="Citations")
                gr.Examples(EXAMPLES, inputs=question, label="Examples")
            with gr.Column(scale=2, min_width=300):
                article = gr.Dropdown(_article_choices(bot), value="", label="Article", elem_id="article-select")
                with gr.Tab("Article"):
                    view = gr.HTML(render_article(bot, "", []), elem_id="article-view")
                with gr.Tab("People"):
                    people = gr.Radio(_people_choices(bot, ""), label="Ask about a person", elem_id="people")
                with gr.Tab("Settings"):
                    backend = gr.Dropdown(usable, value=bot.settings.backend if bot.settings.backend in usable else "extractive",
                                          label="Answer backend", elem_id="backend")
                    up = gr.File(label="Add an article (.md, .txt, .html)", file_types=[".md", ".txt", ".html", ".htm"],
                                 elem_id="upload")
                    status = gr.Markdown(elem_id="upload-status")

        outputs = [chat, question, citations, view]
        ask.click(respond, [question, chat, article, backend], outputs, api_name="ask_chat")
        question.submit(respond, [question, chat, article, backend], outputs, api_name=False)
        clear.click(lambda: ([], "", "", gr.update()), None, outputs, api_name=False)
        people.change(ask_about, [people, chat, article, backend], outputs, api_name=False)
        article.change(switch_article, article, [people, view], api_name=False)
        up.upload(upload, [up, article], [article, people, view, status], api_name=False)

        with gr.Tab("Evaluate"):
            gr.Markdown("Upload a test set (native JSONL/YAML, RAGAS CSV/JSONL, DeepEval JSON or promptfoo YAML) "
                        "and run it against the current articles.")
            with gr.Row():
                testset = gr.File(label="Test set", file_types=[".jsonl", ".json", ".yaml", ".yml", ".csv"], elem_id="testset")
                eval_btn = gr.Button("Run evaluation", variant="primary", elem_id="run-eval")
            eval_summary = gr.Markdown(elem_id="eval-summary")
            eval_files = gr.File(label="Reports", file_count="multiple", elem_id="eval-files")

        def run_eval(file, backend_name, progress=gr.Progress()):
            import tempfile
            from pathlib import Path

            from assistant.evaluation import dataset, report, runner

            if file is None:
                return "Choose a test set first.", None
            path = Path(file if isinstance(file, str) else file.name)
            try:
                cases, fmt = dataset.load(path)
                result = runner.run(bot, cases, backend_name or None, 1, path.name, fmt,
                                    progress=lambda d, t: progress(d / t, desc=f"case {d} of {t}"))
            except AssistantError as exc:
                return f"⚠ {exc}", None
            out = Path(tempfile.mkdtemp(prefix="eval-"))
            passages = {p.id: p.text for v in bot.library.articles.values() for p in v.item.passages}
            paths = report.write_all(result, out, passages)
            return report.markdown(result), [str(p) for p in paths.values()]

        eval_btn.click(run_eval, [testset, backend], [eval_summary, eval_files], api_name=False)

        def api_ask(q: str, article_id: str = "", backend_name: str = "") -> dict:
            """Ask a question; returns the answer JSON (answer, refused, citations...)."""
            return bot.ask(q, [], article_id=article_id or None, backend=backend_name or None).to_dict()

        gr.api(api_ask, api_name="ask")
    return demo


def _content(message: dict) -> str:
    c = message.get("content")
    if isinstance(c, str):
        return c
    if isinstance(c, list):
        return " ".join(p.get("text", "") for p in c if isinstance(p, dict))
    return str(c or "")

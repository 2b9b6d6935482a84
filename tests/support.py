"""Helpers shared by tests (importable because pytest puts tests/ on the path)."""

from __future__ import annotations

import socket
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
DEFAULT_ARTICLE = ROOT / "data" / "articles" / "allies-ukraine-us-backing.md"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load_testset(path: Path) -> list[dict]:
    import json

    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check_case(case: dict, answer) -> list[str]:
    """What is wrong with an answer to a test-set case (empty when it passes)."""
    errors = []
    cited = " ".join(c.text for c in answer.citations)
    full = (answer.answer + " " + cited).lower()
    if case.get("answerable", True):
        if answer.refused:
            errors.append("refused")
        for q in case.get("expected_quotes", []):
            if q["text"] not in cited and q["text"] not in answer.answer:
                errors.append("missing quote " + q["text"][:30])
        for fact in case.get("expected_facts", []):
            if fact.lower() not in full:
                errors.append("missing fact " + fact)
        speakers = {c.speaker for c in answer.citations if c.kind == "quote"}
        for name in case.get("expected_speakers", []):
            if name not in speakers and name not in answer.answer:
                errors.append("missing speaker " + name)
    elif not answer.refused:
        errors.append("answered an unanswerable question")
    for bad in case.get("forbidden", []):
        if bad.lower() in answer.answer.lower():
            errors.append("forbidden text " + bad)
    return errors


def assert_no_fabricated_quotes(answer, articles: dict[str, str]) -> None:
    """Every citation is verbatim at its offsets and every quoted span in the answer
    text is in the article; quote citations carry the index's speaker."""
    import re

    for c in answer.citations:
        text = articles[c.article_id]
        assert text[c.start:c.end] == c.text, (c, answer.answer)
    spans = [(c.kind, c.article_id, c.start, c.end) for c in answer.citations]
    assert len(spans) == len(set(spans)), ("the same span cited twice", answer.answer)
    norm = lambda s: re.sub(r"\s+", " ", s.replace("’", "'").replace("“", '"').replace("”", '"')).strip(" .,;:!?").lower()  # noqa: E731
    bodies = [norm(t) for t in articles.values()]
    for m in re.finditer(r"[“\"]([^“”\"]{2,}?)[”\"]", answer.answer):
        assert any(norm(m.group(1)) in b for b in bodies), (m.group(1), answer.answer)


def make_bot(data_dir: Path, embeddings, articles: list[Path], **settings):
    """A real Assistant over a fresh embedded Chroma store holding ``articles``."""
    from assistant.indexing import ingest_paths
    from assistant.service import Assistant
    from assistant.settings import Settings
    from assistant.store import Store

    config = Settings(data_dir=data_dir, **settings)
    store = Store(config, embeddings=embeddings)
    ingest_paths(store, config, articles)
    bot = Assistant(config, store)
    bot.warm()
    return bot


def article_texts(bot) -> dict[str, str]:
    """Each ingested article's canonical text by id (what every quote must sit in)."""
    return {aid: v.item.article.text for aid, v in bot.library.articles.items()}

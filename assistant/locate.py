"""Questions about where in the article something is ("which section is that in?",
"where in the article are the troop numbers discussed? which heading?"). The chain asks
the rest of the question (or, for "that", the last turn's question) like any other, then
names the section and paragraph of the first passage the answer cites. Any backend's
answer is located the same way."""

from __future__ import annotations

import re

from assistant.backends.base import Draft
from assistant.library import Library, tokens

_DOC = r"(?:article|piece|story|text|report)"
# "source?", "where does it say that?": where the last answer's words stand
_SOURCE_ASKED = (r"^\W*(?:(?:and|ok(?:ay)?|so|but)\W+)?(?:sources?|citations?|proof|(?:cite|show)\s+(?:it|that|this|me)|"
                 r"where\s+(?:does|did)\s+(?:it|the\s+" + _DOC + r"|you\s+see)\s+(?:say\s+)?(?:that|this|so)|"
                 r"where\s+did\s+you\s+get\s+(?:that|this)(?:\s+from)?|where\s+is\s+that\s+from)\s*(?:please|pls)?\W*$")
SECTION_QUESTION = re.compile(
    _SOURCE_ASKED + r"|"
    r"\b(?:which|what)\s+(?:section|heading|subheading|subhead|part\s+of\s+the\s+" + _DOC + r")\b|"
    r"\bunder\s+(?:which|what)\s+(?:heading|subheading|section)\b|"
    r"\bwhere\s+in\s+the\s+" + _DOC + r"\b", re.I)
_PHRASING = [
    re.compile(_SOURCE_ASKED, re.I),
    # "in which section of the article is that (in)?", "which heading?"
    re.compile(r"\b(?:in\s+|under\s+)?(?:which|what)\s+(?:section|part|heading|subheading|subhead)"
               r"(?:\s+(?:of|in)\s+the\s+" + _DOC + r")?"
               r"(?:\s+(?:is|are|was|were)\s+(?:that|this|it|they|those|these)(?:\s+(?:in|under|from))?)?", re.I),
    re.compile(r"\bunder\s+(?:which|what)\s+(?:heading|subheading|section)", re.I),
    # "where in the article is/are X (discussed)?"
    re.compile(r"\bwhere\s+in\s+the\s+" + _DOC + r"(?:\s+(?:is|are|was|were|do|does|did))?", re.I),
    re.compile(r"\b(?:discussed|mentioned|covered|talked\s+about|brought\s+up|addressed|described|found|located|"
               r"appear|appears|come\s+up|comes\s+up)\b", re.I),
]
_NOT_CONTENT = frozenset(tokens("article piece story text report section heading subheading part that this it "
                                "they those these is are was were in under"))


def location_request(question: str) -> str | None:
    """``None`` when the question doesn't ask where in the article; otherwise what it asks
    to locate, as a question of its own ("" when it only points back: "is that in?")."""
    if not SECTION_QUESTION.search(question):
        return None
    # ("... Need the subhead.", "give me the heading": asks for the same again)
    rest = re.sub(r"(?:^|(?<=[.?!]))\s*(?:(?:i\s+)?need|give\s+me|(?:can|could)\s+you\s+give\s+me|what\s+is|what['’]s)\s+"
                  r"(?:the\s+)?(?:exact\s+)?(?:sub)?head(?:ing|er|line)?s?(?:\s+name)?\s*(?:please)?\s*[.?!]*\s*$", "", question, flags=re.I)
    for pattern in _PHRASING:
        rest = pattern.sub(" ", rest)
    rest = re.sub(r"\s+([?.,!])", r"\1", re.sub(r"\s+", " ", rest)).strip(" ,;:-")
    rest = re.sub(r"^(?:is|are|was|were|has|have|had|contains?|includes?|covers?)\s+|\s+(?:in|under)(?=\s*[?.!]?$)", "", rest,
                  flags=re.I)
    rest = re.sub(r"^(?:[?.!,]\s*)+|(?:\s*[?.!])+(?=\s*[?.!]?$)", lambda m: m.group(0)[:1] if m.start() else "", rest).strip()
    # ("the Estonia comparison", "the petition stuff": a word for a stretch of text says
    # nothing of what is in it)
    rest = re.sub(r"\s+(?:comparison|stuff|bit|passage|mention|reference|discussion|part)s?\b(?=\s*[?.!]?\s*$)", "", rest, flags=re.I)
    if not [w for w in tokens(rest) if w not in _NOT_CONTENT]:
        return ""
    return rest


def locate(draft: Draft, library: Library) -> Draft:
    """Put the section and paragraph of the first cited passage before the answer."""
    if draft.refused or not draft.sources:
        return draft
    first = draft.sources[0]
    view = library.articles.get(first.article_id)
    if view is None:
        return draft
    block = next((b for b in view.item.article.blocks if b.kind == "paragraph" and b.start <= first.start < b.end), None)
    passage = next((p for p in view.item.passages if p.id == first.passage_id), None)
    section, paragraph = (block.section, block.index) if block else (passage.section, passage.paragraph) if passage else (None, -1)
    if paragraph >= 0:
        where = (f"It is in the section “{section}”" if section
                 else "It is near the top of the article, before the first section heading")
        draft.text = f"{where} (paragraph {paragraph + 1}). " + draft.text
    return draft


def _pieces(answer: str) -> list[str]:
    """Stretches of an earlier answer that may be the article's own words: its quoted
    spans and its sentences, longest first."""
    text = re.sub(r"\s*\[(?:S)?\d+\]", "", answer)
    quoted = re.findall(r"[“\"]([^”\"]{12,})[”\"]", text)
    sentences = [s.strip() for s in re.split(r"(?<=[.?!”])\s+", text)]
    pieces = [p.strip(" ,.") for p in quoted + sentences]
    return sorted({p for p in pieces if len(p.split()) >= 4}, key=len, reverse=True)


def earlier_answer(answer: str, library: Library, scope: list[str]) -> Draft | None:
    """The sentence an earlier answer came from ("which section is that in?"): where the
    longest stretch of it stands verbatim in an article in scope, cited with its quotes."""
    from assistant.backends.extractive import cite_sentences

    for piece in _pieces(answer):
        for aid in scope:
            view = library.articles.get(aid)
            at = view.item.article.text.find(piece) if view is not None else -1
            sentence = next((s for s in view.sentences if s.start <= at < s.end), None) if at >= 0 else None
            if sentence is not None:
                text, sources = cite_sentences([sentence])
                return Draft(text, sources)
    return None

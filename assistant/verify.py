"""Render and verify: turn a backend's draft into the answer a user sees.

* ``[S<k>]`` references become ``[n]`` citations numbered by first appearance; a
  reference to an id the draft did not provide is dropped and flagged.
* A quote source referenced on its own is rendered from the index: its verbatim text
  in quotation marks, then the citation. Its words never come from the model.
* Every quoted span left in the text must sit verbatim in the article (after
  whitespace and quote-mark normalisation); one that does not is removed and flagged.
* A quote cited next to a person's name who is not its speaker is corrected: the
  citation keeps the index's speaker and the answer says whose words they are.
"""

from __future__ import annotations

import re

from assistant.backends.base import Draft, Source
from assistant.library import Library
from assistant.types import Answer, Citation

_REF = re.compile(r"\[\s*(S\d+)\s*\]", re.I)
_QUOTED = re.compile(r"[“\"]([^“”\"]{2,}?)[”\"]")
_WS = re.compile(r"\s+")


def _norm(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return _WS.sub(" ", s).strip().strip(".,;:!? ").lower()


def render(draft: Draft, question: str, backend: str, library: Library, scope: list[str]) -> Answer:
    flags: list[str] = []
    sources = {s.id.upper(): s for s in draft.sources}
    numbering: dict[str, int] = {}
    citations: list[Citation] = []
    text = draft.text

    def cite(src: Source) -> int:
        key = src.id.upper()
        if key not in numbering:
            numbering[key] = len(numbering) + 1
            view = library.articles.get(src.article_id)
            desc = src.speaker_description
            if src.kind == "quote" and view is not None and src.speaker:
                sp = view.speaker(src.speaker)
                desc = sp.description if sp else desc
            citations.append(Citation(numbering[key], src.kind, src.text, src.speaker if src.kind == "quote" else None,
                                      desc if src.kind == "quote" else None, src.article_id, src.passage_id,
                                      src.start, src.end))
        return numbering[key]


    # 1. a quote reference standing alone (not right after its own quoted words) is rendered from the index
    def replace(m: re.Match) -> str:
        sid = m.group(1).upper()
        src = sources.get(sid)
        if src is None:
            flags.append(f"dropped a citation to an unknown source {m.group(1)}")
            return ""
        n = cite(src)
        if src.kind == "quote":
            # already written out in this stretch of text (the article's own sentence)?
            # the stretch of text since the last reference that is not part of this run of references
            start = m.start()
            prev = [r for r in _REF.finditer(text, 0, m.start())]
            while prev and not text[prev[-1].end() : start].strip():
                start = prev[-1].start()
                prev.pop()
            segment = text[prev[-1].end() if prev else 0 : m.start()]
            if _norm(src.text) and _norm(src.text) in _norm(segment):
                return f"[{n}]"
            return f"“{src.text.strip()}” [{n}]"
        return f"[{n}]"

    text = _REF.sub(replace, text)

    # 2. every quoted span must be verbatim in the article (cited articles first, then the rest in scope)
    cited = list(dict.fromkeys([c.article_id for c in citations] + [s.article_id for s in draft.sources]))
    order = [a for a in cited if a in library.articles] + [a for a in scope if a in library.articles and a not in cited]

    def verbatim(inner: str) -> bool:
        needle = _norm(inner)
        return any(needle in library.articles[aid].normalized(_norm) for aid in order)

    def check(m: re.Match) -> str:
        inner = m.group(1)
        if verbatim(inner):
            return m.group(0)
        flags.append(f"removed a quotation not found in the article: {inner[:80]!r}")
        return "[quotation removed: not in the article]"

    text = _QUOTED.sub(check, text)

    # 3. misattribution: a quote cited right after someone else's name
    for c in citations:
        if c.kind != "quote" or not c.speaker or c.article_id not in library.articles:
            continue
        people = {s.name for s in library.articles[c.article_id].item.speakers}
        marker = f"[{c.n}]"
        at = text.find(marker)
        if at < 0:
            continue
        sentence_start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        window = _QUOTED.sub(" ", text[sentence_start:at])
        claimed = [p for p in people if p != c.speaker and (p in window or re.search(r"\b" + re.escape(p.split()[-1]) + r"\b", window))]
        own = c.speaker in window or re.search(r"\b" + re.escape(c.speaker.split()[-1]) + r"\b", window)
        if claimed and not own:
            flags.append(f"citation [{c.n}] was attributed to {claimed[0]}; the article attributes it to {c.speaker}")
            text = text.replace(marker, f"{marker} (these are {c.speaker}'s words, not {claimed[0]}'s)", 1)

    text = re.sub(r"[ \t]+", " ", text).strip()
    text = re.sub(r" ([.,;:])", r"\1", text)
    citations.sort(key=lambda c: c.n)
    return Answer(question=question, answer=text, refused=draft.refused, citations=[] if draft.refused else citations,
                  backend=backend, flags=flags, speaker=draft.speaker, notice=draft.notice)


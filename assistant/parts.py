"""Multi-part questions ("Who is Ben Hodges and what's his take on the mission?"): each
part is asked on its own, the later ones with the earlier ones as history (so "his" and
"it" resolve), and the answers are joined. Only the extractive backend needs this; a
language model reads the whole question."""

from __future__ import annotations

import re

from assistant.backends.base import Draft

# ", and what ...", " and who ...", "; how ...": a second question starts at a question word
_QWORD = (r"(?:who|whom|whose|what|what['’]s|which|where|when|why|how|did|does|do|is|are|was|were|has|have|had|"
          r"can|could|would|will|should)\b")
# (not "the NATO chief, Mark Rutte, have to say ...": "have to" asks nothing of its own)
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|but\s+|also\s+|(?:vs\.?|versus|compared\s+(?:to|with))\s+)?|;\s*(?:and\s+)?|"
                   # "... when he held that post, or what he does now?" (not "was it Hodges, or was it ...?")
                   r",\s*or\s+(?=(?:who|whom|whose|what|what['’]s|which|where|when|why|how)\b)|"
                   r"\s+(?:and|but|vs\.?|versus)\s+(?:also\s+)?)(?!(?:have|has|had)\s+to\b)(?=" + _QWORD + ")|"
                   # "...? and arnold — does he think ...?": a second question, after whom it is of
                   r"(?<=\?)\s+(?:(?:and|but|also|then)\s+)?(?=(?:[\w’'.-]+\s+){1,3}[—–-]+\s*" + _QWORD + ")|"
                   # "whats the fine? and for repeat offenders?": a second question by ellipsis
                   r"(?<=\?)\s+(?=(?:and|but|also|then|what\s+about|how\s+about)\s+(?:for|about|on|in|with|at|to)\s+[a-z])|"
                   # "how old is the pool? when did it open": a second question after the first's mark
                   r"(?<=\?)\s+(?:(?:and|but|also|then|so)\s+)?(?=(?:who|whom|whose|what|what['’]s|which|where|when|why|how)\b)|"
                   # ("when do they expect to file it? are they gonna strike?": a yes-or-no question after it)
                   r"(?<=\?)\s+(?:(?:and|but|also|then|so)\s+)?(?=(?:is|are|was|were|will|would|did|does|do|has|have|can|could)\s+"
                   r"(?:he|she|they)\s+(?!(?:say|said|mention\w*|quoted?)\b)[a-z])|"
                   # "... so just confirm that's hers. anyway what did the union president call it?"
                   r"(?<=[.!])\s+(?:anyway|anyhow|btw|by\s+the\s+way|also|ok(?:ay)?|now|separately)\W*\s*"
                   r"(?=(?:who|whom|whose|what|what['’]s|which|where|when|why|how)\b)", re.I)
_WH_FIRST = re.compile(r"^\W*(?:(?:and|but|so|ok(?:ay)?)\W+)?(?:who|whom|whose|what|what['’]s|which|where|when|why|how)\b", re.I)
_ASKS = re.compile("^" + _QWORD, re.I)
# "what did Trump say, word for word, when he dropped the demand?": a clause saying when,
# not a second question (which would ask "when did he drop ...?")
_CLAUSE = re.compile(r"(?:when|where|while|why|how)\s+(?:he|she|they|it|we|you|i|[A-Z][\w’'-]+)\s+"
                     r"(?!(?:did|does|do|is|are|was|were|has|have|had|can|could|would|will|should)\b)[a-z]+\b")
# "When Heisbourg says there's no suggestion of something, what's he talking about?": a
# clause saying when, then the one question (not "when did ..., and what ...?")
_SUBORDINATE = re.compile(r"^\W*(?:when|whenever|if|since|because|although|though|once|after|before|while)\s+"
                          r"(?!(?:[\w’'-]+\s+){0,2}?(?:did|does|do|is|are|was|were|has|have|had|can|could|would|will|should)\b)", re.I)
# "Of the 84 people who signed up, how many spoke ...?": a phrase put first, not a question
_FRONTED = re.compile(r"^\W*(?:of|among|from|in|for|with|after|before|during|at|on|out\s+of)\s+(?:the|those|these|all|its|their|his|her)\b", re.I)
# "the skipper who's fished there 41 yrs, what's he say ...?": whom it asks of, a noun phrase
# with its relative clause, not a question
_NOUN_PHRASE = re.compile(r"^\W*(?:the|a|an|that|this|those|these)\s+(?:[\w’'-]+\s+){0,3}?(?:who|whom|whose|which|that)(?:['’]s)?\b", re.I)
_FRONTED_PERSON = re.compile(r"^\W*(?P<who>[^,?]{5,120}?)\s*[,—–-]+\s*(?:(?:so|and|then)\s+)?(?:what|how|why|when|where|which)(?:['’]s|\s+(?:did|does|do|is|was|has|had|would|will))?"
                             r"\s+(?P<pronoun>he|she|they)\b", re.I)
WH_WORD = re.compile(r"\b(?:who|whom|whose|what|which|where|when|why|how)s?\b", re.I)  # ("whats", typed quickly)
_REF = re.compile(r"\[S(\d+)\]", re.I)
_SEGMENT = re.compile(r"(.*?)((?:\s*\[S\d+\])+)", re.I | re.S)


# "how does Starmer's estimate compare with the brigade Arnold has in mind?", "compare X with Y":
# each side asked for on its own
_COMPARE = re.compile(r"^\W*(?:how\s+(?:does|do|did)\s+(?P<a>\S[^?]*?) compare (?:with|to|against) (?P<b>\S[^?]*)|"
                      r"compare (?P<a2>\S[^?]*?) (?:with|to|against|and) (?P<b2>\S[^?]*))", re.I)


def split_parts(question: str) -> list[str]:
    """The question's parts, each a question of its own; one part when it has no second
    question in it ("What did Macron and Starmer say?", "who said it and why?")."""
    q = re.sub(r"\s+", " ", question).strip()  # (one space between words: the joins then can't backtrack)
    compared = _COMPARE.match(q)
    if compared:
        sides = [compared.group("a") or compared.group("a2"), compared.group("b") or compared.group("b2")]
        sides = [re.sub(r"(?<![A-Z])[.!]+\s.*$|\s*[.!]+$", "", side).strip() for side in sides]
        if all(len(side.split()) >= 2 and not WH_WORD.match(side) and not re.search(r"\band\b", side, re.I) for side in sides):
            return [f"what is {side.strip()}?" for side in sides]
    fronted = _FRONTED_PERSON.match(q)
    if fronted and _NOUN_PHRASE.match(fronted.group("who")):
        # "the crew man who works on the ramp, what did he say about a nurse?": one question,
        # asked of the one described ("what did the crew man who works on the ramp say ...?")
        who = re.sub(r"^(The|A|An|That|This|Those|These)\b", lambda m: m.group(1).lower(), fronted.group("who").strip())
        return [q[fronted.end("who"):fronted.start("pronoun")].lstrip(" ,—–-") + who + q[fronted.end("pronoun"):]]
    parts: list[str] = []
    start = 0
    for m in _JOIN.finditer(q):
        head, tail = q[start:m.start()].strip(), q[m.end():]
        # each part a real question: three words or more before and after the join, and a
        # question word in the first ("After the summit, where did ...": one question)
        if q[m.start() - 1:m.start()] == "?" and not _WH_FIRST.match(head) and not re.match(r"(?:[\w’'.-]+\s+){1,3}[—–-]", tail):
            continue  # ("Was there a US official at the meeting? who represented Washington?": one question, put twice)
        # (or a request put first: "... so just confirm that's hers. anyway what did ...?")
        turned = re.match(r"\s+(?:anyway|anyhow|btw|by\s+the\s+way|also|ok(?:ay)?|now|separately)\b", m.group(0), re.I) \
            and q[m.start() - 1:m.start()] in ".!"
        if len(head.split()) >= 3 and len(re.findall(r"[\w’'-]+", tail.split("?")[0])) >= 3 and \
                (turned or _ASKS.match(head) or WH_WORD.search(head) and not _NOUN_PHRASE.match(head)) and not _CLAUSE.match(tail) and not (_SUBORDINATE.match(head) and "," not in head) \
                and not (_FRONTED.match(head) and not re.search(r",\s*" + _QWORD, head, re.I)):
            parts.append(head)
            start = m.end()
    parts.append(q[start:].strip())
    return [p if p.endswith("?") else p.rstrip(" .,;") + "?" for p in parts] if len(parts) > 1 else [q]


def plain(text: str) -> str:
    """A draft's text without its source references (for the history of the next part)."""
    return re.sub(r"\s+", " ", _REF.sub("", text)).strip()


_ORDINAL = ["first", "second", "third", "fourth", "fifth"]


def merge(parts: list[str], drafts: list[Draft], whole: Draft) -> Draft:
    """One draft: the whole question's answer, then what each part's answer adds (their
    sentences the whole one lacks), sources renumbered. Parts are often answered by one
    sentence together ("what would the troops do, and where?"), so the whole question's
    answer comes first. When it is a refusal, a part the article can't answer says so;
    all refused, a refusal."""
    if whole.refused and all(d.refused for d in drafts):
        return whole
    texts: list[str] = []
    sources = []
    assigned: dict[tuple[str, str, int, int], str] = {}  # span cited -> its id in the merged draft
    for i, d in enumerate([whole, *drafts]):
        if d.refused:
            # (or, beside an answer, that a part's person is never quoted directly: "who gave
            # the 26 figure, and is there a direct quote from him?")
            if i and (whole.refused or re.match(r"The article doesn't quote \S.* directly", d.text)):
                texts.append(f"On the {_ORDINAL[min(i - 1, 4)]} part of the question, {d.text[:1].lower()}{d.text[1:]}")
            continue
        by_id = {s.id.upper(): s for s in d.sources}
        kept = []
        # each stretch of text with the references after it: kept unless its words and all it
        # cites are already in the answer (both parts answered by the same sentence)
        for m in _SEGMENT.finditer(d.text):
            cited = [by_id[r.upper()] for r in re.findall(r"\[(S\d+)\]", m.group(2), re.I) if r.upper() in by_id]
            key = lambda src: (src.kind, src.article_id, src.start, src.end)  # noqa: E731
            shown = plain(" ".join(texts + kept))
            if cited and all(key(src) in assigned for src in cited) and plain(m.group(1)).strip(" :") in shown:
                continue  # already cited and shown: "Varga is a nurse [1]" cites but doesn't show its sentence
            mapping: dict[str, str] = {}
            for src in cited:
                if key(src) not in assigned:
                    assigned[key(src)] = f"S{len(sources) + 1}"
                    sources.append(src)
                mapping[src.id.upper()] = assigned[key(src)]
            kept.append(m.group(1) + _REF.sub(lambda r: f"[{mapping.get(r.group(0)[1:-1].upper(), '')}]", m.group(2)))
        for src in sources:  # the ids the merged text uses
            src.id = assigned[(src.kind, src.article_id, src.start, src.end)]
        tail = _SEGMENT.sub("", d.text).strip()
        # (a closing line the answer already has, such as who a person is, is not said twice)
        shown = {plain(x).strip(" .") for x in re.split(r"(?<=[.!?])\s+", plain(" ".join(texts + kept)))}
        tail = " ".join(x for x in re.split(r"(?<=[.!?])\s+", tail) if not x.strip(" .") or plain(x).strip(" .") not in shown)
        if kept:
            texts.append(("".join(kept) + (" " + tail if tail else "")).strip())
    answered = [d for d in [whole, *drafts] if not d.refused]
    notices = [d.notice for d in [whole, *drafts] if d.notice]
    return Draft(" ".join(texts), sources, refused=False, speaker=next((d.speaker for d in answered if d.speaker), None),
                 notice=notices[0] if notices else None)

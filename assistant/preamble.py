"""The asker's own context, set apart from what they ask.

Readers often write a sentence or two about themselves before the question ("Dear
assistant, I am 78 and my eyesight is not what it was.", "My friend from the bridge club
heard on the radio that Macron gave a number.") and a guess after it ("I thought it was
in Switzerland, but my sister says otherwise."). Read as part of the question, their words
("bridge club", "radio", "Switzerland") look like things the article must cover, and the
question is refused. This stage splits such a message into:

- ``asked``: the sentences that ask something, which the answer is judged on;
- ``context``: earlier sentences about the asker that still say who or what the question is
  about ("I was struck by something Mr Heisbourg said ..."), which the chain passes on as an
  earlier turn, so "he" and "it" resolve;
- ``dropped``: politeness with nothing of the article in it ("I'm a retired nurse, so bear
  with me.") and the asker's own guesses after the question, which no answer needs.

Only sentences clearly about the asker are touched (they start with "I", "my", a greeting
or thanks), never one that asks, requests words or quotes, or puts a claim about the
people in the article ("General Hodges said a force of 50,000 ...": a premise to check).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# sentence ends: ". ", "! ", "? " before a capital or an opening quote, not after a title
# ("Mr. Arnold") or an initial ("U.S. jets")
_END = re.compile(r"(?<![A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bSgt)(?<!\bProf)"
                  r"(?<!\bNo)(?<!\bvs)(?<!\bAug)(?<!\bSept)(?<!\bOct)(?<!\bNov)(?<!\bDec)(?<!\bJan)(?<!\bFeb)"
                  r"(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bLt)(?<!\bCol)(?<!\bCapt)(?<!\bMaj)(?<!\bAdm)(?<!\bJr)(?<!\bSr)"
                  r"(?<!\bRev)(?<!\bFr)(?<!\bMt)(?<!\bCpl)"
                  r"([.!?]+)[\"”’']?\s+(?=[A-Z\"“‘'])")
# a sentence about the asker: "I ...", "My friend ...", "Dear assistant, ...", "Hello, ...",
# "Thank you, ...", "Sorry to bother you ...", "As a retired teacher, I ..."
_ABOUT_ME = re.compile(
    r"^\W*(?:(?:oh|well|ok(?:ay)?|right|so|now|anyway|also)\W+)?"
    r"(?:i|i[’']m|i[’']ve|i[’']d|i[’']ll|me|my|myself|we|we[’']re|our|"
    r"hello|hi|hey|dear|good\s+(?:morning|afternoon|evening|day)|greetings|"
    r"thank(?:s|\s+you)|many\s+thanks|sorry|apologies|forgive\s+me|excuse\s+me|pardon\s+me|"
    r"please\s+(?:forgive|excuse|bear)|bear\s+with\s+me|as\s+an?\s+(?:[\w’'-]+\s+){0,3}?(?:reader|teacher|nurse|student|"
    r"pensioner|retiree|grandmother|grandfather|mother|father|veteran|layman|layperson|non-expert|outsider))\b", re.I)
# what makes a sentence part of the question: it asks, requests, or wants someone's words
_ASKING = re.compile(
    r"\?|\b(?:(?:want|like|need|wish|have|love)\s+to\s+know|let\s+me\s+know|(?:do|does)\s+(?:you|it)\s+know|"
    r"wonder(?:ing)?|tell\s+me|explain|clarify|understand|curious|confirm|check|verify|"
    r"find\s+out|look\s+up|show\s+me|give\s+me|send\s+me|help\s+me\s+(?:with|understand|find|see)|"
    r"words?|quot\w*|verbatim|exact(?:ly)?|precise(?:ly)?|wording|"
    r"question\s+is|asking|would\s+like|want(?:ed)?\s+to|need\s+to|please)\b", re.I)
# a request for someone's words, wherever it stands: "I'd like his actual words, please."
_WORDS_WANTED = re.compile(r"\b(?:words?|quot\w*|verbatim|exact(?:ly)?|precise(?:ly)?|wording|put\s+it)\b", re.I)
# the asker's guess after the question: "I thought it was X", "I assumed ...", "my sister says ..."
_GUESS = re.compile(
    r"^\W*(?:(?:oh|well|but|and|because)\W+)?(?:i\s+(?:thought|think|assumed|assume|believe|believed|guess|guessed|"
    r"suppose|supposed|imagined?|expected|had\s+(?:thought|assumed|heard)|was\s+told|seem\s+to\s+(?:remember|recall)|"
    r"(?:half\s+)?remember(?:ed)?|recall(?:ed)?)|"
    r"i[’']d\s+(?:thought|assumed|heard|like\s+to\s+think|hope)|i\s+(?:do\s+)?hope|"
    r"my\s+(?:[\w’'-]+\s+){0,2}?(?:says?|said|thinks?|thought|reckons?|insists?|swears?)|"
    r"it\s+(?:seems|seemed|sounds|sounded)\s+(?:like\s+)?(?:an?\s+)?(?:odd|strange|funny|surprising|sad|worrying|bleak|"
    r"grim|harsh|hopeful|reasonable|sensible|silly|unfair))\b", re.I)
# a claim about someone of the article in a guess ("I thought Hodges said 50,000"): a premise
_CLAIMED = re.compile(r"\b(?:said|says|say|told|claimed|called|stated|wrote|promised|agreed|warned)\b", re.I)


# "My notes say Fairweather said "deeply, deeply damaging".": someone's quoted words, to check
_CHECKED = re.compile(r"\b[A-Z][\w’'-]{0,40}\s+(?:said|says|called|calls|told|wrote|put\s+it)\b[^.?!]{0,200}?[\"“‘]|"
                      r"[\"“‘][^\"“”‘’]{3,300}[\"”’][^.?!]{0,200}?\b[A-Z][\w’'-]{0,40}\s+(?:said|says)\b")
# politeness after the question: "Thank you.", "Sorry to bother you.", "I hope that makes sense."
_POLITE = re.compile(r"^\W*(?:(?:oh|well|anyway|also)\W+)?(?:thank(?:s|\s+you)|many\s+thanks|cheers|sorry|apologies|forgive\s+me|"
                     r"excuse\s+me|pardon|bless\s+you|much\s+appreciated|i\s+(?:do\s+)?(?:hope|appreciate)|i[’']d\s+(?:be\s+grateful|"
                     r"appreciate)|i\s+would\s+(?:be\s+grateful|appreciate)|bear\s+with\s+me|kind\s+regards|best\s+wishes|"
                     r"(?:have\s+a\s+)?(?:good|nice|lovely)\s+(?:day|evening|one)|"
                     # ("my english not so good sorry", "English is not my first language")
                     r"my\s+(?:bad\s+|poor\s+|broken\s+)?english|english\s+(?:is\s+)?not\s+my\s+(?:first|native|mother))\b", re.I)
# an apology before the question in its own sentence: "Silly question perhaps, but ", "Sorry, but "
_APOLOGY = re.compile(r"^\W*(?:(?:sorry|forgive\s+me|excuse\s+me|pardon\s+me|apologies)[^,?.!]{0,40}|"
                      r"[^,?.!]{0,30}\b(?:silly|stupid|dumb|naive|obvious|basic|daft)\b[^,?.!]{0,30}),\s*(?:but\s+)?"
                      r"(?=(?:who|what|which|where|when|why|how|is|are|was|were|did|does|do|can|could)\b)", re.I)
# "I'm a reporter at the Calder Point Herald — when ...?": who asks, before a dash or colon
_INTRO = re.compile(r"^\W*(?:i[’']m|i\s+am|i\s+work)\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?(?:at|for|from|with|on)\s+"
                    r"[^—–:,?.!]{1,60}?\s*[—–:]+\s*"
                    r"(?=(?:who|what|which|where|when|why|how|is|are|was|were|did|does|do|can|could)\b)", re.I)
# "I mean about compensation.", "I only care about the cost.": what the question is about
_CLARIFIES = re.compile(r"^\W*(?:i\s+(?:mean|meant|only|just|am\s+asking|was\s+asking|care)|i[’']m\s+(?:asking|talking|only)|"
                        r"(?:specifically|particularly|especially|in\s+particular)\b)", re.I)
# ("but my sister says otherwise": who the asker heard it from, not a claim of the article's people)
_HEARSAY = re.compile(r"\b(?:my|our|a|some)\s+(?:[\w’'-]+\s+){0,2}?(?:says?|said|told\s+me|thinks?|reckons?)\b|"
                      r"\bi\s+(?:was\s+told|heard|read)\b", re.I)


# what the asker will do with the answer, inside a sentence: "... verbatim for a cold open?",
# "What is RUSI, for listeners who won't know the acronym?", "Give me a quote — something
# short that'll work as a sting." Read as part of the question, "cold open" and "sting" look
# like subjects the article must cover.
_MEDIA = (r"(?:intro|introduction|outro|cold\s+open|clip|segment|show|episode|podcast|broadcast|bulletin|script|"
          r"promo|trailer|teaser|sting|soundbite|sound\s*bite|newsletter|slides?|deck|presentation|essay|class|lesson|"
          r"caption|chyron|lower\s+third|voice-?over|write-?up|blog|assignment|homework|handout|worksheet|"
          r"(?:school|book|class)\s+report)")
_PURPOSE = re.compile(
    # ("... for my paper?": the asker's own work; "who was responsible for the report?" asks of one)
    r",?\s+for\s+(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:paper|thesis|dissertation|coursework|project|report)\b(?=\s*[?.!]|\s*$)|"
    r",?\s+for\s+(?:a|an|the|my|our|this|tomorrow[’']s|tonight[’']s|today[’']s|this\s+week[’']s|next\s+week[’']s)\s+"
    r"(?:[\w-]+\s+){0,3}?" + _MEDIA + r"\b(?=\s*[?.!]|\s*$)|"
    r",?\s+for\s+(?:the\s+|our\s+|my\s+)?(?:listeners|viewers|readers|audience|students|pupils|kids|followers|subscribers)\b"
    r"(?:\s+(?:who|that)\b[^?.!]{0,80})?(?=\s*[?.!]|\s*$)|"
    r"\s+[—–-]+\s*(?:something|anything|ideally|preferably|one)\s+(?:short|snappy|punchy|quick|brief|tight|clean|simple|"
    r"catchy|crisp)\b[^?.!—–]{0,80}(?=[?.!]|\s*$)", re.I)
# the asker's aim in a sentence of its own: "Want to make sure I've got their titles right."
_AIM = re.compile(r"^\W*(?:i\s+)?(?:just\s+)?(?:want|wanna|need|wanted)\s+to\s+(?:make\s+sure|be\s+sure|double[-\s]?check)\s+"
                  r"(?:(?:that\s+)?(?:i[’']ve|i\s+have|we[’']ve|i)\s+)?(?:got|get|have)\b[^.?!]{0,60}\bright\b[^?]*$", re.I)


# the asker's guess at the answer after a dash: "Which NATO ally is the comparison — Latvia?",
# "How many countries pledged — 40?"
_DASH_GUESS = re.compile(
    r"^(?P<q>\W*(?:which|what|who|where|when|how\s+(?:many|much))\b[^?—–]{8,}?)\s*(?:[—–]+|\s-{1,2}\s)\s*"
    r"(?:(?:was|is)\s+it\s+|maybe\s+|perhaps\s+|probably\s+)?(?P<guess>[A-Z][\w.’'-]*(?:\s+(?:and\s+|or\s+)?[A-Z][\w.’'-]*){0,2}|"
    r"\d[\d,.]*%?)\s*\?\s*$", re.I)


# "..., my english not so good sorry", "(sorry for my English)": the asker's apology for
# their English, however it is punctuated
_LANGUAGE_ASIDE = re.compile(r"(?:^|(?<=[?.!,])|\(|\s-\s)\s*(?:(?:and\s+)?(?:sorry|excuse\s+me|apologies)\W+(?:for\s+|about\s+)?)?"
                             r"(?:my\s+(?:bad\s+|poor\s+|broken\s+|weak\s+)?english|english\s+(?:is\s+)?not\s+my\s+"
                             r"(?:first|native|mother))\b[^?.!(),]{0,40}(?:[.!),]+|$)", re.I)


def strip_guess(message: str) -> str:
    """The question without the asker's guess at its answer after a dash ("— Latvia?"):
    the guess is no subject the article must cover, and the answer says what is right."""
    m = _DASH_GUESS.match(message)
    # (a name or a figure: "— Latvia?", "— 40?"; not "— any idea?")
    if m and (m.group("guess")[0].isupper() or m.group("guess")[0].isdigit()):
        return m.group("q").rstrip() + "?"
    return message


def strip_purpose(message: str) -> str:
    """The message without what the asker will do with the answer ("for a cold open",
    "for listeners who won't know the acronym"); the whole message when that is all it is."""
    out = _PURPOSE.sub("", message)
    return out if out.strip(" ?.!") else message


@dataclass
class Preamble:
    asked: str
    context: str = ""
    dropped: list[str] = field(default_factory=list)


def sentences(message: str) -> list[str]:
    """The message's sentences, each with its end mark."""
    out, start = [], 0
    for m in _END.finditer(message):
        out.append(message[start:m.end()].strip())
        start = m.end()
    out.append(message[start:].strip())
    return [s for s in out if s]


def _asks(sentence: str) -> bool:
    return bool(_ASKING.search(sentence)) or not _ABOUT_ME.match(sentence)


def set_aside(message: str, has_names, follow_up: bool = False) -> Preamble:
    """``message`` split into what is asked, the asker's context and what is dropped.
    ``has_names(text)`` says whether a text names a person, place or thing of the article
    (or quotes words): context that does is kept for the question's pronouns, context that
    doesn't is politeness. With ``follow_up`` (a conversation before it) nothing becomes a
    turn of its own: the last answer must stay the last turn."""
    message = _LANGUAGE_ASIDE.sub(" ", message).strip() or message
    message = strip_guess(strip_purpose(message))
    kept = [p for p in sentences(message) if not _AIM.match(p)]  # ("Want to make sure I've got their titles right.")
    if kept and len(kept) < len(sentences(message)):
        message = " ".join(kept)
    parts = sentences(message)
    original = " ".join(parts)
    # "Silly question perhaps, but who is ...?", "Sorry, but what ...?": the question after the apology
    if parts:
        parts[0] = _INTRO.sub("", _APOLOGY.sub("", parts[0], count=1), count=1) or parts[0]
    if len(parts) < 2:
        return Preamble(parts[0] if parts and parts[0] != original else message)
    # the question: from the first sentence with a question mark (or, with none, the first
    # that asks or requests) to the last that does
    marked = [k for k, s in enumerate(parts) if "?" in s]
    asking = [k for k, s in enumerate(parts) if _asks(s)]
    if not asking and not marked:
        return Preamble(" ".join(parts) if " ".join(parts) != original else message)
    first = marked[0] if marked else asking[0]
    last = max(asking + marked)
    lead, core, tail = parts[:first], parts[first:last + 1], parts[last + 1:]
    dropped, context, kept_lead = [], [], []
    for s in lead:
        if not _ABOUT_ME.match(s) or _ASKING.search(s) or _WORDS_WANTED.search(s) or _CHECKED.search(s):
            # (not about the asker, a request ("I need to know where ..."), or words put for
            # checking: part of what is asked)
            kept_lead.append(s)
        elif not has_names(s):
            dropped.append(s)
        elif follow_up:
            kept_lead.append(s)  # (kept in the question: no turn of its own)
        else:
            context.append(s)
    kept_tail = []
    for s in tail:
        # the asker's guess, unless it puts words in someone's mouth; politeness after it
        # (kept: "I'd like his actual words, please.", "I thought he said 3 million." (a claim
        # to check), "I mean about compensation." (what the question is about))
        keep = _WORDS_WANTED.search(s) or _ASKING.search(s) or _CLAIMED.search(_HEARSAY.sub(" ", s)) or _CLARIFIES.match(s)
        # (a figure after the question is content: "are you sure? I heard it was 20")
        if not keep and (_GUESS.match(s) and not follow_up or not has_names(s) and not re.search(r"\d", s) and _POLITE.match(s)):
            dropped.append(s)
        else:
            kept_tail.append(s)
    asked = " ".join(kept_lead + core + kept_tail)
    if not dropped and not context and asked == original:
        return Preamble(message)
    return Preamble(asked, " ".join(context), dropped)

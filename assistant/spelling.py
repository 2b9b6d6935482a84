"""Spelling: a question's misspelt words, mended against the article's own words, and
chat shorthand ("ppl", "10k", "$5m") written the way news copy writes it.

People type fast ("how many ppl signed the petiton"). A word of five letters or more
that is neither in the articles in scope nor an English word the embedding model knows,
and that is one edit (a letter dropped, added, changed or two swapped) from exactly one
word of the articles, is taken to be that word. Names have their own, looser matching
(``assistant.names.near``); this stage leaves capitalised words to it unless the
article has the lower-case word ("Petiton" at the start of a question).
"""

from __future__ import annotations

import re
from functools import lru_cache

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_WORD = re.compile(r"[A-Za-z][a-z]{4,}")


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Whole words of the embedding model's WordPiece vocabulary (about 20,000 common
    English words): a word in it is spelt as meant, even when the article lacks it."""
    from pathlib import Path

    from assistant.embeddings import model_path

    path = Path(model_path()) / "vocab.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(w for w in lines if w.isalpha() and w.islower())



# British spellings news copy uses, as American copy spells them: "centres" and "centers",
# "organised" and "organized", "neighbour" and "neighbor" are one word to the index (and
# "coop" is "cooperative")
_BRITISH = {
    "programme": "program", "programmes": "programs", "grey": "gray", "greys": "grays",
    "plough": "plow", "ploughs": "plows", "mould": "mold", "moulds": "molds", "mouldy": "moldy",
    "storey": "story", "storeys": "stories", "tyre": "tire", "tyres": "tires", "kerb": "curb",
    "kerbs": "curbs", "aluminium": "aluminum", "cheque": "check", "cheques": "checks",
    "jewellery": "jewelry", "ageing": "aging", "judgement": "judgment", "judgements": "judgments",
    "acknowledgement": "acknowledgment", "enrol": "enroll", "enrols": "enrolls", "enrolment": "enrollment",
    "enrolments": "enrollments", "fulfil": "fulfill", "fulfils": "fulfills", "fulfilment": "fulfillment",
    "instalment": "installment", "instalments": "installments", "skilful": "skillful", "wilful": "willful",
    "draught": "draft", "draughts": "drafts", "pyjamas": "pajamas", "moustache": "mustache",
    "practise": "practice", "practised": "practiced", "practises": "practices", "practising": "practicing",
    "artefact": "artifact", "artefacts": "artifacts", "sulphur": "sulfur", "cosy": "cozy", "gaol": "jail",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "diarrhoea": "diarrhea", "licence": "license",
    "licences": "licenses", "defence": "defense", "defences": "defenses", "offence": "offense",
    "offences": "offenses", "pretence": "pretense", "analyse": "analyze", "analysed": "analyzed",
    "analysing": "analyzing", "paralyse": "paralyze", "paralysed": "paralyzed", "catalyse": "catalyze",
    # (and a short form written as one word: "the scallop coop")
    "coop": "cooperative", "coops": "cooperatives",
}
_OUR = re.compile(r"(colo|favo|hono|labo|neighbo|behavio|harbo|rumo|humo|flavo|vapo|savo|endeavo|armo|odo|"
                  r"parlo|rigo|valo|vigo|tumo|fervo|clamo|cando|splendo|ardo|glamo)ur(\w*)")
_TRE = re.compile(r"(\w*(?:cent|met|lit|theat|fib|calib|spect|somb|meag|lust|sab))re(s|d)?")
_ISE = re.compile(r"(\w*(?:organ|real|recogn|apolog|critic|priorit|author|privat|subsid|util|minim|maxim|emphas|"
                  r"summar|legal|final|mobil|stabil|special|character|categor|modern|central|capital|civil|"
                  r"normal|standard|optim|familiar|memor|harmon|sympath|visual|hospital|digit|monet|"
                  r"commercial|neutral|penal|revital|sanit|synchron|jeopard|agon|patron|scrutin|immun|"
                  r"weapon|energ|terror|public|fantas|ideal|local|national|rational|formal|equal|"
                  r"material|global|polar|popular|antagon|union|steril|fertil|mechan|custom|incentiv|"
                  r"item|militar|dramat|empath|stigmat|trivial|vandal|euthan|motor|random|"
                  r"galvan|hypothes|industrial|legitim|marginal|maxim|sensation|urban|vital))"
                  r"is(e|es|ed|ing|ation|ations|er|ers)")
_LLOR = re.compile(r"(counse|counci)llor(s?)")
_AE = re.compile(r"(paedi|orthopaed|anaem|leukaem|septicaem|anaesth|haem|oestr|foet|oesophag|encyclopaed)")
_AE_US = {"paedi": "pedi", "orthopaed": "orthoped", "anaem": "anem", "leukaem": "leukem", "septicaem": "septicem",
          "anaesth": "anesth", "haem": "hem", "oestr": "estr", "foet": "fet", "oesophag": "esophag",
          "encyclopaed": "encycloped"}


def american(word: str) -> str:
    """A lower-case word as American copy spells it ("centres" is "centers", "organised"
    "organized"); any other word as it is."""
    if len(word) < 4 or not word.isalpha():
        return word
    us = _BRITISH.get(word)
    if us:
        return us
    if (m := _OUR.fullmatch(word)) and m.group(2) in ("", "s", "ed", "ing", "ite", "ites", "able", "ably",
                                                       "er", "ers", "hood", "hoods", "ful", "less", "ous"):
        return m.group(1) + "r" + m.group(2)
    if m := _TRE.fullmatch(word):
        return m.group(1) + "er" + {"s": "s", "d": "ed"}.get(m.group(2) or "", "")
    if m := _ISE.fullmatch(word):
        return m.group(1) + "iz" + m.group(2)
    if m := _LLOR.fullmatch(word):
        return m.group(1) + "lor" + m.group(2)
    if m := _AE.match(word):
        return _AE_US[m.group(1)] + word[m.end():]
    return word

def edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return deletes | swaps | replaces | inserts


# chat shorthand, spelt out
SHORTHAND = {"ppl": "people", "govt": "government", "gov't": "government", "yr": "year", "yrs": "years",
             "abt": "about", "thru": "through", "dept": "department", "approx": "approximately", "b/c": "because",
             "exec": "executive", "execs": "executives",
             "bc": "because", "w/": "with", "w/o": "without", "tho": "though", "bn": "billion", "mln": "million",
             "gonna": "going to", "wanna": "want to", "gotta": "got to", "kinda": "kind of", "sorta": "sort of",
             "dunno": "don't know", "gimme": "give me", "lemme": "let me", "cuz": "because", "coz": "because",
             "incl": "including", "theyd": "they'd", "theyre": "they're", "didnt": "didn't",
             "doesnt": "doesn't", "dont": "don't", "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't",
             "werent": "weren't", "wouldnt": "wouldn't", "couldnt": "couldn't", "shouldnt": "shouldn't",
             "hasnt": "hasn't", "havent": "haven't", "wat": "what", "wats": "what's", "wut": "what", "wht": "what",
             "whats": "what's", "whos": "who's", "hows": "how's", "wheres": "where's", "thats": "that's",
             "theres": "there's", "wud": "would", "shud": "should", "cud": "could", "wen": "when", "tht": "that",
             "rn": "right now", "pls": "please", "plz": "please", "smth": "something", "sth": "something",
             "idk": "I don't know", "bcuz": "because", "becuz": "because", "bout": "about", "ya": "you",
             "ive": "I've", "im": "I'm", "hes": "he's", "shes": "she's", "wont": "won't", "cant": "can't", "$$": "money",
             "dude": "guy", "dudes": "guys", "bloke": "guy", "blokes": "guys", "fella": "guy", "fellas": "guys",
             "chap": "guy", "chaps": "guys"}
_SHORT = re.compile(r"(?<![\w/'’])(" + "|".join(re.escape(k) for k in sorted(SHORTHAND, key=len, reverse=True)) + r")(?![\w/])", re.I)
# (words that are also names or abbreviations when capitalised: "Viktor Bout", "the RN", "Wen Jiabao")
_LOWER_ONLY = frozenset("bout wen wat rn ya hes cud wont cant im ive shes wats".split())
# single letters typed for words ("where r they", "did u see", "ur rules", "rock n roll"): lower
# case, between spaces, never a letter of an abbreviation ("U.S.", "r.")
LETTERS_FOR_WORDS = {"r": "are", "u": "you", "ur": "your", "n": "and"}
_LETTER_WORD = re.compile(r"(?<![\w/'’.&-])(r|u|ur|n)(?=\s|[?!,]|$)(?<![.])")


_THOUSANDS = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{1,3})?)\s?k(?![\w])")
_MILLIONS = re.compile(r"([$€£¥])\s?(\d+(?:\.\d+)?)\s?(m|mn|bn|b)(?![\w])", re.I)


def _thousands(m: re.Match) -> str:
    """"10k" is written "10,000" in news copy, "2.5k" "2,500"."""
    whole, _, frac = m.group(1).partition(".")
    return f"{int(whole) * 1000 + int((frac + '000')[:3]):,}"


_UNITS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_SCALES = {"hundred": 100, "thousand": 1000}
_NUMBER_WORD = "|".join([*_UNITS, *_TENS, *_SCALES])
_SPELT = re.compile(r"\b(?:" + _NUMBER_WORD + r")(?:(?:[\s-]+|\s+and\s+)(?:" + _NUMBER_WORD + r"))*\b", re.I)


def _spelt_number(m: re.Match) -> str:
    """"thirty thousand" -> "30,000", "twenty-six" -> "26": news copy writes numbers of ten
    and more in figures; a smaller one ("three days") stays as typed."""
    total = part = 0
    last = "scale"  # what came before: a ten ("twenty") takes a unit after it, a unit only a scale
    for w in re.findall(r"[a-z]+", m.group(0).lower()):
        if w == "and":
            continue
        if w in _TENS or w in _UNITS:
            kind = "ten" if w in _TENS else "unit"
            if last == "unit" or (last == "ten" and (kind == "ten" or _UNITS[w] >= 10)):
                return m.group(0)  # not one number ("nine eleven", "twenty thirty")
            part += _UNITS.get(w, 0) + _TENS.get(w, 0)
            last = kind
        elif w == "hundred":
            part, last = (part or 1) * 100, "scale"
        else:
            total, part, last = total + (part or 1) * 1000, 0, "scale"
    n = total + part
    if n < 10 or m.group(0)[:1].isupper():
        return m.group(0)  # (and a name: "Ten Downing Street")
    # ("two thousand and twenty five" is a year)
    return str(n) if 1900 <= n <= 2099 and n % 1000 else f"{n:,}"


def _spelt_numbers(question: str) -> str:
    """Numbers spelt out, written in figures outside quotation marks (quoted words stay as
    typed: they are checked against the article's)."""
    out, start = [], 0
    for q in re.finditer(r"[“\"][^“”\"]*[”\"]|(?<!\w)['‘](?:[^'‘’]|(?<=\w)['’](?=\w))*['’](?!\w)", question):
        out.append(_SPELT.sub(_spelt_number, question[start:q.start()]) + q.group(0))
        start = q.end()
    return "".join(out) + _SPELT.sub(_spelt_number, question[start:])


# chat interjections that say nothing of what is asked ("troops how many lol"), and emoji
# (those that could be an acronym, "IMO", only in lower case)
_FILLER = re.compile(r"(?<![\w'’])(?:(?i:lol+|lmf?ao+|rofl|haha(?:ha)*|hehe)|omg|ngl|tbh|imo|imho|bruh|smh)(?![\w'’])(?P<end>[.!]*)|"
                     r"[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+")


# "us president", "us troops", "from the us": the country typed in lower case, before a noun
# the pronoun never takes or after "the"
_US = re.compile(r"(?<=\bthe\s)us\b(?!\.)|(?<![\w.])(?<!send\s)(?<!give\s)(?<!sent\s)(?<!gave\s)us(?=\s+(?:president|army|troops|soldiers|military|officials?|forces?|government|administration|"
                 r"jets|aircraft|airpower|air\s+power|intelligence|envoy|secretary|senators?|lawmakers|congress|navy|"
                 r"air\s+force|ambassador|election|economy|involvement)\b)")


# "what is RUSI? i dont know this abreviation": a remark on what the reader doesn't know,
# after the question, asks nothing more
_NOT_KNOWING = re.compile(r"(?<=\?)\s*(?:i\s+(?:don['’]?t|dont|do\s+not)\s+(?:know|understand|get)|i['’]?m\s+(?:not\s+sure|confused|new\b|"
                          r"a\s+student|learning)|im\s+(?:not\s+sure|confused|new\b|a\s+student|learning)|i\s+(?:have\s+no\s+idea|never\s+heard))"
                          r"(?![^?]*\b(?:what|who|whom|whose|which|where|when|why|how|did|does|do|is|are|was|were|can|could)\b)"
                          r"[^?]{0,80}$", re.I)
# what the user says of the answer they want, after the question ("What's RUSI? Spell it out.",
# "... verbatim — I need to paste it", "thanks!"): nothing to look for in the article
_SIGN_OFF = re.compile(r"(?:(?<=[?.!])(?<![A-Z]\.)|\s+[—–-]+)\s*(?:(?:please|pls|and)\s+)?(?:spell\s+it\s+out|thanks?(?:\s+you)?(?:\s+so\s+much)?|thx|ty|cheers|"
                       r"keep\s+it\s+(?:short|brief|simple)|be\s+(?:brief|concise|quick)|in\s+full|short\s+answer|asap|"
                       r"(?:i\s+)?need\s+(?:to\s+(?:paste|copy|cite|quote|use)\s+(?:it|them|this)|(?:it|this)\s+for\s+[\w’' ]{1,30}))"
                       r"(?:\s+(?:please|pls|thanks?))?\s*[.!?]*\s*$", re.I)
# "said hell do it": "he'll" typed without its apostrophe, after a verb of saying or hoping
# (lower case only: "Shell", "the hell do they want")
_WILL = re.compile(r"\b(said|says|say|think|thinks|thought|hope|hopes|promised|promises|claims?|claimed|sure)\s+(he|she)ll"
                   r"(?=\s+(?:not\s+)?[a-z]+\b)")

# "capacity wise", "money-wise": "in terms of" the noun before it, which is what is asked
# (not "a wise move", "is that wise?", "otherwise", "likewise")
_WISE = re.compile(r"(?<=[a-z])-wise\b|(?<![\w'’-])(?!(?:a|an|the|very|so|too|more|most|not|be|is|was|are|were|seems?|seemed|"
                   r"looks?|sounds?|it|that|this|penny|pound|street|worldly|overly)\s)([a-z]{3,})\s+wise(?=\s*(?:[,?.!]|$))", re.I)


# "when did they finally vote?": when they voted (the adverb is no word the article need have;
# "finally" is not the "final setback")
_IN_THE_END = re.compile(r"\b(did|do|does|will|would|they|he|she|it|we|you)\s+(?:finally|eventually|ultimately)\s+(?=[a-z])", re.I)


def shorthand(question: str) -> str:
    """Chat shorthand spelt out ("wat wud", "ppl", "where r they"), and chat interjections
    and emoji dropped; the rest as typed. Read before anything else reads the question."""
    # (a "though" at the end is a tone of voice, not a word of what is asked: "why tho?")
    spelt = re.sub(r"(?<!\beven)(?<!\bas)[\s,]+(?:tho|though)(?=\W*$)", "", question, flags=re.I)
    spelt = _SIGN_OFF.sub("", spelt)
    spelt = _NOT_KNOWING.sub("", spelt)
    spelt = _WISE.sub(lambda m: m.group(1) or "", spelt)

    def plain_words(text: str) -> str:  # (not inside quotation marks: quoted words are checked as typed)
        text = _SHORT.sub(lambda m: m.group(1) if m.group(1).lower() in _LOWER_ONLY and m.group(1) != m.group(1).lower()
                          else SHORTHAND[m.group(1).lower()], text)
        text = _LETTER_WORD.sub(lambda m: LETTERS_FOR_WORDS[m.group(1)], text)
        text = _US.sub("U.S.", text)
        text = _IN_THE_END.sub(r"\1 ", text)
        return _WILL.sub(lambda m: f"{m.group(1)} {m.group(2)}’ll", text)

    out, start = [], 0
    for q in re.finditer(r"[“\"][^“”\"]*[”\"]", spelt):
        out.append(plain_words(spelt[start:q.start()]) + q.group(0))
        start = q.end()
    spelt = "".join(out) + plain_words(spelt[start:])
    # (the end of a sentence stays where the interjection ended it: "... 'ready for anything' lol. but first how many ...")
    spelt = _FILLER.sub(lambda m: "" if not m.group("end") or not spelt[:m.start()].strip() or re.search(r"[.!?][\"'’”]?\s*$", spelt[:m.start()]) else "\x00", spelt)
    spelt = re.sub(r"\s*\x00", ".", spelt)
    spelt = re.sub(r"[ \t]{2,}", " ", spelt).strip()
    return spelt if re.search(r"\w", spelt) else question


def _inflected(word: str, known: frozenset[str]) -> bool:
    """Is the word a regular form (-ed, -ing, -s, -er) of a word whose other forms are known?"""
    for end in ("ed", "ing", "s", "er"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            base = word[: -len(end)]
            # ("closed", "closing": of "close"; not "turbins" of "turbine", whose plural is "turbines")
            for b in (base, base + "e") if end in ("ed", "ing", "er") else (base,):
                if any(f in known for f in (b, b + "ing", b + "ed", b + "s", b + "er")):
                    return True
    return False


# acronyms people type for what news copy writes out ("the ICU nurse" for "an intensive care
# nurse"): put in the article's words when it has those and not the acronym
_COMMON_ACRONYMS = {
    "icu": "intensive care", "nicu": "neonatal intensive care", "er": "emergency room", "ed": "emergency department",
    "ems": "emergency medical services", "hoa": "homeowners association", "pta": "parent-teacher association",
    "dmv": "motor vehicles", "adu": "accessory dwelling unit", "adus": "accessory dwelling units",
    "gop": "Republican", "dui": "drunken driving", "str": "short-term rental", "strs": "short-term rentals",
    "ev": "electric vehicle", "evs": "electric vehicles",
}


def _expand_acronyms(question: str, vocabulary: set[str]) -> str:
    def expand(m: re.Match) -> str:
        word = m.group(0)
        full = _COMMON_ACRONYMS.get(word.lower())
        if full is None or word.lower() in vocabulary or not (word.isupper() or len(word) >= 3):
            return word
        if all(w.lower() in vocabulary for w in re.findall(r"[\w]+", full)):
            return full
        return word
    return re.sub(r"(?<![\w’'-])[A-Za-z]{2,4}(?![\w’'-])", expand, question)


def correct(question: str, vocabulary: set[str]) -> str:
    """The question with chat shorthand spelt out ("ppl") and each misspelt word replaced
    by the one article word it is a single edit away from; everything else as typed."""
    known = english_words()
    question = shorthand(question)
    question = _THOUSANDS.sub(_thousands, question)
    question = _spelt_numbers(question)
    question = _MILLIONS.sub(lambda m: f"{m.group(1)}{m.group(2)} {'million' if m.group(3).lower() in ('m', 'mn') else 'billion'}",
                             question)

    def mend(m: re.Match) -> str:
        word = m.group(0)
        low = word.lower()
        if low in vocabulary or low in known or (word[0].isupper() and word != word.capitalize()):
            return word
        if re.search(r"[^aeiou]ys$", low) and (low[:-2] + "ies" in vocabulary or low[:-2] + "ies" in known):
            return word[:-2] + "ies"  # "countrys": a learner's plural
        if low.endswith("s") and low[:-1] in vocabulary:
            return word  # a plural, or a possessive typed without its apostrophe ("trumps meeting")
        if _inflected(low, known):
            return word  # "seared" (the vocabulary has "searing"): a word, not a slip for "seabed"
        found = {w for w in edits1(low) if w in vocabulary and len(w) >= 5}
        # (the vocabulary holds stems too: "hospitl" is "hospital", not its stem "hospit")
        found = {w for w in found if not any(o != w and o.startswith(w) for o in found)}
        if len(found) != 1:
            return word
        fix = found.pop()
        return fix.capitalize() if word[0].isupper() else fix

    return _expand_acronyms(_WORD.sub(mend, question), vocabulary)

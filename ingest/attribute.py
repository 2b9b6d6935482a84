"""Attribute: give each quoted span a speaker, or nobody.

For every span the rules look only at its own sentence, with the words of every quote
masked, so a name inside a quotation is never taken for its speaker and a cue never
reaches across another quote. In order:

1. **Terms.** A span after "so-called", "dubbed", "known as"...; a short noun used as
   a modifier (a "reassurance" force); a short span right after a determiner with no
   speech verb in its sentence; a nickname between two names; a quoted title after a
   work noun; the same words already found to be a term. These belong to nobody.
2. **Cue right after the span**: ``Q," said S`` / ``Q," S said`` / ``Q," he added`` /
   ``Q," according to S``.
3. **Cue before the span**: ``S said: "Q"`` / ``S told X, "Q"``.
4. **Reported clause** before the span: ``S said it would be "Q"`` /
   ``S agreed, adding that ... "Q"`` / ``..., he said, would depend on "Q"``.
5. **Cue later in the sentence**: ``... "Q" for Europe, said S.``
6. **Continuation**: a later span in the same paragraph with no cue of its own keeps
   the previous span's speaker; a paragraph that opens with a quotation keeps the
   speaker of the previous paragraph's last quote, unless someone else is named
   in between; the parts of a quotation that runs over several paragraphs share one
   speaker.

A pronoun speaker resolves to the nearest preceding person outside quotes who agrees
in gender, skipping possessives and objects of prepositions; a surname or title maps
to the canonical full name. Anything unresolved stays "speaker unknown".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.lexicon import (
    ADVERBS,
    DETERMINERS,
    MANNER_VERBS,
    NON_PERSON_HEADS,
    ORGANISATION_HEADS,
    ORGANISATION_NOUNS,
    NOT_NAMES,
    TITLE_WORDS,
    OBJECT_VERBS,
    PARTICIPLE_CUES,
    PRONOUNS,
    ROLE_KINDS,
    SPEECH_VERBS,
    TERM_CUES,
    WEAK_VERBS,
    THING_NOUNS,
    is_person_noun,
)
from ingest.people import PARTICLE_RE as _PARTICLE_RE
from ingest.people import (Registry, _sentence_end, after_portfolio, short_name_of_a_body, clean_name, infer_genders, looks_like_person,
                           mostly_organisation, plausible_name, starts_organisation_name)
from ingest.quotes import Span

MASK = "█"
# three or more names in a row: "Angela Price, Robert Chen, Maria Delgado and Steven Fry"
_NAME = r"(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+"
_NAME_LIST = re.compile(_NAME + r"(?:,\s+" + _NAME + r"){1,},?\s+(?:and|or)\s+" + _NAME)
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w’'\-]*\.?")
_VERB_RE = re.compile(r"(?<![\w’'-])(" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")(?![\w’'-])", re.I)
_ACCORDING = re.compile(r"(?<![\w])according\s+to\s+", re.I)
_UNNAMED_HEAD = re.compile(
    r"^(?:the|a|an|one|another|two|three|several|some|many|other|his|her|their|its)\b", re.I
)
_ADV_TAIL = re.compile(r"(?:\s+(?:" + "|".join(sorted(ADVERBS, key=len, reverse=True)) + r"))+\s*$", re.I)
_TIME_TAIL = re.compile(
    r"\s+(?:at\s+the\s+time|at\s+the\s+weekend|last\s+\w+|this\s+\w+|earlier\s+this\s+\w+|"
    r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+(?:a|an|his|her|their)\s+"
    r"(?:statement|interview|speech|letter|email|post|memo|note))$",
    re.I,
)
# a finite verb opening a comma clause makes it a clause of its own, not an apposition
_FINITE_HEAD = re.compile(
    r"^(?:is|was|are|were|has|had|have|will|would|can|could|does|did|do|may|might|must|should)\b", re.I
)
# a capitalised name right before a speech verb, maybe with up to three appositions
# between ("Bellini, watching from the tent, said"); the name follows a sentence or
# clause boundary, so it is the verb's subject
_NAME_BEFORE_VERB = re.compile(
    r"(?:^|[.!?]\s+|[”\"]\s*|\n)((?:[A-ZÀ-Þ][\w’'-]+\s+){0,2}[A-ZÀ-Þ][\w’'-]+)(?:,\s[^;:█,\n]{1,140}){0,3},?\s+"
    r"(?:(?:" + "|".join(ADVERBS) + r")\s+)*$"
)
_WHAT_CALLS = re.compile(
    r"\bwhat\s+(he|she|they|[A-ZÀ-Þ][\w’'-]+)\s+(?:has\s+|had\s+|likes\s+to\s+|once\s+)?"
    r"(calls?|called|describes?\s+as|described\s+as|terms?|termed)\s+(?:(?:a|an|the|his|her|their|its)\s+)?$"
)
_AS_PUTS_IT = re.compile(
    r"\bas\s+(he|she|they|[A-ZÀ-Þ][\w’'-]+)\s+(?:likes\s+to\s+|would\s+|might\s+)?(puts?|says?)\s+it,?\s*$"
)
# abbreviated titles, as the role they stand for (read after _TITLE_DOTS drops the dot)
_TITLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "sgt": "sergeant", "capt": "captain", "supt": "superintendent", "insp": "inspector",
    "det": "detective", "adm": "admiral", "prof": "professor", "dr": "doctor", "atty": "attorney",
    "amb": "ambassador", "cllr": "councillor", "rev": "reverend", "pres": "president",
    "justice": "justice judge",  # "Justice Ann Roy" is a judge
}
_ANONYMITY = re.compile(
    r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?]”)\s+|(?<=[.!?]\")\s+)((?:A|An|One|Another)\s+(?:No\.\s|[^,.;:█\n]){1,80}?),?\s+who\s+"
    r"(?:asked|requested|spoke|declined|was\s+not\s+authori[sz]ed|is\s+not\s+authori[sz]ed)[^.;\n]{0,160}?"
    r"(?:named|identified|anonymity|publicly|on\s+the\s+record)")
# "he called down", "she called out": calling to someone, not naming something
_CALLED_OUT = re.compile(r"\s+(?:out|down|up|back|over|across)\b")
# abbreviated titles whose full stop ends no sentence ("said state Sen. Ann Roe")
_TITLE_DOTS = re.compile(r"\b(Sen|Rep|Gov|Gen|Lt|Col|Sgt|Dr|St|Capt|Supt|Insp|Det|Adm|Prof|Mr|Mrs|Ms|Maj|Cpl|Rev|Hon|Atty|Cmdr|Cdr|Amb|Pres|Cllr)\.")
# a habit before a speech verb ("has taken to calling", "began calling", "likes to call")
_HABIT_BEFORE = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:taken\s+to|took\s+to|takes?\s+to|begun|began|begins?|started|starts?|"
    r"keeps?|kept|likes?\s+to|liked\s+to|loves?\s+to|prefers?\s+to)\s+$", re.I)
# "Morimoto, asked whether ..., said": a passive "asked" opens an apposition, not a cue
_ASKED_CLAUSE = re.compile(r"asked\s+(?:whether|if|about|how|why|what|when|where|who|to|for|during|at|on)\b")
_PRONOUN_TAIL = re.compile(r"(?<![\w’'])(he|she|they)\s*$", re.I)
_PRONOUN_HEAD = re.compile(r"^\s*(he|she|they)(?![\w’'])", re.I)


# an organisation that "said in a (written) statement" or "issued a statement"
_STATEMENT_BY = re.compile(r"(?P<body>(?:[A-ZÀ-Þ][\w’'&.-]*[ ]+(?:(?:of|for|and|&|on)[ ]+)?){0,5}[A-ZÀ-Þ][\w’'&.-]*)"
                           r"(?:,[^,.;█]{1,100},)?[ ]+(?:(?:said|says|wrote)[ ]+in[ ]+(?:a|its|their)|"
                           r"(?:issued|released|put[ ]+out)[ ]+a)[ ]+(?:[a-z]+[ ]+)?statement")
# an organisation said to speak, as a sentence's subject: "Northway Health said ...", "Red Pine
# announced ..."
_ORG_SAID = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The[ ]+)?(?P<body>(?:[A-ZÀ-Þ][\w’'&.-]*[ ]+(?:(?:of|for|and|&|on)[ ]+)?){0,5}"
                       r"[A-ZÀ-Þ][\w’'&.-]*)[ ]+(?:said|says|announced|confirmed|added|told)\b")
# "The Northmark Faculty Association, which represents about 1,600 instructors, said": a body
# that speaks with its description between its name and the verb
_ORG_DESCRIBED_SAID = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The[ ]+)?(?P<body>(?:[A-ZÀ-Þ][\w’'&.-]*[ ]+(?:(?:of|for|and|&|on)[ ]+)?){1,5}"
                                 r"(?:Association|Union|Federation|Guild|Council|Alliance|Coalition|Society|Institute|Foundation|"
                                 r"Company|Corporation|Corp\.|Inc\.|Group|Agency|Department|Authority|Commission|Board|Bureau|"
                                 # (a union's local, by its number: "United Campus Workers Local 88")
                                 r"(?:Local|Lodge)[ ]+\d+[A-Z]?))"
                                 r",[ ]+(?:which|a|an|the|whose)\b[^.;!?█\n]{1,160}?,[ ]+"
                                 # (", backed the plan but said it would ...": a verb before)
                                 r"(?:[a-z][^.;!?█\n,]{0,80}?[ ]+(?:but|and)[ ]+)?(?:said|says|announced|confirmed)\b")
# a body named between an organisation's words and "the agency added": another one may be meant
_NAMED_BODY = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Þ][\w’'&.-]*(?:[ ]+[A-ZÀ-Þ][\w’'&.-]*)+")
# words after a body's name that make another thing of it ("Red Pine Hospital", "Red Pine County")
_NOT_BODIES_AFTER = frozenset("hospital hospitals county city street road campus plant building school clinic center centre".split())
# nouns for a public body and for a business: "the agency" is not the company that spoke
_PUBLIC_NOUNS = frozenset("department agency office ministry administration authority commission bureau government city "
                          "county state district board council service".split())
# (not a utility, operator or cooperative: public bodies are called so too)
_BUSINESS_NOUNS = frozenset("company firm corporation business manufacturer maker retailer chain airline "
                            "developer insurer lender bank grocer supermarket".split())
_BUSINESS_NAMES = re.compile(r"\b(?:Inc|Corp|Co|Ltd|LLC|Group|Holdings|Foods|Bakery|Works|Industries|Airlines?|Bank|Energy|Power)\b\.?")
_PUBLIC_NAMES = re.compile(r"\b(?:Department|Agency|Office|Ministry|Administration|Authority|Commission|Bureau|Government|"
                           r"County|City|State|District|Board|Council|Service)\b")


def same_kind(noun: str, name: str | None) -> bool:
    """Whether "the <noun>" can stand for the organisation ``name``: not a public body's noun
    for a business's name ("the agency" for "Harvest Hearth Bakery"), nor the other way."""
    if not name:
        return False
    if noun in _PUBLIC_NOUNS and _BUSINESS_NAMES.search(name) and not _PUBLIC_NAMES.search(name):
        return False
    return not (noun in _BUSINESS_NOUNS and _PUBLIC_NAMES.search(name) and not _BUSINESS_NAMES.search(name))


# "In a written statement, the Eastern Plains League said ...": the statement's maker after it
_STATEMENT_IN = re.compile(r"\b[Ii]n[ ]+(?:a|an|its|their)[ ]+(?:[a-z]+[ ]+)?statement(?:[ ]+[^,.;█]{1,60})?,[ ]+(?:the[ ]+)?"
                           r"(?P<body>(?:[A-ZÀ-Þ][\w’'&.-]*[ ]+(?:(?:of|for|and|&|on)[ ]+)?){0,5}[A-ZÀ-Þ][\w’'&.-]*)"
                           r"[ ]+(?:said|says|wrote|added)\b")
# groups of people named like a body ("House Republicans"): no organisation's statement
_PEOPLE_GROUPS = frozenset("""republicans democrats conservatives liberals socialists greens tories officials lawmakers
    members residents voters leaders allies critics supporters opponents""".split())


@dataclass(slots=True)
class Attribution:
    speaker: int | None  # registry person index
    verb: str | None
    reason: str
    kind: str  # direct | partial | term
    partial: bool
    organisation: str | None = None  # the organisation whose statement it is ("Brightwater Marine Works")


@dataclass(slots=True)
class _Ref:
    kind: str  # person | pronoun | unnamed | organisation | continue
    person: int | None = None
    gender: str | None = None
    pos: int = 0
    text: str = ""  # the words of an unnamed subject ("the 23-year-old")


class Attributor:
    def __init__(self, text: str, spans: list[Span], registry: Registry, docs_by_para: dict):
        self.text = text
        self.spans = spans
        self.reg = registry
        self.docs = docs_by_para  # paragraph block_start -> spaCy Doc
        masked = list(text)
        for sp in spans:
            lo = sp.start
            hi = sp.end
            for i in range(lo, hi):
                if masked[i] != "\n":
                    masked[i] = MASK
        self.masked = "".join(masked)
        self.terms: set[str] = set()
        self.results: list[Attribution | None] = [None] * len(spans)

    # --- public --------------------------------------------------------------------
    def run(self) -> list[Attribution]:
        if self._register_speech_subjects():
            self.reg.upgrade_single_names(lambda pos: self._pos_at(pos) == "PROPN")
            self.reg.scan_aliases()
            infer_genders(self.reg)
        for i, sp in enumerate(self.spans):
            self.results[i] = self._attribute(i, sp)
        self._share_across_parts()
        return [r for r in self.results if r is not None]

    def _register_speech_subjects(self) -> bool:
        """A proper noun that is the subject of a speech verb outside quotes is a person,
        even where the recogniser missed it ("Bellini, watching from the tent, said ...")
        or it is a lone first name ("Liam, 34, said ..."). Registering them before any
        quote is attributed lets pronouns and earlier partial quotes reach them. Returns
        whether the registry changed."""
        changed = False
        for v in _VERB_RE.finditer(self.masked):
            if v.group(1).lower() in WEAK_VERBS or self._pos_at(v.start()) in {"NOUN", "ADJ", "PROPN"}:
                continue
            before = self.masked[max(0, v.start() - 200) : v.start()]
            m = _NAME_BEFORE_VERB.search(before)
            if not m:
                continue
            start = v.start() - len(before) + m.start(1)
            known = self._mention_ending(start + len(m.group(1)))
            if known is not None:
                if not self.reg.people[known].confirmed:
                    self.reg.people[known].confirmed = changed = True
                continue
            if self.reg.in_quote(start):
                continue
            if self._pos_at(start) != "PROPN":
                changed = self._surname_of_full_name(m.group(1), start) or changed
                continue
            name, gender = clean_name(m.group(1))
            ref = self._new_speaker(name, start + m.group(1).find(name.split()[0]) if name else start, gender)
            if ref is None:  # the recogniser called it a company: "Thistle said" after "Ezekiel Thistle"
                changed = self._surname_of_full_name(m.group(1), start) or changed
            changed = ref is not None or changed
        return changed

    def _surname_of_full_name(self, word: str, start: int) -> bool:
        """"Pence said", with the tagger reading the capitalised word as a common noun:
        it is still a person when the article introduced "Isaiah Pence" earlier, outside
        quotes, and never writes the word in lower case. Registers that full name."""
        if " " in word or word.lower() in NOT_NAMES or word.lower() in TITLE_WORDS or word.isupper():
            return False
        if re.search(r"(?<![\w’'-])" + re.escape(word.lower()) + r"(?![\w’'-])", self.text):
            return False
        for f in re.finditer(r"(?<![\w’'.-])([A-Z][a-z][\w’'-]*)\s+" + re.escape(word) + r"(?![\w’'-])", self.text[:start]):
            first = f.group(1)
            if first.lower() in NOT_NAMES or first.lower() in TITLE_WORDS or self.reg.in_quote(f.start()):
                continue
            if self._pos_at(f.start()) != "PROPN" or not plausible_name(f"{first} {word}"):
                continue
            self.reg.add_name(f"{first} {word}", f.start(), confirmed=True)
            return True
        return False

    # --- sentence geometry ---------------------------------------------------------
    def _sentence_window(self, sp: Span) -> tuple[int, int]:
        lo, hi = sp.block_start, sp.block_end
        para = self.masked[lo:hi]
        bounds = [0]
        for m in re.finditer(r"[.!?…][”\"’']?(?=\s+[A-Z“\"‘'(█])", para):
            if m.group(0)[-1] in "”\"’'" or not self._abbrev_before(para, m.start()):
                bounds.append(m.end())
        # a closing mark after sentence-final punctuation inside the quote ends a sentence
        for other in self.spans:
            if other.block_start == lo and other.close_mark is not None:
                inner_last = self.text[other.end - 1]
                after = self.text[other.close_mark + 1 : other.close_mark + 3]
                if inner_last in ".!?" and re.match(r"\s[A-Z“\"]", after) and not self._short_cue_at(other.close_mark + 1):
                    bounds.append(other.close_mark + 1 - lo)
        bounds = sorted(set(bounds)) + [len(para)]
        open_rel = sp.open_mark - lo
        close_rel = (sp.close_mark if sp.close_mark is not None else hi - 1) - lo
        s = max(b for b in bounds if b <= open_rel)
        e = min(b for b in bounds if b > close_rel) if any(b > close_rel for b in bounds) else len(para)
        # the cue of a quotation that ends its own sentence follows it ("Q." she said.)
        return lo + s, lo + e

    def _short_cue_at(self, pos: int) -> bool:
        """Is the text after a quotation that ends in . ? or ! only its cue ("Who checks
        this?" Mr. Marsh asked. / Marsh told reporters.): a capitalised name, a speech
        verb and at most a few words that hold no other verb, to the sentence's end (not a
        colon or comma that opens the next quotation: Ashcombe replied: "...")?"""
        m = re.match(r"\s+(?:[A-ZÀ-Þ][\w’'.-]*\s+){1,4}(" + _VERB_RE.pattern + r")((?:\s+[\w’'-]+){0,4})\s*(?:[.!?]|,(?!\s*[“\"‘█]))",
                     self.masked[pos : pos + 120])
        if not m:
            return False
        offset = pos + m.start(3)
        return not any(self._pos_at(offset + w.start()) in {"VERB", "AUX"} for w in re.finditer(r"\S+", m.group(3)))

    @staticmethod
    def _abbrev_before(para: str, dot: int) -> bool:
        word = re.findall(r"[\w.]+$", para[:dot])
        if not word:
            return False
        w = word[0].lower()
        end = _sentence_end(word[0] + ". X")
        return end != len(word[0]) or bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", w))

    def _left(self, sp: Span, win_lo: int) -> tuple[int, str]:
        """Masked text from the sentence start (or the previous quote's closing mark)
        up to the opening mark."""
        lo = win_lo
        for k, other in enumerate(self.spans):
            if other is sp or other.block_start != sp.block_start or other.close_mark is None:
                continue
            res = self.results[k]
            if res is not None and res.kind == "term":
                continue  # a nickname or title inside the clause is not a boundary
            if lo <= other.close_mark < sp.open_mark:
                lo = other.close_mark + 1
        return lo, self.masked[lo : sp.open_mark]

    def _ends_at_cue(self, sp: Span) -> bool:
        """A quote that lost its closing mark and ends at its cue (", said Gov. X"): the
        cue after it is its own."""
        return sp.close_mark is None and bool(re.match(r",\s*" + _VERB_RE.pattern, self.masked[sp.end : sp.end + 40]))

    def _right(self, sp: Span, win_hi: int) -> tuple[int, str]:
        start = (sp.close_mark + 1) if sp.close_mark is not None else sp.block_end
        if self._ends_at_cue(sp):
            start = sp.end
        hi = max(win_hi, start)
        for other in self.spans:
            if other is sp or other.block_start != sp.block_start:
                continue
            if start <= other.open_mark < hi:
                hi = other.open_mark
        return start, self.masked[start:hi]

    # --- the rules -----------------------------------------------------------------
    def _attribute(self, i: int, sp: Span) -> Attribution:
        win_lo, win_hi = self._sentence_window(sp)
        left_lo, left = self._left(sp, win_lo)
        right_lo, right = self._right(sp, win_hi)
        words = self.text[sp.start : sp.end].split()
        quote_text = self.text[sp.start : sp.end]
        sentence_has_cue = bool(_VERB_RE.search(left) or _VERB_RE.search(right) or _ACCORDING.search(right))
        starts_sentence = not re.search(r"\w", left.replace(MASK, ""))
        partial = not starts_sentence and not re.search(r"[:,]\s*$", left) or quote_text[:1].islower()

        own = self._own_label(left_lo, left)
        if own:  # "what she calls a "value first" approach": her words, not a coined term
            return self._resolved(own[0], own[1], "what the speaker calls it", True)
        term = self._term_reason(sp, left, right, words, sentence_has_cue)
        if term:
            self.terms.add(quote_text.lower().strip(" ,.;:"))
            return Attribution(None, None, term, "term", True)

        rules = (  # 2-5, in order; the first that finds a speaker wins
            ("cue after quote", lambda: self._cue_right_adjacent(right_lo, right)
             if sp.close_mark is not None or self._ends_at_cue(sp) else None, partial),
            ("credited after a dash", lambda: self._dash_credit(sp, right_lo, right) if starts_sentence else None, partial),
            ("cue before quote", lambda: self._cue_left_colon(left_lo, left), partial),
            ("reported clause", lambda: self._cue_left_clause(left_lo, left), True),
            ("cue later in sentence", lambda: self._cue_right_distant(right_lo, right), partial),
        )
        for reason, rule, is_partial in rules:
            got = rule()
            if got:
                return self._resolved(got[0], got[1], reason, is_partial)
        # "Q." That was Whitfield, speaking to reporters. / That's how Denise Palmer described it.
        # ("“Q.”" / "That warning came from Commissioner Ray Dunmore, ...", "The words came from ...")
        if sp.close_mark is not None:
            after = self.masked[sp.close_mark + 1 : sp.block_end]
            at = sp.close_mark + 1
            if not after.strip() and not self.masked[sp.block_start : sp.open_mark].strip():
                # a paragraph that is only the quotation, and the next one says whose it was:
                # "“Q.”" / "That is how Ellen Marsh, who ..., described the moment."
                nxt = next((p for p in self._paragraph_starts() if p > sp.block_start), None)
                if nxt is not None:
                    at, after = nxt, " " + self.masked[nxt : nxt + 200]
            that = re.match(r"\s+That(?:[’']s|\s+is|\s+was)\s+(?:how\s+|what\s+)?", after) \
                or re.match(r"\s+(?:That|This|The)\s+(?:line|remark|comment|quote|question|plea|sentence|words?|warning|message|"
                            r"assessment|prediction|complaint|observation|verdict),?\s+(?:from|by|came\s+from|was\s+from)\s+", after) \
                or re.match(r"\s+(?:Those|These|The)\s+(?:words|lines|remarks|comments|warnings),?\s+(?:from|by|came\s+from|were\s+from)\s+", after) \
                or re.match(r"\s+(?:Those|These)\s+were\s+the\s+words\s+of\s+", after)
            # ("“Q.”" / "Marisol Duarte says it with a shrug from behind the bar ...")
            said_it = re.match(r"\s+((?:[A-ZÀ-Þ][\w’'.-]*\s+){1,3})(?:says|said|repeats|repeated)\s+(?:it|this|that|so)\b", after) \
                if not that else None
            ref = self._subject_after(at + that.end() - (1 if at != sp.close_mark + 1 else 0)) if that else \
                self._subject_after(at + said_it.start(1) - (1 if at != sp.close_mark + 1 else 0)) if said_it else None
            if ref is not None and ref.kind == "person":
                return self._resolved(ref, None, "named in the next sentence", partial)
        # "For Tomás Echeverría, a farmer …, the announcement landed as “a punch in the
        # gut.”": the words of the person the sentence is told for (not a group: "For many
        # growers, the so-called “paper water” …" is caught as a term above)
        pov = re.match(r"\s*For\s+", self.masked[win_lo : sp.open_mark]) if partial else None
        if pov:
            ref = self._subject_after(win_lo + pov.end())
            if ref is not None and ref.kind in {"person", "pronoun"}:
                return self._resolved(ref, None, "the person the sentence is told for", True)
        # 6. continuation
        stated = self._statement_continues(i, sp)
        if stated is not None:  # "... said it was “cooperating fully” and that “it would be premature ...”"
            return Attribution(None, None, "continues the organisation's statement", "direct" if not partial else "partial",
                               partial, organisation=stated)
        speaker = self._continuation(i, sp)
        if speaker is not None:
            return Attribution(speaker[0], None, speaker[1], "direct" if not partial else "partial", partial)
        return Attribution(None, None, "no speech cue", "partial" if partial else "direct", partial)

    def _own_label(self, lo: int, left: str) -> tuple[_Ref, str] | None:
        """``what S calls a "Q"`` / ``what he has described as "Q"`` / ``as she puts it,
        "Q"``: S's own words. (With a group for S, "what critics call", it is a label: see TERM_CUES.)"""
        m = _WHAT_CALLS.search(left) or _AS_PUTS_IT.search(left)
        if not m:
            return None
        if m.group(1).lower() in PRONOUNS:
            return _Ref("pronoun", gender=PRONOUNS[m.group(1).lower()], pos=lo + m.start(1)), m.group(2).lower()
        person = self._mention_ending(lo + m.end(1))
        return (_Ref("person", person=person), m.group(2).lower()) if person is not None else None

    def _verbs(self, lo: int, seg: str):
        """Speech-verb matches in ``seg`` (which starts at ``lo``) that the tagger does
        not read as a noun or adjective ("the state statute", "a post")."""
        for v in _VERB_RE.finditer(seg):
            if self._pos_at(lo + v.start()) in {"NOUN", "ADJ", "PROPN"}:
                continue
            yield v

    def _resolved(self, ref: _Ref, verb: str, reason: str, partial: bool) -> Attribution:
        kind = "partial" if partial else "direct"
        if ref.kind == "continue":
            prev = self._previous_speaker_in_paragraph(ref.pos)
            if prev is not None:
                return Attribution(prev, verb, f"{reason}; shared subject", kind, partial)
            return Attribution(None, verb, f"{reason}; subject not found", kind, partial)
        if ref.kind == "person":
            return Attribution(ref.person, verb, reason, kind, partial)
        if ref.kind == "pronoun":
            person = self._resolve_pronoun(ref.pos, ref.gender)
            if person is None:
                return Attribution(None, verb, f"{reason}; pronoun unresolved", kind, partial)
            return Attribution(person, verb, f"{reason}; pronoun", kind, partial)
        person = self._epithet_referent(ref.text, ref.pos) if ref.kind == "unnamed" else None
        if person is None and ref.kind == "unnamed" and re.match(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s", ref.text):
            person = self._named_later(ref.pos, ref.pos)  # "..., said a young beekeeper." / "The beekeeper, Nora Pike,"
        if person is not None:
            return Attribution(person, verb, f"{reason}; epithet", kind, partial)
        if ref.kind == "organisation":
            return Attribution(None, verb, f"{reason}; organisation", kind, partial, organisation=ref.text or None)
        stated = self._statement_of(ref.text, ref.pos) if ref.kind == "unnamed" else None
        if stated is not None:
            return Attribution(None, verb, f"{reason}; the organisation's statement", kind, partial, organisation=stated)
        return Attribution(None, verb, f"{reason}; unnamed source", kind, partial)

    def _organisation_named(self, name: str, start: int) -> _Ref | None:
        """An organisation's name, as the subject of a verb of its statement."""
        words = name.split()
        if self.reg.match(name, start) is None and len(words) > 1 and not looks_like_person(name) \
                and (self._ent_label(start) == "ORG" or words[-1].lower() in ORGANISATION_HEADS
                     # ("Dunmore Water said ..." after "Dunmore Water Authority")
                     or re.search(re.escape(name) + r"(?:[ ]+[A-ZÀ-Þ][\w&.-]*)*[ ]+(?i:" + "|".join(ORGANISATION_HEADS) + r")\b",
                                  self.masked)):
            ref = self._organisation(name, start)
            if ref.text:
                # ("Red Pine said ..." where the article wrote "Red Pine Health" before): the
                # whole name, one the article gives as an organisation's elsewhere
                forms = [m for m in re.finditer(re.escape(ref.text) + r"(?:[ ]+[A-ZÀ-Þ][\w&.-]*)+", self.masked)]
                # (not a shorter form of a longer one: "Red Pine Regional" of "Red Pine Regional Medical Center")
                longer = {m.group(0) for m in forms if m.group(0).split()[-1].lower() not in _NOT_BODIES_AFTER
                          and (self._ent_label(m.start()) == "ORG" and self._ent_label(m.end() - 1) == "ORG"
                               or m.group(0).split()[-1].lower() in ORGANISATION_HEADS)
                          and not any(f.group(0).startswith(m.group(0) + " ") for f in forms)}
                if len(longer) == 1:
                    ref.text = longer.pop()
            return ref
        return None

    def _statement_of(self, desc: str, pos: int) -> str | None:
        """"The statement said ..." / "the company said" after an organisation spoke in its
        own name: that organisation, when it is the last one the article had speak (within
        the two paragraphs before) and, for a noun, the one the noun is in the name or the
        description of ("the cooperative" for "Summit Valley Power, a member-owned electric
        cooperative")."""
        words = desc.lower().split()
        if not 2 <= len(words) <= 4 or words[0] not in {"the", "its", "their"}:
            return None
        head = words[-1].strip("’'")
        paragraphs = self._paragraph_starts()
        here = max((p for p in paragraphs if p <= pos), default=0)
        k = paragraphs.index(here) if here in paragraphs else 0
        lo = paragraphs[max(0, k - 2)]
        # the last quotation in range that an organisation spoke, and where it is
        last_at, last = max(((sp.start, r.organisation) for sp, r in zip(self.spans, self.results)
                             if r is not None and r.organisation and lo <= sp.start < pos), default=(-1, None))
        if head in ORGANISATION_NOUNS:
            # ("The Health Department said in a written statement that it was “Q1.” The agency
            # added: “Q2.”": the organisation that spoke last in this paragraph, whatever its
            # name's noun, when none is named after it)
            here_last = [(sp.start, r.organisation) for sp, r in zip(self.spans, self.results)
                         if r is not None and r.organisation and here <= sp.start < pos]
            if here_last and here_last[-1][1] == last and same_kind(head, last) \
                    and not _NAMED_BODY.search(self.masked, here_last[-1][0], pos):
                return last
            # ("Northway Health said all four clinics would stay open. In a statement, the system
            # said it had “Q.”": the organisation this paragraph had speak, when none spoke
            # after it in quotation marks)
            spoke = [m for m in _ORG_SAID.finditer(self.masked, here, pos) if m.start() > last_at]
            if spoke:
                ref = self._organisation_named(spoke[-1].group("body"), spoke[-1].start("body"))
                if ref is not None and ref.text and same_kind(head, ref.text):
                    return ref.text
        if head == "statement":
            # "The Kestrel River Alliance, a conservation group, said in a written statement
            # that ... “Q,” the statement said.": the organisation that made it, when it is
            # the last to speak
            said = sorted([*_STATEMENT_BY.finditer(self.masked, lo, pos), *_STATEMENT_IN.finditer(self.masked, lo, pos)],
                          key=lambda m: m.start())
            if said and said[-1].start() > last_at:
                ref = self._organisation_named(said[-1].group("body"), said[-1].start("body"))
                return ref.text if ref is not None and ref.text else None
            # (not when another statement was spoken of after the last organisation's words:
            # "In a statement issued Wednesday, the utility said ... the statement said")
            if re.search(r"\bstatement\b", self.masked[last_at + 1 : max(last_at + 1, pos - 1)], re.I):
                return None
            return last
        if last is None:
            if head not in ORGANISATION_NOUNS:
                return None
            # ("The FBI’s Omaha field office, which covers Iowa, declined interview requests. In
            # a written statement, the office said …": no one spoke yet, but the paragraph
            # named the body the noun ends the name of)
            here_lo = paragraphs[max(0, k - 1)]
            # (the subject of a sentence before: not "head of strategy at Nordvik Bank")
            named = [m for m in re.finditer(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The\s+)?((?:[A-Z][\w&.-]*(?:[’']s)?\s+){1,4}(?:[a-z]+\s+){0,2}"
                                            r"(?i:" + re.escape(head) + r")(?:[ ]+(?:Local|Lodge)[ ]+\d+[A-Z]?)?)\b",
                                            self.text[here_lo:pos]) if not self.reg.in_quote(here_lo + m.start())
                     and m.group(1).split()[0] not in {"The", "A", "An", "In", "On", "At", "For", "Its", "Their"}]
            if named:
                return named[-1].group(1)
            # ("Kessler Falls Water Watch, a residents group founded in 2019 ..., has pushed ..."
            # / "“…,” the group said in a statement.": a name its apposition calls that kind of body)
            described = [m for m in re.finditer(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The[ ]+)?((?:[A-Z][\w’'&.-]*[ ]+){1,5}?[A-Z][\w’'&.-]*),[ ]+"
                                                r"(?:a|an)[ ]+(?:[\w’'-]+[ ]+){0,3}?" + re.escape(head) + r"\b", self.text[here_lo:pos])
                         if not self.reg.in_quote(here_lo + m.start())]
            if described:
                return described[-1].group(1)
            # ("The Northmark Faculty Association, which represents about 1,600 instructors, said
            # it would file a grievance." / "“…,” the union said in a statement.": the one body
            # the paragraph before had speak, its description between its name and the verb)
            spoke = [m for m in _ORG_DESCRIBED_SAID.finditer(self.masked, here_lo, pos) if not self.reg.in_quote(m.start("body"))]
            bodies = {m.group("body") for m in spoke}
            if len(bodies) == 1 and same_kind(head, spoke[-1].group("body")):
                ref = self._organisation_named(spoke[-1].group("body"), spoke[-1].start("body"))
                return ref.text if ref is not None and ref.text else None
            return None
        if head not in ORGANISATION_NOUNS:
            return None
        if head in last.lower().split():
            return last
        first = self.text.find(last)
        # (in the sentence that names it: "Summit Valley Power, a member-owned electric cooperative")
        named_as = re.split(r"\n|[.!?](?=\s)", self.text[first + len(last): first + len(last) + 120])[0] if first >= 0 else ""
        return last if re.search(r"\b" + re.escape(head) + r"\b", named_as, re.I) else None

    def _epithet_referent(self, desc: str, pos: int) -> int | None:
        """A definite description that stands for a person named just before it:
        an age ("the 23-year-old"), a nationality ("the Italian"), or the role the
        person was introduced with ("Prosecutor Jo Bell ... the prosecutor said").
        Any other description ("a senior official", "the engineer" with no engineer
        named) is an anonymous source. The referent is the nearest person named in
        this or the previous paragraph outside quotes; for a role, the nearest one
        the role was given to."""
        # "the battalion chief in charge of the scene": the noun phrase before its post-modifier
        words = re.split(r"\s+(?:in|of|at|for|from|on|with|who|whose|which|that)\s+", desc.strip(), maxsplit=1)[0].split()
        if 2 <= len(words) <= 4 and words[0].lower() in {"its", "his", "her", "their"}:
            return self._role_holder(words[-1].strip("’'").lower())
        if len(words) < 2 or words[0].lower() != "the" or len(words) > 4:
            return None
        head = words[-1].strip("’'")
        age = re.fullmatch(r"(\d{1,3})-year-old", words[1])
        demonym = len(words) == 2 and head[:1].isupper() and self._ent_label(pos + desc.find(head)) == "NORP"
        paragraphs = self._paragraph_starts()
        here = max((p for p in paragraphs if p <= pos), default=0)
        k = paragraphs.index(here) if here in paragraphs else 0
        lo = paragraphs[max(0, k - 1)]
        cands = [m for m in self.reg.mentions if lo <= m.start < pos and not m.in_quote
                 and not m.possessive and self.reg.people[m.person].confirmed]
        if age or demonym:
            if not cands:
                return None
            if age:
                aged = [m for m in cands if re.match(r",\s*" + age.group(1) + r"\b", self.text[m.end : m.end + 6])]
                if aged:
                    return aged[-1].person
            plain = [m for m in cands if not m.oblique] or cands
            return plain[-1].person
        role = head.lower()
        if not role.isalpha() or len(role) < 4 or head[:1].isupper() or role in NON_PERSON_HEADS:
            # a capitalised head names an organisation ("the Health Service Executive"), and
            # so does an organisation's noun ("the bank said"), whoever works there
            return None
        for m in reversed(cands):
            if self._introduced_as(m, role, limit=pos):
                return m.person
        doer = self._doer_of(role, cands)
        if doer is not None:
            return doer
        # "the judge" with the judge named earlier in the article, and no one else so; of
        # several given the role ("the department's director", "the group's executive
        # director"), the one this paragraph or the one before it speaks of
        holders = self._role_holders(role)
        if len(holders) > 1:
            spoken_of = holders & {m.person for m in cands}
            if not spoken_of:
                # ("The president waited … before giving her closing remarks." / "“…,” the
                # president said.": of a woman and a man given the role, the one the pronoun
                # beside the role in this paragraph or the one before is)
                told = [g.group(1).lower() for g in re.finditer(r"\b[Tt]he\s+" + re.escape(role) + r"\b[^.!?“”\"█]{0,120}?\b(his|her|he|she|him)\b",
                                                               self.masked[lo:pos])]
                gender = {"his": "m", "he": "m", "him": "m", "her": "f", "she": "f"}[told[-1]] if told else None
                spoken_of = {p for p in holders if gender is not None and self.reg.people[p].gender == gender}
            holders = spoken_of
        if not holders:
            # "Walter Dunleavy, 74, bought 20 copies at the diner counter. “…,” the retired
            # machinist said.": the one person this paragraph names, brought in with no role
            # of their own, when the article gives the role to no one else
            named = {m.person for m in cands if m.start >= here}
            if len(named) == 1 and not self._introduced_with_role(named.copy().pop()):
                return named.pop()
        return holders.pop() if len(holders) == 1 else None

    def _introduced_with_role(self, person: int) -> bool:
        """Does the article bring the person in with a role: a title before the name or a
        person's noun in the words right around it ("Mayor Ana Ruiz", "Ruiz, a teacher")?"""
        first = min((m for m in self.reg.mentions if m.person == person and not m.in_quote), key=lambda m: m.start, default=None)
        if first is None:
            return True
        before = self.text[max(0, first.start - 40) : first.start]
        after = re.split(r"[.;!?“\"]", self.text[first.end : first.end + 80], maxsplit=1)[0]
        words = re.findall(r"[A-Za-z][a-z-]+", re.split(r"[.,;:!?“\"—\n]", before)[-1] + " " + after)
        return any(is_person_noun(w) for w in words)

    def _doer_of(self, role: str, cands) -> int | None:
        """"The inspector said" of the one person, of those named in this paragraph or the
        one before, whom the article introduced doing what the noun names ("hired Lionel
        Ashby, a marine structural engineer, to inspect what survived"); None when no one or
        several were."""
        verb = re.match(r"([a-z]{4,}?)(?:or|er)$", role) or re.fullmatch(r"(own)er", role)  # ("the hotel owner": "who owns the ...")
        if not verb:
            return None
        doing = re.compile(r"\b" + verb.group(1) + r"(?:e|es|ed|ing|s)?\b", re.I)
        found = set()
        for person in {m.person for m in cands}:
            first = min((m.start for m in self.reg.mentions if m.person == person and not m.in_quote), default=None)
            if first is None:
                continue
            lo = max(self.masked.rfind(". ", 0, first), self.masked.rfind("\n", 0, first)) + 1
            hi = self.masked.find(". ", first)
            if doing.search(self.masked[lo : hi if hi > 0 else len(self.masked)]):
                found.add(person)
        return found.pop() if len(found) == 1 else None

    def _introduced_as(self, m, role: str, limit: int | None = None) -> bool:
        """Was mention ``m`` given the role: in the title words right before it (after
        any other name: in "Judge Ann Bell told Cole", Cole is no judge) or in its
        apposition?"""
        lo = max(0, m.start - 60)
        for other in self.reg.mentions:
            if lo <= other.end <= m.start and other is not m:
                lo = other.end
        words = re.split(r"[,;:!?█\n]|\.(?=\s)", _TITLE_DOTS.sub(r"\1", self.masked[lo : m.start]))[-1].split()
        title_words = []
        for w in reversed(words):  # "U.S. District Judge", "fire chief"; not "the judge told"
            if not (w[:1].isupper() or is_person_noun(w)):
                break
            title_words.insert(0, w)
        title = " ".join(_TITLE_ABBREVIATIONS.get(w.lower(), w) for w in title_words)  # "Gov." is a governor
        after = self.masked[m.end : min(limit if limit is not None else len(self.text), m.end + 100)]
        appo = re.match(r",\s([^,.;:█\n]*)", after)
        if appo and not re.match(r"(?:a|an|the|his|her|their|its|our|former|then|[A-Z0-9])", appo.group(1)) \
                and not any(is_person_noun(w) for w in appo.group(1).split()[:4]):  # "chief economist at X"
            appo = None  # ", said she ...": a clause, not an apposition
        # "The mayor of Saint-Ives, Ann Bell,", "Jalen's mother, Ann Bell,": the role noun phrase
        # the name is in apposition to
        pre = re.search(r"(?:^|[.!?]\s+|\n)(?:(?i:the|a|an|its|his|her|their)|[A-ZÀ-Þ][\w-]*[’']s)\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)"
                        r"(?:\s+(?:of|for|at|in)\s+[^,;:.█\n]{1,60})?,\s*$", self.masked[max(0, m.start - 120) : m.start])
        intro = (title + " " + (appo.group(1) if appo else "") + " " + (pre.group(1) if pre else "")).lower()
        return bool(re.search(r"(?<![\w-])(?:" + re.escape(role) + (r"|" + ROLE_KINDS[role] if role in ROLE_KINDS else "")
                              + r")(?![\w-])", intro))

    def _role_holder(self, role: str) -> int | None:
        """The one person the article introduces with a role ("Judge Ann Bell", "Ann
        Bell, the consultant leading the study"), wherever it does so; None when no
        one or several people have it."""
        holders = self._role_holders(role)
        return holders.pop() if len(holders) == 1 else None

    def _role_holders(self, role: str) -> set[int]:
        """Everyone the article introduces with the role."""
        if not role.isalpha() or len(role) < 4 or not is_person_noun(role):
            return set()
        return {m.person for m in self.reg.mentions if not m.in_quote
                and self.reg.people[m.person].confirmed and self._introduced_as(m, role)}

    # terms ------------------------------------------------------------------------
    def _term_reason(self, sp: Span, left: str, right: str, words: list[str], has_cue: bool) -> str | None:
        text = self.text[sp.start : sp.end]
        key = text.lower().strip(" ,.;:")
        if TERM_CUES.search(left):
            return "term: introduced as a label"
        if key in self.terms:
            return "term: repeats an earlier term"
        if len(words) > 6:
            return None
        prev_words = re.findall(r"[\w’'.-]+", left)
        prev = prev_words[-1].lower() if prev_words else ""
        next_match = re.match(r"^\s*([\w’'-]+)", right)
        nxt = next_match.group(1) if next_match else ""
        # nickname: Robert "Bobby" Jones
        if len(words) == 1 and prev_words and prev_words[-1][:1].isupper() and nxt[:1].isupper() and not re.match(r"^\s*[,.]", right):
            if right[:1] == " " and left[-1:] == " ":
                return "term: nickname"
        small = {"of", "the", "a", "an", "and", "in", "to", "for", "on", "at", "by", "with", "from", "or", "&"}
        title_case = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words) and words[0][:1].isupper()
        if prev in THING_NOUNS and title_case:
            # "the podcast "Carry On"", "the anti-violence group "Streets First"": a name
            return "term: title of a work"
        if title_case and len(words) >= 2 and not self._cue_right_adjacent(sp.close_mark + 1 if sp.close_mark else sp.end, right) and not starts_with_cue_colon(left):
            return "term: title of a work"
        # a noun used as a modifier: any European "reassurance" force
        # (not quoted words that open with their own determiner: "a dozen" freight firms)
        if len(words) <= 3 and nxt and right[:1] == " " and not has_cue_between(right) and words[0].lower() not in DETERMINERS:
            tok_last, tok_next = self._pos_at(sp.end - 1), self._pos_at(sp.close_mark + 2 if sp.close_mark else sp.end)
            # (the noun may be an acronym: newer "replacement" PFAS)
            if tok_last in {"NOUN", "PROPN"} and tok_next in {"NOUN", "PROPN"} and (nxt[:1].islower() or re.fullmatch(r"[A-Z]{2,}s?", nxt)):
                return "term: noun modifier"
        if len(words) <= 5 and prev in DETERMINERS and not has_cue:
            return "term: quoted noun phrase with no speaker"
        return None

    def _pos_at(self, pos: int) -> str | None:
        tok = self._token_at(pos)
        return tok.pos_ if tok is not None else None

    def _token_at(self, pos: int):
        for block_start, doc in self.docs.items():
            if block_start <= pos < block_start + len(doc.text):
                rel = pos - block_start
                for tok in doc:
                    if tok.idx <= rel < tok.idx + len(tok.text):
                        return tok
                return None
        return None

    # cues -------------------------------------------------------------------------
    def _cue_right_adjacent(self, lo: int, right: str) -> tuple[_Ref, str] | None:
        m = re.match(r"^[\s,.!?;—–-]*", right)
        head = m.end() if m else 0
        rest = right[head:]
        acc = re.match(r"according\s+to\s+", rest, re.I)
        if acc:
            ref = self._subject_after(lo + head + acc.end())
            if ref:
                return ref, "according to"
        # inverted: said S (not "says the results speak", "said he knew": S heads a reported clause)
        v = _VERB_RE.match(rest)
        if v and v.group(1).lower() not in WEAK_VERBS | OBJECT_VERBS:
            ref = self._subject_after(lo + head + v.end())
            if ref and not self._heads_clause(ref):
                return ref, v.group(1).lower()
        # S said: the subject must be the first thing after the quote
        for v in self._verbs(lo + head, rest):
            if v.start() > 160 or v.group(1).lower() in WEAK_VERBS and not _CALLED_OUT.match(rest[v.end():]):
                break  # (room for a name and its apposition: "S, a 34-year-old teacher who ..., told")
            subject = rest[: v.start()]
            if v.start() > 80 and not re.match(r"^\s*[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){0,3},\s", subject):
                break
            # "county emergency director Dwayne Colfax told": lower-case role words may lead the name
            if not re.match(r"^\s*(?:(?i:he|she|they)\b|[A-Z]|(?i:the|a|an|one)\s|(?:[a-z][\w’'-]*\s+){1,5}[A-Z])", subject) or "█" in subject:
                break
            if re.search(r"\b(?:he|she|they)\b", subject, re.I) and not re.match(r"^\s*(?:he|she|they)\b", subject, re.I):
                break
            ref = self._subject_before(lo + head, lo + head + v.start(), allow_apposition=True, adjacent=True)
            if ref:
                return ref, v.group(1).lower()
            break
        return None

    def _dash_credit(self, sp: Span, lo: int, right: str) -> tuple[_Ref, str] | None:
        """``"Q" — Ingrid Talvi, Nordic economist``: a quotation credited after a dash, with
        only the name and a verbless description to the paragraph's end."""
        dash = re.match(r"\s*[—–]\s*", right)
        if sp.close_mark is None or not dash or self.masked[lo + len(right) : sp.block_end].strip():
            return None
        tail = right[dash.end():]
        if MASK in tail or _VERB_RE.search(tail) or any(
                self._pos_at(lo + dash.end() + w.start()) in {"VERB", "AUX"} for w in re.finditer(r"\S+", tail)):
            return None
        ref = self._subject_after(lo + dash.end())
        return (ref, "credit") if ref is not None and ref.kind == "person" else None

    def _heads_clause(self, ref: _Ref) -> bool:
        """Is a pronoun or unnamed subject found after a speech verb the subject of a verb of
        its own ("said he knew both men", "says the results speak for themselves")? Then
        it heads a reported clause and the speech verb's subject is elsewhere."""
        if ref.kind == "pronoun":
            end = ref.pos + len(re.match(r"\w+", self.masked[ref.pos:]).group(0))
            nxt = re.match(r"\s+(?=[a-z])", self.masked[end : end + 3])
            return bool(nxt) and self._pos_at(end + nxt.end()) in {"VERB", "AUX"}
        if ref.kind != "unnamed":
            return False
        tags = [self._token_at(ref.pos + w.start()) for w in re.finditer(r"\S+", ref.text)]
        # a present-tense verb right after a noun ("the results speak"), not a relative
        # clause ("a woman who lives nearby") or a participle ("a man arrested last week")
        return any(t is not None and t.tag_ in {"VBP", "VBZ", "MD"} and k > 0 and tags[k - 1] is not None
                   and tags[k - 1].pos_ in {"NOUN", "PROPN"} for k, t in enumerate(tags))

    def _cue_left_colon(self, lo: int, left: str) -> tuple[_Ref, str] | None:
        m = re.search(r"[:,]\s*$", left)
        if not m:
            return None
        body = left[: m.start()]
        # "Kowalczyk, asked about the turnover, didn't hesitate:": the apposition cues nothing
        verbs = [v for v in self._verbs(lo, body) if not (_ASKED_CLAUSE.match(body, v.start()) and body[: v.start()].endswith(", "))]
        put = re.search(r"\bput\s+it\s+(?:(?:more\s+|most\s+|even\s+|rather\s+|quite\s+)?(?:bluntly|simply|plainly|succinctly|"
                        r"directly|starkly|frankly|mildly|best|sharply|harshly|baldly|this\s+way|another\s+way)\s*)?$", body) \
            if not verbs and m.group(0).startswith(":") else None
        if put:
            # "Council member Everett Pike, whose district ..., put it bluntly: “…”"
            ref = self._subject_before(lo, lo + put.start(), allow_apposition=True, adjacent=True)
            if ref:
                return ref, "put it"
        if not verbs:
            # ("At the Feb. 10 meeting, Haskett laid out her case to a crowd ...: “Q”": when and
            # where, then the clause)
            intro = re.match(r"^\W*(?:At|In|On|During|After|Before|Later|Earlier|Speaking\s+\w+)\s[^,:;█]{2,50},\s+(?=[A-ZÀ-Þ])", body)
            core = body[intro.end():] if intro else body
            named_lead = re.match(r"^\W*[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){0,3},\s", core) or intro and \
                re.match(r"^[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){0,3}\s+[a-z]+\b", core)
            if m.group(0).startswith(":") and (len(core.split()) <= 10 or named_lead and len(core.split()) <= 30):
                # also "Tomasz Berent, an economist at X, was blunter in a note: "Q""
                # "Crane shot back: "Q"" / "The mayor was blunt: "Q"": the clause's subject
                ref = self._clause_subject(lo + len(body) - len(core), lo + len(body))
                if ref:
                    return ref, "colon"
            return None
        v = verbs[-1]
        tail = body[v.end():]
        if len(verbs) == 1 and re.fullmatch(r"\W*", body[:v.start()]) and v.group(1)[:1].isupper() and m.group(0).startswith(":"):
            # "Said Dr. Ann Roe, the unit's medical director since 2017: “...”": the verb
            # first, the speaker and their apposition after it
            ref = self._subject_after(lo + v.end())
            if ref:
                return ref, v.group(1).lower()
        if len(tail) > 60 or re.search(r"[.;█]", tail):
            return None
        if re.match(r"^\s*(?:that|whether|if|how|why)\b", tail) and m.group(0).startswith(","):
            return None
        ref = self._subject_before(lo, lo + v.start(), allow_apposition=True, adjacent=True)
        if ref is None and v.group(1).lower() not in OBJECT_VERBS:  # "told the judge:" names a listener
            ref = self._subject_after(lo + v.end())
        return (ref, v.group(1).lower()) if ref else None

    def _clause_subject(self, lo: int, hi: int) -> _Ref | None:
        seg = self.masked[lo:hi]
        p = re.match(r"^\W*(he|she|they)\b", seg, re.I)
        if p:
            return _Ref("pronoun", gender=PRONOUNS[p.group(1).lower()], pos=lo + p.start(1))
        for mention in self.reg.mentions:
            if lo <= mention.start < hi and not mention.in_quote:
                lead = self.masked[lo : mention.start]
                # "His father, Didier Roux, reached by phone, was brief:": a name in
                # apposition to a short subject noun phrase is that subject
                appositive = re.fullmatch(r"\s*(?:(?i:the|a|an|his|her|their|its|our)|[A-ZÀ-Þ][\w-]*[’']s)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+,\s+", lead) \
                    and self.masked[mention.end : mention.end + 1] == ","
                if mention.possessive or mention.oblique or not (re.fullmatch(r"\s*(?:[A-ZÀ-Þ][\w.’'-]*\s+){0,4}", lead) or appositive):
                    return None
                return _Ref("person", person=mention.person)
        return None

    def _cue_left_clause(self, lo: int, left: str) -> tuple[_Ref, str] | None:
        acc = re.match(r"^\W*according\s+to\s+", left, re.I)
        if acc and "," in left[acc.end():]:
            # "According to Farrow, the group would remain "investment grade""
            ref = self._subject_after(lo + acc.end())
            if ref:
                return ref, "according to"
        verbs = list(self._verbs(lo, left))
        for v in reversed(verbs):
            verb = v.group(1).lower()
            habit = _HABIT_BEFORE.search(left[: v.start()])
            if habit:
                # "the kind of game Marbury has taken to calling "Q"": the habit's subject
                # names it; "neighbours have taken to calling it "Q"": a group's label
                ref = self._subject_before(lo, lo + habit.start(), allow_apposition=False)
                if ref is None or ref.kind == "unnamed" and re.search(r"s\s*$", ref.text):
                    return _Ref("unnamed", pos=lo + habit.start(), text=""), verb
                return ref, verb
            if verb in PARTICIPLE_CUES:
                # "S agreed, adding that ..." / "S spoke, saying ..."
                ref = self._subject_of_participle(lo, lo + v.start())
                if ref:
                    return ref, verb
                continue
            # (an organisation may say it too: "Summit Valley Power said it was “cooperating ...”")
            ref = self._subject_before(lo, lo + v.start(), allow_apposition=True, adjacent=True)
            if ref is None and re.fullmatch(r"\s*(?:,\s*)?(?:and|but|or|then|and then|before|after)\s*", left[: v.start()].split("█")[-1].split("”")[-1].split('"')[-1]):
                ref = _Ref("continue", pos=lo + v.start())
            if ref is None:
                # parenthetical ", he said," or inverted "said S" before the quote
                ref = self._subject_after(lo + v.end(), parenthetical_only=True)
            if ref:
                return ref, verb
        return None

    def _cue_right_distant(self, lo: int, right: str) -> tuple[_Ref, str] | None:
        for m in re.finditer(r"[,—–]\s*", right):
            rest = right[m.end():]
            acc = re.match(r"according\s+to\s+", rest, re.I)
            if acc:
                ref = self._subject_after(lo + m.end() + acc.end())
                if ref:
                    return ref, "according to"
            v = _VERB_RE.match(rest)
            if v and v.group(1).lower() not in WEAK_VERBS | OBJECT_VERBS and self._pos_at(lo + m.end()) not in {"NOUN", "ADJ", "PROPN"}:
                ref = self._subject_after(lo + m.end() + v.end())
                if ref:
                    return ref, v.group(1).lower()
            # ", S said" / ", he said"
            v2 = re.match(r"^([^,;█]{1,60}?)\s+(?:(?:" + "|".join(ADVERBS) + r")\s+)*(" + _VERB_RE.pattern + r")", rest)
            if v2:
                verb_start = lo + m.end() + v2.start(2)
                ref = self._subject_before(lo + m.end(), verb_start, allow_apposition=False)
                if ref:
                    return ref, v2.group(2).lower()
        return None

    # subjects ---------------------------------------------------------------------
    def _subject_before(self, lo: int, verb_pos: int, allow_apposition: bool, adjacent: bool = False) -> _Ref | None:
        """The subject of the speech verb at ``verb_pos``; ``adjacent``: the verb is the quote's
        own cue, where an organisation may speak."""
        seg = self.masked[lo:verb_pos]
        seg = _ADV_TAIL.sub("", seg).rstrip()
        seg = _TIME_TAIL.sub("", seg).rstrip()
        seg = _ADV_TAIL.sub("", seg).rstrip()
        end = lo + len(seg)
        p = _PRONOUN_TAIL.search(seg)
        if p:
            return _Ref("pronoun", gender=PRONOUNS[p.group(1).lower()], pos=lo + p.start())
        # "Troy Lindgren, who has repeatedly called him "Q"": the relative's antecedent
        who = re.search(r",\s*who$", seg)
        if who and self._mention_ending(lo + who.start()) is not None:
            return _Ref("person", person=self._mention_ending(lo + who.start()))
        # a name right before the verb
        m = self._mention_ending(end)
        if m is not None:
            head = re.search(r"(?:^|[\s,])((?i:a|an|the|one|another)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?\s+"
                             r"(?:for|of|at|to|with)\s+(?:[A-ZÀ-Þ][\w’'.-]*\s+){0,5}[A-ZÀ-Þ][\w’'.-]*)$", seg)
            if head and self._is_person_head(head.group(1)):
                # "A spokesperson for Ann Lee said": the speaker is the spokesperson
                return _Ref("unnamed", pos=lo + head.start(1), text=head.group(1))
            return _Ref("person", person=m)
        if allow_apposition and (seg.endswith(",") or self._comma_in_close(end)):
            ref = self._apposition_subject(lo, end, organisation=adjacent)
            if ref:
                return ref
            m = self._mention_ending(end - 1)  # "Veridian's chief executive, Martin Kerr, said"
            if m is not None and re.search(r",\s*[^,]*,$", seg):
                return _Ref("person", person=m)
            # "The nurse, who has worked there for 17 years, said": an unnamed subject
            rel = re.search(r"(?:^\s*|[.!?”\"]\s+)((?i:the|a|an)\s+[a-z][\w’'\- ]{0,40}),\s+(?:who|whose)\s[^;:█]{0,160},$", seg)
            if rel and not any(lo + rel.start(1) <= x.start < end and not x.in_quote for x in self.reg.mentions):
                return _Ref("unnamed", pos=lo + rel.start(1), text=rel.group(1))
        if re.search(r"(?:^|\s)(?:and|but|then|and then)$", seg):
            # "S welcomed the plan but said ...": the subject of the first verb
            for mention in self.reg.mentions:
                if lo <= mention.start < end and not mention.in_quote and not mention.possessive and not mention.oblique:
                    return _Ref("person", person=self._last_in_run(mention).person)
            p = re.match(r"^\W*(he|she|they)\b", seg, re.I)
            if p:
                return _Ref("pronoun", gender=PRONOUNS[p.group(1).lower()], pos=lo + p.start(1))
            return None
        # ("a hearing in which the victim's mother": the description after the relative word)
        unnamed = re.search(
            r"(?:^|[\s,])((?:the|a|an|one|another|two|three|several|some|many|other)\s+"
            r"(?:(?!\b(?:which|whom|where|when)\b)[\w’'\- ]){0,60})$", seg, re.I
        )
        # "Transit Workers Local 412 said in a statement": a union's local, by its number
        # (or by its number alone: "Local 418 said in a written statement")
        local = re.search(r"((?:[A-ZÀ-Þ][\w’'&\-]+\s+){0,5}(?:Local|Lodge)\s+\d+[A-Z]?)$", seg) if adjacent else None
        if local:
            return self._organisation(local.group(1), lo + local.start(1))
        # a capitalised name the recogniser missed
        cap = re.search(r"((?:[A-ZÀ-Þ][\w’'\-]+|[A-Z]\.)(?:\s+(?:[A-ZÀ-Þ][\w’'\-]+|[A-Z]\.|" + _PARTICLE_RE + r")){0,3})$", seg)
        if cap and re.search(r"\b[DRI]-$", seg[: cap.start(1)]):
            cap = None  # "Rubén Treviño, D-Puerto Viejo, who ...": a party and district tag
        if cap:
            name, gender = clean_name(cap.group(1))
            words = name.split()
            # "Minister for Education Áine Delaney": the known person the run ends with
            known = next((" ".join(words[k:]) for k in range(1, len(words) - 1)
                          if self.reg.match(" ".join(words[k:])) is not None), None)
            name = known or name
            start = lo + cap.start(1) + (len(cap.group(1)) - len(cap.group(1).lstrip()))
            name, start = after_portfolio(self.text, name, start)
            ref = self._new_speaker(name, start, gender, organisation=adjacent)
            if ref:
                return ref
        if unnamed:
            return _Ref("unnamed", pos=lo + unnamed.start(1), text=unnamed.group(1))
        owned = re.search(r"(?:^|[\s,])((?:its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+)$", seg, re.I)
        if owned:  # "its lead consultant": the person the article gives that role to
            person = self._epithet_referent(owned.group(1), lo + owned.start(1))
            if person is not None:
                return _Ref("person", person=person)
        return None

    @staticmethod
    def _is_person_head(np: str) -> bool:
        """Is the head noun of "a spokesperson for X" / "a friend of X" a person noun?"""
        words = re.split(r"\s+(?:for|of|at|to|with)\s+", np, maxsplit=1)[0].split()
        return len(words) >= 2 and (is_person_noun(words[-1]) or words[-1].lower() in {"friend", "source", "insider", "relative", "neighbour", "neighbor", "colleague"})

    def _comma_in_close(self, end: int) -> bool:
        """Does the text before ``end`` close a quotation with the clause's comma inside
        it (`the "chief dove," said`)? American style puts the comma there."""
        tail = self.text[max(0, end - 2) : end]
        return len(tail) == 2 and tail[0] == "," and tail[1] in "”\"" and self.masked[end - 2] == MASK

    def _apposition_subject(self, lo: int, end: int, organisation: bool = False) -> _Ref | None:
        """``Name, a description, said``: the name before the apposition (``organisation``:
        an organisation's too, "the Kidney Action Network, a patient advocacy group, said")."""
        seg = self.masked[lo:end]
        closing = "," if self._comma_in_close(end) else ""  # `as the board's "chief dove," said`
        for mention in reversed(self.reg.mentions):
            if mention.end > end or mention.start < lo:
                continue
            between = self.masked[mention.end:end] + closing
            clause = between.lstrip(", ")
            if re.fullmatch(r"(?:\s+(?:of|from|at)\s+[A-ZÀ-Þ][\w.’' -]{1,60}?)?,\s[^;:]{1,200},", between) \
                    and (not _VERB_RE.match(clause) or _ASKED_CLAUSE.match(clause)):
                if _FINITE_HEAD.match(clause):
                    continue  # "whose wife, Linda, is a teacher, said": a clause, not an apposition
                if not mention.possessive and not mention.in_quote:
                    if between.startswith(", which "):
                        # "Harrowby Water, which owns the moss, said": a company, not a person
                        return _Ref("unnamed", pos=mention.start, text=mention.text)
                    return _Ref("person", person=mention.person)
        p = re.search(r"(?<![\w’'])(he|she|they)\s*,\s[^;:█]{1,80},$", seg, re.I)
        if p:
            return _Ref("pronoun", gender=PRONOUNS[p.group(1).lower()], pos=lo + p.start())
        body = re.search(r"((?:[A-ZÀ-Þ][\w’'&.-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}[A-ZÀ-Þ][\w’'&.-]*),\s+(?:an?|the)\s+[a-z][^;:█]{1,160},$", seg)
        if organisation and body:
            return self._organisation_named(body.group(1), lo + body.start(1))
        return None

    def _subject_after(self, pos: int, parenthetical_only: bool = False) -> _Ref | None:
        rest = self.masked[pos : pos + 120]
        p = _PRONOUN_HEAD.match(rest)
        if p:
            return _Ref("pronoun", gender=PRONOUNS[p.group(1).lower()], pos=pos + p.start(1))
        if parenthetical_only:
            return None
        lead = re.match(r"^\s*((?:(?:[A-ZÀ-Þ][\w.’'-]*|former|then|retired|longtime|veteran|now)\s+){0,4})", rest)
        first = pos + len(rest) - len(rest.lstrip())
        for mention in self.reg.mentions:
            if mention.start < first:
                continue
            between = self.masked[pos : mention.start]
            if mention.start - pos > 60 or re.search(r"[,;:.█]", _TITLE_DOTS.sub(r"\1", between)):
                if not re.fullmatch(r"\s*(?:[A-ZÀ-Þ][\w’'-]*\.?\s+){0,5}", between):
                    break
            if re.fullmatch(r"\s*(?:(?:[A-Za-z][\w’'-]*\.?|U\.S\.|U\.K\.)\s+){0,5}", between):
                lead_np = re.match(r"\s*(?:a|an|one|another|the|two|three|several|some)\s+((?:[\w’'-]+\s+){0,2}?)([a-z][\w’'-]*)\s+"
                                   r"(?:on|in|at|from|near|along|of|for|with|by)\s", between, re.I)
                if lead_np and (is_person_noun(lead_np.group(2)) or lead_np.group(2).lower() in {"neighbor", "neighbour"}):
                    break  # "said one homeowner on Marsh Lane, who ...": where the unnamed speaker lives
                return _Ref("person", person=self._last_in_run(mention).person)
            break
        if _UNNAMED_HEAD.match(rest.lstrip()):
            desc = re.match(r"[^,.;:!?█\n]*", rest.lstrip()).group(0)
            after = first + len(desc)
            if self.masked[after : after + 2] == ", ":
                # "says their daughter, Joanna Castellane, 44,": the name in apposition
                named = next((m for m in self.reg.mentions if after + 2 <= m.start < after + 40 and not m.in_quote
                              and re.fullmatch(r"(?:[A-ZÀ-Þ][\w’'-]*\.?\s+){0,2}", self.masked[after + 2 : m.start])), None)
                if named is not None and not named.possessive:
                    return _Ref("person", person=named.person)
            return _Ref("unnamed", pos=first, text=desc)
        cap = re.match(r"^\s*((?:(?:[A-ZÀ-Þ][\w’'\-]+\.?|" + _PARTICLE_RE + r")\s+){0,3}[A-ZÀ-Þ][\w’'\-]+)", rest)
        if cap and lead is not None:
            name, gender = clean_name(cap.group(1))
            return self._new_speaker(name, pos + cap.start(1), gender)
        return None

    def _last_in_run(self, mention):
        """The last mention in the noun phrase that ``mention`` opens: in "said Merrow
        Island Mayor Walter Penney" or "Mpumalanga police spokesperson Colonel Ann Dube
        confirmed" the place and office lead to the name (capitalised words, or nouns
        and adjectives, between)."""
        for later in self.reg.mentions:
            if later.start <= mention.start or later.in_quote:
                continue
            between = self.masked[mention.end : later.start]
            if not re.fullmatch(r"(?:\s+[A-ZÀ-Þ][\w’'-]*\.?){1,4}\s+", between) and not (
                    re.fullmatch(r"(?:\s+[\w’'-]+\.?){1,4}\s+", between)
                    and all(self._pos_at(mention.end + w.start()) in {"NOUN", "PROPN", "ADJ"} for w in re.finditer(r"\S+", between))):
                break
            mention = later
        return mention

    def _subject_of_participle(self, lo: int, verb_pos: int) -> _Ref | None:
        seg = self.masked[lo:verb_pos]
        if not re.search(r",\s*$", seg):
            return None
        inside = [m for m in self.reg.mentions if lo <= m.start and m.end <= verb_pos and not m.in_quote]
        if inside and not inside[0].possessive and not inside[0].oblique:
            # "City manager X was furious with the decision to send off Y, calling it ...":
            # the clause's subject (no verb before it) calls it, not a name in its object
            first = inside[0]
            if re.fullmatch(r"\W*(?:A|An|One|Another)\s+", self.masked[lo:first.start]) \
                    and re.match(r"\s+[a-z]", self.masked[first.end : first.end + 3]):
                # "A Labour source close to Venn dismissed it, saying ...": the name only
                # modifies the noun of an indefinite subject, an unnamed source
                return _Ref("unnamed", pos=lo, text=self.masked[lo:first.end])
            lead = [w.start() for w in re.finditer(r"\w+", self.text[lo:first.start])]
            if not any(self._pos_at(lo + w) in {"VERB", "AUX"} for w in lead):
                return _Ref("person", person=first.person)
        for mention in reversed(self.reg.mentions):
            if lo <= mention.start and mention.end <= verb_pos and not mention.in_quote:
                if mention.possessive or mention.oblique:
                    continue
                return _Ref("person", person=mention.person)
        p = re.search(r"(?<![\w’'])(he|she|they)\b", seg, re.I)
        if p:
            return _Ref("pronoun", gender=PRONOUNS[p.group(1).lower()], pos=lo + p.start())
        # "In a written statement, the Harlan Bay Chamber of Commerce praised the vote, saying
        # ...": an organisation, the clause's subject
        org = re.search(r"(?:^|[,.]\s+)(?:the\s+)?((?:[A-ZÀ-Þ][\w’'&.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?|&\s+)?)*[A-ZÀ-Þ][\w’'&.-]*)"
                        r"\s+(?:[a-z]+ed|[a-z]+s)\b[^,;█]*,\s*$", seg)
        if org and len(org.group(1).split()) > 1:
            return self._organisation_named(org.group(1), lo + org.start(1))
        return None

    def _mention_ending(self, end: int) -> int | None:
        for mention in self.reg.mentions:
            if mention.end == end and not mention.possessive and not mention.in_quote:
                return mention.person
            if mention.start > end:
                break
        return None

    def _new_speaker(self, name: str, start: int, gender: str | None, organisation: bool = False) -> _Ref | None:
        """A name not met before as a speech verb's subject. A company's or an agency's name
        is no person: as the quote's own cue (``organisation``: "“Q,” Brightwater Marine
        Works said in a statement") it makes the words the organisation's, so that no person
        gets them; elsewhere it is no one."""
        if not name:
            return None
        words = name.split()
        ent = self._ent_label(start)
        if len(words) > 1 and not looks_like_person(name) and all(w[:1].isupper() or w in {"of", "for", "and", "&"} for w in words) \
                and (ent == "ORG" or words[-1].lower() in ORGANISATION_HEADS):
            return self._organisation(name, start) if organisation else None
        if not plausible_name(name):
            return None
        if len(words) > 1 and self.reg.match(name, start) is None and starts_organisation_name(self.text, name):
            # "In a written statement, Alpine Crest said ...": the short name of "Alpine Crest
            # Resorts", which the article gives elsewhere
            return self._organisation(name, start) if organisation else None
        if self.reg.match(name, start) is None and short_name_of_a_body(self.text, name):
            # "Kestrel said" of "Kestrel Micromobility, the San Diego-based company that ..."
            return self._organisation(name, start) if organisation else None
        if self.reg.match(name, start) is None and mostly_organisation(name, self.docs.values()):
            # "Brightwater said": a company; "the Italian said" is a person's epithet
            return self._organisation(name, start) if organisation and ent == "ORG" else None
        if ent in {"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "DATE", "TIME"}:
            return None
        if ent != "PERSON" and self.reg.match(name, start) is None:
            # not a name the recogniser saw: every word must at least be a proper noun
            offset = start
            for token in name.split():
                at = self.text.find(token, offset)
                if at < 0 or self._pos_at(at) != "PROPN":
                    return None
                offset = at + len(token)
        idx = self.reg.add_name(name, start, gender=gender, confirmed=True)
        self.reg.people[idx].confirmed = True
        return _Ref("person", person=idx)

    def _organisation(self, name: str, start: int) -> _Ref:
        """An organisation speaking in its own name ("“Q,” Brightwater Marine Works said in a
        statement"): the words are no person's but the organisation's, and no earlier
        speaker's either. Its name is the whole of it ("the Food and Drug Administration",
        "the Department of Environmental Quality", not the four words before the verb); a
        name that may be longer than can be told ("the Ministry of Housing, Communities and
        Local Government") or a group of people ("County Election Officials") speaks for no
        one named."""
        while True:
            # (not the sentence's first word: "In a statement, ...")
            joined = re.search(r"((?:[A-ZÀ-Þ][\w’'&.-]*[ ]+)+(?:(?:of|for|and|&|on)[ ]+(?:the[ ]+)?)?)$",
                               self.text[max(0, start - 80) : start])
            run = joined.group(1) if joined else ""
            first = re.match(r"(?:In|On|At|The|A|An|But|And|As|For)[ ]+", run)
            if first:
                run = run[first.end():]
            if not run:
                break
            start -= len(run)
            name = self.text[start : start + len(run)] + name
            if first:
                break
        if re.search(r"\b(?:for|of|at|from|with|to|by)[ ]+(?:the[ ]+)?$", self.text[max(0, start - 30) : start]):
            # "A spokesperson for Transport Westmarch, the regional transport body, said": not the subject
            return _Ref("organisation", pos=start, text="")
        # "Senegal’s Ministry of Fisheries": the ministry
        owner = re.match(r"[A-ZÀ-Þ][\w.-]*[’']s\s+(?=[A-ZÀ-Þ])", name)
        if owner:
            name, start = name[owner.end():], start + owner.end()
        words = name.split()
        head = words[-1].strip("’'").lower()
        # (a name before the comma, "Rubén Treviño, Alpine ...", not a day: "issued Thursday, Alpine Crest said")
        if re.search(r",\s*$", self.text[max(0, start - 3) : start]) and re.search(
                r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
                r"August|September|October|November|December)\b)[A-ZÀ-Þ][\w’'-]*,\s*$", self.text[max(0, start - 40) : start]) \
                or head.endswith("s") and (is_person_noun(head) or head in _PEOPLE_GROUPS) or len(words) > 9:
            return _Ref("organisation", pos=start, text="")
        return _Ref("organisation", pos=start, text=name)

    def _ent_label(self, pos: int) -> str | None:
        for block_start, doc in self.docs.items():
            if block_start <= pos < block_start + len(doc.text):
                rel = pos - block_start
                for ent in doc.ents:
                    if ent.start_char <= rel < ent.end_char:
                        return ent.label_
                return None
        return None

    # pronouns and continuation -----------------------------------------------------
    def _resolve_pronoun(self, pos: int, gender: str | None) -> int | None:
        """Paragraph by paragraph back from the pronoun: the last person there who is
        the subject of a speech verb (or speaker of a quote), else the last one named
        outside a prepositional phrase or possessive, else the last one named at all.
        ``they`` resolves only to a person of unknown gender named as a speaker."""
        paragraphs = self._paragraph_starts()
        here = max((p for p in paragraphs if p <= pos), default=0)
        idx = paragraphs.index(here) if here in paragraphs else 0
        for k in range(idx, max(-1, idx - 4), -1):
            lo = paragraphs[k]
            hi = pos if k == idx else (paragraphs[k + 1] if k + 1 < len(paragraphs) else len(self.text))
            cands = [
                m for m in self.reg.mentions
                if lo <= m.start < hi and not m.in_quote and self.reg.people[m.person].confirmed
                and self._gender_ok(m.person, gender)
            ]
            if gender in ("m", "f"):
                # ("Councilwoman Linda Harmon, Walter Kim, Janet Brooks and Omar Haddad voted no.
                # “...,” he said.": one "he" is no one of a list of names)
                lists = [r.span() for r in _NAME_LIST.finditer(self.text, lo, hi)]
                cands = [m for m in cands if not any(a <= m.start < b for a, b in lists)]
            if k == idx:
                described = self._described_subject(lo, hi, gender, cands)
                if described is not None:
                    return described
            anonymous = self._anonymous_speaker(lo, hi)
            # a person named later in the anonymous speaker's own sentence is what they spoke about
            after = anonymous + _sentence_end(self.masked[anonymous:hi]) if anonymous is not None else None
            if anonymous is not None and not any(m.start > after for m in cands):
                # "A neighbour who asked not to be named said ...": the pronoun is theirs,
                # and theirs is the name "The neighbour, Ann Lee," gives them later on
                return self._named_later(anonymous, pos)
            speakers = [m.person for m in cands if self._speech_subject(m)]
            speakers += [
                r.speaker for sp, r in zip(self.spans, self.results)
                if r is not None and r.speaker is not None and lo <= sp.open_mark < hi and self._gender_ok(r.speaker, gender)
            ]
            if gender == "n":
                # singular "they" for a named spokesperson: the last named speaker nearby
                if speakers and k >= idx - 1:
                    return self._last_by_position(speakers, lo, hi)
                if k < idx - 1:
                    return None
                continue
            if speakers and k == idx:
                # "Colfax said Sen. Oyelaran had called him": the reporting subject
                leading = [m.person for m in cands if self._speech_subject(m) and self._sentence_subject(m)]
                if leading and len(set(leading)) < len(set(speakers)):
                    speakers = [p for p in speakers if p in leading or p not in {m.person for m in cands}]
                return self._last_by_position(speakers, lo, hi)
            plain = [m for m in cands if not m.possessive and not m.oblique]
            # a name in a subordinate clause ("Okoro was blunt about the play, when
            # Whitfield got free") is less likely meant than the main clause's subject
            main = [m for m in plain if not self._subordinate(m)]
            plain = main or plain
            # a sentence's subject is more likely meant than a name later in it ("Captain
            # Dorrance ... singled out Wardlaw"; "Achterberg dismissed it, saying Whitfield ...")
            subjects = [m for m in plain if self._sentence_subject(m)]
            plain = subjects or plain
            if plain:
                if speakers and k != idx:
                    return self._last_by_position(speakers, lo, hi)
                return plain[-1].person
            if speakers:
                return self._last_by_position(speakers, lo, hi)
            if cands:
                return cands[-1].person
        return None

    def _described_subject(self, lo: int, hi: int, gender: str | None, cands) -> int | None:
        """"The judge, however, was not convinced. "Q," she observed.": a sentence of the
        pronoun's paragraph that opens with a definite role ("The judge") standing for a
        person named earlier, with nobody named after it, is who the pronoun means."""
        found = None
        for d in re.finditer(r"(?:^|(?<=[.!?])\s+|(?<=[.!?][”\"])\s+)(The\s+[a-z][\w-]+)(?=\s+[a-z]|,)", self.masked[lo:hi]):
            found = d
        if found is None or gender not in {"m", "f"} or any(m.start > lo + found.start(1) for m in cands):
            return None
        person = self._epithet_referent(found.group(1), lo + found.start(1))
        return person if person is not None and self._gender_ok(person, gender) else None

    def _sentence_subject(self, m) -> bool:
        """Does the mention open its sentence, maybe after a title or a short lead-in
        ("Captain Dorrance", "However, Tench", "In March, Starmer")?"""
        head = _TITLE_DOTS.sub(r"\1", self.masked[max(0, m.start - 120) : m.start])
        lead = re.split(r"(?<=[.!?”\"])\s+|\n", head)[-1]
        return bool(re.fullmatch(r"\W*(?:(?:[A-ZÀ-Þ][\w’'.-]*|the|a|an|[a-z]+[-‑][\w-]+)\s+){0,4}", lead)
                    or re.fullmatch(r"\W*(?:[\w’'-]+\s+){0,4}[\w’'-]+,\s+(?:(?:[A-ZÀ-Þ][\w’'.-]*|the)\s+){0,3}", lead))

    def _subordinate(self, m) -> bool:
        """Does the mention sit in a clause opened by a subordinating word ("..., when
        Whitfield got free", "after Diaz left")? Only words between the clause's start
        and the name count."""
        head = self.masked[max(0, m.start - 80) : m.start]
        clause = re.split(r"[,;:.!?\n—]", head)[-1].strip().lower()
        return bool(re.match(r"(?:when|while|after|before|because|since|until|although|though|"
                             r"whereas|once|as|if|unless|whether)\b", clause))

    def _anonymous_speaker(self, lo: int, hi: int) -> int | None:
        """Offset of the last indefinite unnamed speaker in ``lo:hi`` ("A neighbour who
        asked not to be identified said", "One resident told ..."), or None."""
        found = None
        for v in self._verbs(lo, self.masked[lo:hi]):
            if v.group(1).lower() in WEAK_VERBS:
                continue
            head = self.masked[lo : lo + v.start()]
            # (a span may end before its closing mark: "… third parties.” A spokesperson for …")
            sentence = re.split(r"[.!?█\n]\s+|\n|^[”\"]\s+", head)[-1]
            # "A soldier serving in the area, who asked to be identified only by his call
            # sign "Mayak", said": a relative clause may hold commas and a quoted term
            # ("At the downtown store, a longtime customer who said ...": after a short
            # lead-in, when no one is named in the whole sentence: in "..., a student asked
            # Ms. Marsh whether ..." the words that follow are hers)
            anon = re.match(r"\s*((?:[A-Z][^;:,█“”\"]{0,60},\s+(?=[ao]))?)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[A-Za-z][^;:,█]{0,80}"
                            r"(?:,\s+(?:who|whose)\s[^;:]{0,160},)?\s*$", sentence)
            start = lo + v.start() - len(sentence)
            end = lo + v.start() + _sentence_end(self.masked[lo + v.start() : hi]) if anon and anon.group(1) else lo + v.start()
            if anon and not any(start <= m.start < end and not m.in_quote for m in self.reg.mentions):
                found = start
        # "A spokesman for X, who asked not to be named, rejected the claim": anonymity
        # is explicit whatever the verb
        for a in _ANONYMITY.finditer(self.masked, lo, hi):
            if not any(a.start(1) <= m.start < a.end(1) and not m.in_quote for m in self.reg.mentions) \
                    and (found is None or a.start(1) > found):
                found = a.start(1)
        return found

    def _named_later(self, described: int, pos: int) -> int | None:
        """The person an unnamed description at ``described`` ("a longtime customer who
        said ...") turns out to be: a sentence after ``pos``, in the next two paragraphs,
        opening with the description's noun and a name in apposition ("The customer,
        Harriet Lindqvist, 71, ..."). None when the article never names them."""
        desc = re.search(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\w’'-]+\s+){0,3}?)([a-z][\w-]+)(?=\s+(?:who|whose|of|from|at|in)\b|,|\s+[a-z]+ed\b|\s+said\b)",
                        self.masked[described : described + 120])
        if desc is None:
            return None
        paragraphs = self._paragraph_starts()
        later = [p for p in paragraphs if p > pos]
        hi = later[2] if len(later) > 2 else len(self.text)
        naming = re.compile(r"(?:^|(?<=[.!?”\"]\s)|\n)The\s+" + re.escape(desc.group(2)) + r",\s+")
        for n in naming.finditer(self.masked, pos, hi):
            for m in self.reg.mentions:
                if m.start == n.end() and not m.in_quote and self.reg.people[m.person].confirmed:
                    return m.person
        return None

    def _last_by_position(self, people: list[int], lo: int, hi: int) -> int:
        best, best_pos = people[-1], -1
        for m in self.reg.mentions:
            if lo <= m.start < hi and m.person in people and m.start > best_pos and not m.in_quote:
                best, best_pos = m.person, m.start
        for sp, r in zip(self.spans, self.results):
            if r is not None and r.speaker in people and lo <= sp.open_mark < hi and sp.open_mark > best_pos:
                best, best_pos = r.speaker, sp.open_mark
        return best

    def _gender_ok(self, person: int, gender: str | None) -> bool:
        g = self.reg.people[person].gender
        return gender in {None, "n"} or g is None or g == gender

    def _speech_subject(self, m) -> bool:
        """Is this mention the subject of a speech verb ("Arnold said", "said Arnold",
        "Lindholm, who ..., later told", "Liam, 34, who ..., said")? The object of a
        preposition ("campaigned for Lindholm, said") is never the subject."""
        if m.oblique or m.possessive:
            return False
        window = self.masked[m.end : m.end + 200]
        starts = [0]  # where the verb may follow: right after the name, or after appositions
        if window.startswith(",") and not _VERB_RE.match(window[1:].lstrip()):
            if _FINITE_HEAD.match(window[1:].lstrip()):
                return False  # "whose wife, Linda, is ...": Linda heads a clause of her own
            # up to three comma-delimited appositions ("Liam, 34, who has ..., said")
            starts = [a.end() for a in re.finditer(r",(?=\s)", window)][1:4]
            starts = [s for s in starts if not re.search(r"[;:█]", window[:s])]
        elif window.startswith(","):
            starts = [1]
        for s in starts:
            v = re.match(r"^\s+(?:(?:" + "|".join(ADVERBS) + r")\s+)*(" + _VERB_RE.pattern + r")", window[s:], re.I)
            if v and self._pos_at(m.end + s + v.start(1)) not in {"NOUN", "ADJ"}:
                return True
        before = self.masked[max(0, m.start - 30) : m.start]
        nxt = re.match(r"\s+(?=[a-z])", window)
        if nxt and self._pos_at(m.end + nxt.end()) in {"VERB", "AUX"}:
            return False  # "Lee said Park had been injured": Park heads the reported clause
        return bool(re.search(r"(?:said|says|added|asked|wrote|according\s+to)\s+(?:[A-ZÀ-Þ][\w.’'-]*\s+){0,3}$", before))

    def _paragraph_starts(self) -> list[int]:
        return sorted(self.docs.keys())

    def _previous_speaker_in_paragraph(self, pos: int) -> int | None:
        for j in range(len(self.spans) - 1, -1, -1):
            prev = self.spans[j]
            if prev.open_mark >= pos:
                continue
            if not (prev.block_start <= pos < prev.block_end):
                return None
            res = self.results[j]
            if res is not None and res.kind != "term" and res.speaker is not None:
                return res.speaker
        return None

    def _statement_continues(self, i: int, sp: Span) -> str | None:
        """The organisation whose statement the quotation before this one, in the same
        paragraph, is from, with no person named in between."""
        for j in range(i - 1, -1, -1):
            prev = self.spans[j]
            res = self.results[j]
            if prev.block_start != sp.block_start:
                return None
            if res is None or res.kind == "term":
                continue
            # (the organisation's own name is no one else: "“…,” Pinecrest Air said in a statement. “…”")
            own = set(res.organisation.split()) if res.organisation else set()
            if not res.organisation or any(prev.end <= m.start < sp.open_mark and not m.in_quote and not set(m.text.split()) <= own
                                           for m in self.reg.mentions):
                return None
            if self._anonymous_speaker(prev.end, sp.open_mark) is not None:
                # ("In a written statement, Vantix said ... “…” A spokesperson for the school
                # district, who asked not to be named, said the district “…”"): someone else
                return None
            return res.organisation
        return None

    def _continuation(self, i: int, sp: Span) -> tuple[int, str] | None:
        # an earlier quote in the same paragraph
        for j in range(i - 1, -1, -1):
            prev = self.spans[j]
            if prev.block_start != sp.block_start:
                break
            res = self.results[j]
            if res is None or res.kind == "term":
                continue
            if res.speaker is not None and not self._someone_between(prev.end, sp.open_mark, res.speaker):
                return res.speaker, "continues the previous quote's speaker"
            return None
        # a paragraph that opens with this quotation: the previous paragraph's speaker
        lead = self.masked[sp.block_start : sp.open_mark]
        if lead.strip():
            return self._after_action_beat(sp, lead)
        paragraphs = self._paragraph_starts()
        k = paragraphs.index(sp.block_start) if sp.block_start in paragraphs else 0
        if k == 0:
            return None
        prev_lo, prev_hi = paragraphs[k - 1], sp.block_start
        for j in range(i - 1, -1, -1):
            prev = self.spans[j]
            res = self.results[j]
            if prev.block_start < prev_lo:
                break
            if res is None or res.kind == "term" or prev.block_start == sp.block_start:
                continue
            if res.speaker is not None and not self._someone_between(prev.end, sp.open_mark, res.speaker):
                return res.speaker, "floating quote continues the previous speaker"
            return None
        # no quote there: the person the previous paragraph reports as speaking
        speakers = [m for m in self.reg.mentions if prev_lo <= m.start < prev_hi and not m.in_quote
                    and self.reg.people[m.person].confirmed and self._speech_subject(m)]
        if speakers and len({m.person for m in speakers}) == 1:
            return speakers[-1].person, "floating quote continues the reported speaker"
        if not speakers:
            subject = self._paragraph_subject(prev_lo, prev_hi)
            if subject is not None:
                return subject, "floating quote continues the previous paragraph's subject"
        return None

    def _after_action_beat(self, sp: Span, lead: str) -> tuple[int, str] | None:
        """``Asked about retiring, Kemp shakes her head. "Q"``: a quotation right after
        a one-sentence action of the person the sentence is about, with no speech verb
        and no quotation before it in the paragraph, is that person's; so is one right
        after a sentence reporting what they said of themselves ("She added that she was
        not naive about the cost.")."""
        if MASK in lead or not re.search(r"[.!?]\s*$", lead):
            return None
        if _sentence_end(lead.strip()) < len(lead.strip()) - 1:
            return None  # more than one sentence before the quotation
        who = self._paragraph_subject(sp.block_start, sp.open_mark)
        if who is None:
            return None
        named = [m.end for m in self.reg.mentions if sp.block_start <= m.start < sp.open_mark and m.person == who]
        others = [m for m in self.reg.mentions if sp.block_start <= m.start < sp.open_mark and m.person != who and not m.in_quote]
        reported = re.match(r"\s*(?:(?:He|She)\s+|(?:[A-ZÀ-Þ][\w’'.-]*\s+){1,3}?)(?:also\s+|later\s+|then\s+)?(?:said|added|says|adds|"
                            r"acknowledged|acknowledges|conceded|concedes|insisted|insists)\s+(?:that\s+)?(?:she|he)\b", lead) \
            or re.match(r"\s*(?:He|She)\s+(?:also\s+|later\s+|then\s+)?(?:told|tells)\s+(?:the\s+)?[a-z]+\s+(?:that\s+)?"
                        r"(?:the|a|an|it|its|their|his|her|this|there)\b", lead)  # ("She told the council the cameras were meant ...")
        if not reported and named and not others:
            # "Leonard Sampson, 72, the council's chairman, said the tribe first learned of
            # it in a letter. “Q”": the sentence's subject reports, then speaks
            first = next(m for m in self.reg.mentions if sp.block_start <= m.start < sp.open_mark and m.person == who)
            reported = self._speech_subject(first) and not _VERB_RE.search(self.masked[sp.block_start : first.start])
        if reported and not others:
            # "She added that she was not naive about the cost. “I know what $7.4 million
            # is.”": a sentence reporting what the person said of themselves, then their words
            return who, "quote follows its speaker's reported words"
        said = [v for v in _VERB_RE.finditer(self.masked[named[0] : sp.open_mark]) if v.group(1).lower() not in MANNER_VERBS] if named else []
        acted = re.match(r"\s*(?:[A-Z][^.“”\"]{0,80},\s+)?(?:he|she|He|She)\s+(?!said\b|says\b|added\b|told\b)[a-z]+", lead)
        if not named and not others and not said and acted and not _VERB_RE.search(self.masked[sp.block_start + acted.end() : sp.open_mark]):
            # ("Asked whether he would make the drive to Ridgeview, he shook his head. “Four
            # hours each way? ...”": the one the paragraph's pronoun stands for, acting, then speaking)
            return who, "quote follows an action of its speaker"
        if not named or said:
            return None  # the person's own verb is a speech verb: the cue rules had their say
        return who, "quote follows an action of its speaker"

    def _paragraph_subject(self, lo: int, hi: int) -> int | None:
        """The person a paragraph is about: named at the start of its first sentence
        (after any title words: "Westmere boss Sofia Brandt was furious"), with no
        other person its subject; or the person a leading he/she refers to ("Then she
        looked around the shop.")."""
        first = [m for m in self.reg.mentions if lo <= m.start < hi and not m.in_quote
                 and self.reg.people[m.person].confirmed]  # not a place read as a name
        owner = self._colon_lead_owner(lo, hi, first)
        if owner is not None:
            return owner
        pronoun = self._leading_pronoun(lo, hi)
        if pronoun is not None and (not first or first[0].start > pronoun[0]):
            return self._resolve_pronoun(*pronoun)
        if not first:
            return None
        m = first[0]
        lead = self.text[lo : m.start]
        if m.possessive and len(first) > 1 and re.fullmatch(r"\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+,\s+", self.masked[m.end : first[1].start]) \
                and self.masked[first[1].end : first[1].end + 1] == "," and self._title_lead(lo, lead):
            return first[1].person  # "Jalen's mother, Yvonne Carter, read a statement."
        if m.possessive or m.oblique or not self._title_lead(lo, lead):
            # "Asked whether ..., Solberg defended ...": the only person in the paragraph
            people = {x.person for x in first if self.reg.people[x.person].confirmed}
            plain = [x for x in first if not x.possessive and not x.oblique]
            if len(people) == 1 and plain and re.search(r",\s*$", self.text[lo : plain[0].start]):
                return plain[0].person
            return None
        if not self.reg.people[m.person].confirmed:
            return None
        return m.person

    def _colon_lead_owner(self, lo: int, hi: int, mentions) -> int | None:
        """A paragraph that is only a verbless lead-in to what follows, opened by its
        owner ("Her other tips:", "Brandt's verdict:"): that person's words follow."""
        lead = re.fullmatch(r"\W*(?:(His|Her)|[A-ZÀ-Þ][\w’'-]*[’']s)\s+([^.!?:;█\n]{1,40}):\s*", self.masked[lo:hi])
        if not lead or any(self._pos_at(lo + lead.start(2) + w.start()) in {"VERB", "AUX"}
                           for w in re.finditer(r"\S+", lead.group(2))):
            return None
        if lead.group(1):
            return self._resolve_pronoun(lo + lead.start(1), "m" if lead.group(1) == "His" else "f")
        owner = mentions[0] if mentions and mentions[0].possessive and mentions[0].start <= lo + lead.start(2) else None
        return owner.person if owner is not None else None

    def _leading_pronoun(self, lo: int, hi: int) -> tuple[int, str] | None:
        """(offset, gender) of a he/she that is the subject of the first sentence of
        the paragraph ``lo:hi``, maybe after an adverb or a fronted clause ("Later, she
        ...", "When the water came, he ...")."""
        first_sentence = self.masked[lo : lo + _sentence_end(self.masked[lo:hi])]
        p = re.search(r"(?:^|,\s+|^(?:then|later|now|still|afterwards|again|so|but|and)\s+)(he|she)\s+[a-z]", first_sentence, re.I)
        if not p or MASK in first_sentence[: p.start(1)]:
            return None
        return lo + p.start(1), PRONOUNS[p.group(1).lower()]

    def _title_lead(self, lo: int, lead: str) -> bool:
        """Are the words before a name at the start of a sentence only its title or
        description ("Dr.", "Westmere boss", "Local resident")? Capitalised words, or
        nouns and adjectives the tagger saw, at most four of them."""
        if re.fullmatch(r"(?:[A-ZÀ-Þ][\w.’'-]*\s+){0,4}", lead):
            return True
        words = list(re.finditer(r"\S+", lead))
        if len(words) > 4 or not re.fullmatch(r"(?:[\w.’'-]+\s+){1,4}", lead):
            return False
        return all(self._pos_at(lo + w.start()) in {"PROPN", "NOUN", "ADJ", "NUM"} for w in words)

    def _someone_between(self, lo: int, hi: int, speaker: int) -> bool:
        for mention in self.reg.mentions:
            if lo <= mention.start < hi and not mention.in_quote and mention.person != speaker:
                if self.reg.people[mention.person].confirmed and not mention.possessive and not mention.oblique \
                        and self._last_in_run(mention) is mention:  # not "Rovers" in "Rovers boss Stefan Lindqvist"
                    return True
        return False

    def _share_across_parts(self) -> None:
        """The parts of a quotation over several paragraphs share one speaker."""
        chains: list[list[int]] = []
        for k, sp in enumerate(self.spans):
            if sp.continued_from is None:
                chains.append([k])
            else:
                for chain in chains:
                    if chain[-1] == sp.continued_from:
                        chain.append(k)
                        break
                else:
                    chains.append([k])
        for chain in chains:
            if len(chain) < 2:
                continue
            speakers = [self.results[k].speaker for k in chain if self.results[k] and self.results[k].speaker is not None]
            if not speakers:
                continue
            who = speakers[0]
            for k in chain:
                r = self.results[k]
                if r is not None and r.speaker is None and r.kind != "term":
                    r.speaker = who
                    r.reason = "part of a quotation over several paragraphs"


def starts_with_cue_colon(left: str) -> bool:
    """``S said: "Q"`` / ``S told reporters on Monday, "Q"``: a speech verb at most a
    few words before the colon or comma. A verb further back has its own object
    ("promised a simpler system in its white paper, "Title"") and cues nothing."""
    m = re.search(r"[:,]\s*$", left)
    if not m:
        return False
    verbs = list(_VERB_RE.finditer(left[: m.start()]))
    return bool(verbs) and len(left[verbs[-1].end() : m.start()].split()) <= 4


def has_cue_between(right: str) -> bool:
    head = right[:40]
    return bool(_VERB_RE.match(head.strip()))

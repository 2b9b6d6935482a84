"""People: find every mention of a person in the canonical text and group mentions
into one registry entry per person.

* Full names come from spaCy's entity recogniser (PERSON), cleaned of titles and
  possessives. A full name is the canonical name; a later surname ("Arnold") or title
  plus surname ("Dr. Reed") maps to the most recent person with that surname, so two
  people who share a surname stay apart when the article uses first names.
* Every alias is then searched for in the whole text, which catches the mentions the
  recogniser missed or mislabelled.
* Descriptions come from the apposition after a name ("Ed Arnold, an expert in...")
  or the title words before it ("French President Emmanuel Macron").
* A single-word name that never appears as part of a full name and is never the
  subject of a speech verb is not trusted as a person (NER often tags places so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.lexicon import (
    FEMALE_NAMES,
    HONORIFICS,
    MALE_NAMES,
    NAME_PARTICLES,
    NON_PERSON_HEADS,
    NOT_NAMES,
    OBJECT_VERBS,
    ORGANISATION_HEADS,
    ORGANISATION_NOUNS,
    POST_NOMINALS,
    POST_NOMINALS_MIXED,
    TITLE_WORDS,
    is_person_noun,
    is_post_nominal,
    name_gender,
)


# a role given by age at a sentence's start: "The 64-year-old lift mechanic said ..."
AGED_ROLE = re.compile(r"The (\d{1,3}-year-old(?: (?!(?:said|says|has|had|is|was|will|would|told)\b)[a-z][\w’'-]*){1,3}?"
                       # ("The 58-year-old owner of Castellano Seafood runs ...": whose owner)
                       r"(?: (?:of|at|for) (?:the )?[A-Z][\w’'&-]*(?: (?:[A-Z][\w’'&-]*|of|and|&)){0,4}(?<! of)(?<! and))?)"
                       r" (?=(?:said|says|has|had|is|was|will|would|told|[a-z]+(?<!s)s|[a-z]+ed)\b)")

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
# a hyphenated modifier that places or owns what follows ("Cleveland-based", "Texas-born")
_MODIFIER = re.compile(r"-(?:based|born|bred|raised|owned|led|run|backed|listed|headquartered|registered|funded|controlled|made)$")
# a capitalised word, maybe after an elided particle ("d’Hautpoul-Marsan", "O'Neill")
_NAME_TOKEN = re.compile(r"^(?![DRI]-[A-Z])(?:[dDlL][’'])?[A-ZÀ-ÖØ-Þ][\w’'\-.À-ÿ]*$")
_DETERMINERS = frozenset("the a an his her their its our my your".split())
_PREPOSITIONS = frozenset(
    "by to with of on in for from at about against than like between among into onto over under "
    "toward towards after before behind beside via per including despite "
    "outside inside near beyond across around through within along".split()
)


# a hyphenated given name with a lower-case second part ("Chun-ho", "Jae-in") follows
# the surname ("Edward Kwok Chun-ho", "Moon Jae-in"); hyphenated surnames capitalise
# both parts ("Okonkwo-Hale")
_GIVEN_AFTER_SURNAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def surname(tokens: list[str]) -> str:
    """The family name among a name's tokens: the last, except before a trailing
    East Asian hyphenated given name."""
    if len(tokens) >= 2 and _GIVEN_AFTER_SURNAME.fullmatch(tokens[-1]):
        return tokens[-2]
    return tokens[-1]


@dataclass(slots=True)
class Person:
    name: str
    tokens: list[str]
    first_seen: int
    gender: str | None = None
    aliases: set[str] = field(default_factory=set)
    description: str | None = None
    title: str | None = None
    confirmed: bool = False  # a full name, or the subject of a speech verb
    kind: str = "person"

    @property
    def last(self) -> str:
        return surname(self.tokens)

    @property
    def first(self) -> str:
        return self.tokens[0]


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    person: int
    text: str
    possessive: bool = False
    oblique: bool = False  # object of a preposition
    in_quote: bool = False


def clean_name(raw: str) -> tuple[str, str | None]:
    """Strip possessives and leading titles from an entity text.

    Returns the name and a gender implied by an honorific (Mrs., Sir...) if any."""
    name = _POSSESSIVE.sub("", raw.strip()).strip(" ,.;:")
    tokens = name.split()
    # an owner ("Brookhaven’s Maddie Kowalczyk") or a compound modifier ("Cleveland-based
    # Pemberton", "London-born Ann Lee") before a name is no part of it
    while len(tokens) > 1 and (_POSSESSIVE.search(tokens[0]) and tokens[0][-2:] in {"’s", "'s"} or _MODIFIER.search(tokens[0])):
        tokens = tokens[1:]
    while len(tokens) > 1 and is_post_nominal(tokens[-1]):
        tokens.pop()  # "Jonathan Reade KC" -> "Jonathan Reade"
    if len(tokens) > 1:
        tokens[-1] = tokens[-1].rstrip(",")
    gender = None
    titles = {k.rstrip(".") for k in HONORIFICS}
    # a capitalised role phrase before the name ends in a title word ("Fire Marshal
    # Denise Guidry", "State Fire Marshal ..."): drop it when a full name remains
    for k in range(len(tokens) - 3, 0, -1):
        if tokens[k].lower().rstrip(".") in titles and all(t[:1].isupper() for t in tokens[: k + 1]):
            gender = HONORIFICS.get(tokens[k].lower()) or HONORIFICS.get(tokens[k].lower().rstrip("."))
            tokens = tokens[k + 1 :]
            break
    # a job word news copy puts before a full name like a title ("Producer Anya Lindqvist",
    # "Filmmaker ..."): at least a first name and a surname stay
    while len(tokens) > 2 and is_person_noun(tokens[0]) and tokens[1][:1].isupper() and not is_person_noun(tokens[1]):
        tokens = tokens[1:]
    # initials open an initial-style name ("K. Revathi", "T. Durairaj"): the words before
    # them, unless a given name ("John F. Kennedy"), are a title, portfolio or place
    k = next((k for k, t in enumerate(tokens) if _INITIAL.fullmatch(t)), 0)
    if k and not any(t.lower() in MALE_NAMES | FEMALE_NAMES or name_gender(t) for t in tokens[:k]):
        gender = gender or next((HONORIFICS.get(t.lower().rstrip(".")) for t in tokens[:k] if HONORIFICS.get(t.lower().rstrip("."))), None)
        tokens = tokens[k:]
    while tokens and tokens[0].lower().rstrip(".") in titles:
        if len(tokens) == 2 and tokens[0].lower() in MALE_NAMES | FEMALE_NAMES and _NAME_TOKEN.match(tokens[1]):
            break  # "Dean Rossiter": a first name that is also a title word
        g = HONORIFICS.get(tokens[0].lower()) or HONORIFICS.get(tokens[0].lower().rstrip("."))
        gender = gender or g
        tokens = tokens[1:]
    return " ".join(tokens), gender


_INITIAL = re.compile(r"[A-Z]\.")


def _strip_initials(tokens: list[str]) -> list[str]:
    k = 0
    while k < len(tokens) - 1 and _INITIAL.fullmatch(tokens[k]):
        k += 1
    return tokens[k:]


def mostly_organisation(word: str, docs) -> bool:
    """Is a one-word name one the recogniser calls an organisation or a place more often
    than a person across the article ("Shares in Halvorsen", "Halvorsen said in a
    statement")? Such a word is a company, not someone's surname."""
    if " " in word:
        return False
    person = other = 0
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ == "PERSON" and ent.text.split()[-1:] == [word]:
                person += 1  # "Lyn Petrie", "Mrs Petrie" count for "Petrie"
            elif ent.text == word and ent.label_ in {"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT"}:
                other += 1
    return other > person


def looks_like_person(name: str) -> bool:
    """An entity the recogniser did not call PERSON that still reads as a person's
    name: two or three words led by a common first name ("Nadia Farouk") or an initial."""
    tokens = name.split()
    # an initial-style name ("K. Revathi") reads as a person's too
    lead = bool(tokens) and (tokens[0].lower() in (MALE_NAMES | FEMALE_NAMES) or _INITIAL.fullmatch(tokens[0]) is not None)
    return 2 <= len(tokens) <= 3 and lead and plausible_name(name)


# post-nominals after a name ("Reade KC", "King, Jr."): part of the mention, not the name
POST_NOMINAL_TAIL = (
    r"(?:,?\s+(?:" + "|".join(sorted({p.upper() for p in POST_NOMINALS - POST_NOMINALS_MIXED}, key=len, reverse=True))
    + r"|(?i:" + "|".join(sorted(POST_NOMINALS_MIXED, key=len, reverse=True)) + r")\.?)(?![\w’'-]))*"
)

_PARTICLE = "(?:" + "|".join(sorted(p for p in NAME_PARTICLES if p.isalpha())) + ")"
_NICKNAMED = re.compile(r"\b([A-ZÀ-Þ][\w’'-]+)\s+[“\"‘']((?:the\s+)?[A-ZÀ-Þ][\w’'. -]{0,20})[”\"’']\s+((?:" + _PARTICLE + r"\s+)*[A-ZÀ-Þ][\w’'-]+)")


# particles inside a name ("de", "van", "Ó", "Mac"), in any case
PARTICLE_RE = "(?i:" + "|".join(sorted((re.escape(p) for p in NAME_PARTICLES if p.isalpha()), key=len, reverse=True)) + ")"
_HONORIFIC_NAME = re.compile(
    r"\b(?i:" + "|".join(re.escape(h) for h in sorted({k for k in HONORIFICS if len(k) > 1}, key=len, reverse=True))
    + r")\.?\s+((?:[A-ZÀ-Þ][\w’'-]+\s+){0,2}(?:" + PARTICLE_RE + r"\s+[A-ZÀ-Þ][\w’'-]+\s+)?[A-ZÀ-Þ][\w’'-]+)"
)  # (a particle's surname may be two words: "Siobhán Mac Giolla Rua")
_COUPLE = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-ZÀ-Þ][\w’'-]+)\b")


_KIN = {
    "son": "m", "daughter": "f", "wife": "f", "husband": "m", "brother": "m", "sister": "f",
    "father": "m", "mother": "f", "grandson": "m", "granddaughter": "f", "nephew": "m", "niece": "f",
}
_RELATIVE = re.compile(
    r"\b((?i:his|her)|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w-]+[’']s)\s+(?:(?i:late|younger|elder|older|eldest|youngest|twin|teenage|adult)\s+)?"
    r"(" + "|".join(_KIN) + r"),?\s+([A-Z][a-z][\w’'-]*)\b(?![’']s?\s+[A-Z]|\s+[A-Z])"
)


_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their|my|whose)\s+(?:(?:late|younger|elder|older|eldest|youngest|twin|teenage|adult)\s+)?("
    + "|".join(_KIN) + r"),?\s+$",
    re.I,
)


_TITLE_STEMS = frozenset(k.rstrip(".") for k in HONORIFICS)  # ("gov" of "Gov.")
_PERSONAL_HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame".split())


def titled_names(text: str) -> list[tuple[str, int]]:
    """Names after an honorific or title ("Cllr Peter Hollins", "Dr. Park"), and both
    people of "Maria and Paul Kessler"."""
    out = []
    for m in _overlapping(_HONORIFIC_NAME, text):
        if not m.group(0)[:1].isupper():
            continue
        if re.match(r"(?i:major|minor)\s+Leagues?\b", m.group(0)):
            continue  # ("Major League Baseball": no major)
        name, _ = clean_name(m.group(1))
        tokens = name.split()
        while tokens and tokens[-1].lower() in NOT_NAMES:
            tokens.pop()
        if any(t.lower().rstrip(".") in _TITLE_STEMS for t in tokens[:-1]):
            continue  # "Chief Nursing Officer Beth Koenig": the title runs on; its name is found whole elsewhere
        name = " ".join(tokens)
        # after Mr/Ms/Dr a word like Park or Hall is a surname, never a place
        personal = m.group(0).split()[0].lower().rstrip(".") in _PERSONAL_HONORIFICS
        # (so is it after any title and a given name: "Councilmember Yvonne Park")
        personal = personal or len(tokens) == 2 and name_gender(tokens[0]) is not None
        if name and plausible_name(name, surname_may_be_place=personal) and tokens[0].lower() not in TITLE_WORDS:
            out.append((name, m.start(1)))
    for m in _COUPLE.finditer(text):
        a, b, last = m.groups()
        known = MALE_NAMES | FEMALE_NAMES
        if re.search(r"\b[A-Z][\w’'.-]*\s+$", text[max(0, m.start(1) - 30) : m.start(1)]) and a.lower() not in known:
            continue  # "Walt Huang and Beverly Sandoval": two people's full names, not a couple's
        if (a.lower() in known or b.lower() in known) and not {a.lower(), b.lower()} & (NOT_NAMES | TITLE_WORDS):
            out.append((f"{a} {last}", m.start(1)))
            out.append((f"{b} {last}", m.start(2)))
    return out


def _overlapping(pattern: re.Pattern, text: str):
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if not m:
            return
        yield m
        pos = m.start() + 1


def infer_genders(registry: "Registry") -> None:
    """For people whose first name says nothing: the first he/she after a mention in
    the same sentence, by majority over their mentions."""
    votes: dict[int, list[int]] = {}
    for m in registry.mentions:
        # "Her brother, Malik Greene," / "his late wife Ann Cole": the kin word says it
        kin = _KIN_BEFORE.search(registry.text[max(0, m.start - 40) : m.start])
        if kin and not m.in_quote and registry.people[m.person].gender is None:
            registry.people[m.person].gender = _KIN[kin.group(1).lower()]
        if m.in_quote or registry.people[m.person].gender is not None:
            continue
        rest = registry.text[m.end : m.end + 200]
        rest = re.split(r"[.!?]\s|[“\"]", rest, maxsplit=1)[0]
        p = re.search(r"\b(he|his|him|she|her|hers)\b", rest, re.I)
        if p:
            v = votes.setdefault(m.person, [0, 0])
            v[0 if p.group(1).lower() in {"he", "his", "him"} else 1] += 1
    for idx, (male, female) in votes.items():
        if male != female:
            registry.people[idx].gender = "m" if male > female else "f"


_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


_PLACE_NOUN_AFTER = re.compile(r"\s+(?:neighbou?rhoods?|area|district|estate|ward|campus|suburb|township|precinct|quarter|"
                               r"subdivision|development|corridor)\b")


def starts_organisation_name(text: str, name: str) -> bool:
    """Does the name begin an organisation's name somewhere in the text ("Harwick Dredging"
    of "Harwick Dredging Works")? Then it is the company's short name, not a person's."""
    return any((m := re.match(r"\s+([A-Z][\w’'.-]*)", text[e.end() : e.end() + 40])) and m.group(1).lower() in ORGANISATION_HEADS
               for e in re.finditer(r"\b" + re.escape(name) + r"\b", text))


def place_noun_after(text: str, name: str) -> bool:
    """Is the name followed by a place noun anywhere in the text ("the Upper Hollow
    neighborhood")? Then it names a place, not a person, wherever it stands."""
    return any(_PLACE_NOUN_AFTER.match(text, m.end()) for m in re.finditer(r"\b" + re.escape(name) + r"\b", text))


# the last word of a site's name that is also a surname ("Fenwick Field", "Sally Field")
_SITE_HEADS = frozenset("field fields park stadium arena hall centre center square garden gardens grounds court dome "
                        "bowl ballpark speedway raceway pavilion theatre theater "
                        # (streets: "Marsh Lane", "Diane Lane"; "homes on Marsh Lane")
                        "lane road street avenue boulevard parkway highway".split())
_AT_SITE = re.compile(r"\b(?:at|in|inside|outside|near|beside|into|toward|towards|on|along|off)\s+(?:the\s+)?$", re.I)


def names_a_site(text: str, name: str) -> bool:
    """A name whose last word names a site ("Fenwick Field", "Harmon Park") and that the
    text puts people at, in or near twice or more ("played at Fenwick Field"): a place,
    wherever the recogniser called it a person."""
    if name.split()[-1].lower() not in _SITE_HEADS:
        return False
    return sum(bool(_AT_SITE.search(text[max(0, m.start() - 20) : m.start()]))
               for m in re.finditer(r"\b" + re.escape(name) + r"\b", text)) >= 2


_TO_A_PLACE = re.compile(r"\b(?:to|at|from|in|into)\s+$")
_SPOKE_AFTER = re.compile(r"(?:[’']s\b|,?\s+(?:said|says|told|added|wrote|who|\d{1,3}\b))")


def names_a_place(text: str, name: str) -> bool:
    """A two-word name the text moves things to or puts them at twice or more ("will move
    to Calder Mills in fall 2027", "taught live at Calder Mills") and never has speak, own
    anything or give an age: a place (a campus, a town), whatever the recogniser called it."""
    if len(name.split()) < 2:
        return False
    hits = list(re.finditer(r"\b" + re.escape(name) + r"\b", text))
    placed = sum(bool(_TO_A_PLACE.search(text[max(0, m.start() - 8) : m.start()])) for m in hits)
    return placed >= 2 and not any(_SPOKE_AFTER.match(text, m.end()) for m in hits)


_STREET_WORDS = frozenset("lane drive court way place terrace trail circle row crescent close alley".split())
_ON_A_STREET = re.compile(r"\b(?:on|off|along|down|up|at|near|of|onto)\s+(?:\d+\s+)?$", re.I)


def names_a_street(text: str, name: str) -> bool:
    """A name ending in a street word ("Juniper Lane", "Orchard Way") that the text has only
    after "on", "off", "at 42", ... and never has speak or give an age: an address ("left
    his cabin on Juniper Lane"), not a person (Nathan Lane speaks or is described)."""
    parts = name.split()
    if len(parts) < 2 or parts[-1].lower() not in _STREET_WORDS:
        return False
    hits = list(re.finditer(r"\b" + re.escape(name) + r"\b", text))
    on = [bool(_ON_A_STREET.search(text[max(0, m.start() - 12) : m.start()])) for m in hits]
    # (or where a building on it is named after it: "close the station on Orchard Lane" and
    # "once the Orchard Lane station closes")
    return any(on) and all(o or _BUILDING_AFTER.match(text, m.end()) for o, m in zip(on, hits)) \
        and not any(_SPOKE_AFTER.match(text, m.end()) or text.startswith(",", m.end()) for m in hits)


_BUILDING_AFTER = re.compile(r"\s+(?:station|firehouse|school|library|branch|campus|plant|depot|office|site|building|store|"
                             r"church|clinic|hospital|facility|warehouse|yard|garage|substation|stop|entrance|corridor|"
                             r"address|home|homes|house|houses|neighbou?rhood|area|block)s?\b")


def dateline_credit(text: str, start: int, name: str) -> bool:
    """A name in brackets before the dateline's dash ("PORT ELLERY, Pa. (Keystone Wire) —"):
    the news agency, no person."""
    if re.fullmatch(r"[A-Z][a-z’'-]+", name) and re.search(r"(?:^|\n)\s*" + re.escape(name.upper()) + r"(?:,\s|\s+[—–]\s)", text[:1500]):
        return True  # ("HARLOW, Ohio — ..." then "taught at Harlow for nearly three decades": the town)
    return bool(re.search(r"\(\s*$", text[max(0, start - 3) : start])
                and re.match(r"\s*\)\s*[—–-]", text[start + len(name) : start + len(name) + 6]))


def person_shaped_names(text: str, runs: list[tuple[int, int]]) -> list[tuple[str, int, str | None]]:
    """Names the recogniser missed or called a place or a company that read as a person's
    from their context. ``runs`` are (start, end) offsets of runs of two or three proper
    nouns outside quotes. A run is a person when

    * an apposition describing a person follows it ("Eli Marcus, a spokesman for X",
      "Ana Diaz, 81,", "Tamsin Greer, Asia economist") or precedes it ("The council's
      cabinet member for housing, Imran Siddiqui, said");
    * its last word appears elsewhere after Mr/Ms/Dr ("Ms. Ruiz"), which also gives a
      gender;
    * it signs off a quotation on a line of its own ("-- Tamsin Greer").

    Returns (name, start, gender)."""
    out = []
    for start, end in runs:
        name, _ = clean_name(text[start:end])
        tokens = name.split()
        after = text[end : end + 120]
        surname_ok = bool(re.match(r",\s+\d{1,3},", after))  # "Destiny Hall, 9,": Hall is a surname
        # (so it is after a known given name, beside a verb of saying or before a description:
        # "said Lena Park, the team's owner")
        surname_ok = surname_ok or len(tokens) == 2 and name_gender(tokens[0]) is not None and bool(
            re.match(r",\s+(?:the|a|an|who)\s|\s+(?:said|says|told|added)\b", after) or re.search(r"\b(?:said|says|told)\s+$", text[max(0, start - 8) : start]))
        if not 2 <= len(tokens) <= 3 or not plausible_name(name, surname_may_be_place=surname_ok) or tokens[0].lower() in TITLE_WORDS \
                or place_noun_after(text, name):
            continue
        gender = None
        before = text[max(0, start - 100) : start]
        person = False
        appo = re.match(r",\s+(\d{1,3}(?=,|\s*$)|[^,;:.\n“”\"]{1,100})", after)
        if appo:
            words = re.findall(r"[\w’'-]+", appo.group(1))
            if appo.group(1).isdigit():
                person = True
            elif (bare := re.match(r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:of|for|at)\s+(?:the\s+)?[A-Z]", appo.group(1))) \
                    and is_person_noun(bare.group(1).split()[-1]):
                # "Rosalind Ibarra, executive director of the Valley Farmworker Alliance": a post
                # without an article, held at a named body
                person = True
            elif words and (words[0].lower() in {"a", "an", "the", "its", "his", "her", "their"}
                            or words[0][:1].isupper() or words[0].endswith(("’s", "'s"))):
                # the head noun: the last word before of/for/at/who..., at most six words in
                head = []
                for w in words[:7]:
                    if w.lower() in {"of", "for", "at", "in", "with", "who", "whose", "from", "on", "and", "to"}:
                        break
                    head.append(w)
                person = bool(head) and is_person_noun(head[-1])
        if not person and after.startswith(","):
            lead = re.search(r"([\w’'-]+)(?:\s+(?:of|for|at|in|with|from|on)\s+[^,;:.\n]{1,60})?,\s*$", before)
            person = bool(lead) and is_person_noun(lead.group(1))
        if not person and re.search(r"(?:^|\n)\s*(?:—|–|--)\s*$", before):
            person = True  # a sign-off line
        titled = re.search(r"\b(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+" + re.escape(tokens[-1]) + r"\b", text)
        if titled:
            person = True
            gender = _HONORIFIC_GENDER.get(titled.group(1).lower())
        if person:
            out.append((name, start, gender))
    return out


def nicknamed_names(text: str) -> list[tuple[str, int]]:
    """``Anthony "Tony" Russo`` / ``Oskar "the Bulldozer" Brandt`` -> ("Anthony Russo", offset)."""
    out = []
    for m in _NICKNAMED.finditer(text):
        name = f"{m.group(1)} {m.group(3)}"
        if plausible_name(name) and m.group(1).lower() not in TITLE_WORDS:
            out.append((name, m.start()))
    return out


_PORTFOLIO_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+\s+)?(?:" + "|".join(sorted(TITLE_WORDS)) + r")\s+(?:for|of)\s+(?:the\s+)?$", re.I)


def after_portfolio(text: str, name: str, start: int) -> tuple[str, int]:
    """"Minister for Education Áine Delaney": the recogniser's "Education Áine Delaney"
    starts with the office's portfolio; the name is what follows it."""
    words = name.split()
    if len(words) >= 3 and _PORTFOLIO_BEFORE.search(text[max(0, start - 60) : start]):
        cut = text.find(words[1], start)
        return " ".join(words[1:]), cut if cut >= 0 else start
    return name, start


def with_english_name(text: str, name: str, start: int) -> tuple[str, int]:
    """"Secretary Teresa Ho Mei-ling": a Chinese surname and hyphenated given name may
    follow an English given name, which the recogniser leaves out. A known given name
    (not a title) right before such a two-word name opens it."""
    tokens = name.split()
    if len(tokens) != 2 or not _GIVEN_AFTER_SURNAME.fullmatch(tokens[-1]):
        return name, start
    m = re.search(r"(?<![\w’'.-])([A-Z][a-z]+)\s+$", text[max(0, start - 20) : start])
    if not m or m.group(1).lower() in TITLE_WORDS | NOT_NAMES or not name_gender(m.group(1)):
        return name, start
    return f"{m.group(1)} {name}", start - len(m.group(0))


_MONTH_GIVEN_NAMES = frozenset({"April", "May", "June", "August"})

# role words that never stand inside a name (unlike King, Major or Dean, which are surnames too)
_BODY_INSIDE = frozenset("county city state district university college council department ministry police fire".split())
_ROLE_INSIDE = frozenset("general secretary minister attorney solicitor president chief director deputy governor "
                         "senator mayor justice judge commissioner chancellor".split())


# plural nouns that may open an apposition after an age ("John Doe, 52, parents' advocate")
_PLURAL_OPENERS = frozenset("parents farmers residents workers veterans voters nurses teachers students".split())
_VESSEL_PREFIXES = frozenset("MV SS HMS USS USNS RV MS FV MY HMCS HMAS".split())


def plausible_name(name: str, surname_may_be_place: bool = False) -> bool:
    tokens = name.split()
    if not tokens or len(tokens) > 5:
        return False
    if any(t.lower() in NOT_NAMES for t in tokens[1:]):
        return False
    if tokens[0].lower() in NOT_NAMES and not (tokens[0] in _MONTH_GIVEN_NAMES and len(tokens) > 1):
        return False  # "June Beckett", "April Hale": a month that is also a given name opens a full name
    if tokens[0].lower().rstrip(".") in ("st", "ste", "saint", "sainte"):
        return False  # "St James's", "St. Brennan's": a place, church or hospital named after a saint
    if len(tokens) > 1 and tokens[0].rstrip(".") in _VESSEL_PREFIXES:
        return False  # "the MV Corwin", "USS Ford": a ship
    if any(t.lower().rstrip(".") in _ROLE_INSIDE for t in tokens[1:-1]):
        return False  # "Solicitor General Paul": a role before a name, cut short
    if any(t.lower() in _BODY_INSIDE for t in tokens[1:-1]):
        return False  # "Larkin County Sheriff": a body's office, not a name
    if any(re.search(r"[’']s$", t) for t in tokens[:-1]):
        return False  # "Oregon’s Kestrel": a place's thing, not a person's name
    last = tokens[-1].lower()
    if not surname_may_be_place and (last.strip("’'s") in NON_PERSON_HEADS or last in NON_PERSON_HEADS):
        return False
    for t in tokens:
        if t.lower() in NAME_PARTICLES:
            continue
        if not _NAME_TOKEN.match(t) or any(ch.isdigit() for ch in t):
            return False
    if all(len(t.strip(".’'-")) >= 3 and t.isupper() for t in tokens):
        return False  # "NASA", "KESSLING FALLS, Canada —": acronyms and datelines are set in capitals
    return True


class Registry:
    """The people of one article, and every mention of them."""

    def __init__(self, text: str, quote_ranges: list[tuple[int, int]]):
        self.text = text
        self.people: list[Person] = []
        self.mentions: list[Mention] = []
        self._quote_ranges = sorted(quote_ranges)
        # ("Robert "Bobby" Klein": first name, nickname, surname; "Bobby Klein" later is him)
        self._nicknames = {(m.group(1), m.group(2).strip(), m.group(3)) for m in _NICKNAMED.finditer(text)}

    # --- building ------------------------------------------------------------------
    def add_name(self, name: str, start: int, gender: str | None = None, confirmed: bool = False) -> int:
        """Register a name seen at ``start``; return the person index."""
        tokens = name.split()
        idx = self.match(name, start)
        if idx is not None:
            person = self.people[idx]
            if len(tokens) > len(person.tokens) and (surname(tokens) == person.last or tokens[-len(person.tokens):] == person.tokens):
                person.name, person.tokens = name, tokens  # upgrade "Trump" -> "Donald Trump"
                person.confirmed = True
            person.confirmed = person.confirmed or confirmed or len(tokens) > 1
            person.gender = person.gender or gender
            return idx
        person = Person(name=name, tokens=tokens, first_seen=start, gender=gender,
                        confirmed=confirmed or len(tokens) > 1)
        if person.gender is None and len(tokens) > 1 and not (len(tokens) == 2 and _GIVEN_AFTER_SURNAME.fullmatch(tokens[-1])):
            person.gender = name_gender(tokens[0])  # ("Kim Ha-eun": Kim is the surname, no guide)
        self.people.append(person)
        return len(self.people) - 1

    def match(self, name: str, at: int | None = None) -> int | None:
        """The person a name refers to: exact full name, else surname or first name of
        the most recently introduced candidate (before ``at`` when given)."""
        tokens = name.split()
        if not tokens:
            return None
        for i, p in enumerate(self.people):
            if p.name == name:
                return i
        order = sorted(range(len(self.people)), key=lambda i: self.people[i].first_seen, reverse=True)
        if at is not None:
            before = [i for i in order if self.people[i].first_seen <= at]
            order = before + [i for i in order if i not in before]
        if len(tokens) == 1:
            t = tokens[0]
            for i in order:
                if self.people[i].last == t:
                    return i
            for i in order:
                p = self.people[i]
                if len(p.tokens) > 1 and p.first == t and not self._shared_first(t):
                    return i
            return None
        # full name: same surname and compatible first name
        for i in order:
            p = self.people[i]
            if p.last == surname(tokens) and (len(p.tokens) == 1 or p.first == tokens[0]
                                               or len(tokens) == 2 and (p.first, tokens[0], p.last) in self._nicknames):
                return i
        # "Tam Wing-yan" after "Grace Tam Wing-yan": the family and given names without
        # the Western first name
        if _GIVEN_AFTER_SURNAME.fullmatch(tokens[-1]):
            for i in order:
                if self.people[i].tokens[-len(tokens) :] == tokens:
                    return i
        # "Van Rensburg" for "Johannes van Rensburg": a particle opens the surname
        if tokens[0].lower() in NAME_PARTICLES:
            low = [t.lower() for t in tokens]
            for i in order:
                if [t.lower() for t in self.people[i].tokens[-len(tokens) :]] == low and len(self.people[i].tokens) > len(tokens):
                    return i
        # "Bríd Ní Fhlatharta" after "Ms Ní Fhlatharta", "Teresa Ho Mei-ling" after "Ho
        # Mei-ling": the full name of a person first met by a particle or East Asian surname
        for i in order:
            known = self.people[i].tokens
            if 2 <= len(known) < len(tokens) and tokens[-len(known):] == known and (
                    known[0].lower() in NAME_PARTICLES or _GIVEN_AFTER_SURNAME.fullmatch(known[-1])):
                return i
        # the same full name with or without leading initials ("M. Rafiq Ahmed")
        bare = _strip_initials(tokens)
        if len(bare) >= 2:
            for i in order:
                if _strip_initials(self.people[i].tokens) == bare:
                    return i
        return None

    def _shared_first(self, first: str) -> bool:
        return sum(1 for p in self.people if len(p.tokens) > 1 and p.first == first) > 1

    def in_quote(self, pos: int) -> bool:
        for s, e in self._quote_ranges:
            if s <= pos < e:
                return True
            if s > pos:
                break
        return False

    def upgrade_single_names(self, is_propn) -> None:
        """A person known only by one word ("Price") whose full name stands somewhere
        in the text ("Gareth Price") gets that name. ``is_propn(offset)`` says whether
        the word at an offset is a proper noun."""
        for p in self.people:
            # one word ("Price"), or a surname that starts with a particle ("Ní Bhriain")
            if len(p.tokens) != 1 and not (p.name.split()[0].lower() in NAME_PARTICLES and len(p.name.split()) == 2):
                continue
            for m in re.finditer(r"(?<![\w’'-])([A-ZÀ-ÖØ-Þ][\w’'-]+)\s+" + re.escape(p.name) + r"\b", self.text):
                first = m.group(1)
                if first.lower() in TITLE_WORDS or first.lower() in NOT_NAMES or self.in_quote(m.start()) \
                        or not plausible_name(f"{first} {p.name}"):
                    continue
                if not is_propn(m.start()) or any(q.name == f"{first} {p.name}" for q in self.people):
                    continue
                p.name, p.tokens = f"{first} {p.name}", [first, *p.name.split()] if len(p.tokens) != 1 else [first, p.name]
                p.gender = p.gender or name_gender(first)
                p.confirmed = True
                break

    def name_relatives(self) -> bool:
        """A relative introduced by first name only ("Derek Pryor and his son Liam",
        "Ms. Alvarez ... Her husband, Luis,", "Mr Pilling's wife, Joanne,") takes the
        surname of the person the possessive points to: the one named, or for his/her
        the nearest full-named person before it whose gender fits. News copy names family members so, and a later "Liam said" then
        reaches the right person. Needs the mentions; returns whether any name changed."""
        changed = False
        for m in _RELATIVE.finditer(self.text):
            first, pos = m.group(3), m.start(3)
            if first.lower() in NOT_NAMES or first.lower() in TITLE_WORDS or self.in_quote(pos):
                continue
            owner = None
            if m.group(1).lower() in {"his", "her"}:
                owner_gender = "m" if m.group(1).lower() == "his" else "f"
                for mention in self.mentions:
                    if mention.start >= m.start():
                        break
                    p = self.people[mention.person]
                    if not mention.in_quote and len(p.tokens) > 1 and p.gender in {None, owner_gender}:
                        owner = p
            else:  # "Mr Pilling's wife, Joanne,": the possessor is named
                named = next((x for x in self.mentions if x.possessive and x.end == m.end(1)), None)
                if named is not None and len(self.people[named.person].tokens) > 1:
                    owner = self.people[named.person]
            if owner is None or owner.first == first:
                continue
            full = f"{first} {owner.last}"
            same = [p for p in self.people if p.name == first] or [p for p in self.people if p.name == full]
            if same:
                same[0].name, same[0].tokens, same[0].confirmed = full, [first, owner.last], True
                same[0].gender = same[0].gender or _KIN[m.group(2).lower()]
            else:
                self.add_name(full, pos, gender=_KIN[m.group(2).lower()])
            changed = True
        return changed

    def scan_aliases(self) -> None:
        """Find every mention of every alias (full name, surname, first name when it
        is unambiguous) in the whole text."""
        self.mentions.clear()
        surnames: dict[str, int] = {}
        for p in self.people:
            surnames[p.last] = surnames.get(p.last, 0) + 1
        patterns: list[tuple[str, int]] = []
        for i, p in enumerate(self.people):
            p.aliases = {p.name}
            if len(p.tokens) > 1:
                p.aliases.add(p.last)
                if not self._shared_first(p.first):
                    p.aliases.add(p.first)
            for a in p.aliases:
                patterns.append((a, i))
        # a nickname given between the names ("Callum "Cal" Brightwell") is an alias too
        for m in _NICKNAMED.finditer(self.text):
            nick = m.group(2).strip()
            owners = [i for i, p in enumerate(self.people) if len(p.tokens) > 1 and p.first == m.group(1) and p.last == m.group(3)]
            if owners and nick.lower() not in NOT_NAMES and not any(nick in p.aliases for p in self.people):
                self.people[owners[0]].aliases.add(nick)
                patterns.append((nick, owners[0]))
        patterns.sort(key=lambda x: -len(x[0]))
        taken: list[tuple[int, int]] = []
        found: list[Mention] = []
        for alias, idx in patterns:
            body = r"\s+(?:[“\"‘'][^”\"’'\n]{1,25}[”\"’']\s+)?".join(re.escape(t) for t in alias.split())
            for m in re.finditer(r"(?<![\w’'])" + body + POST_NOMINAL_TAIL + r"(?:['’]s)?(?![\w])", self.text):
                s, e = m.start(), m.end()
                if any(s < te and ts < e for ts, te in taken):
                    continue
                person = idx
                if alias == self.people[idx].first and alias != self.people[idx].name:
                    # ("the Constance Ruth": a first name inside another name is not the person's;
                    # not after a sentence's first word, "In Githima, ...")
                    prev = re.search(r"(^|.)\s*([A-Z][\w’'-]*)\s+$", self.text[max(0, s - 30): s], re.S)
                    if prev and prev.group(1) not in (".", "!", "?", "\n", "", "“", "\"") \
                            and prev.group(2).lower().rstrip(".") not in TITLE_WORDS | NOT_NAMES:
                        continue
                if alias != self.people[idx].name and len(alias.split()) == 1:
                    resolved = self.match(alias, s)
                    person = resolved if resolved is not None else idx
                    if surnames.get(alias, 0) > 1:
                        person = self._first_with(alias, s, default=person)
                        title = re.search(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$", self.text[max(0, s - 6) : s])
                        want = _HONORIFIC_GENDER.get(title.group(1).lower()) if title else None
                        if want and self.people[person].gender != want:
                            # "Ms. Ruiz" is the Ruiz who is a woman: one known to be, else
                            # (when the first Ruiz is a man) one whose gender is unknown
                            fits = [i for i, p in enumerate(self.people) if p.last == alias and p.gender == want] or [
                                i for i, p in enumerate(self.people) if p.last == alias and p.gender is None and len(p.tokens) > 1
                                and self.people[person].gender is not None]
                            if fits:
                                person = self._nearest_with(alias, s, default=fits[0], among=fits)
                taken.append((s, e))
                found.append(self._mention(s, e, person))
        found.sort(key=lambda m: m.start)
        self.mentions = found

    def _first_with(self, token: str, pos: int, default: int) -> int:
        """For a bare surname shared by several people: the first of them the article
        introduced by full name before ``pos`` (news copy tells the others apart by
        first name)."""
        best, best_pos = default, len(self.text)
        named = [i for i, p in enumerate(self.people) if p.last == token and len(p.tokens) >= 2 and p.first_seen < pos]
        # ("The boy, Mateo Romero, ..." / "Mateo’s mother, Angela Romero, ..." / "Romero told
        # the council"): one the article calls by first name alone is told apart that way, so
        # the bare surname is another's
        by_surname = [i for i in named if not self._called_by_first(i)]
        for i in by_surname or named:
            if self.people[i].first_seen < best_pos:
                best, best_pos = i, self.people[i].first_seen
        return best

    def _called_by_first(self, idx: int) -> bool:
        """Does the article call this person by first name alone somewhere in its own
        words (not as the start of their full name, nor in a quote)?"""
        p = self.people[idx]
        if self._shared_first(p.first):
            return False
        rest = r"\s+(?:[“\"‘'][^”\"’'\n]{1,25}[”\"’']\s+)?" + re.escape(p.last)
        return any(not re.match(rest, self.text[m.end():]) and not self.in_quote(m.start())
                   for m in re.finditer(r"(?<![\w’'-])" + re.escape(p.first) + r"(?![\w-])", self.text))

    def _nearest_with(self, token: str, pos: int, default: int, among: list[int] | None = None) -> int:
        """For a surname shared by several people: the one whose full name appeared
        most recently before ``pos`` (of ``among`` when given)."""
        best, best_pos = default, -1
        for i, p in enumerate(self.people):
            if p.last != token or len(p.tokens) < 2 or among is not None and i not in among:
                continue
            for m in re.finditer(re.escape(p.name), self.text[:pos]):
                if m.start() > best_pos:
                    best, best_pos = i, m.start()
        return best

    def _mention(self, s: int, e: int, person: int) -> Mention:
        surface = self.text[s:e]
        possessive = bool(_POSSESSIVE.search(surface)) and surface[-2:] in {"'s", "’s"}
        before = self.text[max(0, s - 40) : s].split()
        prev_words = [w.lower().strip(",;:") for w in before[-5:]]
        # skip title words between a preposition and the name ("with President X"),
        # and a determiner with up to two lowercase nouns ("by her compatriot X")
        while prev_words and prev_words[-1].rstrip(".") in TITLE_WORDS | {"u.s", "u.k"}:
            prev_words.pop()
        raw = before[-len(prev_words):] if prev_words else []
        for k in range(len(raw) - 1, max(-1, len(raw) - 4), -1):
            w = raw[k]
            if not re.fullmatch(r"[a-z][\w’'-]*", w) or w in _PREPOSITIONS:
                break
            if w in _DETERMINERS:
                if k > 0 and raw[k - 1].lower() in _PREPOSITIONS:
                    prev_words = prev_words[:k]
                break
        oblique = bool(prev_words) and prev_words[-1] in _PREPOSITIONS | OBJECT_VERBS
        if before and before[-1][-1:] in ",;:":
            oblique = False  # "... take the town to court, Kroll said": a clause boundary comes first
        return Mention(s, e, person, surface, possessive, oblique, self.in_quote(s))

    # --- queries -------------------------------------------------------------------
    def mention_at(self, start: int, end: int) -> Mention | None:
        for m in self.mentions:
            if m.start >= start and m.end <= end:
                return m
            if m.start >= end:
                break
        return None

    def trusted(self, idx: int) -> bool:
        return self.people[idx].confirmed


# --- descriptions --------------------------------------------------------------------
_APPOSITION_STOP = re.compile(
    r"\b(?:said|says|told|added|who|which|whose|when|where|while|according|explained|"
    r"warned|argued|noted|asked|wrote)\b"
)


_DESCRIPTIVE_CLAUSE = re.compile(
    r"\s+(?:now\s+|also\s+|still\s+|once\s+)?(?:has\s+|had\s+|have\s+)?(?:long\s+|previously\s+)?"
    r"(?:owns?|owned|runs?|ran|leads?|led|heads?|headed|chairs?|chaired|represents?|represented|spent|works?|worked|"
    r"(?:co-)?founded|manages?|managed|teach(?:es)?|taught|stud(?:ies|ied|y)|lives?|lived|serves?|served|"
    r"oversees?|oversaw|coach(?:es|ed)?|directs?|directed|farms?|farmed|trains?|trained|sits?\s+on|sat\s+on|"
    r"grows?|grew|raises|breeds?|bred|fishe[sd]|fish|builds?|built|operates?|operated|cast|voted|"
    # ("who joined Commissioner Leonard Birch in dissent": how the person voted)
    r"joined\s+(?:[\w’'.-]+\s+){1,5}?in\s+(?:dissent|opposition|voting|the\s+(?:majority|minority))|"
    r"is|was|been)\b")


_TENURE = re.compile(r"\s+(?:has|had|have)\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ght|ng|nt|de|ld|id|pt|un|ne)\b[^,.;:!?“”\"]{0,60}?"
                     r"\b(?:for\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|several|many|more\s+than\s+\d+)"
                     r"\s+(?:years|decades)|since\s+(?:19|20)\d\d)\b")
_WHOSE_CLAUSE = re.compile(r"whose\s+[a-z][\w’'-]*\s+(?:[a-z][\w’'-]*\s+)?(?:includes?|included|covers?|covered|"
                           r"spans?|stretch(?:es)?|represents?|runs?|ran|was|is|has|had|won|lost|closed|opened)\b[^,;:!?“”\"]{3,80}")


_DISCOURSE_ADVERBS = frozenset(
    "however meanwhile though too also instead nevertheless nonetheless moreover furthermore "
    "likewise similarly still then therefore thus otherwise indeed separately".split()
) | {"in turn", "for his part", "for her part", "for their part", "in contrast", "by contrast",
     "in response", "for example", "for instance", "in particular", "on the other hand"}


def apposition_after(text: str, end: int, limit: int) -> str | None:
    """The apposition right after a name: ``Name, an expert at X,`` / ``Name, 42, a
    teacher.``; None when the comma starts a clause instead."""
    rest = text[end:limit]
    if not rest.startswith(", "):
        return None
    body = rest[2:]
    if re.match(r"(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+(?:,\s+(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+)*,?\s+(?:and|or)\s+[A-Z]", body):
        return None  # ("Linda Harmon, Walter Kim, Janet Brooks and Omar Haddad voted no": a list of names)
    # up to the end of the sentence
    stop = _sentence_end(body)
    body = body[:stop]
    # (or up to a colon before a quote: "Said Dr. Ann Roe, the medical director: “...”")
    colon = re.search(r":\s*[“\"‘]", body)
    if colon:
        body = body[:colon.start()]
    m = _APPOSITION_STOP.search(body)
    if m and m.group(0) == "who" and _DESCRIPTIVE_CLAUSE.match(body, m.end()):
        # "a retired operator who spent 31 years at the plant", "who owns Millrace
        # Brewing": a relative clause that says who the person is belongs to the description
        m = _APPOSITION_STOP.search(body, _DESCRIPTIVE_CLAUSE.match(body, m.end()).end())
    elif m and m.group(0) == "who" and _TENURE.match(body, m.end()):
        # "who has driven Route 22 for 19 years": what the person has long done
        m = _APPOSITION_STOP.search(body, _TENURE.match(body, m.end()).end())
    elif m and m.group(0) == "whose" and (m.start() == 0 or re.fullmatch(r"an?\s+[A-Z][\w-]*\s+", body[: m.start()])) \
            and (whose := _WHOSE_CLAUSE.match(body, m.start())):
        # "Everett Pike, whose district includes the Kessler Road corridor,": whose the
        # person is (not "whose brother, Simon, ...": a clause cut by another apposition);
        # after a party too: "Gil Bramhall, a Republican whose district includes both campuses,"
        m = _APPOSITION_STOP.search(body, whose.end())
    if m:
        body = body[: m.start()]
    body = body.strip().rstrip(",;:— ").strip()
    body = re.sub(r"\s+(?:that|which|and|but|or)$", "", body)  # ("founded in 2019 that says ...": cut at its verb)
    parts = [p.strip() for p in re.split(r",\s+", body) if p.strip()]
    aged = any(re.fullmatch(r"\d{1,3}", p) for p in parts)
    parts = [p for p in parts if not re.fullmatch(r"\d{1,3}", p)]  # ages
    if aged and parts and re.match(r"[a-z]{3,}[^s’'\W]s\s+[a-z]", parts[0]) and parts[0].split()[0] not in _PLURAL_OPENERS:
        # "Tessa Varga, 31, raises cattle and soybeans ...": what she does, in the sentence's
        # own verb, said as a description
        return "who " + ", ".join(parts)
    if parts and parts[0].lower() in _DISCOURSE_ADVERBS:
        return None  # "Ho, however, said": an aside, not a description
    if parts and parts[0].split()[0] in _CLAUSE_OPENERS:
        return None  # "..., said Tor Aasen, after a long night": when or why, not who
    if parts and re.match(r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did)\s", parts[0]):
        return None  # "The union, Retail and Grocery Workers Local 418, is seeking raises": the sentence's verb
    if parts and re.match(r"(?:[a-z]+ed|bought|sold|paid|spent|took|gave|made|went|came|left|kept|held|lost|won|ran|sat|stood|found|"
                          r"brought|told|said|wrote|spoke|got)\s+(?:\d|(?:his|her|their|its|the|a|an|to|that|this|on|in|for|against|"
                          r"with|at|from|by|over|into|about|up|out|off|down)\b)", parts[0]):
        # "the commissioner, Paul Dray, dropped his demand ...", "The board’s president,
        # Gregory Tallis, 67, voted for the closures": the sentence's verb
        return None
    kept: list[str] = []
    for k, part in enumerate(parts):
        head = part.split()[0]
        if k and head[:1].islower() and head not in {"a", "an", "the", "and", "of", "former", "who"}:
            break  # "..., called the cost ...": a verb phrase, not the apposition
        if k and re.match(r"(?:the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:(?!(?:based|named|called|known|located|elected|"
                          r"appointed|retired|trained|licensed|registered)\b)[a-z]+ed|is|was|were|are|has|had|will|would|can|could)\b", part):
            break  # "For Tomás Echeverría, a farmer who ..., the announcement landed as ...": the sentence's clause
        kept.append(part)
    parts = kept
    if not parts:
        return None
    desc = ", ".join(parts)
    first = desc.split()[0]
    if first[:1].isupper() and first.lower() not in {"a", "an", "the"} and not first.lower() in TITLE_WORDS:
        # "Smith, Jones and Brown" lists or a new clause: not an apposition
        if not re.match(r"^(?:[A-ZÀ-Þ][\w.]+\s+)*(?:of|at|for|in)\b", desc) and len(desc.split()) < 3:
            return None
    if len(desc.split()) > 30 or len(desc) < 3:
        return None
    return desc


_CLAUSE_OPENERS = frozenset("after before during when while because if since until although though in on as".split())

_ROLE_BEFORE = re.compile(
    r"(?:^|(?<=[\s(—–]))((?:(?i:the|a|an|its|their|his|her)|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*[’']s)\s+(?:[\w’'.-]+\s+){0,4}?([a-z][\w-]+)),\s*$")


def role_before(text: str, start: int, end: int) -> str | None:
    """A role set off before the name: ``the fisheries commissioner, Paul Dray, said``
    / ``The company's chief executive, Jane Doe,``. The name must close the apposition."""
    if not text[end:end + 2].startswith(","):
        return None
    window = text[max(0, start - 80) : start].rsplit("\n", 1)[-1]
    window = re.split(r"(?<=[a-z0-9][.!?])\s+(?=[A-Z])", window)[-1]  # never across a sentence ("since 2024. Its chairman,")
    # ("Its pastor, the Rev. Nathaniel Achterberg,": the form of address is no part of the role)
    base = start - len(window)  # (where the window starts in the text)
    window = _ADDRESSED.sub("", window)
    m = _ROLE_BEFORE.search(window)
    if not m or not is_person_noun(m.group(2)):
        return None
    role = m.group(1)
    if role.split()[0].lower() in {"its", "their"}:
        # "The Vellan Bay Fishermen’s Cooperative ... Its president, Tomas Brandt,": whose
        owner = _organisation_before(text[max(0, start - 400) : base + m.start(1)])
        if owner:
            return f"{role.split(None, 1)[1]} of {owner}"
    return role[0].lower() + role[1:] if role.split()[0] in {"The", "A", "An", "Its", "Their", "His", "Her"} else role


# forms of address that say nothing of what a person does ("the Rev.", "Dr.", "Ms.")
ADDRESS_FORMS = frozenset("mr mrs ms miss mx dr rev reverend sir dame madam".split())
_ADDRESSED = re.compile(r"(?<=,)\s*(?:the\s+)?(?:(?:Very|Most|Right)\s+)?(?:Rev|Dr|Mr|Mrs|Ms|Mx)\.\s*$|"
                        r"(?<=,)\s*(?:the\s+)?(?:(?:Very|Most|Right)\s+)?(?:Reverend|Miss)\s+$")
# places of worship are bodies a pastor or rabbi belongs to, "its pastor"
_CONGREGATIONS = frozenset("church parish chapel cathedral mosque temple synagogue congregation ministries".split())


def _organisation_before(text: str) -> str | None:
    """The organisation a sentence-initial "Its"/"Their" refers to: the first one named in the
    sentence before (its subject, as a rule), as "the X ... <organisation word>" ("the Vellan
    Bay Fishermen’s Cooperative")."""
    last = text.rstrip().rsplit("\n", 1)[-1]  # (never across a paragraph or from a headline)
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", last)[-1] if not re.search(r"[.!?]$", last) else \
        re.split(r"(?<=[.!?])\s+(?=[A-Z])", last[:-1])[-1]
    names = re.findall(r"\b[Tt]he\s+((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}[A-Z][\w’'&.-]*)", sentence)
    named = [n for n in names if n.split()[-1].lower() in ORGANISATION_HEADS | _CONGREGATIONS]
    if named:
        return f"the {named[0]}"
    # ("Tidewater Bethel Church has stood on Church Street since 1887. Its pastor, ...": the
    # sentence's subject, named without "the")
    subject = re.match(r"((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|&)\s+)?){1,5}[A-Z][\w’'&.-]*)\s+[a-z]", sentence)
    if subject and subject.group(1).split()[-1].lower() in ORGANISATION_HEADS | _CONGREGATIONS \
            and subject.group(1).split()[0] not in ("The", "A", "An", "Its", "Their", "His", "Her"):
        return subject.group(1)
    # ("... organized by Calloway Parents for Age-Appropriate Reading, a group founded in March
    # ... Its president, Dana Whitcomb,": a name the sentence says is a body)
    for m in re.finditer(r"((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|&)\s+)?){1,6}[A-Z][\w’'&.-]*),\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\b", sentence):
        if m.group(2) in ORGANISATION_NOUNS | ORGANISATION_HEADS and m.group(1).split()[0] not in ("The", "A", "An", "Its", "Their", "His", "Her"):
            return m.group(1)
    return None


def owner_before(text: str, start: int) -> str | None:
    """The organisation an "its"/"their" after a name refers to ("... the first rationing in
    the pantry’s 37-year history, said Marisol Quintero, its executive director"): the last
    one the sentence names before the name, by the full name the article gave it earlier
    ("the Calder County Community Pantry" for "the pantry")."""
    line = text[:start].rsplit("\n", 1)[-1]
    sentence = re.split(r"(?<=[a-z0-9][.!?])\s+(?=[A-Z“])", line)[-1]
    heads = ORGANISATION_HEADS | ORGANISATION_NOUNS | _CONGREGATIONS
    found: list[tuple[int, str]] = []
    for m in re.finditer(r"\b[Tt]he\s+((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}[A-Z][\w’'&.-]*)", sentence):
        if re.sub(r"[’']s$", "", m.group(1).split()[-1]).lower() in heads:
            found.append((m.start(), "the " + re.sub(r"[’']s$", "", m.group(1))))
    for m in re.finditer(r"\b[Tt]he\s+([a-z]+)(?:[’']s)?\b", sentence):
        noun = m.group(1)
        if noun not in heads or noun in ("city", "county", "state", "government", "administration"):
            continue
        named = re.findall(r"(?:^|(?<=\s))((?:[A-Z][\w’'&.-]*[ ]+){1,5}" + noun.capitalize() + r")\b", text[: start - len(line) + m.start()])
        found.append((m.start(), "the " + re.sub(r"^The\s+", "", named[-1]) if named else "the " + noun))
    return max(found)[1] if found else None


# a plain role in lower case right before a name, after a comma or a verb of saying: "...,
# owner Dale Brannigan announced", "said team owner Dale Brannigan"
_PLAIN_ROLE_BEFORE = re.compile(r"(?:^|[,;:—–(]\s*|\b(?:said|says|told|according\s+to|added|wrote)\s+)"
                                r"((?:[a-z][\w’'-]*\s+){0,2}?([a-z][\w-]+))\s+$")


def plain_role_before(text: str, start: int) -> str | None:
    """A role in lower case right before a name, not set off by commas: ``..., owner Dale
    Brannigan announced`` gives "owner". Kinship is no role ("his brother John")."""
    window = text[max(0, start - 60) : start].rsplit("\n", 1)[-1]
    m = _PLAIN_ROLE_BEFORE.search(window)
    if not m or not is_person_noun(m.group(2)) or m.group(2) in _KINSHIP:
        return None
    if any(w in {"the", "a", "an", "his", "her", "their", "its", "and", "or", "but", "as", "that"} for w in m.group(1).split()):
        return None
    return m.group(1).strip()


_KINSHIP = frozenset(_KIN) | frozenset("uncle aunt cousin grandfather grandmother friend neighbor neighbour partner".split())


_NOT_LOWER_TITLES = frozenset("father sister brother mother son daughter court state home general head supreme".split())


def title_before(text: str, start: int) -> str | None:
    """Title words right before a name: ``French President`` / ``U.K. Prime Minister``."""
    window = text[max(0, start - 80) : start].rsplit("\n", 1)[-1]  # never across a paragraph
    words = window.split()
    picked: list[str] = []
    for w in reversed(words):
        if w[-1] in "”\"’!?" or w.endswith(".") and not _abbreviation(w):
            break  # the end of a sentence or quotation is no title
        bare = w.strip(",;:()—")
        if bare != w and picked:
            break
        # "Chief executive Dana Whitlock", "said finance minister Jan Olsen": an office may
        # be written in lower case (a kinship word is no title: "his brother John", nor a
        # word that names a place or body as often as an office: "told the court Smith lied")
        # ("the fisheries commissioner, Paul Dray": set off by a comma, the role is read whole)
        office = bare == w and bare.lower() in TITLE_WORDS and bare.lower() not in _NOT_LOWER_TITLES
        if not picked and bare == w and bare == "member" and len(words) > 1 and words[-2][:1].isupper() \
                and words[-2].lower() not in TITLE_WORDS:
            office = True  # "City Council member Everett Pike": a seat on a named body
        if bare and (bare[0].isupper() or bare[0].isdigit() or office) and bare.lower() not in {"the", "a", "an"}:
            picked.append(bare)
            if bare != w:
                break
        else:
            break
        if len(picked) >= 5:
            break
    picked.reverse()
    while picked and picked[0].lower() in NOT_NAMES:
        picked.pop(0)
    if not picked or picked[-1].lower().rstrip(".") not in TITLE_WORDS and not (picked[-1] == "member" and len(picked) > 1):
        return None
    return " ".join(picked)


_ABBREV = frozenset(
    "mr mrs ms dr prof gen lt col sgt capt adm sen rep gov st jr sr inc corp co ltd vs etc no "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev hon est approx dept univ".split()
)


def _abbreviation(word: str) -> bool:
    """"Gov.", "U.S.", "J.": a dot that does not end a sentence."""
    w = word.strip("(").lower()
    return w.rstrip(".") in _ABBREV or w.rstrip(".") in {t.rstrip(".") for t in HONORIFICS} or bool(
        re.fullmatch(r"(?:[a-z]\.)+", w)
    )


# A clock time's "a.m." or "p.m." ends the sentence unless a day, month or time zone follows
# ("at 9 p.m. Tuesday", "4 p.m. ET"); "at 5 p.m. Residents were told ..." is two sentences.
_CLOCK_GOES_ON = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
    r"|[A-Z]{1,2}[SD]?T\b|GMT\b|UTC\b|local\b"
)


_DATELINE_AGENCY = re.compile(r"\s*\([A-Z][\w&.]{0,10}\)\s*[—–-]")


def dot_ends_sentence(word: str, following: str) -> bool:
    """Whether the dot after ``word`` (the letters and dots before it) ends a sentence, given the
    text after it: not after "Gov", "No" or an initial ("J", "U.S"), except a clock's "p.m"."""
    w = word.lower()
    if _DATELINE_AGENCY.match(following):
        return False  # "MARLOW, Vt. (HCW) — Orrin County ...": a dateline's state, not a sentence
    if w in {"a.m", "p.m"}:
        return not _CLOCK_GOES_ON.match(following.lstrip("”\"’') \n"))
    return not (w in _ABBREV or re.fullmatch(r"(?:[a-z]\.)*[a-z]", w))


def _sentence_end(text: str) -> int:
    """Offset just past the first sentence of ``text`` (abbreviation-aware)."""
    for m in re.finditer(r"[.!?](?=\s+[A-Z“\"‘']|\s*$)", text):
        word = re.findall(r"[\w.]+$", text[: m.start()])
        if not dot_ends_sentence(word[0] if word else "", text[m.end() :]):
            continue
        return m.start()
    return len(text)


# what a company, a shop or a public body is called in the apposition after its name
_BODY_NOUNS = ORGANISATION_NOUNS | frozenset("""foundry plant mill factory maker producer supplier store shop restaurant
    bakery brewery distillery winery dealership hotel resort chain retailer grocer startup firm contractor developer
    manufacturer lender insurer newspaper station homebuilder builder airline carrier operator""".split())
# what a site is called in the apposition after its name ("Riverside Links, the city’s nine-hole course")
_SITE_NOUNS = frozenset("course links park field stadium arena ballpark marina beach trail reservoir lake".split())


def said_to_be_a_body(text: str, name: str) -> bool:
    """Does the article call the name a company or a body in the apposition after it
    ("Tessman Precision Castings, a foundry that employs 640 people")?"""
    return any((m := re.match(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w-]*)\b(?=\s+(?:that|which|with|in|on|of|based|founded|owned|"
                             r"run|serving|employing|whose|about|near|outside|along|off)\b|[,.;—]|\s+(?:that|which)\b)", text[e.end():e.end() + 90]))
               and (m.group(1) in _BODY_NOUNS or m.group(1) in _SITE_NOUNS) and not is_person_noun(m.group(1))
               for e in re.finditer(r"\b" + re.escape(name) + r"\b", text)) or short_name_of_a_body(text, name)


def short_name_of_a_body(text: str, name: str) -> bool:
    """Is a one-word name the first word of a longer name the article calls a company
    ("Kestrel said" of "Kestrel Micromobility, the San Diego-based company that ..."), and
    never a person's surname (no given name, title or initial before it anywhere)?"""
    if len(name.split()) != 1 or re.search(r"\b(?:[A-Z][a-z’'-]+|Mr|Mrs|Ms|Dr|[A-Z])\.?\s+" + re.escape(name) + r"\b"
                                          r"(?!(?:\s+(?-i:[A-Z])[\w&’'.-]*)+,\s+(?:a|an|the)\b)", text):
        return False
    for e in re.finditer(r"\b" + re.escape(name) + r"((?:\s+(?-i:[A-Z])[\w&’'.-]*){1,3})(?=,)", text):
        if said_to_be_a_body(text, name + e.group(1)):
            return True
    return False

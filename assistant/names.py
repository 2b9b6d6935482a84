"""The usual variant forms of place names and the peoples that live in them: a question
says "Britain" or "the Americans" where the article says "the U.K." or "U.S.". General
knowledge of English, the same for every article."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Each group lists forms of one place; a question naming any of them matches text naming
# any other. Lower case, as they appear in running text.
_GROUPS = [
    "united states|u.s.|u.s|us|usa|america|american|americans|washington",
    "united kingdom|u.k.|u.k|uk|britain|great britain|british|briton|britons|london",
    "european union|e.u.|eu|europe|european|europeans|brussels",
    "russia|russian|russians|moscow|kremlin",
    "ukraine|ukrainian|ukrainians|kyiv|kiev",
    "france|french|paris",
    "germany|german|germans|berlin",
    "china|chinese|beijing",
    "japan|japanese|tokyo",
    "india|indian|indians|new delhi",
    "italy|italian|italians|rome",
    "spain|spanish|madrid",
    "poland|polish|poles|warsaw",
    "canada|canadian|canadians|ottawa",
    "australia|australian|australians|canberra",
    "mexico|mexican|mexicans|mexico city",
    "brazil|brazilian|brazilians|brasilia",
    "israel|israeli|israelis",
    "iran|iranian|iranians|tehran",
    "turkey|turkish|turks|ankara",
    "netherlands|dutch|holland|the hague|amsterdam",
    "sweden|swedish|swedes|stockholm",
    "norway|norwegian|norwegians|oslo",
    "denmark|danish|danes|copenhagen",
    "finland|finnish|finns|helsinki",
    "estonia|estonian|estonians|tallinn",
    "latvia|latvian|latvians|riga",
    "lithuania|lithuanian|lithuanians|vilnius",
    "scotland|scottish|scots|edinburgh",
    "ireland|irish|dublin",
    "wales|welsh|cardiff",
    "england|english",
    "belgium|belgian|belgians|brussels",
    "switzerland|swiss|bern",
    "austria|austrian|austrians|vienna",
    "portugal|portuguese|lisbon",
    "greece|greek|greeks|athens",
    "hungary|hungarian|hungarians|budapest",
    "romania|romanian|romanians|bucharest",
    "czech republic|czechia|czech|czechs|prague",
    "south korea|south korean|south koreans|seoul",
    "north korea|north korean|north koreans|pyongyang",
    "pakistan|pakistani|pakistanis|islamabad",
    "saudi arabia|saudi|saudis|riyadh",
    "egypt|egyptian|egyptians|cairo",
    "south africa|south african|south africans|pretoria",
    "nigeria|nigerian|nigerians|abuja",
    "kenya|kenyan|kenyans|nairobi",
    "argentina|argentine|argentinian|argentinians|buenos aires",
    "chile|chilean|chileans",
    "new zealand|new zealander|new zealanders",
    "crimea|crimean|crimeans",
    "donbas|donbass",
    "belarus|belarusian|belarusians|minsk",
    "moldova|moldovan|moldovans|chisinau",
    "serbia|serbian|serbians|serbs|belgrade",
    "croatia|croatian|croatians|croats|zagreb",
    "bulgaria|bulgarian|bulgarians",
    "slovakia|slovak|slovaks|bratislava",
    "syria|syrian|syrians|damascus",
    "iraq|iraqi|iraqis|baghdad",
    "afghanistan|afghan|afghans|kabul",
    "lebanon|lebanese|beirut",
    "qatar|qatari|qataris|doha",
    "taiwan|taiwanese|taipei",
    "vietnam|vietnamese|hanoi",
    "indonesia|indonesian|indonesians|jakarta",
    "venezuela|venezuelan|venezuelans|caracas",
    "colombia|colombian|colombians|bogota",
    "cuba|cuban|cubans|havana",
    "north atlantic treaty organization|nato",
    "united nations|u.n.|un",
]
# U.S. states, with the abbreviations AP style puts after a town ("Tucson, Ariz.") and the
# names of their people; abbreviations that are also words ("Ill.", "Miss.", "Ore.") are left out
_STATES = [
    "alabama|ala.|alabaman|alabamans", "alaska|alaskan|alaskans", "arizona|ariz.|arizonan|arizonans",
    "arkansas|ark.", "california|calif.|californian|californians", "colorado|colo.|coloradan|coloradans",
    "connecticut|conn.", "florida|fla.|floridian|floridians", "georgia|ga.", "hawaii|hawaiian|hawaiians",
    "idaho", "illinois", "indiana", "iowa|iowan|iowans", "kansas|kan.|kansan|kansans", "kentucky|ky.",
    "louisiana", "maine", "maryland", "massachusetts", "michigan|mich.", "minnesota|minn.|minnesotan|minnesotans",
    "mississippi", "missouri", "montana|mont.", "nebraska|neb.", "nevada|nev.|nevadan|nevadans",
    "new hampshire|n.h.", "new jersey|n.j.", "new mexico|n.m.", "new york|n.y.|new yorker|new yorkers",
    "north carolina|n.c.", "north dakota|n.d.", "ohio|ohioan|ohioans", "oklahoma|okla.|oklahoman|oklahomans",
    "oregon|oregonian|oregonians", "pennsylvania", "rhode island|r.i.", "south carolina|s.c.", "south dakota|s.d.",
    "tennessee|tenn.", "texas|texan|texans", "utah", "vermont|vt.", "virginia|va.|virginian|virginians",
    "west virginia|w.va.", "wisconsin|wis.", "wyoming|wyo.",
]
_GROUPS += _STATES
US_STATES = frozenset(g.split("|")[0] for g in _STATES)
_INDEX: dict[str, frozenset[str]] = {}
for _g in _GROUPS:
    _forms = frozenset(_g.split("|"))
    for _f in _forms:
        _INDEX[_f] = _INDEX.get(_f, frozenset()) | _forms


def place_forms(word: str) -> frozenset[str]:
    """The other forms of a place word ("kremlin" -> russia, moscow, ...); empty if none."""
    return _INDEX.get(word.lower(), frozenset())


def place_groups() -> list[list[str]]:
    """Every group of forms, the main name first."""
    return [g.split("|") for g in _GROUPS]


# a month's short forms and its full name, each standing for the others ("May" only in full)
MONTH_FORMS = {form: frozenset({full, full[:3] + "."} | ({"sept."} if full == "september" else set()))
                for full in "january february march april june july august september october november december".split()
                for form in (full, full[:3], *(("sept",) if full == "september" else ()))}


@lru_cache(maxsize=4096)
def name_variants(name: str) -> tuple[str, ...]:
    """Forms of ``name`` to look for in lower-cased text: the name itself, its singular
    ("Europeans" -> "european"), the parts of a hyphenated name, and the other forms of
    the same place. Short forms ("us", "uk") only match as whole words, so they come back
    as regex-free strings padded with spaces."""
    n = name.lower().replace("’", "'").strip()
    if n.startswith("the "):
        n = n[4:]
    forms = {n}
    if n.endswith("s") and len(n) > 4:
        forms.add(n[:-1])
    forms |= {p for p in n.split("-") if len(p) >= 4 or p.rstrip(".") in MONTH_FORMS}
    for f in list(forms):
        forms |= _INDEX.get(f, frozenset())
        forms |= MONTH_FORMS.get(f.rstrip("."), frozenset())  # "Nov" is November
    out = []
    for f in forms:
        out.append(f" {f} " if len(f) <= 3 or re.fullmatch(r"[a-z]\.[a-z]\.?", f) else f)
    return tuple(sorted(out))


def mentions(text: str, name: str, literal: bool = False) -> bool:
    """Does ``text`` name ``name`` in one of its forms (only as written when ``literal``:
    a meeting "in Paris" is not one "in France", though "Moscow" may stand for Russia)?"""
    t = " " + re.sub(r"[^\w.'’-]+", " ", text.lower()).replace("’", "'") + " "
    if literal:
        n = fold(name).replace("’", "'")
        return n in fold(t)
    return any(v in t for v in name_variants(name))


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without diacritics: "François" and "Francois" are the same name to a
    user typing a question."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def near(a: str, b: str) -> bool:
    """Two spellings of one name ("Sergei"/"Sergey", "Arnald"/"Arnold", "Arnlod"/"Arnold"):
    an edit distance of one (a swap of two letters counts as one), or two for long names,
    with the same first letter."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if not a or not b or a[0] != b[0] or min(len(a), len(b)) < 4:
        return False
    limit = 2 if min(len(a), len(b)) >= 8 else 1
    # a doubled letter is one sound: "Lavroff"/"Lavrov" are as near as "Lavrof"/"Lavrov"
    a, b = re.sub(r"(\w)\1", r"\1", a), re.sub(r"(\w)\1", r"\1", b)
    if abs(len(a) - len(b)) > limit:
        return False
    # edit distance with swaps of two neighbouring letters ("Arnlod") counting as one
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, current[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, rows[-2][j - 2] + 1)
            current.append(cost)
        rows.append(current)
    return rows[-1][-1] <= limit


# given names and the short forms that do not simply cut them ("Bob" for Robert)
_NICKNAMES = {
    "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert", "bill": "william", "billy": "william",
    "will": "william", "liam": "william", "dick": "richard", "rick": "richard", "ricky": "richard", "rich": "richard",
    "jim": "james", "jimmy": "james", "jamie": "james", "jack": "john", "johnny": "john", "ted": "edward",
    "eddie": "edward", "ned": "edward", "mike": "michael", "mick": "michael", "tony": "anthony", "joe": "joseph",
    "joey": "joseph", "peggy": "margaret", "maggie": "margaret", "meg": "margaret", "liz": "elizabeth",
    "beth": "elizabeth", "betty": "elizabeth", "lizzie": "elizabeth", "kate": "katherine", "katie": "katherine",
    "kathy": "katherine", "cathy": "catherine", "sue": "susan", "suzy": "susan", "jenny": "jennifer",
    "jen": "jennifer", "chuck": "charles", "charlie": "charles", "hank": "henry", "harry": "henry",
    "larry": "lawrence", "jerry": "gerald", "terry": "terence", "steve": "stephen", "nick": "nicholas",
    "andy": "andrew", "drew": "andrew", "matt": "matthew", "pat": "patricia", "patty": "patricia",
    "becky": "rebecca", "sandy": "sandra", "tom": "thomas", "tommy": "thomas", "dave": "david", "danny": "daniel",
    "sam": "samuel", "alex": "alexander", "greg": "gregory", "fred": "frederick", "ray": "raymond",
}


def short_given_name(short: str, given: str) -> bool:
    """Is ``short`` a familiar form of the given name ``given`` ("Ray" for Raymond, "Bob"
    for Robert, "Steve" for Steven)? A form of three letters or more that the name starts
    with, or one of the common irregular ones."""
    a, b = fold(short), fold(given)
    if a == b or len(a) < 3:
        return False
    return (b.startswith(a) and len(b) - len(a) >= 1) or _NICKNAMES.get(a, "")[:5] == b[:5] != ""


def misheard(heard: str, surname: str) -> bool:
    """A surname as speech-to-text may mishear it past its start ("arnie" for Arnold): the
    same first three letters, a length within two, and at most three edits, no more than
    half the name. (The caller makes sure the heard word is no English word: "martial" is
    not "Marshall".)"""
    a, b = fold(heard), fold(surname)
    if len(a) < 4 or a[:3] != b[:3] or abs(len(a) - len(b)) > 2:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1] <= min(3, len(b) // 2)


_MINOR = ("of", "for", "and", "the", "on", "in", "at", "de", "du", "la", "des")
_MINOR_RE = "(?:" + "|".join(_MINOR) + ")"


def spelled_out(text: str, acronym: str) -> tuple[int, str] | None:
    """Where the text spells out the acronym, as (start, words): a run of capitalised
    words (small words such as "of" allowed between them) whose initials are its letters."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    word = r"[A-Z][\w’'-]*(?:\s+" + _MINOR_RE + ")?"
    # overlapping runs: "The International Energy Agency" holds "International Energy Agency"
    for m in re.finditer(r"(?=\b(" + r"\s+".join([word] * len(letters)) + "))", text):
        words = [w for w in m.group(1).split() if w not in _MINOR]
        if len(words) == len(letters) and all(w[0].upper() == c for w, c in zip(words, letters)):
            return m.start(), re.sub(r"\s+" + _MINOR_RE + "$", "", m.group(1))
    if len(letters) >= 4 and letters[0] == "T":
        # ("TEFAP" / "the federal Emergency Food Assistance Program"): an acronym whose "T" is
        # the article's "the"
        rest = spelled_out(text, "".join(letters[1:]))
        if rest and re.search(r"\b[Tt]he\s+(?:[a-z]+\s+)?$", text[max(0, rest[0] - 20) : rest[0]]):
            return rest
    return None


def singular_acronym(word: str) -> str:
    """"ERs" -> "ER", "CEOs" -> "CEO": the acronym of a plural; any other word as it is."""
    return word[:-1] if len(word) > 2 and word.endswith("s") and word[:-1].isupper() else word


def spelled_out_lower(text: str, acronym: str) -> tuple[int, str] | None:
    """Where the text spells out a common noun's acronym in lower case ("emergency room"
    for "ER", "intensive care unit" for "ICU"), as (start, words): a run of words of three
    letters or more whose initials are its letters ("ERs" is the plural of "ER")."""
    letters = [c.lower() for c in singular_acronym(acronym) if c.isalpha()]
    if not 2 <= len(letters) <= 4:
        return None
    pattern = r"\b" + r"\s+".join(c + r"[a-z]{2,}" for c in letters) + r"\b"
    m = re.search(pattern, text)
    return (m.start(), m.group(0)) if m else None

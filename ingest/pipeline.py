"""The ingest path, composed top to bottom:

    file ─► load ─► clean ─► split ─► find quotes ─► people ─► attribute ─► IngestedArticle

Embedding and storing happen in :mod:`assistant.store`; this module is pure text work
and needs no model but spaCy's small English pipeline.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.types import Article, IngestedArticle, Quote, Speaker, content_id
from ingest import nlp
from ingest.attribute import Attributor
from ingest.clean import clean
from ingest.load import RawDocument, load_file
from ingest.people import (
    AGED_ROLE,
    after_portfolio,
    Registry,
    ADDRESS_FORMS,
    apposition_after,
    clean_name,
    dateline_credit,
    looks_like_person,
    mostly_organisation,
    names_a_place,
    names_a_street,
    names_a_site,
    owner_before,
    infer_genders,
    nicknamed_names,
    person_shaped_names,
    place_noun_after,
    starts_organisation_name,
    titled_names,
    plausible_name,
    plain_role_before,
    role_before,
    said_to_be_a_body,
    short_name_of_a_body,
    surname,
    title_before,
    with_english_name,
)
from ingest.lexicon import ORGANISATION_NOUNS, THING_NOUNS, TITLE_WORDS, is_person_noun
from ingest.quotes import find_spans
from ingest.split import sentence_starts, split


def process(doc: RawDocument) -> IngestedArticle:
    article = clean(doc)  # clean
    spans, warnings = find_spans(article)  # find quotes
    article.warnings.extend(warnings)
    passages = split(article, spans)  # split

    paragraphs = [b for b in article.blocks if b.kind == "paragraph"]
    docs = dict(zip((b.start for b in paragraphs), nlp.pipe([article.text[b.start : b.end] for b in paragraphs])))

    registry = _people(article, spans, docs)  # people
    attributor = Attributor(article.text, spans, registry, docs)
    attributions = attributor.run()  # attribute
    registry.upgrade_single_names(lambda pos: attributor._pos_at(pos) == "PROPN")
    registry.scan_aliases()  # names added while attributing get their mentions too

    speakers = _speakers(article, registry, spans, attributions)
    organisations = _organisations(article, attributions, {s.name for s in speakers.values()})
    # ("the authority had paid Pinecrest $1.2 million" of Pinecrest Air, which speaks): the
    # first word of an organisation that speaks is its short name, no person, unless quoted
    quoted = {at.speaker for at in attributions if at.speaker is not None}
    bodies = [o.name.split() for o in organisations.values()]
    speakers = {i: s for i, s in speakers.items() if i in quoted or not any(
        len(b) > len(s.name.split()) and b[: len(s.name.split())] == s.name.split() for b in bodies)}
    by_person = {i: s for i, s in speakers.items()}
    quotes: list[Quote] = []
    for sp, at in zip(spans, attributions):
        passage = next(p for p in passages if p.start <= sp.start < p.end)
        speaker = by_person.get(at.speaker) if at.speaker is not None else \
            organisations.get(at.organisation) if at.organisation else None
        qtext = article.text[sp.start : sp.end]
        quotes.append(
            Quote(
                id=content_id(article.id, str(sp.start), qtext),
                article_id=article.id,
                passage_id=passage.id,
                start=sp.start,
                end=sp.end,
                text=qtext,
                speaker=speaker.name if speaker else None,
                speaker_id=speaker.id if speaker else None,
                speaker_description=speaker.description if speaker else None,
                verb=at.verb,
                partial=at.partial,
                kind=at.kind,  # type: ignore[arg-type]
                reason=at.reason,
                paragraph=sp.paragraph,
            )
        )
    everyone = list(speakers.values()) + list({id(o): o for o in organisations.values()}.values())
    for q in quotes:
        if q.speaker_id:
            next(s for s in everyone if s.id == q.speaker_id).quote_count += 1
    result = IngestedArticle(article, passages, quotes, sorted(everyone, key=lambda s: (-s.quote_count, s.name)))
    check_offsets(result)
    return result


def _people(article: Article, spans, docs) -> Registry:
    registry = Registry(article.text, [(sp.open_mark, (sp.close_mark or sp.block_end) + 1) for sp in spans])
    for name, start in nicknamed_names(article.text) + titled_names(article.text):
        registry.add_name(name, start)
    for block_start, doc in docs.items():
        for ent in doc.ents:
            if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"}:
                continue
            text = ent.text
            hyphen = re.match(r"-[A-Za-z][a-z’'-]*", doc.text[ent.end_char :])
            if hyphen and ent.label_ == "PERSON":
                text += hyphen.group(0)  # the tagger splits "Hyun-woo" at the hyphen
            name, gender = clean_name(text)
            if not plausible_name(name):
                continue
            if ent[0].tag_ == "VBG" and ent[0].text.endswith("ing") and re.search(
                    r"(?:^|[.!?][”\"’]?\s+|[“\"]\s*)$", doc.text[: ent.start_char]):
                continue  # ("Keeping Harlow running would have cost ...": a verb that opens a sentence)
            start = block_start + ent.start_char + (len(ent.text) - len(ent.text.lstrip()))
            if ent.label_ != "PERSON" and not looks_like_person(name) and not _after_role_noun(article.text, start, name) \
                    and not _age_after(article.text, block_start + ent.end_char, name):
                continue
            if registry.match(name) is None and mostly_organisation(name, docs.values()):
                continue
            if _named_thing_before(article.text, start) or _thing_named_elsewhere(article.text, name) \
                    or place_noun_after(article.text, name) \
                    or starts_organisation_name(article.text, name) or names_a_site(article.text, name) \
                    or names_a_place(article.text, name) or names_a_street(article.text, name) \
                    or dateline_credit(article.text, start, name):
                continue  # "the journal Marine Soundscapes", "the Upper Hollow neighborhood": a thing's or place's name
            if re.search(r"(?<![\w-])[DRI]-[\w’'-]*\s*$", article.text[max(0, start - 20) : start]):
                continue  # "D-Puerto Viejo": a party and district tag
            if said_to_be_a_body(article.text, name):
                continue  # "Tessman Precision Castings, a foundry that employs 640 people": a company
            if re.fullmatch(r"[A-Z][a-z]+s", name) and re.search(r"\b[Tt]he\s+$", article.text[max(0, start - 5) : start]):
                continue  # "the Riverhawks’ principal owner": a team's (or a band's) plural name
            if re.fullmatch(r"[A-Z][a-z]+", name) and all(
                    re.search(r"\b[Tt]he\s+$", article.text[max(0, m.start() - 4): m.start()])
                    for m in re.finditer(r"(?<![\w’'-])" + name + r"(?![\w-])", article.text)):
                continue  # "a stretch of seabed known locally as the Shelf": a place the article always calls "the Shelf"
            name, start = with_english_name(article.text, *after_portfolio(article.text, name, start))
            registry.add_name(name, start, gender=gender)
    for name, start, gender in person_shaped_names(article.text, _proper_noun_runs(article.text, docs, registry)):
        name, start = after_portfolio(article.text, name, start)
        if short_name_of_a_body(article.text, name):
            continue
        known = registry.match(name, start)
        if any(p.last == surname(name.split()) for i, p in enumerate(registry.people) if len(p.tokens) > 1 and i != known):
            gender = None  # "Mr. Whitaker" may be another Whitaker
        if known is not None and len(registry.people[known].tokens) > 1:
            registry.people[known].gender = registry.people[known].gender or gender
            continue  # a middle name does not make another person, nor a new canonical name
        registry.add_name(name, start, gender=gender)
    registry.scan_aliases()
    if registry.name_relatives():
        registry.scan_aliases()
    infer_genders(registry)
    return registry


def _after_role_noun(text: str, start: int, name: str) -> bool:
    """Does a two- or three-word name follow a lower-case role noun ("White House
    spokesperson Avery Lind", "senior counsel Ann Roy")? Only a person stands there."""
    m = re.search(r"(?<![\w’'-])([a-z][\w-]+)\s+$", text[max(0, start - 30) : start])
    return bool(m) and is_person_noun(m.group(1)) and 2 <= len(name.split()) <= 3 and plausible_name(name)


def _age_after(text: str, end: int, name: str) -> bool:
    """Is a two- or three-word name followed by an age ("Nilesh Bhosale (34), a delivery
    worker", "Ann Roy, 41, said")? Organisations and places have none."""
    return 2 <= len(name.split()) <= 3 and bool(re.match(r"(?:\s*\(\d{1,3}\)|,\s*\d{1,3},)", text[end : end + 8]))


def _thing_named_elsewhere(text: str, name: str) -> bool:
    """Is a name of two or more words introduced as a thing's name somewhere in the article
    ("the residents’ group Keep Millbrook Rural", then "Kessler said Keep Millbrook Rural had
    raised $37,000")?"""
    # (or as the end of one: "the tenants’ group Protect Linden Vale")
    return len(name.split()) > 1 and any(
        _named_thing_before(text, m.start()) or ((lead := re.search(r"(?:\b[A-Z][\w’'-]*\s+){1,3}$", text[max(0, m.start() - 40): m.start()]))
                                                 and _named_thing_before(text, m.start() - len(lead.group(0))))
        for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])", text))


def _named_thing_before(text: str, start: int) -> bool:
    """Is a name at ``start`` the name of a thing the words before it introduce ("the
    journal", "its podcast")?"""
    m = re.search(r"\b(?:the|a|an|its|his|her|their|our)\s+(?:[\w’'-]+\s+)?([a-z]+)\s+$", text[max(0, start - 40) : start])
    # (or the rest of a body's name: "the state’s Office of Ratepayer Advocacy")
    return bool(m and m.group(1) in THING_NOUNS) or bool(re.search(
        r"\b(?:Office|Department|Bureau|Ministry|Institute|Center|Centre|Council|Board|Commission|Agency|Division|Society|"
        r"Association|School|College|University|Museum|Fund|Foundation)\s+(?:of|for|on)\s+(?:the\s+)?$", text[max(0, start - 40) : start]))


_CAP_RUN = re.compile(r"(?<![\w’'.-])(?:(?:[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][\w’'-]+|Ó|Ní|Uí)\s+){1,3}[A-ZÀ-ÖØ-Þ][\w’'-]*[a-zß-öø-ÿ][\w’'-]*(?![\w’'-])")


def _proper_noun_runs(text: str, docs, registry: Registry) -> list[tuple[int, int]]:
    """(start, end) of every run of two to four capitalised words outside quotes that the
    tagger reads as proper nouns throughout."""
    runs = []
    for block_start, doc in docs.items():
        tags = {t.idx: t.pos_ for t in doc}
        for m in _CAP_RUN.finditer(doc.text):
            start = block_start + m.start()
            if registry.in_quote(start):
                continue
            words = list(re.finditer(r"\S+", m.group(0)))
            # a capitalised word opening the sentence is no part of a name ("For Ann Lee, 58,")
            while len(words) > 2 and tags.get(m.start() + words[0].start()) in {"ADP", "DET", "CCONJ", "SCONJ", "ADV", "PRON"}:
                words.pop(0)
            if all(tags.get(m.start() + w.start()) == "PROPN" or w.group(0).rstrip(".").lower() in TITLE_WORDS
                   for w in words):
                runs.append((block_start + m.start() + words[0].start(), block_start + m.end()))
    return runs


def _speakers(article: Article, registry: Registry, spans, attributions) -> dict[int, Speaker]:
    quoted = {a.speaker for a in attributions if a.speaker is not None}
    out: dict[int, Speaker] = {}
    for i, person in enumerate(registry.people):
        if not person.confirmed and i not in quoted:
            continue
        description = _description(article, registry, i)
        if i not in quoted and described_as_body(description):
            continue  # ("Kessler Falls Water Watch, a residents group founded in 2019": no person)
        aliases = sorted(a for a in person.aliases if a != person.name)
        out[i] = Speaker(
            id=content_id(article.id, person.name),
            article_id=article.id,
            name=person.name,
            aliases=aliases,
            description=description,
        )
    return out


def described_as_body(description: str | None) -> bool:
    """Does an apposition say its name is an organisation's ("a residents group founded in
    2019", "a nonprofit that ...")? Its head noun, before any person noun, is a body's."""
    words = (description or "").split()
    if not words or words[0].lower() not in ("a", "an"):
        return False
    heads = [w.lower().strip(",") for w in words[1:6]]
    for k, w in enumerate(heads[:4]):
        if re.search(r"[’']s$", w):
            return False  # ("a company's chief executive")
        if w in ORGANISATION_NOUNS and w not in ("city", "county", "state", "school", "hospital"):
            return True
        if is_person_noun(w) and heads[k + 1: k + 2] and heads[k + 1] in ORGANISATION_NOUNS:
            continue  # ("a residents group": whose group)
        if is_person_noun(w):
            return False
    return False


def _organisations(article: Article, attributions, people: set[str]) -> dict[str, Speaker]:
    """The organisations that speak in their own name ("“Q,” Summit Valley Power said in a
    statement"), by the name each attribution gives, as speakers of kind "organization". A
    short name joins the full one it begins ("Brightwater" and "Brightwater Marine Works");
    the description is the apposition at the first mention ("a member-owned electric
    cooperative with about 38,000 customers")."""
    named = [a.organisation for a in attributions if a.organisation]
    full: dict[str, str] = {}
    for raw in sorted(set(named), key=lambda n: -len(n)):
        name = re.sub(r"^(?:The|the)\s+", "", raw).strip(" ,’'")
        name = re.sub(r"^([A-Z]{2,6})[’']s\s+", r"\1 ", name)  # ("the FBI’s Omaha field office": the FBI Omaha field office)
        if not name or name in people:
            continue
        n = len(name.split())
        longer = next((f for f in full.values() if name.split() in (f.split()[:n], f.split()[-n:])), None)
        full[raw] = longer or name
    text = article.text
    paragraphs = [b for b in article.blocks if b.kind == "paragraph"]
    out: dict[str, Speaker] = {}
    made: dict[str, Speaker] = {}
    for raw, name in full.items():
        if name not in made:
            description = None
            for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
                block = next((b for b in paragraphs if b.start <= m.start() < b.end), None)
                if block is not None and (description := apposition_after(text, m.end(), block.end)):
                    break
            if description is None and len(name.split()) == 1:
                # (or after the longer name the article first gives it: "Kestrel Micromobility, the
                # San Diego-based company that has operated the program", of "Kestrel said"; a
                # one-word name only: a longer one gave "Alpine Crest" a description holding the
                # sum the fact path was asked for, which it then passed over)
                for m in re.finditer(r"\b" + re.escape(name) + r"(?:\s+(?-i:[A-Z])[\w&’'.-]*){1,3}(?=,)", text):
                    block = next((b for b in paragraphs if b.start <= m.start() < b.end), None)
                    if block is not None and (description := apposition_after(text, m.end(), block.end)):
                        break
            # ("the FBI’s Omaha field office": an acronym that owns it names it too)
            owner = re.match(r"([A-Z]{2,6})\s+\S", name) if re.match(r"[A-Z]{2,6}[’']s\s", raw.removeprefix("The ").removeprefix("the ")) else None
            # (the shorter name it speaks by: "Red Pine said ..." of Red Pine Health)
            words = name.split()
            spoken = {" ".join(words[:k]) for k in range(2, len(words)) if re.search(
                r"\b" + re.escape(" ".join(words[:k])) + r"\s+(?:said|says|announced|added|told|wrote)\b", text)}
            made[name] = Speaker(id=content_id(article.id, name), article_id=article.id, name=name,
                                 aliases=sorted(({re.sub(r"^(?:The|the)\s+", "", r) for r, f in full.items()
                                                  if f == name and r != name} | ({owner.group(1)} if owner else set()) | spoken)
                                                - {name}),
                                 description=description, kind="organization")
        out[raw] = made[name]
    return out


# the words a description after a name opens with ("a retired nurse", "who chairs ...", "one
# of two members", "now in her second term"), as against a verb ("spent the evening ...")
_APPOSITION_OPENERS = frozenset("a an the who whose one former its their his her now also both each either himself herself "
                                "chief head president chair director".split())


def _description(article: Article, registry: Registry, idx: int) -> str | None:
    text = article.text
    paragraphs = [b for b in article.blocks if b.kind == "paragraph"]
    titles: list[str] = []
    honours: list[str] = []
    plain: list[str] = []  # ("..., owner Dale Brannigan announced")
    for m in registry.mentions:
        if m.person != idx or m.in_quote or m.possessive:
            continue
        block = next((b for b in paragraphs if b.start <= m.start < b.end), None)
        if block is None:
            continue
        desc = apposition_after(text, m.end, block.end)
        if desc and re.match(r"[a-z]", desc) and desc.split()[0] not in _APPOSITION_OPENERS and role_before(text, m.start, m.end):
            # ("Cedar Run’s chief, Ray Castellano, spent much of the evening at the microphone":
            # the role set off before the name makes the name the apposition, and what follows
            # it the sentence's verb, not another description)
            desc = None
        if desc and desc.split()[0] in ("its", "their") and len(desc.split()) > 1 and (owner := owner_before(text, m.start)):
            desc = f"{desc.split(None, 1)[1]} of {owner}"  # ("Marisol Quintero, its executive director")
        t = title_before(text, m.start)
        if t and all(w.lower().rstrip(".") in ADDRESS_FORMS | {"the"} for w in t.split()):
            t = None  # ("the Rev. Nathaniel Achterberg": how he is addressed, not what he does)
        if desc:
            # "Councillor Raymond Teague, who represents the east ward": the title and the clause
            # (or a role given at an earlier mention: "Its president, Tomas Brandt" ... "Brandt, 58, who runs")
            clause = desc.startswith(("who ", "whose "))
            if clause and not t and titles:
                return f"{titles[0]}, {desc}"
            if not t and titles and re.match(r"an?\s+(?:former|retired|longtime|onetime|one-time)\b", desc) \
                    and titles[0].split()[-1].lower().rstrip(".") not in desc.lower():
                # ("Mayor Teresa Valcourt put it bluntly ..." / "Valcourt, a former high school
                # principal now in her second term, said"): what she is now, then what she was
                title = titles[0]
                if is_person_noun(title.split()[-1]) and "." not in title and len(title.split()) <= 2:
                    title = "the " + title.lower()  # ("the mayor, a former ...")
                return f"{title}, {desc}"
            if not t and titles and " of " in titles[0] and re.match(r"an?\s+[a-z]", desc) \
                    and titles[0].split()[0].lower() not in desc.lower():
                # ("Its president, Dana Whitcomb, told the board ..." / "Whitcomb, a mother of three
                # whose youngest daughter is 9, said"): the post she holds, then what else she is
                return f"{titles[0]}, {desc}"
            if t and not clause and re.match(r"an?\s+[A-Z]", desc) and t.split()[-1].lower().rstrip(".") not in desc.lower():
                # ("State Sen. Gil Bramhall, a Republican whose district includes both campuses,":
                # the title says what he is, the apposition which party)
                return f"{t}, {desc}"
            # ("Councilman Raymond Oduya, one of two members who voted against the plan": one
            # of a group the title names him a member of)
            return f"{t}, {desc}" if t and (clause or re.match(r"one\s+of\b", desc)) else desc
        if t:
            titles.append(t)
        elif role := role_before(text, m.start, m.end):
            titles.append(role)
        elif role := plain_role_before(text, m.start):
            plain.append(role)
        tail = m.text[len(registry.people[idx].name):].strip(" ,")
        if tail and m.text.startswith(registry.people[idx].name):
            honours.append(tail)  # "KC", "MBE": post-nominals describe the person
    return titles[0] if titles else (honours[0] if honours else (plain[0] if plain else (
        _aged_role_after(article, registry, idx) or _captioned(article, registry.people[idx].name))))


def _aged_role_after(article: Article, registry: Registry, idx: int) -> str | None:
    """A role given by age in the sentence after one about the person: "Luis Abernathy has
    ridden the bus for 11 years. The 58-year-old custodian finishes his shift at 1 a.m." gives
    "the 58-year-old custodian" (only when that sentence speaks of no one else); at a
    paragraph's start, after the paragraph before."""
    text = article.text
    for block in (b for b in article.blocks if b.kind == "paragraph"):
        for m in AGED_ROLE.finditer(text, block.start, block.end):
            starts = sentence_starts(text, block.start, block.end, [])
            if m.start() == block.start:
                # ("“…,” Duchesne said." / "The 61-year-old diner owner said ...": a paragraph's
                # first sentence follows the paragraph before, when it speaks of one person)
                before = [b for b in article.blocks if b.kind == "paragraph" and b.end <= block.start]
                if not before:
                    continue
                start = before[-1].start
            elif m.start() not in starts[1:]:
                continue  # (a "The" mid-sentence: no sentence before it to follow)
            else:
                start = starts[starts.index(m.start()) - 1]
            named = {mm.person for mm in registry.mentions if start <= mm.start < m.start() and not mm.in_quote}
            if named == {idx}:
                return "the " + m.group(1)
    return None


def _captioned(article: Article, name: str) -> str | None:
    """A person's role in a photo caption when the body gives none: set off before the name
    ("*The co-op’s treasurer, Mira Hanke, counts receipts.*") or after it ("*Photo: Luis
    Abernathy, a custodian at Northgate Memorial Hospital, waits at ...*"); a position in
    the picture ("left", "second from right") is no description."""
    for shown in article.displayed:
        if shown.kind != "caption":
            continue
        for m in re.finditer(re.escape(name), shown.text):
            role = role_before(shown.text, m.start(), m.end())
            if role:
                return role  # ("Marcus Dellinger’s lawyer, Nadia Fenwick, speaks to reporters")
            desc = apposition_after(shown.text, m.end(), len(shown.text))
            while desc and re.match(r"(?:left|right|center|centre|top|bottom|front|rear|back|seated|standing|"
                                     r"(?:second|third|fourth)\s+from\s+(?:left|right))\b(?:,\s*|$)", desc):
                desc = re.sub(r"^[^,]*(?:,\s*|$)", "", desc, count=1) or None
            # (a caption's verb may follow the name at once: "Nadia Fenwick, speaks to reporters")
            if desc and (re.match(r"(?:a|an|the|one|former|retired)\s", desc) or is_person_noun(desc.split()[0])):
                return desc
    return None


def check_offsets(result: IngestedArticle) -> None:
    """Every passage and quote text sits verbatim at its offsets (raises if not)."""
    text = result.article.text
    for p in result.passages:
        if text[p.start : p.end] != p.text:
            raise AssertionError(f"passage {p.id} offsets do not match its text")
    for q in result.quotes:
        if text[q.start : q.end] != q.text:
            raise AssertionError(f"quote {q.id} offsets do not match its text")


def process_file(path: Path, max_bytes: int) -> IngestedArticle:
    return process(load_file(path, max_bytes))


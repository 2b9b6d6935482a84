"""Understand a question: which people it is about (named, described, or carried over
from the conversation), what kind of answer it wants, and which names in it the
articles never mention. Deterministic and cheap: no model calls."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.library import STOPWORDS, ArticleView, Library, stem, tokens
from assistant.names import (MONTH_FORMS, US_STATES, fold, misheard, name_variants, near, place_forms, place_groups, short_given_name,
                            singular_acronym, spelled_out, spelled_out_lower)
from assistant.spelling import english_words
from assistant.types import Speaker
from ingest.attribute import same_kind
from ingest.lexicon import CALENDAR_WORDS, NON_PERSON_HEADS, ORGANISATION_HEADS, ORGANISATION_NOUNS, is_person_noun
from ingest.people import AGED_ROLE

# "the current commander", "which harbour master runs the port now?": a post held today,
# which a former holder doesn't hold
_NOW_WORD = re.compile(r"current|currently|incumbent|present-day|now", re.I)
FORMER_WORDS = r"(?:former|ex-|retired|onetime|one-time|erstwhile)"


def asked_of_now(question: str, post: str, bare_now: bool = True) -> bool:
    """Is ``post`` ("general", "harbour master") asked of now in ``question``: a word for now
    within three words of it (word stems compared), and no "former" or "used to" in the question?
    Without ``bare_now``, "now" alone doesn't say so ("what is the general worried about now?")."""
    if re.search(r"\b" + FORMER_WORDS + r"|\bused\s+to\b", question, re.I):
        return False
    words = [w.lower() for w in re.findall(r"[\w’'-]+", question)]
    marks = [k for k, w in enumerate(words) if _NOW_WORD.fullmatch(w) and (bare_now or w != "now")]
    span = [stem(w) for w in re.findall(r"[\w’'-]+", post.lower())]
    stems = [stem(w) for w in words]
    at = [k for k in range(len(words) - len(span) + 1) if span and stems[k:k + len(span)] == span]
    return any(abs(k - n) <= 3 or abs(k + len(span) - 1 - n) <= 3 for k in at for n in marks)


_FORMER = re.compile(r"\W*(?:an?\s+|the\s+)?(?:former|ex-|retired|onetime|one-time|erstwhile|past)\b", re.I)
_WHO = re.compile(
    r"^\s*(?:[^?]{0,60}?\s[—–:-]\s*)?(?:and\s+)?(?:(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?tell\s+me\s+)?"
    # ("please could you tell me who Francois Heisberg is?": the question in a statement's order)
    r"(?:who\s+(?:is|was|are)\b|who[’']s\b|tell\s+me\s+about\b|describe\b|"
    r"(?<=tell\sme\s)who\s+(?!else\b)(?![^?]*\b(?:said|says|say|think|thinks|thought|believes?|claimed|called|argued|warned|"
    r"wrote|told|and\s+why|why)\b)[^?]{2,60}?\s+(?:is|was)\s*[?.!]?\s*$|"
    # (not a stance: "what is Trump's position on NATO membership?")
    r"what(?:\s+is|\s+was|\s+does|[’']?s)\s+.{1,60}?(?:[’']s?)?\s+(?:role|job|position|title|background)\b"
    r"(?!\s+(?:on|about|regarding|towards?|over|concerning)\b)|"
    r"what\s+(?:is|was)\s+.{1,60}?\s+(?:known\s+for)\b|"
    # "Gordon Maclure - who's that?", "Maclure? who is he"
    r"[^?]{2,60}?[\s,:?—–-]+(?:who(?:[’']s|\s+is|\s+was)\s+(?:that|this|he|she|him|her)|"
    # (and its common forms in the languages readers mix in: "Ed Arnold — wer ist das?",
    # "Heisbourg, c'est qui?"; "RUSI what is it?" of a name)
    r"wer\s+ist\s+(?:das|er|sie)|c['’]est\s+qui|qui\s+est(?:-ce|\s+(?:il|elle|ce))?|qui[eé]n\s+es(?:\s+(?:[eé]l|ella))?|"
    r"kto\s+to(?:\s+jest)?|chi\s+[èe]|(?<=[A-Z]{2}[\s,:?—–-])\s*what(?:[’']s|\s+is)\s+(?:that|this|it))\s*\??\s*$|"
    # "what does he do?", not "what does he think Europe will do instead?"
    r"what\s+does\s+(?![^?]*\b(?:think|say|believe|want|expect|suggest|will|would|should|could|plans?|intends?|hopes?|propose|going|want\w*)\b)[^?]{1,40}?\s+do"
    r"(?:\s+for\s+(?:a\s+living|work))?\s*\??\s*$)",
    re.I,
)
# "what did she say about that?", "how did he respond to it?": the last turn's statement
_ABOUT_THAT = re.compile(r"\b(?:about|to|on|of)\s+(?:that|this|it|those|these)(?:\s+(?:claim|comment|remark|statement|idea|view|point|demand))?\s*\??\s*$", re.I)
# "where does he work?", "who is she with?", "where is Hodges from?": who the person is, when
# the question is about a person (a place a force is based is a fact)
_WORKPLACE = re.compile(
    r"^\W*(?:and\s+|so\s+|ok(?:ay)?[,\s]+)?(?:(?:where|who)\s+(?:does|did|do)\s+[^?]{1,40}?\s+work(?:\s+(?:for|at))?|"
    r"where\s+(?:is|was)\s+[^?]{1,40}?\s+(?:based|from|employed)|who\s+(?:is|was)\s+(?:he|she)\s+(?:with|working\s+for))\s*\??\s*$",
    re.I,
)
_SPEECH = re.compile(
    r"\b(?:say|says|said|saying|think|thinks|thought|argue|argues|argued|warn|warns|warned|believe|believes|"
    r"view|views|opinion|quote|quoted|quotes|words|according|add|added|tell|told|describe|described|suggest|"
    r"suggested|claim|claimed|predict|predicted|feel|feels|felt|react|reacted|respond|responded|comment|"
    r"commented|reckon|ask|asks|asked|asking|demand\w*|call|called|insist|insisted|mean|meant|stance|position|take|sum|summed|"
    r"summari[sz]e\w*|characteri[sz]e\w*|assess\w*|explain\w*|recommend\w*|propos\w*|expect\w*|put\s+it|"
    r"warning|warnings|gripe\w*|complain\w*|complaint\w*|concern\w*|worr\w*|critici\w*|objection\w*|"
    r"oppos\w*|against|support\w*|favou?r\w*|agree(?:s|d|ing)?|disagree\w*|doubt\w*|fear\w*|hope\w*|want\w*|"
    r"urge\w*|advice|advis\w*|prediction\w*|message|point|argument\w*|case\s+for|stand\s+on|"
    r"promis\w*|pledg\w*|vow|vows|vowed|admit|admits|admitted|announc\w*)\b",
    re.I,
)
_META = re.compile(
    r"\b(?:who|which\s+(?:experts?|people|persons|officials|sources|analysts))\s+(?:else\s+)?(?:is|are|were|was|gets?|get)\s+quoted\b|"
    r"\bwho\s+(?:else\s+)?(?:does|did)\s+the\s+article\s+quote\b|\bwho\s+(?:are|were)\s+the\s+(?:sources|experts|people)\b|"
    # "how many people are quoted?", "how many sources does the article quote?"
    r"\bhow\s+many\s+(?:different\s+)?(?:people|persons|sources|experts|speakers|voices)\s+(?:are|were|get|got)\s+quoted\b|"
    r"\bhow\s+many\s+(?:different\s+)?(?:people|persons|sources|experts|speakers|voices)\s+(?:does|did)\s+the\s+"
    r"(?:article|story|piece|report)\s+quote\b",
    re.I,
)
_ROLE = re.compile(
    r"\b(?:expert|adviser|advisor|analyst|general|commander|minister|president|official|leader|planner|"
    r"spokes(?:person|man|woman)|chief|director|professor|researcher|economist|mayor|council(?:l)?or|senator|"
    r"judge|lawyer|secretary|officer|head|chair|ceo|founder|coach|captain|manager|author|scientist|doctor|"
    r"owner|resident|worker|member|representative|ambassador|governor|candidate|executive|envoy|diplomat|"
    r"specialist|scholar|historian|strategist|veteran|guy|man|woman|person|councilman|councilwoman|"
    r"alderman|commissioner|superintendent|chancellor|activist|campaigner|organizer|organiser|teacher|schoolteacher|"
    r"nurse|student|parent|farmer|operator|engineer|planner|banker|investor|analyst|convener|convenor|chair|"
    r"chairman|chairwoman|chairperson|guy|lady|boss|hydrologist|epidemiologist|physician|lawmaker|barrister|"
    r"solicitor|attorney|prosecutor|counsel|defendant|plaintiff|witness|driver|employee|staffer|"
    r"organi[sz]er|negotiator|steward|economist|trader|strategist|obstetrician|midwife|midwive|surgeon|paramedic|"
    r"pilot|firefighter|detective|pharmacist|consultant|dentist|priest|bishop|principal|headteacher|coroner|"
    r"inspector|sergeant|constable|architect|landlord|tenant|shopkeeper|neighbou?r|mediator|arbitrator|biologist|"
    r"ecologist|geologist|meteorologist|forecaster|librarian|clerk|auditor|investigator|ranger|sheriff|lawman|exec|"
    r"rancher|grower|fisherman|fishermen|farmworker|father|mother|dad|mom|mum|grandfather|grandmother|"
    r"electrician|plumber|carpenter|mechanic|welder|miner|machinist|janitor|custodian|cashier|waiter|waitress|accountant|bookkeeper|"
    r"bartender|chef|baker|butcher|technician|trucker|courier|islander|villager|deckhand|skipper|lobsterman|lobstermen|"
    r"provost|dean|regent|rector|donor|benefactor|philanthropist|alum|alumnus|alumna|ob|ob-gyn|obgyn|gynecologist|"
    # (and any "-ologist" or "-ician" by its ending: "the microbiologist", "the statistician";
    # not any "-ist", which may be a view's: "populist parties")
    r"columnist|journalist|therapist|psychiatrist|chemist|physicist|botanist|geneticist|"
    # (work people are asked about by: "the nursing assistant", "the mail carrier", "the crossing guard")
    r"assistant|aide|caregiver|(?:mail|letter)\s+carrier|postman|postwoman|(?:crossing|security|prison)\s+guard|lifeguard|"
    # (not words as often said of things: "a volunteer ambulance crew", "passenger numbers", "cleaner air")
    r"dispatcher|receptionist|supervisor|foreman|forewoman|contractor|roofer|landscaper|gardener|"
    r"groundskeeper|lineman|linemen|instructor|tutor|lecturer|trainer|counselor|counsellor|caseworker|"
    r"accountant|administrator|coordinator|pastor|rabbi|imam|chaplain|retiree|pensioner|"
    r"homeowner|renter|evacuee|intern|apprentice|trooper|bailiff|warden|advocate|holder|marshal|"
    r"survivor|widow|widower|"
    r"\w{2,}ologist|\w{3,}ician)s?\b",
    re.I,
)
# "what's the name of the incident commander?": who holds that role
_NAME_OF_ROLE = re.compile(r"^\W*(?:(?:and|so|ok|okay)\W+)?what(?:[’']s|\s+is|\s+was)\s+the\s+name\s+of\s+the\s+(?:[\w’'-]+\s+){0,3}?"
                           + _ROLE.pattern + r"\s*\??\s*$", re.I)
_EXACT = re.compile(r"\b(?:exact(?:ly)?|verbatim|word[\s-]+(?:for|by)[\s-]+word|own\s+words|direct(?:ly)?\s+quot\w*|quote|"
                    # (broadcasters: "a full sentence we could actually play", "a soundbite")
                    r"actual\s+words|sound\s*bites?|(?:we|i)\s+(?:could|can)\s+(?:actually\s+)?(?:play|air))\b", re.I)
# what a person says or thinks, asked by their name's possessive ("Teague's dig at the mayor")
_OWN_WORDS = frozenset("dig digs jab jabs swipe remark remarks comment comments words word view views take opinion opinions "
                       "quote quotes line lines argument arguments warning warnings point points question questions answer "
                       "answers response reply criticism critique claim claims statement statements position stance thoughts "
                       "idea ideas proposal suggestion advice prediction estimate assessment verdict message tone attack "
                       "complaint concern concerns fear fears worry worries hope hopes plan case".split())
_PRONOUN = re.compile(r"\b(he|she|him|her|his|hers|they|them|their)\b", re.I)
# words that say what someone spoke of ("the French expert said something grim about ...")
_SPOKE_OF = re.compile(r"\b(?:about|mentioned|mentions|mentioning|talked|talks|talking|spoke|speaks|speaking|compared|compares|"
                       r"called|calls|said|says|described|describes|warned|warns|doubts?|doubted|argued|argues|claimed|claims|"
                       r"suggested|suggests|thinks|thought|believes|believed|wants|wanted|brought\s+up|referred|refers|quoted)\b", re.I)
# a person described first and set off by a dash, comma or colon, then the question about
# them ("The retired bus driver from Arizona who was in the trial — how's she doing?")
_FRONTED_PERSON = re.compile(r"^\W*(?P<front>(?:the|a|an|that|this)\s+[^?]{3,140}?)\s*(?:\s[-–—]+\s|[–—]|,|:)\s*"
                             r"(?P<rest>(?:and\s+|so\s+)?(?:what|why|how|when|where|who|which|did|does|do|is|was|are|were|has|have|"
                             r"can|could|would|will)\b[^?]*\??)\s*$", re.I)
# "did she make them pay anything?", "did he get him to stop fighting?": a follow-up asking
# what the person did or what happened to them (a past event, and no speech word in it) is
# a fact about them; "does he blame the trust?", "why is she for it?" ask for their view
_DEEDS = re.compile(r"\b(?:did|was|were|had)\s+(?:he|she)\b|\b(?:is|are)\s+(?:he|she|they)\s+(?:related|married)\s+to\b|"
                    # ("how far does she commute now?", "what did her research find?": what the
                    # person does, or their work found, not what they said)
                    r"\bhow\s+(?:far|often)\s+(?:does|do)\s+(?:he|she)\b|"
                    r"\b(?:his|her)\s+(?:research|study|studies|survey|analysis|findings|data|review|audit)\s+(?:find|found|show|showed|shows)\b",
                    re.I)
_NOT_DEEDS = re.compile(r"\b(?:why|how\s+come|wording|remarks?|lines?|statements?|phrases?)\b", re.I)
# "who are they?" after "three parties" asks about a group: not the one person of the last turn
_SINGULAR = re.compile(r"\b(he|she|him|her|his|hers)\b", re.I)
# "according to the piece": the source, not a speaker
_SOURCE = re.compile(r"\b(?:according\s+to|per|in)\s+(?:the|this)\s+(?:article|piece|story|report|text)\b", re.I)
_PLURAL = re.compile(r"\b(?:those|these|the)\s+(?:two|three|both)\b|\bboth\s+of\s+them\b|\b(?:they|them|their)\b", re.I)
BARE_WHY = re.compile(r"^\W*(?:(?:and|but|so|ok(?:ay)?)\W+)?(?:why(?:\s+not)?|how\s+come|on\s+what\s+(?:grounds|basis)|"
                       r"for\s+what\s+reason|what(?:['’]s|\s+is)\s+(?:the|his|her|their)\s+reason(?:ing)?)\s*[?.!]*\s*$", re.I)
# "give me the exact words again, verbatim", "exact quote?": the words of the one the last
# question asked about
_BARE_EXACT = re.compile(r"^\W*(?:(?:and|but|so|ok(?:ay)?|please|pls|can\s+you|could\s+you)\W+)*(?:(?:give|show|tell|send)\s+(?:me\s+)?)?"
                         r"(?:the\s+|a\s+)?(?:(?:exact|actual|precise|verbatim|direct|original)\s+(?:words|quote|quotes|wording|quotation)|"
                         r"quotes?|quotation)"
                         r"(?:\s+again)?(?:[\s,]+(?:verbatim|please|pls|word\s+for\s+word|again))*\s*[?.!]*\s*$", re.I)
# "and how many used to come back?", "so when does it start?": a question that goes on from the last
_AND_THEN = re.compile(r"^\W*(?:and|so|but|also)\s+how\s+(?:many|much)\b", re.I)
# "who criticized that?", "did anyone back it?": a stance on what the last answer said
_STANCE_ON_THAT = re.compile(r"\b(?:critici[sz]|oppos|support|back|defend|attack|question|challeng|prais|welcom|reject|disput|"
                             r"object|slam|blast|condemn|applaud|endors)\w*\s+(?:to\s+)?(?:that|this|it|those|these)\b", re.I)
_ANAPHOR = re.compile(r"\b(that|this|it|else|more|also|then|same|too|those|these|both|they|them|their|ones|rest|remainder|others|"
                      r"(?<!not\s)(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)"
                      r"there(?=\s*(?:tho|though|too|then|as\s+well)?\s*[?.!]*\s*$)|"  # ("safe there tho?")
                      r"afterwards?|after(?=\s*[,?]|\s*$))\b", re.I)  # ("and after, with the europeans, where?")
# "which countries in particular?", "which ones r they talking about": the things the last
# answer spoke of, by name ("populist parties" there: in which countries), not a person's words
_ELABORATE = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|and|but|then|right|incl(?:uding|uded)?)\W+)*(?:which|what)\s+(?:ones|countries|nations|cities|"
                        r"towns|places|states|parties|groups|companies|firms|people|officials|leaders|agreements|deals)\b"
                        r"(?:\s+(?:in\s+particular|specifically|exactly|precisely|then|"
                        r"(?:are|r|were)\s+(?:they|we|you|those|these)(?:\s+(?:talking|speaking)\s+about|\s+in)?|"
                        r"(?:do|did)\s+(?:they|you|it)\s+mean|"
                        r"(?:do|does|did)\s+(?:they|you|it|the\s+(?:article|piece|story|report))\s+(?:mention|name|list|cite|single\s+out)"
                        r"(?:\s+(?:for|about|with|on|in)\s+(?:that|this|it|them|those))?))?\W*$", re.I)
# "why is the second number so much bigger than the first?": of the figures the last answer gave
ITS_FIGURES = re.compile(r"\b(?:the|that|those|these)\s+(?:(?:much|far|way|first|second|third|last|other|two|bigger|larger|higher|"
                          r"smaller|lower|latter|former)\s+)+(?:numbers?|figures?|estimates?|amounts?|totals?)\b", re.I)
_ASKS_WHO_SAID = re.compile(r"^\W*(?:(?:and|so|but|ok(?:ay)?)\W+)?who\s+(?:said|says|called|claimed|warned|argued|asked|put\s+it)\b", re.I)
# "X said Y, right?", "Hodges claims Z, correct?": a claim put for checking
_CLAIM_CHECKED = re.compile(r"^\W*(?:so\s+)?(?P<who>[\w’'.-]+(?:\s+[\w’'.-]+)?)\s+(?:said|says|claimed|claims|argued|argues|thinks)\s+"
                            r"(?:that\s+)?(?P<what>[^?,]{3,}?)\s*,\s*(?:right|correct|yeah|yes|no|true|isn[’']t\s+it|"
                            r"didn[’']t\s+(?:he|she|they)|innit)\s*\?*\s*$", re.I)
# the people someone has ("Ellen Marsh's neighbor", "Okafor's colleagues")
_RELATIONS = frozenset("neighbor neighbour colleague friend son daughter wife husband partner brother sister mother father "
                       "parent child kid cousin aide assistant boss employee staffer lawyer attorney doctor teammate "
                       "granddaughter grandson grandchild grandmother grandfather grandparent grandma grandpa predecessor successor deputy".split())
# what a person of someone's may be asked to have put in writing: "what did Pruitt's
# granddaughter write in her text?"
_WROTE = re.compile(r"\b(?:write|writes|wrote|written|text|texted|texts|e-?mail(?:s|ed)?|post(?:s|ed)?|letter)\b", re.I)
# kinds of body that go by more than one plain noun: "the owner of the team" is the owner
# the article introduces beside "the Double-A baseball club"
_SAME_BODY = [frozenset(tokens(g)) for g in (
    "team club franchise squad", "company firm business corporation", "newspaper paper", "store shop",
    "school academy university college")]


def _body_of_intro(held_at: set[str], view: ArticleView, s: Speaker) -> bool:
    """Is the plain body noun a question puts a title at ("the owner of the team") one the
    sentence introducing the person has, or another plain noun for it ("club")?"""
    kin = set(held_at) | {w for g in _SAME_BODY if held_at & g for w in g}
    if not held_at <= {w for g in _SAME_BODY for w in g}:
        return False
    text = view.item.article.text
    first = text.find(s.name)
    if first < 0:
        return False
    # (before the name in its sentence: the body the news is about, "The Port Ellery Otters, the
    # Double-A baseball club ..., owner Dale Brannigan announced"; not "Harold Vance ... said the
    # team was talking to other cities")
    start = max(text.rfind(". ", 0, first), text.rfind("\n", 0, first)) + 1
    return bool(kin & set(tokens(text[start:first])))


def _relative_asked(a: Analysis, pairs: list[tuple[ArticleView, Speaker]], owner: str, relation: str) -> int:
    """"X's brother" asked to speak: the one person the article introduces by that word
    ("Her brother, Karl Brandvold, said") is the target; when it introduces no one so, the
    question asks of someone it lacks. Returns how many it introduces so."""
    theirs = [(v, p) for v, p in pairs if _introduced_as(v, p, relation)]
    if len(theirs) == 1:
        a.targets = [Target(theirs[0][0], theirs[0][1], "described")]
    elif not theirs:
        a.targets, a.missing_person = [], f"{owner}’s {relation}"
    return len(theirs)


def _introduced_as(view: ArticleView, s: Speaker, word: str) -> bool:
    """Does the article introduce the person by ``word`` ("Her brother, Karl Brandvold,",
    "Karl Brandvold, her brother,", "his neighbour Jim Hale")?"""
    text = view.item.article.text
    w = re.escape(word.lower().rstrip("s"))
    for m in re.finditer(re.escape(s.name), text):
        before, after = text[max(0, m.start() - 40) : m.start()].lower(), text[m.end() : m.end() + 40].lower()
        if re.search(r"\b" + w + r"s?,?\s+(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?$", before) or re.match(r",\s+(?:[\w’'-]+\s+){0,3}" + w + r"s?\b", after):
            return True
    return False


# "and her brother?": a relation of the person the conversation is about
_KIN = re.compile(r"\b(?:her|his|their)\s+(" + "|".join(sorted(_RELATIONS)) + r")s?\b", re.I)
# "give me three quotes from Dr. Carrow saying the dredging is perfectly safe": whether she said it
_QUOTES_SAYING = re.compile(r"\b(?:give|show|find|get|send|write|list)\s+(?:me\s+|us\s+)?(?:[\w-]+\s+){0,2}?(?:quotes?|lines?|words)\s+"
                            r"(?:from|by|of)\s+(?P<who>[^?,]{2,40}?)\s+(?:saying|claiming|stating|arguing|admitting|calling)\s+"
                            r"(?:that\s+)?(?P<what>[^?]{4,200}?)\s*[?.!]*\s*$", re.I)
_WHICH_OF_THEM = re.compile(r"^\W*(?:(?:and|so|ok(?:ay)?|but)\W+)?(?:which|who)\s+of\s+(?:them|those|these|the\s+(?:two|three|four)|"
                            r"the\s+(?:experts|analysts|people))\s+(?=(?:is|was|are|were|thinks?|thought|said|says|has|had|did|does|"
                            r"wants?|wanted|believes?|argues?|argued|sounds?|seems?|gets?|got|warned|warns|agrees?|agreed|"
                            r"disagrees?|called|calls|would|will|could|should|can|sees?|saw|favou?rs?|backs?|backed)\b)", re.I)
_WHY_Q = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|and|but|wait)\W+)*(?:why|how\s+come|what\s+explains|what['’]?s\s+behind)\b", re.I)
ROLE = _ROLE  # (the role words, for the backends: "the RUSI expert", "some press guy")


def shared_figure(question: str, answer: str) -> bool:
    """"Why the jump to 30,000?" after an answer with 30,000 in it: why asked of a figure the
    last answer gave."""
    if not answer or not _WHY_Q.match(question):
        return False
    figures = {n.replace(",", "").rstrip(".") for n in re.findall(r"\d[\d,.]*", answer)}
    return any(n.replace(",", "").rstrip(".") in figures for n in re.findall(r"\d[\d,.]*", question))


# "ok and what about the UK's share?", "how about Germany?": the last question, of something
# else (not of another time, "what about the year before?", which the last answer's sentence
# would seem to answer)
_WHAT_ABOUT = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|and|but|then|right|alright)\W+)*(?:what|how)\s+about\b"
                         r"(?!.*\b(?:years?|months?|weeks?|days?|quarters?|before|earlier|previous|prior|later|next|after|ago|since|"
                         r"\d{4})\b)", re.I)
# "that last one", "the second demand": an item of the list the last answer gave
LIST_ITEM_ASKED = re.compile(r"\b(?:that|the)\s+(first|second|third|last|final)\s+(?:one|item|demand|point|thing|part|request)\b", re.I)


def list_items(answer: str) -> list[str]:
    """The items of a list an answer gives after a colon ("three demands: a tuition freeze
    ..., a reversal of ..., and a public accounting of ..."); none without one."""
    m = re.search(r":\s*([^.:;]+(?:;[^.:;]+)*)", answer)
    if not m:
        return []
    items = [x.strip() for x in re.split(r"\s*;\s*(?:and\s+)?|,\s*(?:and\s+)?|\s+and\s+(?=(?:a|an|the)\b)", m.group(1)) if x.strip()]
    return items if len(items) >= 2 else []


def _list_item(answer: str, ordinal: str) -> str | None:
    """The item of the answer's list at its place ("the last one"), or None."""
    items = list_items(answer)
    k = {"first": 0, "second": 1, "third": 2, "last": -1, "final": -1}[ordinal]
    return items[k] if items and -len(items) <= k < len(items) else None


# "what about the first one?", "and the other one?": the last question, of another of a series
_SERIES_ORDINALS = r"first|second|third|fourth|fifth|last|final|other"
_ORDINAL_SWAP = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|and|but|then)\W+)*(?:(?:what|how)\s+about\s+)?the\s+(" + _SERIES_ORDINALS + r")\s+one\s*\??\s*$", re.I)
# "and the retired American general?": the last question, asked of someone else (a person
# described alone, no question word or verb of its own; "and in summer?" is no person)
_AND_ALONE = re.compile(r"^\W*(?:and|or|plus)\s+(?:what\s+about\s+)?(?:the|that|this)\s+(?:[\w’'.-]+\s+){0,4}?(?P<noun>[\w’'-]+)\s*\??\s*$", re.I)
# "and UK alone?", "or in France?": the last question, of something else (a few words, no
# question word or verb of their own)
_AND_SHORT = re.compile(r"^\W*(?:and|or|plus)\s+(?!(?:what|who|whom|how|why|when|where|which|is|are|did|does|do|was|were|can|could|"
                        r"would|will|should|has|have|had)\b)(?:[\w.’'-]+\s*){1,4}\??\s*$", re.I)
_CAPS = re.compile(r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")
_QUESTION_WORDS = frozenset(
    "what who whom whose which when where why how is are was were do does did can could would should "
    "will shall may might tell give list quote according and but so i in on at for the a an if".split()
)
_GENERIC = frozenset(
    "article story piece report text author writer journalist news says said say quote quotes question "
    "answer ignore instruction instructions system prompt".split()
)


HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof sir dame lord lady gen lt col maj capt cpt sgt adm cmdr gov sen rep rev fr "
    "president pres premier chancellor minister secretary mayor judge justice coach officer chief pm".split())
_GENERIC_STEMS = frozenset(tokens(" ".join(_GENERIC)))


@dataclass(slots=True)
class Target:
    view: ArticleView
    speaker: Speaker
    how: str  # named | described | history | group ("the experts": heard only if the article doesn't answer)


@dataclass(slots=True)
class Analysis:
    question: str
    kind: str  # who | speaker | fact
    targets: list[Target] = field(default_factory=list)
    unknown_names: list[str] = field(default_factory=list)
    wants_exact: bool = False
    topic: str = ""  # the question without the people in it, plus carried-over context
    follow_up: bool = False
    previous_answer: str = ""
    topic_people: list[str] = field(default_factory=list)
    missing_person: str | None = None  # "the state governor": a role nobody in the article has
    previous_question: str = ""
    query: str = ""  # what to search with: the topic, a follow-up's "he" or "she" as the person meant
    asked_as: str = ""  # the request as typed, when it was read as a claim ("give me quotes from X saying Y")
    elaborates: bool = False  # "which countries in particular?": names for what the last answer spoke of
    elliptical: bool = False  # "and UK alone?": the last question, asked of something else

    @property
    def typed(self) -> str:
        """The question whose form says what kind of answer is wanted: an elliptical
        follow-up's is the last question's ("how many troops ...?" then "and UK alone?")."""
        return f"{self.previous_question} {self.question}" if self.elliptical else self.question

    @property
    def search_text(self) -> str:
        return self.query or (self.topic if self.follow_up else self.question)

    @property
    def pronoun_person(self) -> Target | None:
        """The one person a follow-up's "he" or "she" stands for ("how much does he pay?"), as
        the conversation resolved it; None when the question names or describes someone."""
        people = [t for t in self.targets if t.how == "history"]
        if self.follow_up and len(people) == 1 == len(self.targets) and _SINGULAR.search(self.question):
            return people[0]
        return None

    @property
    def speaker_names(self) -> list[str]:
        return [t.speaker.name for t in self.targets if t.how != "group"]


_NAME_WORD = re.compile(r"[\w’'.-]+")


def _by_initial(aliases: dict) -> dict[str, list]:
    out: dict[str, list] = {}
    for key, people in aliases.items():
        if " " not in key:
            out.setdefault(key[:1], []).append((key, people))
    return out


def named_speakers(text: str, library: Library, scope: list[str]) -> list[tuple[int, ArticleView, Speaker, str]]:
    """People named in ``text``: (position, view, speaker, matched alias), found by
    looking every run of one to four words up in the library's alias index."""
    allowed = set(scope)
    words = list(_NAME_WORD.finditer(text))
    found: dict[tuple[str, str], tuple[int, ArticleView, Speaker, str]] = {}
    for i in range(len(words)):
        for n in (4, 3, 2, 1):
            if i + n > len(words):
                continue
            start, end = words[i].start(), words[i + n - 1].end()
            phrase = text[start:end]
            key = fold(phrase).replace("’s", "").replace("'s", "").strip(".’'")  # "Hodges'", "Francois" too
            for view, sp in library.aliases.get(key, []):
                if view.id in allowed and (view.id, sp.name) not in found:
                    if n == 1 and i and phrase == sp.name.split()[0] and not text[words[i - 1].end():start].strip() \
                            and (before := words[i - 1].group(0))[:1].isupper() \
                            and (before + " " + phrase) in view.item.article.text and (before + " " + phrase) not in sp.name:
                        continue  # "the captain of the Constance Ruth": a first name inside a boat's name
                    found[(view.id, sp.name)] = (start, view, sp, phrase)
    # a misspelt surname ("arnald", "Hodgez"), beside a name spelt right or not: one word
    # the articles don't have, close to exactly one person's single-word alias
    taken = [(at, at + len(phrase)) for at, _, _, phrase in found.values()]
    vocab = library.vocabulary(scope)
    # (the library's one-word aliases by first letter, kept until the articles change: the
    # scan runs for most questions, over every alias of a large library)
    by_initial = library.memo(("one-word aliases by initial",), lambda: _by_initial(library.aliases))
    # (the articles' words as written: "ramaswami" is the stem of "Ramaswamy", not a word of theirs)
    written = library.memo(("written words", frozenset(scope)),
                           lambda: set().union(*(library.articles[aid].words for aid in scope if aid in library.articles)))
    for w in words:
        if not any(a <= w.start() < b for a, b in taken):
            word = fold(w.group(0)).replace("’s", "").replace("'s", "").strip(".’'")
            # (nor an English word: "putting" is not "Putin")
            if len(word) < 5 or word in written or word in _QUESTION_WORDS or word in english_words():
                continue
            close = {(v.id, sp.name): (w.start(), v, sp, w.group(0)) for key, people in by_initial.get(word[:1], ())
                     if abs(len(key) - len(word)) <= 3 and near(word, key) for v, sp in people if v.id in allowed}
            if len(close) == 1 and not close.keys() & found.keys():
                found.update(close)
    # a first name spelt right and a surname misheard past its start ("ed arnie" for Ed
    # Arnold, from speech): the one person with that first name whose surname starts so
    taken = [(at, at + len(phrase)) for at, _, _, phrase in found.values()]
    for first, last in zip(words, words[1:]):
        if any(a <= first.start() < b or a <= last.start() < b for a, b in taken):
            continue
        given, heard = fold(first.group(0)), fold(last.group(0)).replace("’s", "").replace("'s", "").strip(".’'")
        if len(heard) < 4 or heard in vocab or heard in english_words() or text[first.end():last.start()].strip():
            continue
        close = {(view.id, sp.name): (first.start(), view, sp, text[first.start():last.end()])
                 for view, sp in library.speakers(scope)
                 if len(parts := fold(sp.name).split()) >= 2 and parts[0] == given and misheard(heard, parts[-1])}
        if len(close) == 1 and not close.keys() & found.keys():
            found.update(close)
    return sorted(found.values(), key=lambda x: x[0])


_VIEW_NOUN = re.compile(r"\s*(?:view|views|take|opinion|opinions|words|comments?|remarks?|position|stance|answer|"
                       r"response|reaction|argument|point|assessment|verdict|thoughts?|quotes?|warning|advice)\b", re.I)


ASKS_WHO = re.compile(r"^\W*(?:(?:and|so|but|ok(?:ay)?|then)\W+)?who\s+(?:else\s+)?(?!(?:is|was|are|were|am)\b)"
                       r"(?:(?P<aux>does|did|do|has|have|had|would|will|can|could|should|might|may)\s+)?(?=[a-z])", re.I)


def speaker_slots(question: str, named: list[tuple[int, ArticleView, Speaker, str]]) -> list[tuple[int, ArticleView, Speaker, str]]:
    """The named people the question asks to hear from, as opposed to the people it asks
    about: "according to X" names the speaker; a name after "about/on/to/..." is subject
    matter ("What did he say about Trump?"), and so is a possessive of anything but a view
    ("Trump's commitments", not "Arnold's take")."""
    according = re.search(r"\b(?:according\s+to|in\s+the\s+(?:view|words)\s+of)\s+([^,?.;]{1,60})", question, re.I)
    if according and not re.match(r"(?:the|this|that)\s+(?:article|story|piece|report|text|reporting)\b", according.group(1), re.I):
        return [n for n in named if according.start(1) <= n[0] < according.end(1)]
    # "who doubts a force would deter Putin?", "who else has criticised Trump?": "who" is the
    # one asked about, and everyone the question names is what they spoke of; not "who did
    # Arnold agree with?" (an auxiliary, then the subject) nor "who is Arnold?"
    asker = ASKS_WHO.match(question)
    if asker and not (asker.group("aux") and any(
            n[0] >= asker.end() and len(question[asker.end():n[0]].split()) <= 1 for n in named)):
        return []
    out = []
    for n in named:
        before = re.sub(r"\bword[\s-]+(?:for|by)[\s-]+word\b", " ", question[: n[0]], flags=re.I)  # not "for X"
        if re.search(r"(?:^|[.!?;:,(—–-]\s*|\band\s+)(?:what|how)\s+about\s+$", before, re.I) and \
                re.search(r"\b(?:he|she|his|her)\b", question[n[0] + len(n[3]):], re.I):
            out.append(n)  # "ok. what about Arnold, does he agree?": the one the rest asks to hear from
            continue
        if re.search(r"\b(?:besides|other\s+than|apart\s+from|aside\s+from|except(?:\s+for)?)\s+$|(?:^|[.!?;:,(—–-]\s*)not\s+$", before, re.I):
            continue  # "which council members besides Marchetti voted yes?", "... say? not bisbee, the second one": the others
        if re.search(r"\b(?:told|tell|tells|telling|asked|asks|warned|warns|assured|assures|urged|urges)\s+$", before, re.I) and \
                any(m[0] < n[0] for m in named):
            continue  # "what Putin told Trump": Trump is spoken to
        if re.search(r"\b(?:trust|trusts|trusted|blame|blames|blamed|criticis\w+|criticiz\w+|praise[sd]?|back|backs|backed|"
                     r"believe|believes|believed|doubt|doubts|doubted|accuse[sd]?|defend|defends|defended)\s+$", before, re.I):
            continue  # "does he trust Trump to keep his word?": Trump is what the view is about
        after = question[n[0] + len(n[3]):]
        # (the name may have been matched with its possessive: "Heisbourg's")
        own = re.search(r"\w([’']s?)$", n[3])
        own_view = re.match(r"(?:[’']s|[’'])\s+(?:view|opinion|eyes|estimation|judg(?:e)?ment|assessment|words|"
                            r"telling|account|perspective|reckoning)\b", (own.group(1) if own else "") + after, re.I)
        if own_view and re.search(r"\b(?:in|by|from|to)\s+$", before, re.I):
            out.append(n)  # "in Heisbourg's view", "by Hodges' account": the one to hear from
            continue
        if re.search(r"\b(?:quot\w*|words|comments?|remarks?|statements?|hear|heard)\s+(?:from|by)\s+$", before, re.I):
            out.append(n)  # "every direct quote from Heisbourg": the one to hear from
            continue
        if re.search(r"\b(?:about|on|regarding|concerning|towards?|to|with|of|in|by|from|against|for|than|between)\s+"
                     r"(?:(?!(?:does|did|do|is|are|was|were|has|have|had|would|will|can|could|should)\b)\w+[’']?\s+){0,2}$",
                     before, re.I) and not re.match(r"\W*(?:with|in|by)\s+(?:what|which)\s+\w+\s+$", before, re.I):
            # (not "what size of force does Arnold think": a new clause; nor "with what
            # words Arnold finish?": the question word's phrase)
            continue
        if re.search(r"\b(?:say|says|said|think|thinks|believe|believes|claim|claims|report|reports|suggest|suggests|"
                     r"mention|mentions|show|shows)\s+(?:that\s+)?$", before, re.I):
            continue  # "does the article say Trump walked away ...": Trump is what is said about
        if re.search(r"\b(?:say|says|said|think|thinks|believe|believes|claim|claims|suggest|suggests|argue|argues|warn|warns|"
                     r"expect|expects|doubt|doubts)\b[^?]{0,60}?\bthat\s+(?:\w+\s+){0,1}$", before, re.I):
            continue  # "does he say there is a guarantee that Trump will keep ...": inside what is said
        # "Trump's commitments", and "trumps meeting" typed without the apostrophe
        possessive = re.match(r"(?:[’']s|[’'])(?=\s)", after) or (
            re.match(r"s(?=\s+[a-z])", after) if n[3][-1:].isalpha() else None)
        if possessive and not _VIEW_NOUN.match(after[possessive.end():]):
            continue
        out.append(n)
    return out


def whose_body(view: ArticleView, description: str, pos: int) -> str | None:
    """The body a description points back to ("the department’s director", "the group’s
    executive director"): the nearest name before it that ends with that noun ("the state
    Water Resources Department"), or the organisation quoted in the article that its own
    description calls so ("the Kestrel River Alliance, a conservation group")."""
    m = re.match(r"the\s+([a-z]+)[’']s\s", description)
    if not m or pos < 0:
        return None
    noun = m.group(1)
    text = view.item.article.text
    named = list(re.finditer(r"\b((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|on)\s+)?){1,5}" + noun.capitalize() + r")\b", text[:pos]))
    if named:
        # (the story's own, when the lead names it and the article keeps coming back to it,
        # not one named in passing just before: "Dunmore Memorial Hospital, 47 miles to the
        # south, stopped delivering babies" / "Gordon Pellham, the hospital’s chief executive"
        # of a story on Sable River Community Hospital)
        lead = view.item.passages[0].text if view.item.passages else ""

        def mentions(name: str) -> int:
            short = " ".join(name.split()[:2]) if len(name.split()) > 2 else name
            return len(re.findall(r"\b" + re.escape(short) + r"\b", text))

        nearest = named[-1].group(1)
        main = max((m.group(1) for m in named if m.group(1) in lead), key=mentions, default=None)
        if main and main != nearest and mentions(main) > mentions(nearest):
            return main
        return nearest
    bodies = [b for b in view.item.speakers if b.kind == "organization" and b.description
              and re.search(r"\b" + re.escape(noun) + r"\b", b.description, re.I)]
    nearest = max(bodies, key=lambda b: text.rfind(b.name, 0, pos), default=None)
    return nearest.name if nearest is not None and text.rfind(nearest.name, 0, pos) >= 0 else None


_SENTENCE_END = re.compile(r"[.!?][”\"]?\s+(?=[A-Z“\"])")
# "She helped organize a petition ...": what a person did, said next (not "She said ...")
_DID_NEXT = re.compile(r"(?:He|She)\s+(?!(?:also\s+)?(?:said|says|added|told|noted|argued|warned|wrote|called)\b)([^.!?“\"”\n]{5,160})[.!?]")


def _intro_sentence(view: ArticleView, s: Speaker) -> str:
    """The sentence of the article where the person is first named."""
    text = view.item.article.text
    first = text.find(s.name)
    if first < 0:
        return ""
    start = max(text.rfind("\n", 0, first) + 1, max((m.end() for m in _SENTENCE_END.finditer(text, max(0, first - 400), first)), default=0))
    end = _SENTENCE_END.search(text, first)
    return text[start : min(end.end() if end else len(text), text.find("\n", first) if "\n" in text[first:] else len(text))]


# titles as news writes them short before a name ("State Sen. Gil Bramhall"), which a
# question asks for in full ("the state senator")
_SHORT_TITLES = {"sen": "Senator", "rep": "Representative", "gov": "Governor", "gen": "General", "prof": "Professor",
                 "lt": "Lieutenant", "col": "Colonel", "sgt": "Sergeant", "capt": "Captain", "supt": "Superintendent",
                 "atty": "Attorney", "insp": "Inspector", "det": "Detective", "cmdr": "Commander", "adm": "Admiral"}


_SHORT_OF = {full.lower(): short for short, full in _SHORT_TITLES.items()}


def _spelled_titles(text: str) -> str:
    """The text with short titles spelled out ("State Sen." -> "State Senator")."""
    return re.sub(r"\b(" + "|".join(k.capitalize() for k in _SHORT_TITLES) + r")\.(?=[\s,])",
                  lambda m: _SHORT_TITLES[m.group(1).lower()], text)


def aged_roles(view: ArticleView, s: Speaker) -> list[str]:
    """The roles the article gives the person by age, at a sentence's start right after
    one that names them and no one else: "Wendell Pruitt, a lift mechanic ..., left his
    cabin .... The 64-year-old lift mechanic said ..." gives "64-year-old lift mechanic"
    (at a paragraph's start, after the paragraph before)."""
    out = []
    sentences = view.sentences
    others = [o.name.split()[-1] for o in view.item.speakers if o.name != s.name]
    last = s.name.split()[-1]
    paragraphs = {p.id: p.text for p in view.item.passages}
    order = [p.id for p in view.item.passages]
    for k, x in enumerate(sentences):
        m = AGED_ROLE.match(x.text)
        if not m or k == 0:
            continue
        before = sentences[k - 1]
        if before.passage_id != x.passage_id:
            at = order.index(x.passage_id) if x.passage_id in order else 0
            text = paragraphs.get(order[at - 1], before.text) if at > 0 else before.text
        else:
            text = before.text
        text = re.sub(r"“[^”]*”?", " ", text)  # (the people a quote speaks of are not who the sentence is about)
        if re.search(r"\b" + re.escape(last) + r"\b", text) and not any(re.search(r"\b" + re.escape(o) + r"\b", text) for o in others):
            out.append(m.group(1))
    return out


def profile_words(view: ArticleView, s: Speaker) -> list[str]:
    """Words that describe a person: description, titles, the body a description points
    back to ("the department’s director": the Water Resources Department), and the words
    right after their name outside quotes ("Arnold at RUSI")."""
    words = tokens(_spelled_titles(s.description or ""))
    if s.description and (body := whose_body(view, s.description, view.item.article.text.find(s.name))):
        words += tokens(body)
    words += [t for w in s.name.split() if w.isupper() and len(w) <= 4 for t in tokens(w)]  # "KC", "MP"
    text = view.item.article.text
    # (a surname another person shares is theirs where their full name is written: "Marjorie
    # Pruitt, 61, ..." does not describe her son Daniel Pruitt)
    theirs = [(o.start(), o.end()) for other in view.item.speakers if other.name != s.name
              and other.name.split()[-1] == s.name.split()[-1] for o in re.finditer(re.escape(other.name), text)]
    for alias in {s.name, s.name.split()[-1]}:
        found = [m for m in re.finditer(re.escape(alias), text) if not any(a <= m.start() < b for a, b in theirs)]
        # where the person is introduced (and a later apposition: "Ochoa, 58, a retired
        # accountant in her second term, was joined ...")
        later = [m for m in found[2:] if re.match(r",\s+(?:\d{1,3},\s+)?(?:a|an)\s+[a-z]", text[m.end():m.end() + 12])]
        for m in found[:2] + later[:1]:
            after = text[m.end() : m.end() + 120]
            apposition = after.startswith(", ")
            if apposition:
                # ", an epidemiologist who chairs the Sorrel County Board of Health,": the
                # apposition and its relative clause describe the person
                after = after[2:]
                # (past an age, kept too: "Weller, 61, runs a hardware store on Cable Street")
                if aged := re.match(r"(\d{1,3}),\s+", after):
                    words.append(aged.group(1))
                    after = after[aged.end():]
            after = re.split(r"[,.;“\"”]", after, maxsplit=1)[0]
            words += tokens(after)[: 12 if apposition else 3]
            if _RUNS_A_BUSINESS.match(after):
                words += tokens("owner")  # ("runs a hardware store": the store owner)
            before = _spelled_titles(text[max(0, m.start() - 40) : m.start()])
            if re.search(r"\bDr\.\s*$", before):
                words += tokens("doctor")  # ("Dr. Anita Ramirez-Cole": the doctor)
            before = re.split(r"[,.;“\"”—\n]", before)[-1]  # (not the headline above a first paragraph)
            words += tokens(before)[-3:]
    words += [t for role in aged_roles(view, s) for t in tokens(role)]
    if _A_UNION.search(s.description or ""):
        words += tokens("union")  # ("president of United Auto Workers Local 2291": the union president)
    # ("Lena Hartwig, 21, a senior ..., said she learned of the proposal .... She helped
    # organize a petition ...": what the next sentence says she did, when it is hers alone)
    first = text.find(s.name)
    end = _SENTENCE_END.search(text, first) if first >= 0 and s.kind == "person" else None
    if end is not None and "\n" not in text[first:end.end()] and not any(
            o.name != s.name and o.name.split()[-1] in text[text.rfind("\n", 0, first) + 1:end.end()] for o in view.item.speakers):
        pronoun = _DID_NEXT.match(text, end.end())
        if pronoun:
            words += tokens(pronoun.group(1))[:12]
        # ("Martha Kettering, 74, a retired schoolteacher ..., depends on an oxygen concentrator
        # that runs on electricity.": what the sentence that introduces her says she does)
        at = text.find(s.description, first, end.start()) if s.description else -1
        does = _DOES_AFTER.match(text, at + len(s.description), end.start()) if at >= 0 else None
        if does:
            # (what she does, not where: the names in it are no one's description, "works
            # 12-hour shifts ... at a nursing home in Garnet City")
            words += tokens(" ".join(w for w in does.group(1).split() if not w[:1].isupper()))[:10]
    return words


# a labor union by its name: "United Auto Workers Local 2291", "Teamsters Local 120", "the
# Brotherhood of Locomotive Engineers"
_A_UNION = re.compile(r"\b(?:Local\s+\d+|Teamsters|Brotherhood|Guild|Workers\s+(?:of\s+America|Union|United)|"
                      r"(?:Auto|Steel|Food|Mine|Farm|Electrical|Service|Transit|Communications)\s+Workers|Federation\s+of\s+\w+\s+"
                      r"(?:Teachers|Employees|Workers|Musicians)|Association\s+of\s+\w+\s+(?:Employees|Workers))\b")
_RUNS_A_BUSINESS = re.compile(r"(?:who\s+)?(?:runs?|ran|owns?|owned|operates?|operated)\s+(?:a|an|the|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?"
                              r"(?:store|shop|restaurant|bar|cafe|café|diner|bakery|tavern|pub|salon|garage|pharmacy|hotel|motel|inn|"
                              r"brewery|winery|business|company|firm|farm|ranch|boutique|bookstore|market|deli|gallery|studio|dealership)\b", re.I)


# the verb that follows an introduced person's apposition: "..., depends on an oxygen concentrator"
_DOES_AFTER = re.compile(r",\s+(?!(?:also\s+)?(?:said|says|told|tells|added|adds|noted|argued|warned|wrote|called|asked|"
                         r"explained|insisted|agreed|disagreed|disputed|acknowledged|conceded|predicted|estimated)\b)"
                         r"((?:has|have|had|is|was)?\s*[a-z]+(?:s|ed)\b[^.!?“\"”\n]{3,140})")


# Kinds of role: a question's "analyst" is the article's "special adviser at a think
# tank", never its "president". General English, the same for every article.
_ROLE_KINDS = {
    "expert": "expert analyst adviser advisor researcher fellow scholar specialist academic professor economist "
              "strategist consultant commentator observer scientist historian think-tank tank institute "
              "biologist ecologist chemist physicist geologist hydrologist meteorologist climatologist oceanographer",
    "legal": "lawyer attorney barrister solicitor counsel prosecutor judge justice magistrate kc qc advocate",
    "official": "official minister secretary president chancellor premier mayor governor senator lawmaker "
                "legislator councillor councilor councilman councilwoman spokesperson spokesman spokeswoman "
                "ambassador diplomat envoy politician leader dean provost rector registrar trustee regent",
    "military": "general commander colonel admiral soldier veteran military army planner marine",
    "health": "doctor physician surgeon nurse midwife obstetrician paramedic clinician pharmacist "
              "epidemiologist gp",
    "emergency": "firefighter police officer detective sergeant constable inspector chief sheriff",
    # (those who farm or grow: "a farmer", "who grows pears on 85 acres")
    "farming": "farmer grower rancher orchardist fisherman fishermen vintner winemaker beekeeper farmhand farmworker "
               "farms grows",
}
_KIND_OF = {stem: kind for kind, words in _ROLE_KINDS.items() for stem in tokens(words)}
# word stem -> place ("pari" -> the France group), so "the French analyst" finds "in Paris"
PLACE_OF = {t: group[0] for group in place_groups() for form in group if " " not in form and form != "us" for t in tokens(form)}


def _body_named(text: str) -> re.Match | None:
    """A body named after a title ("the CEO of Halvorsen Labs"): capitalised words, not
    all of them a place's or its people's ("the adviser at the French research foundation"
    names a kind of body, not one)."""
    m = re.match(r"\s+(?:of|at|for)\s+(?:the\s+)?((?:[A-Z][\w’'&.-]*\s*){1,4})", text)
    return m if m and not all(is_place_word(w) for w in m.group(1).split()) else None


def is_place_word(word: str) -> bool:
    """Is the word a place's name or its people's ("france", "British"), in any case?"""
    found = tokens(word)
    return bool(found) and all(t in PLACE_OF for t in found)


# Words for the same role: "spokesperson" asks for "the spokeswoman".
_SAME_ROLE = [
    "spokesperson spokeswoman spokesman spokespeople spokesmen spokeswomen",
    "chair chairs chaired chairman chairwoman chairperson head heads headed leads leader director",  # of a body
    "ceo chief-executive boss",
    "lawyer attorney barrister solicitor counsel kc qc advocate",
    "doctor physician",
    "obstetrician ob ob-gyn obgyn gynecologist",
    "organiser organizer",
    "councillor councilor councilman councilwoman alderman",
    "graduate alum alums alumnus alumna",  # ("the rich alum": "a 1979 graduate"; not "the alumni association")
    "donor donors donated donate benefactor philanthropist endow endowed gave",  # ("who gave $2.5 million to the university")
    # (family words as people say them: "the rancher mom" for "a mother of three who lives on a ranch")
    "employee worker staffer",  # ("the ticket counter worker": "one longtime ticket counter employee")
    "teacher instructor educator lecturer",
    "captain skipper",  # ("the skipper": "captain of the Constance Ruth")  # ("an English teacher": "one longtime instructor in the English department")
    "sheriff lawman",  # ("the county's top lawman")
    "mother mom mum mommy mama", "father dad daddy papa", "grandmother grandma granny nana", "grandfather grandpa granddad",
]
# "a retired electrician whose daughter is a sophomore", "a mother of three": a parent, whom a
# question may ask for as "the father of the German student"
_CHILDREN = frozenset(("daughter", "son", "child", "children", "kid"))
_PARENTS = frozenset(tokens("parent father mother dad mom mum"))
_HAS_CHILD = re.compile(r"\bwhose\s+(?:\w+\s+)?(?:daughters?|sons?|child|children|kids?)\b|\b(?:father|mother|parent)\s+of\b|"
                        r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:daughters?|sons?|child|children|kids?)\b", re.I)
_SAME_OF = {t: group.split()[0] for group in _SAME_ROLE for word in group.split() for t in tokens(word)}


def same_role(word: str) -> set[str]:
    """The stems of the words for the same role as ``word`` ("teacher": instructor,
    educator, lecturer), with its own."""
    own = set(tokens(word))
    heads = {_SAME_OF[t] for t in own if t in _SAME_OF}
    return own | {t for t, head in _SAME_OF.items() if head in heads}


_OFFICES = frozenset(tokens(
    "governor mayor senator minister secretary president premier chancellor judge ambassador commissioner sheriff "
    "councillor councilor councilman councilwoman congressman congresswoman representative prosecutor coach "
    "captain ceo chairman chairwoman chair speaker spokesperson spokesman spokeswoman envoy dean provost rector registrar "
    "attorney treasurer auditor comptroller coroner marshal assessor"))


def _labels(words: set[str]) -> set[str]:
    """The role kinds, role synonyms and places a set of word stems refers to, as extra
    match labels."""
    out = {"role:" + _KIND_OF[w] for w in words if w in _KIND_OF}
    out |= {"role:expert" for w in words if w.endswith(("olog", "ologist", "ician", "ist")) and w not in _KIND_OF
            and len(w) > 6}
    out |= {"same:" + _SAME_OF[w] for w in words if w in _SAME_OF}
    # ("the scientist" for "a hydrologist", "a chemist")
    out |= {"same:scientist" for w in words if w in _SCIENTISTS or len(w) > 5 and w.endswith(("olog", "chemist", "physicist"))}
    out |= {"place:" + PLACE_OF[w] for w in words if w in PLACE_OF}
    return out


_SCIENTISTS = frozenset(tokens("scientist scientists"))


def _named_before_role_elsewhere(phrase: str, pairs: list[tuple[ArticleView, Speaker]]) -> bool:
    """Whether a name before the role the phrase asks for ("Carver Springs" in "the Carver
    Springs mayor") is in no one's profile nor the dateline: someone the article doesn't have.
    A place the gazetteer knows, or its people ("the retired American general"), is left to
    the place labels, and an abbreviation ("the ER nurse") to the words it stands for; the
    phrase's first word counts ("Scranton superintendent")."""
    role = _ROLE.search(phrase)
    if not role:
        return False
    named = {t for m in re.finditer(r"(?:(?<=\w )|^)[A-Z][\w’'-]+", phrase[:role.start()])
             if not is_place_word(m.group(0)) and m.group(0).lower() not in STOPWORDS
             and not re.sub(r"[’']s$", "", m.group(0)).isupper() for t in tokens(m.group(0))}  # (nor an abbreviation: "the ER's")
    named -= set(tokens(role.group(0))) | STOPWORDS
    return bool(named) and not any(named & set(v.profile(s, _labelled_profile)) for v, s in pairs) \
        and not any(named <= dateline_place(v.item.article.text) for v, _ in pairs)


@functools.lru_cache(maxsize=4096)
def dateline_place(text: str) -> frozenset[str]:
    """The word stems of the place a story is datelined from ("PORT ELLERY, Pa. (Keystone
    Wire) —"), or none."""
    m = re.search(r"(?:^|\n)\s*([A-Z][A-Z.’' -]{2,40}?)(?:,\s|\s+[—–]\s)", text[:1500])  # ("HARLOW SPRINGS — After ...")
    return frozenset(tokens(m.group(1))) if m else frozenset()


# the words for whoever leads a body, asked as "the head of the council"
_LEADS = frozenset(tokens("head chief leader boss chair ceo"))
_BODY_NOUNS = frozenset(ORGANISATION_NOUNS | NON_PERSON_HEADS) - {"city", "county", "state"}


# "the woman who leads the county board", "who chairs the planning commission"
_LEADS_BODY = re.compile(r"\bwho\s+(?:leads|heads|chairs|runs|presides\s+over)\s+(?:the|a|an|that|this)\s+((?:[\w’'-]+\s+){0,2}?)"
                         r"(board|council|commission|committee|panel|authority|agency|department|district|union|association)\b", re.I)


def _role_unnamed(roles: list[str], pairs: list[tuple[ArticleView, Speaker]]) -> bool:
    """Does the article give the role asked for ("the nurse who got a ticket") to someone it
    never names ("said the driver, a nurse who asked not to be named"): a sentence with the
    role word and no speaker's name in it?"""
    if not roles or not pairs:
        return False
    word = re.escape(roles[-1].split()[-1].rstrip("s"))
    names = {w for _, s in pairs for w in s.name.split()}
    view = pairs[0][0]
    return any(re.search(r"\b(?:a|an|the)\s+(?:[\w-]+\s+)?" + word + r"s?\b", x.text, re.I)
               and not any(re.search(r"\b" + re.escape(n) + r"\b", x.text) for n in names) for x in view.sentences)


def _led_body(rest: str) -> set[str]:
    """The stem of the body's noun after "the head": "council" of " of the local council
    react?", "board" of " of the school board say?"; none when no body's noun follows."""
    m = re.match(r"\s+of\s+(?:the|a|an|that|this)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", rest, re.I)
    words = []
    for w in (m.group(1).lower().split() if m else []):
        if w in STOPWORDS or not re.fullmatch(r"[a-z’'-]+[?,.;:]?", w):
            break
        words.append(w.rstrip("?,.;:"))
    nouns = [w for w in words if w.strip("’'s") in _BODY_NOUNS or w in _BODY_NOUNS]
    return set(tokens(nouns[-1])) if nouns else set()


def _called(text: str, noun: set[str]) -> set[str]:
    """The names a text defines as a kind of body by an apposition: "Crestline Health
    Partners" in "Crestline Health Partners, the Nashville-based company that ..." for the
    stem of "company"."""
    out = set()
    for m in re.finditer(r"((?:[A-Z][\w&’'.-]*\s+){0,4}[A-Z][\w&’'.-]*),\s+(?:the|a|an)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", text):
        words = re.split(r"\s+(?:that|which|who|with|in|of|and|based)\b", m.group(2))[0].split()
        if any(set(tokens(w)) == noun for w in words) and not re.match(r"(?:The|A|An)\b", m.group(1)):
            out.add(m.group(1))
    return out


# places inside wider ones, for "the European expert" and "the American trader" (Europe is
# the label PLACE_OF gives "European": "european union")
_EUROPEAN = frozenset(("austria", "belgium", "czech republic", "denmark", "england", "estonia", "finland", "france",
                       "germany", "greece", "hungary", "ireland", "italy", "latvia", "lithuania", "netherlands",
                       "norway", "poland", "portugal", "romania", "scotland", "spain", "sweden", "switzerland",
                       "ukraine", "united kingdom", "wales"))
_UK = frozenset(("england", "scotland", "wales", "northern ireland"))


def _within(label: str) -> set[str]:
    """A place label and the wider places it lies in ("place:paris" is in France, which is
    in Europe; a U.S. state is in the United States)."""
    place = label.removeprefix("place:")
    out = {place}
    if place in _UK:
        out.add("united kingdom")
    if place in US_STATES:
        out.add("united states")
    if out & _EUROPEAN:
        out.add("european union")
    return {"place:" + p for p in out}


def _derived(a: str, b: str) -> bool:
    """Two stems of one word family: one the other's start ("brew" and "breweri") or an
    agent noun of the other ("owner" of "own")."""
    short, long = sorted((a, b), key=len)
    if short == long or not long.startswith(short):
        return False
    return len(short) >= 5 or long in (short + "er", short + "or")


# a role word and the word before it ("medical officer"); overlapping ("head obstetrician")
_TITLE = re.compile(r"(?=\b([a-z][\w-]+)\s+(" + _ROLE.pattern[len(r"\b(?:"):-len(r")s?\b")] + r")s?\b)", re.I)
_PLAIN_ROLES = frozenset(("guy", "man", "woman", "person", "lady", "one", "head", "chief", "boss", "leader", "official", "officer",
                          "member", "representative", "people"))
_PLAIN_STEMS = frozenset(tokens(" ".join(_PLAIN_ROLES)))
# words of rank or standing, not of field: "a retired general" may be the "former commanding general"
_STANDING = frozenset(tokens("retired former ex senior junior top chief deputy acting current longtime longstanding veteran "
                             "leading lead principal assistant associate outgoing incoming new special interim"))


# plain role words that make formal titles with a word of a field before them ("chief
# financial officer", "press officer"); "hospital chief" or "union boss" only describe
_FORMAL = frozenset(("officer",))


def _field_word(word: str) -> bool:
    """Is the word before a role word a field ("financial", "transport"), not a grammar
    word, an acronym, a rank ("retired") or a place ("US", "French")?"""
    return word.lower() not in STOPWORDS and not word.isupper() and not set(tokens(word)) & _STANDING \
        and not any(w.startswith("place:") for w in _labels(set(tokens(word))))


def _asked_of(before: str, after: str) -> bool:
    """Is the role word that ends ``before`` the subject of a question's auxiliary ("would
    the security analyst ..."), so that the word after it is the person's verb ("trust
    Trump"), not the head of a body's name ("the hospital trust", "did the plant workers'
    union ..."; but "has the campaign founder's group ..." asks of the founder)?"""
    if re.match(r"[’'](?!s\b)", after):
        return False
    return bool(re.search(r"\b(?:would|does|did|do|can|could|will|should|might|may|has|have|had)\s+(?:the|a|an)\s+"
                          r"(?:[\w.’'-]+\s+){0,6}?[\w.’'-]+$", before, re.I))


def _names_a_body(after: str) -> bool:
    """Does the text right after a role word make it part of a body's name ("workers'
    union", "residents association")?"""
    m = re.match(r"[’']?s?[’']?\s+([a-z]+)", after, re.I)
    # (not what the person has to say: "the civil liberties guy's point about ...")
    return bool(m) and m.group(1).lower() in NON_PERSON_HEADS and not _VIEW_NOUN.match(after[m.start(1) - 1:])


def _plain_titles(question: str) -> list[tuple[str, str]]:
    """(role, word before it) for the question's formal titles whose other word is a field
    ("financial officer")."""
    return [(m.group(2).lower(), m.group(1).lower()) for m in _TITLE.finditer(question)
            if m.group(2).lower() in _FORMAL and _field_word(m.group(1)) and not _ROLE.fullmatch(m.group(1))]


def _other_title(question: str, description: str, profile: set[str]) -> bool:
    """Does the question ask for another title than the person holds: a role word the
    person's description lacks ("the head obstetrician" for a council leader), or the same
    role word with another word before it ("chief medical officer" for the "chief
    financial officer", "transport minister" for the "industry minister")? Words of one
    kind ("army" and "military", "analyst" and "adviser") or that the question also has
    are no difference."""
    found = [(m.group(2).lower(), m.group(1)) for m in _TITLE.finditer(question) if m.group(2).lower() not in _PLAIN_ROLES]
    own = {w for w in profile if ":" not in w}
    profile = own | _labels(own - _PLAIN_STEMS)  # "chief" is of no one kind
    for role, mod in _plain_titles(question):
        # a formal title whose role word is plain ("financial officer"): its other word
        # says what the person is
        mod_t = tokens(mod)
        if mod_t and mod_t[0] not in own and not any(_derived(mod_t[0], p) for p in own) and not (_labels(set(mod_t)) & profile):
            return True
    for role, mod in found:
        stem = tokens(role)[:1]
        if re.match(r"who\s", description) and re.search(r"(?:er|or)$", role) and tokens(mod) and set(tokens(mod)) <= own:
            continue  # ("the crane operator" of one "who has driven ... a crane": what they do, not a title)
        if stem and stem[0] not in profile and not any(_derived(stem[0], p) for p in profile if ":" not in p) \
                and not (_labels(set(stem)) & profile) and not (_asks_executive(f"{mod} {role}") and _executive_label(own)):
            return True
    # a place ("US", "French") is matched as a place, not as part of a title
    asked = {(role, mod.lower()) for role, mod in found if _field_word(mod)}
    if not asked:
        return False
    q_words = set(tokens(question))
    held = {(m.group(2).lower(), m.group(1).lower()) for m in _TITLE.finditer(description)
            if m.group(1).lower() not in STOPWORDS and not set(tokens(m.group(1))) & _STANDING}
    for role, mod in asked:
        theirs = [d for r, d in held if r == role]
        mod_t = tokens(mod)
        if not theirs or not mod_t or mod_t[0] in profile or any(_derived(mod_t[0], p) for p in own):
            continue  # "strategy adviser" at a "Foundation for Strategic Research"
        if _labels(set(mod_t)) & profile:  # "the American general" of the U.S. Army
            continue
        if all(tokens(d) and tokens(d)[0] not in q_words and not (_labels(set(tokens(d))) & _labels(set(mod_t)))
               for d in theirs):
            return True
    return False


def _parent_label(s: Speaker, words: set[str]) -> set[str]:
    """"same:parent" for someone the article gives a child: in their description, or in
    their profile's words ("…, whose daughter is a sophomore")."""
    parent = _HAS_CHILD.search(s.description or "") or "whose" in words and words & _CHILDREN
    return {"same:parent"} if parent else set()


# "the utility executive", "a company exec": whoever holds an office that runs a body (a
# vice president, a chief financial officer, a director), but only the question's word for
# one; "the CEO" is still the chief executive alone
_EXECUTIVE_TITLES = frozenset(tokens("president ceo cfo coo cto director chairman chairwoman manager founder executive vp"))
EXECUTIVE = "exec:officer"


def _executive_label(words: set[str]) -> set[str]:
    # (a "chief financial officer" too; not a police officer, nor a fire chief)
    return {EXECUTIVE} if words & _EXECUTIVE_TITLES or {"chief", "offic"} <= words else set()


def _office_labels(words: set[str], s: Speaker) -> set[str]:
    """The labels of a person's office that its words spell out only in part: an executive,
    and a "council member", who is a councilman ("Council member Greg Tollefson, one of the
    two members who voted no")."""
    if s.kind != "person":
        return set()
    return _executive_label(words) | ({"same:" + _SAME_OF["councilman"]} if {"council", "member"} <= words else set())


def _asks_executive(phrase: str) -> bool:
    return bool(re.search(r"\bexecs?\b|\bexecutives?\b(?!\s+(?:director|officer|editor|chef|producer|assistant|board|committee|"
                          r"order|session|branch|summary)s?\b)", phrase, re.I)) \
        and not re.search(r"\b(?:chief|vice)\s+executive", phrase, re.I)


def _labelled_profile(view: ArticleView, s: Speaker) -> set[str]:
    words = set(view.profile(s, profile_words))
    # ("Tom Brannigan, a retired electrician …, whose daughter is a sophomore": the words
    # after the name, past the description)
    return words | _labels(words) | _parent_label(s, words) | _office_labels(words, s)


def _labelled_description(view: ArticleView, s: Speaker) -> set[str]:
    words = set(tokens(s.description or ""))
    return words | _labels(words) | _parent_label(s, set()) | _office_labels(words, s)


def _profile_starts(view: ArticleView, s: Speaker) -> set[str]:
    return {w[:5] for w in view.profile(s, profile_words)}


_BODY_ASKED = re.compile(r"\b(?:the|its|their)\s+((?:[\w’'-]+\s+){0,3}?)(" + "|".join(sorted(ORGANISATION_NOUNS, key=len, reverse=True))
                         + r")s?\b", re.I)


_PLACE_BODIES = frozenset("state city county town village federal national government".split())
# (the longest such phrase: "the state environmental agency" is an agency, not "the state")
_BODY_ASKED_LONGEST = re.compile(_BODY_ASKED.pattern.replace(r"((?:[\w’'-]+\s+){0,3}?)", r"((?:[\w’'-]+\s+){0,3})", 1), re.I)


def _body_asked(question: str) -> re.Match | None:
    m = _BODY_ASKED.search(question)
    # (a place's word that only says whose: "the state environmental agency", not "the school district")
    longest = _BODY_ASKED_LONGEST.match(question, m.start()) if m and m.group(2).lower() in _PLACE_BODIES else None
    return longest if longest and longest.end() > m.end() else m


def _described_body(question: str, pairs: list[tuple[ArticleView, Speaker]]) -> tuple[ArticleView, Speaker] | None:
    """The one organisation that speaks in the article which "the faculty union" or "the
    transit agency" describes: its kind of body or the words before it are in its name or
    its description, more of them than any other's."""
    m = _body_asked(question)
    if not m:
        return None
    asked = set(tokens(m.group(1) + " " + m.group(2))) - STOPWORDS
    # (the words before the noun say which: "the attorney general’s office" is not the FBI’s)
    modifiers = set(tokens(m.group(1))) - STOPWORDS - _LOOSE_MODIFIERS
    scored = sorted(((len(asked & own), v, s) for v, s in pairs if s.kind == "organization"
                     for own in [set(tokens(s.name + " " + (s.description or "") + _body_kind(s.name)))] if not modifiers or modifiers & own),
                    key=lambda x: -x[0])
    if not scored or scored[0][0] == 0:
        # "what did the dredging company say?" of "Brightwater Marine Works said in a statement.
        # The company said ...": the article's one organisation that speaks, when the article
        # calls it so and it is of that kind (a public body's noun is no business's)
        # (and the question has it speak: not "what else did he announce about the team name?")
        noun = m.group(2).lower()
        speaks = re.match(r"s?\s+(?:[\w’'-]+\s+){0,2}?(?:say|said|says|tell|told|state|stated|write|wrote|announc\w*|respond\w*|"
                          r"comment\w*|releas\w*|put\s+out)\b", question[m.end():], re.I) or re.search(
            # ("what reason did the airline give in its written statement?", "did the airline
            # promise anything ...? what did they say exactly?")
            r"\b(?:statement|promis\w*|pledg\w*|(?:what\s+did\s+(?:they|it)\s+(?:say|write|announce)))\b", question[m.end():], re.I)
        bodies = [(v, s) for v, s in pairs if s.kind == "organization"]
        if speaks and len(bodies) == 1 and same_kind(noun, bodies[0][1].name) and modifiers <= bodies[0][0].stems \
                and re.search(r"\bthe\s+" + re.escape(noun) + r"\b", bodies[0][0].item.article.text, re.I) \
                and not _other_body_fits(modifiers, bodies[0][0].item.article.text, bodies[0][1].name):
            return bodies[0]
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1], scored[0][2]


def _other_body_fits(modifiers: set[str], text: str, name: str) -> bool:
    """Does a sentence of the article that never names this body name another with all the
    words the question puts before its noun ("the state environmental agency" is "the state
    Department of Environmental Quality", not the county farm bureau that speaks)?"""
    bodies = re.finditer(r"\b[a-z]+\s+(?:[A-Z][\w’'-]*\s+){0,4}(?:Department|Agency|Office|Bureau|Commission|Authority|Ministry|Board|"
                         r"Administration|Service|Council)(?:\s+(?:of|for|on)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|and)\s*){1,5})?", text)
    return bool(modifiers) and any(modifiers <= set(tokens(b.group(0))) and name not in b.group(0) for b in bodies)


# words that place or size a body without naming which ("the local business group")
_LOOSE_MODIFIERS = frozenset(tokens("local area regional main big major small town city's county's state's"))


def _body_kind(name: str) -> str:
    """The plain words for a kind of body its proper name doesn't use: a chamber of
    commerce is a business group."""
    return " business group association" if re.search(r"\bchamber\s+of\s+commerce\b|\bboard\s+of\s+trade\b", name, re.I) else ""


# bodies whose members speak through them, not places people work at ("the hospital" may be
# asked for its chief executive's words; "the nurses union" is asked for the union's)
_MEMBERSHIP_BODIES = frozenset("union association federation coalition alliance guild league".split())


def _absent_body(question: str, library: Library, scope: list[str]) -> str | None:
    """"What did the nurses union say?" of an article that mentions no union at all: the
    body asked to speak (its kind of body is a word the articles in scope never use),
    which no one in them can answer for."""
    m = _BODY_ASKED.search(question)
    if not m or m.group(2).lower() not in _MEMBERSHIP_BODIES:
        return None
    if set(tokens(m.group(2))) & library.vocabulary(scope):
        return None
    # (an organisation that speaks under a name that doesn't say its kind may be it:
    # "Transit Workers Local 412 said in a statement")
    kinds = ORGANISATION_NOUNS - _MEMBERSHIP_BODIES
    if any(s.kind == "organization" and not {w.lower() for w in s.name.split()} & kinds for _, s in library.speakers(scope)):
        return None
    return m.group(0)


_ASKED_ABOUT = re.compile(r"\b(?:say|said|says|think|thinks|thought|tell|told|feel|feels|felt)\s+(?:\w+\s+)?"
                          r"(?:about|regarding|concerning)\s+(.+)$", re.I)


_AGAINST = re.compile(r"\bvot\w*\s+(?:no|nay|against)\b|\b(?:no|dissenting|lone|only)\s+(?:vote|votes)\s+against\b|"
                      r"\bdissent\w*|\bno\s+votes?\b|\bopposed\b|"
                      # ("voted to reject it", "voted to send it back")
                      r"\bvot\w*\s+to\s+(?:reject|block|kill|halt|overturn|repeal|strike\s+down|send\s+\w+\s+back)\b", re.I)
_FOR = re.compile(r"\bvot\w*\s+(?:yes|aye|for|in\s+favou?r|with\s+the\s+majority)\b|\byes\s+votes?\b|"
                  # ("voted to let the rule proceed", "voted to approve")
                  r"\bvot\w*\s+to\s+(?:let|allow|approve|advance|pass|adopt|keep|uphold)\b", re.I)


# a degree's abbreviation and the words an article may use for it instead
_DEGREE_WORDS = {"phd": ("doctoral", "doctorate", "ph.d", "phd"), "mba": ("mba", "m.b.a", "business"),
                 "md": ("m.d", "medical", "doctor", "physician")}


def vote_side(text: str) -> str | None:
    """Which way a text says someone voted: "against" ("voted no", "cast the lone vote against"),
    "for" ("voted in favor"), or None."""
    against, for_ = bool(_AGAINST.search(text)), bool(_FOR.search(text))
    return "against" if against and not for_ else "for" if for_ and not against else None


_RANKED_CHIEF = re.compile(r"\b(?:police|fire)\s+chief\b|\bchief\s+of\s+(?:police|the\s+fire)\b", re.I)


def _ranked_chief(question: str, words: set[str], description: str) -> bool:
    """Does a person fit "the fire chief" ("the police chief"): a chief of that service, not a
    company's chief executive nor a sergeant who heads the officers' association?"""
    service = "polic" if re.search(r"\bpolice\b", question, re.I) else "fire"
    return "chief" in words and service in words and not re.search(
        r"\bchief\s+(?:executive|financial|operating|technology|information|medical|of\s+staff)\b", description, re.I)


def described_speakers(question: str, pairs: list[tuple[ArticleView, Speaker]]) -> list[tuple[ArticleView, Speaker]]:
    """People the question describes rather than names ("the RUSI expert", "the French
    analyst"): word overlap with each person's profile, weighted by how rare each word is
    among the people, plus the kind of role and the place; a person whose role is of
    another kind than the one asked for is set back."""
    q = set(tokens(question))
    if not q or not pairs:
        return []
    q |= _labels(q)
    if _asks_executive(descriptor_phrase(question) or question):
        q.add(EXECUTIVE)
    # the kind and place of the phrase that describes the person ("the French security
    # expert"), not of those the question asks about ("... whether the US and Russian leaders
    # want a ceasefire")
    phrase = descriptor_phrase(question) or question  # (the caller may pass the phrase itself)
    full_phrase = phrase
    role = _ROLE.search(phrase)
    if role:  # up to the role word and a place after it ("the guy from Paris"), not the topic that follows
        after = re.match(r"\s+(?:from|in|at|of)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", phrase[role.end():])
        phrase = phrase[:role.end()] + (after.group(0) if after else "")
    own_labels = _labels(set(tokens(phrase)))
    asked_kinds = {w for w in own_labels if w.startswith("role:")}
    asked_places = {w for w in own_labels if w.startswith("place:")}
    asked_offices = q & _OFFICES
    # the role the phrase ends on is what the person is ("planner" in "the former army
    # planner"); the words before it only narrow it down
    found = [m for m in _ROLE.finditer(question) if not set(tokens(m.group(0))) & _PLAIN_STEMS]
    roles = [m.group(0) for m in found]
    # (but "the father of the German student" is a father: the role a post-modifier follows)
    of = next((m for m in found if re.match(r"\s+of\s+(?:the|a|an|that|this)\b", question[m.end():], re.I)), None)
    head = set(tokens(of.group(0) if of else roles[-1])) if roles else set()
    titled = question[:of.end()] if of else question  # (the student's title is not the father's)
    if head & _PARENTS:
        # ("the father of the German student": whose child the article says; "the mom whose
        # son died": "a retired school bus driver whose son, Daniel, died")
        q.add("same:parent")
    profiles = [(view, s, view.profile(s, _labelled_profile)) for view, s in pairs]
    lead_of = next((m for m in _ROLE.finditer(question) if set(tokens(m.group(0))) <= _LEADS
                    and re.match(r"\s+of\s+(?:the|a|an|that|this)\b", question[m.end():], re.I)), None)
    lead_word: set[str] = set()  # (a word "the head of ..." may not find someone by)
    if lead_of is not None:
        # "the head of the city council": the one person whose profile has the body's words
        # (not the "head groundskeeper")
        body_words = _led_body(question[lead_of.end():])
        having = [(v, sp) for v, sp, words in profiles if body_words and body_words <= words]
        if body_words and not having:
            # "the head of the company": the one company the article calls so ("Crestline
            # Health Partners, the Nashville-based company that ...") is the body, by its name
            named = {n for v, _, _ in profiles for n in _called(v.item.article.text, body_words)}
            if len(named) == 1:
                name = tokens(next(iter(named)))
                having = [(v, sp) for v, sp, words in profiles if sp.name != next(iter(named))
                          and (set(name) <= words or name[0] in words)]
        if len(having) == 1:
            return having
        if body_words and not having:  # (no one the article gives that body)
            lead_word = set(tokens(lead_of.group(0)))
    leads = _LEADS_BODY.search(question)
    if leads and pairs:
        # "the woman who leads the county board": whose own description gives her the chair of
        # that body, or of the body the article names with its noun ("the Marlow County Board of
        # Commissioners" / "Commission Chair Ruth Ellison"), not whoever "told the board"
        head = set(tokens(leads.group(2)))
        asked_words = head | set(tokens(leads.group(1)))
        chairs = [(v, sp, v.profile(sp, _labelled_description)) for v, sp in pairs if sp.kind == "person"]
        chairs = [(v, sp, words) for v, sp, words in chairs if "same:chair" in words or words & _LEADS]
        having = [(v, sp) for v, sp, words in chairs if head <= words]
        if not having:
            text = pairs[0][0].item.article.text
            named = {t for m in re.finditer(r"(?:[A-Z][\w’'-]+\s+){0,4}" + re.escape(leads.group(2).capitalize())
                                           + r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w’'-]+)+)?", text)
                     for t in tokens(m.group(0))} - asked_words - STOPWORDS
            named = {t for t in named if not is_place_word(t) and not any(t in tokens(sp.name) for _, sp in pairs)}
            starts = {t[:6] for t in named if len(t) >= 6}  # ("Commissioners", "Commission")
            having = [(v, sp) for v, sp, words in chairs if named & words or starts & {w[:6] for w in words if len(w) >= 6}]
        if len(having) == 1:
            return having
    every_role = [m.group(0) for m in _ROLE.finditer(question)]
    if roles and all(re.search(r"(?:er|or|ee|ist|ian|ent|ant)s$", r, re.I) for r in every_role) and not asks_speech(question) \
            and not re.search(r"\b(?:he|she|his|her|him|one\s+of|who\s+(?:is|was|has))\b", question, re.I):
        # "how long does health insurance last for laid-off workers?": workers at large, not
        # one person whose profile has the word ("president of United Auto Workers Local 2291")
        return []
    age = re.search(r"\b(\d{1,3})[\s-]*(?:years?|yrs?|y/?o)(?:[\s-]*old)?\b", question, re.I)
    if age:
        # "the 29 yr old worker": the one person the article gives that age ("Jasmine Reyes, 29,")
        aged = [(v, sp) for v, sp, words in profiles if age.group(1) in words
                and re.search(re.escape(sp.name) + r",\s*" + age.group(1) + r"\b", v.item.article.text)]
        if len(aged) == 1:
            return aged
    asked_side = vote_side(question)
    df: Counter[str] = Counter()
    for _, _, words in profiles:
        df.update(words)
    n = len(profiles)
    # a word and its derivative share their first five letters or are "own" and "owner"
    # (see _derived): who could have one is found from those before the full test
    plain_q = {w for w in q if ":" not in w}
    q_starts = {w[:5] for w in plain_q if len(w) >= 5}
    q_agents = {w + e for w in plain_q for e in ("er", "or")} | {w[:-2] for w in plain_q if w.endswith(("er", "or"))}
    scored = []
    for view, s, words in profiles:
        overlap = q & words
        # "the brewery owner" for "who owns Millrace Brewing": a word and its derivative
        if view.profile(s, _profile_starts) & q_starts or words & q_agents:
            overlap |= {p for w in plain_q - words for p in words if ":" not in p and _derived(w, p)}
        if not overlap:
            scored.append((0.0, 0, view, s, False))  # (what the scoring below gives no overlap)
            continue
        # the words of a person's own description ("Ukraine's President") say more about
        # them than the words next to their name ("Starmer told allies that a force for Ukraine")
        described = view.profile(s, _labelled_description)
        score = sum(math.log(1 + n / df[w]) * (1.5 if w in described else 1.0) * (2.0 if w in head else 1.0)
                    for w in overlap)
        kinds = {w for w in words if w.startswith("role:")}
        if asked_kinds and kinds and not asked_kinds & kinds:
            score *= 0.3
        if s.kind == "organization" and re.search(r"\b(?:who|whom|he|she|his|her|him)\b", question, re.I):
            score = 0.0  # ("the bookseller who voted against the union": a person, not the bookstore chain)
        # "the French expert" is not the one in London, whatever else fits (where their own
        # description places them: the words near their name also name places they speak of)
        places = {w for w in described if w.startswith("place:")}
        if asked_places and places and not any(p in _within(t) for t in places for p in asked_places):
            score *= 0.1
        role_hit = any(w in _KIND_OF or w.startswith(("role:", "same:")) for w in overlap)
        # the role itself ("planner" in "the former army planner") counts more than its modifiers
        if any(":" not in w and (is_person_noun(w) or w in _OFFICES or w in _KIND_OF) for w in overlap):
            score *= 1.5
        # a match on labels alone ("role:official") must have two of them to count
        literal = sum(1 for w in overlap if ":" not in w or w.startswith(("same:", "exec:")))
        if literal == 0 and len(overlap) < 2:
            score = 0.0
        # an office is held by name: "the governor" is not the mayor, however official
        if any(o not in words and ("same:" + _SAME_OF.get(o, o)) not in words for o in asked_offices):
            score = 0.0
        # (and a chief of police or of a fire department is one by title: not a sergeant who
        # heads the officers' association; "the budget chief" is only whoever heads the budget)
        if _RANKED_CHIEF.search(question) and not _ranked_chief(question, words, s.description or ""):
            score = 0.0
        if score and _other_title(titled, s.description or "", words):
            score = 0.0  # "the chief medical officer" is not the chief financial officer
        # (or the words around their name: "cast the other dissenting vote")
        if score and asked_side and (side := vote_side(s.description or "") or ("against" if "dissent" in words else None)):
            # "the board member who voted no" is not the one "who voted in favor", and is the one
            # "who cast the lone vote against" rather than another member
            score = 0.0 if side != asked_side else score * 1.5
        scored.append((score, len(overlap), view, s, role_hit))
    scored.sort(key=lambda x: -x[0])
    best = scored[0]
    second = scored[1][0] if len(scored) > 1 else 0.0
    # "the cruise line exec": the words before the role name the body ("cruise line"); an
    # executive of another body ("the port authority's executive director") is not it when
    # one person's profile has them all
    modifiers = {w for w in tokens(phrase) if ":" not in w and w not in head and w not in STOPWORDS
                 and not is_person_noun(w) and w not in _OFFICES and w not in _KIND_OF and w not in _SAME_OF
                 and not _ROLE.fullmatch(w)} if role else set()
    if best[0] > 0 and len(modifiers) == 1 and best[1] == 1 and not modifiers & set(best[2].profile(best[3], _labelled_profile)):
        # ("the crane operator" of the chief operating officer, when one other person's profile
        # has the crane: "who has driven yard trucks and later a crane")
        having = [(x[2], x[3]) for x in scored if x[0] > 0 and modifiers <= set(tokens(x[3].description or ""))
                  and re.match(r"who\s", x[3].description or "")  # (what they do, said as a clause)
                  and not any(is_place_word(w) for w in modifiers)]  # (a place is matched as a place: "the French foundation")
        if len(having) == 1:
            return having
    withs = re.match(r"\s+with\s+((?:[\w’'-]+\s+){1,4}[\w’'-]+)\s*$", full_phrase[role.end():]) if role else None
    post = {w for w in tokens(withs.group(1)) if w not in STOPWORDS} if withs else set()
    if best[0] > 0 and len(post) >= 3 and not post <= set(best[2].profile(best[3], _labelled_profile)):
        # ("the fisherman with two crab boats": the one "who runs two crab boats", every word of
        # it, over "a crab fisherman" with one)
        having = [(v, sp) for v, sp, words in profiles if post <= words]
        if len(having) == 1:
            return having
    if best[0] > 0 and len(modifiers) >= 2 and not modifiers & set(best[2].profile(best[3], _labelled_profile)):
        having = [(v, sp) for v, sp, words in profiles if modifiers <= words]
        if len(having) == 1:
            return having
        text = best[2].item.article.text  # (a body's own name, not a kind: "Tolowek", not "security")
        named = {w for w in modifiers if re.search(r"\b" + re.escape(w.capitalize()), text) and not re.search(r"\b" + re.escape(w), text)
                 and not is_place_word(w)}
        if not having and named and not re.search(r"\w[’']s?\s", question) and any(named & words for _, sp, words in profiles if sp is not best[3]) \
                and not any(w in modifiers for w in tokens(best[3].description or "")):
            # ("the Tolowek tribal chairman" of the commission's chair, when the tribe is
            # another person's: a role asked of a body whose holder the article doesn't have)
            return []
    # "the Carver Springs mayor": a name before the role that no one's profile has is
    # another place's or body's (the article's mayor is Port Ellery's)
    if best[0] > 0 and role and _named_before_role_elsewhere(phrase, pairs):
        return []
    if best[0] > 0 and re.match(r"\W*(?:the\s+)?other\b", phrase, re.I):
        # "the other council member who voted against it": of two who fit, the one the article
        # comes to second (the first is who a reader meets first)
        fits = [x for x in scored[:2] if x[0] >= 0.5 * best[0]]
        if len(fits) == 2:
            def first_seen(x) -> int:
                at = x[2].item.article.text.find(x[3].name)
                return at if at >= 0 else len(x[2].item.article.text)
            later = max(fits, key=first_seen)
            return [(later[2], later[3])]
    if lead_word & set(best[2].profile(best[3], _labelled_profile)):
        return []  # ("the head of the city council" is not "the head groundskeeper")
    # ("the union guy": a plain noun for the person, and a word only one person's profile has)
    plain_head = bool(re.search(r"\b(?:guy|man|woman|lady|person|fellow|gentleman)\b", phrase, re.I)) and second == 0
    if best[0] > 0 and best[1] >= 1 and (best[0] >= 2.0 or best[4] or plain_head and best[0] >= 1.5) and best[0] >= 1.3 * second:
        return [(best[2], best[3])]
    if best[0] > 0 and second > 0 and head and modifiers:
        # "the council president" of the Council President and the president of a friends'
        # group: of those given the role, the one whose profile has the words before it
        having = [(v, sp) for v, sp, words in profiles if head <= words and modifiers <= words]
        if len(having) == 1:
            return having
    return []


# the words of a described person's phrase end at its verb: "the scientist behind the
# environmental study | compare ..."
_PHRASE_END = re.compile(r"[?,;:—–()]|\s-\s|\b(?:say|says|said|tell|tells|told|think|thinks|thought|compare|compared|mention|"
                         r"mentioned|do|does|did|is|was|are|were|has|have|had|want|wants|wanted|warn|warned|explain|explained|"
                         r"make|made|react|reacted|respond|responded|call|called|describe|described|feel|feels|felt|"
                         r"about|on|regarding|when|why|how|what|who|if|whether|and|or|but)\b", re.I)


def _described_by_paragraph(phrase: str, pairs: list[tuple[ArticleView, Speaker]]) -> list[tuple[ArticleView, Speaker]]:
    """"The fire survivor who's been staying in a motel": the one person named in a paragraph
    that has every word of the relative clause ("Gloria Benavides ... She said she has spent
    the past 11 months moving between a motel and her sister’s spare room")."""
    m = re.search(r"\bwho(?:['’]s|\s+(?:is|was|has|had|have))?\s+(.+)$", phrase, re.I)
    words = [w for w in tokens(m.group(1)) if w not in _GENERIC_STEMS] if m else []
    if not words:
        return []
    scored = []
    for v, s in pairs:
        last = s.name.split()[-1]
        # (as many of its words as any paragraph naming them has: "a motel" is hers, though
        # "staying" is not)
        have = max((sum(w in v.passage_stems.get(p.id, set()) for w in words) for p in v.item.passages if last in p.text), default=0)
        scored.append((have, v, s))
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] * 2 < len(words) or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return []
    return [(scored[0][1], scored[0][2])]


def _described_by_meaning(question: str, pairs: list[tuple[ArticleView, Speaker]], library: Library) -> list[tuple[ArticleView, Speaker]]:
    """A described person the words of the profiles do not find ("the scientist behind the
    environmental study" for "a marine biologist at the Tidewater Institute"): the phrase's
    sentence vector against each person's description, taken only when one person is clearly
    nearest (cosine at least 0.45, and 0.22 above the next)."""
    if _RANKED_CHIEF.search(question):
        # ("the police chief": one by title, whom a description near in meaning is not)
        pairs = [(v, sp) for v, sp in pairs if _ranked_chief(question, set(v.profile(sp, profile_words)), sp.description or "")]
        if not pairs:
            return []
    m = re.search(r"\b(?:the|a|an|that|this)\s+((?:[\w’'-]+\s+){0,3}?" + _ROLE.pattern + r")", question, re.I)
    embeddings = getattr(getattr(library, "store", None), "embeddings", None)
    people = [(v, s) for v, s in pairs if s.description
              and not (s.kind == "organization" and re.search(r"\b(?:who|whom|he|she|his|her|him)\b", question, re.I))]
    if not m or embeddings is None or len(people) < 2 or set(tokens(m.group(1))) & _OFFICES:
        return []  # (an office is held by name: "the transport minister" is not the interior minister)
    rest = question[m.end():]
    end = _PHRASE_END.search(rest)
    phrase = (m.group(1) + rest[: end.start() if end else len(rest)]).strip()
    if len(phrase.split()) > 10:
        return []
    vectors = library.memo(("description vectors", tuple(s.id for _, s in people)),
                           lambda: embeddings.embed_many([s.description for _, s in people]))
    sims = vectors @ embeddings.embed_many([phrase])[0]
    order = sorted(range(len(people)), key=lambda k: -sims[k])
    best, second = float(sims[order[0]]), float(sims[order[1]])
    # (closer, when the phrase's other words are in that one description only: "the housing
    # advocate" for "policy director at the Harbor Housing Coalition")
    words = set(tokens(" ".join(w for w in re.findall(r"[\w’'-]+", phrase) if not _ROLE.fullmatch(w))))
    only = bool(words) and all(w in tokens(people[order[0]][1].description) for w in words) and not any(
        words & set(tokens(s.description)) for k, (_, s) in enumerate(people) if k != order[0])
    return [people[order[0]]] if best >= 0.45 and (best - second >= 0.22 or only and best - second >= 0.12) else []


def _described_in(text: str, pairs: list[tuple[ArticleView, Speaker]]) -> list[tuple[ArticleView, Speaker]]:
    """The person an earlier turn describes by a role ("the council chair"); a turn with
    no role word ("What did Mark Rutte say about Ukraine?") describes no one, whatever
    places or words it shares with someone's description."""
    return described_speakers(text, pairs) if _ROLE.search(text) else []


def acronym_name(acronym: str, library: Library, scope: list[str]) -> str | None:
    """The name an acronym stands for in an article in scope ("International Energy
    Agency" for "IEA"), or None."""
    for aid in scope:
        view = library.articles.get(aid)
        found = spelled_out(view.item.article.text, acronym) if view is not None else None
        if found:
            return found[1]
    return None


PLAIN_ENGLISH = re.compile(r"\b(?:in\s+)?(?:plain|simple|basic|normal|everyday|layman['’]?s?|good\s+old)\s+English\b", re.I)
TRANSATLANTIC = re.compile(r"\b(?:(?:on\s+)?(?:both|either)\s+sides?\s+of|across)\s+the\s+(?:Atlantic|pond)\b|\btrans-?atlantic\b", re.I)


def is_demonym_person(word: str) -> bool:
    """"Frenchman", "Englishwoman", "Irishmen": who someone is, by nationality."""
    m = re.fullmatch(r"([a-z]+?)(?:wo)?m[ae]n", word.lower())
    return bool(m) and (m.group(1) in PLACE_OF or any(t in PLACE_OF for t in tokens(m.group(1))))


def unknown_names(question: str, library: Library, scope: list[str]) -> list[str]:
    """Capitalised names in the question that no article in scope contains."""
    vocab = library.vocabulary(scope)
    key = frozenset(scope)
    plain = library.memo(("plain vocabulary", key), lambda: {v.replace(".", "") for v in vocab})

    def parts() -> set[str]:  # the article's words and the parts of its hyphenated ones ("november-to-february")
        return library.memo(("word parts", key), lambda: {p.rstrip(".") for v in vocab | plain for p in v.split("-")})

    def known(word: str) -> bool:
        w = fold(word).replace("’", "'")
        w = w[:-2] if w.endswith("'s") else w.rstrip("'")
        if w in ("i", "i'm", "i'd", "i've", "i'll"):
            return True  # "so I'd be grateful": the asker, not a name
        if w.rstrip(".") in HONORIFICS:
            return True  # "Mr Arnold", "Gen. Hodges": the title is not a name
        short = _SHORT_OF.get(w)
        if short and ({short, short + "."} & vocab or {short, short + "."} & plain):
            return True  # "Senator Bramhall" where the article writes "State Sen. Gil Bramhall"
        if set(_DEGREE_WORDS.get(w.replace(".", ""), ())) & (vocab | plain):
            return True  # "the PhD student" where the article writes "a doctoral student"
        if w.rstrip(".") in CALENDAR_WORDS and w.endswith("day"):
            return True  # "a summary by Monday": a day, not a name to look for (a month may be one: "May")
        if is_demonym_person(w):
            return True  # "the Frenchman", "the Englishwoman": a nationality, not a name
        if all({f.rstrip(".") for f in MONTH_FORMS.get(p.rstrip("."), ())} & parts() for p in w.split("-")):
            return True  # "the Nov-Feb window" where the article writes "November-to-February"
        variants = {w, w.replace(".", "")} | set(w.split("-"))
        if variants & vocab or variants & plain:
            return True
        if word[:1].isupper() and w in parts() and any(v.startswith(w + "-") or v.endswith("-" + w) for v in people_words()):
            return True  # "Helen Okafor Reyes" for Helen Okafor-Reyes: a part of a hyphenated name
        if any(v.strip() in vocab or v.strip().replace(".", "") in plain for v in name_variants(w)):
            return True  # "Britain" where the article says "U.K."
        if len(w) >= 6 and w.isalpha() and stem(w) in stems():
            return True  # "Royal United Services Institution" for the article's "Institute": one word, another ending
        bare = re.sub(r"[’']s$", "", word)  # "the FDA's approval"
        if singular_acronym(bare) != bare:
            bare = singular_acronym(bare)  # "rural ERs", "the CEOs": the plural of an acronym
            if bare.lower() in vocab:
                return True
        if bare.isupper() and 2 <= len(bare) <= 6:
            office = _OFFICE_WORDS.get(bare.lower())
            if office and all(t in vocab for t in tokens(office)):
                return True  # "the CEO" where the article says "chief executive"
            if acronym_name(bare, library, scope):
                return True  # "FDA" where the article says "Food and Drug Administration"
            if library.memo(("spelled out", key, bare), lambda: any(spelled_out_lower(t, bare) for t in texts)):
                return True  # "ER" where the article says "emergency room"
        return len(w) >= 4 and any(v.startswith(w) for v in plain if len(v) <= len(w) + 4)

    def people_words() -> set[str]:
        return library.memo(("people's words", key), lambda: {
            fold(w) for _, s in library.speakers(scope) for w in s.name.split()})

    def stems() -> set[str]:
        # (of the words the article writes with a capital: "Manning" is not its "manned")
        return library.memo(("capitalised stems", key), lambda: {
            stem(w.lower()) for aid in scope if (v := library.articles.get(aid)) is not None
            for w in re.findall(r"\b[A-Z][a-z]{4,}\b", v.item.article.text)})

    people, all_aliases = library.memo(("folded names", key), lambda: (
        [(s.name.split(), [fold(a) for a in s.aliases + [s.name]]) for _, s in library.speakers(scope)],
        {fold(a) for _, s in library.speakers(scope) for a in s.aliases + [s.name]}))

    def person_variant(run: list[str]) -> bool:
        """"Sergei Lavrov" for Sergey Lavrov: a known surname after a near first name."""
        if len(run) < 2:
            return False
        return any(len(parts) > 1 and (fold(run[-1]) == fold(parts[-1]) and near(run[-2], parts[-2])
                                       or near(run[-1], parts[-1]) and (fold(run[-2]) == fold(parts[-2]) or near(run[-2], parts[-2]))
                                       # ("ed arnie": the first name, and the surname misheard past its start)
                                       or fold(run[-2]) == fold(parts[-2]) and misheard(run[-1], parts[-1])
                                       and fold(run[-1]) not in english_words()
                                       # ("Ray Ortiz" for Raymond Ortiz: a familiar form of the given name)
                                       or fold(run[-1]) == fold(parts[-1]) and short_given_name(run[-2], parts[-2])
                                       # ("Anjali Rau" for Anjali Rao: a short surname one letter off, after the first name)
                                       or fold(run[-2]) == fold(parts[-2]) and len(fold(run[-1])) == len(fold(parts[-1])) == 3
                                       and fold(run[-1])[:2] == fold(parts[-1])[:2])
                   for parts, _ in people) or fold(" ".join(run)) in all_aliases

    def misspelt_surname(word: str) -> bool:
        """"Heisberg" for Heisbourg: close to exactly one person's surname."""
        w = fold(word).replace("’s", "").replace("'s", "")
        return len(w) >= 5 and len({" ".join(parts) for parts, _ in people if len(parts) > 1 and near(w, parts[-1])}) == 1

    texts = [v.item.article.text for aid in scope if (v := library.articles.get(aid)) is not None]
    shouting = sum(c.isupper() for c in question) > 0.5 * sum(c.isalpha() for c in question)

    def acronym_like_a_word(word: str) -> bool:
        """"the WHO": an acronym spelt like a common word, which only the article's own
        capitals (or its spelling out) can match."""
        return not shouting and word.isupper() and len(word) >= 3 and word.lower() in _QUESTION_WORDS | STOPWORDS

    out = []
    # "military chiefs from both sides of the Atlantic": an idiom, not a place to look for
    question = TRANSATLANTIC.sub(" ", question)
    question = PLAIN_ENGLISH.sub(" ", question)  # "in plain English": how to answer, not what about
    for m in _CAPS.finditer(question):
        words = m.group(1).split()
        if person_variant([w.replace("’s", "").replace("'s", "") for w in words]):
            continue
        before = question[: m.start()].rstrip()
        if (not before or before[-1] in ".?!:;\"“'‘(") and not is_place_word(words[0]):
            words = words[1:]  # a capital that starts a sentence says nothing (a country's name still does)
        # (after "the": "what ARE the options" stresses a word)
        shouted = [w for w in words if acronym_like_a_word(w)] if re.search(r"\bthe\s*$", before, re.I) else []
        if shouted:
            out += [w for w in shouted if not any(re.search(r"\b" + w + r"\b", t) for t in texts)
                    and not acronym_name(w, library, scope)]
        words = [w for w in words if w.lower() not in _QUESTION_WORDS and w not in shouted]
        if words and known(" ".join(words)):
            continue  # "United Kingdom" where the article says "U.K.": a place of several words
        missing = [w for w in words if not known(w) and not misspelt_surname(w)]
        if missing and not all(w.lower() in STOPWORDS or w.lower() in _GENERIC for w in missing):
            out.append(" ".join(words))
    # typed in lower case ("what did nato chief mark rutte say"): a common first name
    # before a word that is neither the article's nor English
    from ingest.lexicon import FEMALE_NAMES, MALE_NAMES
    from assistant.spelling import english_words

    for m in re.finditer(r"\b([a-z]{2,})\s+([a-z][a-z’'-]{2,})\b", question):
        first, last = m.group(1), re.sub(r"[’']s$", "", m.group(2))
        if first in (MALE_NAMES | FEMALE_NAMES) and not known(last) \
                and last not in english_words() and not misspelt_surname(last) and not person_variant([first, last]):
            out.append(f"{first} {last}")
    # ("nato chief rutte said what", "what did rutte say"): a word neither the article's nor
    # English after a title, or as the one who spoke
    for m in re.finditer(r"\b(?:chief|president|chancellor|minister|secretary|general|leader|spokes(?:man|woman|person)|"
                         r"boss|head|ceo|envoy|ambassador|senator|mayor|commander|admiral|king|queen|pope)"
                         r"(?:\s+of\s+(?:state|defen[cs]e|war|(?:the\s+)?(?:treasury|interior|army|navy)))?\s+([a-z][a-z’'-]{2,})"
                         r"(?=\s+(?:said|says|say|told|tells|thinks?|what|wants?)\b)|"
                         r"\b(?:did|does|has)\s+([a-z][a-z’'-]{2,})\s+(?:say|said|think|mention)\b|"
                         r"\b([a-z][a-z’'-]{2,})\s+(?:said|says|thinks)\s+what\b", question):
        word = re.sub(r"[’']s$", "", next(g for g in m.groups() if g))
        if re.search(r"(?:ed|ing|ly)$", word) or word.rstrip("s") in english_words():
            continue  # "ukraine's leader signalled": a verb after the title, not a name
        if word not in STOPWORDS and word not in _QUESTION_WORDS and not known(word) and word not in english_words() \
                and not misspelt_surname(word) and word not in out:
            out.append(word)
    return out


def _role_speaks(role_word: str, library: Library, scope: list[str]) -> bool:
    """Does an article in scope quote or report someone by this role ("a worker who
    asked not to be named said", "said one nurse")? A role word used otherwise ("can
    see a consultant obstetrician within minutes") names nobody who spoke."""
    # (or by a word for the same role: "the doctor" who is "one longtime family physician")
    group = next((g.split() for g in _SAME_ROLE if set(tokens(role_word)) & {t for w in g.split() for t in tokens(w)}),
                 [role_word])
    for form in dict.fromkeys([role_word, *group]):
        stems = set(tokens(form))
        word = re.escape(form.lower().rstrip("s"))
        near = re.compile(r"\b" + word + r"s?\b[^!?“”\"\n]{0,250}?\b(?:said|says|told|tells|added|adds|warned|argued|explained|"
                          r"asked|wrote|according)\b|\b(?:said|says|told|added|according\s+to)\s+(?:\w+\s+){0,4}?" + word + r"s?\b", re.I)
        for aid in scope:
            view = library.articles.get(aid)
            if view is not None and stems & view.vocabulary and near.search(view.item.article.text):
                return True
    return False


def _titled(role_word: str, library: Library, scope: list[str]) -> bool:
    """Does an article in scope use the role word as part of a title ("chief financial
    officer"): with a word before it other than a grammar word?"""
    pattern = re.compile(r"\b([a-z][\w-]+)\s+" + re.escape(role_word.lower().rstrip("s")) + r"s?\b", re.I)
    for aid in scope:
        view = library.articles.get(aid)
        if view is not None and any(m.group(1).lower() not in STOPWORDS for m in pattern.finditer(view.item.article.text)):
            return True
    return False


def descriptor_phrase(question: str) -> str | None:
    """The noun phrase that describes a person: "the RUSI expert", "the special adviser
    at the Foundation for Strategic Research", "the official who has championed ..."."""
    role = _ROLE.pattern[len(r"\b(?:"):-len(r")s?\b")]
    m = re.search(
        r"\b(?:the|a|an)\s+((?:[\w.’'-]+\s+){0,6}?(?:" + role + r")s?\b(?:\s+(?:[\w-]+\s+)?(?:" + role + r")s?\b)*"
        r"(?:\s+(?:at|of|for|from|in|with|who|whose|that|quoted)\b[^,?;]*)?)",
        question,
        re.I,
    )
    # "Russia's foreign minister", "Britain's prime minister": a place's or body's role,
    # when it comes first
    # (typed in lower case, a place's: "russia's foreign minister")
    # (the whole title: "Halvorsen's chief medical officer", not "Halvorsen's chief")
    owned = next((o for o in re.finditer(r"\b(([A-Za-z][\w.-]*)[’']s\s+(?:[a-z-]+\s+){0,2}?(?:" + role + r")\b"
                                         r"(?:\s+(?:[a-z-]+\s+)?(?:" + role + r")s?\b)*)", question)
                  if o.group(2)[0].isupper() or is_place_word(o.group(2))), None)
    if owned and (not m or owned.start() < m.start()):
        m = owned
    if not m:
        return None
    if _names_a_body(question[m.end(1):]) and not _asked_of(question[:m.end(1)], question[m.end(1):]):
        return None  # "the rescue workers' union": a body, not a person
    if _COMPOUND_HEAD.match(question[m.end(1):]) or re.match(r"[\s-]+to[\s-]+[a-z]+[\s-]+ratios?\b", question[m.end(1):], re.I):
        return None  # "a nurse vacancy rate", "the teacher shortage", "the nurse to patient ratio": the role word names a thing
    return re.split(r"\s+(?:say|said|says|think(?![\s-]+tanks?\b)|thinks|suggest|suggested|argue|believe|warn|mean|claim|claimed|"
                    r"tell|told|explain|explained|describe|described|react|reacted|respond|responded)\b", m.group(1), maxsplit=1)[0]


# a noun after a role word that makes the two one thing ("nurse vacancy rate", "teacher
# shortage", "doctor salaries"): nouns of the kinds of word that are not verbs, and the
# nouns of work that often follow a role
_COMPOUND_HEAD = re.compile(
    # (not the person's own response: "the tourism bureau director reaction to the vote")
    r"\s+(?!(?:reactions?|responses?|positions?|opinions?|testimony|statements?|assessment|interpretation|explanation|"
    r"recollection|description|prediction|suggestion|recommendation|comments?|quotes?|words|take)\b)(?:[a-z]+(?:age|ancy|ancies|ency|encies|acy|tion|tions|ment|ments|ship|ships|ity|ities|ness)|rates?|pay|wages?|"
    r"salar(?:y|ies)|unions?|jobs?|levels?|ratios?|pools?|shifts?|numbers?|counts?|crisis|strikes?|visas?|programs?|"
    r"programmes?|workforce|turnover|burnout|hours|benefits|pensions?|contracts?|surveys?|polls?|petitions?)\b"
    # (not a verb after its subject: "the adviser rate the West's appetite", "the nurse who")
    r"(?!\s+(?:who|that|the|a|an|his|her|their|its|this|these|those|our|my|it|them|him|us)\b)")


# "the Paris one", "the American one": a person told apart by a word of their description
_ONE = re.compile(r"\b(the\s+(?!other\b|last\b|first\b|same\b|next\b|only\b)[\w’'-]+)\s+one\b", re.I)


_AGED_ONE = re.compile(r"\b(the|a|an)\s+(\d{1,3})[- ]years?[- ]old\b(?=(\s+(?:" + _ROLE.pattern[len(r"\b(?:"):-len(r")s?\b")]
                       + r")s?\b)?)", re.I)


def people_asked_about(question: str, answer: str, library: Library, scope: list[str]) -> list[str]:
    """Who an earlier turn was about: the people its question asks to hear from (named,
    else described), else the people its answer names."""
    asked = speaker_slots(question, named_speakers(question, library, scope))
    described = _ONE.sub(r"\1 person", question)  # "what did the Harwick one announce?"
    people = [s.name for _, _, s, _ in asked] or [s.name for _, s in _described_in(described, list(library.speakers(scope)))]
    return people or list(dict.fromkeys(s.name for _, _, s, _ in named_speakers(answer, library, scope)))


# "and the other expert?", "the French one?": someone like the person the last turn was
# about, but not them
OTHER = re.compile(r"\bthe\s+(?:other|second|remaining)\s+(?:[\w’'-]+\s+){0,2}?(?:" + _ROLE.pattern[len(r"\b(?:"):-len(r")s?\b")]
                    + r"|one)\b|\bthe\s+(?!other\b|last\b|first\b|same\b|next\b|only\b|right\b)[\w’'-]+\s+one\b", re.I)


# "did the other one say something similar?", "the same thing?": like the last answer
SIMILAR = re.compile(r"\b(?:something|anything)\s+(?:similar|alike|like\s+(?:that|this|it))\b|\bsimilar\s+(?:view|point|"
                      r"thing|argument|idea|line|case)s?\b|\bthe\s+same\s+(?:thing|view|point|argument|idea|line)\b", re.I)


# "has Trump agreed to that?", "how did Moscow react to it?": to what the last answer said
TO_THAT = re.compile(r"\b(?:agree[sd]?|agreeing|accept(?:ed|s)?|support(?:ed|s)?|endorse[sd]?|commit(?:ted|s)?|go(?:ne)?\s+along|"
                     r"respond(?:ed|s)?|react(?:ed|s)?|repl(?:y|ied)|object(?:ed|s)?|sign(?:ed)?\s+(?:on|up))\s+(?:to|with|on)?\s*"
                     r"(?:that|this|it|those|these)\b", re.I)


# "the second guy", "the first one", "the latter", "the last one": a person by the order the
# conversation brought them up in
_ORDINAL = re.compile(r"\bthe\s+(?:(first|second|third|last)\s+(?:" + _ROLE.pattern[len(r"\b(?:"):-len(r")s?\b")]
                      + r"|one|speaker|fellow|chap|dude)\b|(latter)\b(?!\s+(?:part|half|stage|point|case)\b))", re.I)
_ORDINALS = {"first": 0, "second": 1, "third": 2}
_ORDINAL_TURN = re.compile(r"^\W*(?:(?:and|n|so|ok|now)\s+)?(?:what\s+about\s+)?(?:the\s+)?(?:first|second|third)\b"
                           r"(?!\s*,)(?!\s+(?:round|time|part|half|step|stage|question|thing|place)\b)", re.I)  # "n the second on ceasefire"
# a question word or auxiliary: the question asks something of its own
_ASKS_SOMETHING = re.compile(r"\b(?:what|when|where|why|how|did|does|do|is|was|were|are|has|have|will|would|can|could)\b", re.I)


def conversation_people(history: list, library: Library, scope: list[str]) -> list[tuple[ArticleView, Speaker]]:
    """The people of the conversation in the order it brought them up: each turn's
    question's, then its answer's, each in the order named (a person the question only
    describes, when neither names anyone)."""
    pairs = list(library.speakers(scope))
    seen: dict[str, tuple[ArticleView, Speaker]] = {}
    for turn in history:
        question, answer = turn[0] or "", (turn[1] if len(turn) > 1 else "") or ""
        found = [(v, s) for text in (question, answer)
                 for _, v, s, _ in sorted(named_speakers(text, library, scope), key=lambda m: m[0])]
        for v, s in found or described_speakers(question, pairs)[:1]:
            seen.setdefault(s.name, (v, s))
    return list(seen.values())


def ordinal_person(question: str, history: list, library: Library, scope: list[str]) -> list[tuple[ArticleView, Speaker]]:
    """"the second guy" after asking about two people: the second of them; "the latter":
    the last of the people the last answer named. Nothing when the conversation has too
    few people for the order to pick one."""
    m = _ORDINAL.search(question)
    if not m or not history:
        return []
    if m.group(1) and m.group(1).lower() == "last":
        # "the last one" after turns that went through a list by "the first one", "the second":
        # the last of that list
        walked = next((k for k, h in enumerate(history) if k and (_ORDINAL.search(h[0] or "") or _ORDINAL_TURN.match(h[0] or ""))
                       and not re.search(r"\b(?:last|latter)\b", h[0] or "", re.I)), None)
        if walked is not None:
            people = conversation_people(history[:walked], library, scope)
            if len(people) >= 3:
                return people[-1:]
    if m.group(2) or m.group(1).lower() == "last":  # "the latter", "the last one": of the last turn's people
        last = history[-1]
        people = conversation_people([last], library, scope)
        return people[-1:] if len(people) >= 2 else []
    people = conversation_people(history, library, scope)
    k = _ORDINALS[m.group(1).lower()]
    return [people[k]] if len(people) >= 2 and k < len(people) else []


def _kinds(view: ArticleView, s: Speaker) -> set[str]:
    return {w for w in _labels(set(view.profile(s, profile_words))) if w.startswith("role:")}


_OTHER_ROLE = re.compile(r"\bthe\s+(?:other|remaining)\s+((?:[\w’'-]+\s+){0,2}?(?:"
                         + _ROLE.pattern[len(r"\b(?:"):-len(r")s?\b")] + r"))s?\b", re.I)


def _grouped_with(question: str, before: set[str], library: Library, pairs: list[tuple[ArticleView, Speaker]],
                  others: list[tuple[ArticleView, Speaker]]) -> list[tuple[ArticleView, Speaker]]:
    """"and the other coalition leader?" after one of them: the one person the article
    names beside the last one in a sentence with those words ("The coalition leaders — X
    and Y")."""
    m = _OTHER_ROLE.search(question)
    if not m:
        return []
    wanted = set(tokens(m.group(1))) - _GENERIC_STEMS
    if not wanted:
        return []
    allowed = {s.name for _, s in others}
    found: dict[str, tuple[ArticleView, Speaker]] = {}
    for view in {v.id: v for v, s in pairs if s.name in before}.values():  # the articles of the last person
        for sentence in view.sentences:
            if not wanted <= set(tokens(sentence.text)):
                continue
            named = {s.name: (v, s) for _, v, s, _ in named_speakers(sentence.text, library, [view.id])}
            if before & set(named):
                found.update({k: x for k, x in named.items() if k in allowed})
    return list(found.values()) if len(found) == 1 else []


_OTHER_ONE = re.compile(r"\bthe\s+other\s+one\b", re.I)


def other_person(question: str, history: list, library: Library, scope: list[str],
                 pairs: list[tuple[ArticleView, Speaker]]) -> list[tuple[ArticleView, Speaker]]:
    """The person a follow-up sets against the last turn's ("and the other expert?", "the
    American one?"): among everyone else, the one from the place the question names, else
    the one it describes, else the one whose role is most like the last person's."""
    before: set[str] = set()
    for turn in reversed(history):  # "so what does he think?": the turn that said who "he" is
        turn_q, turn_a = turn[0] or "", (turn[1] if len(turn) > 1 else "") or ""
        before = set(people_asked_about(turn_q, turn_a, library, scope))
        asked_by_name = speaker_slots(turn_q, named_speakers(turn_q, library, scope)) or _described_in(turn_q, pairs)
        if asked_by_name or not _PRONOUN.search(turn_q):
            break
    if not before:
        return []
    q = set(tokens(question))
    places = {w for w in _labels(q) if w.startswith("place:")}
    role = _ROLE.search(question)
    said = " ".join(x or "" for turn in history for x in turn).lower()
    if _OTHER_ONE.search(question) and not role or \
            role and re.search(r"\bthe\s+other\s+" + re.escape(role.group(0)), question, re.I) and \
            re.search(r"\b" + re.escape(role.group(0).lower().rstrip("s")), said):
        # "and what did the other one say?" after the conversation brought up two people and
        # the last turn was about one of them: the other (or "the other resident?" when the
        # conversation called them both residents)
        rest = [(v, s) for v, s in conversation_people(history, library, scope) if s.name not in before]
        if len(rest) == 1:
            return rest
    # "the French one" after an answer naming two leaders: the one of them it describes (or
    # of the people the conversation brought up, when the last turn was about one)
    among = [(v, s) for v, s in pairs if s.name in before] if len(before) >= 2 else conversation_people(history, library, scope)
    if len(among) >= 2 and not re.search(r"\bother\b", question, re.I):
        fit = [(v, s) for v, s in among if places & _labels(set(v.profile(s, profile_words)))] if places else []
        fit = fit or described_speakers(question, among)
        if len(fit) == 1:
            return fit
    # an expert is more like a former general than like a minister; "the other expert"
    # after an expert who was also a planner: another expert, not the general
    had = set().union(*(_kinds(v, s) for v, s in pairs if s.name in before))
    asked = {w for w in _labels(q) if w.startswith("role:")} & had
    had = asked or had

    def likeness(v: ArticleView, s: Speaker) -> int:
        mine = _kinds(v, s)
        if mine & had:
            return 2
        return 1 if mine and had and "role:official" not in mine | had else 0

    def most_alike(people: list[tuple[ArticleView, Speaker]]) -> list[tuple[ArticleView, Speaker]]:
        scored = sorted(((likeness(v, s), v, s) for v, s in people), key=lambda x: -x[0])
        if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            return [(scored[0][1], scored[0][2])]
        return []

    others = [(v, s) for v, s in pairs if s.name not in before]
    grouped = _grouped_with(question, before, library, pairs, others)
    if grouped:
        return grouped
    if places:
        others = [(v, s) for v, s in others if places & _labels(set(v.profile(s, profile_words)))]
        if len(others) == 1:
            return others
        # "the British expert? and the French one?": with no role word, of the French the
        # one most like the last person
        alike = [] if _ROLE.search(question) else most_alike(others)
        if alike:
            return alike
    described = described_speakers(question, others) if others else []
    if described:
        return described
    return most_alike(others)


_OFFICE_WORDS = {"pm": "prime minister", "ceo": "chief executive", "cfo": "chief financial officer",
                 "coo": "chief operating officer", "cto": "chief technology officer", "fm": "foreign minister",
                 "er": "emergency room", "ob": "obstetrician", "ob-gyn": "obstetrician", "da": "district attorney",
                 "rep": "representative", "reps": "representatives", "vp": "vice president", "svp": "senior vice president",
                 "evp": "executive vice president", "ops": "operations"}
# (not "er, what did ...": the places a person works at, in capitals only)
_ABBREVIATED_OFFICES = re.compile(r"\b(?:CEO|CFO|COO|CTO|FM|reps?|[SE]?VP|ops)\b|(?<!\d )\bPM\b|\b(?-i:ER|OB(?:-GYN)?|DA)\b", re.I)  # not "at 3 pm"
_TOP_DIPLOMAT = re.compile(r"\b(?:top|chief|senior-most|leading)\s+diplomat\b", re.I)
_US = re.compile(r"\bUS\b|(?<=\b[Tt]he\s)[Uu][Ss]\b(?=\s+[a-z])")  # not "tell us"


# not "did anyone agree with him?"; "and his view on Trump?" asks what he thinks
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b|\b(?:his|her)\s+(?:own\s+)?(?:views?|take|opinion|thoughts?|words|stance|position|"
                              r"answer|reply|response|point|argument|assessment|verdict|reaction|quotes?|comments?)\b", re.I)


def _about_earlier_person(question: str, wanted: str | None, library: Library, scope: list[str],
                          pairs: list[tuple[ArticleView, Speaker]]) -> bool:
    """Does an earlier turn's question ask of "he" or "she" (the same as now) before naming
    or describing anyone ("does he trust Trump?"), so that it was about whoever "he" was
    then, not about the people it or its answer name?"""
    m = _SUBJECT_PRONOUN.search(question)
    if not m or _pronoun_gender(question) != wanted or _described_in(question, pairs):
        return False
    return all(at > m.start() for at, _, _, _ in named_speakers(question, library, scope))


def _pronoun_gender(question: str) -> str | None:
    """"f" for she/her, "m" for he/him/his, None for both, neither or they."""
    found = {("f" if w.lower() in ("she", "her", "hers") else "m") for w in _SINGULAR.findall(question)}
    return found.pop() if len(found) == 1 else None


_PAIRED = re.compile(r"\b([a-z][\w-]{2,})\s+(?:and|or|&|nor)\s+(?:the\s+)?([a-z][\w-]{2,})\b")


def _paired_with(question: str, last_q: str, library: Library, scope: list[str]) -> str | None:
    """The last question asked of the short question's word, when the article puts that word
    beside one of the last question's as one of a pair ("how big is the classics department?"
    / "and philosophy?" in a story on "the philosophy and classics departments": "how big is
    the philosophy department?"); None when it doesn't."""
    asked = list(dict.fromkeys(w.lower() for w in re.findall(r"[A-Za-z][\w-]+", question)
                               if w.lower() not in STOPWORDS and w.lower() not in {"and", "or", "plus", "the", "what", "about"}))
    before = list(dict.fromkeys(w.lower() for w in re.findall(r"[A-Za-z][\w-]+", last_q) if w.lower() not in STOPWORDS and w.lower() not in asked))
    if not asked or len(asked) > 2:
        return None

    def pairs() -> frozenset[tuple[str, str]]:
        found = set()
        for aid in scope:
            if (view := library.articles.get(aid)) is not None:
                for m in _PAIRED.finditer(view.item.article.text.lower()):
                    found |= {(m.group(1), m.group(2)), (m.group(2), m.group(1))}
        return frozenset(found)

    found = library.memo(("paired words", frozenset(scope)), pairs)
    # (in the order the words are written; none when the pair is not one: "and philosophy?" after a
    # question with both "classics" and "faculty", each paired with it somewhere)
    swaps = [(x, y) for x in asked for y in before if (x, y) in found]
    if len(swaps) != 1:
        return None
    x, y = swaps[0]
    return re.sub(r"\b" + re.escape(y) + r"\b", x, last_q, flags=re.I)


def _person_alone(question: str) -> bool:
    """"and the retired American general?": a person described, alone."""
    m = _AND_ALONE.match(question)
    if not m:
        return False
    noun = m.group("noun").lower()
    # ("and the American?": a people's adjective alone stands for one of them)
    return is_person_noun(noun) or (bool(place_forms(noun)) and bool(re.search(r"(?:an|ish|ch|ese|i)$", noun)) and len(noun) > 3
                                    and re.match(r"\W*(?:and|or|plus)\s+(?:what\s+about\s+)?the\s+\S+\s*\??\s*$", question, re.I) is not None)


_LATER_ON = re.compile(r"\b(?:down\s+the\s+(?:road|line|track)|going\s+forward|in\s+the\s+long\s+(?:run|term)|"
                       r"(?:over|in)\s+the\s+years\s+ahead)\b", re.I)


def asks_speech(question: str) -> bool:
    """Does the question ask what someone said or thinks (a speech or view word), rather
    than what they did ("did Trump get Putin to stop fighting?")?"""
    return bool(_SPEECH.search(_SOURCE.sub(" ", question)))


# "No, I meant the other expert — the RUSI one. What did he say ...?", "Sorry, I meant
# Russia's foreign minister, not Trump — where does he stand on Zelenskyy?": a correction
# of whom the conversation is about, then (or not) the question
_MEANT = re.compile(r"^\W*(?:(?:no|nope|sorry|oops|wait|ah|oh|actually)\W+)*I\s+(?:meant|mean|was\s+asking\s+about)\s+"
                    r"(?!(?:what|who|how|when|where|why|which|did|does|is|was|that|it|this|to)\b)", re.I)
_ASKING = re.compile(r"\s+[—–-]+\s+(?=(?:what|who|how|when|where|why|which|did|does|do|is|was|has|can|could|would)\b)", re.I)


_MEANT_WHEN = re.compile(r"^\W*(?:(?:so|and|but|ok(?:ay)?)\W+)?what\s+(?:did|does|do)\s+(?P<who>[\w’'.-]+(?:\s+[\w’'.-]+)?)\s+mean\s+"
                         r"when\s+(?:he|she|they)\s+(?:said|says|say)\s+(?:that\s+)?(?P<what>[^?]{6,200}?)\s*\??\s*$", re.I)
_JUDGED = frozenset(tokens("reliable trustworthy credible honest good bad real true serious strong weak friend enemy threat "
                           "critic optimist pessimist fan supporter ally partner hawk dove liar hypocrite hero villain "
                           "puppet genius fool"))
_IS_A = re.compile(r"^\W*(?:(?:so|and|but|wait)\W+)?(?:is|was|isn[’']t|wasn[’']t)\s+(?P<who>[A-Za-zÀ-ÿ’'.-]+(?:\s+[A-Za-zÀ-ÿ’'.-]+)??)\s+"
                   r"(?:(?:still|really|actually|now|currently|even)\s+)?(?:(?P<a>a|an|the)\s+(?!(?:[\w-]+\s+)*?(?:who|that|which|whose|only|first|last|one|same|most|best|worst|person|"
                   r"quoted|cited|source)\b)(?P<what>[^?]{2,60})|(?P<what2>[A-Za-z]+))\s*\??\s*$",
                   re.I)


def named_in(text: str) -> bool:
    """Does the text name someone or something by a capitalised word past its first?"""
    return bool(re.search(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w’'-]+", text.strip()))


def corrected(question: str) -> str | None:
    """A correction of whom the conversation is about, as a question: the rest of the
    question asked of that person ("where does Russia's foreign minister stand on
    Zelenskyy?"), or "and X?" when nothing else is asked. None when it is no correction."""
    m = _MEANT.match(question)
    if not m:
        return None
    tail = question[m.end():]
    cut = re.search(r"[.?!;]+\s*", tail)
    who, rest = (tail[:cut.start()], tail[cut.end():]) if cut else (tail, "")
    ask = _ASKING.search(who)  # "..., not Trump — where does he stand on Zelenskyy?"
    if ask:
        who, rest = who[:ask.start()], who[ask.end():] + (tail[cut.start():cut.end()].strip() if cut else "") + " " + rest
    who = re.sub(r",?\s+not\s+.*$", "", who.strip(), flags=re.I)
    # ("the other expert — the RUSI one": the last, most particular, of what is said of them)
    who = re.split(r"\s+[—–-]+\s+", who)[-1].strip(" ,")
    rest = rest.strip()
    if not who or len(who.split()) > 8:
        return None
    if not rest:
        return f"and {who}?"
    # ("No, I meant the British brigade. How many soldiers would it have?": "it" is the brigade)
    pronoun = re.search(r"\b(?:he|she|him|her|his|they|them|their|it|its)\b", rest, re.I)
    if pronoun is None:
        return f"{rest} ({who})" if not named_in(rest) else rest
    possessive = pronoun.group(0).lower() in ("his", "their", "its") or (pronoun.group(0).lower() == "her" and
                                                                  not re.match(r"\s*(?:\?|$|about|on|to|of)", rest[pronoun.end():]))
    return rest[:pronoun.start()] + (f"{who}’s" if possessive else who) + rest[pronoun.end():]


# "which state lawmaker introduced the bill?": who did it is asked, not what they said
WHICH_ONE_DID = re.compile(r"\W*(?:and\s+)?(?:which|who\s+(?:were|was|are|is)\s+the)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+"
                           r"(?:(?:that|who)\s+)?(?:has\s+|have\s+|had\s+)?(?!(?:named|called|mentioned|quoted|cited|featured|listed|"
                           r"involved|interviewed|described|pictured|shown)\b)[a-z]+ed\b(?!\s+(?:that|about)\b)|"
                           # ("which committee member was absent for the vote?")
                           r"\W*(?:and\s+)?which\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:(?:that|who)\s+)?(?:was|were)\s+(?:absent|missing|not\s+there)\b",
                           re.I)


def analyse(question: str, history: list[tuple[str, str]] | None, library: Library, scope: list[str]) -> Analysis:
    pairs = [(v, s) for v, s in library.speakers(scope)]
    history = history or []
    if (meant := corrected(question)) is not None and meant != question:
        return analyse(meant, history, library, scope)
    meant = _MEANT_WHEN.match(re.sub(r"\s+", " ", question))
    if meant and named_speakers(meant.group("who"), library, scope):
        # "what did hodges mean when he said europe is sleepwalking into war": whether he said it
        return analyse(f"did {meant.group('who')} say {meant.group('what')}?", history, library, scope)
    role = _IS_A.match(re.sub(r"\s+", " ", question))
    if role and (found := named_speakers(role.group("who"), library, scope)) and (
            # (a post or a people: "a serving NATO general", "French"; not a judgement or a
            # relation, "a reliable partner", "a critic of the plan", "a threat to Europe")
            role.group("a") and is_person_noun(role.group("what").split()[-1])
            and not re.search(r"\b(?:of|about|to|for|on|with|against|toward|towards|in)\b", role.group("what"), re.I)
            and not set(tokens(role.group("what"))) & _JUDGED or place_forms(role.group("what2") or "")):
        # "Is Ben Hodges a serving NATO general?", "is Heisbourg French?": who the article says he is
        return analyse(f"who is {found[0][2].name}?", history, library, scope)
    if _person_alone(question) and not is_person_noun(_AND_ALONE.match(question).group("noun")):
        # "and the American?": the American one of the people spoken of
        at = _AND_ALONE.match(question).end("noun")
        return analyse(question[:at] + " one" + question[at:], history, library, scope)
    wanted = _QUOTES_SAYING.search(re.sub(r"\s+", " ", question))
    if wanted and named_speakers(wanted.group("who"), library, scope):
        checked = analyse(f"did {wanted.group('who')} say {wanted.group('what')}?", history, library, scope)
        checked.asked_as = question  # (a quote asked for is still checked as one: made up if its words aren't there)
        return checked
    claim = _CLAIM_CHECKED.match(re.sub(r"\s+", " ", question))
    if claim and named_speakers(claim.group("who"), library, scope):
        # "arnold said europe should go it alone, right?": whether the person said it
        return analyse(f"did {claim.group('who')} say {claim.group('what')}?", history, library, scope)
    which = _WHICH_OF_THEM.match(question)
    if which and history and len({s.name for _, _, s, _ in named_speakers(history[-1][1] or "", library, scope)}) >= 2:
        # "which of them thinks Europe should send more weapons?" after an answer naming the
        # experts: who thinks so (the people of the article, those among them included)
        return analyse("who " + question[which.end():], history, library, scope)
    a = Analysis(question=question, kind="fact")
    a.wants_exact = bool(_EXACT.search(question))
    named = named_speakers(question, library, scope)
    # who is speaking vs who is spoken about: "according to X" names the speaker; a name
    # after "about/on/to/..." is the subject matter ("What did he say about Trump?")
    slot = speaker_slots(question, named)
    topic_people = [n for n in named if n not in slot]
    named = slot
    if not asks_speech(question) and not _WHO.search(question) and not re.search(r"\bstatements?\b", question, re.I):
        # an organisation is a speaker only when asked what it said ("what did Northline say?");
        # "what does Northline pay the county?" asks the article's facts about it
        named = [n for n in named if n[2].kind != "organization"]
    # "the bookseller who voted against the union": a common noun, not "Linden & Pike Booksellers"
    named = [n for n in named if not (n[2].kind == "organization" and len(n[3].split()) == 1 and n[3].islower()
                                      and re.search(r"\b(?:the|a|an|one)\s+" + re.escape(n[3]) + r"\s+who\b", question))]
    # "what did Alpine Crest's VP of mountain ops say?": an organisation that owns the role asked
    # of is whose the person is, not who speaks
    named = [n for n in named if not (n[2].kind == "organization" and re.search(
        re.escape(re.sub(r"[’']s?$", "", n[3])) + r"[’']s?\s+(?:[\w-]+\s+){0,2}?(?:" + _ROLE.pattern[len(r"\b(?:"):-len(r")s?\b")] + r")s?\b",
        _ABBREVIATED_OFFICES.sub(lambda m: _OFFICE_WORDS[m.group(0).lower()], question), re.I))]
    a.targets = [Target(v, s, "named") for _, v, s, _ in named]
    # "hodges on putin?", "Arnold re: the brigade": a person's name, then what they spoke of
    # (a subject of a few words: "Arnold on whether Europe can count on US jets ...?" asks a fact)
    name_on = any(re.match(r"\W*(?:(?:and|so|ok(?:ay)?)\W+)?" + re.escape(alias) + r"(?:[’']s)?\s+(?:on|re:?|about|regarding)"
                           r"(?:\s+[\w’'-]+){1,4}\W*$", question, re.I) for _, _, s, alias in named if s.quote_count > 0)
    topic = question
    for _, _, s, alias in named:
        topic = re.sub(re.escape(alias), " ", topic, flags=re.I)
    topic = re.sub(r"\baccording\s+to\b", " ", topic, flags=re.I)
    # ("what happens down the road", "going forward": when, said as an idiom, not a road)
    topic = _LATER_ON.sub(" later ", topic)
    # "the British PM", "the CEO": abbreviated offices, spelt out for role matching
    roles_q = _ABBREVIATED_OFFICES.sub(lambda m: _OFFICE_WORDS[m.group(0).lower()], question)
    # "the US president", "the us general": the country, not the pronoun
    roles_q = _US.sub("U.S.", roles_q)
    roles_q = _TOP_DIPLOMAT.sub("foreign minister", roles_q)  # "Russia's top diplomat"
    if "phd" not in library.vocabulary(scope):
        roles_q = re.sub(r"\bPh\.?\s?D\.?(?=\s)", "doctoral", roles_q, flags=re.I)  # ("the PhD student": "a doctoral student")
    # "the Paris one", "the American one": a person told apart by a word of their description
    roles_q = _ONE.sub(r"\1 person", roles_q)
    # "the 58-year-old", "the 58 year old shrimper": a person told by their age
    roles_q = _AGED_ONE.sub(lambda m: f"{m.group(1)} {m.group(2)}-year-old" + ("" if m.group(3) else " person"), roles_q)
    # "the intensive care nurse to patient ratio": a ratio, no one's
    roles_q = re.sub(r"\b(?:the\s+)?(?:[\w-]+\s+){0,2}?[a-z]+[\s-]+to[\s-]+[a-z]+[\s-]+ratios?\b", "the ratio", roles_q, flags=re.I)
    # "the plant workers' union", "the residents association": a body, not a person
    # (nor "a nurse vacancy rate": a thing)
    roles_asked = [m.group(0).lower() for m in _ROLE.finditer(roles_q)
                   if (not _names_a_body(roles_q[m.end():]) or _asked_of(roles_q[:m.end()], roles_q[m.end():]))
                   and not _COMPOUND_HEAD.match(roles_q[m.end():])
                   # ("patient limits per nurse", "how many patients each nurse has": a unit, not a person)
                   and not re.search(r"\b(?:per|each|every)\s+$", roles_q[:m.start()], re.I)
                   # ("is he related to the councilwoman?": the one "he" is, asked of in relation to her)
                   and not (history and re.search(r"\b(?:related|married|kin)\s+to\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$", roles_q[:m.start()], re.I)
                            and re.match(r"\W*(?:(?:and|so|but)\W+)?(?:is|was|are|were)\s+(?:he|she|they)\b", roles_q, re.I))]
    group = roles_asked and all(r.endswith("s") and not r.endswith("ss") for r in roles_asked) \
        and not re.search(r"\bone\s+of\s+(?:the|those|these|its|their)\b", roles_q, re.I)  # ("one of the council members who ...": one person)
    if roles_asked and not a.targets and not a.missing_person:
        # "what did officer delgado think?": a title and a name the article gives someone it
        # never quotes ("it was Officer Delgado who found him", in another's words): that
        # person, by name, not whoever else holds the title
        for m in _ROLE.finditer(roles_q):
            nxt = re.match(r"\s+([A-Za-z][a-z’'-]{2,})\b", roles_q[m.end():])
            if not nxt or nxt.group(1).lower() in STOPWORDS or m.group(0).endswith("s") \
                    or nxt.group(1).lower() in ORGANISATION_HEADS:
                continue  # (not "the mountain workers union", "the Nurses Association")
            titled = m.group(0).split()[-1] + " " + nxt.group(1)
            # (a name the article writes with the title, "Officer Delgado", and never as a plain
            # word: not "Regents Vote", "Workers Union")
            said_so = [v for v in (library.articles.get(aid) for aid in scope) if v is not None
                       and re.search(r"\b" + re.escape(titled.split()[0].capitalize() + " " + nxt.group(1).capitalize()) + r"\b",
                                     v.item.article.text)
                       and not re.search(r"\b" + re.escape(nxt.group(1).lower()) + r"\b", v.item.article.text)]
            if said_so and not any(nxt.group(1).lower() in (w.lower() for w in sp.name.split()) for v in said_so
                                   for _, sp in library.speakers([v.id])):
                a.missing_person = " ".join(w.capitalize() for w in titled.split())
                roles_asked = []
                break
    def owner_only(alias: str) -> bool:
        # "Zelenskyy's signature" (not "Teague's dig at the mayor": his words)
        owned = re.search(re.escape(alias) + (r"" if alias.endswith(("'s", "’s", "'", "’")) else r"[’']s?") + r"\s+([a-z]+)", question)
        return bool(owned) and owned.group(1).lower() not in _OWN_WORDS
    if a.targets and roles_asked and all(owner_only(alias) for _, _, _, alias in named):
        # "why won't Russia's foreign minister accept Zelenskyy's signature?": the person named
        # only as an owner is spoken about; the one the question describes speaks
        others = [(v, s) for v, s in described_speakers(descriptor_phrase(roles_q) or roles_q, pairs)
                  if s.name not in {t.speaker.name for t in a.targets}]
        if others:
            a.targets = []
    if a.targets and named and all(owner_only(alias) for _, _, _, alias in named):
        # "what did Ellen Marsh's neighbor say?": a person of hers, whom the article names nowhere
        for _, _, s, alias in named:
            owned = re.search(re.escape(alias) + r"(?:[’']s?)?\s+([a-z]+)\b", question)
            if owned and (is_person_noun(owned.group(1)) or owned.group(1).lower().rstrip("s") in _RELATIONS) \
                    and owned.group(1).lower() not in _OWN_WORDS \
                    and (_SPEECH.search(question[owned.end():]) or _WROTE.search(question[owned.end():])
                         # ("what's brenner's husbands name": a relative the article never names)
                         or owned.group(1).lower().rstrip("s") in _RELATIONS
                         and re.match(r"(?:[’']s?)?\s+(?:full\s+|first\s+|last\s+)?name\b", question[owned.end():], re.I)
                         # ("who was whitfield's predecessor as CEO?": one the article may never name)
                         or re.match(r"\W*(?:and\s+|so\s+)?who\s+(?:is|was|were|are)\s*$", question[:owned.start()].replace(alias, ""), re.I)):
                _relative_asked(a, [(v, p) for v, p in pairs if p.name != s.name], re.sub(r"[’']s?$", "", alias), owned.group(1))
                break
    owned_by_role = re.search(r"\b(the\s+(?:[\w-]+\s+){0,2}?[\w-]+)[’']s\s+([a-z]+)\b", question) if not named else None
    if owned_by_role and owned_by_role.group(2).rstrip("s") in _RELATIONS and (
            _SPEECH.search(question[owned_by_role.end():]) or _WROTE.search(question[owned_by_role.end():])):
        # "what did the groundskeeper's wife say?": a person of the one described
        if _relative_asked(a, pairs, owned_by_role.group(1), owned_by_role.group(2)) <= 1:
            roles_asked = []
    elif owned_by_role and owned_by_role.group(2).rstrip("s") in _RELATIONS:
        # "what is the obstetrician's wife going to do?": the one the article introduces so
        # ("His wife, Dr. Sarah Hadley, ..."), not the obstetrician
        theirs = [(v, p) for v, p in pairs if _introduced_as(v, p, owned_by_role.group(2))]
        if len(theirs) == 1:
            a.targets, roles_asked = [Target(theirs[0][0], theirs[0][1], "described")], []
    if not a.targets and not roles_asked and not a.missing_person and (asks_speech(question) or re.search(r"\bstatements?\b", question, re.I)) \
            and not re.search(r"\b(?:the|a|an)\s+[a-z]+\s+who\b|\b(?:he|she|his|her|him)\b", question, re.I):
        # (not "the bookseller who voted against the union ... is he ...": a person)
        # "what did the faculty union say in its statement?": the organisation that spoke,
        # told by its kind of body and the words of its name or description
        body = _described_body(question, pairs)
        if body is not None:
            a.targets = [Target(body[0], body[1], "described")]
        else:
            a.missing_person = _absent_body(question, library, scope)
    if not a.targets and roles_asked:
        descriptor = descriptor_phrase(roles_q)
        # (not by meaning when a name before the title is no one's: "the Scranton superintendent")
        # ("the fire survivor who's been staying in a motel ... would make her feel safer": a woman)
        sex = {"f" if p.lower() in ("she", "her", "hers", "herself") else "m"
               for p in re.findall(r"\b(?:she|her|hers|herself|he|him|his|himself)\b", roles_q, re.I)}
        of_sex = [(v, s) for v, s in pairs if v.gender(s) in (*sex, None)] if len(sex) == 1 else []
        described = (described_speakers(descriptor or roles_q, of_sex) or _described_by_meaning(roles_q, of_sex, library)
                     or _described_by_paragraph(descriptor or roles_q, of_sex) if of_sex else []) or \
            described_speakers(descriptor or roles_q, pairs) or (
            [] if _named_before_role_elsewhere(descriptor or roles_q, pairs) else _described_by_meaning(roles_q, pairs, library)) or (
            # ("the board member who tried to delay the ban till 2029, what did he say ...?": of
            # those the article quotes, the one named in the paragraph with the clause's words)
            _described_by_paragraph(descriptor or roles_q, [(v, s) for v, s in pairs if s.kind == "person"
                                                            and any(q.speaker == s.name for q in v.item.quotes)])
            if asks_speech(question) and not _role_unnamed(roles_asked, pairs) else [])

        body_asked = _body_asked(question)
        if body_asked and len(described) == 1 and described[0][1].kind == "organization":
            # ("what did the state environmental agency say?": not the county farm bureau whose
            # sentence has "the state", when the article names the state's Department of
            # Environmental Quality, which speaks through an unnamed spokesperson)
            modifiers = set(tokens(body_asked.group(1))) - STOPWORDS - _LOOSE_MODIFIERS
            v, org = described[0]
            if modifiers and not modifiers <= set(tokens(org.name + " " + (org.description or ""))) \
                    and _other_body_fits(modifiers, v.item.article.text, org.name):
                described = []
        aged = re.search(r"\b(\d{1,3})-year-old\b", roles_q)
        if aged and described:
            # ("the 40-year-old": someone of that age, not the article's 58-year-old)
            described = [(v, s) for v, s in described if re.search(r"\b" + aged.group(1) + r"-year-old\b|,\s*" + aged.group(1) + r",",
                                                                   " ".join([s.description or "", _intro_sentence(v, s), *aged_roles(v, s)]))]
        one_role = _ROLE.pattern.replace("s?\\b", "\\b")
        # "the chief financial officer": the whole title, up to its last role word
        # (or a country's: "Germany's chancellor")
        # (and "sierra cascade's chief executive", typed in lower case)
        role = re.search(r"\b(?:the|(?-i:[A-Z])[\w.-]+[’']s|(?:(?!(?:what|did|does|do|is|was|were|has|have|had|the|a|an|and|or|how|why|who|when|about|of|from|to|for)\b)[a-z][\w.-]+\s+){0,2}[a-z][\w.-]+[’']s(?=\s+(?:chief|vice|president|chair\w*|spokes\w+|"
                         r"director|founder|owner|general\s+manager)\b))\s+(?:[\w.’'-]+\s+){0,3}?" + one_role + r"(?:\s+(?:[\w-]+\s+)?" + one_role + ")?",
                         roles_q, re.I)
        specific = role and not re.search(r"\b(?:guy|man|woman|person|people|someone|one|lady|gentleman|fellow)$", role.group(0), re.I)
        # "who is the NATO secretary general?": a title, asked of the article
        who_holds = re.match(r"^\W*(?:(?:and|so|ok|okay)\W+)?who(?:['’]s|\s+is|\s+was|\s+(?:will|would|could|should|might)\s+be|"
                             r"\s+is\s+going\s+to\s+be)\s+the\b|"
                             # ("what's the name of the mayor of Harlow Pass?")
                             r"^\W*(?:(?:and|so|ok|okay)\W+)?what(?:['’]s|\s+is|\s+was)\s+the\s+name\s+of\s+the\b", question, re.I) and \
            not re.search(r"\b(?:author|writer|reporter|journalist|correspondent)\b", question, re.I)
        if who_holds and described and specific and len(described) == 1:
            # "who is the director of RUSI?": the one person the article places at RUSI is
            # "an expert" there; a title their description doesn't hold is nobody's
            asked = set(tokens(re.findall(r"[\w-]+", role.group(0))[-1]))
            v, s = described[0]
            own = set(v.profile(s, profile_words))
            if not asked & own and not _labels(asked) & _labels(own) and _labels(asked):
                described = []
            # "who would be the commander of the reassurance force?": a commanding general of
            # another army is not it; the body the title is of must be in their description
            body = re.match(r"\s+(?:of|at|for)\s+(?:the\s+)?([^?,;]{2,60})", roles_q[role.end():])
            held_at = set(tokens(body.group(1))) - STOPWORDS if body else set()
            # (the town the story is datelined from tells no body from another: "the
            # superintendent of the Dunmore Falls school district" is not "director of the
            # Dunmore Falls Water and Sewer Department")
            held_at = (held_at - dateline_place(v.item.article.text)) or held_at
            if held_at and not held_at & set(tokens(s.description or "")) and not held_at & own \
                    and not _body_of_intro(held_at, v, s):
                described = []
        elif described and specific and len(described) == 1 and _SPEECH.search(question):
            # "what did the CEO of Halvorsen Labs say?": a body named after the title must be
            # the one the person's description has (not the hospital system's chief executive)
            body = _body_named(roles_q[role.end():])
            held_at = set(tokens(body.group(1))) - STOPWORDS if body else set()
            v, s = described[0]
            # (when the article places someone else there: it may call the person's own body
            # otherwise, "the system’s chief executive")
            if held_at and not held_at & set(tokens(s.description or "")) and not held_at & set(v.profile(s, profile_words)) \
                    and any(held_at & set(ov.profile(o, profile_words)) for ov, o in pairs if o.name != s.name):
                described = []
            # ("what did the owner of the bar across from the ballpark say?": a plain noun for
            # the body; the team's owner is not the one, but the one person the article
            # introduces in a sentence with a bar is, "Marisol Duarte says it ... from behind
            # the bar of the Dugout Tavern")
            plain = re.match(r"\s+(?:of|at|for)\s+(?:the|a|an|that|this|his|her|their)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                             r"(?=\s*(?:[?,;:—–]|$)|\s+(?:across|near|next|behind|beside|by|on|in|at|from|down|up|outside|downtown|who|that|say|said|says|"
                             r"think|thinks|do|does|did)\b)", roles_q[role.end():])
            noun = tokens(plain.group(1).split()[-1]) if plain and not held_at else []
            if noun and any(set(tokens(n)[:1]) <= set(v.profile(s, profile_words)) for n in _called(v.item.article.text, set(noun[:1]))):
                noun = []  # ("the head of the company": "Crestline’s chief executive", of the company the article names)
            if described and noun and noun[0] not in STOPWORDS and not _body_of_intro(set(noun), v, s) \
                    and noun[0] not in set(tokens(_intro_sentence(v, s))) and noun[0] not in set(v.profile(s, profile_words)):
                there = [(ov, o) for ov, o in pairs if o.name != s.name and o.kind == "person" and noun[0] in set(tokens(_intro_sentence(ov, o)))]
                # (with no one introduced so, the role's holder may still be the one: the team
                # the owner owns may be introduced in another sentence)
                described = there if len(there) == 1 else described if not there else []
        now = any(asked_of_now(question, r.group(0), bare_now=False) for r in _ROLE.finditer(question))
        if now and described and all(_FORMER.match(s.description or "") for _, s in described):
            # "which general currently commands the U.S. Army in Europe?": a former one is not it
            a.missing_person = "a current one (only " + "; ".join(f"{s.name}, {s.description}" for _, s in described[:2]) + ")"
            described = []
        # ("what did the city's police chief of 2019 do after leaving?": a title the article
        # never uses at all is no one in it, whatever is asked of them)
        unheard = _RANKED_CHIEF.search(question) is not None and "chief" not in library.vocabulary(scope)
        # ("did the county commissioners take any position?": a group whose every word the
        # article lacks is no one in it)
        vocab = library.vocabulary(scope)
        plural = descriptor_phrase(roles_q) if group else None
        plural = plural if plural and re.search(r"[a-z]s$", plural) and _ROLE.search(plural.split()[-1]) else None
        unheard_group = bool(plural) and not re.search(r"\b(?:who|whose|that|of|at|for|from|in|with)\b", plural, re.I) and all(
            not set(tokens(w)) & vocab for w in re.findall(r"[a-z][\w-]*", plural.lower()) if w not in STOPWORDS)
        if not described and unheard_group:
            a.missing_person = plural
        elif not described and specific and (_SPEECH.search(question) or who_holds or unheard) and not role.group(0).lower().endswith("s"):
            # "the business secretary" when no one in the article holds that role; a role
            # the article does mention ("a worker who asked not to be named") is left to
            # the passages
            role_word = re.findall(r"[\w-]+", role.group(0))[-1]
            more = re.match(r"\s+(" + _ROLE.pattern + r")", roles_q[role.end():], re.I)
            if more:  # "the GTWU general secretary": the last role word is the role
                role_word = more.group(1)
            # "Halvorsen's chief medical officer" where the article has a financial one: a
            # word of the title the article never uses
            title = re.findall(r"[\w-]+", role.group(0))[1:] + ([more.group(1)] if more else [])
            title_word = title[-2].lower() if len(title) >= 2 else ""
            vocab = library.vocabulary(scope)
            # (another plain noun for the body will do: "the school spokeswoman" of "a university spokeswoman")
            foreign = title_word and title_word not in STOPWORDS and title_word not in _PLAIN_ROLES and \
                not {w for g in _SAME_BODY if set(tokens(title_word)) & g for w in g} & vocab and \
                not set(tokens(title_word)) & vocab and _titled(role_word, library, scope)
            # (a title asked about needs only to be in the article; words said, someone it
            # quotes or reports by that role)
            held = set(tokens(role_word)) & vocab if who_holds and not _SPEECH.search(question) \
                else _role_speaks(role_word, library, scope)
            rest = roles_q[role.end() + (more.end() if more else 0):]
            # ("the CEO of Halvorsen Labs": the role is held, but not there)
            elsewhere = _body_named(rest)
            at_body = set(tokens(elsewhere.group(1))) - STOPWORDS if elsewhere else set()
            if at_body and not any(at_body & set(ov.profile(o, profile_words)) for ov, o in pairs):
                elsewhere = None  # (a body no one in the article is placed at)
            # ("the Carver Springs mayor": a name before the title that no one's profile has,
            # nor the dateline: the article's mayor is another place's)
            placed_elsewhere = _named_before_role_elsewhere(role.group(0), pairs)
            # ("the head of the school board": a body no one in the article is given)
            led_body = _led_body(rest) if set(tokens(role_word)) <= _LEADS else set()
            placed_elsewhere |= bool(led_body) and not any(led_body <= set(ov.profile(o, profile_words)) for ov, o in pairs)
            # ("the fire chief" where the only chief is the company's chief executive)
            no_chief = _RANKED_CHIEF.search(question) is not None and not any(
                _ranked_chief(question, set(ov.profile(o, profile_words)), o.description or "") for ov, o in pairs)
            if foreign or not held or elsewhere or placed_elsewhere or no_chief:
                a.missing_person = re.sub(r"^the\s+name\s+of\s+", "", role.group(0), flags=re.I) + (" " + more.group(1) if more else "")
                body = elsewhere or (re.match(r"\s+(?:of|at|for)\s+[^?,;]{2,60}", rest) if who_holds else None) or (
                    # ("what did the head of the league say?": the head of the league)
                    re.match(r"\s+(?:of|at|for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s*){1,3}?(?=\s*(?:[?,;:—–]|$|\b(?:say|said|says|"
                             r"think|thinks|want|wants|do|does|did|is|was|have|has)\b))", rest, re.I)
                    if set(tokens(role.group(0))) <= _LEADS else None)
                if body:  # "the director of RUSI"
                    a.missing_person += body.group(0).rstrip()
        # "european officials", "the experts": a group; its one match is heard only when
        # the article's own sentences don't answer
        a.targets = [Target(v, s, "group" if group else "described") for v, s in described]
        if described:
            # "the neighborhood association guy": the words that describe the person go (those
            # of their description, and those the question describes them by); words of the
            # article next to their name ("an end to hostilities", "a force for Ukraine") may
            # be the topic
            wording = set(tokens(" ".join(x for x in (described[0][1].description, descriptor, role and role.group(0)) if x)))
            profile = described[0][0].profile(described[0][1], profile_words)
            # "Britain's" for "U.K.", when the question describes them by it ("the RUSI guy
            # ... the UK's share": the U.K. is the topic, though he is in London)
            asked_by = set(tokens(" ".join(x for x in (descriptor, role and role.group(0)) if x)))
            places = {x for x in _labels(profile) & _labels(asked_by) if x.startswith("place:")}
            # (but what the question asks them "about" is its topic, though their description
            # has it: "what did the county commissioner say about ambulance coverage?" of one
            # "who has driven for the county’s volunteer ambulance service")
            about = _ASKED_ABOUT.search(question)
            profile = profile & wording - (set(tokens(about.group(1))) - asked_by if about else set())
            # ("what did the CEO of Marlow County Health say?": the body says whose chief
            # executive, not what about)
            placed = _body_named(roles_q[role.end():]) if role else None
            profile |= set(tokens(placed.group(1))) if placed else set()
            # "the mcgill pharmacology guy who wasnt part of the study - what's his main worry?":
            # everything before the break says who; the question is what comes after it
            fronted = _FRONTED_PERSON.match(question)
            # (not when the words before the break say what the person spoke of: "The French
            # expert said something grim about soldiers being killed — what were his words?")
            if fronted and (not role or role.start() < fronted.end("front")) and not _SPOKE_OF.search(fronted.group("front")):
                topic = fronted.group("rest")
            # (what they are asked "about" keeps its words, though the description has them too:
            # "what did the county's budget chief say about the size of the county?")
            subject = _ASKED_ABOUT.search(topic)
            who_clause = re.search(r"\b(?:who|whose)\s+(.*)", descriptor or "")
            # (not a clause on what they spoke of: "the expert who mentioned the Paris climate deal")
            clause = set(tokens(who_clause.group(1))) if who_clause and not _SPEECH.search(who_clause.group(1)) \
                and not re.search(r"\b(?:mention\w*|talk\w*|spoke|speak\w*|compar\w*|cit(?:ed|es|ing)|brought\s+up|rais\w+)\b",
                                  who_clause.group(1), re.I) else set()
            kept = topic[subject.start(1):] if subject else ""
            topic = " ".join(w for w in re.findall(r"[\w’'-]+", topic[: subject.start(1)] if subject else topic)
                             if not (set(tokens(w)) & profile) and not _ROLE.fullmatch(w)
                             # (nor the clause that said who, when what about is asked: "the board
                             # member who tried to delay the ban till 2029 ... about noise complaints")
                             and not (subject and re.search(r"\b(?:who|whose)\b", descriptor or "") and set(tokens(w)) & asked_by)
                             # (nor, with no "about", the clause's own words: "what was the main
                             # argument of the councilman who sponsored the cap?" asks what he argued)
                             and not (not subject and not re.search(r"\b(?:about|regarding|concerning)\b", question, re.I)
                                      and set(tokens(w)) & clause)
                             and not any("place:" + PLACE_OF.get(t, "") in places for t in tokens(w)))
            topic = (topic + " " + kept).strip() if kept else topic
    carried = False
    ordinal = ordinal_person(question, history, library, scope) if history and not a.targets else []
    if ordinal:
        a.targets = [Target(v, s, "history") for v, s in ordinal]
        a.follow_up = carried = True
    elif history and OTHER.search(question):
        # "and the other expert?": not the person the last turn was about, but someone like them
        other = other_person(question, history, library, scope, pairs)
        if other:
            a.targets = [Target(v, s, "history") for v, s in other]
            a.follow_up = carried = True
    kin = _KIN.search(question) if history and not a.targets else None
    if kin:
        # "and her brother — what does he say?": whom the article introduces as the brother of the
        # person the conversation is about
        before = people_asked_about(history[-1][0] or "", history[-1][1] if len(history[-1]) > 1 else "", library, scope)
        theirs = [(v, p) for v, p in pairs if p.name not in before and _introduced_as(v, p, kin.group(1))] if before else []
        if len(theirs) == 1:
            a.targets = [Target(theirs[0][0], theirs[0][1], "history")]
            a.follow_up = carried = True
    if history:
        last_q, last_a = history[-1][0], history[-1][1] if len(history[-1]) > 1 else ""
        a.previous_answer = last_a or ""
        a.previous_question = last_q or ""
        # "which countries in particular?", "why the much bigger second number?" (of a last answer
        # with figures, and no one's pronoun): no person's words
        elaborate = _ELABORATE.match(question) or (
            ITS_FIGURES.search(question) and len(re.findall(r"\d[\d,.]*", last_a or "")) >= 2 and not _PRONOUN.search(question)) \
            or shared_figure(question, last_a or "")
        a.elaborates = bool(elaborate)
        pronoun = (_SINGULAR if _WHO.search(question) else _PRONOUN).search(question)
        # ("who said there was 'no guarantee' Trump would keep his word?": "his" is Trump's,
        # named before it in the question, not someone of the conversation)
        own = pronoun and _ASKS_WHO_SAID.match(question) and any(pos < pronoun.start() for pos, _, _, _ in topic_people)
        if not a.targets and pronoun and not elaborate and not own:
            # "she" is a woman the article calls "she" (or one it never says either way)
            wanted = _pronoun_gender(question)

            def fits(found: list) -> list:
                return [m for m in found if wanted is None or m[1].gender(m[2]) in (None, wanted)]

            # "what did he say about Putin?": he is not Putin
            spoken_of = {s.name for _, _, s, _ in topic_people}
            turns = [(h[0] or "", (h[1] if len(h) > 1 else "") or "") for h in history]
            # a turn that itself asked of "he" ("does he trust Trump?", "what did he say about the
            # ceasefire?" answered with Heisbourg's words naming Putin and Trump) is about the
            # person an earlier turn said "he" is, not about the people it names
            about_earlier: dict[int, bool] = {}  # (worked out only for the turns the search reaches)

            def referent(skip: bool):
                for k, (turn_q, turn_a) in reversed(list(enumerate(turns))):
                    if skip and k > 0:
                        if k not in about_earlier:
                            about_earlier[k] = _about_earlier_person(turn_q, wanted, library, scope, pairs)
                        if about_earlier[k]:
                            continue
                    mentioned = [m for m in fits(named_speakers(turn_a + " " + turn_q, library, scope))
                                 if m[2].name not in spoken_of]
                    if not mentioned:
                        mentioned_desc = _described_in(turn_q, pairs)
                        if wanted and not fits([(0, v, s, "") for v, s in mentioned_desc]) and not _PRONOUN.search(turn_q):
                            # "If the mayor is so sure, she should ...": a person the answer describes
                            # (not where that turn asked of "he" too: he is the one before it)
                            mentioned_desc = _described_in(turn_a, pairs)
                        mentioned = fits([(0, v, s, "") for v, s in mentioned_desc])
                    if mentioned:
                        # a person the article calls "he" before one it never says either way
                        mentioned.sort(key=lambda m: wanted is not None and m[1].gender(m[2]) != wanted)
                        # the person the previous question asked about wins over people the answer named
                        asked = [m for m in fits(speaker_slots(turn_q, named_speakers(turn_q, library, scope)))
                                 if m[2].name not in spoken_of]
                        return asked[0] if asked else mentioned[0]
                return None

            # (when the turns that said who "he" is name no one, the later turns' people)
            pick = referent(True) or referent(False)
            if pick:
                a.targets = [Target(pick[1], pick[2], "history")]
            a.follow_up = True
        elif not a.targets and (BARE_WHY.match(question) or _BARE_EXACT.match(question)):
            # "why?" after "does the analyst from the Paris foundation think a ceasefire is
            # likely?": the reason is that person's, when the last question asked about one
            # (and "the exact words?" are theirs)
            asked = speaker_slots(last_q or "", named_speakers(last_q or "", library, scope))
            people = list({s.name: (v, s) for _, v, s, _ in asked}.values()) or _described_in(last_q or "", pairs)
            if len(people) == 1:
                a.targets = [Target(people[0][0], people[0][1], "history")]
                a.follow_up = True
        elif not a.targets and _PLURAL.search(question):
            # "what have those two insisted on?": the people the last turn was about
            mentioned = named_speakers((last_a or "") + " " + (last_q or ""), library, scope)
            people = list({s.name: (v, s) for _, v, s, _ in mentioned}.values())
            if 2 <= len(people) <= 3:
                a.targets = [Target(v, s, "history") for v, s in people]
                a.follow_up = True
        content = [t for t in tokens(topic) if t not in _GENERIC_STEMS]
        swapped = _ORDINAL_SWAP.match(question)
        before = re.search(r"\b(" + _SERIES_ORDINALS + r")\s+(?=[a-z])", last_q or "", re.I) if swapped else None
        if before and before.group(1).lower() != swapped.group(1).lower():
            # "what about the first one?" after "what's happening to the plant's second line?":
            # the last question, of the first line
            topic = last_q[:before.start(1)] + swapped.group(1).lower() + last_q[before.end(1):]
            a.query = topic
            a.follow_up = True
            content = []  # (carried no further: the last question's "second" is not asked)
            carried = False
        # "why?", "which ones?": a question with no topic of its own is about the last one
        # (of a place or a name, "and UK alone?", "and France?"; not "and in summer?", another time)
        # (with no verb of its own: "and Putin agreed?" is a question of its own)
        paired = None
        a.elliptical = bool(last_q and (short := _AND_SHORT.match(question)) and not _person_alone(question)
                            and (re.search(r"(?<!^)\b[A-Z]", short.group(0).strip()) or any(t in PLACE_OF for t in tokens(question))
                                 or (paired := _paired_with(question, last_q, library, scope)) is not None)
                            and not re.search(r"\b[a-z]{3,}(?:ed|ing)\b", question))
        if a.elliptical and paired is not None:
            # "and philosophy?" after "how big is the classics department?": the last question,
            # of the other one of the pair
            topic = a.query = paired
            a.follow_up = True
            content, carried = [], False
        if (len(content) <= 6 and (_ANAPHOR.search(question) or _WHAT_ABOUT.match(question) or _person_alone(question)
                                   or a.elliptical or _AND_THEN.match(question) and not a.targets and len(content) <= 3 and not re.search(r"\d", question)
                                   or elaborate)
                or not content or carried) and not ((before or a.elliptical and paired is not None) and a.query == topic):
            prev_topic = last_q
            # (a last question with no topic of its own, "who said that?", carries the one before it)
            for earlier in reversed(history[:-1]):
                if [t for t in tokens(prev_topic) if t not in _GENERIC_STEMS] or not earlier[0]:
                    break
                prev_topic = earlier[0] + " " + prev_topic
            carried_q = prev_topic
            if SIMILAR.search(question) or TO_THAT.search(question) or elaborate or _STANCE_ON_THAT.search(question) or (
                    not content and not a.targets and re.search(r"\b(?:they|them|it)\b", question, re.I)):
                # "did he say something similar?", "has Trump agreed to that?", "which countries in
                # particular?": similar to, agreeing to, or naming what the last answer said
                # (and "where are they?" asks of what the last answer named: "three resource centers")
                prev_topic += " " + (last_a or "")
            for _, _, s, alias in named_speakers(prev_topic, library, scope):
                prev_topic = re.sub(re.escape(alias), " ", prev_topic, flags=re.I)
            if not a.targets:
                # "what happened at that meeting?" after "where did Trump meet Putin?": with no
                # person to hear from, the people of the last question say which meeting
                a.query = topic + " " + carried_q
            topic = topic + " " + prev_topic
            a.follow_up = True
    item = LIST_ITEM_ASKED.search(question) if history and not _ORDINAL_SWAP.match(question) else None
    if item and (chosen := _list_item(history[-1][1] or "", item.group(1).lower())):
        # "and what did the university say about that last one?" after an answer listing three
        # demands: the last of them is the subject
        topic = question[:item.start()] + chosen + question[item.end():]  # (not the last question: the list is what it asked)
        a.query = topic
        a.follow_up = True
    a.topic = topic
    person = a.pronoun_person
    if person is not None:
        # "did he get him to stop fighting?" searched as "did Donald Trump get him to ...": the
        # pronoun's meaning, which an embedding of "he" lacks (the first one only: "him" is
        # often someone else)
        name = person.speaker.name
        a.query = _SINGULAR.sub(lambda m: name + ("’s" if m.group(1).lower() in ("his", "hers") else ""), topic, count=1)
    a.topic_people = [s.name for _, _, s, _ in topic_people]
    if history and a.targets and _ABOUT_THAT.search(question):
        # "what did Zelenskyy say about that?" after "what did Lavrov say?": that is Lavrov's
        # statement, so Lavrov is who it is about
        last_q = history[-1][0] or ""
        for _, _, s, _ in speaker_slots(last_q, named_speakers(last_q, library, scope)):
            if s.name not in a.speaker_names and s.name not in a.topic_people:
                a.topic_people.append(s.name)
    a.unknown_names = [n for n in unknown_names(question, library, scope)
                       if not any(n.lower() in t.speaker.name.lower() for t in a.targets)]
    if not a.targets and not a.unknown_names:
        # "what's mark rutte's view": a lower-case name the articles never use, as the
        # owner of a view
        vocab = library.vocabulary(scope)
        for m in re.finditer(r"\b([a-z][a-z-]{2,})[’']s\s+(?:view|views|take|opinion|position|stance|thoughts?|comments?|"
                             r"remarks?|reaction|response)\b", question):
            word = m.group(1)
            if word not in vocab and not set(tokens(word)) & vocab and word not in _QUESTION_WORDS and word not in STOPWORDS:
                a.unknown_names = [word]
                break
    if _META.search(question):
        a.kind = "people"
    elif _WHO.search(question) or _NAME_OF_ROLE.search(question) or (a.targets and a.targets[0].how != "group" and _WORKPLACE.search(question)) or (
            carried and _WHO.search(a.previous_question)  # "who is X? and the French one?"
            and not _SPEECH.search(question) and not _ASKS_SOMETHING.search(question)):
        a.kind = "who"
    elif a.targets and a.targets[0].how != "group" and (
            asks_speech(question) or a.targets[0].how == "described" and not WHICH_ONE_DID.match(question) or name_on
            or a.follow_up and not (a.targets[0].how == "history" and _DEEDS.search(question)
                                    and not _NOT_DEEDS.search(question))):
        a.kind = "speaker"
    return a

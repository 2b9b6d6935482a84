"""Word lists the attribution rules use. General English and naming conventions only:
nothing here is specific to any article."""

from __future__ import annotations

import re
from functools import lru_cache

# Speech and attribution verbs, every inflection we match (lower case).
_SPEECH_LEMMAS = """
say says said saying | add adds added adding | ask asks asked asking | tell tells told telling
warn warns warned warning | argue argues argued arguing | insist insists insisted insisting
note notes noted noting | explain explains explained explaining | state states stated stating
write writes wrote writing | declare declares declared declaring | claim claims claimed claiming
acknowledge acknowledges acknowledged acknowledging | recall recalls recalled recalling
continue continues continued continuing | reply replies replied replying
respond responds responded responding | urge urges urged urging | admit admits admitted admitting
agree agrees agreed agreeing | predict predicts predicted predicting | promise promises promised
vow vows vowed vowing | caution cautions cautioned cautioning | complain complains complained
conclude concludes concluded concluding | observe observes observed observing
remark remarks remarked | recount recounts recounted | shout shouts shouted | yell yells yelled
exclaim exclaims exclaimed | whisper whispers whispered | joke jokes joked joking
quip quips quipped | concede concedes conceded conceding | contend contends contended contending
maintain maintains maintained maintaining | announce announces announced announcing
tweet tweets tweeted | post posts posted | stress stresses stressed stressing
emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing
reiterate reiterates reiterated | testify testifies testified | counter counters countered
wonder wonders wondered | question questions questioned | plead pleads pleaded pled
demand demands demanded | boast boasts boasted | lament laments lamented | muse mused
sigh sighed | laugh laughed | describe describes described describing | call calls called calling
brand brands branded | dub dubs dubbed | recommend recommends recommended | advise advises advised
believe believes believed | think thinks thought | suggest suggests suggested suggesting
insist | confirm confirms confirmed confirming | deny denies denied denying | report reports reported
tell | put | pointed | hint hints hinted | signal signals signaled signalled
retort retorts retorted | accuse accuses accused accusing
shot_back shoots_back hit_back hits_back fired_back fires_back
gush gushes gushed | enthuse enthuses enthused | rave raves raved | marvel marvels marvelled marveled
scoff scoffs scoffed | snap snaps snapped | sneer sneers sneered | grumble grumbles grumbled
mutter mutters muttered | murmur murmurs murmured | chuckle chuckles chuckled | giggle giggles giggled
beam beams beamed | smile smiles smiled | grin grins grinned | confide confides confided
confess confesses confessed | reveal reveals revealed | assert asserts asserted | allege alleges alleged
protest protests protested | concur concurs concurred | interject interjects interjected
tease teases teased | fume fumes fumed | cry cries cried | scream screams screamed | sob sobs sobbed
gasp gasps gasped | snort snorts snorted | chimed_in chimes_in went_on goes_on
dismiss dismisses dismissed dismissing | submit submits submitted submitting
point_out points_out pointed_out pointing_out
"""
SPEECH_VERBS: frozenset[str] = frozenset(
    w.replace("_", " ") for w in _SPEECH_LEMMAS.replace("|", " ").split() if w not in {"put", "pointed"}
)
# Speech tags that describe a manner and also stand alone as an action ("Kemp grins.
# "Q""): as the action before a quotation they do not make it a speech verb's.
MANNER_VERBS: frozenset[str] = frozenset(
    """laugh laughs laughed sigh sighed smile smiles smiled grin grins grinned beam beams beamed
    chuckle chuckles chuckled giggle giggles giggled sob sobs sobbed gasp gasps gasped
    snort snorts snorted""".split()
)
# Verbs that introduce a quote only in a reported clause, never as "Q, X verbed".
WEAK_VERBS: frozenset[str] = frozenset(
    "describe describes described describing call calls called calling brand brands branded "
    "dub dubs dubbed believe believes believed think thinks thought suggest suggests suggested "
    "suggesting hint hints hinted signal signals signaled signalled report reports reported "
    "recommend recommends recommended advise advises advised accuse accuses accused accusing "
    "dismiss dismisses dismissed dismissing".split()
)
# Speech verbs whose next noun phrase is their object, never an inverted subject:
# in "Reade told the judge" or "she reminded Cole" the judge and Cole are listeners.
OBJECT_VERBS: frozenset[str] = frozenset(
    "tell tells told telling inform informs informed informing remind reminds reminded reminding "
    "assure assures assured assuring".split()
)
PARTICIPLE_CUES: frozenset[str] = frozenset(
    w for w in SPEECH_VERBS if w.endswith("ing")
)

# Adverbs and auxiliaries allowed between a speaker and the speech verb.
ADVERBS: frozenset[str] = frozenset(
    """also later then previously once recently earlier has had have was were is will would
    could might may had already again simply only just further repeatedly publicly privately
    bluntly flatly quickly quietly firmly angrily calmly told reportedly once""".split()
)

PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "they": "n"}

# Words that mark the following quote as a coined term or label, not anyone's words
# ("known as" also with a place or audience between: "known in the region as").
TERM_CUES = re.compile(
    r"(?:so[- ]called|self[- ](?:styled|proclaimed)|dubbed|known(?:\s+[\w’'-]+){0,4}?\s+as(?:\s+(?:the|a|an|his|her|their|its|[\w’'-]+['’]s))*|nicknamed|entitled|titled|the\s+(?:term|word|phrase|slogan|"
    r"label|motto|hashtag|headline|name)|coined|christened|a\s+(?:term|word|phrase|slogan|label)"
    r"\s+(?:like|such\s+as)|what\s+(?:some|many|critics|supporters|officials|analysts)\s+\w+\s+)"
    r"[\s,]*$",
    re.I,
)
# Words that name a work: a quoted title right after them is a title, not a quote.
WORK_NOUNS = frozenset(
    """book novel memoir film movie documentary series show song album single track play
    opera musical poem essay article column report podcast episode exhibition painting
    campaign programme program project operation slogan headline""".split()
)
# Nouns for a named thing ("the journal Marine Soundscapes", "the group "Streets First""):
# a name right after them is the thing's, not a person's or anyone's words.
THING_NOUNS = WORK_NOUNS | frozenset(
    """journal newspaper magazine paper company firm band group ship vessel boat yacht app
    platform website site brand label charity fund newsletter blog channel station network
    studio restaurant bar cafe hotel shop store gallery venue horse dog organisation
    organization nonprofit coalition movement collective""".split()
)

DETERMINERS = frozenset(
    "the a an this that these those its their his her our your my any every each some no".split()
)

HONORIFICS: dict[str, str | None] = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "sir": "m", "dame": "f", "madam": "f", "mdm": "f", "mdm.": "f", "lord": "m", "lady": "f", "king": "m", "queen": "f",
    "prince": "m", "princess": "f", "dr": None, "dr.": None, "prof": None, "prof.": None,
    "professor": None, "gen": None, "gen.": None, "general": None, "sen": None, "sen.": None,
    "senator": None, "rep": None, "rep.": None, "gov": None, "gov.": None, "governor": None,
    "president": None, "minister": None, "mayor": None, "judge": None, "justice": None,
    "lt": None, "lt.": None, "col": None, "col.": None, "sgt": None, "sgt.": None,
    "capt": None, "capt.": None, "captain": None, "adm": None, "adm.": None, "admiral": None,
    "rev": None, "rev.": None, "father": "m", "sister": "f", "brother": "m", "pope": "m",
    "chancellor": None, "secretary": None, "ambassador": None, "commissioner": None,
    "councilman": "m", "councilwoman": "f", "councillor": None, "councilor": None,
    "councilmember": None, "councilperson": None, "legislator": None,
    "coach": None, "chief": None, "inspector": None, "detective": None, "officer": None,
    "sheriff": None, "superintendent": None, "premier": None, "speaker": None, "leader": None,
    "director": None, "chairman": "m", "chairwoman": "f", "chair": None, "ceo": None,
    "spokesman": "m", "spokeswoman": "f", "spokesperson": None, "commander": None,
    "sergeant": None, "lieutenant": None, "colonel": None, "major": None, "corporal": None,
    "private": None, "dean": None, "provost": None, "rector": None, "regent": None, "trustee": None,
    "registrar": None, "rabbi": None, "imam": None, "bishop": None,
    "archbishop": None, "cardinal": None, "deputy": None, "assemblyman": "m",
    "assemblywoman": "f", "congressman": "m", "congresswoman": "f", "attorney": None,
    "prosecutor": None, "magistrate": None, "constable": None, "nurse": None, "lawyer": None,
    # (elected offices of local government: "Supervisor Carl Lindqvist", "Alderwoman Ruth Ames")
    "supervisor": None, "alderman": "m", "alderwoman": "f", "selectman": "m", "selectwoman": "f",
    "comptroller": None, "treasurer": None,
    "cllr": None, "cllr.": None, "maître": None, "maitre": None, "mp": None, "td": None, "mep": None, "msp": None, "mla": None, "dep.": None, "supt": None, "supt.": None,
    "insp": None, "insp.": None, "det": None, "det.": None, "sir.": "m", "mx": None, "mx.": None,
    # job words news copy puts before a name like a title ("Goalkeeper Sam Reddy")
    "goalkeeper": None, "keeper": None, "striker": None, "defender": None, "midfielder": None,
    "winger": None, "skipper": None, "manager": None, "boss": None, "referee": None,
    "headteacher": None, "headmaster": "m", "headmistress": "f", "principal": None,
    "pastor": None, "vicar": None, "reverend": None, "economist": None, "analyst": None,
    "historian": None, "novelist": None, "author": None, "founder": None, "landlord": None,
    "landlady": "f", "firefighter": None, "paramedic": None, "surgeon": None, "midwife": "f",
    "marshal": None, "organiser": None, "organizer": None, "cr": None, "cr.": None,
}
# Title words that may precede a name and form its description ("French President").
TITLE_WORDS = frozenset(k.rstrip(".") for k in HONORIFICS) | frozenset(
    "minister prime foreign defence defense interior finance home state secretary general "
    "attorney supreme court chief executive vice deputy former acting senior head".split()
)

# Letters and suffixes written after a name: honours, degrees, offices, generations
# ("Jonathan Reade KC", "Ann Vale MBE", "Carl Dunn Jr."). They describe the person and
# are never part of the canonical name.
POST_NOMINALS = frozenset(
    """kc qc sc mp msp mla mep am ms mbe obe cbe kbe dbe gbe ch om frs freng frcp phd dphil
    md mba llb llm esq jr sr ii iii iv rn cpa""".split()
)
# the ones that may be written in any case or with a dot ("Jr.", "PhD"); the others
# count only in capitals, so "Am" or "Ms" inside a sentence is not read as one
POST_NOMINALS_MIXED = frozenset("jr sr phd dphil esq".split())


def is_post_nominal(token: str) -> bool:
    bare = token.strip(",.")
    low = bare.lower()
    if low not in POST_NOMINALS:
        return False
    if low in POST_NOMINALS_MIXED:
        return True
    return bare.isupper() and not token.endswith(".") or low in {"ii", "iii", "iv"} and bare.isupper()


# Nouns that only people are: an apposition headed by one ("Eli Marcus, a spokesman for
# X" / "a marine economist, Ana Diaz,") makes the name beside it a person's, whatever
# the recogniser called it. Title words (HONORIFICS) count too, and so does any word
# ending in -ist or -ician ("economist", "physician").
PERSON_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson member official officer executive consultant physician
    doctor resident teacher schoolteacher student worker operator owner manager founder treasurer secretary
    chairman chairwoman chair president representative researcher scientist professor lecturer
    lawyer attorney solicitor barrister judge expert adviser advisor strategist trader banker
    investor partner editor writer reporter journalist engineer architect planner farmer
    fisherman fisher fishermen mother father son daughter wife husband brother sister
    grandmother grandfather granddaughter grandson widow widower retiree pensioner volunteer
    campaigner organiser organizer leader head candidate voter shopkeeper tenant landlord
    parent mayor governor senator councillor councilor minister director administrator
    nurse surgeon dentist pharmacist pilot driver captain coach player athlete singer actor
    actress artist designer chef baker owner-operator veteran survivor witness victim
    mp lawmaker legislator commissioner inspector detective sergeant constable prosecutor
    defendant plaintiff claimant employee staffer aide deputy assistant associate fellow
    economist analyst historian producer filmmaker composer photographer musician poet
    playwright screenwriter comedian broadcaster presenter curator conductor dancer
    choreographer sculptor painter entrepreneur developer contractor builder rancher grower
    commuter passenger motorist pedestrian homeowner renter coordinator supervisor technician
    mechanic electrician plumber carpenter welder miner clerk cashier waiter waitress
    bartender caretaker janitor ranger warden lifeguard sailor soldier trooper medic chaplain
    priest monk nun advocate protester protestor quarterback pitcher catcher jockey trainer
    swimmer runner sprinter boxer wrestler golfer skier rower gentleman chap bloke farmhand
    labourer laborer handyman deckhand stablehand ranchhand""".split()
)


def is_person_noun(word: str) -> bool:
    w = word.lower().strip("’'s,.") if word.lower().endswith(("’s", "'s")) else word.lower().strip(",.")
    w = w[:-1] if w.endswith("s") and w[:-1] in PERSON_NOUNS else w
    return w in PERSON_NOUNS or w.rstrip(".") in HONORIFICS or len(w) >= 7 and w.endswith(("ist", "ician", "ists", "icians"))


# a role said of a person by a wider word, or by another word for it: "the scientist" for the
# hydrologist named before, "the attorney" for a lawyer (general English; a pattern each)
ROLE_KINDS = {
    "scientist": r"\w*(?:ologist|chemist|physicist)|scientist|researcher",
    "researcher": r"\w*(?:ologist|chemist|physicist)|scientist|researcher",
    "doctor": r"physician|surgeon|p(?:a)?ediatrician|\w+ologist|psychiatrist|dr",
    "physician": r"doctor|dr",
    "lawyer": r"attorney|solicitor|barrister|counsel",
    "attorney": r"lawyer|solicitor|barrister|counsel",
    "farmer": r"grower|rancher",
    "grower": r"farmer",
    "teacher": r"educator",
}


NAME_PARTICLES = frozenset("de da di del della der den van von le la du dos das bin ibn al el ter ten st. ó ní uí nic mac".split())

# Last words that make a "name" a place or an organisation ("Halvorsen County").
# heads of a name that is no body that speaks: places, prizes, laws ("Calder Point", "the Nobel Prize")
_NOT_BODIES = frozenset(
    """county city town village street road avenue square park river lake mountain valley island bay
    republic kingdom state states province district region festival prize award act bill law hall
    church cathedral museum airport station port point pier harbour harbor basin wharf quay dock docks beach
    creek canyon gulch ridge peak heights springs boulevard highway falls cove junction crossing landing hills bluffs elementary""".split()
)
# the last word of an organisation's name ("Brightwater Marine Works", "Northline Health")
ORGANISATION_HEADS = frozenset(
    """court council committee party group company corp inc ltd university college
    school hospital institute foundation agency ministry department association union club
    united fc city's bank centre center coalition alliance army navy force forces board ferries holdings partners capital
    residential realty properties builders developers construction
    securities services systems airlines airways railways railway motors energy media
    pictures studios entertainment foods pharmaceuticals therapeutics labs laboratories
    technologies solutions industries enterprises ventures trust fund commission authority
    office bureau service network society federation movement front league assembly guild brotherhood
    parliament senate congress tribunal police government administration residential
    properties realty works cooperative co-op lines health inc. ltd. llc plc ag gmbh
    bakery bakeries brewery breweries brewing dairy dairies logistics manufacturing insurance pharmacy pharmacies
    outfitters supermarkets restaurants hotels resorts tribe nation band""".split()
)
# a common noun that stands for an organisation already named ("the company said", "the
# cooperative said in a statement")
ORGANISATION_NOUNS = frozenset(
    """company firm corporation cooperative co-op utility council department agency district board
    commission authority office ministry group association union hospital university college school
    bank insurer retailer chain operator carrier airline developer network coalition organization
    organisation charity nonprofit foundation institute club league federation team party
    government administration city county state service business manufacturer maker grocer
    supermarket lender system alliance committee society trust partnership consortium caucus
    clinic pantry shelter church guild brotherhood tribe""".split()
)
# the last word of a name that is no person's
NON_PERSON_HEADS = (ORGANISATION_HEADS - frozenset("inc. ltd. llc plc ag gmbh".split())) | _NOT_BODIES

# days and months, written out and short
CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug sep
    sept oct nov dec""".split()
)

NOT_NAMES = CALENDAR_WORDS | frozenset(
    """today yesterday tomorrow tonight the a an he she they it we i you this that
    but and or so if when while although though however meanwhile still yet also co co. château chateau
    domaine scoil gaelscoil coláiste colaiste ollscoil
    inside outside across behind beyond despite amid among throughout within without beneath""".split()
)  # a county ("Co Mayo"), wine estates, Irish schools; a sentence's opening preposition ("Inside Whitcombe, staff said")

# Common first names with a clear gender in English-language news. Used only to keep a
# pronoun ("she said") from resolving to a person of the other gender; a name that is
# not listed is compatible with every pronoun.
_MALE = """
aaron adam adrian ahmed alan albert alberto alejandro alex alexander alexei ali andre andrea_m
andreas andrew andrei andrzej angelo anthony antoine antonio arjun arnold arthur ashok barack
ben benjamin bernard bernie bill billy bob boris brad brandon brian bruce bryan carl carlos
charles charlie chris christian christopher colin connor craig dan daniel danny darren dave
david dean dennis derek diego dmitry dominic don donald doug douglas duncan dylan ed eddie
edward elon emmanuel enrique eric erik ethan evan fabio felipe fernando filip francesco
francis francisco frank franz frederick gabriel gary gavin geoffrey george gerald gerhard
giorgio giovanni giuseppe glenn gordon graham greg gregory guillaume gustavo hamid hans harold
harry hassan hector henri henry hugh hugo ian igor isaac ivan jack jacob jacques jake james
jamie jan_m jason javier jean jeff jeffrey jeremy jerome jim jimmy joachim joe joel johan john
johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keir keith
kenneth kevin khalid kieran klaus kurt kyle lars larry lee_m leo leon leonard liam lloyd lorenzo
louis luca lucas luis luke manuel marc marcel marco marcus mario mark martin mateo matt matthew
max michael miguel mike mikhail mohamed mohammed muhammad nathan neil nicholas nick nicolas
nigel noah olaf oleksandr oliver omar oscar owen pablo patrick paul pedro peter philip
philippe pierre rafael rahul raj ralph ramon randy ravi ray raymond ricardo richard rick rishi
rob robert roberto robin_m rodrigo roger roman ron ronald ross roy rudy russell ryan sam samuel
scott sean sebastian sergei sergey simon stan stefan stephen steve steven stuart ted terry
thomas tim timothy todd tom tomas tomás tony travis trevor tyler victor vikram vincent
vladimir volodymyr walter wayne wei_m william willie xavier yuri zach zachary françois
emmanuel jürgen olaf viktor recep benjamin_m narendra xi_m kim_m moon_m shinzo justin_m
jens mark_m ursula_f_no hakeem ibrahim ismail karim mustafa yusuf abdul abdullah amir farid
"""
_FEMALE = """
abigail ada adriana agnes aisha alexandra alexis alice alicia alison allison amanda amber amelia
amy ana andrea angela angelina anita ann anna anne annie antonia ashley audrey barbara beatrice
becky belinda beth betty beverly bianca brenda bridget brittany camila carla carmen carol
caroline carolyn catherine cathy charlotte chelsea cheryl chloe christina christine cindy
claire clara claudia colleen cynthia dana daniela danielle daphne deborah debra denise diana
diane dolores donna doris dorothy eleanor elena elizabeth ella ellen emily emma erin esther
eva eve evelyn fatima fiona frances gabriela gail gemma georgia gina giorgia gloria grace
hannah harriet heather heidi helen helena hillary holly ingrid irene isabel isabella jackie
jacqueline jane janet janice jasmine jean_f jennifer jenny jessica jill joan joanna jocelyn
josephine joy joyce judith judy julia julie justine karen kate katherine kathleen kathryn
kathy katie kay kelly kimberly kristen kristina laura lauren leila lily linda lisa liz lori
louise lucia lucy luisa lydia lynn madeleine maggie maria marian marie marina marine marion
marisol martha mary maya megan melanie melissa mia michelle monica nadia nancy naomi natalia
natalie natasha nicole nina nora olga olivia pamela patricia paula pauline penny priya rachel
rebecca regina renee rita roberta rosa rose ruth sabrina sally samantha sandra sara sarah
sharon sheila shirley simone sofia sonia sophia sophie stephanie susan suzanne svetlana sylvia
tamara tanya teresa theresa tiffany tina tracy ursula valerie vanessa vera veronica victoria
virginia wendy yolanda yulia zoe kamala nancy_f theresa liz_f giorgia annalena kaja mette
sanna jacinda angela_f ilhan alexandria elise ngozi christine_f kristalina roberta_f denise_f
priti suella yvette rishi_no keiko yuko mei lin_f ying xin_f
"""


def _names(block: str) -> frozenset[str]:
    out = set()
    for w in block.split():
        if "_" in w:
            name, _, tag = w.partition("_")
            if tag in {"no", "f_no"}:
                continue
            out.add(name)
        else:
            out.add(w)
    return frozenset(out)


MALE_NAMES = _names(_MALE)
FEMALE_NAMES = _names(_FEMALE)


def name_gender(first: str) -> str | None:
    f = first.lower().strip(".")
    male, female = f in MALE_NAMES, f in FEMALE_NAMES
    if male and not female:
        return "m"
    if female and not male:
        return "f"
    if male and female:
        return None  # used for both
    return census_gender(f)


@lru_cache(maxsize=1)
def _census_names() -> dict[str, tuple[float, float]]:
    """First-name frequencies (percent of men, of women) from the US Census 1990 lists
    that the MIT-licensed `names` package carries; empty when it is not installed."""
    try:
        from importlib.resources import files

        root = files("names")
    except (ImportError, ModuleNotFoundError):
        return {}
    table: dict[str, list[float]] = {}
    for k, fname in enumerate(("dist.male.first", "dist.female.first")):
        try:
            lines = (root / fname).read_text(encoding="utf-8").splitlines()
        except OSError:
            return {}
        for line in lines:
            parts = line.split()
            if len(parts) >= 2:
                table.setdefault(parts[0].lower(), [0.0, 0.0])[k] = float(parts[1])
    return {n: (m, w) for n, (m, w) in table.items()}


def census_gender(first: str) -> str | None:
    """"m" or "f" for a first name one sex carries at least five times as often as the
    other in the census lists; None when it is rare, shared or unknown."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", first.lower()) if not unicodedata.combining(c))
    m, w = _census_names().get(plain, (0.0, 0.0))  # "Úna" is "Una"
    if m >= 5 * w and m > 0:
        return "m"
    if w >= 5 * m and w > 0:
        return "f"
    return None

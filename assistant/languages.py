"""Questions typed in German, French or Spanish, read in English.

Readers of an English article sometimes ask in their own language ("¿Qué dijo Heisbourg
sobre los misiles rusos?", "Was hat er über Selenskyj gesagt?"). No translation model
ships offline, so a question (each sentence of it on its own) whose function words are
clearly of one of these languages is read through a glossary: the question frames ("was
hat X ... gesagt", "qué dijo X", "qu'est-ce que X a dit") are put in English word order,
then each word is looked up among the function words and common news words of that
language, and an adjective that follows its noun ("président français", "misiles rusos")
is put before it. A word the glossary lacks is kept with its accents folded, so that a
cognate ("Européens", "options") is mended to the article's word by the spelling stage
and a name stays a name. Quoted words are left as typed. English questions, and names
that carry a foreign article ("Le Pen", "Los Angeles"), are left alone.
"""

from __future__ import annotations

import re

from assistant.names import fold


def _table(text: str) -> dict[str, str]:
    pairs = (item.split("=") for item in text.split(";") if item.strip())
    return {k.strip(): v.strip() for k, v in pairs}


# Words of each language that are not English words (nor names: only lower-case words
# count, but for a sentence's first): a sentence is of that language when several of its
# words are among them and few are English grammar words.
_MARKERS = {
    "de": frozenset("ist sind der das dem den des und über ueber für fuer nicht wie viele wer wann warum "
                    "wieso gesagt ein eine einen einem sie auch noch zu mit von bitte sagt meint gibt "
                    "welche welcher welches wurde werden wird kann können soll sollen ich mir mich "
                    "erklären erklaeren zum zur beim vom ihr sein seine".split()),
    "es": frozenset("qué que dijo dice sobre el los las del por para cuántos cuántas cuanto cuánto quién "
                    "quien cómo dónde donde cuándo cuando es y una un opina piensa según tanto está "
                    "están hay fue cuál cuáles también pero muy más lo se su sus dar al explica explicar "
                    "significa".split()),
    "fr": frozenset("qu'est-ce qu’est-ce que qu'il qu’il qu'elle qu’elle qu'a qu’a est les des sur pour le la du "
                    "dit à quoi qui combien où quand pourquoi il elle ils elles sont ont été a-t-il "
                    "a-t-elle c'est c’est cette ce ces leur leurs aussi mais très au aux quel quelle "
                    "quels quelles annoncé déclaré pense selon et expliquer signifie veut ça".split()),
}
# Words these languages share with English ("was", "die", "a", "no"): counted only beside
# a word of the language's own, in a sentence without English grammar words
_WEAK = {"de": frozenset("was die in an war am so hat er im".split()), "es": frozenset("a no me son final plan".split()),
         "fr": frozenset("a me plan son pas plus".split())}
_ENGLISH = frozenset("what did does the say said says about who how which why where when would could should and with "
                     "from this that his her they are were of to do has have it be will can is".split())

# Question frames, put in English word order before the words are looked up: the
# subject a frame asks of is a pronoun or one or two capitalised words.
_SUBJECT = r"(?P<s>(?i:er|sie|il|elle)|[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)?)"
_SAID_DE = {"gesagt": "say", "gemeint": "mean", "erklärt": "explain", "angekündigt": "announce",
            "vorgeschlagen": "propose", "gewarnt": "warn", "behauptet": "claim", "geantwortet": "answer"}
_SAID_FR = {"dit": "say", "annoncé": "announce", "déclaré": "declare", "proposé": "propose", "expliqué": "explain",
            "affirmé": "claim", "répondu": "answer", "suggéré": "suggest", "averti": "warn"}
_SAID_ES = {"dijo": "did {s} say", "dice": "does {s} say", "opina": "does {s} think", "piensa": "does {s} think",
            "cree": "does {s} think", "anunció": "did {s} announce", "propuso": "did {s} propose",
            "advirtió": "did {s} warn", "explicó": "did {s} explain", "respondió": "did {s} answer",
            "declaró": "did {s} declare", "quiere": "does {s} want"}
_WH = {"was": "what", "wie": "how", "wann": "when", "wo": "where", "warum": "why", "wieso": "why",
       "que": "what", "como": "how", "cuando": "when", "donde": "where", "por que": "why"}  # (accents folded)

_FRAMES = [
    # "Was hat Heisbourg (über X) gesagt" -> "what did Heisbourg say (about X)"
    (re.compile(r"\b(?P<w>(?i:was|wie|wann|wo|warum|wieso))\s+(?i:hat|haben)\s+" + _SUBJECT
                + r"\s+(?P<r>[^?.!]*?)\s*\b(?P<v>(?i:" + "|".join(_SAID_DE) + r"))\b"),
     lambda m: f"{_WH[m['w'].lower()]} did {m['s']} {_SAID_DE[m['v'].lower()]} "
               f"{'that' if m['r'].lower() in ('das', 'dies', 'es') else m['r']}".rstrip()),
    # "Was sagt Hodges über ..." -> "what does Hodges say about ..."
    (re.compile(r"\b(?P<w>(?i:was|wie))\s+(?P<v>(?i:sagt|meint|denkt))\s+" + _SUBJECT + r"\b"),
     lambda m: f"{_WH[m['w'].lower()]} does {m['s']} {dict(sagt='say', meint='mean', denkt='think')[m['v'].lower()]}"),
    # "Qu'est-ce que Arnold a dit", "qu'est-ce qu'il a annoncé", "qu'a dit Arnold"
    (re.compile(r"\b(?i:qu['’]est-ce\s+qu)(?:e\s+|['’])" + _SUBJECT + r"\s+a\s+(?P<v>(?i:" + "|".join(_SAID_FR) + r"))\b"),
     lambda m: f"what did {m['s']} {_SAID_FR[m['v'].lower()]}"),
    (re.compile(r"\b(?i:qu['’]a)(?:-t)?-?\s*(?P<v>(?i:" + "|".join(_SAID_FR) + r"))\s+" + _SUBJECT + r"\b"),
     lambda m: f"what did {m['s']} {_SAID_FR[m['v'].lower()]}"),
    (re.compile(r"\b(?i:que)\s+(?P<v>(?i:pense|dit))\s+" + _SUBJECT + r"\b"),
     lambda m: f"what does {m['s']} {dict(pense='think', dit='say')[m['v'].lower()]}"),
    # "Pourquoi Osei a-t-il dit ça ?" -> "why did Osei say ça"
    (re.compile(r"\b(?P<w>(?i:pourquoi|comment|quand|où))\s+" + _SUBJECT + r"\s+a-t-(?i:il|elle)\s+(?P<v>(?i:"
                + "|".join(_SAID_FR) + r"))\b"),
     lambda m: f"{dict(pourquoi='why', comment='how', quand='when')[m['w'].lower()] if m['w'].lower() != 'où' else 'where'} "
               f"did {m['s']} {_SAID_FR[m['v'].lower()]}"),
    # "¿Qué dijo Heisbourg sobre ...?", "¿qué opina sobre ...?" (the subject left unsaid)
    # ("¿Qué dijo el ministro sobre ...?": the subject a noun phrase, read word by word below)
    (re.compile(r"\b(?P<w>(?i:qu[eé]|c[oó]mo|cu[aá]ndo|d[oó]nde|por\s+qu[eé]))\s+(?P<v>(?i:" + "|".join(_SAID_ES)
                + r"))\b(?:\s+(?P<s>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)?|(?i:el|la|los|las)\s+(?!(?i:lunes|martes|miércoles|jueves|viernes|sábado|domingo|año|mes|día|semana)\b)[^\W\d_]+"
                r"(?:\s+(?!(?i:sobre|de|del|acerca|en|a|y|que)\b)[^\W\d_]+)?))?"),
     lambda m: f"{_WH[fold(m['w'].lower())]} " + _SAID_ES[m['v'].lower()].format(s=m['s'] or "he")),
]

_GLOSSARY = {
    "de": _table("""
        wer ist das=who is that; wer ist er=who is he; wer ist sie=who is she; was ist das=what is that;
        was=what; wer=who; wen=whom; wem=whom; wie=how; wann=when; wo=where; woher=where from; warum=why; wieso=why;
        welche=which; welcher=which; welches=which; wie viele=how many; wie viel=how much; wie lange=how long;
        ist=is; sind=are; war=was; waren=were; hat=has; haben=have; wird=will; werden=will; wurde=was; wurden=were;
        kann=can; können=can; soll=should; sollen=should; sollte=should; würde=would; gibt es=is there; gibt=gives;
        der=the; die=the; das=the; dem=the; den=the; des=of the; ein=a; eine=a; einen=a; einem=a; einer=a;
        und=and; oder=or; aber=but; nicht=not; kein=no; keine=no; auch=also; noch=still; nur=only; schon=already;
        über=about; ueber=about; für=for; fuer=for; mit=with; ohne=without; von=of; vom=of the; zu=to; zum=to the;
        zur=to the; bei=at; beim=at the; nach=after; vor=before; gegen=against; im=in the; in=in; an=at; am=at the;
        auf=on; aus=from; seit=since; bis=until; zwischen=between; unter=under; dass=that; ob=whether; wenn=if;
        er=he; sie=she; es=it; ihr=her; sein=his; seine=his; seinen=his; ihre=her; ihn=him; ich=I; mir=me; mich=me;
        uns=us; bitte=please; einfach=simply; erklären=explain; erklaeren=explain; erkläre=explain; genau=exactly;
        gesagt=said; sagt=says; sagte=said; meint=means; denkt=thinks; glaubt=believes; zitat=quote; zitate=quotes;
        wörtlich=word for word; wörter=words; worte=words; artikel=article; stehen=stand; steht=stands;
        waffenstillstand=ceasefire; waffenruhe=ceasefire; frieden=peace; friedensabkommen=peace agreement;
        krieg=war; kämpfe=fighting; truppen=troops; soldaten=soldiers; armee=army; heer=army; waffen=weapons;
        munition=ammunition; raketen=missiles; drohnen=drones; angriff=attack; angriffe=attacks; chancen=chances;
        chance=chance; risiko=risk; risiken=risks; gefahr=danger; sicherheit=security; garantie=guarantee;
        garantien=guarantees; sicherheitsgarantien=security guarantees; länder=countries; land=country;
        staaten=states; regierung=government; präsident=president; präsidenten=president; minister=minister;
        außenminister=foreign minister; aussenminister=foreign minister; premierminister=prime minister;
        kanzler=chancellor; experte=expert; general=general; ehemalige=former; ehemaliger=former; früherer=former;
        treffen=meeting; gipfel=summit; gipfeltreffen=summit; verhandlungen=negotiations; abkommen=agreement;
        vereinbarung=agreement; mitgliedschaft=membership; geld=money; kosten=cost; millionen=million;
        milliarden=billion; prozent=percent; jahr=year; jahre=years; monat=month; woche=week; tag=day;
        heute=today; gestern=yesterday; montag=Monday; dienstag=Tuesday; mittwoch=Wednesday; donnerstag=Thursday;
        freitag=Friday; samstag=Saturday; sonntag=Sunday; stadt=city; städte=cities; ende=end; anfang=start;
        plan=plan; pläne=plans; option=option; optionen=options; möglichkeiten=options; ziel=goal; rolle=role;
        russland=Russia; russische=Russian; russischen=Russian; russischer=Russian; russen=Russians;
        ukraine=Ukraine; ukrainische=Ukrainian; ukrainischen=Ukrainian; europa=Europe; europäer=Europeans;
        europäische=European; europäischen=European; amerika=America; amerikanische=American;
        amerikanischen=American; amerikaner=Americans; usa=U.S.; frankreich=France; französische=French;
        französischen=French; deutschland=Germany; deutsche=German; großbritannien=Britain; britische=British;
        britischen=British; kiew=Kyiv; moskau=Moscow; selenskyj=Zelenskyy; selenski=Zelenskyy; putin=Putin;
        nato=NATO; krankenhaus=hospital; krankenhäuser=hospitals; fusion=merger; arbeiter=workers;
        mitarbeiter=staff; gewerkschaft=union; streik=strike; firma=company; unternehmen=company; bürgermeister=mayor;
        ministerin=minister; präsidentin=president; regionale=regional; regionalen=regional; bezirk=district;
        bezirke=districts; region=region; dorf=village; dörfer=villages; zugestimmt=agreed; vereinbart=agreed;
        wahl=election; wahlen=elections; partei=party; parteien=parties; gericht=court; polizei=police;
        schule=school; schulen=schools; preis=price; preise=prices; steuer=tax; steuern=taxes; stelle=job;
        stellen=jobs; jobs=jobs; schließen=close; schließung=closure; warum nicht=why not;
        wasser=water; dürre=drought; trockenheit=drought; regen=rain; bauern=farmers; landwirte=farmers; winzer=growers; wein=wine; ernte=harvest; klima=climate; energie=energy; strom=electricity; gas=gas; öl=oil; lebensmittel=food; essen=food; ärzte=doctors; arzt=doctor; patienten=patients; lehrer=teachers; schüler=students; studenten=students; miete=rent; wohnungen=housing; inflation=inflation; wirtschaft=economy; handel=trade; zölle=tariffs; hafen=port; schiff=ship; schiffe=ships; flughafen=airport; zug=train; brücke=bridge; straße=road; gesetz=law; universität=university; behörde=authority; direktor=director; sprecher=spokesman; beamte=officials; regierungschef=head of government; stausee=reservoir; stauseen=reservoirs; dämme=dams; kürzung=cut; kürzungen=cuts
    """),
    "es": _table("""
        qué=what; que=that; quién=who; quien=who; quiénes=who; cómo=how; dónde=where; donde=where; cuándo=when;
        cuando=when; por qué=why; porque=because; cuál=which; cuáles=which; cuántos=how many; cuántas=how many;
        cuánto=how much; cuánta=how much; es=is; son=are; era=was; fue=was; está=is; están=are; hay=there is;
        ha=has; han=have; puede=can; pueden=can; debe=should; sería=would be; el=the; la=the; los=the; las=the;
        un=a; una=a; unos=some; unas=some; del=of the; al=to the; de=of; y=and; e=and; o=or; pero=but; no=not;
        ni=nor; también=also; solo=only; sobre=about; para=for; por=for; con=with; sin=without; en=in; a=to;
        entre=between; desde=since; hasta=until; contra=against; según=according to; si=if; lo=it; le=him;
        él=he; ella=she; su=his; sus=his; me=me; nos=us; yo=I; tanto=so much; tantos=so many; más=more;
        menos=less; muy=very; mucho=much; muchos=many; explica=explain; explicar=explain; explícame=explain;
        significa=means; simple=simple; simplemente=simply; por favor=please; exactas=exact; exactos=exact;
        exacta=exact; palabras=words; cita=quote; citas=quotes; artículo=article; dijo=said; dice=says;
        opina=thinks; piensa=thinks; cree=believes; dar=give; dan=give; enviar=send; mandar=send;
        derribar=shoot down; atacar=attack; armas=weapons; munición=ammunition; misiles=missiles;
        drones=drones; tropas=troops; soldados=soldiers; ejército=army; guerra=war; paz=peace;
        acuerdo=agreement; acuerdo de paz=peace agreement; alto el fuego=ceasefire; cese al fuego=ceasefire;
        tregua=ceasefire; riesgo=risk; riesgos=risks; peligro=danger; seguridad=security; garantía=guarantee;
        garantías=guarantees; países=countries; país=country; gobierno=government; presidente=president;
        ministro=minister; canciller=foreign minister; primer ministro=prime minister; experto=expert;
        general=general; ex=former; antiguo=former; exgeneral=former general; planificador=planner;
        militar=+military; militares=+military; reunión=meeting; cumbre=summit; negociaciones=negotiations;
        miembros=members; membresía=membership; adhesión=membership; dinero=money; millones=million;
        por ciento=percent; año=year; años=years; mes=month; semana=week; día=day; hoy=today; ayer=yesterday;
        lunes=Monday; martes=Tuesday; miércoles=Wednesday; jueves=Thursday; viernes=Friday; sábado=Saturday;
        domingo=Sunday; ciudad=city; ciudades=cities; final=end; fin=end; plan=plan; opción=option;
        opciones=options; oeste=West; occidente=West; rusia=Russia; ruso=+Russian; rusos=+Russian;
        rusa=+Russian; rusas=+Russian; ucrania=Ukraine; ucraniano=+Ukrainian; ucranianos=+Ukrainian;
        europa=Europe; europeo=+European; europeos=+European; europea=+European; europeas=+European;
        estados unidos=United States; estadounidense=+American; americano=+American; francia=France;
        francés=+French; alemania=Germany; alemán=+German; reino unido=U.K.; británico=+British;
        británicos=+British; kiev=Kyiv; moscú=Moscow; londres=London; nueva york=New York; otan=NATO;
        hospital=hospital; hospitales=hospitals; fusión=merger; trabajadores=workers; sindicato=union;
        huelga=strike; empresa=company; alcalde=mayor; elección=election; elecciones=elections; partido=party;
        partidos=parties; tribunal=court; policía=police; escuela=school; precio=price; precios=prices;
        ministra=minister; presidenta=president; directora=director; alcaldesa=mayor; regional=+regional;
        nacional=+national; local=+local; distrito=district; distritos=districts; región=region; pueblo=town;
        pueblos=towns; el lunes=on Monday; el martes=on Tuesday; el miércoles=on Wednesday; el jueves=on Thursday;
        el viernes=on Friday; el sábado=on Saturday; el domingo=on Sunday;
        eso=that; esto=this; impuestos=taxes; empleos=jobs; cerrar=close; cierre=closure; número=number; cifra=figure; grande=big;
        agua=water; sequía=drought; lluvia=rain; agricultores=farmers; campesinos=farmers; viticultores=growers; vino=wine; cosecha=harvest; clima=climate; energía=energy; electricidad=electricity; petróleo=oil; alimentos=food; comida=food; médicos=doctors; médico=doctor; pacientes=patients; profesores=teachers; estudiantes=students; alquiler=rent; vivienda=housing; inflación=inflation; economía=economy; comercio=trade; aranceles=tariffs; puerto=port; barco=ship; barcos=ships; aeropuerto=airport; tren=train; puente=bridge; carretera=road; ley=law; universidad=university; autoridad=authority; director=director; portavoz=spokesman; funcionarios=officials; embalse=reservoir; embalses=reservoirs; presas=dams; recorte=cut; recortes=cuts; ex director=former director
    """),
    "fr": _table("""
        à propos de=about; à propos des=about the; à propos du=about the; ça=that; cela=that; qu'a=what did;
        c'est qui=who is that; c’est qui=who is that; qui est-ce=who is that; qui est-il=who is he;
        qui est-elle=who is she; qu'est-ce que c'est=what is that; qu’est-ce que c’est=what is that;
        qu'est-ce que=what; qu’est-ce que=what; qu'est-ce qu'il=what does he; que=what; quoi=what; qui=who;
        comment=how; où=where; quand=when; pourquoi=why; combien=how many; combien de=how many; quel=which;
        quelle=which; quels=which; quelles=which; est=is; sont=are; était=was; été=been; a=has; ont=have;
        c'est=it is; c’est=it is; il y a=there is; peut=can; doit=should; serait=would be; le=the; la=the;
        les=the; l'=the ; l’=the ; un=a; une=a; des=some; du=of the; de=of; d'=of ; d’=of ; au=to the;
        aux=to the; à=to; et=and; ou=or; mais=but; ne=not; pas=not; aussi=also; seulement=only; sur=about;
        pour=for; par=by; avec=with; sans=without; en=in; dans=in; entre=between; depuis=since; contre=against;
        selon=according to; si=if; il=he; elle=she; ils=they; elles=they; son=his; sa=his; ses=his; leur=their;
        leurs=their; me=me; moi=me; nous=us; je=I; ce=this; cette=this; ces=these; tant=so much; plus=more;
        moins=less; très=very; beaucoup=much; fin=end; à la fin=at the end; début=start; expliquer=explain;
        explique=explain; signifie=means; simplement=simply; s'il vous plaît=please; svp=please; exacts=exact;
        exacte=exact; mots=words; citation=quote; citations=quotes; article=article; dit=said; annoncé=announced;
        déclaré=declared; pense=thinks; croit=believes; veut=wants; donner=give; envoyer=send; abattre=shoot down;
        armes=weapons; munitions=ammunition; missiles=missiles; drones=drones; troupes=troops; soldats=soldiers;
        armée=army; guerre=war; paix=peace; accord=agreement; accord de paix=peace agreement;
        cessez-le-feu=ceasefire; trêve=ceasefire; risque=risk; risques=risks; danger=danger; sécurité=security;
        garantie=guarantee; garanties=guarantees; pays=countries; gouvernement=government; président=president;
        ministre=minister; ministre des affaires étrangères=foreign minister; premier ministre=prime minister;
        chef de la diplomatie=foreign minister; expert=expert; général=general; ancien=former; ex=former;
        planificateur=planner; militaire=+military; réunion=meeting; sommet=summit; négociations=negotiations;
        adhésion=membership; argent=money; millions=million; milliards=billion; pour cent=percent; an=year;
        ans=years; année=year; mois=month; semaine=week; jour=day; aujourd'hui=today; hier=yesterday; lundi=Monday;
        mardi=Tuesday; mercredi=Wednesday; jeudi=Thursday; vendredi=Friday; samedi=Saturday; dimanche=Sunday;
        ville=city; villes=cities; plan=plan; option=option; options=options; chances=chances; occident=West;
        ouest=West; russie=Russia; russe=+Russian; russes=+Russian; ukraine=Ukraine; ukrainien=+Ukrainian;
        ukrainiens=+Ukrainian; europe=Europe; européen=+European; européens=Europeans; européenne=+European;
        européennes=+European; états-unis=United States; américain=+American; américains=+American;
        américaine=+American; france=France; français=+French; française=+French; allemagne=Germany;
        allemand=+German; royaume-uni=U.K.; britannique=+British; britanniques=+British; kiev=Kyiv;
        moscou=Moscow; londres=London; otan=NATO; hôpital=hospital; hôpitaux=hospitals; fusion=merger;
        travailleurs=workers; salariés=staff; syndicat=union; grève=strike; entreprise=company; maire=mayor;
        ministre régional=regional minister; régional=+regional; régionale=+regional; national=+national;
        nationale=+national; district=district; districts=districts; région=region; village=village;
        élection=election; élections=elections; parti=party; partis=parties; tribunal=court; police=police;
        école=school; prix=price; impôts=taxes; emplois=jobs; fermer=close; fermeture=closure; nombre=number;
        chiffre=figure; grand=big;
        eau=water; sécheresse=drought; pluie=rain; agriculteurs=farmers; paysans=farmers; viticulteurs=growers; vin=wine; récolte=harvest; climat=climate; énergie=energy; électricité=electricity; pétrole=oil; nourriture=food; médecins=doctors; médecin=doctor; patients=patients; enseignants=teachers; étudiants=students; loyer=rent; logement=housing; inflation=inflation; économie=economy; commerce=trade; droits de douane=tariffs; port=port; navire=ship; navires=ships; aéroport=airport; train=train; pont=bridge; route=road; loi=law; université=university; autorité=authority; directeur=director; porte-parole=spokesman; fonctionnaires=officials; réservoir=reservoir; réservoirs=reservoirs; barrages=dams; réduction=cut; réductions=cuts
    """),
}
# (multi-word entries, longest first, are matched before single words)
_PHRASES = {lang: sorted((k for k in table if " " in k or k.endswith(("'", "’"))), key=len, reverse=True)
            for lang, table in _GLOSSARY.items()}
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]", re.U)
_QUOTED = re.compile(r"[“\"«„][^“”\"«»„]*[”\"»“]|(?<!\w)'[^']+'(?!\w)")


def language(sentence: str) -> str | None:
    """"de", "es" or "fr" when enough of the sentence's words are that language's own (two
    at least, a quarter of its words, and more than its English grammar words); None
    otherwise. Capitalised words past the first are names and count for nothing ("Le
    Pen", "the UN", "Los Angeles")."""
    found = re.findall(r"[\w’'-]+", _QUOTED.sub(" ", sentence))
    words = [w.lower() for k, w in enumerate(found) if k == 0 or not w[0].isupper()]
    if not words:
        return None
    english = sum(1 for w in words if w in _ENGLISH)
    best, count = None, 0
    for lang, markers in _MARKERS.items():
        n = sum(1 for w in words if w in markers)
        if n and not english:
            n += sum(1 for w in words if w in _WEAK[lang])
        if n > count:
            best, count = lang, n
    if count <= english:
        return None
    if "¿" in sentence or "¡" in sentence:
        return "es"
    return best if count >= 2 and count * 4 >= len(found) else None


def _translate(sentence: str, lang: str) -> str:
    for pattern, frame in _FRAMES:
        sentence = pattern.sub(frame, sentence)
    sentence = sentence.replace("¿", "").replace("¡", "")
    table, out = _GLOSSARY[lang], []
    low = "".join(c.lower() if len(c.lower()) == 1 else c for c in sentence)  # (same length: indexes shared)
    i = 0
    tokens: list[tuple[str, bool]] = []  # (English words, is a post-posed adjective)
    while i < len(sentence):
        if sentence[i].isspace():
            i += 1
            continue
        phrase = next((p for p in _PHRASES[lang] if low.startswith(p, i)
                       and (i + len(p) >= len(low) or not low[i + len(p)].isalnum() or p.endswith(("'", "’")))
                       and (i == 0 or not low[i - 1].isalnum())), None)
        if phrase:
            tokens.append((table[phrase].lstrip("+"), table[phrase].startswith("+")))
            i += len(phrase)
            continue
        m = _TOKEN.match(sentence, i)
        word = m.group(0)
        i = m.end()
        key = word.lower()
        if key in table:
            tokens.append((table[key].lstrip("+"), table[key].startswith("+")))
        else:
            tokens.append((fold(word) if word.islower() else word, False))  # (names as typed)
    for word, postposed in tokens:
        # "président français" -> "French president": the adjective goes before its noun
        if postposed and out and out[-1][0].isalpha() and not out[-1][0].isupper() and out[-1].lower() not in _ENGLISH \
                and out[-1].lower() not in {"a", "an", "in", "on", "at", "for", "not", "very", "more", "he", "she", "they"}:
            out.insert(len(out) - 1, word)
        else:
            out.append(word)
    text = " ".join(out)
    text = re.sub(r"\s+([?.!,;:])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def to_english(question: str) -> str:
    """The question with each sentence written in German, French or Spanish read into
    English word by word; English sentences and quoted words as typed."""
    parts = re.split(r"(?<=[?.!])\s+", re.sub(r"\s+", " ", question).strip())
    if not any(language(p) for p in parts):
        return question
    done = []
    for part in parts:
        lang = language(part)
        if not lang:
            done.append(part)
            continue
        # quoted words stay as typed: set aside, read the rest, put back
        kept = []

        def hold(m: re.Match) -> str:  # (a mark no one types: private-use characters)
            kept.append(m.group(0))
            return f" \ue000{len(kept) - 1}\ue001 "

        text = _translate(_QUOTED.sub(hold, part.replace("\ue000", "").replace("\ue001", "")), lang)
        text = re.sub(r"\s*\ue000\s*(\d+)\s*\ue001\s*", lambda m: f" {kept[int(m.group(1))]} ", text).strip()
        done.append(re.sub(r"\s+([?.!,])", r"\1", text))
    return " ".join(done)

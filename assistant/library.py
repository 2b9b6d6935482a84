"""Library: an in-memory view of the visible articles for answering.

It holds, per article, the sentences (with offsets, never cut inside a quotation),
a lexical index over every chunk, and the speakers. Sentence embeddings are computed
lazily per article, the first time an answer needs them. The view is rebuilt when the
store's visible set changes.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from assistant.store import Store
from assistant.types import IngestedArticle, Quote, Speaker
from assistant.names import fold
from assistant.spelling import american
from ingest.lexicon import ORGANISATION_NOUNS, name_gender
from ingest.split import sentence_starts

STOPWORDS = frozenset(
    """a an the and or but if of at by for with about against between into through during before
    after above below to from up down in out on off over under again further then once here there
    when where why how all any both each few more most other some such no nor not only own same so
    than too very s t can will just don should now is are was were be been being have has had do
    does did doing i me my we our you your he him his she her it its they them their what which who
    whom this that these those am would could might must shall may also said say says says told
    tell according article story think thinks thought did does do myself yourself himself herself itself
    ourselves themselves""".split()
)
_TOKEN = re.compile(r"[\w’'.]+", re.U)
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")


# "out-of-state students", asked as "out of state tuition": one word, not "state"
_OUT_OF = re.compile(r"\bout[\s-]+of[\s-]+(state|pocket|network|town|court|work|print|bounds|season)\b", re.I)


def tokens(text: str) -> list[str]:
    out = []
    if "out" in text or "Out" in text:
        text = _OUT_OF.sub(r"outof\1", text)
    for t in _TOKEN.findall(text.lower()):
        t = t.strip(".’'-").replace("’", "'")
        if t.endswith("'s"):
            t = t[:-2]
        elif t.endswith(("'d", "'re", "'ve", "'ll")):  # "they'd", "we've": grammar
            t = t[:t.rindex("'")]
        if not t or t in STOPWORDS:
            continue
        if "." in t and _DOTTED.fullmatch(t):  # "U.K." is "UK"; "U.S." and "a.m." stay: "us", "am" are words
            bare = t.replace(".", "")
            t = t if bare in STOPWORDS or bare == "us" else bare
        out.append(stem(t))
    return out


_STEMS: dict[str, str] = {}
_stemmer = None


def stem(t: str) -> str:
    """The Snowball (Porter 2) English stem, memoised: "putting" and "put", "leading" and
    "lead", "scheduled" and "schedule" meet; "speed" stays "speed". A British spelling
    stems as the American one ("centres" and "centers")."""
    s = _STEMS.get(t)
    if s is None:
        global _stemmer
        if _stemmer is None:
            import snowballstemmer

            _stemmer = snowballstemmer.stemmer("english")
        s = _stemmer.stemWord(american(t)) if t.isalpha() else t
        if len(_STEMS) < 200_000:
            _STEMS[t] = s
    return s


class BM25:
    """Okapi BM25 over a list of token lists (postings in dicts; fast enough for 10^4-10^5 docs)."""

    def __init__(self, docs: list[list[str]], k1: float = 1.4, b: float = 0.75):
        self.k1, self.b = k1, b
        self.n = len(docs)
        self.lengths = np.array([len(d) for d in docs], dtype=np.float32)
        self.avg = float(self.lengths.mean()) if self.n else 0.0
        self.postings: dict[str, list[tuple[int, int]]] = {}
        for i, d in enumerate(docs):
            for term, tf in Counter(d).items():
                self.postings.setdefault(term, []).append((i, tf))
        self.idf = {
            t: math.log(1 + (self.n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()
        }

    def scores(self, query: list[str]) -> np.ndarray:
        out = np.zeros(self.n, dtype=np.float32)
        for term in set(query):
            plist = self.postings.get(term)
            if not plist:
                continue
            idx = np.fromiter((i for i, _ in plist), dtype=np.int64, count=len(plist))
            tf = np.fromiter((f for _, f in plist), dtype=np.float32, count=len(plist))
            norm = self.k1 * (1 - self.b + self.b * self.lengths[idx] / (self.avg or 1))
            out[idx] += self.idf[term] * tf * (self.k1 + 1) / (tf + norm)
        return out


@dataclass(slots=True)
class Sentence:
    article_id: str
    passage_id: str
    start: int
    end: int
    text: str
    quotes: list[Quote] = field(default_factory=list)


@dataclass(slots=True)
class Chunk:
    id: str
    kind: str
    article_id: str
    passage_id: str
    start: int
    end: int
    text: str
    speaker: str | None
    quote_id: str | None


class ArticleView:
    def __init__(self, item: IngestedArticle):
        self.item = item
        self.id = item.article.id
        text = item.article.text
        protected = [(q.start - 1, q.end + 1) for q in item.quotes]
        self.sentences: list[Sentence] = []
        self._words: set[str] | None = None
        self._proper: set[str] | None = None
        self._genders: dict[str, str | None] = {}
        for p in item.passages:
            starts = sentence_starts(text, p.start, p.end, protected)
            bounds = starts + [p.end]
            for s, e in zip(bounds, bounds[1:]):
                while e > s and text[e - 1].isspace():
                    e -= 1
                if e <= s:
                    continue
                qs = [q for q in item.quotes if s <= q.start and q.end <= e]
                self.sentences.append(Sentence(self.id, p.id, s, e, text[s:e], qs))
        self.stems = set(tokens(text))  # the article's tokens (stemmed, no stopwords)
        self.vocabulary = self.stems | {w.lower() for w in re.findall(r"[\w’'-]+", text)}
        self._passage_stems: dict[str, set[str]] | None = None
        self._subject: set[str] | None = None
        self._vectors = None
        self._profiles: dict[tuple, frozenset[str]] = {}
        self._units: dict[str, list] = {}
        self._normalized: dict = {}
        self._lock = threading.Lock()

    @property
    def words(self) -> set[str]:
        """The article's distinct words (lower case, three letters or more, no stopwords):
        what a question's word may be a near-synonym of."""
        if self._words is None:
            self._words = {w for w in re.findall(r"[a-z][a-z’'-]{2,}", self.item.article.text.lower()) if w not in STOPWORDS}
        return self._words

    @property
    def subject_stems(self) -> set[str]:
        """The headline's words that a quarter of the paragraphs or more repeat: what the
        whole story is about ("recall" of a bakery's recall), which no one part of it is
        about more than another."""
        if self._subject is None:
            paragraphs = list(self.passage_stems.values())
            self._subject = {w for w in tokens(self.item.article.title)
                             if paragraphs and sum(w in p for p in paragraphs) >= max(3, len(paragraphs) / 4)}
        return self._subject

    @property
    def passage_stems(self) -> dict[str, set[str]]:
        """Each paragraph's tokens, by passage id (worked out once)."""
        if self._passage_stems is None:
            self._passage_stems = {p.id: set(tokens(p.text)) for p in self.item.passages}
        return self._passage_stems

    @property
    def proper_nouns(self) -> set[str]:
        """The words of the names of the article's people, lower-cased, where the article
        never uses them as ordinary words ("trump", "putin"; not "white"): a question typed
        in lower case still names them."""
        if self._proper is None:
            lower = set(re.findall(r"\b[a-z]{3,}\b", self.item.article.text))
            self._proper = {w.lower() for s in self.item.speakers for w in re.findall(r"[^\W\d_]{3,}", s.name)} - lower - STOPWORDS
        return self._proper

    def gender(self, s: Speaker) -> str | None:
        """"f" or "m" when the article's own words say ("..., she said", "Ms. Holm") or, when
        they say nothing, the given name does; else None."""
        if s.name not in self._genders:
            text = self.item.article.text
            votes = {"f": 0, "m": 0}
            for q in self.item.quotes:
                if q.speaker == s.name and q.kind != "term":
                    near = text[max(0, q.start - 40):q.end + 40]
                    for m in re.finditer(r"\b(?:(he|she)\s+(?:said|says|added|adds|told|tells|continued|argued|warned|wrote|insisted|explained|noted)"
                                         r"|(?:said|says|added)\s+(he|she))\b", near, re.I):
                        votes["f" if (m.group(1) or m.group(2)).lower() == "she" else "m"] += 1
            last = re.escape(s.name.split()[-1])
            votes["f"] += len(re.findall(r"\b(?:Ms|Mrs|Miss|Madam)\.?\s+" + last, text))
            votes["m"] += len(re.findall(r"\bMr\.?\s+" + last, text))
            if votes["f"] == votes["m"] == 0 and s.kind == "person" and len(s.name.split()) > 1:
                # (someone only reported, "University President Harold Brennan did not speak
                # ...": the given name, when it is one used for one sex)
                self._genders[s.name] = name_gender(s.name.split()[0])
                return self._genders[s.name]
            self._genders[s.name] = None if votes["f"] == votes["m"] else ("f" if votes["f"] > votes["m"] else "m")
        return self._genders[s.name]

    def sentence_vectors(self, embeddings) -> np.ndarray:
        with self._lock:
            if self._vectors is None:
                self._vectors = embeddings.embed_many([s.text for s in self.sentences])
            return self._vectors

    def aliases(self) -> list[tuple[Speaker, list[str]]]:
        """Each person's names: full name, and surname / first name when no one else
        in the article shares them."""
        people = self.item.speakers
        out = []
        for s in people:
            names = [s.name]
            parts = s.name.split()
            if len(parts) > 1:
                # (not an organisation's kind of body: "office" is no name of the FBI Omaha field office)
                namesakes = [o for o in people if o.name.split()[-1] == parts[-1]]
                if (len(namesakes) == 1 or self._quoted_namesake(namesakes) is s) \
                        and not (s.kind == "organization" and (parts[-1].islower() or parts[-1].lower() in ORGANISATION_NOUNS)):
                    names.append(parts[-1])
                # (an organisation's first word that the article uses alone is a place's or
                # another's: "Dunmore" of "Dunmore Water Authority" in a story from Dunmore)
                if len(parts[0]) > 2 and sum(1 for o in people if o.name.split()[0] == parts[0]) == 1 \
                        and not (s.kind == "organization" and re.search(r"\b" + re.escape(parts[0]) + r"\b(?![ ]+" + re.escape(parts[1]) + r"\b)",
                                                                      self.item.article.text)) \
                        and not (s.kind == "organization" and any(self._place_of(s.name, " ".join(parts[:k])) for k in range(2, len(parts)))):
                    names.append(parts[0])
            if s.kind == "organization":  # ("FBI" for the FBI’s Omaha field office)
                names += [n for n in s.aliases if n not in names and not self._place_of(s.name, n)]
            out.append((s, names))
        return out

    def _place_of(self, name: str, short: str) -> bool:
        """Is ``short``, the start of an organisation's ``name``, a place the article puts
        things on, in or at ("rebuilding on Marsh Lane" of the Marsh Lane Neighborhood
        Association)? Then it is the place, not the body's short name."""
        if not name.startswith(short + " "):
            return False
        rest = re.escape(name[len(short) + 1:].split()[0])
        return bool(re.search(r"\b(?:on|in|at|from|along|near|off|includes?)\s+(?:the\s+)?" + re.escape(short)
                              + r"\b(?![ ]+" + rest + r"\b)", self.item.article.text))

    def _quoted_namesake(self, namesakes: list[Speaker]) -> Speaker | None:
        """Of people who share a surname ("Dr. Owen Hadley" and "his wife, Dr. Sarah
        Hadley"), the only one the article quotes: whom its bare "Hadley said" means."""
        quoted = [o for o in namesakes if any(q.speaker == o.name and q.kind != "term" for q in self.item.quotes)]
        return quoted[0] if len(quoted) == 1 else None

    def normalized(self, norm) -> str:
        """The article text as ``norm`` normalises it (cached per function)."""
        if norm not in self._normalized:
            self._normalized[norm] = norm(self.item.article.text)
        return self._normalized[norm]

    def profile(self, s: Speaker, build) -> frozenset[str]:
        """The set of words ``build(view, s)`` gives for a person, worked out once per
        person and builder."""
        key = (build, s.name)
        if key not in self._profiles:
            self._profiles[key] = frozenset(build(self, s))
        return self._profiles[key]

    def units(self, name: str, build) -> list:
        """The sentences where a person speaks (``build(view, name)``), worked out once per
        person: answers about them and follow-ups about who agreed read them again."""
        if name not in self._units:
            self._units[name] = build(self, name)
        return self._units[name]

    def speaker(self, name: str) -> Speaker | None:
        return next((s for s in self.item.speakers if s.name == name), None)


class Library:
    """Every visible article, its chunks and a lexical index, refreshed on change."""

    def __init__(self, store: Store):
        self.store = store
        self._lock = threading.RLock()
        self._key: tuple | None = None
        self.articles: dict[str, ArticleView] = {}
        self.aliases: dict[str, list[tuple[ArticleView, Speaker]]] = {}  # lower-case alias -> people
        self._memo: dict[tuple, object] = {}
        self.chunks: list[Chunk] = []
        self.bm25: BM25 | None = None
        self.chunk_index: dict[str, int] = {}

    def refresh(self) -> None:
        ids = tuple(sorted(self.store.visible_ids()))
        with self._lock:
            if self._key == ids:
                return
            views = {aid: (self.articles.get(aid) or ArticleView(self.store.get_article(aid))) for aid in ids}
            chunks: list[Chunk] = []
            for view in views.values():
                item = view.item
                for p in item.passages:
                    chunks.append(Chunk(f"{item.article.id}:p:{p.id}", "passage", item.article.id, p.id,
                                        p.start, p.end, p.text, None, None))
                for q in item.quotes:
                    chunks.append(Chunk(f"{item.article.id}:q:{q.id}", "quote", item.article.id, q.passage_id,
                                        q.start, q.end, q.text, q.speaker, q.id))
            self.articles = views
            self.chunks = chunks
            self.chunk_index = {c.id: i for i, c in enumerate(chunks)}
            self.bm25 = BM25([tokens((c.speaker or "") + " " + c.text) for c in chunks])
            aliases: dict[str, list[tuple[ArticleView, Speaker]]] = {}
            for view in views.values():
                for sp, names in view.aliases():
                    for name in names:
                        aliases.setdefault(fold(name), []).append((view, sp))
            self.aliases = aliases
            self._memo = {}
            self._key = ids

    def vocabulary(self, scope: list[str]) -> set[str]:
        """Every word of the articles in scope."""
        def build() -> set[str]:
            vocab: set[str] = set()
            for aid in scope:
                if aid in self.articles:
                    vocab |= self.articles[aid].vocabulary
            return vocab

        return self.memo(("vocabulary", frozenset(scope)), build)

    def speakers(self, article_ids: list[str] | None = None) -> list[tuple[ArticleView, Speaker]]:
        """Every person of the articles in scope (all articles for None), in article order."""
        wanted = frozenset(article_ids) if article_ids else None
        return list(self.memo(("speakers", wanted), lambda: [
            (view, s) for aid, view in self.articles.items() if wanted is None or aid in wanted
            for s in view.item.speakers]))

    def memo(self, key: tuple, build):
        """A value worked out from the articles in view (``build()``), kept until they
        change: per-scope vocabularies, lists of people and their folded names, which
        every question would otherwise rebuild across the whole corpus."""
        with self._lock:
            if key not in self._memo:
                if len(self._memo) > 64:
                    self._memo.clear()
                self._memo[key] = build()
            return self._memo[key]

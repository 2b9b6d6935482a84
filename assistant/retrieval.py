"""Retrieve: dense search in Chroma fused with BM25 by reciprocal rank fusion, over
passages and quotes, as a LangChain retriever. Speaker-aware: quotes by the people a
question is about are lifted, and a speaker filter keeps only theirs."""

from __future__ import annotations

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.library import Library, tokens
from assistant.types import Evidence

RRF_K = 60


def retrieve(
    library: Library,
    query: str,
    k: int = 8,
    article_ids: list[str] | None = None,
    speakers: list[str] | None = None,
    query_vector: list[float] | None = None,
) -> list[Evidence]:
    """The top ``k`` chunks for ``query`` (dense + lexical, fused)."""
    library.refresh()
    scope = article_ids or list(library.articles)
    if not scope:
        return []
    store = library.store
    vector = query_vector if query_vector is not None else store.embeddings.embed_query(query)
    n = min(max(k * 4, 20), max(1, len(library.chunks)))
    if set(scope) == set(library.articles):
        where = None  # everything visible; chunks of invisible articles are dropped below
    else:
        where = {"article_id": {"$in": scope}} if len(scope) > 1 else {"article_id": scope[0]}
    got = store.chunks.query(query_embeddings=[vector], n_results=n, where=where, include=["distances"])
    dense_ids = got["ids"][0] if got["ids"] else []
    dense_sim = {cid: 1.0 - float(d) for cid, d in zip(dense_ids, got["distances"][0] if got["distances"] else [])}

    fused: dict[str, float] = {}
    for rank, cid in enumerate(dense_ids):
        fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
    scores = library.bm25.scores(tokens(query)) if library.bm25 is not None else np.zeros(0)
    if scores.size:
        allowed = set(scope)
        order = np.argsort(-scores)[: n * 2]
        rank = 0
        for i in order:
            if scores[i] <= 0:
                break
            c = library.chunks[int(i)]
            if c.article_id not in allowed:
                continue
            fused[c.id] = fused.get(c.id, 0.0) + 1.0 / (RRF_K + rank + 1)
            rank += 1
    wanted = set(speakers or [])
    out: list[Evidence] = []
    for cid, score in fused.items():
        idx = library.chunk_index.get(cid)
        if idx is None:
            continue  # a chunk of an article that is not visible (yet)
        c = library.chunks[idx]
        if wanted:
            if c.kind == "quote" and c.speaker in wanted:
                score *= 2.0
            elif c.kind == "quote":
                score *= 0.5
        out.append(Evidence(c.kind, c.article_id, c.passage_id, c.start, c.end, c.text, score, c.quote_id,
                            c.speaker, dense_sim.get(cid, 0.0)))
    out.sort(key=lambda e: -e.score)
    return out[:k]


class HybridRetriever(BaseRetriever):
    """LangChain retriever over the library: ``invoke(question)`` returns Documents
    whose metadata carries kind, offsets, speaker and score."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    library: Library
    k: int = 8
    article_ids: list[str] | None = None
    speakers: list[str] | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        hits = retrieve(self.library, query, self.k, self.article_ids, self.speakers)
        return [
            Document(
                page_content=h.text,
                id=f"{h.article_id}:{'q:' + h.quote_id if h.quote_id else 'p:' + h.passage_id}",
                metadata={"kind": h.kind, "article_id": h.article_id, "passage_id": h.passage_id,
                          "start": h.start, "end": h.end, "speaker": h.speaker, "quote_id": h.quote_id,
                          "score": h.score},
            )
            for h in hits
        ]

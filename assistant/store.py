"""Store: the Chroma index, embedded on disk by default or a Chroma server.

Two collections per prefix:

* ``{prefix}_chunks``: one record per passage and per quote, with its embedding and
  metadata (article, kind, offsets, speaker). Retrieval searches here.
* ``{prefix}_articles``: the manifest, one record per visible article whose document is
  the whole ingested article as JSON (canonical text, passages, quotes, speakers).

An article becomes visible in one step: its manifest record is written after all of
its chunks. Readers only search chunks of articles in the manifest, so an ingest
killed half way leaves nothing visible; its orphan chunks are overwritten by the next
ingest of that article or removed by :meth:`Store.collect_garbage`. A changed article
(same source, new content) replaces the old one: the new manifest record is written
first, then the old record and its chunks are deleted.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from assistant.errors import NotFoundError, StoreError
from assistant.settings import Settings
from assistant.types import Article, Block, Displayed, IngestedArticle, Passage, Quote, Speaker

BATCH = 256
ProgressFn = Callable[[str, int, int], None]


def article_to_json(item: IngestedArticle) -> str:
    return json.dumps(
        {
            "article": asdict(item.article),
            "passages": [p.to_dict() for p in item.passages],
            "quotes": [q.to_dict() for q in item.quotes],
            "speakers": [s.to_dict() for s in item.speakers],
        },
        ensure_ascii=False,
    )


def article_from_json(data: str) -> IngestedArticle:
    raw = json.loads(data)
    a = raw["article"]
    article = Article(
        **{k: v for k, v in a.items() if k not in {"blocks", "displayed"}},
        blocks=[Block(**b) for b in a.get("blocks", [])],
        displayed=[Displayed(**d) for d in a.get("displayed", [])],
    )
    return IngestedArticle(
        article=article,
        passages=[Passage(**p) for p in raw["passages"]],
        quotes=[Quote(**q) for q in raw["quotes"]],
        speakers=[Speaker(**s) for s in raw["speakers"]],
    )


def chunk_records(item: IngestedArticle, now: float) -> tuple[list[str], list[str], list[str], list[dict[str, Any]]]:
    """ids, documents, texts to embed, metadatas for every passage and quote."""
    ids, docs, to_embed, metas = [], [], [], []
    aid = item.article.id
    for p in item.passages:
        ids.append(f"{aid}:p:{p.id}")
        docs.append(p.text)
        to_embed.append(f"{p.section}: {p.text}" if p.section else p.text)
        metas.append(
            {"article_id": aid, "kind": "passage", "passage_id": p.id, "start": p.start, "end": p.end,
             "section": p.section, "paragraph": p.paragraph, "written_at": now}
        )
    for q in item.quotes:
        ids.append(f"{aid}:q:{q.id}")
        docs.append(q.text)
        who = q.speaker or "unknown speaker"
        desc = f", {q.speaker_description}" if q.speaker_description else ""
        to_embed.append(f"{who}{desc}: {q.text}" if q.kind != "term" else q.text)
        metas.append(
            {"article_id": aid, "kind": "quote", "quote_kind": q.kind, "passage_id": q.passage_id,
             "quote_id": q.id, "start": q.start, "end": q.end, "speaker": q.speaker or "",
             "speaker_id": q.speaker_id or "", "paragraph": q.paragraph, "written_at": now}
        )
    return ids, docs, to_embed, metas


class _Handle:
    """A Chroma collection opened once and reopened when Chroma says it no longer
    exists (dropped and made again by another client), then the call is tried again."""

    def __init__(self, store: "Store", suffix: str, space: str):
        self._store, self._suffix, self._space = store, suffix, space
        self._collection = None

    def _open(self, fresh: bool = False):
        if self._collection is None or fresh:
            self._collection = self._store._open_collection(self._suffix, self._space)
        return self._collection

    def __getattr__(self, name: str):
        from chromadb.errors import NotFoundError as Gone

        attr = getattr(self._open(), name)
        if not callable(attr):
            return attr

        def call(*args, **kwargs):
            try:
                return attr(*args, **kwargs)
            except Gone:
                return getattr(self._open(fresh=True), name)(*args, **kwargs)

        return call


class Store:
    """The index. Opening it connects to Chroma; nothing happens at import."""

    def __init__(self, settings: Settings, embeddings=None):
        self.settings = settings
        self._embeddings = embeddings
        self._client = None
        self._lock = threading.RLock()
        self._cache: dict[str, IngestedArticle] = {}
        self._handles: dict[str, _Handle] = {}
        self.generation = 0  # bumps whenever the visible set changes in this process
        self._visible: tuple[int, float, list[str]] | None = None

    # --- connection ----------------------------------------------------------------
    @property
    def embeddings(self):
        if self._embeddings is None:
            from assistant.embeddings import MiniLMEmbeddings

            s = self.settings
            self._embeddings = MiniLMEmbeddings(
                quantize=s.embedding_quantize, batch_size=s.embedding_batch_size, threads=s.torch_threads
            )
        return self._embeddings

    @property
    def client(self):
        if self._client is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            s = self.settings
            chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
            try:
                if s.chroma_host:
                    self._client = chromadb.HttpClient(
                        host=s.chroma_host, port=s.chroma_port, ssl=s.chroma_ssl, settings=chroma_settings
                    )
                    self._client.heartbeat()
                else:
                    s.chroma_path.mkdir(parents=True, exist_ok=True)
                    self._client = chromadb.PersistentClient(path=str(s.chroma_path), settings=chroma_settings)
            except Exception as exc:  # connection refused, bad path, ...
                where = f"{s.chroma_host}:{s.chroma_port}" if s.chroma_host else str(s.chroma_path)
                raise StoreError(f"cannot open the Chroma store at {where}: {exc}") from exc
        return self._client

    def _collection(self, suffix: str, space: str = "cosine"):
        """The named collection, its handle kept: getting it afresh is a round trip to
        Chroma (1 ms in process, more to a server) on every question. A handle whose
        collection was dropped behind our back is replaced on its first failing call."""
        handle = self._handles.get(suffix)
        if handle is None:
            handle = self._handles[suffix] = _Handle(self, suffix, space)
        return handle

    def _open_collection(self, suffix: str, space: str):
        name = f"{self.settings.collection_prefix}_{suffix}"
        return self.client.get_or_create_collection(
            name=name, metadata={"hnsw:space": space}, embedding_function=None
        )

    @property
    def chunks(self):
        return self._collection("chunks")

    @property
    def manifest(self):
        return self._collection("articles", space="l2")

    def langchain_vectorstore(self):
        """The chunks collection as a LangChain ``Chroma`` vector store."""
        from langchain_chroma import Chroma

        return Chroma(
            client=self.client,
            collection_name=f"{self.settings.collection_prefix}_chunks",
            embedding_function=self.embeddings,
            collection_metadata={"hnsw:space": "cosine"},
        )

    # --- reading -------------------------------------------------------------------
    def list_articles(self) -> list[dict[str, Any]]:
        """Visible articles, newest first (metadata only)."""
        got = self.manifest.get(include=["metadatas"])
        out = []
        for aid, meta in zip(got["ids"], got["metadatas"] or []):
            row = dict(meta or {})
            row["id"] = aid
            out.append(row)
        out.sort(key=lambda r: (-float(r.get("ingested_at", 0)), r["id"]))
        return out

    def visible_ids(self, max_age_s: float = 2.0) -> list[str]:
        """Ids of the visible articles. Cached briefly: writes in this process refresh
        it at once, writes by another process (server mode) within ``max_age_s``."""
        now = time.monotonic()
        with self._lock:
            cached = self._visible
            if cached is not None and cached[0] == self.generation and now - cached[1] < max_age_s:
                return list(cached[2])
        ids = [r["id"] for r in self.list_articles()]
        with self._lock:
            self._visible = (self.generation, now, ids)
        return list(ids)

    def get_article(self, article_id: str) -> IngestedArticle:
        with self._lock:
            if article_id in self._cache:
                return self._cache[article_id]
        got = self.manifest.get(ids=[article_id], include=["documents"])
        if not got["ids"]:
            matches = [a for a in self.visible_ids() if a.startswith(article_id)] if len(article_id) >= 4 else []
            if len(matches) == 1:
                return self.get_article(matches[0])
            raise NotFoundError(f"no article with id {article_id!r}")
        item = article_from_json(got["documents"][0])
        with self._lock:
            self._cache[article_id] = item
        return item

    def all_articles(self) -> list[IngestedArticle]:
        return [self.get_article(aid) for aid in self.visible_ids()]

    def count_chunks(self, article_id: str | None = None) -> int:
        if article_id is None:
            return self.chunks.count()
        return len(self.chunks.get(where={"article_id": article_id}, include=[])["ids"])

    # --- writing -------------------------------------------------------------------
    def add(self, item: IngestedArticle, progress: ProgressFn | None = None) -> str:
        """Index one article. Returns 'added', 'replaced' or 'unchanged'."""
        return self.add_many([item], progress)[0]

    def add_many(self, items: list[IngestedArticle], progress: ProgressFn | None = None) -> list[str]:
        """Index several articles, embedding and writing their chunks in large batches.

        Each article becomes visible only after all of its chunks are stored: the
        manifest records are written once every chunk of the group is in. Returns a
        status per item: 'added', 'replaced' or 'unchanged'."""
        progress = progress or (lambda *_: None)
        existing = self.list_articles()
        model_id = self.embeddings.model_id
        for r in existing:
            if r.get("embedding_model") and r["embedding_model"] != model_id:
                raise StoreError(
                    f"the index was built with {r['embedding_model']}, this process embeds with "
                    f"{model_id}; use another data directory or collection prefix"
                )
        visible = {r["id"] for r in existing}
        statuses: list[str] = []
        todo: list[IngestedArticle] = []
        seen: set[str] = set()
        for item in items:
            if item.article.id in visible or item.article.id in seen:
                statuses.append("unchanged")
            else:
                statuses.append("pending")
                todo.append(item)
                seen.add(item.article.id)
        if not todo:
            progress("unchanged", 1, 1)
            return statuses
        now = time.time()
        ids: list[str] = []
        docs: list[str] = []
        to_embed: list[str] = []
        metas: list[dict[str, Any]] = []
        for item in todo:
            i, d, e, m = chunk_records(item, now)
            ids += i
            docs += d
            to_embed += e
            metas += m
        # embed in order of length: batches of similar length waste less work on padding
        order = sorted(range(len(ids)), key=lambda i: len(to_embed[i]))
        ids, docs, to_embed, metas = ([seq[i] for i in order] for seq in (ids, docs, to_embed, metas))
        total = len(ids)
        try:
            for lo in range(0, total, BATCH):
                hi = min(total, lo + BATCH)
                vectors = self.embeddings.embed_many(to_embed[lo:hi])
                self.chunks.upsert(ids=ids[lo:hi], documents=docs[lo:hi], metadatas=metas[lo:hi], embeddings=vectors)
                progress("stored", hi, total)
            # the visibility point: the manifest records, written after every chunk
            self.manifest.upsert(
                ids=[it.article.id for it in todo],
                documents=[article_to_json(it) for it in todo],
                embeddings=[[0.0, 0.0] for _ in todo],
                metadatas=[self._manifest_meta(it, now, model_id) for it in todo],
            )
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(f"writing to Chroma failed: {exc}") from exc
        out = []
        for status, item in zip(statuses, items):
            if status != "pending":
                out.append(status)
                continue
            old = [r["id"] for r in existing if r.get("source") == item.article.source and r["id"] != item.article.id]
            for stale in old:
                self.delete(stale)
            out.append("replaced" if old else "added")
        with self._lock:
            self.generation += 1
        return out

    @staticmethod
    def _manifest_meta(item: IngestedArticle, now: float, model_id: str) -> dict[str, Any]:
        art = item.article
        return {
            "title": art.title, "source": art.source, "byline": art.byline or "", "url": art.url or "",
            "date": art.date or "", "ingested_at": now, "passages": len(item.passages),
            "quotes": len(item.quotes), "speakers": len(item.speakers), "chars": len(art.text),
            "embedding_model": model_id,
        }

    def delete(self, article_id: str) -> None:
        """Remove an article: manifest first (invisible at once), then its chunks."""
        self.manifest.delete(ids=[article_id])
        self.chunks.delete(where={"article_id": article_id})
        with self._lock:
            self._cache.pop(article_id, None)
            self.generation += 1

    def collect_garbage(self, min_age_s: float = 3600.0) -> int:
        """Delete chunks that belong to no visible article and are older than
        ``min_age_s`` (younger ones may be an ingest still running elsewhere)."""
        visible = set(self.visible_ids())
        got = self.chunks.get(include=["metadatas"])
        cutoff = time.time() - min_age_s
        orphans = [
            cid for cid, meta in zip(got["ids"], got["metadatas"] or [])
            if meta.get("article_id") not in visible and float(meta.get("written_at", 0)) <= cutoff
        ]
        for lo in range(0, len(orphans), 512):
            self.chunks.delete(ids=orphans[lo : lo + 512])
        return len(orphans)

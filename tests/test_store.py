"""The index with real Chroma (embedded in a temp dir, and a real `chroma run`
server) and the real MiniLM model."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.indexing import ingest_paths, ingest_upload
from assistant.errors import InputError
from support import DEFAULT_ARTICLE, free_port

ROOT = Path(__file__).resolve().parent.parent


def snapshot(store):
    got = store.chunks.get(include=["metadatas", "documents"])
    return sorted(zip(got["ids"], got["documents"])), store.visible_ids()


def test_ingest_is_idempotent(store, settings):
    first = ingest_paths(store, settings, [DEFAULT_ARTICLE])
    assert first[0].status == "added"
    before = snapshot(store)
    second = ingest_paths(store, settings, [DEFAULT_ARTICLE])
    assert second[0].status == "unchanged"
    assert snapshot(store) == before
    item = store.get_article(first[0].article["id"])
    assert store.count_chunks() == len(item.passages) + len(item.quotes)


def test_a_collection_dropped_by_another_client_is_reopened(store, settings):
    """The store keeps its collection handles; when another client drops and remakes a
    collection the old handle fails, and the store reopens it instead of failing on
    every later question."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    first = ingest_paths(store, settings, [DEFAULT_ARTICLE])[0]
    assert store.count_chunks() > 0
    other = chromadb.PersistentClient(path=str(settings.chroma_path), settings=ChromaSettings(anonymized_telemetry=False))
    for name in (f"{settings.collection_prefix}_chunks", f"{settings.collection_prefix}_articles"):
        other.delete_collection(name)
    assert store.count_chunks() == 0  # the new, empty collection: no "does not exist" error
    store._cache.clear()
    again = ingest_paths(store, settings, [DEFAULT_ARTICLE])[0]
    assert again.article["id"] == first.article["id"]
    assert store.count_chunks() == len(store.get_article(again.article["id"]).passages) + len(
        store.get_article(again.article["id"]).quotes)


def test_changed_article_replaces_old_entries(store, settings, tmp_path):
    f = tmp_path / "story.md"
    f.write_text('# Story\n\n"The first version," said Jane Doe.\n\nA second paragraph.\n')
    r1 = ingest_paths(store, settings, [f])[0]
    f.write_text('# Story\n\n"The corrected version," said Jane Doe.\n\nA second paragraph, changed.\n')
    r2 = ingest_paths(store, settings, [f])[0]
    assert r2.status == "replaced"
    assert store.visible_ids() == [r2.article["id"]]
    assert store.count_chunks(r1.article["id"]) == 0  # nothing stale left
    docs = store.chunks.get(include=["documents"])["documents"]
    assert not any("first version" in d for d in docs)
    assert any("corrected version" in d for d in docs)


def test_search_through_langchain_vectorstore(store, settings):
    ingest_paths(store, settings, [DEFAULT_ARTICLE])
    vs = store.langchain_vectorstore()
    hits = vs.similarity_search("Ben Hodges on the Russians", k=3, filter={"kind": "quote"})
    assert any(h.metadata["speaker"] == "Ben Hodges" for h in hits)


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("empty.md", b"", "empty"),
        ("binary.txt", b"\x00\x01\x02\x03" * 50, "binary"),
        ("bad.txt", b"\xff\xfe\xfa not utf8 \xc3\x28", "UTF-8"),
        ("doc.pdf", b"%PDF-1.4", "unsupported"),
        ("huge.md", b"# H\n\n" + b"w " * 3_000_000, "limit"),
    ],
)
def test_bad_input_changes_nothing(store, settings, name, data, words):
    ingest_paths(store, settings, [DEFAULT_ARTICLE])
    before = snapshot(store)
    with pytest.raises(InputError) as info:
        ingest_upload(store, settings, data, name)
    assert name in str(info.value) and words.lower() in str(info.value).lower()
    assert snapshot(store) == before


def test_directory_ingest_reports_bad_files_and_keeps_good_ones(store, settings, tmp_path):
    (tmp_path / "good.md").write_text('# Good\n\n"Fine words," said Ann Lee.\n')
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00" * 100)
    reports = ingest_paths(store, settings, [tmp_path])
    status = {Path(r.source).name: r.status for r in reports}
    assert status == {"binary.txt": "error", "empty.md": "error", "good.md": "added"}
    assert len(store.visible_ids()) == 1


def _cli(env, *args, **kw):
    return subprocess.Popen(
        [sys.executable, "-m", "assistant", *args], env=env, cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw,
    )


def test_killed_ingest_leaves_nothing_visible(tmp_path, settings, embeddings, monkeypatch):
    """SIGKILL the CLI while it is storing a large article: the article must not be
    visible, the earlier article must be intact, and a re-run completes it."""
    import os

    from assistant.store import Store

    # a long article: many passages, stored in several batches
    paras = [f'"Point number {i} matters a great deal," said Jane Doe at meeting {i}. The council debated item {i} for hours.' for i in range(600)]
    big = tmp_path / "big.md"
    big.write_text("# Big article\n\n" + "\n\n".join(paras))
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(settings.data_dir), "ASSISTANT_EMBEDDING_BATCH_SIZE": "8"}
    assert _cli(env, "ingest", str(DEFAULT_ARTICLE)).wait(timeout=300) == 0

    proc = _cli(env, "ingest", str(big))
    killed = False
    for line in proc.stderr:
        if line.startswith("progress: stored") and not line.strip().endswith(("1200/1200", "1201/1201")):
            done, total = line.split()[-1].split("/")
            if 0 < int(done) < int(total):
                proc.kill()
                killed = True
                break
    proc.wait(timeout=60)
    assert killed, "the ingest finished before it could be killed"

    store = Store(settings, embeddings=embeddings)
    visible = store.list_articles()
    assert [r["title"] for r in visible] == ["Allies ready to deploy troops to Ukraine, but they need backing from the US"]
    default = store.get_article(visible[0]["id"])
    assert store.count_chunks(default.article.id) == len(default.passages) + len(default.quotes)
    orphans = store.count_chunks() - store.count_chunks(default.article.id)
    assert orphans > 0  # half-written chunks exist but are invisible
    assert store.collect_garbage(min_age_s=0) == orphans
    assert store.count_chunks() == store.count_chunks(default.article.id)

    # the re-run completes the article
    assert _cli(env, "ingest", str(big)).wait(timeout=600) == 0
    store2 = Store(settings, embeddings=embeddings)
    assert len(store2.visible_ids()) == 2


@pytest.mark.server
def test_chroma_server_mode(tmp_path, embeddings):
    from assistant.settings import Settings
    from assistant.store import Store

    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    assert chroma, "the chroma CLI comes with chromadb"
    port = free_port()
    server = subprocess.Popen(
        [chroma, "run", "--path", str(tmp_path / "server-db"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        settings = Settings(data_dir=tmp_path / "client", chroma_host="127.0.0.1", chroma_port=port)
        store = Store(settings, embeddings=embeddings)
        deadline = time.time() + 60
        while True:
            try:
                store.client.heartbeat()
                break
            except Exception:
                store._client = None
                if time.time() > deadline:
                    raise
                time.sleep(0.5)
        assert settings.mode == "server"
        first = ingest_paths(store, settings, [DEFAULT_ARTICLE])[0]
        assert first.status == "added"
        assert ingest_paths(store, settings, [DEFAULT_ARTICLE])[0].status == "unchanged"
        # a second client sees the same index through the server
        other = Store(settings, embeddings=embeddings)
        item = other.get_article(first.article["id"])
        assert {q.speaker for q in item.quotes} >= {"Ed Arnold", "Ben Hodges"}
        assert not (tmp_path / "client" / "chroma").exists()  # nothing stored locally
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_unreachable_chroma_server_is_a_clear_error(tmp_path, embeddings):
    from assistant.errors import StoreError
    from assistant.settings import Settings
    from assistant.store import Store

    settings = Settings(data_dir=tmp_path, chroma_host="127.0.0.1", chroma_port=free_port())
    with pytest.raises(StoreError) as info:
        Store(settings, embeddings=embeddings).list_articles()
    assert "cannot open the Chroma store" in str(info.value)

"""Ingest benchmark: the default article cold (a fresh process) and warm (models
loaded), and throughput over a generated corpus of many articles.

    .venv/bin/python benchmarks/bench_ingest.py [--articles 500]

Prints JSON figures and the machine; also writes benchmarks/out/ingest.json.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, Timer, median, peak_rss_mib, report
from corpus import synthetic_article

from assistant.runtime import configure_environment

configure_environment()

DEFAULT = ROOT / "data" / "articles" / "allies-ukraine-us-backing.md"

def cold_cli(tmp: Path) -> float:
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp / "cold")}
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "assistant", "ingest", str(DEFAULT)], env=env, check=True,
                   capture_output=True, cwd=ROOT)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from assistant.settings import Settings
    from assistant.store import Store
    from ingest.load import load_file
    from ingest.pipeline import process

    tmp = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    cold = [cold_cli(tmp) for _ in range(2)]

    settings = Settings(data_dir=tmp / "warm")
    store = Store(settings)
    store.embeddings.warm()
    process(load_file(DEFAULT))  # loads spaCy
    warm, text_stage, store_stage = [], [], []
    for r in range(args.repeat):
        s = Settings(data_dir=tmp / "warm", collection_prefix=f"warm{r}")
        st = Store(s, embeddings=store.embeddings)
        with Timer() as t_all:
            with Timer() as t_text:
                item = process(load_file(DEFAULT))
            with Timer() as t_store:
                st.add(item)
        warm.append(t_all.s)
        text_stage.append(t_text.s)
        store_stage.append(t_store.s)

    # corpus throughput
    rng = random.Random(7)
    corpus_dir = tmp / "corpus"
    corpus_dir.mkdir()
    for i in range(args.articles):
        (corpus_dir / f"a{i:04d}.md").write_text(synthetic_article(rng, i))
    s = Settings(data_dir=tmp / "corpus-db", collection_prefix="corpus")
    st = Store(s, embeddings=store.embeddings)
    files = sorted(corpus_dir.glob("*.md"))
    items = []
    with Timer() as t_proc:
        for f in files:
            items.append(process(load_file(f)))
    passages = sum(len(i.passages) for i in items)
    chunks = sum(len(i.passages) + len(i.quotes) for i in items)
    with Timer() as t_emb:
        for lo in range(0, len(items), 32):  # as `assistant ingest DIR` does
            st.add_many(items[lo : lo + 32])
    figures = {
        "default_article_cold_cli_s": [round(x, 2) for x in cold],
        "default_article_warm_s_median": round(median(warm), 3),
        "default_article_warm_s_all": [round(x, 3) for x in warm],
        "warm_text_stages_s_median": round(median(text_stage), 3),
        "warm_embed_store_s_median": round(median(store_stage), 3),
        "corpus_articles": len(files),
        "corpus_passages": passages,
        "corpus_chunks_embedded": chunks,
        "text_stages_passages_per_s": round(passages / t_proc.s, 1),
        "embed_store_passages_per_s": round(passages / t_emb.s, 1),
        "embed_store_chunks_per_s": round(chunks / t_emb.s, 1),
        "end_to_end_passages_per_s": round(passages / (t_proc.s + t_emb.s), 1),
        "embedding_model": store.embeddings.model_id,
        "peak_rss_mib": round(peak_rss_mib(), 1),
    }
    report("ingest", figures)


if __name__ == "__main__":
    main()

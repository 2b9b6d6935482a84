"""Ingest benchmark: the default article cold (a fresh process) and warm (models
loaded), and throughput over a generated corpus of many articles.

    .venv/bin/python benchmarks/ingest.py [--articles 500]

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

from assistant.runtime import configure_environment

configure_environment()

DEFAULT = ROOT / "data" / "articles" / "allies-ukraine-us-backing.md"

FIRST = ["Ann", "Tom", "Maria", "David", "Sofia", "James", "Leila", "Peter", "Grace", "Omar"]
LAST = ["Reed", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Brennan", "Haddad", "Novak", "Silva", "Kerr"]
ROLES = ["a city councillor", "an economist at the state university", "the union's spokesperson",
         "a retired judge", "the company's chief executive", "a local resident"]
TOPICS = ["the budget", "the new tram line", "housing costs", "the river flood defences", "school funding",
          "the port strike", "energy prices", "the hospital expansion"]
WORDS = ("the council said the plan would cost more than expected and residents raised concerns "
         "about delays while officials promised a review of contracts and timelines next year").split()


def synthetic_article(rng: random.Random, i: int) -> str:
    people = [(rng.choice(FIRST) + " " + rng.choice(LAST), rng.choice(ROLES)) for _ in range(3)]
    topic = rng.choice(TOPICS)
    paras = []
    for k in range(rng.randint(8, 14)):
        filler = " ".join(rng.choice(WORDS) for _ in range(rng.randint(18, 40)))
        name, role = people[k % 3]
        kind = k % 4
        if kind == 0:
            paras.append(f"{filler.capitalize()} on {topic}.")
        elif kind == 1:
            paras.append(f'"{filler.capitalize()}," said {name}, {role}.')
        elif kind == 2:
            paras.append(f'{name.split()[1]} said the plan for {topic} was "{" ".join(filler.split()[:4])}" and {filler}.')
        else:
            paras.append(f'"{filler.capitalize()}," {"she" if name.split()[0] in {"Ann", "Maria", "Sofia", "Leila", "Grace"} else "he"} added.')
    return f"# Article {i} about {topic}\n\n" + "\n\n".join(paras) + "\n"


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

"""Embedding benchmark: float vs int8-quantised all-MiniLM-L6-v2 in one process, on
the default article's passages (repeated), with how closely they agree.

    .venv/bin/python benchmarks/bench_embeddings.py
"""

from __future__ import annotations

import time

from common import ROOT, median, report

from assistant.runtime import configure_environment

configure_environment()


def main() -> None:
    import numpy as np

    from assistant.embeddings import MiniLMEmbeddings
    from ingest.load import load_file
    from ingest.pipeline import process

    item = process(load_file(ROOT / "data" / "articles" / "allies-ukraine-us-backing.md"))
    texts = [p.text for p in item.passages] * 16
    questions = ["What did Hodges say?", "How many troops would the force need?", "Who is Heisbourg?",
                 "What is the risk of deploying troops?", "Will Trump keep his commitments?",
                 "What does the coalition of the willing mean?"]
    out = {}
    vectors = {}
    for quantize in (False, True):
        emb = MiniLMEmbeddings(quantize=quantize)
        emb.embed_many(texts[:32])
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            v = emb.embed_many(texts)
            runs.append(len(texts) / (time.perf_counter() - t))
        vectors[quantize] = (v[: len(item.passages)], emb.embed_many(questions))
        out[emb.model_id + "_passages_per_s_median"] = round(median(runs), 1)
    (pf, qf), (pq, qq) = vectors[False], vectors[True]
    cos = (pf * pq).sum(1)
    top1 = [int(np.argmax(pf @ qf[i]) == np.argmax(pq @ qq[i])) for i in range(len(questions))]
    top5 = [len(set(np.argsort(-(pf @ qf[i]))[:5]) & set(np.argsort(-(pq @ qq[i]))[:5])) / 5 for i in range(len(questions))]
    out.update({
        "speedup_int8_vs_float": round(out["all-MiniLM-L6-v2-int8_passages_per_s_median"] / out["all-MiniLM-L6-v2_passages_per_s_median"], 2),
        "cosine_float_vs_int8_mean": round(float(cos.mean()), 4),
        "cosine_float_vs_int8_min": round(float(cos.min()), 4),
        "top1_agreement": f"{sum(top1)}/{len(top1)}",
        "top5_overlap_mean": round(sum(top5) / len(top5), 3),
        "passages": len(texts),
    })
    # batch size, int8, on generated passages of varied length (the ingest path's batches)
    import random

    from corpus import synthetic_article

    rng = random.Random(3)
    varied = [p for i in range(120) for p in synthetic_article(rng, i).split("\n\n")[1:]]
    for bs in (16, 32, 64, 128):
        emb = MiniLMEmbeddings(quantize=True, batch_size=bs)
        emb.embed_many(varied[:64])
        runs = []
        for _ in range(2):
            t = time.perf_counter()
            emb.embed_many(varied)
            runs.append(len(varied) / (time.perf_counter() - t))
        out[f"int8_batch{bs}_texts_per_s_best_of_2"] = round(max(runs), 1)
    report("embeddings", out)


if __name__ == "__main__":
    main()

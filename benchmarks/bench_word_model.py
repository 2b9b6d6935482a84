"""The word model of the near-synonym check (MiniLM in double precision): what loading it
adds to a process's resident memory, how long the default article's words take to embed,
and whether a word's vector is the same bits alone and in a batch.

    .venv/bin/python benchmarks/bench_word_model.py
"""

from __future__ import annotations

import re
import time

from common import ROOT, report

from assistant.runtime import configure_environment

configure_environment()


def rss_mib() -> float:
    status = open("/proc/self/status", encoding="utf-8").read()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024


def main() -> None:
    import numpy as np

    from assistant.embeddings import MiniLMEmbeddings

    text = (ROOT / "data" / "articles" / "allies-ukraine-us-backing.md").read_text(encoding="utf-8")
    words = sorted(set(re.findall(r"[a-z]{3,}", text.lower())))
    batched = MiniLMEmbeddings()
    batched.embed_query("warm up")
    before = rss_mib()
    t = time.perf_counter()
    together = batched.embed_words(words)  # loads the word model, then embeds every word in batches
    first = time.perf_counter() - t
    after = rss_mib()
    alone = MiniLMEmbeddings()
    one_by_one = np.array([alone.embed_words([w])[0] for w in reversed(words[:200])])[::-1]
    report("word_model", {
        "rss_after_query_model_mib": round(before, 1),
        "rss_after_word_model_mib": round(after, 1),
        "word_model_adds_mib": round(after - before, 1),
        "article_words": len(words),
        "load_and_embed_article_words_s": round(first, 2),
        "same_bits_alone_and_batched": bool(np.array_equal(one_by_one, together[:200])),
    })


if __name__ == "__main__":
    main()

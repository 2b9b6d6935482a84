"""Profile of the one-article pass of bench_answers on a smaller synthetic corpus.

    .venv/bin/python benchmarks/profile_one_article.py [PASSAGES]

Ingests the synthetic corpus (default 2,000 passages) and the default article, asks the
default question set scoped to the default article once unprofiled (its p50 printed) and
once under cProfile, and prints the 35 most expensive calls by cumulative time. Run it on
two checkouts side by side to compare the work each does (function calls, query
embeddings) where bench_answers' wall-clock figures differ."""

from __future__ import annotations

import cProfile
import pstats
import sys
import tempfile
from pathlib import Path

import bench_answers as B
from assistant.runtime import configure_environment


def main() -> None:
    configure_environment()
    from assistant import Assistant
    from assistant.indexing import ingest_paths
    from assistant.settings import Settings

    passages = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    tmp = Path(tempfile.mkdtemp(prefix="profile-one-"))
    settings = Settings(data_dir=tmp / "big", answer_cache=0)
    bot = Assistant.from_settings(settings)
    ingest_paths(bot.store, settings, [B.corpus(tmp, passages), B.DEFAULT])
    bot.warm()
    default_id = next(a for a in bot.store.visible_ids() if "Allies" in bot.store.get_article(a).article.title)
    cases = B.questions()
    B.latencies(bot, cases[:10], repeat=1)
    times = B.latencies(bot, cases, repeat=1, article_id=default_id)
    print("one-article p50 ms", round(B.median(times), 1))
    profile = cProfile.Profile()
    profile.enable()
    B.latencies(bot, cases, repeat=1, article_id=default_id)
    profile.disable()
    pstats.Stats(profile).sort_stats("cumulative").print_stats(35)


if __name__ == "__main__":
    main()

"""Quote finding and attribution accuracy on the labelled articles (dev, holdout, blind, blind2 ... blind12)
and the default article's expected speakers.

    .venv/bin/python benchmarks/bench_attribution.py
"""

from __future__ import annotations

from common import ROOT, report

from assistant.runtime import configure_environment

configure_environment()


def main() -> None:
    from assistant.evaluation.attribution import evaluate_dir

    figures = {}
    for split in ("dev", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12"):
        figures[split] = evaluate_dir(ROOT / "tests" / "data" / "articles" / split).summary()
    report("attribution", figures)


if __name__ == "__main__":
    main()

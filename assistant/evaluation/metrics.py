"""Deterministic metrics for one answer, each a score with a reason. No LLM is used.

Case-level metrics (``None`` when a metric does not apply to the case):

* ``quote_fidelity``: share of quoted material (citations and quoted spans in the answer
  text) found verbatim in the article;
* ``speaker_accuracy``: share of cited quotes whose speaker is the index's speaker and,
  where the case names the expected speaker of that quote, that speaker;
* ``quote_recall``: share of expected quote fragments among the citations;
* ``speaker_precision`` / ``speaker_recall``: cited speakers against expected speakers;
* ``fact_recall``: expected facts (case-insensitive) in the answer or its citations;
* ``forbidden_hits``: forbidden strings found in the answer (lower is better);
* ``citation_validity``: citations whose passage exists and contains the cited text;
* ``abstention``: correct refusal, false answer, over-refusal or correct answer;
* retrieval ``hit@k``, ``recall@k``, ``mrr``, ``ndcg@10`` against gold passages (those
  holding the expected quotes and facts);
* ``token_f1`` and ``rouge_l`` against the expected answer.

The runner adds ``semantic_similarity`` (MiniLM cosine to the expected answer) as a
second tier: reported, never part of pass/fail.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from assistant.evaluation.dataset import Case

_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.U)


def norm(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return _WS.sub(" ", s).strip().strip(" .,;:!?\"'").lower()


def words(s: str) -> list[str]:
    return _WORD.findall(s.lower())


def token_f1(pred: str, ref: str) -> float:
    p, r = words(pred), words(ref)
    if not p or not r:
        return 0.0
    common = sum((Counter(p) & Counter(r)).values())
    if not common:
        return 0.0
    prec, rec = common / len(p), common / len(r)
    return 2 * prec * rec / (prec + rec)


def rouge_l(pred: str, ref: str) -> float:
    p, r = words(pred), words(ref)
    if not p or not r:
        return 0.0
    prev = [0] * (len(r) + 1)
    for a in p:
        cur = [0]
        for j, b in enumerate(r):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    lcs = prev[-1]
    if not lcs:
        return 0.0
    prec, rec = lcs / len(p), lcs / len(r)
    return 2 * prec * rec / (prec + rec)


def gold_passages(case: Case, passages: list[Any]) -> set[str]:
    """Passages that hold an expected quote fragment or an expected fact."""
    gold = set()
    for p in passages:
        t = p.text.lower()
        if any(q["text"].lower() in t for q in case.expected_quotes) or any(f.lower() in t for f in case.expected_facts):
            gold.add(p.id)
    return gold


def retrieval_metrics(ranked: list[str], gold: set[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for k in (1, 3, 5, 10):
        top = ranked[:k]
        out[f"hit@{k}"] = 1.0 if gold & set(top) else 0.0
        out[f"recall@{k}"] = len(gold & set(top)) / len(gold)
    rr = next((1 / (i + 1) for i, p in enumerate(ranked) if p in gold), 0.0)
    out["mrr"] = rr
    dcg = sum(1 / math.log2(i + 2) for i, p in enumerate(ranked[:10]) if p in gold)
    idcg = sum(1 / math.log2(i + 2) for i in range(min(len(gold), 10)))
    out["ndcg@10"] = dcg / idcg if idcg else 0.0
    return out


def score_case(case: Case, answer: dict, article_texts: dict[str, str], quotes_by_start: dict[tuple[str, int], Any],
               passages: dict[str, Any], ranked_passages: list[str], all_passages: list[Any]) -> dict[str, Any]:
    """Every metric for one case: {metric: {"score": float|None, "reason": str}} plus pass/fail."""
    m: dict[str, dict[str, Any]] = {}
    cites = answer.get("citations", [])
    text = answer.get("answer", "")
    refused = bool(answer.get("refused"))

    # quote fidelity
    spans = [c["text"] for c in cites]
    quoted = [g for g in re.findall(r"[“\"]([^“”\"]{2,}?)[”\"]", text)]
    ok, bad = 0, []
    for c in cites:
        body = article_texts.get(c["article_id"], "")
        if body[c["start"]:c["end"]] == c["text"]:
            ok += 1
        else:
            bad.append(c["text"][:60])
    bodies = [norm(t) for t in article_texts.values()]
    for q in quoted:
        if any(norm(q) in b for b in bodies):
            ok += 1
        else:
            bad.append(q[:60])
    total = len(spans) + len(quoted)
    m["quote_fidelity"] = {"score": ok / total if total else None,
                           "reason": "all quoted text is verbatim" if not bad else f"not found: {bad}"}

    # speaker accuracy
    quote_cites = [c for c in cites if c["kind"] == "quote"]
    right, wrong = 0, []
    expected = {norm(q["text"]): q.get("speaker") for q in case.expected_quotes}
    for c in quote_cites:
        indexed = quotes_by_start.get((c["article_id"], c["start"]))
        want = indexed.speaker if indexed is not None else None
        for frag, sp in expected.items():
            if frag and frag in norm(c["text"]) and sp:
                want = sp
        if c.get("speaker") == want:
            right += 1
        else:
            wrong.append(f"{c['text'][:40]!r}: {c.get('speaker')} (expected {want})")
    m["speaker_accuracy"] = {"score": right / len(quote_cites) if quote_cites else None,
                             "reason": "every cited quote has the right speaker" if not wrong else "; ".join(wrong)}

    cited_text = " ".join(spans)
    if case.expected_quotes:
        found = [q for q in case.expected_quotes if q["text"] in cited_text or q["text"] in text]
        m["quote_recall"] = {"score": len(found) / len(case.expected_quotes),
                             "reason": f"{len(found)}/{len(case.expected_quotes)} expected quotes cited"}
    else:
        m["quote_recall"] = {"score": None, "reason": "no expected quotes"}

    cited_speakers = {c.get("speaker") for c in quote_cites if c.get("speaker")}
    if case.expected_speakers:
        exp = set(case.expected_speakers)
        named = cited_speakers | {s for s in exp if s in text}
        m["speaker_recall"] = {"score": len(exp & named) / len(exp), "reason": f"expected {sorted(exp)}, got {sorted(named)}"}
        m["speaker_precision"] = {"score": len(cited_speakers & exp) / len(cited_speakers) if cited_speakers else None,
                                  "reason": f"cited {sorted(cited_speakers)}"}
    else:
        m["speaker_recall"] = {"score": None, "reason": "no expected speakers"}
        m["speaker_precision"] = {"score": None, "reason": "no expected speakers"}

    full = (text + " " + cited_text).lower()
    if case.expected_facts:
        hit = [f for f in case.expected_facts if f.lower() in full]
        miss = [f for f in case.expected_facts if f.lower() not in full]
        m["fact_recall"] = {"score": len(hit) / len(case.expected_facts), "reason": f"missing {miss}" if miss else "all facts present"}
    else:
        m["fact_recall"] = {"score": None, "reason": "no expected facts"}
    if case.expected_regex:
        hit = [r for r in case.expected_regex if re.search(r, text + " " + cited_text)]
        m["regex_match"] = {"score": len(hit) / len(case.expected_regex), "reason": f"{len(hit)}/{len(case.expected_regex)} patterns"}

    hits = [f for f in case.forbidden if f.lower() in text.lower()]
    m["forbidden_hits"] = {"score": float(len(hits)), "reason": f"found {hits}" if hits else "none"}

    valid = [c for c in cites if c["passage_id"] in passages and c["text"] in passages[c["passage_id"]].text]
    m["citation_validity"] = {"score": len(valid) / len(cites) if cites else None,
                              "reason": f"{len(valid)}/{len(cites)} citations point into their passage"}

    if case.answerable:
        outcome = "over_refusal" if refused else "answered"
    else:
        outcome = "correct_refusal" if refused else "false_answer"
    m["abstention"] = {"score": 1.0 if outcome in {"answered", "correct_refusal"} else 0.0, "reason": outcome}

    gold = gold_passages(case, all_passages) if case.answerable else set()
    if gold:
        for name, value in retrieval_metrics(ranked_passages, gold).items():
            m[name] = {"score": value, "reason": f"{len(gold)} gold passages"}

    if case.expected_answer and case.answerable:
        m["token_f1"] = {"score": token_f1(text, case.expected_answer), "reason": "vs expected answer"}
        m["rouge_l"] = {"score": rouge_l(text, case.expected_answer), "reason": "vs expected answer"}

    # pass / fail: the deterministic checks a reader would make
    reasons = []
    if m["quote_fidelity"]["score"] not in (None, 1.0):
        reasons.append("a quote is not verbatim")
    if m["speaker_accuracy"]["score"] not in (None, 1.0):
        reasons.append("a quote has the wrong speaker")
    if outcome in {"over_refusal", "false_answer"}:
        reasons.append(outcome.replace("_", " "))
    if outcome == "answered":
        for key in ("quote_recall", "fact_recall", "speaker_recall", "regex_match"):
            if key in m and m[key]["score"] not in (None, 1.0):
                reasons.append(f"{key} {m[key]['score']:.2f}")
    if hits:
        reasons.append("forbidden text")
    return {"metrics": m, "passed": not reasons, "reasons": reasons, "outcome": outcome}

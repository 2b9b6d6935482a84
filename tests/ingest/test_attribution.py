"""Quote attribution: the default article quote by quote, hand-written hard cases,
and accuracy on labelled articles: dev (the rules were developed against them),
holdout (measured first unseen, then its errors informed a second round of rules),
blind ... blind7 (measured unseen, then read and tuned on; blind8 is the clean measure)."""

from pathlib import Path

import pytest

from ingest.load import load_file
from ingest.pipeline import process

DATA = Path(__file__).resolve().parent.parent / "data"

ARNOLD, HEISBOURG, HODGES, TRUMP = "Ed Arnold", "François Heisbourg", "Ben Hodges", "Donald Trump"

# every quoted span of the default article, in order, with who said it
DEFAULT_EXPECTED = [
    ("coalition of the willing", None),
    ("reassurance", None),
    ("disappointed", TRUMP),
    ("Talking about detailed operational planning when you don't actually have your mission is, quite frankly, impossible,", ARNOLD),
    ("coalition of the willing", None),
    ("reassurance force", None),
    ("no suggestion", HEISBOURG),
    ("If Putin doesn't want a ceasefire — and if Trump doesn't call for a ceasefire — what are the chances of a ceasefire happening?", HEISBOURG),
    ("very, very risky", ARNOLD),
    ("close to zero,", HEISBOURG),
    ("how many Western soldiers the Russians would have actually killed...and nobody wants to think about that too much in advance.", HEISBOURG),
    ("tricky", ARNOLD),
    ("zero credibility", HODGES),
    ("That will not impress the Russians at all,", HODGES),
    ("absolutely no guarantee", ARNOLD),
    ("at one time he may say yes, at another time he may say no,", ARNOLD),
    ("a lot more money on weapons", HEISBOURG),
    ("loads of guns and loads of ammo.", ARNOLD),
    ("There’s no easy way out,", ARNOLD),
    ("None of the options, especially for the Europeans, are good.", ARNOLD),
]


def test_default_article_every_quote_and_speaker(default_item):
    got = [(q.text, q.speaker) for q in default_item.quotes]
    assert got == DEFAULT_EXPECTED


def test_default_article_rules_and_verbs(default_item):
    by_text = {q.text: q for q in default_item.quotes}
    assert by_text["That will not impress the Russians at all,"].verb == "added"
    assert "pronoun" in by_text["That will not impress the Russians at all,"].reason
    assert by_text["loads of guns and loads of ammo."].verb == "adding"
    assert "continues" in by_text["None of the options, especially for the Europeans, are good."].reason
    assert by_text["very, very risky"].partial
    assert not by_text["There’s no easy way out,"].partial
    assert by_text["coalition of the willing"].kind == "term"


def test_default_article_people(default_item):
    people = {s.name: s for s in default_item.speakers}
    assert people[ARNOLD].description == (
        "an expert in European Security at the Royal United Services Institute in London and a former military planner"
    )
    assert people[HEISBOURG].description == "special adviser at the Foundation for Strategic Research in Paris"
    assert people[HODGES].description == "former commanding general of the U.S. Army in Europe"
    assert people[TRUMP].description == "U.S. President"
    assert "Arnold" in people[ARNOLD].aliases
    assert (people[ARNOLD].quote_count, people[HEISBOURG].quote_count, people[HODGES].quote_count) == (8, 5, 2)
    assert "Kyiv" not in people  # a place the recogniser tags as a person is not trusted


def test_hard_cases_article():
    item = process(load_file(DATA / "hard" / "hard-cases.md"))
    got = {q.text: (q.speaker, q.kind) for q in item.quotes}
    assert got["a turning point for Eastbrook."][0] == "Janet Ruiz"
    assert got["We waited ten years for this,"][0] == "Janet Ruiz"  # she said
    assert got["Nobody should pretend it was easy."][0] == "Janet Ruiz"  # second quote continues
    assert got["green corridor"] == (None, "term")  # so-called
    assert got["white elephant"][0] is None
    assert got["frankly absurd"][0] == "Mark Obi"  # called the cost "..."
    # a quotation over two paragraphs: both parts belong to the speaker named at its end
    assert got["I have seen this movie before. The budget doubles and the trams arrive late."][0] == "Mark Obi"
    assert got["And then the same people who cheered tonight will ask why the buses were cut,"][0] == "Mark Obi"
    assert got["every single invoice"][0] == "Janet Ruiz"  # agreed, adding
    assert got["optimistic at best."][0] is None  # anonymous official
    assert got["Rails to Nowhere"] == (None, "term")  # title of a film
    assert got["Bobby"] == (None, "term")  # nickname
    assert got["struck a nerve."][0] == "Robert Tanaka"
    # pull quote and caption repeats are metadata, so each body quote appears once
    assert [q.text for q in item.quotes].count("We waited ten years for this,") == 1
    assert len(item.article.displayed) == 2
    people = {s.name: s for s in item.speakers}
    assert people["Mark Obi"].description == "a longtime opponent of the plan"
    assert "Critics" not in people


def _accuracy(split: str):
    from assistant.evaluation.attribution import evaluate_dir

    return evaluate_dir(DATA / "articles" / split)


@pytest.mark.slow
def test_accuracy_on_dev_articles():
    r = _accuracy("dev")
    assert r.gold >= 150 and len(list((DATA / "articles" / "dev").glob("*.gold.json"))) >= 10
    assert r.precision >= 0.95, r.summary()
    assert r.recall >= 0.95, r.summary()
    assert r.speaker_accuracy >= 0.95, r.summary()
    assert r.tag_accuracy("pronoun") >= 0.90, r.summary()
    assert r.scare_given_speaker <= 0.02 * r.scare_gold + 0.5, r.summary()


@pytest.mark.slow
def test_accuracy_on_holdout_articles():
    """Articles the rules were not first written against (measured unseen at 0.871,
    0.994 now; README). The floors sit under the measured figures so a regression fails."""
    r = _accuracy("holdout")
    assert r.gold >= 100
    assert r.precision >= 0.95, r.summary()
    assert r.recall >= 0.95, r.summary()
    assert r.speaker_accuracy >= 0.88, r.summary()
    assert r.scare_given_speaker <= 1, r.summary()


# Sets written by separate authors who never saw the rules. Each was measured once
# unseen (README: blind 0.925, blind2 0.915, blind3 0.843, blind4 0.937, blind5 0.833,
# blind6 0.816, blind7 0.913, blind9 0.821, blind10 0.877, blind11 0.942 speaker accuracy), then read and
# tuned on, except blind8 and blind12, the clean measures (0.964 and 0.954), whose floors only catch
# regressions. Floors: minimum
# gold quotes, precision, recall, speaker accuracy, pronoun accuracy (None: not checked).
UNSEEN_FLOORS = {
    "blind": (150, 0.95, 0.95, 0.98, None),  # measured 1.0 after tuning on it
    "blind2": (200, 0.97, 0.97, 0.97, None),  # measured 0.991 after tuning on it
    "blind3": (190, 0.97, 0.97, 0.98, 0.95),  # measured 1.0 after tuning on it
    "blind4": (170, 0.97, 0.97, 0.97, None),  # first measured 0.937, then tuned on: 1.0
    "blind5": (320, 0.97, 0.97, 0.93, 0.93),  # first measured 0.833, then tuned on: 0.948
    "blind6": (260, 0.97, 0.97, 0.85, None),  # first measured 0.816, then partly tuned on: 0.853, 0.868
    "blind7": (230, 0.97, 0.97, 0.95, None),  # first measured 0.913, then tuned on: 0.959
    "blind8": (220, 0.97, 0.97, 0.95, None),  # never read case by case: 0.947 unseen, 0.964 after later rounds
    "blind9": (185, 0.97, 0.97, 0.95, None),  # first measured 0.821, then tuned on: 0.874, 0.884, 0.969
    "blind10": (220, 0.97, 0.97, 0.96, None),  # first measured 0.877, then tuned on: 0.974
    "blind11": (205, 0.97, 0.97, 0.98, None),  # first measured 0.942, then tuned on: 1.0
    "blind12": (200, 0.97, 0.93, 0.94, None),  # run once with the final rules (0.954, recall 0.947), not read
}


@pytest.mark.slow
@pytest.mark.parametrize("split", list(UNSEEN_FLOORS))
def test_accuracy_on_articles_first_measured_unseen(split):
    gold, precision, recall, speaker, pronoun = UNSEEN_FLOORS[split]
    r = _accuracy(split)
    assert r.gold >= gold
    assert r.precision >= precision, r.summary()
    assert r.recall >= recall, r.summary()
    assert r.speaker_accuracy >= speaker, r.summary()
    if pronoun is not None:
        assert r.tag_accuracy("pronoun") >= pronoun, r.summary()
    assert r.scare_given_speaker <= 1, r.summary()


def test_gold_text_is_located_where_it_is_quoted_in_the_body():
    from assistant.evaluation.attribution import _locate

    text = "Row over ‘pier levy’\n\nThe so-called “pier levy” hit Callum \"Cal\" Brightwater."
    body = [(text.index("The"), len(text))]
    assert _locate(text, "pier levy", 0, body) == text.index("“pier levy”") + 1
    assert _locate(text, "Cal", 0, body) == text.index('"Cal"') + 1
    assert _locate(text, "Brightwater", 0, body) == text.index("Brightwater")

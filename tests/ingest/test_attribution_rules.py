"""Attribution rules, one invented example each: pronouns, floating quotes,
appositions, labels. The sentences are made up for these tests."""

from ingest.load import RawDocument
from ingest.pipeline import process


def quotes(markdown: str) -> dict:
    item = process(RawDocument("t.md", "markdown", "# Test\n\n" + markdown))
    return {q.text: q for q in item.quotes}


def speakers(markdown: str) -> dict[str, str | None]:
    return {text: q.speaker for text, q in quotes(markdown).items()}


def test_known_in_a_place_as_is_a_label():
    got = quotes(
        "“It came over the ridge in minutes,” said fire chief Owen Marsh.\n\n"
        "Marsh blamed the warm winds known in the valley as “devil breaths.”"
    )
    assert got["devil breaths."].speaker is None and got["devil breaths."].kind == "term"


def test_title_after_a_distant_verb_is_still_a_title():
    got = quotes(
        "Rhys Baker agreed, adding that the council had promised better buses in its 2021 plan, "
        "“Moving Millbrook Forward”, and so far had delivered “very little”."
    )
    assert got["Moving Millbrook Forward"].kind == "term"

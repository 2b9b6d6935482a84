"""Question shapes handled before any model runs: multi-part questions split into their
parts (and the parts' answers joined), and "where in the article" questions reduced to
what they ask to locate. Pure functions: no index, no model."""

from __future__ import annotations

import pytest

from assistant.backends.base import Draft, Source
from assistant.locate import location_request
from assistant.parts import merge, split_parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Who is Leon Varga and what did he say about recruitment?",
         ["Who is Leon Varga?", "what did he say about recruitment?"]),
        ("Is the clinic closing, and what's the union's plan?", ["Is the clinic closing?", "what's the union's plan?"]),
        ("After the vigil, where did the nurses go, and did the board reply?",
         ["After the vigil, where did the nurses go?", "did the board reply?"]),
        # one question: two people, a short tail, no question word before the comma
        ("What did Quist and Varga say?", ["What did Quist and Varga say?"]),
        ("who said it and why?", ["who said it and why?"]),
        # whom it asks of, put first with a relative clause: one question
        ("the skipper who's fished there 41 yrs, what's he say happens to the crew?",
         ["what's the skipper who's fished there 41 yrs say happens to the crew?"]),
        ("The crew man who works on the ramp, what did he say about a nurse?",
         ["what did the crew man who works on the ramp say about a nurse?"]),
        ("If the clinic closes, where will patients go?", ["If the clinic closes, where will patients go?"]),
        # a clause saying when, not a second question ("when did she speak ...?" would be one)
        ("What did Quist say, word for word, when she spoke to the board?",
         ["What did Quist say, word for word, when she spoke to the board?"]),
        ("What did Quist say, and when did she say it?", ["What did Quist say?", "when did she say it?"]),
        # a comparison of two figures asks for both
        ("How many nurses have left, vs how many were hired?", ["How many nurses have left?", "how many were hired?"]),
        ("how many beds did the clinic have versus how many does it have now?",
         ["how many beds did the clinic have?", "how many does it have now?"]),
        # two things compared: each asked for on its own (not a side of one word)
        ("How does Quist's staffing estimate compare with the budget Varga has in mind? Give me both numbers.",
         ["what is Quist's staffing estimate?", "what is the budget Varga has in mind?"]),
        ("compare the union's demand with the board's offer", ["what is the union's demand?", "what is the board's offer?"]),
        ("how does it compare to the old one?", ["how does it compare to the old one?"]),
        ("How does the union's offer compare with the U.S. one?", ["what is the union's offer?", "what is the U.S. one?"]),
        ("Compare what Quist and Varga said about pay", ["Compare what Quist and Varga said about pay"]),
        # a clause saying when the person says something, then the one question (not "when did ...?")
        ("When Quist says there's no money left, what's she talking about?",
         ["When Quist says there's no money left, what's she talking about?"]),
        ("When did the clinic close, and what did Quist say?", ["When did the clinic close?", "what did Quist say?"]),
        # a second question by ellipsis after the first's mark
        ("what's the fine for speeding? and for repeat offenders?", ["what's the fine for speeding?", "and for repeat offenders?"]),
        ("what did she say? and about the budget?", ["what did she say?", "and about the budget?"]),
        # (runs of spaces and line breaks read as one space, however many)
        ("compare" + " \n" * 1000 + "x", ["compare x"]),
    ],
)
def test_a_question_splits_into_its_parts(question, parts):
    assert split_parts(question) == parts


def _src(sid, start, end, kind="passage"):
    return Source(sid, kind, "A", "p1", start, end, "text")


def test_merged_parts_cite_each_sentence_once():
    whole = Draft("One. [S1] Two. [S2][S3]", [_src("S1", 0, 4), _src("S2", 5, 9), _src("S3", 6, 8, "quote")])
    part = Draft("One. [S1] Three. [S2][S1]", [_src("S1", 0, 4), _src("S2", 10, 15)])
    merged = merge(["a?", "b?"], [part, Draft("The article doesn't say.", [], refused=True)], whole)
    assert merged.text == "One. [S1] Two. [S2][S3] Three. [S4][S1]"
    assert [(s.id, s.start) for s in merged.sources] == [("S1", 0), ("S2", 5), ("S3", 6), ("S4", 10)]
    assert not merged.refused


def test_a_part_the_article_cannot_answer_says_so_when_the_whole_is_refused():
    refused = Draft("The article doesn't say.", [], refused=True)
    merged = merge(["a?", "b?"], [Draft("Two. [S1]", [_src("S1", 5, 9)]), refused], refused)
    assert merged.text == "Two. [S1] On the second part of the question, the article doesn't say."
    assert merge(["a?", "b?"], [refused, refused], refused).refused


def test_a_closing_line_is_dropped_only_when_the_answer_already_has_that_sentence():
    whole = Draft("Maddox said Voss is the mayor of Harwick. [S1]", [_src("S1", 0, 40)])
    part = Draft("The patrol needs boats. [S1] Voss is the mayor of Harwick.", [_src("S1", 50, 70)])
    merged = merge(["a?", "b?"], [part], whole)
    # inside a longer sentence is not said: the part's closing line stays
    assert merged.text.endswith("The patrol needs boats. [S2] Voss is the mayor of Harwick."), merged.text
    said = Draft("The patrol needs boats. [S1] Maddox said Voss is the mayor of Harwick.", [_src("S1", 50, 70)])
    assert merge(["a?", "b?"], [said], whole).text.endswith("needs boats. [S2]")  # (said already: dropped)


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("Where in the article are the troop numbers discussed? Which heading?", "the troop numbers?"),
        ("which section of the article is that in?", ""),
        ("In which section does the nurse say the clinic was starved?", "does the nurse say the clinic was starved?"),
        ("Which heading is the petition stuff under?", "the petition?"),
        # what the user says of the answer they want is no part of what to locate
        ("Which section of the article has the petition figures? Need the subhead.", "the petition figures?"),
        ("Which section has the Estonia comparison?", "the Estonia?"),
        ("What part did the union play?", None),  # not about the article's layout
        ("What did Quist say?", None),
    ],
)
def test_where_in_the_article_questions_keep_what_they_locate(question, rest):
    assert location_request(question) == rest


@pytest.mark.parametrize(
    ("question", "alias", "speaks"),
    [
        ("What did Trump say?", "Trump", True),
        ("What did Trump's lawyer say?", "Trump", False),
        ("did trumps meeting get anywhere?", "trump", False),  # the apostrophe left out
        ("What did J.R.'s lawyer say?", "J.R.", False),
    ],
)
def test_a_possessive_name_is_what_is_asked_about_not_who_speaks(question, alias, speaks):
    from assistant.analysis import speaker_slots

    named = [(question.index(alias), None, None, alias)]
    assert bool(speaker_slots(question, named)) == speaks

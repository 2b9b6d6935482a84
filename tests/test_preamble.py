"""The asker's own context set apart from what is asked (assistant/preamble.py): pure
text rules, no models."""

from __future__ import annotations

from assistant.chain import _names_something as names
from assistant.preamble import Preamble, sentences, set_aside


def test_sentences_keep_titles_and_initials_whole():
    assert sentences("Mr. Arnold said U.S. jets may not come. Why not?") == ["Mr. Arnold said U.S. jets may not come.",
                                                                           "Why not?"]


def test_politeness_is_dropped_and_context_with_names_becomes_a_turn():
    p = set_aside("Dear assistant, I am 78 and my eyesight is poor. Did Arnold think Trump will keep his word?", names)
    assert p.asked == "Did Arnold think Trump will keep his word?"
    assert p.context == "" and p.dropped == ["Dear assistant, I am 78 and my eyesight is poor."]
    p = set_aside("I was struck by something Mr Heisbourg said. What did he say it would depend on?", names)
    assert p.asked == "What did he say it would depend on?"
    assert p.context == "I was struck by something Mr Heisbourg said."


def test_a_guess_after_the_question_is_dropped_unless_it_claims_words():
    p = set_aside("Where did they meet? I thought it was in Switzerland, but my sister says otherwise.", names)
    assert p.asked == "Where did they meet?"
    # "I thought Hodges said 50,000": a claim about the article's people, kept to be checked
    q = "Why so many troops? I thought Hodges said 50,000 would be needed."
    assert set_aside(q, names).asked == q
    # a request for words after the question stays with it
    q = "How did Arnold sum it up at the end? I'd like his actual words please."
    assert set_aside(q, names).asked == q


def test_questions_without_the_askers_context_are_left_alone():
    for q in ("What did Hodges say?", "Hodges said the towns lacked a mission. Why?",
              "I'd like to know what Hodges said about the towns."):
        assert set_aside(q, names) == Preamble(q)
    # ("I think so." before the question says nothing of the article: dropped)
    assert set_aside("I think so. What did Arnold say?", names) == Preamble("What did Arnold say?", "", ["I think so."])
    # in a conversation the context stays in the question: the last answer stays the last turn
    p = set_aside("I was struck by what Mr Heisbourg said. What did he mean?", names, follow_up=True)
    assert p.asked == "I was struck by what Mr Heisbourg said. What did he mean?" and p.context == ""


def test_someones_quoted_words_in_the_askers_sentence_stay_to_be_checked():
    q = 'My notes say Fairweather said "deeply, deeply damaging". Is that attribution right?'
    assert set_aside(q, names).asked == q


def test_an_apology_before_the_question_is_dropped():
    p = set_aside("Silly question perhaps, but who is Karen Whitlock? My neighbour says she runs the board.", names)
    assert p.asked == "who is Karen Whitlock?"
    assert set_aside("Sorry, but what did Osei say?", names).asked == "what did Osei say?"
    assert set_aside("What did Osei say, but briefly?", names).asked == "What did Osei say, but briefly?"


def test_who_the_asker_is_before_a_dash_is_set_apart():
    assert set_aside("I'm a reporter at the Calder Point Herald — when does dredging start?", names).asked == \
        "when does dredging start?"
    assert set_aside("I work for a radio station: who is Gemma Hale?", names).asked == "who is Gemma Hale?"


def test_an_apology_for_the_askers_english_is_dropped_however_it_is_punctuated():
    assert set_aside("Mr Osei, what he say about the buses? my english not so good sorry", names).asked == \
        "Mr Osei, what he say about the buses?"
    assert set_aside("Sorry for my bad English. What did Osei say?", names).asked == "What did Osei say?"
    assert set_aside("English is not my first language, what did Osei say?", names).asked == "what did Osei say?"
    assert set_aside("what did osei say (sorry my english)", names).asked == "what did osei say"
    # (English as the subject stays)
    assert set_aside("Did my English teacher's school close?", names).asked == "Did my English teacher's school close?"

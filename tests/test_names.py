"""Name and place matching used by question analysis (no model needed)."""

from __future__ import annotations

import pytest

from assistant.names import fold, mentions, near


@pytest.mark.parametrize(("a", "b"), [("Sergei", "Sergey"), ("arnald", "Arnold"), ("Hodgez", "Hodges"),
                                      ("Francois", "François"), ("Heisbourgh", "Heisbourg"),
                                      ("Arnlod", "Arnold"), ("Heisberg", "Heisbourg")])
def test_near_spellings_of_one_name(a, b):
    assert near(a, b)


@pytest.mark.parametrize(("a", "b"), [("Robert", "Ben"), ("Smith", "Smyth-Jones"), ("Ann", "Anne"), ("Carter", "Parter")])
def test_different_names_are_not_near(a, b):
    assert not near(a, b)  # short names and different initials never match


def test_fold_drops_accents_and_case():
    assert fold("François Heisbourg") == "francois heisbourg"
    assert fold("TOMÁS") == "tomas"


@pytest.mark.parametrize(("text", "name"), [
    ("the U.K. should look at contributing", "Britain"),
    ("support the U.S. is prepared to provide", "Americans"),
    ("commitments made to European nations", "Europeans"),
    ("a meeting in Moscow", "Russia"),
    # AP style puts a state's abbreviation after a town
    ("a retired school bus driver from Tucson, Ariz., enrolled", "Arizona"),
    ("a clinic in Albany, N.Y., said", "New York"),
    ("Texans voted", "Texas"),
])
def test_place_variants(text, name):
    assert mentions(text, name)


def test_short_forms_match_whole_words_only():
    assert not mentions("thus the plan", "US")
    assert not mentions("Some fell ill. Others left.", "Illinois")  # "Ill." is also a word: left out
    assert mentions("the US plan", "United States")


def test_a_place_something_happened_at_must_be_named():
    assert mentions("French President Emmanuel Macron", "Paris")  # loosely, a capital and its country go together
    assert not mentions("French President Emmanuel Macron", "Paris", literal=True)
    assert mentions("the coalition meets in Paris", "Paris", literal=True)


def test_familiar_forms_of_given_names():
    from assistant.names import name_variants, short_given_name

    assert short_given_name("Ray", "Raymond") and short_given_name("Bob", "Robert") and short_given_name("Steve", "Stephen")
    assert not short_given_name("Bob", "Raymond") and not short_given_name("Al", "Alan")
    assert not short_given_name("Raymond", "Raymond")
    assert "november" in name_variants("Nov") and "february" in name_variants("Nov-Feb")

"""Nouns of one kind and whose age a figure gives (lintnews.analysis.figures.nouns, lintnews.analysis.figures.ages)."""

from lintnews.text.document import parse
from lintnews.analysis.figures.ages import age_pairs
from lintnews.analysis.figures.context import stem
from lintnews.analysis.figures.match import headline_regions
from lintnews.analysis.figures.nouns import is_person_noun, noun_class, same_noun
from lintnews.analysis.figures.extract import quantities


def test_nouns_of_one_kind_share_a_class():
    assert same_noun(stem("firms"), stem("businesses"))
    assert same_noun(stem("jobs"), stem("posts"))
    assert same_noun(stem("titles"), stem("newspapers"))
    assert not same_noun(stem("firms"), stem("jobs"))
    assert noun_class(stem("widgets")) == stem("widgets")


def test_people_nouns():
    assert is_person_noun(stem("Britons")) and is_person_noun(stem("detainees"))
    assert not is_person_noun(stem("stations"))


def pairs_of(text):
    doc = parse(text, "draft.md")
    ages = [q for q in quantities(doc) if q.dim == "age"]
    return [(p.earlier.text, p.later.text, p.who, p.strong, p.at_headline)
            for p in age_pairs(doc, ages, headline_regions(doc))]


def test_two_ages_of_one_named_person():
    text = "Mark Ellis, 58, said so. Mr Ellis, 61, joined in 1998.\n"
    assert pairs_of(text) == [("58", "61", "Ellis", True, False)]


def test_surnames_ending_in_s_are_kept_whole():
    assert pairs_of("Jane Jones, 40, said so. Ms Jones, 44, agreed.\n")[0][2] == "Jones"


def test_a_back_reference_after_several_people_is_weak():
    text = ("Tom Hale, 47, and Anna Berg, 52, spoke.\n\nMs Berg said the talks went well. "
            "The 55-year-old said more.\n")
    assert pairs_of(text) == [("52", "55-year-old", "Berg", False, False)]


def test_the_headline_age_is_the_odd_one_out():
    text = "# Byrds producer Melcher dies at 62\n\nRecord producer Terry Melcher has died aged 64.\n"
    assert pairs_of(text) == [("62", "64", "Melcher", True, True)]


def test_ages_of_different_people_are_not_paired():
    assert pairs_of("Jane Okafor, 34, runs the bakery with her brother Tom Okafor-Smith, 29.\n") == []


def test_an_age_given_with_who_is():
    text = "Jane Smith, who is 45, runs the shop.\n\nMs Smith, 47, said trade was slow.\n"
    assert pairs_of(text) == [("45", "47", "Smith", True, False)]


def test_an_unnamed_headline_age_and_the_leads():
    assert pairs_of("# Striker, 24, signs for City\n\nThe 26-year-old striker joined from United.\n") == [
        ("24", "26-year-old", "", True, True)]
    assert pairs_of("# Man, 36, jailed\n\nThe 38-year-old was jailed for fraud.\n") == [
        ("36", "38-year-old", "", False, True)]


def test_an_unnamed_headline_age_and_another_persons():
    assert pairs_of("# Man, 36, jailed\n\nA man was jailed. His wife, 40, wept.\n") == []

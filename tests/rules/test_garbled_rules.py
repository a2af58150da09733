"""Garbled-phrasing rules, by behaviour: positions, suggestions and fixes."""

from __future__ import annotations

import pytest


def _found(linter, text, select=("garbled",)):
    return [(f.code, f.line, f.column) for f in linter.lint(text, select=list(select))]


def test_eggcorn_suggests_the_fixed_form_as_a_safe_fix(linter):
    [f] = linter.lint("The council cut every grant in one foul swoop.\n", select=["GRB001"])
    assert (f.column, f.suggestion, f.fix.safe) == (32, "one fell swoop", True)
    assert f.category == "garbled"


def test_eggcorn_keeps_capitals(linter):
    [f] = linter.lint("Tow the line, the whips said.\n", select=["GRB001"])
    assert f.suggestion == "Toe the line"


def test_phrases_with_several_right_forms_are_advice_only(linter):
    [f] = linter.lint("The aid comes in the frame of the EU programme.\n", select=["GRB014"])
    assert f.fix is None and "'as part of'" in f.suggestion


def test_attributed_paraphrase_is_still_checked_but_quotes_are_not(linter):
    text = (
        "The minister said the balance of power in the presence had shifted.\n\n"
        '"The balance of power in the presence has shifted," the minister said.\n'
    )
    assert _found(linter, text) == [("GRB006", 1, 40)]


def test_doubled_word_fix_removes_one_word(linter):
    [f] = linter.lint("The minister said the the talks had failed.\n", select=["GRB004"])
    assert (f.column, f.end_column, f.fix.safe) == (22, 26, True)
    assert f.fix.edits[0].replacement == ""


def test_since_duration_fix(linter):
    [f] = linter.lint("The border has been closed since three years.\n", select=["GRB009"])
    assert (f.column, f.suggestion, f.fix.safe) == (28, "for", True)


def test_number_order_suggestion(linter):
    [f] = linter.lint("Ukraine lost the two last matches.\n", select=["GRB011"])
    assert f.suggestion == "the last two"


def test_question_mark_calque(linter):
    [f] = linter.lint("One question mark is whether the talks resume.\n", select=["GRB012"])
    assert (f.column, f.suggestion) == (5, "question")


def test_false_friends_need_context(linter):
    text = (
        "The actual president was elected in 2019.\n\n"
        "The actual cost was higher.\n\n"
        "Police dispersed the manifestation outside parliament.\n\n"
        "The vote was a manifestation of anger.\n"
    )
    assert _found(linter, text, select=["GRB008"]) == [("GRB008", 1, 5), ("GRB008", 5, 22)]


def test_broken_grammar(linter):
    text = (
        "The industry has emerged new variables.\n\n"
        "Prices rose again and again.\n\n"
        "There are many buyers believe that it is a trap.\n"
    )
    assert _found(linter, text, select=["GRB015"]) == [("GRB015", 1, 14), ("GRB015", 5, 1)]


def test_every_garbled_rule_is_in_the_garbled_category(linter):
    from lintnews.engine.linter import Linter

    rules = [r for r in Linter().ruleset().rules if r.code.startswith("GRB")]
    codes = [r.code for r in rules]
    assert len(codes) == len(set(codes))
    assert {f"GRB{n:03d}" for n in range(1, 22)} | {"GRB030", "GRB031"} <= set(codes)
    assert {r.category for r in rules} == {"garbled"}


def test_doubled_word_ignores_hyphenated_words_and_offers_unsafe_fix_for_prepositions(linter):
    text = "He was hurt in a break-in in 1999.\n\nThe party was weakened by in-fighting in in March.\n"
    [f] = linter.lint(text, select=["GRB004"])
    assert (f.line, f.fix.safe) == (3, False)


def test_list_entries_that_match_good_english_were_dropped(linter):
    text = (
        "The envoy was lacking in tact.\n\n"
        "The ex-Patriots quarterback wrote learning materials.\n\n"
        "Queen Victoria reigned in the 19th century, and the economic might of the empire grew.\n\n"
        "She was to the manor born and an important part of the team.\n"
    )
    assert _found(linter, text) == []


def test_calque_lists_leave_idiomatic_english_alone(linter):
    text = (
        "The judge weighed the totality of the evidence, which was put in evidence on Monday.\n\n"
        "Air traffic control and the various parties involved were in the same time zone.\n\n"
        "She made the point on Twitter that the Chinese side won, and he was actually in prison.\n\n"
        "The team did a good job of defending, in the right frame of mind.\n"
    )
    assert _found(linter, text) == []


def test_broken_grammar_leaves_nouns_times_and_participles_alone(linter):
    quiet = (
        "His will was read out in court on Tuesday.\n\n"
        "Russia's military might is on display, and a can is recycled every second.\n\n"
        "Accidents have happened many times on this road; attacks have occurred more often.\n\n"
        "It has happened a number of times this year.\n\n"
        "There were 20 people expected at the meeting.\n\n"
        "There are several suspects believed to be at large.\n"
    )
    assert _found(linter, quiet, select=["GRB015"]) == []
    loud = (
        "The plan will has to change.\n\n"
        "There were many analysts thought that the deal was a trap.\n\n"
        "The market has emerged many new variables.\n"
    )
    assert [line for _, line, _ in _found(linter, loud, select=["GRB015"])] == [1, 3, 5]


def test_improbable_pair_flags_a_stray_word(linter):
    pytest.importorskip("wordsegment")
    text = (
        "Firms are looking at ways of to keep prices down.\n\n"
        "Profits were hard to come by for most vendors.\n\n"
        'She called it "ways of to keep" in jest.\n\n'
        "Duran Duran toured, and the the crowd sang, in a the study.\n"
    )
    assert _found(linter, text, select=["GRB016"]) == [("GRB016", 1, 27)]


def test_improbable_pair_is_quiet_without_the_stats_extra(linter, monkeypatch):
    from lintnews.analysis.garbled import word_pairs as ngrams
    from lintnews.rules.garbled.improbable_pair import ImprobablePair

    cached = (ngrams.model, ngrams.words_reaching, ngrams.improbable_pairs)
    monkeypatch.setattr(ngrams, "available", lambda: False)  # as without the package
    for table in cached:
        table.cache_clear()
    try:
        assert _found(linter, "Firms are looking at ways of to keep prices down.\n", select=["GRB016"]) == []
        assert "'stats' extra is not installed" in ImprobablePair().describe()
    finally:
        for table in cached:
            table.cache_clear()


def test_calque_entries_that_are_also_english_stay_quiet(linter):
    text = (
        "The ensemble of young actors won praise, and volunteers assisted at the ceremony.\n\n"
        "Both runners finished in the same time, and the model includes climate feedbacks.\n"
    )
    assert _found(linter, text) == []

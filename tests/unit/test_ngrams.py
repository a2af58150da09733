"""Word-pair statistics (lintnews.analysis.garbled.word_pairs) on small made-up counts, and the shipped ones."""

from __future__ import annotations

import math

import pytest

from lintnews.analysis.garbled import word_pairs as ngrams

UNIGRAMS = ["the\t20000000000\n", "of\t10000000000\n", "cat\t50000000\n", "zebra\t1000\n"]
BIGRAMS = "of the\t2000000000\nthe of\t300000\nthe cat\t90000000\nthe of\t100000"


def test_improbability_compares_the_pair_with_chance():
    model = ngrams.PairModel.load(UNIGRAMS, BIGRAMS)
    expected = 20e9 * 10e9 / ngrams.TOTAL
    assert model.improbability("the", "of") == pytest.approx(math.log10(expected / 300000))
    assert model.improbability("of", "the") < 0  # far more often than chance


def test_missing_pairs_count_as_the_floor_and_rare_words_say_nothing():
    model = ngrams.PairModel.load(UNIGRAMS, BIGRAMS)
    expected = 10e9 * 50e6 / ngrams.TOTAL
    assert model.improbability("of", "cat") == pytest.approx(math.log10(expected / ngrams.FLOOR))
    assert "zebra" not in model.unigrams
    assert model.improbability("the", "zebra") is None
    assert model.improbability("the", "unknown") is None


def test_the_shipped_counts_load_once():
    pytest.importorskip("wordsegment")
    ngrams.model.cache_clear()
    model = ngrams.model()
    assert model is ngrams.model()
    assert model.improbability("a", "the") > 2
    assert model.improbability("of", "the") < 0


def test_without_the_package_there_is_no_model(monkeypatch):
    monkeypatch.setattr(ngrams, "available", lambda: False)
    for cached in (ngrams.model, ngrams.words_reaching, ngrams.improbable_pairs):
        cached.cache_clear()
    try:
        assert ngrams.model() is None
        assert ngrams.words_reaching(2.0) == ()
        assert ngrams.improbable_pairs(2.0) == frozenset()
    finally:
        for cached in (ngrams.model, ngrams.words_reaching, ngrams.improbable_pairs):
            cached.cache_clear()


def test_derived_tables_are_the_models_and_spare_loading_it(linter):
    pytest.importorskip("wordsegment")
    model = ngrams.model()
    assert ngrams.words_reaching(2.0) == tuple(model.words_reaching(2.0))
    assert ngrams.improbable_pairs(2.0) == model.improbable_pairs(2.0)
    # A draft with no candidate pair is checked without the model itself.
    from lintnews.rules.garbled.improbable_pair import _improbable

    _improbable.cache_clear()
    ngrams.model.cache_clear()
    try:
        assert linter.lint("The report was cited in a study.", select=["GRB016"]) == []
        assert ngrams.model.cache_info().misses == 0
        [finding] = linter.lint("Firms are looking at ways of to keep prices down.", select=["GRB016"])
        assert (finding.code, finding.column) == ("GRB016", 27)
        assert ngrams.model.cache_info().misses == 1
    finally:
        ngrams.model.cache_clear()


def test_only_frequent_words_can_reach_a_level():
    model = ngrams.PairModel.load(UNIGRAMS, BIGRAMS)
    assert set(model.words_reaching(0.5)) == {"the", "of", "cat"}
    assert set(model.words_reaching(3.0)) == {"the", "of"}


def test_improbable_pairs_are_those_improbability_puts_at_the_level():
    unigrams = ["the\t20000000000\n", "of\t10000000000\n", "a\t9000000000\n", "cat\t50000000\n"]
    model = ngrams.PairModel.load(unigrams, BIGRAMS + "\na the\t100000\nthe a\t5000000000")
    for level in (0.5, 1.0, 2.0, 3.0):
        words = model.words_reaching(level)
        expected = {
            (a, b) for a in words for b in words
            if a != b and (model.improbability(a, b) or -1) >= level
        }
        assert model.improbable_pairs(level) == expected
    assert ("the", "of") in model.improbable_pairs(1.0)  # the larger duplicate entry counts


def test_the_shipped_improbable_pairs_agree_with_improbability():
    pytest.importorskip("wordsegment")
    model = ngrams.model()
    pairs = ngrams.improbable_pairs(2.0)
    assert ("a", "the") in pairs and ("of", "the") not in pairs
    words = model.words_reaching(2.0)
    for a in words[:12]:
        for b in words:
            assert ((a, b) in pairs) == (a != b and (model.improbability(a, b) or -1) >= 2.0)

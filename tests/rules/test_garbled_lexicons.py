"""The garbled lexicons (false friends, constructions, eggcorns, translation grammar):
each entry's own examples, matching by lemma and inflection with words in between, and
quotations left alone."""

from __future__ import annotations

import pytest

from lintnews.analysis.garbled.lemmas import forms, lemma
from lintnews.analysis.garbled.lexicon import LexiconError, build, load

RULES = {"idioms": "GRB022", "false_friends": "GRB008", "constructions": "GRB017", "eggcorns": "GRB018", "mt_grammar": "GRB019"}


def _entries():
    for name, code in RULES.items():
        for entry in load(name).entries:
            yield pytest.param(code, entry, id=f"{code}-{entry.id}")


@pytest.mark.parametrize("code, entry", list(_entries()))
def test_entry_examples(linter, code, entry):
    # One draft per entry, one paragraph per example: each "fail" line fires, no "pass" one.
    examples = [(t, True) for t in entry.examples.get("fail", ())] + [(t, False) for t in entry.examples.get("pass", ())]
    text = "\n\n".join(t for t, _ in examples) + "\n"
    lines = {f.line for f in linter.lint(text, select=[code], path="draft.txt") if f.code == code}
    assert {2 * i + 1 for i, (_, fires) in enumerate(examples) if fires} == lines, [
        (t, fires) for i, (t, fires) in enumerate(examples) if (2 * i + 1 in lines) != fires]


def test_every_entry_has_a_firing_and_a_quiet_example():
    for name in RULES:
        for entry in load(name).entries:
            assert entry.examples.get("fail"), entry.id
            assert entry.examples.get("pass") or entry.fine, entry.id


def _codes(linter, text, select=("garbled",)):
    return [(f.code, f.line) for f in linter.lint(text, select=list(select))]


def test_any_inflection_and_words_in_between(linter):
    text = (
        "The envoy assists at the annual opening ceremony.\n\n"
        "Envoys were assisting to the final.\n\n"
        "Officials had poured over the old council minutes.\n\n"
        "The party hopes to nip this revolt in the butt.\n"
    )
    assert _codes(linter, text) == [("GRB008", 1), ("GRB008", 3), ("GRB018", 5), ("GRB018", 7)]


def test_quotes_and_blockquotes_stay_quiet_but_paraphrase_is_checked(linter):
    text = (
        '"We will liquidate the consequences of the flood," the governor said.\n\n'
        "> Heavy technique was sent to the object.\n\n"
        "The governor said crews would liquidate the consequences of the flood.\n"
    )
    assert _codes(linter, text) == [("GRB008", 5)]


def test_correct_english_uses_of_the_false_friends_stay_quiet(linter):
    text = (
        "Nurses assisted the surgeon, and the pupils pretended to be asleep.\n\n"
        "She became a partner, and the actual cost was higher than planned.\n\n"
        "Three law firms realised a profit, and the chef of the restaurant left.\n\n"
        "The disease manifested itself in May; the surgeon's technique was praised.\n"
    )
    assert _codes(linter, text) == []


def test_translation_grammar_classes(linter):
    text = (
        "Although prices fell, but demand stayed weak.\n\n"
        "The explosion caused 4 people injured.\n\n"
        "They has found the cause, and there is many reasons.\n\n"
        "Although prices fell, demand stayed weak.\n"
    )
    assert _codes(linter, text, ["GRB019"]) == [("GRB019", 1), ("GRB019", 3), ("GRB019", 5), ("GRB019", 5)]


def test_findings_name_the_source_and_the_english(linter):
    [f] = linter.lint("Half the town depends of tourism.\n", select=["GRB017"])
    assert "dépendre de" in f.message and f.suggestion == "depend on" and f.fix is None
    assert (f.column, f.end_column) == (15, 25)


def test_lemmas_and_inflections():
    assert {"assist", "assists", "assisted", "assisting"} <= forms("assist", "verb")
    assert {"stopped", "stopping"} <= forms("stop", "verb") and "foresaw" in forms("foresee", "verb")
    assert {"firm", "firms"} == forms("firm", "noun") and "people" in forms("person", "noun")
    assert "put in" in forms("put in", "verb") and "putting in" in forms("put in", "verb")
    assert [lemma(w) for w in ("assisted", "firms", "came", "stopped", "studies", "realised")] == [
        "assist", "firm", "come", "stop", "study", "realise"]


def test_malformed_entries_are_refused_with_file_and_entry():
    with pytest.raises(LexiconError, match="x.yaml: entry 'a'.*unknown class '@nope'"):
        build("x", [{"id": "a", "source": "s", "instead": "i", "wrong": ["=go @nope"]}], {}, "x.yaml")
    with pytest.raises(LexiconError, match="unknown keys"):
        build("x", [{"id": "a", "source": "s", "instead": "i", "wrong": ["go"], "colour": 1}], {}, "x.yaml")
    with pytest.raises(LexiconError, match="no word to find it by"):
        build("x", [{"id": "a", "source": "s", "instead": "i", "wrong": ["@num"]}], {}, "x.yaml")


def test_every_pattern_compiles():
    # A malformed pattern would fail at lint time and take the four lexicon rules with it.
    for name in RULES:
        for entry in load(name).entries:
            for pattern in entry.wrong + entry.fine:
                assert pattern.compiled is not None, (name, entry.id)


def test_word_class_mechanisms_reach_words_no_example_names(linter):
    # Each line uses a class member that no entry example uses: the class does the work.
    text = (
        "It was the most wide river in the province.\n\n"  # most + -est adjective
        "Train fares are more high than in Spain.\n\n"  # more + -er adjective than
        "The strike risks to cripple the harbour.\n\n"  # risk to + verb
        "The court is responsible of the delays.\n\n"  # adjective + source preposition
        "The council adopted yesterday a new tree plan.\n\n"  # verb, time, object
        "The coalition conservative collapsed in June.\n\n"  # adjective after its noun
        "Eight persons were rescued from the lake.\n"  # persons counted
    )
    assert [line for _, line in _codes(linter, text)] == [1, 3, 5, 7, 9, 11, 13]


def test_word_class_mechanisms_stay_quiet_on_english_and_quotes(linter):
    text = (
        "It was the widest river in the province, and the most popular.\n\n"
        "More young people voted than in 2019.\n\n"
        "Higher fares risk driving passengers away.\n\n"
        "The council adopted a new tree plan yesterday.\n\n"
        "Officials found the measures urgent.\n\n"
        '"The party socialist will win," the mayor said.\n\n'
        "> It was the most strong storm since 1987.\n"
    )
    assert _codes(linter, text) == []


def _same(entries):
    return [(e.id, e.means, e.instead, [p.source for p in e.wrong], [p.source for p in e.fine], e.requires, e.examples)
            for e in entries]


def test_a_lexicon_read_back_from_its_pickle_has_the_same_entries():
    # The cache keeps each entry pickled on its own and unpickles it when first asked for.
    import pickle

    for name in RULES:
        lexicon = load(name)
        again = pickle.loads(pickle.dumps(lexicon, protocol=pickle.HIGHEST_PROTOCOL))
        assert len(again.entries) == len(lexicon.entries)
        assert _same([again.entries[-1]]) == _same([lexicon.entries[-1]])
        assert _same(again.entries) == _same(lexicon.entries)
        assert _same(again.entries[1:3]) == _same(lexicon.entries[1:3])
        twice = pickle.loads(pickle.dumps(again, protocol=pickle.HIGHEST_PROTOCOL))
        assert _same(twice.entries) == _same(lexicon.entries)


def test_literal_idioms_are_read_in_quotations_and_blockquotes(linter):
    # A proverb rendered word for word in a quoted remark is the translation's wording.
    text = (
        '"Drop by drop becomes a lake," the treasurer told the cooperative.\n\n'
        "> The council keeps walking around the hot porridge, the petition says.\n\n"
        'Ms Varga said the board "pulled a pea into its nose" over the audit.\n'
    )
    assert _codes(linter, text, ["GRB022"]) == [("GRB022", 1), ("GRB022", 3), ("GRB022", 5)]


def test_a_glossed_idiom_and_the_english_idioms_stay_quiet(linter):
    text = (
        "A Finnish idiom, literally 'to pull a pea into the nose', means to take offence.\n\n"
        "The union is making a mountain out of a molehill, little by little.\n\n"
        "The motion is pushing at an open door and may fall between two stools.\n\n"
        "A fly landed on the elephant's back at the sanctuary.\n"
    )
    assert _codes(linter, text, ["GRB022"]) == []


def test_other_lexicons_stay_quiet_in_quotations_when_the_idioms_read_them(linter):
    # The shared pass reads quoted sentences for the idioms only.
    text = (
        '"Half the town depends of tourism, and it makes five years that we wait," he said.\n\n'
        "Half the town depends of tourism.\n"
    )
    assert _codes(linter, text, ["GRB017", "GRB022"]) == [("GRB017", 3)]


def test_possessive_owner_between_the_words_of_an_idiom(linter):
    text = (
        "Critics say the reform put a melon skin under the new director's feet.\n\n"
        "The striker is the star of the manager's eyes.\n"
    )
    assert _codes(linter, text, ["GRB022"]) == [("GRB022", 1), ("GRB022", 3)]


def test_literal_scenes_that_share_an_idioms_words_stay_quiet(linter):
    # The English scene an idiom's picture comes from can be news too.
    text = "\n\n".join([
        "A swallow returns to the barn every spring.",
        "The suspect threw the gun into the bushes, police said.",
        "Loud thunder and light rain hit the city on Tuesday.",
        "Firefighters pulled a cow from the ice on the lake.",
        "Police put all the evidence into the same bag.",
        "The wind carried the speaker's words across the square.",
        "Volunteers poured jugs of water over the crowd.",
        "A bruise was on the face.",
        "Slugs are in the cabbages again this year.",
        "The crane has a long arm that reaches the top floor.",
    ]) + "\n"
    assert _codes(linter, text, ["GRB022", "GRB017"]) == []

"""Attribution analysis: which sentences name a source, and how."""

from __future__ import annotations

import pytest

from lintnews.analysis.voice.attribution import attribution, document_attributions, is_attributed
from lintnews.engine.config import Settings
from lintnews.text.document import parse


def kinds(text: str, path: str = "draft.md", settings=None):
    doc = parse(text, path)
    return [(a.kind if a else None) for _, a in document_attributions(doc, settings)]


def first(text: str, settings=None):
    doc = parse(text, "draft.md")
    return attribution(doc.sentences[0], settings)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The plant will close next year, the company said.", "named"),
        ("The plant will close next year, said Maria Ortiz, the plant manager.", "named"),
        ("Acme announced that the plant would close.", "named"),
        ("The mayor told reporters the plant would close.", "named"),
        ("In a statement, the union called the closure a betrayal.", "named"),
        ("Speaking to the BBC, the mayor called the closure a betrayal.", "named"),
        ("The plant will close, according to the company.", "according-to"),
        ("Official figures showed unemployment rose to 5%.", "named"),
        ("The report noted that exports fell.", "named"),
        ("Figures from the Office for National Statistics put growth at 2%.", "evidence"),
        ("The report, published by the audit office on Monday, found that waiting lists had doubled.", "named"),
        ("The mayor has promised to build 5,000 homes.", "commitment"),
        ("Unemployment rose to 5% ([figures](https://example.org/stats)).", "link"),
        ("He called it \"the worst decision this council has ever made\" on Monday.", "quote"),
        ("Experts believe the dam is unsafe.", "vague"),
        ("Democratic strategists claim that turnout rises by 4%.", "named"),  # base form, plural subject
        ("Some strategists claim that turnout rises by 4%.", "vague"),  # nobody named
        ("Ministers deny they were spurred into action.", "named"),
        ("Worries over growth were behind the decision, the minutes showed.", "named"),
        ("The plant will close, according to reports.", "vague"),
    ],
)
def test_attribution_forms(text, kind):
    found = first(text)
    assert found is not None and found.kind == kind, found


@pytest.mark.parametrize(
    "text",
    [
        "The closure was a trigger for the protests.",
        "I think the plant will close.",  # the speaker's own view
        "We believe the plan will work.",
        "The plan is expected to save money.",  # agentless passive
        "The sanctions are meant to show that the West is united.",  # infinitive, not a source
        "The claims were rejected in court.",  # a noun, not a verb
        "New unemployment claims are near their lowest level.",  # "are" does not start with "a" the article
        "We added half a million jobs, and believe me, it is just beginning.",  # an imperative
        "Critics could argue the plan failed.",  # a modal, not a report
        "This shows that the policy failed.",  # the writer's verdict
        "It was a short \"yes\" vote.",  # a quoted word is not a quotation of a source
        "The move shows the government is losing control.",  # an event is not a source
        "It is said that the minister will resign.",  # agentless: a hedge, not a source
        "Nobody in the town believes the plant will close.",  # a claim about everyone
    ],
)
def test_not_attributed(text):
    assert first(text) is None


def test_pronoun_source_is_carried_attribution():
    text = "Minister Ana Ruiz spoke in Leeds. The levy will transform the high street, she added."
    assert kinds(text) == [None, "carried"]


def test_colon_introduction_carries_to_the_rest_of_the_paragraph():
    text = "The report said: Exports fell for a third year. The decline will deepen."
    assert kinds(text) == ["named", "carried"]


@pytest.mark.parametrize("ask_all_first", [True, False])
def test_a_long_paragraph_gives_each_sentence_the_same_attribution_asked_alone_or_together(ask_all_first):
    # past the size a region is scanned whole: one sentence asked alone is read alone
    filler = " ".join(f"The ferry left pier {i} at noon." for i in range(30))
    text = f"{filler} The harbour board said: Fares rose for a third year. {filler} Crews were tired."
    doc = parse(text, "draft.md")
    sentences = doc.sentences
    expected = ["carried"] * 31
    if ask_all_first:
        together = [a.kind if a else None for _, a in document_attributions(doc)]
        assert together == [None] * 30 + ["named"] + expected
    assert attribution(sentences[-1]).kind == "carried"
    assert attribution(sentences[-1]).text == "said"
    assert attribution(sentences[5]) is None
    assert [a.kind if a else None for _, a in document_attributions(doc)] == [None] * 30 + ["named"] + expected


def test_attribution_does_not_carry_across_paragraphs():
    text = "The minister said the plan was ready.\n\nThe plan will transform the region.\n"
    assert kinds(text) == ["named", None]


def test_attribution_does_not_carry_to_a_following_sentence_without_a_source():
    text = "The minister said the plan was ready. It will transform the region."
    assert kinds(text) == ["named", None]


def test_config_phrases_and_sources():
    settings = Settings(
        attribution_phrases=("the ministry's figures show",),
        attribution_sources=("Office for National Statistics",),
    )
    found = first("Growth will slow, the ministry's figures show.", settings)
    assert found is not None and found.kind == "accepted"
    found = first("Growth slowed to 2% (Office for National Statistics).", settings)
    assert found is not None and found.kind == "accepted"
    assert first("Growth slowed to 2% (Office for National Statistics).") is None


def test_is_attributed_counts_vague_sources():
    doc = parse("Some say the plan will fail.", "draft.md")
    assert is_attributed(doc.sentences[0])
    assert attribution(doc.sentences[0]).vague


def test_commitments_and_vague_sources_do_not_name_a_source():
    assert not first("The mayor has promised to build 5,000 homes.").names_source
    assert not first("Experts say the plan will fail.").names_source
    assert first("The mayor said the plan would fail.").names_source

"""Quotations in copy whose paragraphs were run together (news style: a quoted paragraph
has no closing mark and the next one opens again)."""

from __future__ import annotations

from lintnews.text.document import parse
from lintnews.text.sentences import find_quotes


def quotes(text):
    return [text[a:b] for a, b in find_quotes(text)]


def test_a_reopening_mark_starts_a_new_quotation():
    text = 'He said: "We will go. It is decided. "Nobody can stop it now." Then he left.'
    assert quotes(text) == ['"We will go. It is decided.', '"Nobody can stop it now."']


def test_ordinary_closing_marks_are_unchanged():
    text = 'He said "yes" and "no". Then: "Fine." She left.'
    assert quotes(text) == ['"yes"', '"no"', '"Fine."']


def test_sentences_of_continued_quotations_are_quoted():
    text = 'The coach said: "We lost. I take the blame. "The decision caused the defeat." He left.\n'
    doc = parse(text, "draft.md")
    assert [s.quoted for s in doc.sentences] == [False, True, True, False]

"""GRB004 doubled-word: the same word twice in a row ("the the")."""

from __future__ import annotations

import operator
import re
from typing import Iterator

from lintnews.text.tokens import spaced_words
from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document, Region, Sentence
from lintnews.model import Finding, Severity
from lintnews.rule import Rule

__all__ = ["DoubledWord"]

# Not inside a hyphenated word: "break-in in 1999", "dissipated in in-fighting".
_PAIR = lazyre.compile(r"(?<![\w-])(\w+(?:['’]\w+)?)([ \t]+|[ \t]*\n[ \t]*)(\1)(?![\w-])", re.IGNORECASE)
# Doubles that English uses on purpose: "had had", "that that", "is is" in "what it is is",
# "do do", reduplication ("bye bye", "so so", "very very", "no no") and names.
_ALLOWED = frozenset(
    """had that is do does did bye so very no ha hah yeah boo tut knock chop hip pom
    tom dum bla blah night can far many really tick aye yes now well there cha mau
    bora baden walla sing muu this""".split()
)
# Words whose doubling can only be a slip: safe to remove one. (A doubled preposition
# can be right: "the situation we were placed in in the past".)
_FUNCTION = frozenset("a an the".split())
# Capitalised words are names and titles ("Duran Duran", "Spend Spend Spend"), except
# the days and months: "on Tuesday Tuesday" is a slip.
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february april june
    july august september october november december""".split()
)


# In folded text: a word after an apostrophe, white space and the same word, not before
# a word character or a hyphen ("'the the", "x'the the"; read backwards, "the the's").
_AFTER_APOSTROPHE = lazyre.compile(r"'(\w+(?:'\w+)?)\s+\1(?![\w-])")


def _may_repeat(region: Region) -> bool:
    """False when no sentence of *region* holds a match of :data:`_PAIR`: a cheap test
    that lets the backreference expression skip almost every paragraph.

    A match is a word, white space and the same word (ignoring case), with neither a
    word character nor a hyphen before or after. Split into tokens (runs of word
    characters, apostrophes and hyphens), the folded text then holds the same token
    twice in a row, unless an apostrophe stands right before the first word or right
    after the second: those are found by one expression that starts at an apostrophe,
    run over the text and over the text read backwards."""
    # Characters other than token characters made spaces: the tokens are then exactly
    # the white-space separated pieces, which str.split finds far faster (split once
    # for the garbled rules).
    words = spaced_words(region)[1]
    quick = region.folded_spaced
    if quick is None:
        quick = region.folded
    if any(map(operator.eq, words, words[1:])):  # in C, not a Python generator
        return True
    if "'" not in quick:
        return False
    search = _AFTER_APOSTROPHE.search
    return search(quick) is not None or search(quick[::-1]) is not None


class DoubledWord(Rule):
    """What it flags: a word repeated at once, also across a line break: "the the", "of
    of", "will will".

    Not flagged: doubles English uses on purpose ("had had", "that that", "add to this
    this rule", "bye bye"), capitalised words other than days and months ("Sirhan Sirhan",
    "Spend Spend Spend", "law lord Lord Bingham"), numbers in table cells, and quotes.

    Why: an editing slip the eye skips, especially across a line break.

    Instead: delete one.

    Fix safety: the fix deletes the second word. It is safe for an article ("the the");
    for any other word it is unsafe (applied only with --unsafe-fixes): a doubled
    preposition can be right ("placed in in the past").
    """

    code = "GRB004"
    name = "doubled-word"
    category = "garbled"
    severity = Severity.WARNING
    summary = "The same word twice in a row ('the the')."
    examples = {
        "fail": [
            "The minister said the the talks had failed.",
            "Prices rose by 4% in in March.",
            "The results were announced on Tuesday Tuesday.",
        ],
        "pass": [
            "The talks had had no result by Friday.",
            "She said that that was final.",
            "Duran Duran played in Birmingham.",
        ],
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        allow_quotes = "quote" in self.scope
        for region in doc.regions:
            # as self.sentences(doc), region by region, and only where a word repeats
            if not self.applies_to(region) or not _may_repeat(region):
                continue
            for sentence in region.sentences:
                if allow_quotes or not sentence.quoted:
                    yield from self._check_sentence(doc, sentence)

    def _check_sentence(self, doc: Document, sentence: Sentence) -> Iterator[Finding]:
        text = sentence.text
        for m in _PAIR.finditer(text):
            first, second = m.group(1), m.group(3)
            low = first.lower()
            if low in _ALLOWED or (first.isdigit() and sentence.region.kind == "table-cell"):
                continue
            if second[:1].isupper() and (first != second or low not in _CALENDAR):
                continue  # a name, a title before a name ("law lord Lord Bingham")
            start = sentence.start + m.start(2)
            end = sentence.start + m.end(3)
            if sentence.in_quote(start, end):
                continue
            yield self.report(
                doc,
                sentence.region,
                start,
                end,
                f"'{first} {second}': the word is doubled; delete one",
                suggestion="",
                safe=low in _FUNCTION,
            )

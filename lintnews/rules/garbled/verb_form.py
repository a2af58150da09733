"""GRB031 verb-form: the past tense where the auxiliary before it needs another form
("has went", "was stole", "will increased"). A past tense after "do" ("did not wanted")
is GRB017's (the constructions lexicon)."""

from __future__ import annotations

import re
from typing import Iterable, Iterator, Optional, Tuple

from lintnews.text.tokens import spaced_words
from lintnews.analysis.garbled.lexicon_rule import unreported
from lintnews.matching import patterns as lazyre
from lintnews.matching.tries import trie_regex, word_start_trie_regex
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Rule
from lintnews.text.document import Document

__all__ = ["VerbForm"]

# Irregular verbs whose past tense and past participle differ: past -> (participle, base).
# Left out where the past tense is also a common noun or adjective after the auxiliary
# ("had bit parts", "rose bushes", "a fell", "bore holes", "was broke", "was shook", "was saw
# mill owner").
IRREGULAR = {
    "went": ("gone", "go"), "ran": ("run", "run"), "saw": ("seen", "see"), "began": ("begun", "begin"),
    "wrote": ("written", "write"), "drank": ("drunk", "drink"), "swam": ("swum", "swim"),
    "sang": ("sung", "sing"), "rang": ("rung", "ring"), "took": ("taken", "take"), "gave": ("given", "give"),
    "ate": ("eaten", "eat"), "flew": ("flown", "fly"), "drove": ("driven", "drive"), "rode": ("ridden", "ride"),
    "chose": ("chosen", "choose"), "spoke": ("spoken", "speak"), "froze": ("frozen", "freeze"),
    "stole": ("stolen", "steal"), "woke": ("woken", "wake"), "grew": ("grown", "grow"), "knew": ("known", "know"),
    "threw": ("thrown", "throw"), "blew": ("blown", "blow"), "drew": ("drawn", "draw"),
    "forgot": ("forgotten", "forget"), "hid": ("hidden", "hide"), "did": ("done", "do"), "came": ("come", "come"),
    "became": ("become", "become"), "sank": ("sunk", "sink"), "shrank": ("shrunk", "shrink"),
    "sprang": ("sprung", "spring"), "overtook": ("overtaken", "overtake"), "undertook": ("undertaken", "undertake"),
    "withdrew": ("withdrawn", "withdraw"), "mistook": ("mistaken", "mistake"), "forgave": ("forgiven", "forgive"),
    "forbade": ("forbidden", "forbid"), "overcame": ("overcome", "overcome"), "underwent": ("undergone", "undergo"),
    "arose": ("arisen", "arise"), "wore": ("worn", "wear"), "tore": ("torn", "tear"), "swore": ("sworn", "swear"),
    "fell": ("fallen", "fall"), "shook": ("shaken", "shake"), "broke": ("broken", "break"),
    "got": ("got", "get"), "gotten": ("gotten", "get"),
}
# After "have": "fell" (a hill) and "got" (British "has got") are fine; after "be": "broke"
# (penniless), "shook" (shaken up, informally), "got" (not a passive). "did" after "have"
# is kept ("had did" is wrong); "came"/"became" after "be" are not passives either.
_NOT_AFTER_HAVE = {"fell", "got", "gotten"}
_PASSIVE_WRONG = {
    "stole", "took", "gave", "wrote", "drove", "chose", "spoke", "froze", "forgot", "hid", "ate", "drew",
    "threw", "blew", "grew", "knew", "began", "rang", "sang", "sank", "flew", "rode", "woke", "wore", "tore",
    "swore", "forbade", "forgave", "overtook", "mistook", "undertook", "withdrew", "shrank",
}
# Base forms that end in -ed ("will need", "will proceed"), and adverbs and adjectives
# that do ("may indeed", "could hundred"...).
_ED_BASES = frozenset(
    """need proceed succeed exceed feed bleed breed speed heed plead shed wed embed shred seed weed bed
    impede concede precede recede intercede supersede accede stampede sled indeed hundred kindred
    sacred naked wicked wretched rugged ragged crooked""".split()
)


_ADVERB = r"(?:(?:not|also|still|never|just|already|even|only|ever|since|recently|previously|finally|now|really|" \
          r"actually|always|all|both|further|probably|likely|definitely|certainly|again|soon|then|each)\s+)?"

# The three expressions run on the region's folded text (lower case, straight apostrophes,
# the same offsets), each starting with its auxiliaries as one trie, so the engine skips in
# C to a word that may start one; what case tells (a name, the month) is read from the text.
# have + a past tense that differs from its participle: "has went", "had took", "have saw".
# (Each auxiliary trie is written with its boundary after its first letter, so that the
# engine skips to a letter that may start one instead of trying every position.)
_HAVE_PASTS = frozenset(IRREGULAR) - _NOT_AFTER_HAVE
_HAVE_PAST = r"\s+" + _ADVERB + r"(" + trie_regex(_HAVE_PASTS) + r")\b"
_HAVE = lazyre.compile(word_start_trie_regex(["has", "have", "had", "having"]) + _HAVE_PAST)
# the same, with "'ve" after any word ("could've went"): for a text that holds "'ve"
_HAVE_VE = lazyre.compile(r"\b(?:has|have|had|having|[a-z]+'ve)" + _HAVE_PAST)
# be + a past tense in a passive: "was stole", "were took", "has been wrote".
_BE = lazyre.compile(
    word_start_trie_regex(["is", "are", "was", "were", "be", "been", "being"]) + r"\s+" + _ADVERB
    + r"(" + trie_regex(_PASSIVE_WRONG) + r")\b"
)
# A modal + a past tense: "will increased", "could went", "should reduced".
_MODALS = frozenset(
    ["will", "would", "can", "could", "shall", "should", "may", "might", "must", "cannot",
     "won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't"]
)
_MODAL = lazyre.compile(
    r"(" + word_start_trie_regex(sorted(_MODALS)) + r")\s+" + _ADVERB
    + r"(" + trie_regex(set(IRREGULAR) - {"got"}) + r"|[a-z]{2,}ed)\b"
)
# A determiner or adjective before "will", "can" or "must": the noun ("his will named",
# "the can exploded", "a must").
_NOUN_BEFORE = lazyre.compile(
    r"\b(?:the|a|an|his|her|their|its|my|your|our|this|that|free|good|ill|political|strong|public|popular|own|"
    r"last|living|iron|whose)\s+$",
    re.IGNORECASE,
)
def _plain(word: str) -> Tuple[bool, Optional[str]]:
    """Whether *word* after a modal is a past tense, and its plain form where
    it is known for sure (an irregular verb; a regular one's is not guessed)."""
    low = word.lower()
    if low in IRREGULAR:
        return True, IRREGULAR[low][1]
    return low not in _ED_BASES and low != "used", None


def _bounded(low: str, start: int, end: int) -> bool:
    """Neither end of ``low[start:end]`` is inside a longer token ("one-had", "took-over")."""
    return not ((start and low[start - 1] in "'-") or (end < len(low) and low[end] in "'-"))


def verb_form_slips(
    text: str, folded: Optional[str] = None, words: Optional[Iterable[str]] = None
) -> Iterator[Tuple[int, int, str, Optional[str], str]]:
    """``(start, end, written, right, why)`` for each slip in *text*, in order (*right*
    None where the plain form of a regular verb is not guessed; *folded*: the text's
    folded form, :attr:`lintnews.text.document.Region.folded`, made here when not given;
    *words*: the words of *folded* split at every character that cannot be part of a
    word token, :func:`lintnews.text.tokens.spaced_words`, if known).

    A slip is two whole words, the auxiliary and the verb after it (or more, an adverb
    between): an expression whose auxiliaries or past tenses are none of *words* is not
    run."""
    if folded is None:
        from lintnews.matching.folding import fold

        folded = fold(text)
    found = []
    have = _HAVE_VE if "'ve" in folded else _HAVE
    for rx, why, pasts in (
        (have, "after 'have' English uses the past participle", _HAVE_PASTS),
        (_BE, "a passive takes the past participle", _PASSIVE_WRONG),
    ):
        if words is not None and pasts.isdisjoint(words):
            continue  # no past tense it takes
        for m in rx.finditer(folded):
            a, b = m.span(1)
            if not _bounded(folded, m.start(), b) or text[a].isupper():
                continue  # part of a longer token, or a name ("have Drew")
            found.append((a, b, text[a:b], IRREGULAR[m.group(1)][0], why))
    for m in _MODAL.finditer(folded) if words is None or not _MODALS.isdisjoint(words) else ():
        a, b = m.span(2)
        if not _bounded(folded, m.start(), b) or text[a].isupper():
            continue
        modal = text[m.start(1) : m.end(1)]
        low = m.group(1)
        if low in ("will", "can", "must") and _NOUN_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if modal[0] == "M" and low == "may":
            continue  # the month, or a name: "May raised", "Theresa May"
        if modal[0] == "W" and low == "will" and text[max(0, m.start() - 2) : m.start()].strip(" \"“‘'("):
            continue  # "Will Smith" inside a sentence: a name
        past, plain = _plain(m.group(2))
        if past:
            found.append((a, b, text[a:b], plain, f"after '{modal}' English uses the plain verb"))
    found.sort()
    return iter(found)


class VerbForm(Rule):
    """What it flags: a past tense where the word before it needs another form of the
    verb: after "have", the past participle ("has went", "had took", "have saw"); in a
    passive, the past participle ("was stole", "were took", "has been wrote"); after a
    modal, the plain verb ("will increased", "could reduced", "should went") — the tense
    a hurried translation or an edit leaves behind. (After "do", "did not wanted", see
    GRB017 carried-over-construction.)

    Not flagged: the right forms ("has gone", "was stolen", "did not want", "will
    increase"); verbs whose base ends in -ed ("will need", "may proceed"); "used"; past tenses that are also nouns or adjectives after the auxiliary
    ("had bit parts", "was broke", "has got"); "will", "can" and "must" as nouns ("his
    will named her"); names ("Will Smith"); quotations. A slip a lexicon rule already
    reports (GRB019 translation-grammar and the other lexicon rules) is left to it: one
    finding per slip.

    Why: the reader stumbles on the grammar and wonders what else was left unrevised.

    Instead: the form the auxiliary needs (suggested).

    Fix safety: for an irregular verb the fix swaps the form and is unsafe (applied only
    with --unsafe-fixes); a regular verb's plain form is not guessed, so there is no fix.
    """

    code = "GRB031"
    name = "verb-form"
    category = "garbled"
    severity = Severity.WARNING
    context = True
    summary = "A past tense where the auxiliary needs another form ('has went', 'was stole', 'will increased')."
    examples = {
        "fail": [
            "The firm has went into administration.",
            "Two laptops were stole from the office.",
            "The government will increased spending on roads.",
        ],
        "pass": [
            "The firm has gone into administration.",
            "Two laptops were stolen from the office.",
            "The council will not need to raise taxes.",
            "His will named his daughter; the work will proceed.",
        ],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        quotes = "quote" in self.scope
        for region in doc.regions:
            if not self.applies_to(region):
                continue
            found = verb_form_slips(region.text, region.folded, spaced_words(region)[1])
            for start, end, written, right, why in unreported(region, found, context.settings, quotes):
                if right is None:
                    yield self.report(doc, region, start, end, f"'{written}': {why}, not the past tense")
                else:
                    yield self.report(
                        doc, region, start, end, f"'{written}': {why} ('{right}')", suggestion=right, safe=False,
                    )

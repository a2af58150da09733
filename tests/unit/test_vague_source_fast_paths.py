"""The vague-source veto's word lists, written as tries, veto where the flat alternations
they replace vetoed: whether the veto matches a window is all that counts, and it is the
same on fixed and generated windows."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lintnews.analysis.voice import vague_sources as vs

# The veto's group test as it was before the rewrite.
_NOT_GROUP_FLAT = (
    r"(?i:(?:^\W*|[,;:(—–]\s*|\b(?:but|and|while|although|though|as|because|however|yet|that|whereas|so)\s+)"
    r"(?:this|these|those|the|its|their|his|her|our|my|your|whose|which|what)\s+(?!(?:masses|public)\b)(?:" + vs._LOWER
    + r"\s+){0,2}?" + vs._LOWER + r"\s+(?:(?:have|has|had|now|also|still)\s+)*$"
    r"|\b(?:figures|data|results|statistics|numbers|reports|studies|surveys|polls|records|documents|papers|"
    r"minutes|accounts|filings|estimates|projections|forecasts|models|tests|findings|signs|things|events|"
    r"years|months|weeks|days|times|rules|laws|plans|details|terms|conditions|yes|news|always|perhaps|"
    r"was|is|has|does|less|unless|thus|this|his|its|us|as|towards|afterwards|sometimes|perhaps|besides|"
    r"guidelines|regulations|circumstances|sources|reasons|analysis|basis|crisis|status|process|business|"
    r"success|access|address|progress|congress|press|mass|class|loss|glass|gas|bus|campus|bonus|virus|focus|"
    r"census|consensus|thesis|series|species|apparatus|chaos|ethos)\s+(?:(?:have|has|had|now|also|still)\s+)*$"
    r"|\b(?:i|we|you|they|he|she|it)\s+(?:\w+\s+)?$"
    # a political party by its members' name: "Tories say", "Democrats argue" (a named body)
    r"|(?-i:\b(?:Tories|Conservatives|Democrats|Republicans|Liberals|Nationalists|Unionists|Greens|Socialists|"
    r"Lib\s+Dems|Nationals|Social\s+Democrats|Christian\s+Democrats|Free\s+Democrats))\s+(?:(?:have|has|had|now|also|still)\s+)*$)"
)
_CONJUNCTIONS_FLAT = r"but|and|while|although|though|as|because|however|yet|that|whereas|so"

_VETOES = []
for _cue in vs.VAGUE_CUES:
    _rx = _cue.veto_left
    if _rx is not None and (vs._NOT_GROUP in _rx.pattern or vs._CONJUNCTIONS in _rx.pattern):
        _flat = _rx.pattern.replace(vs._NOT_GROUP, _NOT_GROUP_FLAT).replace("(?i:" + vs._CONJUNCTIONS + ")", "(?i:" + _CONJUNCTIONS_FLAT + ")")
        _VETOES.append((re.compile(_rx.pattern, _rx.flags), re.compile(_flat, _rx.flags)))

_WORD_RE = re.compile(r"[A-Za-z]+")
_VOCAB = sorted(set(_WORD_RE.findall(_NOT_GROUP_FLAT)) | set(_CONJUNCTIONS_FLAT.split("|")) | {
    "Critics", "experts", "analysts", "Evans", "people", "masses", "public", "than", "many", "make", "Labour", "ſo", "İt",
    "THE", "Sources", "said", "3", "officials"})
_SEPARATORS = [" ", " ", " ", ", ", "; ", "  ", "(", "— ", "\n", ". "]


def _same(window: str) -> None:
    for new, flat in _VETOES:
        for at in range(min(len(window), 6)):
            assert (new.search(window, at) is None) == (flat.search(window, at) is None), window


def test_every_rewritten_veto_is_compared():
    assert len(_VETOES) >= 1
    assert all(new.pattern != flat.pattern for new, flat in _VETOES)


def test_fixed_windows_veto_as_before():
    for window in ["These figures have ", "but the results ", "and they ", ", Tories ", "The experts ",
                   "but Evans ", "and so those long-serving staff ", "Its business ", "the public ", "whose "
                   "analysis ", "Perhaps ", ", and people ", "than many "]:
        _same(window)
        _same("\0" + window)


def test_generated_windows_veto_as_before():
    rng = random.Random(20261207)
    for _ in range(1500):
        window = "".join(rng.choice(_VOCAB) + rng.choice(_SEPARATORS) for _ in range(rng.randint(1, 8)))
        _same(window)
        _same(window.lower())


@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_VOCAB), st.sampled_from(_SEPARATORS)), min_size=1, max_size=8))
def test_any_window_vetoes_as_before(pieces):
    _same("".join(w + s for w, s in pieces))


def _group_before_as_written(text: str, s_start: int, at: int) -> bool:
    """The group test before the verb as it was: every word of the window stripped first."""
    words = [w.strip(",;:()\"'“”‘’") for w in text[max(s_start, at - 90) : at].lower().split()]
    while words and words[-1] in vs._SKIPPABLE:
        words.pop()
    if not words:
        return False
    if vs._plural_like(words[-1]) or words[-1] in vs._QUANTIFIER_WORDS:
        return True
    if len(words) > 1 and words[-2] in vs._QUANTIFIER_WORDS:
        return True  # a quantifier before any one noun ("many wananchi")
    for i in range(len(words) - 2, max(-1, len(words) - 7), -1):
        if words[i] in vs._PREPOSITIONS and i > 0:
            head = words[i - 1]
            return vs._plural_like(head) or head in vs._QUANTIFIER_WORDS
    return False


_GROUP_WORDS = sorted(vs._SKIPPABLE | vs._PREPOSITIONS | vs._QUANTIFIER_WORDS) + [
    "critics", "people", "the", "Mr", "boss", "bus", "(many", "analysts,", "“Some", "’", "x", "masses"]


@settings(deadline=None)
@given(st.lists(st.sampled_from(_GROUP_WORDS), max_size=16).map(" ".join), st.data())
def test_the_group_test_reads_the_words_it_needs_as_before(text, data):
    at = data.draw(st.integers(0, len(text)))
    s_start = data.draw(st.integers(0, at))
    assert vs._group_before(text, s_start, at) == _group_before_as_written(text, s_start, at)

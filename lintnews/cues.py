"""Word-triggered cue matching: many small patterns, run only where a trigger word occurs.

A :class:`Cue` is a short regular expression anchored at a *trigger* word ("led" for
"led to", "intended" for "is intended to"), with optional left-context conditions
checked against the text before the trigger. A :class:`CueSet` indexes its cues by
trigger word, so scanning a sentence costs one dictionary lookup per word (reusing the
cached ``sentence.words``) plus a few anchored matches where a trigger occurs. This is
how the claims and attribution analyses stay cheap on large archives: most sentences
contain no trigger at all and no regular expression runs on them.

Patterns are compiled once, at import, case-insensitively unless a cue says otherwise;
use ``(?-i:...)`` inside a pattern for a case-sensitive part (a capitalised name).
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Pattern, Sequence, Tuple

from . import lazyre
from .document import Sentence
from .wordtrie import FOLDED_WORD, word_finder_source

#: Characters a cue set scans word by word before it compiles its trigger finder.
_COMPILE_AFTER = 50_000
# A word token as lintnews.sentences.WORD_RE splits them, in text with straight apostrophes.
_WORD = FOLDED_WORD

#: Trigger key for any word that starts with a digit ("20", "1,000", "3.5").
DIGIT = "<digit>"

_APOS = str.maketrans({"’": "'", "‘": "'"})


class Cue:
    """One pattern of one kind, anchored at a trigger word.

    :param kind: what the cue detects (``cause``, ``intent``, ``report`` ...).
    :param triggers: the words (lower case) at which ``right`` is tried.
    :param right: regex matched at the trigger word's start; its match is the cue span.
    :param left: regex that must match the text just before the trigger (end with ``$``);
        when it matches, the cue span starts where it starts.
    :param veto_left: regex that, when it matches the text before the trigger, cancels it.
    :param veto_right: regex that cancels the cue when it matches at the trigger.
    :param strong: the stronger form of a kind (rules map it to a higher severity).
    :param label: a short description used in messages.
    :param extend: when false, the left context is checked but not part of the span.
    """

    __slots__ = ("kind", "triggers", "right", "left", "veto_left", "veto_right", "strong", "label", "extend")

    def __init__(
        self,
        kind: str,
        triggers: Iterable[str],
        right: str,
        *,
        left: Optional[str] = None,
        veto_left: Optional[str] = None,
        veto_right: Optional[str] = None,
        strong: bool = True,
        label: str = "",
        extend: bool = True,
        flags: int = re.IGNORECASE,
    ) -> None:
        self.kind = kind
        self.triggers = tuple(triggers)
        # compiled on first use: most cues never fire on a given draft
        self.right = lazyre.compile(right, flags)
        self.left = lazyre.compile(left, flags) if left else None
        self.veto_left = lazyre.compile(veto_left, flags) if veto_left else None
        self.veto_right = lazyre.compile(veto_right, flags) if veto_right else None
        self.strong = strong
        self.label = label
        self.extend = extend

    def __repr__(self) -> str:
        return f"<Cue {self.kind} {self.right.pattern[:40]!r}>"


@dataclass(frozen=True)
class CueHit:
    """A cue found in a sentence: region offsets of the span and the cue itself."""

    sentence: Sentence
    start: int
    end: int
    cue: Cue

    @property
    def kind(self) -> str:
        return self.cue.kind

    @property
    def strong(self) -> bool:
        return self.cue.strong

    @property
    def text(self) -> str:
        return self.sentence.region.text[self.start : self.end]


class CueSet:
    """Cues indexed by trigger word; :meth:`scan` finds them in one sentence."""

    def __init__(self, cues: Sequence[Cue]) -> None:
        self.cues = list(cues)
        index: Dict[str, List[Cue]] = {}
        for cue in self.cues:
            for trigger in cue.triggers:
                index.setdefault(trigger, []).append(cue)
        self._index = index
        words = [t for t in index if t != DIGIT]
        # Built and compiled only once enough text has been scanned to repay it (scan()).
        self._words = words
        self._finder: Optional[Pattern] = None
        self._seen = 0

    @property
    def triggers(self) -> frozenset:
        return frozenset(self._index)

    def scan(self, sentence: Sentence, kinds: Optional[frozenset] = None) -> List[CueHit]:
        """Every cue (optionally only of *kinds*) in *sentence*, in text order.

        Overlapping hits of the same kind are merged into the first one.
        """
        index = self._index
        region = sentence.region
        text = region.text
        low = _lowered(region)
        s_start, s_end = sentence.start, sentence.end
        hits: List[CueHit] = []
        candidates = []
        if self._words:
            if self._seen < _COMPILE_AFTER:
                # Short drafts: look each word up rather than compile the finder.
                self._seen += s_end - s_start
                get = index.get
                for m in _WORD.finditer(low, s_start, s_end):
                    cues = get(m.group())
                    if cues:
                        candidates.append((m.start(), cues))
            else:
                if self._finder is None:
                    self._finder = lazyre.compile(word_finder_source(self._words))
                for m in self._finder.finditer(low, s_start, s_end):
                    candidates.append((m.start(), index[m.group()]))
        digit_cues = index.get(DIGIT)
        if digit_cues:
            for m in _NUMBER.finditer(text, s_start, s_end):
                at = m.start()
                if at == 0 or text[at - 1] not in _NOT_BEFORE_NUMBER:
                    candidates.append((at, digit_cues))
        for at, cues in candidates:
            for cue in cues:
                if kinds is not None and cue.kind not in kinds:
                    continue
                hit = _try(cue, text, s_start, s_end, at)
                if hit is not None:
                    hits.append(CueHit(sentence, hit[0], hit[1], cue))
        if len(hits) > 1:
            hits = _dedupe(hits)
        return hits


# Runs of digits; a number starts at one unless it continues a word, a decimal or a
# thousands group ("F-16", "3.5", "1,000"). A lookbehind here would be slow.
_NUMBER = lazyre.compile(r"[0-9]+")
_NOT_BEFORE_NUMBER = frozenset(".,-_") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_LOWERED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _lowered(region) -> str:
    """The region text in lower case with straight apostrophes, same length (cached)."""
    low = _LOWERED.get(region)
    if low is None:
        low = region.text.lower().translate(_APOS)
        if len(low) != len(region.text):  # rare case-mappings that change length
            low = "".join(c.lower()[:1] or c for c in region.text).translate(_APOS)
        _LOWERED[region] = low
    return low


#: How far back (in characters) a left context may reach.
_WINDOW = 90


def _try(cue: Cue, text: str, s_start: int, s_end: int, at: int) -> Optional[Tuple[int, int]]:
    m = cue.right.match(text, at, s_end)
    if m is None:
        return None
    if cue.veto_right is not None and cue.veto_right.match(text, at, s_end):
        return None
    start = at
    if cue.left is not None or cue.veto_left is not None:
        # Left contexts are short; searching a bounded window keeps this cheap. A window
        # that does not reach the sentence start begins with a NUL, which no pattern
        # matches, so "^" still means the start of the sentence.
        w_start = at - _WINDOW
        if w_start > s_start:
            before = "\0" + text[w_start:at]
            base = w_start - 1
        else:
            before = text[s_start:at]
            base = s_start
        if cue.veto_left is not None and cue.veto_left.search(before):
            return None
        if cue.left is not None:
            lm = cue.left.search(before)
            if lm is None:
                return None
            if cue.extend:
                start = base + lm.start()
            # keep the span tight: skip leading white space of the left context
            while start < at and text[start].isspace():
                start += 1
    return start, m.end()


def _dedupe(hits: List[CueHit]) -> List[CueHit]:
    """Merge overlapping hits of one kind into one span (keeping a strong cue if any)."""
    hits.sort(key=lambda h: (h.start, -h.end))
    out: List[CueHit] = []
    last: Dict[str, int] = {}  # kind -> index in out
    for hit in hits:
        i = last.get(hit.kind)
        if i is not None and hit.start < out[i].end:
            kept = out[i]
            cue = kept.cue if kept.cue.strong or not hit.cue.strong else hit.cue
            out[i] = CueHit(kept.sentence, kept.start, max(kept.end, hit.end), cue)
            continue
        last[hit.kind] = len(out)
        out.append(hit)
    return out


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex alternation of literal *words*, longest first."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)) + ")"


def compile_words(words: Iterable[str]) -> Pattern:
    """A case-insensitive, word-bounded regex for any of *words*."""
    return lazyre.compile(r"\b" + alternation(words) + r"\b", re.IGNORECASE)

"""Run many pack rules over a document in one pass.

Literal phrases of every selected rule go into one word-keyed index (a trie in effect:
first word -> candidate phrases), so the cost per sentence grows with its words, not
with the number of phrases; each sentence's words are tokenised once and shared with
the Python rules. Regular expressions run once per sentence, and only in regions where
a quick search of the whole region finds them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Dict, Iterator, List, Optional, Pattern, Sequence, Tuple

from ..document import Document, Sentence
from ..model import Finding
from ..sentences import WORD_RE
from .base import Hit, PackRule, phrase_regex

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
# A pattern that anchors or looks behind can match in a sentence but not in its region.
_UNSAFE_PREFILTER = re.compile(r"\^|\$|\\A|\\Z|\(\?<[=!]")


def _key(word: str) -> str:
    return word.lower().translate(_APOSTROPHES)


class _Entry:
    __slots__ = ("words", "exact", "rule", "payload")

    def __init__(self, words: Tuple[str, ...], exact: Optional[Tuple[str, ...]], rule: PackRule, payload: Any):
        self.words = words  # lower-cased keys
        self.exact = exact  # original words when the rule is case-sensitive
        self.rule = rule
        self.payload = payload


class Scanner:
    """Compiles a set of pack rules once; :meth:`run` lints a document with all of them."""

    def __init__(self, rules: Sequence[PackRule]) -> None:
        self.rules = list(rules)
        self._index: Dict[str, List[_Entry]] = defaultdict(list)
        self._regexes: List[Tuple[PackRule, Pattern, Any, bool]] = []
        for rule in self.rules:
            for phrase, payload in rule.phrases():
                words = WORD_RE.findall(phrase)
                if words and " ".join(words) == " ".join(phrase.split()):
                    exact = None if rule.ignorecase else tuple(w.translate(_APOSTROPHES) for w in words)
                    self._index[_key(words[0])].append(
                        _Entry(tuple(_key(w) for w in words), exact, rule, payload)
                    )
                else:  # punctuation inside the phrase: fall back to a regex
                    flags = re.IGNORECASE if rule.ignorecase else 0
                    rx = re.compile(phrase_regex(phrase), flags)
                    self._regexes.append((rule, rx, payload, True))
            for rx, payload in rule.regexes():
                prefilter = not _UNSAFE_PREFILTER.search(rx.pattern)
                self._regexes.append((rule, rx, payload, prefilter))
        self._index = dict(self._index)
        self._any_quote = any("quote" in r.scope for r in self.rules)

    def run(self, doc: Document) -> Iterator[Finding]:
        """Yield the findings of every rule, rule by rule, in document order."""
        hits: Dict[PackRule, List[Hit]] = defaultdict(list)
        index = self._index
        for region in doc.regions:
            rules_here = [r for r in self.rules if r.applies_to(region)]
            if not rules_here:
                continue
            regexes = [
                item
                for item in self._regexes
                if item[0] in rules_here and (not item[3] or item[1].search(region.text))
            ]
            for sentence in region.sentences:
                if sentence.quoted and not self._any_quote:
                    continue
                if index:
                    self._phrases(sentence, hits)
                for rule, rx, payload, _ in regexes:
                    self._regex(sentence, rule, rx, payload, hits)
        for rule in self.rules:
            if rule in hits:
                yield from rule.findings(doc, hits[rule])

    def _keep(self, rule: PackRule, hit: Hit) -> bool:
        region = hit.sentence.region
        if not rule.applies_to(region):
            return False
        if "quote" not in rule.scope and region.in_quote(hit.start, hit.end):
            return False
        return rule.accepts(hit)

    def _phrases(self, sentence: Sentence, hits: Dict[PackRule, List[Hit]]) -> None:
        words = sentence.words
        text = sentence.region.text
        index = self._index
        n = len(words)
        for i in range(n):
            entries = index.get(_key(words[i][2]))
            if not entries:
                continue
            for entry in entries:
                k = len(entry.words)
                if i + k > n:
                    continue
                ok = True
                for j in range(1, k):
                    ws, _, w = words[i + j]
                    if _key(w) != entry.words[j] or not text[words[i + j - 1][1] : ws].isspace():
                        ok = False
                        break
                if not ok:
                    continue
                if entry.exact is not None and tuple(
                    w[2].translate(_APOSTROPHES) for w in words[i : i + k]
                ) != entry.exact:
                    continue
                hit = Hit(sentence, words[i][0], words[i + k - 1][1], entry.payload)
                if self._keep(entry.rule, hit):
                    hits[entry.rule].append(hit)

    def _regex(self, sentence: Sentence, rule: PackRule, rx: Pattern, payload: Any, hits) -> None:
        text = sentence.text
        base = sentence.start
        has_flag = "flag" in rx.groupindex
        for m in rx.finditer(text):
            s, e = m.span("flag") if has_flag and m.group("flag") is not None else m.span()
            if e <= s:
                continue
            hit = Hit(sentence, base + s, base + e, m if payload is None else payload)
            if self._keep(rule, hit):
                hits[rule].append(hit)

"""Run many pack rules over a document in one pass per paragraph.

* **Literal phrases** of every selected rule go into one index keyed by their first
  word. Each paragraph is lower-cased once and its words are looked up in the index, so
  the cost grows with the words of the draft, not with the number of phrases; a
  candidate is confirmed with one anchored match of the whole phrase.
* **Regular expressions** are gated by their *necessary literals* (strings one of which
  every match contains, see :mod:`.literals`): a paragraph that contains none of them is
  skipped with a few substring searches. Patterns without anchors or look-around run
  once per paragraph and their matches are assigned to sentences; the others run per
  sentence, so ``^``, ``$`` and look-arounds see exactly one sentence.

Matches that cross a sentence boundary are dropped; matches inside quotations are dropped
unless the rule's scope includes ``quote``.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from typing import Any, Dict, FrozenSet, Iterator, List, Optional, Pattern, Sequence, Tuple

from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document, Region
from lintnews.text.tokens import spaced_words
from lintnews.model import Finding
from lintnews.text.sentences import WORD_RE
from lintnews.matching.tries import FOLDED_WORD, phrase_finder_source
from lintnews.kinds.base import Hit, PackRule
from lintnews.matching.folding import fold, word_spaced
from lintnews.matching.gates import Gates, finder_passes, word_gating
from lintnews.matching.literals import FirstOf, necessary_literals, trigger_sources, triggered_matches, word_start_literals
from lintnews import cache

# Regions are read in their folded form (region.folded: lower case, straight apostrophes,
# every offset kept). A region that is not region.fold_safe (it holds "ı" or "ſ", which
# case-insensitive matching takes for i and s) runs case-insensitive patterns the plain way.
# Patterns with these constructs may match differently in a sentence than in its paragraph.
_SENTENCE_ONLY = lazyre.compile(r"\^|\$|\\A|\\Z|\(\?<?[=!]")


def _phrase_pattern(words: Sequence[str], ends_in_word: bool) -> str:
    """A phrase's words with any white space between them. One that ends in a word ends
    where its last word token does, as the phrase finder has it: not before a word
    character, nor before an apostrophe or hyphen that joins one ("swoop-style")."""
    body = r"\s+".join(re.escape(w).replace("'", "['’]") for w in words)
    return body + (r"(?!\w|['’-]\w)" if ends_in_word else "")


class _Entry:
    """One phrase of one rule; its expressions are written the first time a paragraph
    holds the phrase's first words (most phrases never meet one in a given draft)."""

    __slots__ = ("rule", "payload", "_words", "_folded_words", "_ends", "_folded", "_exact")

    def __init__(self, rule: PackRule, payload: Any, words: List[str], folded_words: List[str], ends: bool):
        self.rule = rule
        self.payload = payload
        self._words, self._folded_words, self._ends = words, folded_words, ends
        self._folded: Optional[Pattern] = None
        self._exact: Optional[Pattern] = None

    @property
    def folded(self) -> Pattern:
        """Matches the folded paragraph at the first word."""
        rx = self._folded
        if rx is None:
            rx = self._folded = lazyre.compile(_phrase_pattern(self._folded_words, self._ends))
        return rx

    @property
    def exact(self) -> Optional[Pattern]:
        """For a case-sensitive rule, what must also match the original text (else None)."""
        if self.rule.ignorecase:
            return None
        rx = self._exact
        if rx is None:
            rx = self._exact = lazyre.compile(_phrase_pattern(self._words, self._ends))
        return rx


#: The flag as a number (``&`` on the enum makes a new flag object each time).
_IGNORECASE = int(re.IGNORECASE)


class _Regex:
    __slots__ = ("rule", "rx", "payload", "gate", "folded_gate", "per_sentence", "trigger")

    def __init__(self, rule: PackRule, rx: Pattern, payload: Any):
        self.rule = rule
        self.rx = rx
        self.payload = payload
        self.folded_gate = bool(int(rx.flags) & _IGNORECASE)
        self.gate: Optional[FrozenSet[str]] = None  # set by Scanner from _derived()
        self.per_sentence = bool(_SENTENCE_ONLY.search(rx.pattern))
        # Finds, in the folded text, the places where a match may begin (see _trigger);
        # set by Scanner from _derived(). None: run the pattern the plain way.
        self.trigger: Optional[Any] = None  # a compiled pattern or a FirstOf of several

    def finditer(self, text: str, folded: str, base: int, unsafe: bool) -> Iterator["re.Match"]:
        """``rx.finditer(text)``, where ``folded[base:base + len(text)]`` is the fold of
        *text*; *unsafe* when the text is not fold-safe (``region.fold_safe``)."""
        trigger = self.trigger
        if trigger is None or (unsafe and self.folded_gate):
            return self.rx.finditer(text)
        return triggered_matches(self.rx.match, trigger.search, text, folded, base)


class _Key:
    """The phrases that begin with one word: one-word phrases, and longer ones by their
    second word (so that a common first word such as "the" costs one dictionary lookup,
    not one regex match per phrase)."""

    __slots__ = ("single", "by_second")

    def __init__(self) -> None:
        self.single: List[_Entry] = []
        self.by_second: Dict[str, List[_Entry]] = defaultdict(list)


_WORD_AT = FOLDED_WORD
_NEXT_WORD = lazyre.compile(r"\s+(" + FOLDED_WORD.pattern + ")")


class Scanner:
    """Compiles a set of pack rules once; :meth:`run` lints a document with all of them."""

    def __init__(self, rules: Sequence[PackRule]) -> None:
        self.rules = list(rules)
        phrases_seen: set = set()
        #: (rule, payload, shape) of each phrase, made into the index on first use.
        self._phrase_items: List[Tuple[PackRule, Any, Any]] = []
        self._index_built: Optional[Dict[str, _Key]] = None
        self._regexes: List[_Regex] = []
        phrases = [list(rule.phrases()) for rule in self.rules]
        shapes = iter(_phrase_shapes([phrase for found in phrases for phrase, _ in found]))
        for rule, found in zip(self.rules, phrases):
            for phrase, payload in found:
                shape = next(shapes)
                if shape:
                    phrases_seen.add(" ".join(shape[1]))
                    self._phrase_items.append((rule, payload, shape))
                else:  # punctuation inside the phrase: a literal regex instead
                    rx = lazyre.compile(_literal_regex(phrase), 0 if not rule.ignorecase else _IGNORECASE)
                    self._regexes.append(_Regex(rule, rx, payload))
            for rx, payload in rule.regexes():
                self._regexes.append(_Regex(rule, rx, payload))
        self._has_phrases = bool(self._phrase_items)
        # Whole phrases found in C; only positions where some phrase occurs reach Python.
        derived = _derived(sorted(phrases_seen), [(i.rx.pattern, i.folded_gate) for i in self._regexes])
        for item, gate, trigger in zip(self._regexes, derived["gates"], derived["triggers"]):
            item.gate = gate
            # Not for a pattern run under RE2 (a user's pack): its finditer is linear already,
            # while each match() from a trigger position would encode the text again.
            if not trigger or getattr(item.rx, "linear", False):
                item.trigger = None
            elif len(trigger) == 1:
                item.trigger = lazyre.compile(trigger[0])
            else:  # one per first word (see literals.trigger_sources)
                item.trigger = FirstOf([lazyre.compile(t) for t in trigger])
        self._finder = lazyre.compile(derived["finder"]) if self._has_phrases else None
        self._phrase_runs: Dict[str, List[str]] = derived["phrase_runs"]
        self._run_keys = frozenset(self._phrase_runs)
        self._finder_passes = finder_passes(derived["finder"]) if self._has_phrases else None
        self._any_quote = any("quote" in r.scope for r in self.rules)
        self._kinds = frozenset(k for r in self.rules for k in r.scope)
        self._folded_gates = Gates(g for i in self._regexes if i.gate and i.folded_gate for g in i.gate)
        self._exact_gates = Gates(g for i in self._regexes if i.gate and not i.folded_gate for g in i.gate)
        # gate string -> positions of the regexes it opens (folded and exact kept apart)
        self._by_gate: Dict[Tuple[bool, str], List[int]] = defaultdict(list)
        self._ungated: List[int] = []
        for n, item in enumerate(self._regexes):
            if item.gate is None:
                self._ungated.append(n)
            else:
                for g in item.gate:
                    self._by_gate[(item.folded_gate, g)].append(n)
        self._word_gates, self._word_ungated, self._by_word_gate = word_gating(
            [(i.gate, i.folded_gate) for i in self._regexes], derived["word_gates"]
        )

    def run(self, doc: Document, settings: Any = None) -> Iterator[Finding]:
        """Yield the findings of every rule, rule by rule, in document order; *settings*
        (the file's) decide the rules' ``unless`` conditions (attribution)."""
        hits: Dict[PackRule, List[Hit]] = defaultdict(list)
        kinds = self._kinds
        for region in doc.regions:
            if region.kind not in kinds or (region.blockquote and "blockquote" not in kinds):
                continue
            text = region.text
            folded = region.folded
            unsafe = not region.fold_safe
            spaced_text = region.folded_spaced
            if self._has_phrases and self._may_hold_phrase(folded, spaced_words(region)):
                self._phrases(region, folded, hits, spaced_text)
            if not self._regexes:
                continue
            by_gate = self._by_gate
            if unsafe or self._word_gates is None:
                chosen = set(self._ungated)
                for g in self._folded_gates.present(folded):
                    chosen.update(by_gate[(True, g)])
            else:  # the quicker word-start gates (an unsafe fold could hide one)
                chosen = set(self._word_ungated)
                by_word = self._by_word_gate
                for g in self._word_gates.present(folded, spaced_text):
                    chosen.update(by_word[g])
            if self._exact_gates:
                for g in self._exact_gates.present(text):
                    chosen.update(by_gate[(False, g)])
            for n in sorted(chosen):
                item = self._regexes[n]
                if not item.rule.applies_to(region):
                    continue
                if item.per_sentence:
                    self._regex_sentences(region, item, hits, folded, unsafe)
                else:
                    self._regex_region(region, item, hits, folded, unsafe)
        for rule in self.rules:
            if rule in hits:
                yield from rule.findings(doc, rule.unless_dropped(doc, hits[rule], settings))

    # -- helpers ----------------------------------------------------------------------

    def _add(self, rule: PackRule, region: Region, start: int, end: int, payload: Any, out: List[Hit]) -> bool:
        """Append a hit to *out* if it passes scope, quotes and exceptions.

        Returns False only when the span runs over the end of its sentence.
        """
        k = bisect.bisect_right(region.sentence_starts, start) - 1
        if k < 0:
            return False
        sentence = region.sentences[k]
        if end > sentence.end:
            return False
        if sentence.quoted and "quote" not in rule.scope:
            return True
        if "quote" not in rule.scope and region.in_quote(start, end):
            return True
        hit = Hit(sentence, start, end, payload)
        if rule.accepts(hit):
            out.append(hit)
        return True

    @property
    def _index(self) -> Dict[str, _Key]:
        """The phrases by their first word (and second), made the first time a paragraph
        may hold one (most drafts' paragraphs hold none)."""
        index = self._index_built
        if index is None:
            keys: Dict[str, _Key] = defaultdict(_Key)
            for rule, payload, (words, folded, ends) in self._phrase_items:
                entry = _Entry(rule, payload, words, folded, ends)
                if len(folded) == 1:
                    keys[folded[0]].single.append(entry)
                else:
                    keys[folded[0]].by_second[folded[1]].append(entry)
            index = self._index_built = dict(keys)
        return index

    def _may_hold_phrase(self, folded: str, words: Optional[Tuple[str, List[str]]] = None) -> bool:
        """False when the folded text holds no phrase's runs of word characters one after
        the other (see :func:`_phrase_runs`): the phrase finder need not scan it.

        *words*, the region's :func:`lintnews.text.tokens.spaced_words` when known, tell
        first whether it holds any phrase's key run at all (most paragraphs hold none):
        its runs are its words, those with an apostrophe or a hyphen cut there."""
        if words is not None:
            spaced, split = words
            keys = self._run_keys
            if keys.isdisjoint(split) and (
                ("'" not in spaced and "-" not in spaced)
                or keys.isdisjoint(spaced.replace("'", " ").replace("-", " ").split())
            ):
                return False
        if folded.isascii():
            runs = word_spaced(folded).split()
        elif not any(c.isalnum() for c in set(folded) if c > "\x7f"):
            # every character beyond ASCII is one a word cannot hold (a quotation mark,
            # a dash, "£"): as a non-word ASCII character ("?") it splits the runs the same
            runs = word_spaced(folded.encode("ascii", "replace").decode("ascii")).split()
        else:
            runs = _WORD_RUN.findall(folded)
        found = self._run_keys.intersection(runs)
        if not found:
            return False
        text = " %s " % " ".join(runs)
        by_key = self._phrase_runs
        return any(need in text for key in found for need in by_key[key])

    def _candidates(self, folded: str, spaced_text: Optional[str] = None) -> Iterator[Tuple[int, "re.Match"]]:
        """Start offsets (and first-word matches) where some phrase may begin."""
        finder = self._finder.compiled
        if self._finder_passes is not None:
            # Every place where the finder matches, in order (as the loop below finds them)
            match = finder.match
            for start in self._finder_passes.starts(folded, spaced_text):
                if match(folded, start) is not None:
                    yield start, _WORD_AT.match(folded, start)
            return
        m = finder.search(folded)
        while m is not None:
            start = m.start()
            m_next = finder.search(folded, start + 1)  # phrases may start inside this one
            yield start, _WORD_AT.match(folded, start)
            m = m_next

    def _phrases(self, region: Region, folded: str, hits, spaced_text: Optional[str] = None) -> None:
        index = self._index
        text = region.text
        skip_quoted = None  # worked out at the first candidate: most paragraphs have none
        for start, word in self._candidates(folded, spaced_text):
            key = index[word.group()]
            if skip_quoted is None:
                skip_quoted = not self._any_quote and any(s.quoted for s in region.sentences)
            if skip_quoted and region.in_quote(start, word.end()):
                continue
            entries = key.single
            if key.by_second:
                nxt = _NEXT_WORD.match(folded, word.end())
                if nxt is not None:
                    more = key.by_second.get(nxt.group(1))
                    if more:
                        entries = entries + more if entries else more
            for entry in entries:
                found = entry.folded.match(folded, start)
                if found is None:
                    continue
                end = found.end()
                exact = entry.exact
                if exact is not None and not exact.match(text, start):
                    continue
                if entry.rule.applies_to(region):
                    self._add(entry.rule, region, start, end, entry.payload, hits[entry.rule])

    def _regex_region(self, region: Region, item: _Regex, hits, folded: str, unsafe: bool) -> None:
        found: List[Hit] = []
        for m in item.finditer(region.text, folded, 0, unsafe):
            start, end = _span(m)
            if end <= start:
                continue
            if not self._add(item.rule, region, start, end, m if item.payload is None else item.payload, found):
                # A match ran over a sentence end: look inside each sentence instead.
                self._regex_sentences(region, item, hits, folded, unsafe)
                return
        hits[item.rule].extend(found)

    def _regex_sentences(self, region: Region, item: _Regex, hits, folded: str, unsafe: bool) -> None:
        out = hits[item.rule]
        text = region.text
        for sentence in _sentences_to_try(region, item, folded, unsafe):
            if sentence.quoted and "quote" not in item.rule.scope:
                continue
            base = sentence.start
            for m in item.finditer(text[base : sentence.end], folded, base, unsafe):
                start, end = _span(m)
                if end > start:
                    self._add(item.rule, region, base + start, base + end, m if item.payload is None else item.payload, out)


def _sentences_to_try(region: Region, item: _Regex, folded: str, unsafe: bool) -> Iterator[Any]:
    """The sentences of *region*, in order, less those where a triggered pattern cannot
    match: a sentence whose folded text holds none of its leading literals."""
    sentences = region.sentences
    trigger = item.trigger
    if trigger is None or (unsafe and item.folded_gate):
        yield from sentences
        return
    search = trigger.search
    starts = region.sentence_starts
    n = len(sentences)
    hit = search(folded)
    while hit is not None:
        k = bisect.bisect_right(starts, hit.start()) - 1
        if k < 0:  # before the first sentence
            hit = search(folded, starts[0]) if n else None
            continue
        sentence = sentences[k]
        if hit.start() < sentence.end:
            # A literal that starts here may still run past the sentence's end: the
            # sentence is tried, and its own search (bounded by its end) decides.
            yield sentence
        hit = search(folded, starts[k + 1]) if k + 1 < n else None


#: A run of word characters.
_WORD_RUN = lazyre.compile(r"\w+")


def _phrase_runs(phrases: List[str]) -> Dict[str, List[str]]:
    """Each phrase (folded words joined by spaces) as its runs of word characters, each
    between two spaces (``" would of "``, ``" nerve wrecking "``), by its longest run
    that is not one of the commonest words (:data:`_COMMON_RUNS`; by its longest run if
    all are), so that few paragraphs hold a key.

    Where the phrase finder matches, the phrase's runs stand one after the other with
    no word character before, after or between them: they are runs of the text's word
    characters, one after the other. A text whose runs of word characters do not hold a
    phrase's, in order, does not hold the phrase."""
    keys: Dict[str, List[str]] = {}
    for phrase in phrases:
        runs = _WORD_RUN.findall(phrase)
        rare = [run for run in runs if run not in _COMMON_RUNS] or runs
        keys.setdefault(max(rare, key=len), []).append(" %s " % " ".join(runs))
    return keys


#: Words most paragraphs of news copy hold: no phrase is keyed by one of them if it has
#: another run (a key only decides how often the gate looks further).
_COMMON_RUNS = frozenset(
    """the a an of to in on at for by with from as and or but not no so if than then
    was were is are be been being has have had do does did would could should will can
    may might must one all some any it its this that these those there their they them
    he she we you i his her our who which what when where how up out about over after
    more most only also just said says time first made make get back good""".split()
)


def _phrase_shapes(phrases: List[str]) -> List[Any]:
    """For each phrase, its words (as :data:`WORD_RE` splits them), their folds and
    whether it ends in a word character; None for a phrase with punctuation inside,
    which runs as a literal regex. Kept in the on-disk cache (the phrases are the packs'
    own), so a pre-commit call does not split and fold every phrase again."""

    def build() -> List[Any]:
        out: List[Any] = []
        for phrase in phrases:
            words = WORD_RE.findall(phrase)
            if words and " ".join(words) == " ".join(phrase.split()):
                ends = phrase.rstrip()[-1:].isalnum() or phrase.rstrip()[-1:] == "_"
                out.append((words, [fold(w) for w in words], ends))
            else:
                out.append(None)
        return out

    return cache.derived("scanner-phrases", tuple(phrases), build)


def _derived(phrases: List[str], regexes: List[Tuple[str, bool]]) -> Dict[str, Any]:
    """What a scanner derives from its rules by parsing their patterns (the necessary
    literals of each regex, the phrase finder's source): kept in the on-disk cache with
    the compiled patterns (all of it comes from the packs), so a pre-commit call does not
    parse a hundred patterns to lint one short draft."""
    from lintnews import cache

    def build() -> Dict[str, Any]:
        return {
            "gates": [necessary_literals(p, ignorecase) for p, ignorecase in regexes],
            "triggers": [_trigger(p, ignorecase) for p, ignorecase in regexes],
            "word_gates": [word_start_literals(p, True) if ignorecase else None for p, ignorecase in regexes],
            "finder": phrase_finder_source(phrases) if phrases else "",
            "phrase_runs": _phrase_runs(phrases),
        }

    return cache.derived("scanner", (tuple(phrases), tuple(regexes)), build)


def _trigger(pattern: str, ignorecase: bool) -> Tuple[str, ...]:
    """:func:`.literals.trigger_sources` of *pattern*. Case-insensitive patterns fold
    wrongly only in regions that are not fold-safe, which skip it."""
    return trigger_sources(pattern)


def _span(m: "re.Match") -> Tuple[int, int]:
    if "flag" in m.re.groupindex and m.group("flag") is not None:
        return m.span("flag")
    return m.span()


def _literal_regex(phrase: str) -> str:
    parts = [re.escape(p) for p in phrase.split()]
    head = r"\b" if phrase[:1].isalnum() or phrase[:1] == "_" else ""
    tail = r"\b" if phrase[-1:].isalnum() or phrase[-1:] == "_" else ""
    return head + r"\s+".join(parts) + tail

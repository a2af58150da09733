"""Sentence splitting, word tokens and quotation spans for English news copy.

The splitter is rule-based and conservative: it splits after ``.``, ``!``, ``?`` or ``…``
(plus any closing quote or bracket) followed by white space and a capital letter, digit or
opening quote, unless the word before the full stop is an abbreviation ("Mr.", "No. 10",
"Jan. 5"), an initial ("J. K. Rowling") or a dotted acronym ("U.S.") that runs on into
the same sentence. Decimals ("3.5%") never split because no white space follows the point.
"""

from __future__ import annotations

from typing import List, Tuple

from lintnews.matching import patterns as lazyre

Span = Tuple[int, int]

# Titles and other abbreviations that are almost never the end of a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr prof rev fr sr jr st mt ft gen lt col capt cpt sgt cpl maj adm cmdr
    gov sen rep pres supt insp det hon sens reps govs messrs mme mlle
    vs v etc cf ie eg al approx est dept univ assn bros inc ltd co corp plc llc
    fig figs vol vols ch sec art para pp ed eds""".split()
)
# Abbreviations that are not a sentence end when a number follows ("No. 10", "Jan. 5").
_BEFORE_NUMBER = frozenset(
    """no nos p op art ch fig vol sec pt jan feb mar apr jun jul aug sep sept oct nov dec
    tel ext""".split()
)
# Words that begin a new sentence after a dotted acronym ("... in the U.S. The next ...").
_SENTENCE_STARTERS = frozenset(
    """the a an it its he she they we i you this that these those there but and or so yet
    in on at for with as after before when while if although though however meanwhile
    his her their our my one some many most all no not last next earlier later""".split()
)

# The first punctuation mark is written out on its own ("[.!?…][.!?…]*", not "[.!?…]+"):
# an expression that opens with a character class lets the engine skip to the next
# mark in C instead of trying the whole expression at every character.
_CANDIDATE = lazyre.compile(r"[.!?…][.!?…]*[\"”’')\]]*(?=(\s+)[\"“‘(\[]?[A-Z0-9])")
# The same for text whose only sentence-ending mark is the full stop (most paragraphs):
# an expression that opens with a literal is skipped to faster still.
_FULL_STOP = lazyre.compile(r"\.[.!?…]*[\"”’')\]]*(?=(\s+)[\"“‘(\[]?[A-Z0-9])")
_NEXT_WORD = lazyre.compile(r"\s+[\"“‘(\[]?([\w'’-]+)")
# The word before a full stop, read backwards: letters and digits (\w is isalnum() or
# "_") with dots, apostrophes and hyphens.
_WORD_BEFORE_REVERSED = lazyre.compile(r"[\w.'’-]*")

#: A word: letters/digits joined by internal apostrophes or hyphens ("Moscow’s", "F-16s").
WORD_RE = lazyre.compile(r"\w+(?:[-'’]\w+)*")


def _next_word(text: str, after: int) -> str:
    nxt = _NEXT_WORD.match(text, after)
    return nxt.group(1) if nxt else ""


def _is_boundary(text: str, dot: int, after: int, verdicts: dict) -> bool:
    """Decide whether the punctuation at ``text[dot]`` ends the sentence (*verdicts*
    remembers what the words before full stops say, for one text)."""
    if text[dot] != ".":
        return True
    # The word before the full stop, at most 64 characters back: one match over the
    # reversed characters (a search anchored at the end would retry every start).
    lo = max(0, dot - 64)
    size = _WORD_BEFORE_REVERSED.match(text[lo:dot][::-1]).end()
    if not size:
        return True
    word = text[dot - size : dot]
    verdict = verdicts.get(word)
    if verdict is None:
        verdict = verdicts[word] = _verdict(word)
    if verdict is _STARTER:
        return _next_word(text, after).lower() in _SENTENCE_STARTERS
    if verdict is _DIGIT:
        return not _next_word(text, after)[:1].isdigit()
    return verdict


# What the word before a full stop says: the full stop ends the sentence (True), does
# not (False), or does when the next word starts a sentence (_STARTER) or is no number
# (_DIGIT). Remembered per word within one text only: nothing of a draft outlives its
# lint call.
_STARTER, _DIGIT = "starter", "digit"


def _verdict(word: str):
    bare = word.strip(".'’-").lower()
    if "." in word.strip("."):
        # Dotted acronym or abbreviation: U.S. / e.g. / a.m.
        if bare.replace(".", "") in ("eg", "ie", "cf"):
            return False
        return _STARTER
    if bare in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. K. Rowling" (also when a number follows: "P. 5")
    if bare in _BEFORE_NUMBER:
        return _DIGIT
    return True


def split_sentences(text: str) -> List[Span]:
    """Split *text* into sentence spans ``(start, end)``, trimmed of outer white space."""
    out: List[Span] = []
    start = 0
    verdicts: dict = {}
    candidate = _CANDIDATE if ("!" in text or "?" in text or "…" in text) else _FULL_STOP
    for m in candidate.finditer(text):
        dot, end = m.span()
        if text[dot] != "." or _is_boundary(text, dot, end, verdicts):
            # A sentence ends in its punctuation (no white space) and the next starts
            # after the white space the look-ahead read (where no white space is, and
            # no punctuation: the next candidate comes later), so only the first and the
            # last sentence may need trimming.
            out.append((start, end))
            start = m.end(1)
    if out and text[:1].isspace():
        s, e = out[0]
        out[0] = (len(text) - len(text.lstrip()), e)
    _add_trimmed(out, text, start, len(text))
    return out
def _add_trimmed(out: List[Span], text: str, s: int, e: int) -> None:
    """Append ``(s, e)`` without white space at either end, unless nothing is left
    (``str.strip`` and ``str.isspace`` agree on what white space is)."""
    piece = text[s:e]
    body = piece.strip()
    if body:
        s += len(piece) - len(piece.lstrip())
        out.append((s, s + len(body)))


_QUOTE_CHARS = lazyre.compile("[\"“‘]")
_OPENING = '"“‘'  # the marks _QUOTE_CHARS finds
_CLOSE_FOR = {"“": "”", '"': '"', "‘": "’"}


def find_quotes(text: str) -> List[Span]:
    """Return the spans of direct quotations in *text*, quote marks included.

    Handles straight and curly double quotes and curly single quotes used as
    quotation marks (an opening ‘ after a space or bracket; a ’ followed by a letter is
    an apostrophe, not a closing mark). A quotation left open at the end of a paragraph
    runs to its end, as news style does for a quote that continues into the next one;
    in text whose paragraphs were run together, a straight quote that opens again after a
    sentence end starts a new quotation.
    """
    spans: List[Span] = []
    marks = [ch for ch in _OPENING if ch in text]
    if not marks:
        return spans  # most paragraphs: no quotation mark at all
    # With one kind of mark, the next one is found by str.find (faster than the class).
    mark = marks[0] if len(marks) == 1 else None
    n = len(text)
    pos = 0
    while True:
        if mark is not None:
            i = text.find(mark, pos)
            if i < 0:
                return spans
        else:
            m = _QUOTE_CHARS.search(text, pos)
            if m is None:
                return spans
            i = m.start()
        ch = text[i]
        if ch == "‘" and not (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-"):
            pos = i + 1
            continue
        if ch == '"' and 0 < i < n - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            pos = i + 1  # inches, or a stray mark inside a word
            continue
        close = _CLOSE_FOR[ch]
        j = text.find(close, i + 1)
        while close == "’" and j != -1 and j + 1 < n and text[j + 1].isalpha():
            j = text.find(close, j + 1)
        if j == -1:
            spans.append((i, n))
            return spans
        if ch == '"' and _reopens(text, j):
            # A new quoted paragraph opens: 'Yes. "Also ...' (the first had no closing mark).
            k = j
            while k > i and text[k - 1].isspace():
                k -= 1
            spans.append((i, k))
            pos = j
            continue
        spans.append((i, j + 1))
        pos = j + 1


def _reopens(text: str, j: int) -> bool:
    """True when the straight quote at *j* opens a new quotation inside an open one.

    Copy whose paragraphs were run together keeps news style's continued quotation:
    a quoted paragraph has no closing mark and the next one opens again. A mark after
    a sentence end and a space, before a word, is such an opening, not a closing.
    """
    return (
        j >= 2
        and text[j - 1] == " "
        and text[j - 2] in ".!?…"
        and j + 1 < len(text)
        and text[j + 1].isalnum()
    )

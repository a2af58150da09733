"""Folding: the one way text is made lower-case (and "spaced") for quick scans.

The fast paths of the pack scanner, the cue sets, the hedging scan and the garbled
rules look for lower-case ASCII words in a *folded* copy of a paragraph and then run
the real, case-insensitive expression on the text itself at the places found. That is
only right when the folded copy has each character where the text has it and holds a
pattern's lower-case letter wherever case-insensitive matching would match it:

- :func:`fold` lower-cases without changing the length: "İ", whose lower case is two
  characters, becomes "i" (what ``re``'s case-insensitive matching takes it for), and
  the curly single quotes become the straight apostrophe;
- :data:`UNSAFE` holds the two characters that case-insensitive matching takes for an
  ASCII letter although their fold is not that letter ("ı" for i, "ſ" for s): a text
  holding one (:func:`fold_safe` is False) is matched the plain way.

The *spaced* forms of ASCII text make every character a scan does not care about a
space, so that ``re`` skips from one space to the next: :func:`spaced` keeps word
characters, apostrophes and hyphens (the characters of a word token), :func:`word_spaced`
keeps word characters only. Translating ASCII text as bytes costs a fifth of
``str.translate``.

A document computes each form of a region once (``region.folded``, ``region.spaced``,
``region.folded_spaced``, ``region.fold_safe``: see :mod:`lintnews.text.document`).
"""

from __future__ import annotations

from typing import Iterable, Optional

from lintnews.matching import patterns as lazyre

#: Characters that case-insensitive matching takes for an ASCII letter ("ı" for i, "ſ"
#: for s) while :func:`fold` keeps them: a folded text holding one may miss a match.
UNSAFE = lazyre.compile("[\u0131\u017f]")


def fold(text: str) -> str:
    """*text* lower-cased, of the same length, with straight apostrophes.

    A character whose lower case is longer ("İ") becomes the first character of it
    ("i"), the curly single quotes "’" and "‘" become "'": every offset of the text is
    an offset of its fold."""
    low = text.lower()
    if len(low) != len(text):  # a few characters grow when lower-cased ("İ")
        low = "".join([c.lower()[:1] for c in text])
    return low.replace("’", "'").replace("‘", "'")  # as str.translate, but faster


def fold_safe(text: str) -> bool:
    """True when a case-insensitive pattern of ASCII characters matches *text* only
    where :func:`fold` of *text* holds the pattern's lower case: no :data:`UNSAFE`
    character."""
    return text.isascii() or UNSAFE.search(text) is None


def _spacing(keep: str) -> bytes:
    """A byte table that makes every ASCII character a space but word characters and
    the characters of *keep* (bytes above 127 never occur in ASCII text)."""
    return bytes(c if c < 128 and (chr(c).isalnum() or chr(c) in "_" + keep) else 32 for c in range(256))


#: ASCII characters that :func:`spaced` makes spaces: neither word characters nor a
#: space, an apostrophe or a hyphen.
TO_SPACE = "".join(c for c in map(chr, range(128)) if not (c.isalnum() or c in "_ '-"))
_SPACED = _spacing(" '-")
_WORD_SPACED = _spacing(" ")


def spaced(text: str) -> Optional[str]:
    """*text* with the characters of :data:`TO_SPACE` made spaces, when it is ASCII (else
    None). A word token (letters, digits and "_" joined by apostrophes or hyphens) stays
    as it is, and every other character before or after it is a space; so a place after
    a non-word character is still one, and a space, an apostrophe or a hyphen comes
    before it."""
    return text.encode("ascii").translate(_SPACED).decode("ascii") if text.isascii() else None


def word_spaced(text: str) -> str:
    """ASCII *text* with every character but word characters made a space (apostrophes
    and hyphens too)."""
    return text.encode("ascii").translate(_WORD_SPACED).decode("ascii")


def keeps(strings: Iterable[str]) -> bool:
    """Whether no string holds a character that :func:`spaced` changes."""
    return not any(c in TO_SPACE for s in strings for c in s)

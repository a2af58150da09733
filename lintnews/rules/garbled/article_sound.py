"""GRB020 article-sound: "a" before a vowel sound, "an" before a consonant sound."""

from __future__ import annotations

import bisect
from typing import Iterator

from lintnews.matching import patterns as lazyre
from lintnews.model import Finding, Severity
from lintnews.rule import DEFAULT_SCOPE, Rule
from lintnews.text.document import Document

__all__ = ["ArticleSound"]

# An article and the lower-case word after it (a hyphenated word's first part); not a
# letter in a list ("a) ..."), not part of a longer token.
# Only pairs that may be wrong are matched: "a" before a vowel letter, "an" before a
# consonant letter other than h and x (English writes "an hour", "an X-ray"). The
# expression starts with the letter itself, so the engine skips in C to each "a" or "A"
# and looks behind it only there.
_PAIR = lazyre.compile(
    r"([aA])(?<![\w'’.-].)(?:(n)\s+[\"“]?(?=[bcdfghjklmnpqrstvwyzBCDFGJKLMNPQRSTVWYZ])|\s+[\"“]?(?=[aeiouAEIOU]))"
    r"([A-Z]?[a-z]+)(?=[\s,;:.!?)\"”’-]|$)(?![.][a-z])"
)
# An article before a number or an abbreviation in capitals, whose sound is read off its
# first digit or letter: "an 35-year-old", "a 8-hour shift", "a 11-day strike", "a IT
# firm", "an BBC crew". Only the cases one reading settles are matched: "a" before 8
# (eight, eighty, eight hundred), 11 or 18 (eleven, eighteen) as a whole number or
# before a hyphen or a thousands comma; "an" before 2-7 or 9 (twenty..., nine); "a"
# before an abbreviation starting A, E, I or O, "an" before one starting with a letter
# said with a consonant (B, C, D, G, J, K, P, Q, T, V, W, Y, Z; "an MP", "an SNP", "a
# NATO" are said either way and left alone).
# (The article first and the character before it tested after it, as in _PAIR: ``re``
# skips to an "a" in C instead of trying the look-behind at every character.)
_PAIR_SIGN = lazyre.compile(
    r"([aA])(?<![\w'’.-].)(?:(n)\s+([2-79]\d*|[BCDGJKPQTVWYZ][A-Z]{1,4}|U(?!MNO)[A-Z]{1,4})(?![\w.,]\d)"
    r"|\s+(8[\d,.]*|1[18](?:,\d{3})*(?![\d.,])|(?!EU[A-Z]|ONE|ONC)[AEIO][A-Z]{1,4}))(?=[\s,;:.!?)\"”’%-]|$)"
)
# Words spelt with a vowel but said with a consonant sound ("a union", "a one-off").
_YOU_OR_WON = lazyre.compile(
    r"(?:uni(?:on|que|t|ver|form|fi|fy|son|corn|cef|lateral|sex|cycle|code|lever)|unan|use|usu|usa|usi|uti|ute|uta|uru|uef|ure"
    r"|uri|ura|ufo|uk|ubi|uga|ulu|eu|ewe|one|once|ouija)"
)
# "an hour", "an honest": a silent h; "an historic", "an hotel", "an hypothesis" are still
# written where the first syllable is unstressed. "an" before any other lower-case h-word
# is a slip ("an huge", "an hospital"); a capitalised one (a name) is left alone.
_AN_BEFORE_H = lazyre.compile(
    r"(?:hour|honest|honou?r|heir|herb|hors|homage|historic|historian|hisp|hotel|hyp|hab|hered|heroi|horrif|hyster|hilar"
    r"|halluc|harmon|homogen|homolog|hom[oe]opath|humongous)"
)
# Letters said with a vowel sound when spelt out ("an x-ray", "an mp"); a token without
# a vowel is an abbreviation said letter by letter.
_VOWEL_LETTERS = lazyre.compile(r"[aeiou]")


def _wrong(article: str, word: str) -> bool:
    """Whether *article* ("a" or "an") is the wrong one before the lower-case *word*."""
    capitalised = word[:1].isupper()
    word = word.lower()  # a capitalised word ("an Black Lives Matter march"), not an abbreviation
    if len(word) < 2 or not _VOWEL_LETTERS.search(word):
        return False  # a letter or an abbreviation
    if word[0] == "h":
        # "a hotel" and "an hotel" are both written; "an" before a stressed h is a slip.
        return article == "an" and not capitalised and not _AN_BEFORE_H.match(word)
    vowel_sound = word[0] in "aeiou" and not _YOU_OR_WON.match(word)
    if article == "an":
        return not vowel_sound and word[0] not in "aeioux" and not word.startswith(("mp", "nhs", "fbi", "mri", "fda", "lgbt"))
    return vowel_sound


# Words after which an article inside a quotation is a speaker's false start, not a slip.
_SPOKEN_FALSE_START = frozenset(
    "on in at of or and if up out as it is its all any each even ever either us upon into onto "
    "about above after again against among around off over under until unless".split()
)


# Where either expression may match, in the folded text: "a" or "an" before white space,
# not after a word character, a point or a hyphen (an apostrophe there may have been a
# quotation mark: the expressions test it). A literal first, which ``re`` skips to in C.
_ARTICLE = lazyre.compile(r"a(?<![\w.-].)n?\s")


def _pairs(text: str, folded: str):
    """``(match, word, sign)`` for the article-word pairs of *text* to judge, in order;
    *sign* is the number or abbreviation of a pair already known wrong (else None).
    *folded* is the text lower-cased (its offsets kept, apostrophes straight): the two
    expressions are tried only at the articles found there, as their own searches would
    (each next match starts where the last one ended, or later)."""
    places = [m.start() for m in _ARTICLE.finditer(folded)]
    if not places:
        return []
    found = [(m, m.group(3), None) for m in _matches(_PAIR, text, places)]
    signs = [(m, None, m.group(3) or m.group(4)) for m in _matches(_PAIR_SIGN, text, places)]
    if signs:
        found = sorted(found + signs, key=lambda pair: pair[0].start())
    return found


def _matches(pattern, text: str, places):
    """``pattern.finditer(text)`` where a match can only start at one of *places*."""
    out = []
    at = 0
    for place in places:
        if place >= at:
            m = pattern.match(text, place)
            if m is not None:
                out.append(m)
                at = m.end()
    return out


class ArticleSound(Rule):
    """What it flags: "an" before a word that starts with a consonant sound ("an comet", "an
    young dinosaur", "an huge crowd") and "a" before one that starts with a vowel sound
    ("a installed capacity", "a early lead"): the slip an edit leaves when a word before
    the noun is added or removed.

    The same for numbers, percentages and abbreviations whose first sound one reading
    settles: "an 35-year-old", "a 8-hour shift", "a 8% rise", "a 11-day strike", "a IT
    firm", "an BBC crew", "an UN envoy" (U is said "you").

    Not flagged: words spelt with a vowel and said with a consonant ("a union", "a
    European", "a one-off"), numbers and abbreviations read two ways ("a 180", "an MP",
    "a NATO summit"), words with an h English writes both ways ("an historic", "a
    hotel", "an hypothesis"), "an" before a capitalised h-word (a name may be French:
    "an Hermès bag"), "an UMNO" (said as a word), abbreviations said letter by letter
    ("an MP", "a NATO summit"). Inside quotations the word pairs are checked too (nobody
    says "an lot": the slip is the transcription's), but not a dropped h ("an
    'orrible"), numbers and abbreviations, or a false start before a short function
    word ("it's a on a free").

    Why: the reader hears the wrong article at once; it looks like an unrevised edit.

    Instead: the other article (suggested).

    Fix safety: the fix swaps the article; it is unsafe (applied only with
    --unsafe-fixes), since a name or an abbreviation may be said either way.
    """

    code = "GRB020"
    name = "article-sound"
    category = "garbled"
    severity = Severity.WARNING
    # Inside quotations too: nobody says "an lot", so a wrong article in a quote is the
    # transcription's slip, not the speaker's words.
    scope = DEFAULT_SCOPE | {"quote"}
    summary = "'a' before a vowel sound or 'an' before a consonant sound ('an comet', 'a installed base')."
    examples = {
        "fail": [
            "The probe was hit by an comet fragment.",
            "The plant has a installed capacity of 40 megawatts.",
            "Nurses began a 11-day strike.",
            "An huge crowd met an UN envoy after a 8% rise in fares.",
        ],
        "pass": [
            "The probe was hit by a comet fragment.",
            "She joined a union and took an X-ray course at a university.",
            "It was an historic win and a one-off, an honour for an hotel worker.",
            "He has scored 14 goals in 20 Serie A appearances.",
            "An MP met a Ugandan envoy and a Uruguayan diplomat before an FBI briefing.",
            "An 18-year-old won a 180-mile race and an 8,000 prize in a UK and a NATO event.",
        ],
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        # One scan per region; the few pairs it finds are placed in their sentences.
        quotes = "quote" in self.scope
        for region in doc.regions:
            if not self.applies_to(region):
                continue
            text = region.text
            sentences = None
            for m, word, sign in _pairs(text, region.folded):
                written = m.group(1) + (m.group(2) or "")
                start, end = m.start(1), m.start(1) + len(written)
                article = written.lower()
                if sign is not None:
                    word = sign
                elif not _wrong(article, word):
                    continue
                if sentences is None:
                    sentences = region.sentences
                    starts = [s.start for s in sentences]
                k = bisect.bisect_right(starts, m.start()) - 1
                if k < 0 or m.end() > sentences[k].end:
                    continue
                sentence = sentences[k]
                if sentence.quoted or sentence.in_quote(m.start(), m.end()):
                    if not quotes:
                        continue
                    if sign is not None or word[:1] in "hH" or word.lower() in _SPOKEN_FALSE_START:
                        # Speech as said: a dropped h ("an 'orrible"), a number read either
                        # way, a false start ("it's a ... on a Bosman").
                        continue
                if written[0].isupper() and text[sentence.start : m.start()].strip("\"“‘'( "):
                    continue  # "Serie A appearances", "Plan A is": a letter, not an article
                other = "an" if article == "a" else "a"
                if written[0].isupper():
                    other = other.capitalize()
                sound = "a vowel" if other.lower() == "an" else "a consonant"
                yield self.report(
                    doc, region, start, end,
                    f"'{written} {word}': '{other}' goes before {sound} sound",
                    suggestion=other, safe=False,
                )

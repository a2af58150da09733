"""Whose voice is a sentence in: the writer's, or a named source's?

Hedging and phrasing rules judge the writer's own prose. What a source says, quoted or
reported ("The plan may fail, the minister said."), is the source's judgement, so those
rules stay quiet on it. :func:`is_attributed` answers for one sentence:

- a reporting verb with a source: a name ("Mr Smith said", "said Ms Jones"), a pronoun
  ("she told reporters") or a role ("the ministry's spokesman said", "a study found");
- "according to" anyone except an unnamed crowd ("according to some");
- a link in the sentence (a sourced sentence), or an attribution phrase or source name
  from the ``attribution`` settings.

An unnamed crowd is not a source: "some say", "many believe", "critics argue" are
weasel attribution, which :func:`vague_group_at` helps the weasel rules find.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from .document import Sentence

#: Verbs that report speech, writing, findings or belief (any tense).
REPORTING_VERBS = r"""said says say told tells tell added adds stated states explained
    explains warned warns argued argues claimed claims insisted insists noted notes
    believes believe believed estimated estimates reported reports announced announces
    wrote writes predicted predicts expects expected thinks think thought acknowledged
    acknowledges admitted admits confirmed confirms denied denies alleged alleges
    suggested suggests cautioned cautions conceded concedes contended contends
    maintained maintains observed recalled replied responded testified tweeted posted
    concluded concludes found finds showed shows forecast forecasts projected projects
    calculated calculates reckons reckoned fears feared hopes hoped agreed agrees
    disputed disputes countered counters emphasised emphasized stressed stresses
    indicated indicates revealed reveals asserted asserts announced declared declares
    described describes called calls accused accuses""".split()

#: Nouns that name a source by role (singular or plural).
SOURCE_NOUNS = r"""spokesman spokeswoman spokesperson spokespeople minister ministers
    ministry official officials police officer officers analyst analysts economist
    economists expert experts researcher researchers scientist scientists report
    reports study studies survey surveys poll polls data figures statement statements
    department agency company firm government court judge judges prosecutor prosecutors
    lawyer lawyers chief director president chairman chairwoman executive secretary
    governor mayor source sources authorities authority commission committee council
    board bank union party leader leaders spokesmen witnesses witness investigators
    inquiry review paper document documents filing filings agency's regulator
    regulators army military embassy organisers organizers campaigners group
    researchers' author authors doctors doctor president's office team manager coach
    club adviser advisers advisor advisors aide aides diplomat diplomats university
    institute centre center foundation organisation organization charity network
    newspaper broadcaster magazine""".split()

#: Words that make a group unnamed: "some analysts", "many experts", "critics".
VAGUE_QUANTIFIERS = frozenset(
    "some many several various numerous most certain countless other others critics".split()
)

_PRONOUNS = r"(?:he|she|they|we|I|it|you)"
_VERB = "(?:" + "|".join(sorted(set(REPORTING_VERBS), key=len, reverse=True)) + ")"
_ROLE = "(?:" + "|".join(sorted(set(SOURCE_NOUNS), key=len, reverse=True)) + ")"
_NAME = r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
_AUX = (
    r"(?:(?:has|have|had|will|would|also|later|previously|once|repeatedly|then|reportedly|publicly"
    r"|privately|has\s+long|had\s+earlier)\s+){0,2}"
)

# "Mr Smith said", "she told", "the ministry's spokesman has said", "a study found"
_SUBJECT_VERB = re.compile(
    rf"(?P<subj>{_NAME}|\b{_PRONOUNS}\b"
    rf"|\b{_ROLE}\b(?:\s+(?:by|from|of|at|for|in)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?)"
    rf"(?:\s+\([^)]{{0,60}}\))?\s*,?\s+{_AUX}\b{_VERB}\b"
)
# "said Mr Smith", "said the minister", "said one official"
_VERB_SUBJECT = re.compile(
    rf"\b(?:said|says|told|added|wrote|writes|argued|warned|explained|noted|insisted)\s+"
    rf"(?:the\s+|a\s+|an\s+|one\s+|its\s+|his\s+|her\s+|their\s+)?(?:{_NAME}|\w+\s+{_ROLE}\b|{_ROLE}\b)"
)
# A trailing tag: "..., the clerk said." / "..., its owner told the BBC on Monday."
_TAG_VERBS = "|".join(
    """said says told added wrote writes argued warned explained noted insisted reported
    reports believes believe estimated estimates thinks think predicted predicts concluded
    found suggested suggests stated states claimed claims announced""".split()
)
_TRAILING_TAG = re.compile(rf",\s+(?P<subj>(?:[\w’'-]+\s+){{1,5}}?){_AUX}(?:{_TAG_VERBS})\b[^,;]{{0,60}}$")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<who>\w+)", re.IGNORECASE)
# Sentence-initial capitalised words that are not names.
_NOT_NAMES = frozenset(
    """The A An This That These Those It Its In On At For With As After Before When While
    If Although Though However But And Or So Yet Some Many Most Several Others Critics
    There Here One Such Other Each Every All No None Few Both Either Neither Research
    Studies Evidence Experts Sources Reports Surveys Polls Estimates Scientists Observers
    Insiders Commentators People Rumours Rumors Data""".split()
)


def _quantified(text: str, start: int) -> bool:
    """True when the words just before ``text[start]`` make the subject an unnamed crowd."""
    before = re.findall(r"[\w’']+", text[max(0, start - 40) : start])
    return any(w.lower() in VAGUE_QUANTIFIERS for w in before[-2:])


def _named_subject(subject: str, text: str, start: int) -> bool:
    words = subject.split()
    if not words:
        return False
    if subject.lower() in ("critics", "others") or words[0].lower() in VAGUE_QUANTIFIERS:
        return False
    if subject[0].isupper() and start == 0 and words[0] in _NOT_NAMES and len(words) == 1:
        return False
    if _quantified(text, start):
        return False
    return True


def is_attributed(sentence: Sentence, settings: Any = None) -> bool:
    """True when *sentence* reports what a named source said, wrote, found or believes."""
    cache = sentence.__dict__.get("_attributed")
    if cache is not None:
        return cache
    result = _attributed(sentence, settings)
    sentence.__dict__["_attributed"] = result
    return result


def _attributed(sentence: Sentence, settings: Any) -> bool:
    text = sentence.text
    if sentence.links:
        return True
    for m in _SUBJECT_VERB.finditer(text):
        subj = m.group("subj")
        s = m.start("subj")
        # A capitalised first word of the sentence is a name only if more follows it
        # ("Smith said") or it is not a function word ("The report said" has a role).
        if _named_subject(subj, text, s) and not (subj in _NOT_NAMES and (s == 0 or subj[0].isupper())):
            return True
    for m in _VERB_SUBJECT.finditer(text):
        if not _quantified(text, m.end()):
            return True
    m = _TRAILING_TAG.search(text.rstrip(".!?\"”’' "))
    if m:
        subj = [w.lower() for w in m.group("subj").split()]
        passive = subj[-1] in ("is", "was", "are", "were", "be", "been", "being")
        if not passive and not any(w in VAGUE_QUANTIFIERS for w in subj):
            return True
    for m in _ACCORDING.finditer(text):
        if m.group("who").lower() not in VAGUE_QUANTIFIERS | {"reports", "rumours", "rumors"}:
            return True
    if settings is not None:
        low = text.lower()
        for phrase in getattr(settings, "attribution_phrases", ()) or ():
            if phrase.lower() in low:
                return True
        for source in getattr(settings, "attribution_sources", ()) or ():
            if source and source in text:
                return True
    return False


def vague_group_at(text: str, start: int) -> Optional[str]:
    """The vague quantifier just before *start* ("some", "many", ...), or None."""
    before = re.findall(r"[\w’']+", text[max(0, start - 30) : start])
    for w in reversed(before[-2:]):
        if w.lower() in VAGUE_QUANTIFIERS:
            return w
    return None

"""English inflection and lemmas for the garbled lexicons.

The lexicons name words by their lemma ("assist", "firm", "pretend"); a draft has them in
any inflection ("assisted", "firms", "pretends"). Rather than guess the lemma of every word
of a draft, :func:`forms` spells out every inflection of the lexicon's lemmas once, when a
lexicon is loaded, and matching is then an exact look-up of the draft's words. The forms
are generated generously (both "travelled" and "traveled", a doubled consonant and not):
a form no English text has simply never matches.

:func:`lemma` goes the other way for the words it knows (the irregular verbs and nouns
below, and regular endings): it serves token layers and the evaluation scripts.
"""

from __future__ import annotations

import functools
from typing import Dict, FrozenSet, Iterable, Tuple

__all__ = ["forms", "verb_forms", "noun_forms", "lemma"]

# base: (third person, past, past participle, present participle); only the irregular ones.
_IRREGULAR_VERBS: Dict[str, Tuple[str, ...]] = {
    "be": ("is", "am", "are", "was", "were", "been", "being", "'s", "'re", "'m"),
    "have": ("has", "had", "having", "'ve", "'d"),
    "do": ("does", "did", "done", "doing"),
    "go": ("goes", "went", "gone", "going"),
    "make": ("makes", "made", "making"),
    "take": ("takes", "took", "taken", "taking"),
    "give": ("gives", "gave", "given", "giving"),
    "get": ("gets", "got", "gotten", "getting"),
    "come": ("comes", "came", "coming"),
    "become": ("becomes", "became", "becoming"),
    "see": ("sees", "saw", "seen", "seeing"),
    "foresee": ("foresees", "foresaw", "foreseen", "foreseeing"),
    "say": ("says", "said", "saying"),
    "put": ("puts", "putting"),
    "set": ("sets", "setting"),
    "cut": ("cuts", "cutting"),
    "let": ("lets", "letting"),
    "hit": ("hits", "hitting"),
    "fall": ("falls", "fell", "fallen", "falling"),
    "rise": ("rises", "rose", "risen", "rising"),
    "grow": ("grows", "grew", "grown", "growing"),
    "shrink": ("shrinks", "shrank", "shrunk", "shrinking"),
    "sink": ("sinks", "sank", "sunk", "sinking"),
    "hold": ("holds", "held", "holding"),
    "bring": ("brings", "brought", "bringing"),
    "buy": ("buys", "bought", "buying"),
    "think": ("thinks", "thought", "thinking"),
    "seek": ("seeks", "sought", "seeking"),
    "catch": ("catches", "caught", "catching"),
    "teach": ("teaches", "taught", "teaching"),
    "fight": ("fights", "fought", "fighting"),
    "find": ("finds", "found", "finding"),
    "win": ("wins", "won", "winning"),
    "lose": ("loses", "lost", "losing"),
    "pay": ("pays", "paid", "paying"),
    "lay": ("lays", "laid", "laying"),
    "lie": ("lies", "lay", "lain", "lying", "lied"),
    "leave": ("leaves", "left", "leaving"),
    "keep": ("keeps", "kept", "keeping"),
    "know": ("knows", "knew", "known", "knowing"),
    "tell": ("tells", "told", "telling"),
    "sell": ("sells", "sold", "selling"),
    "send": ("sends", "sent", "sending"),
    "spend": ("spends", "spent", "spending"),
    "build": ("builds", "built", "building"),
    "meet": ("meets", "met", "meeting"),
    "run": ("runs", "ran", "running"),
    "begin": ("begins", "began", "begun", "beginning"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "write": ("writes", "wrote", "written", "writing"),
    "drive": ("drives", "drove", "driven", "driving"),
    "ride": ("rides", "rode", "ridden", "riding"),
    "draw": ("draws", "drew", "drawn", "drawing"),
    "throw": ("throws", "threw", "thrown", "throwing"),
    "show": ("shows", "showed", "shown", "showing"),
    "hear": ("hears", "heard", "hearing"),
    "feel": ("feels", "felt", "feeling"),
    "mean": ("means", "meant", "meaning"),
    "read": ("reads", "reading"),
    "lead": ("leads", "led", "leading"),
    "stand": ("stands", "stood", "standing"),
    "understand": ("understands", "understood", "understanding"),
    "undertake": ("undertakes", "undertook", "undertaken", "undertaking"),
    "forbid": ("forbids", "forbade", "forbidden", "forbidding"),
    "forget": ("forgets", "forgot", "forgotten", "forgetting"),
    "strike": ("strikes", "struck", "striking"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "wear": ("wears", "wore", "worn", "wearing"),
    "tear": ("tears", "tore", "torn", "tearing"),
    "bear": ("bears", "bore", "borne", "born", "bearing"),
    "shake": ("shakes", "shook", "shaken", "shaking"),
    "wake": ("wakes", "woke", "woken", "waking"),
    "arise": ("arises", "arose", "arisen", "arising"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "overcome": ("overcomes", "overcame", "overcoming"),
    "pour": ("pours", "poured", "pouring"),
    "sit": ("sits", "sat", "sitting"),
    "spread": ("spreads", "spreading"),
    "shut": ("shuts", "shutting"),
    "hurt": ("hurts", "hurting"),
    "cost": ("costs", "costing"),
    "quit": ("quits", "quitting"),
    "bet": ("bets", "betting"),
    "bid": ("bids", "bidding"),
    "fly": ("flies", "flew", "flown", "flying"),
    "eat": ("eats", "ate", "eaten", "eating"),
    "drink": ("drinks", "drank", "drunk", "drinking"),
    "sing": ("sings", "sang", "sung", "singing"),
    "swim": ("swims", "swam", "swum", "swimming"),
    "steal": ("steals", "stole", "stolen", "stealing"),
    "freeze": ("freezes", "froze", "frozen", "freezing"),
    "hide": ("hides", "hid", "hidden", "hiding"),
    "light": ("lights", "lit", "lighted", "lighting"),
    "slide": ("slides", "slid", "sliding"),
    "stick": ("sticks", "stuck", "sticking"),
    "sweep": ("sweeps", "swept", "sweeping"),
    "weep": ("weeps", "wept", "weeping"),
    "flee": ("flees", "fled", "fleeing"),
    "feed": ("feeds", "fed", "feeding"),
    "deal": ("deals", "dealt", "dealing"),
    "dig": ("digs", "dug", "digging"),
    "hang": ("hangs", "hung", "hanged", "hanging"),
    "shoot": ("shoots", "shot", "shooting"),
    "bind": ("binds", "bound", "binding"),
    "wind": ("winds", "wound", "winding"),
}
_IRREGULAR_PLURALS: Dict[str, Tuple[str, ...]] = {
    "person": ("people", "persons"),
    "man": ("men",),
    "woman": ("women",),
    "child": ("children",),
    "foot": ("feet",),
    "tooth": ("teeth",),
    "mouse": ("mice",),
    "crisis": ("crises",),
    "analysis": ("analyses",),
    "thesis": ("theses",),
    "criterion": ("criteria",),
    "phenomenon": ("phenomena",),
    "datum": ("data",),
    "medium": ("media", "mediums"),
    "life": ("lives",),
    "wife": ("wives",),
    "knife": ("knives",),
    "leaf": ("leaves",),
    "half": ("halves",),
    "shelf": ("shelves",),
    "thief": ("thieves",),
    "sheep": ("sheep",),
    "fish": ("fish", "fishes"),
    "series": ("series",),
    "species": ("species",),
    "news": ("news",),
}
_VOWELS = frozenset("aeiou")
# Verbs of more than one syllable that double their last consonant ("referred").
_DOUBLING = frozenset(
    """refer prefer occur commit admit permit omit submit transmit regret control patrol
    compel expel propel repel transfer confer defer deter incur recur equip forget begin
    acquit abet allot""".split()
)


def _third_person(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        return base[:-1] + "ies"
    return base + "s"


def _cvc(base: str) -> bool:
    """Ends consonant, vowel, consonant (not w, x or y): may double ("stopped")."""
    return (
        len(base) >= 3
        and base[-1] not in _VOWELS
        and base[-1] not in "wxy"
        and base[-2] in _VOWELS
        and base[-3] not in _VOWELS
    )


def _suffixed(base: str, suffix: str) -> Tuple[str, ...]:
    """*base* + "ed" or "ing", with the usual spelling changes; both spellings where
    English hesitates (a doubled consonant)."""
    if suffix == "ed" and base.endswith("e"):
        return (base + "d",)
    if suffix == "ing" and base.endswith("ie"):
        return (base[:-2] + "ying",)
    if suffix == "ing" and base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return (base[:-1] + "ing",)
    if suffix == "ed" and base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        return (base[:-1] + "ied",)
    out = [base + suffix]
    if _cvc(base):
        doubled = base + base[-1] + suffix
        if base in _DOUBLING or sum(c in _VOWELS for c in base) == 1:
            out.insert(0, doubled)
        elif base.endswith("l"):  # "travelled" (British) and "traveled"
            out.append(doubled)
    return tuple(out)


@functools.lru_cache(maxsize=None)
def verb_forms(base: str) -> FrozenSet[str]:
    """Every form of the verb *base* (a phrasal verb's first word is inflected)."""
    head, sep, rest = base.partition(" ")
    if head in _IRREGULAR_VERBS:
        found = {head, *_IRREGULAR_VERBS[head]}
    else:
        for prefix in ("re", "fore", "over", "under", "out", "with", "mis", "up"):
            stem = head[len(prefix):]
            if head.startswith(prefix) and stem in _IRREGULAR_VERBS and stem not in ("ad",):
                found = {head} | {prefix + f for f in _IRREGULAR_VERBS[stem] if not f.startswith("'")}
                break
        else:
            found = {head, _third_person(head), *_suffixed(head, "ed"), *_suffixed(head, "ing")}
    return frozenset(f + sep + rest for f in found)


@functools.lru_cache(maxsize=None)
def noun_forms(base: str) -> FrozenSet[str]:
    """The singular and plural of the noun *base* (a compound's last word is inflected)."""
    head, sep, last = base.rpartition(" ")
    if last in _IRREGULAR_PLURALS:
        plurals: Iterable[str] = _IRREGULAR_PLURALS[last]
    elif last.endswith(("s", "sh", "ch", "x", "z")):
        plurals = (last + "es",)
    elif last.endswith("y") and len(last) > 1 and last[-2] not in _VOWELS:
        plurals = (last[:-1] + "ies",)
    else:
        plurals = (last + "s",)
    return frozenset(head + sep + w for w in (last, *plurals))


def forms(base: str, kind: str = "any") -> FrozenSet[str]:
    """The forms of *base*: ``kind`` ``verb``, ``noun``, ``word`` (as written) or ``any``
    (verb and noun forms both)."""
    if kind == "word":
        return frozenset((base,))
    if kind == "verb":
        return verb_forms(base)
    if kind == "noun":
        return noun_forms(base)
    return verb_forms(base) | noun_forms(base)


@functools.lru_cache(maxsize=1)
def _irregular_lemmas() -> Dict[str, str]:
    out: Dict[str, str] = {}
    for base, inflected in _IRREGULAR_VERBS.items():
        for form in inflected:
            out.setdefault(form, base)
    for base, plurals in _IRREGULAR_PLURALS.items():
        for form in plurals:
            out.setdefault(form, base)
    return out


@functools.lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A best guess at the lemma of a lower-case *word*: irregular forms from the tables
    above, regular endings stripped ("assisted" -> "assist", "firms" -> "firm")."""
    known = _irregular_lemmas().get(word)
    if known is not None:
        return known
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ied"):
        return word[:-3] + "y"
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls" and stem[-1] not in _VOWELS:
                return stem[:-1]  # "stopped", "committed"
            if _needs_e(stem):
                return stem + "e"
            return stem
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _needs_e(stem: str) -> bool:
    """Whether a stem left by "-ed"/"-ing" lost a silent e ("manifest" no, "pursu" yes)."""
    if stem.endswith(("u", "v", "z", "c", "g")) and not stem.endswith(("ng",)):
        return True
    if stem.endswith(("at", "iz", "is", "ur", "rv")) and not stem.endswith(("eat", "oat")):
        return len(stem) > 4
    return _cvc(stem) and sum(c in _VOWELS for c in stem) == 1 and stem[-1] not in "lnrt"

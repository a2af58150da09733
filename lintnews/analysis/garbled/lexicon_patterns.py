"""The pattern language of the garbled lexicons, compiled to regular expressions.

A pattern is a row of slots over the words of one sentence (see
:mod:`lintnews.analysis.garbled.lexicon` for the lexicon format). :class:`PatternCompiler`
turns one into a regular expression over the sentence's tokens joined by single spaces
(" tok tok ... tok ": each slot matches a token and the space after it, a pattern starts
with the space before its first token), and chooses the words a sentence must hold for
the pattern to be tried (its *trigger*: the rarest required word, or two adjacent ones,
or a word and the number after it).
"""

from __future__ import annotations

import re
from typing import Any, Dict, FrozenSet, List, Optional, Tuple

from lintnews.analysis.garbled.lemmas import forms
from lintnews.matching.tries import trie_regex
from lintnews.matching import patterns as lazyre

__all__ = ["LexiconError", "PatternCompiler", "BUILTIN_TESTS", "NUMBER_TOKEN", "escape", "word_set"]

#: A token: a number (with its separators and a % sign), a word (apostrophes and hyphens
#: inside), or one other non-space character.
_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion billions "
    "dozen dozens several"
).split()
_NUM = r"(?:\d[\d.,]*|" + "|".join(_NUMBER_WORDS) + ")"
_BUILTIN = {
    "num": [_NUM],
    "pct": [r"\d[\d.,]*%", _NUM + r" (?:per cent|percent|procent)", _NUM + r" %"],
    "Name": [r"(?-i:[A-Z][\w'’-]*)"],
    "year": [r"(?:1[5-9]|20)\d\d"],
    "ing": [r"\w+ing"],
    "dayn": [r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"],
    "any": [r"\w\S*"],
    # A possessive noun with the determiner before it, if any ("the minister's",
    # "everyone's"): where a pattern allows "his" or "their", a named owner.
    "gen": [r"(?:(?:the|a|an|this|that|his|her|its|their|our|my|your|every|each) )?\w[\w-]*(?:['’]s| ['’])"],
    "score": [r"\d+-\d+"],
    # A word that does not end in "s" (a singular noun, most often, after an adjective).
    "sing": [r"\w[\w'’-]*[^s\W]"],
    # A regular past form: a word in -ed that is not a verb's base form ("need",
    # "succeed", "shed", "embed").
    "ed": [r"(?!(?:shed|wed|shred|embed|bed|red|bred|sled|fled|sped|led|fed|bled|ted|ned)\b)\w*[^e\W]ed"],
}
# How often a word turns up in a sentence of news copy, roughly: the commonest English
# words in order of frequency (a general list, Zipf's law gives each its share), and a
# small share for any other word. A pattern is found by the required slot (or pair of
# adjacent slots) that the fewest sentences hold.
_RANKED = """the said of and to a in is that says for it was on with he as told by at from his be
have are has but an they not this had which were will been their its who would more or
we she her after also one than up about new two there year last out when i all people
other over into can could first time years some them government if no what only him said
our just three should may like most so any because make before told said been us says
told made well now while since against then many being very police much how back during
where even between under week still way including off you government down told those such
these get take million per cent percent between both work through our last four five told
mr mrs ms my me did do does up go going now just day days next month months yet among
part end own public high early later new news market set good do same country world
minister say number officials including put called plan city help used found company
state years already long support group high law court home house already run whether
without around across around well far use top want according left old next area national
local health like top second third few little less best each next told never come came
right team took give given show find found further major major several own around expected
thought might must shall see seen hold held added added keep kept need because until often
again however another whose why though although yet even really least case place war line
told began began call called point today yesterday monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october
november december so don't didn't doesn't isn't wasn't won't can't it's that's there's
well where here down off away below above behind beyond within along across toward towards
interest rate rates price prices money cost costs pay tax business firms firm company
companies bank banks market markets sales sale shares share deal deals plan plans report
reports figures data growth economy jobs job work workers staff members party parties
election vote votes leader leaders president prime chief head director manager club team
game match season players player win won lost cup final league side goal goals points
music film show star stars album band book books life family children child school
schools university students health hospital patients doctors care service services
system systems technology internet online computer phone mobile users software net
become became come comes coming called calls rose rise rising fell fall falling grew
growth increase increased decrease cut cuts mark marks set sets hit hits move moves
although whether unless until already again also almost nearly about around only just
still yet ever never always often sometimes usually really quite rather much more most
less least few fewer several various certain another other others every each either
neither both such same different own whole full half
industry search program programme programs programmes security meeting meetings needed
economic change changes information campaign problem problems future start started
women men office offices annual close closed despite award awards virus nations
international national better likely think thinks thought believe believes believed
know known knew want wanted wants need needs help helped make makes making take takes
taking give gives giving keep get gets getting got see sees saw seen look looks looked
find finds found show shows showed shown tell tells ask asked asks try tried tries
use uses used using leave leaves left play plays played playing run runs running
bring brought hold holds held stand stood lose loses losing pay paid paying meet met
lead leads led include includes included continue continued continues remain remains
remained allow allowed allows offer offered offers expect expects create created
provide provided provides decide decided decision decisions agree agreed agreement
report reported reports announce announced plan planned plans open opened opening
deal deals trade trading sell sold selling buy bought buying spend spent spending
rise rises risen increase increases increased fall falls fallen drop dropped drops
grow grows grown reach reached reaches suggest suggested suggests claim claimed claims
warn warned warns face faced faces serve served call calls believe return returned
country countries city cities town area areas region world europe european britain
british uk us america american china chinese france french germany german london
government governments minister ministers council councils authority authorities
public private policy policies issue issues case cases court courts law laws legal
police officers officer force forces army military war attack attacks crisis
money cash budget funding fund funds profit profits loss losses debt debts price
rate rates costs cost value level levels number numbers figure figures total amount
per cent percent million billion thousand hundred hundreds thousands dozens
people person man woman child boy girl family families friends group groups member
members leader leaders chief director manager chairman spokesman spokeswoman executive
company companies firm firms business businesses market markets bank banks industry
service services system systems network networks technology computer phone phones
mobile internet online website software data users user customers customer consumers
school schools university students student education health hospital hospitals doctors
patients care nhs water energy power oil gas fuel food home homes house houses housing
car cars road roads rail train trains transport airport flight flights travel
week weeks month months year years day days time times hour hours minute minutes
morning night evening today yesterday tomorrow weekend season seasons history
game games match matches team teams player players club clubs coach fans win wins
won victory defeat final finals league cup championship title race points goal goals
music film films show shows album song songs band star stars award tv television
radio series book books story stories art news media press paper papers newspaper
major main key big large small high low long short new old young early late recent
former current next last past future possible important different real best worst
good bad great little free full able clear hard easy strong likely due certain sure
political economic social financial local national global international general
public official senior top foreign domestic human natural
""".split()
_RANK = {}
for _n, _w in enumerate(_RANKED):
    _RANK.setdefault(_w, _n + 1)
#: The share of sentences holding a word outside the list (most lexicon words).
_RARE_SHARE = 0.002


def sentence_share(word: str) -> float:
    """Roughly, the share of news sentences that hold *word* (Zipf's law over a sentence
    of some 25 words for the listed ones)."""
    rank = _RANK.get(word)
    return _RARE_SHARE if rank is None else min(1.0, 6 / (rank + 5))


# Built-in classes a pattern may be found by: each number in the folded region text is
# classed by these tests (a year, a day of the month, any number).
NUMBER_TOKEN = lazyre.compile(r"\d[\d.,]*\d|\d")
BUILTIN_TESTS = {
    "year": lambda t: len(t) == 4 and t.isdigit() and ("1500" <= t <= "2099"),
    "dayn": lambda t: t.isdigit() and 1 <= int(t) <= 31,
    "num": lambda t: True,
}
_BUILTIN_COST = {"year": 0.15, "pct": 0.06}
_SPECIAL = {"...": r"(?:[\w'’]\S* ){0,4}?", "...?": r"(?:[\w'’]\S* ){0,4}?", "~": r"(?:\S+ ){0,30}?", "^": "(?<=^ )", "$": r"(?=(?:[^\w\s]+ )*$)"}


#: Punctuation marks a pattern's slot may need (tested with ``in`` on a sentence's text).
NEEDED_MARKS = (",", ";", ":", "%", "(", ")")
#: A word of letters alone, as lower-cased in a lexicon (the words of a needed slot).
_PLAIN_WORD = re.compile(r"[a-z]+")
#: What separates the plain words of a phrase ("co-operate", "don't", "in masse").
_PARTS = re.compile(r"[ '\-]")
#: A slot of more words than this needs none of them (too large a set to keep).
_NEEDED_MOST = 300


class LexiconError(ValueError):
    """A malformed lexicon entry (file, entry id and problem in the message)."""


class PatternCompiler:
    """Turns pattern strings into regular-expression sources over a token line."""

    def __init__(self, classes: Dict[str, List[str]]):
        self.classes = classes  # name -> regex alternatives (escaped forms)

    #: Compile for the lower-cased token line (literals and classes lower-cased).
    lower = False
    #: Find the pattern by two adjacent words rather than by its rarest one.
    prefer_pairs = False

    def alternatives(self, slot: str, where: str) -> List[str]:
        """The regular expressions one of which the slot's token matches."""
        out: List[str] = []
        literals: List[str] = []
        for alt in slot.split("|"):
            if not alt:
                raise LexiconError(f"{where}: empty alternative in {slot!r}")
            if alt.startswith("@"):
                name = alt[1:]
                if name in _BUILTIN:
                    out += _BUILTIN[name]
                elif name in self.classes:
                    out += self.classes["lower:" + name if self.lower else name]
                else:
                    raise LexiconError(f"{where}: unknown class {alt!r}")
            elif alt.startswith("="):
                literals += sorted(forms(alt[1:].replace("_", " ")))
            else:
                literals.append(alt.replace("_", " "))
        if self.lower:
            literals = sorted({w.lower() for w in literals})
        if len(literals) > 8:  # many words: a trie, which the engine walks a letter at a time
            out.append("(?:" + trie_regex(literals) + r")(?![\w'’-])")
        else:
            out += [escape(w) for w in literals]
        return out

    def literal_words(self, slot: str) -> Optional[List[str]]:
        """The first words a slot can start with, or None when a built-in regex class
        (a number, a name) makes that unknowable; ``["@year"]`` for a year and the
        signs of a percentage for ``@pct``."""
        if slot == "@year":
            return ["@year"]
        if slot == "@pct":
            return ["%", "cent", "percent"]
        words: List[str] = []
        for alt in slot.split("|"):
            if alt.startswith("@"):
                name = alt[1:]
                if name in _BUILTIN:
                    return None
                words += self.class_words[name]
            elif alt.startswith("="):
                words += sorted(forms(alt[1:].replace("_", " ")))
            else:
                words.append(alt.replace("_", " "))
        return [w.split(" ")[0].lower() for w in words]

    class_words: Dict[str, List[str]] = {}
    #: Triggers of a word and a built-in class together: name -> (class, words).
    pairs: Dict[str, Tuple[str, FrozenSet[str]]] = {}

    def compile(self, pattern: str, where: str) -> Tuple[str, List[str]]:
        """The regex source of *pattern* and its trigger words."""
        parts: List[str] = []
        # Trigger candidates: each required slot's words, and two adjacent required
        # slots' word pairs ("they has"), which find a pattern of common words.
        candidates: List[Tuple[float, List[str]]] = []
        pair_candidates: List[Tuple[float, List[str]]] = []  # two adjacent slots' words
        self.required: List[FrozenSet[str]] = []  # each required slot's first words
        # What any sentence the pattern matches holds, for certain (see ``needs``): a
        # word of each required slot, and the first word when a slot follows "^".
        self.needs: List[FrozenSet[str]] = []
        self.needs_first: Optional[FrozenSet[str]] = None
        at_start = False  # right after "^" (and "[" marks): the next slot is the first token
        previous: Optional[List[str]] = None  # the last required slot's single words
        opened = False
        for slot in pattern.split():
            if slot in _SPECIAL:
                parts.append(_SPECIAL[slot])
                previous = None
                at_start = slot == "^"
                continue
            first_slot, at_start = at_start and slot not in ("[", "]"), at_start and slot in ("[", "]")
            if slot == "[":
                if "(?P<flag>" in parts:
                    raise LexiconError(f"{where}: a pattern has one '[ ]' span")
                parts.append("(?P<flag>")
                opened = True
                continue
            if slot == "]":
                if not opened:
                    raise LexiconError(f"{where}: ']' without '['")
                parts.append(")")
                opened = False
                continue
            if slot.startswith("<!") and len(slot) > 2:
                parts.append(self.not_after(slot[2:], where))
                continue
            negated = slot.startswith("!") and len(slot) > 1
            optional = slot.endswith("?") and len(slot) > 1
            body = slot[1:] if negated else slot
            body = body[:-1] if optional else body
            starts = "^" in body.split("|")  # the start of the sentence is one choice
            if starts:
                body = "|".join(a for a in body.split("|") if a != "^")
            alts = self.alternatives(body, where)
            group = "(?:" + "|".join(alts) + ") "
            if starts:
                group = "(?:(?<=^ )|" + group + ")"
            if negated:
                parts.append("(?!" + group + ")")
            elif optional:
                parts.append("(?:" + group + ")?")
                previous = None
            else:
                parts.append(group)
                words = self.literal_words(body)
                needed = None if starts else self.needed_words(body)
                if needed is not None:
                    self.needs.append(needed)
                if first_slot and not starts:
                    self.needs_first = self.needed_words(body, first=True)
                if starts:
                    previous = None
                    continue
                builtin = body[1:] if body.startswith("@") and body[1:] in BUILTIN_TESTS else None
                if builtin is not None and previous is not None:
                    # "on 1985", "with 22 years": the word before and the class together
                    key = f"@p{len(self.pairs)}"
                    self.pairs[key[1:]] = (builtin, frozenset(previous))
                    candidates.append((0.3 * sum(sentence_share(w) for w in previous), [key]))
                if words is None:
                    previous = None
                    continue
                unique = sorted(set(words))
                if unique == ["@year"]:
                    candidates.append((_BUILTIN_COST["year"], unique))
                    previous = None
                    continue
                if body == "@pct":
                    candidates.append((_BUILTIN_COST["pct"], unique))
                    previous = None
                    continue
                if not all(w[:1].isalnum() for w in unique):
                    previous = None
                    continue
                candidates.append((sum(sentence_share(w) for w in unique), unique))
                if len(unique) <= 60 and all(" " not in w for w in unique):
                    self.required.append(frozenset(unique))
                if previous is not None and len(previous) * len(unique) <= 1000:
                    # The last word of the slot before and the first word of this one
                    pairs = sorted({f"{a} {b}" for a in previous for b in unique})
                    # two words side by side: about as often as the product of their
                    # shares over the 25 places of a sentence
                    # (common words go together more often than that: "to the", "in a")
                    pair_share = sum(sentence_share(a) * sentence_share(b) for a in previous for b in unique)
                    candidates.append((pair_share / 8, pairs))
                    pair_candidates.append((pair_share / 8, pairs))
                last_words = {w.rsplit(" ", 1)[-1].lower() for w in self.alternative_words(body)}
                previous = sorted(last_words) if all(w[:1].isalnum() for w in last_words) else None
        if opened:
            raise LexiconError(f"{where}: '[' without ']'")
        if not candidates:
            raise LexiconError(f"{where}: pattern {pattern!r} has no word to find it by")
        # Every slot ends with the space after its token, and the pattern starts with the
        # space before its first one: the whole match stays on token boundaries.
        if self.prefer_pairs and pair_candidates:
            # words that are common alone but almost never side by side ("the of")
            return " " + "".join(parts), min(pair_candidates)[1]
        return " " + "".join(parts), min(candidates)[1]

    def needed_words(self, slot: str, first: bool = False) -> Optional[FrozenSet[str]]:
        """Words one of which any sentence whose token the slot matches holds for certain,
        or None when that cannot be said (a word class such as ``@any``, a word not made
        of letters alone): for each alternative its rarest word of plain letters, ``#``
        for a token of digits (``@num`` also gives the number words) and the mark itself
        for a punctuation mark of :data:`NEEDED_MARKS`; with *first*, the first word of
        each alternative instead, which the sentence's first run of letters is when the
        slot follows ``^``. Tested on a sentence's
        :func:`~lintnews.analysis.garbled.lexicon.needed_words_of`, which hold every
        maximal run of letters (a pure-letter token is one), so the test never refuses a
        sentence the pattern matches."""
        out = set()
        for alt in slot.split("|"):
            if alt.startswith("@"):
                name = alt[1:]
                if first and name in _BUILTIN:
                    return None  # a number is no run of letters
                if name in ("year", "dayn", "score"):
                    out.add("#")
                    continue
                if name in ("num", "pct"):
                    out.add("#")
                    out.update(_NUMBER_WORDS)
                    continue
                if name in _BUILTIN or name not in self.class_words:
                    return None
                phrases = self.class_words[name]
            elif alt.startswith("="):
                phrases = sorted(forms(alt[1:].replace("_", " ")))
            else:
                phrases = [alt.replace("_", " ")]
            for phrase in phrases:
                if phrase in NEEDED_MARKS and not first:
                    out.add(phrase)
                    continue
                plain = [w for w in _PARTS.split(phrase.lower()) if _PLAIN_WORD.fullmatch(w)]
                if first:
                    lead = _PARTS.split(phrase.lower())[0]
                    plain = [lead] if _PLAIN_WORD.fullmatch(lead) else []
                if not plain:
                    return None
                # the rarest word of the phrase (the last of equally rare ones)
                out.add(min(reversed(plain), key=sentence_share))
        return frozenset(out) if len(out) <= _NEEDED_MOST else None

    def not_after(self, body: str, where: str) -> str:
        """``<!a|b``: the token before is none of these words (a look-behind for each
        length of word, as the engine needs look-behinds of fixed width); ``^`` among them
        also refuses the start of the sentence."""
        start = "^" in body.split("|")
        body = "|".join(a for a in body.split("|") if a != "^")
        words = {w.lower() if self.lower else w for w in self.alternative_words(body)} if body else set()
        if any(a.startswith("@") and a[1:] in _BUILTIN for a in body.split("|")):
            raise LexiconError(f"{where}: '<!' takes words, lemmas and word classes only")
        by_length: Dict[int, List[str]] = {}
        for w in sorted(words):
            by_length.setdefault(len(w), []).append(escape(w))
        out = "".join(f"(?<! (?:{'|'.join(ws)}) )" for _, ws in sorted(by_length.items()))
        return out + ("(?<!^ )" if start else "")

    def alternative_words(self, slot: str) -> List[str]:
        """Every string a slot of words can stand for (multi-word ones included)."""
        out: List[str] = []
        for alt in slot.split("|"):
            if alt.startswith("@"):
                out += self.class_words.get(alt[1:], [])
            elif alt.startswith("="):
                out += sorted(forms(alt[1:].replace("_", " ")))
            else:
                out.append(alt.replace("_", " "))
        return out


def escape(text: str) -> str:
    return re.escape(text).replace("\\ ", " ")


def word_set(values: Any, where: str) -> FrozenSet[str]:
    if not values:
        return frozenset()
    if not isinstance(values, list):
        raise LexiconError(f"{where}: must be a list of words")
    out = set()
    for v in values:
        v = str(v)
        out |= forms(v[1:]) if v.startswith("=") else {v.lower()}
    return frozenset(out)

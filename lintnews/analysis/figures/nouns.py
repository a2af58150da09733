"""Nouns that news copy uses for the same thing: "3,000 firms" and "3,000 businesses",
"the two Telegraph titles" and "the two newspapers", "four Britons" and "the four men".

A small curated map, not a thesaurus: each class groups the words a newsroom uses
interchangeably when it restates a count. :func:`noun_class` maps the stem of a counted
noun (as :func:`lintnews.analysis.figures.context.stem` makes it) to its class; nouns outside every
class are their own class. :func:`is_person_noun` says whether a noun counts people,
which lets a back-reference move from "four Britons" to "the four detainees".
"""

from __future__ import annotations

from typing import Dict, FrozenSet

from lintnews.analysis.figures.context import stem

#: Groups of interchangeable nouns (plural forms as written in copy).
_CLASSES = """
firms companies businesses corporations groups enterprises concerns
jobs posts positions roles redundancies
workers employees staff personnel workforce
people persons individuals residents citizens inhabitants
newspapers papers titles
films movies
songs tracks singles
concerts gigs dates shows performances
awards prizes trophies gongs honours
nominations nods
games matches fixtures
shops stores outlets branches
plants factories
cars vehicles
planes aircraft jets airliners
homes houses properties dwellings households
seats constituencies
soldiers troops
children kids youngsters
customers clients subscribers
projects schemes
episodes instalments
contestants competitors participants
students pupils
passengers travellers
banks lenders
officers policemen
countries nations states
detainees prisoners inmates
suspects accused
hostages captives
victims casualties
patients sufferers
doctors medics
teachers
stations
episodes
fans spectators supporters crowd onlookers
viewers audience watchers
visitors tourists sightseers
volunteers helpers
flats apartments
deaths fatalities
ships vessels boats
bikes bicycles
offences crimes
votes ballots
""".strip().splitlines()

_CLASS_OF: Dict[str, str] = {}
for _line in _CLASSES:
    _words = _line.split()
    for _w in _words:
        _CLASS_OF.setdefault(stem(_w), stem(_words[0]))

#: Nouns that count people: a definite back-reference may restate one with another
#: ("four Britons ... the four men ... the four detainees").
_PEOPLE = frozenset(
    stem(w)
    for w in """people persons individuals residents citizens inhabitants men women adults children kids
    youngsters teenagers boys girls britons americans britons nationals foreigners tourists visitors
    workers employees staff personnel detainees prisoners inmates suspects accused hostages captives
    victims casualties patients survivors passengers travellers executives directors managers bosses
    officials officers policemen soldiers troops players athletes members friends families couples
    brothers sisters sons daughters students pupils teachers doctors nurses journalists reporters
    protesters demonstrators activists campaigners voters candidates contestants competitors
    participants judges jurors ministers politicians mps peers lords leaders founders owners
    partners investors shareholders customers clients fans supporters neighbours locals householders
    homeowners tenants evacuees villagers islanders""".split()
)


def noun_class(head: str) -> str:
    """The class of a counted noun's stem (the stem itself when it is in no class)."""
    return _CLASS_OF.get(head, head)


def same_noun(a: str, b: str) -> bool:
    """True when two noun stems name the same kind of thing."""
    return bool(a) and (a == b or _CLASS_OF.get(a, a) == _CLASS_OF.get(b, b))


def is_person_noun(head: str) -> bool:
    return head in _PEOPLE


PERSON_NOUNS: FrozenSet[str] = _PEOPLE


#: Verbs (and their participles and nouns) a newsroom uses for one event when it restates a
#: count: "rescued 75 people" / "saves 95 lives", "were evacuated" / "moved out".
_EVENT_FAMILIES = """
rescued saved saves saving pulled plucked winched airlifted freed lives
evacuated evacuation moved relocated rehoused displaced fled
killed died dead deaths lost lives fatalities perished
injured hurt wounded injuries casualties
arrested detained held charged arrests
destroyed burned burnt scorched razed hit damaged ravaged affected
closed shut shutting closures
sacked laid redundant axed cut lost jobs redundancies layoffs
"""


def _event_map() -> Dict[str, FrozenSet[int]]:
    out: Dict[str, set] = {}
    for k, line in enumerate(_EVENT_FAMILIES.split("\n")):
        for w in line.split():
            out.setdefault(stem(w), set()).add(k)
    return {w: frozenset(v) for w, v in out.items()}


_EVENTS: Dict[str, FrozenSet[int]] = {}


def event_families(stems) -> FrozenSet[int]:
    """The event families (see ``_EVENT_FAMILIES``) the word stems *stems* name."""
    if not _EVENTS:
        _EVENTS.update(_event_map())
    out: set = set()
    for s in stems:
        got = _EVENTS.get(s)
        if got:
            out |= got
    return frozenset(out)

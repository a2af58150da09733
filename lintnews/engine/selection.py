"""Which rules run: ``select`` / ``extend-select`` / ``ignore`` by code, name, prefix,
pack or category, and severity overrides.

A selector matches a rule by exact code (``HDG001``) or name (``stacked-hedge``), by code
prefix (``HDG``, ``HDG0``), by pack name (``hedging``), by category (``claims``) or
``ALL``. When a rule is both selected and ignored, the more specific selector wins
(an exact code beats a prefix, which beats a category, which beats ``ALL``); a tie
means ignored. An opt-in rule (``Rule.opt_in``) runs only where a selector names it
exactly, by code or name.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Optional, Sequence

from lintnews.model import CATEGORIES, ENGINE_CATEGORY, Severity
from lintnews.matching import patterns as lazyre

_PREFIX = lazyre.compile(r"^[A-Z]{2,4}[0-9]{0,3}$")
#: The specificity of a selector that names a rule by its code or name.
EXACT = 10.0


def specificity(selector: str, rule) -> Optional[float]:
    """How specifically *selector* names *rule* (higher is more specific), or None."""
    if selector == "ALL":
        return 0.0
    if selector == rule.code or selector == rule.name:
        return EXACT
    if selector in CATEGORIES or selector == ENGINE_CATEGORY:
        return 1.0 if rule.category == selector else None
    if rule.pack and selector == rule.pack:
        return 2.0
    if _PREFIX.match(selector) and rule.code.startswith(selector):
        return 2.0 + len(selector) / 10
    return None


def best(selectors: Iterable[str], rule) -> Optional[float]:
    scores = [s for s in (specificity(sel, rule) for sel in selectors) if s is not None]
    return max(scores) if scores else None


def is_enabled(rule, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """True when *rule* is selected and not ignored by a more specific selector."""
    chosen = best(select, rule)
    if chosen is None or (chosen < EXACT and getattr(rule, "opt_in", False)):
        return False
    dropped = best(ignore, rule)
    return dropped is None or chosen > dropped


def severity_for(rule, overrides: Mapping[str, Severity]) -> Severity:
    """The rule's severity after the most specific matching override."""
    winner, score = rule.severity, -1.0
    for selector, severity in overrides.items():
        s = specificity(selector, rule)
        if s is not None and s > score:
            winner, score = severity, s
    return winner


def unknown_selectors(selectors: Iterable[str], rules) -> list:
    """Selectors that name no rule, category or pack (likely typos)."""
    rules = list(rules)
    out = []
    for sel in selectors:
        if sel == "ALL" or sel in CATEGORIES or sel == ENGINE_CATEGORY:
            continue
        if not any(specificity(sel, r) is not None for r in rules):
            out.append(sel)
    return out

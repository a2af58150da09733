"""YAML rule kinds. Each kind turns one rule entry of a pack into a :class:`~lintnews.rule.Rule`.

The built-in kinds are ``existence``, ``substitution``, ``pattern`` and ``density``;
plugins add more through the ``lintnews_rule_kinds`` hook.
"""

from lintnews.kinds.base import PackRule
from lintnews.kinds.density import DensityRule
from lintnews.kinds.existence import ExistenceRule
from lintnews.kinds.pattern import PatternRule
from lintnews.kinds.substitution import SubstitutionRule

BUILTIN_KINDS = {
    "existence": ExistenceRule,
    "substitution": SubstitutionRule,
    "pattern": PatternRule,
    "density": DensityRule,
}

__all__ = ["BUILTIN_KINDS", "PackRule", "ExistenceRule", "SubstitutionRule", "PatternRule", "DensityRule"]

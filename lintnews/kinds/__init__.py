"""YAML rule kinds. Each kind turns one rule entry of a pack into a :class:`~lintnews.rule.Rule`.

The built-in kinds are ``existence``, ``substitution``, ``pattern`` and ``density``;
plugins add more through the ``lintnews_rule_kinds`` hook.
"""

from .base import PackRule
from .density import DensityRule
from .existence import ExistenceRule
from .pattern import PatternRule
from .substitution import SubstitutionRule

BUILTIN_KINDS = {
    "existence": ExistenceRule,
    "substitution": SubstitutionRule,
    "pattern": PatternRule,
    "density": DensityRule,
}

__all__ = ["BUILTIN_KINDS", "PackRule", "ExistenceRule", "SubstitutionRule", "PatternRule", "DensityRule"]

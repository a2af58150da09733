"""Python-coded built-in rules, one module per rule, grouped in packages by category.

:func:`builtin_rules` imports every module under this package and instantiates each
:class:`~lintnews.rule.Rule` subclass that a module lists in ``__all__``; adding a rule is
adding one module (plus its test), with no registry to edit. The module holds everything
about the rule: its class docstring (the documentation, in the sections of
:data:`lintnews.rule.DOC_SECTIONS`), its ``examples``, its ``options`` (set under ``rules:``
in the config and passed to ``check(doc, context)`` when it sets ``context = True``), and
then ``docs/rules.md`` is regenerated (``lintnews rules --format markdown``).
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import List

from lintnews.rule import Rule


def builtin_rules() -> List[Rule]:
    """One instance of every rule class defined in ``lintnews.rules.*``."""
    rules: List[Rule] = []
    for info in sorted(pkgutil.walk_packages(__path__, __name__ + "."), key=lambda i: i.name):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, Rule) and obj.code:
                rules.append(obj())
    return rules

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
import os
from typing import List

from lintnews.rule import Rule


def builtin_rules() -> List[Rule]:
    """One instance of every rule class defined in ``lintnews.rules.*``."""
    rules: List[Rule] = []
    for name in _rule_modules():
        module = importlib.import_module(name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, Rule) and obj.code:
                rules.append(obj())
    return rules


def _rule_modules() -> List[str]:
    """The dotted names of the modules under this package, sorted: the ``.py`` files of
    its folders and of every subfolder that is a package (holds an ``__init__.py``)."""
    found: List[str] = []

    def walk(folder: str, prefix: str) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir():
                    if os.path.isfile(os.path.join(entry.path, "__init__.py")):
                        walk(entry.path, prefix + entry.name + ".")
                elif entry.name.endswith(".py") and entry.name != "__init__.py":
                    if entry.name[:-3].isidentifier():
                        found.append(prefix + entry.name[:-3])

    for folder in __path__:
        walk(folder, __name__ + ".")
    return sorted(found)

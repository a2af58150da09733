"""The built-in plugin: lintnews's own rules, packs and formatters, provided through the
same hooks a third-party plugin implements (registered as the ``core`` entry point)."""

from __future__ import annotations

from typing import Callable, List, Mapping, Tuple

from lintnews.engine.packs import builtin_pack_paths

def lintnews_rules() -> list:
    from lintnews.rules import builtin_rules

    return builtin_rules()


def lintnews_rule_packs() -> List:
    return builtin_pack_paths()


def lintnews_formatters() -> Mapping[str, type]:
    from lintnews.output import BUILTIN_FORMATTERS

    return BUILTIN_FORMATTERS  # each class imported when its format is chosen


#: This plugin's hook implementations. They are given the ``lintnews.hookimpl`` mark when
#: a plugin manager is built (:func:`lintnews.engine.plugins.mark_builtin`); a run with no
#: other plugin calls them without one, and without importing pluggy.
HOOKS: Tuple[Callable, ...] = (lintnews_rules, lintnews_rule_packs, lintnews_formatters)

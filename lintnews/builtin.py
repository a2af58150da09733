"""The built-in plugin: lintnews's own rules, packs and formatters, provided through the
same hooks a third-party plugin implements (registered as the ``core`` entry point)."""

from __future__ import annotations

from typing import List, Mapping

from lintnews import hookimpl
from lintnews.engine.packs import builtin_pack_paths


@hookimpl
def lintnews_rules() -> list:
    from lintnews.rules import builtin_rules

    return builtin_rules()


@hookimpl
def lintnews_rule_packs() -> List:
    return builtin_pack_paths()


@hookimpl
def lintnews_formatters() -> Mapping[str, type]:
    from lintnews.output import BUILTIN_FORMATTERS

    return BUILTIN_FORMATTERS  # each class imported when its format is chosen

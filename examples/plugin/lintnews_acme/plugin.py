"""Hook implementations: the module the ``lintnews`` entry point names."""

from pathlib import Path

import lintnews

from .headline_length import LongHeadline


@lintnews.hookimpl
def lintnews_rules():
    return [LongHeadline()]


@lintnews.hookimpl
def lintnews_rule_packs():
    return [Path(__file__).with_name("acme.yaml")]

"""lintnews's own ``LN`` findings, declared as rules so that they can be listed,
documented, selected, ignored and re-levelled like any other rule."""

from __future__ import annotations

from typing import Iterator

from lintnews.model import ENGINE_CATEGORY, Finding, Severity
from lintnews.rule import Rule


class EngineRule(Rule):
    """A rule the engine itself reports; ``check`` finds nothing on its own."""

    category = ENGINE_CATEGORY
    pack = "lintnews"

    def check(self, doc) -> Iterator[Finding]:
        return iter(())


class PluginFailure(EngineRule):
    code = "LN002"
    name = "plugin-failure"
    severity = Severity.ERROR
    summary = "A plugin or rule failed to load or raised while linting; other rules still ran."
    doc = (
        "What it flags: a rule, pack or plugin that raised an exception. The message names\n"
        "the plugin (entry-point name) and the rule. The draft was still linted by every\n"
        "other rule.\n\nInstead: update or remove the failing plugin; report the bug to its authors."
    )


class BadPragma(EngineRule):
    code = "LN900"
    name = "bad-pragma"
    severity = Severity.WARNING
    summary = "A lintnews suppression comment is malformed or names an unknown rule."
    doc = (
        "What it flags: '<!-- lintnews-... -->' comments with an unknown directive or rule,\n"
        "or an enable with no disable before it.\n\n"
        "Example: <!-- lintnews-disable HGD001 --> (typo)\n"
        "Instead: <!-- lintnews-disable HDG001 -->"
    )


class UnusedPragma(EngineRule):
    code = "LN901"
    name = "unused-suppression"
    severity = Severity.INFO
    summary = "A suppression comment suppressed nothing and can be removed."
    doc = (
        "What it flags: a disable comment whose range has no finding of the rules it names.\n"
        "Stale suppressions hide future problems.\n\nInstead: delete the comment."
    )


ENGINE_RULES = (PluginFailure(), BadPragma(), UnusedPragma())

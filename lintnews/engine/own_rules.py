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
    """What it flags: a rule, pack or plugin that failed to load, raised an exception or
    ran out of time (``rule-timeout``). The message names the plugin (entry-point name)
    and the rule. The draft was still linted by every other rule. On the command line a
    rule that ran out of time is not run again for the rest of the run; each later draft
    gets an LN002 saying so.

    Why: a check that could not run has not passed. LN002 is always an error and always
    ends the run with exit status 2, whatever select, ignore, severity, fail-on or
    suppression comments say, so that a publication gate never reads the rule's silence
    as a clean draft.

    Instead: update or remove the failing plugin and report the bug to its authors; for
    a rule that needs more time on long drafts, raise ``rule-timeout``.

    Fix safety: no fix.
    """

    code = "LN002"
    name = "plugin-failure"
    severity = Severity.ERROR
    summary = "A plugin, rule or pack failed or ran out of time: the draft was not fully checked."


class BadPragma(EngineRule):
    """What it flags: '<!-- lintnews-... -->' comments with an unknown directive or rule
    ("<!-- lintnews-disable HGD001 -->", a typo), or an enable with no disable before it.

    Why: a suppression that names nothing suppresses nothing: the finding it was meant
    for comes back, and the comment misleads the next editor.

    Instead: correct the rule or directive ("<!-- lintnews-disable HDG001 -->").

    Fix safety: no fix: the intended rule or directive is the writer's to say.
    """

    code = "LN900"
    name = "bad-pragma"
    severity = Severity.WARNING
    summary = "A lintnews suppression comment is malformed or names an unknown rule."
    examples = {
        "fail": ["<!-- lintnews-disable HGD001 -->\n\nThe plan may partly work."],
        "pass": ["<!-- lintnews-disable HDG001 -->\n\nThe plan may partly work."],
    }


class UnusedPragma(EngineRule):
    """What it flags: a disable comment whose range has no finding of the rules it names.

    Why: stale suppressions pile up and hide the next real finding in their range.

    Instead: delete the comment.

    Fix safety: no fix is applied; deleting the comment is safe once the findings it was
    for are gone.
    """

    code = "LN901"
    name = "unused-suppression"
    severity = Severity.INFO
    summary = "A suppression comment suppressed nothing and can be removed."
    examples = {
        "fail": ["<!-- lintnews-disable-next-line HDG001 -->\nThe plan works."],
        "pass": ["<!-- lintnews-disable-next-line HDG001 -->\nThe plan may partly work."],
    }


ENGINE_RULES = (PluginFailure(), BadPragma(), UnusedPragma())

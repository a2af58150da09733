"""select / ignore / severity by code, name, prefix, pack and category."""

from __future__ import annotations

import pytest

from lintnews.model import Severity
from lintnews.engine.selection import is_enabled, severity_for, unknown_selectors


class R:
    def __init__(self, code, name, category, pack, severity=Severity.WARNING, opt_in=False):
        self.code, self.name, self.category, self.pack, self.severity = code, name, category, pack, severity
        self.opt_in = opt_in


HDG1 = R("HDG001", "stacked-hedge", "hedging", "hedging")
HDG2 = R("HDG002", "agentless-perception", "hedging", "hedging")
CLM1 = R("CLM001", "unsourced-cause", "claims", "claims")
CLM4 = R("CLM004", "unsourced-statistic", "claims", "claims", opt_in=True)


@pytest.mark.parametrize(
    "select, ignore, rule, enabled",
    [
        (["ALL"], [], HDG1, True),
        (["ALL"], ["HDG"], HDG1, False),
        (["ALL"], ["hedging"], HDG1, False),
        (["ALL"], ["stacked-hedge"], HDG1, False),
        (["ALL"], ["stacked-hedge"], HDG2, True),
        (["HDG001"], ["hedging"], HDG1, True),  # exact select beats category ignore
        (["hedging"], ["HDG001"], HDG1, False),
        (["HDG0"], [], HDG2, True),
        (["claims"], [], HDG1, False),
        (["HDG"], ["HDG"], HDG1, False),  # tie: ignored
        ([], [], HDG1, False),
        # an opt-in rule runs only where a selector names it by code or name
        (["ALL"], [], CLM4, False),
        (["claims"], [], CLM4, False),
        (["CLM"], [], CLM4, False),
        (["CLM00"], [], CLM4, False),
        (["CLM004"], [], CLM4, True),
        (["unsourced-statistic"], [], CLM4, True),
        (["ALL", "CLM004"], ["claims"], CLM4, True),
        (["CLM004"], ["CLM004"], CLM4, False),
    ],
)
def test_is_enabled(select, ignore, rule, enabled):
    assert is_enabled(rule, select, ignore) is enabled


def test_severity_override_uses_most_specific():
    overrides = {"hedging": Severity.INFO, "HDG002": Severity.ERROR}
    assert severity_for(HDG1, overrides) is Severity.INFO
    assert severity_for(HDG2, overrides) is Severity.ERROR
    assert severity_for(CLM1, overrides) is Severity.WARNING


def test_unknown_selectors():
    assert unknown_selectors(["HDG", "claims", "ALL", "HGD001", "stacked-hedge"], [HDG1, CLM1]) == ["HGD001"]

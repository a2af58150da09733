"""Test helpers for lintnews and for authors of lintnews plugins (a pytest plugin).

The ``linter`` fixture lints text with the installed rules::

    def test_my_rule(linter):
        findings = linter.lint("The plan may partly work.", select=["HDG001"])
        assert [(f.code, f.line, f.column) for f in findings] == [("HDG001", 1, 10)]

Keyword arguments are configuration keys, as in ``.lintnews.yaml``; a rule's options
are set the way users set them::

    linter.codes(text, select=["HDG005"], rules={"HDG005": {"sentence-hedges": 2}})

Fixture files mark each line that must fire with ``{CODE}`` at its end (several codes
allowed); :meth:`LinterFixture.assert_fixture` lints the file with the markers removed
and compares the exact set of ``(line, code)`` pairs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Set, Tuple

import pytest

from lintnews.engine.config import Settings, settings_from_mapping
from lintnews.model import Finding

_MARKER = re.compile(r"[ \t]*((?:\{[A-Z]{2,4}[0-9]{3}\}[ \t]*)+)$", re.M)
_CODE = re.compile(r"\{([A-Z]{2,4}[0-9]{3})\}")


def strip_markers(text: str) -> Tuple[str, Set[Tuple[int, str]]]:
    """Remove ``{CODE}`` markers at line ends; return the clean text and expectations."""
    expected: Set[Tuple[int, str]] = set()
    out_lines = []
    for number, line in enumerate(text.split("\n"), 1):
        m = _MARKER.search(line)
        if m:
            expected.update((number, code) for code in _CODE.findall(m.group(1)))
            line = line[: m.start()]
        out_lines.append(line)
    return "\n".join(out_lines), expected


class LinterFixture:
    """Lints text with one shared :class:`lintnews.engine.linter.Linter`."""

    def __init__(self) -> None:
        from lintnews.engine.linter import Linter

        self.engine = Linter()

    def settings(self, select: Optional[Sequence[str]] = None, **config: Any) -> Settings:
        """Settings from configuration keys (``rules={...}``, ``date="2026-03-03"``, ...);
        a bad value raises :class:`lintnews.LintError` as a config file would."""
        data: Dict[str, Any] = dict(config)
        if select is not None:
            data["select"] = list(select)
        return settings_from_mapping(data, "<test>", Path.cwd()) if data else Settings()

    def lint(
        self,
        text: str,
        *,
        select: Optional[Sequence[str]] = None,
        path: str = "draft.md",
        **config: Any,
    ) -> List[Finding]:
        """Findings for *text* (Markdown unless *path* ends in .txt)."""
        return self.engine.lint_text(text, path, self.settings(select, **config))

    def codes(self, text: str, **kwargs: Any) -> List[str]:
        return [f.code for f in self.lint(text, **kwargs)]

    def assert_fixture(self, path: "str | Path", select: Optional[Iterable[str]] = None, **config: Any) -> None:
        """Lint a fixture file and compare its findings with its ``{CODE}`` markers."""
        path = Path(path)
        text, expected = strip_markers(path.read_text(encoding="utf-8"))
        codes = sorted({c for _, c in expected}) if select is None else list(select)
        findings = self.lint(text, select=codes or ["ALL"], path=path.name, **config)
        got = {(f.line, f.code) for f in findings}
        missing = sorted(expected - got)
        extra = sorted(got - expected)
        lines = text.split("\n")
        report = []
        for line, code in missing:
            report.append(f"  missing {code} on line {line}: {lines[line - 1].strip()[:100]}")
        for line, code in extra:
            msg = next(f.message for f in findings if (f.line, f.code) == (line, code))
            report.append(f"  unexpected {code} on line {line}: {msg}")
        assert not report, f"{path}:\n" + "\n".join(report)


@pytest.fixture(scope="session")
def linter() -> LinterFixture:
    """A :class:`LinterFixture` shared by the test session."""
    return LinterFixture()

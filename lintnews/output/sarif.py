"""SARIF 2.1.0, for code-scanning dashboards (GitHub, GitLab, Azure DevOps).

``tool.driver.rules`` describes every rule that has a result; each result carries
``properties.category``. Unreadable files become ``toolExecutionNotifications``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Sequence

from lintnews import __version__
from lintnews.model import Finding, Severity
from lintnews.output.base import Formatter

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    if path in ("-", "<stdin>", "<text>"):
        return "stdin"
    p = Path(path)
    return p.as_posix() if not p.is_absolute() else p.as_uri()


class SarifFormatter(Formatter):
    def start(self) -> None:
        self._results: List[dict] = []
        self._rule_index: Dict[str, int] = {}
        self._rules: List[dict] = []

    def _rule(self, f: Finding) -> int:
        if f.code not in self._rule_index:
            rule = self.rules.get(f.code)
            entry = {
                "id": f.code,
                "name": f.name,
                "shortDescription": {"text": getattr(rule, "summary", "") or f.name},
                "defaultConfiguration": {"level": _LEVEL[getattr(rule, "severity", f.severity)]},
                "properties": {"category": f.category},
            }
            doc = getattr(rule, "doc", "")
            if doc:
                entry["fullDescription"] = {"text": doc.strip()}
            url = getattr(rule, "url", None)
            if url:
                entry["helpUri"] = url
            self._rule_index[f.code] = len(self._rules)
            self._rules.append(entry)
        return self._rule_index[f.code]

    def file(self, path: str, findings: Sequence[Finding]) -> None:
        super().file(path, findings)
        for f in findings:
            result = {
                "ruleId": f.code,
                "ruleIndex": self._rule(f),
                "level": _LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(f.path)},
                            "region": {
                                "startLine": f.line,
                                "startColumn": f.column,
                                "endLine": f.end_line,
                                "endColumn": f.end_column,
                            },
                        }
                    }
                ],
                "properties": {"category": f.category, "name": f.name},
            }
            if f.fix is not None:
                result["fixes"] = [
                    {
                        "description": {"text": f"Replace with '{f.suggestion}'"},
                        "artifactChanges": [
                            {
                                "artifactLocation": {"uri": _uri(f.path)},
                                "replacements": [
                                    {
                                        "deletedRegion": {"charOffset": e.start, "charLength": e.end - e.start},
                                        "insertedContent": {"text": e.replacement},
                                    }
                                    for e in f.fix.edits
                                ],
                            }
                        ],
                    }
                ]
            self._results.append(result)

    def finish(self) -> None:
        invocation = {"executionSuccessful": not self.errors}
        if self.errors:
            invocation["toolExecutionNotifications"] = [
                {
                    "level": "error",
                    "message": {"text": e["message"]},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(e["path"])}}}],
                }
                for e in self.errors
            ]
        log = {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "lintnews",
                            "version": __version__,
                            "informationUri": "https://pypi.org/project/lintnews/",
                            "rules": self._rules,
                        }
                    },
                    "invocations": [invocation],
                    "columnKind": "unicodeCodePoints",
                    "results": self._results,
                }
            ],
        }
        import json  # imported when a report is written, not on every start-up

        json.dump(log, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")

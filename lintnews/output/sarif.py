"""SARIF 2.1.0, for code-scanning dashboards (GitHub, GitLab, Azure DevOps).

``tool.driver.rules`` describes every rule that has a result; each result carries
``properties.category``. Unreadable files become ``toolExecutionNotifications``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Dict, List, Sequence

from lintnews import __version__
from lintnews.model import Finding, Severity
from lintnews.output.base import Formatter

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


#: Characters left as they are in a path segment of a URI (RFC 3986 ``pchar`` without
#: ":", which would read as a scheme in a relative reference's first segment).
_SEGMENT_SAFE = "!$&'()*+,;=@-._~"


def _uri(path: str) -> str:
    """*path* as an RFC 3986 URI reference: relative paths stay relative, absolute ones
    become ``file://`` URIs; every byte outside the unreserved and sub-delimiter sets
    (spaces, "%", ":", "#", "?", line breaks, non-ASCII) is percent-encoded from the
    path's bytes (undecodable names included)."""
    if path in ("-", "<stdin>", "<text>"):
        return "stdin"
    from urllib.parse import quote_from_bytes

    p = Path(path)
    segments = [quote_from_bytes(os.fsencode(part), safe=_SEGMENT_SAFE) for part in p.as_posix().split("/")]
    if not p.is_absolute():
        return "/".join(segments)
    if p.drive:  # Windows: file:///C:/folder/name.md
        return "file:///" + p.drive + "/" + "/".join(segments[1:])
    return "file://" + "/".join(segments)


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

"""Stable JSON: ``{"version": 1, "findings": [...], "errors": [...]}``.

The schema is ``docs/json-output.schema.json``; fields are only ever added, never
renamed or removed, within version 1.
"""

from __future__ import annotations

from typing import Dict, List, Sequence

from lintnews import __version__
from lintnews.model import Finding
from lintnews.output.base import Formatter

SCHEMA_VERSION = 1


def report(findings: List[dict], errors: List[Dict[str, str]]) -> dict:
    """The whole JSON document for *findings* (``Finding.to_dict()`` each) and *errors*
    (``{"path", "message"}`` each), as ``--format json`` and the lint server write it."""
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "lintnews", "version": __version__},
        "findings": findings,
        "errors": errors,
    }


class JsonFormatter(Formatter):
    def start(self) -> None:
        self._findings = []

    def file(self, path: str, findings: Sequence[Finding]) -> None:
        super().file(path, findings)
        self._findings.extend(f.to_dict() for f in findings)

    def finish(self) -> None:
        doc = report(self._findings, self.errors)
        import json  # imported when a report is written, not on every start-up

        json.dump(doc, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")

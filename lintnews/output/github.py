"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` per finding."""

from __future__ import annotations

from typing import Sequence

from lintnews.model import Finding, Severity
from lintnews.output.base import Formatter

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter(Formatter):
    def file(self, path: str, findings: Sequence[Finding]) -> None:
        super().file(path, findings)
        for f in findings:
            props = (
                f"file={_prop(f.path)},line={f.line},col={f.column},"
                f"endLine={f.end_line},endColumn={f.end_column},title={_prop(f'{f.code} {f.name}')}"
            )
            message = f.message + (f" (suggestion: {f.suggestion})" if f.suggestion and f.suggestion not in f.message else "")
            self.stream.write(f"::{_LEVEL[f.severity]} {props}::{_data(message)}\n")

    def error(self, path: str, message: str) -> None:
        super().error(path, message)
        self.stream.write(f"::error file={_prop(path)},title=lintnews::{_data(message)}\n")

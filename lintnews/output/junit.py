"""JUnit XML, the test-report format most CI dashboards read (GitLab, Jenkins, Azure
DevOps, CircleCI, Buildkite).

Each linted file is a ``<testsuite>`` named by its path. Each finding is a failing
``<testcase>`` (classname: the path; name: code, rule name and position) whose
``<failure>`` has the severity as ``type``; a file without findings is one passing
``<testcase name="lintnews">``, so dashboards count clean drafts too. A file that could
not be read is a ``<testcase>`` with an ``<error>``. No timestamps, so the output of the
same run is byte-for-byte repeatable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Sequence

from lintnews.model import Finding
from lintnews.output.base import Formatter
from lintnews.matching import patterns as lazyre

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET


def _et() -> Any:
    """ElementTree, imported when a JUnit report is written (not on every start-up)."""
    import xml.etree.ElementTree

    return xml.etree.ElementTree

# Characters XML 1.0 cannot carry, even escaped.
_INVALID_XML = lazyre.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(value: str) -> str:
    return _INVALID_XML.sub("\ufffd", value)


def _describe(f: Finding) -> str:
    line = f"{f.path}:{f.line}:{f.column}: {f.severity} {f.code} [{f.name}] {f.message}"
    if f.suggestion and f.suggestion not in f.message:
        line += f" (suggestion: {f.suggestion})"
    return line


class JunitFormatter(Formatter):
    def start(self) -> None:
        self._suites: List[ET.Element] = []

    def _suite(self, path: str, tests: int, failures: int, errors: int) -> ET.Element:
        suite = _et().Element(
            "testsuite",
            name=_clean(path),
            tests=str(tests),
            failures=str(failures),
            errors=str(errors),
            skipped="0",
        )
        self._suites.append(suite)
        return suite

    def file(self, path: str, findings: Sequence[Finding]) -> None:
        super().file(path, findings)
        suite = self._suite(path, max(1, len(findings)), len(findings), 0)
        if not findings:
            _et().SubElement(suite, "testcase", classname=_clean(path), name="lintnews", file=_clean(path))
            return
        for f in findings:
            case = _et().SubElement(
                suite,
                "testcase",
                classname=_clean(f.path),
                name=_clean(f"{f.code} {f.name} at {f.line}:{f.column}"),
                file=_clean(f.path),
                line=str(f.line),
            )
            failure = _et().SubElement(
                case, "failure", type=str(f.severity), message=_clean(f"{f.code} {f.message}")
            )
            failure.text = _clean(_describe(f))

    def error(self, path: str, message: str) -> None:
        super().error(path, message)
        suite = self._suite(path, 1, 0, 1)
        case = _et().SubElement(suite, "testcase", classname=_clean(path), name="lintnews", file=_clean(path))
        err = _et().SubElement(case, "error", type="input", message=_clean(message))
        err.text = _clean(message)

    def finish(self) -> None:
        tests = sum(int(s.get("tests", "0")) for s in self._suites)
        failures = sum(int(s.get("failures", "0")) for s in self._suites)
        errors = sum(int(s.get("errors", "0")) for s in self._suites)
        root = _et().Element("testsuites", name="lintnews", tests=str(tests), failures=str(failures), errors=str(errors))
        root.extend(self._suites)
        _et().indent(root)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(_et().tostring(root, encoding="unicode"))
        self.stream.write("\n")

"""``--format junit``: JUnit XML that CI dashboards read."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

from lintnews.output import BUILTIN_FORMATTERS
from lintnews.output.junit import JunitFormatter
from lintnews.model import Finding, Severity

PACK = str(Path(__file__).parent.parent / "integration" / "data" / "fixpack.yaml")
RULES = ("--pack", PACK, "--select", "FXT", "--isolated")


def test_junit_is_a_builtin_format():
    assert BUILTIN_FORMATTERS["junit"] is JunitFormatter


def test_one_suite_per_file_failures_for_findings_and_a_passing_case_for_clean_files(run_cli, tmp_path):
    (tmp_path / "bad.md").write_text("We met in order to talk.\n\nIrregardless, it rained.\n", encoding="utf-8")
    (tmp_path / "clean.md").write_text("We met to talk.\n", encoding="utf-8")
    result = run_cli("check", *RULES, "--format", "junit", "bad.md", "clean.md", "missing.md", cwd=tmp_path)
    assert result.status == 2  # missing.md
    assert result.out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(result.out)
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("5", "3", "1")
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == ["bad.md", "clean.md", "missing.md"]

    bad = suites["bad.md"]
    assert (bad.get("tests"), bad.get("failures")) == ("3", "3")
    cases = bad.findall("testcase")
    assert [c.get("name") for c in cases] == [
        "FXT001 wordy-phrase at 1:8",
        "FXT004 order-phrase at 1:11",
        "FXT002 nonstandard-word at 3:1",
    ]
    assert {c.get("classname") for c in cases} == {"bad.md"}
    assert [c.get("line") for c in cases] == ["1", "1", "3"]
    failure = cases[2].find("failure")
    assert failure.get("type") == "error"
    assert failure.get("message") == "FXT002 'Irregardless' is nonstandard; 'Regardless' may change the tone"
    assert failure.text.startswith("bad.md:3:1: error FXT002 [nonstandard-word]")

    clean = suites["clean.md"]
    [case] = clean.findall("testcase")
    assert (clean.get("failures"), case.get("name"), list(case)) == ("0", "lintnews", [])

    [missing] = suites["missing.md"].findall("testcase")
    assert "no such file" in missing.find("error").get("message")


def test_markup_and_control_characters_are_escaped():
    out = io.StringIO()
    fmt = JunitFormatter(out, {})
    fmt.start()
    finding = Finding(
        path="a&b.md", line=1, column=1, end_line=1, end_column=5, code="XYZ001", name="odd",
        category="style", severity=Severity.INFO, message='Use "<b>" & \x0c not ]]>',
    )
    fmt.file("a&b.md", [finding])
    fmt.finish()
    root = ET.fromstring(out.getvalue())
    failure = root.find("testsuite/testcase/failure")
    assert failure.get("message") == 'XYZ001 Use "<b>" & \ufffd not ]]>'
    assert root.find("testsuite").get("name") == "a&b.md"


def test_output_is_repeatable(run_cli, tmp_path):
    (tmp_path / "bad.md").write_text("We met in order to talk.\n", encoding="utf-8")
    first = run_cli("check", *RULES, "--format", "junit", "bad.md", cwd=tmp_path).out
    second = run_cli("check", *RULES, "--format", "junit", "bad.md", cwd=tmp_path).out
    assert first == second

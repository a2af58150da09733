"""Inline suppression comments and the LN900/LN901 findings about them."""

from __future__ import annotations


def found(linter, text, select=("HDG001", "HDG003", "LN")):
    return [(f.line, f.code) for f in linter.lint(text, select=list(select))]


def test_disable_enable_range(linter):
    text = (
        "It may partly work.\n\n"
        "<!-- lintnews-disable HDG001 -->\n\n"
        "It may partly work.\n\n"
        "<!-- lintnews-enable HDG001 -->\n\n"
        "It may partly work.\n"
    )
    assert found(linter, text) == [(1, "HDG001"), (9, "HDG001")]


def test_disable_next_line_by_name_and_category(linter):
    text = (
        "<!-- lintnews-disable-next-line stacked-hedge -->\n"
        "It may partly work. Needless to say, it did.\n\n"
        "<!-- lintnews-disable-next-line hedging -->\n\n"
        "It may partly work. Needless to say, it did.\n"
    )
    assert found(linter, text) == [(2, "HDG003")]


def test_disable_file_without_codes(linter):
    text = "It may partly work.\n\n<!-- lintnews-disable-file -->\n\nNeedless to say, it did.\n"
    assert found(linter, text) == []


def test_disable_line_inline_comment(linter):
    text = "It may partly work. <!-- lintnews-disable-line HDG001 -->\n\nIt may partly work.\n"
    assert found(linter, text) == [(3, "HDG001")]


def test_malformed_and_unknown_pragmas_are_reported(linter):
    text = (
        "<!-- lintnews-disabel HDG001 -->\n\n"
        "<!-- lintnews-disable HGD001 -->\n\n"
        "<!-- lintnews-enable HDG003 -->\n\n"
        "It may partly work.\n"
    )
    findings = linter.lint(text, select=["HDG001", "LN"])
    assert [(f.line, f.code) for f in findings] == [(1, "LN900"), (3, "LN900"), (5, "LN900"), (7, "HDG001")]
    assert "unknown directive 'lintnews-disabel'" in findings[0].message
    assert "unknown rule 'HGD001'" in findings[1].message
    assert "no matching 'lintnews-disable'" in findings[2].message


def test_unused_suppression_is_reported(linter):
    text = "<!-- lintnews-disable-next-line HDG001 -->\nA clean sentence.\n"
    findings = linter.lint(text, select=["HDG001", "LN"])
    assert [(f.line, f.code, str(f.severity)) for f in findings] == [(1, "LN901", "info")]


def test_pragmas_inside_code_blocks_are_ignored(linter):
    text = "```\n<!-- lintnews-disable-file -->\n```\n\nIt may partly work.\n"
    assert found(linter, text) == [(5, "HDG001")]

"""Choosing and applying fixes (lintnews.output.fixes), on synthetic findings and texts."""

from __future__ import annotations

import itertools
import os
import stat

import pytest

from lintnews.output.fixes import apply_edits, fix_findings, select_fixes, unified_diff, write_fixed
from lintnews.model import Edit, Finding, Fix, Severity


def finding(code: str, start: int, end: int, replacement: str, safe: bool = True, edits=None) -> Finding:
    fix = Fix(tuple(edits) if edits is not None else (Edit(start, end, replacement),), safe=safe)
    return Finding(
        path="d.md", line=1, column=start + 1, end_line=1, end_column=end + 1, code=code,
        name="x", category="style", severity=Severity.WARNING, message="m",
        offset=start, end_offset=end, suggestion=replacement, fix=fix,
    )


class TestApplyEdits:
    def test_applies_edits_in_offset_order_whatever_the_input_order(self):
        text = "one two three"
        edits = [Edit(8, 13, "3"), Edit(0, 3, "1"), Edit(4, 7, "2")]
        assert apply_edits(text, edits) == "1 2 3"

    def test_insertion_and_deletion(self):
        assert apply_edits("ab", [Edit(1, 1, "-"), Edit(0, 1, "")]) == "-b"

    def test_overlapping_edits_are_refused(self):
        with pytest.raises(ValueError):
            apply_edits("abcdef", [Edit(0, 3, "x"), Edit(2, 4, "y")])


class TestSelectFixes:
    def test_first_starting_fix_wins_an_overlap_in_any_input_order(self):
        a = finding("AAA001", 7, 18, "to")
        b = finding("BBB001", 10, 18, "so as to")
        c = finding("CCC001", 30, 35, "x")
        for order in itertools.permutations([a, b, c]):
            assert select_fixes(order, 100) == [a, c]

    def test_same_start_prefers_the_shorter_span_then_the_code(self):
        long_ = finding("AAA001", 0, 10, "x")
        short = finding("ZZZ001", 0, 4, "y")
        same = finding("BBB001", 0, 4, "z")
        assert select_fixes([long_, short, same], 20) == [same]

    def test_unsafe_fixes_need_the_flag(self):
        safe = finding("AAA001", 0, 3, "x")
        unsafe = finding("AAA002", 5, 8, "y", safe=False)
        assert select_fixes([safe, unsafe], 20) == [safe]
        assert select_fixes([safe, unsafe], 20, unsafe=True) == [safe, unsafe]

    def test_advice_without_a_fix_is_never_applied(self):
        advice = finding("AAA001", 0, 3, "x")
        advice = Finding(**{**advice.__dict__, "fix": None})
        assert select_fixes([advice], 20, unsafe=True) == []

    def test_adjacent_edits_do_not_clash_but_two_insertions_at_one_point_do(self):
        left = finding("AAA001", 0, 3, "x")
        right = finding("AAA002", 3, 6, "y")
        assert select_fixes([left, right], 10) == [left, right]
        ins1 = finding("AAA003", 8, 8, "!")
        ins2 = finding("AAA004", 8, 8, "?")
        assert select_fixes([ins2, ins1], 10) == [ins1]

    def test_insertion_inside_a_replaced_span_clashes(self):
        outer = finding("AAA001", 0, 6, "x")
        inner = finding("AAA002", 3, 3, "!")
        assert select_fixes([outer, inner], 10) == [outer]

    def test_edits_outside_the_text_or_overlapping_each_other_are_skipped(self):
        outside = finding("AAA001", 5, 50, "x")
        self_overlap = finding("AAA002", 0, 0, "", edits=[Edit(0, 4, "a"), Edit(2, 6, "b")])
        assert select_fixes([outside, self_overlap], 10) == []

    def test_identical_fixes_from_two_rules_are_applied_once(self):
        a = finding("AAA001", 0, 3, "x")
        b = finding("BBB001", 0, 3, "x")
        assert select_fixes([b, a], 10) == [a]

    def test_a_multi_edit_fix_is_all_or_nothing(self):
        multi = finding("AAA001", 0, 0, "", edits=[Edit(0, 1, "A"), Edit(8, 9, "B")])
        blocker = finding("AAA000", 7, 9, "z")
        assert select_fixes([multi, blocker], 20) == [multi]
        early = finding("AAA000", 0, 1, "q")
        assert select_fixes([multi, early], 20) == [early]


def _swap_linter(swaps):
    """A lint function that reports each swap key found in the text, with a safe fix."""

    def lint(text):
        out = []
        for bad, good in swaps.items():
            start = text.find(bad)
            while start != -1:
                out.append(finding("SWP001", start, start + len(bad), good))
                start = text.find(bad, start + len(bad))
        return sorted(out)

    return lint


class TestFixFindings:
    def test_passes_repeat_until_overlapping_fixes_are_resolved(self):
        lint = _swap_linter({"in order to": "to", "order to go": "order to leave"})
        outcome = fix_findings("We met in order to go.", lint)
        assert outcome.text == "We met to go."
        assert outcome.applied == 1
        assert outcome.remaining == []
        assert fix_findings(outcome.text, lint).changed is False

    def test_a_chain_of_fixes_reaches_a_fixed_point(self):
        lint = _swap_linter({"aaa": "bb", "bb": "c"})
        outcome = fix_findings("aaa", lint)
        assert outcome.text == "c"
        assert outcome.applied == 2

    def test_rules_that_undo_each_other_stop_instead_of_looping(self):
        lint = _swap_linter({"colour": "color", "color": "colour"})
        outcome = fix_findings("colour", lint)
        assert outcome.text == "color"
        assert outcome.applied == 1

    def test_unchanged_text_reports_its_findings(self):
        lint = _swap_linter({"zzz": "y"})
        outcome = fix_findings("abc", lint)
        assert not outcome.changed and outcome.applied == 0 and outcome.remaining == []


class TestDiffAndWrite:
    def test_relative_paths_get_git_style_labels(self):
        diff = unified_diff("a\nb\n", "a\nc\n", "news/draft.md")
        assert diff.splitlines()[:2] == ["--- a/news/draft.md", "+++ b/news/draft.md"]
        assert "-b" in diff.splitlines() and "+c" in diff.splitlines()

    def test_missing_final_newline_is_marked(self):
        diff = unified_diff("a", "b", "d.md")
        assert "\\ No newline at end of file" in diff
        assert unified_diff("same", "same", "d.md") == ""

    def test_write_keeps_mode_bom_and_symlink(self, tmp_path):
        target = tmp_path / "real.md"
        target.write_bytes(b"\xef\xbb\xbfold\r\n")
        os.chmod(target, 0o640)
        link = tmp_path / "link.md"
        link.symlink_to(target)
        write_fixed(str(link), "new\r\n", bom=True)
        assert link.is_symlink()
        assert target.read_bytes() == b"\xef\xbb\xbfnew\r\n"
        assert stat.S_IMODE(target.stat().st_mode) == 0o640
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

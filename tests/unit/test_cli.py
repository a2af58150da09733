"""The command line: inputs, exit codes, one-line errors, rules listing."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

BAD = "It may partly explain the rise.\n"
CLEAN = "Prices rose 3% in March, the statistics office said.\n"


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "bad.md").write_text(BAD)
    (tmp_path / "desk" / "clean.txt").write_text(CLEAN)
    (tmp_path / "desk" / "notes.py").write_text("x = 'may partly'\n")
    return tmp_path


def test_exit_0_when_clean(run_cli, tree):
    assert run_cli("check", str(tree / "desk" / "clean.txt"), "--isolated").status == 0


def test_exit_1_on_findings_and_folders_recurse_into_drafts(run_cli, tree):
    result = run_cli("check", str(tree), "--select", "HDG001")
    assert result.status == 1
    assert [line.split(":")[0] for line in result.lines[:-1]] == [str(tree / "desk" / "bad.md")]


def test_fail_on_controls_the_exit_status(run_cli, tree):
    bad = str(tree / "desk" / "bad.md")
    assert run_cli("check", bad, "--select", "HDG001", "--fail-on", "error").status == 0
    assert run_cli("check", bad, "--select", "HDG001", "--fail-on", "warning").status == 1
    (tree / ".lintnews.yaml").write_text("fail-on: error\n")
    assert run_cli("check", bad, "--select", "HDG001").status == 0
    assert run_cli("check", bad, "--select", "HDG001", "--fail-on", "info").status == 1


def test_stdin_with_filename(run_cli):
    result = run_cli("check", "-", "--stdin-filename", "story.md", "--select", "HDG001", stdin=BAD)
    assert result.status == 1
    assert result.lines[0].startswith("story.md:1:4: warning HDG001")


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"\xff\xff bad bytes", "not valid UTF-8 (byte 0xff at offset 0)"),
        (b"PK\x03\x04\x00\x00binary", "looks like a binary file"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_other_files_still_linted(run_cli, tree, content, problem):
    broken = tree / "broken.md"
    broken.write_bytes(content)
    result = run_cli("check", str(broken), str(tree / "desk" / "bad.md"), "--select", "HDG001")
    assert result.status == 2
    assert result.err == f"lintnews: error: {broken}: {problem}" + result.err.split(problem, 1)[1]
    assert len(result.err.strip().splitlines()) == 1
    assert "HDG001" in result.out


def test_missing_file(run_cli, tmp_path):
    result = run_cli("check", str(tmp_path / "nope.md"))
    assert result.status == 2
    assert result.err.strip() == f"lintnews: error: {tmp_path / 'nope.md'}: no such file"


def test_broken_config_is_one_line_exit_2(run_cli, tree):
    (tree / ".lintnews.yaml").write_text("selec: [HDG001]\n")
    result = run_cli("check", str(tree / "desk" / "bad.md"))
    assert result.status == 2
    assert result.out == ""
    assert result.err.startswith(f"lintnews: error: {tree / '.lintnews.yaml'}") and "unknown key 'selec'" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_broken_pack_is_one_line_exit_2(run_cli, tree):
    pack = tree / "house.yaml"
    pack.write_text("pack: house\nprefix: HSE\ncategory: style\nrules:\n  - code: HSE001\n    name: x\n    kind: existence\n    message: m\n")
    result = run_cli("check", str(tree / "desk" / "bad.md"), "--pack", str(pack))
    assert result.status == 2
    assert result.err.strip() == f"lintnews: error: {pack}:5: rule HSE001: field 'tokens': is required"


def test_unknown_selector_is_an_error(run_cli, tree):
    result = run_cli("check", str(tree / "desk" / "bad.md"), "--select", "HGD001")
    assert result.status == 2
    assert "unknown rule, prefix, pack or category 'HGD001'" in result.err


def test_unknown_format(run_cli, tree):
    result = run_cli("check", str(tree / "desk" / "bad.md"), "--format", "xml")
    assert result.status == 2 and "unknown --format 'xml'" in result.err


def test_no_input_is_a_usage_error(run_cli):
    result = run_cli("check")
    assert result.status == 2 and "no input" in result.err


def test_rules_table_and_json(run_cli):
    result = run_cli("rules")
    assert result.status == 0
    row = next(line for line in result.lines if line.startswith("HDG001"))
    assert "stacked-hedge" in row and "hedging" in row and "warning" in row
    data = json.loads(run_cli("rules", "--format", "json").out)
    assert {"code", "name", "category", "severity", "summary", "options"} <= set(data[0])
    by_code = {r["code"]: r for r in data}
    assert by_code["HDG005"]["options"] == {"sentence-hedges": 3, "paragraph-hedges": 4, "words-per-hedge": 30}
    assert by_code["HDG001"]["options"] == {}
    assert by_code["CLM004"]["opt_in"] is True and by_code["CLM001"]["opt_in"] is False
    assert next(line for line in result.lines if line.startswith("CLM004")).endswith("(opt-in)")


def test_opt_in_rule_runs_only_when_named(run_cli, tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("Unemployment in the region is 7.2%.\n")
    quiet = run_cli("check", str(draft), "--select", "ALL", "-f", "json")
    assert quiet.status == 0 and json.loads(quiet.out)["findings"] == []
    named = run_cli("check", str(draft), "--extend-select", "CLM004", "-f", "json")
    assert named.status == 0  # information only: below the default fail-on
    (finding,) = json.loads(named.out)["findings"]
    assert (finding["code"], finding["line"], finding["column"]) == ("CLM004", 1, 31)


def test_rule_doc_by_code_or_name(run_cli):
    by_code = run_cli("rule", "HDG002")
    by_name = run_cli("rule", "agentless-perception")
    assert by_code.status == 0 and by_code.out == by_name.out
    assert by_code.out.startswith("HDG002 agentless-perception (hedging, warning)")
    assert "Flagged:" in by_code.out and "Not flagged:" in by_code.out
    assert run_cli("rule", "NOPE001").status == 2


def test_jobs_give_the_same_output_as_one_process(run_cli, tmp_path):
    for i in range(12):
        (tmp_path / f"d{i:02}.md").write_text(BAD * (i % 3 + 1) + ("Needless to say, it rose.\n" if i % 2 else ""))
    one = run_cli("check", str(tmp_path), "--select", "hedging", "-f", "json")
    two = run_cli("check", str(tmp_path), "--select", "hedging", "-f", "json", "--jobs", "2")
    assert one.status == two.status == 1
    assert json.loads(one.out)["findings"] == json.loads(two.out)["findings"]


def test_console_script_runs_as_a_process(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text(BAD)
    proc = subprocess.run(
        [sys.executable, "-m", "lintnews", "check", str(draft), "--select", "HDG001", "-f", "json"],
        capture_output=True, text=True,
    )
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["findings"][0]["code"] == "HDG001"


def test_rules_markdown_reference(run_cli):
    result = run_cli("rules", "--format", "markdown")
    assert result.status == 0
    assert result.lines[0] == "# Rules"
    assert any(line.startswith("| [HDG001](#hdg001) | `stacked-hedge` | hedging |") for line in result.lines)
    assert "## HDG001" in result.lines


@pytest.mark.parametrize("columns", ["50", "120"])
@pytest.mark.parametrize("command", [[], ["check"], ["rules"], ["rule"], ["lsp"]])
def test_help_is_laid_out_as_argparse_lays_it_out(monkeypatch, capsys, columns, command):
    import argparse

    from lintnews import cli

    monkeypatch.setenv("COLUMNS", columns)

    def help_text():
        with pytest.raises(SystemExit):
            cli.build_parser().parse_args([*command, "--help"])
        return capsys.readouterr().out

    ours = help_text()
    monkeypatch.setattr(cli, "_Formatter", argparse.HelpFormatter)
    assert ours == help_text()

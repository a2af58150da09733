"""A publication gate never passes a draft it did not fully read.

Each test here names what used to go wrong: part of a draft silently dropped, an input
that could not be read counted as clean, a traceback ending with exit status 1 (read by
CI as "findings"), an output that other tools reject. In-process and cheap; the
subprocess and privilege-dropping cases are in ``test_hostile_gate.py``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import jsonschema
import pytest

import lintnews
from lintnews.model import LintError

DATA = Path(__file__).resolve().parents[1] / "data"
FIXPACK = str(Path(__file__).resolve().parents[1] / "integration" / "data" / "fixpack.yaml")
FIX_RULES = ("--pack", FIXPACK, "--select", "FXT", "--isolated")
#: A weekday that does not fall on its date: FIG005 reports it wherever it stands.
WRONG_WEEKDAY = "The vote will be held on Monday, 3 March 2026."


def codes(text: str, path: str = "draft.md", **config) -> list:
    return [f.code for f in lintnews.lint_text(text, path, {"select": ["FIG005"], **config})]


# --------------------------------------------------------------------------- 1. nesting


@pytest.mark.parametrize("opener", ["- ", "> ", "1. ", "> - ", "* > "])
def test_a_deeply_nested_line_never_hides_the_rest_of_the_draft(opener):
    # markdown-it stops at 20 levels by default and drops the rest of the document.
    for depth in (1, 5, 10, 11, 12, 15, 20, 25, 30):
        text = opener * depth + "x\n\n" + WRONG_WEEKDAY + "\n"
        try:
            found = codes(text)
        except LintError as exc:  # refused as a whole, never read in part
            assert "nested too deeply to read" in str(exc)
            assert depth * len(opener.split()) > 40
            continue
        assert found == ["FIG005"], (opener, depth)


def test_nesting_beyond_what_can_be_read_is_an_error_not_a_pass(run_cli, tmp_path):
    draft = tmp_path / "deep.md"
    draft.write_text("- " * 60 + "x\n\n" + WRONG_WEEKDAY + "\n")
    result = run_cli("check", "--isolated", "-f", "json", str(draft))
    assert result.status == 2
    assert result.err == f"lintnews: error: {draft}: lists or block quotes nested too deeply to read (over 100 levels, a list counting two); not linted\n"
    assert json.loads(result.out)["errors"][0]["path"] == str(draft)


# --------------------------------------------------------------------------- 8. exit codes


def test_output_to_a_path_that_cannot_be_written_is_one_line_exit_2(run_cli, tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text(WRONG_WEEKDAY + "\n")
    target = tmp_path / "missing-folder" / "report.json"
    result = run_cli("check", "--isolated", "-o", str(target), str(draft))
    assert result.status == 2
    assert result.err == f"lintnews: error: {target}: cannot write the report: No such file or directory\n"


def test_an_impossible_date_in_the_config_is_one_line_exit_2(run_cli, tmp_path):
    (tmp_path / ".lintnews.yaml").write_text("select: [figures]\ndate: 2024-13-45\n")
    draft = tmp_path / "d.md"
    draft.write_text(WRONG_WEEKDAY + "\n")
    result = run_cli("check", str(draft))
    assert result.status == 2
    assert result.err == (
        f"lintnews: error: {tmp_path / '.lintnews.yaml'}:2: invalid YAML: "
        "'2024-13-45' is not a valid date (month must be in 1..12)\n"
    )


def test_an_impossible_front_matter_date_is_an_input_error_naming_the_file(run_cli, tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("---\ntitle: Vote\ndate: 2024-13-45\n---\nThe vote is on Monday 3 March.\n")
    result = run_cli("check", "--isolated", "-f", "json", str(draft))
    assert result.status == 2
    assert result.err == f"lintnews: error: {draft}:3: front matter: '2024-13-45' is not a valid date (month must be in 1..12)\n"
    data = json.loads(result.out)
    assert data["findings"] == [] and data["errors"][0]["path"] == str(draft)


@pytest.mark.parametrize(
    "facts, message",
    [
        ("entities:\n  ATACMS:\n    facts:\n      range: {value: .inf, unit: km}\n",
         ":4: entity 'ATACMS': field 'facts.range.value': must be a finite number, not inf"),
        ("entities:\n  ATACMS:\n    facts:\n      range: {value: -.inf, unit: km}\n",
         ":4: entity 'ATACMS': field 'facts.range.value': must be a finite number, not -inf"),
        ("exchange-rates:\n  base: USD\n  rates: {GBP: .inf}\n",
         ":2: exchange-rates: field 'rates.GBP': must be a positive number, not inf"),
    ],
)
def test_an_infinite_facts_value_is_one_line_exit_2_naming_the_file(run_cli, tmp_path, facts, message):
    path = tmp_path / "facts.yaml"
    path.write_text(facts)
    draft = tmp_path / "d.md"
    draft.write_text("ATACMS missiles have a range of 300 km. Tickets cost £10 ($13).\n")
    result = run_cli("check", "--isolated", "--facts", str(path), str(draft))
    assert result.status == 2
    assert result.err == f"lintnews: error: {path}{message}\n"
    assert "LN002" not in result.out


# --------------------------------------------------------------------------- 9. SARIF URIs

# RFC 3986, appendix A: URI-reference = URI / relative-ref (IP literals left out).
_PCT = r"%[0-9A-Fa-f]{2}"
_UNRESERVED = r"[A-Za-z0-9\-._~]"
_SUB_DELIMS = r"[!$&'()*+,;=]"
_PCHAR = rf"(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS}|[:@])"
_SEGMENT = rf"{_PCHAR}*"
_SEGMENT_NZ = rf"{_PCHAR}+"
_SEGMENT_NZ_NC = rf"(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS}|@)+"
_AUTHORITY = rf"(?:(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS}|:)*@)?(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS})*(?::[0-9]*)?"
_ABEMPTY = rf"(?:/{_SEGMENT})*"
_ABSOLUTE = rf"/(?:{_SEGMENT_NZ}(?:/{_SEGMENT})*)?"
_TAIL = rf"(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?"
URI_REFERENCE = re.compile(
    rf"(?:[A-Za-z][A-Za-z0-9+\-.]*:(?://{_AUTHORITY}{_ABEMPTY}|{_ABSOLUTE}|{_SEGMENT_NZ}(?:/{_SEGMENT})*|){_TAIL}"
    rf"|(?://{_AUTHORITY}{_ABEMPTY}|{_ABSOLUTE}|{_SEGMENT_NZ_NC}(?:/{_SEGMENT})*|){_TAIL})"
)

ODD_NAMES = ["two words.md", "100%.md", "a:b.md", "line\nbreak.md", "q?#x.md", "é[1].md", " lead.md"]


def test_the_uri_checker_refuses_raw_paths():
    for bad in ("two words.md", "100%.md", "line\nbreak.md", "é.md", "a%zz.md"):
        assert not URI_REFERENCE.fullmatch(bad), bad
    for good in ("a%20b.md", "file:///tmp/x%3Ay.md", "stdin", "d/a%3Ab.md", "a/b:c.md"):
        assert URI_REFERENCE.fullmatch(good), good


@pytest.mark.parametrize("where", ["relative", "absolute"])
def test_sarif_uris_are_encoded_and_valid(run_cli, tmp_path, where):
    folder = tmp_path / "odd folder:%"
    folder.mkdir()
    for name in ODD_NAMES:
        (folder / name).write_text(WRONG_WEEKDAY + "\n")
    target = str(folder) if where == "absolute" else os.path.relpath(folder, tmp_path)
    result = run_cli("check", "--isolated", "--select", "FIG005", "-f", "sarif", target, os.path.join(target, "gone.md"),
                     cwd=tmp_path)
    log = json.loads(result.out)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text())
    checker = jsonschema.FormatChecker()
    checker.checks("uri-reference")(lambda value: bool(URI_REFERENCE.fullmatch(value)))
    checker.checks("uri")(lambda value: bool(URI_REFERENCE.fullmatch(value)) and ":" in value.split("/")[0])
    jsonschema.Draft7Validator(schema, format_checker=checker).validate(log)
    run = log["runs"][0]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]]
    assert len(uris) == len(ODD_NAMES)
    notes = run["invocations"][0]["toolExecutionNotifications"]
    uris.append(notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
    from urllib.parse import unquote, urlsplit

    # "a:b.md" is a URI of scheme "a": a relative path's colon must be encoded.
    assert {urlsplit(u).scheme for u in uris} == ({"file"} if where == "absolute" else {""})
    decoded = sorted(unquote(u).rsplit("/", 1)[-1] for u in uris)
    assert decoded == sorted(ODD_NAMES + ["gone.md"])
    assert all(u.startswith("file:///") == (where == "absolute") for u in uris)


# --------------------------------------------------------------------------- 10. --fix


def _draft(tmp_path: Path, name: str = "draft.md", mode: int = 0o644) -> Path:
    path = tmp_path / name
    path.write_text("We met in order to talk.\n")
    os.chmod(path, mode)
    return path


def test_fix_refuses_a_read_only_file_even_as_root(run_cli, tmp_path):
    draft = _draft(tmp_path, mode=0o444)
    result = run_cli("check", *FIX_RULES, "--fix", str(draft))
    assert result.status == 2
    assert result.err.splitlines() == [
        f"lintnews: error: {draft}: is read-only; not fixed (make it writable, or use --diff)",
        "lintnews: fixed nothing; 1 file could not be fixed (see the errors above)",
    ]
    assert draft.read_text() == "We met in order to talk.\n"
    assert stat.S_IMODE(draft.stat().st_mode) == 0o444


def test_a_failed_write_is_never_summed_up_as_nothing_to_fix(run_cli, tmp_path):
    good = _draft(tmp_path, "good.md")
    locked = _draft(tmp_path, "locked.md", mode=0o440)
    result = run_cli("check", *FIX_RULES, "--fix", str(good), str(locked))
    assert result.status == 2
    assert result.err.splitlines()[-1] == "lintnews: fixed 1 finding in 1 file; 1 file could not be fixed (see the errors above)"
    assert "nothing to fix" not in result.err


def test_fix_writes_through_hard_links_and_keeps_the_mode(run_cli, tmp_path):
    draft = _draft(tmp_path, mode=0o640)
    twin = tmp_path / "twin.md"
    os.link(draft, twin)
    result = run_cli("check", *FIX_RULES, "--fix", str(draft))
    assert result.status == 0, result.err
    assert draft.read_text() == twin.read_text() == "We met to talk.\n"
    assert os.path.samefile(draft, twin)
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file to another user")
def test_fix_run_as_root_keeps_the_owner(run_cli, tmp_path):
    draft = _draft(tmp_path)
    os.chown(draft, 65534, 65534)
    result = run_cli("check", *FIX_RULES, "--fix", str(draft))
    assert result.status == 0, result.err
    st = draft.stat()
    assert draft.read_text() == "We met to talk.\n"
    assert (st.st_uid, st.st_gid) == (65534, 65534)


def test_fix_leaves_no_temporary_file(run_cli, tmp_path):
    _draft(tmp_path)
    run_cli("check", *FIX_RULES, "--fix", str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.md"]


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_diff_of_a_file_with_a_byte_order_mark_applies_with_git(run_cli, tmp_path):
    draft = tmp_path / "bom.md"
    draft.write_bytes(b"\xef\xbb\xbfWe met in order to talk.\r\n\r\nThen in order to vote.\r\n")
    result = run_cli("check", *FIX_RULES, "--diff", "bom.md", cwd=tmp_path)
    assert result.status == 1
    patch = tmp_path / "fix.patch"
    patch.write_bytes(result.out.encode("utf-8"))
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    applied = subprocess.run(["git", "apply", "-v", "fix.patch"], cwd=tmp_path, capture_output=True, text=True)
    assert applied.returncode == 0, applied.stderr
    assert draft.read_bytes() == b"\xef\xbb\xbfWe met to talk.\r\n\r\nThen to vote.\r\n"


@pytest.mark.parametrize("codec, mark", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00")])
def test_fix_writes_a_utf16_or_utf32_file_back_in_its_own_encoding(run_cli, tmp_path, codec, mark):
    draft = tmp_path / "wide.md"
    draft.write_bytes(mark + "We met in order to talk.\n".encode(codec))
    result = run_cli("check", *FIX_RULES, "--fix", str(draft))
    assert result.status == 0, result.err
    assert draft.read_bytes() == mark + "We met to talk.\n".encode(codec)


# --------------------------------------------------------------------------- 11. encodings


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path, codec):
    draft = tmp_path / "wide.md"
    data = ("\ufeff" if codec == "utf-16-be" else "") + WRONG_WEEKDAY + "\n"
    data = data.encode(codec)  # "utf-16" and "utf-32" write their own mark
    assert data[:2] in (b"\xff\xfe", b"\xfe\xff")
    draft.write_bytes(data)
    (finding,) = [f for f in lintnews.lint_file(draft, {"select": ["FIG005"]})]
    assert (finding.line, finding.column) == (1, 26)


def test_utf16_without_a_mark_is_named_as_such_not_binary(run_cli, tmp_path):
    draft = tmp_path / "wide.md"
    draft.write_bytes((WRONG_WEEKDAY + "\n").encode("utf-16-le"))
    result = run_cli("check", "--isolated", str(draft))
    assert result.status == 2
    assert result.err == f"lintnews: error: {draft}: looks like UTF-16 text without a byte-order mark; re-save the file as UTF-8\n"


def test_a_nul_byte_anywhere_is_found(run_cli, tmp_path):
    draft = tmp_path / "late.md"
    body = ("Council approves budget. " * 4000).encode()  # 100 KB of text
    assert len(body) > 65536
    draft.write_bytes(body + b"\x00tail\n")
    result = run_cli("check", "--isolated", str(draft))
    assert result.status == 2
    assert result.err == f"lintnews: error: {draft}: looks like a binary file (NUL byte at offset {len(body)}); not linted\n"


def test_max_size_refuses_larger_drafts_before_reading_them(run_cli, tmp_path):
    draft = tmp_path / "long.md"
    draft.write_text("Council approves budget.\n" * 100)
    result = run_cli("check", "--isolated", "--max-size", "1k", str(draft))
    assert result.status == 2
    assert result.err == f"lintnews: error: {draft}: 2,500 bytes, over the 1,024-byte limit (--max-size); not linted\n"
    assert run_cli("check", "--isolated", "--max-size", "0", str(draft)).status == 0
    assert run_cli("check", "--isolated", "--max-size", "3k", str(draft)).status == 0
    result = run_cli("check", "--isolated", "--max-size", "1k", "-", stdin="Council approves budget.\n" * 100)
    assert result.status == 2 and "over the 1,024-byte limit" in result.err


# --------------------------------------------------------------------------- 2. LN002


class _Boom:
    """A plugin whose rule raises on every draft."""

    @lintnews.hookimpl
    def lintnews_rules(self):
        from lintnews.rule import Rule

        class Boom(Rule):
            code, name, category, summary = "BOM001", "boom", "figures", "raises"

            def check(self, doc):
                raise ZeroDivisionError("division by zero")

        return [Boom()]


@pytest.fixture
def failing_plugin(monkeypatch):
    """Every linter built from now on has the plugin 'boomer', whose rule raises."""
    from lintnews.engine import plugins

    original = plugins.Plugins.__init__

    def init(self, autoload=None, extra=()):
        original(self, autoload, list(extra) + [("boomer", _Boom())])

    monkeypatch.setattr(plugins.Plugins, "__init__", init)
    monkeypatch.setattr(lintnews, "_LINTER", None)
    monkeypatch.setattr(lintnews, "_SETTINGS", type(lintnews._SETTINGS)())


SILENCERS = [
    ((), "", ""),
    (("--select", "claims,figures"), "", ""),
    (("--ignore", "LN002"), "", ""),
    (("--ignore", "engine,claims"), "", ""),
    (("--fail-on", "error"), "severity: {LN002: info}\n", ""),
    ((), "ignore: [LN]\n", ""),
    ((), "", "<!-- lintnews-disable-file -->\n"),
    ((), "", "<!-- lintnews-disable LN002 -->\n"),
    (("--select", "figures"), "", "<!-- lintnews-disable-next-line -->\n"),
]
CASES = [(*case, "text") for case in SILENCERS] + [(*SILENCERS[2], "json"), (*SILENCERS[6], "sarif"), (*SILENCERS[1], "sarif")]


@pytest.mark.parametrize("options, config, pragma, fmt", CASES)
def test_a_check_that_could_not_run_is_never_silenced(failing_plugin, run_cli, tmp_path, options, config, pragma, fmt):
    (tmp_path / ".lintnews.yaml").write_text(config or "select: [ALL]\n")
    draft = tmp_path / "d.md"
    draft.write_text(pragma + "Council approves budget.\n")
    result = run_cli("check", "-f", fmt, *options, str(draft))
    assert result.status == 2, (result.out, result.err)
    assert "plugin 'boomer': rule BOM001 (boom) raised ZeroDivisionError: division by zero" in result.err
    if fmt == "text":
        assert f"{draft}:1:1: error LN002 [plugin-failure] plugin 'boomer'" in result.out
    elif fmt == "json":
        data = json.loads(result.out)
        assert ("LN002", "error") in [(f["code"], f["severity"]) for f in data["findings"]]
        assert [e["path"] for e in data["errors"]] == [str(draft)] and "BOM001" in data["errors"][0]["message"]
    else:
        run = json.loads(result.out)["runs"][0]
        assert "LN002" in [r["ruleId"] for r in run["results"]]
        assert run["invocations"][0]["executionSuccessful"] is False
        (note,) = run["invocations"][0]["toolExecutionNotifications"]
        assert "BOM001" in note["message"]["text"]


def test_the_python_api_returns_a_check_that_could_not_run(failing_plugin):
    config = {"select": ["figures"], "ignore": ["LN002"], "severity": {"LN002": "info"}}
    findings = lintnews.lint_text("<!-- lintnews-disable-file -->\nCouncil approves budget.\n", "d.md", config)
    assert [(f.code, str(f.severity)) for f in findings] == [("LN002", "error")]
    assert "BOM001" in findings[0].message


def test_the_language_server_shows_a_check_that_could_not_run(failing_plugin, tmp_path):
    pytest.importorskip("pygls")
    from lsprotocol import types
    from pygls.workspace import Workspace

    from lintnews.lsp.server import LintnewsServer

    server = LintnewsServer()
    server.protocol._workspace = Workspace(tmp_path.as_uri())
    (tmp_path / ".lintnews.yaml").write_text("ignore: [LN002, engine]\n")
    uri = (tmp_path / "d.md").as_uri()
    server.workspace.put_text_document(types.TextDocumentItem(uri, "markdown", 1, "Council approves budget.\n"))
    published = []
    server.text_document_publish_diagnostics = published.append
    server.lint_now(uri)
    (params,) = published
    assert [(d.code, d.severity) for d in params.diagnostics] == [("LN002", types.DiagnosticSeverity.Error)]


# --------------------------------------------------------------------------- 6. time limits


def test_a_rule_that_ran_out_of_time_is_not_run_again_in_the_run(run_cli, tmp_path, monkeypatch):
    import time as _time

    from lintnews.engine import plugins

    calls = []

    class Hang:
        @lintnews.hookimpl
        def lintnews_rules(self):
            from lintnews.rule import Rule

            class Stuck(Rule):
                code, name, category, summary = "HNG001", "hang", "style", "never returns"

                def check(self, doc):
                    calls.append(doc.path)
                    while True:
                        _time.sleep(0.01)

            return [Stuck()]

    original = plugins.Plugins.__init__
    monkeypatch.setattr(plugins.Plugins, "__init__", lambda self, autoload=None, extra=(): original(self, autoload, [("hanger", Hang())]))
    monkeypatch.setenv("LINTNEWS_RULE_TIMEOUT", "0.2")
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text("It may partly work.\n")
    result = run_cli("check", "--isolated", "-f", "json", str(tmp_path))
    assert result.status == 2
    assert len(calls) == 1
    data = json.loads(result.out)
    by_file = {f["path"].rsplit("/", 1)[-1]: f["message"] for f in data["findings"] if f["code"] == "LN002"}
    assert "ran for more than 0.2 s on this draft and was stopped" in by_file["a.md"]
    for later in ("b.md", "c.md"):
        assert by_file[later].startswith("plugin 'hanger': rule HNG001 (hang) did not run on this draft: it ran for more than 0.2 s on ")
        assert "a.md and is not run again in this run" in by_file[later]
    assert sorted(f["path"].rsplit("/", 1)[-1] for f in data["findings"] if f["code"] == "HDG001") == ["a.md", "b.md", "c.md"]
    assert len(data["errors"]) == 3


# --------------------------------------------------------------------------- 3. user patterns

SLOW_PACK = """\
pack: mine
prefix: MIN
category: style
rules:
  - code: MIN001
    name: ay-run
    kind: pattern
    message: "run {match}"
    pattern: '{pattern}'
"""
NEAR_MISS = "The sound was " + "a" * 40 + "b. Then aaaa\n"


@pytest.fixture
def without_re2(monkeypatch):
    from lintnews.matching import safe_regex

    monkeypatch.setattr(safe_regex, "re2_available", lambda: False)
    safe_regex._compile_for_user.cache_clear()
    yield
    safe_regex._compile_for_user.cache_clear()


@pytest.mark.parametrize("pattern", [r"(a|aa)+$", r"(a|a)*$", r"(?:aa?)+$", r"\b(\w+\s?)+$"])
def test_backtracking_user_patterns_run_under_re2(run_cli, tmp_path, pattern):
    pytest.importorskip("re2")
    pack = tmp_path / "mine.yaml"
    pack.write_text(SLOW_PACK.replace("{pattern}", pattern))
    draft = tmp_path / "d.md"
    draft.write_text(NEAR_MISS)
    result = run_cli("check", "--isolated", "--pack", str(pack), "--select", "MIN", "-f", "json", str(draft))
    assert result.status == 1, result.err
    assert [f["code"] for f in json.loads(result.out)["findings"]] == ["MIN001"]


@pytest.mark.parametrize(
    "pattern, reason",
    [
        (r"(a|aa)+$", "repeats a group whose matches differ in length"),
        (r"(a|a)*$", "repeats alternatives that can start with the same character"),
        (r"(a{1,100}){1,100}$", "repeats a group whose matches differ in length"),
        (r"\w+\w+ly", "has two repetitions side by side that can match the same characters"),
    ],
)
def test_without_re2_a_pattern_that_can_backtrack_badly_is_refused(without_re2, run_cli, tmp_path, pattern, reason):
    pack = tmp_path / "mine.yaml"
    pack.write_text(SLOW_PACK.replace("{pattern}", pattern))
    draft = tmp_path / "d.md"
    draft.write_text(NEAR_MISS)
    result = run_cli("check", "--isolated", "--pack", str(pack), str(draft))
    assert result.status == 2
    assert result.err.startswith(f"lintnews: error: {pack}:5: rule MIN001: field 'pattern': regular expression {pattern!r} {reason}")
    assert result.err.rstrip().endswith("install lintnews[re2] to run it in linear time, or rewrite it")


def test_nested_counted_repetition_is_refused_even_with_re2(run_cli, tmp_path):
    pack = tmp_path / "mine.yaml"
    pack.write_text(SLOW_PACK.replace("{pattern}", r"(a{1,100}){1,100}$"))
    result = run_cli("check", "--isolated", "--pack", str(pack), str(tmp_path / "none.md"))
    assert result.status == 2
    assert f"{pack}:5: rule MIN001: field 'pattern'" in result.err


@pytest.mark.parametrize("pattern, expected", [(r"\b\w+ly\b", ["quickly", "fully"]), (r"(?<=very )\w+", ["quickly"])])
def test_safe_user_patterns_still_work_without_re2(without_re2, tmp_path, pattern, expected):
    pack = tmp_path / "mine.yaml"
    pack.write_text(SLOW_PACK.replace("{pattern}", pattern))
    found = lintnews.lint_text("He ran very quickly and fully.\n", "d.md", {"packs": [str(pack)], "select": ["MIN"]})
    assert [f.message.removeprefix("run ") for f in found] == expected


def test_a_failing_user_pack_costs_no_built_in_finding(run_cli, tmp_path, monkeypatch):
    from lintnews.kinds.pattern import PatternRule

    original = PatternRule.findings

    def findings(self, doc, hits):
        if self.pack == "mine":
            raise RuntimeError("broken pack rule")
        return original(self, doc, hits)

    monkeypatch.setattr(PatternRule, "findings", findings)
    pack = tmp_path / "mine.yaml"
    pack.write_text(SLOW_PACK.replace("{pattern}", r"\bwork\b"))
    draft = tmp_path / "d.md"
    draft.write_text("It may partly work.\n")
    result = run_cli("check", "--isolated", "--pack", str(pack), "-f", "json", str(draft))
    assert result.status == 2
    found = json.loads(result.out)["findings"]
    assert "HDG001" in [f["code"] for f in found]
    (failure,) = [f["message"] for f in found if f["code"] == "LN002"]
    assert failure.startswith("plugin 'pack 'mine'': the rules of pack 'mine' raised RuntimeError: broken pack rule")

"""Command line: ``lintnews check``, ``lintnews rules``, ``lintnews rule CODE``, ``lintnews lsp``,
``lintnews serve``.

Exit status: 0 when no finding is at or above ``--fail-on``; 1 when one is; 2 on a
usage, configuration, pack or input error (the last after linting every other file).
With ``--fix`` the status reflects the findings left after fixing; with ``--diff`` it is
1 when there is something to fix.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Optional, Sequence

from lintnews import __version__
from lintnews.model import LintError

if TYPE_CHECKING:
    from lintnews.model import Severity
    from lintnews.engine.runner import Worker

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _severity(value: str) -> Severity:
    from lintnews.model import Severity

    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _date(value: str):
    import datetime

    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _size(value: str) -> int:
    """A size in bytes: ``2000000``, ``500k``, ``2M`` (powers of 1024); 0 means no limit."""
    text = value.strip().lower().removesuffix("b").removesuffix("i")
    scale = {"k": 1024, "m": 1024**2, "g": 1024**3}.get(text[-1:], 1)
    number = text[:-1] if scale != 1 else text
    try:
        size = int(float(number) * scale)
    except ValueError:
        size = -1
    if size < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size such as 2000000, 500k or 2M")
    return size


def _selectors(value: str) -> List[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing ``shutil`` (and with it
    bz2 and lzma) on every start, as ``argparse`` does to lay out help it rarely prints."""
    try:
        columns = int(os.environ.get("COLUMNS", 0))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, as wide as the terminal (see :func:`_terminal_columns`)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: Optional[int] = None):
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


#: The commands, each with the function that adds its parser.
COMMANDS = ("check", "rules", "rule", "lsp", "serve")


def build_parser(command: Optional[str] = None) -> argparse.ArgumentParser:
    """The command line's parser; with *command* (one of :data:`COMMANDS`), only that
    command's parser is built under it (what a run needs: building every command's
    parser costs about as much as the rest of a short run's argument handling)."""
    parser = argparse.ArgumentParser(
        prog="lintnews",
        formatter_class=_Formatter,
        description="An editorial linter for newsrooms: unsupported claims, inconsistent figures, "
        "hedging and garbled phrasing in Markdown and plain-text drafts.",
    )
    parser.add_argument("--version", action="version", version=f"lintnews {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    adders = {
        "check": _add_check, "rules": _add_rules, "rule": _add_rule, "lsp": _add_lsp, "serve": _add_serve,
    }
    for name in (command,) if command in adders else COMMANDS:
        adders[name](sub)
    return parser


def _add_check(sub) -> None:
    check = sub.add_parser("check", formatter_class=_Formatter, help="lint drafts (files, folders, or - for standard input)")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to lint; - reads standard input")
    check.add_argument("-f", "--format", default="text", help="output format: text (default), json, sarif, github, junit")
    check.add_argument("--stdin-filename", metavar="NAME", help="name (and format, by suffix) of the draft read from -")
    check.add_argument("--config", metavar="FILE", help="use this config file instead of searching for one")
    check.add_argument("--isolated", action="store_true", help="ignore every config file")
    check.add_argument("--select", type=_selectors, action="extend", metavar="RULES", help="run only these rules (codes, names, prefixes, packs or categories; comma-separated)")
    check.add_argument("--extend-select", type=_selectors, action="extend", metavar="RULES", help="run these rules as well")
    check.add_argument("--ignore", type=_selectors, action="extend", metavar="RULES", help="skip these rules")
    check.add_argument("--pack", action="append", metavar="FILE", help="also load this YAML rule pack (repeatable)")
    check.add_argument("--fail-on", type=_severity, metavar="LEVEL", help="exit 1 when a finding is at or above error, warning (default) or info")
    check.add_argument("--facts", metavar="FILE", help="newsroom reference facts (YAML) for the figures rules")
    check.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="publication date for date and weekday checks")
    check.add_argument("--max-size", type=_size, metavar="SIZE", help="refuse drafts larger than SIZE bytes (500k, 2M; 0: no limit; default 200k)")
    check.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="lint files in N processes (0: one per CPU)")
    check.add_argument("-q", "--quiet", action="store_true", help="no summary line in text output")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output")
    check.add_argument("--fix", action="store_true", help="apply safe fixes in place (standard input: print the fixed draft)")
    check.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff, also apply fixes that may change meaning or tone")
    check.add_argument("--diff", action="store_true", help="print the fixes as a unified diff and write nothing")


def _add_rules(sub) -> None:
    rules = sub.add_parser("rules", formatter_class=_Formatter, help="list every rule: code, name, category, severity, summary")
    rules.add_argument("-f", "--format", choices=("text", "json", "markdown"), default="text")
    rules.add_argument("--config", metavar="FILE", help="also list the packs of this config file")
    rules.add_argument("--pack", action="append", metavar="FILE", help="also list the rules of this pack")


def _add_rule(sub) -> None:
    rule = sub.add_parser("rule", formatter_class=_Formatter, help="show the documentation of one rule")
    rule.add_argument("code", metavar="CODE", help="a rule code or name, e.g. HDG001 or stacked-hedge")
    rule.add_argument("--config", metavar="FILE")
    rule.add_argument("--pack", action="append", metavar="FILE")


def _add_lsp(sub) -> None:
    sub.add_parser(
        "lsp",
        formatter_class=_Formatter,
        help="run the language server over standard input and output (needs lintnews[lsp])",
        description="Language server for editors: diagnostics on open, change and save, "
        "quick fixes from rule suggestions. Speaks LSP over standard input and output.",
    )


def _add_serve(sub) -> None:
    from lintnews.server import DEFAULT_HOST, DEFAULT_MAX_BODY, DEFAULT_PORT, DEFAULT_TIMEOUT, DEFAULT_WORKERS

    serve = sub.add_parser(
        "serve",
        formatter_class=_Formatter,
        help="run the lint server: a JSON API, LanguageTool's API and a page for editors (needs lintnews[server])",
        description="HTTP lint server: POST /v1/lint (JSON), LanguageTool's POST /v2/check and "
        "GET /v2/languages, a page for editors at /, GET /health. See docs/server.md.",
    )
    serve.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST}; any other needs --token-file)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}, LanguageTool's)")
    serve.add_argument("--workers", type=int, default=DEFAULT_WORKERS, metavar="N", help=f"lint in N worker processes (default {DEFAULT_WORKERS})")
    serve.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS", help=f"stop linting one request after this long (default {DEFAULT_TIMEOUT:g}; 0: no limit)")
    serve.add_argument("--max-body", default=str(DEFAULT_MAX_BODY), metavar="SIZE", help="largest request body, e.g. 1MB (default) or 500KB")
    serve.add_argument("--token-file", metavar="FILE", help="require the token on the first line of FILE (Bearer header or apiKey field)")
    serve.add_argument("--config", metavar="FILE", help="use this config file instead of the one found from the current folder")
    serve.add_argument("--isolated", action="store_true", help="ignore every config file")
    serve.add_argument("--pack", action="append", metavar="FILE", help="also load this YAML rule pack (repeatable)")
    serve.add_argument("--facts", metavar="FILE", help="newsroom reference facts (YAML) for the figures rules")
    serve.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="publication date for date and weekday checks")
    serve.add_argument("--root-path", default="", metavar="PATH", help="the path prefix a reverse proxy serves the server under, e.g. /lintnews")
    serve.add_argument("--allow-origin", action="append", metavar="ORIGIN", help="let pages from ORIGIN call the API (CORS; repeatable)")
    serve.add_argument("--log-level", choices=("critical", "error", "warning", "info", "debug"), default="info")


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the ``lintnews`` command; returns the exit status."""
    _escape_undecodable(sys.stdout, sys.stderr)
    words = sys.argv[1:] if argv is None else list(argv)
    # A run that starts with its command builds that command's parser alone; anything
    # else (help, an unknown command) gets the full parser, which names every command.
    parser = build_parser(words[0] if words and words[0] in COMMANDS else None)
    args = parser.parse_args(words)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    try:
        if args.command == "check":
            if args.fix or args.diff:
                with _termination_unwinds():
                    return cmd_check(args)
            return cmd_check(args)
        if args.command == "rules":
            return cmd_rules(args)
        if args.command == "rule":
            return cmd_rule(args)
        if args.command == "lsp":
            return cmd_lsp()
        if args.command == "serve":
            return cmd_serve(args)
    except LintError as exc:
        _error(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:  # pragma: no cover
        return 130
    except BrokenPipeError:  # pragma: no cover - e.g. `lintnews check | head`
        return EXIT_OK
    parser.error(f"unknown command {args.command!r}")  # pragma: no cover
    return EXIT_ERROR  # pragma: no cover


def _error(message: str) -> None:
    message = message.replace("\r", "\\r").replace("\n", "\\n")  # a line break in a file name
    sys.stderr.write(f"lintnews: error: {message}\n")
    sys.stderr.flush()


# --------------------------------------------------------------------------- check


def _cli_options(args: argparse.Namespace) -> Dict[str, Any]:
    return {
        "select": args.select,
        "extend_select": args.extend_select,
        "ignore": args.ignore,
        "packs": args.pack,
        "fail_on": args.fail_on,
        "facts": args.facts,
        "date": args.date,
    }


def _mode(args: argparse.Namespace) -> Optional[str]:
    if args.diff:
        return "diff"
    if args.fix:
        return "fix"
    if args.unsafe_fixes:
        raise LintError("--unsafe-fixes needs --fix (apply) or --diff (show)")
    return None


def cmd_check(args: argparse.Namespace) -> int:
    from lintnews.text.reading import expand_paths
    from lintnews.engine.runner import Worker, results

    if args.jobs < 0:
        raise LintError("--jobs must be 0 (one per CPU) or more")
    mode = _mode(args)
    paths_in = args.paths or (["-"] if args.stdin_filename else [])
    if not paths_in:
        raise LintError("no input: give files or folders to lint, or - for standard input")
    worker = Worker(args.config, args.isolated, _cli_options(args), mode, args.unsafe_fixes, args.max_size)
    formatters = worker.linter.plugins.formatters()
    if args.format not in formatters:
        raise LintError(f"unknown --format {args.format!r} (expected one of: {', '.join(sorted(formatters))})")
    # Fail early, with one line, on a broken pack or config near the first input.
    first = next((p for p in paths_in if p != "-"), None)
    settings = worker.resolver.settings_for(first if first else args.stdin_filename)
    ruleset = worker.linter.ruleset(settings)
    ruleset.check_selectors(settings)
    folder_errors: List[str] = []
    paths = [p for p, _ in expand_paths(paths_in, folder_errors)]
    if mode is not None:
        paths = list(dict.fromkeys(paths))  # never fix one file twice (or in two processes)
    if mode == "diff":
        return _run_diff(args, worker, paths, folder_errors)

    # With --fix on standard input the fixed draft goes to standard output, so the
    # report goes to standard error (unless --output names a file).
    fixing_stdin = mode == "fix" and "-" in paths
    stream = _open_output(args.output) if args.output else (sys.stderr if fixing_stdin else sys.stdout)
    fixed_files = fixed = unsafe_left = failed = 0
    stdin_text: Optional[str] = None
    try:
        fmt = formatters[args.format](stream, ruleset.by_code, quiet=args.quiet)
        fmt.start()
        status = EXIT_OK
        for message in folder_errors:
            _error(message)
            fmt.error(message.split(": ", 1)[0], message)
            status = EXIT_ERROR
        for path, result in results(worker, paths, args.jobs, args.stdin_filename):
            shown = path if path != "-" else (args.stdin_filename or "<stdin>")
            if result.error is not None:
                _error(result.error)
                fmt.error(shown, result.error)
                status = EXIT_ERROR
                failed += 1
                continue
            fmt.file(path, result.findings)
            if _not_checked(shown, result.findings, fmt):
                status = EXIT_ERROR
            if status == EXIT_OK and any(f.severity >= result.fail_on for f in result.findings):
                status = EXIT_FINDINGS
            fixed += result.fixed
            fixed_files += 1 if result.fixed else 0
            unsafe_left += result.unsafe_left
            if result.text is not None:
                stdin_text = result.text
            stream.flush()
        fmt.finish()
    except OSError as exc:
        if not args.output:
            raise
        raise LintError(f"{args.output}: cannot write the report: {exc.strerror or exc}") from None
    finally:
        if args.output:
            _close_output(stream, args.output)
    if stdin_text is not None:
        sys.stdout.write(stdin_text)
        sys.stdout.flush()
    if mode == "fix" and not args.quiet:
        _fix_summary("fixed", fixed, fixed_files, unsafe_left, args.unsafe_fixes, failed)
    return status


def _not_checked(path: str, findings, fmt) -> bool:
    """Report every LN002 finding (a rule, plugin or pack that failed or ran out of
    time) as an error too: on standard error and in the report's errors. True if any:
    a draft that was not fully checked ends the run with exit status 2."""
    found = False
    for f in findings:
        if f.code == "LN002":
            found = True
            message = f"{path}: {f.message}"
            _error(message)
            fmt.error(path, message)
    return found


def _escape_undecodable(*streams) -> None:
    """A file name that is not valid UTF-8 reaches Python as lone surrogates, which a
    strict UTF-8 stream cannot write: write them as ``\\udcff`` escapes instead of
    failing (in JSON that is the escape of the same character)."""
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "") == "strict":
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # pragma: no cover - a stream already written to
                pass


def _open_output(path: str):
    """The ``--output`` file, opened for writing; a one-line error if it cannot be."""
    try:
        return open(path, "w", encoding="utf-8", errors="backslashreplace")
    except OSError as exc:
        raise LintError(f"{path}: cannot write the report: {exc.strerror or exc}") from None


def _close_output(stream, path: str) -> None:
    try:
        stream.close()
    except OSError as exc:  # e.g. a full disk, found when the last buffer is written
        raise LintError(f"{path}: cannot write the report: {exc.strerror or exc}") from None


@contextlib.contextmanager
def _termination_unwinds() -> Iterator[None]:
    """While fixing, let a termination signal unwind like Ctrl-C, so that a temporary
    file being written is removed and no draft is left half-written (worker processes
    forked for ``--jobs`` inherit it). The handler the process had before comes back when
    the run ends: a process that calls :func:`main` again (a test run, an editor's server)
    must not keep it, or a later run's pool could not stop its workers."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def _run_diff(args: argparse.Namespace, worker: Worker, paths: List[str], folder_errors: Sequence[str] = ()) -> int:
    """``--diff``: print what ``--fix`` would change; exit 1 when that is anything."""
    from lintnews.engine.runner import results

    stream = _open_output(args.output) if args.output else sys.stdout
    status = EXIT_OK
    fixed = fixed_files = unsafe_left = failed = 0
    for message in folder_errors:
        _error(message)
        status = EXIT_ERROR
    try:
        for path, result in results(worker, paths, args.jobs, args.stdin_filename):
            if result.error is not None:
                _error(result.error)
                status = EXIT_ERROR
                failed += 1
                continue
            shown = path if path != "-" else (args.stdin_filename or "<stdin>")
            for f in result.findings:
                if f.code == "LN002":
                    _error(f"{shown}: {f.message}")
                    status = EXIT_ERROR
            if result.diff:
                stream.write(result.diff)
                stream.flush()
                fixed += result.fixed
                fixed_files += 1
                if status == EXIT_OK:
                    status = EXIT_FINDINGS
            unsafe_left += result.unsafe_left
    except OSError as exc:
        if not args.output:
            raise
        raise LintError(f"{args.output}: cannot write the diff: {exc.strerror or exc}") from None
    finally:
        if args.output:
            _close_output(stream, args.output)
    if not args.quiet:
        _fix_summary("would fix", fixed, fixed_files, unsafe_left, args.unsafe_fixes, failed)
    return status


def _fix_summary(verb: str, fixed: int, files: int, unsafe_left: int, unsafe: bool, failed: int = 0) -> None:
    noun = "finding" if fixed == 1 else "findings"
    fnoun = "file" if files == 1 else "files"
    if fixed:
        line = f"lintnews: {verb} {fixed} {noun} in {files} {fnoun}"
    elif failed:
        line = f"lintnews: {verb} nothing"
    else:
        line = "lintnews: nothing to fix"
    if failed:
        line += f"; {failed} {'file' if failed == 1 else 'files'} could not be fixed (see the errors above)"
    if unsafe_left and not unsafe:
        line += f"; {unsafe_left} more with --unsafe-fixes"
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


# --------------------------------------------------------------------------- lsp


def cmd_lsp() -> int:
    """Run the language server; a one-line error (exit 2) when pygls is not installed."""
    import importlib.util

    if importlib.util.find_spec("pygls") is None or importlib.util.find_spec("lsprotocol") is None:
        _error("the language server needs the 'lsp' extra: pip install 'lintnews[lsp]'")
        return EXIT_ERROR
    from lintnews.lsp import serve

    return serve()


# --------------------------------------------------------------------------- serve


def cmd_serve(args: argparse.Namespace) -> int:
    """Check the options and the configuration (one-line errors, exit 2), then serve."""
    from lintnews import server

    if server.missing():
        _error("the server needs the 'server' extra: pip install 'lintnews[server]'")
        return EXIT_ERROR
    from lintnews.server.options import ServerOptions, is_loopback, parse_size, read_token
    from lintnews.server.worker import LintConfig, Linting

    if args.workers < 1:
        raise LintError("--workers must be 1 or more")
    if args.timeout < 0:
        raise LintError("--timeout must be 0 (no limit) or more seconds")
    if not 0 <= args.port <= 65535:
        raise LintError("--port must be between 0 and 65535")
    try:
        max_body = parse_size(args.max_body)
    except ValueError as exc:
        raise LintError(f"--max-body: {exc}") from None
    token = read_token(args.token_file) if args.token_file else None
    if token is None and not is_loopback(args.host):
        raise LintError(
            f"--host {args.host}: a server other machines can reach needs --token-file "
            "(or listen on 127.0.0.1 behind a reverse proxy that checks who calls)"
        )
    lint = LintConfig(args.config, args.isolated, tuple(args.pack or ()), args.facts, args.date)
    rules = Linting(lint).rules()  # a broken config or pack fails here, before anything listens
    options = ServerOptions(
        host=args.host,
        port=args.port,
        workers=args.workers,
        timeout=args.timeout,
        max_body=max_body,
        token=token,
        lint=lint,
        root_path=args.root_path.rstrip("/"),
        allow_origins=tuple(args.allow_origin or ()),
        log_level=args.log_level,
    )
    server.run(options, rules)
    return EXIT_OK


# --------------------------------------------------------------------------- rules


def _ruleset_for(args: argparse.Namespace):
    from pathlib import Path

    from lintnews.engine.config import ConfigResolver
    from lintnews.engine.linter import Linter

    resolver = ConfigResolver(Path(args.config) if args.config else None, False, {"packs": args.pack})
    settings = resolver.settings_for(None)
    return Linter().ruleset(settings)


def cmd_rules(args: argparse.Namespace) -> int:
    ruleset = _ruleset_for(args)
    rules = sorted(ruleset.rules, key=lambda r: r.code)
    if args.format == "json":
        import json

        json.dump(
            [
                {
                    "code": r.code,
                    "name": r.name,
                    "category": r.category,
                    "severity": str(r.severity),
                    "summary": r.summary,
                    "pack": r.pack,
                    "plugin": r.plugin,
                    "opt_in": bool(r.opt_in),
                    "options": {name: option.default for name, option in (r.options or {}).items()},
                }
                for r in rules
            ],
            sys.stdout,
            indent=2,
        )
        sys.stdout.write("\n")
        return EXIT_OK
    if args.format == "markdown":
        sys.stdout.write(_rules_markdown(rules))
        return EXIT_OK
    width = max(len(r.name) for r in rules)
    for r in rules:
        opt_in = " (opt-in)" if r.opt_in else ""
        sys.stdout.write(f"{r.code:<7} {r.name:<{width}}  {r.category:<8} {str(r.severity):<7}  {r.summary}{opt_in}\n")
    return EXIT_OK


def _rules_markdown(rules) -> str:
    """The rule reference page (``docs/rules.md``): a table, then each rule's doc."""
    out = [
        "# Rules",
        "",
        "Generated from the rules themselves (a Python rule's class docstring, a pack rule's `doc`);",
        "do not edit by hand. Regenerate with",
        "`LINTNEWS_DISABLE_PLUGIN_AUTOLOAD=1 lintnews rules --format markdown > docs/rules.md`;",
        "a test fails while this page is out of date. `lintnews rule CODE` shows one rule.",
        "Rules marked opt-in run only where `select` or `extend-select` names them by code or name.",
        "",
        "| code | name | category | severity | summary |",
        "|---|---|---|---|---|",
    ]
    for r in rules:
        summary = r.summary.replace("|", "\\|")
        severity = f"{r.severity}, opt-in" if r.opt_in else str(r.severity)
        out.append(f"| [{r.code}](#{r.code.lower()}) | `{r.name}` | {r.category} | {severity} | {summary} |")
    for r in rules:
        out += ["", f"## {r.code}", "", "```text", r.describe().rstrip(), "```"]
    return "\n".join(out) + "\n"


def cmd_rule(args: argparse.Namespace) -> int:
    ruleset = _ruleset_for(args)
    wanted = args.code
    for r in ruleset.rules:
        if wanted in (r.code, r.name) or wanted.upper() == r.code:
            sys.stdout.write(r.describe())
            return EXIT_OK
    raise LintError(f"no rule with code or name {wanted!r} (see 'lintnews rules')")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

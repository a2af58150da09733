"""What the server's worker processes run: one :class:`Linting` per process.

Each worker builds a :class:`lintnews.engine.linter.Linter` and the server's settings
once, when it starts (:func:`start`), then answers one request at a time through
:func:`lint_json` (``/v1/lint``) and :func:`check_languagetool` (``/v2/check``). Rules run
in the worker's main thread, so the engine's per-rule time limit works there as it does
on the command line. A request returns ``(status, body)``, the body ready for JSON.

The draft lives only in the request's arguments and the findings; nothing here writes it
anywhere or keeps it after the call.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from lintnews import __version__
from lintnews.model import LintError

Answer = Tuple[int, Dict[str, Any]]

#: A short draft each worker lints when it starts, so the first real request does not
#: pay for compiling the rules.
WARM_UP = "# Warm-up\n\nThe council said the plan may possibly cost 5 million pounds, up 10%.\n"


def problem(status: int, message: str) -> Answer:
    """A JSON error answer: ``{"error": {"status": ..., "message": ...}}``."""
    return status, {"error": {"status": status, "message": message}}


@dataclass(frozen=True)
class LintConfig:
    """The server's own configuration, given when it starts; never by a client.

    The same choices as ``lintnews check``: a config file (or the one found from the
    folder the server starts in), ``isolated`` to use none, extra packs, a facts file and
    a publication date."""

    config: Optional[str] = None
    isolated: bool = False
    packs: Tuple[str, ...] = ()
    facts: Optional[str] = None
    date: Optional[_dt.date] = None

    def settings(self):
        from lintnews.engine.config import ConfigResolver

        cli = {"packs": list(self.packs), "facts": self.facts, "date": self.date}
        resolver = ConfigResolver(Path(self.config) if self.config else None, self.isolated, cli)
        return resolver.settings_for(None)


class Linting:
    """A linter, the server's settings and its rules; :class:`LintError` if they are bad."""

    def __init__(self, config: LintConfig) -> None:
        from lintnews.engine.linter import Linter

        self.linter = Linter()
        self.settings = config.settings()
        self.ruleset = self.linter.ruleset(self.settings)
        self.ruleset.check_selectors(self.settings)
        self.summaries = {r.code: r.summary for r in self.ruleset.rules}
        self.names = {r.name: r.code for r in self.ruleset.rules}

    # -- settings --------------------------------------------------------------------

    def _for_path(self, path: Optional[str]):
        """The server's settings with the per-path overrides for *path* (taken from the
        config file's folder when relative; the path is a name and is never read)."""
        if not path:
            return self.settings
        target = path if os.path.isabs(path) else str(self.settings.root / path)
        return self.settings.for_file(target)

    def _known_rule(self, rule_id: str) -> Optional[str]:
        by_code = self.ruleset.by_code
        for candidate in (rule_id, rule_id.upper()):
            if candidate in by_code:
                return candidate
        return self.names.get(rule_id) or self.names.get(rule_id.lower())

    def rules(self) -> List[Dict[str, Any]]:
        """Every rule: code, name, category, severity, summary, and whether the server
        runs it when a request selects nothing."""
        from lintnews.engine.selection import is_enabled

        s = self.settings
        return [
            {
                "code": r.code,
                "name": r.name,
                "category": r.category,
                "severity": str(r.severity),
                "summary": r.summary,
                "enabled": is_enabled(r, s.selected, s.ignore),
            }
            for r in sorted(self.ruleset.rules, key=lambda r: r.code)
        ]

    # -- /v1/lint --------------------------------------------------------------------

    def lint_json(self, request: Dict[str, Any]) -> Answer:
        """``request``: ``text``, and optional ``path``, ``select`` and ``ignore`` (lists of
        selectors, already type-checked). Answers the ``--format json`` document."""
        from lintnews.engine.selection import unknown_selectors
        from lintnews.output.json import report

        select: List[str] = list(request.get("select") or [])
        ignore: List[str] = list(request.get("ignore") or [])
        bad = unknown_selectors(select + ignore, self.ruleset.rules)
        if bad:
            key = "select" if bad[0] in select else "ignore"
            return problem(400, f"{key}: unknown rule, prefix, pack or category {bad[0][:80]!r} (see GET /v1/rules)")
        path = request.get("path")
        settings = self._for_path(path)
        change: Dict[str, Any] = {}
        if select:
            change.update(select=tuple(select), extend_select=())
        if ignore:
            change["ignore"] = settings.ignore + tuple(ignore)
        settings = settings.replace(**change) if change else settings
        name = path or "<text>"
        try:
            findings = self.linter.lint_text(request["text"], name, settings)
        except LintError as exc:  # the server's own facts or packs: as the CLI reports it
            return 200, report([], [{"path": name, "message": str(exc)}])
        # A check that could not run (LN002) is also an error, as `lintnews check` reports
        # it: a draft that was not fully checked must not pass a publication gate.
        errors = [{"path": name, "message": f"{name}: {f.message}"} for f in findings if f.code == "LN002"]
        return 200, report([f.to_dict() for f in findings], errors)

    # -- /v2/check -------------------------------------------------------------------

    def check_languagetool(self, request) -> Answer:
        """A :class:`lintnews.server.languagetool.CheckRequest`, answered as LanguageTool
        would: the text is plain text; unknown rule and category ids are ignored."""
        from lintnews.server import languagetool as lt
        from lintnews.text.document import parse

        enabled = [k for k in map(self._known_rule, request.enabled_rules) if k]
        disabled = [k for k in map(self._known_rule, request.disabled_rules) if k]
        enabled += [f for f in map(lt.family, request.enabled_categories) if f]
        disabled += [f for f in map(lt.family, request.disabled_categories) if f]
        base = self.settings
        if request.enabled_only:
            if not enabled:
                return 200, lt.response(__version__, request.language, [])
            settings = base.replace(select=tuple(enabled), extend_select=())
        else:
            settings = base.replace(
                extend_select=base.extend_select + tuple(enabled), ignore=base.ignore + tuple(disabled)
            )
        doc = parse(request.plain, "<text>", "text")
        try:
            findings = self.linter.lint_document(doc, settings)
        except LintError as exc:
            return problem(500, f"the server could not lint the text: {exc}")
        sentences = _sentences(doc)
        found = lt.matches(request, [f.to_dict() for f in findings], sentences, self.summaries)
        incomplete = any(f.code == "LN002" for f in findings)
        return 200, lt.response(__version__, request.language, found, incomplete)


def _sentences(doc) -> List[Tuple[int, int, str]]:
    """``(start, end, text)`` of every sentence, in source offsets, sorted."""
    out = []
    for sentence in doc.sentences:
        start, end = sentence.region.source_span(sentence.start, sentence.end)
        out.append((start, end, sentence.text))
    out.sort(key=lambda s: s[0])
    return out


# --------------------------------------------------------------------------- process entry points

_LINTING: Optional[Linting] = None
#: Why this worker could not build its linter (a config or pack broken since the server
#: checked it at start): every request is then answered with it.
_PROBLEM: Optional[str] = None


#: Shared by the first workers: :func:`ready` returns only once all of them have started.
_STARTED: Any = None


def start(config: LintConfig, started: Any = None) -> None:
    """Worker initializer: build the linter and lint a short draft to warm it up.
    *started* is a ``multiprocessing.Barrier`` for the pool's first workers."""
    global _LINTING, _PROBLEM, _STARTED
    _STARTED = started
    try:
        _LINTING = Linting(config)
    except LintError as exc:
        _PROBLEM = str(exc)
        return
    _LINTING.lint_json({"text": WARM_UP, "path": "warm-up.md"})


def _run(method: str, request: Any) -> Answer:
    if _LINTING is None:
        return problem(500, f"the server's configuration cannot be used: {_PROBLEM or 'the worker did not start'}")
    return getattr(_LINTING, method)(request)


def lint_json(request: Dict[str, Any]) -> Answer:
    return _run("lint_json", request)


def check_languagetool(request: Any) -> Answer:
    return _run("check_languagetool", request)


def ready() -> int:
    """Answers once every first worker has started and holds a ready task (the pool's
    start-up waits on it)."""
    if _STARTED is not None:
        _STARTED.wait(timeout=300)
    return os.getpid()

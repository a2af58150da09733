"""The language server: lintnews diagnostics and quick fixes over LSP (pygls).

- Diagnostics are published when a draft is opened, a short while after it stops
  changing (debounced, 300 ms unless the client's ``initializationOptions`` say
  ``{"debounce": milliseconds}``) and when it is saved. Each carries the rule code,
  ``source: "lintnews"``, the severity (error, warning, information) and, in ``data``,
  the rule name, category and whether it has a fix.
- Quick fixes (``quickfix`` code actions) come from findings with a fix; safe ones are
  marked preferred. A ``source.fixAll.lintnews`` action applies every safe fix at once.
- The configuration (``.lintnews.yaml``, ``.lintnews.yml``, ``pyproject.toml``) and the
  rule packs are read again when the client reports a change to one of those files
  (watched through ``workspace/didChangeWatchedFiles``) or when one is saved in the
  editor; every open draft is then linted again.

One :class:`lintnews.engine.linter.Linter` and one :class:`lintnews.engine.config.ConfigResolver` serve
every document; both are rebuilt only when the configuration changes.
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from lintnews import __version__
from lintnews.engine.config import CONFIG_FILES, ConfigResolver
from lintnews.engine.linter import Linter
from lintnews.output.fixes import applicable, select_fixes
from lintnews.text.reading import LINTABLE_SUFFIXES
from lintnews.model import Finding, LintError, Severity
from lintnews.lsp.positions import UTF16, LineIndex

log = logging.getLogger("lintnews.lsp")

FIX_ALL = f"{types.CodeActionKind.SourceFixAll.value}.lintnews"
DEFAULT_DEBOUNCE = 0.3
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
_TEXT_LANGUAGES = frozenset({"plaintext", "text"})
#: Language ids editors give Markdown besides ``markdown`` (Emacs gfm-mode sends ``gfm``).
_MARKDOWN_LANGUAGES = frozenset({"gfm", "md"})
# Config files and rule packs (YAML); changes to other YAML files are ignored.
_WATCHED = ["**/*.{yaml,yml}", "**/pyproject.toml"]


@dataclass
class Linted:
    """The findings of one version of one open document."""

    version: Optional[int]
    text: str
    findings: List[Finding]
    index: LineIndex
    #: A configuration or pack error that kept lintnews from linting the draft.
    problem: Optional[str] = None


class LintnewsServer(LanguageServer):
    """A pygls server holding one linter, one config resolver and the last results."""

    def __init__(self) -> None:
        super().__init__("lintnews", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.linter = Linter()
        self.config_file: Optional[str] = None
        self.resolver = ConfigResolver()
        self.debounce = DEFAULT_DEBOUNCE
        self.linted: Dict[str, Linted] = {}
        self._timers: Dict[str, asyncio.TimerHandle] = {}
        self._shown_errors: set = set()
        self._packs: set = set()  # rule packs in use, as absolute paths

    # -- configuration ---------------------------------------------------------------

    def configure(self, options: Any) -> None:
        """Read ``initializationOptions``: ``debounce`` (ms) and ``config`` (a file)."""
        if not isinstance(options, dict):
            return
        debounce = options.get("debounce")
        if isinstance(debounce, (int, float)) and not isinstance(debounce, bool) and debounce >= 0:
            self.debounce = debounce / 1000.0
        config = options.get("config")
        if isinstance(config, str) and config:
            self.config_file = os.path.expanduser(config)
        self.reload(relint=False)

    def reload(self, relint: bool = True) -> None:
        """Forget the cached configuration and packs; lint every open draft again."""
        try:
            self.resolver = ConfigResolver(Path(self.config_file) if self.config_file else None)
        except LintError as exc:
            self._show_error(str(exc))
            self.resolver = ConfigResolver(isolated=True)
        self.linter = Linter(plugins=self.linter.plugins)  # packs are read again
        self._shown_errors.clear()
        self._packs.clear()
        if relint:
            for uri in list(self.linted):
                self.lint_now(uri)

    def is_config_file(self, uri: str) -> bool:
        path = to_fs_path(uri)
        if not path:
            return False
        name = os.path.basename(path)
        if name in CONFIG_FILES or name == "pyproject.toml":
            return True
        if self.config_file and os.path.abspath(path) == os.path.abspath(self.config_file):
            return True
        return os.path.abspath(path) in self._packs  # a rule pack in use

    # -- linting ---------------------------------------------------------------------

    def wants(self, uri: str) -> bool:
        """Whether the document at *uri* is a draft lintnews should lint."""
        doc = self.workspace.get_text_document(uri)
        path = doc.path or ""
        if path.lower().endswith(LINTABLE_SUFFIXES):
            return True
        language = (doc.language_id or "").lower()
        return "markdown" in language or language in _MARKDOWN_LANGUAGES or language in _TEXT_LANGUAGES

    def lint(self, uri: str) -> Optional[Linted]:
        """Lint the current text of *uri* (no publishing); None if it is not a draft."""
        if not self.wants(uri):
            return None
        doc = self.workspace.get_text_document(uri)
        text = doc.source
        path = doc.path if doc.path and uri.startswith("file:") else None
        fmt = None
        if not (path and path.lower().endswith(LINTABLE_SUFFIXES)):
            fmt = "text" if (doc.language_id or "").lower() in _TEXT_LANGUAGES else "markdown"
        name = path or self._untitled_path(uri)
        index = LineIndex(text, self._encoding())
        findings: List[Finding] = []
        problem = None
        try:
            settings = self.resolver.settings_for(name)
            self._packs.update(os.path.abspath(p) for p in settings.packs)
            findings = self.linter.lint_text(text, name, settings, fmt)
        except LintError as exc:
            self._show_error(str(exc))
            problem = str(exc)
        linted = Linted(doc.version, text, findings, index, problem)
        self.linted[uri] = linted
        return linted

    def _untitled_path(self, uri: str) -> str:
        root = self.workspace.root_path or os.getcwd()
        return os.path.join(root, "untitled.md")

    def _encoding(self) -> str:
        encoding = self.workspace.position_encoding
        return str(getattr(encoding, "value", encoding) or UTF16)

    def lint_now(self, uri: str) -> None:
        """Cancel any pending lint of *uri*, lint it and publish its diagnostics."""
        self._cancel(uri)
        try:
            linted = self.lint(uri)
        except Exception:  # never take the editor's server down with a rule bug
            log.exception("linting %s failed", uri)
            self.window_log_message(
                types.LogMessageParams(types.MessageType.Error, f"lintnews: linting {uri} failed; see the server log")
            )
            return
        if linted is not None:
            self.publish(uri, linted)

    def lint_later(self, uri: str) -> None:
        """Lint *uri* once it has not changed for the debounce interval."""
        self._cancel(uri)
        loop = asyncio.get_running_loop()
        self._timers[uri] = loop.call_later(self.debounce, self.lint_now, uri)

    def _cancel(self, uri: str) -> None:
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()

    def close(self, uri: str) -> None:
        self._cancel(uri)
        self.linted.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def publish(self, uri: str, linted: Linted) -> None:
        diagnostics = [diagnostic(f, linted.index) for f in linted.findings]
        if linted.problem:
            diagnostics.insert(0, _problem(linted.problem))
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=linted.version, diagnostics=diagnostics)
        )

    def current(self, uri: str) -> Optional[Linted]:
        """Findings for the document's current version (linting again if it changed)."""
        doc = self.workspace.get_text_document(uri)
        linted = self.linted.get(uri)
        if linted is None or linted.version != doc.version or linted.text != doc.source:
            linted = self.lint(uri)
        return linted

    def _show_error(self, message: str) -> None:
        if message in self._shown_errors:
            return
        self._shown_errors.add(message)
        self.window_show_message(types.ShowMessageParams(types.MessageType.Error, f"lintnews: {message}"))

    # -- code actions ----------------------------------------------------------------

    def code_actions(self, params: types.CodeActionParams) -> List[types.CodeAction]:
        uri = params.text_document.uri
        linted = self.current(uri)
        if linted is None:
            return []
        only = params.context.only
        wants_quickfix = not only or any(types.CodeActionKind.QuickFix.value.startswith(k) for k in only)
        wants_fix_all = not only or any(FIX_ALL.startswith(k) for k in only)
        actions: List[types.CodeAction] = []
        if wants_quickfix:
            for f in linted.findings:
                if not applicable(f, unsafe=True) or not _overlaps(f, params.range, linted.index):
                    continue
                actions.append(self._quick_fix(uri, f, linted))
        if wants_fix_all:
            chosen = select_fixes(linted.findings, len(linted.text))
            if chosen:
                edits = [_text_edit(e, linted.index) for f in chosen for e in f.fix.edits]  # type: ignore[union-attr]
                actions.append(
                    types.CodeAction(
                        title=f"lintnews: apply {len(chosen)} safe fix{'es' if len(chosen) != 1 else ''}",
                        kind=FIX_ALL,
                        edit=types.WorkspaceEdit(changes={uri: edits}),
                    )
                )
        return actions

    def _quick_fix(self, uri: str, f: Finding, linted: Linted) -> types.CodeAction:
        assert f.fix is not None
        old = linted.text[f.offset : f.end_offset]
        new = "".join(e.replacement for e in f.fix.edits) if len(f.fix.edits) == 1 else (f.suggestion or "")
        title = f"Replace '{old}' with '{new}' ({f.code})" if old else f"Fix {f.code}: {f.suggestion or f.name}"
        if not f.fix.safe:
            title += " (check the meaning)"
        return types.CodeAction(
            title=title,
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic(f, linted.index)],
            is_preferred=f.fix.safe,
            edit=types.WorkspaceEdit(changes={uri: [_text_edit(e, linted.index) for e in f.fix.edits]}),
        )


# --------------------------------------------------------------------------- conversion


def _position(pos) -> types.Position:
    return types.Position(line=pos[0], character=pos[1])


def diagnostic(f: Finding, index: LineIndex) -> types.Diagnostic:
    """The LSP diagnostic for a finding (columns converted to the client's encoding)."""
    message = f.message
    if f.suggestion and f.suggestion not in message:
        message += f" (suggestion: {f.suggestion})"
    return types.Diagnostic(
        range=types.Range(
            start=_position(index.from_line_column(f.line, f.column)),
            end=_position(index.from_line_column(f.end_line, f.end_column)),
        ),
        severity=_SEVERITY[f.severity],
        code=f.code,
        code_description=types.CodeDescription(href=f.url) if f.url else None,
        source="lintnews",
        message=message,
        data={"name": f.name, "category": f.category, "fixable": f.fix is not None, "safe": bool(f.fix and f.fix.safe)},
    )


def _text_edit(edit, index: LineIndex) -> types.TextEdit:
    return types.TextEdit(
        range=types.Range(start=_position(index.from_offset(edit.start)), end=_position(index.from_offset(edit.end))),
        new_text=edit.replacement,
    )


def _overlaps(f: Finding, rng: types.Range, index: LineIndex) -> bool:
    start = index.from_line_column(f.line, f.column)
    end = index.from_line_column(f.end_line, f.end_column)
    lo = (rng.start.line, rng.start.character)
    hi = (rng.end.line, rng.end.character)
    return start <= hi and lo <= end


def _problem(message: str) -> types.Diagnostic:
    """A diagnostic at the top of the draft for a configuration or pack error."""
    return types.Diagnostic(
        range=types.Range(start=types.Position(0, 0), end=types.Position(0, 0)),
        severity=types.DiagnosticSeverity.Error,
        code="configuration",
        source="lintnews",
        message=f"lintnews cannot lint this draft: {message}",
    )


# --------------------------------------------------------------------------- features


def create_server() -> LintnewsServer:
    """A server with every feature registered (call ``start_io()`` to run it)."""
    server = LintnewsServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: LintnewsServer, params: types.InitializeParams) -> None:
        ls.configure(params.initialization_options)

    @server.feature(types.INITIALIZED)
    def initialized(ls: LintnewsServer, params: types.InitializedParams) -> None:
        caps = ls.client_capabilities
        watch = caps.workspace and caps.workspace.did_change_watched_files
        if watch and watch.dynamic_registration:
            ls.client_register_capability(
                types.RegistrationParams(
                    registrations=[
                        types.Registration(
                            id="lintnews-config",
                            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                            register_options=types.DidChangeWatchedFilesRegistrationOptions(
                                watchers=[types.FileSystemWatcher(glob_pattern=g) for g in _WATCHED]
                            ),
                        )
                    ]
                )
            )

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LintnewsServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.lint_now(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LintnewsServer, params: types.DidChangeTextDocumentParams) -> None:
        if ls.wants(params.text_document.uri):
            ls.lint_later(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: LintnewsServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if ls.is_config_file(uri):
            ls.reload()
        ls.lint_now(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LintnewsServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.close(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: LintnewsServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(ls.is_config_file(change.uri) for change in params.changes):
            ls.reload()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL]),
    )
    def code_action(ls: LintnewsServer, params: types.CodeActionParams) -> List[types.CodeAction]:
        return ls.code_actions(params)

    return server


__all__ = ["LintnewsServer", "create_server", "diagnostic"]

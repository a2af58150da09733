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
  (watched through ``workspace/didChangeWatchedFiles``), when one is saved in the
  editor, or when a draft is linted and the configuration file that applies to it, or
  a pack or facts file it uses, is new or has a new modification time (some clients,
  such as Neovim on Linux, send no file events); every open draft is then linted again.
- Linting never runs on the event loop, so a long draft delays only its own diagnostics:
  ``lintnews lsp`` runs the event loop on a thread of its own and lints on the main thread
  (where the time limit on rules works, see :mod:`lintnews.engine.timeouts`); a draft over ``maxSize`` characters (initialization option,
  default 204 800, the command line's ``--max-size``) gets one diagnostic saying it was
  not linted. A request whose
  parameters do not fit its method is answered with an ``InvalidParams`` error.

One :class:`lintnews.engine.linter.Linter` and one :class:`lintnews.engine.config.ConfigResolver` serve
every document; both are rebuilt only when the configuration changes.
"""

from __future__ import annotations

import asyncio
import logging
import os
import queue
import threading
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.json_rpc import JsonRPCNotification
from pygls.uris import to_fs_path

from lintnews import __version__
from lintnews.engine.config import CONFIG_FILES, ConfigResolver, find_config_file
from lintnews.engine.linter import Linter
from lintnews.output.fixes import applicable, select_fixes
from lintnews.text.reading import DEFAULT_MAX_SIZE as _MAX_BYTES
from lintnews.text.reading import LINTABLE_SUFFIXES
from lintnews.model import Finding, LintError, Severity
from lintnews.lsp.positions import UTF16, LineIndex

log = logging.getLogger("lintnews.lsp")

FIX_ALL = f"{types.CodeActionKind.SourceFixAll.value}.lintnews"
DEFAULT_DEBOUNCE = 0.3
#: Largest draft linted, in characters (``maxSize`` in ``initializationOptions``), the
#: command line's default limit in bytes.
DEFAULT_MAX_SIZE = _MAX_BYTES
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


class _Protocol(LanguageServerProtocol):
    """pygls's protocol, answering a request whose parameters do not fit its method
    with an ``InvalidParams`` error (pygls logs it and never answers, so the client
    waits for ever)."""

    def structure_message(self, data: Any) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if not (isinstance(data, dict) and "id" in data and "method" in data):
                raise  # a notification: there is nobody to answer
            message = f"invalid parameters for {data['method']}"
            self._send_response(data["id"], error=types.ResponseError(code=exc.code, message=message))
            return JsonRPCNotification(method="$/lintnews/answered", jsonrpc="2.0", params=None)


@dataclass(frozen=True)
class _Snapshot:
    """What linting one version of a draft needs, taken on the event loop."""

    uri: str
    version: Optional[int]
    text: str
    name: str
    fmt: Optional[str]
    encoding: str


class LintnewsServer(LanguageServer):
    """A pygls server holding one linter, one config resolver and the last results."""

    def __init__(self) -> None:
        super().__init__(
            "lintnews",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=_Protocol,
        )
        self.linter = Linter()
        self.config_file: Optional[str] = None
        self.resolver = ConfigResolver()
        self.debounce = DEFAULT_DEBOUNCE
        self.max_size = DEFAULT_MAX_SIZE
        self.linted: Dict[str, Linted] = {}
        self._timers: Dict[str, asyncio.TimerHandle] = {}
        self._shown_errors: set = set()
        self._packs: set = set()  # rule packs in use, as absolute paths
        #: Files whose change means reloading: path -> (mtime, size) or None if absent,
        #: and, per folder of a draft, the config file that applied to it.
        self._stamps: Dict[str, Optional[Tuple[int, int]]] = {}
        self._config_for: Dict[str, Optional[str]] = {}
        #: One thread lints, one draft at a time: the event loop stays free for requests.
        #: :func:`serve` makes it the main thread (:class:`MainThreadExecutor`).
        self._executor: Executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lintnews-lint")

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
        max_size = options.get("maxSize")
        if isinstance(max_size, int) and not isinstance(max_size, bool) and max_size >= 0:
            self.max_size = max_size
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
        self._stamps.clear()
        self._config_for.clear()
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

    def snapshot(self, uri: str) -> Optional[_Snapshot]:
        """The current version of *uri*, to lint; None if it is not a draft."""
        if not self.wants(uri):
            return None
        doc = self.workspace.get_text_document(uri)
        path = doc.path if doc.path and uri.startswith("file:") else None
        fmt = None
        if not (path and path.lower().endswith(LINTABLE_SUFFIXES)):
            fmt = "text" if (doc.language_id or "").lower() in _TEXT_LANGUAGES else "markdown"
        name = path or self._untitled_path(uri)
        return _Snapshot(uri, doc.version, doc.source, name, fmt, self._encoding())

    def lint(self, uri: str) -> Optional[Linted]:
        """Lint the current text of *uri* here and now (no publishing); None if it is
        not a draft."""
        snap = self.snapshot(uri)
        if snap is None:
            return None
        self.check_config(snap.name)
        return self._keep(snap, self.lint_snapshot(snap))

    def lint_snapshot(self, snap: _Snapshot) -> Linted:
        """Lint one version of a draft; runs on the lint thread (touches no pygls state)."""
        index = LineIndex(snap.text, snap.encoding)
        if self.max_size and len(snap.text) > self.max_size:
            problem = (
                f"the draft has {len(snap.text):,} characters, more than the {self.max_size:,} "
                "the language server lints (initialization option maxSize)"
            )
            return Linted(snap.version, snap.text, [], index, problem)
        findings: List[Finding] = []
        problem = None
        try:
            settings = self.resolver.settings_for(snap.name)
            self._packs.update(os.path.abspath(p) for p in settings.packs)
            for path in list(settings.packs) + ([settings.facts] if settings.facts else []):
                self._stamps.setdefault(os.path.abspath(path), _stamp(path))
            findings = self.linter.lint_text(snap.text, snap.name, settings, snap.fmt)
        except LintError as exc:
            problem = str(exc)
        return Linted(snap.version, snap.text, findings, index, problem)

    def _keep(self, snap: _Snapshot, linted: Linted) -> Linted:
        if linted.problem and not linted.problem.startswith("the draft has"):
            self._show_error(linted.problem)
        self.linted[snap.uri] = linted
        return linted

    def check_config(self, name: str) -> None:
        """Reload when the config file that applies to *name* is new, gone or changed,
        or a pack or facts file in use changed (clients need not report file events)."""
        if self.config_file:
            found: Optional[str] = os.path.abspath(self.config_file)
        else:
            try:
                hit = find_config_file(Path(os.path.dirname(os.path.abspath(name))))
            except LintError:
                hit = None
            found = str(hit) if hit is not None else None
        folder = os.path.dirname(os.path.abspath(name))
        changed = folder in self._config_for and self._config_for[folder] != found
        if found is not None:
            changed = changed or (found in self._stamps and self._stamps[found] != _stamp(found))
        changed = changed or any(_stamp(path) != stamp for path, stamp in list(self._stamps.items()))
        if changed:
            self.reload(relint=False)
        self._config_for[folder] = found
        if found is not None:
            self._stamps.setdefault(found, _stamp(found))

    def _untitled_path(self, uri: str) -> str:
        root = self.workspace.root_path or os.getcwd()
        return os.path.join(root, "untitled.md")

    def _encoding(self) -> str:
        encoding = self.workspace.position_encoding
        return str(getattr(encoding, "value", encoding) or UTF16)

    def lint_now(self, uri: str) -> None:
        """Cancel any pending lint of *uri*, then lint it and publish its diagnostics:
        on the lint thread when the event loop runs (the answer comes later), else here."""
        self._cancel(uri)
        snap = self.snapshot(uri)
        if snap is None:
            return
        self.check_config(snap.name)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is None:
            self._done(snap, self._safely(snap))
            return
        future = loop.run_in_executor(self._executor, self._safely, snap)
        future.add_done_callback(lambda f: self._done(snap, f.result()))

    def _safely(self, snap: _Snapshot) -> Optional[Linted]:
        try:
            return self.lint_snapshot(snap)
        except Exception:  # never take the editor's server down with a rule bug
            log.exception("linting %s failed", snap.uri)
            return None

    def _done(self, snap: _Snapshot, linted: Optional[Linted]) -> None:
        if linted is None:
            self.window_log_message(
                types.LogMessageParams(types.MessageType.Error, f"lintnews: linting {snap.uri} failed; see the server log")
            )
            return
        self._keep(snap, linted)
        self.publish(snap.uri, linted)

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

    async def current_async(self, uri: str) -> Optional[Linted]:
        """:meth:`current`, linting on the lint thread when the draft changed."""
        doc = self.workspace.get_text_document(uri)
        linted = self.linted.get(uri)
        if linted is not None and linted.version == doc.version and linted.text == doc.source:
            return linted
        snap = self.snapshot(uri)
        if snap is None:
            return None
        self.check_config(snap.name)
        loop = asyncio.get_running_loop()
        return self._keep(snap, await loop.run_in_executor(self._executor, self.lint_snapshot, snap))

    def _show_error(self, message: str) -> None:
        if message in self._shown_errors:
            return
        self._shown_errors.add(message)
        self.window_show_message(types.ShowMessageParams(types.MessageType.Error, f"lintnews: {message}"))

    # -- code actions ----------------------------------------------------------------

    def code_actions(self, params: types.CodeActionParams, linted: Optional[Linted] = None) -> List[types.CodeAction]:
        uri = params.text_document.uri
        if linted is None:
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


class MainThreadExecutor(Executor):
    """Runs submitted calls one at a time on the thread that calls :meth:`run`."""

    def __init__(self) -> None:
        self._queue: "queue.SimpleQueue" = queue.SimpleQueue()

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        self._queue.put((future, fn, args, kwargs))
        return future

    def run(self) -> None:
        """Run calls as they come until :meth:`shutdown`."""
        while True:
            item = self._queue.get()
            if item is None:
                return
            future, fn, args, kwargs = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as exc:  # handed to whoever awaits the call
                future.set_exception(exc)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._queue.put(None)


def run_server(server: "LintnewsServer") -> int:
    """Serve over standard input and output: the event loop on a thread of its own, the
    linting on this (main) thread, where rule time limits work. Returns the exit status
    (0 after a ``shutdown`` request, 1 otherwise, as LSP asks)."""
    executor = MainThreadExecutor()
    server._executor = executor

    def loop() -> None:
        try:
            server.start_io()
        finally:
            executor.shutdown()

    thread = threading.Thread(target=loop, name="lintnews-lsp-io", daemon=True)
    thread.start()
    executor.run()
    thread.join()
    return 0 if getattr(server.protocol, "_shutdown", False) else 1


def _stamp(path: Any) -> Optional[Tuple[int, int]]:
    """A file's modification time and size, or None if it is not there."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


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
    async def code_action(ls: LintnewsServer, params: types.CodeActionParams) -> List[types.CodeAction]:
        linted = await ls.current_async(params.text_document.uri)
        return ls.code_actions(params, linted) if linted is not None else []

    return server


__all__ = ["LintnewsServer", "create_server", "diagnostic"]

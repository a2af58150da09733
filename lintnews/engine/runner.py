"""Linting (and fixing) many inputs: one worker per process, results in input order.

A :class:`Worker` holds one :class:`lintnews.engine.linter.Linter` and one
:class:`lintnews.engine.config.ConfigResolver` and lints (or fixes) one input at a time;
:func:`results` runs it over a list of paths in this process or in a pool of processes
(``--jobs``), yielding each input's :class:`FileResult` in input order.
"""

from __future__ import annotations

import sys
from typing import Any, Dict, Iterator, List, Optional, Tuple

from lintnews.records import ValueRecord
from lintnews.model import Finding, LintError, Severity


class FileResult(ValueRecord):
    """What linting (and perhaps fixing) one input produced; picklable for ``--jobs``."""

    findings: List[Finding]
    fail_on: Severity
    error: Optional[str]
    #: Fixes applied (``--fix``) or that would be applied (``--diff``).
    fixed: int
    #: Remaining findings that ``--unsafe-fixes`` would fix.
    unsafe_left: int
    diff: str
    #: The fixed text of standard input (``--fix`` with ``-``).
    text: Optional[str]

    __slots__ = ("findings", "fail_on", "error", "fixed", "unsafe_left", "diff", "text")

    def __init__(
        self,
        findings: Optional[List[Finding]] = None,
        fail_on: Severity = Severity.WARNING,
        error: Optional[str] = None,
        fixed: int = 0,
        unsafe_left: int = 0,
        diff: str = '',
        text: Optional[str] = None,
    ) -> None:
        self.findings = [] if findings is None else findings
        self.fail_on = fail_on
        self.error = error
        self.fixed = fixed
        self.unsafe_left = unsafe_left
        self.diff = diff
        self.text = text


class Worker:
    """Per-process state: one linter and one config resolver, reused for every file.

    *mode* is ``None`` (report), ``"fix"`` (fix files in place) or ``"diff"``.
    """

    def __init__(
        self,
        config: Optional[str],
        isolated: bool,
        cli: Dict[str, Any],
        mode: Optional[str] = None,
        unsafe: bool = False,
        max_size: Optional[int] = None,
    ) -> None:
        from pathlib import Path

        from lintnews.engine.config import ConfigResolver
        from lintnews.engine.linter import Linter

        self.resolver = ConfigResolver(Path(config) if config else None, isolated, cli)
        self.linter = Linter(stop_after_timeout=True)  # a rule that hung once is not paid for again
        self.mode = mode
        self.unsafe = unsafe
        #: Largest draft read, in bytes (None: the default; 0: no limit).
        self.max_size = max_size
        #: What a pool process needs to build the same worker.
        self.init_args = (config, isolated, cli, mode, unsafe, max_size)

    def lint_path(self, path: str, text: Optional[str] = None, name: Optional[str] = None) -> FileResult:
        """Lint one input; in fix mode also fix it (files in place, standard input in memory)."""
        from lintnews.text.reading import read_source

        display = name or path
        try:
            settings = self.resolver.settings_for(display if path == "-" else path)
            if text is None:
                text = read_source(path, self.max_size)
            if self.mode is None:
                return FileResult(self.linter.lint_text(text, display, settings), settings.fail_on)
            return self._fix(path, display, text, settings)
        except LintError as exc:
            return FileResult(error=str(exc))

    def lint_paths(self, paths: List[str]) -> List[FileResult]:
        """:meth:`lint_path` for several files, linted together rule by rule (see
        :meth:`lintnews.engine.linter.Linter.lint_documents`); fixing goes file by file."""
        if self.mode is not None or len(paths) < 2:
            return [self.lint_path(path) for path in paths]
        from lintnews.text.document import parse
        from lintnews.text.reading import read_source

        results: List[Optional[FileResult]] = []
        batch = []  # (index in results, document, settings)
        chars = 0
        for path in paths:
            try:
                settings = self.resolver.settings_for(path)
                text = read_source(path, self.max_size)
                if batch and chars + len(text) > BATCH_CHARS:
                    self._lint_batch(batch, results)  # what a batch holds at once stays bounded
                    batch, chars = [], 0
                doc = parse(text, path)
            except LintError as exc:
                results.append(FileResult(error=str(exc)))
                continue
            batch.append((len(results), doc, settings))
            results.append(None)
            chars += len(text)
        self._lint_batch(batch, results)
        return results  # type: ignore[return-value]

    def _lint_batch(self, batch: List[Tuple[int, Any, Any]], results: List[Optional[FileResult]]) -> None:
        outcomes = self.linter.lint_documents([(doc, settings) for _, doc, settings in batch])
        for (i, _, settings), outcome in zip(batch, outcomes):
            if isinstance(outcome, LintError):
                results[i] = FileResult(error=str(outcome))
            else:
                results[i] = FileResult(outcome, settings.fail_on)

    def _fix(self, path: str, display: str, text: str, settings) -> FileResult:
        from lintnews.output.fixes import file_encoding, fix_text, unified_diff, write_fixed

        outcome = fix_text(self.linter, text, display, settings, self.unsafe)
        result = FileResult(outcome.remaining, settings.fail_on, fixed=outcome.applied, unsafe_left=outcome.unsafe_left())
        encoding, bom = file_encoding(path) if path != "-" else ("utf-8", False)
        if self.mode == "diff":
            result.diff = unified_diff(outcome.original, outcome.text, display, bom=bom and encoding == "utf-8")
        elif path == "-":
            result.text = outcome.text
        elif outcome.changed:
            try:
                write_fixed(path, outcome.text, bom=bom, encoding=encoding)
            except OSError as exc:
                raise LintError(f"{path}: cannot write the fixes: {exc.strerror or exc}") from None
        return result


_STATE: Optional[Worker] = None


def _init_worker(config, isolated, cli, mode, unsafe, max_size=None) -> None:
    global _STATE
    _STATE = Worker(config, isolated, cli, mode, unsafe, max_size)


def _lint_in_worker(paths: List[str]) -> List[FileResult]:
    assert _STATE is not None
    return _STATE.lint_paths(paths)


#: Files linted together, rule by rule (a rule's expressions stay in the processor's
#: caches while it reads them all); small enough that results still stream.
BATCH = 16
#: Characters of drafts linted together at most (a larger draft is linted on its own),
#: so that a batch holds no more in memory than the largest draft allowed.
BATCH_CHARS = 200 * 1024


def _batches(paths: List[str]) -> Iterator[List[str]]:
    """*paths* in order: the first alone (quick first output), then batches of files;
    standard input (``-``) always alone."""
    batch: List[str] = []
    for i, path in enumerate(paths):
        if path == "-" or i == 0:
            if batch:
                yield batch
                batch = []
            yield [path]
            continue
        batch.append(path)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def results(
    worker: Worker, paths: List[str], jobs: int = 1, stdin_name: Optional[str] = None
) -> Iterator[Tuple[str, FileResult]]:
    """Lint *paths* in order (``-`` is standard input, named *stdin_name*), in this
    process or, with *jobs* > 1 (0: one per CPU), in a pool, yielding as results arrive."""
    if jobs == 0:
        import os

        jobs = os.cpu_count() or 1
    files = [p for p in paths if p != "-"]
    if jobs <= 1 or len(files) < 2:
        for batch in _batches(paths):
            if batch == ["-"]:
                found = [_stdin_result(worker, stdin_name)]
            else:
                found = worker.lint_paths(batch)
            yield from zip(batch, found)
        return
    import multiprocessing

    global _STATE
    if sys.platform.startswith("linux"):
        # Forked processes inherit this worker: plugins loaded, packs compiled, once.
        ctx = multiprocessing.get_context("fork")
        _STATE = worker
        pool = ctx.Pool(jobs)
    else:
        ctx = multiprocessing.get_context("spawn")
        pool = ctx.Pool(jobs, _init_worker, worker.init_args)
    # Batches small enough that both workers stay busy to the end.
    size = max(1, min(BATCH, len(files) // (jobs * 4) or 1))
    batches = [files[i : i + size] for i in range(0, len(files), size)]
    try:
        done = (result for results in pool.imap(_lint_in_worker, batches) for result in results)
        for path in paths:
            if path == "-":
                yield path, _stdin_result(worker, stdin_name)
            else:
                yield path, next(done)
    except BaseException:
        pool.terminate()  # stopped early (an error, Ctrl-C, the caller closed us)
        raise
    else:
        # Every result is in: the workers are told there is no more work and leave their
        # loop themselves, instead of being sent SIGTERM while they wait for a task.
        pool.close()
    finally:
        pool.join()


def _stdin_result(worker: Worker, name: Optional[str]) -> FileResult:
    from lintnews.text.reading import DEFAULT_MAX_SIZE, decode

    name = name or "<stdin>"
    limit = DEFAULT_MAX_SIZE if worker.max_size is None else worker.max_size
    try:
        data = sys.stdin.buffer.read(limit + 1) if limit else sys.stdin.buffer.read()
        if limit and len(data) > limit:
            raise LintError(f"{name}: over the {limit:,}-byte limit (--max-size); not linted")
        text = decode(data, name)
    except LintError as exc:
        return FileResult(error=str(exc))
    return worker.lint_path("-", text=text, name=name)

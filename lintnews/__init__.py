"""lintnews: an editorial linter for newsrooms.

Plugins import :data:`hookimpl` from here. The Python API is :func:`lint_text`,
:func:`lint_file` and :func:`fix_text`: pure functions of a text (or file) and a
configuration, safe to call from several threads and to map over partitions of an
archive in another process or machine (see ``docs/python-api.md``).

The types the API and plugins use are re-exported here and imported on first use, so
``import lintnews`` stays cheap: :class:`Finding`, :class:`Severity`, :class:`Fix`,
:class:`Edit`, :class:`LintError` (from :mod:`lintnews.model`), :class:`Rule`,
:class:`Option`, :class:`Context` (:mod:`lintnews.rule`), :class:`Settings`,
:class:`ConfigError` (:mod:`lintnews.engine.config`), :class:`FixOutcome`
(:mod:`lintnews.output.fixes`) and :class:`FactsError`
(:mod:`lintnews.analysis.figures.facts`).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, List, Optional, Union

__version__ = "0.1.0"

# ``hookimpl``, the marker for plugin hook implementations (``@lintnews.hookimpl``), is
# made on first use (see __getattr__): a run with only the built-in plugin never imports
# pluggy (see lintnews.engine.plugins).

if TYPE_CHECKING:  # pragma: no cover
    from os import PathLike

    from lintnews.analysis.figures.facts import FactsError
    from lintnews.engine.config import ConfigError, Settings
    from lintnews.model import Edit, Finding, Fix, LintError, Severity
    from lintnews.output.fixes import FixOutcome
    from lintnews.rule import Context, Option, Rule

    Config = Union[None, dict, str, PathLike, Settings]

#: Names this package re-exports, with the module each one lives in.
_EXPORTS = {
    "Finding": "lintnews.model",
    "Severity": "lintnews.model",
    "Fix": "lintnews.model",
    "Edit": "lintnews.model",
    "LintError": "lintnews.model",
    "Rule": "lintnews.rule",
    "Option": "lintnews.rule",
    "Context": "lintnews.rule",
    "Settings": "lintnews.engine.config",
    "ConfigError": "lintnews.engine.config",
    "FixOutcome": "lintnews.output.fixes",
    "FactsError": "lintnews.analysis.figures.facts",
}

__all__ = ["__version__", "hookimpl", "lint_text", "lint_file", "fix_text", *_EXPORTS]


def __getattr__(name: str) -> Any:
    """The re-exported types, imported when first asked for (PEP 562), and
    :data:`hookimpl`."""
    if name == "hookimpl":
        import pluggy

        marker = globals()["hookimpl"] = pluggy.HookimplMarker("lintnews")
        return marker
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'lintnews' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted(set(globals()) | set(_EXPORTS) | {"hookimpl"})

_LOCK = threading.Lock()
_LINTER = None
#: Settings built from mappings and config files, reused while the files are unchanged.
#: Reusing one Settings object per configuration also lets the engine validate its
#: selectors once instead of on every call.
_SETTINGS: "OrderedDict[Any, Settings]" = OrderedDict()
_SETTINGS_MAX = 64


def _linter():
    global _LINTER
    if _LINTER is None:
        with _LOCK:
            if _LINTER is None:
                from lintnews.engine.linter import Linter

                _LINTER = Linter()
    return _LINTER


def _cached(key: Any, build) -> "Settings":
    with _LOCK:
        hit = _SETTINGS.get(key)
        if hit is not None:
            _SETTINGS.move_to_end(key)
            return hit
    settings = build()
    with _LOCK:
        _SETTINGS[key] = settings
        while len(_SETTINGS) > _SETTINGS_MAX:
            _SETTINGS.popitem(last=False)
    return settings


def _file_key(path: "os.PathLike | str") -> tuple:
    resolved = os.path.abspath(path)
    try:
        st = os.stat(resolved)
    except OSError:
        return (resolved, None)
    return (resolved, st.st_mtime_ns, st.st_size)


def _settings(config: "Config", path: Optional[str]) -> "Settings":
    from pathlib import Path

    from lintnews.engine.config import Settings, find_config_file, load_config_file

    if isinstance(config, Settings):
        return config.for_file(path)
    if isinstance(config, dict):
        import json

        from lintnews.engine.config import settings_from_mapping

        cwd = os.getcwd()
        try:
            key = ("mapping", cwd, json.dumps(config, sort_keys=True, default=str))
        except TypeError:  # keys that json cannot sort; build without caching
            return settings_from_mapping(config, "<config>", Path(cwd)).for_file(path)
        return _cached(key, lambda: settings_from_mapping(config, "<config>", Path(cwd))).for_file(path)
    if config is None:
        folder = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
        found = find_config_file(Path(folder))
        if found is None:
            return _cached(("none", folder), lambda: Settings(root=Path(folder)))
        return _cached(("file",) + _file_key(found), lambda: load_config_file(found)).for_file(path)
    if isinstance(config, (str, os.PathLike)):
        return _cached(("file",) + _file_key(config), lambda: load_config_file(Path(config))).for_file(path)
    raise TypeError(
        "config must be None, a mapping of .lintnews.yaml keys, a path to a config file "
        f"or a lintnews.Settings, not {type(config).__name__}"
    )


def _check_args(text: Any, path: Any) -> Optional[str]:
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("text must be str, not bytes: decode it first (text.decode('utf-8'))")
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if path is None:
        return None
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
    return os.fspath(path)


def lint_text(
    text: str,
    path: "Optional[Union[str, PathLike]]" = None,
    config: "Config" = None,
) -> "List[Finding]":
    """Lint *text* and return its findings, sorted by position.

    *path* names the draft in findings, picks the format (``.txt`` is plain text,
    anything else Markdown) and the per-path ``overrides`` of the config; the file
    itself is never read. *config* is a mapping with the keys of ``.lintnews.yaml``
    (relative paths in it are taken from the current folder), a path to a config
    file, a :class:`lintnews.Settings`, or None to use the config file found
    from *path* (or the current folder), as the command line does.

    Raises :class:`lintnews.LintError` for a bad configuration or pack and
    ``TypeError`` for arguments of the wrong type. The result depends only on
    *text*, *path* and the configuration.
    """
    name = _check_args(text, path)
    settings = _settings(config, name)
    return _linter().lint_text(text, name or "<text>", settings)


def lint_file(
    path: "Union[str, PathLike]",
    config: "Config" = None,
) -> "List[Finding]":
    """Read *path* (UTF-8, a byte-order mark is dropped) and lint it like :func:`lint_text`.

    Raises :class:`lintnews.LintError` when the file is missing, unreadable,
    binary or not UTF-8.
    """
    from lintnews.text.reading import read_source

    name = _check_args("", path)
    if name is None:
        raise TypeError("lint_file needs a path")
    return lint_text(read_source(name), name, config)


def fix_text(
    text: str,
    path: "Optional[Union[str, PathLike]]" = None,
    config: "Config" = None,
    unsafe: bool = False,
) -> "FixOutcome":
    """Apply the fixes ``lintnews check --fix`` would (with *unsafe*, ``--unsafe-fixes``).

    Returns a :class:`lintnews.FixOutcome`: ``.text`` (the fixed text),
    ``.applied`` (how many fixes), ``.remaining`` (findings in the fixed text) and
    ``.changed``. Nothing is written anywhere.
    """
    from lintnews.output.fixes import fix_findings

    name = _check_args(text, path)
    settings = _settings(config, name)
    linter = _linter()
    return fix_findings(text, lambda t: linter.lint_text(t, name or "<text>", settings), unsafe)

"""lintnews: an editorial linter for newsrooms.

Plugins import :data:`hookimpl` from here. The Python API is :func:`lint_text` and
:func:`lint_file`: pure functions of a text (or file) and a configuration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

import pluggy

__version__ = "0.1.0"

#: Marker for plugin hook implementations: ``@lintnews.hookimpl``.
hookimpl = pluggy.HookimplMarker("lintnews")

if TYPE_CHECKING:  # pragma: no cover
    from os import PathLike

    from .config import Settings
    from .model import Finding

__all__ = ["__version__", "hookimpl", "lint_text", "lint_file"]

_LINTER = None


def _linter():
    global _LINTER
    if _LINTER is None:
        from .engine import Linter

        _LINTER = Linter()
    return _LINTER


def _settings(config, path):
    from pathlib import Path

    from .config import ConfigResolver, Settings

    if config is None:
        return ConfigResolver().settings_for(str(path) if path else None)
    if isinstance(config, Settings):
        return config
    if isinstance(config, dict):
        from .config import settings_from_mapping

        return settings_from_mapping(config, "<config>", Path.cwd())
    return ConfigResolver(explicit=Path(config)).settings_for(str(path) if path else None)


def lint_text(
    text: str,
    path: Optional[str] = None,
    config: "Union[None, dict, str, PathLike, Settings]" = None,
) -> "List[Finding]":
    """Lint *text* and return its findings, sorted by position.

    *path* names the draft in findings and picks the format (``.txt`` is plain text,
    anything else Markdown). *config* is a mapping with the keys of ``.lintnews.yaml``,
    a path to a config file, a :class:`lintnews.config.Settings`, or None to use the
    config file found from *path* (or the current folder).
    """
    settings = _settings(config, path)
    return _linter().lint_text(text, path or "<text>", settings)


def lint_file(
    path: "Union[str, PathLike]",
    config: "Union[None, dict, str, PathLike, Settings]" = None,
) -> "List[Finding]":
    """Read *path* (UTF-8) and lint it; raise :class:`lintnews.model.LintError` if unreadable."""
    from .io import read_source

    source = read_source(str(path))
    return lint_text(source, str(path), config)

"""Output formatters. The built-ins are ``text``, ``json``, ``sarif``, ``github`` and ``junit``;
plugins add more through the ``lintnews_formatters`` hook.

Each built-in formatter's module is imported when its format is chosen, not at start-up:
:data:`BUILTIN_FORMATTERS` maps format names to classes and imports a class the first
time it is looked up."""

from __future__ import annotations

from importlib import import_module
from typing import Any, Dict, Iterator, Mapping, Tuple

#: The built-in formats: the module and class of each.
_BUILTIN: Dict[str, Tuple[str, str]] = {
    "text": ("lintnews.output.text", "TextFormatter"),
    "json": ("lintnews.output.json", "JsonFormatter"),
    "sarif": ("lintnews.output.sarif", "SarifFormatter"),
    "github": ("lintnews.output.github", "GithubFormatter"),
    "junit": ("lintnews.output.junit", "JunitFormatter"),
}


class _Builtin(Mapping[str, type]):
    """The built-in formats to their classes, each imported at its first lookup."""

    def __getitem__(self, name: str) -> type:
        module, cls = _BUILTIN[name]
        return getattr(import_module(module), cls)

    def __iter__(self) -> Iterator[str]:
        return iter(_BUILTIN)

    def __len__(self) -> int:
        return len(_BUILTIN)


class FormatterTable(Mapping[str, type]):
    """Format names to formatter classes, gathered from every plugin's
    ``lintnews_formatters`` (a later plugin's format replaces an earlier one of the same
    name); a class is looked up in its plugin's mapping only when its format is used."""

    def __init__(self) -> None:
        self._by_name: Dict[str, Mapping[str, type]] = {}

    def add(self, provided: Mapping[str, type]) -> None:
        for name in provided:
            self._by_name[name] = provided

    def __getitem__(self, name: str) -> type:
        return self._by_name[name][name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_name)

    def __len__(self) -> int:
        return len(self._by_name)


BUILTIN_FORMATTERS: Mapping[str, type] = _Builtin()


def __getattr__(name: str) -> Any:
    # ``from lintnews.output import Formatter`` keeps working, without importing the
    # base class at start-up.
    if name == "Formatter":
        from lintnews.output.base import Formatter

        return Formatter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Formatter", "BUILTIN_FORMATTERS", "FormatterTable"]

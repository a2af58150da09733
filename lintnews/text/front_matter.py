"""Front matter as PyYAML's ``safe_load`` reads it, without importing PyYAML for the
usual case.

Draft front matter is mostly a few ``key: value`` lines: a title in quotes, a desk, a
date. Importing PyYAML costs a tenth of a short lint, so :func:`load` reads that shape
itself and hands anything else to ``yaml.safe_load``. The shape read here is narrow on
purpose, so that the result is always what PyYAML would give (a test compares the two):

* every line is blank or ``key: value`` with a simple key at the start of the line;
* a value is a double-quoted string without escapes, a single-quoted string without
  doubled quotes, a date ``YYYY-MM-DD``, or a plain word-like string that starts with a
  letter and is not one of YAML 1.1's booleans or nulls.

Any other line or value (lists, nesting, numbers, comments, anchors ...) goes to PyYAML.
"""

from __future__ import annotations

import datetime
from typing import Any, Dict, Optional

from lintnews.matching import patterns as lazyre

_LINE = lazyre.compile(r"([A-Za-z_][A-Za-z0-9_-]*): +(\S(?:.*\S)?) *")
_DOUBLE = lazyre.compile(r'"([^"\\]*)"')
_SINGLE = lazyre.compile(r"'([^']*)'")
_DATE = lazyre.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
# Plain scalars that resolve to strings: a letter first, then word characters, spaces
# and punctuation that cannot start or end a YAML construct inside a plain scalar.
_PLAIN = lazyre.compile(r"[A-Za-z][A-Za-z0-9 _.,;()/&+'’-]*")
# YAML 1.1 (PyYAML's SafeLoader) reads these plain scalars as booleans or null.
_SPECIAL = frozenset(
    "yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL".split()
)
# Characters YAML does not allow in a stream, or reads as line breaks where Python's
# splitlines() does not agree: PyYAML decides about text holding any of them.
_UNUSUAL = lazyre.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\ud800-\\udfff\\ufffe\\uffff\\u2028\\u2029]")


class BadValue(ValueError):
    """A value that has YAML's form of a date but is no date ("2024-13-45"); ``line`` is
    its line in the front matter (1-based; 0 when unknown)."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.line = line


_LOADER = None


def _loader():
    global _LOADER
    if _LOADER is None:
        import yaml

        from lintnews.engine.yaml_files import checked_timestamp

        class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
            """``safe_load``'s loader, with impossible dates a YAML error."""

        Loader.add_constructor("tag:yaml.org,2002:timestamp", checked_timestamp)
        _LOADER = Loader
    return _LOADER


def load(text: str) -> Any:
    """``yaml.safe_load(text)``; raises ``yaml.YAMLError`` as it does, and
    :class:`BadValue` for an impossible date (where ``safe_load`` raises ValueError)."""
    fast = _simple(text)
    if fast is not None:
        return fast
    import yaml

    try:
        return yaml.load(text, Loader=_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.constructor.ConstructorError as exc:
        if "is not a valid date" in str(exc.problem or ""):
            mark = exc.problem_mark
            raise BadValue(str(exc.problem), mark.line + 1 if mark is not None else 0) from None
        raise


def _simple(text: str) -> Optional[Dict[str, Any]]:
    """The mapping of *text* when it has the simple shape described above, else None."""
    if _UNUSUAL.search(text):
        return None
    data: Dict[str, Any] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _LINE.fullmatch(line)
        if m is None or m.group(1) in _SPECIAL:  # "on:" is a boolean key in YAML 1.1
            return None
        value = _scalar(m.group(2))
        if value is None:
            return None
        data[m.group(1)] = value
    return data or None


def _scalar(raw: str) -> Any:
    m = _DOUBLE.fullmatch(raw) or _SINGLE.fullmatch(raw)
    if m is not None:
        return m.group(1)
    m = _DATE.fullmatch(raw)
    if m is not None:
        try:
            return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None  # PyYAML raises on an impossible date: let it
    if _PLAIN.fullmatch(raw) and raw not in _SPECIAL and " #" not in raw and not raw.endswith(":"):
        return raw
    return None

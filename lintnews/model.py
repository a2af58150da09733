"""Core value types shared by every layer: severities, categories, findings and fixes.

Inside the engine every coordinate is a 0-based, half-open character offset into the
original source text. Lines and columns (1-based, counted in characters) are computed
once, when a :class:`Finding` is built, by :meth:`lintnews.text.document.Document.position`.
"""

from __future__ import annotations

import enum
from typing import Optional, Tuple

#: Sets a field of an immutable record (whose own ``__setattr__`` refuses).
_set = object.__setattr__


#: The categories a rule may belong to. ``engine`` is reserved for lintnews's own
#: ``LN`` findings (bad pragma, unreadable file, failing plugin).
CATEGORIES = ("claims", "figures", "hedging", "garbled", "style")
ENGINE_CATEGORY = "engine"


class LintError(Exception):
    """An input, usage or configuration problem that ends with exit status 2.

    ``str(error)`` is the one-line message shown to the user; it names the file
    (and where possible the entry and field) at fault.
    """


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        """Return the severity named by *value* (case-insensitive); raise ``ValueError``."""
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r} (expected error, warning or info)"
            ) from None

    def __str__(self) -> str:
        return self.name.lower()


class Edit:
    """Replace ``source[start:end]`` with ``replacement`` (source offsets)."""

    start: int
    end: int
    replacement: str

    def __init__(self, start: int, end: int, replacement: str) -> None:
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "replacement", replacement)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: Edit is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: Edit is immutable")

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"start={self.start!r}, "
            f"end={self.end!r}, "
            f"replacement={self.replacement!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (self.start, self.end, self.replacement) == (other.start, other.end, other.replacement)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.replacement))


class Fix:
    """One or more edits that resolve a finding.

    ``safe`` fixes are applied by ``--fix``; unsafe ones only with ``--unsafe-fixes``.
    """

    edits: Tuple[Edit, ...]
    safe: bool

    def __init__(self, edits: Tuple[Edit, ...], safe: bool = False) -> None:
        _set(self, "edits", edits)
        _set(self, "safe", safe)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: Fix is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: Fix is immutable")

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(edits={self.edits!r}, safe={self.safe!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (self.edits, self.safe) == (other.edits, other.safe)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.edits, self.safe))


class Finding:
    """One thing an editor would circle.

    Sorting orders findings by path, then position, then code, which is the order in
    which every formatter prints them.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    category: str
    severity: Severity
    message: str
    offset: int
    end_offset: int
    suggestion: Optional[str]
    fix: Optional[Fix]
    url: Optional[str]

    def __init__(
        self,
        path: str,
        line: int,
        column: int,
        end_line: int,
        end_column: int,
        code: str,
        name: str,
        category: str,
        severity: Severity,
        message: str,
        offset: int = 0,
        end_offset: int = 0,
        suggestion: Optional[str] = None,
        fix: Optional[Fix] = None,
        url: Optional[str] = None,
    ) -> None:
        _set(self, "path", path)
        _set(self, "line", line)
        _set(self, "column", column)
        _set(self, "end_line", end_line)
        _set(self, "end_column", end_column)
        _set(self, "code", code)
        _set(self, "name", name)
        _set(self, "category", category)
        _set(self, "severity", severity)
        _set(self, "message", message)
        _set(self, "offset", offset)
        _set(self, "end_offset", end_offset)
        _set(self, "suggestion", suggestion)
        _set(self, "fix", fix)
        _set(self, "url", url)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: Finding is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: Finding is immutable")

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"path={self.path!r}, "
            f"line={self.line!r}, "
            f"column={self.column!r}, "
            f"end_line={self.end_line!r}, "
            f"end_column={self.end_column!r}, "
            f"code={self.code!r}, "
            f"name={self.name!r}, "
            f"category={self.category!r}, "
            f"severity={self.severity!r}, "
            f"message={self.message!r}, "
            f"offset={self.offset!r}, "
            f"end_offset={self.end_offset!r}, "
            f"suggestion={self.suggestion!r}, "
            f"fix={self.fix!r}, "
            f"url={self.url!r})"
        )

    def _key(self) -> tuple:
        """The fields compared, in order."""
        return (
            self.path,
            self.line,
            self.column,
            self.end_line,
            self.end_column,
            self.code,
            self.message,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __lt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key() >= other._key()
        return NotImplemented

    def replace(self, **changes: object) -> "Finding":
        """A copy with *changes* (field names to new values), as ``dataclasses.replace``."""
        values = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "offset": self.offset,
            "end_offset": self.end_offset,
            "suggestion": self.suggestion,
            "fix": self.fix,
            "url": self.url,
        }
        values.update(changes)
        return self.__class__(**values)

    def to_dict(self) -> dict:
        """The stable JSON shape of a finding (see ``docs/json-output.md``)."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "offset": self.offset,
            "end_offset": self.end_offset,
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": str(self.severity),
            "message": self.message,
            "suggestion": self.suggestion,
            "fix": None
            if self.fix is None
            else {
                "safe": self.fix.safe,
                "edits": [
                    {"start": e.start, "end": e.end, "replacement": e.replacement}
                    for e in self.fix.edits
                ],
            },
            "url": self.url,
        }



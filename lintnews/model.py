"""Core value types shared by every layer: severities, categories, findings and fixes.

Inside the engine every coordinate is a 0-based, half-open character offset into the
original source text. Lines and columns (1-based, counted in characters) are computed
once, when a :class:`Finding` is built, by :meth:`lintnews.text.document.Document.position`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Optional, Tuple


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


@dataclass(frozen=True)
class Edit:
    """Replace ``source[start:end]`` with ``replacement`` (source offsets)."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    """One or more edits that resolve a finding.

    ``safe`` fixes are applied by ``--fix``; unsafe ones only with ``--unsafe-fixes``.
    """

    edits: Tuple[Edit, ...]
    safe: bool = False


@dataclass(frozen=True, order=True)
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
    name: str = field(compare=False)
    category: str = field(compare=False)
    severity: Severity = field(compare=False)
    message: str = field(compare=True)
    offset: int = field(default=0, compare=False)
    end_offset: int = field(default=0, compare=False)
    suggestion: Optional[str] = field(default=None, compare=False)
    fix: Optional[Fix] = field(default=None, compare=False)
    url: Optional[str] = field(default=None, compare=False)

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



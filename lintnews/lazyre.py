"""Regular expressions compiled on first use.

lintnews defines well over a thousand patterns (cues, phrase lists, extraction rules);
compiling them all at start-up would cost most of a second on every pre-commit call,
while linting one short draft touches a small share of them. ``compile`` here returns a
:class:`LazyPattern` that compiles itself the first time it is used.
"""

from __future__ import annotations

import re
from typing import Any, Iterator, Optional, Pattern


class LazyPattern:
    """A stand-in for :class:`re.Pattern` that compiles on first use."""

    __slots__ = ("pattern", "flags", "_rx")

    def __init__(self, pattern: str, flags: int = 0, compiled: Optional[Pattern] = None) -> None:
        self.pattern = pattern
        self.flags = flags
        self._rx: Optional[Pattern] = compiled

    def __reduce__(self):
        # Pickled uncompiled: a cached rule pack loads without compiling anything.
        return (LazyPattern, (self.pattern, self.flags))

    @property
    def compiled(self) -> Pattern:
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(self.pattern, self.flags)
        return rx

    def match(self, string: str, *args: Any) -> Optional["re.Match"]:
        return self.compiled.match(string, *args)

    def fullmatch(self, string: str, *args: Any) -> Optional["re.Match"]:
        return self.compiled.fullmatch(string, *args)

    def search(self, string: str, *args: Any) -> Optional["re.Match"]:
        return self.compiled.search(string, *args)

    def finditer(self, string: str, *args: Any) -> Iterator["re.Match"]:
        return self.compiled.finditer(string, *args)

    def findall(self, string: str, *args: Any) -> list:
        return self.compiled.findall(string, *args)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list:
        return self.compiled.split(string, maxsplit)

    @property
    def groupindex(self):
        return self.compiled.groupindex

    @property
    def groups(self) -> int:
        return self.compiled.groups

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    """Like :func:`re.compile`, but compiled on first use."""
    return LazyPattern(pattern, flags)

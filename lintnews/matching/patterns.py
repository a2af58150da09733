"""Regular expressions fixed in lintnews's code or in rule packs, compiled on first use.

lintnews defines well over a thousand patterns (cues, phrase lists, extraction rules);
compiling them all at start-up would cost most of a second on every pre-commit call,
while linting one short draft touches a small share of them. ``compile`` here returns a
:class:`LazyPattern` that compiles itself the first time one of its methods is asked
for; the method is then stored on the instance, so later calls cost no more than on a
compiled pattern. Their programs come from the on-disk cache (:func:`lintnews.cache.compile`).

Only for patterns fixed at import or read from a rule pack. A pattern built from a
draft's words (a name it mentions) is compiled with :func:`re.compile` instead: nothing
derived from a draft may reach the on-disk cache.
"""

from __future__ import annotations

from typing import Any, Optional, Pattern

from lintnews import cache

_FORWARDED = frozenset(
    "match fullmatch search finditer findall sub subn split scanner groupindex groups".split()
)


class LazyPattern:
    """A stand-in for :class:`re.Pattern` that compiles on first use.

    Slotted (no instance dictionary: lintnews makes a couple of thousand at import, and
    each lives as long as the process): a method of the compiled pattern is kept in the
    slot of its name the first time it is asked for."""

    __slots__ = ("pattern", "flags", "_rx", *sorted(_FORWARDED))

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
            rx = self._rx = cache.compile(self.pattern, self.flags)
        return rx

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes the instance does not have yet.
        if name not in _FORWARDED:
            raise AttributeError(name)
        value = getattr(self.compiled, name)
        setattr(self, name, value)  # bound method of the compiled pattern, from now on
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    """Like :func:`re.compile`, but compiled on first use (for fixed patterns only)."""
    return LazyPattern(pattern, flags)

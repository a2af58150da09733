"""Records: plain classes with ``__slots__`` whose fields are their slots, in order.

lintnews's own records (figures, cues, settings, pack entries ...) are written as plain
classes rather than dataclasses: a dataclass compiles its methods at every start, and a
short lint is mostly start-up. What a dataclass would generate comes from these bases
instead, worked out from the class's ``__slots__`` once, when the class is made:

- :class:`Record`: ``repr`` as a dataclass writes it (``Name(a=1, b='x')``);
- :class:`ValueRecord`: also equality by fields, for records that are compared (still
  unhashable, as a mutable dataclass with ``eq`` is);
- :class:`FrozenRecord`: also immutable, hashable by its fields, and pickled by calling
  the class with its fields in order (its ``__init__`` takes them in slot order).

A record's ``__init__`` stays its own (frozen ones set fields with
``object.__setattr__``)::

    class Span(FrozenRecord):
        __slots__ = ("start", "end")

        def __init__(self, start: int, end: int) -> None:
            object.__setattr__(self, "start", start)
            object.__setattr__(self, "end", end)
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, Callable, Tuple

__all__ = ["Record", "ValueRecord", "FrozenRecord"]


class Record:
    """A slotted class whose ``repr`` lists its fields (its slots, in order)."""

    __slots__ = ()
    _fields: Tuple[str, ...] = ()
    _get: Callable[[Any], tuple] = staticmethod(lambda record: ())

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = tuple(cls.__dict__.get("__slots__", ()))
        if not fields:
            return
        cls._fields = fields
        if len(fields) == 1:
            (name,) = fields
            cls._get = staticmethod(lambda record: (getattr(record, name),))
        else:
            cls._get = staticmethod(attrgetter(*fields))  # a tuple of the fields, in C

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{self.__class__.__qualname__}({shown})"


class ValueRecord(Record):
    """A :class:`Record` equal to another of its class with the same fields."""

    __slots__ = ()

    def _key(self) -> tuple:
        """The fields compared, in order."""
        return self._get(self)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._get(self) == self._get(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable: compared, never hashed


class FrozenRecord(ValueRecord):
    """A :class:`ValueRecord` that cannot change: hashable, pickled by its fields."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: {self.__class__.__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: {self.__class__.__name__} is immutable")

    def __hash__(self) -> int:
        return hash(self._get(self))

    def __reduce__(self):
        return self.__class__, self._get(self)

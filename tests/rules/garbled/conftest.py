"""What the garbled rules' tests share: a sentence linted by the garbled family alone."""

from __future__ import annotations

from typing import Iterable, List, Union

import pytest

from lintnews import Finding


class GarbledLinter:
    """``garbled(text)``: the findings of the garbled rules for *text*, linted as one
    Markdown paragraph (a line end added), less those of the codes in *ignore*
    (``ignore="GRB001"`` leaves out the pack's plain eggcorn list, which a test of the
    lexicon rules does not judge); ``garbled.codes(text)``: their codes, sorted, each once."""

    def __init__(self, linter) -> None:
        self.linter = linter

    def __call__(self, text: str, *, ignore: Union[str, Iterable[str]] = ()) -> List[Finding]:
        left_out = {ignore} if isinstance(ignore, str) else set(ignore)
        return [f for f in self.linter.lint(text + "\n", select=["garbled"]) if f.code not in left_out]

    def codes(self, text: str) -> List[str]:
        return sorted({f.code for f in self(text)})


@pytest.fixture
def garbled(linter) -> GarbledLinter:
    """A :class:`GarbledLinter` over the session's shared linter."""
    return GarbledLinter(linter)

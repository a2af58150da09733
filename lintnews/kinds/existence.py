"""``kind: existence``: flag any of a list of literal phrases."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Tuple

from lintnews.kinds.base import PackRule, string_list


class ExistenceRule(PackRule):
    """Flags each occurrence of any phrase in ``tokens``.

    Phrases are literal, word-bounded and match across any run of white space
    (a line break inside a paragraph included); ``ignorecase`` defaults to true.
    Message placeholder: ``{match}``.
    """

    kind = "existence"
    keys = frozenset({"tokens"})
    required = frozenset({"tokens"})

    def configure(self, spec: Dict[str, Any]) -> None:
        self.tokens = string_list(spec, "tokens")

    def phrases(self) -> Iterable[Tuple[str, Any]]:
        return [(t, None) for t in self.tokens]

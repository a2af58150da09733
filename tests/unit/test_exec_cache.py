"""Dataclass methods compiled once and kept on disk: the classes behave exactly the same."""

from __future__ import annotations

import dataclasses
import inspect
from typing import List, Optional

import pytest

from lintnews import cache_exec as exec_cache


@pytest.fixture
def routed(monkeypatch, tmp_path):
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("LINTNEWS_NO_CACHE", raising=False)
    monkeypatch.setattr(exec_cache, "_memo", None)
    exec_cache.route_dataclass_exec(True)
    yield tmp_path
    exec_cache.route_dataclass_exec(False)


def _make():
    @dataclasses.dataclass(frozen=True, order=True)
    class Figure:
        """A figure."""

        value: float
        unit: str = "%"
        notes: List[str] = dataclasses.field(default_factory=list, compare=False)
        label: Optional[str] = None

    @dataclasses.dataclass
    class Plain:
        name: str
        count: int = 0

    return Figure, Plain


def _behaviour(Figure, Plain):
    a, b = Figure(3.5), Figure(3.5, "km", ["x"], "l")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.value = 1  # type: ignore[misc]
    p = Plain("n")
    p.count += 2
    return (
        repr(a), repr(b), a == Figure(3.5, notes=["other"]), a < b, hash(a) == hash(Figure(3.5)),
        a.notes is not Figure(1).notes, str(inspect.signature(Figure)), repr(p), p == Plain("n", 2),
        sorted(Figure.__init__.__annotations__), Figure.__match_args__,
        [f.name for f in dataclasses.fields(Figure)], dataclasses.replace(a, unit="m").unit,
    )


def test_routed_classes_behave_as_plain_ones_and_compile_once(routed, monkeypatch):
    plain = _behaviour(*_make())
    assert _behaviour(*_make()) == plain  # routed: compiled, then kept
    exec_cache._codes().save()
    assert list(routed.glob("code-*/*.marshal"))
    # A new run: the code comes from the files, nothing is compiled or stored again.
    monkeypatch.setattr(exec_cache, "_memo", None)
    monkeypatch.setattr(exec_cache.DiskMemo, "put", lambda *a: pytest.fail("compiled again"))
    assert _behaviour(*_make()) == plain


def test_routing_stops_when_asked_and_leaves_an_own_exec_alone(routed):
    assert dataclasses.exec is exec_cache.cached_exec  # type: ignore[attr-defined]
    exec_cache.route_dataclass_exec(False)
    assert "exec" not in vars(dataclasses)
    exec_cache.route_dataclass_exec(False)  # twice: nothing to undo
    assert "exec" not in vars(dataclasses)


def test_cached_exec_runs_code_objects_and_text_alike(routed):
    ns: dict = {}
    exec_cache.cached_exec("def f(x):\n    return x * 2\n", {}, ns)
    assert ns["f"](21) == 42 and ns["f"].__code__.co_filename == "<string>"
    code = compile("y = 7", "<string>", "exec")
    exec_cache.cached_exec(code, {}, ns)
    assert ns["y"] == 7

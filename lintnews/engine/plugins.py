"""The plugin manager: hook specs, built-ins, then third-party entry points.

Third-party plugins are modules named by entry points in the ``lintnews`` group. Set
``LINTNEWS_DISABLE_PLUGIN_AUTOLOAD=1`` to load only the built-ins. Each plugin is loaded
and called in isolation: one that fails to import, or whose hook raises, is recorded as a
:class:`PluginProblem` (reported as an ``LN002`` finding) and the others still run.
"""

from __future__ import annotations

import os
import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple

from lintnews.records import FrozenRecord
from lintnews.engine.timeouts import RuleTimeout, time_limit

if TYPE_CHECKING:  # pragma: no cover
    import pluggy

#: Sets a field of an immutable record (whose own ``__setattr__`` refuses).
_set = object.__setattr__

ENTRY_POINT_GROUP = "lintnews"
DISABLE_AUTOLOAD_ENV = "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD"
BUILTIN_NAME = "core"
BUILTIN_MODULE = "lintnews.builtin"
HOOK_TIMEOUT = 30.0  # seconds a plugin's hook may take to hand over its rules


class PluginProblem(FrozenRecord):
    """A plugin that failed to load or whose hook raised."""

    plugin: str
    message: str

    __slots__ = ("plugin", "message")

    def __init__(self, plugin: str, message: str) -> None:
        _set(self, "plugin", plugin)
        _set(self, "message", message)


def entry_points() -> List[Tuple[str, str]]:
    """``(name, value)`` of every entry point in the ``lintnews`` group.

    Reading every installed distribution's metadata with :mod:`importlib.metadata` costs
    more than the rest of a short run's start-up, so the list is cached on disk, keyed on
    what it is read from: the names of the distributions' metadata folders on
    ``sys.path`` (which carry their versions) and the contents of their
    ``entry_points.txt`` files. Installing, upgrading or removing a plugin changes the key.
    """
    from lintnews import cache

    return cache.cached("entry-points", _read_entry_points, ENTRY_POINT_GROUP, _installed_metadata())


def _installed_metadata() -> str:
    """A digest of the distributions on ``sys.path``, in its order: each metadata
    folder's name (which carries the version) and the contents of its
    ``entry_points.txt``; for a file on ``sys.path`` (a zipped distribution), its path,
    size and times."""
    from lintnews.cache import digest, read_regular

    parts: List[str] = []
    for entry in sys.path:
        where = entry or "."
        try:
            names = sorted(os.listdir(where))
        except NotADirectoryError:
            try:
                st = os.stat(where)
                parts.append(f"{entry}\0{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}")
            except OSError:
                pass
            continue
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                try:
                    text = read_regular(os.path.join(where, name, "entry_points.txt"))
                except OSError:
                    text = b""
                parts.append(f"{name}\0{digest(text)}")
    return digest("\n".join(parts).encode("utf-8", "surrogateescape"))


def _read_entry_points() -> List[Tuple[str, str]]:
    from importlib import metadata

    return [(ep.name, ep.value) for ep in metadata.entry_points(group=ENTRY_POINT_GROUP)]


def load_entry_point(value: str) -> Any:
    """The object an entry point names (``module`` or ``module:attr.attr``), as
    :meth:`importlib.metadata.EntryPoint.load` loads it."""
    module, _, attrs = value.partition("[")[0].strip().partition(":")
    obj = importlib.import_module(module.strip())
    for attr in filter(None, attrs.strip().split(".")):
        obj = getattr(obj, attr)
    return obj


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def mark_builtin() -> None:
    """Give the built-in plugin's hook implementations the ``lintnews.hookimpl`` mark (they
    are plain functions until a plugin manager needs them: see :class:`Plugins`)."""
    from lintnews import builtin, hookimpl

    for function in builtin.HOOKS:
        if not hasattr(function, f"{ENTRY_POINT_GROUP}_impl"):
            hookimpl(function)


def _new_manager() -> "pluggy.PluginManager":
    import pluggy

    from lintnews import hookspecs

    mark_builtin()
    pm = pluggy.PluginManager(ENTRY_POINT_GROUP)
    pm.add_hookspecs(hookspecs)
    return pm


class Plugins:
    """A loaded :class:`pluggy.PluginManager` and the problems met while loading it.

    When the built-in plugin is the only one (no entry point but lintnews's own ``core``,
    nothing in *extra*), its hooks are called directly and the plugin manager is built
    only if :attr:`pm` is asked for: pluggy's import and set-up are a tenth of a short
    run. What the hooks return, and how a failing hook is reported, are the same."""

    def __init__(self, autoload: Optional[bool] = None, extra: Iterable[Tuple[str, Any]] = ()) -> None:
        self.problems: List[PluginProblem] = []
        self._pm: "Optional[pluggy.PluginManager]" = None
        extra = list(extra)
        if autoload is None:
            autoload = not os.environ.get(DISABLE_AUTOLOAD_ENV)
        found = entry_points() if autoload else []
        #: The built-in plugin alone: its hooks are called without a plugin manager.
        self._builtin_only = not extra and all(
            name == BUILTIN_NAME and value.strip() == BUILTIN_MODULE for name, value in found
        )
        if self._builtin_only:
            return
        self._pm = pm = _new_manager()
        if found:
            self._load_entry_points(found)
        if not pm.has_plugin(BUILTIN_NAME):
            from lintnews import builtin

            if not pm.is_registered(builtin):
                pm.register(builtin, name=BUILTIN_NAME)
        for name, plugin in extra:
            pm.register(plugin, name=name)

    @property
    def pm(self) -> "pluggy.PluginManager":
        """The plugin manager (built on first use when the built-in plugin is alone)."""
        if self._pm is None:
            from lintnews import builtin

            pm = _new_manager()
            pm.register(builtin, name=BUILTIN_NAME)
            self._pm = pm
        return self._pm

    def _load_entry_points(self, found: List[Tuple[str, str]]) -> None:
        seen = set()
        for name, value in found:
            if name in seen or self.pm.is_blocked(name):
                continue
            seen.add(name)
            try:
                plugin = load_entry_point(value)
            except Exception as exc:  # a broken plugin must not stop the run
                self.problems.append(
                    PluginProblem(name, f"failed to load ({value}): {_describe(exc)}")
                )
                continue
            if self.pm.is_registered(plugin):
                continue
            try:
                self.pm.register(plugin, name=name)
            except Exception as exc:
                self.problems.append(PluginProblem(name, f"failed to register: {_describe(exc)}"))

    @property
    def names(self) -> List[str]:
        if self._pm is None:
            return [BUILTIN_NAME]
        return [name for name, _ in self._pm.list_name_plugin()]

    def _implementations(self, hook: str) -> List[Tuple[str, Callable, Tuple[str, ...]]]:
        """``(plugin, function, argument names)`` of each implementation of *hook*, in
        the order pluggy calls them."""
        if self._pm is None:
            from lintnews import builtin

            function = getattr(builtin, hook, None)
            if function not in builtin.HOOKS:
                return []
            code = function.__code__
            return [(BUILTIN_NAME, function, code.co_varnames[: code.co_argcount])]
        return [(impl.plugin_name, impl.function, tuple(impl.argnames))
                for impl in reversed(getattr(self._pm.hook, hook).get_hookimpls())]

    def call(self, hook: str, **kwargs: Any) -> List[Tuple[str, Any]]:
        """Call every implementation of *hook* in isolation: ``[(plugin, result), ...]``."""
        out: List[Tuple[str, Any]] = []
        for plugin, function, argnames in self._implementations(hook):
            try:
                with time_limit(HOOK_TIMEOUT):
                    result = function(**{k: kwargs[k] for k in argnames if k in kwargs})
            except RuleTimeout:
                self.problems.append(PluginProblem(plugin, f"hook {hook} ran for more than {HOOK_TIMEOUT:g} s and was stopped"))
                continue
            except Exception as exc:
                self.problems.append(PluginProblem(plugin, f"hook {hook} raised {_describe(exc)}"))
                continue
            if result is not None:
                out.append((plugin, result))
        return out

    # -- collected contributions -------------------------------------------------------

    def rules(self) -> list:
        from lintnews.rule import validate_rule

        rules = []
        for plugin, provided in self.call("lintnews_rules"):
            for rule in provided:
                problems = validate_rule(rule)
                if problems:
                    self.problems.append(PluginProblem(plugin, f"rule {rule!r}: {problems[0]}"))
                    continue
                rule.plugin = plugin
                rules.append(rule)
        return rules

    def pack_paths(self) -> List[Path]:
        return [Path(p) for _, paths in self.call("lintnews_rule_packs") for p in paths]

    def kinds(self) -> Dict[str, type]:
        from lintnews.kinds import BUILTIN_KINDS

        kinds = dict(BUILTIN_KINDS)
        for plugin, provided in self.call("lintnews_rule_kinds"):
            for name, cls in dict(provided).items():
                if name in BUILTIN_KINDS:
                    self.problems.append(PluginProblem(plugin, f"kind {name!r} would replace a built-in kind"))
                    continue
                kinds[name] = cls
        return kinds

    def formatters(self) -> Mapping[str, type]:
        """Format names to formatter classes; a class is imported when its format is
        looked up (see :class:`lintnews.output.FormatterTable`)."""
        from lintnews.output import FormatterTable

        out = FormatterTable()
        for _, provided in self.call("lintnews_formatters"):
            out.add(provided)
        return out

    def facts_paths(self) -> List[Path]:
        return [Path(p) for _, paths in self.call("lintnews_reference_facts") for p in paths]


def get_plugin_manager(autoload: Optional[bool] = None) -> "pluggy.PluginManager":
    """A plugin manager with lintnews's hook specs, built-ins and entry points loaded."""
    return Plugins(autoload=autoload).pm

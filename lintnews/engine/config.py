"""Configuration: ``.lintnews.yaml`` (or ``.lintnews.yml``, or ``[tool.lintnews]`` in
``pyproject.toml``), found by walking up from each linted file. Unknown keys are errors.

Keys (all optional)::

    select: [ALL]               # rules to run: codes, names, prefixes, packs, categories
    extend-select: []           # added to select
    ignore: []                  # rules to skip
    severity: {HDG002: info}    # severity overrides, by any selector
    packs: [house-style.yaml]   # extra YAML rule packs (relative to the config file)
    fail-on: warning            # exit 1 when a finding is at or above this severity
    facts: facts.yaml           # newsroom reference facts (figures rules)
    date: 2026-03-03            # publication date for date/weekday checks
    attribution:                # claims rules: extra accepted attribution
      phrases: ["the ministry's figures show"]
      sources: ["Reuters", "Office for National Statistics"]
    rules:                      # rule options, by rule code or name (see ``lintnews rule CODE``)
      HDG005: {sentence-hedges: 4}
    rule-timeout: 20            # seconds one rule may spend on one draft (0: no limit)
    plugins: {acme: {...}}      # free-form options for third-party plugins, by plugin name
    overrides:                  # per-path changes, applied in order
      - paths: ["opinion/**"]
        ignore: [claims]
        rules: {hedge-density: {sentence-hedges: 5}}

Command-line flags win over the file. The options under ``rules`` are checked against
the rules themselves when the engine first uses the settings (the rules come from
plugins, which this module does not load).
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
import functools
import os
import stat
from pathlib import Path, PurePosixPath
from typing import Any, Dict, List, Mapping, Optional, Tuple

from lintnews.records import FrozenRecord
from lintnews.engine.timeouts import DEFAULT_RULE_TIMEOUT
from lintnews.engine.yaml_files import LineDict
from lintnews.model import LintError, Severity

#: Sets a field of an immutable record (whose own ``__setattr__`` refuses).
_set = object.__setattr__

CONFIG_FILES = (".lintnews.yaml", ".lintnews.yml")
TOP_KEYS = frozenset(
    """select extend-select ignore severity packs fail-on facts date attribution rules
    rule-timeout plugins overrides""".split()
)
OVERRIDE_KEYS = frozenset({"paths", "select", "extend-select", "ignore", "severity", "rules"})
ATTRIBUTION_KEYS = frozenset({"phrases", "sources"})


class ConfigError(LintError):
    """A malformed configuration file or option."""


class Override(FrozenRecord):
    paths: Tuple[str, ...]
    select: Optional[Tuple[str, ...]]
    extend_select: Tuple[str, ...]
    ignore: Tuple[str, ...]
    severity: Mapping[str, Severity]
    rules: Mapping[str, Mapping[str, Any]]

    __slots__ = ("paths", "select", "extend_select", "ignore", "severity", "rules")

    def __init__(
        self,
        paths: Tuple[str, ...],
        select: Optional[Tuple[str, ...]] = None,
        extend_select: Tuple[str, ...] = (),
        ignore: Tuple[str, ...] = (),
        severity: Optional[Mapping[str, Severity]] = None,
        rules: Optional[Mapping[str, Mapping[str, Any]]] = None,
    ) -> None:
        _set(self, "paths", paths)
        _set(self, "select", select)
        _set(self, "extend_select", extend_select)
        _set(self, "ignore", ignore)
        _set(self, "severity", {} if severity is None else severity)
        _set(self, "rules", {} if rules is None else rules)


#: The options of the rules, by rule code or name: ``{"HDG005": {"sentence-hedges": 4}}``.
RuleOptions = Mapping[str, Mapping[str, Any]]


class Settings(FrozenRecord):
    """Resolved settings for one file (after per-path overrides and CLI flags)."""

    select: Tuple[str, ...]
    extend_select: Tuple[str, ...]
    ignore: Tuple[str, ...]
    severity: Mapping[str, Severity]
    packs: Tuple[Path, ...]
    fail_on: Severity
    facts: Optional[Path]
    date: Optional[_dt.date]
    attribution_phrases: Tuple[str, ...]
    attribution_sources: Tuple[str, ...]
    #: Rule options by rule code or name, as written (checked by the engine).
    rules: RuleOptions
    #: Seconds one rule may spend on one draft (0: no limit); ``LINTNEWS_RULE_TIMEOUT`` wins.
    rule_timeout: float
    plugins: Mapping[str, Any]
    overrides: Tuple[Override, ...]
    path: Optional[Path]  # the config file, if any
    root: Path

    __slots__ = (
        "select", "extend_select", "ignore", "severity", "packs", "fail_on", "facts", "date",
        "attribution_phrases", "attribution_sources", "rules", "rule_timeout", "plugins", "overrides", "path",
        "root"
    )

    def __init__(
        self,
        select: Tuple[str, ...] = ('ALL',),
        extend_select: Tuple[str, ...] = (),
        ignore: Tuple[str, ...] = (),
        severity: Optional[Mapping[str, Severity]] = None,
        packs: Tuple[Path, ...] = (),
        fail_on: Severity = Severity.WARNING,
        facts: Optional[Path] = None,
        date: Optional[_dt.date] = None,
        attribution_phrases: Tuple[str, ...] = (),
        attribution_sources: Tuple[str, ...] = (),
        rules: Optional[RuleOptions] = None,
        rule_timeout: float = DEFAULT_RULE_TIMEOUT,
        plugins: Optional[Mapping[str, Any]] = None,
        overrides: Tuple[Override, ...] = (),
        path: Optional[Path] = None,
        root: Optional[Path] = None,
    ) -> None:
        _set(self, "select", select)
        _set(self, "extend_select", extend_select)
        _set(self, "ignore", ignore)
        _set(self, "severity", {} if severity is None else severity)
        _set(self, "packs", packs)
        _set(self, "fail_on", fail_on)
        _set(self, "facts", facts)
        _set(self, "date", date)
        _set(self, "attribution_phrases", attribution_phrases)
        _set(self, "attribution_sources", attribution_sources)
        _set(self, "rules", {} if rules is None else rules)
        _set(self, "rule_timeout", rule_timeout)
        _set(self, "plugins", {} if plugins is None else plugins)
        _set(self, "overrides", overrides)
        _set(self, "path", path)
        _set(self, "root", Path.cwd() if root is None else root)

    def replace(self, **changes: object) -> "Settings":
        """A copy with *changes* (field names to new values), as ``dataclasses.replace``."""
        values = {
            "select": self.select,
            "extend_select": self.extend_select,
            "ignore": self.ignore,
            "severity": self.severity,
            "packs": self.packs,
            "fail_on": self.fail_on,
            "facts": self.facts,
            "date": self.date,
            "attribution_phrases": self.attribution_phrases,
            "attribution_sources": self.attribution_sources,
            "rules": self.rules,
            "rule_timeout": self.rule_timeout,
            "plugins": self.plugins,
            "overrides": self.overrides,
            "path": self.path,
            "root": self.root,
        }
        values.update(changes)
        return self.__class__(**values)

    @property
    def selected(self) -> Tuple[str, ...]:
        return tuple(self.select) + tuple(self.extend_select)

    def for_file(self, file_path: Optional[str]) -> "Settings":
        """These settings with the overrides that match *file_path* applied."""
        if not self.overrides or not file_path:
            return self
        try:
            rel = Path(os.path.abspath(file_path)).relative_to(self.root.resolve())
        except ValueError:
            rel = Path(file_path)
        posix = PurePosixPath(rel.as_posix())
        out = self
        for ov in self.overrides:
            if any(fnmatch.fnmatch(str(posix), g) or posix.match(g) for g in ov.paths):
                out = out.replace(
                    select=ov.select if ov.select is not None else out.select,
                    extend_select=out.extend_select + ov.extend_select,
                    ignore=out.ignore + ov.ignore,
                    severity={**out.severity, **ov.severity},
                    rules=merge_rule_options(out.rules, ov.rules) if ov.rules else out.rules,
                )
        return out

    def plugin_options(self, name: str) -> Mapping[str, Any]:
        """The ``plugins: {name: ...}`` section for a third-party plugin."""
        value = self.plugins.get(name, {})
        return value if isinstance(value, Mapping) else {}


def merge_rule_options(base: RuleOptions, extra: RuleOptions) -> RuleOptions:
    """*base* with *extra*'s options added, option by option (*extra* wins); each merged
    entry keeps the line *extra* gave it, for error messages."""
    out: Dict[str, Mapping[str, Any]] = dict(base)
    for key, options in extra.items():
        merged = LineDict({**out.get(key, {}), **options})
        merged.line = getattr(options, "line", 0)
        out[key] = merged
    return out


# --------------------------------------------------------------------------- parsing


def _selectors(value: Any, where: str) -> Tuple[str, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{where}: must be a list of rule codes, names, prefixes or categories")
    return tuple(value)


def _severity_map(value: Any, where: str) -> Dict[str, Severity]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: must map rule selectors to error, warning or info")
    out = {}
    for key, level in value.items():
        try:
            out[str(key)] = Severity.parse(level)
        except ValueError as exc:
            raise ConfigError(f"{where}: {key}: {exc}") from None
    return out


def _string_list(value: Any, where: str) -> Tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{where}: must be a list of strings")
    return tuple(value)


def _rule_options(value: Any, where: str) -> RuleOptions:
    """The ``rules`` section: rule code or name to a mapping of option to value. The
    options themselves are checked against the rules by the engine."""
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: must map rule codes or names to their options, e.g. {{HDG005: {{sentence-hedges: 4}}}}")
    for key, options in value.items():
        if not isinstance(key, str) or not isinstance(options, dict):
            raise ConfigError(f"{where}: {key}: must map option names to values, e.g. {{sentence-hedges: 4}}")
        for name in options:
            if not isinstance(name, str):
                raise ConfigError(f"{where}: {key}: option {name!r} is not a name")
    return dict(value)


def _seconds(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ConfigError(f"{where}: must be a number of seconds (0: no limit), not {value!r}")
    return float(value)


def parse_date(value: Any, where: str) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{where}: {value!r} is not a date in YYYY-MM-DD form") from None


def settings_from_mapping(data: Any, source: str, root: Path) -> Settings:
    """Validate a config mapping (from YAML or TOML) and build :class:`Settings`."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the configuration must be a mapping of keys")
    line = getattr(data, "line", 0)
    at = f"{source}:{line}" if line else source
    unknown = sorted(set(data) - TOP_KEYS)
    if unknown:
        raise ConfigError(
            f"{at}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(TOP_KEYS))})"
        )
    kw: Dict[str, Any] = {"path": Path(source), "root": root}
    if "select" in data:
        kw["select"] = _selectors(data["select"], f"{source}: select")
    if "extend-select" in data:
        kw["extend_select"] = _selectors(data["extend-select"], f"{source}: extend-select")
    if "ignore" in data:
        kw["ignore"] = _selectors(data["ignore"], f"{source}: ignore")
    if "severity" in data:
        kw["severity"] = _severity_map(data["severity"], f"{source}: severity")
    if "packs" in data:
        kw["packs"] = tuple(root / p for p in _string_list(data["packs"], f"{source}: packs"))
    if "fail-on" in data:
        try:
            kw["fail_on"] = Severity.parse(data["fail-on"])
        except ValueError as exc:
            raise ConfigError(f"{source}: fail-on: {exc}") from None
    if "facts" in data:
        kw["facts"] = root / _string_list(data["facts"], f"{source}: facts")[0]
    if "date" in data:
        kw["date"] = parse_date(data["date"], f"{source}: date")
    if "attribution" in data:
        att = data["attribution"]
        if not isinstance(att, dict) or set(att) - ATTRIBUTION_KEYS:
            raise ConfigError(f"{source}: attribution: must be a mapping with 'phrases' and/or 'sources'")
        kw["attribution_phrases"] = _string_list(att.get("phrases", []), f"{source}: attribution.phrases")
        kw["attribution_sources"] = _string_list(att.get("sources", []), f"{source}: attribution.sources")
    if "rules" in data:
        kw["rules"] = _rule_options(data["rules"], f"{source}: rules")
    if "rule-timeout" in data:
        kw["rule_timeout"] = _seconds(data["rule-timeout"], f"{source}: rule-timeout")
    if "plugins" in data:
        if not isinstance(data["plugins"], dict):
            raise ConfigError(f"{source}: plugins: must map plugin names to their options")
        kw["plugins"] = dict(data["plugins"])
    if "overrides" in data:
        kw["overrides"] = tuple(_override(o, source, i) for i, o in enumerate(_list(data["overrides"], source), 1))
    return Settings(**kw)


def _list(value: Any, source: str) -> List[Any]:
    if not isinstance(value, list):
        raise ConfigError(f"{source}: overrides: must be a list of {{paths: [...], ...}} entries")
    return value


def _override(value: Any, source: str, i: int) -> Override:
    where = f"{source}: overrides[{i}]"
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: must be a mapping")
    unknown = sorted(set(value) - OVERRIDE_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(OVERRIDE_KEYS))})")
    if "paths" not in value:
        raise ConfigError(f"{where}: 'paths' is required")
    return Override(
        paths=_string_list(value["paths"], f"{where}.paths"),
        select=_selectors(value["select"], f"{where}.select") if "select" in value else None,
        extend_select=_selectors(value.get("extend-select", []) or [], f"{where}.extend-select")
        if value.get("extend-select")
        else (),
        ignore=_selectors(value["ignore"], f"{where}.ignore") if value.get("ignore") else (),
        severity=_severity_map(value["severity"], f"{where}.severity") if "severity" in value else {},
        rules=_rule_options(value["rules"], f"{where}.rules") if "rules" in value else {},
    )


def load_config_file(path: Path) -> Settings:
    """Read one config file (YAML, or ``pyproject.toml`` with ``[tool.lintnews]``)."""
    path = Path(path)
    if path.name == "pyproject.toml" or path.suffix == ".toml":
        data = _read_pyproject(path)
        if data is None:
            raise ConfigError(f"{path}: has no [tool.lintnews] table")
    else:
        from lintnews.engine.yaml_files import read_yaml_cached

        try:
            data = read_yaml_cached(path)
        except LintError as exc:
            raise ConfigError(str(exc)) from None
    return settings_from_mapping(data, str(path), path.parent)


def _read_pyproject(path: Path) -> Optional[Dict[str, Any]]:
    try:
        import tomllib  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    from lintnews.text.reading import read_regular

    try:
        data = tomllib.loads(read_regular(path, refused="not read").decode("utf-8"))  # never waits on a named pipe
    except LintError as exc:
        raise ConfigError(str(exc)) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    tool = data.get("tool", {})
    return tool.get("lintnews") if isinstance(tool, dict) else None


@functools.lru_cache(maxsize=32)
def _has_lintnews_table(path: str, mtime_ns: int, size: int, inode: int) -> bool:
    """Whether the ``pyproject.toml`` at *path*, as it is at this modification time,
    size and inode, has a ``[tool.lintnews]`` table. Keyed on the file's state, so an
    edit is seen on the next call; only the yes/no answer is kept, never the file."""
    return _read_pyproject(Path(path)) is not None


def find_config_file(start: Path) -> Optional[Path]:
    """The nearest config file at or above the folder *start*."""
    start = Path(os.path.abspath(start))
    for folder in [start, *start.parents]:
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        pyproject = folder / "pyproject.toml"
        try:
            st = os.stat(pyproject)
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode) and _has_lintnews_table(str(pyproject), st.st_mtime_ns, st.st_size, st.st_ino):
            return pyproject
    return None


class ConfigResolver:
    """Finds and caches the settings for each file; ``explicit`` disables discovery."""

    def __init__(self, explicit: Optional[Path] = None, isolated: bool = False, cli: Optional[Dict[str, Any]] = None):
        self._cli = cli or {}
        self._by_dir: Dict[Path, Settings] = {}
        self._by_file: Dict[Path, Settings] = {}
        self._explicit = load_config_file(explicit) if explicit else None
        self._isolated = isolated

    def settings_for(self, file_path: Optional[str]) -> Settings:
        """Settings for *file_path* (``None`` or ``-``: the current folder's)."""
        if self._explicit is not None:
            base = self._explicit
        elif self._isolated:
            base = Settings()
        else:
            folder = Path(os.path.abspath(file_path)).parent if file_path and file_path != "-" else Path.cwd()
            base = self._by_dir.get(folder)
            if base is None:
                found = find_config_file(folder)
                if found is None:
                    base = Settings(root=folder)
                else:
                    base = self._by_file.get(found) or load_config_file(found)
                    self._by_file[found] = base
                self._by_dir[folder] = base
        return apply_cli(base.for_file(file_path), self._cli)


def apply_cli(settings: Settings, cli: Mapping[str, Any]) -> Settings:
    """Layer command-line options over file settings (CLI wins)."""
    if not cli:
        return settings
    kw: Dict[str, Any] = {}
    if cli.get("select"):
        kw["select"] = tuple(cli["select"])
        kw["extend_select"] = ()
    if cli.get("extend_select"):
        kw["extend_select"] = kw.get("extend_select", settings.extend_select) + tuple(cli["extend_select"])
    if cli.get("ignore"):
        kw["ignore"] = settings.ignore + tuple(cli["ignore"])
    if cli.get("packs"):
        kw["packs"] = settings.packs + tuple(Path(p) for p in cli["packs"])
    if cli.get("fail_on") is not None:
        kw["fail_on"] = cli["fail_on"]
    if cli.get("facts"):
        kw["facts"] = Path(cli["facts"])
    if cli.get("date") is not None:
        kw["date"] = cli["date"]
    return settings.replace(**kw) if kw else settings

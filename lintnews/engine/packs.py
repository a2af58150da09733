"""Load and validate YAML rule packs (one file per pack).

A pack file::

    pack: hedging            # pack name
    prefix: HDG              # code prefix, unique across packs
    category: hedging        # default category of its rules
    source: "where the word lists came from, with licence"
    rules:
      - code: HDG001
        name: stacked-hedge
        kind: pattern        # existence | substitution | pattern | density (+ plugin kinds)
        unless: [attributed] # optional: quiet in sentences that report a named source
                             # (and/or vague-source: quiet on CLM008's vague sources)
        ...

Any problem is a :class:`PackError` whose message names the file, line, rule and field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Mapping, Optional, Type

from lintnews.records import ValueRecord
from lintnews.kinds.base import PackRule, SpecError
from lintnews.model import CATEGORIES, LintError
from lintnews.engine.yaml_files import LineDict as _LineDict  # noqa: F401 - re-exported for pickled caches
from lintnews.engine.yaml_files import read_yaml

PACK_KEYS = frozenset({"pack", "prefix", "category", "source", "description", "version", "url", "rules"})


class PackError(LintError):
    """A malformed rule pack."""


class Pack(ValueRecord):
    """A loaded pack: its metadata and its compiled rules."""

    name: str
    prefix: str
    category: str
    path: Path
    source: str
    description: str
    version: str
    rules: List[PackRule]

    __slots__ = ("name", "prefix", "category", "path", "source", "description", "version", "rules")

    def __init__(
        self,
        name: str,
        prefix: str,
        category: str,
        path: Path,
        source: str = '',
        description: str = '',
        version: str = '',
        rules: Optional[List[PackRule]] = None,
    ) -> None:
        self.name = name
        self.prefix = prefix
        self.category = category
        self.path = path
        self.source = source
        self.description = description
        self.version = version
        self.rules = [] if rules is None else rules


def load_pack(path: Path, kinds: Mapping[str, Type[PackRule]]) -> Pack:
    """Load, validate and compile one pack file."""
    path = Path(path)
    try:
        data = read_yaml(path)
    except PackError:
        raise
    except LintError as exc:
        raise PackError(str(exc)) from None

    def fail(message: str, line: int = 0) -> PackError:
        where = f":{line}" if line else ""
        return PackError(f"{path}{where}: {message}")

    if not isinstance(data, dict):
        raise fail("a rule pack must be a mapping with 'pack', 'prefix', 'category' and 'rules'")
    unknown = sorted(set(data) - PACK_KEYS)
    if unknown:
        raise fail(f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(PACK_KEYS))})", data.line)
    for key in ("pack", "prefix", "category", "rules"):
        if key not in data:
            raise fail(f"missing required key {key!r}", data.line)
    name, prefix, category = data["pack"], data["prefix"], data["category"]
    if not isinstance(name, str) or not name:
        raise fail("'pack' must be a non-empty name", data.line)
    if not isinstance(prefix, str) or not (2 <= len(prefix) <= 4 and prefix.isalpha() and prefix.isupper()):
        raise fail(f"'prefix' {prefix!r} must be 2-4 capital letters", data.line)
    if prefix == "LN":
        raise fail("prefix 'LN' is reserved for lintnews itself", data.line)
    if category not in CATEGORIES:
        raise fail(f"'category' {category!r} is not one of {', '.join(CATEGORIES)}", data.line)
    entries = data["rules"]
    if not isinstance(entries, list) or not entries:
        raise fail("'rules' must be a non-empty list of rule entries", data.line)
    pack = Pack(
        name=name,
        prefix=prefix,
        category=category,
        path=path,
        source=str(data.get("source", "") or ""),
        description=str(data.get("description", "") or ""),
        version=str(data.get("version", "") or ""),
    )
    seen: Dict[str, int] = {}
    for i, spec in enumerate(entries, 1):
        line = getattr(spec, "line", 0) or data.line
        if not isinstance(spec, dict):
            raise fail(f"rule #{i}: must be a mapping", line)
        label = spec.get("code") or spec.get("name") or f"#{i}"
        kind_name = spec.get("kind")
        if kind_name not in kinds:
            raise fail(
                f"rule {label}: field 'kind': {kind_name!r} is not one of {', '.join(sorted(kinds))}",
                line,
            )
        try:
            rule = kinds[kind_name](spec, pack=name, category=category)
        except SpecError as exc:
            raise fail(f"rule {label}: field {exc.field!r}: {exc.message}", line) from None
        if not rule.code.startswith(prefix) or not rule.code[len(prefix) :].isdigit():
            raise fail(f"rule {label}: field 'code': must start with the pack prefix {prefix!r}", line)
        for key in (rule.code, rule.name):
            if key in seen:
                raise fail(f"rule {label}: {key!r} is already used on line {seen[key]}", line)
            seen[key] = line
        pack.rules.append(rule)
    return pack


def builtin_pack_dir() -> Path:
    """Folder of the packs shipped with lintnews (in the wheel, or the source tree)."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "packs"
    if installed.is_dir():
        return installed
    return package.parent / "rules"


def builtin_pack_paths() -> List[Path]:
    folder = builtin_pack_dir()
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))


def load_packs(paths, kinds, cache: bool = True, user: bool = False) -> List[Pack]:
    """Load several packs; two packs with one prefix, or one code twice, is an error.

    *user*: the user's own packs, whose patterns compile for a linear-time engine or
    are refused (see :mod:`lintnews.matching.safe_regex`). Packs already loaded come
    from the on-disk cache (see :mod:`lintnews.cache`), keyed on the contents of the
    pack files and of the modules of the kinds they may use, and on the engine their
    patterns compile for.
    """
    paths = [Path(p) for p in paths]
    if user:
        from lintnews.matching.safe_regex import user_patterns

        with user_patterns():
            return load_packs(paths, kinds, cache)
    if cache:
        from lintnews import cache as disk

        from lintnews.matching.safe_regex import compiling_for_user

        try:
            parts = [disk.file_digest(p) for p in paths] + _kind_sources(kinds) + [compiling_for_user()]
        except OSError:  # a pack or kind module that cannot be read: load_pack reports it
            return load_packs(paths, kinds, cache=False)
        if None in parts:  # a kind without a module file: never cached
            return load_packs(paths, kinds, cache=False)
        return disk.cached("packs", lambda: load_packs(paths, kinds, cache=False), *parts)
    packs: List[Pack] = []
    prefixes: Dict[str, Path] = {}
    for path in paths:
        pack = load_pack(Path(path), kinds)
        if pack.prefix in prefixes and prefixes[pack.prefix] != pack.path:
            raise PackError(
                f"{pack.path}: prefix {pack.prefix!r} is already used by {prefixes[pack.prefix]}"
            )
        prefixes[pack.prefix] = pack.path
        packs.append(pack)
    return packs


def _kind_sources(kinds: Mapping[str, Type[PackRule]]) -> list:
    """``[name, digest of its module file]`` for each kind not defined in lintnews itself
    (lintnews's own files are part of every key), then None if one has no module file."""
    import sys

    from lintnews import cache as disk

    out: list = []
    for name, cls in sorted(kinds.items()):
        module = cls.__module__
        out.append(f"{name}={module}.{cls.__qualname__}")
        if module == "lintnews" or module.startswith("lintnews."):
            continue
        source = getattr(sys.modules.get(module), "__file__", None)
        if not source:
            return out + [None]
        out.append(disk.file_digest(source, installed=True))
    return out


def find_pack(packs: List[Pack], name: str) -> Optional[Pack]:
    for pack in packs:
        if pack.name == name:
            return pack
    return None

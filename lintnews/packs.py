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

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Type

import yaml

from .kinds.base import PackRule, SpecError
from .model import CATEGORIES, LintError

PACK_KEYS = frozenset({"pack", "prefix", "category", "source", "description", "version", "url", "rules"})


class PackError(LintError):
    """A malformed rule pack."""


class _LineDict(dict):
    line = 0


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML loader that records each mapping's line and refuses duplicate keys."""


def _construct_map(loader: _Loader, node: yaml.MappingNode):
    data = _LineDict()
    data.line = node.start_mark.line + 1
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in data:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        data[key] = loader.construct_object(value_node, deep=True)


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)


def read_yaml(path: Path) -> Any:
    """Parse a YAML file with line-tracking mappings; raise :class:`LintError` on failure."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LintError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise LintError(f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise LintError(f"{path}{where}: invalid YAML: {problem}") from None


@dataclass
class Pack:
    """A loaded pack: its metadata and its compiled rules."""

    name: str
    prefix: str
    category: str
    path: Path
    source: str = ""
    description: str = ""
    version: str = ""
    rules: List[PackRule] = field(default_factory=list)


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
    here = Path(__file__).resolve().parent
    installed = here / "packs"
    if installed.is_dir():
        return installed
    return here.parent / "rules"


def builtin_pack_paths() -> List[Path]:
    folder = builtin_pack_dir()
    return sorted(p for p in folder.glob("*.y*ml") if p.suffix in (".yaml", ".yml"))


def load_packs(paths, kinds) -> List[Pack]:
    """Load several packs; two packs with one prefix, or one code twice, is an error."""
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


def find_pack(packs: List[Pack], name: str) -> Optional[Pack]:
    for pack in packs:
        if pack.name == name:
            return pack
    return None

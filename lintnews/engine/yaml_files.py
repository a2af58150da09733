"""Reading YAML files (rule packs, configuration, facts) with line numbers for errors.

PyYAML is imported on first use: with a warm cache (see :mod:`lintnews.cache`) a
run parses no YAML at all, and the import is a large share of a pre-commit call.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lintnews.model import LintError


class LineDict(dict):
    """A mapping that remembers the line it started on (for error messages)."""

    line = 0


_LOADER = None


def _loader():
    global _LOADER
    if _LOADER is None:
        import yaml

        class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
            """Safe loader that records each mapping's line and refuses duplicate keys."""

        def construct_map(loader, node):
            data = LineDict()
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

        Loader.add_constructor("tag:yaml.org,2002:map", construct_map)
        Loader.add_constructor("tag:yaml.org,2002:timestamp", checked_timestamp)
        _LOADER = Loader
    return _LOADER


def checked_timestamp(loader, node):
    """PyYAML's date and time constructor, with an impossible date ("2024-13-45", which
    matches YAML's timestamp form) a YAML error at its line instead of a ``ValueError``."""
    import yaml

    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError) as exc:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a valid date ({exc})", node.start_mark
        ) from None


def read_yaml(path: Path) -> Any:
    """Parse a YAML file with line-tracking mappings; raise :class:`LintError` on failure."""
    from lintnews.text.reading import read_regular

    path = Path(path)
    try:
        text = read_regular(path, refused="not read").decode("utf-8")  # never waits on a named pipe
    except UnicodeDecodeError as exc:
        raise LintError(f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    import yaml

    try:
        return yaml.load(text, Loader=_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise LintError(f"{path}{where}: invalid YAML: {problem}") from None
    except (ValueError, OverflowError, RecursionError) as exc:  # a value PyYAML could not build
        raise LintError(f"{path}: invalid YAML: {type(exc).__name__}: {exc}") from None


def read_yaml_cached(path: Path) -> Any:
    """:func:`read_yaml`, from the on-disk cache for a file of the same contents (a
    configuration or facts file: the user's own, never a draft)."""
    from lintnews import cache

    path = Path(path)
    try:
        contents = cache.file_digest(path)
    except OSError:
        return read_yaml(path)  # reports the problem
    return cache.cached("yaml", lambda: read_yaml(path), contents)

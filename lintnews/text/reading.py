"""Reading drafts safely: one clear error per unreadable, binary or undecodable file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator, List, Optional, Tuple

from lintnews.model import LintError

LINTABLE_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".txt", ".text")
_SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"})


def read_source(path: str) -> str:
    """The text of *path*, decoded as UTF-8 (a BOM is dropped); :class:`LintError` if not."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise LintError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise LintError(f"{path}: is a directory") from None
    except PermissionError:
        raise LintError(f"{path}: permission denied") from None
    except OSError as exc:
        raise LintError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return decode(data, path)


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 text, refusing binary data with a one-line :class:`LintError`."""
    if b"\0" in data[:8192]:
        raise LintError(f"{name}: looks like a binary file (contains NUL bytes); not linted")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LintError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save the file as UTF-8"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def expand_paths(paths: Iterable[str]) -> Iterator[Tuple[str, bool]]:
    """Yield ``(path, explicit)``: files as given, folders walked for drafts (sorted).

    Files named explicitly are linted whatever their suffix; files found in folders
    only when they end in a draft suffix (``.md``, ``.markdown``, ``.txt``, ...).
    """
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            yield path, True
            continue
        found: List[str] = []
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
            for name in files:
                if name.lower().endswith(LINTABLE_SUFFIXES):
                    found.append(os.path.join(root, name))
        for f in sorted(found):
            yield f, False


def write_atomic(path: str, text: str) -> None:
    """Replace *path* with *text* atomically (temp file in the same folder, then rename),
    keeping the file's permissions."""
    target = Path(path)
    mode = target.stat().st_mode & 0o7777 if target.exists() else None
    write_bytes_atomic(target, text.encode("utf-8"), mode)


def write_bytes_atomic(path: Path, data: bytes, mode: Optional[int] = None) -> None:
    """Replace *path* with *data* atomically: a temporary file in the same folder, renamed
    over it, so a reader sees the old content or the new, never part of it."""
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".lintnews", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise

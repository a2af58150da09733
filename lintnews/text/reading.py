"""Reading drafts safely: one clear error per unreadable, binary or undecodable file."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterable, Iterator, List, Optional, Tuple

from lintnews.model import LintError

LINTABLE_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".txt", ".text")
_SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"})


#: Largest draft read, in bytes, unless ``--max-size`` says otherwise (0: no limit).
#: Linting holds about 100 bytes of analysis per byte of draft, so the cap is what bounds
#: a run's memory: with it, a process peaks under 60 MB + 10 times the draft (plus the
#: fixed 35 MB of the optional word-pair tables; see docs/performance.md). 200 KiB is
#: some 30,000 words, longer than almost any article.
DEFAULT_MAX_SIZE = 200 * 1024

_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a directory"),
)


def _kind(mode: int) -> str:
    for test, name in _KINDS:
        if test(mode):
            return name
    return "not a regular file"


def read_source(path: str, max_size: Optional[int] = None) -> str:
    """The text of *path* (UTF-8, or UTF-16/32 with a byte-order mark; a BOM is dropped);
    :class:`LintError` with one line if it cannot be read whole.

    Only regular files are read (see :func:`read_regular`). A file over *max_size* bytes
    (default :data:`DEFAULT_MAX_SIZE`; 0: no limit) is refused.
    """
    limit = DEFAULT_MAX_SIZE if max_size is None else max_size
    return decode(read_regular(path, limit), path)


def read_regular(path: "str | os.PathLike", limit: int = 0, refused: str = "not linted") -> bytes:
    """The bytes of the regular file at *path*; :class:`LintError` with one line if it is
    missing, unreadable, not a regular file, or (with *limit*) over *limit* bytes.

    A named pipe, socket or device is refused without waiting on it: the file is opened
    non-blocking and checked before anything is read. *refused* ends the message.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise LintError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise LintError(f"{path}: is a directory") from None
    except PermissionError:
        raise LintError(f"{path}: permission denied") from None
    except OSError as exc:
        raise LintError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise LintError(f"{path}: is {_kind(st.st_mode)}, not a regular file; {refused}")
        if limit and st.st_size > limit:
            raise LintError(
                f"{path}: {st.st_size:,} bytes, over the {limit:,}-byte limit (--max-size); not linted"
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb") as fh:
            fd = -1
            data = fh.read(limit + 1) if limit else fh.read()
    except OSError as exc:
        raise LintError(f"{path}: cannot read: {exc.strerror or exc}") from None
    finally:
        if fd != -1:
            os.close(fd)
    if limit and len(data) > limit:  # grew while being read
        raise LintError(f"{path}: over the {limit:,}-byte limit (--max-size); not linted")
    return data


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),  # before UTF-16 LE, whose BOM it starts with
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def encoding_of(data: bytes) -> str:
    """The codec a draft starting with *data* is read (and written back) with: UTF-8, or
    the Unicode encoding its byte-order mark names."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return "utf-8"


def decode(data: bytes, name: str) -> str:
    """Decode a draft, refusing binary data with a one-line :class:`LintError`.

    UTF-8 (a byte-order mark is dropped), or UTF-16 or UTF-32 with a byte-order mark.
    A NUL byte anywhere in UTF-8 text means binary data (or UTF-16 without a mark).
    """
    codec = encoding_of(data)
    if codec in ("utf-16", "utf-32"):
        label = "UTF-16" if codec == "utf-16" else "UTF-32"
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise LintError(
                f"{name}: starts with a {label} byte-order mark but is not valid {label} "
                f"(at byte {exc.start}); re-save the file as UTF-8"
            ) from None
        return text
    nul = data.find(b"\0")
    if nul != -1:
        if _looks_utf16(data):
            raise LintError(
                f"{name}: looks like UTF-16 text without a byte-order mark; re-save the file as UTF-8"
            )
        raise LintError(f"{name}: looks like a binary file (NUL byte at offset {nul}); not linted")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LintError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save the file as UTF-8"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def _looks_utf16(data: bytes) -> bool:
    """Mostly ASCII text as UTF-16: one byte of every pair is NUL, the other not."""
    head = data[:512]
    if len(head) < 4 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return (even.count(0) == 0 and odd.count(0) >= len(odd) * 0.9) or (
        odd.count(0) == 0 and even.count(0) >= len(even) * 0.9
    )


def expand_paths(paths: Iterable[str], errors: Optional[List[str]] = None) -> Iterator[Tuple[str, bool]]:
    """Yield ``(path, explicit)``: files as given, folders walked for drafts (sorted).

    Files named explicitly are linted whatever their suffix; files found in folders
    only when they end in a draft suffix (``.md``, ``.markdown``, ``.txt``, ...).
    Symbolic links to folders are followed (each folder once). A folder that cannot be
    listed is never skipped in silence: its one-line message goes to *errors* (or, when
    *errors* is None, is raised as :class:`LintError`).
    """

    def failed(exc: OSError) -> None:
        where = exc.filename if exc.filename is not None else path
        message = f"{where}: cannot list the folder: {exc.strerror or exc}; its drafts were not linted"
        if errors is None:
            raise LintError(message)
        errors.append(message)

    for path in paths:
        if path == "-" or not os.path.isdir(path):
            yield path, True
            continue
        found: List[str] = []
        seen: set = set()
        for root, dirs, files in os.walk(path, onerror=failed, followlinks=True):
            try:
                st = os.stat(root)
            except OSError:
                st = None
            if st is not None:
                if (st.st_dev, st.st_ino) in seen:  # a link back to a folder already walked
                    dirs[:] = []
                    continue
                seen.add((st.st_dev, st.st_ino))
            dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
            for name in files:
                if name.lower().endswith(LINTABLE_SUFFIXES):
                    found.append(os.path.join(root, name))
        for f in sorted(found):
            yield f, False


def write_atomic(path: str, text: str, encoding: str = "utf-8", name: Optional[str] = None) -> None:
    """Write *text* over the draft at *path*, keeping what makes it the same file.

    Refuses (:class:`LintError`) a file that is not a regular file or is read-only
    (no write permission bit, or none for this user). Keeps the file's mode and, where
    the user may, its owner and group. Usually atomic (a temporary file in the same
    folder, renamed over it), so a reader, or a run that is killed, sees the old content
    or the new, never part of it. A file with several hard links, or whose owner could
    not be kept, is written in place instead, through the links. Messages name the file
    as *name* (default: *path*).
    """
    try:
        _write_atomic(path, text.encode(encoding))
    except LintError as exc:
        if name is None or name == path:
            raise
        raise LintError(str(exc).replace(path, name, 1)) from None


def _write_atomic(path: str, data: bytes) -> None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        write_bytes_atomic(Path(path), data)
        return
    except OSError as exc:
        raise LintError(f"{path}: cannot write the fixes: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        raise LintError(f"{path}: is {_kind(st.st_mode)}; not fixed")
    if not st.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise LintError(f"{path}: is read-only; not fixed (make it writable, or use --diff)")
    try:
        if st.st_nlink > 1:
            _write_in_place(path, data)
            return
        write_bytes_atomic(Path(path), data, st.st_mode & 0o7777, (st.st_uid, st.st_gid), sync=True)
    except (_OwnerNotKept, PermissionError):  # or a folder this user may not create files in
        _write_in_place(path, data)
    except OSError as exc:
        raise LintError(f"{path}: cannot write the fixes: {exc.strerror or exc}") from None


class _OwnerNotKept(Exception):
    """The temporary file could not be given the draft's owner and group."""


def _write_in_place(path: str, data: bytes) -> None:
    """Overwrite the file at *path* through its own inode (links, owner, mode kept)."""
    try:
        with open(path, "r+b") as fh:
            fh.write(data)
            fh.truncate()
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise LintError(f"{path}: cannot write the fixes: {exc.strerror or exc}") from None


def write_bytes_atomic(
    path: Path,
    data: bytes,
    mode: Optional[int] = None,
    owner: Optional[Tuple[int, int]] = None,
    sync: bool = False,
) -> None:
    """Replace *path* with *data* atomically: a temporary file in the same folder, renamed
    over it, so a reader sees the old content or the new, never part of it. *mode* and
    *owner* (uid, gid) are given to the new file; :class:`_OwnerNotKept` if the owner
    cannot be (the temporary file is then removed and *path* left as it was). With
    *sync* the data reach the disk before the rename."""
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".lintnews", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if sync:
                fh.flush()
                os.fsync(fh.fileno())
        if owner is not None and hasattr(os, "chown"):
            here = os.stat(tmp)
            if (here.st_uid, here.st_gid) != owner:
                try:
                    os.chown(tmp, *owner)
                except PermissionError:
                    raise _OwnerNotKept() from None
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise

"""What ``lintnews serve`` is told on its command line (no web framework imported here)."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from typing import Optional, Tuple

from lintnews.model import LintError
from lintnews.server import DEFAULT_HOST, DEFAULT_MAX_BODY, DEFAULT_PORT, DEFAULT_TIMEOUT, DEFAULT_WORKERS
from lintnews.server.worker import LintConfig


@dataclass(frozen=True)
class ServerOptions:
    """Everything the server is started with; ``lint`` is its lint configuration."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    workers: int = DEFAULT_WORKERS
    timeout: float = DEFAULT_TIMEOUT
    max_body: int = DEFAULT_MAX_BODY
    #: The shared secret clients must send (``Authorization: Bearer`` or ``apiKey``).
    token: Optional[str] = None
    lint: LintConfig = field(default_factory=LintConfig)
    root_path: str = ""
    allow_origins: Tuple[str, ...] = ()
    log_level: str = "info"


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$", re.IGNORECASE)
_UNITS = {None: 1, "b": 1, "k": 1000, "kb": 1000, "m": 1000_000, "mb": 1000_000, "g": 10**9, "gb": 10**9}


def parse_size(value: str) -> int:
    """Bytes from ``1000000``, ``512KB`` or ``2MB`` (decimal units); ValueError if bad."""
    m = _SIZE.match(value)
    if not m:
        raise ValueError(f"{value!r} is not a size (e.g. 1MB, 512KB or 1000000)")
    size = int(float(m.group(1)) * _UNITS[m.group(2).lower() if m.group(2) else None])
    if size < 1:
        raise ValueError(f"{value!r}: the body limit must be at least one byte")
    return size


def read_token(path: str) -> str:
    """The token in *path* (its first line, without surrounding spaces); :class:`LintError`
    naming the file when it cannot be read or is empty or too short."""
    try:
        with open(path, encoding="utf-8") as handle:
            token = handle.readline().strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise LintError(f"{path}: cannot read the token file ({exc.__class__.__name__})") from None
    if len(token) < 16:
        raise LintError(f"{path}: the token must be at least 16 characters on the first line")
    return token

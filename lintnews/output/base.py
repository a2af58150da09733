"""The formatter interface: a small set of lifecycle calls writing to one stream."""

from __future__ import annotations

from typing import Dict, List, Sequence, TextIO

from lintnews.model import Finding


class Formatter:
    """Base class. The CLI calls :meth:`start`, then :meth:`file` once per linted file
    (in input order) and :meth:`error` per unreadable file, then :meth:`finish`.

    ``rules`` maps codes to rule objects (for rule metadata such as SARIF's
    ``tool.driver.rules``). Streaming formats write in :meth:`file`; formats that need
    the whole run (JSON, SARIF) write in :meth:`finish`.
    """

    def __init__(self, stream: TextIO, rules: Dict[str, object], *, quiet: bool = False) -> None:
        self.stream = stream
        self.rules = rules
        self.quiet = quiet
        self.count = 0
        self.files = 0
        self.errors: List[Dict[str, str]] = []

    def start(self) -> None:
        """Called once before any file."""

    def file(self, path: str, findings: Sequence[Finding]) -> None:
        """Called once per linted file with its sorted findings."""
        self.files += 1
        self.count += len(findings)

    def error(self, path: str, message: str) -> None:
        """Called for a file that could not be linted (the CLI also prints it to stderr)."""
        self.errors.append({"path": path, "message": message})

    def finish(self) -> None:
        """Called once at the end."""

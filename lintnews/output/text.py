"""Human-readable text: ``path:line:col: severity CODE [name] message``. Do not parse it;
use ``--format json`` for machines."""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from lintnews.model import Finding
from lintnews.output.base import Formatter


class TextFormatter(Formatter):
    def start(self) -> None:
        self._by_severity: Counter = Counter()

    def file(self, path: str, findings: Sequence[Finding]) -> None:
        super().file(path, findings)
        write = self.stream.write
        for f in findings:
            self._by_severity[str(f.severity)] += 1
            line = f"{_one_line(f.path)}:{f.line}:{f.column}: {f.severity} {f.code} [{f.name}] {f.message}"
            if f.suggestion and f.suggestion not in f.message:
                line += f" (suggestion: {f.suggestion})"
            write(line + "\n")

    def finish(self) -> None:
        if self.quiet or not self.count:
            return
        parts = [f"{n} {sev}" for sev in ("error", "warning", "info") if (n := self._by_severity[sev])]
        noun = "finding" if self.count == 1 else "findings"
        files = "file" if self.files == 1 else "files"
        self.stream.write(f"{self.count} {noun} in {self.files} {files} ({', '.join(parts)})\n")


def _one_line(path: str) -> str:
    """A file name with its line breaks written as ``\\n``, so one finding stays one line."""
    return path.replace("\r", "\\r").replace("\n", "\\n") if ("\n" in path or "\r" in path) else path

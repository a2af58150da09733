"""``lintnews serve`` started for real: uvicorn in a subprocess on a free localhost port.

:func:`live_server` starts one with the given options in a folder of its own (so no
config file of the checkout's applies), waits for ``GET /health`` and stops it at the
end; its standard error (uvicorn's and lintnews's logs) is kept in a file the test can
read.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator, List, Optional

import pytest

START_WAIT = 90  # seconds: an upper bound for two workers to start on a loaded machine


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """A running ``lintnews serve``: ``url(path)``, ``log()``, ``alive()``, ``stop()``."""

    def __init__(self, folder: Path, args: List[str], env: Optional[dict] = None) -> None:
        self.folder = folder
        self.port = free_port()
        self.log_path = folder / "server.log"
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "lintnews", "serve", "--port", str(self.port), *args],
            cwd=folder,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
        )
        self._wait()

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _wait(self) -> None:
        deadline = time.monotonic() + START_WAIT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"lintnews serve exited with {self.proc.returncode}:\n{self.log()}")
            try:
                with urllib.request.urlopen(self.url("/health"), timeout=2) as reply:
                    if json.load(reply).get("status") == "ok":
                        return
            except (urllib.error.URLError, ConnectionError, OSError, ValueError):
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"lintnews serve did not answer within {START_WAIT} s:\n{self.log()}")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def log(self) -> str:
        self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def log_with(self, needle: str, wait: float = 20) -> str:
        """The log once it holds *needle* (the access log line of a request is written just
        after its answer is sent); the log as it is after *wait* seconds otherwise."""
        deadline = time.monotonic() + wait
        while needle not in self.log() and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.log()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()


@pytest.fixture(scope="module")
def live_server(tmp_path_factory) -> Iterator:
    """A factory: ``live_server(*args)`` starts ``lintnews serve ARGS`` (stopped after the
    module's tests)."""
    pytest.importorskip("starlette")
    pytest.importorskip("uvicorn")
    pytest.importorskip("pebble")
    started: List[LiveServer] = []

    def start(*args: str, env: Optional[dict] = None) -> LiveServer:
        server = LiveServer(tmp_path_factory.mktemp("server"), list(args), env)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()

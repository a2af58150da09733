"""``lintnews lsp``, driven as an editor drives it: a subprocess speaking JSON-RPC with
Content-Length framing over standard input and output.

The drafts use the test pack (tests/integration/data/fixpack.yaml) through a
``.lintnews.yaml`` in a temporary workspace, so the results do not depend on the
built-in rules.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

import pytest

pytest.importorskip("pygls")
pytestmark = pytest.mark.slow

PACK = Path(__file__).parent / "data" / "fixpack.yaml"
WAIT = 30  # seconds: a generous upper bound for a reply, never a measurement


class LspClient:
    """A minimal LSP client: frames messages, answers server requests, queues the rest."""

    def __init__(self, cwd: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "lintnews", "lsp"],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.inbox: "queue.Queue[Optional[dict]]" = queue.Queue()
        self.notifications: List[dict] = []
        self.server_requests: List[dict] = []
        self._next_id = 0
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    # -- framing ---------------------------------------------------------------------

    def _read(self) -> None:
        stream = self.proc.stdout
        assert stream is not None
        while True:
            headers: Dict[str, str] = {}
            while True:
                line = stream.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.decode("ascii").strip()
                if not line:
                    break
                key, _, value = line.partition(":")
                headers[key.strip().lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self.inbox.put(json.loads(body.decode("utf-8")))

    def send(self, *messages: dict) -> None:
        """Write *messages*, framed, in one write (so they reach the server together)."""
        data = b""
        for message in messages:
            body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
            data += b"Content-Length: %d\r\n\r\n" % len(body) + body
        assert self.proc.stdin is not None
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    # -- messages --------------------------------------------------------------------

    def _next(self) -> dict:
        try:
            message = self.inbox.get(timeout=WAIT)
        except queue.Empty:
            raise AssertionError("the language server did not answer in time") from None
        if message is None:
            raise AssertionError(f"the language server exited: {self.proc.stderr.read().decode()[-2000:]}")
        if "method" in message and "id" in message:  # a request from the server
            self.server_requests.append(message)
            self.send({"id": message["id"], "result": None})
        elif "method" in message:
            self.notifications.append(message)
        return message

    def request(self, method: str, params: Any) -> Any:
        self._next_id += 1
        rid = self._next_id
        self.send({"id": rid, "method": method, "params": params})
        while True:
            message = self._next()
            if message.get("id") == rid and "method" not in message:
                assert "error" not in message, message["error"]
                return message.get("result")

    def notify(self, method: str, params: Any) -> None:
        self.send({"method": method, "params": params})

    def wait_for(self, predicate: Callable[[dict], bool]) -> dict:
        """The first notification (already received or next) that satisfies *predicate*."""
        for i, message in enumerate(self.notifications):
            if predicate(message):
                return self.notifications.pop(i)
        while True:
            message = self._next()
            if "method" in message and "id" not in message and predicate(message):
                self.notifications.remove(message)
                return message

    def diagnostics(self, uri: str, version: Optional[int] = None) -> List[dict]:
        message = self.wait_for(
            lambda m: m["method"] == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri
            and (version is None or m["params"].get("version") == version)
        )
        return message["params"]["diagnostics"]

    def published(self, uri: str) -> List[dict]:
        """Diagnostics notifications for *uri* received so far (not consumed)."""
        return [
            m["params"] for m in self.notifications
            if m["method"] == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
        ]

    def initialize(self, root: Path, capabilities: Optional[dict] = None, options: Optional[dict] = None) -> dict:
        caps = capabilities if capabilities is not None else {
            "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}},
            "textDocument": {"publishDiagnostics": {"versionSupport": True}},
        }
        result = self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": root.as_uri(),
                "capabilities": caps,
                "initializationOptions": options or {},
            },
        )
        self.notify("initialized", {})
        return result

    def shutdown(self) -> int:
        self.request("shutdown", None)
        self.notify("exit", None)
        try:
            return self.proc.wait(timeout=WAIT)
        finally:
            self.close()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def workspace(tmp_path):
    shutil.copy(PACK, tmp_path / "house.yaml")
    (tmp_path / ".lintnews.yaml").write_text("packs: [house.yaml]\nselect: [FXT]\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def client(workspace):
    c = LspClient(workspace)
    yield c
    c.close()


def open_doc(client: LspClient, path: Path, text: str, language: str = "markdown", version: int = 1) -> str:
    uri = path.as_uri()
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}},
    )
    return uri


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


LINE = "Café 🎉 naïve: we met in order to talk. Irregardless."
DRAFT = "# Notes\n\n" + LINE + "\n"


def test_round_trip_initialize_open_diagnose_code_action_shutdown(client, workspace):
    result = client.initialize(workspace)
    caps = result["capabilities"]
    assert result["serverInfo"]["name"] == "lintnews"
    assert caps["positionEncoding"] == "utf-16"
    assert caps["codeActionProvider"]["codeActionKinds"] == ["quickfix", "source.fixAll.lintnews"]
    assert caps["textDocumentSync"]["openClose"] is True

    uri = open_doc(client, workspace / "story.md", DRAFT)
    diagnostics = client.diagnostics(uri, version=1)
    assert [d["code"] for d in diagnostics] == ["FXT001", "FXT004", "FXT002"]
    wordy, _, unsafe = diagnostics

    # Columns are UTF-16 code units: the emoji before the finding counts twice.
    start = LINE.index("in order to")
    assert wordy["range"] == {
        "start": {"line": 2, "character": utf16(LINE[:start])},
        "end": {"line": 2, "character": utf16(LINE[: start + len("in order to")])},
    }
    assert utf16(LINE[:start]) == start + 1
    assert wordy["severity"] == 2 and unsafe["severity"] == 1  # warning, error
    assert wordy["source"] == "lintnews"
    assert wordy["message"] == "Wordy: use 'to' instead of 'in order to'"
    assert wordy["data"] == {"name": "wordy-phrase", "category": "style", "fixable": True, "safe": True}

    actions = client.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": wordy["range"],
            "context": {"diagnostics": [wordy], "only": ["quickfix"]},
        },
    )
    assert [a["title"] for a in actions] == [
        "Replace 'in order to' with 'to' (FXT001)",
        "Replace 'order to' with 'so as to' (FXT004)",
    ]
    fix = actions[0]
    assert fix["kind"] == "quickfix" and fix["isPreferred"] is True
    assert fix["diagnostics"][0]["code"] == "FXT001"
    assert fix["edit"]["changes"][uri] == [{"range": wordy["range"], "newText": "to"}]

    # The unsafe fix is offered but not preferred; advice-only findings offer nothing.
    actions = client.request(
        "textDocument/codeAction",
        {"textDocument": {"uri": uri}, "range": unsafe["range"], "context": {"diagnostics": [unsafe]}},
    )
    quick = [a for a in actions if a["kind"] == "quickfix"]
    assert [(a["title"], a.get("isPreferred")) for a in quick] == [
        ("Replace 'Irregardless' with 'Regardless' (FXT002) (check the meaning)", False)
    ]
    [fix_all] = [a for a in actions if a["kind"] == "source.fixAll.lintnews"]
    assert fix_all["title"] == "lintnews: apply 1 safe fix"

    assert client.shutdown() == 0


def test_changes_are_debounced_and_saves_lint_at_once(client, workspace):
    client.initialize(workspace, options={"debounce": 500})
    uri = open_doc(client, workspace / "story.md", "Nothing yet.\n")
    assert client.diagnostics(uri, version=1) == []
    client.send(*(
        {
            "method": "textDocument/didChange",
            "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]},
        }
        for version, text in ((2, "We met in"), (3, "We met in order"), (4, "We met in order to talk.\n"))
    ))
    assert [d["code"] for d in client.diagnostics(uri, version=4)] == ["FXT001", "FXT004"]
    assert client.published(uri) == []  # versions 2 and 3 were never linted on their own

    # An incremental change (replace 'talk' with 'utilise it'), then a save: linted at once.
    client.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": uri, "version": 5},
            "contentChanges": [
                {"range": {"start": {"line": 0, "character": 19}, "end": {"line": 0, "character": 23}},
                 "text": "utilise it"}
            ],
        },
    )
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    diagnostics = client.diagnostics(uri, version=5)
    assert [(d["code"], d["range"]["start"]["character"]) for d in diagnostics] == [
        ("FXT001", 7), ("FXT004", 10), ("FXT001", 19)
    ]
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert client.diagnostics(uri) == []
    assert client.shutdown() == 0


def test_config_is_reloaded_when_the_client_reports_a_change(client, workspace):
    client.initialize(workspace)
    uri = open_doc(client, workspace / "story.md", "We met in order to talk. Irregardless.\n")
    assert [d["code"] for d in client.diagnostics(uri)] == ["FXT001", "FXT004", "FXT002"]
    [registration] = [r for r in client.server_requests if r["method"] == "client/registerCapability"]
    [reg] = registration["params"]["registrations"]
    assert reg["method"] == "workspace/didChangeWatchedFiles"
    assert {w["globPattern"] for w in reg["registerOptions"]["watchers"]} >= {"**/*.{yaml,yml}"}

    config = workspace / ".lintnews.yaml"
    config.write_text("packs: [house.yaml]\nselect: [FXT002]\n", encoding="utf-8")
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    assert [d["code"] for d in client.diagnostics(uri)] == ["FXT002"]

    # A broken config is reported on the draft instead of crashing the server.
    config.write_text("selectt: [FXT]\n", encoding="utf-8")
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    [problem] = client.diagnostics(uri)
    assert problem["code"] == "configuration" and "unknown key 'selectt'" in problem["message"]
    shown = client.wait_for(lambda m: m["method"] == "window/showMessage")
    assert "selectt" in shown["params"]["message"]

    # Clients that cannot watch files: saving the config in the editor reloads it too.
    config.write_text("packs: [house.yaml]\nselect: [FXT001]\n", encoding="utf-8")
    client.notify("textDocument/didSave", {"textDocument": {"uri": config.as_uri()}})
    assert [d["code"] for d in client.diagnostics(uri)] == ["FXT001"]
    assert client.shutdown() == 0


def test_utf8_positions_when_the_client_asks_for_them(client, workspace):
    result = client.initialize(
        workspace, capabilities={"general": {"positionEncodings": ["utf-8", "utf-16"]}}
    )
    assert result["capabilities"]["positionEncoding"] == "utf-8"
    uri = open_doc(client, workspace / "story.md", DRAFT)
    first = client.diagnostics(uri)[0]
    start = LINE.index("in order to")
    assert first["range"]["start"] == {"line": 2, "character": len(LINE[:start].encode("utf-8"))}
    assert client.shutdown() == 0


def test_plain_text_and_other_languages(client, workspace):
    client.initialize(workspace)
    text = "Use `in order to` here.\n"
    md = open_doc(client, workspace / "a.md", text)
    assert client.diagnostics(md) == []  # a code span in Markdown is not prose
    txt = open_doc(client, workspace / "a.txt", text, language="plaintext")
    assert [d["code"] for d in client.diagnostics(txt)] == ["FXT001", "FXT004"]
    untitled = "untitled:Untitled-1"
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": untitled, "languageId": "markdown", "version": 1, "text": "We utilise it."}},
    )
    assert [d["code"] for d in client.diagnostics(untitled)] == ["FXT001"]
    open_doc(client, workspace / "tool.py", "# in order to\n", language="python")
    assert client.shutdown() == 0
    assert not [m for m in client.notifications if m["params"].get("uri", "").endswith("tool.py")]


def test_lsp_without_the_extra_names_it(run_cli, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pygls" else real(name, *a))
    result = run_cli("lsp")
    assert result.status == 2
    assert result.err.strip().splitlines() == [
        "lintnews: error: the language server needs the 'lsp' extra: pip install 'lintnews[lsp]'"
    ]


def test_check_does_not_import_pygls(tmp_path):
    (tmp_path / "a.md").write_text("Fine.\n", encoding="utf-8")
    code = (
        "import sys; from lintnews.cli import main; status = main(['check', '--isolated', 'a.md']);"
        "assert 'pygls' not in sys.modules and 'lsprotocol' not in sys.modules, 'pygls imported';"
        "sys.exit(status)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_request_with_invalid_params_is_answered_with_an_error(client, workspace):
    client.initialize(workspace)
    client.send({"id": 99, "method": "textDocument/codeAction", "params": {"textDocument": 5}})
    while True:
        message = client._next()
        if message.get("id") == 99 and "method" not in message:
            break
    assert message["error"]["code"] == -32602
    assert "textDocument/codeAction" in message["error"]["message"]
    assert client.request("shutdown", None) is None  # and the server still answers


def test_a_long_draft_does_not_hold_up_requests_about_another(client, workspace):
    client.initialize(workspace, options={"maxSize": 10_000_000})
    small = open_doc(client, workspace / "small.md", DRAFT)
    assert client.diagnostics(small)
    big = open_doc(client, workspace / "big.md", ("We met in order to talk about it. " * 12 + "\n\n") * 1200)
    client._next_id += 1
    rid = client._next_id
    client.send({
        "id": rid, "method": "textDocument/codeAction",
        "params": {
            "textDocument": {"uri": small},
            "range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 60}},
            "context": {"diagnostics": []},
        },
    })
    order = []
    while len(order) < 2:
        message = client._next()
        if message.get("id") == rid and "method" not in message:
            order.append("answer")
        elif message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == big:
            order.append("big draft linted")
    assert order == ["answer", "big draft linted"]


def test_a_draft_over_the_size_limit_gets_one_diagnostic_saying_so(client, workspace):
    client.initialize(workspace, options={"maxSize": 1000})
    uri = open_doc(client, workspace / "long.md", "We met in order to talk.\n" * 100)
    (diagnostic,) = client.diagnostics(uri)
    assert diagnostic["message"] == (
        "lintnews cannot lint this draft: the draft has 2,500 characters, more than the 1,000 "
        "the language server lints (initialization option maxSize)"
    )


def test_a_config_edit_is_seen_without_any_file_event(client, workspace):
    # Neovim on Linux sends no didChangeWatchedFiles: the next lint notices the new mtime.
    client.initialize(workspace, capabilities={})
    uri = open_doc(client, workspace / "d.md", DRAFT)
    assert {d["code"] for d in client.diagnostics(uri)} >= {"FXT001", "FXT002"}
    config = workspace / ".lintnews.yaml"
    config.write_text("packs: [house.yaml]\nselect: [FXT002]\n", encoding="utf-8")
    os.utime(config, ns=(config.stat().st_atime_ns, config.stat().st_mtime_ns + 2_000_000_000))
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert {d["code"] for d in client.diagnostics(uri)} == {"FXT002"}


HANGING_PLUGIN = '''
import lintnews
from lintnews.rule import Rule


class Hang(Rule):
    code, name, category, summary = "HNG001", "hang", "style", "never returns on a draft that says hang"

    def check(self, doc):
        while "hang" in doc.source:
            pass
        return iter(())


@lintnews.hookimpl
def lintnews_rules():
    return [Hang()]
'''


def test_a_rule_that_hangs_is_stopped_in_the_server_too(workspace, tmp_path, monkeypatch):
    site = tmp_path / "site"
    (site / "hangplug-1.0.dist-info").mkdir(parents=True)
    (site / "hangplug.py").write_text(HANGING_PLUGIN, encoding="utf-8")
    (site / "hangplug-1.0.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: hangplug\nVersion: 1.0\n")
    (site / "hangplug-1.0.dist-info" / "entry_points.txt").write_text("[lintnews]\nhang = hangplug\n")
    monkeypatch.setenv("PYTHONPATH", str(site))
    monkeypatch.setenv("LINTNEWS_NO_CACHE", "1")
    monkeypatch.setenv("LINTNEWS_RULE_TIMEOUT", "1")
    monkeypatch.delenv("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    (workspace / ".lintnews.yaml").write_text("packs: [house.yaml]\nselect: [FXT, HNG]\n", encoding="utf-8")
    client = LspClient(workspace)
    try:
        client.initialize(workspace)
        stuck = open_doc(client, workspace / "stuck.md", "We hang on in order to talk.\n")
        codes = {d["code"]: d["message"] for d in client.diagnostics(stuck)}
        assert "FXT001" in codes and "ran for more than 1 s" in codes["LN002"]
        fine = open_doc(client, workspace / "fine.md", "We met in order to talk.\n")
        codes = [d["code"] for d in client.diagnostics(fine)]
        assert "FXT001" in codes and "LN002" not in codes  # the server went on linting
        assert client.shutdown() == 0
    finally:
        client.close()


def test_no_word_of_an_open_draft_reaches_the_cache(tmp_path, monkeypatch):
    """A draft linted by the language server (open, edit, save, close): none of its
    words reaches the cache folder, which the server fills from an empty start."""
    import random

    rng = random.SystemRandom()
    name = "".join(rng.choice("bcdfghjklmnpqrstvwxz") + rng.choice("aeiou") for _ in range(6)).capitalize()
    cache = tmp_path / "cache"
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(cache))
    monkeypatch.delenv("LINTNEWS_NO_CACHE", raising=False)
    text = (f"# {name} Holdings to cut 410 jobs\n\nMaria {name}, 54, said the the plant would close. "
            f"Later, {name}, 45, said it may partly reopen. It is likely that {name} will sell.\n")
    client = LspClient(tmp_path)
    try:
        client.initialize(tmp_path)
        uri = open_doc(client, tmp_path / "story.md", text)
        assert any(name in d["message"] for d in client.diagnostics(uri, version=1))
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                                 "contentChanges": [{"text": text + f"\n{name} agreed.\n"}]})
        client.diagnostics(uri, version=2)
        client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        assert client.shutdown() == 0
    finally:
        client.close()
    files = [p for p in cache.rglob("*") if p.is_file()]
    assert any(p.name.startswith("fixed-") for p in files)
    forms = {name, name.lower(), name.upper()}
    needles = [f.encode(e) for f in forms for e in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")]
    assert [p.name for p in files if any(n in p.read_bytes() for n in needles)] == []

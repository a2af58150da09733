"""``lintnews serve`` over real HTTP: uvicorn in a subprocess on a free localhost port,
requests from the ``requests`` library and from ``pylanguagetool``'s command line.

The drafts are written for these tests. Most tests share one server started with
``--isolated`` (the built-in rules, no config file); the token and the time limit get
servers of their own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

requests = pytest.importorskip("requests")
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PACK = str(Path(__file__).parent / "data" / "fixpack.yaml")
WAIT = 60  # seconds: an upper bound for one answer, never a measurement

# Fresh sentences: an eggcorn with a safe fix (GRB001), a stacked hedge (HDG001).
DRAFT = (
    "# Harbour works\n\n"
    "The harbour master repeated the tide tables ad nauseum at the meeting.\n\n"
    "The new breakwater might possibly perhaps hold back the winter swell.\n"
)
MARKER = "Quokkaberg"  # a word that must never reach a log


def _post_json(server, body, **kw):
    return requests.post(server.url("/v1/lint"), json=body, timeout=WAIT, **kw)


def _error_shape(reply, status):
    assert reply.status_code == status, reply.text
    assert reply.headers["content-type"].startswith("application/json")
    body = reply.json()
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]["message"]


@pytest.fixture(scope="module")
def server(live_server):
    return live_server("--isolated", "--workers", "2")


# --------------------------------------------------------------------------- /v1/lint


def test_health_and_page(server):
    assert requests.get(server.url("/health"), timeout=WAIT).json()["status"] == "ok"
    page = requests.get(server.url("/"), timeout=WAIT)
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert 'src="static/editor.js"' in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    # Everything the page loads comes from the server itself: no address of another host.
    for asset in ("/", "/static/editor.js", "/static/editor.css"):
        reply = requests.get(server.url(asset), timeout=WAIT)
        assert reply.status_code == 200
        assert "http://" not in reply.text and "https://" not in reply.text and "//cdn" not in reply.text


def test_lint_answers_the_cli_json_document(server):
    reply = _post_json(server, {"text": DRAFT, "path": "harbour.md"})
    assert reply.status_code == 200
    assert reply.headers["cache-control"] == "no-store"
    cli = subprocess.run(
        [sys.executable, "-m", "lintnews", "check", "--isolated", "--format", "json", "--stdin-filename", "harbour.md", "-"],
        input=DRAFT, capture_output=True, text=True, cwd=server.folder, timeout=WAIT,
    )
    assert reply.json() == json.loads(cli.stdout)
    codes = {f["code"] for f in reply.json()["findings"]}
    assert {"GRB001", "HDG001"} <= codes


def test_the_documented_example_is_what_the_server_answers(server):
    import re

    page = (ROOT / "docs" / "server.md").read_text(encoding="utf-8")
    curl = re.search(r"```sh\ncurl -s http://127.0.0.1:8081/v1/lint.*?-d '(.*?)'\n```", page, re.S)
    shown = re.search(r"```json\n(\{\n  \"version\": 1.*?)```", page, re.S)
    assert curl and shown
    answer = _post_json(server, json.loads(curl.group(1))).json()
    assert answer == json.loads(shown.group(1))


def test_findings_carry_character_offsets(server):
    text = "Fans 🎉 cheered. " + DRAFT
    findings = _post_json(server, {"text": text}).json()["findings"]
    eggcorn = next(f for f in findings if f["code"] == "GRB001")
    assert text[eggcorn["offset"] : eggcorn["end_offset"]] == "ad nauseum"
    assert eggcorn["fix"] == {"safe": True, "edits": [{"start": eggcorn["offset"], "end": eggcorn["end_offset"], "replacement": "ad nauseam"}]}


def test_select_and_ignore(server):
    only = _post_json(server, {"text": DRAFT, "select": ["garbled"]}).json()["findings"]
    assert only and {f["category"] for f in only} == {"garbled"}
    without = _post_json(server, {"text": DRAFT, "ignore": "GRB001,hedging"}).json()["findings"]
    assert not any(f["code"] == "GRB001" or f["category"] == "hedging" for f in without)


def test_path_names_the_draft_and_picks_plain_text(server):
    text = "    The ministry might possibly perhaps agree.\n"  # indented: code in Markdown
    as_markdown = _post_json(server, {"text": text, "path": "desk/note.md"}).json()["findings"]
    as_text = _post_json(server, {"text": text, "path": "desk/note.txt"}).json()["findings"]
    assert not any(f["code"] == "HDG001" for f in as_markdown)
    assert [f["path"] for f in as_text if f["code"] == "HDG001"] == ["desk/note.txt"]


def test_rules_lists_the_rules(server):
    rules = requests.get(server.url("/v1/rules"), timeout=WAIT).json()
    assert {"GRB001", "HDG001"} <= {r["code"] for r in rules}
    assert all(set(r) == {"code", "name", "category", "severity", "summary", "enabled"} for r in rules)


# --------------------------------------------------------------------------- bad requests


def _invalid_utf8():
    return b'{"text": "caf\xe9 au lait"}'


BAD_REQUESTS = [
    ("invalid JSON", {"data": b'{"text": "unfinished', "headers": {"Content-Type": "application/json"}}, 400),
    ("wrong content type", {"data": b"text=hello", "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, 415),
    ("no content type", {"data": b'{"text": "hello"}'}, 415),
    ("invalid UTF-8", {"data": _invalid_utf8(), "headers": {"Content-Type": "application/json"}}, 400),
    ("missing text", {"json": {"path": "a.md"}}, 400),
    ("text not a string", {"json": {"text": ["a", "b"]}}, 400),
    ("not an object", {"json": ["text"]}, 400),
    ("unknown rule code", {"json": {"text": "Hello.", "select": ["HDG999"]}}, 400),
    ("unknown ignore", {"json": {"text": "Hello.", "ignore": ["no-such-rule"]}}, 400),
    ("a pack by path", {"json": {"text": "Hello.", "packs": ["/etc/passwd"]}}, 400),
    ("a config by path", {"json": {"text": "Hello.", "config": "/tmp/x.yaml"}}, 400),
    ("5 MB body", {"data": b'{"text": "' + b"word " * 1_000_000 + b'"}', "headers": {"Content-Type": "application/json"}}, 413),
]


@pytest.mark.parametrize("name,kwargs,status", BAD_REQUESTS, ids=[b[0] for b in BAD_REQUESTS])
def test_bad_requests_get_json_errors_and_the_server_keeps_answering(server, name, kwargs, status):
    reply = requests.post(server.url("/v1/lint"), timeout=WAIT, **kwargs)
    _error_shape(reply, status)
    assert server.alive()
    assert _post_json(server, {"text": DRAFT}).status_code == 200


def test_a_chunked_body_over_the_limit_is_refused(server):
    def chunks():
        yield b'{"text": "'
        for _ in range(2000):
            yield b"many words " * 100  # 2.2 MB in all, with no Content-Length
        yield b'"}'

    reply = requests.post(server.url("/v1/lint"), data=chunks(), headers={"Content-Type": "application/json"}, timeout=WAIT)
    _error_shape(reply, 413)
    assert _post_json(server, {"text": DRAFT}).status_code == 200


def test_unknown_routes_and_methods_are_json_errors(server):
    _error_shape(requests.get(server.url("/v1/lint"), timeout=WAIT), 405)
    _error_shape(requests.get(server.url("/v2/check"), timeout=WAIT), 405)
    _error_shape(requests.get(server.url("/nowhere"), timeout=WAIT), 404)


# --------------------------------------------------------------------------- LanguageTool API


def _check(server, **fields):
    return requests.post(server.url("/v2/check"), data=fields, timeout=WAIT)


def test_languages(server):
    languages = requests.get(server.url("/v2/languages"), timeout=WAIT).json()
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in languages


def test_check_answers_languagetool_matches(server):
    text = "Fans 🎉 cheered. The harbour master read the tables ad nauseum."
    reply = _check(server, text=text, language="en-US")
    assert reply.status_code == 200
    body = reply.json()
    assert body["software"]["name"] == "lintnews" and body["language"]["code"] == "en-US"
    (match,) = [m for m in body["matches"] if m["rule"]["id"] == "GRB001"]
    # UTF-16 code units, as Java (and every LanguageTool client) counts: the emoji is two.
    utf16 = text.encode("utf-16-le")
    flagged = utf16[2 * match["offset"] : 2 * (match["offset"] + match["length"])].decode("utf-16-le")
    assert flagged == "ad nauseum"
    assert match["offset"] == text.index("ad nauseum") + 1
    assert match["replacements"] == [{"value": "ad nauseam"}]
    assert match["rule"]["category"] == {"id": "GARBLED", "name": "Garbled phrasing"}
    ctx = match["context"]
    assert ctx["text"][ctx["offset"] : ctx["offset"] + ctx["length"]] == "ad nauseum"
    assert match["sentence"] == "The harbour master read the tables ad nauseum."


def test_check_reads_annotated_text_as_ltex_sends_it(server):
    # LTeX sends the form fields url-encoded but labels them application/json.
    annotation = [
        {"markup": "**", "interpretAs": ""},
        {"text": "Update"},
        {"markup": "**", "interpretAs": ""},
        {"markup": "\n\n", "interpretAs": "\n\n"},
        {"text": "The pier might "},
        {"markup": "<!-- note -->"},
        {"text": "possibly perhaps reopen ad nauseum."},
    ]
    document = "".join(part.get("text", part.get("markup")) for part in annotation)
    body = "language=en-US&data=" + requests.utils.quote(json.dumps({"annotation": annotation}), safe="")
    reply = requests.post(
        server.url("/v2/check"), data=body, headers={"Content-Type": "application/json"}, timeout=WAIT
    )
    assert reply.status_code == 200, reply.text
    spans = {m["rule"]["id"]: document[m["offset"] : m["offset"] + m["length"]] for m in reply.json()["matches"]}
    assert spans["GRB001"] == "ad nauseum"
    # The hedge runs across the HTML comment, which is markup: the span covers it.
    assert spans["HDG001"] == "might <!-- note -->possibly perhaps"


def test_check_maps_rule_and_category_selection(server):
    text = "The harbour master read the tables ad nauseum. The tide might possibly perhaps turn."

    def ids(**fields):
        reply = _check(server, text=text, language="en-GB", **fields)
        assert reply.status_code == 200, reply.text
        return {m["rule"]["id"] for m in reply.json()["matches"]}

    everything = ids()
    assert {"GRB001", "HDG001"} <= everything
    # LanguageTool's own ids (here from LTeX's defaults) are ignored, as LanguageTool ignores unknown ids.
    assert ids(disabledRules="GRB001,MORFOLOGIK_RULE_EN_US,WHITESPACE_RULE") == everything - {"GRB001"}
    assert not ids(disabledCategories="HEDGING,TYPOS") & {"HDG001", "HDG005"}
    assert ids(enabledOnly="true", enabledRules="GRB001,EN_A_VS_AN") == {"GRB001"}
    assert ids(enabledOnly="true", enabledCategories="hedging") <= {"HDG001", "HDG005", "HDG006"}
    assert ids(enabledOnly="true", enabledRules="UPPERCASE_SENTENCE_START") == set()


@pytest.mark.parametrize(
    "fields,status",
    [
        ({"language": "en-US"}, 400),  # no text
        ({"text": "Hello."}, 400),  # no language
        ({"text": "Hallo.", "language": "de-DE"}, 400),
        ({"data": "{not json", "language": "en-US"}, 400),
        ({"data": '{"annotation": [{"text": 1}]}', "language": "en-US"}, 400),
        ({"text": "Hello.", "language": "en", "enabledOnly": "maybe"}, 400),
    ],
)
def test_check_bad_requests(server, fields, status):
    _error_shape(_check(server, **fields), status)
    assert _check(server, text="Fine.", language="auto").status_code == 200


def test_check_invalid_utf8_and_multipart(server):
    bad = requests.post(
        server.url("/v2/check"), data=b"language=en-US&text=caf%E9", timeout=WAIT,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    _error_shape(bad, 400)
    multipart = requests.post(server.url("/v2/check"), files={"text": ("a.txt", b"Hello.")}, data={"language": "en"}, timeout=WAIT)
    _error_shape(multipart, 415)


def test_pylanguagetool_prints_lintnews_findings(server, tmp_path):
    exe = Path(sys.executable).parent / "pylanguagetool"
    if not exe.exists():
        exe = shutil.which("pylanguagetool")
    if not exe:
        pytest.skip("pylanguagetool is not installed")
    draft = tmp_path / "pier.txt"
    draft.write_text("The pier reopened.\n\nThe harbour master read the tables ad nauseum.\n", encoding="utf-8")
    done = subprocess.run(
        [str(exe), "--api-url", server.url("/v2/"), "--lang", "en-US", "--no-color", "--rules", "--rule-categories", str(draft)],
        capture_output=True, text=True, timeout=WAIT, env={**os.environ, "HOME": str(tmp_path)},
    )
    assert done.returncode == 1, done.stderr  # pylanguagetool exits 1 when there are matches
    assert "'ad nauseum' is a garbled form of 'ad nauseam'" in done.stdout
    assert "ad nauseam during" not in done.stdout
    assert "GRB001:" in done.stdout and "GARBLED: Garbled phrasing" in done.stdout
    assert "(lintnews " in done.stdout


# --------------------------------------------------------------------------- confidentiality


def test_no_draft_reaches_the_log(server):
    secret_draft = f"{MARKER} might possibly perhaps resign, the {MARKER} aides say."
    _post_json(server, {"text": secret_draft, "path": f"{MARKER}.md"})
    requests.post(server.url(f"/v1/lint?draft={MARKER}"), json={"text": secret_draft}, timeout=WAIT)
    _check(server, text=secret_draft, language="en-US")
    requests.post(server.url("/v1/lint"), data=json.dumps({"text": secret_draft})[:-3], headers={"Content-Type": "application/json"}, timeout=WAIT)
    requests.post(server.url("/v1/lint"), json={"text": secret_draft, "select": [MARKER]}, timeout=WAIT)
    requests.get(server.url(f"/{MARKER}/page"), timeout=WAIT)
    requests.get(server.url("/static/editor.js"), timeout=WAIT)
    log = server.log_with('"GET /static/editor.js" 200')
    assert '"POST /v1/lint" 200' in log and '"POST /v2/check" 200' in log  # the access log is on
    assert '"GET /static/editor.js" 200' in log
    assert MARKER not in log and "?" not in log.split("Uvicorn running")[-1]
    # Nor any file the server could write (its folder, the cache folder).
    cache = Path(os.environ["LINTNEWS_CACHE_DIR"])
    for folder in (server.folder, cache):
        for path in folder.rglob("*"):
            if path.is_file():
                assert MARKER.encode() not in path.read_bytes(), path


# --------------------------------------------------------------------------- workers and limits

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
STUCK = "We hang on while the harbour master reads the tables ad nauseum.\n"


@pytest.fixture(scope="module")
def hanging_plugin(tmp_path_factory):
    """Environment for a server with an installed plugin whose rule never returns on a
    draft that says 'hang' (a folder on PYTHONPATH with the plugin and its entry point)."""
    site = tmp_path_factory.mktemp("site")
    (site / "hangplug-1.0.dist-info").mkdir()
    (site / "hangplug.py").write_text(HANGING_PLUGIN, encoding="utf-8")
    (site / "hangplug-1.0.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: hangplug\nVersion: 1.0\n")
    (site / "hangplug-1.0.dist-info" / "entry_points.txt").write_text("[lintnews]\nhang = hangplug\n")
    env = {k: v for k, v in os.environ.items() if k != "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD"}
    return {**env, "PYTHONPATH": str(site)}


def test_time_limit_stops_the_request_and_the_worker_recovers(live_server, hanging_plugin):
    # No per-rule limit: only the server's request limit stops the hanging rule.
    limited = live_server("--isolated", "--workers", "1", "--timeout", "1", env={**hanging_plugin, "LINTNEWS_RULE_TIMEOUT": "0"})
    reply = requests.post(limited.url("/v1/lint"), json={"text": STUCK}, timeout=WAIT)
    assert "took longer than the server's limit of 1 s" in _error_shape(reply, 503)
    # The one worker was replaced: the next draft is linted.
    again = requests.post(limited.url("/v1/lint"), json={"text": DRAFT}, timeout=WAIT)
    assert again.status_code == 200 and any(f["code"] == "GRB001" for f in again.json()["findings"])
    _error_shape(requests.post(limited.url("/v2/check"), data={"text": STUCK, "language": "en"}, timeout=WAIT), 503)
    assert requests.post(limited.url("/v2/check"), data={"text": DRAFT, "language": "en"}, timeout=WAIT).status_code == 200
    assert limited.alive()


def test_a_stuck_draft_does_not_block_the_others(live_server, hanging_plugin):
    busy = live_server("--isolated", "--workers", "2", "--timeout", "4", env={**hanging_plugin, "LINTNEWS_RULE_TIMEOUT": "0"})
    stuck = {}

    def send_stuck():
        stuck["status"] = requests.post(busy.url("/v1/lint"), json={"text": STUCK}, timeout=WAIT).status_code

    thread = threading.Thread(target=send_stuck)
    thread.start()
    try:
        for _ in range(5):  # answered by the other worker while the first is stuck
            assert requests.post(busy.url("/v1/lint"), json={"text": DRAFT}, timeout=WAIT).status_code == 200
        assert thread.is_alive(), "the stuck draft was answered before the others"
    finally:
        thread.join(WAIT)
    assert stuck["status"] == 503


def test_a_rule_past_its_own_time_limit_is_an_error_in_the_report(live_server, hanging_plugin):
    # The engine's per-rule limit works in the workers, as on the command line.
    ruled = live_server("--isolated", "--workers", "1", env={**hanging_plugin, "LINTNEWS_RULE_TIMEOUT": "1"})
    report = requests.post(ruled.url("/v1/lint"), json={"text": STUCK, "path": "stuck.md"}, timeout=WAIT).json()
    codes = {f["code"] for f in report["findings"]}
    assert {"LN002", "GRB001"} <= codes
    assert report["errors"] and report["errors"][0]["path"] == "stuck.md" and "ran for more than 1 s" in report["errors"][0]["message"]
    check = requests.post(ruled.url("/v2/check"), data={"text": STUCK, "language": "en"}, timeout=WAIT).json()
    assert check["warnings"]["incompleteResults"] is True
    assert {"LN002", "GRB001"} <= {m["rule"]["id"] for m in check["matches"]}


def test_a_draft_just_under_the_body_limit_is_linted(server):
    paragraph = "The harbour master repeated the tide tables ad nauseum at the meeting on the quay."
    text = "\n\n".join([paragraph] * (950_000 // (len(paragraph) + 2)))
    reply = _post_json(server, {"text": text})
    assert reply.status_code == 200
    assert len([f for f in reply.json()["findings"] if f["code"] == "GRB001"]) == text.count("ad nauseum")


def test_token(live_server, tmp_path):
    token = "s3cret-token-for-the-newsroom"
    (tmp_path / "token").write_text(token + "\n", encoding="utf-8")
    guarded = live_server(
        "--isolated", "--workers", "1", "--token-file", str(tmp_path / "token"), "--pack", PACK,
        "--allow-origin", "https://cms.example", "--root-path", "/newsroom/lint",
    )
    assert requests.get(guarded.url("/health"), timeout=WAIT).status_code == 200
    _error_shape(requests.get(guarded.url("/v1/rules"), timeout=WAIT), 401)
    # A page of the CMS may call the API from the browser (CORS), with the token.
    preflight = requests.options(
        guarded.url("/v1/lint"), timeout=WAIT,
        headers={"Origin": "https://cms.example", "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "authorization, content-type"},
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "https://cms.example"
    assert requests.get(guarded.url("/"), timeout=WAIT).status_code == 200
    denied = requests.post(guarded.url("/v1/lint"), json={"text": DRAFT}, timeout=WAIT)
    _error_shape(denied, 401)
    assert denied.headers["www-authenticate"].startswith("Bearer")
    wrong = {"Authorization": "Bearer not-the-token"}
    _error_shape(requests.post(guarded.url("/v1/lint"), json={"text": DRAFT}, headers=wrong, timeout=WAIT), 401)
    right = {"Authorization": f"Bearer {token}"}
    reply = requests.post(guarded.url("/v1/lint"), json={"text": "We met in order to talk."}, headers=right, timeout=WAIT)
    assert reply.status_code == 200 and "FXT001" in {f["code"] for f in reply.json()["findings"]}
    _error_shape(_check(guarded, text="Hello.", language="en"), 401)
    _error_shape(_check(guarded, text="Hello.", language="en", apiKey="nope"), 401)
    assert _check(guarded, text="Hello.", language="en", apiKey=token).status_code == 200
    assert requests.post(guarded.url("/v2/check"), data={"text": "Hi.", "language": "en"}, headers=right, timeout=WAIT).status_code == 200
    # The default body limit: 1 MB.
    _error_shape(requests.post(guarded.url("/v1/lint"), json={"text": "x" * 1_000_001}, headers=right, timeout=WAIT), 413)
    # Behind a proxy that serves it under /newsroom/lint/ (and strips the prefix), the page's
    # relative paths still reach the API and the access log names the routes.
    assert requests.get(guarded.url("/static/editor.js"), timeout=WAIT).status_code == 200
    log = guarded.log_with('"GET /static/editor.js" 200')
    assert '"GET /static/editor.js" 200' in log and '"POST /v1/lint" 401' in log
    assert token not in log


def test_load_twenty_clients_ten_requests_each(server):
    """Every request of 20 concurrent clients (10 each) is answered, with the same findings."""
    expected = _post_json(server, {"text": DRAFT}).json()

    def client(_):
        with requests.Session() as session:
            return [
                session.post(server.url("/v1/lint"), json={"text": DRAFT}, timeout=WAIT).json() == expected
                for _ in range(10)
            ]

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = [ok for batch in pool.map(client, range(20)) for ok in batch]
    assert len(results) == 200 and all(results)

"""``lintnews serve`` refuses bad options and configurations with one line and exit 2,
before anything listens (the server itself is tested in tests/integration/test_server.py)."""

from __future__ import annotations

import pytest

from lintnews.server.options import is_loopback, parse_size


@pytest.fixture(autouse=True)
def _server_extra():
    pytest.importorskip("starlette")
    pytest.importorskip("uvicorn")
    pytest.importorskip("pebble")


def _error(result) -> str:
    assert result.status == 2
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("lintnews: error: ")
    return lines[0]


def test_other_machines_need_a_token(run_cli):
    assert "needs --token-file" in _error(run_cli("serve", "--host", "0.0.0.0", "--isolated"))


def test_token_file_problems(run_cli, tmp_path):
    assert "cannot read the token file" in _error(run_cli("serve", "--token-file", str(tmp_path / "missing")))
    (tmp_path / "short").write_text("abc\n", encoding="utf-8")
    assert "at least 16 characters" in _error(run_cli("serve", "--token-file", str(tmp_path / "short")))


@pytest.mark.parametrize(
    "args,message",
    [
        (["--workers", "0"], "--workers"),
        (["--timeout", "-1"], "--timeout"),
        (["--max-body", "lots"], "--max-body"),
        (["--port", "70000"], "--port"),
    ],
)
def test_bad_options(run_cli, args, message):
    assert message in _error(run_cli("serve", "--isolated", *args))


def test_a_broken_pack_fails_before_serving(run_cli, tmp_path):
    pack = tmp_path / "house.yaml"
    pack.write_text("pack: house\nprefix: HSE\nrules: [{code: HSE001}]\n", encoding="utf-8")
    assert "house.yaml" in _error(run_cli("serve", "--isolated", "--pack", str(pack)))


def test_without_the_extra(run_cli, monkeypatch):
    import lintnews.server

    monkeypatch.setattr(lintnews.server, "missing", lambda: ["uvicorn"])
    assert "pip install 'lintnews[server]'" in _error(run_cli("serve"))


def test_sizes_and_loopback():
    assert parse_size("1MB") == 1_000_000 and parse_size("512kb") == 512_000 and parse_size("2048") == 2048
    with pytest.raises(ValueError):
        parse_size("0")
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1") and is_loopback("127.3.2.1")
    assert not is_loopback("0.0.0.0") and not is_loopback("10.0.0.5") and not is_loopback("example.org")

"""Plugins: entry-point discovery, built-ins through the same hooks, failure isolation."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import lintnews
from lintnews.engine.linter import Linter
from lintnews.engine.plugins import Plugins

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "plugin"


def fake_distribution(tmp_path: Path, name: str, entry_points: str) -> Path:
    """A ``*.dist-info`` folder on a path entry: what pip leaves behind, without pip."""
    site = tmp_path / "site"
    info = site / f"{name}-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1.0\n")
    (info / "entry_points.txt").write_text(entry_points)
    return site


@pytest.fixture
def acme_installed(tmp_path, monkeypatch):
    site = fake_distribution(tmp_path, "lintnews_acme", "[lintnews]\nacme = lintnews_acme.plugin\n")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.syspath_prepend(str(EXAMPLE))
    monkeypatch.delenv("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    yield
    for mod in [m for m in sys.modules if m.startswith("lintnews_acme")]:
        del sys.modules[mod]


def test_builtins_register_through_the_core_plugin():
    plugins = Plugins(autoload=False)
    assert "core" in plugins.names
    codes = {r.code for r in plugins.rules()}
    assert all(r.plugin == "core" for r in plugins.rules())
    assert any(p.name == "hedging.yaml" for p in plugins.pack_paths())
    assert {"text", "json", "sarif", "github"} <= set(plugins.formatters())
    assert isinstance(codes, set)


def test_entry_point_plugin_is_discovered(acme_installed):
    linter = Linter()
    assert "acme" in linter.plugins.names
    rs = linter.ruleset()
    assert rs.lookup("ACH001").plugin == "acme"
    assert rs.lookup("ACM001").pack == "acme-style"
    text = "# Ministers announce a sweeping review of the way that councils fund local bus services\n\nDenmark sent F16s.\n"
    findings = linter.lint_text(text, "d.md", linter_settings(["ACH", "ACM"]))
    assert [(f.code, f.line) for f in findings] == [("ACH001", 1), ("ACM001", 3)]


def test_autoload_can_be_disabled(acme_installed, monkeypatch):
    monkeypatch.setenv("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", "1")
    assert "acme" not in Plugins().names


def test_plugin_that_fails_to_import_becomes_ln002(tmp_path, monkeypatch, linter):
    site = fake_distribution(tmp_path, "lintnews_broken", "[lintnews]\nbroken = lintnews_broken_missing.plugin\n")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delenv("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    engine = Linter()
    findings = engine.lint_text("It may partly work.", "d.md", linter_settings(["HDG001", "LN"]))
    assert [(f.code, f.line) for f in findings] == [("LN002", 1), ("HDG001", 1)]
    assert "plugin 'broken'" in findings[0].message and "ModuleNotFoundError" in findings[0].message


def test_rule_that_raises_is_isolated():
    from lintnews.rule import Rule

    class Boom(Rule):
        code, name, category, summary = "BOM001", "boom", "style", "explodes"

        def check(self, doc):
            raise ZeroDivisionError("division by zero")

    class BoomPlugin:
        @lintnews.hookimpl
        def lintnews_rules(self):
            return [Boom()]

    class BadHook:
        @lintnews.hookimpl
        def lintnews_formatters(self):
            raise RuntimeError("no formatters today")

    engine = Linter(Plugins(autoload=False, extra=[("boomer", BoomPlugin()), ("badhook", BadHook())]))
    engine.plugins.formatters()
    findings = engine.lint_text("It may partly work.", "d.md", linter_settings(["ALL"]))
    codes = [f.code for f in findings]
    assert "HDG001" in codes
    messages = [f.message for f in findings if f.code == "LN002"]
    assert any("plugin 'boomer'" in m and "rule BOM001 (boom) raised ZeroDivisionError" in m for m in messages)
    assert any("plugin 'badhook'" in m and "RuntimeError: no formatters today" in m for m in messages)


def linter_settings(select):
    from lintnews.engine.config import Settings

    return Settings(select=tuple(select))


@pytest.mark.slow
def test_example_plugin_installs_with_pip_and_is_found(tmp_path):
    """Install the example package for real and list its rules from a fresh process."""
    import shutil

    source = tmp_path / "src"
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    target = tmp_path / "target"
    cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(source)]
    subprocess.run(cmd, check=True, capture_output=True, text=True)
    env = dict(os.environ, PYTHONPATH=str(target))
    env.pop("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", None)
    out = subprocess.run(
        [sys.executable, "-m", "lintnews", "rules"], check=True, capture_output=True, text=True, env=env
    ).stdout
    assert "ACH001" in out and "ACM001" in out


def test_rule_that_hangs_is_stopped_and_reported():
    import time as _time

    from lintnews.rule import Rule

    class Hang(Rule):
        code, name, category, summary = "HNG001", "hang", "style", "never returns"

        def check(self, doc):
            while True:
                _time.sleep(0.01)
            yield  # pragma: no cover

    class HangPlugin:
        @lintnews.hookimpl
        def lintnews_rules(self):
            return [Hang()]

    engine = Linter(Plugins(autoload=False, extra=[("hanger", HangPlugin())]))
    engine.rule_timeout = 0.3
    findings = engine.lint_text("It may partly work.", "d.md", linter_settings(["ALL"]))
    assert "HDG001" in [f.code for f in findings]
    (hung,) = [f for f in findings if f.code == "LN002"]
    assert "plugin 'hanger'" in hung.message and "HNG001" in hung.message and "stopped" in hung.message


def test_time_limit_counts_each_rule_on_its_own():
    import time as _time

    from lintnews.rule import Rule

    def slow(code, seconds):
        class Slow(Rule):
            name, category, summary = f"slow-{code[-1]}", "style", "takes its time"

            def check(self, doc):
                _time.sleep(seconds)
                return iter(())

        Slow.code = code
        return Slow()

    class SlowPlugin:
        @lintnews.hookimpl
        def lintnews_rules(self):
            # two rules under the limit each, over it together; then one over it alone
            return [slow("SLW001", 0.25), slow("SLW002", 0.25), slow("SLW003", 5)]

    engine = Linter(Plugins(autoload=False, extra=[("slow", SlowPlugin())]))
    engine.rule_timeout = 0.4
    findings = engine.lint_text("Text.", "d.md", linter_settings(["SLW", "LN"]))
    stopped = [f.message for f in findings if f.code == "LN002"]
    assert len(stopped) == 1 and "SLW003" in stopped[0]


def test_entry_point_values_load_modules_and_attributes():
    from lintnews.engine.plugins import load_entry_point

    assert load_entry_point("lintnews.builtin") is sys.modules["lintnews.builtin"]
    assert load_entry_point("lintnews.engine.plugins:Plugins.rules [extra]") is Plugins.rules


def test_plugin_that_fails_to_register_becomes_ln002(tmp_path, monkeypatch):
    site = fake_distribution(tmp_path, "lintnews_badhook", "[lintnews]\nbadhook = lintnews_badhook\n")
    (site / "lintnews_badhook.py").write_text(
        "import pluggy\n"
        "hookimpl = pluggy.HookimplMarker('lintnews')\n"
        "@hookimpl\n"
        "def lintnews_rules(no_such_argument):\n"
        "    return []\n"
    )
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delenv("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    try:
        plugins = Plugins()
    finally:
        sys.modules.pop("lintnews_badhook", None)
    assert "badhook" not in plugins.names
    [problem] = plugins.problems
    assert problem.plugin == "badhook"
    assert problem.message.startswith("failed to register: PluginValidationError")


def test_the_built_in_plugin_alone_gives_what_the_plugin_manager_gives():
    """With no other plugin the built-in hooks are called without a plugin manager; the
    rules, packs and formatters are those pluggy's calls give (a plugin with no hooks
    makes a manager)."""

    class NoHooks:
        pass

    alone = Plugins(autoload=False)
    managed = Plugins(autoload=False, extra=[("nohooks", NoHooks())])
    assert alone.names == ["core"] and set(managed.names) == {"core", "nohooks"}
    assert [(r.code, r.plugin) for r in alone.rules()] == [(r.code, r.plugin) for r in managed.rules()]
    assert alone.pack_paths() == managed.pack_paths()
    assert list(alone.formatters()) == list(managed.formatters())
    assert alone.facts_paths() == managed.facts_paths() == []
    assert alone.kinds() == managed.kinds()
    # the manager, when asked for, holds the built-in plugin under its usual name
    assert [name for name, _ in alone.pm.list_name_plugin()] == ["core"]
    assert [impl.plugin_name for impl in alone.pm.hook.lintnews_rules.get_hookimpls()] == ["core"]
    assert [(r.code, r.plugin) for r in alone.rules()] == [(r.code, r.plugin) for r in managed.rules()]


def test_hookimpl_is_pluggys_marker():
    import pluggy

    import lintnews
    from lintnews import hookimpl

    assert hookimpl is lintnews.hookimpl
    assert isinstance(hookimpl, pluggy.HookimplMarker) and hookimpl.project_name == "lintnews"
    assert "hookimpl" in dir(lintnews)

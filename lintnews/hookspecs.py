"""Hook specifications for lintnews plugins.

A plugin is a **module** named by an entry point in the ``lintnews`` group::

    [project.entry-points.lintnews]
    acme = "lintnews_acme.plugin"

It implements any of the hooks below with the ``lintnews.hookimpl`` marker. Rules are
data returned by hooks, not hooks themselves, so selection, severity overrides and
``lintnews rule CODE`` treat built-in and third-party rules alike. The built-in rules,
packs and formatters are provided by :mod:`lintnews.builtin` through these same hooks.

A hook implementation that raises does not stop the run: the failure is reported as an
``LN002`` finding naming the plugin, and every other plugin still runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, List, Sequence

import pluggy

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

    from lintnews.output.base import Formatter
    from lintnews.kinds.base import PackRule
    from lintnews.rule import Rule

hookspec = pluggy.HookspecMarker("lintnews")

# --------------------------------------------------------------------------- rules


@hookspec
def lintnews_rules() -> "Sequence[Rule]":
    """Return Python-coded rules (instances of :class:`lintnews.rule.Rule`).

    Each rule needs a code whose prefix no other plugin uses, a kebab-case name, a
    category, a severity, a summary and a doc (its class docstring); see ``docs/plugins.md``.

    Called once per run; the results of all plugins are concatenated.
    """


@hookspec
def lintnews_rule_packs() -> "Sequence[Path]":
    """Return paths of YAML rule-pack files this plugin ships.

    Use ``importlib.resources.files(__package__) / "pack.yaml"`` (or a path next to
    the module) so that the pack works from a wheel.
    """


@hookspec
def lintnews_rule_kinds() -> "Dict[str, type[PackRule]]":
    """Return new YAML rule kinds: ``{"kind-name": PackRuleSubclass}``.

    A kind may not replace a built-in kind (``existence``, ``substitution``,
    ``pattern``, ``density``).
    """


# --------------------------------------------------------------------------- reference data


@hookspec
def lintnews_reference_facts() -> "List[Path]":
    """Return paths of reference-facts YAML files (see ``docs/facts.md``).

    They are read after the ``facts:`` file of the configuration, which wins where both
    describe the same entity.
    """


# --------------------------------------------------------------------------- output


@hookspec
def lintnews_formatters() -> "Dict[str, type[Formatter]]":
    """Return output formatters: ``{"format-name": FormatterSubclass}``.

    The names become values of ``lintnews check --format``.
    """

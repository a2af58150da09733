"""The engine: document in, findings out. Pure apart from reading pack and facts files.

:class:`Linter` loads plugins once, compiles each distinct set of packs once
(:class:`RuleSet`) and lints documents with the rules each file's settings select.
Configuration reaches a rule only as an argument: a rule that sets ``context = True``
is called as ``check(doc, context)`` with a :class:`lintnews.rule.Context` (settings,
its options, facts files, today's date); any other rule as ``check(doc)``. The document
itself carries nothing from the configuration. Rule failures become ``LN002`` findings;
suppressions and severity overrides are applied last. Nothing here prints or exits.
"""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple, Union

from lintnews.engine.config import Settings
from lintnews.text.document import Document, parse
from lintnews.engine.own_rules import ENGINE_RULES
from lintnews.kinds.base import PackRule
from lintnews.engine.pack_scanner import Scanner
from lintnews.model import Finding, LintError, Severity
from lintnews.engine.packs import Pack, load_packs
from lintnews.engine.plugins import PluginProblem, Plugins
from lintnews.text.pragmas import PragmaProblem, apply_suppressions, parse_suppressions
from lintnews.rule import NO_OPTIONS, Context, Options, Rule, default_options, resolve_options
from lintnews.engine.selection import is_enabled, severity_for, specificity, unknown_selectors
from lintnews.engine.timeouts import RULE_TIMEOUT_ENV, RuleClock, RuleTimeout


class RuleSet:
    """Every rule available with one list of packs, with selection memoised."""

    def __init__(self, python_rules: Sequence[Rule], packs: Sequence[Pack], user_packs: Sequence[Pack] = ()) -> None:
        packs = list(packs) + [p for p in user_packs if p not in packs]
        #: Rules of the user's own packs: each pack runs in a scanner of its own (see
        #: :meth:`user_scanners`).
        self.user_rules = frozenset(id(r) for p in user_packs for r in p.rules)
        self.packs = packs
        self.rules: List[Rule] = list(python_rules) + [r for p in packs for r in p.rules] + list(ENGINE_RULES)
        self.by_code: Dict[str, Rule] = {}
        seen_names: Dict[str, Rule] = {}
        for rule in self.rules:
            for key, table in ((rule.code, self.by_code), (rule.name, seen_names)):
                other = table.get(key)
                if other is not None and other is not rule:
                    raise LintError(
                        f"rule {key!r} is defined twice: by {_origin(other)} and by {_origin(rule)}"
                    )
                table[key] = rule
        self._enabled: Dict[Tuple, Tuple[List[Rule], Optional[Scanner]]] = {}
        self._user_scanners: Dict[Tuple, List[Tuple[str, Scanner]]] = {}
        self._options: Dict[Tuple, Dict[str, Options]] = {}

    def lookup(self, code: str) -> Optional[Rule]:
        return self.by_code.get(code)

    def is_known_selector(self, selector: str) -> bool:
        return not unknown_selectors([selector], self.rules)

    def check_selectors(self, settings: Settings) -> None:
        """Raise :class:`LintError` for a selector that names nothing, or a rule option
        that names no option of its rule or has a value of the wrong type."""
        where = settings.path or "command line"
        for key, sels in (("select", settings.selected), ("ignore", settings.ignore), ("severity", tuple(settings.severity))):
            bad = unknown_selectors(sels, self.rules)
            if bad:
                raise LintError(f"{where}: {key}: unknown rule, prefix, pack or category {bad[0]!r}")
        self.options(settings)

    def options(self, settings: Settings) -> Dict[str, Options]:
        """The options of every rule that has some, by code, under *settings*' ``rules``
        section (defaults where it says nothing); :class:`LintError` naming the config
        file, the rule and the option for an unknown option or a value of the wrong type."""
        key = _frozen(settings.rules)
        found = self._options.get(key)
        if found is None:
            found = {r.code: default_options(r) for r in self.rules if r.options}
            given: Dict[str, Dict[str, object]] = {}
            for selector, values in settings.rules.items():
                rule = self.by_code.get(selector) or next((r for r in self.rules if r.name == selector), None)
                line = getattr(values, "line", 0)
                where = f"{settings.path or 'configuration'}{f':{line}' if line else ''}: rules"
                if rule is None:
                    raise LintError(f"{where}: unknown rule {selector!r} (give a rule code or name, e.g. HDG005)")
                given.setdefault(rule.code, {}).update(values)
                try:
                    found[rule.code] = resolve_options(rule, given[rule.code])
                except ValueError as exc:
                    raise LintError(f"{where}: {rule.code} ({rule.name}): {exc}") from None
            self._options[key] = found
        return found

    def enabled(self, settings: Settings) -> Tuple[List[Rule], Optional[Scanner]]:
        """The selected Python rules and a scanner compiled for the selected rules of the
        packs that come with lintnews and its plugins (the user's own packs run apart:
        see :meth:`user_scanners`)."""
        key = (settings.selected, settings.ignore)
        cached = self._enabled.get(key)
        if cached is None:
            chosen = [r for r in self.rules if is_enabled(r, settings.selected, settings.ignore)]
            pack_rules = [r for r in chosen if isinstance(r, PackRule) and id(r) not in self.user_rules]
            others = [r for r in chosen if not isinstance(r, PackRule)]
            cached = (others, Scanner(pack_rules) if pack_rules else None)
            self._enabled[key] = cached
            by_pack: Dict[str, List[PackRule]] = {}
            for r in chosen:
                if isinstance(r, PackRule) and id(r) in self.user_rules:
                    by_pack.setdefault(r.pack, []).append(r)
            self._user_scanners[key] = [(name, Scanner(rules)) for name, rules in by_pack.items()]
        return cached

    def user_scanners(self, settings: Settings) -> List[Tuple[str, Scanner]]:
        """A scanner for the selected rules of each of the user's own packs, by pack
        name: a pack that fails or runs out of time costs no other pack's findings."""
        self.enabled(settings)
        return self._user_scanners[(settings.selected, settings.ignore)]


def _origin(rule: Rule) -> str:
    if isinstance(rule, PackRule):
        return f"pack {rule.pack!r}"
    return f"plugin {rule.plugin!r}" if rule.plugin else type(rule).__name__


class Linter:
    """Lints documents. Build once per process; it is reused for every file."""

    def __init__(
        self, plugins: Optional[Plugins] = None, autoload: Optional[bool] = None, stop_after_timeout: bool = False
    ) -> None:
        self.plugins = plugins or Plugins(autoload=autoload)
        self._python_rules = self.plugins.rules()
        self._kinds = self.plugins.kinds()
        self._builtin_packs = self.plugins.pack_paths()
        self._plugin_facts = self.plugins.facts_paths()
        self._rulesets: Dict[Tuple[Path, ...], RuleSet] = {}
        self._checked: set = set()
        #: Seconds one rule may spend on one document, over the settings' ``rule-timeout``
        #: (None: the settings decide). Set from ``LINTNEWS_RULE_TIMEOUT`` when it is set.
        self.rule_timeout: Optional[float] = _env_timeout()
        #: With *stop_after_timeout* (the command line), a rule or pack that ran out of
        #: time is not run again by this linter: ``{id: (what, the draft it stopped on)}``.
        #: Each later draft gets an ``LN002`` saying so.
        self.stop_after_timeout = stop_after_timeout
        self.stopped: Dict[int, Tuple[str, str]] = {}

    def ruleset(self, settings: Optional[Settings] = None) -> RuleSet:
        """The rule set for *settings* (built-in packs plus its extra packs)."""
        extra = tuple(settings.packs) if settings else ()
        rs = self._rulesets.get(extra)
        if rs is None:
            packs = load_packs(list(self._builtin_packs), self._kinds)
            user = load_packs(list(extra), self._kinds, user=True) if extra else []
            _check_prefixes(packs + user)
            rs = RuleSet(self._python_rules, packs, user)
            self._rulesets[extra] = rs
        return rs

    @property
    def problems(self) -> List[PluginProblem]:
        return self.plugins.problems

    def lint_text(self, text: str, path: str = "<text>", settings: Optional[Settings] = None, fmt: Optional[str] = None) -> List[Finding]:
        """Parse and lint *text*; *path* picks Markdown or plain text unless *fmt* says."""
        return self.lint_document(parse(text, path, fmt), settings)

    def lint_document(self, doc: Document, settings: Optional[Settings] = None) -> List[Finding]:
        """All findings for *doc*, sorted, with suppressions and overrides applied."""
        (outcome,) = self.lint_documents([(doc, settings)])
        if isinstance(outcome, LintError):
            raise outcome
        return outcome

    def lint_documents(
        self, items: Sequence[Tuple[Document, Optional[Settings]]]
    ) -> List[Union[List[Finding], LintError]]:
        """:meth:`lint_document` for several documents: the findings of each, or the
        :class:`LintError` (a bad configuration or facts file) that stopped it.

        The rules run rule by rule over the whole batch rather than document by
        document: each rule's code and expressions then stay in the processor's caches
        while it reads every document, which is about a fifth faster on a corpus. What
        each document gets is the same either way.
        """
        jobs = []
        outcomes: List[Union[List[Finding], LintError]] = []
        today = _dt.date.today()
        for doc, settings in items:
            settings = settings or Settings()
            try:
                rs = self.ruleset(settings)
                key = (id(rs), settings.selected, settings.ignore, tuple(settings.severity), _frozen(settings.rules))
                if key not in self._checked:
                    rs.check_selectors(settings)
                    self._checked.add(key)
                options = rs.options(settings)
            except LintError as exc:
                outcomes.append(exc)
                continue
            facts = ([settings.facts] if settings.facts else []) + list(self._plugin_facts)
            python_rules, scanner = rs.enabled(settings)
            scanners = ([("packs", scanner)] if scanner is not None else []) + [
                (f"pack '{name}'", s) for name, s in rs.user_scanners(settings)
            ]
            job = _Job(doc, settings, rs, python_rules, scanners, _Base(settings, options, facts, today))
            jobs.append(job)
            outcomes.append(job)  # replaced by its findings below
        self._run(jobs)
        for i, outcome in enumerate(outcomes):
            if isinstance(outcome, _Job):
                outcomes[i] = outcome.error if outcome.error is not None else self._finish(outcome)
        return outcomes

    def _finish(self, job: "_Job") -> List[Finding]:
        doc, settings, rs, findings = job.doc, job.settings, job.rs, job.findings
        findings = self._suppress(doc, rs, settings, [f for f in findings if f.code != NOT_CHECKED])
        if settings.severity:
            findings = [
                f if (s := severity_for(rs.lookup(f.code) or _Stub(f), settings.severity)) == f.severity
                else f.replace(severity=s)
                for f in findings
            ]
        # A check that could not run is reported whatever select, ignore, severity and
        # suppression comments say: a gate never passes a draft it did not fully check.
        failures = job.failures + [(p.plugin, p.message) for p in self.plugins.problems]
        ln002 = rs.lookup(NOT_CHECKED)
        for plugin, message in failures:
            text = f"plugin '{plugin}': {message}; the other rules still ran"
            findings.append(ln002.report_source(doc, 0, 0, text).replace(severity=Severity.ERROR))
        return sorted(set(findings), key=sort_key)

    def _run(self, jobs: List["_Job"]) -> None:
        """Run every job's rules under its time limit (jobs with the same limit together)."""
        by_limit: Dict[float, List[_Job]] = {}
        for job in jobs:
            limit = self.rule_timeout if self.rule_timeout is not None else job.settings.rule_timeout
            by_limit.setdefault(limit, []).append(job)
        for limit, group in by_limit.items():
            self._run_limited(group, limit)

    def _run_limited(self, jobs: List["_Job"], limit: float) -> None:
        """Run every job's rules, rule by rule over the jobs, each rule on each document
        under a time limit of *limit* seconds; a rule that fails is recorded on its job."""
        order: Dict[int, Rule] = {}  # every rule of the batch, in the order the jobs list them
        for job in jobs:
            for rule in job.python_rules:
                order.setdefault(id(rule), rule)
        stopped = self.stopped
        with RuleClock(limit) as clock:
            for rule in order.values():
                wants_context = rule.context is True
                plugin = rule.plugin or type(rule).__module__
                what = f"rule {rule.code} ({rule.name})"
                for job in jobs:
                    if job.error is not None or rule not in job.rule_set:
                        continue
                    if id(rule) in stopped:
                        job.failures.append((plugin, _not_run(what, stopped[id(rule)][1], limit)))
                        continue
                    try:
                        clock.start()
                        if wants_context:
                            job.findings.extend(rule.check(job.doc, job.base.context(rule)))
                        else:
                            job.findings.extend(rule.check(job.doc))
                    except RuleTimeout:
                        job.failures.append((plugin, f"{what} ran for more than {limit:g} s on this draft and was stopped"))
                        if self.stop_after_timeout:
                            stopped[id(rule)] = (what, job.doc.path)
                    except LintError as exc:
                        job.error = exc  # bad input or configuration (e.g. a facts file): exit status 2
                    except Exception as exc:  # isolate the failing rule
                        job.failures.append((plugin, f"{what} raised {_exc(exc)}"))
                    finally:
                        clock.stop()
            for job in jobs:
                for label, scanner in job.scanners:
                    if job.error is not None:
                        break
                    what = f"the rules of {label}"
                    if id(scanner) in stopped:
                        job.failures.append((label, _not_run(what, stopped[id(scanner)][1], limit)))
                        continue
                    try:
                        clock.start()
                        job.findings.extend(scanner.run(job.doc, job.settings))
                    except RuleTimeout:
                        job.failures.append((label, f"{what} ran for more than {limit:g} s on this draft and were stopped"))
                        if self.stop_after_timeout:
                            stopped[id(scanner)] = (what, job.doc.path)
                    except LintError as exc:
                        job.error = exc
                    except Exception as exc:
                        job.failures.append((label, f"{what} raised {_exc(exc)}"))
                    finally:
                        clock.stop()

    def _suppress(self, doc: Document, rs: RuleSet, settings: Settings, findings: List[Finding]) -> List[Finding]:
        if not doc.pragmas:
            return findings
        sups, problems = parse_suppressions(doc, rs.is_known_selector)

        def matches(selector: str, f: Finding) -> bool:
            rule = rs.lookup(f.code)
            return specificity(selector, rule or _Stub(f)) is not None

        kept = apply_suppressions([f for f in findings if f.code not in ("LN900", "LN901")], sups, matches)
        for sup in sups:
            if not sup.used:
                what = ", ".join(sup.selectors) or "any rule"
                problems.append(
                    PragmaProblem(sup.pragma, "LN901", f"'{sup.pragma.directive}' for {what} suppressed nothing")
                )
        for problem in problems:
            rule = rs.lookup(problem.code)
            if rule is not None and is_enabled(rule, settings.selected, settings.ignore):
                kept.append(rule.report_source(doc, problem.pragma.offset, problem.pragma.end, problem.message))
        return kept


class _Base:
    """What every rule's :class:`Context` shares for one document."""

    __slots__ = ("settings", "options", "facts", "today")

    def __init__(self, settings: Settings, options: Dict[str, Options], facts: List[Path], today: _dt.date) -> None:
        self.settings, self.options, self.facts, self.today = settings, options, tuple(facts), today

    def context(self, rule: Rule) -> Context:
        return Context(self.settings, self.options.get(rule.code, NO_OPTIONS), self.facts, self.today, self.options)


class _Job:
    """One document of a batch: its settings, rules and what running them gave."""

    __slots__ = (
        "doc", "settings", "rs", "python_rules", "rule_set", "scanners", "base", "findings", "failures",
        "error"
    )

    def __init__(
        self, doc: Document, settings: Settings, rs: RuleSet, python_rules: List[Rule],
        scanners: List[Tuple[str, Scanner]], base: _Base,
    ) -> None:
        self.doc = doc
        self.settings = settings
        self.rs = rs
        self.python_rules = python_rules
        self.rule_set = frozenset(python_rules)
        self.scanners = scanners
        self.base = base
        self.findings: List[Finding] = []
        self.failures: List[Tuple[str, str]] = []
        self.error: Optional[LintError] = None


class _Stub:
    """Selection view of a finding whose rule is unknown to the rule set."""

    def __init__(self, f: Finding) -> None:
        self.code, self.name, self.category, self.severity, self.pack = f.code, f.name, f.category, f.severity, ""


#: The code of a check that could not run (a rule, plugin or pack that failed or ran out
#: of time): never suppressed, ignored or re-levelled.
NOT_CHECKED = "LN002"


def _not_run(what: str, where: str, limit: float) -> str:
    return (
        f"{what} did not run on this draft: it ran for more than {limit:g} s on {where} "
        "and is not run again in this run"
    )


def _check_prefixes(packs: Sequence[Pack]) -> None:
    """Two packs may not share a code prefix."""
    from lintnews.engine.packs import PackError

    seen: Dict[str, Pack] = {}
    for pack in packs:
        other = seen.setdefault(pack.prefix, pack)
        if other is not pack and other.path != pack.path:
            raise PackError(f"{pack.path}: prefix {pack.prefix!r} is already used by {other.path}")


def _env_timeout() -> Optional[float]:
    value = os.environ.get(RULE_TIMEOUT_ENV, "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if seconds < 0:
        raise LintError(f"{RULE_TIMEOUT_ENV}={value!r}: must be a number of seconds (0: no limit)")
    return seconds


def _frozen(value: object) -> object:
    """*value* (a ``rules`` section) as a hashable key."""
    if isinstance(value, dict):
        return tuple((k, _frozen(v)) for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        return tuple(_frozen(v) for v in value)
    return value


def _exc(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def sort_key(f: Finding) -> Tuple:
    """The order every formatter prints in (a tuple: much faster than dataclass ordering)."""
    return (f.path, f.line, f.column, f.end_line, f.end_column, f.code, f.message)


def worst(findings: Iterable[Finding]) -> Optional[Severity]:
    """The highest severity among *findings*, or None."""
    return max((f.severity for f in findings), default=None)

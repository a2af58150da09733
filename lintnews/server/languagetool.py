"""LanguageTool's HTTP API (``/v2/check``, ``/v2/languages``) in lintnews's terms.

Pure functions, no web framework: the app parses the form, :func:`parse_check_form`
turns it into a :class:`CheckRequest`, a worker lints the text and :func:`matches`
turns the findings into LanguageTool matches.

- The text is LanguageTool's ``text`` field, or its ``data`` field: annotated text,
  ``{"annotation": [{"text": ...}, {"markup": ..., "interpretAs": ...}]}``. Markup is
  not linted (its ``interpretAs``, if any, stands in for it) and match offsets point
  into the whole document, markup included, as LanguageTool's do.
- Offsets and lengths count UTF-16 code units (Java's ``String`` indices), which is what
  every LanguageTool client expects; lintnews counts code points, so the two differ only
  after a character outside the Basic Multilingual Plane (an emoji, say).
- ``rule.id`` is the lintnews code (``HDG001``) and ``rule.category`` the family
  (``{"id": "HEDGING", "name": "Hedging"}``). ``enabledRules`` and ``disabledRules``
  take lintnews codes or names, ``enabledCategories`` and ``disabledCategories`` the
  family ids; ids lintnews does not know (LanguageTool's own rules, which clients such as
  LTeX send from their settings) are ignored, as LanguageTool ignores unknown ids.
- lintnews checks English: ``language`` may be ``auto``, ``en`` or any ``en-XX``.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

#: The families (finding categories) as LanguageTool categories: id and name.
CATEGORIES: Dict[str, Tuple[str, str]] = {
    "claims": ("CLAIMS", "Unsupported claims"),
    "figures": ("FIGURES", "Inconsistent figures"),
    "hedging": ("HEDGING", "Hedging"),
    "garbled": ("GARBLED", "Garbled phrasing"),
    "style": ("STYLE", "House style"),
    "engine": ("LINTNEWS", "lintnews"),
}
#: LanguageTool issue types (they pick the colour in some clients), by family.
ISSUE_TYPES = {
    "claims": "uncategorized",
    "figures": "inconsistency",
    "hedging": "style",
    "garbled": "grammar",
    "style": "style",
    "engine": "other",
}
#: The languages ``/v2/languages`` lists: lintnews checks English, in any variant.
LANGUAGES: List[Dict[str, str]] = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (Australian)", "code": "en", "longCode": "en-AU"},
    {"name": "English (Canadian)", "code": "en", "longCode": "en-CA"},
    {"name": "English (New Zealand)", "code": "en", "longCode": "en-NZ"},
    {"name": "English (South African)", "code": "en", "longCode": "en-ZA"},
]
_LANGUAGE_NAMES = {lang["longCode"].lower(): lang["name"] for lang in LANGUAGES}
_LANGUAGE_CODE = re.compile(r"^en(?:-[A-Za-z0-9]{2,8})*$", re.IGNORECASE)
#: Characters of context on each side of a match, as LanguageTool's default.
CONTEXT = 40


class RequestError(ValueError):
    """A malformed request: the message is safe to show (it never quotes the draft)."""


@dataclass(frozen=True)
class Segment:
    """A stretch of the annotated document: ``plain_start``/``plain_len`` in the text
    lintnews checks, ``start``/``length`` in the whole document; markup or text."""

    plain_start: int
    plain_len: int
    start: int
    length: int
    markup: bool


@dataclass
class CheckRequest:
    """A ``/v2/check`` request, validated: what to lint and which rules to run."""

    #: The whole document (markup included) that offsets point into.
    original: str
    #: The text lintnews checks (markup replaced by its ``interpretAs``).
    plain: str
    #: Maps plain offsets to document offsets; None when the two are the same text.
    segments: Optional[List[Segment]]
    language: str
    enabled_rules: Tuple[str, ...] = ()
    disabled_rules: Tuple[str, ...] = ()
    enabled_categories: Tuple[str, ...] = ()
    disabled_categories: Tuple[str, ...] = ()
    enabled_only: bool = False


def _ids(value: Optional[str]) -> Tuple[str, ...]:
    if not value:
        return ()
    return tuple(v.strip() for v in value.split(",") if v.strip())


def parse_language(value: Optional[str]) -> str:
    """The language code to answer with; :class:`RequestError` for a missing or
    non-English one."""
    if value is None or not value.strip():
        raise RequestError("missing 'language' parameter (e.g. en-US, or auto)")
    value = value.strip()
    if value.lower() == "auto":
        return "auto"
    if not _LANGUAGE_CODE.match(value):
        raise RequestError(f"lintnews checks English only: language must be auto, en or en-XX, not {value[:20]!r}")
    return value


def language_info(code: str) -> Dict[str, Any]:
    """LanguageTool's ``language`` object for the language the text was checked as.

    lintnews does not detect languages: with ``auto`` the text is checked as English and
    the detection confidence is given as 0."""
    if code == "auto":
        name, long_code, confidence = "English", "en", 0.0
    else:
        long_code = code
        name = _LANGUAGE_NAMES.get(code.lower(), "English")
        confidence = 1.0
    return {
        "name": name,
        "code": long_code,
        "detectedLanguage": {"name": name, "code": long_code, "confidence": confidence},
    }


def parse_annotation(data: str) -> Tuple[str, str, List[Segment]]:
    """``(document, plain text, segments)`` of LanguageTool's annotated ``data``."""
    try:
        parsed = json.loads(data)
    except ValueError:
        raise RequestError("'data' is not valid JSON (expected {\"annotation\": [...]})") from None
    items = parsed.get("annotation") if isinstance(parsed, dict) else None
    if not isinstance(items, list):
        raise RequestError("'data' must be a JSON object with an 'annotation' list")
    original: List[str] = []
    plain: List[str] = []
    segments: List[Segment] = []
    at = plain_at = 0
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise RequestError(f"'data' annotation {i}: must be an object with 'text' or 'markup'")
        text, markup, interpret = item.get("text"), item.get("markup"), item.get("interpretAs")
        if text is not None and markup is None and interpret is None:
            if not isinstance(text, str):
                raise RequestError(f"'data' annotation {i}: 'text' must be a string")
            source, checked, is_markup = text, text, False
        elif markup is not None and text is None:
            if not isinstance(markup, str) or not isinstance(interpret, (str, type(None))):
                raise RequestError(f"'data' annotation {i}: 'markup' and 'interpretAs' must be strings")
            source, checked, is_markup = markup, interpret or "", True
        else:
            raise RequestError(f"'data' annotation {i}: give either 'text', or 'markup' (with an optional 'interpretAs')")
        segments.append(Segment(plain_at, len(checked), at, len(source), is_markup))
        original.append(source)
        plain.append(checked)
        at += len(source)
        plain_at += len(checked)
    return "".join(original), "".join(plain), segments


def parse_check_form(form: Mapping[str, str]) -> CheckRequest:
    """Validate the fields of a ``/v2/check`` request; :class:`RequestError` if bad."""
    language = parse_language(form.get("language"))
    text, data = form.get("text"), form.get("data")
    if text is not None and data is not None:
        raise RequestError("give either 'text' or 'data', not both")
    if text is not None:
        original, plain, segments = text, text, None
    elif data is not None:
        original, plain, segments = parse_annotation(data)
    else:
        raise RequestError("missing 'text' or 'data' parameter")
    enabled_only = (form.get("enabledOnly") or "false").strip().lower()
    if enabled_only not in ("true", "false"):
        raise RequestError("'enabledOnly' must be true or false")
    return CheckRequest(
        original=original,
        plain=plain,
        segments=segments,
        language=language,
        enabled_rules=_ids(form.get("enabledRules")),
        disabled_rules=_ids(form.get("disabledRules")),
        enabled_categories=_ids(form.get("enabledCategories")),
        disabled_categories=_ids(form.get("disabledCategories")),
        enabled_only=enabled_only == "true",
    )


def family(category_id: str) -> Optional[str]:
    """The lintnews category a LanguageTool category id names (any case), or None."""
    wanted = category_id.strip().upper()
    for name, (cid, _) in CATEGORIES.items():
        if wanted in (cid, name.upper()):
            return name
    return None


# --------------------------------------------------------------------------- offsets


class Utf16:
    """Converts code-point offsets of one string to UTF-16 code-unit offsets."""

    _ASTRAL = re.compile("[\U00010000-\U0010ffff]")

    def __init__(self, text: str) -> None:
        self.astral = [m.start() for m in self._ASTRAL.finditer(text)]

    def __call__(self, offset: int) -> int:
        if not self.astral:
            return offset
        return offset + bisect.bisect_left(self.astral, offset)


def to_document(segments: Optional[Sequence[Segment]], start: int, end: int) -> Tuple[int, int]:
    """The document span (code points) of the plain-text span ``[start, end)``.

    A span that starts or ends inside markup's ``interpretAs`` widens to the markup."""
    if segments is None:
        return start, end
    starts = [s.plain_start for s in segments]

    def segment(offset: int) -> Segment:
        i = bisect.bisect_right(starts, offset) - 1
        while i > 0 and segments[i].plain_len == 0 and segments[i].plain_start == offset:
            i -= 1  # a zero-width segment (markup read as nothing) starts no plain text
        return segments[max(i, 0)]

    first = segment(start)
    doc_start = first.start if first.markup else first.start + min(start - first.plain_start, first.length)
    if end <= start:
        return doc_start, doc_start
    last = segment(end - 1)
    doc_end = last.start + last.length if last.markup else last.start + (end - 1 - last.plain_start) + 1
    return doc_start, max(doc_end, doc_start)


# --------------------------------------------------------------------------- matches

_ALTERNATIVES = re.compile(r"'([^']+)'")
_QUOTED_LIST = re.compile(r"^'[^']+'(?:(?:, | or |, or )'[^']+')*$")


def replacements(finding: Mapping[str, Any], source: str) -> List[str]:
    """What may replace the flagged span: the fix's result when the fix stays inside the
    span, else the quoted alternatives of the suggestion (``'a' or 'b'``). A suggestion
    that is advice rather than words to put in ("name the source") gives none."""
    start, end = finding["offset"], finding["end_offset"]
    fix = finding.get("fix")
    if fix:
        edits = sorted(fix["edits"], key=lambda e: e["start"])
        if all(start <= e["start"] <= e["end"] <= end for e in edits):
            out, at = [], start
            for e in edits:
                out.append(source[at : e["start"]])
                out.append(e["replacement"])
                at = e["end"]
            out.append(source[at:end])
            return ["".join(out)]
    suggestion = finding.get("suggestion")
    if suggestion and _QUOTED_LIST.match(suggestion):
        return _ALTERNATIVES.findall(suggestion)
    return []


def _context(plain: str, start: int, end: int) -> Dict[str, Any]:
    left, right = max(0, start - CONTEXT), min(len(plain), end + CONTEXT)
    before = ("..." if left > 0 else "") + plain[left:start]
    flagged = plain[start:end]
    after = plain[end:right] + ("..." if right < len(plain) else "")
    text = re.sub(r"[\r\n\t]", " ", before + flagged + after)
    units = Utf16(text)
    offset = units(len(before))
    return {"text": text, "offset": offset, "length": units(len(before) + len(flagged)) - offset}


def matches(
    request: CheckRequest,
    findings: Sequence[Mapping[str, Any]],
    sentences: Sequence[Tuple[int, int, str]],
    summaries: Mapping[str, str],
) -> List[Dict[str, Any]]:
    """LanguageTool matches for *findings* (``Finding.to_dict()`` of the plain text).

    *sentences* are ``(start, end, text)`` in plain-text offsets, sorted; *summaries*
    gives each rule code's one-line summary (``rule.description``)."""
    units = Utf16(request.original)
    starts = [s[0] for s in sentences]
    out = []
    for f in findings:
        start, end = f["offset"], f["end_offset"]
        doc_start, doc_end = to_document(request.segments, start, end)
        offset = units(doc_start)
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and sentences[i][0] <= start < max(sentences[i][1], sentences[i][0] + 1):
            sentence = sentences[i][2]
        else:  # outside any sentence (a heading, say): the line it is on
            line_start = request.plain.rfind("\n", 0, start) + 1
            line_end = request.plain.find("\n", start)
            sentence = request.plain[line_start : line_end if line_end >= 0 else len(request.plain)].strip()
        cid, cname = CATEGORIES.get(f["category"], (f["category"].upper(), f["category"]))
        rule: Dict[str, Any] = {
            "id": f["code"],
            "description": summaries.get(f["code"]) or f["name"],
            "issueType": ISSUE_TYPES.get(f["category"], "uncategorized"),
            "category": {"id": cid, "name": cname},
        }
        if f.get("url"):
            rule["urls"] = [{"value": f["url"]}]
        out.append(
            {
                "message": f["message"],
                "shortMessage": cname,
                "replacements": [{"value": r} for r in replacements(f, request.plain)],
                "offset": offset,
                "length": units(doc_end) - offset,
                "context": _context(request.plain, start, end),
                "sentence": sentence,
                "type": {"typeName": "Other"},
                "rule": rule,
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            }
        )
    return out


def response(version: str, language: str, found: List[Dict[str, Any]], incomplete: bool = False) -> Dict[str, Any]:
    """The whole ``/v2/check`` answer; *incomplete* when a check could not run (a rule
    that failed or ran out of time, reported as an ``LN002`` match)."""
    return {
        "software": {
            "name": "lintnews",
            "version": version,
            "buildDate": "",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": incomplete},
        "language": language_info(language),
        "matches": found,
    }

"""LanguageTool's API in lintnews's terms (lintnews.server.languagetool): the form
fields, annotated text and its offsets, UTF-16 units, replacements, categories.
Pure functions: no server, no web framework."""

from __future__ import annotations

import json

import pytest

from lintnews.server import languagetool as lt


def _annotated(*parts):
    return json.dumps({"annotation": list(parts)})


def test_text_form():
    req = lt.parse_check_form({"text": "Hello.", "language": "en-GB", "disabledRules": "HDG001, ,GRB001"})
    assert req.plain == req.original == "Hello." and req.segments is None
    assert req.language == "en-GB" and req.disabled_rules == ("HDG001", "GRB001")
    assert not req.enabled_only


@pytest.mark.parametrize(
    "form,message",
    [
        ({"language": "en"}, "missing 'text' or 'data'"),
        ({"text": "x"}, "missing 'language'"),
        ({"text": "x", "language": "fr-FR"}, "English only"),
        ({"text": "x", "language": "en-US", "data": "{}"}, "either 'text' or 'data'"),
        ({"data": "[", "language": "en"}, "not valid JSON"),
        ({"data": '{"annotation": {}}', "language": "en"}, "'annotation' list"),
        ({"data": _annotated({"text": "a", "markup": "b"}), "language": "en"}, "annotation 0"),
        ({"data": _annotated({"markup": 3}), "language": "en"}, "annotation 0"),
        ({"text": "x", "language": "en", "enabledOnly": "yes"}, "enabledOnly"),
    ],
)
def test_bad_forms(form, message):
    with pytest.raises(lt.RequestError, match=message):
        lt.parse_check_form(form)


def test_auto_and_variants_are_english():
    assert lt.parse_language("auto") == "auto"
    assert lt.parse_language("en-ZA") == "en-ZA"
    assert lt.language_info("en-US")["name"] == "English (US)"
    assert lt.language_info("auto")["detectedLanguage"]["confidence"] == 0.0


def test_annotated_text_maps_plain_offsets_back_to_the_document():
    original, plain, segments = lt.parse_annotation(
        _annotated(
            {"markup": "<p>", "interpretAs": "\n\n"},
            {"text": "Rates may "},
            {"markup": "<em>"},
            {"text": "rise"},
            {"markup": "</em>"},
            {"text": " again."},
        )
    )
    assert plain == "\n\nRates may rise again."
    assert original == "<p>Rates may <em>rise</em> again."

    def doc(word):
        start = plain.index(word)
        s, e = lt.to_document(segments, start, start + len(word))
        return original[s:e]

    assert doc("Rates") == "Rates"
    assert doc("rise") == "rise"
    assert doc("may rise") == "may <em>rise"
    assert doc("rise again") == "rise</em> again"
    # A span that starts in markup read as text widens to the markup.
    s, e = lt.to_document(segments, 0, 7)
    assert original[s:e] == "<p>Rates"


def test_utf16_units():
    text = "a🎉b😀c"
    units = lt.Utf16(text)
    assert [units(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert lt.Utf16("plain")(3) == 3


def _finding(source, word, suggestion=None, fix=None):
    start = source.index(word)
    return {"offset": start, "end_offset": start + len(word), "suggestion": suggestion, "fix": fix}


def test_replacements_come_from_fixes_and_quoted_suggestions():
    source = "We met in order to talk, irregardless."
    whole = _finding(source, "in order to", "to", {"safe": True, "edits": [{"start": 7, "end": 18, "replacement": "to"}]})
    assert lt.replacements(whole, source) == ["to"]
    # A fix that changes part of the span: the span as it would read after the fix.
    part = _finding(source, "in order to", None, {"safe": False, "edits": [{"start": 7, "end": 16, "replacement": ""}]})
    assert lt.replacements(part, source) == ["to"]
    alternatives = _finding(source, "irregardless", "'regardless' or 'irrespective'")
    assert lt.replacements(alternatives, source) == ["regardless", "irrespective"]
    advice = _finding(source, "irregardless", "name the source, or cut the claim")
    assert lt.replacements(advice, source) == []


def test_matches_shape():
    text = "Intro. The pier may possibly perhaps reopen."
    req = lt.parse_check_form({"text": text, "language": "en-US"})
    start = text.index("may possibly perhaps")
    finding = {
        "offset": start, "end_offset": start + 20, "code": "HDG001", "name": "stacked-hedge",
        "category": "hedging", "message": "Stacked hedge", "suggestion": None, "fix": None, "url": "https://example.org/HDG001",
    }
    (match,) = lt.matches(req, [finding], [(0, 6, "Intro."), (7, len(text), text[7:])], {"HDG001": "Stacked hedges."})
    assert (match["offset"], match["length"]) == (start, 20)
    assert match["sentence"] == "The pier may possibly perhaps reopen."
    assert match["rule"] == {
        "id": "HDG001", "description": "Stacked hedges.", "issueType": "style",
        "category": {"id": "HEDGING", "name": "Hedging"}, "urls": [{"value": "https://example.org/HDG001"}],
    }
    assert match["context"]["text"][match["context"]["offset"] :][:20] == "may possibly perhaps"
    assert match["replacements"] == []


def test_categories_by_id_or_family_name():
    assert lt.family("HEDGING") == lt.family("hedging") == "hedging"
    assert lt.family("TYPOS") is None

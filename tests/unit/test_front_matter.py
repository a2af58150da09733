"""Front matter read without PyYAML for the usual shape, always as PyYAML reads it."""

from __future__ import annotations

import datetime

import yaml
from hypothesis import given, settings, strategies as st

from lintnews.text import front_matter
from lintnews.text.document import parse


def test_usual_front_matter_is_read_without_pyyaml(monkeypatch):
    text = 'title: "Port strike: what happens next"\ndesk: business\ndate: 2026-03-04\nby: \'Ann O\'\n'
    monkeypatch.setattr(yaml, "safe_load", lambda *_: (_ for _ in ()).throw(AssertionError("PyYAML used")))
    assert front_matter.load(text) == {
        "title": "Port strike: what happens next", "desk": "business", "date": datetime.date(2026, 3, 4), "by": "Ann O",
    }


def test_other_shapes_go_to_pyyaml():
    for text in ["tags:\n  - a\n  - b\n", "count: 12\n", "on: yes\n", "draft: true\n", "title: a # note\n",
                 "when: 2026-02-30x\n", "x: null\n", "a: [1, 2]\n", "t: \"a\\tb\"\n"]:
        assert front_matter._simple(text) is None, text
        assert front_matter.load(text) == yaml.safe_load(text)


def test_broken_front_matter_is_an_empty_mapping():
    doc = parse("---\ntitle: [unclosed\n---\n\nText.\n", "d.md")
    assert doc.front_matter == {}


_KEYS = st.sampled_from(["title", "desk", "date", "on", "yes", "by", "Null", "a_b", "x-y"])
_VALUES = st.one_of(
    st.text(alphabet="abcXYZ019 :#'\"-,.&()[]{}!|>*%@`\\\t", max_size=12),
    st.sampled_from(["yes", "No", "null", "~", "true", "OFF", "2026-03-04", "2026-13-01", "12", "1.5", "e2e",
                     "'it''s'", '"quoted"', "'single'", "Port strike", "Moscow's view", "a: b", "x #y"]),
)


@settings(deadline=None)
@given(st.lists(st.tuples(_KEYS, _VALUES, st.sampled_from(["", " ", "  ", "\t"])), min_size=1, max_size=5))
def test_whatever_is_read_without_pyyaml_is_what_pyyaml_reads(lines):
    text = "\n".join(f"{k}:{gap}{v}" for k, v, gap in lines) + "\n"
    fast = front_matter._simple(text)
    if fast is not None:
        assert fast == yaml.safe_load(text)

"""Figure extraction: values, units, qualifiers and exact spans."""

import pytest

from lintnews.text.document import parse
from lintnews.analysis.figures.numbers import parse_digits, parse_words
from lintnews.analysis.figures.extract import quantities


def figures(text, path="draft.md"):
    doc = parse(text, path)
    return [(q.text, q.dim, q.value) for q in quantities(doc)]


def one(text):
    doc = parse(text, "draft.md")
    found = quantities(doc)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


class TestNumbers:
    @pytest.mark.parametrize(
        "text,value,half",
        [("4,000", 4000, 40), ("3.25", 3.25, 0.005), ("52", 52, 0.5), ("1,000,000", 1e6, 10000), ("2½", 2.5, 0)],
    )
    def test_digits(self, text, value, half):
        n = parse_digits(text)
        assert (n.value, n.half) == (value, half)

    @pytest.mark.parametrize(
        "text,value",
        [("twelve", 12), ("twenty-five", 25), ("two hundred and fifty", 250), ("a dozen", 12),
         ("two-thirds", 2 / 3), ("three quarters", 0.75), ("one and a half", 1.5), ("half a million", 5e5),
         ("a million", 1e6)],
    )
    def test_words(self, text, value):
        assert parse_words(text).value == pytest.approx(value)

    def test_vague_amounts_are_marked(self):
        assert parse_words("dozens").kind == "vague"
        q = one("Dozens of people gathered.")
        assert q.vague and not q.comparable


class TestExtraction:
    def test_scales_and_currencies(self):
        assert figures("Profits rose to £4.5bn, $639m and 1.2 trillion yen; tickets cost 50p.") == [
            ("£4.5bn", "currency", 4.5e9), ("$639m", "currency", 6.39e8), ("1.2 trillion yen", "currency", 1.2e12),
            ("50p", "currency", 0.5),
        ]

    def test_currency_codes(self):
        doc = parse("It paid US$5m, HK$2bn and 30 euros.", "d.md")
        assert [q.currency for q in quantities(doc)] == ["USD", "HKD", "EUR"]

    def test_percentages_and_points(self):
        assert figures("Rates rose 0.25 percentage points to 2.5 per cent, or 3%.") == [
            ("0.25 percentage points", "pp", 0.25), ("2.5 per cent", "percent", 2.5), ("3%", "percent", 3),
        ]

    def test_units(self):
        found = figures("The path is 5 km (3 miles), the farm 2 hectares; it hit 30C and weighs 16 tonnes.")
        assert [(t, d) for t, d, _ in found] == [
            ("5 km", "length"), ("3 miles", "length"), ("2 hectares", "area"), ("30C", "temperature"),
            ("16 tonnes", "mass"),
        ]

    def test_exact_spans_map_to_source_columns(self, linter):
        doc = parse("# Title\n\nThe **bridge** is 2,737 metres long.\n", "d.md")
        q = quantities(doc)[0]
        start, end = q.region.source_span(q.start, q.end)
        assert doc.source[start:end] == "2,737 metres"
        assert doc.position(start) == (3, 19)

    def test_number_words_need_a_noun_or_unit(self):
        assert figures("One of them said two people and twelve staff came.") == [
            ("two", "count", 2), ("twelve", "count", 12),
        ]

    @pytest.mark.parametrize(
        "text",
        ["F-16s and G8 leaders met at No. 10.", "The 21st century began at 10:30 or 3pm.", "He told BBC Radio 2.",
         "The Six Nations resumed.", "They won 3-1 and drew 2-2.", "The 1980s were different."],
    )
    def test_codes_names_and_scores_are_not_compared(self, text):
        assert [q for q in quantities(parse(text, "d.md")) if q.comparable] == []

    def test_years_and_days(self):
        doc = parse("In 2004, on 3 March, 2000 people came.", "d.md")
        assert [(q.text, q.dim) for q in quantities(doc)] == [("2004", "year"), ("3", "day"), ("2000", "count")]


class TestQualifiersAndRanges:
    @pytest.mark.parametrize(
        "text,kind,low,high",
        [("more than 4,000 people", "over", 3960, float("inf")), ("up to 100 km", "under", -1, 101),
         ("about 50 staff", "about", 42.0, 58.0), ("nearly 40%", "nearly", 31.5, 40.5),
         ("5,000 or more people", "over", 4950, float("inf"))],
    )
    def test_qualifiers(self, text, kind, low, high):
        q = one(text)
        assert q.qualifier == kind
        assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))

    def test_qualifier_span_starts_at_the_qualifier(self):
        q = one("It has a range of up to 100 km.")
        assert q.region.text[q.qual_start : q.end] == "up to 100 km"

    @pytest.mark.parametrize(
        "text,low,high",
        [("between 10 and 12 people", 10, 12), ("£10-12m", 10e6, 12e6), ("10 to 12 people", 10, 12)],
    )
    def test_ranges(self, text, low, high):
        q = one(text)
        assert (q.value, q.upper) == (low, high)

    def test_ratios_become_shares(self):
        q = one("One in five people agreed.")
        assert (q.dim, q.value) == ("percent", 20)


class TestAges:
    @pytest.mark.parametrize(
        "text,age,person",
        [("Jane Doe, 52, said.", 52, "Doe"), ("The 53-year-old John Smith left.", 53, "Smith"),
         ("Mr Brown, aged 45, said.", 45, "Brown"), ("The 25-year-old fly-half will start.", 25, "")],
    )
    def test_ages(self, text, age, person):
        q = one(text)
        assert (q.dim, q.value, q.person) == ("age", age, person)

    def test_a_month_and_number_is_not_an_age(self):
        q = one("In June, 52 people came.")
        assert q.dim == "count"


def test_results_are_cached_per_document():
    doc = parse("It cost £5m.", "d.md")
    assert quantities(doc) is quantities(doc)


@pytest.mark.parametrize(
    "text,found",
    [("On Monday, 3 March 2026, they met.", (0, 3, 3, 2026)), ("It opens on Friday (14 Feb).", (4, 14, 2, None)),
     ("By Tuesday, March 3rd, 2026.", (1, 3, 3, 2026)), ("Results come on Sunday.", None)],
)
def test_weekday_dates(text, found):
    from lintnews.analysis.figures.dates import weekday_dates

    dates = weekday_dates(parse(text, "d.md"))
    got = [(d.weekday, d.day, d.month, d.year) for d in dates]
    assert got == ([found] if found else [])


def test_a_figure_read_as_metres_does_not_share_the_original_context():
    from lintnews.text.document import parse
    from lintnews.analysis.figures.context import context
    from lintnews.analysis.figures.extract import as_metres, quantities

    doc = parse("The peak rises 2,000m above the valley.\n", "d.md")
    (q,) = [f for f in quantities(doc) if f.text.endswith("m")]
    original = context(q)
    metres = as_metres(q)
    assert metres.dim == "length" and "ctx" not in metres.extra
    assert context(q) is original

"""The figure reader: every figure of a draft, with value, unit, approximation, thing,
entity, time, role, place and voice (``lintnews.analysis.figures.reader``)."""

import pytest

from lintnews.analysis.figures.reader import KINDS, ROLES, read_figures
from lintnews.text.document import parse


def read(text, path="draft.md"):
    return read_figures(parse(text, path))


def only(text, **kwargs):
    found = read(text, **kwargs)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


def by_text(text):
    return {f.text: f for f in read(text)}


class TestValues:
    @pytest.mark.parametrize(
        "text,shown,kind,value,unit,currency",
        [
            ("The levy raised £4.5bn last year.", "£4.5bn", "currency", 4.5e9, "", "GBP"),
            ("Some 3,200 walkers finished the route.", "Some 3,200", "count", 3200, "", ""),
            ("The lake is 14 km long.", "14 km", "length", 14, "km", ""),
            ("Rainfall was 42mm above average.", "42mm", "length", 42, "mm", ""),
            ("The stake fell to 7.5%.", "7.5%", "percent", 7.5, "%", ""),
            ("It weighs almost twelve tonnes.", "almost twelve tonnes", "mass", 12, "tonnes", ""),
            ("The hall seats two hundred and fifty people.", "two hundred and fifty", "count", 250, "", ""),
            ("Highs of 28C are expected.", "28C", "temperature", 28, "°C", ""),
            ("The inquiry took 18 months.", "18 months", "duration", 18, "months", ""),
        ],
    )
    def test_value_unit_scale_approximation(self, text, shown, kind, value, unit, currency):
        f = only(text)
        assert (f.shown, f.kind, f.value, f.unit, f.currency) == (shown, kind, value, unit, currency)
        assert f.kind in KINDS and f.role in ROLES

    @pytest.mark.parametrize(
        "text,approx,words",
        [
            ("About 40 staff left.", "about", "About"),
            ("Almost 40 staff left.", "nearly", "Almost"),
            ("More than 40 staff left.", "over", "More than"),
            ("Up to 40 staff will leave.", "under", "Up to"),
            ("Exactly 40 staff left.", "", ""),
        ],
    )
    def test_approximation_as_read_and_as_written(self, text, approx, words):
        f = only(text)
        assert (f.approx, f.approx_text) == (approx, words)

    def test_interval_widens_with_rounding_and_approximation(self):
        exact, about = read("The bill was £3.2m, about £3m of it in fees.")
        assert exact.low < 3.2e6 < exact.high and exact.high - exact.low < 0.11e6
        assert about.low < 2.6e6 and about.high > 3.4e6

    def test_scale_kept(self):
        assert only("Investors put in $70m.").scale == 1e6


class TestDatesAndTimes:
    def test_full_date_is_one_figure(self):
        f = only("The hearing opened on 14 October 2024.")
        assert (f.kind, f.role, f.date.isoformat()) == ("date", "date", "2024-10-14")

    def test_month_and_year_span_the_month(self):
        f = only("Work began in September 2023.")
        assert (f.date.isoformat(), f.date_end.isoformat()) == ("2023-09-01", "2023-09-30")

    def test_month_alone_after_a_preposition(self):
        found = read("The festival runs from June to August.")
        assert [(f.text, f.kind, f.mention.month) for f in found] == [("June", "date", 6), ("August", "date", 8)]

    def test_may_the_verb_is_no_date(self):
        assert read("Prices may rise, the board said.") == []

    def test_bare_year(self):
        f = only("The bridge opened in 1932.")
        assert (f.kind, f.role, f.value) == ("year", "date", 1932)

    @pytest.mark.parametrize(
        "text,minutes", [("Doors open at 19:30.", 1170), ("The train left at 7.45am.", 465), ("Kick-off is 3pm.", 900),
                         ("Trading stops at noon.", 720)])
    def test_times_of_day(self, text, minutes):
        f = only(text)
        assert (f.kind, f.role, f.minutes) == ("time", "time", minutes)

    def test_time_takes_its_day(self):
        found = [f for f in read("The closure runs from 22:00 on Friday to 05:00 on Monday.") if f.kind == "time"]
        assert [f.day.text for f in found] == ["Friday", "Monday"]

    def test_time_on_the_following_day(self):
        found = [f for f in read("The alert lasts from 09:00 until 21:00 the next day.") if f.kind == "time"]
        assert found[0].day is None and found[1].day.kind == "next-day"

    @pytest.mark.parametrize(
        "text,value,unit,approx",
        [("The repairs took just over a week.", 1, "weeks", "over"),
         ("She was questioned for an hour.", 1, "hours", ""),
         ("Talks lasted half an hour.", 0.5, "hours", ""),
         ("The flight took an hour and a half.", 1.5, "hours", "")],
    )
    def test_durations_written_with_a(self, text, value, unit, approx):
        f = only(text)
        assert (f.kind, f.value, f.unit, f.approx) == ("duration", value, unit, approx)

    def test_a_week_later_is_no_duration(self):
        assert read("A week later the ban was lifted.") == []

    def test_compound_duration(self):
        f = only("The five-year plan was approved.")
        assert (f.kind, f.value, f.unit, f.role) == ("duration", 5, "years", "duration")


class TestAges:
    @pytest.mark.parametrize(
        "text,value,who",
        [("Ruth Amis, 61, was elected.", 61, "Amis"),
         ("Ruth Amis (61) was elected.", 61, "Amis"),
         ("Ruth Amis, now 62, was elected.", 62, "Amis"),
         ("Amis was elected aged 61.", 61, ""),
         ("Ruth Amis, who is 61, was elected.", 61, "Amis"),
         ("She retired when she was 61.", 61, "")],
    )
    def test_age_phrasings(self, text, value, who):
        f = only(text)
        assert (f.kind, f.role, f.value) == ("age", "age", value)
        assert f.entity == who or (not who and f.entity in ("", "Amis"))

    def test_age_in_months_keeps_its_unit(self):
        f = only("The foal is ten months old.")
        assert (f.kind, f.value, f.unit) == ("age", 10, "months")

    def test_a_count_after_a_name_is_no_age(self):
        f = only("Acme (2,400 staff) is hiring.")
        assert f.kind == "count"


class TestRolesAndThings:
    def test_roles_in_one_sentence(self):
        f = by_text("Bookings reached 9,000, up from 7,500 a year earlier, a rise of 20%.")
        assert (f["9,000"].role, f["7,500"].role, f["20%"].role) == ("amount", "amount", "change")
        assert f["7,500"].when == "a year earlier"

    @pytest.mark.parametrize(
        "text,figure,role",
        [("Of the 300 staff, 40 will move.", "40", "part"),
         ("In 2023 the charity raised £80,000.", "£80,000", "amount"),
         ("Sales rose 4% in May.", "4%", "change"),
         ("There were 12 more cases than in 2022.", "12", "change"),
         ("The club sold 40 of its 300 boxes.", "40", "part"),
         ("A total of 300 boxes were sold.", "300", "total"),
         ("They sold 300 boxes in all.", "300", "total"),
         ("Fees average £40 a night.", "£40", "rate"),
         ("Each ward has 30 beds per nurse.", "30", "rate"),
         ("Waste fell by 12% last year.", "12%", "change"),
         ("The price went up 40p.", "40p", "change"),
         ("Rents are 8% higher than in 2020.", "8%", "change"),
         ("Turnout was 41%.", "41%", "share"),
         ("Services made up 30% of income.", "30%", "share"),
         ("The bridge is 3 miles (5 km) long.", "5 km", "conversion"),
         ("The deal is worth €60m (£51m).", "£51m", "conversion"),
         ("The strike lasted nine days.", "nine days", "duration")],
    )
    def test_role(self, text, figure, role):
        assert by_text(text)[figure].role == role

    @pytest.mark.parametrize(
        "text,figure,thing",
        [("The mill employs 230 weavers.", "230", "weavers"),
         ("Exports were 55% of sales.", "55%", "sales"),
         ("The attendance of 18,400 was a record.", "18,400", "attendance"),
         ("The firm cut 1,200 jobs.", "1,200", "jobs")],
    )
    def test_thing(self, text, figure, thing):
        assert by_text(text)[figure].thing == thing

    def test_entity_is_the_nearest_name(self):
        f = only("Last year Northgate Water paid £2m in fines.")
        assert f.entity == "Northgate Water"

    def test_when(self):
        assert by_text("In 2023 the charity raised £80,000.")["£80,000"].when == "In 2023"


class TestPlacesAndVoice:
    DRAFT = (
        "# Port to shed 300 jobs\n\n"
        "*Unions say 120 of them are skilled posts*\n\n"
        "The port will cut 300 jobs, it said on Monday.\n\n"
        "- 200 in cargo handling\n\n"
        "> \"We have 1,500 members,\" the union said.\n\n"
        "| Site | Jobs |\n|---|---|\n| North dock | 180 |\n"
    )

    def test_every_place_feeds_the_reader(self):
        places = [(f.text, f.place) for f in read(self.DRAFT)]
        assert places == [("300", "headline"), ("120", "standfirst"), ("300", "body"), ("200", "list"),
                          ("1,500", "body"), ("180", "table")]

    def test_table_cell_row_and_column(self):
        cell = read(self.DRAFT)[-1]
        assert (cell.row, cell.column) == (1, "Jobs")

    def test_voice(self):
        voices = {f.text + f.place: f.voice for f in read(self.DRAFT)}
        assert voices["300headline"] == "writer"
        assert voices["300body"] == "source"
        assert voices["1,500body"] == "quote"

    def test_cached_per_document(self):
        doc = parse("The port cut 300 jobs.", "draft.md")
        assert read_figures(doc) is read_figures(doc)

    def test_indexes_in_document_order(self):
        found = read(self.DRAFT)
        assert [f.index for f in found] == list(range(len(found)))

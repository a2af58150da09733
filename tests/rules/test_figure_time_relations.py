"""FIG008 and FIG009: time relations told across a story, in fresh phrasings written for
these tests: a length against a start told at the top and an end beside it, whole days
from a clock time to a later date, "runs for N weeks until" after an opening, "N years
ago" against the year of the draft's own dates, days of an event counted with both ends,
"began in ..., so ... took N years" against the opening, an age told as "The 27-year-old"
against a birth year, months with early/mid/late across a year end, and a headline's
length against the dates of its lead.

Each pair is (wrong, right): the wrong draft must draw the rule, the right one nothing
from the figures family.
"""

import pytest

PAD = ("\n\nThe plans were discussed at a public meeting on Tuesday evening, officials confirmed.\n\n"
       "Residents have been invited to a drop-in session at the town hall to ask questions.\n\n")


def _draft(*paragraphs: str) -> str:
    return PAD.join(paragraphs)


# -- a length against a start told at the top of the story and an end beside the length
LENGTH_TO_END = [
    (_draft("# Tram depot rebuild begins", "Demolition of the old tram depot in Halden started on Tuesday 3 March 2026.",
            "The rebuild will last four years, ending in the autumn of 2028."),
     _draft("# Tram depot rebuild begins", "Demolition of the old tram depot in Halden started on Tuesday 3 March 2026.",
            "The rebuild will last two and a half years, ending in the autumn of 2028.")),
    (_draft("Work on the Mardale dam began in January 2025, the water company said.",
            "The repairs are expected to take five years, to be completed in late 2027."),
     _draft("Work on the Mardale dam began in January 2025, the water company said.",
            "The repairs are expected to take three years, to be completed in late 2027.")),
    (_draft("Dredging of Portkeel harbour got under way in May 2026.",
            "The programme will run for 18 months, ending in early 2029."),
     _draft("Dredging of Portkeel harbour got under way in May 2026.",
            "The programme will run for three years, ending in early 2029.")),
    (_draft("The Fenwick exhibition opened on Friday 6 February 2026.", "It runs for ten weeks, closing on Sunday 26 April."),
     _draft("The Fenwick exhibition opened on Friday 6 February 2026.", "It runs for 11 weeks, closing on Sunday 26 April.")),
    (_draft("Construction of the Sandholme sea wall began in autumn 2025.",
            "The job is set to take two years, finishing in spring 2029."),
     _draft("Construction of the Sandholme sea wall began in autumn 2025.",
            "The job is set to take three and a half years, finishing in spring 2029.")),
]

# -- whole days from a clock time to a later date
CLOCK_TO_DAY = [
    (_draft("Cashpoint, the payments app, halted all transfers at 18:00 on Monday 2 March 2026.",
            "Transfers had been halted for eight days when the regulator stepped in on Monday 9 March 2026."),
     _draft("Cashpoint, the payments app, halted all transfers at 18:00 on Monday 2 March 2026.",
            "Transfers had been halted for seven days when the regulator stepped in on Monday 9 March 2026.")),
    (_draft("The outage began at 07:30 on Thursday 14 May 2026, the council said.",
            "The site had been down for three days when engineers restored it on Monday 18 May 2026."),
     _draft("The outage began at 07:30 on Thursday 14 May 2026, the council said.",
            "The site had been down for four days when engineers restored it on Monday 18 May 2026.")),
    (_draft("Miners at the Pelworth colliery walked out at 22:00 on Sunday 1 February 2026.",
            "The strike had lasted nine days when both sides signed a deal on Thursday 12 February 2026."),
     _draft("Miners at the Pelworth colliery walked out at 22:00 on Sunday 1 February 2026.",
            "The strike had lasted 11 days when both sides signed a deal on Thursday 12 February 2026.")),
    (_draft("The island ferry service was suspended at 11:15 on Saturday 7 November 2026.",
            "Sailings had been suspended for two days when the operator resumed them on Thursday 12 November 2026."),
     _draft("The island ferry service was suspended at 11:15 on Saturday 7 November 2026.",
            "Sailings had been suspended for five days when the operator resumed them on Thursday 12 November 2026.")),
    (_draft("Police closed the A59 at 05:40 on Wednesday 21 January 2026 after a landslip.",
            "The road had been shut for 11 days when it reopened on Tuesday 3 February 2026."),
     _draft("Police closed the A59 at 05:40 on Wednesday 21 January 2026 after a landslip.",
            "The road had been shut for 13 days when it reopened on Tuesday 3 February 2026.")),
]

# -- "runs for N weeks until <date>" after an opening told at the top
RUNS_UNTIL = [
    (_draft("# Lido reopens after refit", "The Westcombe lido will reopen on Saturday 23 May 2026 after a long refit.",
            "The summer season runs for 12 weeks until Sunday 6 September."),
     _draft("# Lido reopens after refit", "The Westcombe lido will reopen on Saturday 23 May 2026 after a long refit.",
            "The summer season runs for 15 weeks until Sunday 6 September.")),
    (_draft("The Christmas market opens on Friday 20 November 2026 in the cathedral square.",
            "Stalls will trade for three weeks until Wednesday 23 December."),
     _draft("The Christmas market opens on Friday 20 November 2026 in the cathedral square.",
            "Stalls will trade for almost five weeks until Wednesday 23 December.")),
    (_draft("Voting in the leadership contest began on Monday 5 October 2026.",
            "The ballot stays open for two weeks until Friday 30 October."),
     _draft("Voting in the leadership contest began on Monday 5 October 2026.",
            "The ballot stays open for nearly four weeks until Friday 30 October.")),
    (_draft("The Harbour Arts Festival opens on Thursday 2 July 2026 with a concert on the quay.",
            "The festival continues for ten days until Sunday 19 July."),
     _draft("The Harbour Arts Festival opens on Thursday 2 July 2026 with a concert on the quay.",
            "The festival continues for 17 days until Sunday 19 July.")),
    (_draft("The consultation on the new bus routes was launched on Monday 12 January 2026.",
            "It will stay open for six weeks until Friday 13 March."),
     _draft("The consultation on the new bus routes was launched on Monday 12 January 2026.",
            "It will stay open for more than eight weeks until Friday 13 March.")),
]

# -- "N years ago" against the year of the draft's own dates
YEARS_AGO = [
    (_draft("The Ravensby lighthouse will be relit on Saturday 3 October 2026.",
            "The tower, first lit 160 years ago in 1859, was switched off in 1998."),
     _draft("The Ravensby lighthouse will be relit on Saturday 3 October 2026.",
            "The tower, first lit 167 years ago in 1859, was switched off in 1998.")),
    (_draft("Plans to turn Carrick Mill into flats were approved on Thursday 12 March 2026.",
            "The mill, which shut 45 years ago in 1986, has stood empty since."),
     _draft("Plans to turn Carrick Mill into flats were approved on Thursday 12 March 2026.",
            "The mill, which shut 40 years ago in 1986, has stood empty since.")),
    (_draft("Margaret Hale was given the freedom of Dunmore on Friday 5 June 2026.",
            "Mrs Hale, who arrived in the town 50 years ago, in 1981, ran its market for three decades."),
     _draft("Margaret Hale was given the freedom of Dunmore on Friday 5 June 2026.",
            "Mrs Hale, who arrived in the town 45 years ago, in 1981, ran its market for three decades.")),
    (_draft("Ashby Rovers reached the county cup final on Saturday 14 February 2026.",
            "In 1990, 30 years ago, the club won the cup for the only time."),
     _draft("Ashby Rovers reached the county cup final on Saturday 14 February 2026.",
            "In 1990, 36 years ago, the club won the cup for the only time.")),
    (_draft("Former workers gathered at the Brindle works on Tuesday 21 April 2026.",
            "It is 25 years since the factory closed in 1996."),
     _draft("Former workers gathered at the Brindle works on Tuesday 21 April 2026.",
            "It is 30 years since the factory closed in 1996.")),
]

# -- days of an event counted with both ends
DAYS_OF = [
    (_draft("The Brackley folk weekend began on Thursday 6 August and ends on Sunday 9 August, three days of music."),
     _draft("The Brackley folk weekend began on Thursday 6 August and ends on Sunday 9 August, four days of music.")),
    (_draft("The talks, which started on Tuesday 14 April, finished on Saturday 18 April, four days of negotiation."),
     _draft("The talks, which started on Tuesday 14 April, finished on Saturday 18 April, five days of negotiation.")),
    (_draft("Racing at the Lowmoor regatta runs from Wednesday 1 July to Sunday 5 July, four days of competition."),
     _draft("Racing at the Lowmoor regatta runs from Wednesday 1 July to Sunday 5 July, five days of competition.")),
    (_draft("The nurses' strike will run from Monday 9 November until Thursday 12 November, three days of action."),
     _draft("The nurses' strike will run from Monday 9 November until Thursday 12 November, four days of action.")),
    (_draft("The food fair starts on Friday 24 July and ends on Monday 27 July: three days of tastings and talks."),
     _draft("The food fair starts on Friday 24 July and ends on Monday 27 July: four days of tastings and talks.")),
]

# -- a start, what it took, and the opening told before
TOOK_TO_OPENING = [
    (_draft("The new Elmfield library was opened on Saturday 10 October 2026 by the mayor.",
            "Building work started in June 2022, and the project took two years."),
     _draft("The new Elmfield library was opened on Saturday 10 October 2026 by the mayor.",
            "Building work started in June 2022, and the project took just over four years.")),
    (_draft("The Harworth bypass was opened to traffic on Monday 2 March 2026.",
            "Work on the road began in 2021 and took three years."),
     _draft("The Harworth bypass was opened to traffic on Monday 2 March 2026.",
            "Work on the road began in 2021 and took five years.")),
    (_draft("The restored pier at Saltby was officially opened on Sunday 31 May 2026.",
            "Repairs began in September 2023, so the restoration took 18 months."),
     _draft("The restored pier at Saltby was officially opened on Sunday 31 May 2026.",
            "Repairs began in September 2023, so the restoration took almost three years.")),
    (_draft("The hospital's new cancer wing was completed on Friday 4 December 2026.",
            "Construction started in spring 2024 and lasted four years."),
     _draft("The hospital's new cancer wing was completed on Friday 4 December 2026.",
            "Construction started in spring 2024 and lasted two and a half years.")),
    (_draft("The museum's Roman gallery was unveiled on Thursday 16 April 2026.",
            "Digging on the site began in 2016, so the whole scheme has taken five years."),
     _draft("The museum's Roman gallery was unveiled on Thursday 16 April 2026.",
            "Digging on the site began in 2016, so the whole scheme has taken ten years.")),
]

# -- an age told as a back reference, the birth year elsewhere, no date of the draft's own
AGE_BACK_REFERENCE = [
    (_draft("# Osei takes freestyle gold", "Amara Osei won the 200m freestyle at the national championships on Saturday 11 April 2026.",
            "Osei touched the wall in 1:57.30, the fastest time in Britain this year.\n\n"
            "The 19-year-old said she had trained for this moment since childhood.",
            "Osei, who was born in 2003 in Accra, moved to Britain as a child."),
     _draft("# Osei takes freestyle gold", "Amara Osei won the 200m freestyle at the national championships on Saturday 11 April 2026.",
            "Osei touched the wall in 1:57.30, the fastest time in Britain this year.\n\n"
            "The 22-year-old said she had trained for this moment since childhood.",
            "Osei, who was born in 2003 in Accra, moved to Britain as a child.")),
    (_draft("Chidi Okonkwo was born in 1979 in Lagos and came to Manchester to study.",
            "He collected the Hallam prize for architecture in London on Thursday 5 March 2026.",
            "Okonkwo thanked his team in a short speech. "
            "The 41-year-old told the audience that the award belonged to his students."),
     _draft("Chidi Okonkwo was born in 1979 in Lagos and came to Manchester to study.",
            "He collected the Hallam prize for architecture in London on Thursday 5 March 2026.",
            "Okonkwo thanked his team in a short speech. "
            "The 46-year-old told the audience that the award belonged to his students.")),
    (_draft("Tomasz Wrobel was elected leader of Kirkby council on Wednesday 20 May 2026.",
            "Wrobel beat two rivals in a vote of councillors.\n\n"
            "The 33-year-old, who runs a bakery in the town, said his first job would be the budget.",
            "Wrobel, born in 1984 in Gdansk, has been a councillor since 2018."),
     _draft("Tomasz Wrobel was elected leader of Kirkby council on Wednesday 20 May 2026.",
            "Wrobel beat two rivals in a vote of councillors.\n\n"
            "The 42-year-old, who runs a bakery in the town, said his first job would be the budget.",
            "Wrobel, born in 1984 in Gdansk, has been a councillor since 2018.")),
    (_draft("Helen Marsh finished the Three Peaks fell race on Sunday 26 April 2026 in record time.",
            "Marsh was the first woman home. "
            "The 58-year-old has run the race every year since 1990.",
            "Marsh, who was born in 1955, works as a farmer near Settle."),
     _draft("Helen Marsh finished the Three Peaks fell race on Sunday 26 April 2026 in record time.",
            "Marsh was the first woman home. "
            "The 70-year-old has run the race every year since 1990.",
            "Marsh, who was born in 1955, works as a farmer near Settle.")),
    (_draft("Priya Raman took charge of Ellesmere Town on Monday 1 June 2026.",
            "Raman signed a two-year contract with the club.\n\n"
            "The 29-year-old said she wanted to build a side that attacks.",
            "Raman was born in 1990 in Leicester and played 40 times for England."),
     _draft("Priya Raman took charge of Ellesmere Town on Monday 1 June 2026.",
            "Raman signed a two-year contract with the club.\n\n"
            "The 36-year-old said she wanted to build a side that attacks.",
            "Raman was born in 1990 in Leicester and played 40 times for England.")),
]

# -- months with early/mid/late, a span across the year's end
MONTH_PARTS = [
    (_draft("The geese stay away for seven months, leaving in early October and returning in late March."),
     _draft("The geese stay away for nearly six months, leaving in early October and returning in late March.")),
    (_draft("The coast road will be closed for four months, from mid-November to late January."),
     _draft("The coast road will be closed for two and a half months, from mid-November to late January.")),
    (_draft("The herd stayed on the low pasture for nine months, arriving in late September and leaving in early April."),
     _draft("The herd stayed on the low pasture for six months, arriving in late September and leaving in early April.")),
    (_draft("The survey crew will be away for 14 months, setting off in late October and getting back in mid-February."),
     _draft("The survey crew will be away for nearly four months, setting off in late October and getting back in mid-February.")),
    (_draft("The beach café shuts each winter for five months, closing at the end of November and reopening at the start of March."),
     _draft("The beach café shuts each winter for three months, closing at the end of November and reopening at the start of March.")),
]

# -- a headline's length against the dates of its lead
HEADLINE_LENGTH = [
    ("# Halden pool to close for six weeks\n\nHalden leisure centre's pool will shut from Monday 1 June 2026 until Sunday 26 July, the council said.",
     "# Halden pool to close for eight weeks\n\nHalden leisure centre's pool will shut from Monday 1 June 2026 until Sunday 26 July, the council said."),
    ("# Kendal line to close for ten days\n\nThe line between Kendal and Oxenholme will be closed from Friday 3 April 2026 to Tuesday 21 April.",
     "# Kendal line to close for 18 days\n\nThe line between Kendal and Oxenholme will be closed from Friday 3 April 2026 to Tuesday 21 April."),
    ("# Gorsley Museum shuts for three months for roof repairs\n\nThe Gorsley Museum will close on Monday 5 January 2026 and reopen on Friday 15 May.",
     "# Gorsley Museum shuts for four months for roof repairs\n\nThe Gorsley Museum will close on Monday 5 January 2026 and reopen on Friday 15 May."),
    ("# Quay footbridge to shut for 20 weeks\n\nThe Old Quay footbridge will be closed from 2 March 2026 to 3 July, the harbour board said.",
     "# Quay footbridge to shut for 18 weeks\n\nThe Old Quay footbridge will be closed from 2 March 2026 to 3 July, the harbour board said."),
    ("# Central library closed for a fortnight\n\nThe central library will be shut from Saturday 7 March 2026 until Monday 30 March.",
     "# Central library closed for three weeks\n\nThe central library will be shut from Saturday 7 March 2026 until Monday 30 March."),
]

RELATIONS = {
    "length-to-end": (LENGTH_TO_END, "FIG008"),
    "clock-to-day": (CLOCK_TO_DAY, "FIG008"),
    "runs-until": (RUNS_UNTIL, "FIG008"),
    "years-ago": (YEARS_AGO, "FIG008"),
    "days-of": (DAYS_OF, "FIG008"),
    "took-to-opening": (TOOK_TO_OPENING, "FIG008"),
    "age-back-reference": (AGE_BACK_REFERENCE, "FIG009"),
    "month-parts": (MONTH_PARTS, "FIG008"),
    "headline-length": (HEADLINE_LENGTH, "FIG008"),
}
CASES = [(name, code, wrong, right) for name, (pairs, code) in RELATIONS.items() for wrong, right in pairs]


@pytest.mark.parametrize("name,code,wrong,right", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_time_relation(linter, name, code, wrong, right):
    assert code in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


QUIET = [
    # approximations of the same periods
    _draft("The Westcombe lido will reopen on Saturday 23 May 2026 after a long refit.",
           "The summer season runs for about 15 weeks until Sunday 6 September."),
    _draft("The Westcombe lido will reopen on Saturday 23 May 2026 after a long refit.",
           "The summer season runs for more than 14 weeks until Sunday 6 September."),
    _draft("The outage began at 07:30 on Thursday 14 May 2026, the council said.",
           "The site had been down for nearly a week when engineers restored it on Tuesday 19 May 2026."),
    _draft("Demolition of the old tram depot in Halden started on Tuesday 3 March 2026.",
           "The rebuild will take more than two years, ending in the autumn of 2028."),
    # a day count read without the first day, and a closure counted either way
    "The bridge will shut from Monday 2 March to Friday 6 March, a closure of four days.",
    "The bridge will shut from Monday 2 March to Friday 6 March, a closure of five days.",
    "The regatta runs from Wednesday 1 July to Sunday 5 July, five days of racing on the lake.",
    # another thing than the story's start
    _draft("The Westcombe lido will reopen on Saturday 23 May 2026 after a long refit.",
           "A photography show in the café runs for six weeks until Sunday 12 July."),
    _draft("The Harworth bypass was opened to traffic on Monday 2 March 2026.",
           "Work on a second road began in 2021 and took three years."),
    # two starts told before: which is the period's is not said
    _draft("The Christmas market opens on Friday 20 November 2026.", "The ice rink opens on Friday 27 November 2026.",
           "Stalls will trade for three weeks until Wednesday 23 December."),
    # a start far down the story, about something else
    _draft("Shoppers in Brackley face a busy winter.", "Traders say footfall is up.", "Parking remains a worry.",
           "The new car park opened on Monday 2 November 2026.",
           "The Christmas lights stay on for three weeks until Wednesday 6 January."),
    # "ago" in a draft whose dates do not say its year: a later year named
    _draft("Plans to turn Carrick Mill into flats were approved on Thursday 12 March 2026.",
           "The mill, which shut 45 years ago in 1986, could reopen as a museum by 2031."),
    # an age given for someone the sentence before names beside the person born
    _draft("Amara Osei won the 200m freestyle on Saturday 11 April 2026.",
           "Osei beat Laura Kemp into second place by a fingertip.\n\nThe 19-year-old said she had not expected a medal.",
           "Osei, who was born in 2003, moved to Britain as a child."),
    # the age of a year after "since" when the year comes first: the age then
    _draft("Helen Marsh, who was born in 1955, has farmed near Settle since 1980, when she was 25."),
]


@pytest.mark.parametrize("text", QUIET, ids=[f"quiet-{i}" for i in range(len(QUIET))])
def test_time_relation_quiet(linter, text):
    assert linter.codes(text, select=["FIG008", "FIG009"]) == [], text


def test_attributed_period_still_checked(linter):
    text = _draft("The island ferry service was suspended at 11:15 on Saturday 7 November 2026, the operator said.",
                  "Sailings had been suspended for two days when they resumed on Thursday 12 November 2026, "
                  "the operator said.")
    findings = [f for f in linter.lint(text, select=["FIG008"]) if f.code == "FIG008"]
    assert findings and "source" in findings[0].message, findings


def test_period_told_at_its_own_line_with_the_start_named(linter):
    text = _draft("# Lido reopens", "The Westcombe lido will reopen on Saturday 23 May 2026.",
                  "The summer season runs for 12 weeks until Sunday 6 September.")
    (finding,) = [f for f in linter.lint(text, select=["FIG008"])]
    assert finding.line == text.split("\n").index("The summer season runs for 12 weeks until Sunday 6 September.") + 1
    assert "23 May 2026" in finding.message and "15" in finding.message


# -- a second batch, written after the first batch's changes and before running them
# (its first run, 18 of 27, is recorded in docs/evaluation-figures.md). One of its errors is
# still missed and kept apart in KNOWN_MISSES (its control must stay quiet): "closed on
# Thursday 30 July after two days of judging" ("after" a span may name a part of it: "after
# two days of deliberation" at the end of a three-week trial).
KNOWN_MISSES = [
    ("days-of", "FIG008",
     "The county show opened on Tuesday 28 July and closed on Thursday 30 July after two days of judging.",
     "The county show opened on Tuesday 28 July and closed on Thursday 30 July after three days of judging."),
]
BATCH_B = [
    ("length-to-end", "FIG008",
     _draft("Restoration of Kelso town hall began on Monday 7 September 2026.",
            "The project is due to last 12 months, finishing in summer 2029."),
     _draft("Restoration of Kelso town hall began on Monday 7 September 2026.",
            "The project is due to last three years, finishing in summer 2029.")),
    ("length-to-end", "FIG008",
     _draft("Pupils moved out of Brookside primary when rebuilding started in July 2025.",
            "The work will take 18 months, to be completed by early 2030."),
     _draft("Pupils moved out of Brookside primary when rebuilding started in July 2025.",
            "The work will take four and a half years, to be completed by early 2030.")),
    ("length-to-end", "FIG008",
     _draft("Peat cutting on Lindow Moss stopped in the spring and rewetting began on Monday 4 May 2026.",
            "The rewetting will take six years, ending in the winter of 2028."),
     _draft("Peat cutting on Lindow Moss stopped in the spring and rewetting began on Monday 4 May 2026.",
            "The rewetting will take two years, ending in the winter of 2028.")),
    ("clock-to-day", "FIG008",
     _draft("Firefighters were called to the Dunford recycling plant at 02:15 on Tuesday 8 September 2026.",
            "The fire had been burning for 12 days when crews finally put it out on Thursday 17 September 2026."),
     _draft("Firefighters were called to the Dunford recycling plant at 02:15 on Tuesday 8 September 2026.",
            "The fire had been burning for nine days when crews finally put it out on Thursday 17 September 2026.")),
    ("clock-to-day", "FIG008",
     _draft("Staff at the Marl Street warehouse stopped work at 06:00 on Monday 16 March 2026.",
            "They had been out for four days when managers made a new offer on Saturday 21 March 2026."),
     _draft("Staff at the Marl Street warehouse stopped work at 06:00 on Monday 16 March 2026.",
            "They had been out for five days when managers made a new offer on Saturday 21 March 2026.")),
    ("clock-to-day", "FIG008",
     _draft("The Orbis trading platform went offline at 14:20 on Friday 23 October 2026.",
            "It had been offline for six days when engineers brought it back on Tuesday 27 October 2026."),
     _draft("The Orbis trading platform went offline at 14:20 on Friday 23 October 2026.",
            "It had been offline for four days when engineers brought it back on Tuesday 27 October 2026.")),
    ("runs-until", "FIG008",
     _draft("The orchestra's new season opens on Thursday 10 September 2026 at the Bridgewater Hall.",
            "The autumn series lasts for five weeks until Thursday 29 October."),
     _draft("The orchestra's new season opens on Thursday 10 September 2026 at the Bridgewater Hall.",
            "The autumn series lasts for seven weeks until Thursday 29 October.")),
    ("runs-until", "FIG008",
     _draft("The temporary ice rink in Priory Park opened on Saturday 28 November 2026.",
            "Skating continues for four weeks until Sunday 10 January."),
     _draft("The temporary ice rink in Priory Park opened on Saturday 28 November 2026.",
            "Skating continues for six weeks until Sunday 10 January.")),
    ("runs-until", "FIG008",
     _draft("Applications for the shopfront grants open on Monday 1 February 2027.",
            "The scheme will accept bids for ten weeks until Friday 12 March."),
     _draft("Applications for the shopfront grants open on Monday 1 February 2027.",
            "The scheme will accept bids for more than five weeks until Friday 12 March.")),
    ("years-ago", "FIG008",
     _draft("The Hartley brass band marked its anniversary with a concert on Saturday 9 May 2026.",
            "The band, founded 120 years ago in 1896, has 40 players."),
     _draft("The Hartley brass band marked its anniversary with a concert on Saturday 9 May 2026.",
            "The band, founded 130 years ago in 1896, has 40 players.")),
    ("years-ago", "FIG008",
     _draft("Flood defences in Wendover were upgraded on Friday 16 January 2026.",
            "The town last flooded 20 years ago, in 2001, when the river burst its banks."),
     _draft("Flood defences in Wendover were upgraded on Friday 16 January 2026.",
            "The town last flooded 25 years ago, in 2001, when the river burst its banks.")),
    ("years-ago", "FIG008",
     _draft("Former pupils returned to Carrow school for its closing ceremony on Wednesday 15 July 2026.",
            "Pupils first walked through its doors more than 70 years ago in 1962."),
     _draft("Former pupils returned to Carrow school for its closing ceremony on Wednesday 15 July 2026.",
            "Pupils first walked through its doors more than 60 years ago in 1962.")),
    ("days-of", "FIG008",
     "The inquiry sat from Monday 12 October to Friday 16 October, four days of hearings in total.",
     "The inquiry sat from Monday 12 October to Friday 16 October, five days of hearings in total."),
    ("days-of", "FIG008",
     "Fighting raged from Sunday 3 May until Wednesday 6 May - three days of clashes that left 40 dead.",
     "Fighting raged from Sunday 3 May until Wednesday 6 May - four days of clashes that left 40 dead."),
    ("took-to-opening", "FIG008",
     _draft("The Marsh Lane swimming pool was reopened on Saturday 7 November 2026 after a refit.",
            "The refurbishment began in January 2025 and took a year."),
     _draft("The Marsh Lane swimming pool was reopened on Saturday 7 November 2026 after a refit.",
            "The refurbishment began in January 2025 and took nearly two years.")),
    ("took-to-opening", "FIG008",
     _draft("The new Tyne ferry terminal was inaugurated on Monday 14 September 2026.",
            "Work started in 2020, so construction took four years."),
     _draft("The new Tyne ferry terminal was inaugurated on Monday 14 September 2026.",
            "Work started in 2020, so construction took six years.")),
    ("took-to-opening", "FIG008",
     _draft("The rebuilt stand at Gorton Park was finished in August 2026.",
            "Demolition of the old stand began in May 2024 and the rebuild took a year."),
     _draft("The rebuilt stand at Gorton Park was finished in August 2026.",
            "Demolition of the old stand began in May 2024 and the rebuild took two years.")),
    ("age-back-reference", "FIG009",
     _draft("Rhys Pugh scored twice as Merthyr beat Barry 3-1 on Saturday 17 October 2026.",
            "Pugh's second goal came in stoppage time. The 31-year-old joined the club in the summer.",
            "Pugh was born in 1999 in Aberdare."),
     _draft("Rhys Pugh scored twice as Merthyr beat Barry 3-1 on Saturday 17 October 2026.",
            "Pugh's second goal came in stoppage time. The 27-year-old joined the club in the summer.",
            "Pugh was born in 1999 in Aberdare.")),
    ("age-back-reference", "FIG009",
     _draft("Nadia Farouk was sworn in as mayor on Tuesday 5 May 2026.",
            "Farouk won the vote by 22 to 19.\n\nThe 44-year-old said her priority was housing.",
            "Born in 1988, Farouk grew up on the Lea estate."),
     _draft("Nadia Farouk was sworn in as mayor on Tuesday 5 May 2026.",
            "Farouk won the vote by 22 to 19.\n\nThe 38-year-old said her priority was housing.",
            "Born in 1988, Farouk grew up on the Lea estate.")),
    ("age-back-reference", "FIG009",
     _draft("Ewan Cole, who was born in 1961, retired from the lifeboat crew on Sunday 1 March 2026.",
            "Cole served for 40 years. The 58-year-old said he would miss the sea."),
     _draft("Ewan Cole, who was born in 1961, retired from the lifeboat crew on Sunday 1 March 2026.",
            "Cole served for 40 years. The 64-year-old said he would miss the sea.")),
    ("month-parts", "FIG008",
     "The ski lifts run for eight months, opening in mid-December and closing in early April.",
     "The ski lifts run for nearly four months, opening in mid-December and closing in early April."),
    ("month-parts", "FIG008",
     "Puffins spend about five months at sea, from late August until mid-March.",
     "Puffins spend about seven months at sea, from late August until mid-March."),
    ("month-parts", "FIG008",
     "The night shelter is open for three months, from the start of December to the end of April.",
     "The night shelter is open for nearly five months, from the start of December to the end of April."),
    ("headline-length", "FIG008",
     "# Festival site closed for three weeks\n\nThe Meadow festival site will be closed to walkers from Monday 10 August "
     "2026 until Friday 18 September, the estate said.",
     "# Festival site closed for six weeks\n\nThe Meadow festival site will be closed to walkers from Monday 10 August "
     "2026 until Friday 18 September, the estate said."),
    ("headline-length", "FIG008",
     "# Hospital car park shut for two months\n\nThe main car park at St Anne's hospital will close on Monday 6 July "
     "2026 and reopen on Monday 21 December.",
     "# Hospital car park shut for five and a half months\n\nThe main car park at St Anne's hospital will close on "
     "Monday 6 July 2026 and reopen on Monday 21 December."),
    ("headline-length", "FIG008",
     "# Canal towpath closed for 12 days\n\nThe towpath between Lock 5 and Lock 9 will be shut from Tuesday 3 March "
     "2026 to Friday 27 March.",
     "# Canal towpath closed for three weeks\n\nThe towpath between Lock 5 and Lock 9 will be shut from Tuesday 3 March "
     "2026 to Friday 27 March."),
]


@pytest.mark.parametrize("name,code,wrong,right", BATCH_B, ids=[f"b-{c[0]}-{i}" for i, c in enumerate(BATCH_B)])
def test_time_relation_second_batch(linter, name, code, wrong, right):
    assert code in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_weekday_of_a_date_in_the_next_year(linter):
    """A date without a year early in the year, in a draft whose dates are late in one
    year, may be in the next: its weekday is checked against both."""
    opened = "The rink in Priory Park opened on Saturday 28 November 2026."
    assert linter.codes(opened + PAD + "It stays open until Sunday 10 January.", select=["FIG005"]) == []
    assert linter.codes(opened + PAD + "It stays open until Monday 10 January.", select=["FIG005"]) == ["FIG005"]
    # (a date of the draft's own months is not read in another year)
    assert linter.codes(opened + PAD + "Skating lessons start on Saturday 6 December.", select=["FIG005"]) == ["FIG005"]


@pytest.mark.parametrize("name,code,wrong,right", KNOWN_MISSES, ids=[f"known-{c[0]}" for c in KNOWN_MISSES])
def test_known_misses_controls_quiet(linter, name, code, wrong, right):
    assert linter.codes(right, select=["FIG"]) == [], right


# -- ordinals counted from a year, and years "after" or "since" a year told to a later date
# (written with the change that reads them)
ORDINALS = [
    (_draft("Veterans gathered at Arnhem on Saturday 19 September 2026.",
            "They marked the 70th anniversary of the 1944 battle."),
     _draft("Veterans gathered at Arnhem on Saturday 19 September 2026.",
            "They marked the 82nd anniversary of the 1944 battle.")),
    (_draft("The Carwood male voice choir sang at the cathedral on Sunday 7 June 2026.",
            "Founded in 1971, the choir celebrates its 50th anniversary this year."),
     _draft("The Carwood male voice choir sang at the cathedral on Sunday 7 June 2026.",
            "Founded in 1971, the choir celebrates its 55th anniversary this year.")),
    (_draft("The Harlow county show returns on Saturday 6 June 2026.",
            "The show, first held in 1951, is now in its 80th year."),
     _draft("The Harlow county show returns on Saturday 6 June 2026.",
            "The show, first held in 1951, is now in its 76th year.")),
    ("Former miners met in Barnsley on Saturday 7 March 2026 for the centenary of the 1921 lockout.",
     "Former miners met in Barnsley on Saturday 7 March 2026 for the centenary of the 1926 strike."),
    (_draft("Rail enthusiasts rode the Settle line on Saturday 2 May 2026.",
            "The trip marked 150 years since the line was opened in 1886."),
     _draft("Rail enthusiasts rode the Settle line on Saturday 2 May 2026.",
            "The trip marked 140 years since the line was opened in 1886.")),
    ("The Grimley colliery site reopened as a country park on 3 May 2026, ten years after the pit closed in 2012.",
     "The Grimley colliery site reopened as a country park on 3 May 2026, 14 years after the pit closed in 2012."),
]
ORDINALS_QUIET = [
    # another year than the draft's
    _draft("Miners met in Barnsley on Saturday 7 March 2026.", "Next year will mark the 40th anniversary of the 1986 closure."),
    # an age counted by its ordinal from a birth is FIG009's, not a founding
    _draft("The village held a party on Saturday 6 June 2026.", "Born in 1946, Ada Price is now in her 90th year."),
    # an anniversary of something without its year
    _draft("Veterans gathered at Arnhem on Saturday 19 September 2026.", "They marked the 82nd anniversary of the battle."),
]


@pytest.mark.parametrize("wrong,right", ORDINALS, ids=[f"ordinal-{i}" for i in range(len(ORDINALS))])
def test_ordinals_and_years_after(linter, wrong, right):
    assert "FIG008" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize("text", ORDINALS_QUIET, ids=[f"ordinal-quiet-{i}" for i in range(len(ORDINALS_QUIET))])
def test_ordinals_quiet(linter, text):
    assert linter.codes(text, select=["FIG008"]) == [], text


# -- "for N years, since YEAR" in the present perfect: up to the draft's year
SINCE_YEAR = [
    (_draft("The Rose Inn at Ambleside will close on Sunday 3 May 2026.",
            "The Bell family has run the pub for 30 years, since 1986."),
     _draft("The Rose Inn at Ambleside will close on Sunday 3 May 2026.",
            "The Bell family has run the pub for 40 years, since 1986.")),
    (_draft("Halden's last cobbler hung up his apron on Friday 30 January 2026.",
            "Mr Ames has worked at the bench for 45 years, ever since 1991."),
     _draft("Halden's last cobbler hung up his apron on Friday 30 January 2026.",
            "Mr Ames has worked at the bench for 35 years, ever since 1991.")),
    (_draft("The Kirkby lifeboat was called out on Tuesday 14 April 2026.",
            "The station has been open for 200 years, since 1876."),
     _draft("The Kirkby lifeboat was called out on Tuesday 14 April 2026.",
            "The station has been open for 150 years, since 1876.")),
]
SINCE_YEAR_QUIET = [
    # a past perfect: a period that may have ended before the draft's year
    _draft("The Rose Inn at Ambleside will close on Sunday 3 May 2026.", "Mr Bell had been the landlord for 25 years since 1960."),
    # "since" an event of its own
    _draft("The Rose Inn at Ambleside will close on Sunday 3 May 2026.",
           "Mr Bell has lived in the village for 25 years, since moving there in 1960."),
]


@pytest.mark.parametrize("wrong,right", SINCE_YEAR, ids=[f"since-{i}" for i in range(len(SINCE_YEAR))])
def test_years_since_a_year_to_now(linter, wrong, right):
    assert "FIG008" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize("text", SINCE_YEAR_QUIET, ids=[f"since-quiet-{i}" for i in range(len(SINCE_YEAR_QUIET))])
def test_years_since_quiet(linter, text):
    assert linter.codes(text, select=["FIG008"]) == [], text


# -- a period "after" a month named with "in", and "after N weeks of repairs that began on"
AFTER_FORMS = [
    ("The Ferry Road bakery reopened in September 2026, eight months after the fire in March.",
     "The Ferry Road bakery reopened in September 2026, six months after the fire in March."),
    ("The Tay footbridge reopened on Monday 6 April 2026 after 16 weeks of repairs that began on 5 January.",
     "The Tay footbridge reopened on Monday 6 April 2026 after 13 weeks of repairs that began on 5 January."),
    ("The gallery reopened on 2 October 2026 after nine months of building work which started in May 2025.",
     "The gallery reopened on 2 October 2026 after 17 months of building work which started in May 2025."),
]


@pytest.mark.parametrize("wrong,right", AFTER_FORMS, ids=[f"after-{i}" for i in range(len(AFTER_FORMS))])
def test_period_after_a_start(linter, wrong, right):
    assert "FIG008" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_period_after_with_another_start_quiet(linter):
    # "after" a period that is not the one between the dates: its start is not given
    text = "The Tay footbridge reopened on Monday 6 April 2026 after 16 weeks of repairs, engineers said on 5 January."
    assert linter.codes(text, select=["FIG008"]) == [], text


# -- the start told after the end, "from" a date with an end verb, a length told inside the
# span by its verb, "after a closure of", and a start "agreed" or "signed"
SPAN_FORMS = [
    ("The siege of the farmhouse lasted 11 days, ending on 23 March after it began on 10 March.",
     "The siege of the farmhouse lasted 13 days, ending on 23 March after it began on 10 March."),
    ("The high street was closed for a week from Monday 9 March, reopening on Wednesday 25 March.",
     "The high street was closed for a fortnight from Monday 9 March, reopening on Monday 23 March."),
    ("The truce, agreed on 2 May, held for three weeks until fighting resumed on 30 May.",
     "The truce, agreed on 2 May, held for four weeks until fighting resumed on 30 May."),
    ("The Hexham museum closed on 1 September 2025 for a refit and reopened on 12 March 2026, after a closure of five months.",
     "The Hexham museum closed on 1 September 2025 for a refit and reopened on 12 March 2026, after a closure of six months."),
    (_draft("A hosepipe ban was imposed on Friday 3 July 2026.",
            "It stayed in place for four weeks until the water company lifted it on 21 August."),
     _draft("A hosepipe ban was imposed on Friday 3 July 2026.",
            "It stayed in place for seven weeks until the water company lifted it on 21 August.")),
]


@pytest.mark.parametrize("wrong,right", SPAN_FORMS, ids=[f"span-form-{i}" for i in range(len(SPAN_FORMS))])
def test_span_forms(linter, wrong, right):
    assert "FIG008" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize("text", [
    # "after" another period than the span's
    "The Hexham museum closed on 1 September 2025 and reopened on 12 March 2026, after a gift of £5m from a donor.",
    # a length inside the span that is another thing's
    "The truce, agreed on 2 May, held until 30 May, and aid convoys were stopped for three days.",
], ids=["after-gift", "inside-other"])
def test_span_forms_quiet(linter, text):
    assert linter.codes(text, select=["FIG008"]) == [], text


# -- a third batch (12 pairs, one per relation and form), written after all the changes
# above and before running them: first run 9 of 12 (recorded in docs/evaluation-figures.md)
BATCH_C_PAIRS = [
 ("length-to-end", _draft("Excavators moved on to the Ridgeway site on Monday 1 June 2026, when the dig began.", "The dig is expected to run for five years, wrapping up in the summer of 2028."),
                   _draft("Excavators moved on to the Ridgeway site on Monday 1 June 2026, when the dig began.", "The dig is expected to run for two years, wrapping up in the summer of 2028.")),
 ("clock-to-day", _draft("Talks between the union and the bus company broke down at 16:00 on Tuesday 6 October 2026.", "Buses had been off the road for ten days when a deal was struck on Thursday 15 October 2026."),
                  _draft("Talks between the union and the bus company broke down at 16:00 on Tuesday 6 October 2026.", "Buses had been off the road for nine days when a deal was struck on Thursday 15 October 2026.")),
 ("runs-until", _draft("The Norbury winter fair opens on Saturday 5 December 2026.", "Rides will operate for six weeks until Sunday 3 January."),
                _draft("The Norbury winter fair opens on Saturday 5 December 2026.", "Rides will operate for four weeks until Sunday 3 January.")),
 ("years-ago", _draft("The old Corn Exchange reopened as a cinema on Friday 20 March 2026.", "It last showed films 60 years ago, in 1976."),
               _draft("The old Corn Exchange reopened as a cinema on Friday 20 March 2026.", "It last showed films 50 years ago, in 1976.")),
 ("days-of", "The Ullswater swim festival runs from Friday 14 August to Monday 17 August, three days of open-water racing.",
             "The Ullswater swim festival runs from Friday 14 August to Monday 17 August, four days of open-water racing."),
 ("took-to-opening", _draft("The Millbrook health centre was opened on Monday 9 November 2026.", "Building began in April 2023 and took two years."),
                     _draft("The Millbrook health centre was opened on Monday 9 November 2026.", "Building began in April 2023 and took three and a half years.")),
 ("age-back-reference", _draft("Dylan Morgan won the Welsh open on Sunday 12 July 2026.", "Morgan sank a 20-foot putt on the last hole. The 35-year-old said it was the best day of his life.", "Morgan, who was born in 1998, turned professional in 2017."),
                        _draft("Dylan Morgan won the Welsh open on Sunday 12 July 2026.", "Morgan sank a 20-foot putt on the last hole. The 28-year-old said it was the best day of his life.", "Morgan, who was born in 1998, turned professional in 2017.")),
 ("month-parts", "The terns are away for ten months, departing in mid-September and arriving back in late April.",
                 "The terns are away for seven months, departing in mid-September and arriving back in late April."),
 ("headline-length", "# Market hall to close for four months\n\nThe Victorian market hall will close on Monday 2 February 2026 and reopen on Friday 31 July, the council said.",
                     "# Market hall to close for six months\n\nThe Victorian market hall will close on Monday 2 February 2026 and reopen on Friday 31 July, the council said."),
 ("ordinal", _draft("Former crew gathered at the Kilmore lifeboat station on Saturday 4 April 2026.", "The day marked the 150th anniversary of the station's opening in 1866."),
             _draft("Former crew gathered at the Kilmore lifeboat station on Saturday 4 April 2026.", "The day marked the 160th anniversary of the station's opening in 1866.")),
 ("span-form", "The by-election campaign lasted 30 days, ending on 12 March after it began on 20 February.",
               "The by-election campaign lasted 20 days, ending on 12 March after it began on 20 February."),
 ("since-year", _draft("The Clarke family's hardware shop will close on Saturday 27 June 2026.", "The family has run the shop for 60 years, since 1956."),
                _draft("The Clarke family's hardware shop will close on Saturday 27 June 2026.", "The family has run the shop for 70 years, since 1956.")),
]
BATCH_C = [(name, "FIG009" if name == "age-back-reference" else "FIG008", wrong, right)
           for name, wrong, right in BATCH_C_PAIRS]


@pytest.mark.parametrize("name,code,wrong,right", BATCH_C, ids=[f"c-{c[0]}" for c in BATCH_C])
def test_time_relation_third_batch(linter, name, code, wrong, right):
    assert code in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


# -- a fourth batch (10 pairs), written after batch C's changes and before running them:
# first run 7 of 10 (recorded in docs/evaluation-figures.md). Its age pair is still missed
# ("The 39-year-old replaces Ian Ward": the age is read as Ward's) and is kept out of the
# firing test; its control is tested quiet.
BATCH_D_PAIRS = [
 ("length-to-end", _draft("Resurfacing of the M62 between junctions 24 and 25 got going on Monday 12 January 2026.", "The scheme will last nine months, finishing by the end of 2027."),
                   _draft("Resurfacing of the M62 between junctions 24 and 25 got going on Monday 12 January 2026.", "The scheme will last nearly two years, finishing by the end of 2027.")),
 ("clock-to-day", _draft("Water supplies to 9,000 homes in Brixley were cut off at 11:00 on Wednesday 4 March 2026.", "Homes had been without water for two days when supplies returned on Monday 9 March 2026."),
                  _draft("Water supplies to 9,000 homes in Brixley were cut off at 11:00 on Wednesday 4 March 2026.", "Homes had been without water for five days when supplies returned on Monday 9 March 2026.")),
 ("runs-until", _draft("The Kelvin Hall exhibition of Inuit art opens on Friday 16 October 2026.", "It will be on show for four weeks until Sunday 17 January."),
                _draft("The Kelvin Hall exhibition of Inuit art opens on Friday 16 October 2026.", "It will be on show for 13 weeks until Sunday 17 January.")),
 ("years-ago", _draft("Residents of Pelton celebrated the reopening of their station on Saturday 25 April 2026.", "The last train called there 58 years ago, in 1963."),
               _draft("Residents of Pelton celebrated the reopening of their station on Saturday 25 April 2026.", "The last train called there 63 years ago, in 1963.")),
 ("days-of", "The Tenby arts week runs from Saturday 19 September to Saturday 26 September, seven days of concerts, readings and talks.",
             "The Tenby arts week runs from Saturday 19 September to Saturday 26 September, eight days of concerts, readings and talks."),
 ("took-to-opening", _draft("The Dunmore bypass was officially opened on Tuesday 1 December 2026.", "Construction started in February 2024 and lasted 18 months."),
                     _draft("The Dunmore bypass was officially opened on Tuesday 1 December 2026.", "Construction started in February 2024 and lasted nearly three years.")),
 ("age-back-reference", _draft("Grace Achebe was named head of Rowley college on Tuesday 8 September 2026.", "Achebe has taught at the college since 2005. The 39-year-old replaces Ian Ward, who retired in July.", "Achebe, who was born in 1976, grew up in Nottingham."),
                        _draft("Grace Achebe was named head of Rowley college on Tuesday 8 September 2026.", "Achebe has taught at the college since 2005. The 50-year-old replaces Ian Ward, who retired in July.", "Achebe, who was born in 1976, grew up in Nottingham.")),
 ("month-parts", "Swallows spend nine months in Africa, leaving in late September and returning in mid-April.",
                 "Swallows spend six and a half months in Africa, leaving in late September and returning in mid-April."),
 ("headline-length", "# Pier closed for six weeks after storm damage\n\nCleeve pier will be closed from Monday 2 March 2026 until Friday 29 May while engineers repair the deck.",
                     "# Pier closed for 13 weeks after storm damage\n\nCleeve pier will be closed from Monday 2 March 2026 until Friday 29 May while engineers repair the deck."),
 ("ordinal", _draft("The Fenwick rugby club held a gala dinner on Saturday 30 May 2026.", "Players past and present marked the 125th anniversary of the club's founding in 1896."),
             _draft("The Fenwick rugby club held a gala dinner on Saturday 30 May 2026.", "Players past and present marked the 130th anniversary of the club's founding in 1896.")),
]
BATCH_D = [(name, "FIG009" if name == "age-back-reference" else "FIG008", wrong, right)
           for name, wrong, right in BATCH_D_PAIRS]


@pytest.mark.parametrize("name,code,wrong,right", [c for c in BATCH_D if c[0] != "age-back-reference"],
                         ids=[f"d-{c[0]}" for c in BATCH_D if c[0] != "age-back-reference"])
def test_time_relation_fourth_batch(linter, name, code, wrong, right):
    assert code in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_fourth_batch_known_miss_control_quiet(linter):
    (name, code, wrong, right), = [c for c in BATCH_D if c[0] == "age-back-reference"]
    assert linter.codes(right, select=["FIG"]) == [], right


def test_a_time_at_the_end_of_a_sentence_is_shown_without_its_full_stop(linter):
    [f] = linter.lint("The 90-minute hearing ran from 10am to 12pm.\n", select=["FIG008"])
    assert "10am to 12pm is 120 minutes" in f.message

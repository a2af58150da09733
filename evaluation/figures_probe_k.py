"""Probe family k of the figures rules: hand-written error/control pairs, one relation per group.

Written at the start of the round, before any change it prompted, in wording of our own
(new subjects, names and numbers). Each case is one draft template with one slot ``{v}``:
filled with the right value it is the control (which must stay quiet), filled with the
wrong value it is the error (which must draw a figures finding). ``{d}`` in a case's
front matter date is the draft's date. Nothing is written to disk.

Family l (``--family l``) was written later in the round, after the changes family k
prompted and before running it, in other wording again: its first run is the estimate
for unseen wording.

Family m (``--family m``) was written after family l's changes and before running it:
the relations in draft-like settings (attributed, quoted, across sentences, in the lead
after a headline), in other wording again.

Family n (``--family n``) was written after family m's changes and the four whole drafts,
before running it: the relations as translated copy writes them (calques, "per cent",
"millions of euros", a source's voice), in other wording again.

Family o (``--family o``) was written after family n's changes, before running it: the
brief's relations once more, in sentences shaped like news leads and later paragraphs.

Family p (``--family p``) was written last, after family o's changes and the six whole
drafts, before running it: the brief's relations in wording none of the others use.

Family q (``--family q``) was written after family p's changes, before running it.

Family r (``--family r``) was written at the start of round 2, before any change it
prompted: relations across sentences and paragraphs, or through a time span.

Family s (``--family s``) was written after family r's changes, before running it.

Family t (``--family t``) was written at the start of round 3, before any change it
prompted: durations over dated clock times and years, shares against parts elsewhere,
totals across the draft, shares over 100% and changes in points against a table.

Family u (``--family u``) was written after family t's changes, before running it.

Family v (``--family v``) was written at the start of round 4, before any change it
prompted: parts listed after a total, rates and shares against their own counts, a table
against the text, the same count restated, months and hours between two ends, ratios,
shares past 100% and percent against points.

Family w (``--family w``) was written after family v's changes, before running it.

Usage: ``python evaluation/figures_probe_k.py [--family k|l|m|n|o|p|q|r|s|t|u|v|w] [--show] [--only RELATION]``
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lintnews.engine.config import Settings  # noqa: E402
from lintnews.engine.linter import Linter  # noqa: E402

FIGURES = Settings(select=("figures",))

PAD_A = "The scheme was discussed at a public meeting on Tuesday evening, officials confirmed."
PAD_B = "A further update is expected before the end of the year."

# (relation, template, right value, wrong value[, draft date])
CASES = [
    # -- products and averages
    ("product", "Fourteen coaches, each carrying 52 fans, left Carlisle at dawn - {v} supporters in all.", "728", "810"),
    ("product", "The charity handed out 230 hampers worth £45 each, a total of £{v}.", "10,350", "12,350"),
    ("product", "The 36 volunteers each gave eight hours, {v} hours of work between them.", "288", "320"),
    ("product", "Each of the 65 households received £180, or £{v} altogether.", "11,700", "13,700"),
    ("product", "Nine lorries carrying 24 tonnes apiece delivered {v} tonnes of grit to the depot.", "216", "261"),
    ("product", "There are 18 classrooms with 30 pupils in each, making {v} pupils.", "540", "620"),
    ("average", "Donations averaged £250 across 60 families, £{v} in total.", "15,000", "18,000"),
    ("average", "The 120 allotments produced {v} kg of potatoes, an average of 35 kg a plot.", "4,200", "5,100"),
    ("average", "The council will spend £3m on 500 homes, or £{v} a home.", "6,000", "8,000"),
    ("average", "The £1.8m grant covers 300 apprentices, about £{v} per apprentice.", "6,000", "7,500"),
    ("average", "Across 25 branches the bank lent £{v}, an average of £40,000 each.", "1m", "1.4m"),
    ("average", "A total of 4,800 tickets were sold over 12 nights, an average of {v} a night.", "400", "480"),
    # -- differences stated as a gap
    ("gap", "Ballymena scored 31 points and Omagh 24, a {v}-point margin.", "seven", "nine"),
    ("gap", "Councillor Reyes beat her rival by {v} votes, 340 to 318.", "22", "12"),
    ("gap", "The Greens took 4,210 votes to Labour's 3,880, a majority of {v}.", "330", "530"),
    ("gap", "Northfield won 78-64, a margin of {v} points.", "14", "18"),
    ("gap", "The winner finished in 41 minutes, {v} minutes ahead of the runner-up on 47.", "six", "eight"),
    ("gap", "Men earn £15.20 an hour on average and women £13.70, a gap of £{v}.", "1.50", "2.50"),
    ("gap", "The difference between the two bids, £8.4m and £7.1m, is £{v}.", "1.3m", "1.9m"),
    ("pp", "Support rose from 40% to 46%, a rise of {v} percentage points.", "six", "ten"),
    ("pp", "Turnout fell from 63% to 58%, down {v} points.", "five", "eight"),
    ("pp", "The jobless rate climbed from 4.2% to 5.1%, an increase of {v} percentage points.", "0.9", "1.9"),
    ("pp", "The party's share went up {v} points, from 28% to 35%.", "seven", "four"),
    ("pp", "Its vote share dropped by {v} percentage points to 22%, from 31% in 2021.", "nine", "six"),
    # -- time and date arithmetic
    ("anniversary", "The lido opened in 1998 and celebrates its {v} anniversary this summer.", "28th", "30th", "2026-06-02"),
    ("anniversary", "Founded in 1971, the choir marks {v} years this month.", "55", "50", "2026-06-02"),
    ("anniversary", "The bridge, completed in 1926, turns {v} this year.", "100", "90", "2026-06-02"),
    ("anniversary", "It is {v} years since the pit closed in 1986.", "40", "35", "2026-06-02"),
    ("anniversary", "The festival, first held in 2001, returns for its {v} year.", "26th", "21st", "2026-06-02"),
    ("later", "The shop was raided on 23 April. Three weeks later, on {v} May, police made an arrest.", "14", "19"),
    ("later", "She was admitted on 2 March and discharged {v} days later, on 12 March.", "ten", "seven"),
    ("later", "The leak was found on 9 January; ten days on, on {v} January, the main was repaired.", "19", "24"),
    ("later", "Talks began on 1 September and collapsed a fortnight later, on {v} September.", "15", "22"),
    ("later", "The ferry sank on 4 October. Its captain was charged {v} weeks later, on 1 November.", "four", "six"),
    ("span", "The exhibition runs from 2 to {v} June, a fortnight.", "16", "19"),
    ("span", "Voting was open from 3 to 24 March, {v} weeks.", "three", "four"),
    ("span", "The strike lasted {v} days, from 11 to 18 February.", "seven", "nine"),
    ("span", "Between 1 and {v} July, a ten-day window, bookings were free.", "10", "14"),
    ("span", "The road closed from 6 May until 27 May, a {v}-week closure.", "three", "five"),
    ("elapsed", "In 2009, {v} years after the 1995 merger, the firm was sold.", "14", "12"),
    ("elapsed", "The club was relegated in 1982 and promoted again in 1994, {v} years later.", "12", "15"),
    ("elapsed", "The mill closed in 1958, {v} years after it opened in 1901.", "57", "47"),
    ("elapsed", "Built in 1870, the pier was rebuilt {v} years later, in 1925.", "55", "45"),
    ("elapsed", "After {v} years in office, from 2004 to 2019, she stood down.", "15", "13"),
    # -- fractions and multiples
    ("multiple", "Membership {v} from 3,100 to 5,900.", "almost doubled", "more than doubled"),
    ("multiple", "Visitor numbers {v} from 86,000 to 52,000.", "fell by almost 40%", "halved"),
    ("multiple", "The price of a season ticket has {v} since 2015, from £120 to £360.", "tripled", "quadrupled"),
    ("multiple", "Staff numbers were cut by {v}, from 900 to 600.", "a third", "a quarter"),
    ("multiple", "Complaints rose {v}, from 210 to 840.", "fourfold", "threefold"),
    ("multiple", "Applications fell by half, from 4,400 to {v}.", "2,200", "3,100"),
    ("fraction", "A quarter of the 480 staff, {v} people, will lose their jobs.", "120", "150"),
    ("fraction", "Two-thirds of the 90 members, or {v}, voted in favour.", "60", "70"),
    ("fraction", "Nearly half of the 1,200 respondents - {v} - said they felt unsafe.", "590", "410"),
    ("fraction", "Of the 350 cases, a fifth - {v} - were dropped.", "70", "90"),
    ("fraction", "The new rota has a third fewer shifts: {v}, down from 60.", "40", "48"),
    # -- remaining
    ("remaining", "Of the 90 places, 35 were filled and {v} remain.", "55", "45"),
    ("remaining", "The appeal needed £50,000. It has raised £32,000, leaving £{v} to find.", "18,000", "28,000"),
    ("remaining", "Of the 600 tickets, 420 have been sold, so {v} are still available.", "180", "240"),
    ("remaining", "The club has 40 lockers; 26 are taken and {v} are free.", "14", "18"),
    ("remaining", "Out of a budget of £2.4m, £1.9m has been spent and £{v} is left.", "500,000", "700,000"),
    # -- counts split by kind in the next sentence
    ("split", "Eleven people were hurt. Four were children and {v} adults.", "seven", "eight"),
    ("split", "The crash injured 23 passengers. Nine were taken to hospital and {v} were treated at the scene.", "14", "17"),
    ("split", "Police arrested 15 people. Six were later charged and {v} released without charge.", "nine", "11"),
    ("split", "Thirty schools will close. Eighteen are primaries and {v} are secondaries.", "12", "16"),
    ("split", "The fire station has 28 firefighters. Twenty are full-time and {v} are on call.", "eight", "12"),
    # -- same quantity restated with a different value
    ("restated", "# Ferry operator to axe {v} crossings\n\nThe operator said it would scrap 46 weekly crossings from March.", "46", "64"),
    ("restated", "The hospital treated 312 patients over the weekend.\n\n" + PAD_A + "\n\nStaff said the {v} patients had overwhelmed the unit.", "312", "321"),
    ("restated", "A total of 740 homes lost power in the storm.\n\n" + PAD_A + "\n\nEngineers restored supply to all {v} homes by Friday.", "740", "470"),
    ("restated", "# Library cuts will close {v} branches\n\n*The council plans to close nine of its 31 libraries.*\n\nThe council voted to close nine libraries.", "nine", "eleven"),
    ("restated", "The festival drew 18,000 visitors, organisers said.\n\n" + PAD_A + "\n\nThe {v} visitors spent an estimated £2m in the town.", "18,000", "21,000"),
]

CASES_L = [
    # -- products and averages
    ("product", "Each of the eight crews fitted 15 boilers, {v} boilers in total.", "120", "150"),
    ("product", "Twenty stalls paid a £35 pitch fee, bringing in £{v}.", "700", "900"),
    ("product", "The firm runs 16 ferries with room for 90 cars apiece, capacity for {v} cars.", "1,440", "1,600"),
    ("product", "Every one of the 48 members chipped in £25, so the club raised £{v}.", "1,200", "1,500"),
    ("product", "Five planes carrying 180 passengers each flew {v} people home.", "900", "1,080"),
    ("average", "The 40 households were paid £{v} in all, an average of £300 each.", "12,000", "15,000"),
    ("average", "A £2m fund for 400 pupils works out at £{v} a pupil.", "5,000", "4,000"),
    ("average", "Across its 30 stores the chain took £{v}, or £150,000 per store.", "4.5m", "3.9m"),
    ("average", "The 16 food banks handed out 9,600 parcels, about {v} each.", "600", "800"),
    ("average", "Over 20 days the count reached 3,000, an average of {v} a day.", "150", "180"),
    # -- gaps
    ("gap", "The incumbent won with 2,845 votes to the challenger's 2,611, a majority of {v}.", "234", "334"),
    ("gap", "Kilmarnock edged it 2-1 after trailing, while Ayr won 5-0 for a {v}-goal margin.", "five", "four"),
    ("gap", "Riders from the two clubs finished on 212 and 187 points, {v} points apart.", "25", "35"),
    ("gap", "The home side won 27-13, a {v}-point victory.", "14", "16"),
    ("gap", "Prices are £4.80 in the north and £3.95 in the south, a difference of {v}p.", "85", "65"),
    ("gap", "She edged out Moreno by {v} votes, 1,004 to 987.", "17", "27"),
    ("pp", "The approval rating slipped from 52% to 47%, a fall of {v} points.", "five", "seven"),
    ("pp", "Home ownership among under-35s rose {v} percentage points, to 41% from 36%.", "five", "eight"),
    # -- dates and years
    ("later", "The plant was shut on 8 June and reopened {v} days later, on 20 June.", "12", "15"),
    ("later", "Nominations closed on 30 April. Two weeks later, on {v} May, the shortlist was published.", "14", "21"),
    ("later", "He vanished on 11 August; {v} days on, on 16 August, he was found safe.", "five", "nine"),
    ("span", "The consultation ran for {v} weeks, from 5 January to 2 February.", "four", "six"),
    ("span", "Between 12 and 26 October, a period of {v} days, the lane was shut.", "14", "11"),
    ("elapsed", "The band split in 1983 and re-formed {v} years later, in 2005.", "22", "20"),
    ("elapsed", "In 2017, {v} years after the 1999 flood, the barrier was finished.", "18", "15"),
    ("elapsed", "The market, which moved in 1931, shut {v} years later in 1986.", "55", "45"),
    ("anniversary", "The pier first opened in 1926, exactly {v} years ago.", "100", "90", "2026-06-02"),
    ("anniversary", "It is {v} years since the mine disaster of 1966.", "60", "50", "2026-06-02"),
    ("anniversary", "Established in 1986, the trust is celebrating {v} years this month.", "40", "45", "2026-06-02"),
    # -- multiples and fractions
    ("multiple", "The number of cases {v}, from 1,200 to 3,700.", "roughly tripled", "roughly doubled"),
    ("multiple", "Fares have {v} in a decade, from £2.10 to £4.30.", "doubled", "tripled"),
    ("multiple", "Its workforce shrank by {v}, from 1,600 to 1,200.", "a quarter", "a third"),
    ("fraction", "Three-quarters of the 840 runners - {v} - finished.", "630", "580"),
    ("fraction", "About a fifth of the 2,500 homes, some {v}, have no heating.", "500", "800"),
    ("fraction", "One in four of the 320 staff, {v} in all, took voluntary redundancy.", "80", "64"),
    # -- remaining and splits
    ("remaining", "Of the 75 tickets, 52 have gone and {v} remain.", "23", "28"),
    ("remaining", "The fund started with £900,000; £650,000 has been paid out, leaving £{v}.", "250,000", "350,000"),
    ("remaining", "The school has 30 classrooms. Twenty-two are in use, leaving {v} empty.", "eight", "ten"),
    ("split", "Nineteen people were rescued. Seven were crew and {v} passengers.", "12", "14"),
    ("split", "A total of 64 jobs will go, {v} in Derby and 40 in Leicester.", "24", "34"),
    ("split", "Sixteen candidates stood: nine men and {v} women.", "seven", "eight"),
    # -- restatements
    ("restated", "# Council to sell {v} farms\n\nThe council will sell 14 of its farms to raise money.", "14", "18"),
    ("restated", "Police seized 230 kg of cannabis in the raid.\n\n" + PAD_A + "\n\nThe {v} kg haul was the largest this year.", "230", "320"),
    ("restated", "The storm left 2,600 homes without power.\n\n" + PAD_A + "\n\nBy Friday all {v} homes had been reconnected.", "2,600", "2,060"),
]

CASES_M = [
    ("product", "The council said 22 gritters, each covering 35 miles of road, would treat {v} miles overnight.", "770", "700"),
    ("product", "\"We sent out 14 teams of six volunteers - {v} people in all,\" the organiser said.", "84", "96"),
    ("product", "Organisers said 3,000 runners had each paid a £20 entry fee, raising £{v} for the hospice.", "60,000", "80,000"),
    ("average", "The trust spent £6.3m on 90 new ambulances, about £{v} each, according to its annual report.", "70,000", "90,000"),
    ("average", "In total, the scheme paid out £{v} to 250 farmers, an average of £8,000 per farm.", "2m", "2.6m"),
    ("gap", "According to the returning officer, Ms Dube polled 14,302 votes and Mr Kerr 12,977, a majority of {v}.", "1,325", "1,525"),
    ("gap", "City won 4-1 on Saturday, their biggest margin of the season at {v} goals.", "three", "four"),
    ("gap", "The winning bid of £410,000 beat the next highest, £365,000, by £{v}.", "45,000", "55,000"),
    ("gap", "Average pay in the town is £27,400, compared with £31,900 nationally - a gap of £{v}.", "4,500", "3,500"),
    ("pp", "Turnout was 34%, down {v} points on the 41% recorded in 2021.", "seven", "nine"),
    ("later", "The shop was first raided on 3 March.\n\nOfficers returned {v} weeks later, on 24 March, and seized more goods.", "three", "five"),
    ("later", "Work started on 7 July. Eleven days later, on {v} July, the first span was lifted into place.", "18", "21"),
    ("elapsed", "The trust was set up in 1994. In 2012, {v} years later, it merged with a neighbour.", "18", "16"),
    ("elapsed", "Founded in 1889, the club won its first league title {v} years later, in 1921.", "32", "42"),
    ("anniversary", "The lifeboat station, which opened in 1876, marks {v} years this weekend.", "150", "140", "2026-06-02"),
    ("anniversary", "\"It's {v} years since we first opened the doors in 1991,\" said the owner.", "35", "30", "2026-06-02"),
    ("multiple", "Calls to the helpline have {v}, from 420 a week last year to 1,310.", "tripled", "doubled"),
    ("multiple", "Passenger numbers {v} in the first year, from 220,000 to 410,000, the operator said.", "nearly doubled", "more than doubled"),
    ("fraction", "Of the 96 beds, a quarter - {v} - are reserved for children.", "24", "32"),
    ("fraction", "Nearly two-thirds of the 1,500 people asked, {v}, backed the plan.", "980", "760"),
    ("remaining", "The target is 2,000 trees. Volunteers have planted 1,350 so far, leaving {v} to go.", "650", "850"),
    ("remaining", "Of the 48 flats, 30 have been sold and {v} are still available, the developer said.", "18", "22"),
    ("split", "Twenty-three people were taken to hospital. Nine were children and {v} were adults.", "14", "16"),
    ("split", "The force recorded 410 offences. Of these, 260 were thefts and {v} were assaults.", "150", "170"),
    ("restated", "# Hospital to cut {v} beds\n\nThe hospital will cut 48 beds from its wards next year, managers said.", "48", "40"),
    ("restated", "Fire crews spent 14 hours at the scene.\n\n" + PAD_A + "\n\nAfter the {v}-hour operation, the road reopened.", "14", "11"),
]

CASES_N = [
    ("product", "The prefecture mobilised 35 buses of 50 places each, that is to say {v} places.", "1,750", "1,500"),
    ("product", "Each one of the 120 cooperatives will receive 15,000 euros, in total {v} million euros.", "1.8", "2.1"),
    ("average", "The 2,400 families received in total 3.6 million euros, which is {v} euros for each family.", "1,500", "1,800"),
    ("average", "With 42 million yuan for 70 villages, each village receives on average {v} million yuan.", "0.6", "0.8"),
    ("gap", "The candidate of the left obtained 51.8% against 48.2% for his rival, a difference of {v} points.", "3.6", "4.6"),
    ("gap", "The home team imposed itself by 3-0, a difference of {v} goals.", "three", "two"),
    ("gap", "The list of the mayor obtained 12,480 votes and the opposition 11,930, that is {v} votes of difference.", "550", "650"),
    ("pp", "The unemployment passed from 8.1% to 9.4%, a rise of {v} points.", "1.3", "2.3"),
    ("later", "The accident happened on 2 February. {v} days after, on 13 February, the minister visited the zone.", "Eleven", "Nine"),
    ("later", "The works began the 4 of March and finished {v} weeks later, on 15 April.", "six", "eight"),
    ("elapsed", "The factory was founded in 1962 and closed in 2009, after {v} years of activity.", "47", "57"),
    ("elapsed", "In 1997, {v} years after the reunification of 1990, the company changed its name.", "seven", "nine"),
    ("anniversary", "It makes {v} years that the dam was inaugurated, in 1976.", "50", "40", "2026-06-02"),
    ("anniversary", "The association, created in 1996, celebrates this year its {v} years.", "30", "25", "2026-06-02"),
    ("multiple", "The price of the kilo {v}, passing from 4 euros to 12 euros.", "tripled", "doubled"),
    ("multiple", "The visitors were divided by two, from 88,000 to {v}.", "44,000", "61,000"),
    ("fraction", "The third of the 1,500 employees, that is to say {v} persons, works in the night.", "500", "600"),
    ("fraction", "Half of the 640 pupils, that is {v}, come from outside the city.", "320", "380"),
    ("remaining", "Of the 200 million euros promised, 140 million were paid and {v} million remain to pay.", "60", "80"),
    ("remaining", "The hospital has 450 beds, of which 390 are occupied; there remain {v} free beds.", "60", "90"),
    ("split", "The fire made 27 victims, among them 15 women and {v} men.", "12", "14"),
    ("split", "The 60 delegates are divided so: 25 of the north, 20 of the centre and {v} of the south.", "15", "19"),
    ("restated", "# Strike: {v} flights cancelled at Orly\n\nThe strike of the controllers provoked the cancellation of 430 flights at Orly on Thursday.", "430", "340"),
    ("restated", "The police arrested 37 persons during the protest.\n\n" + PAD_A + "\n\nThe {v} persons arrested will pass before a judge on Monday.", "37", "73"),
]

CASES_O = [
    ("product", "Six charter flights with 189 seats each will carry {v} fans to the final.", "1,134", "1,300"),
    ("product", "The estate's 64 flats each have two bedrooms, {v} bedrooms in all.", "128", "148"),
    ("product", "At £12 a head, the 350 guests paid £{v} for the dinner.", "4,200", "4,800"),
    ("average", "The 14 libraries lent 98,000 books last year, roughly {v} per library.", "7,000", "9,000"),
    ("average", "Spread across 12 months, the £54,000 bill comes to £{v} a month.", "4,500", "5,400"),
    ("average", "The region's 850 care homes received £17m, an average of £{v} a home.", "20,000", "25,000"),
    ("gap", "Bristol finished on 68 points, {v} ahead of Bath on 61.", "seven", "nine"),
    ("gap", "Ms Obi's 22,310 votes gave her a lead of {v} over Mr Hale's 19,870.", "2,440", "3,440"),
    ("gap", "Hospital A treated 91% of patients within four hours and Hospital B 84%, a gap of {v} points.", "seven", "nine"),
    ("gap", "He ran the course in 2 hours 41 minutes, {v} minutes slower than his best of 2 hours 33.", "eight", "11"),
    ("pp", "Its market share rose to 27%, from 22% a year earlier, a gain of {v} percentage points.", "five", "seven"),
    ("later", "The ship left Hull on 9 September and docked in Lagos {v} days later, on 30 September.", "21", "18"),
    ("later", "She was elected on 5 May 2022. Eighteen months later, in {v} 2023, she resigned.", "November", "August"),
    ("span", "The trial ran from 4 to 22 November, {v} days in all.", "19", "15"),
    ("elapsed", "The bridge opened in 1932; {v} years later, in 2001, it was listed.", "69", "59"),
    ("elapsed", "The band's first album came out in 1994, and its last in 2019, {v} years on.", "25", "29"),
    ("anniversary", "The society, founded in 1926, is marking its {v} anniversary this year.", "centenary", "90th"),
    ("multiple", "Rents have {v} since 2010, from £450 to £1,400 a month.", "roughly tripled", "more than quadrupled"),
    ("multiple", "The backlog has been {v}, from 18,000 to 9,200 cases.", "roughly halved", "cut by a quarter"),
    ("fraction", "Almost a third of the 3,900 jobs - {v} - are part-time.", "1,240", "1,640"),
    ("fraction", "One in five of the 2,500 drivers stopped, {v}, was over the limit.", "500", "650"),
    ("remaining", "The charity has raised £{v} of its £120,000 target, with £35,000 still to find.", "85,000", "95,000"),
    ("remaining", "Of the 52 cottages, 31 are holiday lets and {v} are lived in all year.", "21", "25"),
    ("split", "The crash involved 17 vehicles. Eleven were cars and {v} were lorries.", "six", "eight"),
    ("restated", "# Airport to create {v} jobs\n\nThe expansion will create 850 jobs over five years, the airport said.", "850", "580"),
    ("restated", "The club has 1,450 members.\n\n" + PAD_A + "\n\nAll {v} members will be asked to vote.", "1,450", "1,540"),
]

CASES_P = [
    ("product", "Thirty-two volunteers gave up three evenings apiece, {v} evenings of work altogether.", "96", "112"),
    ("product", "Every table seats eight, so the 45 tables give room for {v} diners.", "360", "400"),
    ("average", "Takings of £91,000 over 13 weeks mean the shop averages £{v} a week.", "7,000", "9,000"),
    ("average", "Each of the 30 schools will get an equal share of the £1.5m, or £{v}.", "50,000", "45,000"),
    ("gap", "Turnout in the east was 38% and in the west 31%, a difference of {v} percentage points.", "seven", "nine"),
    ("gap", "Wales won the try count 5-2, outscoring their hosts by {v} tries.", "three", "two"),
    ("gap", "The longest journey took 94 minutes and the shortest 51, a spread of {v} minutes.", "43", "33"),
    ("pp", "Approval stands at 44%, {v} points lower than the 52% of January.", "eight", "six"),
    ("later", "Flooding closed the road on 19 December; it reopened {v} days later, on 2 January.", "14", "12"),
    ("later", "The suspect was arrested on 1 June and charged {v} days later, on 4 June.", "three", "five"),
    ("elapsed", "The first ferry sailed in 1964. The route closed in 2012, {v} years later.", "48", "38"),
    ("elapsed", "Built in 1899 and demolished in 1971, the stand lasted {v} years.", "72", "62"),
    ("anniversary", "The paper, first printed in 1826, celebrates its {v} anniversary this month.", "200th", "150th", "2026-06-02"),
    ("multiple", "The queue of cases has {v}, from 2,300 to 7,100.", "more than tripled", "more than quadrupled"),
    ("multiple", "Membership fell by {v}, from 1,200 to 600.", "half", "a third"),
    ("fraction", "Roughly two in five of the 1,100 flats, {v}, need new windows.", "440", "520"),
    ("fraction", "Three-fifths of the 85 pupils - {v} - walk to school.", "51", "61"),
    ("remaining", "The shelter can take 120 dogs. It holds 97 at present, so {v} places are free.", "23", "33"),
    ("remaining", "Of the 3,000 trees promised, 2,140 are in the ground and the other {v} will follow in spring.", "860", "960"),
    ("split", "Some 26 crew were on board. Fourteen were Filipino and {v} Ukrainian.", "12", "15"),
    ("split", "The hospital has 640 beds: 410 general, 150 surgical and {v} intensive care.", "80", "120"),
    ("restated", "# Zoo welcomes {v} visitors on record day\n\nThe zoo had 9,300 visitors on Sunday, its busiest day ever.", "9,300", "3,900"),
    ("restated", "Customs officers seized 2.4 tonnes of tobacco.\n\n" + PAD_A + "\n\nThe {v}-tonne haul was worth £900,000.", "2.4", "4.2"),
]

CASES_Q = [
    ("product", "The museum's nine galleries hold 140 works apiece, or {v} works on show.", "1,260", "1,400"),
    ("product", "With 16 rows of 25 seats, the hall holds {v} people.", "400", "450"),
    ("average", "Together the 11 branches lent out 66,000 books, some {v} a branch.", "6,000", "7,500"),
    ("average", "The £4.8m will be split evenly between the 12 councils, giving each £{v}.", "400,000", "480,000"),
    ("gap", "In the final round Okafor scored 9.45 and Lindqvist 9.10, a margin of {v}.", "0.35", "0.55"),
    ("gap", "The Tories held on with 18,204 votes, just {v} more than Labour's 17,950.", "254", "354"),
    ("gap", "Men's median pay was £16.40 an hour against £14.90 for women, a {v}p gap.", "150", "110"),
    ("pp", "The share of pupils reaching the standard went up by {v} points to 68%, from 61%.", "seven", "five"),
    ("later", "The mill burned down on 3 August 1887 and was rebuilt {v} years later, in 1890.", "three", "five"),
    ("later", "Voting closes on 28 February, {v} days after it opened on 14 February.", "14", "10"),
    ("elapsed", "The line opened in 1848. It shut in 1965, after {v} years of service.", "117", "107"),
    ("anniversary", "Next month the theatre, which opened in 1976, marks half a century, or {v} years.", "50", "40", "2026-06-02"),
    ("multiple", "The cost of the scheme {v}, from £120m to £250m.", "more than doubled", "nearly tripled"),
    ("fraction", "Around three in ten of the 4,500 homes surveyed - {v} - had damp.", "1,350", "1,850"),
    ("fraction", "Less than a quarter of the 820 players, {v}, are women.", "190", "260"),
    ("remaining", "A total of 75 flats were built; 48 have been sold and the remaining {v} are for rent.", "27", "32"),
    ("remaining", "The club needed 30 volunteers. It found 22, {v} short of its target.", "eight", "six"),
    ("split", "Police issued 64 fines. Of these, 41 were for speeding and {v} for using a phone.", "23", "29"),
    ("split", "The jury of 12 was made up of seven women and {v} men.", "five", "six"),
    ("restated", "# Ferry firm cuts {v} sailings\n\n*Islanders lose 180 weekly sailings from April.*\n\nThe operator confirmed 180 sailings a week would go.", "180", "210"),
]

# Family r: written at the start of round 2 (issue 15), before any change it prompted. Relations
# stated across sentences and paragraphs, or through a time span: a restatement under another
# noun or verb, a duration over dates or clock times stated elsewhere, parts against a total in
# another sentence or a table, a fraction or multiple against a figure given elsewhere, a gap
# between two race or clock times, an age against a birth year and the draft's date.
CASES_R = [
    # -- 1. the same quantity restated under another noun or verb
    ("restated", "Flooding swamped 2,300 acres of farmland on Tuesday.\n\n" + PAD_A + "\n\nThe {v} acres affected include three organic farms.", "2,300", "3,200"),
    ("restated", "Some 860 passengers were stranded overnight at the terminal.\n\n" + PAD_A + "\n\nThe {v} stranded passengers were offered hotel rooms.", "860", "680"),
    ("restated", "About 2,750 workers were laid off at the plant in March.\n\n" + PAD_A + "\n\nUnions said the {v} laid-off workers would be paid in full.", "2,750", "2,570"),
    ("restated", "Firefighters evacuated 420 pupils from the school.\n\n" + PAD_A + "\n\nThe {v} evacuated pupils were sent home early.", "420", "240"),
    ("restated", "The storm destroyed 1,260 trees across the county.\n\n" + PAD_A + "\n\nClearing the {v} trees lost will take weeks.", "1,260", "1,620"),
    ("restated", "# Coastguard rescues {v} swimmers in heatwave\n\nVolunteers pulled 75 people from the sea over the weekend, the coastguard said.", "75", "95"),
    ("restated", "# Heatwave: {v} lives saved by lifeguards\n\nLifeguards rescued some 130 people on the county's beaches last month.", "130", "180"),
    ("restated", "# One in {v} post offices shut since 2015\n\nThe network lost 96 of its 480 branches, about one in five.", "five", "ten"),
    ("restated", "Around 5,600 homes were cut off by the landslide.\n\n" + PAD_A + "\n\nEngineers expect the {v} homes cut off to be reconnected by Sunday.", "5,600", "6,500"),
    # -- 2. a duration over dates, months or clock times stated elsewhere
    ("span", "The bridge stayed shut for {v} months, closing in early February and reopening at the end of September.", "eight", "eleven"),
    ("span", "The expedition spent {v} months at sea, sailing in mid-October and returning in late June.", "eight", "eleven"),
    ("span", "# Pool shut for {v} weeks\n\nThe pool closed on Monday 2 March and reopened on Monday 25 May.", "12", "15", "2026-06-02"),
    ("span", "The museum will be shut from Monday 4 May until Friday 31 July, a closure of {v} weeks.", "13", "16", "2026-04-02"),
    ("span", "The {v}-hour search ended without a trace of the boat.\n\nCrews set off at 21:15 and got back at 09:15 the following morning.", "12", "16"),
    ("span", "The count began at 10pm on Thursday and ended at 4am on Friday.\n\nOfficials blamed the {v}-hour count on a shortage of staff.", "six", "nine"),
    ("span", "Walkers set out at 6.30am and reached the summit at 2.30pm, an {v}-hour climb.", "eight", "eleven"),
    # -- 3. parts against a total in another sentence or a table
    ("parts", "Of the {v} tonnes collected, 5,200 were of paper, 3,100 of glass and 1,500 of plastic.", "9,800", "9,400"),
    ("parts", "| Site | Days over limit |\n|---|---|\n| North Road | 12 |\n| Station Square | 15 |\n| Mill Lane | 8 |\n\nThe limit was breached on {v} days in all across the three sites.", "35", "38"),
    ("parts", "The motion passed by 31 votes to 17, with 4 abstentions.\n\nAll {v} members present took part in the vote.", "52", "50"),
    ("parts", "The appeal raised £{v} last year. Of that, £30,000 came from local firms, £12,000 from grants and £8,000 from a raffle.", "50,000", "56,000"),
    ("parts", "Some {v} jobs will go. The factory will lose 240 posts, the warehouse 95 and the head office 40.", "375", "425"),
    ("parts", "The board's vote was 7 in favour, 4 against and 1 abstention. All {v} directors attended.", "12", "11"),
    # -- 4. a fraction or multiple against figures given elsewhere
    ("fraction", "The firm employs 1,240 people.\n\n" + PAD_A + "\n\nNearly half the workforce, {v} staff, will be laid off.", "600", "420"),
    ("fraction", "The school has 620 pupils. About a quarter of them, {v}, walk to school.", "150", "210"),
    ("fraction", "The club has 2,400 members.\n\n" + PAD_A + "\n\nA third of the membership, some {v} people, voted to leave the league.", "800", "1,100"),
    ("multiple", "The shop sold 12,000 copies, four times as many as in 2020, when it sold about {v}.", "3,000", "4,000"),
    ("multiple", "Claims reached 8,400 this year, double the {v} recorded in 2022.", "4,200", "3,400"),
    ("multiple", "This winter the shelter took in 540 people.\n\n" + PAD_A + "\n\nThat is three times as many as last winter, when it housed {v}.", "180", "240"),
    # -- 5. a gap between two clock or race times
    ("racegap", "Kiptoo crossed the line in 2:08:40, {v} minutes clear of Bekele, who finished in 2:11:50.", "three", "five"),
    ("racegap", "She won in 1:52:30, about {v} minutes ahead of the runner-up, who clocked 1:55:10.", "three", "six"),
    ("racegap", "The first boat reached the harbour at 14:20 and the last at 16:05, {v} minutes later.", "105", "85"),
    ("racegap", "Okoro finished in 4:31.2, {v} seconds behind the winner's 4:28.7.", "2.5", "4.5"),
    # -- 6. an age against a birth year and the draft's date
    ("age", "Born in 1958 in Leeds, Ms Hart trained as a nurse.\n\n" + PAD_A + "\n\nNow {v}, she still volunteers twice a week.", "67", "72", "2026-03-02"),
    ("age", "Marsh, who was born in 1941, played for the club for 14 years.\n\n" + PAD_A + "\n\nThe {v}-year-old said he was delighted.", "84", "79", "2026-05-20"),
    ("age", "Mr Quinn was born in 1979.\n\n" + PAD_A + "\n\nAt {v}, he is the youngest leader the council has had.", "46", "41", "2026-02-10"),
]

# Family s: written after family r's changes, before running it, in other wording again; its
# first run is the estimate for unseen wording of the cross-sentence relations.
CASES_S = [
    ("restated", "Heavy rain flooded 1,740 homes across the valley.\n\n" + PAD_A + "\n\nOwners of the {v} flooded homes can claim a grant of £500.", "1,740", "1,470"),
    ("restated", "Around 380 patients were moved out of the hospital overnight.\n\n" + PAD_A + "\n\nAll {v} moved patients are now safe, the trust said.", "380", "830"),
    ("restated", "# Crews save {v} lives in Snowdonia\n\nMountain rescue teams rescued 210 people in the national park last year.", "210", "260"),
    ("restated", "# One in {v} bus routes axed\n\nThe operator has withdrawn 45 of its 300 routes, about one in seven.", "seven", "four"),
    ("restated", "Frost damaged 6,300 hectares of orchards in April.\n\n" + PAD_A + "\n\nThe {v} hectares damaged will yield almost nothing.", "6,300", "3,600"),
    ("span", "The airship stayed aloft for {v} months, lifting off in early March and touching down in late October.", "eight", "eleven"),
    ("span", "# Gallery closed for {v} weeks\n\nThe gallery shut on Monday 12 January and reopened on Monday 6 April.", "12", "15", "2026-04-20"),
    ("span", "The {v}-hour shift began at dusk. Nurses went in at 19:30 and came out at 05:30 the following morning.", "10", "14"),
    ("span", "Counting started at 9pm and finished at 3am.\n\n" + PAD_A + "\n\nThe {v}-hour count was the longest in the county.", "six", "eight"),
    ("parts", "Of the {v} sheep sold, 2,300 were of the Texel breed, 1,100 of Suffolk and 600 of Cheviot.", "4,000", "3,600"),
    ("parts", "| Month | Strike days |\n|---|---|\n| March | 4 |\n| April | 7 |\n| May | 5 |\n\nStaff walked out on {v} days in total.", "16", "19"),
    ("parts", "The plan was backed by 18 votes to 11, with 2 abstentions.\n\nAll {v} members present voted.", "31", "29"),
    ("fraction", "The airline employs 3,600 people.\n\n" + PAD_A + "\n\nA quarter of the workforce, {v} staff, are based abroad.", "900", "1,200"),
    ("fraction", "The festival has 5,000 volunteers.\n\n" + PAD_A + "\n\nAbout a fifth of them, {v}, are students.", "1,000", "1,600"),
    ("multiple", "The charity fed 18,000 families this year, three times as many as in 2023, when it fed {v}.", "6,000", "4,500"),
    ("multiple", "Orders reached 4,800, twice as many as in 2022, when the firm took {v}.", "2,400", "3,100"),
    ("racegap", "Moreau won the stage in 4:12:30, {v} minutes clear of Silva, who crossed in 4:15:40.", "three", "five"),
    ("racegap", "The winning crew finished in 1:05:20 and the runners-up in 1:06:50, a gap of {v} seconds.", "90", "60"),
    ("age", "Ms Ortega was born in 1962 in Valencia.\n\n" + PAD_A + "\n\nNow {v}, she runs a language school.", "63", "58", "2026-02-15"),
    ("age", "Born in 1948, Mr Pike drove buses for 40 years.\n\n" + PAD_A + "\n\nThe {v}-year-old says he will keep campaigning.", "77", "81", "2026-03-01"),
]

# Family t: written at the start of round 3, before any change it prompted: durations over
# clock times on dated days and over dates or years given in other sentences, shares against
# parts listed elsewhere, totals across the draft (parts, count times average, a pact, a
# results table, a headline), two shares of one population over 100%, and a change in points
# against a table's two rates.
CASES_T = [
    # -- 1. durations
    ("span", "The walkout will last {v} hours, from 07:00 on Monday 9 March until 07:00 on Wednesday 11 March.", "48", "72", "2026-03-02"),
    ("span", "The bridge will close for {v} hours, from 22:00 on Friday 6 March to 06:00 on Monday 9 March.", "56", "48", "2026-03-02"),
    ("span", "The winter fair opened on Saturday 24 October.\n\n" + PAD_A + "\n\nIt will run for {v} weeks until Saturday 12 December.", "seven", "five", "2026-10-20"),
    ("span", "The inquest opened on Monday 8 June and closed on Friday 12 June, a total of {v} days.", "five", "seven", "2026-06-15"),
    ("span", "Hearings started on Monday 8 June and finish on Friday 12 June, {v} days in all.", "five", "four", "2026-06-02"),
    ("span", "The club's accounts were frozen on Friday 2 October.\n\n" + PAD_A + "\n\nThey had been frozen for {v} days when a judge lifted the order on Thursday 8 October.", "six", "nine", "2026-10-12"),
    ("span", "Work on the new library started in autumn 2025.\n\n" + PAD_A + "\n\nThe project will take {v} years, finishing in autumn 2028.", "three", "five", "2026-01-10"),
    ("span", "The pier, which first opened {v} years ago in 1887, will close for repairs.", "139", "134", "2026-05-04"),
    ("span", "The theatre first opened its doors {v} years ago, in 1911.", "115", "120", "2026-09-01"),
    # -- 2. a share against parts or a whole given elsewhere
    ("share", "Some 720 nurses, 280 porters and 200 cleaners walked out on Monday.\n\n" + PAD_A + "\n\nNurses make up {v} of those on strike.", "more than half", "about a third"),
    ("share", "The appeal has raised £3.1m so far. Almost half of that, £{v}, came from one donor.", "1.5m", "900,000"),
    ("share", "The school has 1,180 pupils on its roll.\n\n" + PAD_A + "\n\nOne in four pupils now cycles to school, about {v} children.", "300", "420"),
    ("share", "The estate will have 1,800 homes, 600 of them affordable.\n\n" + PAD_A + "\n\nAffordable homes will make up {v} of the new estate.", "a third", "more than half"),
    ("share", "Some 9,000 fans watched the final, {v}% of capacity. The stadium holds 12,000.", "75", "90"),
    # -- 3. totals across the draft
    ("total", "# £{v}m to revive town centre\n\nThe money comes from three sources: £8m from the government, £4m from the council and £3m from private investors.", "15", "18"),
    ("total", "The hospice appeal raised £{v} last year.\n\n" + PAD_A + "\n\nMore than 12,000 people gave, with an average gift of £50.", "600,000", "450,000"),
    ("total", "Labour won 18 seats and the Greens 5. The pact gives the two parties {v} seats on the council.", "23", "25"),
    ("total", "| Party | Seats | Change |\n|---|---|---|\n| Labour | 22 | -3 |\n| Conservative | 15 | +2 |\n\nLabour lost {v} seats, the party's worst result since 1977.", "three", "five"),
    ("total", "# £{v}m of assets frozen by court\n\nThe High Court froze assets worth £280m on Friday, lawyers said.", "280", "310"),
    ("total", "# Over {v} people evacuated as river rises\n\nAuthorities moved 286,000 people to shelters overnight.", "280,000", "300,000"),
    # -- 4. two shares of one population over 100%
    ("overshare", "Nearly 60% of savers held less than £1,000, while {v}% held more than £5,000.", "15", "45"),
    ("overshare", "Some 55% of households earn under £20,000 a year and {v}% earn over £40,000.", "20", "50"),
    ("overshare", "Almost 70% of pupils walk to school, while {v}% are driven by their parents.", "25", "40"),
    # -- 5. a change in points against a table's two rates
    ("points", "| Year | Turnout |\n|---|---|\n| 2021 | 34.5% |\n| 2025 | 38.0% |\n\nTurnout rose by {v} percentage points.", "3.5", "5.5"),
    ("points", "| | 2024 | 2025 |\n|---|---|---|\n| Jobless rate | 4.2% | 4.9% |\n\nThe jobless rate rose {v} points in a year.", "0.7", "1.7"),
]

# Family u: written after family t's changes, before running it, in other wording again; its
# first run is the estimate for unseen wording of round 3's relations.
CASES_U = [
    ("span", "Engineers will close the line for {v} hours, from 23:30 on Saturday 14 March to 05:30 on Monday 16 March.", "30", "54", "2026-03-01"),
    ("span", "The ferry strike runs for {v} hours, from 00:01 on Thursday 7 May until 23:59 on Friday 8 May.", "48", "36", "2026-04-28"),
    ("span", "The ice rink opened its doors on Friday 13 November.\n\n" + PAD_A + "\n\nIt will stay open for {v} weeks until Friday 8 January.", "eight", "six", "2026-11-01"),
    ("span", "The harbour was closed to shipping on Monday 9 February.\n\n" + PAD_A + "\n\nIt had been closed for {v} days when the coastguard reopened it on Friday 20 February.", "11", "eight", "2026-02-25"),
    ("span", "Dredging of the canal began in summer 2024.\n\n" + PAD_A + "\n\nThe work will last {v} years, finishing in summer 2027.", "three", "five", "2026-01-10"),
    ("span", "The lighthouse was built {v} years ago, in 1862.", "164", "158", "2026-07-01"),
    ("share", "The orchestra has 96 players. Roughly a quarter of them, {v}, are string players from abroad.", "24", "40"),
    ("share", "The campaign has collected £840,000. About a third of that, £{v}, came from one legacy.", "280,000", "450,000"),
    ("share", "A crowd of {v} watched the match, about 60% of capacity. The ground can hold 25,000.", "15,000", "21,000"),
    ("total", "# {v} flights cancelled as snow hits airports\n\nAirlines cancelled 412 flights on Tuesday, the airport said.", "412", "540"),
    ("total", "# Over {v} homes without power\n\nEngineers said 38,600 homes were still cut off on Sunday night.", "35,000", "40,000"),
    ("total", "The SNP won 11 seats and the Greens 3. The agreement gives the two parties {v} seats in the chamber.", "14", "16"),
    ("total", "| Party | Seats | +/- |\n|---|---|---|\n| Plaid | 13 | +2 |\n| Reform | 7 | +7 |\n\nPlaid gained {v} seats on the night.", "two", "four"),
    ("overshare", "About 62% of renters pay under £700 a month, while {v}% pay over £1,200.", "18", "48"),
    ("overshare", "Some 58% of drivers travel less than 5 miles to work and {v}% travel more than 20 miles.", "12", "51"),
    ("points", "| Year | Vaccination rate |\n|---|---|\n| 2020 | 91.2% |\n| 2025 | 86.7% |\n\nThe vaccination rate has dropped by {v} percentage points.", "4.5", "6.5"),
    ("points", "| Area | 2023 | 2025 |\n|---|---|---|\n| Eastfield | 12.4% | 15.1% |\n\nChild poverty in Eastfield is up {v} points.", "2.7", "3.7"),
]

# Family v: written at the start of round 4, before any change it prompted, in wording of our
# own: parts listed after a total ("of whom", "of which", "split across", "the remaining"),
# a rate against its own counts, a share of a count restated as a count, a table row or
# column against the text, the same count restated with another value, months and hours
# between two ends, ratios of two counts, shares past 100% with "about", percent against
# points, and votes cast against those present.
CASES_V = [
    # -- 1. parts after a total in the same sentence
    ("parts", "The charity has {v} volunteers, of whom 140 work in its shops and 95 drive its vans.", "235", "260"),
    ("parts", "The festival drew {v} visitors, of whom 8,200 bought weekend passes and 3,100 day tickets.", "11,300", "12,900"),
    ("parts", "The upgrade will cost £{v}m, of which £26m comes from the county and £9m from the rail operator.", "35", "41"),
    ("parts", "The 124 pupils were divided between four houses: 31 in Ash, 33 in Beech, 29 in Elm and {v} in Yew.", "31", "39"),
    ("parts", "Police sent {v} officers; 320 arrived on Friday and the remaining 180 on Saturday.", "500", "450"),
    ("parts", "The appeal raised about £{v}, of which £41,000 came from businesses and £18,000 from a raffle.", "59,000", "70,000"),
    ("parts", "Of the 96 councillors present, 51 voted for the budget, 38 against and {v} abstained.", "seven", "12"),
    ("parts", "Of the 612 members present voted 320 for the motion, 281 against it and {v} abstained.", "11", "19"),
    # -- 2. a rate against its own counts
    ("rate", "The hostel has 80 beds, 72 of them taken last night, an occupancy rate of {v}%.", "90", "96"),
    ("rate", "Of 450 applicants, 117 were offered a place, an acceptance rate of {v}%.", "26", "31"),
    ("rate", "The surgery saw 1,250 patients last month and 150 missed their appointments, a no-show rate of {v}%.", "12", "16"),
    ("rate", "The ward has 32 beds and 30 were in use on Monday, an occupancy of {v}%.", "94", "85"),
    ("rate", "Some 640 of the 800 seats were sold, an occupancy rate of about {v}%.", "80", "92"),
    # -- 3. a share of a count restated as a count
    ("sharecount", "A total of 2,150 members took part in the ballot and 64% of them voted to accept. That means about {v} members backed the deal.", "1,380", "1,520"),
    ("sharecount", "Turnout was 42% of the 9,800 people on the register, so just over {v} people voted.", "4,100", "4,600"),
    ("sharecount", "Some 3,600 tenants answered the survey, and 35% of those said their home was damp. That is roughly {v} households.", "1,260", "1,500"),
    ("sharecount", "The firm employs 2,400 people, and 15% of them work from home, or about {v} staff.", "360", "450"),
    ("sharecount", "Of the 760 cars tested, 20% failed. That means {v} cars failed the test.", "152", "190"),
    # -- 4. the same count given twice
    ("restated", "# Flood warning for 2,300 homes\n\nThe Environment Agency has issued warnings covering {v} homes along the river.", "2,300", "2,900"),
    ("restated", "Some 3,400 homes lost power on Sunday.\n\n" + PAD_A + "\n\nThe outage affected {v} households, the network said.", "3,400", "3,900"),
    ("restated", "# Bus crash leaves three dead\n\nThree passengers died when the coach left the road.\n\n" + PAD_A + "\n\nThe {v} victims were all from the same village.", "three", "four"),
    ("restated", "About 650 residents of two streets were moved to a leisure centre overnight.\n\n" + PAD_A + "\n\nThe evacuation of the {v} residents went smoothly.", "650", "850"),
    ("restated", "# Factory closure puts 210 jobs at risk\n\nThe plant employs {v} people, of whom 150 work on the line and 60 in the offices.", "210", "260"),
    # -- 5. a table row or column against the text
    ("table", "| Owner | Stake |\n|---|---|\n| Harbour Trust | 40% |\n| Marlow Capital | 60% |\n\nThe trust, which will hold a {v}% stake, said it was delighted.", "40", "35"),
    ("table", "| Year | Rent rise | Wage growth |\n|---|---|---|\n| 2024 | 6.1% | 4.0% |\n| 2025 | 5.2% | 3.6% |\n\nRents rose 5.2% in 2025, against wage growth of {v}%.", "3.6", "4.6"),
    ("table", "| Year | Offer | Inflation |\n|---|---|---|\n| 2024 | 2.0% | 2.9% |\n| 2025 | 1.8% | 3.1% |\n\nThe board has offered 1.8% this year, against inflation of {v}%.", "3.1", "2.6"),
    ("table", "The 12.4-mile route has three sections.\n\n| Section | Length |\n|---|---|\n| Town to Mill Lane | 4.1 miles |\n| Mill Lane to Ford | 5.3 miles |\n| Ford to the coast | {v} miles |", "3.0", "4.4"),
    ("table", "The 21km path is being built in two stages.\n\n| Stage | Length | Cost |\n|---|---|---|\n| North | 12km | £3m |\n| South | {v}km | £2m |", "9", "11"),
    # -- 6. months and hours between two ends
    ("span", "The bridge had been due to reopen in March 2025, so it reopened {v} months late in November 2025.", "eight", "11"),
    ("span", "The station was meant to open in May 2024. It finally opened in February 2026, {v} months behind schedule.", "21", "18"),
    ("span", "The pool was due to open in June 2025 but opened in October 2026, {v} months late.", "16", "19"),
    ("span", "The line was closed for {v} hours, from 3:40 until 15:10.", "11", "nine", "2026-03-02"),
    ("span", "The storm raged for {v} hours, from Sunday evening until Wednesday morning.", "60", "30", "2026-03-02"),
    ("span", "Roads stayed shut for {v} weeks, from 3 February to 28 April.", "12", "eight"),
    # -- 7. ratios of two counts
    ("ratio", "Members backed the plan by 44 votes to 10, a majority of more than {v} to one.", "four", "six"),
    ("ratio", "The board voted 18 to 7 in favour, a margin of more than {v} to one.", "two", "three"),
    ("ratio", "The jury convicted by ten votes to two, a ratio of {v} to one.", "five", "seven"),
    ("ratio", "Residents voted 640 to 210 against the mast, a majority of about {v} to one.", "three", "five"),
    ("ratio", "Women outnumber men on the course by 90 to 30, or {v} to one.", "three", "four"),
    # -- 8. shares past 100%
    ("overshare", "About 60% of the woodland is oak, 30% beech and {v}% ash, the survey found.", "10", "18"),
    ("overshare", "Roughly 48% of voters backed the mayor, 41% her rival and {v}% spoiled their ballots.", "11", "17"),
    ("overshare", "Nearly 55% of the fleet is electric, 35% hybrid and {v}% diesel.", "10", "16"),
    ("overshare", "About 72% of the land was used for grazing, 20% for crops and {v}% for housing, officials said.", "8", "14"),
    ("overshare", "Around 45% of the budget goes on salaries, 40% on buildings and {v}% on equipment.", "15", "22"),
    # -- 9. percent against points
    ("points", "The unemployment rate went up from 4.1% to 5.3%. That is a rise of {v}.", "1.2 percentage points", "1.2 percent"),
    ("points", "The tax rate rises from 20% to 22%, an increase of {v}.", "two points", "2%"),
    ("points", "Turnout fell from 61.5% to 58.5%, a drop of {v}.", "three percentage points", "3 per cent"),
    ("points", "Its market share climbed from 12.0% to 13.8%, an increase of {v}.", "1.8 points", "1.8%"),
    ("points", "The levy goes up from 8.5% to 9.5% of salary, an increase of {v}.", "one percentage point", "1 percent"),
]

# Family w: written after family v's changes, before running it, in other wording again; its
# first run is the estimate for unseen wording of round 4's relations.
CASES_W = [
    ("parts", "The orchestra has {v} members, of whom 48 play strings and 27 wind or brass.", "75", "84"),
    ("parts", "The grant totals about €{v}m, of which €14m goes to schools and €9m to clinics.", "23", "25.5"),
    ("parts", "The 150 delegates were shared out among three committees: 52 on finance, 61 on planning and {v} on health.", "37", "44"),
    ("parts", "The army promised 800 engineers; 450 arrived at the weekend and the remaining {v} on Monday.", "350", "420"),
    ("parts", "Of the 340 councillors present voted 190 for the budget, 131 against and {v} abstained.", "19", "26"),
    ("parts", "The stadium cost 1.6 billion dollars, of which 0.9 billion came from the city and the rest, {v} billion, from the club.", "0.7", "0.8"),
    ("rate", "The ferry carries 400 passengers and 368 were aboard, a load rate of {v}%.", "92", "86"),
    ("rate", "Of 1,200 calls, 960 were answered within a minute, a response rate of {v}%.", "80", "88"),
    ("rate", "The campsite has 120 pitches, and 90 were booked, an occupancy rate of {v}%.", "75", "82"),
    ("sharecount", "Some 4,500 nurses were balloted and 72% of them backed the offer. That means roughly {v} nurses voted yes.", "3,240", "3,600"),
    ("sharecount", "Of the 1,800 flights checked, 15% were late. That is {v} flights.", "270", "310"),
    ("sharecount", "The airline carried 6,000 passengers, and 8% of them complained, so about {v} people wrote in.", "480", "560"),
    ("restated", "# Landslide leaves two dead\n\nTwo hikers died when the path gave way above the village.\n\n" + PAD_A + "\n\nThe {v} victims were both from Glasgow.", "two", "three"),
    ("restated", "Around 900 residents were evacuated from the flats on Friday.\n\n" + PAD_A + "\n\n" + PAD_B + "\n\nThe evacuation of the {v} residents finished at midnight.", "900", "1,100"),
    ("restated", "Five climbers were killed in the avalanche.\n\n" + PAD_A + "\n\nThe {v} victims were recovered by helicopter.", "five", "six"),
    ("table", "| Shareholder | Stake |\n|---|---|\n| Northern Rail Trust | 35% |\n| Vale Holdings | 65% |\n\nThe rail trust, which will own a {v}% stake, welcomed the deal.", "35", "45"),
    ("table", "| Year | Pay rise | Inflation |\n|---|---|---|\n| 2025 | 3.0% | 3.5% |\n| 2026 | 2.2% | 4.1% |\n\nNurses were offered 2.2% this year, against inflation of {v}%.", "4.1", "3.6"),
    ("table", "The 18-mile canal towpath has been restored in three parts.\n\n| Part | Length |\n|---|---|\n| Lock 1 to Lock 9 | 6 miles |\n| Lock 9 to Ashford | 5 miles |\n| Ashford to the river | {v} miles |", "7", "9"),
    ("span", "The museum had been due to reopen in April 2025, so it reopened {v} months late in January 2026.", "nine", "12"),
    ("span", "The motorway stayed shut for {v} hours, from Friday night until Sunday afternoon.", "40", "24"),
    ("span", "The school was scheduled to open in September 2024. It opened in March 2026, {v} months behind schedule.", "18", "14"),
    ("ratio", "Staff voted 120 to 40 for the offer, a majority of {v} to one.", "three", "four"),
    ("ratio", "Shareholders backed the board by 900 votes to 200, more than {v} to one.", "four", "five"),
    ("ratio", "The council voted 27 to 9 for the scheme, a margin of almost {v} to one.", "three", "four"),
    ("overshare", "About 65% of the fleet is diesel, 25% petrol and {v}% electric.", "10", "17"),
    ("overshare", "Roughly 52% of the site is farmland, 38% forest and {v}% housing, the council said.", "10", "16"),
    ("overshare", "Around 40% of the herd is Friesian, 35% Jersey and {v}% Angus.", "25", "31"),
    ("points", "The savings rate rises from 3.2% to 4.0%, an increase of {v}.", "0.8 percentage points", "0.8%"),
    ("points", "The council tax share went from 14.5% to 16.0%. That is a rise of {v}.", "1.5 points", "1.5 percent"),
    ("points", "Support climbed from 31% to 36%, an increase of {v}.", "five points", "5%"),
]


def build(template: str, value: str, date: str = "") -> str:
    head = f"---\ndate: {date}\n---\n\n" if date else ""
    body = template.replace("{v}", value)
    if body.startswith("# "):
        title, _, rest = body.partition("\n\n")
        return head + title + "\n\n" + PAD_A + "\n\n" + rest + "\n\n" + PAD_B + "\n"
    return head + PAD_A + "\n\n" + body + "\n\n" + PAD_B + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every miss and alarm")
    ap.add_argument("--only", default="")
    ap.add_argument("--family", choices=("k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w"), default="k")
    args = ap.parse_args()
    linter = Linter()
    stats = collections.OrderedDict()
    for case in {"k": CASES, "l": CASES_L, "m": CASES_M, "n": CASES_N, "o": CASES_O, "p": CASES_P,
                 "q": CASES_Q, "r": CASES_R, "s": CASES_S, "t": CASES_T, "u": CASES_U, "v": CASES_V, "w": CASES_W}[args.family]:
        rel, template, good, bad = case[:4]
        if args.only and rel != args.only:
            continue
        date = case[4] if len(case) > 4 else ""
        s = stats.setdefault(rel, [0, 0, 0])
        s[0] += 1
        if linter.lint_text(build(template, bad, date), "draft.md", FIGURES):
            s[1] += 1
        elif args.show:
            print("miss  ", rel, template.replace("{v}", bad)[:150])
        wrong = linter.lint_text(build(template, good, date), "draft.md", FIGURES)
        if wrong:
            s[2] += 1
            if args.show:
                print("ALARM ", rel, template.replace("{v}", good)[:150], "->", wrong[0].code, wrong[0].message[:120])
    tot = [0, 0, 0]
    print(f"  {'relation':<12} {'cases':>5} {'found':>6} {'recall':>7} {'control alarms':>15}")
    for rel, (c, f, a) in stats.items():
        tot = [tot[0] + c, tot[1] + f, tot[2] + a]
        print(f"  {rel:<12} {c:>5} {f:>6} {f / c:>7.2f} {a / c:>15.2f}")
    print(f"  {'all':<12} {tot[0]:>5} {tot[1]:>6} {tot[1] / tot[0]:>7.2f} {tot[2] / tot[0]:>15.2f}")


if __name__ == "__main__":
    main()

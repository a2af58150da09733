"""A probe of the lexical garbled entries (false friends, calques of fixed expressions,
eggcorns, malapropisms) on sentences written for it (MIT, lintnews's own writing).

None comes from the devset, a test set or a corpus. Both batches were written before the
lexicon round that widened the false friends and eggcorns by class:

- ``dev``: read while widening (its misses guided which classes to add: an upper bound);
- ``held``: written at the same time in other words, run before the change and after it
  only, its misses never read while writing entries (the honest figure).

A garbled sentence counts as found when any garbled (GRB) finding is in it; a clean one
flagged is a false alarm. The clean sentences use the same words in their English sense.

    python evaluation/garbled_probe_lexicon.py [--batch dev|held|all] [--by-kind] [--misses] [--alarms]
"""

from __future__ import annotations

import argparse

from common import Runner
from garbled_probe import run

# (source language, kind, sentence); "en" is a native slip (eggcorn, malapropism).
DEV_GARBLED = [
    ("fr", "false friend", "The prime minister assisted to the summit in Brussels on Thursday."),
    ("es", "false friend", "More than 500 delegates assisted at the party congress."),
    ("fr", "false friend", "The opposition pretends that the budget hides a deficit of 2 billion."),
    ("es", "false friend", "The company pretends to close three plants next year."),
    ("fr", "false friend", "The actual government has promised to shorten waiting lists."),
    ("es", "false friend", "The actual champion defends her title in Madrid on Saturday."),
    ("fr", "false friend", "Any eventual changes to the timetable will be posted on the website."),
    ("fr", "false friend", "The minister said the subject is very sensible for farmers."),
    ("it", "false friend", "Energy prices are very sensible to the weather in winter."),
    ("es", "false friend", "The town hall realised the project of the new library in 18 months."),
    ("es", "false friend", "The region will realize an investment of 30 million euros in the port."),
    ("fr", "false friend", "Inspectors controlled the tickets of every passenger on the night train."),
    ("fr", "false friend", "Unemployed workers can follow a formation in welding paid by the region."),
    ("fr", "false friend", "The channel devotes its first half hour to the actuality."),
    ("es", "false friend", "The new coach is very sympathetic and the players adore him."),
    ("fr", "false friend", "About 20,000 people took part in the manifestation against the reform."),
    ("it", "false friend", "Thousands of students manifested in Rome against the cuts."),
    ("fr", "false friend", "Two suspects were interpellated near the border on Sunday."),
    ("pt", "false friend", "The brand spent heavily on propaganda on television before Christmas."),
    ("de", "false friend", "The chef of the company announced 300 job cuts."),
    ("de", "false friend", "The bank thanked its 4,000 collaborators for their work during the crisis."),
    ("fr", "false friend", "The mayor took the compromise to repair every school before 2026."),
    ("fr", "false friend", "The city disposes of 200 beds in emergency shelters."),
    ("es", "false friend", "Health centres will hand out free preservatives to teenagers."),
    ("fr", "false friend", "Local factories suffered from the concurrence of Asian producers."),
    ("fr", "false friend", "The airline lost thousands of passengers to its concurrents."),
    ("es", "false friend", "The professor gave a conference on climate change at the university."),
    ("it", "false friend", "The Italian mark sold two million cars last year."),
    ("de", "false friend", "Pensioners will become a bonus of 200 euros in December."),
    ("de", "false friend", "Passengers may not use their handy during take-off."),
    ("de", "false friend", "She finished the gymnasium in Munich and then studied law."),
    ("de", "false friend", "The fabric in the north of the city will close in spring, with 400 jobs lost."),
    ("es", "calque", "The negotiators made a pause of two hours before the vote."),
    ("fr", "calque", "Visitors are not allowed to make photos inside the chapel."),
    ("it", "calque", "A reporter made a question about the contracts."),
    ("es", "calque", "The majority of the times, the trains arrive late."),
    ("es", "calque", "According to me, the plan will fail."),
    ("fr", "calque", "The spokesman precised that nobody was hurt."),
    ("ru", "calque", "The president made an accent on the economy in his speech."),
    ("es", "false friend", "The council will celebrate an extraordinary meeting on Monday."),
    ("es", "false friend", "The minister renounced after the scandal over the contracts."),
    ("fr", "false friend", "The spokesman resumed the situation in three points."),
    ("es", "false friend", "The new law contemplates fines of up to 5,000 euros."),
    ("fr", "false friend", "The driver was condemned to ten years in prison."),
    ("es", "false friend", "The injured were attended by paramedics at the scene."),
    ("fr", "false friend", "The company will proceed to the recruitment of 50 engineers."),
    ("es", "false friend", "Police frustrated a robbery at the bank on Friday."),
    ("es", "false friend", "The candidate has a large experience in the energy sector."),
    ("fr", "false friend", "The novelist received the price at a ceremony in Paris."),
    ("fr", "false friend", "The deputy mayor is in charge of urbanism."),
    ("fr", "false friend", "The project will be financed by the territorial collectivities."),
    ("pt", "false friend", "The club contracted a Brazilian striker on a three-year deal."),
    ("en", "eggcorn", "The auditors have been pouring over the figures since Monday."),
    ("en", "eggcorn", "We will have to make due with the old buses for another winter."),
    ("en", "eggcorn", "The coach seemed completely unphased by the criticism."),
    ("en", "eggcorn", "Savers are increasingly weary of online banking scams."),
    ("en", "eggcorn", "Backbenchers refused to tow the party line on the vote."),
    ("en", "eggcorn", "The proposal peaked the interest of several investors."),
    ("en", "eggcorn", "The much-hyped launch turned out to be a damp squid."),
    ("en", "eggcorn", "Fans got a sneak peak of the new kit on Friday."),
    ("en", "eggcorn", "In the end the fraudster got his just desserts."),
    ("en", "eggcorn", "The tax is not unfair per say, but it is badly designed."),
    ("en", "eggcorn", "Investors were kept on tenderhooks all week."),
    ("en", "eggcorn", "Baring in mind the cost, the council dropped the plan."),
    ("en", "eggcorn", "The chancellor vowed to reign in public spending."),
    ("en", "eggcorn", "The firm bought the land site unseen."),
    ("en", "eggcorn", "The talks have yet to bare fruit."),
    ("en", "eggcorn", "The council dragged its heals over the repairs."),
    ("en", "eggcorn", "Rioters reeked havoc in the town centre."),
    ("en", "eggcorn", "The result was a forgone conclusion."),
    ("en", "eggcorn", "She left the party on her own accord."),
    ("en", "eggcorn", "The scandal reached its peek in March."),
    ("en", "eggcorn", "Exit poles suggested a narrow win for the opposition."),
    ("en", "eggcorn", "Investors hold a large steak in the company."),
    ("en", "eggcorn", "The senator reached across the isle to pass the bill."),
    ("en", "eggcorn", "Boarder guards stopped the lorry at dawn."),
    ("en", "eggcorn", "The talks went back and fourth for weeks."),
    ("en", "eggcorn", "The nation is in morning after the disaster."),
    ("en", "eggcorn", "There is still a slither of hope for the miners."),
    ("en", "eggcorn", "The plan is far from full-proof."),
    ("en", "eggcorn", "He sued the paper for deformation of character."),
    ("en", "eggcorn", "The minister tried to soft-peddle the cuts."),
    ("en", "eggcorn", "The fine was miniscule compared with the profits."),
    ("en", "eggcorn", "Residents took it for granite that the bridge was safe."),
]

DEV_CLEAN = [
    "Nurses assisted the surgeon during the operation.",
    "The actor pretended to be a waiter for the scene.",
    "The actual cost of the bridge was twice the estimate.",
    "Eventually the talks collapsed and both sides went home.",
    "She was sensible to leave before the storm.",
    "It would be sensible to wait for the final figures.",
    "He actually voted against the bill.",
    "The company realised a profit of 3 million pounds.",
    "Officials realised the mistake two days later.",
    "Rebels controlled the north of the country for a decade.",
    "The formation of a new government could take weeks.",
    "Clouds in a rare formation were seen over the coast.",
    "The jury was sympathetic to the defendant's situation.",
    "The disease manifested itself in the spring.",
    "State propaganda blamed foreign agents for the unrest.",
    "The chef of the restaurant trained in Lyon.",
    "Both sides reached a compromise after midnight.",
    "The council will dispose of the old vehicles.",
    "The jam contains no preservatives.",
    "The conference on climate change opens in Glasgow on Monday.",
    "The striker made his mark in the second half.",
    "The engagement of the prince was announced in June.",
    "She became a partner at the firm in 2010.",
    "The gymnasium at the school was flooded.",
    "The fabric of the building was damaged by the fire.",
    "The minister paused in her speech for applause.",
    "The mayor made a point about the cost.",
    "She celebrated her birthday with friends.",
    "He renounced his citizenship in 2015.",
    "Talks resumed after a break of two hours.",
    "The minister contemplated resigning.",
    "Human rights groups condemned the verdict.",
    "Thousands attended the funeral.",
    "Guests will proceed to the dining room.",
    "Delays frustrated passengers on the line.",
    "The price of bread rose by 5 percent.",
    "Officials poured water over the flames.",
    "The plan was phased in over two years.",
    "Voters are weary of another election.",
    "Prices peaked in March.",
    "Dinner ended with desserts and coffee.",
    "He was kept in custody on remand.",
    "The tree will bear fruit in two years.",
    "The stadium was used as a polling station and the poles were removed.",
    "Steak prices rose sharply last year.",
    "The isle of Skye is popular with walkers.",
    "The boarder at the school was sent home.",
    "He finished fourth in the race.",
    "The morning session was cancelled.",
    "The forgone income was 2 million pounds.",
    "Granite was used for the new steps.",
]

HELD_GARBLED = [
    ("fr", "false friend", "Several foreign leaders assisted at the funeral of the former president."),
    ("es", "false friend", "The union pretends to block the port until the talks resume."),
    ("it", "false friend", "The actual mayor was elected in 2021 with 54 percent of the vote."),
    ("fr", "false friend", "Eventual delays will be announced at the stations."),
    ("pt", "false friend", "The issue of migration is very sensible in the border towns."),
    ("es", "false friend", "The ministry realized 1,200 inspections of restaurants last summer."),
    ("fr", "false friend", "Teachers will receive a formation on the new curriculum in September."),
    ("it", "false friend", "The new neighbours are very sympathetic people."),
    ("fr", "false friend", "The manifestation ended peacefully in front of the town hall."),
    ("de", "false friend", "The chef of the police union called for more officers."),
    ("de", "false friend", "Collaborators of the ministry were told to work from home."),
    ("fr", "false friend", "The federation disposes of a budget of 10 million euros."),
    ("fr", "false friend", "The concurrence in the telecoms market has pushed prices down."),
    ("es", "false friend", "The mark launched a new range of sports shoes."),
    ("de", "false friend", "Every household will become a letter with the new tariffs."),
    ("de", "false friend", "The old fabric on the river is being turned into flats."),
    ("fr", "calque", "The players made a minute of silence before kick-off."),
    ("it", "calque", "Tourists stopped to make a photo of the bridge."),
    ("es", "calque", "The court will celebrate the hearing on Wednesday."),
    ("es", "false friend", "The coach renounced on Tuesday after five defeats in a row."),
    ("fr", "false friend", "The former mayor was condemned to three years in prison for fraud."),
    ("fr", "false friend", "The government will proceed to the closure of four mines."),
    ("es", "false friend", "Customs officers frustrated an attempt to smuggle cocaine."),
    ("fr", "false friend", "The film won the price for best direction."),
    ("pt", "false friend", "The hospital contracted 40 nurses from abroad."),
    ("es", "false friend", "The new coach has a vast experience in the Italian league."),
    ("en", "eggcorn", "Investigators spent months pouring over the bank records."),
    ("en", "eggcorn", "The goalkeeper was not phased by the penalty."),
    ("en", "eggcorn", "Hospitals should be weary of cyber attacks."),
    ("en", "eggcorn", "MPs who refuse to tow the line face suspension."),
    ("en", "eggcorn", "The documentary peaked her curiosity."),
    ("en", "eggcorn", "The takeover is a mute point now that the bank has collapsed."),
    ("en", "eggcorn", "The new mayor has been given free reign over the budget."),
    ("en", "eggcorn", "The storm wreaked havoc and the floods reeked havoc on farms."),
    ("en", "eggcorn", "The outcome of the vote seems a forgone conclusion."),
    ("en", "eggcorn", "The president has been honing in on the deficit."),
    ("en", "eggcorn", "The government wants to reign in the banks."),
    ("en", "eggcorn", "Police made a slither of progress in the case."),
    ("en", "eggcorn", "The company holds a 20 percent steak in the airline."),
    ("en", "eggcorn", "Officials bared the brunt of the criticism."),
    ("en", "eggcorn", "The officer was sued for deformation of character."),
    ("en", "eggcorn", "Negotiations went back and fourth all night."),
]

HELD_CLEAN = [
    "The midwife assisted at the birth of twins.",
    "The actual number of victims is not known.",
    "The minister was sensible enough to apologise.",
    "Officials realized the danger too late.",
    "Police controlled the crowd with barriers.",
    "The formation of the clouds was unusual.",
    "Most voters were sympathetic to the strikers.",
    "The chef opened a second restaurant in Leeds.",
    "The trade union reached a compromise with the employers.",
    "Concurrent sentences of four years were imposed.",
    "The fabric was imported from India.",
    "The club celebrated its centenary with a parade.",
    "The king renounced the throne.",
    "The crowd condemned the attack.",
    "The winner received a prize of 10,000 pounds.",
    "The price of petrol fell last month.",
    "Reporters poured into the building.",
    "The scheme will be phased out by 2030.",
    "The town was weary after a long winter.",
    "She toed the line for years.",
    "Sales peaked in the summer.",
    "The stake was worth 2 million pounds.",
    "He walked down the aisle of the church.",
    "The morning papers led with the story.",
    "He bore the brunt of the criticism.",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--batch", choices=["dev", "held", "all"], default="dev")
    ap.add_argument("--misses", action="store_true", help="print the garbled sentences not found")
    ap.add_argument("--alarms", action="store_true", help="print the clean sentences flagged")
    ap.add_argument("--by-kind", action="store_true", help="count by kind of mistake, not by language")
    args = ap.parse_args()
    runner = Runner(["garbled"])
    garbled = (DEV_GARBLED if args.batch in ("dev", "all") else []) + (HELD_GARBLED if args.batch in ("held", "all") else [])
    clean = (DEV_CLEAN if args.batch in ("dev", "all") else []) + (HELD_CLEAN if args.batch in ("held", "all") else [])
    print(f"lexical garbled probe, batch {args.batch}: {len(garbled)} garbled, {len(clean)} clean sentences\n")
    run(runner, garbled, clean, args.misses, args.alarms, args.by_kind)


if __name__ == "__main__":
    main()

"""Garbled, lexical kinds widened by language family: idioms rendered word for word
(East Slavic and Baltic, South Slavic, Catalan and Ibero-Romance, Nordic, Filipino,
Bengali and Hindi), set-phrase calques of the same families, false friends carried over
from Nordic and South Slavic news, and native eggcorns and confused words in frames
the lexicons had read too narrowly (a copula before "just desserts", a determiner after
"illicit", an illness after "exasperate"). Each fires in wordings other than its
lexicon examples, reported by the one rule that owns it; the English idiom, the literal
scene and the natural wording stay quiet. Sentences written for these tests."""

from __future__ import annotations

import pytest

FF, CON, EGG, IDI = "GRB008", "GRB017", "GRB018", "GRB022"

FIRES = [
    # idioms
    ("noodles-on-ears", IDI, "Tenants accuse the landlord of hanging noodles on their ears about the repairs."),
    ("noodles-on-ears", IDI, "Nobody believes the pasta on the ears any more, a farmer said."),
    ("thicker-end", IDI, "As usual, the smallest clubs got the thicker end of the deal."),
    ("play-the-foreigner", IDI, "Asked about the missing funds, the treasurer made himself the Swede."),
    ("play-the-foreigner", IDI, "The regulator makes itself the fool whenever fares are mentioned."),
    ("thread-to-needle", IDI, "It is high time the league put thread to the needle on stadium safety."),
    ("fire-of-straw", IDI, "The boom in e-scooter hire proved a fire of straw."),
    ("fire-of-straw", IDI, "Campaigners fear the council's green plan is just straw enthusiasm."),
    ("fall-from-the-sky", IDI, "Fishermen fell from the sky when they heard the new licence fee."),
    ("eyes-turned-white", IDI, "Patients said their eyes went white waiting for the one ambulance boat."),
    ("not-our-table", IDI, "Rural bus routes are not the ministry's table, the official said."),
    ("cherries-to-eat-with", IDI, "The new referee is not good to eat cherries with, players say."),
    ("talk-like-a-broken-arm", IDI, "The candidate talked like a broken arm through the debate."),
    ("jump-on-the-glue", IDI, "Pensioners jumped on the glue of a fake lottery."),
    ("beat-the-buckets", IDI, "Ferry crews beat the buckets while the port was closed."),
    ("after-the-rain-on-thursday", IDI, "The new hospital will open after the rain on Thursday, nurses joke."),
    ("sell-fog", IDI, "The developer has been selling fog to the town for a decade."),
    ("be-in-the-moon", IDI, "The defence was in the moon during the second half."),
    ("thick-face", IDI, "Her face is very thick, the councillor's rivals said."),
    ("apply-butter-oil", IDI, "Contractors put butter on the officials to win tenders."),
    # set-phrase calques
    ("go-to-pension", CON, "The head teacher will go to pension after the summer term."),
    ("once-in-the-week", CON, "The ferry calls at the island once in the week, islanders complain."),
    ("have-the-size-of", CON, "The largest crater had the size of a football pitch."),
    ("said-to-the-paper", CON, "The owner said to the weekly that the mill would reopen."),
    ("in-operation-in-years", CON, "The lighthouse has been in service in 120 years."),
    ("on-the-press-conference", CON, "The coach admitted on the press conference that the squad was tired."),
    ("make-percent", CON, "The increase in fares makes 7 percent from January."),
    ("fall-in-line", CON, "Voters fell in line for hours outside the polling station."),
    ("pay-too-small", CON, "Nurses leave for abroad because the salaries are so small."),
    ("water-is-weak", CON, "On the fifth floor the tap water is weak every evening."),
    ("interest-is-running", CON, "The debt was never repaid, and their interest is running daily."),
    ("by-paying-fine", CON, "Eleven boat owners were let off by paying fine."),
    ("each-time-more", CON, "Drought makes the harvests in the south every time more uncertain."),
    ("of-the-zone", CON, "The clinics of the zone are short of nurses."),
    ("open-the-light", CON, "Shopkeepers were asked to close the lights after 10pm."),
    ("south-asian-english", CON, "The exam has been preponed by a week."),
    ("south-asian-english", CON, "The chief engineer was out of station when the dam burst."),
    # false friends
    ("eventually-verb-second", FF, "Eventually could the match be moved to Sunday."),
    ("pensionist", FF, "Free bus passes for pensionists will end in April."),
    ("procent", FF, "Turnout fell to 41 procent in the capital."),
    ("ambulance-clinic", FF, "The dental ambulance in the old school will close in June."),
    ("ambulance-clinic", FF, "Two ambulances of general medicine have been without a doctor since spring."),
    ("mean-think-plural", FF, "The station is too small for the crowds, commuters mean."),
    ("competition-job-ad", FF, "Only two surgeons applied on the competition."),
    ("salvage-execute", FF, "Witnesses say vigilantes salvaged three drug suspects in the slum."),
    ("comfort-room", FF, "The evacuation centre has four comfort rooms for 2,000 people."),
    ("eve-teasing", FF, "Students marched against eve teasing on the campus."),
    ("molest-bother", FF, "Hotel guests say the music from the beach bars molests them until dawn."),
    ("constipated-cold", FF, "Half the choir was constipated with a sore throat before the concert."),
    ("carpet-folder", FF, "The auditor asked for the carpet containing the tender documents."),
    # eggcorns and confused words
    ("just-deserts", EGG, "The ban was just desserts for a driver caught three times."),
    ("elicit", EGG, "The inquiry hopes to illicit evidence from former staff."),
    ("exacerbate", EGG, "Heavy rain could exasperate the erosion of the cliffs."),
    ("eyesore", EGG, "The empty office block is an eye saw on the seafront."),
    ("fear-the-worse", EGG, "Families of the crew feared the worse when the radio fell silent."),
    ("their-there", EGG, "Households must leave there bins at the kerb by 6am."),
]

QUIET = [
    "Critics say the minister is pulling the wool over voters' eyes.",
    "The restaurant serves noodles with chilli oil and spring onions.",
    "The builder sawed off the thick end of the beam.",
    "The Swedish striker will play the Englishman in a new film about the 1966 final.",
    "The tailor put thread through the needle and began to sew.",
    "Straw bales caught fire near the farm overnight.",
    "Debris fell from the sky when the rocket broke up.",
    "The patient's eyes turned white from a rare infection, doctors said.",
    "The waiter said this was not our table.",
    "The extra money will go to pension funds and schools.",
    "The team lost twice in the week before the derby.",
    "The crater was the size of a football pitch.",
    "The owner told the weekly that the mill would reopen.",
    "The lighthouse has not been in service in 20 years.",
    "The coach declined to comment on the press conference.",
    "The increase made 7 percent of drivers switch to rail.",
    "Rebel councillors fell in line behind the leader.",
    "The print on the price label is too small.",
    "The swimmer was weak from the cold water.",
    "Interest is running high ahead of the cup final.",
    "Eleven boat owners were let off after paying fines.",
    "The harvests get drier every year in the south.",
    "Eventually the match was moved to Sunday.",
    "Free bus passes for pensioners will end in April.",
    "Turnout fell to 41 percent in the capital.",
    "The ambulance crew arrived within eight minutes.",
    "Three ambulances were sent to the crash.",
    "Commuters say the closure means longer journeys.",
    "The club entered the competition for the first time.",
    "The menu is just desserts for the first week.",
    "Customs seized illicit tobacco at the port.",
    "The long delays exasperated the passengers.",
    "Not one eye saw the thief in the crowd.",
    "The worse weather came later in the week.",
    "Are there bins on every street?",
    "We picked cherries with the children in July.",
    "The rugby player played on with a broken arm.",
    "The bird was stuck to a glue board.",
    "Buskers beat buckets outside the station.",
    "The match was abandoned after the rain on Thursday.",
    "The club bought a fog machine for the concert.",
    "Astronauts walked on the moon in 1969.",
    "The ice on the north face was very thick.",
    "Spread the butter on the toast while it is warm.",
    "Staff were asked to switch off the lights after 10pm.",
    "The express pulled out of station at 9am sharp.",
    "The firm will open a light engineering plant.",
    "Rescuers salvaged two boats and a car from the river.",
    "The coach was convicted of molesting a pupil.",
    "Opioids can leave patients constipated, doctors warn.",
    "Smugglers hid the documents inside a rolled carpet.",
    "The care home has a comfort room for grieving relatives and their nursing staff.",
]


@pytest.mark.parametrize("kind,code,text", FIRES, ids=[f"{k}-{t[:30]}" for k, _, t in FIRES])
def test_each_kind_fires_in_fresh_words_by_its_rule(garbled, kind, code, text):
    codes = garbled.codes(text)
    assert code in codes, (kind, codes)


@pytest.mark.parametrize("text", QUIET, ids=lambda t: t[:40])
def test_native_wording_and_literal_scenes_are_quiet(garbled, text):
    assert [(f.code, f.message) for f in garbled(text, ignore="GRB001")] == []


def test_glossed_idiom_in_a_quotation_is_quiet_and_bare_one_fires(garbled):
    glossed = '"We will not hang noodles on your ears, as the saying goes," the mayor said.'
    bare = '"We will not hang noodles on your ears," the mayor said.'
    assert IDI not in garbled.codes(glossed)
    assert IDI in garbled.codes(bare)

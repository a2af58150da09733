"""Garbled, issue 16: a function word swapped for another (a partitive's "of", "due
to", "as of", "in addition"), a wrong article inside a quotation, and eggcorns of set
phrases (sound-alike words, words split in two). Each kind fires in wordings other than
its lexicon examples; the same words in their own sense and native look-alikes stay
quiet. Sentences written for these tests."""

from __future__ import annotations

import pytest

EGG, MT, ART = "GRB018", "GRB019", "GRB020"

FIRES = {
    # eggcorns of set phrases
    "out-of-sink": (EGG, ["Ministers seem out of sink on the question of tax."]),
    "yoke": (EGG, ["The town lived for decades under the yolk of the mill owners."]),
    "wherewithal": (EGG, ["Few clubs have the financial where with all to compete."]),
    "whole": (EGG, ["The hole country watched the final on Sunday."]),
    "aground": (EGG, ["A cargo ship went a ground off the headland."]),
    "precedent": (EGG, ["Lawyers fear the verdict will set a dangerous president for tenants.",
                        "The award could set a precedence that other councils follow."]),
    "champing": (EGG, ["Investors are chafing at the bit to buy the shares."]),
    "led": (EGG, ["The expedition was lead by a retired teacher.",
                  "The leak had lead to the evacuation of two streets."]),
    "capital": (EGG, ["The start-up is raising fresh capitol from investors.",
                      "Campaigners want capitol punishment restored."]),
    "row-to-hoe": (EGG, ["The new coach has a hard road to hoe."]),
    "iceberg": (EGG, ["The ship struck an iceburg in the fog."]),
    "break-with": (EGG, ["The bride chose to brake with tradition."]),
    "rogue": (EGG, ["The regulator warned about rouge landlords."]),
    "horde": (EGG, ["A hoard of photographers waited outside the court."]),
    "populace": (EGG, ["The tax is unpopular with the general populous."]),
    "elude": (EGG, ["The fugitive eluded police, and his partner alluded detection for a year."]),
    "leash": (EGG, ["Dog owners must keep pets on the lease near livestock."]),
    "law-unto": (EGG, ["The agency has become a law onto itself."]),
    "lieu": (EGG, ["Staff got extra days off in loo of overtime pay."]),
    "immemorial": (EGG, ["Fishermen have used the cove since time immortal."]),
    "safe-haven": (EGG, ["Gold is seen as a safe heaven in a crisis."]),
    "no-holds": (EGG, ["It was a no holds bared interview."]),
    "pockmarked": (EGG, ["The runway was potmarked with shell holes."]),
    "cachet": (EGG, ["The label has lost its cultural cache."]),
    "anecdotal": (EGG, ["The claim rests on antidotal reports from parents."]),
    "heel": (EGG, ["The unions were brought to heal within a month.",
                   "Injuries are the Achilles heal of the squad."]),
    "red-herring": (EGG, ["The lawyer called the letter a complete red hearing."]),
    "rest-assured": (EGG, ["You can rest assure that the money is safe."]),
    "stem-the-tide": (EGG, ["Police are struggling to stem the tied of knife crime."]),
    "trial-and-error": (EGG, ["The recipe was found by trail and error."]),
    "vested": (EGG, ["The firm has a financial invested interest in the result."]),
    "to-no-avail": (EGG, ["They appealed twice, to know avail."]),
    "accustomed": (EGG, ["Commuters are accustom to the delays by now."]),
    "nevertheless": (EGG, ["The vote was close; never the less, it passed."]),
    "whereas": (EGG, ["Rents rose in the city, where as wages fell."]),
    "ahead-of": (EGG, ["The station reopened a head of schedule."]),
    "across-along": (EGG, ["Smoke drifted a cross the estate.",
                          "The mayor came a long with two aides."]),
    "apart-from": (EGG, ["A part from the rain, the festival went well."]),
    # function words swapped
    "partitive-of": (MT, ["He was one till the first to leave.",
                          "The rest beside the money was never found."]),
    "due-to": (MT, ["The match was called off due the frozen pitch."]),
    "as-of": (MT, ["As until 6pm on Friday, 40 homes had no power."]),
    "as-far-as": (MT, ["The archive goes back till far as 1790.",
                       "Fares could rise by out much as 9%."]),
    "set-adverbial": (MT, ["Toward addition, two schools will close.",
                          "Some shops, among example, open on Sundays."]),
    # Chinese official phrasing carried over word for word
    "strengthen-construction": (MT, ["The ministry will strengthen the construction of its inspection teams."]),
    "carry-out-exchanges": (MT, ["Delegates carried out friendly exchanges on farming.",
                                "The two ports carried out cooperation in shipping."]),
    "pragmatic-cooperation": (MT, ["Both sides praised their pragmatic cooperation on energy."]),
    "put-forward-requirements": (MT, ["The mayor put forward new requirements for builders."]),
    "after-receiving-alarm": (MT, ["Police reached the river bank after receiving the alarm."]),
    "accumulatively": (MT, ["The fund has accumulatively paid out 40 million yuan."]),
    "traffic-pressure": (MT, ["The tunnel is meant to relieve traffic pressure on the bridge."]),
    "tide-over": (MT, ["Subsidies helped farmers tide over the difficult times."]),
    "batch-of-people": (MT, ["The second batch of medical workers arrived on Monday."]),
    "press-time": (MT, ["Up to press time, no group had claimed the attack."]),
    "good-job-in": (MT, ["Villages are told to do a good job in fire prevention."]),
    # agreement and verb forms
    "each-of-plural": (MT, ["Each of the three candidates have signed the pledge.",
                           "Organisers said everyone are invited."]),
    "be-plain-verb": (MT, ["The land is belong to the state.",
                          "The fire has been happened near the depot."]),
    "suggest-him-to": (MT, ["The coach suggested them to train twice a day."]),
    # a wrong article, in a quotation as well
    "article-in-quote": (ART, ['"It was an big mistake," the coach said.',
                              'The mayor said: "We have a enormous job ahead."',
                              "The firm called it a \"unique\" offer and an history of success."]),
}

QUIET = [
    "The dishes were left in the sink.",
    "The yolk of an egg is rich in fat.",
    "They could not see where with all the smoke the fire was.",
    "The crater left a hole the size of a bus.",
    "The club ran a ground-share scheme with its rivals.",
    "The president set the agenda for the summit.",
    "Safety takes precedence over cost.",
    "The strap was chafing at his wrist.",
    "Pipes made of lead were replaced.",
    "She will lead the party into the election.",
    "Tourists photographed the state capitol.",
    "The farmer had to hoe the field by hand.",
    "Drivers should brake with care on ice.",
    "She wore rouge and a red scarf.",
    "A hoard of silver coins was found in the field.",
    "Lagos is the most populous city in Nigeria.",
    "The minister alluded to the report in her speech.",
    "The shop is on a ten-year lease.",
    "The rules were set out in the lease.",
    "The loo was out of order.",
    "The gods are immortal in the myth.",
    "The choir sang of heaven.",
    "The dancers bared their arms.",
    "The browser clears its cache every day.",
    "Police found a cache of weapons.",
    "The antidote arrived in time.",
    "Cuts take time to heal.",
    "The hearing was adjourned.",
    "The tie was blue.",
    "The path follows the trail of an old railway.",
    "Pension funds invested heavily in bonds.",
    "I know that, she said.",
    "She hopes to accustom the dogs to the noise.",
    "He wore a cross around his neck.",
    "It was a long wait with no news.",
    "The drawing is a part of the collection.",
    "She took part from the start.",
    "He is one of the first to leave.",
    "The others waited until the end.",
    "The rest of the money was never found.",
    "The rent due the landlord was paid late.",
    "The match was called off due to the frozen pitch.",
    "As of 6pm on Friday, 40 homes had no power.",
    "In addition, two schools will close.",
    "The archive goes back as far as 1790, and fares could rise by as much as 9%.",
    "Results came within as little as an hour.",
    "She leads by example, the coach said.",
    "It was an honour and a unique offer, an historic day.",
    "Steel frames strengthen the construction of the tower.",
    "The bank carried out foreign currency exchanges for tourists.",
    "Her approach to cooperation was pragmatic.",
    "She put forward a plan that meets the requirements.",
    "After receiving the award, he thanked his mother.",
    "The fund has paid out 40 million yuan so far.",
    "Check the tyre pressure before the journey.",
    "A loan tided the farmers over the winter.",
    "The first batch of vaccines arrived on Monday.",
    "The paper went to press at midnight.",
    "The keeper did a good job in the final.",
    "Each of the three candidates has signed, and each of those who have signed is listed.",
    "The land belongs to the state.",
    "Polls suggested them to be level.",
    "She recommended him to the panel.",
    '"It was a big mistake," the coach said.',
    '"It\'s a on-off thing," she said.',
]


@pytest.mark.parametrize("code, text", [pytest.param(code, t, id=f"{kind}-{i}")
                                        for kind, (code, texts) in FIRES.items()
                                        for i, t in enumerate(texts)])
def test_fires(linter, code, text):
    assert code in linter.codes(text, select=["garbled"])


@pytest.mark.parametrize("text", QUIET)
def test_quiet(linter, text):
    assert [c for c in linter.codes(text, select=["garbled"]) if c in (EGG, MT, ART)] == []


def test_quoted_article_slip_is_one_finding(linter):
    found = linter.lint('"That was an total waste," he said.\n', select=[ART])
    assert [f.code for f in found] == [ART]

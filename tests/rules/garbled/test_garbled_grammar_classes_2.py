"""Machine-translation grammar by class, second round (issue 16): Romance reflexive event
verbs, a present-tense reporting verb inverted after the reported clause, an adverb between
a verb and its object, "each year" + a comparative, a verb that needs "to" without it, and
smaller calques of frames. Each class fires in several wordings (with the rule that owns
it) and stays quiet on native English that uses the same words, on quotes and on code."""

from __future__ import annotations

import pytest


def _garbled(linter, text):
    return sorted({f.code for f in linter.lint(text + "\n", select=["garbled"])})


FIRES = {
    "reflexive event verb": ("GRB017", [
        "A fire declared itself on the third floor of the hotel.",
        "The accident produced itself at the entrance to the tunnel.",
        "Two further cases verified themselves in the same school.",
        "A rise in burglaries registered itself during the summer.",
        "The transfer of power realised itself without incident.",
        "Heavy storms verified themselves along the northern coast.",
        "A blaze declared itself.",
    ]),
    "rendered himself to a place": ("GRB017", [
        "The president rendered himself to the flooded district on Sunday.",
        "The two envoys rendered themselves in Geneva for the talks.",
    ]),
    "inverted present reporting verb": ("GRB017", [
        "Bookings are up by a third, estimates the director of the tourist board.",
        "The dam is not at risk, affirms the regional governor.",
        "The tunnel will stay shut, reassures the regional transport authority.",
        "The pool stays closed until June, indicates the city hall.",
        "The fire started in the kitchen, specifies the coroner.",
        "Nobody had a permit, explains the head of the local police.",
        "The strike will go on until Friday, indicates the union.",
        "Prices will stay high all winter, underlines the study of the institute.",
        "The vote is postponed, specifies the spokeswoman of the council.",
    ]),
    "adverb between verb and object": ("GRB017", [
        "The fires have destroyed already 800 homes.",
        "The ministry has closed temporarily the two border posts.",
        "The airline cancelled also the evening flights.",
        "The ban will be extended also to electric scooters.",
        "The senate has adopted finally the pension bill.",
        "Divers recovered finally the wreck of the trawler.",
        "The insurer has refunded already half of the claims.",
        "The ban applies also to private jets.",
    ]),
    "each year + comparative after a copula": ("GRB017", [
        "The winters are each year milder and shorter, and the glacier is each year smaller.",
        "Getting a doctor's appointment is every week more difficult.",
        "Train tickets become each year dearer.",
        "The heatwaves will be each decade longer.",
    ]),
    "a verb that needs 'to' without it": ("GRB019", [
        "The mayor refused answer the question.",
        "Both drivers failed stop at the red light.",
        "The government decided raise the minimum wage.",
        "Villagers agreed rebuild the school together.",
        "The pilot managed land the plane on a field.",
        "Police tried stop the car at a checkpoint.",
        "The family wanted return to the village.",
        "The club wants keep its coach.",
        "The company refuses pay any compensation.",
        "The two leaders agreed talk again next month.",
    ]),
    "amounts up to": ("GRB017", [
        "The bill for repairs amounts up to 40,000 pounds.",
        "The fine amounted up to a year's salary.",
    ]),
    "alarm that (warn that)": ("GRB017", [
        "Ecologists alarm that the lake is drying up.",
        "Teachers alarmed that classes were too big.",
    ]),
    # the false-friend lexicon's entry (GRB008) reports it
    "the president of the town (mayor)": ("GRB008", [
        "The president of the city signed the decree on Monday.",
        "He met the president of the municipality, who asked for help.",
    ]),
    # one finding per slip: the false-friend lexicon's entry (GRB008) reports some of them
    "on the session (at)": (("GRB017", "GRB008"), [
        "The new statute was approved on the session of the regional assembly.",
        "The minister said on the conference that the tax would go.",
    ]),
    "the norm was exceeded (limit)": ("GRB017", [
        "The norm for nitrogen dioxide was exceeded twice last week.",
        "Arsenic in the well water exceeded the sanitary norm by ten times.",
        "The norm for lead was not exceeded at any station.",
    ]),
    "Eventually, + a possibility (possibly)": ("GRB017", [
        "Eventually, the hospital could also take patients from the north.",
        "Eventually, small firms may be entitled to a refund.",
    ]),
}

QUIET = [
    # reflexive verbs in their English senses
    "The company declared itself bankrupt last year.",
    "The province declared itself independent in 1991.",
    "The party declared itself in favour of the treaty.",
    "An opportunity presented itself when the rival pulled out.",
    "The disease manifested itself in the second week.",
    "The firm registered itself in Delaware in 2010.",
    "He rendered himself unpopular with his remarks.",
    "The suspect surrendered himself to the police.",
    # reporting verbs: the past inversion, "says", the subject first, a list of verbs
    "Bookings are up by a third, said the director of the tourist board.",
    "The risk is growing, says the report.",
    "Bookings are up by a third, the director explained.",
    "The study lists the causes, estimates the cost and proposes remedies.",
    "The report, which lists the causes, estimates the cost.",
    "The same rule also applies to private jets.",
    "Planned work on the line was cancelled.",
    "Why did nobody have a permit? asks the report.",
    "The phones weigh 9,000 tonnes, estimates Jan Nowak, an adviser to the forum.",
    "What this is really about, believes Mr Lamb, is money.",
    "Most buyers shop online, reports the trade association.",
    "More importantly, argues the study, prices are falling.",
    # adverbs in their native place
    "The fires have already destroyed 800 homes.",
    "The airline also cancelled the evening flights.",
    "The ban will also be extended to electric scooters.",
    "They met again the next day.",
    "Analysts had warned recently that the airline might fail.",
    "The senate finally adopted the pension bill.",
    # each year / every day without a comparative after a copula
    "The winters get milder each year.",
    "Each year more tourists come to the island.",
    "There are each year more than 200 fires in the park.",
    "It is every bit as hard as it looks.",
    # bare infinitives that English takes
    "Volunteers helped build the new school.",
    "Parents helped paint the classrooms.",
    "The coach made the players run laps.",
    "Police let the crowd pass.",
    "Witnesses saw the car hit the wall.",
    "Nobody dared say a word.",
    "The planned visit the minister announced was cancelled.",
    "Title hopes take a knock after the defeat.",
    "The court refused leave to appeal.",
    "The agency offered help the next day.",
    "Britain's most wanted man the police are hunting was seen in Leeds.",
    # smaller frames in their English senses
    "The damage amounts to two million euros.",
    "The alarm that sounded at noon was a drill.",
    "Neighbours raised the alarm that the shed was on fire.",
    "Residents were alarmed that the river had risen.",
    "The president of the chamber of commerce opened the fair.",
    "The president of the city council called a vote.",
    "The minister commented on the meeting.",
    "Reporters briefed on the conference call said little.",
    "The limit for nitrogen dioxide was exceeded twice.",
    "Social norms were broken by the pandemic.",
    "Eventually, the talks collapsed.",
    "Eventually, the two sides could agree on nothing.",
    "Eventually, he may come to regret it.",
    "The company will eventually close the plant.",
]


@pytest.mark.parametrize("kind", sorted(FIRES))
def test_each_class_fires_in_several_wordings(linter, kind):
    code, texts = FIRES[kind]
    codes = set(code) if isinstance(code, tuple) else {code}
    missed = [t for t in texts if not codes & set(_garbled(linter, t))]
    assert not missed, missed


@pytest.mark.parametrize("text", QUIET)
def test_native_english_stays_quiet(linter, text):
    assert _garbled(linter, text) == []


def test_quotes_and_code_stay_quiet(linter):
    text = (
        '"A fire declared itself in the barn," the farmer wrote.\n\n'
        "> The mayor refused answer the question, indicates the prefecture.\n\n"
        "```\nthe norm for x was exceeded; failed attend\n```\n\n"
        "The farmer wrote that a fire had declared itself in the barn.\n"
    )
    found = [(f.code, f.line) for f in linter.lint(text, select=["garbled"])]
    assert found == [("GRB017", 9)]

"""GRB030 confused-word: a sound-alike word in a frame only the other word fits."""

from __future__ import annotations

import pytest

FIRES = [
    # (sentence, the word written, the word suggested)
    ("The nurses said there own shifts had doubled.", "there", "their"),
    ("Commuters made there way home on foot.", "there", "their"),
    ("Two of there sons still farm the land.", "there", "their"),
    ("Some tenants lost there homes in the fire.", "there", "their"),
    ("Their is little hope of a settlement this week.", "Their", "There"),
    ("Officials say their are no plans to reopen the pool.", "their", "there"),
    ("Their will be no bins collected on Friday.", "Their", "There"),
    ("Parents fear they're children will miss out.", "they're", "their"),
    ("The trust said it would publish it's own findings.", "it's", "its"),
    ("Its been three years since the bridge closed.", "Its", "It's"),
    ("Its a blow for the town, the mayor admitted.", "Its", "It's"),
    ("Its not clear who will pay for the repairs.", "Its", "It's"),
    ("Its likely that the vote will be delayed.", "Its", "It's"),
    ("Your not allowed to swim in the reservoir.", "Your", "You're"),
    ("Rents rose faster then the average wage.", "then", "than"),
    ("The repairs cost more then £2m.", "then", "than"),
    ("The queue was longer then expected.", "then", "than"),
    ("She chose to resign rather then face a vote.", "then", "than"),
    ("Nobody other then the treasurer had the keys.", "then", "than"),
    ("The shop has been empty since than.", "than", "then"),
    ("Growers could loose the whole harvest.", "loose", "lose"),
    ("The club is loosing money on every match.", "loosing", "losing"),
    ("The closure will have a knock-on affect on suppliers.", "affect", "effect"),
    ("The ban takes affect from midnight.", "affect", "effect"),
    ("Coastal towns were badly effected by the storm.", "effected", "affected"),
    ("Finishing the course in a wheelchair was an incredible feet.", "feet", "feat"),
    ("The new bridge is a feet of engineering.", "feet", "feat"),
    ("The fire was lead by a faulty heater, investigators found.", "lead", "led"),
    ("The leak has lead to a ban on hosepipes.", "lead", "led"),
    ("We where told the flight was full.", "where", "were"),
    ("Police are hunting a loan gunman.", "loan", "lone"),
    ("The lorry remained stationery for an hour.", "stationery", "stationary"),
    ("The bus was stationery when it was hit.", "stationery", "stationary"),
    ("Divers were unable to breath through the damaged masks.", "breath", "breathe"),
    ("He paused to catch his breathe.", "breathe", "breath"),
    ("The union voted to except the pay offer.", "except", "accept"),
    ("Perspective tenants must show proof of income.", "Perspective", "Prospective"),
    ("Cost was the principle reason for the delay.", "principle", "principal"),
    ("The plan was agreed in principal.", "principal", "principle"),
    ("The result was quiet a surprise to the pollsters.", "quiet", "quite"),
    ("The water came threw the ceiling.", "threw", "through"),
    ("The piece talks resume in Geneva on Monday.", "piece", "peace"),
    ("A vital peace of evidence was lost.", "peace", "piece"),
    ("Crime has fallen over the passed three years.", "passed", "past"),
    ("The match goes ahead weather or not it rains.", "weather", "whether"),
    ("Wintry whether closed the pass.", "whether", "weather"),
    ("The man who's car was stolen has been paid.", "who's", "whose"),
    ("Residents ignored the legal advise they were given.", "advise", "advice"),
    ("Officials would advice anyone travelling to check first.", "advice", "advise"),
    # a curly apostrophe is the same word
    ("The board said it’s own rules were broken.", "it’s", "its"),
]


@pytest.mark.parametrize("text, written, right", FIRES)
def test_confused_word_fires(linter, text, written, right):
    # the slip is reported once: by GRB030, or by a lexicon rule that already knows it
    at = text.index(written)
    (finding,) = [f for f in linter.lint(text, select=["garbled"]) if f.offset <= at < f.end_offset]
    if finding.code == "GRB030":
        assert finding.offset == at
        assert finding.suggestion == right
        assert f"'{written}'" in finding.message and f"'{right}'" in finding.message


@pytest.mark.parametrize(
    "text, written, right",
    [
        ("Fans made there way to the stadium early.", "there", "their"),
        ("Passengers were told to wait for there suitcases.", "there", "their"),
        ("Reaching the summit without oxygen was a feet few climbers manage.", "feet", "feat"),
        ("Its been three years since the bridge closed.", "Its", "It's"),
        ("The ban takes affect from midnight.", "affect", "effect"),
        ("The new bridge is a feet of engineering.", "feet", "feat"),
        ("We where told the flight was full.", "where", "were"),
        ("Police are hunting a loan gunman.", "loan", "lone"),
        ("The result was quiet a surprise to the pollsters.", "quiet", "quite"),
    ],
)
def test_confused_word_reports_what_no_lexicon_rule_does(linter, text, written, right):
    (finding,) = linter.lint(text, select=["GRB030"])
    assert text[finding.column - 1 : finding.column - 1 + len(written)] == written
    assert finding.suggestion == right


QUIET = [
    "There are fears for the mill, and the workers went there first.",
    "Is there money left for the repairs?",
    "In the village there lives a man who remembers the flood.",
    "The company and its A&E contract were both reviewed.",
    "The council will review its own procedures; it's a decision for members.",
    "Yukos is confident of its right to bankruptcy protection.",
    "The firm cut its not-for-profit arm and kept its expected profits.",
    "Your welcome pack is in the post.",
    "They're way beyond that.",
    "From there onwards the road climbs, and the path to there is steep.",
    "They ran a few feet, then a hundred feet more, feet-first into the water.",
    "Costs were higher, then fell again in spring.",
    "Prices rose and then fell.",
    "It was better even than the first.",
    "The charity could, of course, be wound up.",
    "The charity could of course be wound up.",
    "The rope came loose and the boat drifted a few feet away.",
    "A loose tile fell from the roof.",
    "The ruling will affect thousands of tenants.",
    "The new rules will effect change in the industry.",
    "The climber fell a hundred feet before the rope held.",
    "The remarkable feet of the ballet dancers were photographed.",
    "Lead pipes were found in the old school.",
    "Managers should lead by example.",
    "The areas where they live were flooded.",
    "Those where the victim knew the attacker were excluded.",
    "The loan figure of £2m was agreed, and a loan star shone for the club.",
    "She runs a stationery shop and the gift was stationery.",
    "Drivers failed a breath test.",
    "Every player except the goalkeeper was booked.",
    "In a similar vein, the report called for change.",
    "The principle of free speech was at stake.",
    "Interest is charged on principal.",
    "The street was quiet again by midnight.",
    "The street was quiet a few weeks ago, and quiet a while later.",
    "He threw the ball to the keeper.",
    "A two-piece suit and a chess piece were sold.",
    "The peace talks resume in Geneva.",
    "The bill passed two readings.",
    "It is fine whether you come or not.",
    "Who's home? Who's team captain now?",
    "Some advise caution, and experts that advise the minister agree.",
    "He sought advice from his lawyer.",
    # quotations are the speaker's words
    'The fan said: "Its a disgrace and there own fault."',
    # code is not prose
    "```\nits been there own\n```",
]


@pytest.mark.parametrize("text", QUIET)
def test_confused_word_stays_quiet(linter, text):
    assert linter.codes(text, select=["GRB030"]) == []


def test_confused_word_fix_is_unsafe_and_keeps_case(linter):
    (finding,) = linter.lint("Its been a hard year.", select=["GRB030"])
    assert finding.suggestion == "It's"
    assert finding.fix is not None and finding.fix.safe is False


def test_sound_alikes_of_this_round_fire_in_their_frames(linter):
    text = (
        "Commuters say there is no end in site to the roadworks.\n\n"
        "Teachers said the outbreak was effecting attendance at the school.\n\n"
        "The cliff path is now to dangerous to walk.\n\n"
        "The Kenyan, who had lead for most of the race, faded on the hill.\n\n"
        "Drivers should avoid sudden breaking on the ice.\n\n"
        "Nurses have long campaigned for pay parody with doctors.\n"
    )
    found = [(f.line, f.code, f.message) for f in linter.lint(text, select=["GRB030"])]
    assert [(line, code) for line, code, _ in found] == [(1, "GRB030"), (3, "GRB030"), (5, "GRB030"), (7, "GRB030"),
                                                       (9, "GRB030"), (11, "GRB030")]
    assert "'site' where the sentence needs 'sight'" in found[0][2]


def test_the_right_words_in_those_frames_stay_quiet(linter):
    text = (
        "The council visited the site of the new school.\n\n"
        "The reform is effecting real change in the prisons.\n\n"
        "It is too dangerous to climb, and the road to Leeds is closed.\n\n"
        "The old firm has lead in its paint.\n\n"
        "Breaking news: heavy breaking waves hit the sea wall.\n\n"
        "The show is a parody of the news.\n"
    )
    assert linter.lint(text, select=["GRB030"]) == []


def test_effected_with_a_degree_after_it_is_affected(linter):
    [f] = linter.lint("The small traders, whom the outage effected most, lost a week's takings.\n", select=["GRB030"])
    assert "'effected' where the sentence needs 'affected'" in f.message
    assert linter.lint("The reform effected more change than any before it.\n", select=["GRB030"]) == []

"""GRB017 carried-over-construction: another language's preposition, article or word order."""

from __future__ import annotations

from lintnews.analysis.garbled.lexicon_rule import LexiconRule

__all__ = ["CarriedOverConstruction"]


class CarriedOverConstruction(LexiconRule):
    """What it flags: a construction taken word for word from French, Spanish, Italian,
    Portuguese, German or Russian:
    - the preposition the verb takes there: "depends of" (dépendre de), "testifies of",
      "fell of 8%" (calare dell'8%), "convert the plain in a desert" (convertir en),
      "called its members to a strike" (appeler à), "participated to", "arrived to the
      island";
    - an article English does not use: "the 40% of the workers" (el 40% de), "the climate
      change will" (el cambio climático);
    - the other language's idiom or word order: "it makes five years that" (hace cinco
      años que), "who has 19 years" (tener 19 años), "make a step back" (faire un pas),
      "wants that the school reopens" (wollen, dass), "approved this Tuesday a plan",
      "puts in danger the harvest", "must be submitted until Friday" (bis), "only every
      third bus" (jeder dritte), "during the whole night" (всю ночь), "passed without
      incidents".
    - by word class rather than by phrase: a verb with the infinitive its source takes
      ("risks to paralyse", "avoid to pay", "accepted to resign", "suggests to raise",
      "renounced to"); an adjective with its source's preposition ("responsible of",
      "capable to", "different of", "interested on"); "entered in the building",
      "married with a banker"; a time between a verb of the NP-object class and its
      object ("approved yesterday the law", "continue since Friday their protest"), or
      "already" there ("lose already two million");
      a party or nationality adjective after its noun ("the party socialist won");
      "risen on 3 percent", "lies at 5%", "estimated in 300 million euros", "two years
      of prison".
    - the verb before its subject: a passive auxiliary opening the sentence ("Were
      evacuated more than 400 residents", "It was detained a man"), after a fronted
      adverbial ("So far were counted 4,200 votes") or a fronted time ("Yesterday
      presented the bank its plan"), verb-second order after a partitive ("Of the 90
      delegates present backed 52 the motion"), a verb that needs an object inverted
      like "said" ("..., informed the port captaincy."), "Not only the schools were
      closed", "Never the harbour has been" (jamais ... n'a été); no subject at all, as
      the source drops it ("Is expected that the dam will fill", "said that is
      necessary to"; se prevé que, dijo que es necesario);
    - time and reference carried over: the present with "since" ("heads the agency
      since 2021", "Since 2015 the villagers grow olives"; depuis, seit, od), "since
      years" (depuis des années, seit Jahren), "at 3:20 of Tuesday morning", "on the
      Thursday, 3 July", "14 of January", "in the night of Friday", "was given as
      extinguished", "the same" as a pronoun (el mismo); a reflexive English has not
      ("abstained themselves", "complained themselves", "remember themselves of");
      negative concord ("did not hear nothing"); "everything what" (alles, was), "the
      same like", "the in 2021 renovated station", ", of them 12 babies";
    - fixed frames of other languages word for word: "Correct to today," and "Among the
      rest," (Hebrew), "This is while" and "With attention to" (Persian), "taken into
      use" and "the minister told that" (Finnish, Nordic), "on today's day", "in that
      number" and "on the background of" (Russian), "in first line" (German), "make
      attention to" (French). Idioms and proverbs rendered word for word are GRB022's.

    Not flagged: the English constructions ("depends on", "a rise of 4%", "the 40% of
    voters who backed him", "the unemployment rate", "called parents to a meeting",
    "cancelled until Friday", "has headed the agency since 2021"), the native
    inversions ("Were it not for", "Had the alarm sounded", "Of particular concern
    were", "..., said the minister", "Never has the harbour been"), litotes ("we cannot
    do nothing"), quotes.

    Why: the reader has to translate the sentence back to understand it.

    Instead: the English construction the finding names. The entries are in
    lintnews/analysis/garbled/lexicons/constructions.yaml.

    Fix safety: no fix: the English construction often needs the words around it
    changed too.
    """

    code = "GRB017"
    name = "carried-over-construction"
    lexicon = "constructions"
    summary = "Constructions carried over from another language ('depends of', 'it makes three years that')."
    examples = {
        "fail": [
            "Half the town depends of tourism.",
            "It makes five years that the bridge has been closed.",
            "The teachers' union called its members to a general strike.",
        ],
        "pass": [
            "Half the town depends on tourism.",
            "The bridge has been closed for five years.",
            "The union called on its members to strike.",
        ],
    }

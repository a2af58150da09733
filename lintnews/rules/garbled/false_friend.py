"""GRB008 false-friend: an English word used with its look-alike's meaning."""

from __future__ import annotations

from lintnews.analysis.garbled.lexicon_rule import LexiconRule

__all__ = ["FalseFriend"]


class FalseFriend(LexiconRule):
    """What it flags: an English word used with the meaning of its look-alike in French,
    Spanish, Italian, Portuguese, German or Russian, only where the context betrays the
    foreign sense: "assisted at the ceremony" (assister à: attended), "the club pretends to
    sell" (pretender: plans), "can become a refund" (bekommen: get), "Union chef" (Chef:
    leader), "were interpellated by police" (interpeller: detained), "collected 8,000
    firms" (firme: signatures), "put into exploitation" (эксплуатация: service), "the
    actual mayor" (actuel: current), "realised 40 inspections" (realizar: carried out).
    Entries are gated by the sense context: "syndicates" with workers or strikes
    (syndicat: union), "a net benefit of 3 million euros" (bénéfice: profit), "nominated
    director of" (nommé: appointed), "eventually ... could ... if" (éventuellement:
    possibly), "the concern announced" (Konzern: group), "collaborators of the bank"
    (Mitarbeiter: staff), "denounced two men for theft" (denunciare: reported).
    Classes cover the everyday false friends of French, Spanish, Italian, Portuguese,
    German, Dutch, Polish, Russian and Chinese copy ("highly sensible to frost", "the
    Italian mark sold", "condemned to four years", "the course of the rouble", "a gas
    balloon exploded", "civilised driving"), the officialese of ministry and EU copy ("the
    evolution of prices", "priority axes", "the responsible of") and pseudo-anglicisms
    ("recordman", "an underground parking", "a happy end"), and the domain vocabulary of
    translated news, gated on its domain: emergencies ("placed in orange vigilance", "the
    labours of extinction"), local government ("the president of Wroclaw": mayor), courts
    ("preventive prison", "the instruction of the case", "the process against"), business
    ("the benefits of the group rose", "the patronal"), health and schools ("the sanitary
    personnel", "passed the bachelor"), sport ("leads the classification", "ended in
    parity").
    Any inflection matches, with determiners and adjectives in between.

    Not flagged: the English senses ("assisted the nurses", "pretended to be asleep",
    "became a member", "celebrity chef", "the actual cost", "realised a profit"), quotes.

    Why: each word exists in English with another meaning, so the sentence says something
    the writer did not mean, or nothing at all.

    Instead: the English word the finding names. The entries, with the source language,
    the construction and the contexts where each is right and wrong, are in
    lintnews/analysis/garbled/lexicons/false_friends.yaml.

    Fix safety: no fix: the suggestion names the English word, and the sentence may
    need rewording around it.
    """

    code = "GRB008"
    name = "false-friend"
    lexicon = "false_friends"
    summary = "False friends used in the foreign sense ('assisted at the meeting', 'can become a refund')."
    examples = {
        "fail": [
            "Two ministers assisted at the opening of the bridge.",
            "Passengers whose train is late can become a refund.",
            "The actual president was elected in 2019.",
        ],
        "pass": [
            "Volunteers assisted the nurses on the ward.",
            "She became a member of the board.",
            "The actual cost was twice the estimate.",
        ],
    }

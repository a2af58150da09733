"""GRB019 translation-grammar: function-word and agreement errors of machine translation."""

from __future__ import annotations

from lintnews.analysis.garbled.lexicon_rule import LexiconRule

__all__ = ["TranslationGrammar"]


class TranslationGrammar(LexiconRule):
    """What it flags: the grammar errors that machine translation (from Chinese above all)
    leaves in fluent-looking English:
    - a doubled clause link: "Although the river has fallen, but ...", "Because the bridge
      collapsed, so ..." (虽然…但是, 因为…所以);
    - Chinese official phrasing translated word for word: "caused 5 people dead" (造成…死亡),
      "attached great importance" with no object (高度重视), "achieved phased results"
      (阶段性成果), "will open traffic again" (恢复通车), "the broad masses" (广大群众),
      "increase the strength of inspection" (加大…力度), "Many counties occurred severe
      flooding" (发生), a plan's bare imperative reported as a sentence;
    - agreement and function words: "she have", "they has", "there is many reasons", a
      determiner with no noun ("in a the study", "said the has been lifted"), a past form
      after "to" or a modal ("to went", "could took").
    - grammar over word classes, from any source language: "more"/"most" with an
      adjective that compares with -er/-est ("the most strong storm", "more cheap than");
      "the police has", "the people is"; "three persons died"; a singular role noun with
      no article opening a sentence ("Governor said", "Meeting will take place"); "the
      life in the villages is"; a perfect tense with a finished time ("has opened the
      bridge yesterday"); "very" before a verb ("residents very like"); "rose 20% than
      last year"; "sales achieved 5 billion yuan"; "strong rains";
    - the passive of a verb English gives no passive (Japanese and Chinese mark the
      change of state): "houses were collapsed", "the tower is leaned", "was fallen
      across the road", "were arrived in the port", "was vanished"; a bare singular
      count noun after a comparative opening ("Heavier storm may reach") or a device
      verb ("could not recharge laptop"); a dropped "to" before a verb that is never a
      noun ("failed comply with"); a mass noun with a plural verb ("the information
      were").
    - word order and agreement carried over from German, Dutch, Polish, Ukrainian and
      the Romance languages: "as usually", a time phrase before the object ("has
      concealed for decades the figures"), "the money better could be spent", a plural
      subject with a singular verb across a phrase ("The roofs of the church is"), "a
      number of the passengers was", "Population is advised to";
    - a dropped article or word: "declared state of emergency", "with the votes of
      ruling party", "the lid of fuel tank", "in talks sell", "died 2011"; a fronted
      "Let" clause of purpose; "will continue to open until".

    - the function words, agreement and word order of translation from Finnish, Persian,
      Thai, Swahili, Bulgarian, Hebrew and their neighbours: a preposition before the
      amount of a change or a figure reached ("went down in 4 metres", "rose for 8
      percent", "reached to 71%"); "told that" with no person told; "became closed", "got
      an accident"; a time phrase between a copula and its complement ("have been in
      recent years milder"); two hedges on one verb ("probably perhaps will"); negative
      concord ("Nobody from the ministry did not"); "in first half of year"; a singular
      measure noun with a plain verb ("Price at the market fall from"); "for the duration
      the outage"; "the hour of nine"; "the busiest port of the world"; "recommends to
      drivers to avoid"; "cannot sell already"; "since March they check"; "will open it
      yesterday"; "could not to pay"; "is living here since 2015"; "said me that";
      "every citizens"; "will be hold"; "is consisting of"; "lost with 3-0"; "The mayor
      she said that"; "asked why was the school closed"; "requested for help";
      "commuters who uses"; "The inspector say that"; "she want"; "People is"; "the
      price is too expensive"; "explained that why"; "has lose"; ", told the agency."
      after a clause of figures; "According to the ministry announced that"; "made in
      abroad"; "in the autumn 2027"; "for to protect".

    Not flagged: "as usually happens", "the votes of ruling party MPs", "Although ..., the
    dykes remain weak", "attached great importance to the warning", "if she were
    elected", "his will made", "were collapsed into one group", "was leaned against the
    wall", "a deal was arrived at", "Heavier rain may reach", "fell in 20% of the
    patients", "rose in 2019", "reached up to 2 metres", "were told that", "became known",
    "might perhaps possibly" (the hedging rules' stack), "the best of both worlds", "all we
    can do is keep going", "Name, 58, told the paper.", "required she take", "players
    have win bonuses", "from abroad", "the spring 2024 collection", quotes.

    Why: the reader has to rebuild the sentence, and the copy reads as unedited machine
    translation.

    Instead: the finding says what to change. The entries are in
    lintnews/analysis/garbled/lexicons/mt_grammar.yaml.

    Fix safety: no fix: the sentence needs rewriting; the message says what is wrong.
    """

    code = "GRB019"
    name = "translation-grammar"
    lexicon = "mt_grammar"
    summary = "Grammar machine translation leaves behind ('Although ..., but ...', 'caused 3 people dead')."
    examples = {
        "fail": [
            "Although the river has fallen, but the dykes remain weak.",
            "The landslide caused 5 people dead and 12 injured.",
            "There is many reasons for the fall.",
        ],
        "pass": [
            "Although the river has fallen, the dykes remain weak.",
            "The landslide left 5 people dead and 12 injured.",
            "There are many reasons for the fall.",
        ],
    }

"""GRB018 eggcorn-in-context: sound-alike slips in any inflection, words in between."""

from __future__ import annotations

from lintnews.analysis.garbled.lexicon_rule import LexiconRule

__all__ = ["EggcornInContext"]


class EggcornInContext(LexiconRule):
    """What it flags: a word swapped for a sound-alike, in any inflection and with words in
    between, where the context shows which word was meant: "poured over the accounts"
    (pore over), "could not make due" (make do), "did not seem phased" (fazed), "nipped the
    revolt in the butt" (nip in the bud), "prostrate cancer" (prostate), "a tactile
    decision" (tactical), "weary of the vaccine" (wary), "reign in spending" (rein in),
    "flaunted the rules" (flout), "a central tenant of democracy" (tenet), "wave the fees"
    (waive), "loathe to lend" (loath), "faster then wages" (than), "dragging their heals"
    (heels), "a 15 percent steak in" (stake), "exit poles" (polls), "a slither of hope"
    (sliver), "exasperated the shortage" (exacerbated), "of Italian decent" (descent),
    "taken a heavy toil on" (toll), "a fragrant breach" (flagrant), "a fait accomplice",
    "particularly suspect to the virus" (susceptible), "paid discretely" (discreetly),
    "the soul survivor" (sole), "teaming with tourists" (teeming), "forced to flea"
    (flee), "the plain crash" (plane), "cast dispersions" (aspersions).

    Not flagged: the words in their own sense ("rain poured over the stands", "lay
    prostrate", "weary of another election", "fans waved flags", "years of toil", "the
    garden was fragrant", "teaming up with a charity"), quotes. Fixed phrases
    with one sure correction are GRB001's, which --fix applies.

    Why: the reader stumbles, and the copy looks unedited.

    Instead: the word the finding names. The entries are in
    lintnews/analysis/garbled/lexicons/eggcorns.yaml.

    Fix safety: no fix: the inflection of the right word depends on the sentence
    (GRB001's fixed phrases have safe fixes).
    """

    code = "GRB018"
    name = "eggcorn-in-context"
    lexicon = "eggcorns"
    summary = "Eggcorns and malapropisms by lemma and context ('poured over the accounts', 'prostrate cancer')."
    examples = {
        "fail": [
            "Auditors poured over the council's books for a week.",
            "He was treated for prostrate cancer last year.",
            "The Treasury wants to reign in public sector pay.",
        ],
        "pass": [
            "Auditors pored over the council's books for a week.",
            "She lay prostrate on the floor.",
            "Rain poured over the stands.",
        ],
    }

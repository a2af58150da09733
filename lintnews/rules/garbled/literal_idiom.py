"""GRB022 literal-idiom: a foreign idiom or proverb rendered word for word."""

from __future__ import annotations

from lintnews.analysis.garbled.lexicon_rule import LexiconRule
from lintnews.rule import DEFAULT_SCOPE

__all__ = ["LiteralIdiom"]


class LiteralIdiom(LexiconRule):
    """What it flags: an idiom, a proverb or a set phrase of another language translated
    word for word, which an English reader cannot decode: "pulled a pea into its nose"
    (Finnish 'vetää herne nenään', took offence), "makes an elephant out of a fly"
    (Bulgarian, Russian, a mountain out of a molehill), "put heart to the signs" (Hebrew
    'lasim lev', pay attention to), "with one flower spring does not come" (Persian, one
    swallow does not make a summer), "little by little fills the measure" (Swahili, every
    little helps), "a frog in a coconut shell" (Thai, Malay, Hindi, Chinese: parochial).
    Some four hundred entries from over fifty languages (Nordic, Baltic,
    Slavic, Finno-Ugric, Persian, Turkish, Arabic, Hebrew, Indian, South-East Asian,
    African, Caucasian, Iberian and others), each matched by lemma and inflection with
    determiners, pronouns and adjectives in between.

    Read in quotations too: a proverb rendered word for word in a quoted remark is the
    translation's wording (the speaker said it in her own language), so the newsroom
    owns it. A sentence that glosses the saying ("literally", "as the proverb goes",
    "an idiom for") stays quiet: the writer knows it is foreign.

    Not flagged: the English idioms that share words ("make a mountain out of a
    molehill", "little by little", "pay attention to", "a fly in the ointment",
    "pushing at an open door"), and a rendering the writer glosses.

    Why: the reader meets a picture that means nothing in English, or the wrong thing.

    Instead: the English idiom or plain words the finding names. The entries are in
    lintnews/analysis/garbled/lexicons/idioms.yaml; fixed frames carried over word for
    word ("correct to today", "among the rest", "taken into use") are GRB017's.

    Fix safety: no fix: the English idiom often needs the sentence recast.
    """

    code = "GRB022"
    name = "literal-idiom"
    lexicon = "idioms"
    # Inside quotations and blockquotes too: the translation is the newsroom's.
    scope = DEFAULT_SCOPE | {"quote", "blockquote"}
    summary = "Idioms and proverbs of another language rendered word for word ('pulled a pea into its nose')."

    def message(self, entry, phrase: str) -> str:
        means = f", meaning {entry.means}" if entry.means else ""
        return f"'{phrase}' renders {entry.source} word for word{means}: say '{entry.instead}'"

    examples = {
        "fail": [
            "The mayor pulled a pea into his nose over the remark.",
            "Critics say the union makes an elephant out of a fly.",
            '"With one flower, spring does not come," the minister said.',
        ],
        "pass": [
            "The mayor took offence at the remark.",
            "Critics say the union is making a mountain out of a molehill.",
            'The Persian saying "with one flower, spring does not come" means one step is not enough.',
        ],
    }

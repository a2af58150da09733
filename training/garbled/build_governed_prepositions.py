#!/usr/bin/env python3
"""Build the governed-preposition table shipped in
``lintnews/analysis/garbled/lexicons/governed_prepositions.tsv``.

Which preposition a word governs ("depend on", "consist of", "interested in",
"responsible for", "capable of") is counted, not listed: the counts are those of the
Google Web Trillion Word Corpus (Brants and Franz, 2006) as shipped in the ``wordsegment``
package (Apache-2.0; ``pip install -e '.[stats]'``), 333,000 words and the 250,000 most
frequent word pairs. For every word followed by a preposition often enough that it
*governs* one (the pair "word + its most frequent preposition" is at least
``--selection`` of the word's count and ``--min-count`` times). Words are pooled by lemma as
well (depend, depends, depended, depending), so a rare inflection is judged by its lemma.
The table keeps, for each such word, its count and the counts of the prepositions
seen after it; GRB021 reports a preposition far rarer after the word than the one it
governs ("depends of", "consists from", "capable to"); see
``lintnews/analysis/garbled/governance.py``.

Nothing else feeds the table: no draft, no evaluation set. Run it again when the
thresholds change::

    python training/garbled/build_governed_prepositions.py
    python training/garbled/build_governed_prepositions.py --selection 0.2 --min-count 500000
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "lintnews" / "analysis" / "garbled" / "lexicons" / "governed_prepositions.tsv"

#: The prepositions the table speaks about: the ones a governing word selects, and the ones
#: a translation puts in their place.
PREPOSITIONS = "of from to for on in at with by about into upon".split()
#: The smallest count in the corpus's pair list: a pair missing from it was seen fewer times.
FLOOR = 100_000
#: Words that are not heads: function words, whose next word opens a new phrase
#: ("because in 2010", "and of course", "that on Monday"), and the words of a fixed
#: preposition ("out of", "up to"), measure and time nouns.
NOT_HEADS = set(
    """a an the and or but nor so yet for as if than that which who whom whose what when where why how
    because since while although though unless until till whether both either neither not only also
    just even still already ever never always often sometimes then now here there this these those
    it its he she they we you i me him her them us my your his our their one ones some any each every
    all no none many much more most few fewer less least several such other another same own
    is are was were be been being am have has had having do does did done will would shall should
    can could may might must up down out off over back away around about into onto upon out
    in on at by to of from with without within among between through across along after before
    during under above below behind beyond near next past per via like unlike despite
    around round inside outside whereas whilst instead ahead apart due prior thanks according
    addition order regard respect terms spite behalf front view means case lieu favour favor sake
    top bottom part end rest beginning middle side edge
    thousands millions hundreds dozens billions tens lots plenty majority number
    dispatched sorted indexed tagged logged posted filed listed ships shipped rated priced
    collectibles collectables""".split()
)


def load_counts():
    spec = importlib.util.find_spec("wordsegment")
    if spec is None or not spec.origin:
        raise SystemExit("needs the 'wordsegment' package: pip install -e '.[stats]'")
    folder = Path(spec.origin).parent
    unigrams = {}
    with open(folder / "unigrams.txt", encoding="utf-8") as fh:
        for line in fh:
            word, count = line.rstrip("\n").split("\t")
            unigrams[word] = int(count)
    pairs = collections.defaultdict(dict)
    wanted = set(PREPOSITIONS)
    with open(folder / "bigrams.txt", encoding="utf-8") as fh:
        for line in fh:
            words, count = line.rstrip("\n").rsplit("\t", 1)
            first, second = words.split(" ")
            if second in wanted:
                pairs[first][second] = int(count)
    return unigrams, pairs


def entry(total: int, after: dict, args) -> tuple:
    """(word count, {preposition: count}) for a word that governs a preposition, or None."""
    if not after:
        return None
    top = max(after.values())
    if top < args.min_count or top < args.selection * total:
        return None
    return total, {p: c for p, c in after.items() if c}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--selection", type=float, default=0.2, help="governed pair / word count, at least")
    ap.add_argument("--min-count", type=int, default=500_000, help="the governed pair's count, at least")
    ap.add_argument("--min-word", type=int, default=300_000, help="the word's count, at least")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    import sys

    sys.path.insert(0, str(ROOT))
    from lintnews.analysis.garbled.lemmas import forms, lemma

    unigrams, pairs = load_counts()
    rows = []
    pooled_total = collections.Counter()
    pooled_after = collections.defaultdict(collections.Counter)
    for word, after in pairs.items():
        total = unigrams.get(word, 0)
        if not word.isalpha() or not word.islower() or word in NOT_HEADS or total < args.min_word:
            continue
        base = lemma(word)
        if base != word and base not in NOT_HEADS and base in unigrams:
            pooled_total[base] += total
            pooled_after[base].update(after)
        found = entry(total, after, args)
        if found:
            rows.append((word,) + found)
    seen = {row[0] for row in rows}
    for base, after in sorted(pooled_after.items()):
        if base in seen:
            continue
        total = pooled_total[base] + unigrams.get(base, 0)
        merged = collections.Counter(after)
        merged.update(pairs.get(base, {}))
        found = entry(total, merged, args)
        if not found:
            continue
        # The lemma speaks for its inflections too rare to be judged on their own.
        for form in sorted(forms(base)):
            if form not in seen and form not in NOT_HEADS and unigrams.get(form, 0) < args.min_word:
                rows.append((form,) + found)
                seen.add(form)
    rows.sort()
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(
            "# Governed prepositions: word<TAB>its count in thousands<TAB>the prepositions after it, each\n"
            "# with the pair's count in thousands (pairs seen fewer than 100,000 times are not listed).\n"
            "# Counted from the Google Web Trillion Word Corpus counts shipped in the wordsegment\n"
            "# package (Apache-2.0) by training/garbled/build_governed_prepositions.py\n"
            "# (--selection %s --min-count %d --min-word %d); a rare inflection carries its lemma's\n"
            "# counts. Do not edit by hand.\n" % (args.selection, args.min_count, args.min_word)
        )
        for word, total, after in rows:
            pairs = " ".join(f"{p}:{c // 1000}" for p, c in sorted(after.items(), key=lambda pc: (-pc[1], pc[0])))
            fh.write(f"{word}\t{total // 1000}\t{pairs}\n")
    print(f"{len(rows)} words -> {args.out}")


if __name__ == "__main__":
    main()

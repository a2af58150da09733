"""The word-pair statistic behind GRB016 at several thresholds: WMT recall against BBC noise.

For every sentence (quotes left out) each pair of adjacent lower-case words gets its
improbability ``log10(expected / observed)`` from the web counts (``lintnews.analysis.garbled.word_pairs``;
needs ``pip install 'lintnews[stats]'``). A sentence is flagged when

- ``single``: one pair reaches the threshold (what GRB016 ships, at 2.0);
- ``two-near``: two pairs reach it within five words (converging evidence);
- ``function``: one pair of two function words reaches it (the counts are densest there).

Printed per mode and threshold: precision and recall on a WMT23 MQM half (segment level,
as in ``wmt_mqm_garbled.py``) and flagged sentences per 1,000 words of BBC copy.

    python evaluation/garbled_pair_stats.py                     # tuning half, even BBC articles
    python evaluation/garbled_pair_stats.py --half report --files odd
"""

from __future__ import annotations

import argparse

from bbc_false_alarms import WORD, articles
from common import prf, table
from wmt_mqm_garbled import load

from lintnews.analysis.garbled import word_pairs as ngrams
from lintnews.text.document import parse

FUNCTION = frozenset(
    """a an the this that these those my your his her its our their some any no every each
    of to in on at by for with from into onto upon about over under after before between
    through during without within against among i you he she it we they me him us them is
    are was were be been being am has have had do does did will would can could shall
    should may might must and or but nor so than if because while although though whether
    as""".split()
)
THRESHOLDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def sentence_pairs(text: str, path: str, model):
    """``[(word index, first, second, improbability)]`` for each unquoted sentence."""
    out = []
    for sentence in parse(text, path).sentences:
        if sentence.quoted:
            continue
        region_text, words, pairs = sentence.region.text, sentence.words, []
        for k, ((s1, e1, a), (s2, e2, b)) in enumerate(zip(words, words[1:])):
            if s2 != e1 + 1 or region_text[e1] != " " or a == b:
                continue
            if not (a.isalpha() and b.isalpha() and a.islower() and b.islower()):
                continue
            score = model.improbability(a, b)
            if score is not None and not sentence.in_quote(s1, e2):
                pairs.append((k, a, b, score))
        out.append(pairs)
    return out


def flagged(pairs, mode: str, threshold: float) -> bool:
    hits = [p for p in pairs if p[3] >= threshold]
    if mode == "single":
        return bool(hits)
    if mode == "function":
        return any(a in FUNCTION and b in FUNCTION for _, a, b, _ in hits)
    return any(q[0] - p[0] <= 5 for p, q in zip(hits, hits[1:]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["tune", "report"], default="tune")
    ap.add_argument("--files", choices=["all", "even", "odd"], default="even")
    args = ap.parse_args()
    model = ngrams.model()
    if model is None:
        raise SystemExit("needs the 'stats' extra: pip install 'lintnews[stats]'")
    wmt = [(sentence_pairs(row["target_en"], "segment.txt", model), gold) for row, gold in load(args.half)]
    words, bbc = 0, []
    for name, text in articles(args.files):
        words += len(WORD.findall(text))
        bbc += sentence_pairs(text, name.replace("/", "-"), model)
    rows = []
    for mode in ("single", "two-near", "function"):
        for threshold in THRESHOLDS:
            tp = fp = fn = 0
            for sentences, gold in wmt:
                hit = any(flagged(p, mode, threshold) for p in sentences)
                tp += hit and gold
                fp += hit and not gold
                fn += gold and not hit
            p, r, _ = prf(tp, fp, fn)
            noise = sum(flagged(p, mode, threshold) for p in bbc) * 1000 / words
            rows.append((mode, threshold, f"{p:.3f}", f"{r:.3f}", tp, fp, f"{noise:.2f}"))
    print(f"WMT23 MQM {args.half} half; BBC {args.files} articles ({words:,} words)")
    print(table(rows, ["mode", "threshold", "precision", "recall", "tp", "fp", "BBC sentences / 1,000 words"]))


if __name__ == "__main__":
    main()

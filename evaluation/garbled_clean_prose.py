"""False alarms of the garbled rules on edited English prose (evaluation only).

BABE (AGPL-3.0; news sentences from US outlets, both label groups), PolNeAR (news
articles from 2016, sentence split by the corpus; dev and test halves) and the Wikipedia
sentences of CoNLL-2010 (test split) are edited copy, so a garbled finding there is most
likely a false alarm. They complement the BBC (British) figure of
``bbc_false_alarms.py``. Read in place from ``../shared/data``; nothing is copied.

    python evaluation/garbled_clean_prose.py [--list]
"""

from __future__ import annotations

import argparse
import csv
import io

from common import Runner, data_dir, table


def babe():
    for name in ("final_labels_SG1.csv", "final_labels_SG2.csv"):
        text = (data_dir("babe") / name).read_text(encoding="utf-8-sig")
        for row in csv.DictReader(io.StringIO(text), delimiter=";"):
            if row.get("text"):
                yield "babe", row["text"]


def polnear():
    for name in ("polnear_sentences_dev.tsv", "polnear_sentences_test.tsv"):
        with open(data_dir("polnear") / name, encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row.get("text"):
                    yield "polnear", row["text"]


def wikipedia():
    from conll2010_hedging import load

    for text, _ in load("test"):
        if len(text.split()) > 3:
            yield "wikipedia", text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true", help="print each flagged sentence")
    args = ap.parse_args()
    runner = Runner(["garbled"])
    seen = set()
    sentences = {"babe": 0, "polnear": 0, "wikipedia": 0}
    flagged = dict.fromkeys(sentences, 0)
    listed = []
    for corpus, text in list(babe()) + list(polnear()) + list(wikipedia()):
        text = " ".join(text.split())
        if text in seen:
            continue
        seen.add(text)
        sentences[corpus] += 1
        codes = sorted({f.code for f in runner.lint(text + "\n") if f.category == "garbled"})
        if codes:
            flagged[corpus] += 1
            listed.append(f"{corpus} {','.join(codes)} | {text[:240]}")
    rows = [(c, sentences[c], flagged[c], f"{1000 * flagged[c] / max(1, sentences[c]):.2f}") for c in sentences]
    n, k = sum(sentences.values()), sum(flagged.values())
    rows.append(("all", n, k, f"{1000 * k / max(1, n):.2f}"))
    print(table(rows, ["corpus", "sentences", "flagged", "per 1,000 sentences"]))
    if args.list:
        print()
        print("\n".join(sorted(listed)))


if __name__ == "__main__":
    main()

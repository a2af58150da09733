#!/usr/bin/env python3
"""Train the sentence model shipped in ``lintnews/analysis/learned/sentences.json``.

Reads the project's own labelled sentences (``corpus/*.tsv`` and ``extra/*.tsv`` next to this
script; ``heldout/*.tsv`` is never fitted, only scored at the end: ``label<TAB>kind<TAB>sentence``, labels ``claim``, ``vague``, ``hedge``, ``ok``), reads
each sentence with lintnews (:func:`lintnews.analysis.learned.features.sentence_features`
and the voice analysis), and fits three logistic-regression heads with scikit-learn:

- ``claim``: claim or vague source against the rest (sourced and quoted sentences are
  negatives); scores are reported on the sentences the voice analysis leaves to the
  writer, the only ones the model is asked about at run time;
- ``hedge``: hedge against the rest, the same way;
- ``kind``: the kind of claim, on the claims.

It prints cross-validated scores (folds grouped by file, so sentences written together
are never on both sides of a split), picks the thresholds on the pooled out-of-fold
scores, and writes the weights. scikit-learn is needed here only (``pip install -e
'.[train]'``); lintnews reads the weights with the standard library.

Usage::

    python training/claims/train.py                 # cross-validate, then write the weights
    python training/claims/train.py --cv-only       # scores only
    python training/claims/train.py --c 0.5 --min-count 2
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from lintnews.analysis.learned.features import FEATURES_VERSION, sentence_features  # noqa: E402
from lintnews.analysis.learned.model import WEIGHTS  # noqa: E402
from lintnews.analysis.voice.voice import sentence_voice  # noqa: E402
from lintnews.text.document import parse  # noqa: E402

OUT = ROOT / "lintnews" / "analysis" / "learned" / WEIGHTS
LABELS = ("claim", "vague", "hedge", "ok")
#: Claim kinds the kind head learns (a vague source is one kind, whatever group it names).
CLAIM_KINDS = ("cause", "intent", "forecast", "statistic", "verdict", "record", "generalisation", "vague")


class Example:
    __slots__ = ("label", "kind", "text", "group", "features", "writer")

    def __init__(self, label: str, kind: str, text: str, group: str) -> None:
        self.label, self.kind, self.text, self.group = label, kind, text, group
        doc = parse(text + "\n", "sentence.md")
        sentences = [s for r in doc.regions for s in r.sentences]
        feats: List[str] = []
        for s in sentences:
            feats.extend(sentence_features(s))
        self.features = feats  # counted: a feature that occurs twice weighs twice
        # the model is asked only about sentences in the writer's own voice
        self.writer = any(not s.quoted and sentence_voice(s, None, doc).writer for s in sentences)

    @property
    def claim(self) -> bool:
        return self.label in ("claim", "vague")

    @property
    def hedge(self) -> bool:
        return self.label == "hedge"

    @property
    def claim_kind(self) -> str:
        return "vague" if self.label == "vague" else self.kind


def corpus_files() -> List[Path]:
    return sorted((HERE / "corpus").glob("*.tsv")) + sorted((HERE / "extra").glob("*.tsv"))


def heldout_files() -> List[Path]:
    """Sentences kept out of training (``heldout/*.tsv``): scored, never fitted."""
    return sorted((HERE / "heldout").glob("*.tsv"))


def report_heldout(name: str, target, vocab, model, threshold: float, examples: Sequence[Example]) -> None:
    """Accuracy and P/R/F1 of a fitted head on the held-out sentences, at *threshold*, on
    all of them and on those in the writer's voice (the only ones it is asked about)."""
    scores = binary_scores(vocab, model, examples)
    for label, pick in (("all", [True] * len(examples)), ("writer's voice", [e.writer for e in examples])):
        ys = [int(target(e)) for e, k in zip(examples, pick) if k]
        ss = [sc for sc, k in zip(scores, pick) if k]
        cut = logit(threshold)
        acc = sum(1 for y, sc in zip(ys, ss) if (sc >= cut) == bool(y)) / max(len(ys), 1)
        p, r, f = prf(ys, ss, cut)
        best = max(prf(ys, ss, logit(t / 100))[2] for t in range(5, 96))
        print(f"  held out ({label}, {len(ys)} sentences, {sum(ys)} positive): accuracy {acc:.3f}, "
              f"P {p:.3f} R {r:.3f} F1 {f:.3f} at {threshold:.2f}; best F1 over thresholds {best:.3f}")


def read_corpus(files: Sequence[Path]) -> List[Example]:
    out = []
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3 or parts[0] not in LABELS:
                sys.exit(f"{path}:{n}: expected label<TAB>kind<TAB>sentence with a label in {LABELS}")
            out.append(Example(parts[0], parts[1], parts[2].strip(), path.stem))
    return out


def digest(files: Sequence[Path]) -> str:
    h = hashlib.sha256()
    for path in files:
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


# -- fitting ------------------------------------------------------------------------------------


def vocabulary(examples: Sequence[Example], min_count: int) -> Dict[str, int]:
    counts = Counter(f for e in examples for f in set(e.features))
    kept = sorted(f for f, c in counts.items() if c >= min_count or f.startswith("@"))
    return {f: i for i, f in enumerate(kept)}


def matrix(examples: Sequence[Example], vocab: Dict[str, int]):
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for i, e in enumerate(examples):
        for f in e.features:
            j = vocab.get(f)
            if j is not None:
                rows.append(i)
                cols.append(j)
    # duplicate (row, column) entries are summed: each feature counts as often as it occurs
    return csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(examples), len(vocab)))


def fit_binary(examples: Sequence[Example], ys: Sequence[int], c: float, min_count: int, l1: bool = False):
    """A logistic regression of *ys*: L2 (the claim head: L1's sharper scores carried
    over worse to real copy, where claims are rarer) or L1 (most weights exactly zero)."""
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(examples, min_count)
    model = LogisticRegression(C=c, max_iter=2000, solver="liblinear", l1_ratio=1.0 if l1 else 0.0)
    model.fit(matrix(examples, vocab), list(ys))
    return vocab, model


def binary_scores(vocab, model, examples: Sequence[Example]) -> List[float]:
    return list(model.decision_function(matrix(examples, vocab)))


def cross_validate(examples, target, c, min_count, l1=False, folds=5) -> List[float]:
    """Out-of-fold log-odds of *target* for each example, folds grouped by file."""
    from sklearn.model_selection import GroupKFold

    groups = [e.group for e in examples]
    n = min(folds, len(set(groups)))
    scores = [0.0] * len(examples)
    ys = [int(target(e)) for e in examples]
    if n < 2:  # one file: folds by position
        from sklearn.model_selection import KFold

        splits = KFold(folds).split(examples)
    else:
        splits = GroupKFold(n).split(examples, ys, groups)
    for train, test in splits:
        tr = [examples[i] for i in train]
        vocab, model = fit_binary(tr, [ys[i] for i in train], c, min_count, l1)
        for i, s in zip(test, binary_scores(vocab, model, [examples[i] for i in test])):
            scores[i] = s
    return scores


def prf(ys: Sequence[int], scores: Sequence[float], threshold: float) -> Tuple[float, float, float]:
    tp = sum(1 for y, s in zip(ys, scores) if y and s >= threshold)
    fp = sum(1 for y, s in zip(ys, scores) if not y and s >= threshold)
    fn = sum(1 for y, s in zip(ys, scores) if y and s < threshold)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def logit(p: float) -> float:
    import math

    return math.log(p / (1 - p))


def pick_threshold(ys, scores, beta: float) -> float:
    """The probability threshold that maximises F-beta on the out-of-fold scores."""
    import math

    best, best_t = -1.0, 0.5
    for k in range(5, 96):
        t = k / 100
        p, r, _ = prf(ys, scores, logit(t))
        f = (1 + beta * beta) * p * r / (beta * beta * p + r) if p + r else 0.0
        if f > best + 1e-9:
            best, best_t = f, t
    return best_t


def report(name: str, ys, scores) -> None:
    from sklearn.metrics import roc_auc_score

    auc = roc_auc_score(ys, scores) if 0 < sum(ys) < len(ys) else float("nan")
    rows = []
    for t in (0.3, 0.5, 0.7, 0.8, 0.9):
        p, r, f = prf(ys, scores, logit(t))
        rows.append(f"p>={t}: P {p:.2f} R {r:.2f} F1 {f:.2f}")
    print(f"{name}: {sum(ys)} of {len(ys)} positive, AUC {auc:.3f}; " + "; ".join(rows))


def rules_and_model(examples: Sequence[Example], ys: Sequence[int], oof: Sequence[float], threshold: float) -> None:
    """Print the claims family's precision and recall on the out-of-fold sentences: the
    construction rules alone, and with CLM010 reporting what they leave (the model's score
    for each sentence comes from the fold that did not see it)."""
    import lintnews

    rules = [f"CLM00{i}" for i in range(1, 10)]
    fired = [bool(lintnews.lint_text(e.text + "\n", "sentence.md", {"select": rules})) for e in examples]
    cut = logit(threshold)
    for name, flags in (("construction rules", fired), (f"rules + model at {threshold:.2f}", [f or s >= cut for f, s in zip(fired, oof)])):
        p, r, f1 = prf(ys, [1.0 if x else 0.0 for x in flags], 0.5)
        print(f"  {name}: P {p:.3f} R {r:.3f} F1 {f1:.3f}")


def fit_kinds(examples: Sequence[Example], c: float, min_count: int):
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(examples, min_count)
    model = LogisticRegression(C=c, max_iter=5000, solver="saga", l1_ratio=1.0)
    model.fit(matrix(examples, vocab), [e.claim_kind for e in examples])
    return vocab, model


#: Weights ship as whole numbers of this fraction of a logit: a score is a sum of integers
#: (exact, in any order) and the file reads faster than one of decimals.
SCALE = 1000


def export_head(vocab, model, threshold: float, prune: float) -> dict:
    """The head as shipped: weights under *prune* in size are left out (each moves a
    score by less than a tenth of a logit, and together they rarely reach a threshold)."""
    coef = model.coef_[0]
    weights, pairs = {}, {}
    for f, j in vocab.items():
        if abs(coef[j]) < prune:
            continue
        w = round(float(coef[j]) * SCALE)
        if " " in f and not f.startswith(("^ ", "@")) and not f.endswith(" $"):
            first, second = f.split(" ")
            pairs.setdefault(first, {})[second] = w  # word pairs by their first word
        else:
            weights[f] = w
    return {"bias": round(float(model.intercept_[0]) * SCALE), "threshold": threshold, "weights": weights, "pairs": pairs}


def export_kinds(vocab, model, prune: float = 0.01) -> dict:
    labels = [str(x) for x in model.classes_]
    weights = {}
    for f, j in vocab.items():
        w = [round(float(model.coef_[k][j]) * SCALE) for k in range(len(labels))]
        if any(abs(x) >= prune * SCALE for x in w):
            weights[f] = w
    return {"labels": labels, "bias": [round(float(b) * SCALE) for b in model.intercept_], "weights": weights}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength of the claim head (L2)")
    ap.add_argument("--l1-c", type=float, default=3.0, help="inverse regularisation strength of the hedge and kind heads (L1)")
    ap.add_argument("--prune", type=float, default=0.1, help="weights smaller than this are not shipped")
    ap.add_argument("--min-count", type=int, default=2, help="sentences a word feature must occur in")
    ap.add_argument("--beta", type=float, default=0.5, help="F-beta the thresholds maximise (precision first)")
    ap.add_argument("--claim-threshold", type=float, default=0.92,
                    help="probability from which CLM010 reports a sentence (chosen on the devset: see docs/evaluation-claims.md)")
    ap.add_argument("--hedge-threshold", type=float, default=0.0, help="the hedge head's threshold (0: the cross-validated F-beta best)")
    ap.add_argument("--writer-only", action="store_true", help="train on the writer's sentences only (not sourced or quoted ones)")
    ap.add_argument("--cv-only", action="store_true", help="print the cross-validated scores only")
    args = ap.parse_args(argv)

    files = corpus_files()
    examples = read_corpus(files)
    # The claim head is asked only about the writer's sentences, but it is trained on all
    # of them: a sourced or quoted sentence is a negative, so most attributed sentences of a
    # draft score low and never need their voice worked out (the voice analysis still
    # decides for those that score high). Its scores are reported on the writer's sentences.
    mine = [e for e in examples if e.writer] if args.writer_only else examples
    writers = [e for e in examples if e.writer]
    print(f"{len(examples)} sentences from {len(files)} files ({Counter(e.label for e in examples)}); "
          f"{len(writers)} in the writer's voice ({Counter(e.label for e in writers)}); trained on {len(mine)}")
    thresholds = {}
    heads = {"claim": (lambda e: e.claim, args.c, False), "hedge": (lambda e: e.hedge, args.l1_c, True)}
    for name, (target, c, l1) in heads.items():
        oof_all = cross_validate(mine, target, c, args.min_count, l1)
        # scores are reported on the sentences the model is asked about: the writer's
        writer = [i for i, e in enumerate(mine) if e.writer]
        ys = [int(target(mine[i])) for i in writer]
        oof = [oof_all[i] for i in writer]
        report(f"{name} (cross-validated, writer's voice)", ys, oof)
        import math

        best = pick_threshold(ys, oof, args.beta)
        p, r, f = prf(ys, oof, logit(best))
        print(f"  best threshold on the corpus {best:.2f} (max F{args.beta:g}): P {p:.3f} R {r:.3f} F1 {f:.3f}")
        chosen = {"claim": args.claim_threshold, "hedge": args.hedge_threshold}[name] or best
        p, r, f = prf(ys, oof, logit(chosen))
        print(f"  shipped threshold {chosen:.2f}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
        thresholds[name] = chosen
        if name == "claim":
            rules_and_model([mine[i] for i in writer], ys, oof, thresholds["claim"])
    claims = [e for e in mine if e.claim and e.claim_kind in CLAIM_KINDS]
    if args.cv_only:
        return 0
    out = {}
    held = read_corpus(heldout_files())
    for name, (target, c, l1) in heads.items():
        vocab, model = fit_binary(mine, [int(target(e)) for e in mine], c, args.min_count, l1)
        out[name] = export_head(vocab, model, thresholds[name], args.prune)
        if held:
            print(f"{name} head on {len(held)} held-out sentences ({', '.join(p.name for p in heldout_files())}):")
            report_heldout(name, target, vocab, model, thresholds[name], held)
    heads = out
    vocab, model = fit_kinds(claims, args.l1_c, args.min_count)
    heads["kind"] = export_kinds(vocab, model)
    data = {
        "features": FEATURES_VERSION,
        "scale": SCALE,
        "corpus": {"sentences": len(examples), "writer": len(mine), "sha256": digest(files)},
        "training": {"c": args.c, "l1_c": args.l1_c, "prune": args.prune, "min_count": args.min_count, "beta": args.beta,
                     "folds": "5, grouped by file"},
        "heads": heads,
    }
    OUT.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB; "
          f"{len(heads['claim']['weights']) + sum(map(len, heads['claim']['pairs'].values()))} claim, "
          f"{len(heads['hedge']['weights']) + sum(map(len, heads['hedge']['pairs'].values()))} hedge, "
          f"{len(heads['kind']['weights'])} kind features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The learned sentence model: its features, its shipped weights and their scores."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from lintnews.analysis.learned.features import FEATURES_VERSION, sentence_features
from lintnews.analysis.learned.model import sentence_model
from lintnews.text.document import parse

ROOT = Path(__file__).resolve().parents[2]


def _sentence(text: str):
    return parse(text + "\n", "draft.md").regions[0].sentences[0]


def test_numbers_read_by_their_shape_and_words_by_pairs():
    features = sentence_features(_sentence("Burglaries in Leeds rose 12% in 2023, to £9.5m."))
    assert "00%" in features and "12%" not in features
    assert "0000" in features  # a year is four digits
    assert "£0" in features and "0m" in features
    assert "burglaries in" in features and "^ burglaries" in features
    assert "@statistic" in features or "@len:short" in features


def test_cues_and_quotation_marks_are_features():
    features = sentence_features(_sentence('The levy is intended to punish landlords, "and it will".'))
    assert "@intent" in features and "@quote-marks" in features


def test_the_shipped_model_matches_the_features_and_the_corpus():
    model = sentence_model()
    assert model.info["features"] == FEATURES_VERSION
    h = hashlib.sha256()
    files = sorted((ROOT / "training" / "claims" / "corpus").glob("*.tsv")) + sorted(
        (ROOT / "training" / "claims" / "extra").glob("*.tsv")
    )
    for path in files:
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    assert model.info["corpus"]["sha256"] == h.hexdigest()[:16], "retrain: python training/claims/train.py"
    assert 0.5 < model.claim.threshold < 1


def test_scores_rank_claims_above_narration():
    model = sentence_model()
    claim = model.claim.probability(sentence_features(_sentence("Cheap supermarket milk has driven hundreds of dairy farms out of business.")))
    event = model.claim.probability(sentence_features(_sentence("The museum reopened on Saturday after a two-year refit.")))
    assert claim > model.claim.threshold > event


def test_scores_do_not_depend_on_the_process():
    code = (
        "from lintnews.analysis.learned.features import sentence_features as f\n"
        "from lintnews.analysis.learned.model import sentence_model as m\n"
        "from lintnews.text.document import parse\n"
        "s = parse('Rents in the old town have become impossible for young families.\\n', 'd.md').regions[0].sentences[0]\n"
        "print(repr(m().claim.score(f(s))), m().kind.best(f(s))[0])\n"
    )
    outs = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outs) == 1


def test_ascii_paragraphs_are_tokenised_as_the_general_table_does():
    # ASCII text takes a bytes table; every ASCII character maps as in the general one.
    from lintnews.analysis.learned import features

    every = "".join(map(chr, range(128)))
    assert every.encode("ascii").translate(features._ASCII_TOKENS).decode("ascii") == every.translate(features._TOKENS)


def test_scores_with_a_floor_are_the_scores_that_reach_it():
    # with a floor, a statistic cue is read for "@statistic:world" only where the score
    # can reach the floor; the scores that reach it are the sentences' own scores
    head = sentence_model().claim
    text = (
        "Unemployment rose by 12% last year. The council spent £4m on the scheme. Fees will rise to £9,250, "
        "the university said. Crime has soared by 40% in a decade. Profits fell 3% at the chain. "
        "Prices will keep rising for years. There were 300 people at the meeting."
    )
    region = parse(text + "\n", "draft.md").regions[0]
    scores = [head.score_sentence(s) for s in region.sentences]
    assert head.score_region(region) == scores
    for floor in sorted(scores) + [float("-inf"), float("inf"), 0.0, head.cut(0.95)]:
        assert head.score_region(region, floor=floor) == [s if s >= floor else None for s in scores]

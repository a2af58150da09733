"""Learned sentence models: small linear classifiers shipped as weights, run in pure Python.

The claims and hedging families find their claims by construction (cue patterns read
with the voice analysis). Where the constructions run out, a linear model over a
sentence's words and constructions reads the whole sentence:

- :mod:`.features`: the features of one sentence (word and word-pair n-grams with
  numbers reduced to their shape, the construction cues found in it, numbers, modals,
  person, quotation marks), the same at training and at run time;
- :mod:`.model`: the shipped weights (``sentences.json``) and their scoring: one
  dictionary look-up per feature and a logistic function, deterministic.

The weights come from ``training/claims/train.py`` (scikit-learn, a development
dependency only) over the project's own labelled sentences (``training/claims/``);
nothing at run time needs more than the standard library.
"""

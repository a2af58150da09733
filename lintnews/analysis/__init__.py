"""Analyses shared by the rules of one family, one package per family:

- :mod:`.voice`: whose words a sentence or span is: the writer's, a named source's, a
  quotation's (attribution, reporting verbs, vague sources); shared by claims and hedging;
- :mod:`.claims`: the kinds of claim that need a source, and their cues;
- :mod:`.figures`: every figure read with its value, unit and context, and how figures relate;
- :mod:`.hedging`: hedge cues in context;
- :mod:`.garbled`: word-pair statistics for the garbled-phrasing rules.

Rules (:mod:`lintnews.rules`) import from here; an analysis never imports a rule.
"""

"""Claims rules (``CLM``): claims in the writer's own voice that need a source.

One module per rule; the shared detection lives in :mod:`lintnews.claims`,
:mod:`lintnews.claim_cues`, :mod:`lintnews.attribution` and :mod:`lintnews.vague`.
"""

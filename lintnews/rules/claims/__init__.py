"""Claims rules (``CLM``): claims in the writer's own voice that need a source.

One module per rule; the shared detection lives in :mod:`lintnews.analysis.claims.base`,
:mod:`lintnews.analysis.claims.cues`, :mod:`lintnews.analysis.voice.attribution` and :mod:`lintnews.analysis.voice.vague_sources`.
"""

"""Claims: statements in the writer's voice that need a source.

- :mod:`.cue_kinds`: the kinds of claim and regex fragments shared by their cues;
- :mod:`.cues`, :mod:`.statistic_cues`, :mod:`.record_cues`, :mod:`.verdict_cues`: the cues of each kind;
- :mod:`.cue_index`: the cues of a sentence, scanned once per region;
- :mod:`.base`: :class:`~lintnews.analysis.claims.base.ClaimRule`, the base of the claim rules.
"""

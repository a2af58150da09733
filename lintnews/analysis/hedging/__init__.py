"""Hedging: hedge cues in context (:mod:`.cues`), found through one scan of first words per
paragraph (:mod:`.first_words`).
"""

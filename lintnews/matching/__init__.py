"""Matching machinery shared by the rule packs and the analyses: regular expressions compiled
on first use (:mod:`.patterns`), user patterns checked before they run (:mod:`.safe_regex`),
word tries (:mod:`.tries`), necessary literals and paragraph gates (:mod:`.literals`,
:mod:`.gates`) and word-triggered cue sets (:mod:`.cues`).

Nothing here knows about news: the vocabularies live with their analysis family.
"""

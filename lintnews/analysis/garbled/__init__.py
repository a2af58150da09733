"""Garbled phrasing: how often English words follow each other (:mod:`.word_pairs`), for the
statistical garbled rules.
"""

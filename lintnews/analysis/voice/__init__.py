"""Voice: whose words a sentence (or a span of it) is: the writer's, a named source's,
a vague source's or a quotation's. Shared by the claims and hedging families.

The published interface (:mod:`.voice`)::

    from lintnews.analysis.voice import voice_of, sentence_voice, headline_sourced

    voice_of(sentence, start, end, settings)   # clause level: hedging, phrasing
    sentence_voice(sentence, settings)         # sentence level: claims
    headline_sourced(doc, sentence, start, end)  # document level: headlines

each returning (or answering from) a :class:`Voice` (``speaker`` one of ``writer``,
``named``, ``vague``, ``quotation``, and the :class:`Attribution` that decided it).

The modules behind it:

- :mod:`.reporting_verbs`: the vocabulary of attribution (reporting verbs, source frames);
- :mod:`.vague_sources`: attribution that names nobody ("experts say");
- :mod:`.attribution`: does a sentence say who the information comes from;
- :mod:`.speaker`: which part of a sentence a reporting clause governs;
- :mod:`.voice`: the three levels above, built on the other four.
"""

__all__ = [
    "Attribution",
    "NAMED_SOURCE",
    "QUOTATION",
    "VAGUE_SOURCE",
    "WRITER",
    "Voice",
    "headline_sourced",
    "link_clause",
    "sentence_voice",
    "sentence_voices",
    "voice_of",
]


def __getattr__(name: str):
    # Imported on first use: the modules behind the interface import the claims family's
    # cue index, which imports this package's vocabulary modules.
    if name == "Attribution":
        from lintnews.analysis.voice.attribution import Attribution

        return Attribution
    if name in __all__:
        from lintnews.analysis.voice import voice

        return getattr(voice, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Voice: whose words a sentence (or a span of it) is.

- :mod:`.reporting_verbs`: the vocabulary of attribution (reporting verbs, source frames);
- :mod:`.vague_sources`: attribution that names nobody ("experts say");
- :mod:`.attribution`: does a sentence say who the information comes from;
- :mod:`.speaker`: whether a position in a sentence is in a source's voice or the writer's.
"""

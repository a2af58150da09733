"""Figures: every number in a draft read once, and the relations between them.

- :mod:`.reader`: the published interface, :func:`~.reader.read_figures` and
  :class:`~.reader.Figure` (every figure of a draft once: value, unit, scale, approximation,
  thing, entity, time, role, place, voice);
- :mod:`.numbers`, :mod:`.units`, :mod:`.quantity`, :mod:`.reading`, :mod:`.extract`: how
  numbers, units and qualifiers are read;
- :mod:`.context`, :mod:`.subject`, :mod:`.nouns`, :mod:`.ages`: what a figure is a figure of, whose
  and when;
- :mod:`.compare`, :mod:`.match`, :mod:`.headline`: which figures state the same quantity;
- :mod:`.dates`, :mod:`.facts`: dates and weekdays, and the newsroom's reference facts file.
"""

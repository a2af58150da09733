"""Figures: every number in a draft read once, and the relations between them.

- :mod:`.numbers`, :mod:`.units`, :mod:`.quantity`, :mod:`.reading`, :mod:`.extract`: the figure
  reader (value, unit, scale, qualifier, role);
- :mod:`.context`, :mod:`.subject`, :mod:`.nouns`, :mod:`.ages`: what a figure is a figure of, whose
  and when;
- :mod:`.compare`, :mod:`.match`, :mod:`.headline`: which figures state the same quantity;
- :mod:`.dates`, :mod:`.facts`: dates and weekdays, and the newsroom's reference facts file.
"""

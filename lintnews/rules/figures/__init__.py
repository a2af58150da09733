"""Figures: numbers that disagree with each other, with their own arithmetic, with their
conversions, with the calendar or with a newsroom's reference facts (codes ``FIG``)."""

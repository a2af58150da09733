"""Python-coded hedging rules (category ``hedging``); shared logic in :mod:`lintnews.analysis.hedging.cues`."""

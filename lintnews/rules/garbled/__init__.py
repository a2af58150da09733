"""Python-coded garbled-phrasing rules (category ``garbled``)."""

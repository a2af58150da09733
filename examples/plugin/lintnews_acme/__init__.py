"""Example lintnews plugin (Acme Daily's house rules)."""

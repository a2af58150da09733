"""The figures rules never fail on odd input (a failure would be an LN002 finding)."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

PIECES = st.sampled_from(
    ["4,000", "£3.2m", "2.5%", "per cent", "km", "(", ")", "miles", "from", "to", "rose", "fell", "halved",
     "tripled", "of the", "30", "members", "voted", "-", "Monday", "3 March", "2026", "aged", "52", ",",
     "the", "jobs", ".", "\n\n", "# ", "> ", "half", "a dozen", "between", "and", "more than", "up to",
     "ATACMS", "HIMARS", "missiles", "range", "one in five", "1/2", "½", "$", "€", "0", "0.0", "bn", "'s"]
)


@settings(deadline=None)
@given(st.lists(PIECES, max_size=40).map(" ".join))
def test_no_rule_failure(linter, text):
    facts = str(Path(__file__).resolve().parents[2] / "examples" / "facts.yaml")
    findings = linter.lint(text, select=["figures", "LN002"], facts=facts, date="2026-03-02")
    assert not [f for f in findings if f.code == "LN002"], findings

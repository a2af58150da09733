"""FIG003 on a table's total row: each column's total against the rows above it."""

WRONG = """# Grants

| Ward | Grants | Amount |
|---|---|---|
| Abbey | 14 | £42,000 |
| Castle | 9 | £27,500 |
| Priory | 11 | £31,000 |
| Total | 34 | £96,500 |
"""


def test_a_total_row_that_is_not_the_sum_fires(linter):
    found = [(f.code, f.line) for f in linter.lint(WRONG, select=["FIG"])]
    assert found == [("FIG003", 8)], found


def test_a_total_row_that_adds_up_is_quiet(linter):
    right = WRONG.replace("| Total | 34 | £96,500 |", "| Total | 34 | £100,500 |")
    assert linter.codes(right, select=["FIG"]) == []


def test_shares_and_missing_cells_are_not_summed(linter):
    text = """# Results

| Party | Votes | Share |
|---|---|---|
| Red | 1,200 | 48% |
| Blue | 900 | 36% |
| Green | 400 | n/a |
| Total | 2,500 | 100% |
"""
    assert linter.codes(text, select=["FIG"]) == []

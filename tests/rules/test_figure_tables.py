"""A table's columns against each other: the relation most rows keep (a share of two
columns, a share of the column's total, a change, a total) is checked on every row."""

import pytest


def _table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n\nThe figures were published on Monday.\n"


def test_a_share_column_against_its_two_columns(linter):
    rows = [["Abbey", "1,200", "300", "25%"], ["Brook", "800", "400", "50%"], ["Castle", "500", "100", "20%"]]
    wrong = _table(["Ward", "Homes", "Insulated", "Share"], rows + [["Dene", "600", "240", "48%"]])
    right = _table(["Ward", "Homes", "Insulated", "Share"], rows + [["Dene", "600", "240", "40%"]])
    findings = linter.lint(wrong, select=["FIG010"])
    assert [(f.code, f.line) for f in findings] == [("FIG010", 6)] and "240 / 600" in findings[0].message
    assert linter.codes(right, select=["FIG010"]) == []


def test_a_share_of_the_column_total(linter):
    header = ["Candidate", "Votes", "Share"]
    rows = [["Ada Price", "2,000", "50%"], ["Ben Ross", "1,500", "38%"], ["Cy Hale", "500", "{}"]]
    wrong = _table(header, [r[:2] + [r[2].format("20%")] for r in rows])
    right = _table(header, [r[:2] + [r[2].format("13%")] for r in rows])
    assert linter.codes(wrong, select=["FIG010"]) == ["FIG010"]
    assert linter.codes(right, select=["FIG010"]) == []


def test_a_change_column(linter):
    header = ["Line", "2023", "2024", "Change"]
    rows = [["North", "1,000", "1,100", "+10%"], ["South", "500", "600", "+20%"], ["West", "800", "720", "-10%"]]
    wrong = _table(header, rows + [["East", "400", "500", "+20%"]])
    right = _table(header, rows + [["East", "400", "500", "+25%"]])
    assert linter.codes(wrong, select=["FIG002"]) == ["FIG002"]
    assert linter.codes(right, select=["FIG002"]) == []


def test_a_total_column(linter):
    header = ["Region", "Men", "Women", "Total"]
    rows = [["Upland", "120", "130", "250"], ["Coast", "80", "95", "175"], ["Vale", "60", "70", "130"]]
    wrong = _table(header, rows + [["Fen", "45", "50", "105"]])
    right = _table(header, rows + [["Fen", "45", "50", "95"]])
    assert linter.codes(wrong, select=["FIG003"]) == ["FIG003"]
    assert linter.codes(right, select=["FIG003"]) == []


@pytest.mark.parametrize("rows", [
    # no relation the rows keep: nothing to check
    [["Abbey", "1,200", "310", "12%"], ["Brook", "800", "45", "61%"], ["Castle", "500", "170", "7%"]],
    # two rows are too few to learn from
    [["Abbey", "1,200", "300", "25%"], ["Brook", "800", "400", "30%"]],
])
def test_tables_without_a_kept_relation_stay_quiet(linter, rows):
    assert linter.codes(_table(["Ward", "Homes", "Insulated", "Share"], rows), select=["figures"]) == []

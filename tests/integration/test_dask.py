"""The archive path of docs/python-api.md, for real: the docs' own ``lint_partition`` on a
``dask.distributed`` local cluster (two worker processes) over 300 generated drafts gives
exactly the findings of a serial run in this process."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed")
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

# Sentences written for this test: claims, figures, hedges and clean copy, mixed per draft.
SENTENCES = [
    "The new ferry will cut crossing times by half, the operator said.",
    "Rents rose from £900 to £1,000 a month, an increase of 25%.",
    "Experts believe the plan could possibly work in some form.",
    "The bridge, which opened on Monday, 3 March 2026, carries two lanes.",
    "Crime fell because of the new lighting scheme.",
    "Turnout was 48% in the north and 52% in the south.",
    "Officials say the reforms are widely seen as overdue.",
    "The library lends 12,000 books a year to 3,000 members.",
    "Needless to say, the vote was close.",
    "It is thought that the council may perhaps reconsider.",
    "The museum reopened after a two-year refit.",
    "Sales doubled from 40 units to 90 units over the year.",
]


def drafts(n: int = 300):
    rng = random.Random(17)
    for i in range(n):
        body = [f"# Report {i}", ""]
        for _ in range(rng.randint(2, 5)):
            body.append(" ".join(rng.sample(SENTENCES, rng.randint(1, 4))))
            body.append("")
        yield {"id": i, "body": "\n".join(body)}


def docs_lint_partition():
    """``lint_partition`` exactly as docs/python-api.md shows it."""
    text = (ROOT / "docs" / "python-api.md").read_text(encoding="utf-8")
    code = next(c for c in re.findall(r"```python\n(.*?)```", text, re.S) if "def lint_partition" in c)
    namespace: dict = {"__name__": "docs_example"}
    exec(compile(code, "docs/python-api.md", "exec"), namespace)
    return namespace["lint_partition"]


def test_a_local_dask_cluster_gives_the_serial_findings():
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    lint_partition = docs_lint_partition()
    records = list(drafts())
    serial = lint_partition(records)
    assert len({row["id"] for row in serial}) > 250  # most drafts have findings
    assert {row["category"] for row in serial} >= {"claims", "figures", "hedging"}
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster):
        distributed = db.from_sequence(records, npartitions=12).map_partitions(lint_partition).compute()
    key = lambda row: (row["id"], row["line"], row["column"], row["code"], row["message"])  # noqa: E731
    assert sorted(distributed, key=key) == sorted(serial, key=key)

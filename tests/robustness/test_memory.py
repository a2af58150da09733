"""Memory stays flat over an archive: nothing of a linted draft outlives its run."""

from __future__ import annotations

import gc

from lintnews.text.document import Document, Region

DRAFT = """# Port strike enters second week

Some critics say the strike may partly explain the rise in prices, which rose 12% from
50 to 60 on Monday, 3 March 2026. It is likely that ministers will intervene.
"The talks will resume," the union said. Exports fell by 4,000 tonnes.
"""


def test_no_document_or_region_survives_linting(linter):
    for i in range(30):
        linter.lint(DRAFT + f"\nDraft {i} may well perhaps be the the last.\n", path=f"d{i}.md")
    gc.collect()
    assert [o for o in gc.get_objects() if isinstance(o, (Document, Region))] == []

"""Several documents linted together, rule by rule, give what each gives alone."""

from __future__ import annotations


from lintnews.engine.config import Settings
from lintnews.text.document import parse
from lintnews.engine.linter import Linter
from lintnews.model import LintError

DRAFTS = [
    "Taxes may partly explain the fall. Experts say it will lead to chaos.\n",
    "# Prices up\n\nPrices rose 12% from £1,500 to £1,800 on Monday 4 March 2026.\n",
    "It was done in one foul swoop. <!-- lintnews-disable-next-line HDG -->\nIt may possibly help.\n",
    "Sales fell 20% to 300 units from 400, the company said.\n",
]


def test_a_batch_gives_each_document_what_it_gets_alone(tmp_path):
    linter = Linter()
    bad = tmp_path / "facts.yaml"
    bad.write_text("entities: [not a mapping]\n")
    plain = Settings()
    narrow = Settings(select=("HDG",))
    broken = plain.replace(facts=bad)
    chosen = [narrow, plain, broken, plain, plain]
    items = [(parse(text, f"d{i}.md"), s) for i, (text, s) in enumerate(zip(DRAFTS + DRAFTS[:1], chosen))]
    together = linter.lint_documents(items)
    alone = []
    for i, (text, s) in enumerate(zip(DRAFTS + DRAFTS[:1], chosen)):
        try:
            alone.append(linter.lint_document(parse(text, f"d{i}.md"), s))
        except LintError as exc:
            alone.append(exc)
    assert isinstance(together[2], LintError) and str(together[2]) == str(alone[2])
    assert [t for i, t in enumerate(together) if i != 2] == [a for i, a in enumerate(alone) if i != 2]
    assert together[0] and {f.code[:3] for f in together[0]} == {"HDG"}
    assert together[1] and together[4] and {f.code[:3] for f in together[4]} > {"HDG"}

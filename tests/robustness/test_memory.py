"""Memory stays flat over an archive: nothing of a linted draft outlives its run."""

from __future__ import annotations

import gc

import pytest

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


def _surname(i: int) -> str:
    """A different made-up surname for every *i*."""
    syllables = ["ba", "ke", "lo", "mu", "ni", "ra", "so", "ti", "vu", "ze"]
    digits = f"{i:05d}"
    return ("Qu" + "".join(syllables[int(d)] for d in digits) + "x").capitalize()


def _story(i: int) -> str:
    """A draft naming ten people no other draft names, each with an age."""
    firsts = ["Anna", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jan"]
    names = [_surname(len(firsts) * i + k) for k in range(len(firsts))]
    people = " ".join(f"{first} {name}, {30 + (i + k) % 40}, was there." for k, (first, name) in
                      enumerate(zip(firsts, names)))
    return (
        f"# {names[0]} Holdings to cut {100 + i} jobs\n\n"
        f"{people} Sales rose {i % 90 + 2}% from {i + 10} to {i + 20}. Later, {names[0]}, "
        f"{31 + i % 40}, said it may partly reopen.\n"
        f"\"It is a sad day,\" said {names[1]}. It is likely that the the {names[2]} family will sell.\n"
    )


@pytest.mark.slow
def test_memory_stays_flat_over_thousands_of_drafts():
    """A long-running process (an editor's server, a web worker) keeps nothing of the
    drafts it has linted: after 2,000 drafts with 2,000 names, at most 5 MB more is held
    than after 200 (patterns built from a draft's words are not kept without bound)."""
    import tracemalloc

    import lintnews

    for i in range(200):
        lintnews.lint_text(_story(i), f"d{i}.md")
    gc.collect()
    tracemalloc.start()
    try:
        for i in range(200, 2000):
            lintnews.lint_text(_story(i), f"d{i}.md")
        gc.collect()
        grown, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert grown < 5 * 1024 * 1024, f"{grown / 1e6:.1f} MB more after 2,000 drafts than after 200"

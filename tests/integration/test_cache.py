"""The on-disk cache, as a user meets it: it never holds a word of a draft, it follows
every change to what it was built from, and a broken or missing cache only costs time."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Iterable, List

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_PLUGIN = ROOT / "examples" / "plugin"


def nonce() -> str:
    """A surname no dictionary, rule or test data holds."""
    rng = random.SystemRandom()
    letters = [rng.choice("bcdfghjklmnpqrstvwxz") + rng.choice("aeiou") for _ in range(6)]
    return "".join(letters).capitalize()


def draft(name: str) -> str:
    """A draft that uses *name* as a person with two ages (the age check collects the
    surnames it meets), as a company, in a quotation, a headline and a link."""
    return textwrap.dedent(f"""\
        # {name} Holdings to cut 410 jobs, says chief

        Maria {name}, 54, said the closure of the {name} Holdings plant was "a sad day".
        {name} Holdings is a bank, and {name} told staff that 40% of them would go.
        Later, {name}, 45, said the figure had risen from 300 to 410, a rise of 20%.
        Critics say the plan may partly explain why [{name}](https://example.org/{name.lower()})
        shares fell. It is likely that {name} will resign. The the board declined to comment.
        {name} Holdings also sold the HIMARS missile its guards had bought for £10 ($13).
        """)


def spellings(word: str) -> List[bytes]:
    """*word* as a cache file could hold it: in every case, in the encodings Python's
    pickle, marshal and text files use, and the longer pieces of it."""
    forms = {word, word.lower(), word.upper(), word.casefold()}
    forms |= {form[i: i + 8] for form in list(forms) for i in range(len(form) - 7)}
    out = []
    for form in forms:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            out.append(form.encode(encoding))
    return out


def files_holding(folder: Path, needles: Iterable[bytes]) -> List[str]:
    needles = list(needles)
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if any(n in data for n in needles):
            found.append(str(path.relative_to(folder)))
    return found


def run_python(code: str, cache: Path, cwd: Path, env: dict = None) -> subprocess.CompletedProcess:
    """*code* in a fresh interpreter with *cache* as the cache folder."""
    environment = dict(os.environ, LINTNEWS_CACHE_DIR=str(cache), **(env or {}))
    environment.pop("LINTNEWS_NO_CACHE", None)
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=300)


# --------------------------------------------------------------------------- confidentiality


# Through the Python API, the command line and ``--jobs 2``: one run over a draft that names
# a person no dictionary holds, in a folder of its own with an empty cache (so everything a
# run can write is written). The tests below read that cache, or a copy of it.
RUN_ALL = textwrap.dedent("""\
    import sys
    import lintnews
    from lintnews.cli import main
    text = open("story.md", encoding="utf-8").read()
    assert lintnews.lint_text(text, "story.md")
    assert lintnews.lint_text(text, "story.txt", {"facts": ["facts.yaml"]})
    assert main(["check", "--isolated", "-q", "--facts", "facts.yaml", "story.md"]) == 1
    assert main(["check", "--isolated", "-q", "--jobs", "2", "story.md", "notes.txt", "other.md"]) == 1
    """)


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """A folder with three drafts that name a made-up person, the name, and a cache filled
    from empty by one run over them; the run's output."""
    name = nonce()
    folder = tmp_path_factory.mktemp("warm")
    (folder / "story.md").write_text(draft(name), encoding="utf-8")
    (folder / "notes.txt").write_text(draft(name).replace("#", ""), encoding="utf-8")
    (folder / "other.md").write_text(draft(name)[::-1], encoding="utf-8")
    (folder / "facts.yaml").write_bytes((ROOT / "examples" / "facts.yaml").read_bytes())
    done = run_python(RUN_ALL, folder / "cache", folder)
    assert done.returncode == 0, done.stderr[-3000:]
    return folder, name, done.stdout


def warm_copy(warm, tmp_path: Path) -> Path:
    """A copy of the warm folder and its cache (in *tmp_path*)."""
    import shutil

    return Path(shutil.copytree(warm[0], tmp_path / "warm"))


@pytest.mark.slow  # the warm folder: an interpreter builds the whole cache from nothing
def test_no_word_of_a_draft_reaches_the_cache(warm):
    """No file the run wrote, starting from an empty cache, holds the draft's surname."""
    folder, name, output = warm
    assert name in output  # the findings quote the draft: the name was read
    cache = folder / "cache"
    written = [p for p in cache.rglob("*") if p.is_file()]
    assert any(p.name.startswith("packs-") for p in written) and any(p.name.startswith("fixed-") for p in written)
    assert files_holding(cache, spellings(name)) == []


# --------------------------------------------------------------------------- staying current


PACK = """\
pack: house
prefix: HSE
category: style
rules:
  - code: HSE001
    name: no-very-unique
    kind: existence
    message: "'{match}' is redundant (A)"
    tokens: ["very unique"]
"""


def test_an_edited_pack_is_read_again_even_with_the_same_size_and_time(tmp_path, run_cli):
    pack = tmp_path / "house.yaml"
    story = tmp_path / "story.md"
    story.write_text("A very unique plan.\n", encoding="utf-8")
    pack.write_text(PACK, encoding="utf-8")
    before = run_cli("check", "--isolated", "--pack", str(pack), "--select", "HSE", str(story))
    assert "redundant (A)" in before.out
    stat = pack.stat()
    pack.write_text(PACK.replace("(A)", "(B)"), encoding="utf-8")
    os.utime(pack, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert pack.stat().st_size == stat.st_size and pack.stat().st_mtime_ns == stat.st_mtime_ns
    after = run_cli("check", "--isolated", "--pack", str(pack), "--select", "HSE", str(story))
    assert "redundant (B)" in after.out and "(A)" not in after.out


def test_a_plugin_installed_into_an_existing_metadata_folder_is_seen(tmp_path, run_cli, monkeypatch):
    """``entry_points.txt`` rewritten inside a ``.dist-info`` folder that was already
    there, every folder's modification time put back: ``lintnews rules`` lists the new
    plugin's rules, and stops listing them once it is removed the same way."""
    site = tmp_path / "site"
    info = site / "lintnews_acme-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: lintnews_acme\nVersion: 0.1.0\n")
    entry_points = info / "entry_points.txt"
    entry_points.write_text("[console_scripts]\n")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.syspath_prepend(str(EXAMPLE_PLUGIN))
    monkeypatch.delenv("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", raising=False)

    def rewrite(text: str) -> None:
        times = {p: p.stat() for p in (site, info, entry_points)}
        entry_points.write_text(text)
        for path, st in times.items():
            os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))

    try:
        assert "ACH001" not in run_cli("rules", cwd=tmp_path).out
        rewrite("[lintnews]\nacme = lintnews_acme.plugin\n")
        assert "ACH001" in run_cli("rules", cwd=tmp_path).out
        rewrite("[console_scripts]\n")
        assert "ACH001" not in run_cli("rules", cwd=tmp_path).out
    finally:
        for module in [m for m in sys.modules if m.startswith("lintnews_acme")]:
            del sys.modules[module]


RUN = "from lintnews.cli import main; raise SystemExit(main(['check', '--isolated', '-q', 'story.md']))"


@pytest.mark.slow  # a second interpreter builds every entry of its own from nothing
def test_another_interpreter_does_not_read_this_ones_entries(warm, tmp_path):
    """An interpreter with other bytecode (another ``MAGIC_NUMBER``) writes entries of
    its own: nothing this one wrote is read by it, and this one's entries stay."""
    folder = warm_copy(warm, tmp_path)
    cache = folder / "cache"
    this = run_python(RUN, cache, folder)
    assert this.returncode == 1, this.stderr[-3000:]
    before = {p.name: p.read_bytes() for p in cache.iterdir()}
    other = run_python("import importlib.util; importlib.util.MAGIC_NUMBER = b'\\x00\\x01\\r\\n'\n" + RUN, cache, folder)
    assert other.returncode == 1, other.stderr[-3000:]
    assert other.stdout == this.stdout
    after = {p.name: p.read_bytes() for p in cache.iterdir()}
    new = set(after) - set(before)
    assert {n.split("-")[0] for n in new} >= {"packs", "fixed"}
    assert all(after[n] == data for n, data in before.items() if n != "digests.marshal")


# --------------------------------------------------------------------------- only ever saves time


def test_a_damaged_unwritable_or_disabled_cache_gives_the_same_findings(tmp_path, run_cli, monkeypatch):
    story = tmp_path / "story.md"
    story.write_text("It is likely that the the plan will fail; some say it may partly work.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(cache))
    want = run_cli("check", "--isolated", str(story)).out
    assert "GRB004" in want
    for path in cache.iterdir():
        path.write_bytes(b"\x00 not what was written")
    assert run_cli("check", "--isolated", str(story)).out == want
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(blocker / "cache"))
    assert run_cli("check", "--isolated", str(story)).out == want
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path / "unused"))
    monkeypatch.setenv("LINTNEWS_NO_CACHE", "1")
    assert run_cli("check", "--isolated", str(story)).out == want
    assert not (tmp_path / "unused").exists()


@pytest.mark.slow  # the warm folder: an interpreter builds the whole cache from nothing
def test_a_second_run_writes_nothing(warm, tmp_path):
    """What one run builds, the next finds: a warm cache is read, never written again."""
    folder = warm_copy(warm, tmp_path)
    cache = folder / "cache"
    before = {p.name: p.read_bytes() for p in cache.iterdir()}
    done = run_python(RUN_ALL, cache, folder)
    assert (done.returncode, done.stdout) == (0, warm[2]), done.stderr[-3000:]
    assert {p.name: p.read_bytes() for p in cache.iterdir()} == before

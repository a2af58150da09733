"""Package layout that pyproject.toml cannot express alone: every ``lintnews.*`` package,
plus the top-level ``rules/`` folder (the YAML rule packs) shipped as ``lintnews/packs``,
and the lint server's page (``lintnews/server/static/``).
All other metadata lives in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["lintnews", "lintnews.*"]) + ["lintnews.packs"],
    package_dir={"lintnews.packs": "rules"},
    package_data={
        "lintnews.packs": ["*.yaml", "*.yml"],
        "lintnews.server": ["static/*"],
        "lintnews.analysis.garbled": ["lexicons/*.yaml", "lexicons/*.tsv"],
        "lintnews.analysis.learned": ["*.json"],
    },
)

"""The engine: configuration and selection, plugins, rule packs and their scanner, the
per-rule time limit, and :class:`~lintnews.engine.linter.Linter`, which turns a document and
its settings into findings. :mod:`.runner` lints many inputs for the command line.
"""

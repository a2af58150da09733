"""The lintnews language server (``lintnews lsp``), for editors.

Needs the ``lsp`` extra (``pip install 'lintnews[lsp]'``, which brings pygls). Only
:mod:`lintnews.lsp.server` imports pygls, and only when the server starts, so the core
install and ``lintnews check`` stay light. :mod:`lintnews.lsp.positions` (converting
lintnews's character columns to LSP positions) has no dependency.
"""

from __future__ import annotations


def serve() -> int:
    """Run the language server over standard input and output until the client exits;
    returns the exit status."""
    from lintnews.lsp.server import create_server, run_server

    return run_server(create_server())

"""The error every entry point turns into one line and exit status 2 (no dataclasses, so
the command line can import it before its start-up begins)."""


class LintError(Exception):
    """An input, usage or configuration problem that ends with exit status 2.

    ``str(error)`` is the one-line message shown to the user; it names the file
    (and where possible the entry and field) at fault.
    """

"""Output formatters. The built-ins are ``text``, ``json``, ``sarif``, ``github`` and ``junit``;
plugins add more through the ``lintnews_formatters`` hook."""

from lintnews.output.base import Formatter
from lintnews.output.github import GithubFormatter
from lintnews.output.json import JsonFormatter
from lintnews.output.junit import JunitFormatter
from lintnews.output.sarif import SarifFormatter
from lintnews.output.text import TextFormatter

BUILTIN_FORMATTERS = {
    "text": TextFormatter,
    "json": JsonFormatter,
    "sarif": SarifFormatter,
    "github": GithubFormatter,
    "junit": JunitFormatter,
}

__all__ = ["Formatter", "BUILTIN_FORMATTERS"]

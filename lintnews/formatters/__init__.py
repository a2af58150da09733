"""Output formatters. The built-ins are ``text``, ``json``, ``sarif``, ``github`` and ``junit``;
plugins add more through the ``lintnews_formatters`` hook."""

from .base import Formatter
from .github import GithubFormatter
from .json import JsonFormatter
from .junit import JunitFormatter
from .sarif import SarifFormatter
from .text import TextFormatter

BUILTIN_FORMATTERS = {
    "text": TextFormatter,
    "json": JsonFormatter,
    "sarif": SarifFormatter,
    "github": GithubFormatter,
    "junit": JunitFormatter,
}

__all__ = ["Formatter", "BUILTIN_FORMATTERS"]

"""The lint server (``lintnews serve``), for CMS back ends, LanguageTool clients and editors.

Needs the ``server`` extra (``pip install 'lintnews[server]'``: Starlette, uvicorn and
pebble). The modules, in the order a request meets them:

- :mod:`lintnews.server.options`: what the command line says (host, port, workers, time
  and body limits, token, the server's own lint configuration);
- :mod:`lintnews.server.app`: the Starlette application: routes, body limit, token,
  access log without bodies or query strings;
- :mod:`lintnews.server.languagetool`: LanguageTool's ``/v2`` API in lintnews's terms
  (annotated text, UTF-16 offsets, rule and category ids);
- :mod:`lintnews.server.pool`: the worker processes the handlers hand drafts to;
- :mod:`lintnews.server.worker`: what runs in a worker (one linter per process);
- ``static/``: the page editors use (``GET /``), plain HTML, CSS and JavaScript.

``docs/server.md`` is the user's guide. The command line imports this package only for
``lintnews serve``, and only :func:`run` imports uvicorn and Starlette.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from lintnews.server.options import ServerOptions

DEFAULT_HOST = "127.0.0.1"
#: LanguageTool's own port: clients with a "local server" preset find lintnews there.
DEFAULT_PORT = 8081
DEFAULT_WORKERS = 2
#: Seconds one request may spend being linted before its worker is stopped.
DEFAULT_TIMEOUT = 30.0
#: Bytes a request body may have (1 MB: about 160,000 words).
DEFAULT_MAX_BODY = 1_000_000

#: What the ``server`` extra brings, by import name.
REQUIRED = ("starlette", "uvicorn", "pebble")


def missing() -> list:
    """The modules of the ``server`` extra that are not installed."""
    import importlib.util

    return [name for name in REQUIRED if importlib.util.find_spec(name) is None]


def logging_config(level: str) -> dict:
    """Logging for uvicorn and the server: one line per message on standard error;
    uvicorn's own access log is off (lintnews's leaves out query strings)."""
    level = level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
            "lintnews.server": {"handlers": ["stderr"], "level": level, "propagate": False},
        },
    }


def run(options: "ServerOptions", rules: list) -> None:
    """Serve until interrupted. *rules* is the rule list ``GET /v1/rules`` answers."""
    import uvicorn

    from lintnews.server.app import create_app

    uvicorn.run(
        create_app(options, rules),
        host=options.host,
        port=options.port,
        log_config=logging_config(options.log_level),
        access_log=False,
        root_path=options.root_path,
        server_header=False,
        proxy_headers=True,
        timeout_keep_alive=5,
    )

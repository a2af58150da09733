"""The Starlette application: routes, limits, the token and the access log.

Routes (every error is JSON: ``{"error": {"status": N, "message": "..."}}``):

- ``POST /v1/lint``: JSON ``{text, path?, select?, ignore?}`` in, the ``--format json``
  document out (``docs/json-output.md``). An unknown selector is a 400.
- ``GET /v1/rules``: the rules the server runs (code, name, category, severity, summary).
- ``POST /v2/check``, ``GET /v2/languages``: LanguageTool's API
  (:mod:`lintnews.server.languagetool`).
- ``GET /``: the page for editors (``static/``); ``GET /health``.

Limits: a body over ``max_body`` bytes is a 413, refused before it is read when its
``Content-Length`` says so; a request that takes a worker longer than ``timeout`` seconds
is a 503 and its worker is replaced. With a token, ``/v1/lint``, ``/v1/rules`` and
``/v2/check`` need ``Authorization: Bearer TOKEN`` (or, on ``/v2/check``, LanguageTool's
``apiKey`` field, since its clients cannot send headers).

Nothing here logs a request body or a query string: the access log has the method, the
route, the status and the time taken.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import re
import time
from importlib import resources
from typing import Any, Dict, List, Optional
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from lintnews import __version__
from lintnews.server import languagetool as lt
from lintnews.server import worker
from lintnews.server.options import ServerOptions
from lintnews.server.pool import LintPool, RequestTimeout, WorkerFailed

log = logging.getLogger("lintnews.server")
access_log = logging.getLogger("lintnews.server.access")

STATIC = resources.files("lintnews.server") / "static"
#: Fields ``/v1/lint`` accepts; anything else (a pack, a facts file, a config) is a 400.
V1_FIELDS = ("text", "path", "select", "ignore")
#: The draft's name is only a name: short, one line.
_MAX_PATH = 1024
_API_HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
    "connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def error(status: int, message: str, headers: Optional[Dict[str, str]] = None) -> JSONResponse:
    body = {"error": {"status": status, "message": message}}
    return JSONResponse(body, status_code=status, headers={**_API_HEADERS, **(headers or {})})


class BadRequest(Exception):
    """A client error answered with *status* and a message that never quotes the draft."""

    def __init__(self, status: int, message: str, headers: Optional[Dict[str, str]] = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers


# --------------------------------------------------------------------------- middleware


class BodyLimit:
    """A 413 for a body over *limit* bytes: at once when ``Content-Length`` says so, else
    as soon as the bytes read pass the limit (a chunked upload)."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                await error(400, "Content-Length is not a number")(scope, receive, send)
                return
            if int(declared) > self.limit:
                await self._too_large()(scope, receive, send)
                return
        seen = 0

        async def limited():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BadRequest(413, self._message())
            return message

        await self.app(scope, limited, send)

    def _message(self) -> str:
        return f"the request body is larger than the server's limit of {self.limit:,} bytes"

    def _too_large(self) -> JSONResponse:
        return error(413, self._message(), {"Connection": "close"})


_KNOWN_PATHS = frozenset({"/", "/health", "/v1/lint", "/v1/rules", "/v2/check", "/v2/languages"})
_STATIC_PATH = re.compile(r"^/static/[A-Za-z0-9._-]{1,64}$")


def loggable_path(scope) -> str:
    """The route for the access log: a known path, else ``(other)``; never a query."""
    path = scope.get("path", "")
    root = scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root) :] or "/"
    return path if path in _KNOWN_PATHS or _STATIC_PATH.match(path) else "(other)"


class AccessLog:
    """One line per request: client, method, route, status, milliseconds.

    The outermost layer, so it also keeps exceptions from reaching uvicorn, whose log
    would print their messages (which could quote a draft): an exception is logged by
    its type alone and answered with a JSON 500 if no answer has started."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        route = loggable_path(scope)  # before routing, which rewrites the scope's paths
        status = [0]

        async def sending(message):
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as exc:
            log.error("internal error: %s", type(exc).__name__)
            if not status[0]:
                await error(500, "internal server error")(scope, receive, sending)
        finally:
            client = scope.get("client") or ("-", 0)
            access_log.info(
                '%s "%s %s" %s %.1f ms',
                client[0],
                scope.get("method", "-"),
                route,
                status[0] or "-",
                (time.perf_counter() - started) * 1000,
            )


# --------------------------------------------------------------------------- the app


class Server:
    """The routes' shared state: options, the pool and the rules."""

    def __init__(self, options: ServerOptions, rules: List[Dict[str, Any]]) -> None:
        self.options = options
        self.rules = rules
        self.pool: Optional[LintPool] = None
        self._token = options.token.encode("utf-8") if options.token else None

    # -- helpers ---------------------------------------------------------------------

    def check_token(self, request: Request, api_key: Optional[str] = None) -> None:
        if self._token is None:
            return
        given = None
        header = request.headers.get("authorization", "")
        if header[:7].lower() == "bearer ":
            given = header[7:].strip()
        elif api_key is not None:
            given = api_key
        if given is None or not hmac.compare_digest(given.encode("utf-8", "replace"), self._token):
            raise BadRequest(
                401,
                "this server needs a token: send 'Authorization: Bearer TOKEN' (or apiKey=TOKEN on /v2/check)",
                {"WWW-Authenticate": 'Bearer realm="lintnews"'},
            )

    async def body_text(self, request: Request) -> str:
        data = await request.body()
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadRequest(400, f"the request body is not valid UTF-8 (byte {exc.start})") from None

    async def in_worker(self, function, *args) -> JSONResponse:
        assert self.pool is not None
        try:
            status, body = await self.pool.run(function, *args)
        except RequestTimeout:
            return error(
                503,
                f"linting took longer than the server's limit of {self.options.timeout:g} s and was stopped; "
                "the draft was not linted",
            )
        except WorkerFailed as exc:
            log.error("a worker failed: %s", exc)
            return error(500, f"lintnews could not lint the draft: {exc}")
        return JSONResponse(body, status_code=status, headers=_API_HEADERS)

    # -- routes ----------------------------------------------------------------------

    async def lint_v1(self, request: Request) -> Response:
        self.check_token(request)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            raise BadRequest(415, "send the draft as JSON with 'Content-Type: application/json'")
        text = await self.body_text(request)
        try:
            payload = json.loads(text)
        except ValueError as exc:
            where = f" at line {exc.lineno} column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
            raise BadRequest(400, f"the request body is not valid JSON{where}") from None
        return await self.in_worker(worker.lint_json, v1_request(payload))

    async def rules_v1(self, request: Request) -> Response:
        self.check_token(request)
        return JSONResponse(self.rules, headers=_API_HEADERS)

    async def check_v2(self, request: Request) -> Response:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype.startswith("multipart/"):
            raise BadRequest(415, "send the fields form-encoded (application/x-www-form-urlencoded), as LanguageTool clients do")
        text = await self.body_text(request)
        try:
            pairs = parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict", max_num_fields=200)
        except UnicodeDecodeError:
            raise BadRequest(400, "a form field is not valid UTF-8 once percent-decoded") from None
        except ValueError:
            raise BadRequest(400, "the form has too many fields") from None
        form: Dict[str, str] = {}
        for key, value in pairs:
            form.setdefault(key, value)
        self.check_token(request, form.get("apiKey"))
        try:
            check = lt.parse_check_form(form)
        except lt.RequestError as exc:
            raise BadRequest(400, str(exc)) from None
        return await self.in_worker(worker.check_languagetool, check)

    async def languages_v2(self, request: Request) -> Response:
        return JSONResponse(lt.LANGUAGES, headers=_API_HEADERS)

    async def health(self, request: Request) -> Response:
        return JSONResponse(
            {"status": "ok", "version": __version__, "workers": self.options.workers}, headers=_API_HEADERS
        )

    async def page(self, request: Request) -> Response:
        return FileResponse(str(STATIC / "index.html"), media_type="text/html", headers=_PAGE_HEADERS)


def v1_request(payload: Any) -> Dict[str, Any]:
    """Check the ``/v1/lint`` JSON: :class:`BadRequest` for anything but the known fields
    of the right types."""
    if not isinstance(payload, dict):
        raise BadRequest(400, "the body must be a JSON object: {\"text\": \"...\"}")
    unknown = [k for k in payload if k not in V1_FIELDS]
    if unknown:
        raise BadRequest(
            400,
            f"unknown field {str(unknown[0])[:40]!r} (accepted: {', '.join(V1_FIELDS)}); "
            "packs, facts and configuration are the server's to choose",
        )
    text = payload.get("text")
    if not isinstance(text, str):
        raise BadRequest(400, "missing 'text': the draft, as a string" if text is None else "'text' must be a string")
    out: Dict[str, Any] = {"text": text}
    path = payload.get("path")
    if path is not None:
        if not isinstance(path, str) or not path or len(path) > _MAX_PATH or "\n" in path or "\x00" in path:
            raise BadRequest(400, "'path' must be a file name such as 'news/story.md' (one line)")
        out["path"] = path
    for key in ("select", "ignore"):
        value = payload.get(key)
        if value is None:
            continue
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise BadRequest(400, f"'{key}' must be a list of rule codes, names, prefixes or categories")
        out[key] = [v.strip() for v in value]
    return out


def create_app(options: ServerOptions, rules: List[Dict[str, Any]]):
    """The ASGI application: Starlette wrapped in the access log and the body limit.

    *rules* is what ``GET /v1/rules`` lists (the caller built it when it checked the
    configuration)."""
    server = Server(options, rules)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        server.pool = LintPool(options.lint, options.workers, options.timeout)
        try:
            await server.pool.wait_ready()
            log.info(
                "lintnews %s: %d workers ready; time limit %s; body limit %s bytes; token %s",
                __version__,
                options.workers,
                f"{options.timeout:g} s" if options.timeout else "none",
                f"{options.max_body:,}",
                "required" if options.token else "not required",
            )
            yield
        finally:
            server.pool.close()

    async def bad_request(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, BadRequest)
        return error(exc.status, exc.message, exc.headers)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return error(exc.status_code, str(exc.detail), dict(exc.headers or {}))

    async def server_error(request: Request, exc: Exception) -> Response:
        return error(500, "internal server error")  # AccessLog logs the exception's type

    middleware = []
    if options.allow_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(options.allow_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Authorization", "Content-Type"],
            )
        )
    app = Starlette(
        routes=[
            Route("/", server.page, methods=["GET"]),
            Route("/health", server.health, methods=["GET"]),
            Route("/v1/lint", server.lint_v1, methods=["POST"]),
            Route("/v1/rules", server.rules_v1, methods=["GET"]),
            Route("/v2/check", server.check_v2, methods=["POST"]),
            Route("/v2/languages", server.languages_v2, methods=["GET"]),
            Mount("/static", StaticFiles(directory=str(STATIC)), name="static"),
        ],
        middleware=middleware,
        exception_handlers={BadRequest: bad_request, HTTPException: http_error, Exception: server_error},
        lifespan=lifespan,
    )
    return AccessLog(BodyLimit(app, options.max_body))

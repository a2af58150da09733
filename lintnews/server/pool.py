"""The worker processes behind the async handlers.

Linting is CPU work: run in the server's event loop it would stall every other request,
and threads would share one interpreter lock. So the handlers hand each draft to a pool
of worker processes (pebble's :class:`~pebble.ProcessPool`, which does what
:mod:`concurrent.futures` cannot: it stops a task that runs past its time limit by
ending its process, and starts a fresh worker in its place). One long draft then holds
one worker for at most the time limit, and the other workers keep answering.

Workers are started with ``spawn`` (a clean interpreter, not a fork of a process that
runs an event loop and threads) and each is replaced after ``max_tasks`` requests, which
bounds whatever a long-lived process accumulates.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from concurrent.futures import CancelledError
from typing import Any, Callable, Optional

from pebble import ProcessExpired, ProcessPool

from lintnews.server import worker
from lintnews.server.worker import LintConfig


class RequestTimeout(Exception):
    """The request ran past the time limit; its worker was stopped and replaced."""


class WorkerFailed(Exception):
    """The worker died (out of memory, killed) or the task raised; the pool replaces it."""


class LintPool:
    """*workers* processes, each with a :class:`lintnews.server.worker.Linting`."""

    def __init__(self, config: LintConfig, workers: int, timeout: Optional[float], max_tasks: int = 2000) -> None:
        self.workers = workers
        self.timeout = timeout if timeout and timeout > 0 else None
        context = multiprocessing.get_context("spawn")
        # Start-up waits until every worker holds one of N ready tasks at once: until then
        # a fast worker could take them all while the others are still starting.
        self._started = context.Barrier(workers)
        self._pool = ProcessPool(
            max_workers=workers,
            max_tasks=max_tasks,
            initializer=worker.start,
            initargs=(config, self._started),
            context=context,
        )

    async def wait_ready(self) -> None:
        """Return once every worker has started (each lints a short draft first)."""
        await asyncio.gather(*(self._run(worker.ready, (), None) for _ in range(self.workers)))

    async def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """``function(*args)`` in a worker, under the time limit; :class:`RequestTimeout`
        past it, :class:`WorkerFailed` when the worker died or the function raised."""
        return await self._run(function, args, self.timeout)

    async def _run(self, function: Callable[..., Any], args: tuple, limit: Optional[float]) -> Any:
        future = self._pool.schedule(function, args=args, timeout=limit)
        try:
            return await asyncio.wrap_future(future)
        except TimeoutError:
            raise RequestTimeout() from None
        except ProcessExpired as exc:
            raise WorkerFailed(f"the worker stopped (exit code {exc.exitcode})") from None
        except asyncio.CancelledError:
            future.cancel()  # a running task is stopped with its process
            raise
        except CancelledError:
            raise WorkerFailed("the request was cancelled") from None
        except Exception as exc:  # a bug in a rule or in the server: never echo the draft
            raise WorkerFailed(f"the worker raised {type(exc).__name__}") from None

    def close(self) -> None:
        """Stop every worker (the server is shutting down)."""
        self._pool.stop()
        self._pool.join(timeout=10)

"""The one way the GUI runs work off its thread: executors whose results come back as Qt calls.

`database` is serial (one thread, like Anki's), so catalog and state work never overlaps;
`decoding` decodes pictures in parallel. Callbacks always run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

T = TypeVar("T")


class _Relay(QObject):
    done = Signal(object)


class TaskRunner(QObject):
    """Runs callables on worker threads and hands their results to callbacks on the GUI thread."""

    def __init__(self, name: str, workers: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._relay = _Relay()
        self._relay.done.connect(self._deliver)
        self._pending = 0
        self._closed = False

    @property
    def pending(self) -> int:
        """Tasks submitted whose callbacks have not run yet."""
        return self._pending

    def submit(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future[T]:
        if self._closed:  # the window is closing: late callbacks may still ask for work
            cancelled: Future[T] = Future()
            cancelled.cancel()
            return cancelled
        self._pending += 1
        future = self._pool.submit(work)
        future.add_done_callback(lambda f: self._relay.done.emit((f, on_done, on_error)))
        return future

    @Slot(object)
    def _deliver(self, payload: tuple[Future[Any], Any, Any]) -> None:
        future, on_done, on_error = payload
        self._pending -= 1
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            if on_error is None:
                raise error
            on_error(error)
        elif on_done is not None:
            on_done(future.result())

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)

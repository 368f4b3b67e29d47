"""Slow work off the UI thread, in one way (picard's util/thread.py run_task, Anki's QueryOp, vorta's cancel).

    task = run_task(
        work,                         # work(control) -> result, called in a pool thread
        on_result=..., on_error=..., on_progress=..., on_cancelled=..., on_finished=...,
        parent=widget,                # nothing is delivered once it is gone
    )
    task.cancel()

Everything is delivered on the UI thread, in order, through one queued signal: any progress first, then exactly one
of result, error or cancelled, then finished. Without ``on_error`` an exception goes to ``sys.excepthook`` (the
app's crash handler: logged and shown). ``work`` reports progress with ``control.progress(done, total, text)``
(the UI sees the latest report, not a flood) and notices a cancel request with ``control.cancelled`` or
``control.check()``, which raises Cancelled. A task cancelled before it started never runs; one cancelled while
running reports cancelled even if it then returns a result. An exception other than Cancelled is still reported
as an error: a bug is never hidden by a cancel.

Rules for ``work``: plain data in, plain data out; no Qt widget or QObject is touched, created or captured there.

Threads and Python's cycle collector: collected in a worker, a cycle holding Qt objects would destroy them outside
the UI thread, which crashes Qt (seen in this project's tests). So the automatic collector is switched off and run
on the UI thread by a timer (MainThreadGarbageCollector: the technique pyqtgraph's util/garbage_collector.py
credits to Erik Janssens), installed before any task starts;
and the objects a task holds that could reach Qt objects (the work function, the callbacks) are released on the UI
thread, never by the worker.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThread, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


# -- Python's cycle collector on the UI thread only -----------------------------------------------------------
class MainThreadGarbageCollector(QObject):
    """Python's cycle collector, run on the UI thread only.

    Left automatic, the collector runs in whichever thread happens to allocate, e.g. the PDF worker, and may then
    destroy Qt objects outside the UI thread, which crashes Qt (seen in our tests). PyQt's documentation and
    qutebrowser's GarbageCollector do the same: disable automatic collection, check the counts on a timer here.
    """

    INTERVAL_MS = 500

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(self.INTERVAL_MS)
        gc.disable()

    def check(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] > thresholds[0]:
            generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
            gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


_collector: MainThreadGarbageCollector | None = None  # the application's, once made


def install_garbage_collector(app: QCoreApplication) -> MainThreadGarbageCollector:
    """Once per application; returns the collector (tests stop it to give Python its automatic collector back).

    Remembered here rather than looked up with app.findChild(), which wraps every child of the application in a
    Python object on its first call (about 10 ms of every start)."""
    global _collector
    collector = _collector
    if collector is None or not shiboken6.isValid(collector) or collector.parent() is not app:
        _collector = MainThreadGarbageCollector(app)
        return _collector
    if not collector._timer.isActive():  # stopped (by a test): on again, a worker may be about to run
        collector._timer.start(collector.INTERVAL_MS)
        gc.disable()
    return collector


# -- delivery to the UI thread --------------------------------------------------------------------------------
class _Dispatcher(QObject):
    """Lives as long as the application (its child): workers post calls here, the UI thread runs them."""

    call = Signal(object)

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, function: Callable[[], None]) -> None:
        try:
            function()
        except Exception:
            sys.excepthook(*sys.exc_info())


def _ui_application() -> QCoreApplication:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("run_task needs a running QApplication")
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("run_task is called from the UI thread only")
    return app


def _dispatcher(app: QCoreApplication) -> _Dispatcher:
    dispatcher = app.findChild(_Dispatcher)
    return dispatcher if dispatcher is not None else _Dispatcher(app)


# -- tasks ----------------------------------------------------------------------------------------------------
class Cancelled(Exception):
    """Raised by TaskControl.check() once the task is cancelled; the task then reports cancelled."""


@dataclass(frozen=True)
class Progress:
    done: int
    total: int = 0  # 0: unknown (show a busy indicator)
    text: str = ""


class TaskControl:
    """What the work function sees of its task. Safe to use from the worker thread."""

    def __init__(self, task: Task[Any]):
        self._task = task

    @property
    def cancelled(self) -> bool:
        return self._task._cancel_requested.is_set()

    def check(self) -> None:
        """Raise Cancelled when the task was cancelled: call it between steps of a long job."""
        if self.cancelled:
            raise Cancelled()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        self._task._report(Progress(done, total, text))


_QUEUED, _RUNNING, _ENDED = "queued", "running", "ended"


class Task(Generic[T]):
    """A piece of work given to run_task. Plain Python (no QObject): a worker may drop the last reference."""

    def __init__(
        self,
        work: Callable[[TaskControl], T],
        dispatcher: _Dispatcher,
        parent: QObject | None,
        on_result: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[Progress], None] | None,
        on_cancelled: Callable[[], None] | None,
        on_finished: Callable[[], None] | None,
    ):
        self._work: Callable[[TaskControl], T] | None = work
        self._dispatcher = dispatcher
        self._parent = parent
        self._callbacks: dict[str, Callable[..., None] | None] = {
            "result": on_result,
            "error": on_error,
            "progress": on_progress,
            "cancelled": on_cancelled,
            "finished": on_finished,
        }
        self._lock = threading.Lock()
        self._state = _QUEUED
        self._cancel_requested = threading.Event()
        self._worker_done = threading.Event()
        self._pending_progress: Progress | None = None
        self.control = TaskControl(self)
        self.done = False  # set on the UI thread, once everything was delivered

    # -- seen from the UI thread --------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return not self.done

    def cancel(self) -> None:
        """Ask the task to stop. Not started yet: it never runs. Running: ``work`` sees ``control.cancelled``."""
        self._cancel_requested.set()
        with self._lock:
            skipped = self._state == _QUEUED
            if skipped:
                self._state = _ENDED
        if skipped:
            self._worker_done.set()
            self._post(("cancelled", None))

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker is done with the task (e.g. the window is closing); True if it is. Callbacks
        are still delivered by the event loop afterwards."""
        return self._worker_done.wait(timeout)

    # -- in the worker --------------------------------------------------------------------------------------------
    def _run(self) -> None:
        with self._lock:
            if self._state != _QUEUED:
                return  # cancelled before it started
            self._state = _RUNNING
            work = self._work
        try:
            outcome: tuple[str, Any]
            try:
                assert work is not None
                result = work(self.control)
            except Cancelled:
                outcome = ("cancelled", None)
            except BaseException as error:
                outcome = ("error", error)
            else:
                outcome = ("cancelled", None) if self.control.cancelled else ("result", result)
                del result
            del work  # the UI thread releases the work function, not this thread
            with self._lock:
                self._state = _ENDED
            self._post(outcome)
            del outcome
        finally:
            self._worker_done.set()

    def _report(self, progress: Progress) -> None:
        with self._lock:
            already_posted = self._pending_progress is not None
            self._pending_progress = progress
        if not already_posted:
            self._dispatcher.call.emit(self._deliver_progress)

    def _post(self, outcome: tuple[str, Any]) -> None:
        self._dispatcher.call.emit(lambda: self._deliver(outcome))

    # -- delivered on the UI thread -------------------------------------------------------------------------------
    def _receiver_gone(self) -> bool:
        return self._parent is not None and not shiboken6.isValid(self._parent)

    def _deliver_progress(self) -> None:
        with self._lock:
            progress, self._pending_progress = self._pending_progress, None
        callback = self._callbacks.get("progress")
        if progress is None or self.done or callback is None or self._cancel_requested.is_set():
            return
        if not self._receiver_gone():
            callback(progress)

    def _deliver(self, outcome: tuple[str, Any]) -> None:
        if self.done:
            return
        self.done = True
        kind, value = outcome
        callbacks, self._callbacks = self._callbacks, {}
        self._work = None
        _running.discard(self)
        try:
            if self._receiver_gone():
                if kind == "error":
                    log.error("background task failed after its window was closed", exc_info=value)
                return
            if kind == "result" and callbacks["result"] is not None:
                callbacks["result"](value)
            elif kind == "error":
                if callbacks["error"] is not None:
                    callbacks["error"](value)
                else:
                    sys.excepthook(type(value), value, value.__traceback__)
            elif kind == "cancelled" and callbacks["cancelled"] is not None:
                callbacks["cancelled"]()
        finally:
            finished = callbacks.get("finished")
            if finished is not None and not self._receiver_gone():
                finished()
            self._parent = None


class _Runner(QRunnable):
    """What the pool runs. It holds only the plain-Python task, never a QObject."""

    def __init__(self, task: Task[Any]):
        super().__init__()
        self.setAutoDelete(True)
        self._task: Task[Any] | None = task

    def run(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task._run()


_running: set[Task[Any]] = set()  # kept alive until delivered, even if the caller keeps no reference


def run_task(
    work: Callable[[TaskControl], T],
    *,
    on_result: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    parent: QObject | None = None,
    pool: QThreadPool | None = None,
) -> Task[T]:
    """Run ``work(control)`` in ``pool`` (Qt's global pool by default); see the module's documentation."""
    app = _ui_application()
    install_garbage_collector(app)
    task: Task[T] = Task(work, _dispatcher(app), parent, on_result, on_error, on_progress, on_cancelled, on_finished)
    _running.add(task)
    (pool or QThreadPool.globalInstance()).start(_Runner(task))
    return task

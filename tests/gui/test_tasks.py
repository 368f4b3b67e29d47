"""ui.tasks.run_task: work in a pool thread; result, error, progress and cancel delivered on the UI thread."""

from __future__ import annotations

import gc
import sys
import threading

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QObject, QThreadPool

from ui.tasks import Cancelled, Progress, install_garbage_collector, run_task

UI_THREAD = threading.get_ident()  # pytest imports this module on the thread that runs the QApplication
TIMEOUT_S = 10


@pytest.fixture
def pool(qapp):
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    yield pool
    pool.waitForDone()


class Seen:
    """Records each callback with the thread it ran on."""

    def __init__(self):
        self.calls: list[tuple[str, object, int]] = []

    def __getattr__(self, kind: str):
        if kind.startswith("_"):
            raise AttributeError(kind)
        return lambda *value: self.calls.append((kind, value[0] if value else None, threading.get_ident()))

    def kinds(self) -> list[str]:
        return [kind for kind, _value, _thread in self.calls]

    def value(self, kind: str):
        return next(value for k, value, _thread in self.calls if k == kind)


def start(work, pool, seen: Seen, **extra):
    return run_task(
        work,
        on_result=seen.result,
        on_error=seen.error,
        on_progress=seen.progress,
        on_cancelled=seen.cancelled,
        on_finished=seen.finished,
        pool=pool,
        **extra,
    )


def test_result_is_delivered_on_the_ui_thread(qtbot, pool):
    seen = Seen()
    task = start(lambda control: ("done in", threading.get_ident()), pool, seen)
    qtbot.waitUntil(lambda: task.done)
    assert seen.kinds() == ["result", "finished"]
    _label, worker = seen.value("result")
    assert worker != UI_THREAD  # the work ran elsewhere...
    assert {thread for _kind, _value, thread in seen.calls} == {UI_THREAD}  # ...and was delivered here


def test_an_exception_is_delivered_as_an_error_on_the_ui_thread(qtbot, pool):
    def work(control):
        raise ValueError("broken in the worker")

    seen = Seen()
    task = start(work, pool, seen)
    qtbot.waitUntil(lambda: task.done)
    assert seen.kinds() == ["error", "finished"]
    error = seen.value("error")
    assert isinstance(error, ValueError) and str(error) == "broken in the worker"
    assert "work" in [frame.name for frame in __import__("traceback").extract_tb(error.__traceback__)]
    assert {thread for _kind, _value, thread in seen.calls} == {UI_THREAD}


def test_without_an_error_callback_the_crash_handler_gets_it(qtbot, pool, monkeypatch):
    hooked = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: hooked.append((info, threading.get_ident())))

    def work(control):
        raise RuntimeError("a bug")

    task = run_task(work, pool=pool)
    qtbot.waitUntil(lambda: task.done)
    (kind, error, tb), thread = hooked[0]
    assert kind is RuntimeError and str(error) == "a bug" and tb is not None
    assert thread == UI_THREAD


def test_cancel_while_running(qtbot, pool):
    started = threading.Event()
    stopped = []

    def work(control):
        started.set()
        while not control.cancelled:
            threading.Event().wait(0.005)
        stopped.append(True)
        return "a result nobody wants any more"

    seen = Seen()
    task = start(work, pool, seen)
    assert started.wait(TIMEOUT_S)
    task.cancel()
    qtbot.waitUntil(lambda: task.done)
    assert stopped == [True]  # the work saw the request and stopped
    assert seen.kinds() == ["cancelled", "finished"]


def test_check_raises_cancelled_and_the_task_reports_cancelled(qtbot, pool):
    started, steps = threading.Event(), []

    def work(control):
        started.set()
        for step in range(10_000):
            control.check()
            steps.append(step)
            threading.Event().wait(0.002)
        return "finished anyway"

    seen = Seen()
    task = start(work, pool, seen)
    assert started.wait(TIMEOUT_S)
    task.cancel()
    qtbot.waitUntil(lambda: task.done)
    assert seen.kinds() == ["cancelled", "finished"]
    assert len(steps) < 10_000
    with pytest.raises(Cancelled):
        task.control.check()


def test_a_task_cancelled_before_it_starts_never_runs(qtbot, pool):
    gate, ran = threading.Event(), []
    first = run_task(lambda control: gate.wait(TIMEOUT_S), pool=pool)  # occupies the only thread
    seen = Seen()
    second = start(lambda control: ran.append(True), pool, seen)
    second.cancel()
    qtbot.waitUntil(lambda: second.done)  # delivered at once, not after the first task
    assert seen.kinds() == ["cancelled", "finished"]
    gate.set()
    qtbot.waitUntil(lambda: first.done)
    pool.waitForDone()
    assert ran == []


def test_progress_is_delivered_on_the_ui_thread_before_the_result(qtbot, pool):
    delivered = threading.Event()
    seen = Seen()

    def on_progress(progress):
        seen.progress(progress)
        delivered.set()

    def work(control):
        for done in range(1, 4):
            delivered.clear()
            control.progress(done, 3, f"page {done}")
            assert delivered.wait(TIMEOUT_S)  # each report reaches the UI before the next one
        return "written"

    task = run_task(work, on_result=seen.result, on_progress=on_progress, pool=pool)
    qtbot.waitUntil(lambda: task.done)
    assert seen.kinds() == ["progress", "progress", "progress", "result"]
    assert [value for kind, value, _t in seen.calls if kind == "progress"] == [
        Progress(1, 3, "page 1"),
        Progress(2, 3, "page 2"),
        Progress(3, 3, "page 3"),
    ]
    assert {thread for _kind, _value, thread in seen.calls} == {UI_THREAD}


def test_a_flood_of_progress_reports_gives_the_latest_without_queueing_each(qtbot, pool):
    seen = Seen()

    def work(control):
        for done in range(1, 20_001):
            control.progress(done, 20_000)
        return "ok"

    task = start(work, pool, seen)
    qtbot.waitUntil(lambda: task.done)
    reports = [value for kind, value, _t in seen.calls if kind == "progress"]
    assert reports and reports[-1] == Progress(20_000, 20_000)
    assert len(reports) < 20_000
    assert seen.kinds()[-2:] == ["result", "finished"]


def test_nothing_is_delivered_to_a_receiver_that_is_gone(qtbot, pool):
    gate = threading.Event()
    receiver = QObject()
    seen = Seen()
    task = start(lambda control: gate.wait(TIMEOUT_S), pool, seen, parent=receiver)
    receiver.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(receiver))
    gate.set()
    assert task.wait(TIMEOUT_S)
    qtbot.waitUntil(lambda: task.done)
    assert seen.calls == []


def test_the_worker_runs_without_automatic_cycle_collection(qtbot, pool, qapp):
    """Collected in a worker, a cycle holding Qt objects would be destroyed off the UI thread (a crash seen in this
    suite): run_task switches automatic collection off and collects on the UI thread's timer instead."""
    collector = install_garbage_collector(qapp)
    collector.stop()  # as a test may leave it
    assert gc.isenabled()
    seen = Seen()
    task = start(lambda control: gc.isenabled(), pool, seen)
    qtbot.waitUntil(lambda: task.done)
    assert seen.value("result") is False
    assert not gc.isenabled()


def test_run_task_refuses_other_threads(qapp):
    errors = []

    def elsewhere():
        try:
            run_task(lambda control: None)
        except RuntimeError as error:
            errors.append(str(error))

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join(TIMEOUT_S)
    assert errors and "UI thread" in errors[0]

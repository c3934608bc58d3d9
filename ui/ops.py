"""Background operations: slow work off the GUI thread, its result back on it.

Modelled on Anki's ``aqt/operations``::

    Op(ctx.ops, lambda: commands.post(group, body), writes=True, account=user_id)
        .success(self._on_post_sent).failure(self._on_post_failed)
        .with_progress(self.tr("Sending …")).run()

``fn`` runs on a worker thread and never sees a widget: it gets plain values and returns
plain values (dataclasses, never live ORM objects). Its result comes back through a queued
signal, so callbacks run on the GUI thread. Reads run on a small pool; writes run one at a
time, in the order they were started, on a single worker (SQLite has one writer anyway, and
the order of a user's actions must be kept). A result that is a ``Changes`` value of an
account is announced through the ``ChangeHub`` after the success callback.

Tests build the runner with ``inline=True``: ``fn`` and the callbacks run at once, in order.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from ui import lazy

if TYPE_CHECKING:
    from client.changes import Changes

log = logging.getLogger(__name__)

T = TypeVar("T")

READ_THREADS = 3


class ChangeHub(QObject):
    """The one place that announces what changed in which account's replica."""

    changed = Signal(str, object)  # user id, Changes

    def announce(self, user_id: str, changes: Changes) -> None:
        if not changes.empty:
            self.changed.emit(user_id, changes)


class _Task(QRunnable):
    def __init__(self, relay: _Relay, op_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._relay = relay
        self._op_id = op_id
        self._fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            outcome = _Outcome(self._op_id, self._fn(), None)
        except Exception as exc:
            outcome = _Outcome(self._op_id, None, exc)
        self._relay.finished.emit(outcome)


class _Outcome:
    # One object per result: PySide6 miscounts references of a bare None passed through
    # a queued ``Signal(object)`` ("deallocating None"), so None never travels alone.
    # (Plain classes here: on the start path, each dataclass costs a millisecond to make.)
    __slots__ = ("error", "op_id", "result")

    def __init__(self, op_id: int, result: Any, error: Exception | None) -> None:
        self.op_id = op_id
        self.result = result
        self.error = error


class _Relay(QObject):
    # Emitted on a worker thread; the receiver lives on the GUI thread: a queued call.
    finished = Signal(object)


class _Pending(NamedTuple):
    op: Op[Any]
    label: str | None = None


class OpRunner(QObject):
    """Runs ``Op``s; one per application, owned by the context object."""

    progress_changed = Signal(str)  # label of the oldest labelled operation, "" when idle
    op_failed = Signal(str)  # an operation without a failure callback failed

    def __init__(self, hub: ChangeHub, *, inline: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.hub = hub
        self.inline = inline
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(READ_THREADS)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished, Qt.ConnectionType.QueuedConnection)

    def submit(self, op: Op[Any]) -> None:
        if self.inline:
            try:
                result = op.fn()
            except Exception as exc:
                if op.failure_cb is None:
                    raise
                self._deliver(op, None, exc)
            else:
                self._deliver(op, result, None)
            return
        op_id = next(self._ids)
        self._pending[op_id] = _Pending(op, op.progress_label)
        self._emit_progress()
        pool = self._writes if op.writes else self._reads
        pool.start(_Task(self._relay, op_id, op.fn))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait_idle(self, msecs: int = 5000) -> bool:
        """Wait for the workers (on shutdown only: it blocks the GUI thread)."""
        return self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs)

    @Slot(object)
    def _on_relay_finished(self, outcome: _Outcome) -> None:
        pending = self._pending.pop(outcome.op_id, None)
        self._emit_progress()
        if pending is None:
            return
        self._deliver(pending.op, outcome.result, outcome.error)

    def _deliver(self, op: Op[Any], result: Any, error: Exception | None) -> None:
        if op.parent is not None and not shiboken6.isValid(op.parent):
            return  # the widget that asked is gone; nobody is waiting for the answer
        if error is not None:
            if op.failure_cb is not None:
                op.failure_cb(error)
            else:
                log.error("background operation failed", exc_info=error)
                self.op_failed.emit(str(error))
            return
        if op.success_cb is not None:
            op.success_cb(result)
        if op.account is not None:
            # client.changes loads with the first result: not on the start path.
            if isinstance(result, lazy.changes.Changes):
                self.hub.announce(op.account, result)

    def _emit_progress(self) -> None:
        labels = [p.label for p in self._pending.values() if p.label]
        self.progress_changed.emit(labels[0] if labels else "")


class Op(Generic[T]):
    """One piece of background work; configure it, then ``run()`` it."""

    def __init__(
        self,
        runner: OpRunner,
        fn: Callable[[], T],
        *,
        writes: bool = False,
        account: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        self.runner = runner
        self.fn = fn
        self.writes = writes
        self.account = account
        self.parent = parent
        self.success_cb: Callable[[T], None] | None = None
        self.failure_cb: Callable[[Exception], None] | None = None
        self.progress_label: str | None = None

    def success(self, cb: Callable[[T], None]) -> Op[T]:
        self.success_cb = cb
        return self

    def failure(self, cb: Callable[[Exception], None]) -> Op[T]:
        self.failure_cb = cb
        return self

    def with_progress(self, label: str) -> Op[T]:
        self.progress_label = label
        return self

    def run(self) -> None:
        self.runner.submit(self)

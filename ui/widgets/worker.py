"""The thread plumbing every background job of the app shares.

A job is a QObject moved to a QThread of its own; subclasses declare their signals,
name the ones that end the job with :meth:`BackgroundJob.end_on`, and implement
``run()``, which opens its own sessions through the services (never one shared with
the GUI thread). The owner keeps a reference until the thread has ended, and calls
:meth:`wait` before letting go: a QThread destroyed while running takes the process down.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, SignalInstance


class BackgroundJob(QObject):
    """Runs :meth:`run` in a thread of its own once :meth:`start` is called."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.thread_ = QThread()
        self.thread_.setObjectName(name)
        self.moveToThread(self.thread_)
        self.thread_.started.connect(self.run)

    def end_on(self, *signals: Signal | SignalInstance) -> None:
        """The thread quits once any of ``signals`` is emitted."""
        for signal in signals:
            signal.connect(self.thread_.quit)  # type: ignore[union-attr]

    def start(self) -> None:
        self.thread_.start()

    def is_running(self) -> bool:
        return self.thread_.isRunning()

    def wait(self) -> None:
        if self.thread_.isRunning():
            self.thread_.quit()
            self.thread_.wait()

    def run(self) -> None:
        raise NotImplementedError

    def return_home(self) -> None:
        """Hands the object back to the GUI thread, which owns and deletes it (call
        before emitting the signal that ends the job)."""
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())

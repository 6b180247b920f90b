"""Run a function in a forked child while the parent goes on, and collect its result later.

A fork inherits everything already loaded (the generator, the parsed specs with their validators), so
nothing has to be pickled on the way in; only the result travels back, through a pipe.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import Any, TypeVar

from voicespec.errors import VoicespecError

T = TypeVar("T")


def start_forked(function: Callable[[], T]) -> Callable[[], T]:
    """Start `function()` in a forked child now; call the returned function to wait for its result (an
    exception the child raised is raised again here)."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)

    def child() -> None:
        try:
            outcome: tuple[bool, Any] = (True, function())
        except Exception as exc:  # handed to the parent, which raises it where the result is awaited
            outcome = (False, exc)
        sender.send(outcome)

    process = context.Process(target=child, daemon=True)
    process.start()
    sender.close()

    def result() -> T:
        try:
            succeeded, value = receiver.recv()
        except EOFError as exc:
            raise VoicespecError(
                f"the worker process ended without a result (exit code {process.exitcode})"
            ) from exc
        finally:
            process.join()
            receiver.close()
        if not succeeded:
            raise value
        output: T = value
        return output

    return result

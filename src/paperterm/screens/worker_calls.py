"""How a thread worker hands its result to the UI thread without waiting for it.

`App.call_from_thread` waits for the UI thread to run the callback. When the
terminal has gone and the app is shutting down, that wait never ends — and at
exit the interpreter waits for the worker thread: the process outlives its
terminal. Posting the call (Textual's `call_later` is thread-safe) never waits.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from textual.message_pump import MessagePump


def on_ui_thread(node: MessagePump, callback: Callable[..., object], *args: Any, **kwargs: Any) -> None:
    """Run `callback(*args, **kwargs)` on `node`'s queue soon; never blocks, never raises."""
    with contextlib.suppress(RuntimeError):  # the loop is closed: the app is gone, nothing to show
        node.call_later(callback, *args, **kwargs)

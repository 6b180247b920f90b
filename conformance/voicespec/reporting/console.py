"""The console voicespec reports on: stderr, never wrapping a line in a CI log.

rich wraps at 80 columns when stderr is not a terminal, which splits file paths and JSON pointers in
problem lines; in a log each line is printed whole (soft wrap) and tables get room to be wide.
"""

from __future__ import annotations

from rich.console import Console

LOG_WIDTH = 200  # the table width when stderr is not a terminal


def make_console() -> Console:
    console = Console(stderr=True)
    if not console.is_terminal:
        console = Console(stderr=True, soft_wrap=True, width=LOG_WIDTH)
    return console

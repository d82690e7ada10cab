"""Progress of a long management command: a bar on a terminal, plain lines in a log.

``import_wine_list``, ``load_demo_data``, ``evaluate_recommendations`` and
``rebuild_index`` take many seconds. On a terminal they draw a tqdm bar; when their
output is a file or a pipe (CI, cron, a container's log) a bar's carriage returns
would be noise, so they write one plain line per tenth of the work instead.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from tqdm import tqdm


class Stream(Protocol):
    """A text stream: a file, ``sys.stderr``, or a management command's ``self.stderr``."""

    def write(self, text: str, /) -> object: ...

    def flush(self) -> None: ...


class Progress(Protocol):
    def __call__(self, done: int, total: int) -> None: ...


class _PlainLines:
    """``label: 40/100 (40%)`` at each tenth, and where it stopped if that was between two."""

    def __init__(self, label: str, stream: Stream) -> None:
        self.label = label
        self.stream = stream
        self.last_tenth = -1
        self.done = 0
        self.total = 0
        self.written: tuple[int, int] | None = None

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        tenth = 10 * done // total if total else 10
        if tenth > self.last_tenth:
            self.last_tenth = tenth
            self._write()

    def _write(self) -> None:
        self.written = (self.done, self.total)
        share = f" ({self.done / self.total:.0%})" if self.total else ""
        self.stream.write(f"{self.label}: {self.done}/{self.total}{share}\n")
        self.stream.flush()

    def close(self) -> None:
        if self.total and self.written != (self.done, self.total):
            self._write()  # where it stopped, when that was between two tenths


class _Bar:
    def __init__(self, label: str) -> None:
        # Straight to the terminal: a command's OutputWrapper ends every write with a newline.
        self.bar = tqdm(desc=label, file=sys.stderr, total=0, unit="", dynamic_ncols=True, leave=True)

    def __call__(self, done: int, total: int) -> None:
        if self.bar.total != total:
            self.bar.total = total
        self.bar.n = done
        self.bar.refresh()

    def close(self) -> None:
        self.bar.close()


@contextmanager
def command_progress(label: str, *, stream: Stream, interactive: bool | None = None) -> Iterator[Progress]:
    """A ``progress(done, total)`` callback for the duration of the block.

    ``interactive`` None asks ``stream`` whether it is a terminal; plain lines go to ``stream``,
    the bar to the terminal's standard error.
    """
    if interactive is None:
        isatty = getattr(stream, "isatty", None)
        interactive = bool(isatty and isatty())
    reporter: _Bar | _PlainLines = _Bar(label) if interactive else _PlainLines(label, stream)
    try:
        yield reporter
    finally:
        reporter.close()

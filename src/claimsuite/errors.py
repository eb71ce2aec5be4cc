"""Exceptions raised by the library. Their ``str()`` is the one line the user sees.

Only the CLI catches them; it prints that line and exits with code 2.
"""

from __future__ import annotations

# Characters that end a line for some reader (str.splitlines, terminals, editors) besides
# "\n" and "\r": shown as escapes so that a message stays one line whatever it quotes.
_BREAKS = {
    "\v": "\\v", "\f": "\\f", "\x1c": "\\x1c", "\x1d": "\\x1d", "\x1e": "\\x1e",
    "\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029",
}  # fmt: skip
_TABLE = str.maketrans(_BREAKS)


def one_line(message: str) -> str:
    """``message`` on one line: with a newline in it, runs of whitespace become one space; other
    line-break characters (``\\v``, ``\\f``, U+0085, U+2028, ...) are escaped, and bytes
    that are not UTF-8 (a file name read with ``surrogateescape``) are shown as ``\\xNN``."""
    message = message.translate(_TABLE)
    if "\n" in message or "\r" in message:
        message = " ".join(message.split())
    return printable(message)


def printable(text: str) -> str:
    """``text`` that encodes as UTF-8: bytes that were not UTF-8 (a file name decoded with
    ``surrogateescape``) become ``\\xNN``, any other lone surrogate ``\\udNNN``."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join(
            f"\\x{ord(c) - 0xDC00:02x}" if "\udc80" <= c <= "\udcff"
            else c.encode("utf-8", "backslashreplace").decode("utf-8")
            for c in text
        )
    return text


def shown_path(path: object) -> str:
    """A path as text that can always be printed: undecodable bytes become ``\\xNN``."""
    return one_line(str(path))


class ClaimsuiteError(Exception):
    """Base class for every error caused by the user's input or setup."""


class InputError(ClaimsuiteError):
    """A problem in an input file, at a known place.

    Renders as ``path:line:col: problem — what to do``; line and column are 1-based and are
    left out when the input has none (a missing file, say).
    """

    def __init__(
        self, path: str, problem: str, hint: str, line: int | None = None, col: int | None = None
    ) -> None:
        self.path = path
        self.problem = problem
        self.hint = hint
        self.line = line
        self.col = col
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}:{self.col or 1}"
        return one_line(f"{where}: {self.problem} — {self.hint}")


class ClaimFileError(InputError):
    """A claim file or registry that cannot be read or does not validate."""


class ArticleError(InputError):
    """An article that cannot be read as text."""


class PluginError(ClaimsuiteError):
    """A check module that cannot be loaded or does not follow the check interface.

    Renders as ``path[:line]: problem — what to do``; the line is the one that failed to
    import, or the check class's ``class`` line.
    """

    def __init__(self, path: str, problem: str, hint: str, line: int | None = None) -> None:
        self.path = path
        self.problem = problem
        self.hint = hint
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return one_line(f"{where}: {self.problem} — {self.hint}")


class UsageError(ClaimsuiteError):
    """A command line that asks for something impossible."""

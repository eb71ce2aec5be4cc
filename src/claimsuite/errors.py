"""Exceptions raised by the library. Their ``str()`` is the one line the user sees.

Only the CLI catches them; it prints that line and exits with code 2.
"""

from __future__ import annotations


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
        return f"{where}: {self.problem} — {self.hint}"


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
        return f"{where}: {self.problem} — {self.hint}"


class UsageError(ClaimsuiteError):
    """A command line that asks for something impossible."""

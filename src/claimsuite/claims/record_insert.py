"""New list items inserted into a record file's text, every existing byte kept: the
insertion point found with ruamel.yaml, the items rendered block-style, the file's own line
endings and BOM kept (see ``claims/edit.py``)."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from claimsuite.claims.record_entries import RegistryEditError
from claimsuite.claims.yamlsource import _harmless


def render(entries: Sequence[Mapping[str, Any]], indent: int) -> str:
    """Block-style YAML for list items whose dash stands in column ``indent`` (0-based)."""
    from ruamel.yaml import YAML  # noqa: PLC0415 - only when writing

    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    out = io.StringIO()
    yaml.dump([dict(e) for e in entries], out)
    lines = out.getvalue().splitlines()
    shift = indent - (len(lines[0]) - len(lines[0].lstrip()))
    return "".join((" " * shift + ln if shift >= 0 else ln[-shift:]) + "\n" for ln in lines)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def insertion(text: str, loc: Sequence[str | int]) -> tuple[int, int] | None:
    """Where to insert items into the block list at ``loc``: (line index, dash column), or
    None when the list is absent. Raises ``RegistryEditError`` for a list in flow style."""
    from ruamel.yaml import YAML  # noqa: PLC0415

    try:
        root = YAML(typ="rt").load(text)
    except Exception as exc:  # ruamel's scanner, parser and composer errors alike
        mark = getattr(exc, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise RegistryEditError(
            "", f"cannot edit this file: {problem}", "fix the YAML (claimsuite record check)",
            line, col,
        ) from None
    node, parent = root, None
    for key in loc:
        if node is None or (isinstance(key, str) and key not in node):
            return None
        parent, node = node, node[key]
    lines = text.split("\n")  # as the loader counts lines (not \v, \f, U+2028, ...)
    if node is None:
        if parent is None:
            return None
        key_line = parent.lc.key(loc[-1])[0]
        return key_line + 1, _indent(lines[key_line]) + 2
    if not hasattr(node, "lc") or not isinstance(node, list):
        return None
    if node.fa.flow_style() or not node:
        line = node.lc.line + 1 if hasattr(node.lc, "line") else 1
        raise RegistryEditError(
            "", f"'{'.'.join(map(str, loc))}' is written in flow style ([...])",
            "write it as a block list, one '- ' item per entry", line, 1,
        )
    last_line = node.lc.item(len(node) - 1)[0]
    dash = lines[last_line].index("-")
    end = last_line + 1
    while end < len(lines):
        line = lines[end]
        if line.startswith(("---", "...")) or (_is_content(line) and _indent(line) <= dash):
            break
        end += 1
    while end - 1 > last_line and (
        not lines[end - 1].strip()
        or (lines[end - 1].lstrip().startswith("#") and _indent(lines[end - 1]) <= dash)
    ):
        end -= 1
    return end, dash


_BREAK = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
# Characters ruamel may count as line breaks (YAML 1.1) where we do not: blanked for it.
_ODD_BREAKS = str.maketrans({"\x85": " ", "\u2028": " ", "\u2029": " "})


@dataclass(frozen=True)
class RecordText:
    """A record file's text exactly as written: its lines keep their own endings."""

    text: str  # without the BOM, line endings as in the file
    bom: bool = False

    @property
    def newline(self) -> str:
        """The file's line ending (the first one written), for the lines we add."""
        found = re.search(r"\r\n|\r|\n", self.text)
        return found[0] if found else "\n"

    def lines(self) -> list[str]:
        return _BREAK.findall(self.text)

    def for_parsing(self) -> str:
        """LF text with the loader's harmless fixes (a tab after '- '): same lines and
        columns, so positions found in it hold in the original."""
        plain = self.text.replace("\r\n", "\n").replace("\r", "\n")
        return _harmless(plain).translate(_ODD_BREAKS)

    def with_text(self, text: str) -> RecordText:
        return RecordText(text, self.bom)

    def render(self) -> str:
        return ("\ufeff" if self.bom else "") + self.text


def insert_items(text: str | RecordText, loc: Sequence[str | int],
                 entries: Sequence[Mapping[str, Any]], path: str) -> str:
    """``text`` with ``entries`` appended to the block list at ``loc``; a missing top-level
    list is added at the end of the file. Existing lines are kept byte for byte; new lines
    use the file's line ending."""
    source = text if isinstance(text, RecordText) else RecordText(text)
    newline = source.newline
    parsed = source.for_parsing()
    try:
        where = insertion(parsed, loc) if parsed.strip() else None
    except RegistryEditError as exc:
        raise RegistryEditError(path, exc.problem, exc.hint, exc.line, exc.col) from None
    lines = source.lines()
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += newline

    def rendered(block: str) -> str:
        return block.replace("\n", newline) if newline != "\n" else block

    if where is None:
        if len(loc) != 1:
            raise RegistryEditError(path, f"no list at '{'.'.join(map(str, loc))}'",
                                    "add the entry by hand", None, None)
        return "".join(lines) + rendered(f"{loc[0]}:\n" + render(entries, 2))
    line, dash = where
    return "".join(lines[:line]) + rendered(render(entries, dash)) + "".join(lines[line:])

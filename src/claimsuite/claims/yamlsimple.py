"""A direct reader for the plain block YAML that nearly every claim file is written in.

libyaml parses a 5 KB claim file in ~0.1 ms, but building PyYAML's node objects (two marks,
a resolver call and a Python ``__init__`` per node) and copying them into plain data takes
~0.6 ms more: most of loading a claim file in repository mode. This module reads the usual
shape line by line instead: block mappings and sequences, one-line plain, quoted and flow
values, comments. It gives up (returns ``None``) on anything else: anchors, tags, block and
multi-line scalars, a duplicate key, an empty value, unusual indentation, any character
libyaml treats specially; ``yamlsource.load_yaml`` then parses the text with libyaml, which
also words every error. What this reader accepts it reads as libyaml does, values and
positions alike: tests/claims/test_yamlsimple.py compares the two on every YAML file of the
repository and on generated variants.
"""

from __future__ import annotations

import re
from typing import Any

PathKey = tuple[str | int, ...]
Positions = dict[PathKey, tuple[int, int]]


class _GiveUp(Exception):  # noqa: N818 - control flow, never leaves this module
    """The text is outside the subset: libyaml reads it."""


# Characters libyaml reads as more than text somewhere: tabs, the other line breaks (NEL,
# LS, PS), a byte order mark and everything outside YAML's printable set. (The class of
# the printable characters instead takes ~8 ms to compile.)
_SPECIAL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
# Every line as (indent, "- " marks, key, blanks after "key:", the rest). A key is a plain
# word followed by ":" and a blank or the line's end; libyaml allows longer simple keys
# than 200 characters, but not much longer.
_LINE = re.compile(
    r"^( *)(- +)?(?:([A-Za-z_][A-Za-z0-9_.-]{0,200}):(?= |$)( *))?(.*)$", re.MULTILINE
)
_NOT_TEXT_KEYS = frozenset(
    {"true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL"}
)
_COMMENT = r"(?: +#.*)?\Z"
# Written as runs between escapes: an alternation per character takes ~5 times as long.
_DOUBLE = re.compile(r'"([^"\\]*(?:\\["\\][^"\\]*)*)"' + _COMMENT)  # escapes: \" and \\ only
_SINGLE = re.compile(r"'([^']*(?:''[^']*)*)'" + _COMMENT)
_FLOW_SEQUENCE = re.compile(r"\[([^\[\]{}\"'#:]*)\]" + _COMMENT)
_FLOW_MAPPING = re.compile(r"\{([^\[\]{}\"'#]*)\}" + _COMMENT)
# The value starts at a non-blank, so that " +" and the value never compete for the blanks
# (a lazy value before " *" took time quadratic in a run of blanks); trailing ones are cut.
_FLOW_PAIR = re.compile(r" *([A-Za-z_][A-Za-z0-9_.-]{0,200}): +([^ :][^:]*)\Z")
_ESCAPED = re.compile(r"\\(.)")
_BLOCK_HEADER = re.compile(r"([>|])(-?)")
# A plain value starts with none of these, but for "-" before a non-blank ("-4%"); "?" and
# ":" may too, but are left to libyaml.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")

# The YAML 1.2 core schema of yamlsource's resolver: only a value starting with one of
# these characters can be anything but text.
_MAYBE_NOT_TEXT = frozenset("tTfFnN~-+.0123456789")
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False,
          "FALSE": False}  # fmt: skip
_NULLS = frozenset({"~", "null", "Null", "NULL"})
# The core schema's int ([-+]?[0-9]+) or, failing that, float, in one match: group 1 is set
# for an int.
_NUMBER = re.compile(r"[-+]?(?:([0-9]+)|(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)\Z")
MAX_INT_DIGITS = 4300  # Python's own limit for reading an int from text


def read_simple(
    text: str, max_nodes: int, max_depth: int
) -> tuple[Any, Positions, Positions] | None:
    """``(data, value positions, key positions)`` of a YAML text in the plain block subset,
    positions as 1-based (line, column) by path, as ``yamlsource.Document`` keeps them;
    ``None`` for any other text (and for one over the limits, whose error libyaml's path
    words)."""
    if _SPECIAL.search(text):
        return None
    try:
        reader = _Reader(text, max_depth)
        data = reader.document()
    except _GiveUp:
        return None
    if len(reader.values) + 1 > max_nodes:  # every node but the root has a position
        return None
    return data, reader.values, reader.keys


def _plain(text: str) -> object:
    """A plain value (its first character checked) under the core schema."""
    if text[0] not in _MAYBE_NOT_TEXT:
        return text
    if text in _BOOLS:
        return _BOOLS[text]
    if text in _NULLS:
        return None
    number = _NUMBER.match(text)
    if number is None:
        return text
    if number[1] is None:
        return float(text)
    if len(number[1]) > MAX_INT_DIGITS:
        raise _GiveUp
    return int(text)


def _plain_start(text: str) -> bool:
    first = text[0]
    return first not in _INDICATORS or (first == "-" and text[1:2] not in ("", " "))


class _Reader:
    def __init__(self, text: str, max_depth: int) -> None:
        # The content lines as (number, column, "- " marks, key, blanks, rest): comments
        # and blank lines dropped. A "- key: value" item's line is replaced, once its
        # sequence has read the mark, by the line of the mapping that starts after it.
        self.lines = [
            (number, len(indent), dash, key, blanks, rest)
            for number, (indent, dash, key, blanks, rest) in enumerate(_LINE.findall(text), start=1)
            if key or dash or (rest and rest[0] != "#")
        ]
        self.text = text
        self.raw: list[str] | None = None  # the text's lines, split for block scalars
        self.at = 0
        self.values: Positions = {}
        self.keys: Positions = {}
        self.max_depth = max_depth

    def document(self) -> dict[str, Any]:
        if not self.lines or self.lines[0][1] != 0:
            raise _GiveUp
        data = self.mapping(0, (), 0)
        if self.at != len(self.lines):
            raise _GiveUp
        return data

    def mapping(self, indent: int, loc: PathKey, depth: int) -> dict[str, Any]:
        """The block mapping whose keys start at column ``indent`` (0-based)."""
        if depth >= self.max_depth:
            raise _GiveUp
        out: dict[str, Any] = {}
        lines, values, keys = self.lines, self.values, self.keys
        end = len(lines)
        at = self.at
        while at < end:
            number, column, dash, key, blanks, rest = lines[at]
            if column < indent:
                break
            if column > indent or dash or not key or key in out or key in _NOT_TEXT_KEYS:
                raise _GiveUp
            sub = (*loc, key)
            keys[sub] = (number, column + 1)
            at += 1
            if not rest:
                self.at = at
                out[key] = self.block(indent, sub, depth + 1)
                at = self.at
                continue
            start = column + len(key) + 1 + len(blanks)
            values[sub] = (number, start + 1)
            first = rest[0]
            if first not in _INDICATORS and " #" not in rest and ": " not in rest:
                # The usual plain value, read here (measured: ~15% of the reading).
                if first not in _MAYBE_NOT_TEXT and rest[-1] != ":":
                    out[key] = rest
                    continue
                if rest[-1] != ":":
                    out[key] = _plain(rest)
                    continue
            self.at = at
            if first in ">|":
                out[key] = self.block_scalar(rest, number, indent)
            else:
                out[key] = self.inline(rest, number, start, sub, depth + 1)
            at = self.at
        self.at = at
        return out

    def block(self, indent: int, loc: PathKey, depth: int) -> Any:  # noqa: ANN401
        """The value of a key at column ``indent`` written on the lines after it."""
        if self.at == len(self.lines):
            raise _GiveUp  # an empty value: left to libyaml
        number, column, dash, _, _, _ = self.lines[self.at]
        if column > indent or (column == indent and dash):
            self.values[loc] = (number, column + 1)
            if dash:
                return self.sequence(column, loc, depth)
            return self.mapping(column, loc, depth)
        raise _GiveUp

    def sequence(self, indent: int, loc: PathKey, depth: int) -> list[Any]:
        """The block sequence whose "- " marks are at column ``indent``."""
        if depth >= self.max_depth:
            raise _GiveUp
        items: list[Any] = []
        lines, values = self.lines, self.values
        end = len(lines)
        while self.at < end:
            line = lines[self.at]
            number, column, dash, key, blanks, rest = line
            if column < indent or (column == indent and not dash):
                break
            if column > indent or not dash:
                raise _GiveUp
            start = column + len(dash)
            sub = (*loc, len(items))
            values[sub] = (number, start + 1)
            if key:  # the item is a mapping that starts on this line
                lines[self.at] = (number, start, "", key, blanks, rest)
                items.append(self.mapping(start, sub, depth + 1))
            elif rest:
                self.at += 1
                items.append(self.inline(rest, number, start, sub, depth + 1))
            else:
                raise _GiveUp  # an item on the lines after its "-"
        return items

    def block_scalar(self, header: str, number: int, indent: int) -> str:
        """A ``>``, ``>-``, ``|`` or ``|-`` scalar whose header ends line ``number``, of a
        key at column ``indent``: its lines one indentation deeper, no blank line inside."""
        style = _BLOCK_HEADER.fullmatch(header)
        if style is None:
            raise _GiveUp
        if self.raw is None:
            self.raw = self.text.split("\n")  # once: a record holds dozens of such scalars
        raw = self.raw
        lines: list[str] = []
        deeper = 0
        blank = False
        at = number  # the line after the header, 0-based
        while at < len(raw):
            line = raw[at]
            if not line:
                blank = True
            else:
                column = len(line) - len(line.lstrip(" "))
                if column <= indent or (deeper and column < deeper):
                    break  # less indented: the scalar ended
                if blank or (deeper and column != deeper):
                    raise _GiveUp  # a blank or a more indented line: kept differently
                deeper = column
                lines.append(line[column:])
            at += 1
        if not lines or (style[2] != "-" and not blank and at == len(raw)):
            raise _GiveUp  # empty, or no line break after its last line
        while self.at < len(self.lines) and self.lines[self.at][0] <= at:
            self.at += 1  # the scalar's lines, read as (key) lines
        value = (" " if style[1] == ">" else "\n").join(lines)
        return value if style[2] == "-" else value + "\n"

    def inline(self, text: str, number: int, start: int, loc: PathKey, depth: int) -> Any:  # noqa: ANN401
        """A value written on its line from column ``start`` (a deeper line after it would
        continue it: the mapping or sequence holding it gives up on such a line)."""
        first = text[0]
        if first == '"':
            if text.find('"', 1) == len(text) - 1 and "\\" not in text:
                return text[1:-1]  # the usual quote: no escape, no comment after it
            found = _DOUBLE.match(text)
            if found is None:
                raise _GiveUp
            body = found[1]
            return _ESCAPED.sub(r"\1", body) if "\\" in body else body
        if first == "'":
            found = _SINGLE.match(text)
            if found is None:
                raise _GiveUp
            return found[1].replace("''", "'")
        if first == "[":
            return self.flow_sequence(text, number, start, loc, depth)
        if first == "{":
            return self.flow_mapping(text, number, start, loc, depth)
        if not _plain_start(text):
            raise _GiveUp
        cut = text.find(" #")
        if cut >= 0:
            text = text[:cut].rstrip(" ")
        if ": " in text or text[-1] == ":":
            raise _GiveUp
        return _plain(text)

    def flow_sequence(
        self, text: str, number: int, start: int, loc: PathKey, depth: int
    ) -> list[Any]:
        """``[a, b]`` of plain values on one line, ``[`` at column ``start``."""
        found = _FLOW_SEQUENCE.match(text)
        if found is None or depth >= self.max_depth:
            raise _GiveUp
        body = found[1]
        if not body.strip(" "):
            return []
        items = []
        column = start + 1
        for index, piece in enumerate(body.split(",")):
            item = piece.strip(" ")
            if not item or not _plain_start(item):
                raise _GiveUp
            self.values[(*loc, index)] = (number, column + piece.index(item[0]) + 1)
            items.append(_plain(item))
            column += len(piece) + 1
        return items

    def flow_mapping(
        self, text: str, number: int, start: int, loc: PathKey, depth: int
    ) -> dict[str, Any]:
        """``{key: value, ...}`` of plain values on one line, ``{`` at column ``start``."""
        found = _FLOW_MAPPING.match(text)
        if found is None or depth >= self.max_depth:
            raise _GiveUp
        out: dict[str, Any] = {}
        column = start + 1
        for piece in found[1].split(","):
            pair = _FLOW_PAIR.match(piece)
            if pair is None:
                raise _GiveUp
            key, value = pair[1], pair[2].rstrip(" ")
            if key in out or key in _NOT_TEXT_KEYS or not _plain_start(value):
                raise _GiveUp
            sub = (*loc, key)
            self.keys[sub] = (number, column + pair.start(1) + 1)
            self.values[sub] = (number, column + pair.start(2) + 1)
            out[key] = _plain(value)
            column += len(piece) + 1
        return out

"""Read YAML safely into plain Python values, remembering where every value was written.

ruamel.yaml's round-trip loader keeps line and column for each key and value; we copy the
document into plain dicts and lists (so nothing downstream depends on ruamel types), refuse
tags (no object construction, ever), and bound depth and size so that alias bombs and
absurd nesting end in a clear error instead of exhausting memory.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from claimsuite.errors import ClaimFileError

MAX_DEPTH = 40
MAX_NODES = 200_000
MAX_BYTES = 5_000_000

PathKey = tuple[str | int, ...]


@dataclass(frozen=True)
class Document:
    """A YAML document as plain data plus the (line, col) of every key and value (1-based)."""

    path: str
    data: Any
    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def position(self, loc: PathKey) -> tuple[int, int]:
        """Best position for a location: the deepest prefix that was written in the file."""
        for end in range(len(loc), -1, -1):
            prefix = loc[:end]
            if prefix in self.values:
                return self.values[prefix]
        return (1, 1)

    def key_position(self, loc: PathKey) -> tuple[int, int]:
        return self.keys.get(loc) or self.position(loc)


_BOMS = {
    b"\xff\xfe\x00\x00": "UTF-32", b"\x00\x00\xfe\xff": "UTF-32",
    b"\xff\xfe": "UTF-16", b"\xfe\xff": "UTF-16",
}  # fmt: skip


def read_text(path: Path, *, what: str, max_bytes: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file (BOM and CRLF accepted) or raise a one-line error."""
    name = str(path)
    if not path.exists():
        raise ClaimFileError(name, f"{what} not found", "check the path")
    if path.is_dir():
        raise ClaimFileError(name, f"is a directory, not a {what}", "pass the file itself")
    try:
        size = path.stat().st_size
        if size > max_bytes:  # checked before reading, so a huge file costs nothing
            raise ClaimFileError(
                name, f"{what} is {size} bytes, over the {max_bytes} limit", "split it up"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise ClaimFileError(name, f"cannot read: {exc.strerror}", "check permissions") from None
    for bom, encoding in _BOMS.items():
        if raw.startswith(bom):
            raise ClaimFileError(name, f"{encoding} text, not UTF-8", "save the file as UTF-8")
    if b"\0" in raw:
        nul = raw.index(b"\0")
        line, col = _byte_position(raw, nul)
        raise ClaimFileError(
            name, f"binary data (NUL byte), not a {what}", "pass a UTF-8 text file", line, col
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _byte_position(raw, exc.start)
        raise ClaimFileError(
            name,
            f"not UTF-8 (byte 0x{raw[exc.start]:02x})",
            "save the file as UTF-8",
            line,
            col,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _byte_position(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and character column of byte ``offset`` (the bytes before it may be bad)."""
    start = raw.rfind(b"\n", 0, offset) + 1
    col = len(raw[start:offset].decode("utf-8-sig" if start == 0 else "utf-8", "replace")) + 1
    return raw.count(b"\n", 0, offset) + 1, col


def load_yaml(path: Path, *, what: str = "claim file") -> Document:
    """Parse one YAML file into a ``Document`` or raise ``ClaimFileError``."""
    text = _harmless(read_text(path, what=what))
    name = str(path)
    if not text.strip():
        raise ClaimFileError(name, f"empty {what}", "add the YAML content", 1, 1)

    from ruamel.yaml import YAML  # noqa: PLC0415 - import cost paid only when a file is read
    from ruamel.yaml.error import MarkedYAMLError, YAMLError  # noqa: PLC0415

    yaml = YAML(typ="rt")
    yaml.Constructor = _constructor_class()
    try:
        # First a pass over the parser's events, which builds nothing: depth, size, tags and
        # extra documents are refused here, before the composer (recursive) or the
        # constructor (object-building) ever see them.
        _screen(yaml.parse(text), name)
        root = yaml.load(text)
    except MarkedYAMLError as exc:
        raise _syntax_error(name, exc) from None
    except YAMLError as exc:
        # The reader's errors (control characters) carry an offset instead of a mark.
        offset = getattr(exc, "position", None)
        problem = str(getattr(exc, "reason", "") or exc).split("\n")[0]
        line = col = None
        if isinstance(offset, int):
            line = text.count("\n", 0, offset) + 1
            col = offset - (text.rfind("\n", 0, offset) + 1) + 1
        character = getattr(exc, "character", None)
        if isinstance(character, int | str) and "special characters" in problem:
            code = character if isinstance(character, int) else ord(character)
            problem = f"control character U+{code:04X}"
            raise ClaimFileError(name, f"invalid YAML: {problem} is not allowed",
                                 "delete it (or write it as an escape in double quotes)",
                                 line, col) from None
        raise ClaimFileError(name, f"invalid YAML: {problem}", "fix the YAML syntax", line, col
                             ) from None
    except RecursionError:  # pragma: no cover - _screen bounds the depth first
        raise ClaimFileError(
            name, "YAML nested too deeply", f"keep nesting under {MAX_DEPTH} levels"
        ) from None
    if root is None:
        raise ClaimFileError(name, f"{what} has only comments", "add the YAML content", 1, 1)
    doc = Document(name, None)
    data = _Converter(doc).convert(root, (), 0)
    return Document(name, data, doc.values, doc.keys)


_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)
_TAB_SEPARATOR = re.compile(r"^( *(?:- +)*(?:[\w.-]+:|-))(\t[ \t]*)(?=\S)", re.MULTILINE)


def _harmless(text: str) -> str:
    """Undo edits that change nothing for a reader: NFD letters (compared with the NFC
    article), trailing blanks, and a tab after ``key:`` or ``-`` (YAML parsers reject some
    of these). Every change keeps the columns of the rest of the line."""
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING.sub("", text)
    return _TAB_SEPARATOR.sub(lambda m: m[1] + " " * len(m[2]), text)


def _screen(events: Any, name: str) -> None:  # noqa: ANN401 - ruamel's event iterator
    """Refuse tags, a second document, deep nesting and huge documents, at their place."""
    depth = nodes = documents = 0
    for event in events:
        kind = type(event).__name__
        mark = event.start_mark
        where = (mark.line + 1, mark.column + 1)
        if kind == "DocumentStartEvent":
            documents += 1
            if documents > 1:
                raise ClaimFileError(
                    name, "a second YAML document ('---')",
                    "keep one document per file: delete the '---' and what follows", *where,
                )
            continue
        if kind not in {"ScalarEvent", "AliasEvent", "MappingStartEvent", "SequenceStartEvent"}:
            if kind in {"MappingEndEvent", "SequenceEndEvent"}:
                depth -= 1
            continue
        nodes += 1
        if nodes > MAX_NODES:
            raise ClaimFileError(
                name, f"more than {MAX_NODES} values", "split the file up", *where
            )
        tag = getattr(event, "tag", None)
        if tag is not None:
            raise ClaimFileError(
                name,
                f"YAML tag {_short_tag(str(getattr(tag, 'value', tag)))} is not allowed",
                "remove the tag; claim files hold plain values only (quote text like '10')",
                *where,
            )
        if kind in {"MappingStartEvent", "SequenceStartEvent"}:
            depth += 1
            if depth > MAX_DEPTH:
                raise ClaimFileError(
                    name, f"YAML nested more than {MAX_DEPTH} levels deep",
                    "flatten the structure", *where,
                )


def _short_tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")


# ruamel's wording for common mistakes -> what the user did and what to do about it.
_SYNTAX = (
    ("cannot start any token", "'\\t'", "tab character in indentation", "indent with spaces"),
    ("found unexpected end of stream", "quoted scalar", "quoted text is never closed",
     "close the quote"),
    ("mapping values are not allowed here", "", "unexpected ':' (bad indentation, or a ': '"
     " inside unquoted text)", "fix the indentation or put the text in quotes"),
    ("could not find expected ':'", "", "a key without ':' (or unclosed quotes/brackets)",
     "add the ':' after the key"),
    ("expected <block end>", "", "indentation does not line up",
     "indent this line like its siblings"),
    ("expected ',' or ']'", "", "unclosed '[' list", "close it with ']'"),
    ("expected ',' or '}'", "", "unclosed '{' mapping", "close it with '}'"),
    ("found undefined alias", "", "alias (*name) with no matching anchor (&name)",
     "define the anchor first or remove the alias"),
)  # fmt: skip


def _syntax_error(name: str, exc: Any) -> ClaimFileError:  # noqa: ANN401 - MarkedYAMLError
    problem = (exc.problem or exc.context or "invalid YAML").strip()
    context = (exc.context or "").strip()
    mark = exc.problem_mark or exc.context_mark
    if "duplicate key" in problem:
        found = re.search(r'duplicate key "(.*?)"', problem)
        key = f" '{found[1]}'" if found else ""
        return ClaimFileError(
            name, f"duplicate key{key}", "remove or rename one of the two keys", *_at(mark)
        )
    for needle, extra, text, hint in _SYNTAX:
        if needle in problem and extra in problem + context:
            if "quoted scalar" in context and exc.context_mark:
                mark = exc.context_mark  # where the quote opened, not the end of the file
            return ClaimFileError(name, f"invalid YAML: {text}", hint, *_at(mark))
    detail = f"{problem} ({context})" if context else problem
    return ClaimFileError(name, f"invalid YAML: {detail}", "fix the YAML syntax", *_at(mark))


def _at(mark: Any) -> tuple[int | None, int | None]:  # noqa: ANN401 - a ruamel Mark
    return (mark.line + 1, mark.column + 1) if mark else (None, None)


@cache
def _constructor_class() -> type:
    """ruamel's round-trip constructor, but dates stay text: the models parse them, so a
    bad date such as 2025-02-30 is reported at its line and column."""
    from ruamel.yaml.constructor import RoundTripConstructor  # noqa: PLC0415

    class DatesAsText(RoundTripConstructor):
        pass

    DatesAsText.add_constructor(
        "tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str
    )
    return DatesAsText


class _Converter:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.nodes = 0

    def convert(self, node: Any, loc: PathKey, depth: int) -> Any:  # noqa: ANN401 - YAML data
        from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar  # noqa: PLC0415

        self.nodes += 1
        if self.nodes > MAX_NODES:
            line, col = self.doc.position(loc)
            raise ClaimFileError(
                self.doc.path,
                f"document expands to more than {MAX_NODES} values (YAML alias bomb?)",
                "remove the anchors and aliases",
                line,
                col,
            )
        if depth > MAX_DEPTH:
            line, col = self.doc.position(loc)
            raise ClaimFileError(
                self.doc.path,
                "YAML nested too deeply",
                f"keep nesting under {MAX_DEPTH} levels",
                line,
                col,
            )
        tag = getattr(node, "tag", None)
        tag_value = getattr(tag, "value", None) if tag is not None else None
        if isinstance(node, TaggedScalar) or tag_value:
            line, col = self.doc.position(loc)
            raise ClaimFileError(
                self.doc.path,
                f"YAML tag {tag_value or getattr(tag, 'value', '?')} is not allowed",
                "remove the tag; claim files hold plain values only",
                line,
                col,
            )
        if isinstance(node, CommentedMap):
            out: dict[str, Any] = {}
            for key, value in node.items():
                if not isinstance(key, str):
                    line, col = self._key_pos(node, key)
                    raise ClaimFileError(
                        self.doc.path,
                        f"key {key!r} is not text",
                        "quote the key or use a named field",
                        line,
                        col,
                    )
                sub = (*loc, key)
                self.doc.keys[sub] = self._key_pos(node, key)
                self.doc.values[sub] = self._value_pos(node, key)
                out[key] = self.convert(value, sub, depth + 1)
            return out
        if isinstance(node, CommentedSeq):
            items = []
            for index, value in enumerate(node):
                sub = (*loc, index)
                item = node.lc.item(index)
                where = (item[0] + 1, item[1] + 1) if item else self.doc.position(loc)
                self.doc.values[sub] = where
                items.append(self.convert(value, sub, depth + 1))
            return items
        if isinstance(node, str):
            return str(node)  # drop ruamel's scalar-string subclasses
        if isinstance(node, bool | int | float) or node is None:
            return _plain_scalar(node)
        return _plain_scalar(node)

    @staticmethod
    def _key_pos(node: Any, key: Any) -> tuple[int, int]:  # noqa: ANN401
        try:
            line, col = node.lc.key(key)
        except KeyError:  # a key merged in with '<<: *anchor' is written elsewhere
            line, col = node.lc.line, node.lc.col
        return line + 1, col + 1

    @staticmethod
    def _value_pos(node: Any, key: Any) -> tuple[int, int]:  # noqa: ANN401
        try:
            line, col = node.lc.value(key)
        except KeyError:
            line, col = node.lc.line, node.lc.col
        return line + 1, col + 1


def _plain_scalar(node: Any) -> Any:  # noqa: ANN401
    """ruamel wraps some scalars (ScalarFloat, ScalarBoolean, TimeStamp); unwrap them."""
    import datetime  # noqa: PLC0415

    if isinstance(node, bool):
        return bool(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, datetime.datetime):
        return node.date() if (node.hour, node.minute, node.second) == (0, 0, 0) else node
    return node

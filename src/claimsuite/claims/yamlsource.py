"""Read YAML safely into plain Python values, remembering where every value was written.

libyaml (through PyYAML) composes the document into nodes that carry line and column, in
a few milliseconds where a pure-Python parser takes tens; we copy the nodes into plain dicts
and lists, recording positions, resolve scalars by the YAML 1.2 core schema, refuse tags
(nothing is ever constructed from a tag) and bound depth and size, so that alias bombs and
absurd nesting end in a clear error instead of exhausting memory. A file of plain mappings,
sequences and scalars (nearly every claim file) is read from libyaml's events instead of
its nodes, in one pass (``claims/yamlevents.py``). ruamel.yaml is used only where a file is
edited in place and its comments must survive (``claims/edit.py``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

from claimsuite.claims.yamlevents import read_events
from claimsuite.errors import ClaimFileError
from claimsuite.files import read_bounded

MAX_DEPTH = 40
MAX_NODES = 200_000
MAX_BYTES = 5_000_000
MAX_INT_DIGITS = 4300  # Python's own limit for reading an int from text

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
    """Read a UTF-8 text file (BOM and CRLF accepted) or raise a one-line error.

    Only a regular file is read, and at most ``max_bytes`` + 1 bytes of it (``files``)."""
    name = str(path)
    raw = read_bounded(path, max_bytes, what=what, name=name, error=ClaimFileError)
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

    limits = (MAX_NODES, MAX_DEPTH, MAX_INT_DIGITS)
    found = read_events(text, _loader_class(), _scalar, limits)
    if found is not None:  # the usual file: data and positions from libyaml's events
        return Document(name, *found)
    return composed_document(text, name, what)


def composed_document(text: str, name: str, what: str) -> Document:
    """A non-blank YAML text (``_harmless`` applied) composed by libyaml and copied into a
    ``Document``: any YAML, and the wording of every error."""
    import yaml  # noqa: PLC0415 - import cost paid only when a file is read

    try:
        # compose() builds nodes, never objects: no tag can construct anything.
        root = yaml.compose(text, Loader=_loader_class())
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(name, exc, text) from None
    except yaml.YAMLError as exc:
        raise _reader_error(name, text, exc) from None
    except RecursionError:  # only the pure-Python parser recurses
        raise ClaimFileError(
            name, f"YAML nested more than {MAX_DEPTH} levels deep", "flatten the structure"
        ) from None
    if root is None:
        raise ClaimFileError(name, f"{what} has only comments", "add the YAML content", 1, 1)
    doc = Document(name, None)
    data = _Converter(doc).convert(root, (), 0)
    return Document(name, data, doc.values, doc.keys)


def _reader_error(name: str, text: str, exc: Exception) -> ClaimFileError:
    """The reader's errors (control characters) carry an offset instead of a mark."""
    offset = getattr(exc, "position", None)
    line = col = None
    if isinstance(offset, int):
        line = text.count("\n", 0, offset) + 1
        col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    character = getattr(exc, "character", None)
    if isinstance(character, int | str):
        code = character if isinstance(character, int) else ord(character)
        return ClaimFileError(
            name,
            f"invalid YAML: control character U+{code:04X} is not allowed",
            "delete it (or write it as an escape in double quotes)",
            line,
            col,
        )
    problem = str(getattr(exc, "reason", "") or exc).split("\n")[0]
    return ClaimFileError(name, f"invalid YAML: {problem}", "fix the YAML syntax", line, col)


_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_CORE}{t}" for t in ("str", "int", "float", "bool", "null")}
# The tags compared for every node, spelt out once (an f-string is built at each use).
_STR, _INT, _FLOAT, _BOOL, _NULL = (f"{_CORE}{t}" for t in ("str", "int", "float", "bool", "null"))
_SEQ, _MAP, _MERGE = f"{_CORE}seq", f"{_CORE}map", f"{_CORE}merge"


@cache
def _loader_class() -> type:
    """libyaml's safe loader (PyYAML's pure-Python one where libyaml is missing) resolving
    plain scalars by the YAML 1.2 core schema: ``yes``/``no``/``on`` stay text, ``1:20``
    is not a number, and dates stay text so the models report a bad one at its place."""
    import yaml  # noqa: PLC0415

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class CoreSchemaLoader(base):  # type: ignore[misc, valid-type]
        # Its own table, so the YAML 1.1 resolvers of the base class do not apply.
        yaml_implicit_resolvers: ClassVar[dict[str | None, list[tuple[str, re.Pattern[str]]]]] = {}

        # libyaml calls these three for every node. The base class's versions also serve
        # path resolvers and wildcard resolvers, of which this loader has none, building a
        # list per scalar: ~40% of composing a claim file, which repository mode does for
        # every article. Same answers: the table's resolvers for the first character (""
        # for an empty scalar), else the default tag of the node's kind.
        def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:  # noqa: ANN401
            if kind is yaml.ScalarNode:
                if implicit[0]:
                    for tag, pattern in self.yaml_implicit_resolvers.get(value[:1], ()):
                        if pattern.match(value):
                            return tag
                return self.DEFAULT_SCALAR_TAG
            if kind is yaml.SequenceNode:
                return self.DEFAULT_SEQUENCE_TAG
            return self.DEFAULT_MAPPING_TAG

        def descend_resolver(self, current_node: object, current_index: object) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass

    resolvers = (
        ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
        ("int", r"^[-+]?[0-9]+$", "-+0123456789"),
        ("float", r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$",
         "-+.0123456789"),
        ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    )  # fmt: skip
    for tag, pattern, first in resolvers:
        CoreSchemaLoader.add_implicit_resolver(f"{_CORE}{tag}", re.compile(pattern), list(first))
    return CoreSchemaLoader


def _scalar(tag: str, value: str) -> object:
    if tag == _STR:
        return value
    if tag == _INT:
        return int(value)
    if tag == _FLOAT:
        return float(value)
    if tag == _BOOL:
        return value.lower() == "true"
    if tag == _NULL:
        return None
    return value


class _Converter:
    """Copy composed nodes into plain data, recording positions and enforcing the limits.

    Aliases point to nodes already seen, so the node count grows with every use: an alias
    bomb hits MAX_NODES long before memory runs short.
    """

    def __init__(self, doc: Document) -> None:
        import yaml  # noqa: PLC0415

        self.doc = doc
        self.nodes = 0
        # Looked up once per document, not per node (~40,000 nodes per 200 claim files).
        self.scalar_node, self.sequence_node = yaml.ScalarNode, yaml.SequenceNode

    def _fail(self, node: Any, problem: str, hint: str) -> ClaimFileError:  # noqa: ANN401
        mark = node.start_mark
        return ClaimFileError(self.doc.path, problem, hint, mark.line + 1, mark.column + 1)

    def convert(self, node: Any, loc: PathKey, depth: int) -> Any:  # noqa: ANN401 - YAML data
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self._fail(
                node,
                f"document expands to more than {MAX_NODES} values (YAML alias bomb?)",
                "remove the anchors and aliases",
            )
        if depth > MAX_DEPTH:
            raise self._fail(
                node, f"YAML nested more than {MAX_DEPTH} levels deep", "flatten the structure"
            )
        if isinstance(node, self.scalar_node):
            if node.tag not in _SCALAR_TAGS:
                raise self._tag_error(node)
            if node.tag == _INT and len(node.value.lstrip("+-")) > MAX_INT_DIGITS:
                raise self._fail(
                    node,
                    f"a whole number of {len(node.value.lstrip('+-'))} digits, over the "
                    f"{MAX_INT_DIGITS}-digit limit",
                    "write a smaller number (docs/claim-file.md, 'Numbers')",
                )
            return _scalar(node.tag, node.value)
        if isinstance(node, self.sequence_node):
            if node.tag != _SEQ:
                raise self._tag_error(node)
            items = []
            for index, item in enumerate(node.value):
                sub = (*loc, index)
                self.doc.values[sub] = (item.start_mark.line + 1, item.start_mark.column + 1)
                items.append(self.convert(item, sub, depth + 1))
            return items
        if node.tag != _MAP:
            raise self._tag_error(node)
        out: dict[str, Any] = {}
        explicit = []
        merged = []
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE or (
                isinstance(key_node, self.scalar_node) and key_node.value == "<<"
                and not key_node.style
            ):
                merged.append((key_node, value_node))
            else:
                explicit.append((key_node, value_node))
        # YAML merge keys: the merged mappings' keys, unless the mapping sets them itself;
        # of several merged mappings the first wins. Merged values count against MAX_NODES.
        for source in reversed(self._merge_sources(merged)):
            out.update(self.convert(source, loc, depth + 1))
        seen: set[str] = set()
        for key_node, value_node in explicit:
            if not isinstance(key_node, self.scalar_node) or key_node.tag != _STR:
                raise self._fail(
                    key_node,
                    f"key {getattr(key_node, 'value', '?')} is not text",
                    "quote the key or use a named field",
                )
            key = key_node.value
            if key in seen:
                raise self._fail(
                    key_node, f"duplicate key '{key}'", "remove or rename one of the two keys"
                )
            seen.add(key)
            sub = (*loc, key)
            self.doc.keys[sub] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            self.doc.values[sub] = (
                value_node.start_mark.line + 1,
                value_node.start_mark.column + 1,
            )
            out[key] = self.convert(value_node, sub, depth + 1)
        return out

    def _merge_sources(self, merged: list[tuple[Any, Any]]) -> list[Any]:
        """The mappings that ``<<`` keys merge, in order of precedence."""
        import yaml  # noqa: PLC0415

        sources: list[Any] = []
        for key_node, value_node in merged:
            items = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
            for item in items:
                if not isinstance(item, yaml.MappingNode):
                    raise self._fail(
                        key_node,
                        "merge key '<<' must name a mapping (or a list of mappings)",
                        "merge an anchored mapping, as in '<<: *defaults'",
                    )
                sources.append(item)
        return sources

    def _tag_error(self, node: Any) -> ClaimFileError:  # noqa: ANN401
        return self._fail(
            node,
            f"YAML tag {_short_tag(node.tag)} is not allowed",
            "remove the tag; claim files hold plain values only (quote text like '10')",
        )


_KEY = re.compile(r"[\w.-]+:")


def _harmless(text: str) -> str:
    """Undo edits that change nothing for a reader: NFD letters (compared with the NFC
    article), trailing blanks, and a tab after ``key:`` or ``-`` (YAML parsers reject some
    of these). Every change keeps the columns of the rest of the line.

    Line by line, in time linear in the text: a regular expression anchored at line ends
    (``[ \\t]+$``) retries at every blank of a long run and is quadratic.
    """
    text = unicodedata.normalize("NFC", text)
    if "\t" not in text and " \n" not in text and text[-1:] != " ":
        return text  # no tab, no line ending in a blank: the usual file, left as it is
    lines = text.split("\n")
    for index, line in enumerate(lines):
        stripped = line.rstrip(" \t")
        if "\t" in stripped:
            stripped = _tab_separator(stripped)
        if stripped is not line:
            lines[index] = stripped
    return "\n".join(lines)


def _tab_separator(line: str) -> str:
    """A tab (and blanks) right after the leading ``key:`` or ``- `` of a line, as spaces."""
    end = len(line)
    i = len(line) - len(line.lstrip(" "))
    while i + 1 < end and line[i] == "-" and line[i + 1] == " ":  # "- - key:" list items
        i += 1
        while i < end and line[i] == " ":
            i += 1
    key = _KEY.match(line, i)
    if key is not None:
        i = key.end()
    elif i < end and line[i] == "-":
        i += 1
    else:
        return line
    if i >= end or line[i] != "\t":
        return line
    j = i
    while j < end and line[j] in " \t":
        j += 1
    if j >= end or line[j].isspace():
        return line
    return line[:i] + " " * (j - i) + line[j:]


def _short_tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")


# The parser's wording for common mistakes -> what the user did and what to do about it.
_SYNTAX = (
    ("cannot start any token", "'\\t'", "tab character in indentation", "indent with spaces"),
    ("found unexpected end of stream", "quoted scalar", "quoted text is never closed",
     "close the quote"),
    ("mapping values are not allowed", "", "unexpected ':' (bad indentation, or a ': '"
     " inside unquoted text)", "fix the indentation or put the text in quotes"),
    ("could not find expected ':'", "", "a key without ':' (or unclosed quotes/brackets)",
     "add the ':' after the key"),
    ("expected <block end>", "", "indentation does not line up",
     "indent this line like its siblings"),
    ("did not find expected key", "", "indentation does not line up",
     "indent this line like its siblings"),
    ("expected ',' or ']'", "", "unclosed '[' list", "close it with ']'"),
    ("expected ',' or '}'", "", "unclosed '{' mapping", "close it with '}'"),
    ("did not find expected ',' or ']'", "", "unclosed '[' list", "close it with ']'"),
    ("did not find expected ',' or '}'", "", "unclosed '{' mapping", "close it with '}'"),
    ("found undefined alias", "", "alias (*name) with no matching anchor (&name)",
     "define the anchor first or remove the alias"),
)  # fmt: skip


def _syntax_error(name: str, exc: Any, text: str) -> ClaimFileError:  # noqa: ANN401
    problem = (exc.problem or exc.context or "invalid YAML").strip()
    context = (exc.context or "").strip()
    mark = exc.problem_mark or exc.context_mark
    if "another document" in problem:
        return ClaimFileError(
            name,
            "a second YAML document ('---')",
            "keep one document per file: delete the '---' and what follows",
            *_at(mark),
        )
    if "maximum nesting depth" in problem:
        return ClaimFileError(
            name,
            f"YAML nested more than {MAX_DEPTH} levels deep",
            "flatten the structure",
            *_at(mark),
        )
    if "cannot start any token" in problem and mark and _char_at(text, mark) == "\t":
        return ClaimFileError(
            name, "invalid YAML: tab character in indentation", "indent with spaces", *_at(mark)
        )
    if "duplicate key" in problem:
        found = re.search(r'duplicate key "(.*?)"', problem)
        key = f" '{found[1]}'" if found else ""
        return ClaimFileError(
            name, f"duplicate key{key}", "remove or rename one of the two keys", *_at(mark)
        )
    for needle, extra, meaning, hint in _SYNTAX:
        if needle in problem and extra in problem + context:
            if "quoted scalar" in context and exc.context_mark:
                mark = exc.context_mark  # where the quote opened, not the end of the file
            return ClaimFileError(name, f"invalid YAML: {meaning}", hint, *_at(mark))
    detail = f"{problem} ({context})" if context else problem
    return ClaimFileError(name, f"invalid YAML: {detail}", "fix the YAML syntax", *_at(mark))


def _char_at(text: str, mark: Any) -> str:  # noqa: ANN401 - a yaml Mark
    lines = text.split("\n")
    line = lines[mark.line] if mark.line < len(lines) else ""
    return line[mark.column] if mark.column < len(line) else ""


def _at(mark: Any) -> tuple[int | None, int | None]:  # noqa: ANN401 - a yaml Mark
    return (mark.line + 1, mark.column + 1) if mark else (None, None)

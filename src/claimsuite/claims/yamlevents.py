"""Plain data and positions straight from libyaml's events, for the usual claim file.

``yaml.compose`` builds a node per value (a Python ``__init__`` and a call back into the
loader to resolve its tag) which ``yamlsource`` then copies into plain data: measured on the
a200 claim files, 445 us to compose and 163 us to copy a file, where walking libyaml's
events takes 262 us. This module builds the data and the positions from the events in one
pass. The events are libyaml's own, with the marks the nodes would carry, so the values and
positions are the same; anything beyond plain mappings, sequences and scalars (an anchor, an
alias, a tag, a merge key, a key that is not text, a duplicate key, a second document, the
limits, any error) makes it give up, and ``yamlsource`` composes the text as before, which
also words every error.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

PathKey = tuple[str | int, ...]
Positions = dict[PathKey, tuple[int, int]]
_STR = "tag:yaml.org,2002:str"


@lru_cache(maxsize=4096)
def _resolved(
    loader_class: Any,  # noqa: ANN401 - a PyYAML loader class
    scalar: Callable[[str, str], object],
    max_digits: int,
    value: str,
) -> Any:  # noqa: ANN401
    """The value of a plain scalar that may not be text by its first character (``true``,
    ``2025``, ``null``, ``1.5``...), resolved once for the run: keys and values repeat across
    claim files (~90 such scalars a file, a regular expression or three each). An int over
    the limit raises each time, never kept."""
    tag = loader_class.DEFAULT_SCALAR_TAG
    for resolved, pattern in loader_class.yaml_implicit_resolvers[value[:1]]:
        if pattern.match(value):
            tag = resolved
            break
    if tag == _STR:
        return value
    if len(value.lstrip("+-")) > max_digits:
        raise _Unusual
    return scalar(tag, value)


class _Unusual(Exception):  # noqa: N818 - control flow, never leaves this module
    """Something only the node path handles (or words as an error)."""


def read_events(
    text: str,
    loader_class: type,
    scalar: Callable[[str, str], object],
    limits: tuple[int, int, int],
) -> tuple[Any, Positions, Positions] | None:
    """``(data, value positions, key positions)`` of a one-document YAML text, positions
    1-based (line, column) by path as ``yamlsource.Document`` keeps them, or ``None`` when
    the text needs the node path. ``scalar(tag, text)`` is the value of a resolved scalar;
    ``limits`` are (max nodes, max depth, max digits of an int)."""
    import yaml  # noqa: PLC0415

    loader = loader_class(text)
    reader = _Reader(loader, scalar, limits)
    try:
        return reader.document()
    except (_Unusual, yaml.YAMLError):
        return None
    finally:
        loader.dispose()


class _Reader:
    def __init__(
        self,
        loader: Any,  # noqa: ANN401 - a PyYAML loader
        scalar: Callable[[str, str], object],
        limits: tuple[int, int, int],
    ) -> None:
        import yaml  # noqa: PLC0415

        self.next = loader.get_event
        self.loader_class = type(loader)
        self.resolvers = loader.yaml_implicit_resolvers
        self.scalar = scalar
        self.max_nodes, self.max_depth, self.max_digits = limits
        self.values: Positions = {}
        self.keys: Positions = {}
        # The event classes, looked up once per file.
        self.scalar_event = yaml.ScalarEvent
        self.sequence_start, self.sequence_end = yaml.SequenceStartEvent, yaml.SequenceEndEvent
        self.mapping_start, self.mapping_end = yaml.MappingStartEvent, yaml.MappingEndEvent

    def document(self) -> tuple[Any, Positions, Positions]:
        import yaml  # noqa: PLC0415

        self.next()  # the stream's start
        if type(self.next()) is not yaml.DocumentStartEvent:
            raise _Unusual  # no document: the node path says the file has only comments
        data = self.node(self.next(), (), 0)
        self.next()  # the document's end
        if type(self.next()) is not yaml.StreamEndEvent:
            raise _Unusual  # a second document
        return data, self.values, self.keys

    def text_of(self, event: Any) -> Any:  # noqa: ANN401
        """A scalar event's value under the core schema, as the loader's resolve() and
        yamlsource's conversion give it."""
        value = event.value
        if event.tag is not None or event.anchor is not None:
            raise _Unusual
        if not event.implicit[0] or value[:1] not in self.resolvers:
            return value  # quoted, or plain and text by its first character
        return _resolved(self.loader_class, self.scalar, self.max_digits, value)

    def node(self, event: Any, loc: PathKey, depth: int) -> Any:  # noqa: ANN401
        """The value of the node ``event`` starts, at ``loc``; its events are consumed."""
        if depth > self.max_depth:  # (the count of nodes is checked as each is placed)
            raise _Unusual
        kind = type(event)
        if kind is self.scalar_event:
            return self.text_of(event)
        if event.anchor is not None or event.tag is not None:
            raise _Unusual  # an alias (it has an anchor, no tag), or a collection with one
        next_event, values, depth = self.next, self.values, depth + 1
        # A scalar item is read here rather than through node(): most values are scalars,
        # and the call was ~a fifth of the reader's own time (measured on a200's files).
        text_of, scalar_event = self.text_of, self.scalar_event
        leaves = depth <= self.max_depth  # else node() raises for the first item
        max_nodes = self.max_nodes
        if kind is self.sequence_start:
            items: list[Any] = []
            end = self.sequence_end
            while type(item := next_event()) is not end:
                sub = (*loc, len(items))
                mark = item.start_mark
                values[sub] = (mark.line + 1, mark.column + 1)
                if len(values) >= max_nodes:
                    raise _Unusual  # values holds every node but the root
                if leaves and type(item) is scalar_event:
                    items.append(text_of(item))
                else:
                    items.append(self.node(item, sub, depth))
            return items
        if kind is not self.mapping_start:
            raise _Unusual
        out: dict[str, Any] = {}
        keys, end = self.keys, self.mapping_end
        while type(key := next_event()) is not end:
            if type(key) is not scalar_event:
                raise _Unusual  # a key that is not text
            name = text_of(key)
            if not isinstance(name, str) or name in out or name == "<<":
                raise _Unusual  # not text, a duplicate (an error) or a merge
            value = next_event()
            sub = (*loc, name)
            mark = key.start_mark
            keys[sub] = (mark.line + 1, mark.column + 1)
            mark = value.start_mark
            values[sub] = (mark.line + 1, mark.column + 1)
            if len(values) >= max_nodes:
                raise _Unusual
            if leaves and type(value) is scalar_event:
                out[name] = text_of(value)
            else:
                out[name] = self.node(value, sub, depth)
        return out

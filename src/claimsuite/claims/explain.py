"""Turn a pydantic ``ValidationError`` into one ``ClaimFileError``: where, what, what to do.

pydantic reports the path of a bad value (``claims.22.bound``) in the model's terms; the user
needs the line and column in their file, the claim's id rather than its index, and a concrete
fix (the known fields, the nearest spelling, the accepted form of a value).
"""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from claimsuite.claims.yamlsource import Document, PathKey
from claimsuite.errors import ClaimFileError

SECTIONS = {"claims": "claim", "officials": "official", "statistics": "statistic",
            "events": "event", "remarks": "remark", "entities": "entity",
            "positions": "position", "open_questions": "open question",
            "entries": "vocabulary entry"}  # fmt: skip
DOCS = "see docs/claim-file.md"


MAX_PROBLEMS = 20
"""At most this many problems of one file are reported; the rest are counted."""


class ClaimFileProblemsError(ClaimFileError):
    """Every problem of one file (up to :data:`MAX_PROBLEMS`), in the order written.

    ``str()`` is the first one, as a single :class:`ClaimFileError` would say it;
    :meth:`lines` gives each on its own ``path:line:col: problem — what to do`` line.
    """

    def __init__(self, problems: list[ClaimFileError], total: int | None = None) -> None:
        first = problems[0]
        super().__init__(first.path, first.problem, first.hint, first.line, first.col)
        self.problems = problems
        self.total = max(total or len(problems), len(problems))

    def lines(self) -> list[str]:
        out = [str(p) for p in self.problems]
        if self.total > len(self.problems):
            more = self.total - len(self.problems)
            out.append(f"{self.path}: {more} more problem{'s' if more > 1 else ''} not shown "
                       f"— fix these {len(self.problems)} and run again")
        return out


def raise_all(problems: list[ClaimFileError]) -> None:
    """Raise the problems found (nothing when there are none): one alone as itself, several
    as :class:`ClaimFileProblemsError`, in file order, the same place reported once."""
    if not problems:
        return
    seen: set[tuple[int | None, int | None, str]] = set()
    unique: list[ClaimFileError] = []
    for problem in problems:
        key = (problem.line, problem.col, problem.problem)
        if key not in seen:
            seen.add(key)
            unique.append(problem)
    if len(unique) == 1:
        raise unique[0]
    raise ClaimFileProblemsError(unique[:MAX_PROBLEMS], len(unique))


def all_errors(
    exc: ValidationError, document: Document, root: type[BaseModel]
) -> list[ClaimFileError]:
    """Every error of a validation, explained, in the order written in the file; one per
    place."""
    errors = _errors(exc)
    located = []
    for error in errors:
        loc = written_loc(document, tuple(error["loc"]))
        if error["type"] in {"union_tag_invalid", "union_tag_not_found"}:
            loc = written_loc(document, (*loc, "kind"))
        if error["type"] == "extra_forbidden":
            line, col = document.key_position(loc)
        else:
            line, col = document.position(loc)
        located.append(((line, col), loc, error))
    located.sort(key=lambda item: (item[0], -len(item[1])))
    out: list[ClaimFileError] = []
    places: set[tuple[int, int]] = set()
    for (line, col), loc, error in located:
        if (line, col) in places:
            continue
        places.add((line, col))
        problem, hint = explain(error, loc, document, root)
        out.append(ClaimFileError(document.path, problem, hint, line, col))
    return out


def _errors(exc: ValidationError) -> list[Any]:
    # pydantic adds a vague "too short" for a list whose only item failed: drop it when a
    # more specific error sits inside that list.
    errors = exc.errors(include_url=False)
    deeper = [tuple(e["loc"]) for e in errors]
    return [
        e for e in errors
        if not (e["type"] == "too_short"
                and any(len(d) > len(e["loc"]) and d[: len(e["loc"])] == tuple(e["loc"])
                        for d in deeper))
    ]


def written_loc(document: Document, loc: tuple[Any, ...]) -> PathKey:
    """Drop the parts pydantic adds (union tags, model names) that are not in the file."""
    written: list[str | int] = []
    for part in loc:
        candidate = (*written, part)
        if candidate in document.values or candidate in document.keys:
            written.append(part)
    return tuple(written)


def owner(loc: PathKey, data: Any) -> tuple[str, PathKey]:  # noqa: ANN401 - YAML data
    """The listed items holding ``loc`` (``position #2 of official 'x'``) and the rest of it."""
    names: list[str] = []
    rest: PathKey = loc
    for n in range(len(loc) - 1, 0, -1):
        section, index = loc[n - 1], loc[n]
        if section in SECTIONS and isinstance(index, int):
            item = _value_at(data, loc[: n + 1])
            ident = item.get("id") if isinstance(item, dict) else None
            name = f"'{ident}'" if isinstance(ident, str) and len(ident) <= 80 else f"#{index + 1}"
            names.append(f"{SECTIONS[str(section)]} {name}")
            if len(names) == 1:
                rest = loc[n + 1 :]
    return " of ".join(names), rest


def label(loc: PathKey, data: Any) -> str:  # noqa: ANN401 - YAML data
    """``'bound' of claim 'exports-2023-top10'`` rather than ``claims.22.bound``."""
    who, rest = owner(loc, data)
    path = ".".join(str(p) for p in rest)
    if who:
        return f"'{path}' of {who}" if path else who
    return f"'{path}'" if path else "the top level"


def explain(
    error: Any, loc: PathKey, document: Document, root: type[BaseModel]  # noqa: ANN401
) -> tuple[str, str]:
    kind = error["type"]
    raw_loc = tuple(error["loc"])
    value = error.get("input")
    what = label(loc, document.data)
    message = str(error["msg"]).removeprefix("Value error, ")
    ctx = error.get("ctx", {})
    if kind == "missing":
        name = raw_loc[-1]
        where = label(loc, document.data)
        return f"missing field '{name}' in {where}", f"add '{name}:' here"
    if kind == "extra_forbidden":
        name = str(raw_loc[-1])
        known = _fields(_model_at(root, loc[:-1], document.data))
        close = difflib.get_close_matches(name, known, n=1)
        where = label(loc[:-1], document.data)
        where = "at the top level" if where == "the top level" else f"in {where}"
        hint = f"did you mean '{close[0]}'?" if close else "remove it or fix its spelling"
        if known:
            hint += f" (known fields: {', '.join(known)})"
        return f"unknown field '{name}' {where}", hint
    if kind in {"union_tag_invalid", "union_tag_not_found"}:
        from claimsuite.claims.model import KINDS  # noqa: PLC0415

        if kind == "union_tag_not_found":
            who = owner(loc, document.data)[0] or "claim"
            return f"{who} has no 'kind'", f"add 'kind:', one of: {', '.join(KINDS)}"
        tag = str(ctx.get("tag", ""))
        close = difflib.get_close_matches(tag, KINDS, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        return f"unknown claim kind '{tag}'", f"{hint}(kinds: {', '.join(KINDS)})"
    if kind == "too_short":
        return f"{what} is empty", "add at least one entry"
    if kind == "literal_error":
        expected = ctx.get("expected", "")
        return f"{what} is {_show(value)}, not one of {expected}", f"use {expected}"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return f"{what} should be a whole number, not {_show(value)}", "write digits, e.g. 10"
    if kind in {"bool_type", "bool_parsing"}:
        return f"{what} should be true or false, not {_show(value)}", "write true or false"
    if kind == "string_type":
        return f"{what} should be text, not {_show(value)}", "write one value on the line"
    if kind in {"tuple_type", "list_type"}:
        if value is None:
            return f"{what} is empty", "add at least one entry under it, each starting with '- '"
        return f"{what} should be a list, not {_show(value)}", "write each entry as '- ...'"
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        return (f"{what} should be a mapping, not {_show(value)}",
                "write 'field: value' lines under it")
    if kind in {"string_too_long", "string_too_short"}:
        if kind == "string_too_short":
            return f"{what} is empty", "write a value or remove the field"
        return f"{what} is longer than {ctx.get('max_length')} characters", "shorten it"
    if kind in {"greater_than_equal", "greater_than", "less_than_equal", "less_than"}:
        return f"{what} is {_show(value)}: {message[0].lower()}{message[1:]}", "fix the number"
    if kind.startswith(("date_", "datetime_")):
        if isinstance(value, str) and "range" in message:
            return f"{what}: {_show(value)} is not a real date", "write a real date as YYYY-MM-DD"
        return f"{what}: {_show(value)} is not a date", "write the date as YYYY-MM-DD"
    if kind == "string_pattern_mismatch":
        if raw_loc and raw_loc[-1] == "url":
            return f"{what} {_show(value)} is not a web address", "start it with https://"
        who, rest = owner(loc, document.data)
        if rest == ("id",):  # "claim id 'u s a'", not "'id' of claim 'u s a'"
            return (
                f"{who.split(' ')[0]} id {_show(value)} is not a valid identifier",
                "use letters, digits, '.', '_' and '-' (at most 80 characters)",
            )
        return (
            f"{what} is {_show(value)}, not a valid identifier",
            "use letters, digits, '.', '_' and '-' (at most 80 characters)",
        )
    if "needs a 'url' or a 'document'" in message:
        return f"{what}: {message}", "add 'url: https://...' or 'document: <title of the paper>'"
    if "is not a real date" in message:
        return f"{what}: {message}", "write a day that exists, as YYYY-MM-DD"
    if "ends before it starts" in message:
        return f"{what}: {message}", "write the earlier day first: START/END"
    if kind == "value_error" and "; " in message:
        # Our own validators write "what is wrong; what to write instead".
        problem, _, hint = message.partition("; ")
        return f"{what}: {problem}", hint
    return f"{what}: {message}", f"fix the value ({DOCS})"


def _show(value: Any) -> str:  # noqa: ANN401 - any YAML value
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    if value is None:
        return "empty"
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _value_at(data: Any, loc: PathKey) -> Any:  # noqa: ANN401
    for part in loc:
        if isinstance(part, int) and isinstance(data, list) and 0 <= part < len(data):
            data = data[part]
        elif isinstance(part, str) and isinstance(data, dict):
            data = data.get(part)
        else:
            return None
    return data


def _fields(model: type[BaseModel] | None) -> list[str]:
    if model is None:
        return []
    return [info.alias or name for name, info in model.model_fields.items()]


def _model_at(root: type[BaseModel], loc: PathKey, data: Any) -> type[BaseModel] | None:  # noqa: ANN401
    """The model that validates the mapping at ``loc`` (claims pick theirs by ``kind``)."""
    model: type[BaseModel] | None = root
    for n, part in enumerate(loc):
        if isinstance(part, int):
            continue
        if model is None:
            return None
        info = next(
            (f for name, f in model.model_fields.items() if part in {name, f.alias}), None
        )
        if info is None:
            return None
        model = _pick(info.annotation, _value_at(data, loc[: n + 2]))
    return model


def _pick(annotation: Any, value: Any) -> type[BaseModel] | None:  # noqa: ANN401
    models = list(_models_in(annotation))
    kind = value.get("kind") if isinstance(value, dict) else None
    for model in models:
        field = model.model_fields.get("kind")
        if field is not None and kind in typing.get_args(field.annotation):
            return model
    return models[0] if len(models) == 1 else None


def _models_in(annotation: Any) -> typing.Iterator[type[BaseModel]]:  # noqa: ANN401
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
        return
    origin = typing.get_origin(annotation)
    if origin is Literal:
        return
    if origin is not None or isinstance(annotation, types.UnionType):
        for arg in typing.get_args(annotation):
            yield from _models_in(arg)

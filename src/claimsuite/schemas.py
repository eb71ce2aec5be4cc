"""JSON Schemas of claimsuite's files, generated from the pydantic models (issue 11).

- ``claims``: a claim file (:class:`claimsuite.claims.model.ClaimFile`);
- ``record``: a record file of ``claims/registries/`` (:class:`~claimsuite.claims.records.
  RegistryFile`);
- ``config``: the ``[tool.claimsuite]`` table of ``pyproject.toml`` (:class:`ToolConfig`,
  kept to the keys :mod:`claimsuite.config` reads);
- ``report``: the JSON report, schema 2 (:class:`JsonReport`, kept to
  :mod:`claimsuite.reports.json` by a test that validates real reports against it).

The YAML loader is more lenient than plain JSON types say: a period may be written as a
number (``period: 2025``) or a date, and a list of texts or ids as one string (``quote:
"..."``). The generated schemas say so too, so that an editor with yaml-language-server
does not flag what claimsuite accepts. The committed copies live in ``schemas/``
(``claimsuite schema NAME`` prints one; a test keeps them current).
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["NAMES", "JsonReport", "RepositoryReport", "ToolConfig", "render", "schema"]

NAMES = ("claims", "record", "config", "report")
BASE_URL = "https://github.com/claimsuite/claimsuite/raw/main/schemas"

# Fields whose values are periods (a YAML number or date is accepted too).
_PERIOD_FIELDS = {"period", "base_period", "published", "date", "as_of", "made_on", "about"}


# ---- the configuration ---------------------------------------------------------------------


class _Accept(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str = Field(description="the article (or claim file) the acceptance is for")
    code: str = Field(pattern=r"^[A-Z]{2,4}\d{3}$", description="the accepted finding's code")
    claim: str | None = Field(default=None, description="the claim id the finding names")
    reason: str = Field(description="why the finding is accepted (required)")


class ToolConfig(BaseModel):
    """The ``[tool.claimsuite]`` table of pyproject.toml; the command line wins over it."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    local_checks: str = Field(
        default="checks", alias="local-checks",
        description="folder of this desk's own checks (*.py), imported once per run",
    )
    record: str = Field(
        default="claims/registries",
        description="folder of the record, the reference files (officials, statistics, "
                    "events, remarks, entities)",
    )
    registries: str = Field(
        default="claims/registries",
        description="old name of 'record' (give one of the two, not both)",
    )
    check_timeout: float = Field(
        default=10, alias="check-timeout", gt=0, le=3600,
        description="seconds a check may run per 100,000 characters of article",
    )
    block_packages: list[str] = Field(
        default=[], alias="block-packages",
        description="check packages (entry-point names) not to load",
    )
    vocabulary: str | list[str] = Field(
        default=[], description="the desk's house vocabulary file(s) (CS503)"
    )
    default_vocabulary: bool = Field(
        default=True, alias="default-vocabulary",
        description="whether claimsuite's shipped vocabulary applies too",
    )
    articles: str | list[str] = Field(
        default=["seeds"], description="folder(s) of articles (.txt) for repository mode"
    )
    claims: str = Field(
        default="claims", description="folder of claim files, mirroring the article folders"
    )
    reports: str = Field(default="reports", description="folder of committed reports")
    fail_on: Literal["error", "warning", "info", "never"] | None = Field(
        default=None, alias="fail-on", description="the lowest severity that fails the run"
    )
    select: list[str] = Field(default=[], description="codes or prefixes of checks to run")
    ignore: list[str] = Field(default=[], description="codes or prefixes of checks to skip")
    per_path_ignores: dict[str, list[str]] = Field(
        default={}, alias="per-path-ignores",
        description="glob of article paths = codes or prefixes to skip for them",
    )
    language: Literal["tr", "en"] | None = Field(
        default=None, description="language of an article whose claim file names none"
    )
    fiscal_year_start: int | None = Field(
        default=None, alias="fiscal-year-start", ge=1, le=12,
        description="the month a fiscal year begins (10: the US federal year)",
    )
    jobs: int | None = Field(default=None, ge=1, description="processes for repository mode")
    format: str | None = Field(default=None, description="the report format (md, json, ...)")
    accept: list[_Accept] = Field(
        default=[], description="findings accepted with a reason, per article path"
    )


# ---- the JSON report (schema 2, docs/report-json.md) ---------------------------------------

_Severity = Literal["error", "warning", "info"]
_Standing = Literal["ok", "error", "warning", "info", "not checked"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Location(_Strict):
    path: str = Field(description="the file, as given (relative where possible)")
    line: int = Field(ge=1, description="1-based line")
    col: int = Field(ge=1, description="1-based column, in characters")
    end_line: int | None = Field(default=None, description="end line (exclusive end)")
    end_col: int | None = Field(default=None, description="end column (exclusive)")
    offset: int | None = Field(
        default=None, description="characters into the article's cleaned text"
    )
    end_offset: int | None = Field(default=None, description="end offset (exclusive)")


class _Related(_Strict):
    message: str = Field(description="what the other place says")
    location: _Location | None = Field(description="where it is, or null")
    url: str | None = Field(description="a source, or null")


class _Finding(_Strict):
    code: str = Field(description="the check's code: CS301")
    fingerprint: str = Field(
        pattern=r"^[0-9a-f]{16}$", description="identifies the finding across edits"
    )
    severity: _Severity = Field(description="error, warning or info")
    message: str = Field(description="one plain-text sentence")
    claims: list[str] = Field(description="ids of the claims concerned, sorted")
    fields: list[str] = Field(description="the claim fields concerned")
    article: _Location | None = Field(description="where in the article, or null")
    claim_file: _Location | None = Field(description="where in the claim file, or null")
    related: list[_Related] = Field(description="other places that explain the finding")
    suggestion: str | None = Field(description="the corrected text when one applies")
    accepted: str | None = Field(
        default=None, description="the reason of the acceptance matching it (only when set)"
    )
    baseline: Literal["new", "standing"] | None = Field(
        default=None, description="against --baseline or --new-since (only when compared)"
    )


class _ClaimStatus(_Strict):
    article: _Standing = Field(description="the claim against the text")
    claims: _Standing = Field(description="against the other claims")
    record: _Standing = Field(description="against the record ('not checked' without one)")
    editor: _Standing = Field(description="questions for the editor")


class _ClaimRow(_Strict):
    id: str = Field(description="the claim id")
    kind: str = Field(description="the claim kind")
    lines: list[int] = Field(description="article lines stating it")
    stated: str = Field(description="verbatim, reworded, missing, or — for an entity")
    verdict: str = Field(
        description="consistent, contradicted, not enough information, or — for an entity"
    )
    decided_by: list[str] = Field(description="the fields that decided the verdict")
    status: _ClaimStatus = Field(description="the worst finding per scope")


class _CheckRow(_Strict):
    code: str = Field(description="the check's code")
    name: str = Field(description="the check's name")
    severity: _Severity = Field(description="its severity")
    summary: str = Field(description="one line")
    scope: Literal["article", "claims", "record", "editor"] = Field(description="its scope")
    status: Literal["stable", "preview", "removed"] = Field(description="its life cycle")


class _Summary(_Strict):
    error: int = Field(ge=0, description="errors")
    warning: int = Field(ge=0, description="warnings")
    info: int = Field(ge=0, description="questions")


class JsonReport(_Strict):
    """One article's JSON report (``--format json``, schema 2)."""

    schema_: Literal[2] = Field(alias="schema", description="the report schema version: 2")
    article: str | None = Field(description="the article, as given")
    claims_file: str | None = Field(description="the claim file, as given")
    summary: _Summary = Field(description="findings per severity")
    findings: list[_Finding] = Field(description="sorted by severity, file, line, col, code")
    claims: list[_ClaimRow] = Field(description="one row per claim")
    checks: list[_CheckRow] = Field(description="the checks that ran")


class RepositoryReport(_Strict):
    """The JSON report of several articles (repository mode)."""

    schema_: Literal[2] = Field(alias="schema", description="the report schema version: 2")
    summary: _Summary = Field(description="totals over every article")
    articles: list[JsonReport] = Field(description="the per-article documents, in path order")


class _AnyReport(BaseModel):
    report: JsonReport | RepositoryReport


# ---- generation -----------------------------------------------------------------------------


def _lenient(node: Any, key: str | None = None) -> Any:  # noqa: ANN401 - JSON data
    """What the YAML loader accepts beyond plain JSON types: a period as a number or date, a
    list of texts or ids as one string."""
    if isinstance(node, list):
        return [_lenient(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {k: _lenient(v, k) for k, v in node.items()}
    if "properties" in out:
        props = out["properties"]
        for name, prop in props.items():
            props[name] = _field(name, prop)
    return out


_ONE = r"\d{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?))?"
PERIOD_PATTERN = rf"^{_ONE}(/{_ONE})?$"
PERIOD_FORMS = (
    "written as a year (2025), half (2025-H1), quarter (2025-Q1), month (2025-04), day "
    "(2025-04-28), or a range of two of these: 2025-01/2025-09 (January to September), "
    "2024-11/2025-10 (the twelve months to October), 2005/2021, 2025-Q1/2025-Q3"
)


def _field(name: str, prop: dict[str, Any]) -> dict[str, Any]:
    kinds = [prop.get("type"), *(o.get("type") for o in prop.get("anyOf", []))]
    if name in _PERIOD_FIELDS and "array" not in kinds:  # a statement's 'about' is ids
        prop = _periodic(prop)
        prop = _also(prop, {"type": "integer"}, lambda s: s.get("type") == "string")
    if prop.get("type") == "array" and prop.get("items", {}).get("type") == "string":
        described = {k: v for k, v in prop.items() if k in ("description", "title", "default")}
        rest = {k: v for k, v in prop.items() if k not in described}
        return {**described, "anyOf": [rest, dict(prop["items"])]}
    return prop


def _periodic(prop: dict[str, Any]) -> dict[str, Any]:
    """A period field: its accepted forms in the description, and as a pattern."""
    out = dict(prop)
    if "description" in out:
        out["description"] = f"{out['description']}; {PERIOD_FORMS}"
    if out.get("type") == "string":
        out["pattern"] = PERIOD_PATTERN
    elif "anyOf" in out:
        out["anyOf"] = [
            {**o, "pattern": PERIOD_PATTERN} if o.get("type") == "string" else o
            for o in out["anyOf"]
        ]
    return out


def _also(prop: dict[str, Any], extra: dict[str, Any], where: Any) -> dict[str, Any]:  # noqa: ANN401
    if "anyOf" in prop:
        options = prop["anyOf"]
        if any(where(o) for o in options) and extra not in options:
            return {**prop, "anyOf": [*options, extra]}
        return prop
    if where(prop):
        described = {k: v for k, v in prop.items() if k in ("description", "title", "default")}
        rest = {k: v for k, v in prop.items() if k not in described}
        return {**described, "anyOf": [rest, extra]}
    return prop


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema of ``name`` (one of :data:`NAMES`)."""
    if name == "claims":
        from claimsuite.claims.model import ClaimFile  # noqa: PLC0415

        body = _lenient(ClaimFile.model_json_schema())
        title = "claimsuite claim file"
    elif name == "record":
        from claimsuite.claims.records import RegistryFile  # noqa: PLC0415

        body = _lenient(RegistryFile.model_json_schema(by_alias=True))
        title = "claimsuite record file (claims/registries/*.yaml)"
    elif name == "config":
        body = ToolConfig.model_json_schema(by_alias=True)
        title = "[tool.claimsuite] in pyproject.toml"
    elif name == "report":
        body = _AnyReport.model_json_schema(by_alias=True)
        inner = body["properties"]["report"]
        body = {"$defs": body["$defs"], **inner}
        title = "claimsuite JSON report (schema 2)"
    else:
        msg = f"no schema named {name!r}; one of {', '.join(NAMES)}"
        raise ValueError(msg)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{BASE_URL}/{name}.schema.json",
        "title": title,
        **{k: v for k, v in body.items() if k != "title"},
    }


def render(name: str) -> str:
    """The schema as the committed file holds it: sorted keys, two-space indent, newline."""
    return json.dumps(schema(name), ensure_ascii=False, indent=2, sort_keys=True) + "\n"

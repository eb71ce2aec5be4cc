"""A claim's field read by name, for code that handles every claim kind alike."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

# (claim class, field name) -> whether the class lacks it. Claim models forbid extra
# fields, so the answer is the class's. A miss on a pydantic model goes through its
# __getattr__ and a raised AttributeError (~5 µs); the verdicts and the figure bookkeeping
# ask ~250 times per article for a field most claim kinds lack ("period", "made_on").
_LACKS: dict[tuple[type, str], bool] = {}


def field_of(claim: object, name: str) -> Any:  # noqa: ANN401 - any field of any claim
    """``getattr(claim, name, None)``, without paying for a miss more than once per class of
    pydantic model (other objects are asked every time: their attributes may vary)."""
    key = (type(claim), name)
    lacks = _LACKS.get(key)
    if lacks:
        return None
    if lacks is None:
        try:
            value = getattr(claim, name)
        except AttributeError:
            if isinstance(claim, BaseModel):
                _LACKS[key] = True
            return None
        if isinstance(claim, BaseModel):
            _LACKS[key] = False
        return value
    return getattr(claim, name)

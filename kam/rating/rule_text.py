"""A criterion's scoring rule as one line of text, for the scheme editor's table:
``≥300: 100; ≥100: 70; else: 0`` for bands, ``linear 60 → 100`` for linear.

``>=``/``<=`` may be typed for ``≥``/``≤``, ``->`` or ``..`` for ``→``, and Chinese
punctuation (；：) is accepted.
"""

from __future__ import annotations

import re
from typing import Any

from kam.i18n import _
from kam.rating.scheme import Criterion

_LINEAR = re.compile(
    r"^\s*(?:linear|线性)\s*(-?[\d.,]+)\s*(?:→|->|\.\.|至|到)\s*(-?[\d.,]+)\s*$", re.IGNORECASE
)
_BAND = re.compile(
    r"^\s*(≥|>=|≤|<=|else|其余|其他)\s*(-?[\d.,]*)\s*:\s*(-?[\d.]+)\s*$", re.IGNORECASE
)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def format_rule(criterion: Criterion, scale: float = 1.0) -> str:
    """The rule as one line, its bounds divided by ``scale`` (revenue: 元 → 万元)."""

    def shown(value: float) -> str:
        return _num(round(value / scale, 6))

    if criterion.linear is not None:
        return (
            f"{_('linear')} {shown(criterion.linear.zero_at)} → {shown(criterion.linear.full_at)}"
        )
    parts = []
    for band in criterion.bands:
        if band.min is not None:
            parts.append(f"≥{shown(band.min)}: {_num(band.points)}")
        elif band.max is not None:
            parts.append(f"≤{shown(band.max)}: {_num(band.points)}")
        else:
            parts.append(f"{_('else')}: {_num(band.points)}")
    return "; ".join(parts)


def _float(text: str) -> float:
    return float(text.replace(",", ""))


def _scaled(text: str, scale: float) -> float:
    return round(_float(text) * scale, 6)


def parse_rule(text: str, scale: float = 1.0) -> dict[str, Any]:
    """The TOML keys (``bands`` or ``linear``) for a rule line whose bounds are typed in
    units of ``scale`` scheme units (revenue: 万元 typed, 元 stored).

    Raises:
        ValueError: with a message saying which part cannot be read.
    """
    text = text.replace("；", ";").replace("：", ":").strip()
    if not text:
        raise ValueError(
            _("the rule is empty: write bands such as “≥300: 100; else: 0” or “linear 60 → 100”")
        )
    found = _LINEAR.match(text)
    if found:
        try:
            return {
                "linear": {
                    "zero_at": _plain(_scaled(found.group(1), scale)),
                    "full_at": _plain(_scaled(found.group(2), scale)),
                }
            }
        except ValueError:
            raise ValueError(_("cannot read the numbers of “{text}”").format(text=text)) from None
    bands = []
    for part in (p for p in text.split(";") if p.strip()):
        band = _BAND.match(part)
        if band is None:
            raise ValueError(
                _("cannot read “{part}”: write “≥300: 100”, “≤0.5: 100” or “else: 0”").format(
                    part=part.strip()
                )
            )
        op, bound, points = band.groups()
        try:
            item: dict[str, Any] = {}
            if op in ("≥", ">="):
                item["min"] = _plain(_scaled(bound, scale))
            elif op in ("≤", "<="):
                item["max"] = _plain(_scaled(bound, scale))
            item["points"] = _plain(float(points))
        except ValueError:
            raise ValueError(
                _("cannot read the numbers of “{part}”").format(part=part.strip())
            ) from None
        bands.append(item)
    return {"bands": bands}


def _plain(value: float) -> int | float:
    return int(value) if value.is_integer() else value

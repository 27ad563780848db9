"""The rating scheme (docs/rating-scheme.md): what a sales director writes in a TOML file.

:func:`parse_scheme` reads and validates the text, collecting every problem with the
criterion it belongs to, so a director fixes the file in one pass;
:func:`dump_scheme` writes it back (the editor's export). The shipped default lives in
``default_scheme.toml`` beside this module.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any, TypeGuard

import tomli_w

from kam.i18n import _, language
from kam.rating.measures import MEASURES

GRADES = ("A", "B", "C", "D")
BOUNDED_GRADES = ("A", "B", "C")  # below C is D
MANUAL_MEASURES = ("industry_influence", "reputation")
_TOP_KEYS = {"year", "name", "key_account_min_grade", "grades", "criteria"}
_CRITERION_KEYS = {"measure", "label", "weight", "bands", "linear"}


class SchemeError(ValueError):
    """The scheme cannot be used; ``problems`` lists every reason, one line each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class Band:
    """Points for a value at or above ``min``, at or below ``max``, or any value."""

    points: float
    min: float | None = None
    max: float | None = None

    def matches(self, value: float) -> bool:
        if self.min is not None:
            return value >= self.min
        if self.max is not None:
            return value <= self.max
        return True


@dataclass(frozen=True)
class Linear:
    """0 points at ``zero_at``, 100 at ``full_at``, straight in between (either way round)."""

    zero_at: float
    full_at: float


@dataclass(frozen=True)
class Criterion:
    measure: str
    label: str
    weight: float
    bands: tuple[Band, ...] = ()
    linear: Linear | None = None

    @property
    def title(self) -> str:
        """The name as the scheme writes it (messages about the scheme quote it)."""
        return self.label or measure_label(self.measure)

    @property
    def screen_title(self) -> str:
        """The name on screen: a Chinese label reads as the measure's own name in the
        English UI (the shipped scheme is labelled in Chinese)."""
        if language() == "en" and _CJK.search(self.label):
            return measure_label(self.measure)
        return self.title


@dataclass(frozen=True)
class Scheme:
    name: str
    criteria: tuple[Criterion, ...]
    grades: dict[str, float] = field(default_factory=lambda: {"A": 85.0, "B": 70.0, "C": 50.0})
    key_account_min_grade: str = "B"
    year: int | None = None

    def for_year(self, year: int) -> Scheme:
        return replace(self, year=year)

    @property
    def measures(self) -> list[str]:
        return [c.measure for c in self.criteria]


_CJK = re.compile(r"[\u3400-\u9fff]")

MEASURE_LABELS = {
    "contract_volume": "Contract volume",
    "revenue": "Revenue",
    "unit_price": "Unit price",
    "collection_rate": "Collection rate",
    "profit_margin": "Profit level",
    "quality_loss_rate": "Quality loss rate",
    "industry_influence": "Industry influence",
    "reputation": "Business reputation",
    "revenue_growth": "Revenue growth",
    "share_of_wallet": "Share of wallet",
}


def measure_label(measure: str) -> str:
    return _(MEASURE_LABELS.get(measure, measure))


def _number(value: object) -> TypeGuard[float]:
    """A TOML integer or float (TOML's booleans are no numbers here)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def _syntax_error(exc: tomllib.TOMLDecodeError) -> SchemeError:
    found = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
    reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)) or str(exc)
    if found:
        return SchemeError(
            [
                _("TOML syntax error on line {line}, column {column}: {reason}").format(
                    line=found.group(1), column=found.group(2), reason=reason
                )
            ]
        )
    return SchemeError([_("TOML syntax error: {reason}").format(reason=reason)])


def parse_scheme(text: str) -> Scheme:
    """Reads a scheme from TOML text.

    Raises:
        SchemeError: the syntax error with its line, or every validation problem.
    """
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(exc) from None
    return scheme_from_dict(raw)


def scheme_from_dict(raw: dict[str, Any]) -> Scheme:
    problems: list[str] = []
    for key in sorted(set(raw) - _TOP_KEYS):
        problems.append(_("unknown setting {key}").format(key=key))
    year = raw.get("year")
    if year is not None and (
        not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2200
    ):
        problems.append(_("year must be a year such as 2025"))
    name = raw.get("name", "")
    if not isinstance(name, str):
        problems.append(_("name must be text"))
        name = ""
    min_grade = raw.get("key_account_min_grade", "B")
    if min_grade not in GRADES:
        problems.append(_("key_account_min_grade must be one of A, B, C, D"))
    grades = _grades(raw.get("grades"), problems)
    criteria = _criteria(raw.get("criteria"), problems)
    if problems:
        raise SchemeError(problems)
    return Scheme(
        name=name,
        criteria=tuple(criteria),
        grades=grades,
        key_account_min_grade=min_grade,
        year=year,
    )


def _grades(raw: Any, problems: list[str]) -> dict[str, float]:
    if raw is None:
        problems.append(_("[grades] is missing: give the lowest total for A, B and C"))
        return {}
    if not isinstance(raw, dict):
        problems.append(_("[grades] must be a table of A, B and C"))
        return {}
    grades: dict[str, float] = {}
    for key in sorted(set(raw) - set(BOUNDED_GRADES)):
        problems.append(
            _("grades: unknown grade {grade} (only A, B and C have bounds; below C is D)").format(
                grade=key
            )
        )
    for grade in BOUNDED_GRADES:
        value = raw.get(grade)
        if not _number(value) or not 0 <= value <= 100:
            problems.append(_("grades: {grade} must be a number from 0 to 100").format(grade=grade))
        else:
            grades[grade] = float(value)
    if len(grades) == 3 and not grades["A"] > grades["B"] > grades["C"]:
        problems.append(
            _(
                "grades: the bounds must descend, A above B above C (now A = {a}, B = {b}, C = {c})"
            ).format(a=_fmt(grades["A"]), b=_fmt(grades["B"]), c=_fmt(grades["C"]))
        )
    return grades


def _criteria(raw: Any, problems: list[str]) -> list[Criterion]:
    if not isinstance(raw, list) or not raw:
        problems.append(_("the scheme has no [[criteria]]"))
        return []
    result: list[Criterion] = []
    seen: set[str] = set()
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            problems.append(_("criterion {n} must be a table").format(n=number))
            continue
        criterion = _criterion(number, item, problems)
        if criterion is None:
            continue
        if criterion.measure in seen:
            problems.append(
                _("criterion {n} ({name}): measure {measure} is used twice").format(
                    n=number, name=criterion.title, measure=criterion.measure
                )
            )
        seen.add(criterion.measure)
        result.append(criterion)
    return result


def _criterion(number: int, item: dict[str, Any], problems: list[str]) -> Criterion | None:
    measure = item.get("measure")
    label = item.get("label", "")
    name = str(label or measure or "?")

    def problem(message: str) -> None:
        problems.append(_("criterion {n} ({name}): ").format(n=number, name=name) + message)

    before = len(problems)
    for key in sorted(set(item) - _CRITERION_KEYS):
        problem(_("unknown setting {key}").format(key=key))
    if measure is None:
        problem(_("measure is missing"))
    elif measure not in MEASURES:
        problem(
            _("unknown measure {measure} (known: {known})").format(
                measure=measure, known=", ".join(MEASURES)
            )
        )
    if not isinstance(label, str):
        problem(_("label must be text"))
        label = ""
    weight = item.get("weight")
    weight_value = 0.0
    if weight is None:
        problem(_("weight is missing"))
    elif not _number(weight) or weight <= 0:
        problem(_("weight must be a number above 0"))
    else:
        weight_value = float(weight)
    bands: tuple[Band, ...] = ()
    linear: Linear | None = None
    if ("bands" in item) == ("linear" in item):
        problem(_("give either bands or linear"))
    elif "bands" in item:
        bands = _bands(item["bands"], problem)
    else:
        linear = _linear(item["linear"], problem)
    if len(problems) > before:
        return None
    return Criterion(
        measure=str(measure),
        label=label,
        weight=weight_value,
        bands=bands,
        linear=linear,
    )


def _bands(raw: Any, problem: Any) -> tuple[Band, ...]:
    if not isinstance(raw, list) or not raw:
        problem(_("bands must be a list such as [ {min = 100, points = 100}, {points = 0} ]"))
        return ()
    bands: list[Band] = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            problem(
                _("band {n} must be a table such as {{min = 100, points = 70}}").format(n=number)
            )
            continue
        unknown = sorted(set(item) - {"min", "max", "points"})
        if unknown:
            problem(_("band {n}: unknown setting {key}").format(n=number, key=unknown[0]))
        points = item.get("points")
        if not _number(points) or not 0 <= points <= 100:
            problem(_("band {n}: points must be a number from 0 to 100").format(n=number))
            continue
        if "min" in item and "max" in item:
            problem(_("band {n}: give min or max, not both").format(n=number))
            continue
        bound = item.get("min", item.get("max"))
        if bound is not None and not _number(bound):
            problem(_("band {n}: the bound must be a number").format(n=number))
            continue
        bands.append(
            Band(
                points=float(points),
                min=float(item["min"]) if "min" in item else None,
                max=float(item["max"]) if "max" in item else None,
            )
        )
    _check_band_order(bands, problem)
    return tuple(bands)


def _check_band_order(bands: list[Band], problem: Any) -> None:
    """Checked top-down, a band that can never be reached means the bands are out of order."""
    last_min: float | None = None
    last_max: float | None = None
    for number, band in enumerate(bands, start=1):
        if band.min is None and band.max is None and number < len(bands):
            problem(
                _(
                    "bands out of order: band {n} matches every value, so the bands "
                    "below it are never used; put it last"
                ).format(n=number)
            )
            return
        if band.min is not None:
            if last_min is not None and band.min >= last_min:
                problem(
                    _(
                        "bands out of order: min must go down from band to band "
                        "(band {n} has min = {value} after min = {prev})"
                    ).format(n=number, value=_fmt(band.min), prev=_fmt(last_min))
                )
                return
            last_min = band.min
        if band.max is not None:
            if last_max is not None and band.max <= last_max:
                problem(
                    _(
                        "bands out of order: max must go up from band to band "
                        "(band {n} has max = {value} after max = {prev})"
                    ).format(n=number, value=_fmt(band.max), prev=_fmt(last_max))
                )
                return
            last_max = band.max


def _linear(raw: Any, problem: Any) -> Linear | None:
    if not isinstance(raw, dict):
        problem(_("linear must be a table such as {{zero_at = 60, full_at = 100}}"))
        return None
    unknown = sorted(set(raw) - {"zero_at", "full_at"})
    if unknown:
        problem(_("linear: unknown setting {key}").format(key=unknown[0]))
    zero, full = raw.get("zero_at"), raw.get("full_at")
    if not _number(zero) or not _number(full):
        problem(_("linear needs numbers zero_at and full_at"))
        return None
    if zero == full:
        problem(_("linear: zero_at and full_at must differ"))
        return None
    return Linear(zero_at=float(zero), full_at=float(full))


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def scheme_to_dict(scheme: Scheme) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if scheme.year is not None:
        data["year"] = scheme.year
    data["name"] = scheme.name
    data["key_account_min_grade"] = scheme.key_account_min_grade
    data["grades"] = {g: _plain(scheme.grades[g]) for g in BOUNDED_GRADES}
    criteria = []
    for c in scheme.criteria:
        item: dict[str, Any] = {"measure": c.measure}
        if c.label:
            item["label"] = c.label
        item["weight"] = _plain(c.weight)
        if c.linear is not None:
            item["linear"] = {
                "zero_at": _plain(c.linear.zero_at),
                "full_at": _plain(c.linear.full_at),
            }
        else:
            bands = []
            for b in c.bands:
                band: dict[str, Any] = {}
                if b.min is not None:
                    band["min"] = _plain(b.min)
                if b.max is not None:
                    band["max"] = _plain(b.max)
                band["points"] = _plain(b.points)
                bands.append(band)
            item["bands"] = bands
        criteria.append(item)
    data["criteria"] = criteria
    return data


def dump_scheme(scheme: Scheme) -> str:
    """The scheme as TOML text that :func:`parse_scheme` reads back unchanged."""
    return tomli_w.dumps(scheme_to_dict(scheme))


def default_scheme_text() -> str:
    return resources.files("kam.rating").joinpath("default_scheme.toml").read_text("utf-8")


def default_scheme() -> Scheme:
    return parse_scheme(default_scheme_text())

"""The relationship stage from our share of the customer's purchases (docs/domain.md), year
by year, with the entries that cannot be right set aside instead of believed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kam.domain.enums import Stage
from kam.i18n import _

ORDER: tuple[str, ...] = tuple(s.value for s in Stage)
# Plain strings: this runs for every account on every warning pass, and an enum
# member's .value costs a descriptor call each time.
_DEVELOPMENT, _INITIAL, _STABLE, _STRATEGIC = ORDER
# Shares are typed by hand and rounded; a total of 100.4 % is a rounding, not an error.
ROUNDING = 0.5


def stage_for_share(share: float | None) -> str | None:
    """开发 at 0 %, 初期合作 below 50 %, 稳定合作 from 50 % to below 80 %, 战略合作 from 80 %.

    None for no share or one outside 0–100 %.
    """
    if share is None or share < 0 or share > 100 + ROUNDING:
        return None
    if share == 0:
        return _DEVELOPMENT
    if share < 50:
        return _INITIAL
    if share < 80:
        return _STABLE
    return _STRATEGIC


def stage_rank(stage: str | None) -> int:
    """0 for 开发 … 3 for 战略合作; −1 for an unknown stage."""
    return ORDER.index(stage) if stage in ORDER else -1


# Slotted, not frozen: one is made per account and year on every warning pass.
@dataclass(slots=True)
class ShareYear:
    """What was recorded for one year: our share, all suppliers' total, our purchases."""

    year: int
    ours: float | None
    total: float
    purchases: float  # contracts signed with us in the year (any amount)


@dataclass(slots=True)
class StageYear:
    year: int
    share: float | None
    stage: str | None
    problem: str = ""  # why the year's entry is set aside ("" when it is usable)

    @property
    def usable(self) -> bool:
        return self.stage is not None and not self.problem


def judge_year(entry: ShareYear) -> StageYear:
    """The year's stage, or the reason its share entry makes no sense."""
    ours = entry.ours
    if ours is None:
        # Competitors recorded and nothing bought from us: we were not a supplier.
        if entry.total > 0 and entry.purchases <= 0:
            return StageYear(entry.year, 0.0, _DEVELOPMENT)
        return StageYear(entry.year, None, None)
    problem = ""
    if ours < 0 or ours > 100 + ROUNDING:
        problem = _("our share of {share:g} % is not between 0 and 100 %").format(share=ours)
    elif entry.total > 100 + ROUNDING:
        problem = _("the suppliers' shares add up to {total:g} %, more than 100 %").format(
            total=entry.total
        )
    elif ours > 0 and entry.purchases <= 0:
        problem = _("our share is {share:g} % but no contract with us was signed that year").format(
            share=ours
        )
    if problem:
        return StageYear(entry.year, ours, None, problem)
    return StageYear(entry.year, ours, stage_for_share(ours))


def stage_history(entries: Mapping[int, ShareYear]) -> list[StageYear]:
    """Every recorded year, oldest first."""
    return [judge_year(entries[year]) for year in sorted(entries)]


def current(history: list[StageYear], up_to_year: int) -> StageYear | None:
    """The latest usable year not after ``up_to_year``."""
    usable = [h for h in history if h.usable and h.year <= up_to_year]
    return usable[-1] if usable else None


def previous(history: list[StageYear], before: StageYear) -> StageYear | None:
    """The latest usable year before ``before``."""
    usable = [h for h in history if h.usable and h.year < before.year]
    return usable[-1] if usable else None

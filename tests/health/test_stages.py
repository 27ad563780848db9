"""The stage from share of wallet, and share entries that make no sense."""

from __future__ import annotations

import pytest

from kam.health.guide import english_sources, guide
from kam.health.stages import (
    ShareYear,
    current,
    judge_year,
    previous,
    stage_for_share,
    stage_history,
)
from kam.i18n import _, set_language


@pytest.mark.parametrize(
    ("share", "stage"),
    [
        (0, "development"),
        (0.1, "initial"),
        (49.9, "initial"),
        (50, "stable"),
        (79.9, "stable"),
        (80, "strategic"),
        (100, "strategic"),
        (100.4, "strategic"),
        (None, None),
        (-1, None),
        (130, None),
    ],
)
def test_stage_bands_follow_seed_000(share: float | None, stage: str | None) -> None:
    assert stage_for_share(share) == stage


def test_nonsense_entries_are_set_aside_with_a_reason() -> None:
    over = judge_year(ShareYear(2024, 130.0, 130.0, 5000.0))
    assert over.stage is None and "130" in over.problem and not over.usable
    no_purchase = judge_year(ShareYear(2024, 30.0, 100.0, 0.0))
    assert no_purchase.stage is None and "no contract" in no_purchase.problem
    total = judge_year(ShareYear(2024, 40.0, 140.0, 100.0))
    assert "140" in total.problem


def test_competitors_only_and_nothing_bought_means_development() -> None:
    year = judge_year(ShareYear(2024, None, 100.0, 0.0))
    assert year.stage == "development" and year.share == 0.0 and year.usable


def test_current_and_previous_skip_unusable_years() -> None:
    history = stage_history(
        {
            2022: ShareYear(2022, 60.0, 100.0, 1.0),
            2023: ShareYear(2023, 150.0, 150.0, 1.0),
            2024: ShareYear(2024, 40.0, 100.0, 1.0),
            2026: ShareYear(2026, 90.0, 100.0, 1.0),
        }
    )
    now = current(history, 2025)
    assert now is not None and now.year == 2024 and now.stage == "initial"
    before = previous(history, now)
    assert before is not None and before.year == 2022


def test_every_stage_has_an_aim_and_tactics_in_chinese() -> None:
    set_language("zh_CN")
    for stage in ("development", "initial", "stable", "strategic"):
        g = guide(stage)
        assert g.aim and len(g.tactics) >= 3
    for text in english_sources():
        assert _(text, "zh_CN") != text, text

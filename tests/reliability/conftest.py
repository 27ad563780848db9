"""A cheap SQLCipher key derivation for these tests (one test keeps the real cost)."""

from __future__ import annotations

import pytest

from kam.store import raw


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(raw, "kdf_iter", 1000)

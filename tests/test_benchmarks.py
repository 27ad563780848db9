"""Every benchmark runs to the end in quick mode (``KAM_BENCH_QUICK``: small sizes), so a
benchmark broken by a change fails CI. Figures are not checked: speed is read from the
benchmarks' own output on a real run, never asserted by a test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import QUICK

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = sorted(p.stem for p in (ROOT / "benchmarks").glob("bench_*.py"))


def _run(module: str, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # Their scratch files (and cached databases) go to the test's own folder.
    env = {
        **os.environ,
        QUICK: "1",
        "KAM_BENCH_CACHE": str(cache),
        "TMPDIR": str(cache),
        "TEMP": str(cache),
        "TMP": str(cache),
        "QT_QPA_PLATFORM": "offscreen",
    }
    # As on a fresh machine: conftest's KAM_USER would answer the first-start question
    # that a benchmark must answer itself (it hid bench_startup hanging on that dialog).
    env.pop("KAM_USER", None)
    return subprocess.run(
        [sys.executable, "-m", f"benchmarks.{module}", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


@pytest.mark.parametrize("module", BENCHMARKS)
def test_benchmark_runs_in_quick_mode(
    module: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    args: list[str] = []
    if module == "bench_profile":  # reuse the session's demo company instead of building one
        demo = tmp_path / "demo.sqlite3"
        shutil.copyfile(request.getfixturevalue("demo_template"), demo)
        args = ["--db", str(demo)]
    result = _run(module, tmp_path, *args)
    assert result.returncode == 0, f"{module}:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    assert result.stdout.strip()


def test_a_failed_build_leaves_no_cached_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks.generate import cached, make_database

    monkeypatch.setenv("KAM_BENCH_CACHE", str(tmp_path))

    def broken(path: Path) -> None:
        make_database(path, accounts=5, contacts=5)
        raise RuntimeError("killed halfway")

    with pytest.raises(RuntimeError):
        cached("half.sqlite3", broken)
    assert list(tmp_path.iterdir()) == []
    built = cached("half.sqlite3", lambda path: make_database(path, accounts=5, contacts=0))
    assert built == tmp_path / "half.sqlite3"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["half.sqlite3"]

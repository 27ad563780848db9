"""The review meeting pack: every section is there, Chinese text comes back out, fonts
are embedded."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam.i18n import set_language
from kam.rating import service as rating
from kam.rating.pdf_pack import write_rating_pack
from tests.rating.helpers import SCHEME, populate


@pytest.fixture
def run_id(db) -> int:
    populate(db)
    rating.finalise(db, rating.run_rating(db, 2024, scheme_text=SCHEME).id, by="王总")
    run = rating.run_rating(db, 2025, scheme_text=SCHEME)
    sd = next(r for r in rating.results(db, run.id) if r.code == "SD")
    rating.decide(db, sd.id, override_grade="B", reason="新产线投产", decided_by="王总")
    return run.id


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pack_has_every_section_in_chinese(db, run_id: int, tmp_path: Path) -> None:
    set_language("zh_CN")
    out = tmp_path / "pack.pdf"
    write_rating_pack(db, run_id, out)
    text = _text(out)
    for expected in (
        "2025 年度大客户评级",
        "大客户清单",
        "退出大客户清单",
        "河北钢铁",
        "价值金字塔",
        "帕累托曲线",
        "评级方案",
        "评审决定与调整",
        "新产线投产",
        "商业秘密",
        "测试方案",
        "商业信誉",
    ):
        assert expected in text, expected
    assert "第 1 页 / 共" in text


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pack_embeds_its_fonts(db, run_id: int, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    write_rating_pack(db, run_id, out)
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(" yes yes " in line for line in fonts)


def test_pack_is_landscape_with_the_page_frame(db, run_id: int, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    write_rating_pack(db, run_id, out)
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    last = reader.pages[-1].extract_text()
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in last


def test_a_run_computed_before_its_year_ended_is_labelled_a_part_year(
    db, run_id: int, tmp_path: Path
) -> None:
    """Issue 14 item 3: the profile's year label ("2025 截至 11-20") on the cover, the
    ranking and the charts, so a part year's figures do not read as a collapse."""
    from datetime import datetime

    from kam.domain import RatingRun

    set_language("zh_CN")
    whole = tmp_path / "whole.pdf"
    write_rating_pack(db, run_id, whole)
    text = _text(whole).replace(" ", "")
    assert "有采购的客户（2025）" in text and "非完整年度" not in text
    with db.session() as s:
        s.get(RatingRun, run_id).created_at = datetime(2025, 11, 20, 9, 30)
    part = tmp_path / "part.pdf"
    write_rating_pack(db, run_id, part)
    pages = [p.extract_text().replace(" ", "").replace("\n", "") for p in PdfReader(part).pages]
    assert "有采购的客户（2025截至11-20）" in pages[0]
    noted = [n for n, p in enumerate(pages) if "非完整年度：数据为2025截至11-20" in p]
    assert noted[0] == 0 and len(noted) >= 3  # cover, ranking, charts

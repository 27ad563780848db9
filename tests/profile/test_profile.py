"""The account profile read back from the PDF: every section, the page marks, the
"nothing recorded" lines, long texts that flow over pages, rare characters, options."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from kam.accounts.service import AccountData, save_account
from kam.profile.data import ProfileData, gather_profile
from kam.profile.pdf import SECTION_KEYS, ProfileOptions, render_profile, section_title
from kam.reports.fonts import register_fonts
from kam.store import Database
from tests.profile.conftest import LONG_NOTE, TODAY
from tests.profile.pdftext import PdfText, embedded_fonts_only, read_pdf


def snapshot(db: Database, account_id: int) -> ProfileData:
    with db.session() as s:
        return gather_profile(s, account_id, TODAY)


def profile(db: Database, account_id: int, lang: str = "zh_CN", **kw: object) -> PdfText:
    options = ProfileOptions(lang=lang, printed_on=TODAY, **kw)  # type: ignore[arg-type]
    return read_pdf(render_profile(snapshot(db, account_id), options))


def assert_page_marks(pdf: PdfText, subject: str, lang: str) -> None:
    total = len(pdf.pages)
    for n, page in enumerate(pdf.pages, start=1):
        assert subject in page
        assert "商业秘密" in page
        if lang == "zh_CN":
            assert f"第 {n} 页 / 共 {total} 页" in page
            assert "打印日期 2025-11-20" in page
        else:
            assert f"Page {n} of {total}" in page
            assert "Printed 2025-11-20" in page


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_rich_profile_prints_every_section_and_marks_every_page(db, rich_id, lang) -> None:
    pdf = profile(db, rich_id, lang)
    text = pdf.text
    assert len(pdf.pages) >= 3
    assert_page_marks(pdf, "HBGT  河钢", lang)
    for number, key in enumerate(SECTION_KEYS, start=1):
        assert f"{number} {section_title(key, lang)}" in re.sub(r" +", " ", text), key
    flat = pdf.flat()
    # header: account, grade, stage, account manager
    assert "河北钢铁集团有限公司" in text and "王建国" in text
    assert ("稳定合作" if lang == "zh_CN" else "Stable cooperation") in text
    # lines with our and competitors' products; plans and the opportunity they open
    assert "1780热连轧" in flat and "中钢邢机支承辊" in flat and "整线轧辊配套" in flat
    # competitor shares in the chart legend and the table
    assert "我公司" in text and "55.0 %" in text
    # people: the decision map and the personal notes
    assert "张鑫" in text and "李喆" in text and "忌讳迟到" in text and "东北大学" in flat
    # five years of figures: 2021 … 2025, revenue of 2025 (320 t + 20 t)
    for year in range(2021, 2026):
        assert str(year) in text
    assert "612.0" in text  # 万元
    # visits per layer, open follow-ups, arrears and quality issues
    assert "年度高层互访" in text and "新线配辊方案交流" in text
    assert "提交2026框架协议草案" in flat and "财务承诺年底前付清" in flat
    assert "工作辊剥落一支" in text and "现场服务响应慢" in text


def test_rich_profile_labels_are_all_translated(db, rich_id, long_id, monkeypatch) -> None:
    from kam.i18n import _table
    from kam.profile import decision_map
    from kam.profile import format as profile_format

    missing: set[str] = set()
    real = profile_format._

    def recording(message: str, lang: str | None = None) -> str:
        if lang == "zh_CN" and message not in _table():
            missing.add(message)
        return real(message, lang)

    monkeypatch.setattr(profile_format, "_", recording)
    monkeypatch.setattr(decision_map, "_", recording)
    profile(db, rich_id, "zh_CN")
    profile(db, long_id, "zh_CN")
    with db.session() as s:
        from kam.profile.data import gather_profile as g

        render_profile(
            g(s, rich_id, TODAY.replace(year=2030)), ProfileOptions(lang="zh_CN", printed_on=TODAY)
        )
    assert not missing


def test_sparse_account_says_so_in_every_section(db, sparse_id) -> None:
    pdf = profile(db, sparse_id, "en")
    text = pdf.text
    assert_page_marks(pdf, "NEW1", "en")
    for line in (
        "No company facts recorded beyond the name.",
        "No product structure recorded.",
        "No production lines recorded.",
        "No development plans recorded.",
        "No competitor shares recorded.",
        "No contacts recorded",
        "No personal notes recorded for anyone.",
        "No contracts, payments or quality losses in the last 5 years.",
        "No rating history yet; current grade: not rated.",
        "No open follow-ups.",
        "Nothing is owed.",
        "No open quality issues or complaints.",
    ):
        assert line in re.sub(r"\s+", " ", text), line
    assert "not rated" in text and "nobody assigned" in text


def test_long_texts_flow_over_pages_and_nothing_is_clipped(db, long_id) -> None:
    pdf = profile(db, long_id, "zh_CN")
    assert len(pdf.pages) > 3
    assert_page_marks(pdf, "LONG", "zh_CN")
    # The body text without the marks that interrupt it at each page break.
    marks = re.compile(r"LONG\s+㭎鑫|客户档案|打印日期 2025-11-20|第 \d+ 页 / 共 \d+ 页|商业秘密")
    flat = re.sub(r"\s+", "", "".join(marks.sub("", page) for page in pdf.pages))
    note = re.sub(r"\s+", "", LONG_NOTE)
    # business status, the person's career, the line's notes and the plan's opportunity
    assert flat.count(note) >= 4
    for (width, height), where in zip(pdf.boxes, pdf.positions, strict=True):
        for x, y, text in where:
            assert 0 <= x < width and 0 < y < height, (x, y, text)


def test_rare_characters_print_or_show_their_code(db, long_id, rich_id) -> None:
    rich = profile(db, rich_id).text
    assert "鑫" in rich and "喆" in rich
    text = profile(db, long_id).text
    assert "㭎鑫喆特钢有限公司" in text  # CJK Extension A is in the bundled font


def test_characters_beyond_the_font_show_their_code(db) -> None:
    account_id = save_account(db, AccountData(code="EXTB", name="𪚥钢铁有限公司"))
    text = profile(db, account_id).text
    assert "[U+2A6A5]钢铁有限公司" in text
    assert "U+2A6A5" in re.sub(r"\s+", "", text.split("1 企业概况")[0])


def test_fonts_are_embedded(db, rich_id, tmp_path: Path) -> None:
    path = tmp_path / "p.pdf"
    options = ProfileOptions(lang="zh_CN", printed_on=TODAY)
    path.write_bytes(render_profile(snapshot(db, rich_id), options))
    assert embedded_fonts_only(path) == []


def test_sections_can_be_left_out(db, rich_id) -> None:
    kept = tuple(k for k in SECTION_KEYS if k != "personal")
    pdf = profile(db, rich_id, "zh_CN", sections=kept)
    assert "忌讳迟到" not in pdf.text and "东北大学" not in pdf.flat()
    assert section_title("personal", "zh_CN") not in pdf.text
    # the remaining sections are renumbered without a gap
    assert "7 近五年业务数据" in re.sub(r" +", " ", pdf.text)


def test_unknown_section_is_refused() -> None:
    with pytest.raises(ValueError, match="gossip"):
        ProfileOptions(sections=("facts", "gossip"))


def test_rating_history_shows_final_grades_per_year(db, rich_id) -> None:
    from kam.rating.service import finalise, run_rating

    options = ProfileOptions(lang="en", sections=("rating",), printed_on=TODAY)
    pdf = read_pdf(render_profile(snapshot(db, rich_id), options))
    assert "No rating history yet; current grade: A." in pdf.text
    finalise(db, run_rating(db, 2024).id, by="销售总监")
    run_rating(db, 2025)  # a draft is not a decision yet
    data = snapshot(db, rich_id)
    assert [r.year for r in data.ratings] == [2024]
    text = re.sub(r"\s+", " ", read_pdf(render_profile(data, options)).text)
    rated = data.ratings[0]
    assert f"2024 {rated.grade}" in text and f"{rated.total:.1f}" in text
    assert rated.change == "new" and "new on the list" in text


def test_a_very_long_name_stays_inside_the_page(db) -> None:
    from kam.domain import Account

    name = "河北省张家口市宣化区某某特种钢铁冶炼及压延加工集团股份有限公司" * 6
    with db.session() as s:
        account = Account(code="LONGNAME", name=name[:200])
        s.add(account)
        s.flush()
        account_id = account.id
    pdf = profile(db, account_id, "zh_CN")
    for (width, height), where in zip(pdf.boxes, pdf.positions, strict=True):
        for x, y, text in where:
            assert 0 <= x < width and 0 < y < height, (x, y, text)
    assert name[:40] in pdf.flat()
    assert "LONGNAME  河北省" in pdf.pages[0] and "…" in pdf.pages[0]
    # the page header (one line) ends before the title on its right
    header = [(x, t) for x, y, t in pdf.positions[0] if y > pdf.boxes[0][1] - 40]
    subject = next((x, t) for x, t in header if t.startswith("LONGNAME"))
    title_starts = pdf.boxes[0][0] - 51 - stringWidth("客户档案", register_fonts(), 8.5)
    assert subject[0] + stringWidth(subject[1].strip(), register_fonts(), 8.5) < title_starts - 20


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_gives_back_the_chinese(db, rich_id, tmp_path: Path) -> None:
    path = tmp_path / "p.pdf"
    path.write_bytes(
        render_profile(snapshot(db, rich_id), ProfileOptions(lang="zh_CN", printed_on=TODAY))
    )
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    # pdftotext drops the spaces between hanzi and digits; compare without spaces
    flat = re.sub(r"\s+", "", text)
    for words in ("河北钢铁集团有限公司", "商业秘密", "关键人物与决策链", "张鑫", "忌讳迟到"):
        assert words in flat
    assert re.search(r"第1页/共\d+页", flat)

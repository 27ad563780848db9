"""Chinese typography of the documents (issue 14 item 8): full-width punctuation in
Chinese text, no line starting with ，, 大客户 and 120 分钟 never broken, one ellipsis,
the scheme page naming criteria in Chinese with units."""

from __future__ import annotations

import importlib
import itertools
import re

import pytest

from kam.rating.pdf_pack import criterion_name, describe_criterion
from kam.rating.scheme import parse_scheme
from kam.reports.document import PageMarks, para, render_pdf, styles
from kam.reports.typography import split_lines
from tests.profile.pdftext import read_pdf

CJK = r"[\u4e00-\u9fff]"
HALF_WIDTH = re.compile(rf"{CJK}\s?[:,;()]|[:,;(]\s?{CJK}")
DOCUMENT_CATALOGUES = (
    "kam.profile.zh",
    "kam.visits.zh",
    "kam.rating.zh",
    "kam.i18n.zh_reports",
    "kam.i18n.zh_documents",
    "kam.i18n.zh_core",
)


@pytest.mark.parametrize("module", DOCUMENT_CATALOGUES)
def test_chinese_messages_use_full_width_punctuation_and_one_ellipsis(module: str) -> None:
    messages = importlib.import_module(module).MESSAGES
    for value in messages.values():
        plain = re.sub(r"\{[^{}]*\}", "", value)
        assert not HALF_WIDTH.search(plain), value
        assert "..." not in value and "。。。" not in value, value


def _lines(text: str, width: float) -> list[str]:
    st = styles()["body"]
    return [line for _space, line in split_lines(text, [width], st.fontName, st.fontSize)]


def test_words_and_numbers_with_units_stay_whole() -> None:
    text = "本次拜访是大客户年度回访，预计用时 120 分钟，并核对回款。" * 3
    for width in range(60, 200, 7):
        lines = _lines(text, width)
        # (a space where a line breaks is dropped)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        for a, b in itertools.pairwise(lines):
            joined = a[-3:] + b[:3]
            assert not (("大客户" in joined) and "大客户" not in a and "大客户" not in b)
            assert not re.search(r"\d$", a.rstrip()) or not b.lstrip().startswith("分钟")
        assert not any(line.startswith(("，", "。", "：", "；", "）")) for line in lines[1:])


def test_a_paragraph_never_starts_a_line_with_a_comma() -> None:
    st = styles()
    text = "应当按计划拜访每一位用户，" * 40
    story = [para(text, st["body"])]
    pdf = read_pdf(render_pdf(story, PageMarks(subject="t")))
    for line in pdf.pages[0].splitlines():
        assert not line.startswith("，")


def test_the_scheme_names_criteria_in_chinese_with_units() -> None:
    from kam.i18n import set_language

    set_language("zh_CN")
    scheme = parse_scheme("""
name = "t"
[grades]
A = 85
B = 70
C = 50
[[criteria]]
measure = "contract_volume"
weight = 20
bands = [ {min = 300, points = 100}, {points = 0} ]
[[criteria]]
measure = "revenue"
weight = 20
bands = [ {min = 5000000, points = 100}, {points = 0} ]
""")
    assert criterion_name("contract_volume") == "合同量（吨）"
    assert criterion_name("revenue") == "销售收入（万元）"
    assert "500 万元" in describe_criterion(scheme.criteria[1])

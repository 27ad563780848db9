"""A batch of profiles carries a bookmark per account and per section, the document's
title and language; --duplex starts each account on an odd page (issue 14 item 7)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from kam.profile.pdf import ProfileOptions, print_profiles
from tests.profile.conftest import TODAY, add_long_text, add_rich, add_sparse


def _outline(reader: PdfReader) -> list:
    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                yield from walk(item, level + 1)
            else:
                yield level, item.title, reader.get_destination_page_number(item)

    return list(walk(reader.outline, 0))


def _print(db, ids, duplex: bool) -> PdfReader:
    out = BytesIO()
    print_profiles(
        db,
        ids,
        out_file=out,
        as_of=TODAY,
        options=ProfileOptions(lang="zh_CN", printed_on=TODAY, duplex=duplex),
    )
    return PdfReader(BytesIO(out.getvalue()))


def test_batch_has_bookmarks_title_and_language(db) -> None:
    ids = [add_rich(db), add_sparse(db)]
    reader = _print(db, ids, duplex=False)
    outline = _outline(reader)
    accounts = [(title, page) for level, title, page in outline if level == 0]
    assert [t.split()[0] for t, _p in accounts] == ["HBGT", "NEW"] or len(accounts) == 2
    assert accounts[0][1] == 0 and accounts[1][1] > 0
    sections = [title for level, title, _page in outline if level == 1]
    assert "1  企业概况与规模" in sections and len(sections) >= 20
    # a section's bookmark points at the page its heading is printed on
    for level, title, page in outline:
        if level == 1:
            text = reader.pages[page].extract_text().replace(" ", "")
            assert title.replace(" ", "") in text, title
    assert reader.metadata.title == "客户档案（2 份）"
    assert reader.trailer["/Root"].get("/Lang") == "zh-CN"


def test_duplex_starts_every_account_on_an_odd_page(db, tmp_path: Path) -> None:
    ids = [add_rich(db), add_sparse(db), add_long_text(db)]
    plain = _print(db, ids, duplex=False)
    duplex = _print(db, ids, duplex=True)
    starts = [page for level, _t, page in _outline(duplex) if level == 0]
    assert all(page % 2 == 0 for page in starts)  # 0-based: page 1, 3, 5 …
    assert len(duplex.pages) >= len(plain.pages)
    plain_starts = [page for level, _t, page in _outline(plain) if level == 0]
    blanks = sum(1 for page in plain_starts if page % 2)
    assert len(duplex.pages) == len(plain.pages) + blanks

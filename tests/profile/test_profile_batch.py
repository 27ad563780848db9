"""Printing many profiles: one file with each profile numbered on its own, or one file
per account; progress and cancelling; the accounts picked by list or by visits."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kam.domain import Account, Visit
from kam.profile.data import key_account_ids, visiting_account_ids
from kam.profile.pdf import ProfileCancelled, ProfileOptions, print_profiles
from tests.profile.conftest import TODAY, add_long_text, add_rich, add_sparse
from tests.profile.pdftext import read_pdf


def test_one_file_numbers_each_profile_on_its_own(db, tmp_path: Path) -> None:
    ids = [add_rich(db), add_sparse(db)]
    calls: list[tuple[int, int, str]] = []
    out = tmp_path / "batch.pdf"
    written = print_profiles(
        db,
        ids,
        out_file=out,
        as_of=TODAY,
        options=ProfileOptions(lang="en", printed_on=TODAY),
        progress=lambda d, t, n: calls.append((d, t, n)),
    )
    assert written == [out]
    assert calls == [(0, 2, "河北钢铁集团有限公司"), (1, 2, "某新客户"), (2, 2, "")]
    pdf = read_pdf(out)
    rich_pages = [p for p in pdf.pages if "HBGT  河钢" in p]
    sparse_pages = [p for p in pdf.pages if "NEW1  某新客户" in p]
    assert len(rich_pages) + len(sparse_pages) == len(pdf.pages)
    assert f"Page 1 of {len(rich_pages)}" in rich_pages[0]
    assert f"Page 1 of {len(sparse_pages)}" in sparse_pages[0]
    assert f"Page {len(sparse_pages)} of {len(sparse_pages)}" in sparse_pages[-1]
    # the second profile starts on a fresh page
    assert "某新客户" in sparse_pages[0].split("HBGT")[0]


def test_one_file_per_account(db, tmp_path: Path) -> None:
    ids = [add_rich(db), add_long_text(db)]
    written = print_profiles(
        db,
        ids,
        out_dir=tmp_path / "out",
        as_of=TODAY,
        options=ProfileOptions(lang="zh_CN", printed_on=TODAY),
    )
    assert [p.name for p in written] == ["HBGT_河钢.pdf", "LONG_㭎鑫.pdf"]
    assert "第 1 页" in read_pdf(written[1]).pages[0]


def test_cancelling_writes_nothing(db, tmp_path: Path) -> None:
    ids = [add_rich(db), add_sparse(db)]
    out = tmp_path / "batch.pdf"
    with pytest.raises(ProfileCancelled):
        print_profiles(db, ids, out_file=out, progress=lambda d, t, n: d < 1)
    assert not out.exists()


def test_needs_exactly_one_target(db, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        print_profiles(db, [add_sparse(db)])
    with pytest.raises(ValueError):
        print_profiles(db, [], out_file=tmp_path / "x.pdf")


def test_key_accounts_and_accounts_visited_next_week(db) -> None:
    rich = add_rich(db)
    sparse = add_sparse(db)
    with db.session() as s:
        other = Account(code="SG", name="沙钢", key_account=True, pinyin="shagang")
        s.add(other)
        s.flush()
        s.add(Visit(account_id=sparse, layer="business", planned_on=date(2025, 12, 1)))
        s.add(
            Visit(
                account_id=other.id,
                layer="business",
                planned_on=date(2025, 12, 3),
                status="cancelled",
            )
        )
    with db.session() as s:
        assert set(key_account_ids(s)) == {rich, other.id}
        # the rich account's business visit is on 2025-11-27, the sparse one's on 12-01;
        # a cancelled visit does not count
        assert visiting_account_ids(s, date(2025, 11, 24), date(2025, 12, 7)) == [rich, sparse]

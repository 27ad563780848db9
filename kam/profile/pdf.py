"""The account profile (客户档案) a salesperson carries into the meeting (docs/outputs.md).

:func:`profile_story` lays out one :class:`~kam.profile.data.ProfileData`;
:func:`write_profile` / :func:`render_profile` make a PDF of one account;
:func:`print_profiles` prints many accounts into one file or one file per account,
reporting progress through a callback so the UI can show a progress dialog and the
CLI can stay quiet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Spacer
from sqlalchemy import select

from kam.domain import Account
from kam.i18n import language
from kam.profile.data import (
    ProfileData,
    gather_profile,
    key_account_ids,
    visiting_account_ids,
)
from kam.profile.format import Writer, as_heading, keep_headings
from kam.profile.sections import SECTIONS
from kam.reports.document import (
    Bookmark,
    DocumentStart,
    PageMarks,
    build_pdf,
    odd_page_start,
    para,
)
from kam.reports.fonts import missing_glyphs, printable, register_fonts
from kam.store import Database

SECTION_KEYS: tuple[str, ...] = tuple(SECTIONS)
# Progress callback: (done, total, account being printed); returning False cancels.
Progress = Callable[[int, int, str], bool | None]


class ProfileCancelled(Exception):
    """The progress callback asked to stop; nothing more was written."""


@dataclass(frozen=True)
class ProfileOptions:
    """What a profile prints: which sections and in which language."""

    sections: tuple[str, ...] = SECTION_KEYS
    lang: str = field(default_factory=language)
    printed_on: date = field(default_factory=date.today)
    # Printing on both sides: each account of a batch starts on a right-hand (odd) page.
    duplex: bool = False

    def __post_init__(self) -> None:
        unknown = [s for s in self.sections if s not in SECTIONS]
        if unknown:
            raise ValueError(", ".join(unknown))
        # Normalise to the document's order whatever order the caller gave.
        object.__setattr__(self, "sections", tuple(k for k in SECTION_KEYS if k in self.sections))
        object.__setattr__(self, "lang", "zh_CN" if self.lang.lower().startswith("zh") else "en")


def section_title(key: str, lang: str) -> str:
    return Writer(lang).t(SECTIONS[key][0])


def marks_for(data: ProfileData, options: ProfileOptions) -> PageMarks:
    a = data.account
    subject = fit_text(f"{a.code}  {a.short_name or a.name}", 8.5, 110 * mm)
    return PageMarks(
        subject=subject,
        title=Writer(options.lang).t("Account profile"),
        printed_on=options.printed_on,
        lang=options.lang,
    )


def fit_text(text: str, size: float, width: float) -> str:
    """``text`` cut with … to fit ``width`` in the CJK font (page headers are one line)."""
    font = register_fonts()
    if stringWidth(printable(text), font, size) <= width:
        return text
    while text and stringWidth(printable(text) + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _header(w: Writer, d: ProfileData) -> list[Flowable]:
    a = d.account
    out: list[Flowable] = [
        para(w.t("Account profile"), w.s["muted"]),
        para(a.name, w.s["title"]),
    ]
    sub = " · ".join(x for x in (a.code, a.short_name, a.industry, a.region) if x)
    out.append(para(sub, w.s["body"]))
    out.append(Spacer(1, 6))
    grade = a.grade or w.t("not rated")
    if a.key_account:
        grade += " · " + w.t("key account")
    summary = w.facts(
        [
            (w.t("Grade"), grade),
            (w.t("Relationship stage"), w.label(a.stage) or "—"),
            (w.t("Account manager"), a.owner or w.t("nobody assigned")),
            (w.t("Figures as of"), d.as_of.isoformat()),
        ]
    )
    if summary is not None:
        out.append(summary)
    rare = missing_glyphs(_all_text(d))
    if rare:
        codes = "、".join(f"U+{ord(ch):04X}" for ch in rare)
        out.append(Spacer(1, 3))
        out.append(
            w.empty(
                w.t(
                    "Characters the bundled font cannot print are shown as their "
                    "Unicode code: {codes}.",
                    codes=codes,
                )
            )
        )
    return out


def _all_text(d: ProfileData) -> str:
    """Every text the profile may print, to find characters the font lacks."""
    parts: list[str] = [str(v) for v in vars(d.account).values() if isinstance(v, str)]
    for items in (
        d.people,
        d.production_lines,
        d.products,
        d.plans,
        d.shares,
        d.recent_visits,
        d.planned_visits,
        d.follow_ups,
        d.issues,
        d.arrears,
        d.opportunities,
    ):
        for item in items:
            parts += [v for v in vars(item).values() if isinstance(v, str)]
    return "\n".join(parts)


def profile_story(data: ProfileData, options: ProfileOptions) -> list[Flowable]:
    """The platypus story of one profile (without page marks)."""
    w = Writer(options.lang)
    a = data.account
    story: list[Flowable] = [Bookmark(f"{a.code}  {a.short_name or a.name}", 0)]
    story += _header(w, data)
    for number, key in enumerate(options.sections, start=1):
        title, make = SECTIONS[key]
        heading = w.heading(number, w.t(title))
        # The bookmark travels with its heading (keep_headings moves them together).
        story += [as_heading(Bookmark(f"{number}  {w.t(title)}", 1)), *heading]
        story += make(w, data)
    return keep_headings(story, w.width)


def write_profile(
    target: str | Path | BinaryIO, data: ProfileData, options: ProfileOptions | None = None
) -> None:
    options = options or ProfileOptions()
    build_pdf(target, profile_story(data, options), marks_for(data, options))


def render_profile(data: ProfileData, options: ProfileOptions | None = None) -> bytes:
    buffer = BytesIO()
    write_profile(buffer, data, options)
    return buffer.getvalue()


def safe_file_name(data: ProfileData) -> str:
    """``CODE_name.pdf`` with characters that no file system accepts replaced."""
    a = data.account
    stem = f"{a.code}_{a.short_name or a.name}"
    stem = re.sub(r'[\\/:*?"<>|\s]+', "_", stem).strip("._") or f"account_{a.id}"
    return stem[:120] + ".pdf"


def print_profiles(
    db: Database,
    account_ids: Sequence[int],
    *,
    out_file: str | Path | BinaryIO | None = None,
    out_dir: str | Path | None = None,
    options: ProfileOptions | None = None,
    as_of: date | None = None,
    progress: Progress | None = None,
) -> list[Path]:
    """Prints the profiles of ``account_ids`` into ``out_file`` (one PDF, each profile
    starting on a new page with its own page numbers) or into ``out_dir`` (one PDF per
    account). Returns the files written (empty for a stream).

    ``progress(done, total, name)`` is called before each account and once at the end;
    when it returns False the batch stops and :class:`ProfileCancelled` is raised (in
    one-file mode nothing is written then).
    """
    if (out_file is None) == (out_dir is None):
        raise ValueError("give exactly one of out_file and out_dir")
    options = options or ProfileOptions()
    total = len(account_ids)

    def report(done: int, name: str) -> None:
        if progress is not None and progress(done, total, name) is False:
            raise ProfileCancelled()

    written: list[Path] = []
    if out_dir is not None:
        folder = Path(out_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for i, account_id in enumerate(account_ids):
            with db.session() as session:
                data = gather_profile(session, account_id, as_of)
            report(i, data.account.name)
            path = folder / safe_file_name(data)
            write_profile(path, data, options)
            written.append(path)
        report(total, "")
        return written
    assert out_file is not None  # exactly one of the two, checked above
    story: list[Any] = []
    first: PageMarks | None = None
    for i, account_id in enumerate(account_ids):
        with db.session() as session:
            data = gather_profile(session, account_id, as_of)
        report(i, data.account.name)
        marks = marks_for(data, options)
        first = first or marks
        if story:
            story.append(PageBreak())
            if options.duplex:
                story.append(odd_page_start())
        story.append(DocumentStart(marks))
        story += profile_story(data, options)
    if first is None:
        raise ValueError("no accounts to print")
    if len(account_ids) > 1:
        # The file's title (what a PDF reader shows) names the batch, not its first account,
        # whose pages keep their own marks.
        story.insert(0, DocumentStart(first))
        first = replace(
            first,
            subject=Writer(options.lang).t("Account profiles ({n})", n=len(account_ids)),
            title="",
        )
    build_pdf(out_file, story, first)
    report(total, "")
    if isinstance(out_file, str | Path):
        written.append(Path(out_file))
    return written


def key_accounts(db: Database) -> list[int]:
    """The key-account list, for batch printing."""
    with db.session() as session:
        return key_account_ids(session)


def accounts_visited(db: Database, start: date, end: date) -> list[int]:
    """The accounts with a visit planned from ``start`` to ``end``, for batch printing."""
    with db.session() as session:
        return visiting_account_ids(session, start, end)


def next_week(today: date) -> tuple[date, date]:
    """Monday to Sunday of the week after ``today``'s."""
    start = today + timedelta(days=7 - today.weekday())
    return start, start + timedelta(days=6)


def account_labels(db: Database, account_ids: Sequence[int]) -> dict[int, str]:
    """``code  name`` of each account, for lists of accounts to print."""
    with db.session() as session:
        rows = session.execute(
            select(Account.id, Account.code, Account.name).where(Account.id.in_(list(account_ids)))
        )
        return {i: f"{code}  {name}" for i, code, name in rows}

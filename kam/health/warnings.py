"""Early warnings as users see them: the open ones on a day (for everyone, an account
manager or one account), acknowledging one with a note, and the thresholds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kam.domain import Account, Staff, WarningAck, WarningThreshold
from kam.health import thresholds as th
from kam.health.acks import Ack, still_covered
from kam.health.rules import (
    SEVERITY_RANK,
    EarlyWarning,
    WarningKind,
    evaluate,
    kind_label,
    severity_label,
    sort_key,
)
from kam.health.warning_facts import gather_facts
from kam.i18n import _
from kam.store import Database
from kam.validation import Checker


@dataclass(slots=True)
class WarningRow:
    """One warning of one account, ready to show."""

    account_id: int
    code: str
    account: str  # short name, else name
    owner: str
    key_account: bool
    warning: EarlyWarning
    ack: Ack | None = None  # set when an acknowledgement still covers the warning

    @property
    def kind(self) -> str:
        return self.warning.kind

    @property
    def subject(self) -> str:
        return self.warning.subject

    @property
    def severity(self) -> str:
        return self.warning.severity

    @property
    def level(self) -> float:
        return self.warning.level

    @property
    def on(self) -> date:
        return self.warning.on

    @property
    def reason(self) -> str:
        # Formatted when shown: a list of thousands of warnings shows a screenful.
        return self.warning.reason()

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)

    @property
    def severity_label(self) -> str:
        return severity_label(self.severity)

    @property
    def acknowledged(self) -> bool:
        return self.ack is not None


def load_thresholds(session: Session) -> th.Thresholds:
    """The defaults with the stored changes applied (a stored value now out of range
    falls back to its default rather than stopping every warning)."""
    values = {
        name: value
        for name, value in session.execute(select(WarningThreshold.name, WarningThreshold.value))
    }
    try:
        return th.with_values(values)
    except ValueError:
        good = {}
        for name, value in values.items():
            try:
                th.with_values({name: value})
            except ValueError:
                continue
            good[name] = value
        return th.with_values(good)


def get_thresholds(db: Database) -> th.Thresholds:
    with db.session() as session:
        return load_thresholds(session)


def save_thresholds(db: Database, values: dict[str, float]) -> th.Thresholds:
    """Stores changed thresholds (a value equal to the default removes the change).

    Raises:
        ValidationError: keyed by threshold name; nothing is saved.
    """
    check = Checker()
    for name, value in values.items():
        if name not in th.LIMITS:
            check.add(name, _("unknown threshold"))
            continue
        try:
            th.with_values({name: value})
        except ValueError as exc:
            check.add(name, str(exc))
    check.raise_if_any()
    default = th.as_dict(th.defaults())
    with db.session() as session:
        rows = {r.name: r for r in session.scalars(select(WarningThreshold))}
        for name, value in values.items():
            row = rows.get(name)
            if abs(float(value) - default[name]) < 1e-9:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(WarningThreshold(name=name, value=float(value)))
            else:
                row.value = float(value)
        session.flush()
        return load_thresholds(session)


def _acks(session: Session, ids: Sequence[int] | None) -> dict[tuple[int, str], Ack]:
    stmt = select(WarningAck)
    if ids is not None:
        stmt = stmt.where(WarningAck.account_id.in_(ids))
    return {
        (a.account_id, f"{a.kind}|{a.subject}"): Ack(
            a.account_id, a.kind, a.subject, a.severity, a.level, a.note, a.acked_on, a.acked_by
        )
        for a in session.scalars(stmt)
    }


def _scope(
    session: Session, owner: int | str | None, account_ids: Sequence[int] | None
) -> list[int] | None:
    if owner is None or owner == "":
        return None if account_ids is None else list(account_ids)
    if (
        isinstance(owner, str)
        and session.scalar(select(Staff.id).where(Staff.name == owner)) is None
    ):
        raise LookupError(_("unknown staff member: {name}").format(name=owner))
    stmt = select(Account.id).join(Staff, Staff.id == Account.owner_id)
    stmt = (
        stmt.where(Staff.id == owner) if isinstance(owner, int) else stmt.where(Staff.name == owner)
    )
    if account_ids is not None:
        stmt = stmt.where(Account.id.in_(account_ids))
    return list(session.scalars(stmt))


def compute(
    session: Session,
    as_of: date,
    *,
    account_ids: Sequence[int] | None = None,
    owner: int | str | None = None,
    thresholds: th.Thresholds | None = None,
    include_acknowledged: bool = False,
    expire_acks: bool = False,
) -> list[WarningRow]:
    """The warnings on ``as_of`` inside an open session (see :func:`open_warnings`).

    A pass allocates tens of thousands of short-lived objects; the collector setting
    that keeps it fast is the process's, set by the entry points (:mod:`kam.runtime`).
    """
    return _compute(
        session, as_of, account_ids, owner, thresholds, include_acknowledged, expire_acks
    )


def _compute(
    session: Session,
    as_of: date,
    account_ids: Sequence[int] | None,
    owner: int | str | None,
    thresholds: th.Thresholds | None,
    include_acknowledged: bool,
    expire_acks: bool,
) -> list[WarningRow]:
    ids = _scope(session, owner, account_ids)
    t = thresholds or load_thresholds(session)
    facts = gather_facts(session, as_of, t, ids)
    acks = _acks(session, ids)
    raised: list[tuple[EarlyWarning, Ack | None]] = []
    firing: set[tuple[int, str]] = set()
    if not acks:
        # Nothing acknowledged (the usual case): every warning shows, none expires.
        raised = [(w, None) for f in facts.values() for w in evaluate(f, t, as_of)]
    else:
        for f in facts.values():
            for w in evaluate(f, t, as_of):
                key = (w.account_id, w.fingerprint)
                firing.add(key)
                ack = acks.get(key)
                covered = still_covered(w, ack, as_of)
                if covered and not include_acknowledged:
                    continue
                raised.append((w, ack if covered else None))
    if expire_acks:
        # An acknowledgement covers one episode: once its warning has cleared, the next
        # time the condition arises is news again.
        spent = [a for key, a in acks.items() if key not in firing and a.acked_on <= as_of]
        for a in spent:
            session.execute(
                delete(WarningAck).where(
                    WarningAck.account_id == a.account_id,
                    WarningAck.kind == a.kind,
                    WarningAck.subject == a.subject,
                )
            )
    raised.sort(key=lambda pair: sort_key(pair[0]))
    accounts = _account_labels(session, {w.account_id for w, _a in raised})
    out = []
    for w, ack in raised:
        code, label, owner_name, key_account = accounts[w.account_id]
        out.append(WarningRow(w.account_id, code, label, owner_name, key_account, w, ack))
    return out


def _account_labels(session: Session, ids: set[int]) -> dict[int, tuple[str, str, str, bool]]:
    if not ids:
        return {}
    stmt = select(
        Account.id, Account.code, Account.short_name, Account.name, Staff.name, Account.key_account
    ).outerjoin(Staff, Staff.id == Account.owner_id)
    # Fetching every account is cheaper than a 10,000-item IN list when most are wanted.
    if len(ids) < 500:
        stmt = stmt.where(Account.id.in_(sorted(ids)))
    return {
        r[0]: (r[1], r[2] or r[3], r[4] or "", bool(r[5]))
        for r in session.connection().execute(stmt)
        if r[0] in ids
    }


def open_warnings(
    db: Database,
    as_of: date | None = None,
    *,
    account_ids: Sequence[int] | None = None,
    owner: int | str | None = None,
    include_acknowledged: bool = False,
    expire_acks: bool = False,
) -> list[WarningRow]:
    """The open warnings on ``as_of`` (today by default), most severe first.

    ``owner`` (a staff id or name; an unknown name raises LookupError) keeps that
    account manager's accounts. Acknowledged
    warnings that have not worsened are left out unless ``include_acknowledged``, then
    they carry their ``ack``. ``expire_acks`` forgets acknowledgements whose warning
    has cleared (for the live view on today, never for a look back).
    """
    day = as_of or date.today()
    with db.session() as session:
        return compute(
            session,
            day,
            account_ids=account_ids,
            owner=owner,
            include_acknowledged=include_acknowledged,
            expire_acks=expire_acks,
        )


def acknowledge(
    db: Database,
    *,
    account_id: int,
    kind: str,
    subject: str,
    severity: str,
    level: float,
    note: str,
    today: date | None = None,
) -> None:
    """Records that someone has seen the warning and what is being done (``note``).

    Raises:
        ValidationError: no note, an unknown kind or severity, or no such account.
    """
    check = Checker()
    check.required("note", note)
    check.text("note", note, 2000)
    if kind not in {k.value for k in WarningKind}:
        check.add("kind", _("is not one of the allowed values"))
    if severity not in SEVERITY_RANK:
        check.add("severity", _("is not one of the allowed values"))
    with db.session() as session:
        if session.get(Account, account_id) is None:
            check.add("account", _("unknown account: {name}").format(name=account_id))
        check.raise_if_any()
        row = session.scalar(
            select(WarningAck).where(
                WarningAck.account_id == account_id,
                WarningAck.kind == kind,
                WarningAck.subject == subject,
            )
        )
        if row is None:
            row = WarningAck(account_id=account_id, kind=kind, subject=subject)
            session.add(row)
        row.severity, row.level, row.note = severity, float(level), note.strip()
        row.acked_on = today or date.today()
        row.acked_by = session.info.get("user", "")


def withdraw_acknowledgement(db: Database, account_id: int, kind: str, subject: str) -> None:
    """Shows an acknowledged warning again."""
    with db.session() as session:
        session.execute(
            delete(WarningAck).where(
                WarningAck.account_id == account_id,
                WarningAck.kind == kind,
                WarningAck.subject == subject,
            )
        )

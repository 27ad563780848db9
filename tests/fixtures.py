"""Records the conftests of several packages build alike, made through the models in
the caller's session."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kam.domain import Staff


def our_people(
    s: Session, account_manager: str, titles: tuple[str, str, str] = ("", "", "")
) -> tuple[Staff, Staff, Staff]:
    """Our three people, one per layer: ``account_manager`` (business), 李工
    (technical) and 赵总 (leader), with ``titles`` in that order; flushed, so their ids
    are known."""
    people = (
        Staff(name=account_manager, layer="business", title=titles[0]),
        Staff(name="李工", layer="technical", title=titles[1]),
        Staff(name="赵总", layer="leader", title=titles[2]),
    )
    s.add_all(people)
    s.flush()
    return people

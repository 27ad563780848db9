"""``kam team init URL``, ``kam team add-member NAME --role …`` (and ``kam team join``).

The administrator's side of a team server; passwords are read from the environment or
a hidden prompt, never from the command line (it would stay in the shell's history).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from kam.cli import CliError
from kam.cli.output import add_format_option, command_word, write_rows
from kam.i18n import _
from kam.store.team_server import (
    KINDS,
    add_member,
    init_team_server,
    list_members,
    remove_member,
)

PASSWORD_VAR = "KAM_MEMBER_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:
    team = sub.add_parser("team", help=_("a team server on PostgreSQL: prepare it, add members"))
    actions = team.add_subparsers(dest="team_command", metavar="ACTION")
    init = actions.add_parser(
        "init",
        help=_("prepare an empty PostgreSQL database as the team server"),
        description=_(
            "Creates the schema (the same migrations as a laptop) and a team id in an "
            "empty PostgreSQL database; refuses a database that holds anything else."
        ),
    )
    init.add_argument(
        "url", metavar="URL", help=_("the database, postgresql://admin@host:5432/kam")
    )
    init.set_defaults(func=run_init)
    member = actions.add_parser(
        "add-member",
        help=_("create a member's PostgreSQL login and what it may see"),
        description=_(
            "A salesperson sees the accounts they own or cover and the shared ones; "
            "a director sees every account. The password comes from {var} or a "
            "prompt."
        ).format(var=PASSWORD_VAR),
    )
    member.add_argument(
        "name", metavar="NAME", help=_("the login name (lower-case letters, digits, _)")
    )
    member.add_argument("--role", required=True, choices=KINDS, help=_("what the member sees"))
    member.add_argument(
        "--staff",
        metavar="PERSON",
        help=_("the person in the staff list (default: NAME), e.g. 王强"),
    )
    member.add_argument(
        "--server", metavar="URL", help=_("the team server as its administrator (default: --db)")
    )
    member.add_argument(
        "--no-password",
        action="store_true",
        help=_("set no password (the server authenticates otherwise)"),
    )
    member.set_defaults(func=run_add_member)
    members = actions.add_parser(
        "members", help=_("list the team's members: name, role, person, last sync")
    )
    members.add_argument(
        "--server", metavar="URL", help=_("the team server as its administrator (default: --db)")
    )
    add_format_option(members)
    members.set_defaults(func=run_members)
    remove = actions.add_parser(
        "remove-member",
        help=_("take a member out of the team: revoke and drop their login"),
        description=_(
            "Revokes the member's rights on the team server and drops their "
            "PostgreSQL login; refuses the team's last director. Their records "
            "stay."
        ),
    )
    remove.add_argument("name", metavar="NAME", help=_("the member's login name"))
    remove.add_argument(
        "--server", metavar="URL", help=_("the team server as its administrator (default: --db)")
    )
    remove.set_defaults(func=run_remove_member)
    try:
        from kam.sync.cli import register_join
    except ImportError:  # the sync commands ship separately until both are merged
        return
    register_join(actions)


def _password(args: argparse.Namespace) -> str | None:
    if args.no_password:
        return None
    value = os.environ.get(PASSWORD_VAR)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(
            _(
                "A password for {name} is needed: set {var}, run in a terminal, or use "
                "--no-password"
            ).format(name=args.name, var=PASSWORD_VAR)
        )
    first = getpass.getpass(_("Password for {name}: ").format(name=args.name))
    if not first:
        raise CliError(_("No password given; nothing was changed"))
    if first != getpass.getpass(_("Repeat the password: ")):
        raise CliError(_("The two passwords differ; nothing was changed"))
    return first


def run_init(args: argparse.Namespace) -> int:
    server = init_team_server(args.url)
    if server.created:
        print(
            _("{url} is now a team server (team {team})").format(
                url=server.label, team=server.team_id
            )
        )
        print(
            _("Next: kam --db {url} team add-member NAME --role salesperson").format(
                url=command_word(server.label)
            )
        )
    else:
        print(
            _("{url} already is a team server (team {team}); nothing changed").format(
                url=server.label, team=server.team_id
            )
        )
    return 0


def run_add_member(args: argparse.Namespace) -> int:
    url = args.server or args.db
    if not url:
        raise CliError(_("Name the team server: kam --db URL team add-member … or --server URL"))
    member = add_member(url, args.name, args.role, args.staff, _password(args))
    done = _("Added {name} as {role}") if member.created else _("Updated {name}: now {role}")
    print(done.format(name=member.role, role=_(member.kind)))
    if not member.staff_known and member.kind == "salesperson":
        print(
            _(
                "Nobody called {person} is in the staff list yet: {name} sees only the shared "
                "accounts until that person owns or covers some"
            ).format(person=member.staff_name, name=member.role)
        )
    return 0


def _admin_url(args: argparse.Namespace, action: str) -> str:
    url: str | None = args.server or args.db
    if not url:
        raise CliError(
            _("Name the team server: kam --db URL team {action} … or --server URL").format(
                action=action
            )
        )
    return url


def kind_label(member: Any) -> str:
    """A member's kind (salesperson, director) in the user's language."""
    return _(member.kind)


MEMBER_KEYS = ["name", "role", "person", "added", "last_sync"]


def run_members(args: argparse.Namespace) -> int:
    rows = list_members(_admin_url(args, "members"))
    table = args.format == "table"
    headers = [_("Login"), _("Team role"), _("Person"), _("Added"), _("Last sync (UTC)")]
    write_rows(
        MEMBER_KEYS,
        headers,
        [
            [
                m.role,
                kind_label(m) if table else m.kind,
                m.staff_name,
                m.added_at,
                m.last_sync_at or (_("never") if table else ""),
            ]
            for m in rows
        ],
        args.format,
    )
    return 0


def run_remove_member(args: argparse.Namespace) -> int:
    removed = remove_member(_admin_url(args, "remove-member"), args.name)
    if removed.dropped:
        print(
            _(
                "Removed {name} ({role}) from the team; their login is dropped and their "
                "records stay"
            ).format(name=removed.role, role=kind_label(removed))
        )
    else:
        print(
            _(
                "Removed {name} ({role}) from the team; their login is disabled (the role "
                "still owns something elsewhere on this server) and their records stay"
            ).format(name=removed.role, role=kind_label(removed))
        )
    return 0

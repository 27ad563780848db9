"""An argparse parser whose own words (usage, section titles, -h, and its error
messages) are translated too, so ``kam --help`` and a mistyped command read in one
language; subcommand parsers inherit it."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, NoReturn

from kam.i18n import _
from kam.text.dates import DateTextError, parse_day


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return _(singular if n == 1 else plural)


# argparse words its errors ("the following arguments are required: %s", "invalid
# choice: …") through its module's gettext functions at the moment it raises them:
# routed through the core catalogue, they follow --lang like everything else.
argparse._ = _  # type: ignore[attr-defined]
argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]


class Formatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    # Keyword arguments only, as argparse passes them to a subcommand's parser: a
    # positional one could land in add_help's place, which is always passed here.
    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(add_help=False, **kwargs)
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=_("show this help and exit"),
            )

    def error(self, message: str) -> NoReturn:
        """One line, as every other refusal of ``kam``: what is wrong and where the usage
        is (argparse would print the whole usage first)."""
        self.exit(
            2,
            _("{prog}: {message} (usage: {prog} --help)").format(prog=self.prog, message=message)
            + "\n",
        )


def day(text: str) -> date:
    """An argparse ``type`` for a date option: what a user may type anywhere in the app
    (2025-03-05, 2025/3/5, 20250305, 2025年3月5日), refused in their language."""
    try:
        return parse_day(text)
    except DateTextError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def language_in(argv: Sequence[str]) -> str | None:
    """The ``--lang`` value in ``argv`` before parsing, so help is built in that language."""
    for n, arg in enumerate(argv):
        if arg == "--lang" and n + 1 < len(argv):
            return argv[n + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None

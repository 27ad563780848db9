"""The passphrase of an encrypted database on the command line.

Taken from ``KAM_PASSPHRASE`` or asked for with a hidden prompt. Any command that
meets an encrypted database without a passphrase asks once and runs again; nothing
was written before the database refused to open, so the retry is safe.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import Any

from kam.i18n import _
from kam.store.crypto import ENV_VAR
from kam.store.errors import DamagedDatabase, PassphraseRequired, StoreError

NEW_ENV_VAR = "KAM_NEW_PASSPHRASE"


class PassphraseUnavailable(StoreError):
    """No passphrase in the environment and no terminal to ask on."""


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise PassphraseUnavailable(
            _("A passphrase is needed: set {var} or run the command in a terminal").format(
                var=ENV_VAR
            )
        )
    return getpass.getpass(prompt)


def current_passphrase(label: str) -> str:
    """The passphrase of the database ``label`` (environment first, then a prompt)."""
    value = os.environ.get(ENV_VAR) or _ask(_("Passphrase for {path}: ").format(path=label))
    if not value:
        raise PassphraseUnavailable(_("No passphrase given"))
    return value


def new_passphrase(env_var: str = NEW_ENV_VAR) -> str:
    """A new passphrase: from ``env_var``, or typed twice at a prompt."""
    value = os.environ.get(env_var)
    if value:
        return value
    first = _ask(_("New passphrase: "))
    if first != _ask(_("Repeat the new passphrase: ")):
        raise PassphraseUnavailable(_("The two passphrases differ; nothing was changed"))
    return first


def run_with_passphrase(func: Callable[[argparse.Namespace], Any], args: argparse.Namespace) -> Any:
    """Runs a command; asks for the passphrase once if the database turns out encrypted."""
    try:
        return func(args)
    except PassphraseRequired as exc:
        if os.environ.get(ENV_VAR):
            raise
        os.environ[ENV_VAR] = current_passphrase(str(exc.path))
        return func(args)
    except DamagedDatabase as exc:
        raise DamagedDatabase(
            str(exc)
            + " "
            + _(
                "`kam check` shows details; `kam restore --latest` puts back the newest good backup."
            ),
            exc.path,
        ) from exc

"""``kam``: the command line over the services (docs/cli.md).

Each command lives in its own module under ``kam.cli`` exposing
``register(subparsers)``; the module sets ``func`` on its parser. Failures print one
human line on stderr (a traceback only with ``--debug``) and exit non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from kam import __version__
from kam.cli.messages import os_error_message
from kam.cli.parser import Parser, language_in
from kam.i18n import _, set_language
from kam.logs import log_exception, one_line, setup_logging
from kam.runtime import tune_collector
from kam.store.database import set_user_override
from kam.store.errors import StoreError
from kam.validation import ValidationError

# Modules that provide commands (each with ``register(sub)``), in the order `kam --help`
# lists them: the kernel's own under ``kam.cli``, each feature's in its ``cli`` module.
COMMAND_MODULES = [
    "kam.cli.init",
    "kam.accounts.cli",
    "kam.cli.gui",
    "kam.visits.cli",
    "kam.safety.cli",
    "kam.exchange.cli",
    "kam.rating.cli",
    "kam.health.cli",
    "kam.profile.cli",
    "kam.sync.cli",
    "kam.sync.team_cli",
]


class CliError(Exception):
    """A failure with a message for the user and an exit code."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="kam", description=_("KAM Desk — key-account manager (大客户管理)"))
    parser.add_argument(
        "--version",
        action="version",
        version=f"kam {__version__}",
        help=_("show the version and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=_("database file or SQLAlchemy URL (default: KAM_DB or the user data folder)"),
    )
    parser.add_argument(
        "--lang", choices=["zh_CN", "en"], help=_("language of messages and reports")
    )
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="NAME",
        help=_(
            "who is working: changes are recorded under this name "
            "(default: KAM_USER or the person set for the database)"
        ),
    )
    parser.add_argument("--debug", action="store_true", help=_("show tracebacks"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    tune_collector()
    # Help texts are translated when the parser is built, so the language comes first.
    set_language(language_in(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    set_language(args.lang)
    setup_logging(debug=args.debug)
    if not getattr(args, "func", None):
        parser.print_help()
        return 1
    set_user_override(args.as_user)
    try:
        from kam.cli.passphrase import run_with_passphrase

        code = int(run_with_passphrase(args.func, args) or 0)
        sys.stdout.flush()  # inside the try: a closed pipe is reported here
        return code
    except BrokenPipeError:
        # `kam accounts | head`: the reader has what it wanted. Python would complain
        # again when it flushes stdout at exit, so stdout goes to the null device.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 0
    except CliError as exc:
        if args.debug:
            raise
        print(_("kam: {message}").format(message=exc), file=sys.stderr)
        return exc.code
    except (StoreError, LookupError, ValidationError) as exc:
        if args.debug:
            raise
        print(_("kam: {message}").format(message=exc), file=sys.stderr)
        return 1
    except OSError as exc:
        if args.debug:
            raise
        print(_("kam: {message}").format(message=os_error_message(exc)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug or an unforeseen fault: one line here, the rest in the log
        path = log_exception(f"kam {args.command}", exc)
        if args.debug:
            raise
        message = _(
            "{command} failed unexpectedly ({error}); nothing saved was lost. "
            "Details are in the log: {path}"
        ).format(command=args.command, error=one_line(exc), path=path)
        print(_("kam: {message}").format(message=message), file=sys.stderr)
        return 1
    finally:
        set_user_override(None)


if __name__ == "__main__":
    sys.exit(main())

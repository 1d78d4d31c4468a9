"""What every headless command shares: --config/--data-dir, loading the config, the core."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from db.state import StateDatabaseError

from kiosk.config import ConfigError, KioskConfig, load_config
from kiosk.core import KioskCore
from kiosk.logs import COMMANDS_LOG, setup_kiosk_logging

# argparse has no public name for the object add_subparsers() returns (generic only to mypy).
if TYPE_CHECKING:
    SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    SubParsers = argparse._SubParsersAction


class CommandError(Exception):
    """A command cannot do what it was asked; the message is printed and the exit status is 1."""


def add_common_options(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--config and --data-dir, accepted before and after the command name."""
    # Below the top level the default is SUPPRESS, so that a command does not reset to None
    # what was given before its name.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--config", type=Path, metavar="PATH", default=default,
                        help="TOML configuration file (every setting has a default)")
    parser.add_argument("--data-dir", type=Path, metavar="PATH", default=default,
                        help="folder of the catalogs and the state database")


def add_command(commands: SubParsers, name: str, handler: Callable[[argparse.Namespace], int],
                help_text: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text,
                                                          description=help_text)
    add_common_options(parser)
    parser.set_defaults(handler=handler)
    return parser


def load(args: argparse.Namespace) -> KioskConfig:
    return load_config(getattr(args, "config", None), data_dir=getattr(args, "data_dir", None))


@contextmanager
def open_core(args: argparse.Namespace, *, catalog: bool = True) -> Iterator[KioskCore]:
    """The kiosk core for a command; with `catalog`, its catalog opened (demo on a new kiosk)."""
    config = load(args)
    # Commands log beside the GUI's log, in a file of their own (two processes never rotate one).
    setup_kiosk_logging(config.data_dir, config.log.level, config.log.max_total_mb,
                        file_name=COMMANDS_LOG, console_level="WARNING")
    core = KioskCore(config)
    try:
        if catalog:
            core.open_catalog()
        yield core
    finally:
        core.close()


def fail(message: str, status: int = 1) -> int:
    print(f"error: {message}", file=sys.stderr)
    return status


def run_handler(args: argparse.Namespace) -> int:
    try:
        result: int = args.handler(args)
        return result
    except ConfigError as error:
        return fail(str(error), 2)
    except CommandError as error:
        return fail(str(error))
    except StateDatabaseError as error:
        return fail(f"the state database: {error}")

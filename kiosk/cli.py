"""main.py's command line: the GUI options, and the headless commands of kiosk.commands."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from pathlib import Path

from kiosk.commands import COMMAND_MODULES
from kiosk.commands.common import add_common_options, run_handler


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Cooperation LAB showroom kiosk")
    add_common_options(parser, top=True)
    parser.add_argument("--windowed", action="store_true",
                        help="run in a window instead of fullscreen (development)")
    parser.add_argument("--screenshot", type=Path, metavar="DIR",
                        help="render the main screens offscreen into DIR as PNG files, and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def run_headless(args: argparse.Namespace) -> int:
    return run_handler(args)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 2
    return run_headless(args)

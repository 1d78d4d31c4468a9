"""Headless commands for operations: `python main.py status`, `search TEXT`, ..."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.config import LANGUAGES, ConfigError, KioskConfig, load_config
from kiosk.core import KioskCore
from kiosk.search import SearchFilters, SortKey

HEADLESS_COMMANDS = ("status", "search")


def add_common_options(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--config and --data-dir, accepted before and after the command name."""
    # Below the top level the default is SUPPRESS, so that a command does not reset to None
    # what was given before its name.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--config", type=Path, metavar="PATH", default=default,
                        help="TOML configuration file (every setting has a default)")
    parser.add_argument("--data-dir", type=Path, metavar="PATH", default=default,
                        help="folder of the catalogs and the state database")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Cooperation LAB showroom kiosk")
    add_common_options(parser, top=True)
    parser.add_argument("--windowed", action="store_true",
                        help="run in a window instead of fullscreen (development)")
    parser.add_argument("--screenshot", type=Path, metavar="DIR",
                        help="render the main screens offscreen into DIR as PNG files, and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    status = commands.add_parser("status", help="kiosk id, catalog version and item count")
    add_common_options(status)
    search = commands.add_parser("search", help="print the items matching TEXT, best first")
    add_common_options(search)
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the names")
    search.add_argument("--limit", type=int, default=50, help="at most this many items (50)")
    search.add_argument("--category", help="only this category code")
    return parser


def load(args: argparse.Namespace) -> KioskConfig:
    return load_config(args.config, data_dir=args.data_dir)


def run_headless(args: argparse.Namespace) -> int:
    try:
        config = load(args)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    core = KioskCore(config)
    try:
        if args.command == "status":
            return _status(core)
        if args.command == "search":
            return _search(core, args)
    finally:
        core.close()
    return 2


def _status(core: KioskCore) -> int:
    status = core.status()
    info = status.catalog
    print(f"kiosk id:        {status.kiosk_id}")
    print(f"data folder:     {status.data_dir}")
    print(f"catalog version: {info.version}{' (demo)' if info.is_demo else ''}")
    print(f"publisher:       {info.publisher}")
    print(f"items:           {info.item_count}")
    print(f"highest version ever installed: {status.highest_version or '-'}")
    return 0


def _search(core: KioskCore, args: argparse.Namespace) -> int:
    filters = SearchFilters(category=args.category)
    results = core.catalog.search(args.text, filters, SortKey.RELEVANCE, args.lang,
                                  limit=max(1, args.limit))
    for item in results:
        print(f"{item.number}\t{item.name.get(args.lang)}")
    if not results:
        print("no items found", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run_headless(args)

"""Catalog commands: `status` and `search TEXT`."""

from __future__ import annotations

import argparse
import sys

from kiosk.commands.common import SubParsers, add_command, open_core
from kiosk.config import LANGUAGES
from kiosk.recovery import last_recovery, recovery_dismissed, recovery_summary
from kiosk.search import SearchFilters, SortKey


def register(commands: SubParsers) -> None:
    add_command(commands, "status", status, "kiosk id, catalog version and item count")
    search_parser = add_command(commands, "search", search,
                                "print the items matching TEXT (number and name), best first")
    search_parser.add_argument("text", metavar="TEXT")
    search_parser.add_argument("--lang", choices=LANGUAGES, default="en",
                               help="language of the names (en)")
    search_parser.add_argument("--limit", type=int, default=50, help="at most this many (50)")
    search_parser.add_argument("--category", help="only items of this category code")


def status(args: argparse.Namespace) -> int:
    with open_core(args) as core:
        state = core.status()
        info = state.catalog
        print(f"kiosk id:        {state.kiosk_id}")
        print(f"data folder:     {state.data_dir}")
        print(f"catalog version: {info.version}{' (demo)' if info.is_demo else ''}")
        print(f"publisher:       {info.publisher}")
        print(f"items:           {info.item_count}")
        print(f"highest version ever installed: {state.highest_version or '-'}")
        recovery = last_recovery(core.state_engine)
        if recovery is not None:
            seen = ("dismissed by staff" if recovery_dismissed(core.state_engine, recovery)
                    else "staff have not dismissed the notice yet")
            print(f"state database:  {recovery_summary(recovery)} ({seen})")
    return 0


def search(args: argparse.Namespace) -> int:
    with open_core(args) as core:
        results = core.catalog.search(args.text, SearchFilters(category=args.category),
                                      SortKey.RELEVANCE, args.lang, limit=max(1, args.limit))
        for item in results:
            print(f"{item.number}\t{item.name.get(args.lang)}")
        if not results:
            print("no items found", file=sys.stderr)
    return 0

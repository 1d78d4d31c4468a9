"""Headless commands of main.py, one module per area; each registers its own subcommands.

A module here has `register(commands)`, which adds subparsers whose `handler` default is a
function `handler(args) -> int` (exit status). COMMAND_MODULES lists them in help order.
"""

from __future__ import annotations

COMMAND_MODULES = ("kiosk.commands.catalog", "kiosk.commands.requests", "kiosk.commands.bundles")

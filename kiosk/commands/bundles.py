"""Catalog bundle commands: `install-bundle FILE`, `rollback` and `export --to DIR`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.bundle.errors import BundleRefusedError, ExportError
from kiosk.bundle.install import InstallStep
from kiosk.bundle.keys import KeyFileError
from kiosk.bundle.service import CatalogUpdates
from kiosk.commands.common import SubParsers, add_command, fail, open_core
from kiosk.export_sections import register_export_sections


def _refused(refused: BundleRefusedError) -> int:
    print(refused.verdict, file=sys.stderr)
    return 1


def register(commands: SubParsers) -> None:
    # main.py builds this parser for the GUI too, so every export it makes (staff mode or
    # `export --to`) carries the figures, health and errors sections.
    register_export_sections()
    install = add_command(commands, "install-bundle", install_bundle,
                          "verify a signed catalog bundle and install it")
    install.add_argument("file", type=Path, metavar="FILE",
                         help="the bundle (NAME.coopbundle, or its NAME.coopbundle.part1)")
    add_command(commands, "rollback", rollback, "go back to the previous catalog")
    export = add_command(commands, "export", export_requests,
                         "write the requests, sealed to HQ's key, into a folder (a USB stick)")
    export.add_argument("--to", type=Path, required=True, metavar="DIR", dest="to",
                        help="the folder to write the export file into")


def _show_progress(step: InstallStep, done: int, total: int) -> None:
    if sys.stderr.isatty() and step is not InstallStep.DONE:
        print(f"\r{step.value}: {done}/{total}   ", end="", file=sys.stderr, flush=True)


def install_bundle(args: argparse.Namespace) -> int:
    with open_core(args, catalog=False) as core:
        try:
            result = CatalogUpdates(core).install(args.file, progress=_show_progress)
        except BundleRefusedError as refused:
            return _refused(refused)
        except KeyFileError as error:
            return fail(f"catalog.trusted_keys: {error}", 2)
        finally:
            if sys.stderr.isatty():
                print(file=sys.stderr)
        print(f"installed {result.version} ({result.item_count:,} items)")
    return 0


def rollback(args: argparse.Namespace) -> int:
    with open_core(args, catalog=False) as core:
        try:
            result = CatalogUpdates(core).rollback()
        except BundleRefusedError as refused:
            return _refused(refused)
        print(f"rolled back to {result.version} ({result.item_count:,} items)")
    return 0


def export_requests(args: argparse.Namespace) -> int:
    with open_core(args, catalog=False) as core:
        try:
            result = CatalogUpdates(core).export(args.to)
        except ExportError as error:
            return fail(error.message)
        print(f"exported {result.request_count} requests ({result.newly_exported} new) to "
              f"{result.path}")
    return 0

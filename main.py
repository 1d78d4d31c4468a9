"""Start the Cooperation LAB kiosk, or run one of its headless commands (see --help)."""

from __future__ import annotations

import sys

from kiosk.cli import build_parser, run_headless


def main() -> int:
    args = build_parser().parse_args()
    if args.command is not None:
        return run_headless(args)
    from ui.app import run_kiosk  # Qt only for the GUI

    return run_kiosk(args)


if __name__ == "__main__":
    sys.exit(main())

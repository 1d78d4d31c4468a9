"""Counts for the reliability tests: reduced in CI, full with COOPLAB_FULL_COUNTS=1."""

from __future__ import annotations

import os

FULL_COUNTS = os.environ.get("COOPLAB_FULL_COUNTS", "") == "1"


def count(ci: int, full: int) -> int:
    """`full` when the full counts were asked for, else the CI count."""
    return full if FULL_COUNTS else ci

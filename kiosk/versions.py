"""Catalog version numbers ("2026.12", "2026.12.1"): parsing and ordering."""

from __future__ import annotations

import re

_VERSION_RE = re.compile(r"^\d{1,6}(\.\d{1,6}){0,3}$")


class VersionError(ValueError):
    """Not a catalog version."""


def parse_version(text: str) -> tuple[int, ...]:
    """"2026.12.1" -> (2026, 12, 1); raises VersionError for anything else."""
    if not _VERSION_RE.match(text):
        raise VersionError(f"{text[:40]!r} is not a version like 2026.12 or 2026.12.1")
    return tuple(int(part) for part in text.split("."))


def version_key(text: str) -> str:
    """A string that sorts like the version: each part zero-padded, four parts."""
    parts = list(parse_version(text)) + [0] * 4
    return ".".join(f"{part:06d}" for part in parts[:4])

"""Pages of a state database file, to damage them on purpose and to bound what that loses."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

PAGE = 4096  # the state database's page size


def pages_of(path: Path, name: str, kind: str | None = None) -> list[tuple[int, int]]:
    """(page number, cells) of the b-tree `name` (pages of `kind`: leaf, internal, overflow)."""
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT pageno, ncell FROM dbstat WHERE name = ? AND (? IS NULL OR pagetype = ?) "
            "ORDER BY pageno", (name, kind, kind)).fetchall()
    connection.close()
    return [(int(page), int(cells)) for page, cells in rows]


def overwrite_pages(path: Path, pages: list[int], seed: int | str = 1) -> None:
    """Random bytes over each of `pages` (numbered from 1, as SQLite does)."""
    garbage = random.Random(seed)
    with path.open("r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * PAGE)
            handle.write(garbage.randbytes(PAGE))


def most_rows_lost(path: Path, destroyed: set[int]) -> int:
    """At most this many requests are lost when `destroyed` pages are: the rows on its
    requests leaf pages, and one row for each of its overflow pages."""
    leaves = dict(pages_of(path, "requests", "leaf"))
    overflow = {page for page, _ in pages_of(path, "requests", "overflow")}
    return (sum(cells for page, cells in leaves.items() if page in destroyed)
            + len(destroyed & overflow))

"""The bundle file: a ZIP archive, split into parts that fit on FAT32, read defensively.

A bundle is `NAME.coopbundle`, or `NAME.coopbundle.part1`, `.part2`, ... whose bytes joined
are the archive. Entries: `manifest.json`, `manifest.sig`, `catalog.sqlite` (deflated) and
`photos/<name>` (stored: JPEG does not compress). Reading trusts nothing before the signature:
the central directory is checked first (entry count, names, links, sizes, compression ratio),
every file is streamed through SHA-256 against the signed manifest, and reads stop at the size
the manifest gives.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, BinaryIO

from kiosk.bundle.errors import BundleRefusedError, Refusal, stick_removed
from kiosk.bundle.manifest import (
    CATALOG_NAME,
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    MAX_SIGNATURE_BYTES,
    SIGNATURE_NAME,
    Manifest,
    ManifestFile,
)

BUNDLE_SUFFIX = ".coopbundle"
# FAT32 holds files up to 4 GiB - 1 byte; parts stay well under it.
DEFAULT_PART_SIZE = 4_000_000_000
ENDS_SIZE = 64 * 1024


@dataclass(frozen=True)
class FileEnds:
    """The first and last ENDS_SIZE bytes of an extracted file (all of it when smaller)."""

    head: bytes
    tail: bytes
CHUNK = 1024 * 1024
_PART_RE = re.compile(r"^(?P<base>.+)\.part(?P<n>[1-9][0-9]{0,3})$")
_BAD_CHARS = re.compile(r"[\x00-\x1f\x7f\\:]")


@dataclass(frozen=True)
class BundleLimits:
    """What a bundle may unpack to; anything beyond is refused before a byte is written."""

    max_entries: int = 500_000
    max_unpacked_bytes: int = 64 * 1024**3
    # A deflated entry larger than `ratio_floor` may be at most this many times its packed size.
    max_ratio: int = 100
    ratio_floor: int = 1024 * 1024
    max_photo_pixels: int = 24_000_000
    # The central directory is measured before zipfile reads it whole and makes an object per
    # entry: a few bytes on a stick could otherwise cost gigabytes of memory.
    max_directory_bytes: int = 128 * 1024**2


# ---------------------------------------------------------------------------- parts


def bundle_parts(path: Path) -> list[Path]:
    """The files of the bundle at `path` (a whole bundle, its `.part1`, or its base name)."""
    match = _PART_RE.match(path.name)
    if match:
        base = path.with_name(match.group("base"))
    elif path.is_file():
        return [path]
    else:
        base = path
    parts = []
    number = 1
    while (part := base.with_name(f"{base.name}.part{number}")).is_file():
        parts.append(part)
        number += 1
    if not parts:
        raise BundleRefusedError(Refusal.NOT_A_BUNDLE, f"{path.name}: no such bundle file")
    return parts


def bundle_name(parts: list[Path]) -> str:
    """The name of a bundle for people: without `.partN`."""
    match = _PART_RE.match(parts[0].name)
    return match.group("base") if match else parts[0].name


class JoinedReader(io.RawIOBase):
    """Several part files read as one seekable file."""

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self._files = [path.open("rb") for path in paths]
        self._sizes = [os.fstat(f.fileno()).st_size for f in self._files]
        self._starts = [sum(self._sizes[:i]) for i in range(len(self._sizes))]
        self._size = sum(self._sizes)
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._size}[whence]
        if base + offset < 0:
            raise OSError(errno.EINVAL, "negative seek position")
        self._position = base + offset
        return self._position

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._position < self._size:
            index = max(i for i, start in enumerate(self._starts) if start <= self._position)
            handle = self._files[index]
            handle.seek(self._position - self._starts[index])
            want = min(len(view) - done, self._sizes[index] - handle.tell())
            count = handle.readinto(view[done:done + want])
            if not count:
                break  # the part shrank under us: the caller sees a short read
            done += count
            self._position += count
        return done

    def close(self) -> None:
        for handle in self._files:
            handle.close()
        super().close()


class SplitWriter(io.RawIOBase):
    """One seekable file written as parts of at most `part_size` bytes (temporary names)."""

    def __init__(self, paths_for: Callable[[int], Path], part_size: int) -> None:
        super().__init__()
        self._path_for = paths_for
        self._part_size = part_size
        self._files: list[BinaryIO] = []
        self._position = 0
        self.size = 0

    @property
    def paths(self) -> list[Path]:
        return [Path(f.name) for f in self._files]

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self.size}[whence]
        self._position = base + offset
        return self._position

    def _part(self, index: int) -> BinaryIO:
        while len(self._files) <= index:
            self._files.append(self._path_for(len(self._files) + 1).open("w+b"))
        return self._files[index]

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(data).cast("B")
        total = len(view)
        while view:
            index, offset = divmod(self._position, self._part_size)
            handle = self._part(index)
            handle.seek(offset)
            count = min(len(view), self._part_size - offset)
            handle.write(view[:count])
            view = view[count:]
            self._position += count
        self.size = max(self.size, self._position)
        return total

    def close(self) -> None:
        for handle in self._files:
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        super().close()


# ---------------------------------------------------------------------------- writing


def write_bundle(
    out: Path,
    manifest_bytes: bytes,
    signature_bytes: bytes,
    files: list[tuple[ManifestFile, Path]],
    *,
    created_at: datetime,
    part_size: int = DEFAULT_PART_SIZE,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write the bundle to `out` (or `out.part1`, ... when larger than `part_size`).

    Parts are written under temporary names and renamed at the end, so an interrupted build
    leaves no file a kiosk would take for a bundle. Returns the files written.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    token = os.urandom(4).hex()
    writer = SplitWriter(lambda n: out.with_name(f".{out.name}.{token}.part{n}.tmp"), part_size)
    stamp = (max(created_at.year, 1980), created_at.month, created_at.day,
             created_at.hour, created_at.minute, created_at.second)
    try:
        with zipfile.ZipFile(writer, "w", allowZip64=True) as archive:
            for name, data in ((MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, signature_bytes)):
                info = zipfile.ZipInfo(name, stamp)
                info.external_attr = 0o100644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
            for done, (entry, source) in enumerate(files, start=1):
                info = zipfile.ZipInfo(entry.path, stamp)
                info.external_attr = 0o100644 << 16
                info.compress_type = (zipfile.ZIP_DEFLATED if entry.path == CATALOG_NAME
                                      else zipfile.ZIP_STORED)
                info.file_size = entry.size
                with source.open("rb") as src, archive.open(info, "w") as dst:
                    while chunk := src.read(CHUNK):
                        dst.write(chunk)
                if progress:
                    progress(done, len(files))
        temporary = writer.paths
        writer.close()
    except BaseException:
        for path in writer.paths:
            path.unlink(missing_ok=True)
        raise
    if len(temporary) == 1:
        finals = [out]
    else:
        finals = [out.with_name(f"{out.name}.part{n}") for n in range(1, len(temporary) + 1)]
    _remove_old_bundle(out)
    for temp, final in zip(temporary, finals, strict=True):
        os.replace(temp, final)
    _fsync_dir(out.parent)
    return finals


def _remove_old_bundle(out: Path) -> None:
    out.unlink(missing_ok=True)
    number = 1
    while (part := out.with_name(f"{out.name}.part{number}")).exists():
        part.unlink()
        number += 1


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (FAT through FUSE, for one) do not sync folders
    finally:
        os.close(fd)


# ---------------------------------------------------------------------------- reading


def check_entry_name(name: str) -> None:
    """Refuse a name that could land outside the target folder or mean something special."""
    parts = name.split("/")
    if (not name or name.startswith("/") or _BAD_CHARS.search(name)
            or any(part in ("", ".", "..") for part in parts[:-1])
            or parts[-1] in (".", "..")):
        raise BundleRefusedError(Refusal.UNSAFE_PATH,
                            f"the archive holds an unsafe path: {name[:120]!r}",
                            path=name[:120])


_END_RECORD = struct.Struct("<4s4H2LH")  # zipfile's structEndArchive
_END_LOCATOR64 = struct.Struct("<4sLQL")
_END_RECORD64 = struct.Struct("<4sQ2H2L4Q")
_DIRECTORY_ENTRY_SIZE = 46
_MAX_COMMENT = 0xFFFF


def directory_extent(handle: IO[bytes]) -> tuple[int, int] | None:
    """Where zipfile will read the central directory: (start, size); None when it finds none.

    Follows zipfile's own search for the end record (the last 22 bytes, else the last
    occurrence of its signature within a comment's reach, then the ZIP64 record before it).
    """
    file_size = handle.seek(0, io.SEEK_END)
    tail_start = max(file_size - _END_RECORD.size - _MAX_COMMENT, 0)
    handle.seek(tail_start)
    tail = handle.read()
    last = len(tail) - _END_RECORD.size
    if last >= 0 and tail[last:last + 4] == b"PK\x05\x06" and tail[-2:] == b"\0\0":
        at = last
    else:
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or at > last:
            return None
    end = tail_start + at
    size: int = _END_RECORD.unpack_from(tail, at)[5]
    zip64_size = _END_LOCATOR64.size + _END_RECORD64.size
    if end >= zip64_size:
        handle.seek(end - zip64_size)
        before = handle.read(zip64_size)
        if (before[_END_RECORD64.size:_END_RECORD64.size + 4] == b"PK\x06\x07"
                and before[:4] == b"PK\x06\x06"):
            size = _END_RECORD64.unpack_from(before)[8]
            end -= zip64_size
    return (end - size, size) if 0 <= size <= end else None


def check_directory_size(handle: IO[bytes], limits: BundleLimits) -> None:
    """Refuse a central directory too large or with too many entries, before zipfile reads it."""
    extent = directory_extent(handle)
    if extent is None:
        return  # zipfile refuses it as no archive
    start, size = extent
    if size > limits.max_directory_bytes:
        raise BundleRefusedError(Refusal.TOO_LARGE,
                                 f"the archive's directory is {size} bytes, more than the limit "
                                 f"of {limits.max_directory_bytes}")
    handle.seek(start)
    directory = handle.read(size)
    entries = position = 0
    while (position + _DIRECTORY_ENTRY_SIZE <= len(directory)
           and directory[position:position + 4] == b"PK\x01\x02"):
        name, extra, comment = struct.unpack_from("<3H", directory, position + 28)
        position += _DIRECTORY_ENTRY_SIZE + name + extra + comment
        entries += 1
    if entries > limits.max_entries:
        raise BundleRefusedError(Refusal.TOO_LARGE,
                                 f"the archive has {entries} entries, more than the limit of "
                                 f"{limits.max_entries}")
    handle.seek(0)


class BundleReader:
    """An open bundle whose central directory has passed the defensive checks."""

    def __init__(self, path: Path, limits: BundleLimits | None = None) -> None:
        self.limits = limits or BundleLimits()
        self.parts = bundle_parts(path)
        self.name = bundle_name(self.parts)
        self._stats = [self._stat(p) for p in self.parts]
        raw: IO[bytes]
        try:
            raw = (self.parts[0].open("rb") if len(self.parts) == 1
                   else io.BufferedReader(JoinedReader(self.parts), CHUNK))
        except OSError as error:
            raise stick_removed() from error
        self._raw = raw
        try:
            check_directory_size(raw, self.limits)
            self.archive = zipfile.ZipFile(raw)
        except BundleRefusedError:
            raw.close()
            raise
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as error:
            raw.close()
            if not self.source_intact():
                raise stick_removed() from error
            raise BundleRefusedError(Refusal.NOT_A_BUNDLE,
                                f"{self.name} is not a catalog bundle (not a readable archive)"
                                ) from error
        try:
            self.entries = self._check_directory()
        except BaseException:
            self.close()
            raise

    @staticmethod
    def _stat(path: Path) -> tuple[int, int]:
        info = path.stat()
        return info.st_size, info.st_mtime_ns

    @property
    def size(self) -> int:
        return sum(size for size, _ in self._stats)

    def source_intact(self) -> bool:
        """False once a part has gone or changed: the stick was pulled or rewritten."""
        try:
            return [self._stat(p) for p in self.parts] == self._stats
        except OSError:
            return False

    def close(self) -> None:
        self.archive.close()
        self._raw.close()

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _check_directory(self) -> dict[str, zipfile.ZipInfo]:
        infos = self.archive.infolist()
        limits = self.limits
        if len(infos) > limits.max_entries:
            raise BundleRefusedError(Refusal.TOO_LARGE,
                                f"the archive has {len(infos)} entries, more than the limit of "
                                f"{limits.max_entries}")
        entries: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            check_entry_name(info.orig_filename)
            check_entry_name(info.filename)
            kind = stat.S_IFMT(info.external_attr >> 16)
            if kind == stat.S_IFLNK:
                raise BundleRefusedError(Refusal.LINK_ENTRY,
                                    f"the archive holds a link: {info.filename[:120]!r}",
                                    path=info.filename[:120])
            if kind not in (0, stat.S_IFREG) or info.is_dir():
                raise BundleRefusedError(Refusal.UNSAFE_PATH,
                                    f"the archive holds a non-file entry: {info.filename[:120]!r}",
                                    path=info.filename[:120])
            if info.filename in entries:
                raise BundleRefusedError(Refusal.UNSAFE_PATH,
                                    f"the archive holds {info.filename[:120]!r} twice",
                                    path=info.filename[:120])
            if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED,
                                                                   zipfile.ZIP_DEFLATED):
                raise BundleRefusedError(Refusal.NOT_A_BUNDLE,
                                    f"{info.filename[:120]!r} is encrypted or compressed in an "
                                    "unsupported way")
            if info.compress_type == zipfile.ZIP_STORED and info.file_size != info.compress_size:
                raise BundleRefusedError(Refusal.TOO_LARGE,
                                    f"{info.filename[:120]!r} claims two different sizes")
            ratio = info.file_size // max(info.compress_size, 1)
            if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
                raise BundleRefusedError(
                    Refusal.TOO_LARGE,
                    f"{info.filename[:120]!r} unpacks to {ratio} times its packed size, more "
                    f"than the limit of {limits.max_ratio} (an archive bomb?)")
            total += info.file_size
            entries[info.filename] = info
        if total > limits.max_unpacked_bytes:
            raise BundleRefusedError(Refusal.TOO_LARGE,
                                f"the archive unpacks to {total} bytes, more than the limit of "
                                f"{limits.max_unpacked_bytes}")
        return entries

    @contextmanager
    def _reading(self, name: str) -> Iterator[None]:
        """Turn read failures into "stick removed" or "damaged", whichever happened."""
        try:
            yield
        except BundleRefusedError:
            raise
        except (OSError, EOFError, zipfile.BadZipFile, zlib.error, ValueError) as error:
            if not self.source_intact() or isinstance(error, OSError):
                raise stick_removed() from error
            raise BundleRefusedError(Refusal.FILE_MISMATCH,
                                f"{name} does not match its manifest (the bundle is damaged)",
                                path=name) from error

    def read_small(self, name: str, limit: int) -> bytes:
        info = self.entries.get(name)
        if info is None:
            raise BundleRefusedError(Refusal.NOT_A_BUNDLE,
                                f"{self.name} is not a catalog bundle (it has no {name})")
        if info.file_size > limit:
            raise BundleRefusedError(Refusal.TOO_LARGE, f"{name} is larger than {limit} bytes")
        with self._reading(name), self.archive.open(info) as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise BundleRefusedError(Refusal.TOO_LARGE, f"{name} is larger than {limit} bytes")
        return data

    def manifest_bytes(self) -> tuple[bytes, bytes]:
        """The raw manifest and signature, not yet trusted."""
        manifest = self.read_small(MANIFEST_NAME, MAX_MANIFEST_BYTES)
        if SIGNATURE_NAME not in self.entries:
            raise BundleRefusedError(Refusal.NOT_SIGNED,
                                     f"{self.name} is not signed (it has no {SIGNATURE_NAME})")
        return manifest, self.read_small(SIGNATURE_NAME, MAX_SIGNATURE_BYTES)

    def check_against(self, manifest: Manifest) -> None:
        """The archive holds exactly the manifest's files, at the manifest's sizes."""
        listed = manifest.by_path()
        present = set(self.entries) - {MANIFEST_NAME, SIGNATURE_NAME}
        missing = sorted(set(listed) - present)
        if missing:
            raise BundleRefusedError(Refusal.MISSING_FILE,
                                f"{missing[0]} is listed in the manifest but missing from the "
                                f"bundle ({len(missing)} missing)", path=missing[0])
        extra = sorted(present - set(listed))
        if extra:
            raise BundleRefusedError(Refusal.EXTRA_FILE,
                                f"the bundle holds {extra[0][:120]!r}, which its manifest does "
                                "not list", path=extra[0][:120])
        for path, entry in listed.items():
            if self.entries[path].file_size != entry.size:
                raise BundleRefusedError(Refusal.FILE_MISMATCH,
                                    f"{path} does not match its manifest (size)", path=path)

    def extract(self, entry: ManifestFile, target: Path,
                on_bytes: Callable[[int], None] | None = None) -> FileEnds:
        """Copy one file to `target` (a new file), checking its size and SHA-256 as it goes.

        Returns the file's first and last bytes, so that its format can be checked without
        reading it again.
        """
        digest = hashlib.sha256()
        count = 0
        head = tail = b""
        with self._reading(entry.path), self.archive.open(self.entries[entry.path]) as src:
            try:
                out = target.open("xb")
            except OSError as error:
                raise _write_error(error) from error
            with out:
                while chunk := src.read(CHUNK):
                    count += len(chunk)
                    if count > entry.size:
                        break
                    digest.update(chunk)
                    if len(head) < ENDS_SIZE:
                        head += chunk[:ENDS_SIZE - len(head)]
                    if len(chunk) >= ENDS_SIZE:
                        tail = chunk[-ENDS_SIZE:]
                    else:
                        tail = (tail + chunk)[-ENDS_SIZE:]
                    try:
                        out.write(chunk)
                    except OSError as error:
                        raise _write_error(error) from error
                    if on_bytes:
                        on_bytes(len(chunk))
        if count != entry.size or digest.hexdigest() != entry.sha256:
            if not self.source_intact():
                raise stick_removed()
            raise BundleRefusedError(Refusal.FILE_MISMATCH,
                                f"{entry.path} does not match its manifest (the bundle is "
                                "damaged or was changed after signing)", path=entry.path)
        return FileEnds(head, tail)

    def verify_entry(self, entry: ManifestFile) -> None:
        """Check one file's size and SHA-256 without writing it anywhere."""
        digest = hashlib.sha256()
        count = 0
        with self._reading(entry.path), self.archive.open(self.entries[entry.path]) as src:
            while chunk := src.read(CHUNK):
                count += len(chunk)
                if count > entry.size:
                    break
                digest.update(chunk)
        if count != entry.size or digest.hexdigest() != entry.sha256:
            raise BundleRefusedError(Refusal.FILE_MISMATCH,
                                f"{entry.path} does not match its manifest", path=entry.path)


class _WriteFailedError(BundleRefusedError):
    """Writing into the kiosk's own data folder failed (not the stick's fault)."""


def _write_error(error: OSError) -> BundleRefusedError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _WriteFailedError(Refusal.NO_SPACE, "not enough free disk space on the kiosk")
    return _WriteFailedError(Refusal.CATALOG_CHECK, f"cannot write the new catalog: {error}")

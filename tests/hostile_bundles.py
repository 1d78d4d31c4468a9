"""The hostile bundle corpus: crafted bundles a stick could hold, each with the refusal it must get.

Every case is a function that writes one bundle into its own folder (a stick of its own) and is
registered with the reason code and a part of the English message the install must refuse it
with. `build_corpus` writes them all once per test session.
"""

from __future__ import annotations

import base64
import io
import json
import random
import re
import shutil
import sqlite3
import stat
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from nacl.signing import SigningKey
from PIL import Image

from kiosk.bundle.errors import Refusal
from kiosk.bundle.keys import demo_signing_key
from kiosk.bundle.manifest import MANIFEST_NAME, MAX_MANIFEST_BYTES, SIGNATURE_NAME
from tests.bundle_data import (
    HQ_KEY,
    LINK_MODE,
    OTHER_KEY,
    Entry,
    fresh_folder,
    genuine_entries,
    manifest_for,
    signed,
    versioned_folder,
)

OUT = "catalog.coopbundle"
STAMP = (2026, 12, 1, 0, 0, 0)
TEN_MB = 10 * 1024 * 1024
# zipfile's structCentralDir and structFileHeader
CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
LOCAL = struct.Struct("<4s2B4HL2L2H")


@dataclass(frozen=True)
class Sources:
    """Built catalog folders the cases are crafted from."""

    genuine: Path  # 2026.12 with the installed demo's photos
    fresh: Path  # 2026.12 with photos the kiosk does not have: every photo is read and checked
    older: Path  # 2026.10
    same: Path  # 2026.11, the version the test kiosks have installed
    newer: Path  # 2026.13


Writer = Callable[[Sources, Path], Path]


@dataclass(frozen=True)
class HostileCase:
    name: str
    reason: Refusal
    message: str  # part of the English message
    write: Writer
    # True when the problem shows only while the files are copied (a scan does not see it).
    at_copy: bool = False


@dataclass(frozen=True)
class BuiltCase:
    case: HostileCase
    path: Path


CASES: list[HostileCase] = []


def case(name: str, reason: Refusal, message: str, *, at_copy: bool = False
         ) -> Callable[[Writer], Writer]:
    def register(write: Writer) -> Writer:
        CASES.append(HostileCase(name, reason, message, write, at_copy))
        return write
    return register


def build_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[BuiltCase]]:
    """Every case written under one folder (once per session): (the folder, the cases)."""
    root = tmp_path_factory.getbasetemp() / "hostile-corpus"
    index_file = root / "index.json"
    if not index_file.exists():
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir()
        sources = Sources(
            genuine=versioned_folder(tmp_path_factory, "2026.12"),
            fresh=fresh_folder(tmp_path_factory, "2026.12"),
            older=versioned_folder(tmp_path_factory, "2026.10"),
            same=versioned_folder(tmp_path_factory, "2026.11"),
            newer=versioned_folder(tmp_path_factory, "2026.13"))
        paths: dict[str, str] = {}
        for number, hostile in enumerate(CASES, start=1):
            slug = re.sub(r"[^a-z0-9]+", "-", hostile.name.lower()).strip("-")[:48]
            stick = root / f"{number:02d}-{slug}"
            stick.mkdir()
            paths[hostile.name] = hostile.write(sources, stick).relative_to(root).as_posix()
        index_file.write_text(json.dumps(paths))
    paths = json.loads(index_file.read_text())
    return root, [BuiltCase(hostile, root / paths[hostile.name]) for hostile in CASES]


# ---------------------------------------------------------------------------- crafting


def write_zip(out: Path, members: list[Entry]) -> Path:
    """The members in this order, names and modes as given (duplicates too)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Duplicate name": the point of a case
        with zipfile.ZipFile(out, "w") as archive:
            for member in members:
                info = zipfile.ZipInfo(member.name, STAMP)
                info.external_attr = member.mode << 16
                info.compress_type = member.compress
                archive.writestr(info, member.data)
    return out


def signed_members(entries: list[Entry], version: str = "2026.12", key: SigningKey = HQ_KEY,
                   **changes: object) -> list[Entry]:
    """manifest.json and manifest.sig for `entries` (as they are now), then the entries."""
    manifest_bytes, signature = signed(manifest_for(entries, version, **changes), key)
    return [Entry(MANIFEST_NAME, manifest_bytes, compress=zipfile.ZIP_DEFLATED),
            Entry(SIGNATURE_NAME, signature), *entries]


def with_manifest(manifest_bytes: bytes, entries: list[Entry], key: SigningKey = HQ_KEY,
                  compress: int = zipfile.ZIP_DEFLATED) -> list[Entry]:
    """These exact manifest bytes, validly signed, then the entries."""
    manifest_bytes, signature = signed(manifest_bytes, key)
    return [Entry(MANIFEST_NAME, manifest_bytes, compress=compress),
            Entry(SIGNATURE_NAME, signature), *entries]


def genuine_bundle(src: Sources, stick: Path, **changes: object) -> Path:
    """A correctly signed bundle of the 2026.12 catalog, with manifest fields changed."""
    return write_zip(stick / OUT, signed_members(genuine_entries(src.genuine), **changes))


def manifest_json(src: Sources, edit: Callable[[dict[str, object]], None]) -> bytes:
    """The genuine manifest as a dict, edited, as JSON bytes."""
    data = manifest_for(genuine_entries(src.genuine), "2026.12")
    edit(data)
    return (json.dumps(data) + "\n").encode()


def first_photo(entries: list[Entry]) -> Entry:
    return next(e for e in entries if e.name.startswith("photos/") and ".thumb." not in e.name)


def noise_text(size: int, seed: int = 8) -> str:
    """`size` letters and digits that do not compress (so no archive-bomb check kicks in)."""
    raw = base64.b64encode(random.Random(seed).randbytes(size * 3 // 4 + 3)).decode()
    return raw.replace("+", "a").replace("/", "b")[:size]


@dataclass(frozen=True)
class Record:
    """One entry of a written archive: where its directory record and local header are."""

    name: str
    central: int
    local: int


def records(data: bytes | bytearray) -> list[Record]:
    end = data.rfind(b"PK\x05\x06")
    _count, size, start = struct.unpack_from("<HLL", data, end + 10)
    found, position = [], start
    while position < start + size:
        fields = CENTRAL.unpack_from(data, position)
        name_length, extra, comment, local = fields[12], fields[13], fields[14], fields[18]
        name = bytes(data[position + CENTRAL.size:position + CENTRAL.size + name_length])
        found.append(Record(name.decode("utf-8", "replace"), position, local))
        position += CENTRAL.size + name_length + extra + comment
    return found


def patch_zip(path: Path, edit: Callable[[bytearray, Record], None],
              name: str | None = None) -> Path:
    """Rewrite bytes of a written archive in place, for the entry `name` (or every entry)."""
    data = bytearray(path.read_bytes())
    for record in records(data):
        if name is None or record.name == name:
            edit(data, record)
    path.write_bytes(bytes(data))
    return path


def half(data: bytes) -> bytes:
    return data[:len(data) // 2]


def png_bytes(width: int, height: int, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    image = Image.linear_gradient("L").resize((width, height)).convert(mode)
    image.save(out, "PNG")
    return out.getvalue()


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data)))


def gigapixel_png(side: int = 50_000) -> bytes:
    """A real 1-bit PNG of side x side pixels (2.5 gigapixels): 300 KB that inflate to 312 MB."""
    row = bytes(1 + side // 8)  # filter byte + one bit per pixel, all black
    packer = zlib.compressobj(9)
    rows_at_once = 500
    idat = b"".join(packer.compress(row * rows_at_once) for _ in range(side // rows_at_once))
    idat += packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", idat)
            + _png_chunk(b"IEND", b""))


def jpeg_claiming(data: bytes, width: int, height: int) -> bytes:
    """The JPEG with its frame header (SOF0/SOF2) saying width x height."""
    match = re.search(rb"\xff[\xc0\xc2]", data)
    assert match is not None
    patched = bytearray(data)
    struct.pack_into(">HH", patched, match.start() + 5, height, width)
    return bytes(patched)


# ---------------------------------------------------------------------------- not a bundle


@case("random bytes", Refusal.NOT_A_BUNDLE, "is not a catalog bundle (not a readable archive)")
def _random_bytes(_src: Sources, stick: Path) -> Path:
    out = stick / OUT
    out.write_bytes(random.Random(1).randbytes(100_000))
    return out


@case("an empty file", Refusal.NOT_A_BUNDLE, "not a readable archive")
def _empty(_src: Sources, stick: Path) -> Path:
    out = stick / OUT
    out.write_bytes(b"")
    return out


@case("a photo renamed .coopbundle", Refusal.NOT_A_BUNDLE, "not a readable archive")
def _photo_renamed(src: Sources, stick: Path) -> Path:
    out = stick / OUT
    out.write_bytes(first_photo(genuine_entries(src.genuine)).data)
    return out


@case("the archive cut in half", Refusal.NOT_A_BUNDLE, "not a readable archive")
def _cut_in_half(src: Sources, stick: Path) -> Path:
    out = genuine_bundle(src, stick)
    data = out.read_bytes()
    out.write_bytes(data[:len(data) // 2])
    return out


@case("the archive without its last byte", Refusal.NOT_A_BUNDLE, "not a readable archive")
def _last_byte(src: Sources, stick: Path) -> Path:
    out = genuine_bundle(src, stick)
    out.write_bytes(out.read_bytes()[:-1])
    return out


@case("a split bundle without its second part", Refusal.NOT_A_BUNDLE, "not a readable archive")
def _missing_part(src: Sources, stick: Path) -> Path:
    data = genuine_bundle(src, stick).read_bytes()
    (stick / OUT).unlink()
    part1 = stick / f"{OUT}.part1"
    part1.write_bytes(data[:len(data) // 2])  # .part2 never made it onto the stick
    return part1


@case("a ZIP without a manifest", Refusal.NOT_A_BUNDLE, "it has no manifest.json")
def _no_manifest(src: Sources, stick: Path) -> Path:
    return write_zip(stick / OUT, genuine_entries(src.genuine))


@case("an entry name that is not UTF-8", Refusal.NOT_A_BUNDLE, "not a readable archive")
def _name_not_utf8(src: Sources, stick: Path) -> Path:
    out = genuine_bundle(src, stick)

    def break_name(data: bytearray, record: Record) -> None:
        flags = struct.unpack_from("<H", data, record.central + 8)[0]
        struct.pack_into("<H", data, record.central + 8, flags | 0x800)  # "names are UTF-8"
        data[record.central + CENTRAL.size + 7] = 0xFF  # ... but this one is not

    return patch_zip(out, break_name, name=first_photo(genuine_entries(src.genuine)).name)


# ---------------------------------------------------------------------------- signature


@case("no signature file", Refusal.NOT_SIGNED, "is not signed (it has no manifest.sig)")
def _no_signature(src: Sources, stick: Path) -> Path:
    members = signed_members(genuine_entries(src.genuine))
    return write_zip(stick / OUT, [m for m in members if m.name != SIGNATURE_NAME])


@case("the manifest changed after signing", Refusal.BAD_SIGNATURE,
      "the signature does not match the manifest")
def _changed_after_signing(src: Sources, stick: Path) -> Path:
    members = signed_members(genuine_entries(src.genuine))
    members[0].data = members[0].data.replace(b"Test HQ", b"Evil HQ")
    return write_zip(stick / OUT, members)


@case("a valid signature over a different manifest", Refusal.BAD_SIGNATURE,
      "the signature does not match the manifest")
def _signature_of_another(src: Sources, stick: Path) -> Path:
    members = signed_members(genuine_entries(src.genuine))
    other = signed_members(genuine_entries(src.newer), version="2026.13")
    members[1] = other[1]  # HQ's genuine signature, of the 2026.13 manifest
    return write_zip(stick / OUT, members)


@case("a signature file that is not UTF-8", Refusal.BAD_SIGNATURE,
      "the signature file is damaged")
def _signature_garbage(src: Sources, stick: Path) -> Path:
    members = signed_members(genuine_entries(src.genuine))
    members[1].data = random.Random(2).randbytes(200)
    return write_zip(stick / OUT, members)


@case("a signature file nested 2,000 levels deep", Refusal.BAD_SIGNATURE,
      "the signature file is damaged")
def _signature_nested(src: Sources, stick: Path) -> Path:
    members = signed_members(genuine_entries(src.genuine))
    members[1].data = b"[" * 2000 + b"]" * 2000
    return write_zip(stick / OUT, members)


@case("another key", Refusal.NOT_TRUSTED, "not signed by a trusted key")
def _another_key(src: Sources, stick: Path) -> Path:
    return genuine_bundle(src, stick, key=OTHER_KEY)


@case("the demo key once HQ's keys are configured", Refusal.NOT_TRUSTED,
      "not signed by a trusted key")
def _demo_key(src: Sources, stick: Path) -> Path:
    return write_zip(stick / OUT, signed_members(genuine_entries(src.genuine),
                                                 key=demo_signing_key()))


# ---------------------------------------------------------------------------- archive directory


def _extra_entry(name: str, mode: int = 0o100644) -> Writer:
    def write(src: Sources, stick: Path) -> Path:
        members = signed_members(genuine_entries(src.genuine))
        return write_zip(stick / OUT, [*members, Entry(name, b"\xff\xd8 not listed", mode)])
    return write


case("path traversal", Refusal.UNSAFE_PATH, "unsafe path: 'photos/../../../evil.jpg'")(
    _extra_entry("photos/../../../evil.jpg"))
case("a parent folder at the top", Refusal.UNSAFE_PATH, "unsafe path: '../evil.jpg'")(
    _extra_entry("../evil.jpg"))
case("an absolute path", Refusal.UNSAFE_PATH, "unsafe path: '/tmp/evil.jpg'")(
    _extra_entry("/tmp/evil.jpg"))
case("a backslash path", Refusal.UNSAFE_PATH, "unsafe path: 'photos\\\\..\\\\evil.jpg'")(
    _extra_entry("photos\\..\\evil.jpg"))
case("a drive letter", Refusal.UNSAFE_PATH, "unsafe path: 'C:evil.jpg'")(
    _extra_entry("C:evil.jpg"))
case("a symlink entry", Refusal.LINK_ENTRY, "holds a link: 'photos/link.jpg'")(
    _extra_entry("photos/link.jpg", LINK_MODE))
case("a folder entry", Refusal.UNSAFE_PATH, "non-file entry: 'photos/folder/'")(
    _extra_entry("photos/folder/", stat.S_IFDIR | 0o755))
case("a device entry", Refusal.UNSAFE_PATH, "non-file entry: 'photos/disk'")(
    _extra_entry("photos/disk", stat.S_IFBLK | 0o600))
case("an extra file", Refusal.EXTRA_FILE, "which its manifest does not list")(
    _extra_entry("photos/extra.jpg"))
case("markup in an entry name", Refusal.EXTRA_FILE,
     "'photos/<img src=x onerror=alert(1)>.jpg', which its manifest does not list")(
    _extra_entry("photos/<img src=x onerror=alert(1)>.jpg"))
case("a 65,535-byte entry name", Refusal.EXTRA_FILE, "which its manifest does not list")(
    _extra_entry("photos/" + noise_text(65_535 - 7)))


@case("a NUL byte in a name", Refusal.UNSAFE_PATH, "unsafe path: 'photos/a.jpg\\x00.sh'")
def _nul_in_name(src: Sources, stick: Path) -> Path:
    # zipfile cuts a name at a NUL when writing it: the byte goes in afterwards.
    out = _extra_entry("photos/a.jpg#.sh")(src, stick)

    def put_nul(data: bytearray, record: Record) -> None:
        data[record.central + CENTRAL.size + 12] = 0
        data[record.local + LOCAL.size + 12] = 0

    return patch_zip(out, put_nul, name="photos/a.jpg#.sh")


@case("a photo entry twice", Refusal.UNSAFE_PATH, "twice")
def _photo_twice(src: Sources, stick: Path) -> Path:
    members = signed_members(genuine_entries(src.genuine))
    photo = first_photo(members)
    return write_zip(stick / OUT, [*members, Entry(photo.name, b"the second copy")])


@case("a second manifest.json after the signed one", Refusal.UNSAFE_PATH,
      "holds 'manifest.json' twice")
def _manifest_twice(src: Sources, stick: Path) -> Path:
    members = signed_members(genuine_entries(src.genuine))
    forged = manifest_json(src, lambda m: m.update(publisher="Evil HQ"))
    return write_zip(stick / OUT, [*members, Entry(MANIFEST_NAME, forged)])


@case("an encrypted entry", Refusal.NOT_A_BUNDLE, "is encrypted or compressed in an unsupported")
def _encrypted(src: Sources, stick: Path) -> Path:
    out = genuine_bundle(src, stick)

    def encrypt_flag(data: bytearray, record: Record) -> None:
        flags = struct.unpack_from("<H", data, record.central + 8)[0]
        struct.pack_into("<H", data, record.central + 8, flags | 0x1)

    return patch_zip(out, encrypt_flag, name="catalog.sqlite")


@case("bzip2 compression", Refusal.NOT_A_BUNDLE, "compressed in an unsupported way")
def _bzip2(src: Sources, stick: Path) -> Path:
    entries = genuine_entries(src.genuine)
    entries[0].compress = zipfile.ZIP_BZIP2
    return write_zip(stick / OUT, signed_members(entries))


@case("a deflate bomb", Refusal.TOO_LARGE, "(an archive bomb?)")
def _deflate_bomb(src: Sources, stick: Path) -> Path:
    entries = genuine_entries(src.genuine)
    entries[0].data = bytes(32 * 1024 * 1024)  # 32 MB of zeros deflate to 32 KB
    return write_zip(stick / OUT, signed_members(entries))


@case("a stored entry claiming two sizes", Refusal.TOO_LARGE, "claims two different sizes")
def _two_sizes(src: Sources, stick: Path) -> Path:
    out = genuine_bundle(src, stick)

    def other_unpacked_size(data: bytearray, record: Record) -> None:
        struct.pack_into("<L", data, record.central + 24, 2**31)

    return patch_zip(out, other_unpacked_size, name=first_photo(genuine_entries(src.genuine)).name)


@case("entries claiming 70 GB in all", Refusal.TOO_LARGE, "bytes, more than the limit of")
def _claims_70_gb(src: Sources, stick: Path) -> Path:
    out = genuine_bundle(src, stick)

    def claim(data: bytearray, record: Record) -> None:  # 1.4 GB each, "stored", ratio 1
        struct.pack_into("<H", data, record.central + 10, zipfile.ZIP_STORED)
        struct.pack_into("<LL", data, record.central + 20, 1_400_000_000, 1_400_000_000)

    return patch_zip(out, claim)


@case("a directory of 600,000 entries", Refusal.TOO_LARGE,
      "entries, more than the limit of 500000")
def _directory_bomb(_src: Sources, stick: Path) -> Path:
    # Only the central directory (31 MB): enough for zipfile to build 600,000 objects.
    count = 600_000
    names = [b"%06d" % n for n in range(count)]
    directory = b"".join(
        CENTRAL.pack(b"PK\x01\x02", 20, 3, 20, 0, 0, 0, 0, 0, 0, 0, 0, len(name), 0, 0, 0, 0,
                     0o100644 << 16, 0) + name for name in names)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, len(directory), 0, 0)
    out = stick / OUT
    out.write_bytes(directory + end)
    return out


@case("a directory of 130 MB", Refusal.TOO_LARGE, "the archive's directory is 136314880 bytes")
def _directory_too_large(_src: Sources, stick: Path) -> Path:
    size = 130 * 1024 * 1024
    out = stick / OUT
    with out.open("wb") as handle:  # sparse: 130 MB of zeros that take no disk space
        handle.truncate(size)
        handle.seek(size)
        handle.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, size, 0, 0))
    return out


@case("a manifest over 64 MB", Refusal.TOO_LARGE,
      f"manifest.json is larger than {MAX_MANIFEST_BYTES} bytes")
def _huge_manifest(src: Sources, stick: Path) -> Path:
    padding = " " * (MAX_MANIFEST_BYTES + 1024)
    data = manifest_json(src, lambda _m: None).replace(b"{", b"{" + padding.encode(), 1)
    entries = genuine_entries(src.genuine)
    return write_zip(stick / OUT, with_manifest(data, entries, compress=zipfile.ZIP_STORED))


@case("a signature file over 4 KB", Refusal.TOO_LARGE, "manifest.sig is larger than 4096 bytes")
def _huge_signature(src: Sources, stick: Path) -> Path:
    members = signed_members(genuine_entries(src.genuine))
    members[1].data = members[1].data.replace(b"{", b"{" + b" " * 5000, 1)
    return write_zip(stick / OUT, members)


# ---------------------------------------------------------------------------- manifest


def _raw_manifest(make: Callable[[Sources], bytes],
                  compress: int = zipfile.ZIP_DEFLATED) -> Writer:
    def write(src: Sources, stick: Path) -> Path:
        entries = genuine_entries(src.genuine)
        return write_zip(stick / OUT, with_manifest(make(src), entries, compress=compress))
    return write


def _edited_manifest(edit: Callable[[dict[str, object]], None]) -> Writer:
    return _raw_manifest(lambda src: manifest_json(src, edit))


def _file_field(field: str, value: object) -> Callable[[dict[str, object]], None]:
    def edit(manifest: dict[str, object]) -> None:
        files = manifest["files"]
        assert isinstance(files, list)
        files[0][field] = value
    return edit


case("a manifest that is not JSON", Refusal.MALFORMED_MANIFEST,
     "the manifest is malformed: not JSON")(_raw_manifest(lambda _src: b"{not json"))
case("a manifest in UTF-16", Refusal.MALFORMED_MANIFEST, "not UTF-8 text")(
    _raw_manifest(lambda src: manifest_json(src, lambda _m: None).decode().encode("utf-16")))
case("a manifest in Windows-1251", Refusal.MALFORMED_MANIFEST, "not UTF-8 text")(
    _raw_manifest(lambda src: manifest_json(src, lambda _m: None).replace(
        b'"Test HQ"', '"Узавтосаноат"'.encode("cp1251"))))
case("a manifest nested 100,000 levels deep", Refusal.MALFORMED_MANIFEST, "nested too deeply")(
    _raw_manifest(lambda _src: b"[" * 100_000 + b"]" * 100_000))
case("a manifest key given twice", Refusal.MALFORMED_MANIFEST, "'catalog_version' is given twice")(
    _raw_manifest(lambda src: manifest_json(src, lambda _m: None).replace(
        b'"catalog_version": "2026.12"', b'"catalog_version": "2026.12", '
                                         b'"catalog_version": "2027.1"')))
case("an export's manifest", Refusal.MALFORMED_MANIFEST, "not a catalog bundle manifest")(
    _edited_manifest(lambda m: m.update(format="cooplab-export")))
case("a manifest that is a list", Refusal.MALFORMED_MANIFEST, "not a catalog bundle manifest")(
    _raw_manifest(lambda _src: b'["cooplab-catalog-bundle", 1]'))
case("a word for a number", Refusal.MALFORMED_MANIFEST, "the manifest is malformed: item_count")(
    _edited_manifest(lambda m: m.update(item_count="many")))
case("a number written as text", Refusal.MALFORMED_MANIFEST,
     "item_count: Input should be a valid integer")(
    _edited_manifest(lambda m: m.update(item_count="6")))
case("a truth value written as text", Refusal.MALFORMED_MANIFEST,
     "is_demo: Input should be a valid boolean")(
    _edited_manifest(lambda m: m.update(is_demo="false")))
case("a fraction for a size", Refusal.MALFORMED_MANIFEST, "files.0.size: Input should be a valid")(
    _edited_manifest(_file_field("size", 1.5)))
case("files as an object", Refusal.MALFORMED_MANIFEST, "files: Input should be a valid list")(
    _edited_manifest(lambda m: m.update(files={"catalog.sqlite": 1})))
case("the format version as text", Refusal.MALFORMED_MANIFEST,
     "format_version is not a whole number")(
    _edited_manifest(lambda m: m.update(format_version="1")))
case("a negative size", Refusal.MALFORMED_MANIFEST,
     "files.0.size: Input should be greater than or equal to 0")(
    _edited_manifest(_file_field("size", -1)))
case("a size of 2**70 bytes", Refusal.MALFORMED_MANIFEST,
     "files.0.size: Input should be less than or equal to")(
    _edited_manifest(_file_field("size", 2**70)))
case("a 31-digit item count", Refusal.MALFORMED_MANIFEST,
     "item_count: Input should be less than or equal to 10000000")(
    _edited_manifest(lambda m: m.update(item_count=10**30)))
case("a negative format version", Refusal.UNSUPPORTED_FORMAT, "bundle format -1 is not supported")(
    _edited_manifest(lambda m: m.update(format_version=-1)))
case("a 100-digit format version", Refusal.UNSUPPORTED_FORMAT,
     "bundle format 10000000000000000000... (101 characters) is not supported")(
    _edited_manifest(lambda m: m.update(format_version=10**100)))
case("a photo count that is not the photos listed", Refusal.MALFORMED_MANIFEST,
     "photo_count is 1000, the files list")(
    _edited_manifest(lambda m: m.update(photo_count=1000)))
case("a future format version", Refusal.UNSUPPORTED_FORMAT, "bundle format 2 is not supported")(
    _edited_manifest(lambda m: m.update(format_version=2)))
case("a future database schema", Refusal.UNSUPPORTED_FORMAT,
     "the catalog has database schema 2, this kiosk reads schema 1")(
    _edited_manifest(lambda m: m.update(schema_version=2)))
case("a time before year 1", Refusal.MALFORMED_MANIFEST, "created_at: is out of range")(
    _edited_manifest(lambda m: m.update(created_at="0001-01-01T00:00:00+01:00")))
case("a time as a number", Refusal.MALFORMED_MANIFEST, "created_at: must be a time")(
    _edited_manifest(lambda m: m.update(created_at=1_764_579_000)))
case("a hash that is not hex", Refusal.MALFORMED_MANIFEST,
     "files.0.sha256: must be 64 lower-case hex digits")(
    _edited_manifest(_file_field("sha256", "Z" * 64)))
case("a listed path with ..", Refusal.MALFORMED_MANIFEST,
     "'photos/../catalog.sqlite' is not catalog.sqlite or photos/<name>")(
    _edited_manifest(_file_field("path", "photos/../catalog.sqlite")))
case("markup in a listed name", Refusal.MALFORMED_MANIFEST,
     "'photos/<b>bold</b>.jpg' is not catalog.sqlite or photos/<name>")(
    _edited_manifest(_file_field("path", "photos/<b>bold</b>.jpg")))
case("a 10 MB listed name", Refusal.MALFORMED_MANIFEST,
     "is not catalog.sqlite or photos/<name>")(
    _edited_manifest(_file_field("path", "photos/" + noise_text(TEN_MB))))
case("a 10 MB publisher", Refusal.MALFORMED_MANIFEST,
     "publisher: String should have at most 200 characters")(
    _edited_manifest(lambda m: m.update(publisher=noise_text(TEN_MB))))
case("a 10 MB unknown field name", Refusal.MALFORMED_MANIFEST,
     "characters): Extra inputs are not permitted")(
    _edited_manifest(lambda m: m.update({noise_text(TEN_MB): 1})))
case("a 10 MB catalog version", Refusal.MALFORMED_MANIFEST,
     "is not a version like 2026.12")(
    _edited_manifest(lambda m: m.update(catalog_version="2026." + noise_text(TEN_MB))))


@case("an older version", Refusal.OLDER_VERSION, "older than the installed 2026.11")
def _older(src: Sources, stick: Path) -> Path:
    return write_zip(stick / OUT, signed_members(genuine_entries(src.older), version="2026.10"))


@case("the installed version again", Refusal.SAME_VERSION, "2026.11 is already installed")
def _same(src: Sources, stick: Path) -> Path:
    return write_zip(stick / OUT, signed_members(genuine_entries(src.same), version="2026.11"))


# ---------------------------------------------------------------------------- files


@case("a missing file", Refusal.MISSING_FILE,
      "is listed in the manifest but missing from the bundle")
def _missing_file(src: Sources, stick: Path) -> Path:
    members = signed_members(genuine_entries(src.genuine))
    missing = first_photo(members)
    return write_zip(stick / OUT, [m for m in members if m is not missing])


@case("an entry of another size than listed", Refusal.FILE_MISMATCH,
      "does not match its manifest (size)")
def _other_size(src: Sources, stick: Path) -> Path:
    members = signed_members(genuine_entries(src.genuine))
    first_photo(members).data += b"\0"
    return write_zip(stick / OUT, members)


@case("one flipped byte in a photo", Refusal.FILE_MISMATCH, "does not match its manifest",
      at_copy=True)
def _flipped_photo(src: Sources, stick: Path) -> Path:
    members = signed_members(genuine_entries(src.fresh))
    photo = first_photo(members)
    data = bytearray(photo.data)
    data[len(data) // 2] ^= 0x01
    photo.data = bytes(data)
    return write_zip(stick / OUT, members)


@case("one flipped byte in the catalog", Refusal.FILE_MISMATCH,
      "catalog.sqlite does not match its manifest", at_copy=True)
def _flipped_catalog(src: Sources, stick: Path) -> Path:
    members = signed_members(genuine_entries(src.genuine))
    data = bytearray(members[2].data)
    data[5000] ^= 0x01
    members[2].data = bytes(data)
    return write_zip(stick / OUT, members)


@case("a broken deflate stream", Refusal.FILE_MISMATCH,
      "catalog.sqlite does not match its manifest (the bundle is damaged", at_copy=True)
def _broken_deflate(src: Sources, stick: Path) -> Path:
    out = genuine_bundle(src, stick)

    def scramble(data: bytearray, record: Record) -> None:
        name_length, extra = struct.unpack_from("<HH", data, record.local + 26)
        start = record.local + LOCAL.size + name_length + extra
        data[start + 100:start + 400] = random.Random(3).randbytes(300)

    return patch_zip(out, scramble, name="catalog.sqlite")


@case("a local header naming another file", Refusal.FILE_MISMATCH,
      "does not match its manifest (the bundle is damaged)", at_copy=True)
def _local_name(src: Sources, stick: Path) -> Path:
    entries = genuine_entries(src.fresh)
    out = write_zip(stick / OUT, signed_members(entries))

    def rename_locally(data: bytearray, record: Record) -> None:
        data[record.local + LOCAL.size + 7] ^= 0x01  # "photos/fresh-..." -> "photos/gresh-..."

    return patch_zip(out, rename_locally, name=first_photo(entries).name)


# ---------------------------------------------------------------------------- photos


def _photo_data(make: Callable[[Entry], bytes]) -> Writer:
    """A signed bundle whose first (new) photo holds other bytes."""
    def write(src: Sources, stick: Path) -> Path:
        entries = genuine_entries(src.fresh)
        photo = first_photo(entries)
        photo.data = make(photo)
        return write_zip(stick / OUT, signed_members(entries))
    return write


def _gif(_photo: Entry) -> bytes:
    out = io.BytesIO()
    Image.new("P", (32, 32)).save(out, "GIF")
    return out.getvalue()


case("a photo that is no image", Refusal.BAD_IMAGE, "is not a readable image", at_copy=True)(
    _photo_data(lambda _p: b"GIF89a this is not a picture at all" * 10))
case("a photo that is a GIF", Refusal.BAD_IMAGE, "is not a JPEG, PNG or WebP", at_copy=True)(
    _photo_data(_gif))
case("a PNG that inflates to 2.5 gigapixels", Refusal.BAD_IMAGE, "pixels", at_copy=True)(
    _photo_data(lambda _p: gigapixel_png()))
case("a JPEG whose header says 8000x8000", Refusal.BAD_IMAGE,
     "is 8000x8000, more pixels than allowed", at_copy=True)(
    _photo_data(lambda p: jpeg_claiming(p.data, 8000, 8000)))
# The message of a cut-off photo depends on how it is found (decoding or end marker): it names
# the photo, which every case of the first photo does.
case("a truncated JPEG", Refusal.BAD_IMAGE, "photos/fresh-", at_copy=True)(
    _photo_data(lambda p: half(p.data)))
case("a truncated PNG", Refusal.BAD_IMAGE, "photos/fresh-", at_copy=True)(
    _photo_data(lambda _p: half(png_bytes(640, 480))))


# ---------------------------------------------------------------------------- catalog database


def _catalog_data(make: Callable[[Sources, bytes], bytes]) -> Writer:
    def write(src: Sources, stick: Path) -> Path:
        entries = genuine_entries(src.genuine)
        entries[0].data = make(src, entries[0].data)
        return write_zip(stick / OUT, signed_members(entries))
    return write


def _corrupt_page(_src: Sources, data: bytes) -> bytes:
    """The catalog with the page of its import records overwritten (its metadata still reads)."""
    connection = sqlite3.connect(":memory:")
    connection.deserialize(data[:18] + b"\1\1" + data[20:])  # read as if not in WAL mode
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root_page = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'import_records'").fetchone()[0]
    connection.close()
    corrupt = bytearray(data)
    start = (root_page - 1) * page_size
    corrupt[start + 8:start + page_size] = b"\xa5" * (page_size - 8)
    return bytes(corrupt)


case("a catalog that is not a database", Refusal.CATALOG_CHECK,
     "the catalog database cannot be read", at_copy=True)(
    _catalog_data(lambda _s, _d: b"not a database " * 1000))
case("a catalog of another version", Refusal.CATALOG_CHECK,
     "the catalog database says version 2026.13, its manifest 2026.12", at_copy=True)(
    _catalog_data(lambda src, _d: (src.newer / "catalog.sqlite").read_bytes()))
case("a catalog failing its integrity check", Refusal.CATALOG_CHECK,
     "failed its integrity check", at_copy=True)(_catalog_data(_corrupt_page))


def _picture_outside(_src: Sources, data: bytes) -> bytes:
    """The catalog with a category picture named '../catalog.sqlite' (a file that exists)."""
    connection = sqlite3.connect(":memory:")
    connection.deserialize(data[:18] + b"\1\1" + data[20:])
    with connection:
        connection.execute("UPDATE categories SET picture = '../catalog.sqlite' WHERE id = "
                           "(SELECT min(id) FROM categories WHERE picture IS NOT NULL)")
    changed = connection.serialize()
    connection.close()
    return changed


case("a picture named outside the photos folder", Refusal.CATALOG_CHECK,
     "pictures the bundle does not hold, e.g. '../catalog.sqlite'", at_copy=True)(
    _catalog_data(_picture_outside))


@case("a picture the catalog names left out", Refusal.CATALOG_CHECK,
      "the catalog names 1 pictures the bundle does not hold", at_copy=True)
def _picture_left_out(src: Sources, stick: Path) -> Path:
    entries = genuine_entries(src.genuine)
    left_out = first_photo(entries)
    return write_zip(stick / OUT, signed_members([e for e in entries if e is not left_out]))


@case("an item count the catalog does not have", Refusal.CATALOG_CHECK,
      "the catalog holds 6 items, its manifest says 7", at_copy=True)
def _item_count(src: Sources, stick: Path) -> Path:
    return genuine_bundle(src, stick, item_count=7)

"""`cooplab-hq`: HQ's tool: keygen, build, verify, inspect, merge and report (see README.md)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from nacl.public import PrivateKey
from nacl.signing import SigningKey

from kiosk.bundle.archive import DEFAULT_PART_SIZE
from kiosk.bundle.build import HQ_PUBLISHER, build_bundle
from kiosk.bundle.errors import BundleRefusedError
from kiosk.bundle.inspect import BundleSummary, compare, summarize
from kiosk.bundle.install import verify_bundle
from kiosk.bundle.keys import (
    KeyFileError,
    KeyKind,
    export_private_key,
    fingerprint,
    signing_key,
    verify_key,
    write_key_file,
)
from kiosk.bundle.merge import merge_exports, write_merged
from kiosk.hq.source import SourceError
from kiosk.versions import VersionError, parse_version


class HqCommandError(Exception):
    """A verb cannot do what it was asked; the message goes to stderr, the exit status is 1."""


def _version(text: str) -> str:
    try:
        parse_version(text)
    except VersionError as error:
        raise argparse.ArgumentTypeError(str(error)) from error
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cooplab-hq", description="Cooperation LAB HQ catalog tool: signed catalog "
        "bundles for the kiosks, and merging the kiosks' request exports")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)

    keygen = verbs.add_parser("keygen", help="make a key pair (private key readable by you only)")
    keygen.add_argument("--out", type=Path, default=None, metavar="PREFIX",
                        help="write PREFIX.key and PREFIX.pub (default: hq-signing, or "
                             "hq-export with --export)")
    keygen.add_argument("--export", action="store_true",
                        help="an X25519 key pair for the kiosks' exports instead of an Ed25519 "
                             "signing pair")
    keygen.set_defaults(run=_keygen)

    build = verbs.add_parser("build", help="check the master catalog and write a signed bundle")
    build.add_argument("--source", type=Path, required=True, metavar="DIR",
                       help="the catalog source folder (CSV files or one XLSX, and photos/)")
    build.add_argument("--key", type=Path, required=True, metavar="KEY",
                       help="the Ed25519 signing key file (from keygen)")
    build.add_argument("--version", type=_version, required=True, metavar="V",
                       help="the catalog version, e.g. 2026.12 (higher than any before)")
    build.add_argument("--out", type=Path, required=True, metavar="FILE",
                       help="the bundle to write, e.g. catalog-2026.12.coopbundle")
    build.add_argument("--publisher", default=HQ_PUBLISHER, help="shown on the kiosks")
    build.add_argument("--demo", action="store_true", help="mark the catalog as demo data")
    build.add_argument("--part-size", type=int, default=DEFAULT_PART_SIZE, metavar="BYTES",
                       help="split bundles larger than this into FILE.part1, ... (FAT32 "
                            f"holds files under 4 GiB; default {DEFAULT_PART_SIZE})")
    build.set_defaults(run=_build)

    verify = verbs.add_parser("verify", help="check a bundle as a kiosk would, without installing")
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument("--pubkey", required=True, metavar="KEY",
                        help="the public key (file or 64 hex digits) it must be signed with")
    verify.set_defaults(run=_verify)

    inspect = verbs.add_parser("inspect", help="version, counts and what changed")
    inspect.add_argument("file", type=Path, metavar="FILE")
    inspect.add_argument("--against", type=Path, metavar="OLDFILE",
                         help="an older bundle to compare with")
    inspect.set_defaults(run=_inspect)

    merge = verbs.add_parser("merge", help="merge kiosk exports into one table, no duplicates")
    merge.add_argument("files", type=Path, nargs="+", metavar="FILES")
    merge.add_argument("--key", type=Path, required=True, metavar="HQKEY",
                       help="HQ's X25519 export private key (keygen --export)")
    merge.add_argument("--out", type=Path, required=True, metavar="FILE",
                       help="the merged table: .csv, .xlsx or .sqlite")
    merge.add_argument("--pins", type=Path, metavar="FILE",
                       help="JSON file of each kiosk id's key; new kiosks are added, a kiosk "
                            "whose key changed is refused")
    merge.set_defaults(run=_merge)

    report = verbs.add_parser("report", help="import kiosk exports into HQ's store and write a "
                              "PDF report: demand across kiosks and fleet health")
    report.add_argument("files", type=Path, nargs="+", metavar="EXPORTS")
    report.add_argument("--key", type=Path, required=True, metavar="HQKEY",
                        help="HQ's X25519 export private key (keygen --export)")
    report.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help="the report to write, e.g. report.pdf")
    report.add_argument("--store", metavar="URL",
                        help="HQ's store, kept from one report to the next: any SQLAlchemy "
                             "database URL (default: sqlite:///<the report's folder>/"
                             "cooplab-hq.sqlite)")
    report.add_argument("--lang", choices=("uz", "ru", "en"), default="en",
                        help="language of item, category and region names (default en)")
    report.add_argument("--top", type=int, default=15, metavar="N",
                        help="bars in each chart (default 15)")
    report.set_defaults(run=_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        status: int = args.run(args)
        return status
    except (HqCommandError, KeyFileError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except BundleRefusedError as refused:
        print(refused.verdict, file=sys.stderr)
        return 1


def _keygen(args: argparse.Namespace) -> int:
    prefix = args.out or Path("hq-export" if args.export else "hq-signing")
    private_path = prefix.with_name(prefix.name + ".key")
    public_path = prefix.with_name(prefix.name + ".pub")
    for path in (private_path, public_path):
        if path.exists():
            raise HqCommandError(f"{path} exists already: keys are never overwritten")
    if args.export:
        export_key = PrivateKey.generate()
        write_key_file(private_path, KeyKind.EXPORT_PRIVATE, bytes(export_key))
        write_key_file(public_path, KeyKind.EXPORT_PUBLIC, bytes(export_key.public_key))
        public = bytes(export_key.public_key)
        where = "export.hq_public_key"
    else:
        sign_key = SigningKey.generate()
        write_key_file(private_path, KeyKind.SIGNING_PRIVATE, bytes(sign_key))
        write_key_file(public_path, KeyKind.SIGNING_PUBLIC, bytes(sign_key.verify_key))
        public = bytes(sign_key.verify_key)
        where = "catalog.trusted_keys"
    print(f"private key: {private_path} (readable by its owner only: keep it off the network)")
    print(f"public key:  {public_path}  ({where} = \"{public.hex()}\")")
    return 0


def _build(args: argparse.Namespace) -> int:
    key = signing_key(args.key)
    if args.part_size < 1024 * 1024 or args.part_size > DEFAULT_PART_SIZE:
        raise HqCommandError(f"--part-size must be between 1 MiB and {DEFAULT_PART_SIZE} bytes")
    try:
        built = build_bundle(args.source, key, args.out, version=args.version,
                             publisher=args.publisher, is_demo=args.demo,
                             part_size=args.part_size)
    except SourceError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"error: {len(error.problems)} problem(s) in {args.source}; no bundle written",
              file=sys.stderr)
        return 1
    manifest = built.manifest
    parts = f"{len(built.files)} parts" if len(built.files) > 1 else "1 file"
    print(f"wrote {', '.join(str(p) for p in built.files)}")
    print(f"catalog {manifest.catalog_version}: {manifest.item_count} items, "
          f"{manifest.photo_count} photo files, {built.size / 2**20:.1f} MB in {parts}, "
          f"signed by {fingerprint(bytes(key.verify_key))}")
    if not args.out.name.endswith(".coopbundle"):
        print("note: kiosks look for files named *.coopbundle on a stick", file=sys.stderr)
    return 0


def _verify(args: argparse.Namespace) -> int:
    key = verify_key(args.pubkey)
    manifest = verify_bundle(args.file, [key])
    print(f"OK: {args.file.name}: catalog {manifest.catalog_version}, {manifest.item_count} "
          f"items, {len(manifest.files)} files, every hash and size matches, signed by "
          f"{fingerprint(bytes(key))}")
    return 0


def _describe(summary: BundleSummary) -> list[str]:
    m = summary.manifest
    signature = "valid" if summary.signature_valid else "NOT VALID"
    return [
        f"bundle:    {summary.name} ({summary.parts} part(s), {summary.size / 2**20:.1f} MB)",
        f"version:   {m.catalog_version}{' (demo)' if m.is_demo else ''}",
        f"created:   {m.created_at:%Y-%m-%d %H:%M} UTC",
        f"publisher: {m.publisher}",
        f"format:    {m.format_version} (catalog schema {m.schema_version})",
        f"items:     {m.item_count}",
        f"categories: {summary.categories}",
        f"photos:    {m.photo_count} files",
        f"signed by: {summary.signer} (signature {signature} for that key)",
    ]


def _inspect(args: argparse.Namespace) -> int:
    summary = summarize(args.file)
    print("\n".join(_describe(summary)))
    if args.against is not None:
        old = summarize(args.against)
        changes = compare(summary, old)
        print(f"against {old.manifest.catalog_version}: {len(changes.added)} items added, "
              f"{len(changes.removed)} removed, {len(changes.changed)} changed; photos "
              f"{changes.photos_added} new, {changes.photos_removed} gone")
        for label, numbers in (("added", changes.added), ("removed", changes.removed),
                               ("changed", changes.changed)):
            if numbers:
                shown = ", ".join(numbers[:20]) + (" ..." if len(numbers) > 20 else "")
                print(f"  {label}: {shown}")
    return 0


def _merge(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() not in (".csv", ".xlsx", ".sqlite"):
        raise HqCommandError(f"{args.out.name}: the output must end in .csv, .xlsx or .sqlite")
    key = export_private_key(args.key)
    pins: dict[str, str] = {}
    if args.pins is not None and args.pins.exists():
        try:
            pins = {str(k): str(v) for k, v in json.loads(args.pins.read_text()).items()}
        except (OSError, ValueError, AttributeError) as error:
            raise HqCommandError(f"{args.pins}: not a pins file ({error})") from error
    result, problems = merge_exports(args.files, key, pins)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"error: {len(problems)} export(s) refused; nothing written", file=sys.stderr)
        return 1
    write_merged(result, args.out)
    if args.pins is not None:
        args.pins.write_text(json.dumps(result.pins, indent=1, sort_keys=True) + "\n")
    kiosks = sorted({e.payload.kiosk_id for e in result.exports})
    print(f"merged {len(result.exports)} export(s) from {len(kiosks)} kiosk(s) "
          f"({', '.join(kiosks)}): {len(result.rows)} requests, {result.duplicates} "
          f"duplicate(s) dropped -> {args.out}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from kiosk.hq.report import ReportError, make_report
    from kiosk.hq.store import StoreError, default_store_url

    if not 1 <= args.top <= 50:
        raise HqCommandError("--top must be between 1 and 50")
    key = export_private_key(args.key)
    store = args.store or default_store_url(args.out)
    try:
        outcome = make_report(args.files, key, args.out, store, lang=args.lang, top=args.top)
    except ReportError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        suffix = "; nothing imported, no report written" if error.problems else ""
        print(f"error: {error.message}{suffix}", file=sys.stderr)
        return 1
    except StoreError as error:
        raise HqCommandError(f"{error.message}; nothing imported, no report written"
                             ) from error
    summary = outcome.summary
    print(f"imported {len(summary.imported)} export(s) ({len(summary.already_imported)} "
          f"already in the store) from {len(summary.kiosks)} kiosk(s) "
          f"({', '.join(summary.kiosks)}) into {outcome.store}")
    print(f"wrote {args.out} ({outcome.pages} pages): {len(outcome.data.kiosks)} kiosk(s), "
          f"{outcome.data.exports} export(s) in the store")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

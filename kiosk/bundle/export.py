"""Exports to HQ: requests (and other modules' sections) sealed to HQ's key, signed by the kiosk.

File layout (one file per export, a FAT-safe name `cooplab-<kiosk>-<UTC time>.coopexport`):

    b"COOPLAB-EXPORT 1\\n" + SealedBox(HQ's X25519 public key).encrypt(inner)
    inner = b"CLX1" + kiosk's Ed25519 public key (32 bytes) + signed
    signed = Ed25519 signature (64 bytes) + zlib(JSON payload)

Only HQ can open it (PyNaCl SealedBox); HQ checks the signature with the kiosk key inside and
pins that key per kiosk id. The kiosk key is made on first use and kept in the state
database's settings. Every export holds every request, so exporting twice, or losing a stick,
does no harm: HQ keeps one row per request number, the one of the newest export.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from importlib import metadata
from pathlib import Path
from typing import Any

from db.state_models import Request
from nacl.exceptions import CryptoError
from nacl.public import PublicKey, SealedBox
from nacl.signing import SigningKey
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kiosk.bundle.errors import ExportError, ExportFailure
from kiosk.bundle.keys import KeyFileError, export_public_key
from kiosk.core import KioskCore, utcnow

FILE_MAGIC = b"COOPLAB-EXPORT 1\n"
INNER_MAGIC = b"CLX1"
EXPORT_SUFFIX = ".coopexport"
PAYLOAD_FORMAT = "cooplab-export"
PAYLOAD_VERSION = 1
KIOSK_KEY_SETTING = "export.kiosk_signing_key"

# Extension point: other modules add a section (e.g. anonymous usage figures) with
# register_section("usage", function). Each provider returns JSON-ready data for the payload.
SectionProvider = Callable[[KioskCore], object]
SECTION_PROVIDERS: dict[str, SectionProvider] = {}


def register_section(name: str, provider: SectionProvider) -> None:
    SECTION_PROVIDERS[name] = provider


def collect_sections(core: KioskCore) -> dict[str, object]:
    return {name: provider(core) for name, provider in sorted(SECTION_PROVIDERS.items())}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    request_count: int
    newly_exported: int


def kiosk_signing_key(core: KioskCore) -> SigningKey:
    """This kiosk's export signing key, made and stored on first use."""
    stored = core.setting(KIOSK_KEY_SETTING)
    if stored:
        return SigningKey(bytes.fromhex(stored))
    key = SigningKey.generate()
    core.set_setting(KIOSK_KEY_SETTING, key.encode().hex())
    return key


def app_version() -> str:
    try:
        return metadata.version("cooplab-kiosk")
    except metadata.PackageNotFoundError:
        return "unknown"


def _json_value(value: object) -> object:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(timespec="seconds")
    if isinstance(value, Enum):
        return value.value
    return value


def request_rows(session: Session) -> list[dict[str, object]]:
    """Every request as a plain dict of its columns (the local row id left out)."""
    columns = [c for c in Request.__table__.columns if c.key != "id"]
    rows = []
    for request in session.scalars(select(Request).order_by(Request.id)):
        rows.append({c.key: _json_value(getattr(request, c.key)) for c in columns})
    return rows


def build_payload(core: KioskCore, rows: list[dict[str, object]], key: SigningKey,
                  catalog_version: str, now: datetime) -> dict[str, Any]:
    return {
        "format": PAYLOAD_FORMAT,
        "format_version": PAYLOAD_VERSION,
        "kiosk_id": core.kiosk_id,
        "kiosk_key": key.verify_key.encode().hex(),
        "created_at": now.isoformat(timespec="seconds") + "Z",
        "app_version": app_version(),
        "catalog_version": catalog_version,
        "requests": rows,
        "sections": collect_sections(core),
    }


def seal(payload: dict[str, Any], key: SigningKey, hq_key: PublicKey) -> bytes:
    body = zlib.compress(json.dumps(payload, ensure_ascii=False).encode(), 9)
    signed = key.sign(body)
    inner = INNER_MAGIC + key.verify_key.encode() + signed.signature + signed.message
    try:
        return FILE_MAGIC + SealedBox(hq_key).encrypt(inner)
    except CryptoError as error:
        raise ExportError(ExportFailure.BAD_KEY, f"HQ's public key is not usable: {error}"
                          ) from error


def export_file_name(kiosk_id: str, now: datetime, folder: Path) -> Path:
    """A FAT-safe name (letters, digits, '-', '.'), new in `folder`."""
    stem = f"cooplab-{kiosk_id}-{now.strftime('%Y%m%dT%H%M%SZ')}"
    path = folder / f"{stem}{EXPORT_SUFFIX}"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}{EXPORT_SUFFIX}"
        number += 1
    return path


def _write_durably(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        except OSError:
            pass  # not every file system syncs folders
        finally:
            os.close(fd)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportError(ExportFailure.NOT_WRITTEN,
                          f"cannot write the export to {path.parent}: {error.strerror}"
                          ) from error


def export_requests(core: KioskCore, folder: Path, *, catalog_version: str,
                    now: datetime | None = None) -> ExportResult:
    """Write one export file into `folder`; requests are marked exported once it is on disk."""
    spec = core.config.export.hq_public_key
    if not spec:
        raise ExportError(ExportFailure.NO_HQ_KEY,
                          "export.hq_public_key is not set: HQ's public key is needed to seal "
                          "the export")
    try:
        hq_key = export_public_key(spec)
    except KeyFileError as error:
        raise ExportError(ExportFailure.BAD_KEY, f"export.hq_public_key: {error}") from error
    if not folder.is_dir():
        raise ExportError(ExportFailure.NOT_WRITTEN, f"{folder} is not a folder")
    moment = (now or utcnow()).replace(tzinfo=None, microsecond=0)
    key = kiosk_signing_key(core)
    with Session(core.state_engine) as session:
        rows = request_rows(session)
        last_id = session.scalar(select(func.max(Request.id))) or 0
        unexported = session.scalar(select(func.count()).where(
            Request.exported_at.is_(None), Request.id <= last_id)) or 0
    data = seal(build_payload(core, rows, key, catalog_version, moment), key, hq_key)
    path = export_file_name(core.kiosk_id, moment, folder)
    _write_durably(path, data)
    if unexported:
        with Session(core.state_engine) as session, session.begin():
            session.execute(update(Request)
                            .where(Request.exported_at.is_(None), Request.id <= last_id)
                            .values(exported_at=datetime.now(UTC).replace(tzinfo=None)))
    return ExportResult(path, len(rows), unexported)

"""The bundle manifest: what a bundle holds, every file's SHA-256 and size, signed by HQ.

`manifest.json` is signed as the exact bytes stored (Ed25519); `manifest.sig` holds the
signature and the public key that made it:

    {"public_key": "<64 hex>", "signature": "<128 hex>"}
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Annotated, Any

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kiosk.bundle.errors import BundleRefusedError, Refusal
from kiosk.bundle.keys import fingerprint
from kiosk.versions import VersionError, parse_version

FORMAT_NAME = "cooplab-catalog-bundle"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
CATALOG_NAME = "catalog.sqlite"
PHOTOS_PREFIX = "photos/"
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_SIGNATURE_BYTES = 4096
# A photo file name: no folders, no leading dot, nothing a file system would interpret.
_PHOTO_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def is_payload_path(path: str) -> bool:
    """True for the only names a bundle's data files may have."""
    if path == CATALOG_NAME:
        return True
    if not path.startswith(PHOTOS_PREFIX):
        return False
    name = path.removeprefix(PHOTOS_PREFIX)
    return bool(_PHOTO_NAME.match(name)) and ".." not in name


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ManifestFile(_Strict):
    path: str
    size: Annotated[int, Field(ge=0, le=2**40)]
    sha256: str

    @field_validator("path")
    @classmethod
    def _safe_path(cls, value: str) -> str:
        if not is_payload_path(value):
            raise ValueError(f"{value[:80]!r} is not catalog.sqlite or photos/<name>")
        return value

    @field_validator("sha256")
    @classmethod
    def _hex(cls, value: str) -> str:
        if not _SHA256.match(value):
            raise ValueError("must be 64 lower-case hex digits")
        return value


class Manifest(_Strict):
    format: str
    format_version: int
    catalog_version: str
    created_at: datetime
    publisher: Annotated[str, Field(max_length=200)]
    is_demo: bool
    schema_version: int
    item_count: Annotated[int, Field(ge=0, le=10_000_000)]
    photo_count: Annotated[int, Field(ge=0, le=100_000_000)]
    files: list[ManifestFile]

    @field_validator("created_at")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    @field_validator("catalog_version")
    @classmethod
    def _version(cls, value: str) -> str:
        try:
            parse_version(value)
        except VersionError as error:
            raise ValueError(str(error)) from error
        return value

    @field_validator("files")
    @classmethod
    def _unique(cls, value: list[ManifestFile]) -> list[ManifestFile]:
        paths = [f.path for f in value]
        if len(set(paths)) != len(paths):
            raise ValueError("a file is listed twice")
        if CATALOG_NAME not in paths:
            raise ValueError(f"{CATALOG_NAME} is not listed")
        return value

    @property
    def total_size(self) -> int:
        return sum(f.size for f in self.files)

    def by_path(self) -> dict[str, ManifestFile]:
        return {f.path: f for f in self.files}

    def to_bytes(self) -> bytes:
        data = self.model_dump(mode="json")
        data["created_at"] = self.created_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode()


def sign_manifest(manifest_bytes: bytes, key: SigningKey) -> bytes:
    signature = key.sign(manifest_bytes).signature
    return (json.dumps({"public_key": key.verify_key.encode().hex(),
                        "signature": signature.hex()}) + "\n").encode()


def check_signature(manifest_bytes: bytes, signature_bytes: bytes,
                    trusted: list[VerifyKey]) -> VerifyKey:
    """The trusted key that signed these manifest bytes; raises BundleRefusedError otherwise."""
    try:
        envelope = json.loads(signature_bytes)
        public_key = bytes.fromhex(envelope["public_key"])
        signature = bytes.fromhex(envelope["signature"])
        if len(public_key) != 32 or len(signature) != 64:
            raise ValueError("wrong length")
    except (ValueError, TypeError, KeyError) as error:
        raise BundleRefusedError(Refusal.BAD_SIGNATURE,
                            "the signature file is damaged") from error
    by_bytes = {bytes(key): key for key in trusted}
    key = by_bytes.get(public_key)
    if key is None:
        raise BundleRefusedError(Refusal.NOT_TRUSTED,
                            f"not signed by a trusted key (signed by {fingerprint(public_key)})",
                            key=fingerprint(public_key))
    try:
        key.verify(manifest_bytes, signature)
    except BadSignatureError as error:
        raise BundleRefusedError(Refusal.BAD_SIGNATURE,
                            "the signature does not match the manifest") from error
    return key


def parse_manifest(manifest_bytes: bytes) -> Manifest:
    """The manifest of signed bytes: its format version first, then every field."""
    try:
        raw: Any = json.loads(manifest_bytes)
    except (ValueError, UnicodeDecodeError) as error:
        raise BundleRefusedError(Refusal.MALFORMED_MANIFEST,
                            f"the manifest is malformed: not JSON ({error})") from error
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise BundleRefusedError(Refusal.MALFORMED_MANIFEST,
                            "the manifest is malformed: not a catalog bundle manifest")
    format_version = raw.get("format_version")
    if format_version != FORMAT_VERSION:
        raise BundleRefusedError(
            Refusal.UNSUPPORTED_FORMAT,
            f"bundle format {format_version!r} is not supported (this kiosk reads format "
            f"{FORMAT_VERSION})", format_version=str(format_version))
    try:
        return Manifest.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        message = str(first["msg"]).removeprefix("Value error, ")
        raise BundleRefusedError(Refusal.MALFORMED_MANIFEST,
                            f"the manifest is malformed: {where}: {message}") from error

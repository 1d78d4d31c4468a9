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
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

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
# How much of a hostile value a refusal message quotes.
QUOTED_CHARS = 80
# A photo file name: no folders, no leading dot, nothing a file system would interpret.
_PHOTO_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def shorten(text: str, limit: int = QUOTED_CHARS) -> str:
    """`text` cut to `limit` characters, so that a 10 MB value never becomes a 10 MB message."""
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"


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
    # Strict fields: "6" is not a number and "false" is not a truth value in a signed manifest.
    path: Annotated[str, Field(strict=True)]
    size: Annotated[int, Field(strict=True, ge=0, le=2**40)]
    sha256: Annotated[str, Field(strict=True)]

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
    format: Annotated[str, Field(strict=True)]
    format_version: Annotated[int, Field(strict=True)]
    catalog_version: Annotated[str, Field(strict=True)]
    created_at: datetime
    publisher: Annotated[str, Field(strict=True, max_length=200)]
    is_demo: Annotated[bool, Field(strict=True)]
    schema_version: Annotated[int, Field(strict=True, ge=1, le=1_000_000)]
    item_count: Annotated[int, Field(strict=True, ge=0, le=10_000_000)]
    photo_count: Annotated[int, Field(strict=True, ge=0, le=100_000_000)]
    files: list[ManifestFile]

    @field_validator("created_at", mode="before")
    @classmethod
    def _time_text(cls, value: object) -> object:
        # Not a number of seconds: the manifest writes its time as text.
        if not isinstance(value, str | datetime):
            raise ValueError("must be a time like 2026-12-01T09:30:00Z")
        return value

    @field_validator("created_at")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        try:
            return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        except OverflowError as error:  # e.g. year 1 at +01:00 is before year 1 in UTC
            raise ValueError("is out of range") from error

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

    @model_validator(mode="after")
    def _photos_counted(self) -> Manifest:
        listed = sum(1 for f in self.files if f.path.startswith(PHOTOS_PREFIX))
        if listed != self.photo_count:
            raise ValueError(f"photo_count is {self.photo_count}, the files list {listed} photos")
        return self

    @property
    def total_size(self) -> int:
        return sum(f.size for f in self.files)

    def by_path(self) -> dict[str, ManifestFile]:
        return {f.path: f for f in self.files}

    def to_bytes(self) -> bytes:
        data = self.model_dump(mode="json")
        # isoformat, not strftime: a year before 1000 keeps its four digits.
        moment = self.created_at.astimezone(UTC).replace(microsecond=0, tzinfo=None)
        data["created_at"] = f"{moment.isoformat()}Z"
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
    except (ValueError, TypeError, KeyError, RecursionError) as error:
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


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object that names a key once (two readers could take different values)."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _DuplicateKeyError(key)
        data[key] = value
    return data


def _malformed(problem: str) -> BundleRefusedError:
    return BundleRefusedError(Refusal.MALFORMED_MANIFEST, f"the manifest is malformed: {problem}")


def _load_json(manifest_bytes: bytes) -> Any:
    try:
        text = manifest_bytes.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _malformed(f"not UTF-8 text (byte {error.start})") from error
    try:
        return json.loads(text, object_pairs_hook=_unique_keys)
    except _DuplicateKeyError as error:
        raise _malformed(f"{shorten(error.key)!r} is given twice") from error
    except RecursionError as error:
        raise _malformed("nested too deeply") from error
    except ValueError as error:
        raise _malformed(f"not JSON ({shorten(str(error), 200)})") from error


def parse_manifest(manifest_bytes: bytes) -> Manifest:
    """The manifest of signed bytes: its format version first, then every field."""
    raw = _load_json(manifest_bytes)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise _malformed("not a catalog bundle manifest")
    format_version = raw.get("format_version")
    if type(format_version) is not int:
        raise _malformed("format_version is not a whole number")
    if format_version != FORMAT_VERSION:
        shown = shorten(str(format_version), 20)
        raise BundleRefusedError(
            Refusal.UNSUPPORTED_FORMAT,
            f"bundle format {shown} is not supported (this kiosk reads format "
            f"{FORMAT_VERSION})", format_version=shown)
    try:
        return Manifest.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = shorten(".".join(str(p) for p in first["loc"]))
        message = shorten(str(first["msg"]).removeprefix("Value error, "), 200)
        raise _malformed(f"{where}: {message}") from error

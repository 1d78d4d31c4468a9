"""Key files of HQ, the demo and the kiosks: Ed25519 for signing, X25519 for sealing exports.

A key file holds comment lines (`#`) and one line `<kind> <64 hex digits>`, kind being
`ed25519-private`, `ed25519-public`, `x25519-private` or `x25519-public`. Where the
configuration names a public key it may give the 64 hex digits themselves instead of a path.
"""

from __future__ import annotations

import os
import re
from enum import StrEnum
from pathlib import Path

from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey

from kiosk.config import KioskConfig

ASSETS_DIR = Path(__file__).resolve().parent.parent.parent / "assets"
DEMO_SIGNING_KEY_FILE = ASSETS_DIR / "demo-keys" / "demo-signing.key"
DEMO_PUBLIC_KEY_FILE = ASSETS_DIR / "demo-keys" / "demo-signing.pub"
_HEX_KEY = re.compile(r"^[0-9a-fA-F]{64}$")
MAX_KEY_FILE = 4096


class KeyKind(StrEnum):
    SIGNING_PRIVATE = "ed25519-private"
    SIGNING_PUBLIC = "ed25519-public"
    EXPORT_PRIVATE = "x25519-private"
    EXPORT_PUBLIC = "x25519-public"


class KeyFileError(Exception):
    """A key that cannot be read, or is of the wrong kind."""

_COMMENTS = {
    KeyKind.SIGNING_PRIVATE: "Cooperation LAB catalog signing key (Ed25519), PRIVATE: keep it "
                             "secret, off the network",
    KeyKind.SIGNING_PUBLIC: "Cooperation LAB catalog signing key (Ed25519), public: goes into "
                            "each kiosk's catalog.trusted_keys",
    KeyKind.EXPORT_PRIVATE: "Cooperation LAB export key (X25519), PRIVATE: opens the kiosks' "
                            "exports (cooplab-hq merge --key)",
    KeyKind.EXPORT_PUBLIC: "Cooperation LAB export key (X25519), public: goes into each "
                           "kiosk's export.hq_public_key",
}


def key_text(kind: KeyKind, raw: bytes) -> str:
    return f"# {_COMMENTS[kind]}\n{kind.value} {raw.hex()}\n"


def write_key_file(path: Path, kind: KeyKind, raw: bytes) -> None:
    """Write a key file; a private key is created readable and writable by its owner only."""
    private = kind in (KeyKind.SIGNING_PRIVATE, KeyKind.EXPORT_PRIVATE)
    mode = 0o600 if private else 0o644
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key_text(kind, raw))
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, mode)  # the umask must not widen or narrow it


def parse_key_text(text: str, kind: KeyKind, origin: str) -> bytes:
    """The 32 key bytes of a key file's text, which must hold a key of `kind`."""
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) == 1 and _HEX_KEY.match(parts[0]):
            return bytes.fromhex(parts[0])
        if len(parts) == 2 and _HEX_KEY.match(parts[1]):
            if parts[0] != kind.value:
                raise KeyFileError(f"{origin} holds an {parts[0]} key, not an {kind.value} key")
            return bytes.fromhex(parts[1])
        break
    raise KeyFileError(
        f"{origin} is not a key file (expected a line '{kind.value} <64 hex digits>')")


def read_key(spec: str | Path, kind: KeyKind) -> bytes:
    """A key given as 64 hex digits or as the path of a key file."""
    text = str(spec).strip()
    if _HEX_KEY.match(text):
        return bytes.fromhex(text)
    path = Path(text).expanduser()
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE + 1)
    except OSError as error:
        raise KeyFileError(f"cannot read the key file {path}: {error.strerror}") from error
    if len(data) > MAX_KEY_FILE:
        raise KeyFileError(f"{path} is too large to be a key file")
    try:
        return parse_key_text(data.decode("ascii"), kind, str(path))
    except UnicodeDecodeError as error:
        raise KeyFileError(f"{path} is not a key file") from error


def signing_key(spec: str | Path) -> SigningKey:
    return SigningKey(read_key(spec, KeyKind.SIGNING_PRIVATE))


def verify_key(spec: str | Path) -> VerifyKey:
    return VerifyKey(read_key(spec, KeyKind.SIGNING_PUBLIC))


def export_private_key(spec: str | Path) -> PrivateKey:
    return PrivateKey(read_key(spec, KeyKind.EXPORT_PRIVATE))


def export_public_key(spec: str | Path) -> PublicKey:
    return PublicKey(read_key(spec, KeyKind.EXPORT_PUBLIC))


def demo_signing_key() -> SigningKey:
    """The demo catalog's key: public knowledge, shipped with the code."""
    return signing_key(DEMO_SIGNING_KEY_FILE)


def demo_verify_key() -> VerifyKey:
    return verify_key(DEMO_PUBLIC_KEY_FILE)


def trusted_keys(config: KioskConfig) -> list[VerifyKey]:
    """The keys whose bundles this kiosk installs: HQ's from the configuration, else the demo's.

    The demo key is known to everyone, so it is trusted only while no key is configured.
    """
    if not config.catalog.trusted_keys:
        return [demo_verify_key()]
    return [verify_key(spec) for spec in config.catalog.trusted_keys]


def fingerprint(key: bytes) -> str:
    """A short form of a public key for messages: its first 16 hex digits."""
    return key.hex()[:16]

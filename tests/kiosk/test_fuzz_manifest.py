"""Fuzzing the bundle manifest: any bytes give a Manifest or a refusal with a message, no crash."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kiosk.bundle.errors import BundleRefusedError, Refusal
from kiosk.bundle.manifest import Manifest, check_signature, parse_manifest, sign_manifest
from tests.bundle_data import HQ_KEY, OTHER_KEY, Entry, manifest_for
from tests.reliability import FULL_COUNTS, count

pytestmark = pytest.mark.reliability

MAX_MESSAGE = 300


def fuzz_settings(ci: int, full: int) -> settings:
    """Reproducible in CI (no example database, derandomized); wider at full counts."""
    return settings(max_examples=count(ci, full), deadline=None, database=None,
                    derandomize=not FULL_COUNTS,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


GENUINE = manifest_for([Entry("catalog.sqlite", b"SQLite format 3\0"),
                        Entry("photos/a.jpg", b"\xff\xd8\xff"),
                        Entry("photos/a.thumb.jpg", b"\xff\xd8")], "2026.12")

# Values a broken or hostile tool could write where the manifest wants something else.
AWKWARD = st.sampled_from([
    None, True, False, 0, -1, 1, 2, 2**31, 2**40, 2**40 + 1, 2**63, -(2**63), 10**30, 1.0, 1.5,
    -0.0, 1e308, float("inf"), float("nan"), "", " ", "1", "true", "2026.12", "2026.12.1.1.1",
    "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00Z",
    "2026-12-01", "2026-12-01T09:30:00.123456+05:00", "1764579000", "\ud800", "\x00",
    "<b>markup</b>", "photos/", "photos/../catalog.sqlite", "catalog.sqlite", "photos/a.jpg",
    "cooplab-catalog-bundle", "a" * 64, "0" * 64, [], {}, [None], {"path": "catalog.sqlite"},
])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | AWKWARD,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                               max_size=4),
    max_leaves=12)
FIELDS = [*GENUINE, "extra"]
FILE_FIELDS = ["path", "size", "sha256", "extra"]


@st.composite
def near_valid_manifests(draw: st.DrawFn) -> dict[str, Any]:
    """The genuine manifest with a few fields (of its own or of its files) removed or changed."""
    manifest: dict[str, Any] = json.loads(json.dumps(GENUINE))
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.booleans()):
            target, field = manifest, draw(st.sampled_from(FIELDS))
        else:
            files = manifest.get("files")
            entries = [f for f in files if isinstance(f, dict)] if isinstance(files, list) else []
            if not entries:
                continue
            target, field = draw(st.sampled_from(entries)), draw(st.sampled_from(FILE_FIELDS))
        if draw(st.integers(0, 5)) == 0:
            target.pop(field, None)
        else:
            target[field] = draw(JSON_VALUES)
    return manifest


def assert_refusal_or_manifest(data: bytes) -> Manifest | None:
    """parse_manifest's promise: a Manifest that writes itself back, or a short refusal."""
    try:
        manifest = parse_manifest(data)
    except BundleRefusedError as refused:
        assert refused.reason in (Refusal.MALFORMED_MANIFEST, Refusal.UNSUPPORTED_FORMAT)
        assert 0 < len(refused.message) <= MAX_MESSAGE and "\n" not in refused.message
        return None
    # What install keeps beside the catalog, and reads again: it must be writable and stable.
    written = manifest.to_bytes()
    assert parse_manifest(written).to_bytes() == written
    return manifest


def encoded(value: object, ascii_only: bool) -> bytes:
    return json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


@fuzz_settings(300, 20_000)
@given(st.binary(max_size=400))
@example(b"[" * 100_000)  # RecursionError in the JSON parser, once
@example("\ufeff{}".encode())
@example(json.dumps(GENUINE).encode("utf-16"))  # UTF-16 was once read as if it were UTF-8
def test_any_bytes_give_a_manifest_or_a_refusal(data: bytes) -> None:
    assert_refusal_or_manifest(data)


@fuzz_settings(300, 20_000)
@given(JSON_VALUES, st.booleans())
def test_any_json_gives_a_manifest_or_a_refusal(value: object, ascii_only: bool) -> None:
    assert_refusal_or_manifest(encoded(value, ascii_only))


@fuzz_settings(400, 30_000)
@given(near_valid_manifests(), st.booleans())
@example({**GENUINE, "created_at": "0001-01-01T00:00:00+01:00"}, True)  # was an OverflowError
@example({**GENUINE, "format_version": "x" * 1_000_000}, True)  # was a 1 MB message
@example({**GENUINE, "y" * 1_000_000: 1}, True)  # was a 1 MB message
@example({**GENUINE, "item_count": "6"}, True)  # was taken for 6
def test_near_valid_manifests_give_a_manifest_or_a_refusal(
        manifest: dict[str, Any], ascii_only: bool) -> None:
    parsed = assert_refusal_or_manifest(encoded(manifest, ascii_only))
    if parsed is not None:  # then every field was of the right type and within its bounds
        assert parsed.model_dump(mode="json", exclude={"created_at"}) == {
            k: v for k, v in manifest.items() if k != "created_at"}


def test_the_genuine_manifest_parses() -> None:
    """The fuzzing starts from a manifest that is accepted, so that mutations reach every field."""
    parsed = assert_refusal_or_manifest(json.dumps(GENUINE).encode())
    assert parsed is not None and parsed.catalog_version == "2026.12"


HEX_KEYS = st.sampled_from([bytes(HQ_KEY.verify_key).hex(), bytes(OTHER_KEY.verify_key).hex()])
ENVELOPE_PARTS = (HEX_KEYS | st.binary(max_size=70).map(bytes.hex) | JSON_VALUES)


@st.composite
def signature_files(draw: st.DrawFn) -> bytes:
    choice = draw(st.integers(0, 3))
    if choice == 0:
        return draw(st.binary(max_size=300))
    if choice == 1:
        return encoded(draw(JSON_VALUES), True)
    envelope = {"public_key": draw(ENVELOPE_PARTS), "signature": draw(ENVELOPE_PARTS)}
    if choice == 3:  # a genuine signature, over other bytes or with a changed field
        genuine = json.loads(sign_manifest(draw(st.binary(max_size=50)), HQ_KEY))
        envelope = {**genuine, draw(st.sampled_from(["public_key", "signature", "x"])):
                    draw(ENVELOPE_PARTS)}
    return encoded(envelope, draw(st.booleans()))


@fuzz_settings(300, 20_000)
@given(st.binary(max_size=200), signature_files())
@example(b"{}", b"[" * 4000)  # RecursionError in the JSON parser, once
def test_any_signature_file_gives_the_signer_or_a_refusal(manifest: bytes, signature: bytes
                                                          ) -> None:
    trusted = [HQ_KEY.verify_key]
    try:
        signer = check_signature(manifest, signature, trusted)
    except BundleRefusedError as refused:
        assert refused.reason in (Refusal.BAD_SIGNATURE, Refusal.NOT_TRUSTED)
        assert 0 < len(refused.message) <= MAX_MESSAGE and "\n" not in refused.message
        return
    # Accepted: then it really is HQ's signature over exactly these bytes.
    assert bytes(signer) == bytes(HQ_KEY.verify_key)
    envelope = json.loads(signature)
    HQ_KEY.verify_key.verify(manifest, bytes.fromhex(envelope["signature"]))


def test_a_genuine_signature_is_accepted_and_one_changed_byte_is_not() -> None:
    manifest = json.dumps(GENUINE).encode()
    signature = sign_manifest(manifest, HQ_KEY)
    assert bytes(check_signature(manifest, signature, [HQ_KEY.verify_key])) == bytes(
        HQ_KEY.verify_key)
    with pytest.raises(BundleRefusedError) as refused:
        check_signature(manifest.replace(b"2026.12", b"2026.13"), signature, [HQ_KEY.verify_key])
    assert refused.value.reason is Refusal.BAD_SIGNATURE

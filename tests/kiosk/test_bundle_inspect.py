"""HQ's inspect names the signer of a bundle, and calls a hostile signature file unreadable."""

from __future__ import annotations

from kiosk.bundle.inspect import _signer


def test_a_deeply_nested_signature_file_is_unreadable_not_a_crash() -> None:
    assert _signer(b"{}", b"[" * 100_000) == ("unreadable", False)
    assert _signer(b"{}", b'{"public_key": "zz"}') == ("unreadable", False)

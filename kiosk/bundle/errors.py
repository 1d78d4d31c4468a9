"""Why a bundle or an export is refused: a reason code for programs, an English message for logs."""

from __future__ import annotations

from enum import StrEnum


class Refusal(StrEnum):
    NOT_A_BUNDLE = "not_a_bundle"
    NOT_SIGNED = "not_signed"
    NOT_TRUSTED = "not_trusted"
    BAD_SIGNATURE = "bad_signature"
    MALFORMED_MANIFEST = "malformed_manifest"
    UNSUPPORTED_FORMAT = "unsupported_format"
    OLDER_VERSION = "older_version"
    SAME_VERSION = "same_version"
    MISSING_FILE = "missing_file"
    EXTRA_FILE = "extra_file"
    FILE_MISMATCH = "file_mismatch"
    UNSAFE_PATH = "unsafe_path"
    LINK_ENTRY = "link_entry"
    TOO_LARGE = "too_large"
    BAD_IMAGE = "bad_image"
    CATALOG_CHECK = "catalog_check"
    STICK_REMOVED = "stick_removed"
    NO_SPACE = "no_space"
    BUSY = "busy"
    NO_PREVIOUS = "no_previous"


class BundleRefusedError(Exception):
    """A bundle that is not installed (or not accepted by `verify`); nothing was changed.

    `reason` is the machine-readable code, `message` the English explanation and `details` the
    values in it (e.g. `version`), so a GUI can word the verdict in the staff member's language.
    """

    def __init__(self, reason: Refusal, message: str, **details: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.details = details

    @property
    def verdict(self) -> str:
        """The one line a person reads: "refused: ...", or what happened to the stick."""
        if self.reason is Refusal.STICK_REMOVED:
            return self.message
        return f"refused: {self.message}"


def stick_removed() -> BundleRefusedError:
    return BundleRefusedError(Refusal.STICK_REMOVED,
                              "stick removed during the copy: nothing changed")


class ExportFailure(StrEnum):
    NO_HQ_KEY = "no_hq_key"
    BAD_KEY = "bad_key"
    NOT_WRITTEN = "not_written"
    NOT_AN_EXPORT = "not_an_export"
    CANNOT_OPEN = "cannot_open"
    BAD_SIGNATURE = "bad_signature"
    KEY_CHANGED = "key_changed"


class ExportError(Exception):
    """An export that cannot be written, or an export file HQ cannot open or trust."""

    def __init__(self, reason: ExportFailure, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message

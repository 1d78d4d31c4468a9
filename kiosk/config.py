"""Kiosk configuration: a TOML file in which every setting has a default (README)."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

Language = Literal["uz", "ru", "en"]
LANGUAGES: tuple[Language, ...] = ("uz", "ru", "en")


class ConfigError(Exception):
    """The configuration file cannot be read or holds a bad value."""


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "cooplab-kiosk"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class KioskSection(_Section):
    id: str = Field(default="K01", pattern=r"^[A-Z0-9]{1,8}$")
    default_language: Language = "uz"
    idle_timeout_s: int = Field(default=60, ge=10, le=3600)
    idle_warning_s: int = Field(default=20, ge=5, le=120)
    staff_idle_timeout_s: int = Field(default=300, ge=30, le=7200)
    windowed: bool = False


class CatalogSection(_Section):
    # Ed25519 public keys (hex or paths to key files) whose bundles this kiosk installs.
    # Empty: the kiosk runs the embedded demo catalog and trusts the demo key only.
    trusted_keys: list[str] = Field(default_factory=list)
    mount_roots: list[str] = Field(default_factory=lambda: ["/media", "/run/media", "/mnt"])
    auto_update: bool = False


class PrinterSection(_Section):
    queue: str = ""  # CUPS queue name; empty: the CUPS default destination
    auto_print: bool = False
    paper: Literal["80mm", "A6", "A4"] = "80mm"


class ExportSection(_Section):
    # HQ's X25519 public key (hex or a path) to which exports are sealed.
    hq_public_key: str = ""


class KioskConfig(_Section):
    data_dir: Path = Field(default_factory=default_data_dir)
    kiosk: KioskSection = Field(default_factory=KioskSection)
    catalog: CatalogSection = Field(default_factory=CatalogSection)
    printer: PrinterSection = Field(default_factory=PrinterSection)
    export: ExportSection = Field(default_factory=ExportSection)

    @field_validator("data_dir")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return value.expanduser()


def load_config(path: Path | None, *, data_dir: Path | None = None) -> KioskConfig:
    """Read the TOML file at `path` (None: all defaults); `data_dir` overrides the file's."""
    raw: dict[str, object] = {}
    if path is not None:
        try:
            with path.open("rb") as handle:
                raw = tomllib.load(handle)
        except OSError as error:
            raise ConfigError(f"cannot read {path}: {error.strerror}") from error
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{path} is not valid TOML: {error}") from error
    if data_dir is not None:
        raw["data_dir"] = str(data_dir)
    try:
        return KioskConfig.model_validate(raw)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()
        )
        raise ConfigError(f"bad configuration: {problems}") from error

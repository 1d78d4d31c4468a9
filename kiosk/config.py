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
    # After 5 wrong staff PINs in a row, staff mode stays locked this many seconds.
    staff_lockout_s: int = Field(default=300, ge=30, le=86400)
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
    # A job not finished by CUPS after this many seconds is cancelled and reported (paper out...).
    job_timeout_s: float = Field(default=20.0, ge=0.5, le=300.0)
    # Secret of the slips' QR check value, the same on every kiosk of the pavilion; empty: a
    # random key made by this kiosk and kept in its state database.
    slip_secret: str = ""


class ExportSection(_Section):
    # HQ's X25519 public key (hex or a path) to which exports are sealed.
    hq_public_key: str = ""


class LogSection(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # The kiosk's log files in <data_dir>/logs together never take more than this.
    max_total_mb: int = Field(default=10, ge=1, le=1000)


class KioskConfig(_Section):
    data_dir: Path = Field(default_factory=default_data_dir)
    kiosk: KioskSection = Field(default_factory=KioskSection)
    catalog: CatalogSection = Field(default_factory=CatalogSection)
    printer: PrinterSection = Field(default_factory=PrinterSection)
    export: ExportSection = Field(default_factory=ExportSection)
    log: LogSection = Field(default_factory=LogSection)

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


def config_with(config: KioskConfig, changes: dict[str, dict[str, object]]) -> KioskConfig:
    """`config` with the given section settings replaced, validated (ConfigError if bad)."""
    raw = config.model_dump(mode="json")
    for section, values in changes.items():
        raw.setdefault(section, {}).update(values)
    try:
        return KioskConfig.model_validate(raw)
    except ValidationError as error:
        raise ConfigError(_problems(error)) from error


def _problems(error: ValidationError) -> str:
    return "bad configuration: " + "; ".join(
        f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors())


def save_config_changes(path: Path, changes: dict[str, dict[str, object]], *,
                        data_dir: Path | None = None) -> KioskConfig:
    """Write `changes` (section -> setting -> value) into the TOML file at `path`.

    The file's other settings are kept (its comments are not: TOML writers drop them). The
    result is validated first, so a bad value raises ConfigError and the file is untouched;
    it is then replaced atomically (a temporary file, fsync, rename), so a power cut leaves
    the old file or the new one. Returns the new configuration (`data_dir` as in load_config).
    """
    import tomli_w

    raw: dict[str, object] = {}
    if path.exists():
        try:
            with path.open("rb") as handle:
                raw = tomllib.load(handle)
        except OSError as error:
            raise ConfigError(f"cannot read {path}: {error.strerror}") from error
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{path} is not valid TOML: {error}") from error
    for section, values in changes.items():
        table = raw.setdefault(section, {})
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: {section} is not a table")
        table.update(values)
    checked = dict(raw)
    if data_dir is not None:
        checked["data_dir"] = str(data_dir)
    try:
        config = KioskConfig.model_validate(checked)
    except ValidationError as error:
        raise ConfigError(_problems(error)) from error
    text = tomli_w.dumps(raw)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        os.replace(temporary, path)
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ConfigError(f"cannot write {path}: {error.strerror}") from error
    return config

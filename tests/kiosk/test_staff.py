"""Staff PIN: salted scrypt hash, five wrong PINs lock staff mode (across restarts), idle end."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.config import KioskConfig, load_config
from kiosk.core import KioskCore
from kiosk.staff import (
    MAX_TRIES,
    PIN_SETTING,
    PinOutcome,
    StaffAuth,
    StaffError,
    StaffReason,
    StaffSession,
    hash_pin,
    verify_pin_hash,
)

NOW = datetime(2026, 11, 27, 10, 0, 0)


@pytest.fixture
def config(tmp_path: Path) -> KioskConfig:
    return load_config(None, data_dir=tmp_path / "data")


@pytest.fixture
def auth(config: KioskConfig) -> Iterator[StaffAuth]:
    core = KioskCore(config)
    staff = StaffAuth(core)
    staff.set_pin("2580")
    yield staff
    core.close()


def test_the_pin_is_stored_as_a_salted_scrypt_hash(auth: StaffAuth) -> None:
    with auth.engine.connect() as connection:
        stored = connection.execute(text("SELECT value FROM settings WHERE key = :k"),
                                    {"k": PIN_SETTING}).scalar_one()
    assert "2580" not in stored and stored.startswith("scrypt$")
    assert verify_pin_hash("2580", stored) and not verify_pin_hash("2581", stored)
    assert hash_pin("2580") != hash_pin("2580")  # a fresh salt each time


def test_the_right_pin_opens_staff_mode(auth: StaffAuth) -> None:
    assert auth.check("2580", NOW).ok


def test_wrong_pins_count_down_and_the_fifth_locks(auth: StaffAuth) -> None:
    results = [auth.check("0000", NOW) for _ in range(MAX_TRIES)]
    assert [r.remaining_tries for r in results[:-1]] == [4, 3, 2, 1]
    assert all(r.outcome is PinOutcome.WRONG for r in results[:-1])
    locked = results[-1]
    assert locked.outcome is PinOutcome.LOCKED
    assert locked.locked_until == NOW + timedelta(seconds=300)
    # Even the right PIN is refused while locked.
    assert auth.check("2580", NOW + timedelta(seconds=299)).outcome is PinOutcome.LOCKED
    assert auth.check("2580", NOW + timedelta(seconds=300)).ok


def test_a_right_pin_resets_the_count(auth: StaffAuth) -> None:
    for _ in range(MAX_TRIES - 1):
        auth.check("1111", NOW)
    assert auth.check("2580", NOW).ok
    assert auth.check("1111", NOW).remaining_tries == MAX_TRIES - 1


def test_a_restart_does_not_lift_the_lockout_or_forget_the_count(config: KioskConfig) -> None:
    first = KioskCore(config)
    StaffAuth(first).set_pin("2580")
    for _ in range(3):
        StaffAuth(first).check("9999", NOW)
    first.close()
    second = KioskCore(config)
    assert StaffAuth(second).check("9999", NOW).remaining_tries == 1
    assert StaffAuth(second).check("9999", NOW).outcome is PinOutcome.LOCKED
    second.close()
    third = KioskCore(config)
    assert StaffAuth(third).locked_until(NOW + timedelta(seconds=10)) is not None
    assert StaffAuth(third).check("2580", NOW + timedelta(seconds=10)).outcome is (
        PinOutcome.LOCKED)
    third.close()


def test_setting_the_clock_back_does_not_lock_for_ever(auth: StaffAuth) -> None:
    for _ in range(MAX_TRIES):
        auth.check("0000", NOW)
    earlier = NOW - timedelta(days=30)
    result = auth.check("2580", earlier)
    assert result.locked_until == earlier + timedelta(seconds=300)
    assert auth.check("2580", earlier + timedelta(seconds=301)).ok


def test_the_lockout_length_comes_from_the_configuration(config: KioskConfig) -> None:
    longer = config.model_copy(update={"kiosk": config.kiosk.model_copy(
        update={"staff_lockout_s": 900})})
    core = KioskCore(longer)
    staff = StaffAuth(core)
    staff.set_pin("2580")
    results = [staff.check("0000", NOW) for _ in range(MAX_TRIES)]
    assert results[-1].locked_until == NOW + timedelta(seconds=900)
    core.close()


def test_without_a_pin_staff_mode_cannot_open(config: KioskConfig) -> None:
    core = KioskCore(config)
    staff = StaffAuth(core)
    assert not staff.pin_is_set()
    assert staff.check("", NOW).outcome is PinOutcome.NOT_SET
    core.close()


@pytest.mark.parametrize(("pin", "reason"), [
    ("123", StaffReason.PIN_FORMAT), ("123456789", StaffReason.PIN_FORMAT),
    ("12a4", StaffReason.PIN_FORMAT), ("１２３４５", StaffReason.PIN_FORMAT),
    ("0000", StaffReason.PIN_TOO_SIMPLE), ("1234", StaffReason.PIN_TOO_SIMPLE),
    ("987654", StaffReason.PIN_TOO_SIMPLE),
])
def test_bad_new_pins_are_refused_and_the_old_one_kept(auth: StaffAuth, pin: str,
                                                       reason: StaffReason) -> None:
    with pytest.raises(StaffError) as caught:
        auth.set_pin(pin)
    assert caught.value.reason is reason
    assert auth.check("2580", NOW).ok


def test_setting_a_new_pin_lifts_a_lockout(auth: StaffAuth) -> None:
    for _ in range(MAX_TRIES):
        auth.check("0000", NOW)
    auth.set_pin("4711")
    assert auth.check("4711", NOW).ok


def test_staff_mode_ends_after_the_idle_time() -> None:
    clock = [1000.0]
    session = StaffSession(300, clock=lambda: clock[0])
    clock[0] += 299
    assert not session.expired
    session.touch()
    clock[0] += 200
    assert session.remaining_s() == 100
    clock[0] += 100
    assert session.expired

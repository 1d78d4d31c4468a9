"""Staff mode: the staff PIN (a salted scrypt hash in the state database), the lockout after
five wrong PINs (kept in the database, so a restart does not lift it), and the idle end.

The PIN is short, so the hash alone would not stop someone who has the database file; what
protects staff mode at the kiosk is the lockout.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import logging
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise

from sqlalchemy import text
from sqlalchemy.orm import Session

from kiosk.core import KioskCore, utcnow

log = logging.getLogger(__name__)

PIN_SETTING = "staff_pin"
FAILURES_SETTING = "staff_pin_failures"
LOCKED_UNTIL_SETTING = "staff_locked_until"
MAX_TRIES = 5
PIN_RE = re.compile(r"[0-9]{4,8}")  # fullmatch: "$" would let a final newline through
# scrypt cost: 32 MiB and about 0.1 s per check on the kiosk PC.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SCRYPT_MAXMEM = 64 * 1024 * 1024


class StaffReason(enum.StrEnum):
    PIN_FORMAT = "pin_format"  # not 4 to 8 digits
    PIN_TOO_SIMPLE = "pin_too_simple"  # one digit repeated, or a run like 1234 / 4321
    PIN_MISMATCH = "pin_mismatch"  # the two entries differ (set-pin)


class StaffError(Exception):
    """A staff operation that cannot be done; `reason` is a code, the message is English."""

    def __init__(self, reason: StaffReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


class PinOutcome(enum.StrEnum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"
    NOT_SET = "not_set"  # no PIN has been set with `main.py set-pin`


@dataclass(frozen=True)
class PinCheck:
    outcome: PinOutcome
    remaining_tries: int = MAX_TRIES  # after a wrong PIN: how many more before the lockout
    locked_until: datetime | None = None  # UTC, naive; while locked

    @property
    def ok(self) -> bool:
        return self.outcome is PinOutcome.OK


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=SCRYPT_MAXMEM,
                          dklen=32)


def hash_pin(pin: str) -> str:
    """"scrypt$n$r$p$salt$hash" (hex), with a fresh 16-byte salt."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin_hash(pin: str, stored: str) -> bool:
    if not pin.isascii():  # never a PIN, and an unpaired surrogate cannot even be hashed
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        computed = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        log.error("the stored staff PIN hash is damaged; set a new PIN with main.py set-pin")
        return False
    return hmac.compare_digest(computed, bytes.fromhex(digest))


def check_new_pin(pin: str) -> None:
    """Raise StaffError unless `pin` is 4-8 digits and not trivially guessed."""
    if not PIN_RE.fullmatch(pin):
        raise StaffError(StaffReason.PIN_FORMAT, "the PIN must be 4 to 8 digits")
    steps = {int(b) - int(a) for a, b in pairwise(pin)}
    if len(set(pin)) == 1 or steps in ({1}, {-1}):
        raise StaffError(StaffReason.PIN_TOO_SIMPLE,
                         "the PIN is too easy to guess (one digit repeated, or a run like 1234)")


class StaffAuth:
    """The staff PIN of one kiosk and its lockout."""

    def __init__(self, core: KioskCore) -> None:
        self.engine = core.state_engine
        self.lockout = timedelta(seconds=core.config.kiosk.staff_lockout_s)

    def pin_is_set(self) -> bool:
        with Session(self.engine) as session:
            return _get(session, PIN_SETTING) is not None

    def set_pin(self, pin: str) -> None:
        """Store a new PIN (its hash); a lockout in force is lifted."""
        check_new_pin(pin)
        stored = hash_pin(pin)
        with Session(self.engine) as session, session.begin():
            _put(session, PIN_SETTING, stored)
            _put(session, FAILURES_SETTING, "0")
            _delete(session, LOCKED_UNTIL_SETTING)
        log.info("staff PIN set")

    def locked_until(self, now: datetime | None = None) -> datetime | None:
        """When the lockout in force ends (UTC, naive), or None."""
        now = now or utcnow()
        with Session(self.engine) as session:
            until = _parse_time(_get(session, LOCKED_UNTIL_SETTING))
        if until is None or until <= now:
            return None
        return min(until, now + self.lockout)

    def check(self, pin: str, now: datetime | None = None) -> PinCheck:
        """Check a PIN typed at the kiosk; the fifth wrong one in a row locks staff mode."""
        now = now or utcnow()
        with Session(self.engine) as session, session.begin():
            # A write first: two checks at once (GUI and a script) queue up instead of both
            # reading the same failure count.
            session.execute(text("INSERT INTO settings (key, value) VALUES (:k, '0') "
                                 "ON CONFLICT (key) DO NOTHING"), {"k": FAILURES_SETTING})
            until = _parse_time(_get(session, LOCKED_UNTIL_SETTING))
            if until is not None and until > now:
                if until > now + self.lockout:  # the clock was set back: do not lock for ever
                    until = now + self.lockout
                    _put(session, LOCKED_UNTIL_SETTING, until.isoformat())
                return PinCheck(PinOutcome.LOCKED, 0, until)
            stored = _get(session, PIN_SETTING)
            if stored is None:
                return PinCheck(PinOutcome.NOT_SET)
            if verify_pin_hash(pin[:64], stored):
                _put(session, FAILURES_SETTING, "0")
                _delete(session, LOCKED_UNTIL_SETTING)
                return PinCheck(PinOutcome.OK)
            failures = int(_get(session, FAILURES_SETTING) or "0") + 1
            if failures >= MAX_TRIES:
                until = now + self.lockout
                _put(session, LOCKED_UNTIL_SETTING, until.isoformat())
                _put(session, FAILURES_SETTING, "0")
                log.warning("staff mode locked until %s after %d wrong PINs", until, failures)
                return PinCheck(PinOutcome.LOCKED, 0, until)
            _put(session, FAILURES_SETTING, str(failures))
            return PinCheck(PinOutcome.WRONG, MAX_TRIES - failures)


class StaffSession:
    """Staff mode's idle clock: it ends itself `timeout_s` after the last touch."""

    def __init__(self, timeout_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.timeout_s = timeout_s
        self._clock = clock
        self._last = clock()

    def touch(self) -> None:
        self._last = self._clock()

    def remaining_s(self) -> float:
        return max(0.0, self.timeout_s - (self._clock() - self._last))

    @property
    def expired(self) -> bool:
        return self.remaining_s() <= 0.0


def _get(session: Session, key: str) -> str | None:
    value = session.execute(text("SELECT value FROM settings WHERE key = :k"),
                            {"k": key}).scalar()
    return None if value is None else str(value)


def _put(session: Session, key: str, value: str) -> None:
    session.execute(text("INSERT INTO settings (key, value) VALUES (:k, :v) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {"k": key, "v": value})


def _delete(session: Session, key: str) -> None:
    session.execute(text("DELETE FROM settings WHERE key = :k"), {"k": key})


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None

"""systemd's notify protocol over $NOTIFY_SOCKET (READY=1, WATCHDOG=1, STOPPING=1), no Qt."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


class SystemdNotifier:
    """Sends sd_notify(3) messages to the service manager; does nothing outside systemd.

    The protocol is one datagram of newline-separated `KEY=value` lines to the unix socket named
    by $NOTIFY_SOCKET ('@' starts an abstract address). $WATCHDOG_USEC asks for WATCHDOG=1 at
    least that often; $WATCHDOG_PID, when set, says which process it asks.
    """

    def __init__(self, address: str | None, watchdog_usec: int | None = None) -> None:
        self.address = address or None
        self.watchdog_usec = watchdog_usec if watchdog_usec and watchdog_usec > 0 else None
        self._socket: socket.socket | None = None
        self._failed = False

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> SystemdNotifier:
        env = os.environ if environ is None else environ
        usec: int | None = None
        watchdog_pid = env.get("WATCHDOG_PID", "")
        if not watchdog_pid or watchdog_pid == str(os.getpid()):
            try:
                usec = int(env.get("WATCHDOG_USEC", ""))
            except ValueError:
                usec = None
        return cls(env.get("NOTIFY_SOCKET"), usec)

    @property
    def enabled(self) -> bool:
        return self.address is not None

    @property
    def watchdog_interval_ms(self) -> int | None:
        """How often to ping: half the watchdog timeout, as sd_watchdog_enabled(3) advises."""
        if not self.enabled or self.watchdog_usec is None:
            return None
        return max(1, self.watchdog_usec // 2000)

    def _target(self) -> str | bytes:
        assert self.address is not None
        if self.address.startswith("@"):
            return b"\0" + self.address[1:].encode()
        return self.address

    def notify(self, *assignments: str) -> bool:
        """Send `KEY=value` lines as one message; False (logged once) when it cannot be sent."""
        if not self.enabled:
            return False
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX,
                                             socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
                # Never wait on the service manager: a full queue drops this one message.
                self._socket.setblocking(False)
            self._socket.sendto("\n".join(assignments).encode(), self._target())
        except OSError as error:
            if not self._failed:
                log.error("cannot notify systemd at %s: %s", self.address, error)
                self._failed = True
            return False
        self._failed = False
        return True

    def ready(self, status: str = "") -> bool:
        return self.notify("READY=1", *([f"STATUS={status}"] if status else []))

    def ping(self) -> bool:
        return self.notify("WATCHDOG=1")

    def status(self, text: str) -> bool:
        return self.notify(f"STATUS={text}")

    def stopping(self) -> bool:
        return self.notify("STOPPING=1")

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None

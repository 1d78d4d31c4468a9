"""Printing PDFs through CUPS with `lp`, and the printer's state from `lpstat`.

Blocking calls (a print waits until CUPS has finished the job, up to a timeout): never call them
on the GUI thread. A missing, stopped or rejecting queue, a printer out of paper, CUPS not running
or a job CUPS could not finish raise PrinterError with a reason; a job that did not finish is
cancelled, so that it cannot come out later next to a reprint.
"""

from __future__ import annotations

import enum
import logging
import os
import re
import shutil
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

# Where deploy/start-cups.sh makes the cups-pdf queue write its PDFs.
CUPS_PDF_OUT = Path("/var/spool/cups-pdf/out")
COMMAND_TIMEOUT_S = 10.0
POLL_INTERVAL_S = 0.05
# printer-state-reasons that mean the paper is out (CUPS shows them as "Alerts").
PAPER_ALERTS = ("media-empty", "media-needed", "media-low-error")
_JOB_ID_RE = re.compile(r"request id is (\S+)")


class PrinterReason(enum.StrEnum):
    CUPS_MISSING = "cups_missing"  # the CUPS client programs are not installed
    CUPS_DOWN = "cups_down"  # the CUPS scheduler is not running or does not answer
    NO_DEFAULT = "no_default"  # no queue configured and CUPS has no default destination
    UNKNOWN_QUEUE = "unknown_queue"  # no such queue
    STOPPED = "stopped"  # the queue is disabled (by staff, or after a printer error)
    REJECTING = "rejecting"  # the queue does not accept jobs
    PAPER_OUT = "paper_out"  # the printer reports an empty roll
    JOB_REFUSED = "job_refused"  # CUPS refused the job
    JOB_STUCK = "job_stuck"  # CUPS did not finish the job in time; it was cancelled


class PrinterError(Exception):
    """Printing failed; `reason` says why in a word, the message in a sentence."""

    def __init__(self, reason: PrinterReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class PrinterState:
    queue: str
    enabled: bool
    accepting: bool
    printing: bool
    message: str  # CUPS's last word on the printer ("paper out", "not connected"...)
    alerts: tuple[str, ...]  # printer-state-reasons
    pending_jobs: int

    @property
    def paper_out(self) -> bool:
        return any(alert.startswith(PAPER_ALERTS) for alert in self.alerts)

    @property
    def ready(self) -> bool:
        return self.enabled and self.accepting and not self.paper_out

    def problem(self) -> PrinterError | None:
        """Why a job sent now would not print, or None."""
        detail = f": {self.message}" if self.message else ""
        if not self.enabled:
            return PrinterError(PrinterReason.STOPPED, f"printer {self.queue} is stopped{detail}")
        if self.paper_out:
            return PrinterError(PrinterReason.PAPER_OUT,
                                f"printer {self.queue} is out of paper{detail}")
        if not self.accepting:
            return PrinterError(PrinterReason.REJECTING,
                                f"printer {self.queue} does not accept jobs{detail}")
        return None


@dataclass(frozen=True)
class PrintJob:
    job_id: str  # e.g. "SlipPDF-12"
    queue: str
    submit_s: float  # from the call to CUPS having the job
    done_s: float  # from the call to CUPS having finished it (0 when not waited for)

    @property
    def number(self) -> int:
        return int(self.job_id.rsplit("-", 1)[1])


def _run(args: Sequence[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    if shutil.which(args[0]) is None:
        raise PrinterError(PrinterReason.CUPS_MISSING,
                           f"the CUPS command {args[0]} is not installed")
    try:
        return subprocess.run(list(args), input=data, capture_output=True, check=False,
                              timeout=COMMAND_TIMEOUT_S, env={**os.environ, "LC_ALL": "C"})
    except subprocess.TimeoutExpired:
        raise PrinterError(PrinterReason.CUPS_DOWN,
                           f"CUPS did not answer within {COMMAND_TIMEOUT_S:.0f} s") from None


def _text(result: subprocess.CompletedProcess[bytes]) -> str:
    return (result.stdout + result.stderr).decode(errors="replace").strip()


def cups_running() -> bool:
    return "scheduler is running" in _text(_run(["lpstat", "-r"]))


def _down_error() -> PrinterError:
    return PrinterError(PrinterReason.CUPS_DOWN, "the CUPS print service is not running")


def default_queue() -> str | None:
    """CUPS's default destination, or None when it has none."""
    result = _run(["lpstat", "-d"])
    match = re.search(r"system default destination: (\S+)", _text(result))
    return match.group(1) if match else None


def parse_printer_state(queue: str, printer_text: str, accepting_text: str,
                        jobs_text: str) -> PrinterState:
    """A PrinterState from the output of `lpstat -l -p`, `lpstat -a` and `lpstat -o`."""
    lines = printer_text.splitlines()
    first = lines[0] if lines else ""
    message = ""
    if len(lines) > 1 and not re.match(r"\s*[A-Z][A-Za-z ]+:", lines[1]):
        message = lines[1].strip()
    alerts: tuple[str, ...] = ()
    for line in lines:
        match = re.match(r"\s*Alerts:\s*(.*)", line)
        if match:
            alerts = tuple(a for a in match.group(1).split() if a != "none")
            break
    return PrinterState(
        queue=queue,
        enabled=" disabled since " not in first,
        accepting="not accepting" not in accepting_text,
        printing=" now printing " in first,
        message=message,
        alerts=alerts,
        pending_jobs=sum(1 for line in jobs_text.splitlines() if line.startswith(f"{queue}-")),
    )


class Printer:
    """One CUPS queue ("" means CUPS's default destination)."""

    def __init__(self, queue: str = "", *, job_timeout_s: float = 20.0,
                 media: str | None = None) -> None:
        self.queue = queue
        self.job_timeout_s = job_timeout_s
        self.media = media  # e.g. "A4"; None: the queue's own default (a roll's width)

    def resolve_queue(self) -> str:
        if self.queue:
            return self.queue
        queue = default_queue()
        if queue is None:
            if not cups_running():
                raise _down_error()
            raise PrinterError(PrinterReason.NO_DEFAULT,
                               "no printer queue is configured and CUPS has no default printer")
        return queue

    def state(self) -> PrinterState:
        """The queue's state; raises PrinterError when CUPS is down or the queue unknown."""
        queue = self.resolve_queue()
        printer = _run(["lpstat", "-l", "-p", queue])
        if printer.returncode != 0:
            if not cups_running():
                raise _down_error()
            raise PrinterError(PrinterReason.UNKNOWN_QUEUE, f"there is no printer queue {queue}")
        accepting = _run(["lpstat", "-a", queue])
        jobs = _run(["lpstat", "-W", "not-completed", "-o", queue])
        return parse_printer_state(queue, _text(printer), _text(accepting), _text(jobs))

    def pending_job_ids(self, queue: str) -> set[str]:
        result = _run(["lpstat", "-W", "not-completed", "-o", queue])
        if result.returncode != 0 and not cups_running():
            raise _down_error()
        return {line.split()[0] for line in _text(result).splitlines()
                if line.startswith(f"{queue}-")}

    def print_pdf(self, pdf: bytes, title: str, *, wait: bool = True) -> PrintJob:
        """Send `pdf` to the queue and (with `wait`) wait until CUPS has finished it."""
        started = time.perf_counter()
        state = self.state()
        problem = state.problem()
        if problem is not None:
            raise problem
        queue = state.queue
        args = ["lp", "-d", queue, "-t", title[:100], "-n", "1"]
        if self.media:
            args += ["-o", f"media={self.media}"]
        result = _run([*args, "-"], pdf)
        match = _JOB_ID_RE.search(_text(result))
        if result.returncode != 0 or match is None:
            if not cups_running():
                raise _down_error()
            detail = _text(result).removeprefix("lp: ") or f"lp exited with {result.returncode}"
            raise PrinterError(PrinterReason.JOB_REFUSED, f"CUPS refused the job: {detail}")
        job_id = match.group(1)
        submitted = time.perf_counter() - started
        log.info("print job %s (%s) sent to %s", job_id, title, queue)
        if not wait:
            return PrintJob(job_id, queue, submitted, 0.0)
        self._wait(job_id, queue, started)
        return PrintJob(job_id, queue, submitted, time.perf_counter() - started)

    def _wait(self, job_id: str, queue: str, started: float) -> None:
        deadline = started + self.job_timeout_s
        while job_id in self.pending_job_ids(queue):
            state = self.state()
            problem = state.problem()
            if problem is None and time.perf_counter() < deadline:
                time.sleep(POLL_INTERVAL_S)
                continue
            _run(["cancel", job_id])
            if problem is None:
                detail = f" ({state.message})" if state.message else ""
                problem = PrinterError(
                    PrinterReason.JOB_STUCK,
                    f"printer {queue} did not finish the job within "
                    f"{self.job_timeout_s:g} s{detail}; the job was cancelled")
            log.warning("print job %s cancelled: %s", job_id, problem.message)
            raise problem


def cups_pdf_output(job: PrintJob, folder: Path = CUPS_PDF_OUT) -> Path | None:
    """The PDF a cups-pdf queue wrote for `job` (the newest, should job numbers repeat)."""
    found = list(folder.glob(f"*-job_{job.number}.pdf"))
    return max(found, key=lambda path: path.stat().st_mtime) if found else None

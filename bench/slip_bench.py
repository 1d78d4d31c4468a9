"""Request-to-PDF and request-to-CUPS-job times: `python -m bench.slip_bench [--count N]`.

Files N sample requests on a scratch data folder with a small demo catalog (state database on
disk, synchronous=FULL), makes each slip, and sends it to the cups-pdf queue SlipPDF (started
by deploy/start-cups.sh). Prints the median and 95th percentile of:
  file        filing (validation, number allocation, commit)
  pdf         making the slip PDF alone (reportlab, QR code, picture)
  to-pdf      filing to PDF bytes in hand
  to-job      filing to CUPS having accepted the print job (lp returned a job id)
  to-printed  filing to CUPS having finished the job (cups-pdf wrote the PDF)
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from kiosk.catalog_store import CatalogStore
from kiosk.config import load_config
from kiosk.core import KioskCore
from kiosk.demo.install import install_demo_catalog
from kiosk.requests.service import RequestService

ROOT = Path(__file__).resolve().parent.parent


def _summary(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (f"{name:11} median {statistics.median(ordered) * 1000:7.1f} ms   "
            f"p95 {p95 * 1000:7.1f} ms   max {ordered[-1] * 1000:7.1f} ms")


def _cups_up(queue: str) -> bool:
    started = subprocess.run([str(ROOT / "deploy" / "start-cups.sh")], check=False,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return started.returncode == 0 and subprocess.run(
        ["lpstat", "-p", queue], check=False, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL).returncode == 0


def measure(count: int, queue: str | None) -> tuple[dict[str, list[float]], int, str]:
    """Seconds of each step for `count` requests (`queue` None: no printing)."""
    with tempfile.TemporaryDirectory(prefix="slip-bench-") as scratch:
        data_dir = Path(scratch) / "data"
        install_demo_catalog(CatalogStore(data_dir / "catalogs"), limit=40)
        core = KioskCore(load_config(None, data_dir=data_dir))
        core.open_catalog()
        service = RequestService(core)
        with core.catalog.connect() as connection:
            item = connection.execute(text(
                "SELECT number FROM items WHERE samples_on_hand > 0 LIMIT 1")).scalar_one()
        values = {"item_number": item, "quantity": 1, "company": "Avtoehtiyot MChJ",
                  "contact_name": "Aliyev Vali", "phone": "+998901234567",
                  "region": "fergana", "consent": True, "language": "uz"}
        service.slip_pdf(service.file_sample(values))  # fonts registered, caches warm
        times: dict[str, list[float]] = {name: [] for name in
                                         ("file", "pdf", "to-pdf", "to-job", "to-printed")}
        pdf = b""
        for _ in range(count):
            started = time.perf_counter()
            record = service.file_sample(values)
            filed = time.perf_counter()
            pdf = service.slip_pdf(record)
            made = time.perf_counter()
            times["file"].append(filed - started)
            times["pdf"].append(made - filed)
            times["to-pdf"].append(made - started)
            if queue is None:
                continue
            job = service.printer(queue).print_pdf(pdf, record.number)
            service.record_printed(record.number, job.job_id)
            times["to-job"].append(made - started + job.submit_s)
            times["to-printed"].append(made - started + job.done_s)
        paper = core.config.printer.paper
        core.close()
    return times, len(pdf), paper


def time_slips(count: int, queue: str) -> dict[str, float | None]:
    """Medians for `python -m bench`: request to PDF, and to a job accepted by CUPS."""
    printing = _cups_up(queue)
    times, _size, _paper = measure(count, queue if printing else None)
    return {"slip_pdf_ms": statistics.median(times["to-pdf"]) * 1000,
            "slip_cups_ms": statistics.median(times["to-job"]) * 1000 if printing else None}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20, help="requests to file and print")
    parser.add_argument("--queue", default="SlipPDF", help="CUPS queue (SlipPDF)")
    parser.add_argument("--no-print", action="store_true", help="measure the PDF side only")
    args = parser.parse_args()
    if not args.no_print:
        subprocess.run([str(ROOT / "deploy" / "start-cups.sh")], check=True)
    times, size, paper = measure(args.count, None if args.no_print else args.queue)
    print(f"{args.count} requests, slip {size / 1024:.0f} KiB, paper {paper}, "
          f"queue {'-' if args.no_print else args.queue}")
    for name, measured in times.items():
        if measured:
            print(_summary(name, measured))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

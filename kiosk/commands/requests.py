"""Request commands: `requests new|list|print|show|cancel|issue|scan|slip|printer|test-print`
and `set-pin`, for operations, scripts and tests.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from db.state_models import RequestKind, RequestStatus

from kiosk.commands.common import CommandError, SubParsers, add_command, open_core
from kiosk.config import LANGUAGES
from kiosk.printing import PrinterError
from kiosk.regions import REGIONS
from kiosk.requests.errors import DraftError, RequestError
from kiosk.requests.forms import HELP_KINDS, format_phone
from kiosk.requests.records import RequestRecord
from kiosk.requests.service import RequestService
from kiosk.slip_codes import SlipError
from kiosk.staff import StaffAuth, StaffError, StaffReason

# Draft fields as the options that set them.
OPTION_OF = {"item_number": "--item", "contact_name": "--name", "help_kind": "--help-kind",
             "language": "--lang"}
Handler = Callable[[argparse.Namespace], int]


def register(commands: SubParsers) -> None:
    group = add_command(commands, "requests", _missing_subcommand,
                        "sample and help requests: file, list, print, hand over")
    sub = group.add_subparsers(dest="requests_command", metavar="SUBCOMMAND")

    new = add_command(sub, "new", new_request,
                      "file a request and print its number (a sample request with --item, a "
                      "help request with --help-kind)")
    new.add_argument("--item", metavar="NUMBER", help="catalog item number (sample request)")
    new.add_argument("--help-kind", choices=[k.value for k in HELP_KINDS],
                     help="the centre's help asked for, instead of an item")
    new.add_argument("--description", default="", help="what the help request is about")
    new.add_argument("--company", default="")
    new.add_argument("--name", default="", help="contact person")
    new.add_argument("--phone", default="", help="+998 and 9 digits")
    new.add_argument("--region", default="", metavar="CODE",
                     help="one of: " + ", ".join(r.code for r in REGIONS))
    new.add_argument("--consent", action="store_true",
                     help="the requester consents to the processing of personal data")
    new.add_argument("--tin", default="", help="taxpayer number (9 digits)")
    new.add_argument("--email", default="")
    new.add_argument("--note", default="")
    new.add_argument("--quantity", default="1", help="number of samples (1)")
    new.add_argument("--lang", choices=LANGUAGES, default=None,
                     help="the requester's language (the kiosk's default language)")
    new.add_argument("--filed-by", choices=("visitor", "staff"), default="staff",
                     help="who filled the form in (staff: on behalf of a visitor who phoned)")
    new.add_argument("--print", action="store_true", dest="print_now",
                     help="print the slip at once (also done when printer.auto_print is set)")

    listing = add_command(sub, "list", list_requests, "the request queue, newest first")
    listing.add_argument("--status", choices=[s.value for s in RequestStatus], action="append",
                         help="only these statuses (repeatable)")
    listing.add_argument("--kind", choices=[k.value for k in RequestKind], action="append")
    listing.add_argument("--search", default="", help="words in number, company, name, phone...")
    listing.add_argument("--limit", type=int, default=200)

    printing = add_command(sub, "print", print_request,
                           "print (or reprint) a request's slip; exit status 1 if it fails")
    printing.add_argument("number", metavar="NUMBER")
    printing.add_argument("--printer", metavar="QUEUE", default=None,
                          help="CUPS queue (printer.queue of the configuration)")

    show = add_command(sub, "show", show_request, "everything about one request")
    show.add_argument("number", metavar="NUMBER")

    cancel = add_command(sub, "cancel", cancel_request, "cancel a request, with a reason")
    cancel.add_argument("number", metavar="NUMBER")
    cancel.add_argument("--reason", required=True)

    issue = add_command(sub, "issue", issue_request, "record that the samples were handed over")
    issue.add_argument("number", metavar="NUMBER")

    scan = add_command(sub, "scan", scan_request,
                       "the request of a slip's QR text (check value verified)")
    scan.add_argument("text", metavar="TEXT")

    slip = add_command(sub, "slip", write_slip, "write a request's slip PDF to a file")
    slip.add_argument("number", metavar="NUMBER")
    slip.add_argument("--out", type=Path, required=True, metavar="PATH")

    state = add_command(sub, "printer", printer_state, "the printer queue's state")
    state.add_argument("--printer", metavar="QUEUE", default=None)

    test_print = add_command(sub, "test-print", test_print_slip, "print a test slip")
    test_print.add_argument("--printer", metavar="QUEUE", default=None)

    pin = add_command(commands, "set-pin", set_pin,
                      "set the staff PIN (4 to 8 digits; asked twice, not shown)")
    pin.add_argument("--pin-stdin", action="store_true",
                     help="read the PIN from the first line of standard input (scripts)")


def _missing_subcommand(args: argparse.Namespace) -> int:
    raise CommandError("requests needs a subcommand: new, list, print, show, cancel, issue, "
                       "scan, slip, printer or test-print (see main.py requests --help)")


@contextmanager
def _service(args: argparse.Namespace) -> Iterator[RequestService]:
    with open_core(args, catalog=False) as core:
        try:
            yield RequestService(core)
        except DraftError as error:
            lines = [f"{OPTION_OF.get(p.field, '--' + p.field.replace('_', '-'))}: {p.message}"
                     for p in error.problems]
            raise CommandError("the request is not valid:\n  " + "\n  ".join(lines)) from None
        except (RequestError, PrinterError, SlipError, StaffError) as error:
            raise CommandError(error.message) from None


def new_request(args: argparse.Namespace) -> int:
    if bool(args.item) == bool(args.help_kind):
        raise CommandError("give either --item (a sample request) or --help-kind")
    with _service(args) as service:
        values: dict[str, object] = {
            "language": args.lang or service.config.kiosk.default_language,
            "company": args.company, "contact_name": args.name, "phone": args.phone,
            "region": args.region, "tin": args.tin, "email": args.email, "note": args.note,
            "consent": args.consent,
        }
        if args.item:
            record = service.file_sample({**values, "item_number": args.item,
                                          "quantity": args.quantity}, filed_by=args.filed_by)
        else:
            record = service.file_help({**values, "help_kind": args.help_kind,
                                        "description": args.description},
                                       filed_by=args.filed_by)
        print(record.number, flush=True)  # on disk already: a kill from here on loses nothing
        if args.print_now or service.auto_print:
            try:
                job = service.print_slip(record.number)
                print(f"slip printed on {job.queue} as job {job.job_id}", file=sys.stderr)
            except (PrinterError, SlipError) as error:
                print(f"warning: the slip was not printed: {error.message} "
                      f"(print it later with: main.py requests print {record.number})",
                      file=sys.stderr)
    return 0


def _line(record: RequestRecord) -> str:
    what = (f"{record.item_number} x{record.quantity}" if record.is_sample
            else record.kind.value)
    fields = [record.number, record.status.value,
              record.local_created_at.strftime("%Y-%m-%d %H:%M"), what, record.company,
              record.contact_name, format_phone(record.phone)]
    if record.print_error and not record.printed:
        fields.append(f"not printed: {record.print_error}")
    return "\t".join(field.replace("\t", " ") for field in fields)


def list_requests(args: argparse.Namespace) -> int:
    with _service(args) as service:
        records = service.list_requests(
            search=args.search, statuses=[RequestStatus(s) for s in args.status or ()],
            kinds=[RequestKind(k) for k in args.kind or ()], limit=max(1, args.limit))
        for record in records:
            print(_line(record))
        if not records:
            print("no requests", file=sys.stderr)
    return 0


def print_request(args: argparse.Namespace) -> int:
    with _service(args) as service:
        job = service.print_slip(args.number, queue=args.printer)
        print(f"printed {service.get(args.number).number} on {job.queue} as job {job.job_id}")
    return 0


def _show(record: RequestRecord) -> None:
    for name, value in (
        ("number", record.number), ("status", record.status.value),
        ("kind", record.kind.value), ("filed", record.local_created_at.isoformat(" ", "seconds")),
        ("filed by", record.filed_by), ("language", record.language),
        ("item", f"{record.item_number or '-'} {record.item_name}".strip()),
        ("quantity", str(record.quantity)), ("company", record.company),
        ("name", record.contact_name), ("phone", format_phone(record.phone)),
        ("region", record.region), ("TIN", record.tin or "-"), ("e-mail", record.email or "-"),
        ("note", record.note or "-"), ("description", record.description or "-"),
        ("printed", record.printed_at.isoformat(" ", "seconds") if record.printed_at else "no"),
        ("print job", record.print_job or "-"), ("print error", record.print_error or "-"),
        ("cancel reason", record.cancel_reason or "-"),
    ):
        print(f"{name + ':':15}{value}")


def show_request(args: argparse.Namespace) -> int:
    with _service(args) as service:
        _show(service.get(args.number))
    return 0


def cancel_request(args: argparse.Namespace) -> int:
    with _service(args) as service:
        print(f"cancelled {service.cancel(args.number, args.reason).number}")
    return 0


def issue_request(args: argparse.Namespace) -> int:
    with _service(args) as service:
        record = service.mark_issued(args.number)
        print(f"issued {record.quantity} sample(s) of {record.item_number} for {record.number}")
    return 0


def scan_request(args: argparse.Namespace) -> int:
    with _service(args) as service:
        _show(service.find_by_scan(args.text))
    return 0


def write_slip(args: argparse.Namespace) -> int:
    with _service(args) as service:
        args.out.write_bytes(service.slip_pdf(service.get(args.number)))
        print(args.out)
    return 0


def printer_state(args: argparse.Namespace) -> int:
    with _service(args) as service:
        state = service.printer_state(args.printer)
        print(f"queue:     {state.queue}")
        print(f"enabled:   {'yes' if state.enabled else 'no (stopped)'}")
        print(f"accepting: {'yes' if state.accepting else 'no'}")
        print(f"paper:     {'OUT' if state.paper_out else 'ok'}")
        print(f"jobs:      {state.pending_jobs} waiting")
        print(f"message:   {state.message or '-'}")
        print(f"alerts:    {' '.join(state.alerts) or '-'}")
        return 0 if state.ready else 1


def test_print_slip(args: argparse.Namespace) -> int:
    with _service(args) as service:
        job = service.print_test_slip(args.printer)
        print(f"test slip printed on {job.queue} as job {job.job_id}")
    return 0


def set_pin(args: argparse.Namespace) -> int:
    if args.pin_stdin:
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass("New staff PIN (4-8 digits): ").strip()
        if getpass.getpass("The same PIN again: ").strip() != pin:
            raise CommandError(str(StaffError(StaffReason.PIN_MISMATCH,
                                              "the two PINs differ; nothing was changed")))
    with open_core(args, catalog=False) as core:
        try:
            StaffAuth(core).set_pin(pin)
        except StaffError as error:
            raise CommandError(f"{error.message}; nothing was changed") from None
    print("staff PIN set")
    return 0

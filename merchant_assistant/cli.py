"""Command-line interface. Built on merchant_assistant.service, like the UI; imports no Qt.

Every error the user can act on prints one line on stderr and exits with code 2, leaving no partial file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import APP_NAME, __version__
from .errors import InvalidInput, OutputError, UserError

if TYPE_CHECKING:
    from .workspace import Workspace

LANGUAGES = ("fr", "ar", "en")
PDF_FORMATS = ("full", "brief")  # merchant_assistant.report.FORMATS, without importing the report here
EXIT_USER_ERROR = 2
EXIT_BUG = 1
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a C tool's shell reports


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (not the usage block), exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER_ERROR, f"{self.prog}: error: {message} (see --help)\n")


# What a terminal would act on instead of printing: C0 and C1 control characters (ESC starts colour, cursor and
# title sequences; U+009B is a one-character CSI), DEL, line and paragraph separators, and the bidi embeddings and
# overrides that would reorder the rest of the line. Each is shown as its escape instead (\x1b, \u202e).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e]")
_UNPRINTABLE_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e]")  # the others are escaped already


def terminal_text(text: object) -> str:
    """``text`` as it may be written to a terminal: names and paths typed by someone else included."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))


def _json_text(data: object) -> str:
    """JSON for the terminal: json.dumps escapes C0 characters itself, not C1 ones nor the others above."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _UNPRINTABLE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _csv_header_option(parser: argparse.ArgumentParser, document: str) -> None:
    parser.add_argument(
        "--csv-header",
        choices=("labels", "ids"),
        default="labels",
        help=f"first row of the CSV: column titles in the {document}'s language (default) or the stable column ids",
    )


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py",
        description=f"{APP_NAME}: payment onboarding, security basics and legal readiness for small businesses. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="store_true", help="print the program and content versions")
    parser.add_argument("--db", type=Path, metavar="PATH", help="database file (default: your application-data folder)")
    parser.add_argument(
        "--content", type=Path, metavar="FOLDER", help="use this content pack instead of the bundled one"
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=None, help="language of the app or of the plan (default: fr)"
    )
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help="app only: show the first window, process what is pending, quit with code 0 (for checks and scripts)",
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE.png", help="app only: as --quit-after-startup, saving the window first"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("list", help="list saved businesses with their id, name and readiness")
    commands.add_parser("demo", help="add the built-in sample business and print its id")

    plan = commands.add_parser("plan", help="write the readiness plan of a business as a PDF, or print it as JSON")
    who = plan.add_mutually_exclusive_group(required=True)
    who.add_argument("--business", metavar="ID_OR_NAME", help="id or exact name of a saved business")
    who.add_argument("--demo", action="store_true", help="use the built-in sample business, without saving it")
    who.add_argument(
        "--from",
        dest="from_file",
        type=Path,
        metavar="FILE",
        help="a business file (JSON or YAML, docs/business-file.md), without saving it",
    )
    plan.add_argument("--out", type=Path, metavar="FILE.pdf", help="where to write the PDF")
    plan.add_argument("--json", action="store_true", help="print the ordered plan as JSON instead of writing a PDF")
    plan.add_argument(
        "--csv",
        type=Path,
        metavar="FILE.csv",
        help="also (or only) write the actions as a spreadsheet file (docs/actions-csv.md)",
    )
    _csv_header_option(plan, "plan")
    plan.add_argument(
        "--format",
        choices=PDF_FORMATS,
        default="full",
        help="full: the two-page brief, then the detailed plan (default); brief: only the brief",
    )
    # SUPPRESS: `main.py --lang en plan ...` and `main.py plan --lang en ...` mean the same.
    plan.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of the plan (default: fr)")
    plan.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="date printed on the plan (default: today)")

    business = commands.add_parser("business", help="business files")
    business_commands = business.add_subparsers(
        dest="business_command", metavar="COMMAND", parser_class=_Parser, required=True
    )
    template = business_commands.add_parser(
        "template", help="write an empty business file listing every profile field and question with allowed values"
    )
    template.add_argument("--out", type=Path, required=True, metavar="FILE.yaml", help="where to write it")
    template.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of the comments")

    export = commands.add_parser(
        "export", help="write one business to an exchange file, to carry it to another laptop (docs/file-format.md)"
    )
    export.add_argument("--business", required=True, metavar="ID_OR_NAME", help="id or exact name of the business")
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="where to write it (JSON)")
    export.add_argument(
        "--passphrase-file", type=Path, metavar="F", help="protect the file with the passphrase held in F"
    )
    imports = commands.add_parser(
        "import",
        help="add businesses from exchange or business files (each file all or nothing); prints the id of each "
        "business added or changed",
    )
    imports.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imports.add_argument("--workshop", metavar="ID", help="also add each imported business to this workshop")
    imports.add_argument(
        "--on-conflict",
        choices=("keep-both", "replace", "merge", "skip"),
        help="when a business is already here: keep both, replace it, merge (the newer answer wins, conflicts "
        "listed on stderr) or skip the file; without it such a file is refused",
    )
    imports.add_argument("--passphrase-file", type=Path, metavar="F", help="the passphrase of protected files, in F")

    content = commands.add_parser("content", help="content-pack tools")
    content_commands = content.add_subparsers(
        dest="content_command", metavar="COMMAND", parser_class=_Parser, required=True
    )
    check = content_commands.add_parser("check", help="validate a content pack (the bundled one by default)")
    check.add_argument("path", nargs="?", type=Path, help="folder holding pack.yaml")
    check.add_argument("--json", action="store_true", help="print one JSON object")

    workshop = commands.add_parser("workshop", help="workshops: participants, their plans, the room's summary")
    workshop_commands = workshop.add_subparsers(
        dest="workshop_command", metavar="COMMAND", parser_class=_Parser, required=True
    )
    create = workshop_commands.add_parser("create", help="create a workshop and print its id")
    create.add_argument("name", help="the workshop's name")
    create.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="the day it takes place")
    create.add_argument("--place", default="", metavar="TEXT", help="where it takes place")
    create.add_argument("--trainer", default="", metavar="TEXT", help="who runs it")
    workshop_commands.add_parser("list", help="list workshops: id, date, participants, name, place, trainer")
    for verb, what in (("add", "add a business to a workshop"), ("remove", "take a business out of a workshop")):
        change = workshop_commands.add_parser(verb, help=what)
        change.add_argument("--workshop", required=True, metavar="ID", help="the workshop's id (or exact name)")
        change.add_argument("--business", required=True, metavar="ID_OR_NAME", help="id or exact name of a business")
    show = workshop_commands.add_parser(
        "show", help="the room's table: each participant's answers, readiness per module, blockers, progress"
    )
    show.add_argument("--workshop", required=True, metavar="ID", help="the workshop's id (or exact name)")
    plans = workshop_commands.add_parser(
        "plans", help="one PDF plan per participant, in one run on every core (progress on stderr)"
    )
    plans.add_argument("--workshop", required=True, metavar="ID", help="the workshop's id (or exact name)")
    plans.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the PDFs (created)")
    plans.add_argument("--format", choices=PDF_FORMATS, default="full", help="full (default) or brief")
    plans.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of the plans")
    plans.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="date printed on the plans (default: today)")
    summary = workshop_commands.add_parser(
        "summary", help="the workshop's summary as a PDF (anonymous unless --names), and a CSV for statistics"
    )
    summary.add_argument("--workshop", required=True, metavar="ID", help="the workshop's id (or exact name)")
    summary.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="where to write the PDF")
    summary.add_argument("--csv", type=Path, metavar="FILE.csv", help="also write one row per participant")
    _csv_header_option(summary, "summary")
    summary.add_argument(
        "--names",
        action="store_true",
        help="list the businesses by name, in the order they joined (default: totals only in the PDF, and CSV rows "
        "in an order unrelated to it)",
    )
    summary.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of the summary")
    summary.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="date printed (default: today)")

    selftest = commands.add_parser(
        "selftest",
        help="check this installation: content, a temporary database, a few answers, a PDF per language, the CSV",
    )
    selftest.add_argument("--keep", type=Path, metavar="FOLDER", help="write the files there and keep them")
    return parser


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    args = build_parser().parse_args(list(argv))
    if args.version and args.command is None:
        args.command = "version"
    return args


# -- commands --------------------------------------------------------------------------------------------------
def cmd_version(args: argparse.Namespace) -> int:
    from .content import check_pack

    report = check_pack(args.content)
    print(f"{APP_NAME} {__version__} (content {report.version or '?'}, reviewed {report.reviewed or '?'})")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from .content import load_pack
    from .service import business_readiness, open_store

    pack = load_pack(args.content)
    with open_store(args.db) as store:
        businesses = store.list_businesses()
        if not businesses:
            print("No business saved yet. Start the app, or add the sample with: main.py demo")
            return 0
        rows = [
            (str(b.id), terminal_text(b.name), f"{business_readiness(store, pack, b).overall}%") for b in businesses
        ]
    width_id = max(2, *(len(r[0]) for r in rows))
    width_name = max(4, *(len(r[1]) for r in rows))
    print(f"{'ID':>{width_id}}  {'NAME':<{width_name}}  READINESS")
    for rid, name, readiness in rows:
        print(f"{rid:>{width_id}}  {name:<{width_name}}  {readiness:>9}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .content import load_pack
    from .service import add_demo_business, open_store

    pack = load_pack(args.content)
    with open_store(args.db) as store:
        print(add_demo_business(store, pack))
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    from .content import load_pack
    from .plan import build_plan
    from .service import demo_plan

    out: Path | None = args.out
    lang = args.lang or "fr"
    if out is None and not args.json and args.csv is None:
        raise InvalidInput("plan_needs_output")
    if out is not None and out.suffix.lower() != ".pdf":
        raise InvalidInput("output_not_pdf", path=out)
    if args.csv is not None and args.csv.suffix.lower() != ".csv":
        raise InvalidInput("output_not_csv", path=args.csv)
    pack = load_pack(args.content)
    if args.demo:
        plan = demo_plan(pack, today=args.date)
    elif args.from_file is not None:
        from .business_file import read_business_file

        business_file = read_business_file(args.from_file, pack)
        for warning in business_file.warnings:  # accepted, but worth a look (a RIB whose key does not match)
            print(f"warning: {terminal_text(warning.message(args.lang or 'en'))}", file=sys.stderr)
        plan = build_plan(
            pack, business_file.profile, business_file.answer_records(), business_file.statuses, today=args.date
        )
    else:
        from .progress import PLAN
        from .workspace import Workspace

        with Workspace.open(args.db, pack) as workspace:
            business = workspace.store.find_business(args.business)
            plan = workspace.plan(business, today=args.date)  # with its progress since the last snapshot
            if out is not None:
                from .report import save_pdf

                save_pdf(plan, out, lang, args.format)
                workspace.record_snapshot(business.id, PLAN, plan=plan)  # the next plan says what changed since
    if out is not None and (args.demo or args.from_file is not None):
        from .report import save_pdf

        save_pdf(plan, out, lang, args.format)
    if args.csv is not None:
        from .report.actions_csv import save_csv

        save_csv(plan, args.csv, lang, args.csv_header)
    if args.json:
        from .plan_data import plan_to_dict

        print(_json_text(plan_to_dict(plan, lang)))
    else:
        for written in (out, args.csv):
            if written is not None:
                print(terminal_text(written))
    return 0


def cmd_business(args: argparse.Namespace) -> int:
    from .business_file import write_template
    from .content import load_pack

    pack = load_pack(args.content)
    print(terminal_text(write_template(pack, args.out, args.lang or "fr")))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .content import load_pack
    from .sealed import read_passphrase_file
    from .workspace import Workspace

    passphrase = read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
    with Workspace.open(args.db, load_pack(args.content)) as workspace:
        business = workspace.store.find_business(args.business)
        print(terminal_text(workspace.export_business(business.id, args.out, passphrase)))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .content import load_pack
    from .exchange import HERE
    from .messages import message
    from .sealed import read_passphrase_file
    from .workspace import Workspace

    lang = args.lang or "en"
    passphrase = read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
    failed = False
    with Workspace.open(args.db, load_pack(args.content)) as workspace:
        workshop_id = workspace.store.find_workshop(args.workshop).id if args.workshop else None
        for path in args.files:
            try:
                result = workspace.import_file(path, args.on_conflict, passphrase, workshop_id)
            except UserError as error:  # this file is refused whole; the next ones are still imported
                print(f"error: {terminal_text(error.message(lang))}", file=sys.stderr)
                failed = True
                continue
            for conflict in result.conflicts:
                code = "exchange_conflict_kept_here" if conflict.winner == HERE else "exchange_conflict_kept_imported"
                line = message(
                    code,
                    lang,
                    file=path.name,
                    text=result.name,
                    kind=conflict.kind,
                    id=conflict.item,
                    here=json.dumps(conflict.here, ensure_ascii=False),
                    imported=json.dumps(conflict.imported, ensure_ascii=False),
                )
                print(terminal_text(line), file=sys.stderr)
            if result.changed:
                print(result.business_id)
    return EXIT_USER_ERROR if failed else 0


def cmd_content_check(args: argparse.Namespace) -> int:
    from .content import check_pack

    report = check_pack(args.path or args.content)
    if args.json:
        print(_json_text(report.as_dict()))
    else:
        print(f"Content pack {report.version or '?'}, reviewed {report.reviewed or '?'}")
        for module in report.modules:
            print(f"  module {module['id']}: {module['questions']} questions, {module['actions']} actions")
        print(f"  glossary: {report.glossary_terms} terms, {report.terms_without_reference} without reference")
        for lang, gaps in report.languages.items():
            print(f"  {lang}: {gaps['missing']} missing texts")
        if report.errors:
            print(f"{len(report.errors)} error(s):")
            for error in report.errors:
                print(f"  - {terminal_text(error)}")
        else:
            print("No errors.")
    if report.errors:
        raise UserError("content_check_failed", count=len(report.errors), first=report.errors[0])
    return 0


def _workshop_id(workspace: Workspace, text: str) -> int:
    return workspace.store.find_workshop(text).id


def cmd_workshop(args: argparse.Namespace) -> int:
    from .content import load_pack
    from .workspace import Workspace

    pack = load_pack(args.content)
    with Workspace.open(args.db, pack) as workspace:
        return WORKSHOP_COMMANDS[args.workshop_command](args, workspace)


def workshop_create(args: argparse.Namespace, workspace: Workspace) -> int:
    print(workspace.create_workshop(args.name, args.date, args.place, args.trainer).workshop_id)
    return 0


def workshop_list(args: argparse.Namespace, workspace: Workspace) -> int:
    workshops = workspace.workshops()
    if not workshops:
        print("No workshop yet. Create one with: main.py workshop create NAME")
        return 0
    rows = [
        (str(w.id), w.date or "-", str(len(workspace.participants(w.id))), w.name, w.place, w.trainer)
        for w in workshops
    ]
    _print_table(("ID", "DATE", "PARTICIPANTS", "NAME", "PLACE", "TRAINER"), rows, right=(0, 2))
    return 0


def _print_table(head: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> None:
    rows = [[terminal_text(c) for c in row] for row in rows]
    widths = [max(len(head[i]), *(len(r[i]) for r in rows)) for i in range(len(head))]
    for row in (list(head), *rows):
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))]
        print("  ".join(cells).rstrip())


def workshop_add(args: argparse.Namespace, workspace: Workspace) -> int:
    workshop_id = _workshop_id(workspace, args.workshop)
    business = workspace.store.find_business(args.business)
    workspace.add_participant(workshop_id, business.id)
    print(business.id)
    return 0


def workshop_remove(args: argparse.Namespace, workspace: Workspace) -> int:
    workshop_id = _workshop_id(workspace, args.workshop)
    business = workspace.store.find_business(args.business)
    if not workspace.remove_participant(workshop_id, business.id).fields:
        raise InvalidInput("workshop_not_participant", text=business.name, id=workshop_id)
    print(business.id)
    return 0


def workshop_show(args: argparse.Namespace, workspace: Workspace) -> int:
    from .workshops import participant_rows

    workshop_id = _workshop_id(workspace, args.workshop)
    workshop = workspace.workshop(workshop_id)
    print(" · ".join(p for p in (workshop.name, workshop.date, workshop.place, workshop.trainer) if p))
    table = participant_rows(workspace, workshop_id)
    if not table:
        print("No participant yet. Add one with: main.py workshop add --workshop ID --business ID_OR_NAME")
        return 0
    modules = [m.id for m in workspace.pack.modules]
    head = ["ID", "PARTICIPANT", "ANSWERED", "READINESS", *(m.upper() for m in modules), "BLOCKERS", "DONE", "SINCE"]
    rows = []
    for row in table:
        since = row.since_last_workshop
        rows.append(
            [
                str(row.business.id),
                row.business.name,
                f"{row.answered}/{row.applicable}",
                f"{row.overall}%",
                *("-" if row.modules.get(m) is None else f"{row.modules[m]}%" for m in modules),
                str(row.blockers),
                f"{row.done}/{row.actions}",
                "first workshop"
                if since is None
                else f"{since.actions_done:+d} done, {since.readiness_change:+d} pts since {since.since}",
            ]
        )
    _print_table(head, rows, right=(0, 2, 3, *range(4, 4 + len(modules)), 4 + len(modules)))
    return 0


def _output_folder(path: Path) -> Path:
    """The folder the plans go to, created when missing; a file there, or a folder that cannot be made, is the
    user's to change."""
    if path.exists() and not path.is_dir():
        raise InvalidInput("workshop_out_not_folder", path=path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        from .errors import os_reason

        if path.is_file() or isinstance(error, (FileExistsError, NotADirectoryError)):
            raise InvalidInput("workshop_out_not_folder", path=path) from error
        raise InvalidInput("workshop_out_cannot_create", path=path, reason=os_reason(error)) from error
    return path


def workshop_plans(args: argparse.Namespace, workspace: Workspace) -> int:
    from .batch import PlanFailure, PlanJob, plan_jobs, record_workshop_snapshots, render_plans

    lang = args.lang or "fr"
    workshop_id = _workshop_id(workspace, args.workshop)
    if not workspace.participants(workshop_id):
        raise InvalidInput("workshop_empty", id=workshop_id)
    jobs = plan_jobs(workspace, workshop_id, _output_folder(args.out), lang, args.format, today=args.date)

    def progress(done: int, total: int, job: PlanJob, failure: PlanFailure | None) -> None:
        print(f"[{done}/{total}] {terminal_text(job.name)}", file=sys.stderr)
        if failure is not None:  # in the language of the other messages: --lang, else English
            said = args.lang or "en"
            line = UserError("workshop_plan_failed", text=job.name, reason=failure.error.message(said)).message(said)
            print(f"error: {terminal_text(line)}", file=sys.stderr)

    result = render_plans(jobs, progress=progress)
    record_workshop_snapshots(workspace, workshop_id, result)
    for job in jobs:
        if job in result.written:
            print(terminal_text(job.path))
    if result.failed:
        raise UserError("workshop_plans_failed", failed=len(result.failed), total=len(jobs))
    return 0


def workshop_summary(args: argparse.Namespace, workspace: Workspace) -> int:
    from .report.summary import save_summary, save_summary_csv
    from .workshops import workshop_summary as summarise

    lang = args.lang or "fr"
    if args.out.suffix.lower() != ".pdf":
        raise InvalidInput("output_not_pdf", path=args.out)
    if args.csv is not None and args.csv.suffix.lower() != ".csv":
        raise InvalidInput("output_not_csv", path=args.csv)
    for target in (args.out, args.csv):  # both or neither: a CSV refused after the PDF was written would leave one
        if target is not None and not target.parent.is_dir():
            raise OutputError("output_folder_missing", path=target, folder=target.parent)
    summary = summarise(workspace, _workshop_id(workspace, args.workshop), today=args.date)
    written = [save_summary(summary, args.out, lang, names=args.names)]
    if args.csv is not None:
        written.append(save_summary_csv(summary, args.csv, lang, names=args.names, header=args.csv_header))
    for path in written:
        print(terminal_text(path))
    return 0


WORKSHOP_COMMANDS = {
    "create": workshop_create,
    "list": workshop_list,
    "add": workshop_add,
    "remove": workshop_remove,
    "show": workshop_show,
    "plans": workshop_plans,
    "summary": workshop_summary,
}


def cmd_selftest(args: argparse.Namespace) -> int:
    from .selftest import run_selftest

    return run_selftest(args.content, args.keep)


COMMANDS = {
    "version": cmd_version,
    "list": cmd_list,
    "demo": cmd_demo,
    "plan": cmd_plan,
    "business": cmd_business,
    "export": cmd_export,
    "import": cmd_import,
    "content": cmd_content_check,
    "workshop": cmd_workshop,
    "selftest": cmd_selftest,
}


def _log_bug(error: BaseException) -> str:
    """Write the traceback of an unexpected failure to the error log shared with the app; return where."""
    from .logs import log_bug

    written = log_bug(error)
    return str(written) if written is not None else "(the log file could not be written)"


def run(args: argparse.Namespace) -> int:
    try:
        return COMMANDS[args.command](args)
    except UserError as error:
        # the user's language when given (--lang), English otherwise: one line, exit code 2; a refused change
        # (Workspace's InvalidChange) names the field it is about
        text = error.message(getattr(args, "lang", None) or "en")
        subject = getattr(error, "subject", None)
        print(f"error: {terminal_text(f'{subject}: {text}' if subject else text)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`main.py workshop show | head`): stop quietly, as other command-line tools do; the
        # output still buffered must not fail again when Python closes stdout.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except OSError as error:
        if error.errno != errno.ENAMETOOLONG:  # a path the system refuses as too long is the user's to change
            return _bug(error)
        named = UserError("path_too_long", path=error.filename or "?")
        print(f"error: {terminal_text(named.message(getattr(args, 'lang', None) or 'en'))}", file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception as error:
        return _bug(error)


def _bug(error: Exception) -> int:
    """One line for the user, the traceback in the log."""
    summary = terminal_text(f"{error.__class__.__name__}: {error}")
    print(f"internal error: {summary} (details in {terminal_text(_log_bug(error))})", file=sys.stderr)
    return EXIT_BUG

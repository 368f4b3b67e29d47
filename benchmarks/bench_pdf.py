"""PDF plan speed, memory and size, against a bare reportlab document of the same page count.

    python benchmarks/bench_pdf.py [--runs 5] [--lang fr ar en] [--pack PATH]

For each language: the sample business's whole plan (load nothing twice: build the plan from the demo
answers, render it) and, in the same run, a bare reportlab document with as many pages (plain paragraphs and
a small table per page, in the same embedded TrueType font, since a plan with accents cannot use the base-14
fonts). Times are medians of ``--runs`` warm runs; the first (cold) render, which registers the fonts, is shown
separately. The plan and the bare document run in turn (plan, bare, plan, bare, ...) so that both meet the same
load on a shared machine; the ratio is the median of the ratios of each pair. Prints the ratio (target: <= 2.0),
the peak memory of the process (target: < 150 MB) and the file size (target: < 1 MB).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PLAN_DATE = dt.date(2026, 11, 26)
LOREM = (
    "Le commerçant prépare son dossier d'affiliation : registre de commerce, identifiant commun de "
    "l'entreprise, relevé d'identité bancaire et pièce d'identité du gérant. La banque vérifie aussi le site "
    "internet, les conditions générales de vente et la politique de remboursement avant de signer le contrat."
)


def load_demo_pack(path: str | None):
    from merchant_assistant.content import load_pack
    from merchant_assistant.errors import ContentError

    if path:
        return load_pack(Path(path)), path
    try:
        pack = load_pack()
        if pack.demo.get("answers"):
            return pack, "bundled pack (resources/content)"
    except ContentError:
        pass
    fixture = ROOT / "tests" / "data" / "pack"
    return load_pack(fixture), f"test fixture pack ({fixture})"


def render_plan(pack, lang: str, cold: bool = True) -> bytes:
    """Build and render the demo plan; ``cold`` forgets the text engine's caches first (as in a new process)."""
    from merchant_assistant.plan import build_plan
    from merchant_assistant.report import render_pdf
    from merchant_assistant.report.textlayout import clear_caches

    if cold:
        clear_caches()

    plan = build_plan(pack, pack.demo["profile"], pack.demo["answers"], today=PLAN_DATE)
    return render_pdf(plan, lang)


def bare_document(pages: int) -> bytes:
    """A plain reportlab document of ``pages`` pages: paragraphs and a table on each, embedded TTF font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from merchant_assistant.report.fonts import LATIN, register_fonts

    register_fonts()
    style = ParagraphStyle("body", fontName=LATIN, fontSize=9.5, leading=14)
    story = []
    for n in range(pages):
        story += [Paragraph(f"{n + 1}. {LOREM}", style) for _ in range(8)]
        rows = [[Paragraph(f"cell {r}.{c} {LOREM[:60]}", style) for c in range(4)] for r in range(6)]
        story.append(Table(rows))
        if n + 1 < pages:
            story.append(PageBreak())
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


def page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def paired_times(plan, bare, runs: int) -> tuple[float, float, float]:
    """Median time of ``plan`` and of ``bare``, run in turn, and the median ratio of each pair."""
    plan_times, bare_times = [], []
    for _ in range(runs):
        for fn, times in ((plan, plan_times), (bare, bare_times)):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
    ratios = [p / b for p, b in zip(plan_times, bare_times)]
    return statistics.median(plan_times), statistics.median(bare_times), statistics.median(ratios)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", nargs="+", default=["fr", "ar", "en"])
    parser.add_argument("--pack", help="content pack folder (default: the bundled pack, else the test pack)")
    parser.add_argument("--no-cli", dest="cli", action="store_false", help="skip the whole-command comparison")
    parser.add_argument("--bare-pages", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--bare-out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bare_pages:
        return bare_main(args.bare_pages, args.bare_out)

    pack, source = load_demo_pack(args.pack)
    print(f"content: {source}, version {pack.version}; {args.runs} warm runs in turn with the bare document, median")

    t = time.perf_counter()
    render_plan(pack, args.lang[0])
    print(f"cold first render ({args.lang[0]}, includes font registration): {time.perf_counter() - t:.3f} s")

    ratios = []
    print(f"{'lang':<5}{'pages':>6}{'plan s':>9}{'bare s':>9}{'ratio':>8}{'size KB':>10}{'py peak MB':>12}")
    for lang in args.lang:
        data = render_plan(pack, lang)
        pages = page_count(data)
        plan_t, bare_t, ratio = paired_times(
            lambda lang=lang: render_plan(pack, lang), lambda pages=pages: bare_document(pages), args.runs
        )
        tracemalloc.start()
        render_plan(pack, lang)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        ratios.append(ratio)
        print(
            f"{lang:<5}{pages:>6}{plan_t:>9.3f}{bare_t:>9.3f}{ratio:>8.2f}{len(data) / 1024:>10.0f}"
            f"{peak / 2**20:>12.1f}"
        )
    rss = peak_rss_mb()
    print(f"worst ratio (in process): {max(ratios):.2f} (target <= 2.00)")
    if rss is not None:
        print(f"peak memory of this benchmark process: {rss:.0f} MB (target < 150 MB)")
    if args.cli and not args.pack:
        cli_ratios = []
        print("\nwhole command, new process each time (python main.py plan --demo) vs a bare reportlab script:")
        print(f"{'lang':<5}{'pages':>6}{'plan s':>9}{'bare s':>9}{'ratio':>8}{'peak MB*':>10}")
        with tempfile.TemporaryDirectory() as tmp:
            for lang in args.lang:
                out = Path(tmp) / f"plan-{lang}.pdf"
                cmd = [sys.executable, str(ROOT / "main.py"), "plan", "--demo", "--out", str(out), "--lang", lang]
                run_process(cmd)
                pages = page_count(out.read_bytes())
                bare_cmd = [sys.executable, __file__, "--bare-pages", str(pages), "--bare-out", str(out) + ".bare"]
                peaks: list[float | None] = []
                plan_t, bare_t, ratio = paired_times(
                    lambda c=cmd, p=peaks: p.append(run_process(c)), lambda c=bare_cmd: run_process(c), args.runs
                )
                cli_ratios.append(ratio)
                known = [p for p in peaks if p is not None]
                mb = f"{max(known):>10.0f}" if known else f"{'?':>10}"
                print(f"{lang:<5}{pages:>6}{plan_t:>9.3f}{bare_t:>9.3f}{ratio:>8.2f}{mb}")
        print(f"worst ratio (whole command): {max(cli_ratios):.2f} (target <= 2.00)")
        print("* peak resident memory of the plan command (Linux counts pages shared with this parent: an upper bound)")
    return 0


def run_process(cmd: list[str]) -> float | None:
    """Run a command to its end; its peak resident memory in MB (POSIX: from wait4; None elsewhere)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    peak = None
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, env=env)
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        rss = usage.ru_maxrss
        peak = rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024
    else:
        proc.wait()
    if proc.returncode:
        raise SystemExit(f"command failed: {' '.join(cmd)}")
    return peak


def bare_main(pages: int, out: str) -> int:
    Path(out).write_bytes(bare_document(pages))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

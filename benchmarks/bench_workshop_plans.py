"""A workshop's plans: `workshop plans` for 100 participants, in one process on every core, against the same plans
rendered one after the other in one process (the floor, measured in the same run).

    python benchmarks/bench_workshop_plans.py [--count 100] [--floor 25] [--lang fr] [--format full]

The participants are the twelve test businesses (tests/businesses), again and again under numbered names. The
measured run is what the command does after reading its arguments: the jobs read from the database
(merchant_assistant.batch.plan_jobs), the PDFs rendered by worker processes started for the run (spawn, each
loading the content and fonts once) and written, and a snapshot recorded per participant. The floor renders the
first ``--floor`` of the same jobs in this process (workers=1); the ratio is its time per plan over the batch's.
Target: the whole batch under 20 s (exit status 1 otherwise).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_S = 20.0


def make_workshop(db: Path, count: int) -> int:
    from merchant_assistant.business_file import read_business_file
    from merchant_assistant.content import load_pack
    from merchant_assistant.workspace import Workspace

    pack = load_pack()
    files = sorted((ROOT / "tests" / "businesses").glob("[0-9]*.yaml"))
    businesses = [read_business_file(path, pack) for path in files]
    with Workspace.open(db, pack) as workspace:
        workshop = workspace.create_workshop("Benchmark").workshop_id
        for n in range(count):
            business = businesses[n % len(businesses)]
            profile = {**business.profile, "name": f"{business.profile['name']} {n + 1}"}
            business_id = workspace.create_business(profile, business.answers).business_id
            workspace.add_participant(workshop, business_id)
    return workshop


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100, help="participants (default 100)")
    parser.add_argument("--floor", type=int, default=25, help="plans rendered one by one for the floor (default 25)")
    parser.add_argument("--lang", default="fr", choices=("fr", "ar", "en"))
    parser.add_argument("--format", default="full", choices=("full", "brief"))
    args = parser.parse_args(argv)

    from merchant_assistant.batch import default_workers, plan_jobs, record_workshop_snapshots, render_plans
    from merchant_assistant.content import load_pack
    from merchant_assistant.workspace import Workspace

    with tempfile.TemporaryDirectory(prefix="bench-workshop-") as tmp:
        folder = Path(tmp)
        db = folder / "bench.sqlite3"
        workshop = make_workshop(db, args.count)
        out, floor_out = folder / "plans", folder / "floor"
        out.mkdir()
        floor_out.mkdir()
        workers = default_workers(args.count)

        began = time.perf_counter()
        with Workspace.open(db, load_pack()) as workspace:
            jobs = plan_jobs(workspace, workshop, out, args.lang, args.format)
            result = render_plans(jobs)
            record_workshop_snapshots(workspace, workshop, result)
        batch_s = time.perf_counter() - began
        if result.failed or len(result.written) != args.count:
            print(f"FAILED: {len(result.failed)} plans not written", file=sys.stderr)
            return 2
        size = sum(p.stat().st_size for p in out.iterdir()) / args.count / 1024

        with Workspace.open(db, load_pack()) as workspace:
            floor_jobs = plan_jobs(workspace, workshop, floor_out, args.lang, args.format)[: args.floor]
        began = time.perf_counter()
        render_plans(floor_jobs, workers=1)
        floor_per_plan = (time.perf_counter() - began) / len(floor_jobs)

    per_plan = batch_s / args.count
    print(f"workshop plans: {args.count} plans ({args.lang}, {args.format}, {size:.0f} KB each) on {workers} workers")
    print(
        f"batch {batch_s:.1f} s (target < {TARGET_S:.0f} s), {per_plan * 1000:.0f} ms per plan, {os.cpu_count()} cores"
    )
    print(
        f"ratio of one-by-one in one process ({floor_per_plan * 1000:.0f} ms per plan, {args.floor} plans) to the "
        f"batch per plan: {floor_per_plan / per_plan:.2f} (speed-up; {args.count} plans one by one: "
        f"{floor_per_plan * args.count:.1f} s)"
    )
    return 0 if batch_s < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())

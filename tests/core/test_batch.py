"""Batch plans (merchant_assistant.batch): one PDF per participant with a file name of its own, progress after each
plan, a cancel that leaves no partial file, and one plan's failure not stopping the others."""

from __future__ import annotations

from dataclasses import replace

import pytest

from merchant_assistant.batch import plan_jobs, record_workshop_snapshots, render_plans
from merchant_assistant.files import DEFAULT_NAME_MAX, name_length, safe_stem, unique_names
from merchant_assistant.progress import WORKSHOP
from merchant_assistant.workspace import Workspace

from ..helpers import pdf_text

PROFILE = {"legal_form": "sarl", "sector": "retail"}


@pytest.fixture
def workspace(store, bundled_pack):
    return Workspace(store, bundled_pack)


@pytest.fixture
def out(tmp_path):
    """The plans' folder (tmp_path also holds the database)."""
    folder = tmp_path / "plans"
    folder.mkdir()
    return folder


def room(ws: Workspace, *names: str) -> int:
    workshop = ws.create_workshop("Atelier").workshop_id
    for name in names:
        ws.add_participant(workshop, ws.create_business({**PROFILE, "name": name}).business_id)
    return workshop


# -- file names ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name, expected",
    [
        ("Café Zitoun", "Café Zitoun"),
        ("مقهى الزيتون", "مقهى الزيتون"),  # Arabic kept as it is
        ('A/B\\C:D*E?F"G<H>I|J', "A_B_C_D_E_F_G_H_I_J"),  # what Windows refuses
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("Com1", "_Com1"),
        ("CONSTRUCTION", "CONSTRUCTION"),  # only the device names themselves
        (" ..Riad.. ", "Riad"),  # no leading or trailing dots and spaces (Windows drops them)
        ("fdp\u202eexe.pdf", "fdp_exe.pdf"),  # a bidi override would make the name read otherwise
        ("Cafe\u0301", "Café"),  # composed (NFC), as macOS and Windows compare names
        ("...", "business-7"),
    ],
)
def test_a_business_name_becomes_a_safe_file_name(name, expected):
    assert safe_stem(name, "business-7") == expected


def test_names_are_unique_ignoring_case_and_fit_the_systems_limit(tmp_path):
    long_arabic = "مقهى" * 100  # 400 letters, 800 bytes in UTF-8
    names = unique_names(["Riad", "RIAD", "Riad", long_arabic, long_arabic], ".pdf", tmp_path)
    assert names[:3] == ["Riad.pdf", "RIAD (2).pdf", "Riad (3).pdf"]
    assert names[3] != names[4] and names[4].endswith(" (2).pdf")
    assert all(name_length(n) <= DEFAULT_NAME_MAX for n in names)
    assert names[3].startswith("مقهى")
    for name in names:  # the system takes every one of them
        (tmp_path / name).write_bytes(b"x")
    assert len(list(tmp_path.iterdir())) == 5


def test_two_participants_with_the_same_name_get_two_files(workspace, out):
    workshop = room(workspace, "Épicerie Nour", "épicerie nour", "CON", "دار السلام")
    jobs = plan_jobs(workspace, workshop, out, "fr", "brief")
    assert [j.path.name for j in jobs] == [
        "Épicerie Nour.pdf",
        "épicerie nour (2).pdf",
        "_CON.pdf",
        "دار السلام.pdf",
    ]
    result = render_plans(jobs, workers=2)
    assert not result.failed and not result.cancelled
    assert sorted(p.name for p in out.iterdir()) == sorted(j.path.name for j in jobs)
    assert "دار السلام" in pdf_text(out / "دار السلام.pdf")  # each PDF is its own business's plan


# -- progress, cancel, failure --------------------------------------------------------------------------------------
def test_progress_is_reported_after_each_plan(workspace, out):
    jobs = plan_jobs(workspace, room(workspace, "A", "B", "C"), out, "en", "brief")
    seen = []
    result = render_plans(jobs, workers=2, progress=lambda done, total, job, failure: seen.append((done, total, job)))
    assert [(d, t) for d, t, _ in seen] == [(1, 3), (2, 3), (3, 3)]
    assert sorted(j.name for _, _, j in seen) == ["A", "B", "C"]
    assert len(result.written) == 3


@pytest.mark.parametrize("workers", [1, 2])
def test_a_cancel_stops_the_next_plans_and_leaves_no_partial_file(workspace, out, workers):
    jobs = plan_jobs(workspace, room(workspace, *"ABCDEF"), out, "fr", "brief")
    done: list[str] = []
    result = render_plans(
        jobs,
        workers=workers,
        progress=lambda d, t, job, failure: done.append(job.name),
        cancelled=lambda: len(done) >= 1,  # the user cancels once the first plan is written
    )
    assert result.cancelled
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(j.path.name for j in result.written)  # finished PDFs stay, nothing else
    assert 1 <= len(result.written) <= workers + 2 < len(jobs)
    assert result.not_started == len(jobs) - len(result.written)
    for name in files:
        assert (out / name).read_bytes().rstrip().endswith(b"%%EOF")


def test_cancelled_before_the_first_plan_writes_nothing(workspace, out):
    jobs = plan_jobs(workspace, room(workspace, "A", "B"), out, "fr", "brief")
    result = render_plans(jobs, workers=2, cancelled=lambda: True)
    assert result.cancelled and result.written == [] and list(out.iterdir()) == []


def test_one_plan_that_cannot_be_written_does_not_stop_the_others(workspace, out):
    workshop = room(workspace, "A", "Locked", "C")
    jobs = plan_jobs(workspace, workshop, out, "fr", "brief")
    locked = out / "Locked.pdf"
    locked.write_bytes(b"open in a viewer")
    locked.chmod(0o444)  # read-only: never replaced (as a PDF held open on Windows is not)
    failures = []
    result = render_plans(jobs, workers=2, progress=lambda d, t, job, failure: failures.append(failure))
    assert [f.job.name for f in result.failed] == ["Locked"]
    assert [f for f in failures if f is not None] == result.failed
    assert "read-only" in result.failed[0].error.message("en")
    assert locked.read_bytes() == b"open in a viewer"
    assert sorted(j.name for j in result.written) == ["A", "C"]
    record_workshop_snapshots(workspace, workshop, result)
    snapshots = {j.name: workspace.snapshots(j.business_id) for j in jobs}
    assert snapshots["Locked"] == [] and [s.reason for s in snapshots["A"]] == [WORKSHOP]


def test_in_process_and_worker_processes_write_the_same_bytes(workspace, tmp_path):
    workshop = room(workspace, "مقهى", "Café")
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir(), two.mkdir()
    render_plans(plan_jobs(workspace, workshop, one, "ar", "full"), workers=1)
    render_plans(plan_jobs(workspace, workshop, two, "ar", "full"), workers=2)
    for name in ("مقهى.pdf", "Café.pdf"):
        assert (one / name).read_bytes() == (two / name).read_bytes()


def test_workers_that_cannot_start_fail_every_plan_without_raising(workspace, out, tmp_path):
    """A damaged install (here: a content folder with no pack) breaks the worker processes: each plan is reported
    as failed, nothing is written, and the caller (the CLI, the app's worker thread) is not brought down."""
    empty = tmp_path / "no-pack"
    empty.mkdir()
    jobs = [replace(j, content=str(empty)) for j in plan_jobs(workspace, room(workspace, "A", "B", "C"), out, "fr")]
    seen = []
    result = render_plans(jobs, workers=2, progress=lambda d, t, job, failure: seen.append(d))
    assert sorted(f.job.name for f in result.failed) == ["A", "B", "C"] and result.written == []
    assert seen == [1, 2, 3]
    assert list(out.iterdir()) == []

"""Twelve real kinds of Moroccan business (tests/businesses/*.yaml, business files): each plan has the actions that
business must get, none it must not get, and the first five steps a trainer would give it
(tests/businesses/expected.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from merchant_assistant.business_file import read_business_file
from merchant_assistant.plan import build_plan

from ..conftest import PLAN_DATE, ROOT

FOLDER = ROOT / "tests" / "businesses"
EXPECTED = yaml.safe_load((FOLDER / "expected.yaml").read_text(encoding="utf-8"))
FILES = sorted(p.name for p in FOLDER.glob("[0-9]*.yaml"))


def test_there_are_a_dozen_businesses_each_with_expectations():
    assert len(FILES) >= 12
    assert sorted(EXPECTED) == FILES


@pytest.mark.parametrize("name", FILES)
def test_each_business_gets_the_plan_a_trainer_expects(bundled_pack, name):
    business = read_business_file(Path(FOLDER / name), bundled_pack)
    plan = build_plan(bundled_pack, business.profile, business.answers, business.statuses, today=PLAN_DATE)
    expected = EXPECTED[name]
    got = [item.action.id for item in plan.items]
    missing = sorted(set(expected["must"]) - set(got))
    wrong = sorted(set(expected["must_not"]) & set(got))
    assert not missing, f"missing: {missing}"
    assert not wrong, f"should not get: {wrong}"
    assert got[:5] == expected["first"], f"first five: {got[:5]}"
    assert bool(plan.blockers) == expected["blocked"]

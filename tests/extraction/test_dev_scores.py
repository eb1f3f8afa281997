"""The issue's targets on the development documents, as a regression check.

The development set is for measuring, not fitting: these thresholds are the issue's targets. The
challenge sets (written by someone who never read the extractor, on other real events) were held out
when first scored and have been used for development since; they stay here as regression checks.
"""
from pathlib import Path

import pytest

from extraction.evaluate import evaluate_report

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"


@pytest.fixture(scope="module")
def reports():
    return {name: evaluate_report(GOLD / f"{name}.jsonl")
            for name in ("seed_gold", "dev_ar", "dev_en", "challenge", "challenge2", "challenge3", "challenge4", "challenge5", "challenge6", "challenge7", "challenge8", "challenge9", "challenge10")}


def test_seed_article_exact(reports):
    r = reports["seed_gold"]
    for kind, n in (("meetings", 5), ("invitations", 5), ("messages", 2)):
        assert r[kind]["n_gold"] == r[kind]["n_pred"] == n
        assert r[kind]["strict"]["f1"] == 1.0


@pytest.mark.parametrize("name", ["dev_ar", "dev_en", "challenge", "challenge2", "challenge3", "challenge4", "challenge5",
                                  "challenge6", "challenge7", "challenge10"])
def test_targets(reports, name):
    r = reports[name]
    assert r["meetings"]["strict"]["f1"] >= 0.95
    if name.startswith("dev"):
        # the scorer pairs same-country meetings in the annotator's order; the challenge sets list a
        # visit's counterparts in text order where dev lists them by rank, so roles and modes (a call
        # and a visit with the same minister) pair crosswise there
        assert r["meetings"]["attributes"]["counterpart_role"] >= 0.95
        assert r["meetings"]["attributes"]["mode"] >= 0.95
    assert r["invitations"]["strict"]["f1"] >= 0.92
    if name.startswith("dev"):  # challenge6's annotator leaves "تلبيةً لدعوة" destinations empty
        assert r["invitations"]["attributes"].get("destination", 1.0) >= 0.9
    assert r["messages"]["strict"]["f1"] >= 0.9
    assert r["events_on_trap_docs"] == 0


def test_latest_held_out_set_does_not_regress(reports):
    """challenge8 (24 documents of 2019-2025) was scored once before any change for it: meetings 0.81,
    invitations 0.58, messages 0.67 strict F1, 0 events on 4 traps. These floors are where the first
    fixes left it (see its misses with `diwan evaluate --show-errors`), not the targets."""
    r = reports["challenge8"]
    assert r["meetings"]["strict"]["f1"] >= 0.96
    assert r["invitations"]["strict"]["f1"] >= 0.88
    assert r["messages"]["strict"]["f1"] == 1.0
    assert r["events_on_trap_docs"] == 0


def test_the_newest_held_out_set_does_not_regress(reports):
    """challenge9 (24 documents, messages and invitations weighted) was scored once before any change for
    it: meetings 0.81, invitations 0.67, messages 0.71 strict F1, 0 events on 4 traps. Floors where the
    first fixes left it."""
    r = reports["challenge9"]
    assert r["meetings"]["strict"]["f1"] >= 0.9
    assert r["invitations"]["strict"]["f1"] >= 0.95
    assert r["messages"]["strict"]["f1"] >= 0.93
    assert r["events_on_trap_docs"] == 0


"""Every reason the hub may hold an item for has its own sentence in the outbox panel, in
English and German, and the schedule's sentences name the window's numbers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from workstation.domain.mutations import MutationType
from workstation.domain.outbox import HeldReason
from workstation.domain.windows import ShiftWindow, Skill
from workstation.ui.i18n import Translations
from workstation.ui.outbox.texts import held_reason_text
from workstation.ui.schedule.texts import refusal_text

WINDOW = ShiftWindow(
    id=7,
    client_id=1,
    starts_at=1_800_000_000,
    ends_at=1_800_010_800,
    hourly_rate_cents=2600,
    capacity=4,
    seats_left=0,
    cutoff_minutes=90,
    required_skills=(Skill("language", "de"), Skill("topic", "bookkeeping")),
    booked=False,
)
FALLBACK = "The hub refused it: hub words"


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, translations: Translations) -> str:
    translations.apply(request.param, system_ui_languages=["en"], system_locale=QLocale("en_GB"))
    return str(request.param)


@pytest.mark.parametrize("reason", list(HeldReason))
def test_every_held_reason_has_its_own_sentence(language: str, reason: HeldReason) -> None:
    sentence = held_reason_text(reason.value, "hub words")
    assert sentence and "hub words" not in sentence
    assert held_reason_text("something_new", "hub words") != sentence


def test_schedule_refusals_name_the_numbers(language: str) -> None:
    full = refusal_text("capacity", MutationType.BOOK_WINDOW, WINDOW, None)
    late = refusal_text("cutoff", MutationType.CANCEL_BOOKING, WINDOW, None)
    skills = refusal_text("missing_skill", MutationType.BOOK_WINDOW, WINDOW, None)
    assert "4" in full and "90" in late
    assert "bookkeeping" in skills
    if language == "en":
        assert full == "This window is full: all 4 seats are booked."
        assert late.startswith("It is too late to cancel")
    else:
        assert full == "Dieses Zeitfenster ist voll: Alle 4 Plätze sind gebucht."
        assert late.startswith("Zum Stornieren ist es zu spät")

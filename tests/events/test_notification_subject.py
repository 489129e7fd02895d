"""The settings promise that notifications never show customer names or contact details;
at the "channel, client and subject" level the subject is shown with them masked."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.ui.builders import detail
from workstation.domain.models import CaseStatus
from workstation.domain.notification_subject import MASK, subject_for_notification
from workstation.domain.notifications import (
    NotificationLedger,
    NotificationPreferences,
    PrivacyLevel,
    Situation,
    case_facts,
    plan_notifications,
)


@pytest.mark.parametrize(
    ("subject", "name", "contact", "shown"),
    [
        ("Rechnung doppelt gebucht", "Jürgen Weber", "j.weber@example.de", None),
        ("Rückfrage von Jürgen Weber", "Jürgen Weber", None, f"Rückfrage von {MASK}"),
        ("Herr WEBER fragt nach der Rechnung", "Jürgen Weber", None, None),
        ("Gutes Produkt, Frage zur Lieferung", "Ute Roth", None, None),
        ("@tombaker asks about earbuds", "Tom Baker", "@tombaker", f"{MASK} asks about earbuds"),
        ("Bitte an j.weber@example.de antworten", "Jürgen Weber", None, None),
        ("Rückruf unter 0171 2345678 erbeten", "Ute Roth", "+49 171 2345678", None),
    ],
)
def test_the_subject_loses_the_customer_name_and_contact(
    subject: str, name: str, contact: str | None, shown: str | None
) -> None:
    masked = subject_for_notification(subject, name, contact)
    if shown is not None:
        assert masked == shown
    for part in (*name.split(), *(contact.split() if contact else ())):
        assert part.lower() not in masked.lower().split()
    assert "@example.de" not in masked
    assert "2345678" not in masked
    if subject == "Gutes Produkt, Frage zur Lieferung":
        assert masked == subject  # "Ute" inside "Gutes" is no name


def test_a_full_preview_never_shows_the_customer_name() -> None:
    case = detail(
        id=41,
        status=CaseStatus.OFFERED,
        assigned_to_me=False,
        subject="Jürgen Weber: Rechnung doppelt gebucht",
    )
    _occurrences, ledger = NotificationLedger().after_sync([])
    occurrences, _ledger = ledger.after_sync([case_facts(case, [])])
    preferences = NotificationPreferences(privacy=PrivacyLevel.FULL)
    situation = Situation(now=datetime.now(UTC), in_booked_window=True)
    (shown,) = plan_notifications(occurrences, preferences, situation)
    assert shown.subject == f"{MASK}: Rechnung doppelt gebucht"
    assert shown.client_name == "Buchhalter Software AG"

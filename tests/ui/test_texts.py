"""Hub address checks and the short texts the inbox uses for times."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from workstation.ui.formatting import (
    SlaUrgency,
    answer_due_text,
    duration_text,
    relative_due_text,
    sla_urgency,
)
from workstation.ui.hub_address import HubAddressError, HubAddressProblem, normalize_hub_url

NOW = 1_800_000_000


@pytest.mark.parametrize(
    ("typed", "normalized"),
    [
        ("hub.example.com", "https://hub.example.com"),
        ("  https://Hub.Example.com/  ", "https://hub.example.com"),
        ("https://hub.example.com:8443/api/", "https://hub.example.com:8443/api"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://localhost:8000/", "http://localhost:8000"),
        ("http://[::1]:8000", "http://[::1]:8000"),
    ],
)
def test_hub_addresses_are_normalized(typed: str, normalized: str) -> None:
    assert normalize_hub_url(typed) == normalized


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("   ", HubAddressProblem.EMPTY),
        ("https://", HubAddressProblem.MALFORMED),
        ("https://hub.example.com/?next=1", HubAddressProblem.MALFORMED),
        ("https://user:secret@hub.example.com", HubAddressProblem.MALFORMED),
        ("https://hub.example.com:http", HubAddressProblem.MALFORMED),
        ("ws://hub.example.com", HubAddressProblem.UNSUPPORTED_SCHEME),
        ("http://hub.example.com", HubAddressProblem.PLAIN_HTTP_REMOTE),
        ("http://10.0.0.5:8000", HubAddressProblem.PLAIN_HTTP_REMOTE),
    ],
)
def test_bad_hub_addresses_name_their_problem(typed: str, problem: HubAddressProblem) -> None:
    with pytest.raises(HubAddressError) as raised:
        normalize_hub_url(typed)
    assert raised.value.problem == problem


@pytest.mark.parametrize(
    ("offset", "relative", "sentence", "urgency"),
    [
        (25 * 60, "in 25 min", "Answer due in 25 min", SlaUrgency.SOON),
        (10, "due now", "Answer due now", SlaUrgency.SOON),
        (-2 * 3600, "overdue 2 h", "Answer overdue by 2 h", SlaUrgency.OVERDUE),
        (-90, "overdue 2 min", "Answer overdue by 2 min", SlaUrgency.OVERDUE),
        (5 * 3600, "in 5 h", "Answer due in 5 h", SlaUrgency.RELAXED),
        (3 * 86400, "in 3 d", "Answer due in 3 d", SlaUrgency.RELAXED),
    ],
)
def test_sla_texts(
    qapp: QApplication, offset: int, relative: str, sentence: str, urgency: SlaUrgency
) -> None:
    assert relative_due_text(NOW + offset, NOW) == relative
    assert answer_due_text(NOW + offset, NOW) == sentence
    assert sla_urgency(NOW + offset, NOW) == urgency


def test_durations_round_to_the_nearest_unit(qapp: QApplication) -> None:
    assert duration_text(59 * 60 + 29) == "59 min"
    assert duration_text(89 * 60) == "1 h"
    assert duration_text(91 * 60) == "2 h"
    assert duration_text(36 * 3600) == "2 d"
    assert sla_urgency(None, NOW) == SlaUrgency.NONE

"""The offline unlock verifier."""

from __future__ import annotations

import json

from workstation.domain.unlock import make_verifier, matches


def test_the_verifier_accepts_only_its_password_and_holds_no_plain_text() -> None:
    verifier = make_verifier("Sommer2026!")
    assert "Sommer2026" not in verifier
    assert matches("Sommer2026!", verifier)
    assert not matches("sommer2026!", verifier)
    assert make_verifier("Sommer2026!") != verifier  # a new salt each time


def test_damaged_or_weakened_verifiers_never_match() -> None:
    verifier = json.loads(make_verifier("x"))
    assert not matches("x", "not json")
    assert not matches("x", json.dumps({**verifier, "n": 2}))
    assert not matches("x", json.dumps({**verifier, "kdf": "md5"}))
    assert not matches("x", json.dumps({**verifier, "salt": "%%%"}))

"""Euro amounts as text for operations: parsed to and printed from integer cents."""

from __future__ import annotations

import re

_AMOUNT = re.compile(r"^(-?)(\d{1,9})(?:[.,](\d{1,2}))?$")


def parse_euros(text: str) -> int:
    """``"12.5"``, ``"12,50"`` or ``"-3"`` as cents; ``ValueError`` for anything else
    (more than two decimals would hide a rounding decision)."""
    match = _AMOUNT.match(text.strip())
    if match is None:
        raise ValueError(f"not a euro amount with at most two decimals: {text!r}")
    sign, euros, fraction = match.groups()
    cents = int(euros) * 100 + int((fraction or "0").ljust(2, "0"))
    return -cents if sign else cents


def format_euros(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d} EUR"

"""What a mutation handler receives and how it says no."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Row

from hub.sequence import WriteTransaction
from hub.visibility import ExpertProfile, case_routing


@dataclass(frozen=True, slots=True)
class MutationContext:
    tx: WriteTransaction
    expert: ExpertProfile
    now: datetime


class Rejected(Exception):
    """The mutation is answered ``rejected``; the handler's writes are rolled back."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(f"{reason}: {message}")
        self.reason = reason
        self.message = message


class MutationHandler(Protocol):
    def __call__(self, context: MutationContext, payload: Mapping[str, Any]) -> dict[str, Any]:
        """Apply the mutation and return its ``result`` object, or raise ``Rejected``."""
        ...


def require_id(payload: Mapping[str, Any], field: str) -> int:
    """A positive integer id from the payload, or ``Rejected(invalid_payload)``."""
    value = payload.get(field)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise Rejected("invalid_payload", f"'{field}' must be a positive integer id.")
    return value


def offered_case(
    context: MutationContext, case_id: int
) -> Row[str, int | None, int, str, str, str | None]:
    """The case's ``case_routing``, as claiming or declining an offer needs it;
    ``Rejected(not_found)`` if there is no such case."""
    row = case_routing(context.tx.conn, case_id)
    if row is None:
        raise Rejected("not_found", "No such case.")
    return row

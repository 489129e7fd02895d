"""Checks of mutation payload fields; each failure is ``Rejected(invalid_payload)`` with a
message that names the field but never repeats its value (it may be customer data)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from hub.mutations.base import Rejected


def invalid(message: str) -> Rejected:
    return Rejected("invalid_payload", message)


def require_only(payload: Mapping[str, Any], allowed: Collection[str], what: str) -> None:
    """Refuse fields other than ``allowed``; ``what`` names the mutation in the message."""
    unexpected = sorted(set(payload) - set(allowed))
    if unexpected:
        names = ", ".join(f"'{name}'" for name in unexpected)
        raise invalid(f"Unexpected field {names} for {what}.")


def require_text(
    payload: Mapping[str, Any],
    field: str,
    *,
    min_chars: int,
    max_chars: int,
    single_line: bool = False,
) -> str:
    """A string of ``min_chars`` to ``max_chars`` code points; white space alone is empty."""
    value = payload.get(field)
    if not isinstance(value, str):
        raise invalid(f"'{field}' must be text.")
    if min_chars > 0 and not value.strip():
        raise invalid(f"'{field}' must not be empty.")
    if len(value) > max_chars:
        raise invalid(f"'{field}' may have at most {max_chars} characters; it has {len(value)}.")
    if single_line and any(separator in value for separator in "\r\n\x85\u2028\u2029"):
        raise invalid(f"'{field}' must be a single line.")
    return value


def require_choice(payload: Mapping[str, Any], field: str, choices: tuple[str, ...]) -> str:
    value = payload.get(field)
    if not isinstance(value, str) or value not in choices:
        raise invalid(f"'{field}' must be one of {', '.join(choices)}.")
    return value


def require_int(payload: Mapping[str, Any], field: str, *, minimum: int, maximum: int) -> int:
    value = payload.get(field)
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise invalid(f"'{field}' must be a whole number from {minimum} to {maximum}.")
    return value


def require_object(payload: Mapping[str, Any], field: str) -> Mapping[str, Any]:
    value = payload.get(field)
    if not isinstance(value, dict):
        raise invalid(f"'{field}' must be an object.")
    return value


def optional_bool(payload: Mapping[str, Any], field: str) -> bool | None:
    value = payload.get(field)
    if value is not None and not isinstance(value, bool):
        raise invalid(f"'{field}' must be true or false.")
    return value


def optional_text_list(payload: Mapping[str, Any], field: str) -> list[str]:
    value = payload.get(field, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise invalid(f"'{field}' must be a list of texts.")
    return value

"""TOTP second factor (RFC 6238 via pyotp) and single-use recovery codes.

A code is valid for its own 30-second step and one step either side (clock drift), and
only once: the step of the last accepted code is stored per expert and a code must belong
to a later step. Recovery codes are random, shown once at enrolment and stored as SHA-256
hashes (they carry 80 random bits, so a fast hash is enough).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from calendar import timegm
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

import pyotp
from sqlalchemy import Connection, delete, insert, select, update

from hub.schema import expert_security, recovery_codes

STEP_SECONDS: Final = 30
ALLOWED_DRIFT_STEPS: Final = 1
RECOVERY_CODE_COUNT: Final = 10
# Six digits with three valid codes at a time would fall to guessing within hours; after
# this many wrong codes in a row the account refuses codes for a while.
MAX_FAILURES: Final = 5
LOCKOUT: Final = timedelta(minutes=5)
ISSUER: Final = "Expert Workstation"
_RECOVERY_CODE_BYTES: Final = 10


@dataclass(frozen=True, slots=True)
class SecondFactorState:
    enrolled: bool
    required: bool
    offboarded: bool


class AlreadyEnrolled(Exception):
    """The expert has a confirmed TOTP secret; an admin must reset it first."""


class NoPendingEnrolment(Exception):
    """A confirmation arrived without an enrolment that waits for one."""


def time_step(moment: datetime) -> int:
    """The TOTP counter of a naive UTC moment."""
    return timegm(moment.utctimetuple()) // STEP_SECONDS


def code_at(secret: str, step: int) -> str:
    return pyotp.TOTP(secret, interval=STEP_SECONDS).generate_otp(step)


def provisioning_uri(secret: str, username: str) -> str:
    return pyotp.TOTP(secret, interval=STEP_SECONDS).provisioning_uri(
        name=username, issuer_name=ISSUER
    )


def _matching_step(secret: str, code: str, now: datetime, after_step: int | None) -> int | None:
    digits = code.strip().replace(" ", "")
    if len(digits) != 6 or not digits.isdigit():
        return None
    current = time_step(now)
    for step in range(current - ALLOWED_DRIFT_STEPS, current + ALLOWED_DRIFT_STEPS + 1):
        if after_step is not None and step <= after_step:
            continue
        if hmac.compare_digest(code_at(secret, step), digits):
            return step
    return None


def ensure_security_row(conn: Connection, expert_id: int) -> None:
    exists = conn.execute(
        select(expert_security.c.expert_id).where(expert_security.c.expert_id == expert_id)
    ).first()
    if exists is None:
        conn.execute(
            insert(expert_security).values(
                expert_id=expert_id, totp_required=False, totp_failures=0
            )
        )


def state_of(conn: Connection, expert_id: int) -> SecondFactorState:
    row = conn.execute(
        select(
            expert_security.c.totp_confirmed_at,
            expert_security.c.totp_required,
            expert_security.c.offboarded_at,
        ).where(expert_security.c.expert_id == expert_id)
    ).first()
    if row is None:
        return SecondFactorState(enrolled=False, required=False, offboarded=False)
    return SecondFactorState(
        enrolled=row.totp_confirmed_at is not None,
        required=bool(row.totp_required),
        offboarded=row.offboarded_at is not None,
    )


def begin_enrolment(conn: Connection, expert_id: int) -> str:
    """A fresh secret waiting for its first code; replaces an unconfirmed one."""
    if state_of(conn, expert_id).enrolled:
        raise AlreadyEnrolled
    ensure_security_row(conn, expert_id)
    secret = pyotp.random_base32()
    conn.execute(
        update(expert_security)
        .where(expert_security.c.expert_id == expert_id)
        .values(totp_secret=secret, totp_confirmed_at=None, totp_last_step=None)
    )
    return secret


def confirm_enrolment(
    conn: Connection, expert_id: int, code: str, now: datetime
) -> list[str] | None:
    """Confirm with the first code; returns the new recovery codes, or ``None`` for a
    wrong code. The confirming code's step counts as used."""
    row = conn.execute(
        select(expert_security.c.totp_secret, expert_security.c.totp_confirmed_at).where(
            expert_security.c.expert_id == expert_id
        )
    ).first()
    if row is None or row.totp_secret is None:
        raise NoPendingEnrolment
    if row.totp_confirmed_at is not None:
        raise AlreadyEnrolled
    step = _matching_step(row.totp_secret, code, now, None)
    if step is None:
        return None
    conn.execute(
        update(expert_security)
        .where(expert_security.c.expert_id == expert_id)
        .values(totp_confirmed_at=now, totp_last_step=step)
    )
    return replace_recovery_codes(conn, expert_id, now)


def verify_code(conn: Connection, expert_id: int, code: str, now: datetime) -> bool:
    """Accept a current, not yet used code and mark its step as used."""
    row = conn.execute(
        select(expert_security.c.totp_secret, expert_security.c.totp_last_step).where(
            expert_security.c.expert_id == expert_id,
            expert_security.c.totp_confirmed_at.is_not(None),
        )
    ).first()
    if row is None or row.totp_secret is None:
        return False
    step = _matching_step(row.totp_secret, code, now, row.totp_last_step)
    if step is None:
        return False
    # Guarded by the old value, so two logins racing with the same code cannot both win.
    last = expert_security.c.totp_last_step
    guard = last.is_(None) if row.totp_last_step is None else last == row.totp_last_step
    used = conn.execute(
        update(expert_security)
        .where(expert_security.c.expert_id == expert_id, guard)
        .values(totp_last_step=step)
    ).rowcount
    return used == 1


def locked(conn: Connection, expert_id: int, now: datetime) -> bool:
    until = conn.execute(
        select(expert_security.c.totp_locked_until).where(expert_security.c.expert_id == expert_id)
    ).scalar()
    return until is not None and until > now


def record_attempt(conn: Connection, expert_id: int, *, accepted: bool, now: datetime) -> None:
    """Count wrong codes in a row; too many lock the second factor for ``LOCKOUT``."""
    if accepted:
        values: dict[str, object] = {"totp_failures": 0, "totp_locked_until": None}
    else:
        failures = (
            conn.execute(
                select(expert_security.c.totp_failures).where(
                    expert_security.c.expert_id == expert_id
                )
            ).scalar()
            or 0
        ) + 1
        values = {"totp_failures": failures}
        if failures >= MAX_FAILURES:
            values = {"totp_failures": 0, "totp_locked_until": now + LOCKOUT}
    conn.execute(
        update(expert_security).where(expert_security.c.expert_id == expert_id).values(values)
    )


def normalize_recovery_code(code: str) -> str:
    return "".join(char for char in code.upper() if char.isalnum())


def recovery_code_hash(code: str) -> str:
    return hashlib.sha256(normalize_recovery_code(code).encode("ascii", "ignore")).hexdigest()


def _new_recovery_code() -> str:
    raw = base64.b32encode(secrets.token_bytes(_RECOVERY_CODE_BYTES)).decode("ascii")
    return "-".join(raw[index : index + 4] for index in range(0, len(raw), 4))


def replace_recovery_codes(conn: Connection, expert_id: int, now: datetime) -> list[str]:
    conn.execute(delete(recovery_codes).where(recovery_codes.c.expert_id == expert_id))
    codes = [_new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    conn.execute(
        insert(recovery_codes),
        [
            {"expert_id": expert_id, "code_hash": recovery_code_hash(code), "created_at": now}
            for code in codes
        ],
    )
    return codes


def use_recovery_code(conn: Connection, expert_id: int, code: str, now: datetime) -> bool:
    used = conn.execute(
        update(recovery_codes)
        .where(
            recovery_codes.c.expert_id == expert_id,
            recovery_codes.c.code_hash == recovery_code_hash(code),
            recovery_codes.c.used_at.is_(None),
        )
        .values(used_at=now)
    ).rowcount
    return used == 1


def set_required(conn: Connection, expert_id: int, required: bool) -> None:
    ensure_security_row(conn, expert_id)
    conn.execute(
        update(expert_security)
        .where(expert_security.c.expert_id == expert_id)
        .values(totp_required=required)
    )


def reset(conn: Connection, expert_id: int) -> None:
    """Forget the secret and the recovery codes (a lost phone); the policy stays."""
    ensure_security_row(conn, expert_id)
    conn.execute(
        update(expert_security)
        .where(expert_security.c.expert_id == expert_id)
        .values(totp_secret=None, totp_confirmed_at=None, totp_last_step=None)
    )
    conn.execute(delete(recovery_codes).where(recovery_codes.c.expert_id == expert_id))

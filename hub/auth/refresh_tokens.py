"""Rotating refresh tokens with a grace period for lost answers and reuse detection.

Only SHA-256 hashes of refresh tokens are stored. A token's successor is derived as
HMAC(hub secret, token), so a retried refresh can be answered with the same successor
without the hub ever storing it in plain text.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, select, update

from hub.schema import device_sessions, refresh_families, refresh_tokens

REFRESH_TOKEN_LIFETIME = timedelta(days=30)
REUSE_GRACE = timedelta(seconds=120)
_PREFIX = "rt1."


@dataclass(frozen=True, slots=True)
class IssuedRefreshToken:
    expert_id: int
    token: str


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _successor_of(secret: bytes, token: str) -> str:
    digest = hmac.new(secret, f"refresh-successor|{token}".encode(), hashlib.sha256).digest()
    return _PREFIX + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def start_family(
    conn: Connection,
    *,
    expert_id: int,
    device_name: str | None,
    now: datetime,
    device_id: int | None = None,
) -> str:
    """Start a new token family (one login on one device); returns its first token.
    With ``device_id`` the family is bound to that registered device."""
    family_id = conn.execute(
        insert(refresh_families)
        .values(expert_id=expert_id, device_name=device_name, created_at=now)
        .returning(refresh_families.c.id)
    ).scalar_one()
    if device_id is not None:
        conn.execute(insert(device_sessions).values(family_id=family_id, device_id=device_id))
    token = _PREFIX + secrets.token_urlsafe(32)
    _store(conn, family_id, token, now)
    return token


def _store(conn: Connection, family_id: int, token: str, now: datetime) -> int:
    return int(
        conn.execute(
            insert(refresh_tokens)
            .values(
                family_id=family_id,
                token_hash=token_hash(token),
                created_at=now,
                expires_at=now + REFRESH_TOKEN_LIFETIME,
            )
            .returning(refresh_tokens.c.id)
        ).scalar_one()
    )


def rotate(
    conn: Connection, *, secret: bytes, token: str, now: datetime
) -> IssuedRefreshToken | None:
    """Spend ``token`` and return its successor, or ``None`` if it is not acceptable.

    A spent token presented again within the grace period, while its successor is still
    unused, gets the same successor. Any other reuse revokes the whole family; the caller
    must commit the transaction even when ``None`` is returned so the revocation sticks.
    """
    row = conn.execute(
        select(
            refresh_tokens.c.id,
            refresh_tokens.c.family_id,
            refresh_tokens.c.expires_at,
            refresh_tokens.c.spent_at,
            refresh_tokens.c.successor_id,
            refresh_families.c.expert_id,
            refresh_families.c.revoked_at,
        )
        .join(refresh_families, refresh_families.c.id == refresh_tokens.c.family_id)
        .where(refresh_tokens.c.token_hash == token_hash(token))
    ).first()
    if row is None or row.revoked_at is not None or row.expires_at <= now:
        return None
    successor = _successor_of(secret, token)
    spent_at, successor_id = row.spent_at, row.successor_id
    if spent_at is None:
        spent = conn.execute(
            update(refresh_tokens)
            .where(refresh_tokens.c.id == row.id, refresh_tokens.c.spent_at.is_(None))
            .values(spent_at=now)
        ).rowcount
        if spent == 1:
            new_id = _store(conn, row.family_id, successor, now)
            conn.execute(
                update(refresh_tokens)
                .where(refresh_tokens.c.id == row.id)
                .values(successor_id=new_id)
            )
            return IssuedRefreshToken(expert_id=row.expert_id, token=successor)
        # A concurrent refresh spent it a moment ago: the grace rules decide.
        spent_at, successor_id = conn.execute(
            select(refresh_tokens.c.spent_at, refresh_tokens.c.successor_id).where(
                refresh_tokens.c.id == row.id
            )
        ).one()
    if _within_grace(conn, spent_at, successor_id, now):
        return IssuedRefreshToken(expert_id=row.expert_id, token=successor)
    revoke_family(conn, row.family_id, now)
    return None


def _within_grace(
    conn: Connection, spent_at: datetime | None, successor_id: int | None, now: datetime
) -> bool:
    if spent_at is None or successor_id is None or now - spent_at > REUSE_GRACE:
        return False
    successor_spent = conn.execute(
        select(refresh_tokens.c.spent_at).where(refresh_tokens.c.id == successor_id)
    ).scalar_one_or_none()
    return successor_spent is None


def revoke_family(conn: Connection, family_id: int, now: datetime) -> None:
    conn.execute(
        update(refresh_families)
        .where(refresh_families.c.id == family_id, refresh_families.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )

"""Registered devices: Ed25519 public keys, signed requests, revocation, offboarding and
wipe reports.

Every device-signed request carries ``signed_at`` (client milliseconds since the epoch).
The hub keeps the newest accepted value per device and refuses anything not newer, so a
captured request cannot be replayed, without depending on the two clocks agreeing.
The canonical messages are specified in docs/sync-protocol.md ("Devices").
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, insert, select, update

from hub.auth.totp import ensure_security_row
from hub.schema import (
    device_sessions,
    devices,
    expert_security,
    refresh_families,
    refresh_tokens,
)

_LOGIN_PURPOSE: Final = "ew-login-v1"
_REFRESH_PURPOSE: Final = "ew-refresh-v1"
_WIPE_PURPOSE: Final = "ew-wipe-v1"
_PUBLIC_KEY_BYTES: Final = 32


class DeviceRefused(Exception):
    """The device may not be used; ``code`` is the machine-readable reason."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class DeviceProof:
    public_key: str
    signed_at: int
    signature: str


@dataclass(frozen=True, slots=True)
class DeviceRow:
    id: int
    expert_id: int
    public_key: str
    name: str
    os: str
    first_seen_at: datetime
    last_seen_at: datetime
    revoked_at: datetime | None
    wiped_at: datetime | None
    wipe_reported_at: datetime | None


def login_message(username: str, public_key: str, signed_at: int) -> bytes:
    return f"{_LOGIN_PURPOSE}\n{username}\n{public_key}\n{signed_at}".encode()


def refresh_message(refresh_token: str, signed_at: int) -> bytes:
    digest = hashlib.sha256(refresh_token.encode("utf-8")).hexdigest()
    return f"{_REFRESH_PURPOSE}\n{digest}\n{signed_at}".encode()


def wipe_message(public_key: str, wiped_at: str) -> bytes:
    return f"{_WIPE_PURPOSE}\n{public_key}\n{wiped_at}".encode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def signature_valid(public_key: str, message: bytes, signature: str) -> bool:
    try:
        raw_key = _unb64(public_key)
        if len(raw_key) != _PUBLIC_KEY_BYTES:
            return False
        Ed25519PublicKey.from_public_bytes(raw_key).verify(_unb64(signature), message)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def _refusal_for_expert(conn: Connection, expert_id: int) -> str | None:
    offboarded = conn.execute(
        select(expert_security.c.offboarded_at).where(expert_security.c.expert_id == expert_id)
    ).scalar()
    return "expert_offboarded" if offboarded is not None else None


def register(
    conn: Connection,
    *,
    expert_id: int,
    username: str,
    proof: DeviceProof,
    name: str,
    os_name: str,
    now: datetime,
) -> int:
    """Register the device on its first login, or recognise it again; returns its id.

    Raises ``DeviceRefused`` for a bad proof of possession (``device_signature_invalid``),
    a key registered to someone else or revoked (``device_revoked``).
    """
    message = login_message(username, proof.public_key, proof.signed_at)
    if not signature_valid(proof.public_key, message, proof.signature):
        raise DeviceRefused("device_signature_invalid")
    row = conn.execute(
        select(
            devices.c.id, devices.c.expert_id, devices.c.revoked_at, devices.c.last_signed_at
        ).where(devices.c.public_key == proof.public_key)
    ).first()
    if row is None:
        return int(
            conn.execute(
                insert(devices)
                .values(
                    expert_id=expert_id,
                    public_key=proof.public_key,
                    name=name,
                    os=os_name,
                    first_seen_at=now,
                    last_seen_at=now,
                    last_signed_at=proof.signed_at,
                )
                .returning(devices.c.id)
            ).scalar_one()
        )
    if row.expert_id != expert_id or row.revoked_at is not None:
        raise DeviceRefused("device_revoked")
    _accept_signature(conn, row.id, row.last_signed_at, proof.signed_at, now)
    return int(row.id)


def _accept_signature(
    conn: Connection, device_id: int, last_signed_at: int, signed_at: int, now: datetime
) -> None:
    if signed_at <= last_signed_at:
        raise DeviceRefused("device_signature_invalid")
    # Guarded by the old value: of two requests racing with one signature only one wins.
    accepted = conn.execute(
        update(devices)
        .where(devices.c.id == device_id, devices.c.last_signed_at == last_signed_at)
        .values(last_signed_at=signed_at, last_seen_at=now)
    ).rowcount
    if accepted != 1:
        raise DeviceRefused("device_signature_invalid")


def check_refresh(
    conn: Connection,
    *,
    refresh_token: str,
    token_hash: str,
    signed_at: int | None,
    signature: str | None,
    now: datetime,
) -> int | None:
    """Before a refresh rotates: the family's device must be in good standing and must
    have signed this very token; returns the device id. A family without a device (a
    client without device binding) only needs its expert to be active."""
    row = conn.execute(
        select(
            refresh_families.c.expert_id,
            devices.c.id.label("device_id"),
            devices.c.public_key,
            devices.c.revoked_at,
            devices.c.last_signed_at,
        )
        .select_from(refresh_tokens)
        .join(refresh_families, refresh_families.c.id == refresh_tokens.c.family_id)
        .outerjoin(device_sessions, device_sessions.c.family_id == refresh_families.c.id)
        .outerjoin(devices, devices.c.id == device_sessions.c.device_id)
        .where(refresh_tokens.c.token_hash == token_hash)
    ).first()
    if row is None:
        return None  # unknown token: the rotation answers refresh_invalid
    refusal = _refusal_for_expert(conn, row.expert_id)
    if refusal is not None:
        raise DeviceRefused(refusal)
    if row.device_id is None:
        return None
    if row.revoked_at is not None:
        raise DeviceRefused("device_revoked")
    if signed_at is None or signature is None:
        raise DeviceRefused("device_signature_invalid")
    if not signature_valid(row.public_key, refresh_message(refresh_token, signed_at), signature):
        raise DeviceRefused("device_signature_invalid")
    _accept_signature(conn, row.device_id, row.last_signed_at, signed_at, now)
    return int(row.device_id)


def refusal_for_access(conn: Connection, expert_id: int, device_id: int | None) -> str | None:
    """Why a genuine access token may no longer be used, or ``None``."""
    refusal = _refusal_for_expert(conn, expert_id)
    if refusal is not None or device_id is None:
        return refusal
    revoked = conn.execute(select(devices.c.revoked_at).where(devices.c.id == device_id)).first()
    return "device_revoked" if revoked is None or revoked.revoked_at is not None else None


def _revoke_families(conn: Connection, device_ids: list[int], now: datetime) -> None:
    families = select(device_sessions.c.family_id).where(
        device_sessions.c.device_id.in_(device_ids)
    )
    conn.execute(
        update(refresh_families)
        .where(refresh_families.c.id.in_(families), refresh_families.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def revoke(conn: Connection, device_id: int, now: datetime) -> bool:
    """Revoke a device and end its sessions; ``False`` for an unknown device."""
    found = conn.execute(select(devices.c.id).where(devices.c.id == device_id)).first()
    if found is None:
        return False
    conn.execute(
        update(devices)
        .where(devices.c.id == device_id, devices.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    _revoke_families(conn, [device_id], now)
    return True


def offboard(conn: Connection, expert_id: int, now: datetime) -> None:
    """The expert leaves: every device is revoked and every session ended, also those of
    clients without device binding."""
    ensure_security_row(conn, expert_id)
    conn.execute(
        update(expert_security)
        .where(expert_security.c.expert_id == expert_id, expert_security.c.offboarded_at.is_(None))
        .values(offboarded_at=now)
    )
    conn.execute(
        update(devices)
        .where(devices.c.expert_id == expert_id, devices.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    conn.execute(
        update(refresh_families)
        .where(refresh_families.c.expert_id == expert_id, refresh_families.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def record_wipe(
    conn: Connection, *, public_key: str, wiped_at: str, signature: str, now: datetime
) -> bool:
    """Store a signed wipe report; a repeated report is acknowledged again."""
    if not signature_valid(public_key, wipe_message(public_key, wiped_at), signature):
        return False
    try:
        moment = datetime.fromisoformat(wiped_at.replace("Z", "+00:00"))
    except ValueError:
        return False
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    found = conn.execute(
        update(devices)
        .where(devices.c.public_key == public_key)
        .values(wiped_at=moment.replace(microsecond=0), wipe_reported_at=now)
    ).rowcount
    return found == 1


def devices_of(conn: Connection, expert_id: int) -> list[DeviceRow]:
    rows = conn.execute(
        select(
            devices.c.id,
            devices.c.expert_id,
            devices.c.public_key,
            devices.c.name,
            devices.c.os,
            devices.c.first_seen_at,
            devices.c.last_seen_at,
            devices.c.revoked_at,
            devices.c.wiped_at,
            devices.c.wipe_reported_at,
        )
        .where(devices.c.expert_id == expert_id)
        .order_by(devices.c.id)
    ).all()
    return [DeviceRow(**row._mapping) for row in rows]

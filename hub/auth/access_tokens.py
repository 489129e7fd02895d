"""Stateless HMAC-signed access tokens: ``at1.<expert id>.<expiry epoch>.<signature>``,
or ``at2.<expert id>.<device id>.<expiry epoch>.<signature>`` for a registered device (the
hub then refuses the token as soon as the device is revoked)."""

from __future__ import annotations

import base64
import hashlib
import hmac
from calendar import timegm
from dataclasses import dataclass
from datetime import UTC, datetime

ACCESS_TOKEN_LIFETIME_S = 15 * 60
_PREFIX = "at1"
_DEVICE_PREFIX = "at2"


@dataclass(frozen=True, slots=True)
class AccessClaims:
    expert_id: int
    device_id: int | None


class AccessTokenError(Exception):
    """Base of the two ways an access token can fail."""


class InvalidAccessToken(AccessTokenError):
    pass


class ExpiredAccessToken(AccessTokenError):
    pass


def _epoch(moment: datetime) -> int:
    return timegm(moment.utctimetuple())


class AccessTokenCodec:
    def __init__(self, secret: bytes, lifetime_s: int = ACCESS_TOKEN_LIFETIME_S) -> None:
        self._secret = secret
        self.lifetime_s = lifetime_s

    def _sign(self, body: str) -> str:
        digest = hmac.new(self._secret, f"access|{body}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")

    def issue(self, expert_id: int, now: datetime, device_id: int | None = None) -> str:
        expires = _epoch(now) + self.lifetime_s
        if device_id is None:
            body = f"{_PREFIX}.{expert_id}.{expires}"
        else:
            body = f"{_DEVICE_PREFIX}.{expert_id}.{device_id}.{expires}"
        return f"{body}.{self._sign(body)}"

    def verify(self, token: str, now: datetime) -> int:
        """Return the expert id; raise ``InvalidAccessToken`` or ``ExpiredAccessToken``."""
        return self.verify_claims(token, now).expert_id

    def verify_claims(self, token: str, now: datetime) -> AccessClaims:
        """The expert and device ids; raise ``InvalidAccessToken`` or ``ExpiredAccessToken``."""
        parts = token.split(".")
        with_device = len(parts) == 5 and parts[0] == _DEVICE_PREFIX
        if not with_device and (len(parts) != 4 or parts[0] != _PREFIX):
            raise InvalidAccessToken
        body = ".".join(parts[:-1])
        if not hmac.compare_digest(self._sign(body), parts[-1]):
            raise InvalidAccessToken
        try:
            expert_id, expires = int(parts[1]), int(parts[-2])
            device_id = int(parts[2]) if with_device else None
        except ValueError as error:
            raise InvalidAccessToken from error
        if _epoch(now) >= expires:
            raise ExpiredAccessToken
        return AccessClaims(expert_id=expert_id, device_id=device_id)

    def expires_at(self, token: str) -> datetime:
        """When a token that ``verify`` accepted stops being valid (naive UTC, like the
        hub's clock); raise ``InvalidAccessToken`` for anything else."""
        parts = token.split(".")
        with_device = len(parts) == 5 and parts[0] == _DEVICE_PREFIX
        if not with_device and (len(parts) != 4 or parts[0] != _PREFIX):
            raise InvalidAccessToken
        if not hmac.compare_digest(self._sign(".".join(parts[:-1])), parts[-1]):
            raise InvalidAccessToken
        try:
            expires = int(parts[-2])
        except ValueError as error:
            raise InvalidAccessToken from error
        return datetime.fromtimestamp(expires, UTC).replace(tzinfo=None)

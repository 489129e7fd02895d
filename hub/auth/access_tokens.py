"""Stateless HMAC-signed access tokens: ``at1.<expert id>.<expiry epoch>.<signature>``."""

from __future__ import annotations

import base64
import hashlib
import hmac
from calendar import timegm
from datetime import UTC, datetime

ACCESS_TOKEN_LIFETIME_S = 15 * 60
_PREFIX = "at1"


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

    def issue(self, expert_id: int, now: datetime) -> str:
        body = f"{_PREFIX}.{expert_id}.{_epoch(now) + self.lifetime_s}"
        return f"{body}.{self._sign(body)}"

    def verify(self, token: str, now: datetime) -> int:
        """Return the expert id; raise ``InvalidAccessToken`` or ``ExpiredAccessToken``."""
        parts = token.split(".")
        if len(parts) != 4 or parts[0] != _PREFIX:
            raise InvalidAccessToken
        body = ".".join(parts[:3])
        if not hmac.compare_digest(self._sign(body), parts[3]):
            raise InvalidAccessToken
        try:
            expert_id, expires = int(parts[1]), int(parts[2])
        except ValueError as error:
            raise InvalidAccessToken from error
        if _epoch(now) >= expires:
            raise ExpiredAccessToken
        return expert_id

    def expires_at(self, token: str) -> datetime:
        """When a token that ``verify`` accepted stops being valid (naive UTC, like the
        hub's clock); raise ``InvalidAccessToken`` for anything else."""
        parts = token.split(".")
        if len(parts) != 4 or parts[0] != _PREFIX:
            raise InvalidAccessToken
        if not hmac.compare_digest(self._sign(".".join(parts[:3])), parts[3]):
            raise InvalidAccessToken
        try:
            expires = int(parts[2])
        except ValueError as error:
            raise InvalidAccessToken from error
        return datetime.fromtimestamp(expires, UTC).replace(tzinfo=None)

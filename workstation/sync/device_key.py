"""``DeviceKey``: this computer's Ed25519 key pair, which proves to the hub that a login,
a refresh or a wipe report comes from the registered device.

The private key lives in the OS keyring (or only in memory without one) as unpadded
base64url of its 32 raw bytes. The messages signed are the canonical ones specified in
docs/sync-protocol.md ("Devices").
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

_KEY_BYTES: Final = 32


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True, slots=True)
class SignedProof:
    signed_at: int
    signature: str


class DeviceKey:
    """Holds the 32 raw private-key bytes; ``cryptography`` is loaded at the first
    signature or public-key question, which come after the inbox's first paint."""

    def __init__(
        self,
        private_bytes: bytes,
        *,
        clock_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000,
    ) -> None:
        if len(private_bytes) != _KEY_BYTES:
            raise ValueError("not an Ed25519 private key")
        self._private_bytes = private_bytes
        self._clock_ms = clock_ms
        self._last_signed_at = 0

    @classmethod
    def generate(cls) -> DeviceKey:
        # An Ed25519 private key is any 32 random bytes (RFC 8032, 5.1.5).
        return cls(secrets.token_bytes(_KEY_BYTES))

    @classmethod
    def from_secret(cls, secret: str) -> DeviceKey:
        """Raises ``ValueError`` for a stored value that is not a key."""
        return cls(_unb64(secret))

    def to_secret(self) -> str:
        return _b64(self._private_bytes)

    @cached_property
    def public_key(self) -> str:
        from cryptography.hazmat.primitives import serialization

        raw = self._key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return _b64(raw)

    @cached_property
    def _key(self) -> Ed25519PrivateKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self._private_bytes)

    def _next_signed_at(self) -> int:
        # Strictly increasing: the hub refuses a signature time it has already seen.
        self._last_signed_at = max(self._clock_ms(), self._last_signed_at + 1)
        return self._last_signed_at

    def _sign(self, message: str) -> str:
        return _b64(self._key.sign(message.encode("utf-8")))

    def sign_login(self, username: str) -> SignedProof:
        signed_at = self._next_signed_at()
        message = f"ew-login-v1\n{username}\n{self.public_key}\n{signed_at}"
        return SignedProof(signed_at=signed_at, signature=self._sign(message))

    def sign_refresh(self, refresh_token: str) -> SignedProof:
        signed_at = self._next_signed_at()
        digest = hashlib.sha256(refresh_token.encode("utf-8")).hexdigest()
        return SignedProof(
            signed_at=signed_at, signature=self._sign(f"ew-refresh-v1\n{digest}\n{signed_at}")
        )

    def sign_wipe(self, wiped_at: str) -> str:
        return self._sign(f"ew-wipe-v1\n{self.public_key}\n{wiped_at}")

"""scrypt password hashes (n=2^14, r=8, p=1, 16-byte salt) in a self-describing string."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
_SCHEME = "scrypt"
# 128 * n * r bytes are needed; leave headroom above hashlib's 32 MiB default.
_MAXMEM = 64 * 1024 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=length
    )


def hash_password(password: str) -> str:
    """``scrypt$n$r$p$<salt b64>$<key b64>`` with a fresh random salt."""
    salt = os.urandom(SALT_BYTES)
    key = _derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES)
    return f"{_SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, key_b64 = stored.split("$")
        if scheme != _SCHEME:
            return False
        salt = base64.b64decode(salt_b64, validate=True)
        expected = base64.b64decode(key_b64, validate=True)
        key = _derive(password, salt, int(n), int(r), int(p), len(expected))
    except ValueError:
        return False
    return hmac.compare_digest(key, expected)


# Verified for unknown users so they cost the same scrypt work as known ones. It is the
# hash of a random string nobody kept, and a match would be ignored anyway.
_DECOY_HASH = (
    "scrypt$16384$8$1$5E1Bg2lOd1WKEkB16y5DqA==$hre3F5h6NuimUHF7BjRC6qJV5YQ8hCQ+/TVVKnZVQJc="
)


def check_login(password: str, stored_hash: str | None) -> bool:
    """``stored_hash`` is ``None`` for an unknown user, which never succeeds."""
    if stored_hash is None:
        verify_password(password, _DECOY_HASH)
        return False
    return verify_password(password, stored_hash)

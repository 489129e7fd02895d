"""The offline unlock verifier: the account password under a slow KDF.

A locked app checks the password with the hub when it is online. Offline it compares
against this verifier, which lives only inside the encrypted cache. scrypt with
n=2^15, r=8, p=1 costs about 32 MiB and a tenth of a second per guess, so even someone
who got the cache key could not try many passwords quickly. The password itself is never
stored.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from typing import Final

META_KEY: Final = "unlock_verifier"
SCRYPT_N: Final = 2**15
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
_LENGTH: Final = 32
_SALT_BYTES: Final = 16
# scrypt needs 128 * n * r bytes; OpenSSL's default ceiling of 32 MiB is just too small.
_MAX_MEMORY: Final = 64 * 1024 * 1024


def make_verifier(password: str) -> str:
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return json.dumps(
        {
            "kdf": "scrypt",
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": base64.b64encode(salt).decode(),
            "hash": base64.b64encode(digest).decode(),
        }
    )


def matches(password: str, verifier: str) -> bool:
    """Whether ``password`` is the one the verifier was made from; False for a verifier
    that is damaged or uses parameters weaker than today's."""
    try:
        stored = json.loads(verifier)
        n, r, p = int(stored["n"]), int(stored["r"]), int(stored["p"])
        salt = base64.b64decode(stored["salt"], validate=True)
        expected = base64.b64decode(stored["hash"], validate=True)
    except (ValueError, KeyError, TypeError):
        return False
    if stored.get("kdf") != "scrypt" or n < SCRYPT_N or r < SCRYPT_R or len(expected) != _LENGTH:
        return False
    return hmac.compare_digest(_derive(password, salt, n, r, p), expected)


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAX_MEMORY, dklen=_LENGTH
    )


class UnlockResult(enum.Enum):
    ACCEPTED = "accepted"
    WRONG_PASSWORD = "wrong_password"
    # Offline, and this computer holds no verifier yet (no login since the app update).
    CANNOT_CHECK = "cannot_check"


def verifier_maker(password: str) -> Callable[[], str]:
    """``make_verifier`` for another thread, without the password among the call's
    arguments: executors may log those (qasync does, at DEBUG)."""

    def make() -> str:
        return make_verifier(password)

    return make


def matcher(password: str, verifier: str) -> Callable[[], bool]:
    """``matches`` for another thread, likewise without the password as an argument."""

    def match() -> bool:
        return matches(password, verifier)

    return match

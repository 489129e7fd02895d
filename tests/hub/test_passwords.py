"""scrypt password hashes."""

from __future__ import annotations

from hub.auth.passwords import check_login, hash_password, verify_password


def test_hashes_are_salted_scrypt_with_the_documented_parameters() -> None:
    first, second = hash_password("demo"), hash_password("demo")
    assert first != second
    scheme, n, r, p, _salt, _key = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert verify_password("demo", first) and verify_password("demo", second)


def test_wrong_passwords_and_damaged_hashes_do_not_verify() -> None:
    stored = hash_password("geheim")
    assert not verify_password("Geheim", stored)
    assert not verify_password("geheim", stored.replace("scrypt", "bcrypt"))
    assert not verify_password("geheim", stored[:-6])
    assert not verify_password("geheim", "garbage")


def test_unknown_users_never_log_in() -> None:
    assert check_login("demo", hash_password("demo"))
    assert not check_login("demo", None)
    assert not check_login("", None)

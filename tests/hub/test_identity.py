"""Identity: TOTP enrolment and verification, recovery codes, device binding of refresh
tokens, revocation and offboarding through ``hub admin``, and wipe reports."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest

from hub.auth.totp import code_at, time_step
from hub.cli import main
from hub.demo.seed import DEMO_TOTP_SECRET, enrol_demo_second_factor
from tests.hub.helpers import http_client
from tests.support.hub_server import ManualClock, RunningHub
from workstation.sync.device_key import DeviceKey


def _login(
    http: httpx.Client,
    key: DeviceKey | None = None,
    username: str = "petra",
    **extra: Any,
) -> httpx.Response:
    body: dict[str, Any] = {"username": username, "password": "demo", **extra}
    if key is not None:
        proof = key.sign_login(username)
        body["device"] = {
            "public_key": key.public_key,
            "name": "petra-laptop",
            "os": "Linux 6.8",
            "signed_at": proof.signed_at,
            "signature": proof.signature,
        }
    return http.post("/auth/login", json=body)


def _refresh(http: httpx.Client, token: str, key: DeviceKey | None) -> httpx.Response:
    body: dict[str, Any] = {"refresh_token": token}
    if key is not None:
        proof = key.sign_refresh(token)
        body |= {"signed_at": proof.signed_at, "signature": proof.signature}
    return http.post("/auth/refresh", json=body)


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _enrol(http: httpx.Client, clock: ManualClock) -> tuple[str, list[str]]:
    access = _login(http).json()["access_token"]
    started = http.post("/account/totp", headers=_bearer(access))
    assert started.status_code == 200, started.text
    secret = started.json()["secret"]
    assert started.json()["otpauth_uri"].startswith("otpauth://totp/")
    assert f"secret={secret}" in started.json()["otpauth_uri"]
    wrong = http.post("/account/totp/confirm", json={"code": "000000"}, headers=_bearer(access))
    assert wrong.status_code == 400 and wrong.json()["error"] == "second_factor_invalid"
    code = code_at(secret, time_step(clock.now()))
    confirmed = http.post("/account/totp/confirm", json={"code": code}, headers=_bearer(access))
    assert confirmed.status_code == 200, confirmed.text
    return secret, confirmed.json()["recovery_codes"]


def _error(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json()["error"]


def test_totp_codes_count_once_and_only_near_their_time(
    clocked_hub_each_db: RunningHub, manual_clock: ManualClock
) -> None:
    with http_client(clocked_hub_each_db) as http:
        secret, _ = _enrol(http, manual_clock)
        step = time_step(manual_clock.now())
        # The code that confirmed the enrolment is spent already.
        assert _error(_login(http, totp_code=code_at(secret, step))) == (
            401,
            "second_factor_invalid",
        )
        assert _error(_login(http)) == (401, "second_factor_required")

        manual_clock.advance(timedelta(seconds=90))
        step = time_step(manual_clock.now())
        expired = code_at(secret, step - 2)
        assert _error(_login(http, totp_code=expired)) == (401, "second_factor_invalid")
        previous = _login(http, totp_code=code_at(secret, step - 1))
        assert previous.status_code == 200 and previous.json()["second_factor"] == "totp"
        replayed = _login(http, totp_code=code_at(secret, step - 1))
        assert _error(replayed) == (401, "second_factor_invalid")
        assert _login(http, totp_code=code_at(secret, step)).status_code == 200
        assert _error(_login(http, totp_code=code_at(secret, step))) == (
            401,
            "second_factor_invalid",
        )
        # A wrong password never reveals whether a second factor is set up.
        wrong_password = http.post("/auth/login", json={"username": "petra", "password": "x"})
        assert _error(wrong_password) == (401, "invalid_credentials")


def test_recovery_codes_are_single_use(
    clocked_hub_each_db: RunningHub, manual_clock: ManualClock
) -> None:
    with http_client(clocked_hub_each_db) as http:
        _, recovery_codes = _enrol(http, manual_clock)
        assert len(set(recovery_codes)) == 10
        first = recovery_codes[0]
        assert _login(http, recovery_code=first.lower().replace("-", " ")).status_code == 200
        assert _error(_login(http, recovery_code=first)) == (401, "second_factor_invalid")
        assert _login(http, recovery_code=recovery_codes[1]).status_code == 200
        assert _error(_login(http, recovery_code="AAAA-BBBB-CCCC-DDDD")) == (
            401,
            "second_factor_invalid",
        )


def test_refresh_needs_the_device_key_and_rotates(hub_server_each_db: RunningHub) -> None:
    key, thief = DeviceKey.generate(), DeviceKey.generate()
    with http_client(hub_server_each_db) as http:
        login = _login(http, key)
        assert login.status_code == 200, login.text
        assert isinstance(login.json()["device_id"], int)
        first = login.json()["refresh_token"]

        assert _error(_refresh(http, first, thief)) == (401, "device_signature_invalid")
        assert _error(_refresh(http, first, None)) == (401, "device_signature_invalid")

        proof = key.sign_refresh(first)
        signed = {
            "refresh_token": first,
            "signed_at": proof.signed_at,
            "signature": proof.signature,
        }
        second_answer = http.post("/auth/refresh", json=signed)
        assert second_answer.status_code == 200, second_answer.text
        # The very same signed request again is a replay.
        assert _error(http.post("/auth/refresh", json=signed)) == (
            401,
            "device_signature_invalid",
        )
        second = second_answer.json()["refresh_token"]
        third = _refresh(http, second, key)
        assert third.status_code == 200
        assert third.json()["access_token"].startswith("at2.")
        # The first token was rotated away twice: presenting it ends the whole family.
        assert _error(_refresh(http, first, key)) == (401, "refresh_invalid")
        assert _error(_refresh(http, third.json()["refresh_token"], key)) == (
            401,
            "refresh_invalid",
        )


def test_operations_list_and_revoke_devices_and_get_the_wipe_report(
    hub_server_each_db: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    key = DeviceKey.generate()
    with http_client(hub_server_each_db) as http:
        tokens = _login(http, key).json()
        device_id = tokens["device_id"]
        assert http.get("/sync/changes", headers=_bearer(tokens["access_token"])).status_code == 200

        assert main(["admin", "devices", "petra", "--db", hub_server_each_db.db_url]) == 0
        listing = capsys.readouterr().out
        assert "petra-laptop" in listing and "Linux 6.8" in listing
        assert (
            main(["admin", "revoke-device", str(device_id), "--db", hub_server_each_db.db_url]) == 0
        )
        assert main(["admin", "revoke-device", "999999", "--db", hub_server_each_db.db_url]) == 1

        # The still unexpired access token stops working at once.
        revoked = http.get("/sync/changes", headers=_bearer(tokens["access_token"]))
        assert _error(revoked) == (401, "device_revoked")
        assert _error(_refresh(http, tokens["refresh_token"], key)) == (401, "device_revoked")
        assert _error(_login(http, key)) == (401, "device_revoked")

        wiped_at = "2026-11-24T10:00:00Z"
        forged = {"public_key": key.public_key, "wiped_at": wiped_at, "signature": "A" * 86}
        assert _error(http.post("/auth/wipe-report", json=forged)) == (400, "wipe_report_invalid")
        report = {**forged, "signature": key.sign_wipe(wiped_at)}
        acknowledged = http.post("/auth/wipe-report", json=report)
        assert acknowledged.status_code == 200 and acknowledged.json() == {"acknowledged": True}

    capsys.readouterr()
    assert main(["admin", "devices", "petra", "--db", hub_server_each_db.db_url]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if "petra-laptop" in line)
    assert "2026-11-24 10:00" in row


def test_offboarding_locks_out_every_device(
    hub_server_each_db: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    key = DeviceKey.generate()
    with http_client(hub_server_each_db) as http:
        tokens = _login(http, key).json()
        unbound = _login(http).json()
        assert main(["admin", "offboard", "petra", "--db", hub_server_each_db.db_url]) == 0
        for access in (tokens["access_token"], unbound["access_token"]):
            answer = http.get("/sync/changes", headers=_bearer(access))
            assert _error(answer) == (401, "expert_offboarded")
        assert _error(_refresh(http, unbound["refresh_token"], None)) == (401, "expert_offboarded")
        assert _error(_login(http, DeviceKey.generate())) == (401, "expert_offboarded")
    assert main(["admin", "offboard", "nobody", "--db", hub_server_each_db.db_url]) == 1


def test_policy_requires_enrolment_before_work(
    clocked_hub_each_db: RunningHub, manual_clock: ManualClock, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["admin", "require-totp", "petra", "--db", clocked_hub_each_db.db_url]) == 0
    with http_client(clocked_hub_each_db) as http:
        login = _login(http)
        assert login.json()["second_factor"] == "enrolment_required"
        blocked = http.get("/sync/changes", headers=_bearer(login.json()["access_token"]))
        assert _error(blocked) == (403, "second_factor_enrolment_required")
        secret, _ = _enrol(http, manual_clock)
        manual_clock.advance(timedelta(seconds=30))
        code = code_at(secret, time_step(manual_clock.now()))
        enrolled = _login(http, totp_code=code).json()
        assert enrolled["second_factor"] == "totp"
        working = http.get("/sync/changes", headers=_bearer(enrolled["access_token"]))
        assert working.status_code == 200
    assert main(["admin", "reset-totp", "petra", "--db", clocked_hub_each_db.db_url]) == 0
    with http_client(clocked_hub_each_db) as http:
        assert _login(http).json()["second_factor"] == "enrolment_required"


def test_the_demo_second_factor_uses_the_published_secret(
    clocked_hub_each_db: RunningHub, manual_clock: ManualClock
) -> None:
    enrol_demo_second_factor(clocked_hub_each_db.engine, "petra")
    with http_client(clocked_hub_each_db) as http:
        assert _error(_login(http)) == (401, "second_factor_required")
        code = code_at(DEMO_TOTP_SECRET, time_step(manual_clock.now()))
        assert _login(http, totp_code=code).json()["second_factor"] == "totp"
        # The other demo accounts keep logging in with the password alone.
        assert _login(http, username="amira").json()["second_factor"] == "none"


def test_too_many_wrong_codes_lock_the_second_factor_for_a_while(
    clocked_hub_each_db: RunningHub, manual_clock: ManualClock
) -> None:
    with http_client(clocked_hub_each_db) as http:
        secret, recovery_codes = _enrol(http, manual_clock)
        manual_clock.advance(timedelta(seconds=30))
        for _ in range(5):
            assert _error(_login(http, totp_code="000000")) == (401, "second_factor_invalid")
        right_code = code_at(secret, time_step(manual_clock.now()))
        assert _error(_login(http, totp_code=right_code)) == (401, "second_factor_locked")
        assert _error(_login(http, recovery_code=recovery_codes[0])) == (
            401,
            "second_factor_locked",
        )
        manual_clock.advance(timedelta(minutes=5))
        assert _login(http, recovery_code=recovery_codes[0]).status_code == 200
        # A success starts the count again: four wrong codes do not lock.
        for _ in range(4):
            assert _error(_login(http, totp_code="000000")) == (401, "second_factor_invalid")
        code = code_at(secret, time_step(manual_clock.now()))
        assert _login(http, totp_code=code).status_code == 200

"""Login, bearer tokens and rotating refresh tokens."""

from __future__ import annotations

from datetime import datetime, timedelta

import httpx
from sqlalchemy import select

from hub.auth.access_tokens import AccessTokenCodec
from hub.clock import utc_now
from hub.schema import hub_settings, refresh_families
from tests.hub.helpers import http_client, login
from tests.support.hub_server import RunningHub, running_hub


class SteppingClock:
    def __init__(self, start: datetime) -> None:
        self.moment = start

    def now(self) -> datetime:
        return self.moment

    def advance(self, seconds: int) -> None:
        self.moment += timedelta(seconds=seconds)


def refresh(http: httpx.Client, token: str) -> httpx.Response:
    return http.post("/auth/refresh", json={"refresh_token": token})


def test_login_returns_tokens_and_identity(hub_server_each_db: RunningHub) -> None:
    with http_client(hub_server_each_db) as http:
        response = http.post(
            "/auth/login",
            json={"username": "petra", "password": "demo", "device_name": "petra-laptop"},
        )
        body = response.json()
        assert response.status_code == 200
        assert body["expires_in"] == 900
        assert body["expert"] == {
            "id": body["expert"]["id"],
            "username": "petra",
            "display_name": "Petra Schneider",
        }
        assert body["access_token"] and body["refresh_token"]
        assert body["access_token"] != body["refresh_token"]
        authorized = http.get(
            "/sync/changes", headers={"Authorization": f"Bearer {body['access_token']}"}
        )
        assert authorized.status_code == 200


def test_wrong_password_and_unknown_user_get_the_same_answer(
    hub_server_each_db: RunningHub,
) -> None:
    with http_client(hub_server_each_db) as http:
        wrong = http.post("/auth/login", json={"username": "petra", "password": "Demo"})
        unknown = http.post("/auth/login", json={"username": "petrus", "password": "demo"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["error"] == "invalid_credentials"


def test_malformed_login_is_bad_request_without_echoing_the_password(
    hub_server: RunningHub,
) -> None:
    with http_client(hub_server) as http:
        response = http.post("/auth/login", json={"username": "petra", "password": 12345678})
        not_json = http.post(
            "/auth/login", content=b"{", headers={"Content-Type": "application/json"}
        )
    assert response.status_code == 400
    assert response.json()["error"] == "bad_request"
    assert "12345678" not in response.text
    assert not_json.status_code == 400
    assert set(not_json.json()) == {"error", "message"}


def test_missing_forged_and_expired_access_tokens_are_refused(
    hub_server_each_db: RunningHub,
) -> None:
    with hub_server_each_db.engine.connect() as conn:
        secret = bytes.fromhex(
            conn.execute(
                select(hub_settings.c.value).where(hub_settings.c.key == "token_secret")
            ).scalar_one()
        )
    expired = AccessTokenCodec(secret).issue(1, utc_now() - timedelta(minutes=16))
    forged = AccessTokenCodec(b"not the hub secret").issue(1, utc_now())
    with http_client(hub_server_each_db) as http:
        missing = http.get("/sync/changes")
        assert missing.status_code == 401
        assert missing.json()["error"] == "invalid_token"
        for token, code in (
            (forged, "invalid_token"),
            ("garbage", "invalid_token"),
            (expired, "token_expired"),
        ):
            response = http.get("/sync/changes", headers={"Authorization": f"Bearer {token}"})
            assert response.status_code == 401
            assert response.json()["error"] == code


def test_refresh_rotates_and_a_lost_answer_can_be_retried(
    hub_server_each_db: RunningHub,
) -> None:
    with http_client(hub_server_each_db) as http:
        session = login(http, "jonas")
        first = refresh(http, session.refresh_token)
        assert first.status_code == 200
        successor = first.json()["refresh_token"]
        assert successor != session.refresh_token
        assert first.json()["expert"]["username"] == "jonas"

        # The answer got lost: the retry with the spent token yields the same successor.
        retry = refresh(http, session.refresh_token)
        assert retry.status_code == 200
        assert retry.json()["refresh_token"] == successor
        new_access = retry.json()["access_token"]
        assert (
            http.get("/sync/changes", headers={"Authorization": f"Bearer {new_access}"}).status_code
            == 200
        )

        following = refresh(http, successor)
        assert following.status_code == 200
        assert following.json()["refresh_token"] not in (successor, session.refresh_token)


def test_reusing_a_spent_token_after_its_successor_was_used_revokes_the_family(
    hub_server_each_db: RunningHub,
) -> None:
    with http_client(hub_server_each_db) as http:
        session = login(http, "petra")
        other_device = login(http, "petra")
        successor = refresh(http, session.refresh_token).json()["refresh_token"]
        newest = refresh(http, successor).json()["refresh_token"]

        stolen = refresh(http, session.refresh_token)
        assert stolen.status_code == 401
        assert stolen.json()["error"] == "refresh_invalid"
        # The whole family is gone, including the newest legitimate token ...
        assert refresh(http, newest).json()["error"] == "refresh_invalid"
        # ... but another login (another family) is untouched.
        assert refresh(http, other_device.refresh_token).status_code == 200

    with hub_server_each_db.engine.connect() as conn:
        revoked = conn.execute(
            select(refresh_families.c.revoked_at).where(refresh_families.c.revoked_at.is_not(None))
        ).all()
    assert len(revoked) == 1


def test_unknown_refresh_token_is_refused(hub_server: RunningHub) -> None:
    with http_client(hub_server) as http:
        response = refresh(http, "rt1.made-up")
    assert response.status_code == 401
    assert response.json()["error"] == "refresh_invalid"


def test_grace_period_ends_after_120_seconds(seeded_sqlite_url: str) -> None:
    clock = SteppingClock(utc_now())
    with (
        running_hub(seeded_sqlite_url, prepared=True, clock=clock) as hub,
        http_client(hub) as http,
    ):
        session = login(http, "amira")
        successor = refresh(http, session.refresh_token).json()["refresh_token"]
        clock.advance(120)
        assert refresh(http, session.refresh_token).json()["refresh_token"] == successor
        clock.advance(1)
        late = refresh(http, session.refresh_token)
        assert late.status_code == 401
        assert late.json()["error"] == "refresh_invalid"
        assert refresh(http, successor).json()["error"] == "refresh_invalid"


def test_access_token_expires_after_15_minutes(seeded_sqlite_url: str) -> None:
    clock = SteppingClock(utc_now())
    with (
        running_hub(seeded_sqlite_url, prepared=True, clock=clock) as hub,
        http_client(hub) as http,
    ):
        session = login(http, "jonas")
        clock.advance(15 * 60 - 1)
        assert session.changes(limit=1).status_code == 200
        clock.advance(1)
        expired = session.changes(limit=1)
        assert expired.status_code == 401
        assert expired.json()["error"] == "token_expired"

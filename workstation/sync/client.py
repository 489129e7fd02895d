"""``HubClient``: the hub's HTTP API over one long-lived ``httpx.AsyncClient``.

Every failure leaves as a typed ``HubError`` (or ``ProtocolError`` for an answer that
breaks the protocol), so that the UI can tell a wrong password from an unreachable hub
from a TLS problem. Bodies are streamed and cut off at ``max_response_bytes``.
"""

from __future__ import annotations

import math
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit

import orjson

from workstation.domain.changes import ChangePage, ProtocolError, decode_change_page
from workstation.domain.models import ExpertIdentity
from workstation.sync.device_key import DeviceKey

if TYPE_CHECKING:
    import httpx

__all__ = [
    "AccessWithdrawn",
    "BatchTooLarge",
    "CursorRejected",
    "DeviceRegistration",
    "HubClient",
    "HubError",
    "HubUnreachable",
    "InvalidCredentials",
    "InvalidHubAddress",
    "ProtocolError",
    "RateLimited",
    "SecondFactorEnrolmentRequired",
    "SecondFactorInvalid",
    "SecondFactorLocked",
    "SecondFactorRequired",
    "ServerError",
    "SessionExpired",
    "TlsFailure",
    "TokenRejected",
    "Tokens",
    "TotpEnrolment",
]

DEFAULT_MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024
_MAX_HUB_MESSAGE_CHARS: Final = 300
_USER_AGENT: Final = "ExpertWorkstation"


class HubError(Exception):
    """A request failed. ``code`` is the hub's machine-readable error code (or one of
    ours for failures that never reached the hub); ``message`` is for people."""

    def __init__(self, code: str, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


class InvalidHubAddress(HubError):
    """The hub URL is not an http(s) URL with a host."""


class InvalidCredentials(HubError):
    """Login: unknown user or wrong password."""


class HubUnreachable(HubError):
    """No answer: connection refused, DNS failure, timeout or dropped connection."""


class TlsFailure(HubError):
    """The TLS handshake failed, e.g. an untrusted or mismatching certificate."""


class TokenRejected(HubError):
    """The access token expired or is unknown (``token_expired``/``invalid_token``);
    ``Session`` refreshes and retries."""


class SessionExpired(HubError):
    """The refresh token is no longer valid: the user must log in again."""


class AccessWithdrawn(HubError):
    """``device_revoked`` or ``expert_offboarded``: this device must wipe its data."""


class SecondFactorRequired(HubError):
    """Login: the password was right and the account needs a TOTP or recovery code."""


class SecondFactorInvalid(HubError):
    """Login or enrolment: the code is wrong, expired or already used."""


class SecondFactorLocked(HubError):
    """Login: too many wrong codes in a row; the hub refuses codes for a few minutes."""


class SecondFactorEnrolmentRequired(HubError):
    """The hub's policy requires setting up the second factor before working."""


class CursorRejected(HubError):
    """``invalid_cursor`` or ``cursor_expired``: a full resync from cursor 0 is needed."""


class RateLimited(HubError):
    def __init__(self, code: str, message: str, *, status: int, retry_after: float | None):
        super().__init__(code, message, status=status)
        self.retry_after = retry_after


class BatchTooLarge(HubError):
    """More mutations in one request than the hub takes."""


class ServerError(HubError):
    """The hub failed (5xx); retry later with back-off."""


@dataclass(frozen=True, slots=True)
class Tokens:
    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_in: int
    expert: ExpertIdentity
    device_id: int | None = None
    # "none", "totp" or "enrolment_required" (the hub's policy asks for a set-up first).
    second_factor: str = "none"


@dataclass(frozen=True, slots=True)
class DeviceRegistration:
    """What a login tells the hub about this computer, with the key that proves it."""

    key: DeviceKey
    name: str
    os: str


@dataclass(frozen=True, slots=True)
class TotpEnrolment:
    secret: str = field(repr=False)
    otpauth_uri: str = field(repr=False)


class HubClient:
    def __init__(
        self,
        base_url: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = 20.0,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self._base_url = _validated_base_url(base_url)
        self._max_response_bytes = max_response_bytes
        self._transport = transport
        self._timeout = timeout
        self._verify = verify
        self._open: httpx.AsyncClient | None = None
        self._closed = False

    def _http(self) -> httpx.AsyncClient:
        # httpx is a tenth of the start-up imports: it is loaded with the first request,
        # which the app makes after the inbox's first paint.
        if self._open is None:
            import httpx

            if self._closed:
                raise RuntimeError("the client is closed")
            self._open = httpx.AsyncClient(
                base_url=self._base_url,
                transport=self._transport,
                timeout=httpx.Timeout(self._timeout),
                verify=self._verify,
                headers={"User-Agent": _USER_AGENT, "Accept": "application/json"},
                follow_redirects=False,
            )
        return self._open

    @property
    def base_url(self) -> str:
        return self._base_url

    async def aclose(self) -> None:
        self._closed = True
        if self._open is not None:
            await self._open.aclose()

    async def login(
        self,
        username: str,
        password: str,
        *,
        device_name: str | None = None,
        device: DeviceRegistration | None = None,
        totp_code: str | None = None,
        recovery_code: str | None = None,
    ) -> Tokens:
        body: dict[str, Any] = {"username": username, "password": password}
        if device_name:
            body["device_name"] = device_name
        if device is not None:
            proof = device.key.sign_login(username)
            body["device"] = {
                "public_key": device.key.public_key,
                "name": device.name[:200],
                "os": device.os[:200],
                "signed_at": proof.signed_at,
                "signature": proof.signature,
            }
        if totp_code:
            body["totp_code"] = totp_code
        if recovery_code:
            body["recovery_code"] = recovery_code
        return _tokens(await self._request("POST", "/auth/login", json=body))

    async def refresh(self, refresh_token: str, *, device_key: DeviceKey | None = None) -> Tokens:
        body: dict[str, Any] = {"refresh_token": refresh_token}
        if device_key is not None:
            proof = device_key.sign_refresh(refresh_token)
            body |= {"signed_at": proof.signed_at, "signature": proof.signature}
        return _tokens(await self._request("POST", "/auth/refresh", json=body))

    async def start_totp_enrolment(self, access_token: str) -> TotpEnrolment:
        raw = await self._request("POST", "/account/totp", access_token=access_token)
        payload = _decode_json(raw, "enrolment answer")
        secret = payload.get("secret") if isinstance(payload, dict) else None
        uri = payload.get("otpauth_uri") if isinstance(payload, dict) else None
        if not isinstance(secret, str) or not isinstance(uri, str):
            raise ProtocolError("The hub's enrolment answer needs a secret and an otpauth_uri.")
        if not uri.startswith("otpauth://totp/"):
            raise ProtocolError("The hub's enrolment answer has a bad otpauth_uri.")
        return TotpEnrolment(secret=secret, otpauth_uri=uri)

    async def confirm_totp(self, access_token: str, code: str) -> list[str]:
        """The recovery codes, shown once."""
        raw = await self._request(
            "POST", "/account/totp/confirm", json={"code": code}, access_token=access_token
        )
        payload = _decode_json(raw, "enrolment confirmation")
        codes = payload.get("recovery_codes") if isinstance(payload, dict) else None
        if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
            raise ProtocolError("The hub's enrolment confirmation has no recovery codes.")
        return list(codes)

    async def report_wipe(self, public_key: str, wiped_at: str, signature: str) -> None:
        await self._request(
            "POST",
            "/auth/wipe-report",
            json={"public_key": public_key, "wiped_at": wiped_at, "signature": signature},
        )

    async def changes_raw(self, access_token: str, cursor: str, limit: int = 1000) -> bytes:
        """The undecoded change page, for callers that decode it off the event loop."""
        return await self._request(
            "GET",
            "/sync/changes",
            params={"cursor": cursor, "limit": limit},
            access_token=access_token,
        )

    async def changes(
        self,
        access_token: str,
        cursor: str,
        limit: int = 1000,
        *,
        expert_id: int | None = None,
    ) -> ChangePage:
        """One validated change page, decoded on the calling loop (fine for small pages;
        ``SyncEngine`` decodes on its worker thread instead)."""
        raw = await self.changes_raw(access_token, cursor, limit)
        return decode_change_page(raw, expert_id=expert_id)

    async def mutations(
        self, access_token: str, mutations: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        raw = await self._request(
            "POST", "/sync/mutations", json={"mutations": mutations}, access_token=access_token
        )
        payload = _decode_json(raw, "mutation results")
        results = payload.get("results") if isinstance(payload, dict) else None
        if not isinstance(results, list) or not all(
            isinstance(item, dict)
            and isinstance(item.get("id"), str)
            and item.get("status") in ("applied", "rejected")
            for item in results
        ):
            raise ProtocolError(
                "The hub's mutation results are malformed: each needs an 'id' and a "
                "'status' of applied or rejected."
            )
        return results

    async def policy(self, access_token: str) -> dict[str, Any]:
        """``GET /policy``: the hub's data-protection settings for workstations."""
        raw = await self._request("GET", "/policy", access_token=access_token)
        payload = _decode_json(raw, "policy")
        if not isinstance(payload, dict):
            raise ProtocolError("The hub's policy is not a JSON object.")
        return payload

    async def verify_password(self, access_token: str, password: str) -> None:
        """Raises ``InvalidCredentials`` when ``password`` is not the session's expert's."""
        await self._request(
            "POST",
            "/auth/verify-password",
            json={"password": password},
            access_token=access_token,
        )

    async def attachment(self, access_token: str, attachment_id: int) -> bytes:
        """The bytes of one attachment (opaque; never interpreted here)."""
        return await self._request(
            "GET", f"/attachments/{attachment_id}", access_token=access_token
        )

    async def upload_audit_events(
        self, access_token: str, device_id: str, events: list[dict[str, Any]]
    ) -> dict[str, Any]:
        raw = await self._request(
            "POST",
            "/audit/events",
            json={"device_id": device_id, "events": events},
            access_token=access_token,
        )
        payload = _decode_json(raw, "audit upload answer")
        if not isinstance(payload, dict) or not isinstance(payload.get("stored"), int):
            raise ProtocolError("The hub's answer to the audit upload is malformed.")
        return payload

    async def _request(
        self,
        method: str,
        path: str,
        *,
        json: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        access_token: str | None = None,
    ) -> bytes:
        import httpx

        headers = {"Authorization": f"Bearer {access_token}"} if access_token else None
        content = orjson.dumps(json) if json is not None else None
        if content is not None:
            headers = {**(headers or {}), "Content-Type": "application/json"}
        try:
            async with self._http().stream(
                method, path, content=content, params=params, headers=headers
            ) as response:
                body = await self._read_body(response)
        except httpx.TimeoutException as error:
            raise HubUnreachable(
                "timeout", f"The hub at {self._base_url} did not answer in time."
            ) from error
        except httpx.TransportError as error:
            raise self._transport_error(error) from error
        except httpx.DecodingError as error:
            raise ProtocolError(f"The hub's answer to {path} could not be decompressed.") from error
        if response.status_code >= 400:
            raise _error_for(response.status_code, body, response.headers)
        if response.status_code >= 300:
            raise ProtocolError(
                f"The hub answered {path} with a redirect ({response.status_code}); "
                "check the hub address."
            )
        return body

    async def _read_body(self, response: httpx.Response) -> bytes:
        limit = self._max_response_bytes
        declared = response.headers.get("Content-Length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise _oversized(limit)
        chunks: list[bytes] = []
        received = 0
        async for chunk in response.aiter_bytes():
            received += len(chunk)
            # Counted after decompression, so a small compressed bomb is caught as well.
            if received > limit:
                raise _oversized(limit)
            chunks.append(chunk)
        return b"".join(chunks)

    def _transport_error(self, error: httpx.TransportError) -> HubError:
        import httpx

        if _caused_by_tls(error):
            return TlsFailure(
                "tls_failure",
                f"A secure connection to {self._base_url} could not be established: "
                f"{_tls_reason(error)}",
            )
        if isinstance(error, httpx.ConnectError):
            return HubUnreachable("unreachable", f"The hub at {self._base_url} cannot be reached.")
        if isinstance(error, httpx.RemoteProtocolError):
            return HubUnreachable(
                "connection_lost",
                f"The connection to {self._base_url} broke off or did not speak HTTP.",
            )
        return HubUnreachable("connection_lost", f"The connection to {self._base_url} was lost.")


def _validated_base_url(base_url: str) -> str:
    trimmed = base_url.strip().rstrip("/")
    parts = urlsplit(trimmed)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidHubAddress(
            "invalid_address",
            "The hub address must start with https:// (or http:// on this computer) "
            "followed by a host name.",
        )
    try:
        parts.port  # noqa: B018 - raises for a malformed port
    except ValueError:
        raise InvalidHubAddress("invalid_address", "The hub address has an invalid port.") from None
    return trimmed


def _caused_by_tls(error: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _tls_reason(error: BaseException) -> str:
    current: BaseException | None = error
    while current is not None:
        if isinstance(current, ssl.SSLCertVerificationError):
            return f"the hub's certificate is not trusted ({current.verify_message})."
        if isinstance(current, ssl.SSLError):
            if current.reason == "WRONG_VERSION_NUMBER":
                return "the server does not speak TLS (is the address http:// instead?)."
            return f"the TLS handshake failed ({current.reason or 'unknown reason'})."
        current = current.__cause__ or current.__context__
    return "the TLS handshake failed."


def _oversized(limit: int) -> ProtocolError:
    return ProtocolError(
        f"The hub's answer is larger than the limit of {limit // (1024 * 1024) or 1} MiB "
        f"({limit} bytes)."
    )


def _decode_json(raw: bytes, what: str) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise ProtocolError(f"The hub's {what} are not valid JSON.") from None


def _error_for(status: int, body: bytes, headers: httpx.Headers) -> HubError:
    code, hub_message = _error_body(body)
    if status >= 500:
        return ServerError(
            code or "internal", f"The hub failed to handle the request ({status}).", status=status
        )
    if code == "invalid_credentials":
        return InvalidCredentials(code, "Wrong user name or password.", status=status)
    if code in ("token_expired", "invalid_token"):
        return TokenRejected(code, "The hub did not accept the access token.", status=status)
    if code == "refresh_invalid":
        return SessionExpired(code, "The session has ended; log in again.", status=status)
    if code in ("device_revoked", "expert_offboarded"):
        return AccessWithdrawn(code, "The hub withdrew this device's access.", status=status)
    if code == "device_signature_invalid":
        return SessionExpired(code, "The device key was not accepted; log in again.", status=status)
    if code == "second_factor_required":
        return SecondFactorRequired(code, "A second-factor code is needed.", status=status)
    if code == "second_factor_locked":
        return SecondFactorLocked(code, "Too many wrong codes.", status=status)
    if code == "second_factor_invalid":
        return SecondFactorInvalid(code, "The code was not accepted.", status=status)
    if code == "second_factor_enrolment_required":
        return SecondFactorEnrolmentRequired(code, "Set up the second factor first.", status=status)
    if code in ("invalid_cursor", "cursor_expired"):
        return CursorRejected(code, "The hub asks for a full resynchronisation.", status=status)
    if code == "rate_limited" or status == 429:
        return RateLimited(
            code or "rate_limited",
            "The hub asks to slow down.",
            status=status,
            retry_after=_retry_after(headers.get("Retry-After")),
        )
    if code == "too_large":
        return BatchTooLarge(code, "Too many changes in one request.", status=status)
    if status == 401:
        return TokenRejected(code or "invalid_token", "The hub refused the request.", status=status)
    message = hub_message or f"The hub refused the request ({status})."
    return HubError(code or f"http_{status}", message, status=status)


def _error_body(body: bytes) -> tuple[str | None, str | None]:
    try:
        payload = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None, None
    if not isinstance(payload, dict):
        return None, None
    code = payload.get("error")
    message = payload.get("message")
    return (
        code if isinstance(code, str) and code else None,
        message[:_MAX_HUB_MESSAGE_CHARS] if isinstance(message, str) and message else None,
    )


def _retry_after(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def _tokens(raw: bytes) -> Tokens:
    payload = _decode_json(raw, "token answer")
    if not isinstance(payload, dict):
        raise ProtocolError("The hub's token answer is not a JSON object.")
    expert = payload.get("expert")
    checks = (
        ("access_token", isinstance(payload.get("access_token"), str)),
        ("refresh_token", isinstance(payload.get("refresh_token"), str)),
        (
            "expires_in",
            type(payload.get("expires_in")) is int and payload["expires_in"] > 0,
        ),
        ("expert", isinstance(expert, dict)),
    )
    for name, valid in checks:
        if not valid:
            raise ProtocolError(f"The hub's token answer has a bad field '{name}'.")
    assert isinstance(expert, dict)
    expert_checks = (
        ("id", type(expert.get("id")) is int and expert["id"] > 0),
        ("username", isinstance(expert.get("username"), str)),
        ("display_name", isinstance(expert.get("display_name"), str)),
    )
    for name, valid in expert_checks:
        if not valid:
            raise ProtocolError(f"The hub's token answer has a bad field 'expert.{name}'.")
    device_id = payload.get("device_id")
    second_factor = payload.get("second_factor", "none")
    if device_id is not None and (type(device_id) is not int or device_id <= 0):
        raise ProtocolError("The hub's token answer has a bad field 'device_id'.")
    if second_factor not in ("none", "totp", "enrolment_required"):
        raise ProtocolError("The hub's token answer has a bad field 'second_factor'.")
    return Tokens(
        access_token=payload["access_token"],
        refresh_token=payload["refresh_token"],
        expires_in=payload["expires_in"],
        expert=ExpertIdentity(
            id=expert["id"], username=expert["username"], display_name=expert["display_name"]
        ),
        device_id=device_id,
        second_factor=second_factor,
    )

"""Request bodies (validated) and response shapes (documented in /openapi.json).

The change page is serialized with orjson for speed; ``ChangesPage`` only documents it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    error: str
    message: str


class DeviceIn(BaseModel):
    """The device's Ed25519 public key with a proof of possession (docs/sync-protocol.md)."""

    public_key: str = Field(min_length=40, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    os: str = Field(min_length=1, max_length=200)
    signed_at: int = Field(gt=0)
    signature: str = Field(min_length=80, max_length=100)


class LoginRequest(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)
    device_name: str | None = Field(default=None, max_length=200)
    device: DeviceIn | None = None
    totp_code: str | None = Field(default=None, min_length=1, max_length=12)
    recovery_code: str | None = Field(default=None, min_length=1, max_length=40)


class RefreshRequest(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=200)
    signed_at: int | None = Field(default=None, gt=0)
    signature: str | None = Field(default=None, min_length=80, max_length=100)


class ExpertOut(BaseModel):
    id: int
    username: str
    display_name: str


class TokenResponse(BaseModel):
    access_token: str
    refresh_token: str
    expires_in: int
    expert: ExpertOut
    device_id: int | None = None
    second_factor: Literal["none", "totp", "enrolment_required"] = "none"


class TotpEnrolmentOut(BaseModel):
    secret: str
    otpauth_uri: str


class TotpConfirmation(BaseModel):
    code: str = Field(min_length=1, max_length=12)


class RecoveryCodesOut(BaseModel):
    recovery_codes: list[str]


class WipeReport(BaseModel):
    public_key: str = Field(min_length=40, max_length=64)
    wiped_at: str = Field(min_length=10, max_length=40)
    signature: str = Field(min_length=80, max_length=100)


class Acknowledged(BaseModel):
    acknowledged: bool


class MutationIn(BaseModel):
    id: str = Field(min_length=1, max_length=100)
    type: str = Field(min_length=1, max_length=64)
    payload: dict[str, Any]
    created_at: str | None = None


class MutationBatch(BaseModel):
    # No max_length here: an oversized batch must answer 413 too_large, not 400.
    mutations: list[MutationIn]


class MutationResult(BaseModel):
    id: str
    status: Literal["applied", "rejected"]
    result: dict[str, Any] | None = None
    reason: str | None = None
    message: str | None = None


class MutationResults(BaseModel):
    results: list[MutationResult]


class Change(BaseModel):
    seq: int
    type: Literal["client", "case", "case_removed", "template", "template_removed"]
    data: dict[str, Any]


class ChangesPage(BaseModel):
    cursor: str
    has_more: bool
    remaining: int
    server_time: str
    changes: list[Change]

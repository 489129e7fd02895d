"""Request bodies (validated) and response shapes (documented in /openapi.json).

The change page is serialized with orjson for speed; ``ChangesPage`` only documents it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    error: str
    message: str


class LoginRequest(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)
    device_name: str | None = Field(default=None, max_length=200)


class RefreshRequest(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=200)


class ExpertOut(BaseModel):
    id: int
    username: str
    display_name: str


class TokenResponse(BaseModel):
    access_token: str
    refresh_token: str
    expires_in: int
    expert: ExpertOut


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

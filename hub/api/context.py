"""Everything the request handlers need, built once per app and kept on ``app.state``."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from sqlalchemy import Engine

from hub.auth.access_tokens import AccessTokenCodec
from hub.clock import Clock
from hub.leases import LeaseExpiry
from hub.mutations.runner import MutationRunner


@dataclass(frozen=True, slots=True)
class HubContext:
    engine: Engine
    clock: Clock
    secret: bytes
    access_tokens: AccessTokenCodec
    mutations: MutationRunner
    leases: LeaseExpiry


def hub_context(request: Request) -> HubContext:
    context = request.app.state.hub
    assert isinstance(context, HubContext)
    return context

"""Every error leaves the hub as ``{"error": "<code>", "message": "<text>"}``."""

from __future__ import annotations

from collections.abc import Mapping

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

_CODES_BY_STATUS = {
    400: "bad_request",
    401: "invalid_token",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    429: "rate_limited",
}


class ApiError(Exception):
    """An error answer of the whole request."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


def error_response(
    status: int, code: str, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    return Response(
        content=orjson.dumps({"error": code, "message": message}),
        status_code=status,
        media_type="application/json",
        headers=dict(headers or {}),
    )


async def _api_error(_request: Request, error: Exception) -> Response:
    assert isinstance(error, ApiError)
    return error_response(error.status, error.code, error.message, error.headers)


async def _validation_error(_request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    # Name the offending fields but never echo their values (they may be passwords).
    fields = sorted(
        {".".join(str(part) for part in issue.get("loc", ())) for issue in error.errors()}
    )
    return error_response(400, "bad_request", f"Invalid request: check {', '.join(fields)}.")


async def _http_error(_request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)
    code = _CODES_BY_STATUS.get(
        error.status_code, "internal" if error.status_code >= 500 else "bad_request"
    )
    return error_response(error.status_code, code, str(error.detail), error.headers)


async def _unexpected_error(_request: Request, _error: Exception) -> Response:
    # Starlette re-raises the exception after this answer, and the server logs it.
    return error_response(500, "internal", "The hub failed to handle this request.")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)

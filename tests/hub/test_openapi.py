"""The OpenAPI document and the error shape of unknown routes."""

from __future__ import annotations

from tests.hub.helpers import http_client
from tests.support.hub_server import RunningHub


def test_openapi_document_lists_every_endpoint(hub_server: RunningHub) -> None:
    with http_client(hub_server) as http:
        response = http.get("/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    assert {"/auth/login", "/auth/refresh", "/sync/changes", "/sync/mutations"} <= set(
        document["paths"]
    )
    changes = document["paths"]["/sync/changes"]["get"]
    assert {parameter["name"] for parameter in changes["parameters"]} == {"cursor", "limit"}
    assert "ChangesPage" in document["components"]["schemas"]


def test_unknown_routes_and_methods_use_the_error_shape(hub_server: RunningHub) -> None:
    with http_client(hub_server) as http:
        missing = http.get("/no/such/endpoint")
        wrong_method = http.delete("/auth/login")
    assert missing.status_code == 404
    assert missing.json() == {"error": "not_found", "message": "Not Found"}
    assert wrong_method.status_code == 405
    assert wrong_method.json()["error"] == "method_not_allowed"

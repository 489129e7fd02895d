"""Checks and normalises the hub address the user types into the login dialog."""

from __future__ import annotations

import ipaddress
from enum import Enum
from urllib.parse import urlsplit, urlunsplit


class HubAddressProblem(Enum):
    EMPTY = "empty"
    MALFORMED = "malformed"
    UNSUPPORTED_SCHEME = "unsupported_scheme"
    PLAIN_HTTP_REMOTE = "plain_http_remote"


class HubAddressError(ValueError):
    def __init__(self, problem: HubAddressProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def normalize_hub_url(typed: str) -> str:
    """The canonical base URL for `typed`, e.g. "hub.example.com/" -> "https://hub.example.com".

    Plain http:// is accepted only for a hub on this computer (the demo, tests): anywhere
    else the password and the customer data would cross the network unencrypted.
    """
    text = typed.strip()
    if not text:
        raise HubAddressError(HubAddressProblem.EMPTY)
    if "://" not in text:
        text = f"https://{text}"
    if any(character.isspace() for character in text):
        raise HubAddressError(HubAddressProblem.MALFORMED)
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as error:
        raise HubAddressError(HubAddressProblem.MALFORMED) from error
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise HubAddressError(HubAddressProblem.UNSUPPORTED_SCHEME)
    host = parts.hostname
    if not host or parts.query or parts.fragment or parts.username or parts.password:
        raise HubAddressError(HubAddressProblem.MALFORMED)
    if scheme == "http" and not _is_loopback(host):
        raise HubAddressError(HubAddressProblem.PLAIN_HTTP_REMOTE)
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc = f"{netloc}:{port}"
    return urlunsplit((scheme, netloc, parts.path.rstrip("/"), "", ""))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False

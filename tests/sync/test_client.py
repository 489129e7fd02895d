"""``HubClient``: a distinct, clear error for each way talking to the hub can fail."""

from __future__ import annotations

import asyncio
import datetime
import socket
import ssl
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.support.hub_server import RunningHub
from workstation.sync.client import (
    HubClient,
    HubUnreachable,
    InvalidCredentials,
    InvalidHubAddress,
    TlsFailure,
)


def test_login_returns_tokens_and_the_expert(hub_server: RunningHub) -> None:
    async def scenario() -> None:
        client = HubClient(hub_server.url + "/")
        try:
            tokens = await client.login("petra", "demo", device_name="petra-laptop")
        finally:
            await client.aclose()
        assert tokens.expert.username == "petra"
        assert tokens.expert.display_name
        assert tokens.access_token and tokens.refresh_token
        assert tokens.expires_in > 0
        assert tokens.access_token not in repr(tokens)
        assert tokens.refresh_token not in repr(tokens)

    asyncio.run(scenario())


@pytest.mark.parametrize(("username", "password"), [("petra", "wrong"), ("nobody", "demo")])
def test_a_wrong_user_or_password_is_invalid_credentials(
    hub_server: RunningHub, username: str, password: str
) -> None:
    async def scenario() -> None:
        client = HubClient(hub_server.url)
        try:
            with pytest.raises(InvalidCredentials, match="Wrong user name or password"):
                await client.login(username, password)
        finally:
            await client.aclose()

    asyncio.run(scenario())


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_a_closed_port_is_unreachable_and_the_message_names_the_hub() -> None:
    url = f"http://127.0.0.1:{_free_port()}"

    async def scenario() -> None:
        client = HubClient(url)
        try:
            with pytest.raises(HubUnreachable) as raised:
                await client.login("petra", "demo")
        finally:
            await client.aclose()
        assert url in str(raised.value)
        assert raised.value.code == "unreachable"

    asyncio.run(scenario())


def test_a_hub_that_never_answers_times_out_as_unreachable() -> None:
    async def scenario() -> None:
        hang_up = asyncio.Event()

        async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.read(65536)
            await hang_up.wait()
            writer.close()

        server = await asyncio.start_server(silent, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        client = HubClient(f"http://127.0.0.1:{port}", timeout=0.2)
        try:
            with pytest.raises(HubUnreachable, match="did not answer in time") as raised:
                await client.login("petra", "demo")
            assert raised.value.code == "timeout"
        finally:
            await client.aclose()
            hang_up.set()
            server.close()
            await server.wait_closed()

    asyncio.run(scenario())


def test_https_to_a_plain_http_hub_is_a_tls_failure(hub_server: RunningHub) -> None:
    async def scenario() -> None:
        client = HubClient(hub_server.url.replace("http://", "https://"))
        try:
            with pytest.raises(TlsFailure, match="does not speak TLS"):
                await client.login("petra", "demo")
        finally:
            await client.aclose()

    asyncio.run(scenario())


def _self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "hub.invalid")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path = directory / f"{uuid.uuid4().hex}.pem"
    key_path = directory / f"{uuid.uuid4().hex}.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@asynccontextmanager
async def _tls_server(cert: Path, key: Path) -> AsyncIterator[int]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0, ssl=context)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


def test_an_untrusted_certificate_is_a_tls_failure(tmp_path: Path) -> None:
    cert, key = _self_signed_certificate(tmp_path)

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        # The server side of a refused handshake is expected here, not worth a log line.
        loop.set_exception_handler(lambda _loop, _context: None)
        async with _tls_server(cert, key) as port:
            client = HubClient(f"https://localhost:{port}")
            try:
                with pytest.raises(TlsFailure, match="certificate is not trusted") as raised:
                    await client.login("petra", "demo")
                assert raised.value.code == "tls_failure"
                assert f"https://localhost:{port}" in str(raised.value)
            finally:
                await client.aclose()

    asyncio.run(scenario())


@pytest.mark.parametrize(
    "address", ["", "hub.example.com", "ftp://hub.example.com", "http://", "https://host:port"]
)
def test_an_address_that_is_not_an_http_url_is_refused_at_once(address: str) -> None:
    with pytest.raises(InvalidHubAddress):
        HubClient(address)


def test_mutations_are_answered_one_by_one_and_replays_change_nothing(
    hub_server: RunningHub,
) -> None:
    async def scenario() -> None:
        client = HubClient(hub_server.url)
        try:
            tokens = await client.login("petra", "demo")
            page = await client.changes(tokens.access_token, "0", 2000, expert_id=tokens.expert.id)
            offer_id = next(row[0] for row in page.cases if row[8] == "offered")
            claim = {
                "id": str(uuid.uuid4()),
                "type": "claim",
                "payload": {"case_id": offer_id},
                "created_at": "2026-11-24T17:29:58Z",
            }
            unknown = {**claim, "id": str(uuid.uuid4()), "type": "teleport"}

            first = await client.mutations(tokens.access_token, [claim, unknown])
            replay = await client.mutations(tokens.access_token, [claim])
        finally:
            await client.aclose()
        assert [result["status"] for result in first] == ["applied", "rejected"]
        assert first[1]["reason"] == "unknown_type"
        assert replay == first[:1]

    asyncio.run(scenario())

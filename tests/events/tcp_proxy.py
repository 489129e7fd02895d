"""A loopback TCP proxy a test can cut: drop every open connection, refuse new ones."""

from __future__ import annotations

import asyncio
import contextlib


class SwitchableProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self._target = (target_host, target_port)
        self._server: asyncio.Server | None = None
        self._port = 0
        self._links: set[asyncio.StreamWriter] = set()
        self._pumps: set[asyncio.Task[None]] = set()
        self.accepting = True
        self.connections = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self._port = self._server.sockets[0].getsockname()[1]

    async def cut(self) -> None:
        """Close every open connection at once, as a dropped Wi-Fi would."""
        for writer in list(self._links):
            writer.transport.abort()
        self._links.clear()
        await asyncio.sleep(0)

    async def close(self) -> None:
        await self.cut()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        for pump in list(self._pumps):
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pump

    async def _serve(
        self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter
    ) -> None:
        if not self.accepting:
            client_writer.transport.abort()
            return
        self.connections += 1
        hub_reader, hub_writer = await asyncio.open_connection(*self._target)
        self._links.update((client_writer, hub_writer))
        pumps = [
            asyncio.create_task(self._pump(client_reader, hub_writer)),
            asyncio.create_task(self._pump(hub_reader, client_writer)),
        ]
        self._pumps.update(pumps)
        await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        for pump in pumps:
            pump.cancel()
            self._pumps.discard(pump)
        for writer in (client_writer, hub_writer):
            writer.transport.abort()
            self._links.discard(writer)

    @staticmethod
    async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            while chunk := await reader.read(65536):
                writer.write(chunk)
                await writer.drain()

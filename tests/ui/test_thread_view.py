"""The reading pane: sanitized HTML, no resource is ever loaded, messages kept apart."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from tests.ui.conftest import SyncedCache
from workstation.domain.models import (
    CaseStatus,
    CaseSummary,
    Channel,
    Direction,
    Message,
    Priority,
)
from workstation.store.queries import InboxQuery
from workstation.ui.case_details import read_case_details
from workstation.ui.icons import IconLibrary
from workstation.ui.thread_view import OfflineTextBrowser, ThreadView

NOW = 1_800_000_000


class CountingServer:
    """A local HTTP listener that counts every request it gets."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        counter = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                counter.requests.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> CountingServer:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


@pytest.fixture
def listener() -> Iterator[CountingServer]:
    with CountingServer() as server:
        yield server


def hostile_html(base: str, local_image: Path) -> str:
    return f"""
        <html><head>
        <link rel="stylesheet" href="{base}/link.css">
        <style>@import url("{base}/import.css"); body {{ background: url({base}/bg.png) }}</style>
        </head><body background="{base}/body.png">
        <p style="background-image: url({base}/inline.png)">Guten Tag, hier meine Frage.</p>
        <img src="{base}/pixel.png" width="1" height="1">
        <img src="//127.0.0.1:{base.rsplit(":", 1)[1]}/relative.png">
        <img src="file://{local_image}">
        <img src="{local_image}">
        <table background="{base}/table.png"><tr><td>Zeile</td></tr></table>
        <a href="{base}/click">Link</a>
        </body></html>
    """


def summary(**changes: object) -> CaseSummary:
    fields: dict[str, object] = {
        "id": 7,
        "client_id": 1,
        "client_name": "Buchhalter Software AG",
        "channel": Channel.EMAIL,
        "subject": "Rechnung <b>doppelt</b> gebucht",
        "customer_name": "Jürgen Weber",
        "status": CaseStatus.OPEN,
        "priority": Priority.HIGH,
        "sla_due": NOW + 25 * 60,
        "assigned_to_me": True,
    }
    fields.update(changes)
    return CaseSummary(**fields)  # type: ignore[arg-type]


def message(
    message_id: int,
    direction: Direction,
    text: str,
    html: str | None = None,
    created_at: int = NOW - 3600,
) -> Message:
    return Message(
        id=message_id,
        case_id=7,
        direction=direction,
        author={
            Direction.IN: "Jürgen Weber",
            Direction.OUT: "Petra Schneider",
            Direction.NOTE: "Petra Schneider",
        }[direction],
        body_text=text,
        body_html=html,
        created_at=created_at,
    )


@pytest.fixture
def local_image(tmp_path: Path) -> Path:
    path = tmp_path / "secret.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


def render(qtbot: QtBot, widget: ThreadView | OfflineTextBrowser) -> None:
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.grab()  # paints, which is when QTextDocument asks for images


def test_sanitized_customer_html_loads_nothing(
    qtbot: QtBot, icons: IconLibrary, listener: CountingServer, local_image: Path
) -> None:
    view = ThreadView(icons, clock=lambda: NOW)
    view.show_case(
        summary(),
        "j.weber@example.de",
        [message(1, Direction.IN, "Guten Tag", hostile_html(listener.url, local_image))],
    )
    render(qtbot, view)
    qtbot.wait(300)

    assert listener.requests == []
    assert "Guten Tag, hier meine Frage." in view.conversation_text()


def test_the_browser_itself_refuses_every_resource(
    qtbot: QtBot, listener: CountingServer, local_image: Path
) -> None:
    """Even unsanitized HTML, should it ever get here, loads neither remote nor local files."""
    browser = OfflineTextBrowser()
    browser.setHtml(hostile_html(listener.url, local_image))
    render(qtbot, browser)
    qtbot.wait(300)

    assert listener.requests == []
    document = browser.document()
    for url in (QUrl.fromLocalFile(str(local_image)), QUrl(f"{listener.url}/pixel.png")):
        loaded = document.resource(QTextDocument.ResourceType.ImageResource, url)
        # Whatever stands in for an image is a blank pixel, never the file's content.
        assert isinstance(loaded, QImage) and loaded.size().width() == 1, url.toString()
    stylesheet = document.resource(
        QTextDocument.ResourceType.StyleSheetResource, QUrl(f"{listener.url}/link.css")
    )
    assert not stylesheet


def test_clicking_a_link_does_not_navigate(qtbot: QtBot, listener: CountingServer) -> None:
    browser = OfflineTextBrowser()
    browser.setHtml(f'<p><a href="{listener.url}/click">Hier klicken</a></p>')
    render(qtbot, browser)
    before = browser.toHtml()

    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    with qtbot.waitSignal(browser.anchorClicked) as clicked:
        # Tab moves to the link and Enter follows it, as a mouse click would.
        qtbot.keyClick(browser, Qt.Key.Key_Tab)
        qtbot.keyClick(browser, Qt.Key.Key_Return)

    assert clicked.args[0].toString() == f"{listener.url}/click"
    assert browser.openLinks() is False and browser.openExternalLinks() is False
    assert browser.toHtml() == before
    assert listener.requests == []


def test_the_thread_reads_oldest_first_with_each_kind_apart(
    qtbot: QtBot, icons: IconLibrary
) -> None:
    view = ThreadView(icons, clock=lambda: NOW)
    view.show_case(
        summary(),
        "j.weber@example.de",
        [
            message(3, Direction.NOTE, "Kunde ist Stammkunde.", created_at=NOW - 600),
            message(2, Direction.OUT, "Wir prüfen das.", created_at=NOW - 1800),
            message(
                1, Direction.IN, "Rechnung <script>alert(1)</script> doppelt", created_at=NOW - 3600
            ),
        ],
    )
    render(qtbot, view)

    text = view.conversation_text()
    assert text.index("Rechnung <script>") < text.index("Wir prüfen") < text.index("Stammkunde")
    html = view.browser.toHtml()
    # Three differently coloured boxes: neutral for the customer, tinted for the reply,
    # yellow for the internal note.
    for colour in ("#f2f3f5", "#e4eef9", "#fff4c2"):
        assert colour in html
    assert "Customer" in text and "Reply" in text and "Internal note" in text


def test_the_header_shows_plain_text_facts(qtbot: QtBot, icons: IconLibrary) -> None:
    view = ThreadView(icons, clock=lambda: NOW)
    view.show_case(summary(), "j.weber@example.de", [message(1, Direction.IN, "Hallo")])
    render(qtbot, view)

    header = view.header
    assert header.subject.text() == "Rechnung <b>doppelt</b> gebucht"  # shown, not rendered
    assert "Jürgen Weber <j.weber@example.de>" in header.people.text()
    assert "E-mail" in header.people.text() and "Buchhalter Software AG" in header.people.text()
    assert header.facts.text() == "Open · High priority · assigned to you"
    assert header.due.text() == "Answer due in 25 min"


def test_a_callback_number_shows_only_on_a_claimed_case(qtbot: QtBot, icons: IconLibrary) -> None:
    view = ThreadView(icons, clock=lambda: NOW)
    render(qtbot, view)
    offer = summary(channel=Channel.PHONE, status=CaseStatus.OFFERED, assigned_to_me=False)
    view.show_case(offer, "+49 30 1234567", [message(1, Direction.IN, "Bitte Rückruf")])
    assert "+49" not in view.header.people.text()

    view.show_case(summary(channel=Channel.PHONE), "+49 30 1234567", [])
    assert "+49 30 1234567" in view.header.people.text()


def test_a_synced_case_is_shown_with_its_whole_thread(
    qtbot: QtBot, icons: IconLibrary, synced_cache: SyncedCache
) -> None:
    first = synced_cache.view.case_window(InboxQuery(), 0, 1)[0]
    details = read_case_details(synced_cache.store, first.id)
    assert details is not None and details.messages

    view = ThreadView(icons)
    view.show_case(details.summary, details.contact, details.messages)
    render(qtbot, view)

    assert view.case_id == first.id
    assert view.header.subject.text() == first.subject
    for shown in details.messages:
        assert shown.author in view.conversation_text()

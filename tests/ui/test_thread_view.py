"""The reading pane: sanitized HTML, no resource is ever loaded, messages kept apart."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.builders import NOW, detail, message
from tests.ui.conftest import SyncedCache
from workstation.domain.models import CaseStatus, Channel, Direction, OutboxState
from workstation.store.drafts import DraftStore
from workstation.store.queries import InboxQuery
from workstation.ui.case.header import CaseHeader
from workstation.ui.case.pane import CasePane
from workstation.ui.case_details import read_case_details
from workstation.ui.icons import IconLibrary
from workstation.ui.thread_view import ConversationView, OfflineTextBrowser


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


@pytest.fixture
def local_image(tmp_path: Path) -> Path:
    path = tmp_path / "secret.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


def render(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.grab()  # paints, which is when QTextDocument asks for images


def test_sanitized_customer_html_loads_nothing(
    qtbot: QtBot, listener: CountingServer, local_image: Path
) -> None:
    view = ConversationView()
    view.show_messages(
        7, [message(1, Direction.IN, "Guten Tag", hostile_html(listener.url, local_image))]
    )
    render(qtbot, view)
    qtbot.wait(300)

    assert listener.requests == []
    assert "Guten Tag, hier meine Frage." in view.toPlainText()


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


def test_the_thread_reads_oldest_first_with_each_kind_apart(qtbot: QtBot) -> None:
    view = ConversationView()
    view.show_messages(
        7,
        [
            message(3, Direction.NOTE, "Kunde ist Stammkunde.", created_at=NOW - 600),
            message(2, Direction.OUT, "Wir prüfen das.", created_at=NOW - 1800),
            message(
                1, Direction.IN, "Rechnung <script>alert(1)</script> doppelt", created_at=NOW - 3600
            ),
        ],
    )
    render(qtbot, view)

    text = view.toPlainText()
    assert text.index("Rechnung <script>") < text.index("Wir prüfen") < text.index("Stammkunde")
    html = view.toHtml()
    # Three differently coloured boxes: neutral for the customer, tinted for the reply,
    # yellow for the internal note.
    for colour in ("#f2f3f5", "#e4eef9", "#fff4c2"):
        assert colour in html
    assert "Customer" in text and "Reply" in text and "Internal note" in text


def test_unconfirmed_replies_follow_the_thread_marked_with_their_state(qtbot: QtBot) -> None:
    view = ConversationView()
    view.show_messages(
        7,
        [
            message(-2, Direction.OUT, "Noch nicht beim Hub.", created_at=NOW - 7200,
                    outbox_id="b", outbox_state=OutboxState.QUEUED),
            message(-3, Direction.OUT, "Abgelehnt.", created_at=NOW - 7100,
                    outbox_id="c", outbox_state=OutboxState.HELD),
            message(1, Direction.IN, "Frage", created_at=NOW - 3600),
        ],
    )  # fmt: skip
    render(qtbot, view)

    text = view.toPlainText()
    assert text.index("Frage") < text.index("Noch nicht beim Hub.") < text.index("Abgelehnt.")
    assert "Waiting to be sent" in text
    assert "Not sent: held in the outbox" in text


def test_the_header_shows_plain_text_facts_and_a_live_countdown(
    qtbot: QtBot, icons: IconLibrary
) -> None:
    clock = [float(NOW)]
    header = CaseHeader(icons, clock=lambda: clock[0])
    header.show_case(detail(tags=("erstattung",)))
    render(qtbot, header)

    assert header.subject.text() == "Rechnung <b>doppelt</b> gebucht"  # shown, not rendered
    assert header.customer.name.text() == "Jürgen Weber"
    assert header.customer.contact.text() == "j.weber@example.de"
    assert "E-mail" in header.people.text() and "Buchhalter Software AG" in header.people.text()
    assert header.facts.text() == "Open · High priority · assigned to you"
    assert header.tags.text() == "Tags: erstattung"
    assert header.due.text() == "Answer due in 25:00"
    assert header.due.ticking
    clock[0] += 61
    qtbot.waitUntil(lambda: header.due.text() == "Answer due in 23:59", timeout=3000)

    header.show_case(detail(status=CaseStatus.CLOSED, sla_due=None))
    assert header.due.text() == "No answer due" and not header.due.ticking


def test_a_callback_number_shows_only_on_a_claimed_case(qtbot: QtBot, icons: IconLibrary) -> None:
    header = CaseHeader(icons, clock=lambda: NOW)
    render(qtbot, header)
    offer = detail(
        channel=Channel.PHONE,
        status=CaseStatus.OFFERED,
        assigned_to_me=False,
        customer_contact="+49 30 1234567",
    )
    header.show_case(offer)
    assert not header.customer.contact.isVisible()
    assert "+49" not in header.customer.contact.text()
    assert header.customer.contact_hint.isVisible()

    header.show_case(detail(channel=Channel.PHONE, customer_contact="+49 30 1234567"))
    assert header.customer.contact.text() == "+49 30 1234567"
    assert header.customer.contact.isVisible()


def test_a_synced_case_is_shown_with_its_whole_thread(
    qtbot: QtBot, icons: IconLibrary, synced_cache: SyncedCache
) -> None:
    first = synced_cache.view.case_window(InboxQuery(), 0, 1)[0]
    loaded = read_case_details(synced_cache.store, DraftStore(synced_cache.engine), first.id)
    assert loaded is not None and loaded.messages

    pane = CasePane(icons)
    pane.show_case(loaded)
    render(qtbot, pane)

    assert pane.case_id == first.id
    assert pane.header.subject.text() == first.subject
    for shown in loaded.messages:
        assert shown.author in pane.conversation_text()

"""Hostile customer HTML loads nothing, and links open only after showing their target."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.builders import message
from tests.ui.test_thread_view import CountingServer, listener, local_image, render
from workstation.domain.html import sanitize_html
from workstation.domain.models import Direction
from workstation.ui.link_opening import LinkConfirmation, real_target
from workstation.ui.thread_view import ConversationView, OfflineTextBrowser

__all__ = ["listener", "local_image"]  # fixtures shared with the thread view tests


def hostile_corpus(base: str) -> list[str]:
    """One message per trick a mail may use to call home when it is shown."""
    port = base.rsplit(":", 1)[1]
    return [
        f'<img src="{base}/pixel.gif" width="1" height="1" alt="">',
        f'<img src="cid:logo" srcset="{base}/srcset.png 2x, {base}/srcset1.png 1x">',
        f'<picture><source srcset="{base}/source.webp"><img src="{base}/pic.png"></picture>',
        f'<p style="background:url({base}/style.png)">Hintergrund</p>',
        f"<style>p {{ background-image: url('{base}/sheet.png') }}</style><p>Stil</p>",
        f'<style>@import "{base}/import.css";</style>',
        f'<link rel="stylesheet" href="{base}/link.css"><link rel="prefetch" href="{base}/pf">',
        f'<svg xmlns="http://www.w3.org/2000/svg"><image href="{base}/svg.png"/>'
        f'<use href="{base}/sprite.svg#a"/></svg>',
        f'<img src="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22>'
        f'<image href=%22{base}/data-svg.png%22/></svg>">',
        "<a href=\"javascript:fetch('" + base + "/js')\">Klick</a>",
        f'<iframe src="{base}/frame.html"></iframe>',
        f'<object data="{base}/object.swf"></object><embed src="{base}/embed.swf">',
        f'<meta http-equiv="refresh" content="0; url={base}/refresh">',
        f'<body background="{base}/body.png"><table background="{base}/table.png">'
        f'<tr><td background="{base}/td.png">Zelle</td></tr></table></body>',
        f'<video poster="{base}/poster.png" src="{base}/video.mp4"></video>'
        f'<audio src="{base}/audio.mp3"></audio>',
        f'<img src="//127.0.0.1:{port}/relative.png"><base href="{base}/"><img src="rel.png">',
        f'<form action="{base}/form"><input type="image" src="{base}/input.png"></form>',
        f'<div style="behavior:url({base}/htc)">IE</div><bgsound src="{base}/sound">',
    ]


def test_a_hostile_corpus_sends_no_request_when_shown(
    qtbot: QtBot, listener: CountingServer, local_image: Path
) -> None:
    corpus = hostile_corpus(listener.url)
    view = ConversationView()
    view.show_messages(
        7,
        [
            message(index + 1, Direction.IN, f"Teil {index}", html)
            for index, html in enumerate(corpus)
        ],
    )
    render(qtbot, view)
    raw = OfflineTextBrowser()  # the second wall alone, with nothing sanitized
    raw.setHtml("".join(corpus))
    render(qtbot, raw)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.grab()
    qtbot.wait(300)

    assert listener.requests == []
    for html in corpus:
        cleaned = sanitize_html(html)
        assert listener.url not in cleaned.replace(f'href="{listener.url}', ""), html
        assert "javascript:" not in cleaned


@pytest.fixture
def browser(qtbot: QtBot) -> OfflineTextBrowser:
    widget = OfflineTextBrowser()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_link_opens_only_after_its_real_target_was_shown(
    qtbot: QtBot, browser: OfflineTextBrowser
) -> None:
    opened: list[str] = []
    links = LinkConfirmation(browser, open_url=lambda url: opened.append(url.toString()))
    # The text claims a bank; the target is a look-alike domain with a Cyrillic "а".
    target = QUrl("https://\u0430pple-support.example/login?x=1")
    browser.anchorClicked.emit(target)
    dialog = links.dialog
    assert isinstance(dialog, QMessageBox) and dialog.isVisible()
    assert "xn--" in dialog.informativeText()
    assert dialog.informativeText() == real_target(target)
    assert opened == []

    dialog.button(QMessageBox.StandardButton.Cancel).click()
    assert opened == []

    browser.anchorClicked.emit(QUrl("https://example.de/hilfe"))
    dialog = links.dialog
    assert dialog is not None
    dialog.button(QMessageBox.StandardButton.Open).click()
    assert opened == ["https://example.de/hilfe"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "smb://host/x"])
def test_other_schemes_are_never_opened(
    qtbot: QtBot, browser: OfflineTextBrowser, url: str
) -> None:
    opened: list[QUrl] = []
    links = LinkConfirmation(browser, open_url=opened.append)
    browser.anchorClicked.emit(QUrl(url))
    dialog = links.dialog
    assert dialog is not None and "cannot be opened" in dialog.text()
    assert dialog.button(QMessageBox.StandardButton.Open) is None
    dialog.button(QMessageBox.StandardButton.Close).click()
    assert opened == []

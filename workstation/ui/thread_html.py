"""The HTML document for one case's conversation, in the subset of HTML that QTextDocument
renders: tables for the message boxes, because it ignores floats and flexible layouts."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from workstation.domain.html import plain_text_to_html, sanitize_html
from workstation.domain.models import Direction, Message


@dataclass(frozen=True, slots=True)
class ThreadColors:
    incoming_background: str = "#f2f3f5"
    outgoing_background: str = "#e4eef9"
    note_background: str = "#fff4c2"
    note_border: str = "#e6c84f"
    meta_text: str = "#5f6b76"


def message_body_html(message: Message) -> str:
    """The message body as safe HTML: customer HTML sanitized, plain text escaped."""
    if message.body_html:
        return sanitize_html(message.body_html)
    return plain_text_to_html(message.body_text)


def thread_html(
    messages: Sequence[Message],
    *,
    direction_text: Callable[[Direction], str],
    time_text: Callable[[int], str],
    colors: ThreadColors | None = None,
) -> str:
    """The whole thread, oldest message first.

    Customer messages sit on the left on a neutral background, replies on the right on a
    tinted one, and internal notes span the width in a yellow box, so the three never look
    alike even at a glance.
    """
    palette = colors or ThreadColors()
    boxes = [
        _message_box(message, direction_text, time_text, palette)
        for message in sorted(messages, key=lambda message: (message.created_at, message.id))
    ]
    return "<html><body>" + "".join(boxes) + "</body></html>"


def _message_box(
    message: Message,
    direction_text: Callable[[Direction], str],
    time_text: Callable[[int], str],
    palette: ThreadColors,
) -> str:
    header = (
        f'<p style="margin:0 0 6px 0;"><b>{html.escape(message.author)}</b>'
        f'<span style="color:{palette.meta_text};">'
        f" &nbsp;·&nbsp; {html.escape(direction_text(message.direction))}"
        f" &nbsp;·&nbsp; {html.escape(time_text(message.created_at))}</span></p>"
    )
    content = header + f"<div>{message_body_html(message)}</div>"
    match message.direction:
        case Direction.NOTE:
            cells = (
                f'<td width="100%" bgcolor="{palette.note_background}" '
                f'style="border:1px solid {palette.note_border}; padding:10px;">{content}</td>'
            )
        case Direction.OUT:
            cells = (
                '<td width="16%"></td>'
                f'<td width="84%" bgcolor="{palette.outgoing_background}" '
                f'style="padding:10px;">{content}</td>'
            )
        case Direction.IN:
            cells = (
                f'<td width="84%" bgcolor="{palette.incoming_background}" '
                f'style="padding:10px;">{content}</td>'
                '<td width="16%"></td>'
            )
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" '
        f'style="margin-bottom:12px;"><tr>{cells}</tr></table>'
    )

"""The HTML document for one case's conversation, in the subset of HTML that QTextDocument
renders: tables for the message boxes, because it ignores floats and flexible layouts."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from workstation.domain.html import plain_text_to_html, sanitize_html
from workstation.domain.models import Direction, Message, OutboxState


@dataclass(frozen=True, slots=True)
class ThreadColors:
    incoming_background: str = "#f2f3f5"
    outgoing_background: str = "#e4eef9"
    note_background: str = "#fff4c2"
    note_border: str = "#e6c84f"
    meta_text: str = "#5f6b76"
    pending_text: str = "#7a5a00"
    held_text: str = "#b3261e"


# The same boxes on a dark background: tinted, never light, so the palette's light text
# stays readable.
DARK_THREAD_COLORS = ThreadColors(
    incoming_background="#2a2e33",
    outgoing_background="#1e3747",
    note_background="#3b3318",
    note_border="#7a6a2a",
    meta_text="#9aa3ad",
    pending_text="#e0b455",
    held_text="#f28b82",
)


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
    details_text: Callable[[Message], str] = lambda _message: "",
    state_text: Callable[[Message], str] = lambda _message: "",
    colors: ThreadColors | None = None,
) -> str:
    """The whole thread, oldest message first.

    Customer messages sit on the left on a neutral background, replies on the right on a
    tinted one, and internal notes span the width in a yellow box, so the three never look
    alike even at a glance. `details_text` adds a line of facts (subject, visibility, call
    outcome); `state_text` marks a reply or note the hub has not confirmed yet (the local
    echo of a queued or held one), which keeps its place after the confirmed messages.
    """
    palette = colors or ThreadColors()
    confirmed = sorted(
        (message for message in messages if not message.pending),
        key=lambda message: (message.created_at, message.id),
    )
    pending = [message for message in messages if message.pending]
    boxes = [
        _message_box(message, direction_text, time_text, details_text, state_text, palette)
        for message in [*confirmed, *pending]
    ]
    return "<html><body>" + "".join(boxes) + "</body></html>"


def _message_box(
    message: Message,
    direction_text: Callable[[Direction], str],
    time_text: Callable[[int], str],
    details_text: Callable[[Message], str],
    state_text: Callable[[Message], str],
    palette: ThreadColors,
) -> str:
    header = (
        f'<p style="margin:0 0 6px 0;"><b>{html.escape(message.author)}</b>'
        f'<span style="color:{palette.meta_text};">'
        f" &nbsp;·&nbsp; {html.escape(direction_text(message.direction))}"
        f" &nbsp;·&nbsp; {html.escape(time_text(message.created_at))}</span></p>"
    )
    details = details_text(message)
    if details:
        header += (
            f'<p style="margin:0 0 6px 0; color:{palette.meta_text};">{html.escape(details)}</p>'
        )
    state = state_text(message)
    footer = ""
    if state:
        color = (
            palette.held_text if message.outbox_state is OutboxState.HELD else palette.pending_text
        )
        footer = f'<p style="margin:6px 0 0 0; color:{color};"><i>{html.escape(state)}</i></p>'
    content = header + f"<div>{message_body_html(message)}</div>" + footer
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

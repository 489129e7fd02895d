"""Attachments of customer messages: stored with their message, announced in the case
document without their bytes, fetched one by one by experts who see the case.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import ColumnElement, Connection, insert, select

from hub.schema import attachments, cases, messages
from hub.sequence import WriteTransaction
from hub.visibility import case_viewers

MAX_ATTACHMENT_BYTES: Final = 25 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class NewAttachment:
    name: str
    media_type: str
    content: bytes


@dataclass(frozen=True, slots=True)
class StoredAttachment:
    name: str
    media_type: str
    content: bytes


def insert_attachments(
    tx: WriteTransaction, message_id: int, items: Iterable[NewAttachment]
) -> list[int]:
    """Store attachments of a message written in the same transaction (the case's
    sequence number moves with that message, so the change reaches every viewer)."""
    ids: list[int] = []
    for item in items:
        if len(item.content) > MAX_ATTACHMENT_BYTES:
            raise ValueError(f"an attachment may hold at most {MAX_ATTACHMENT_BYTES} bytes")
        ids.append(
            tx.conn.execute(
                insert(attachments)
                .values(
                    message_id=message_id,
                    name=item.name,
                    media_type=item.media_type,
                    size=len(item.content),
                    content=item.content,
                )
                .returning(attachments.c.id)
            ).scalar_one()
        )
    return ids


def add_attachment_lists(
    conn: Connection, documents: dict[int, dict[str, Any]], in_page: ColumnElement[bool]
) -> None:
    """Give the messages of the page's case documents that have attachments their
    ``attachments`` list (without the bytes), selected by the condition that chose the
    cases. Messages without any carry no such key, which keeps pages small."""
    by_message: dict[int, list[dict[str, Any]]] = {}
    rows = conn.execute(
        select(
            attachments.c.message_id,
            attachments.c.id,
            attachments.c.name,
            attachments.c.media_type,
            attachments.c.size,
        )
        .join(messages, messages.c.id == attachments.c.message_id)
        .join(cases, cases.c.id == messages.c.case_id)
        .where(in_page)
        .order_by(attachments.c.id)
    )
    for message_id, attachment_id, name, media_type, size in rows:
        by_message.setdefault(message_id, []).append(
            {"id": attachment_id, "name": name, "media_type": media_type, "size": size}
        )
    if not by_message:
        return
    for document in documents.values():
        for message in document["messages"]:
            listed = by_message.get(message["id"])
            if listed:
                message["attachments"] = listed


def attachment_for_expert(
    conn: Connection, expert_id: int, attachment_id: int
) -> StoredAttachment | None:
    """The attachment if its case is visible to the expert, else None (so ids of other
    experts' cases are not confirmed)."""
    row = conn.execute(
        select(
            messages.c.case_id,
            attachments.c.name,
            attachments.c.media_type,
            attachments.c.content,
        )
        .join(messages, messages.c.id == attachments.c.message_id)
        .where(attachments.c.id == attachment_id)
    ).first()
    if row is None or expert_id not in case_viewers(conn, row.case_id):
        return None
    return StoredAttachment(name=row.name, media_type=row.media_type, content=row.content)

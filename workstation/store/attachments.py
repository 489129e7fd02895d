"""Attachments in the encrypted cache: their descriptions come with sync, their bytes
when the expert fetches one. Because the bytes live inside the SQLCipher file, they are
encrypted with the cache key and deleted with their case."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from workstation.domain.attachments import Attachment, AttachmentRow

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

# One statement per page: attachment ids are the hub's, unique across cases.
_DELETE_GONE: Final = (
    "DELETE FROM attachments WHERE case_id IN (SELECT value FROM json_each(?)) "
    "AND id NOT IN (SELECT value FROM json_each(?))"
)
# A description that changed size is a different file: its fetched bytes are dropped.
_UPSERT: Final = (
    "INSERT INTO attachments (id, case_id, message_id, name, media_type, size) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
    "case_id = excluded.case_id, message_id = excluded.message_id, name = excluded.name, "
    "media_type = excluded.media_type, size = excluded.size, "
    "content = CASE WHEN attachments.size = excluded.size THEN attachments.content END"
)


class AttachmentSizeMismatch(ValueError):
    """The fetched bytes are not as many as the hub announced."""


def apply_attachment_rows(
    connection: Connection, case_ids: Sequence[int], rows: Sequence[AttachmentRow]
) -> None:
    """Replace the attachment descriptions of the page's cases inside the page's
    transaction, keeping already fetched bytes of attachments that stay."""
    if not case_ids:
        return
    connection.exec_driver_sql(
        _DELETE_GONE, (_json_ids(case_ids), _json_ids([row[0] for row in rows]))
    )
    if rows:
        connection.exec_driver_sql(_UPSERT, list(rows))


class AttachmentStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def attachments_of_case(self, case_id: int) -> list[Attachment]:
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT id, message_id, name, media_type, size, content IS NOT NULL "
                "FROM attachments WHERE case_id = ? ORDER BY message_id, id",
                (case_id,),
            ).all()
        return [
            Attachment(
                id=row[0],
                message_id=row[1],
                name=row[2],
                media_type=row[3],
                size=row[4],
                fetched=bool(row[5]),
            )
            for row in rows
        ]

    def attachment(self, attachment_id: int) -> Attachment | None:
        with self._engine.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT id, message_id, name, media_type, size, content IS NOT NULL "
                "FROM attachments WHERE id = ?",
                (attachment_id,),
            ).first()
        if row is None:
            return None
        return Attachment(
            id=row[0],
            message_id=row[1],
            name=row[2],
            media_type=row[3],
            size=row[4],
            fetched=bool(row[5]),
        )

    def content(self, attachment_id: int) -> bytes | None:
        with self._engine.connect() as connection:
            value = connection.exec_driver_sql(
                "SELECT content FROM attachments WHERE id = ?", (attachment_id,)
            ).scalar()
        return bytes(value) if value is not None else None

    def store_content(self, attachment_id: int, content: bytes) -> bool:
        """Keep fetched bytes; False when the attachment left the cache meanwhile."""
        with self._engine.begin() as connection:
            size = connection.exec_driver_sql(
                "SELECT size FROM attachments WHERE id = ?", (attachment_id,)
            ).scalar()
            if size is None:
                return False
            if size != len(content):
                raise AttachmentSizeMismatch(
                    f"The hub announced {size} bytes but sent {len(content)}."
                )
            connection.exec_driver_sql(
                "UPDATE attachments SET content = ? WHERE id = ?", (content, attachment_id)
            )
        return True


def _json_ids(ids: Sequence[int]) -> str:
    return "[" + ",".join(str(value) for value in ids) + "]"

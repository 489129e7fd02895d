"""A draft: what the expert has written on a case but not sent yet."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workstation.domain.replies import ReplyContent


class DraftKind(StrEnum):
    """A case has at most one reply draft and one note draft."""

    REPLY = "reply"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class Draft:
    """``updated_at`` is epoch seconds (UTC); a note uses only ``content.body``."""

    case_id: int
    kind: DraftKind
    content: ReplyContent
    updated_at: int = 0

    @property
    def is_empty(self) -> bool:
        content = self.content
        call_log = content.call_log
        has_call_log = call_log is not None and (
            call_log.outcome is not None
            or call_log.duration_seconds is not None
            or bool(call_log.notes.strip())
        )
        return not (content.body.strip() or (content.subject or "").strip() or has_call_log)

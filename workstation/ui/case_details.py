"""Everything the case pane shows for one case, read in one go on the database worker."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.domain.drafts import Draft, DraftKind
from workstation.domain.models import CaseDetail, Direction, Message, Template
from workstation.domain.templates import TemplateContext
from workstation.store.cache import CaseCache
from workstation.store.drafts import DraftStore


@dataclass(frozen=True, slots=True)
class CaseDetails:
    detail: CaseDetail
    messages: list[Message]
    templates: list[Template]
    template_context: TemplateContext
    reply_draft: Draft | None
    note_draft: Draft | None

    @property
    def case_id(self) -> int:
        return self.detail.id

    @property
    def has_outgoing_reply(self) -> bool:
        """Whether an expert has written to the customer (queued replies count): a social
        mention needs the "approach" decision only before the first one."""
        return any(message.direction is Direction.OUT for message in self.messages)


def read_case_details(cache: CaseCache, drafts: DraftStore, case_id: int) -> CaseDetails | None:
    """None when the case is not (or no longer) in the cache."""
    detail = cache.case_detail(case_id)
    if detail is None:
        return None
    return CaseDetails(
        detail=detail,
        messages=cache.thread(case_id),
        templates=cache.templates_for_case(case_id),
        template_context=cache.template_context(case_id),
        reply_draft=drafts.load(case_id, DraftKind.REPLY),
        note_draft=drafts.load(case_id, DraftKind.NOTE),
    )

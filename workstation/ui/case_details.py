"""Everything the reading pane shows for one case, read in one go on the database worker."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.domain.models import CaseSummary, Message
from workstation.store.cache import CaseCache


@dataclass(frozen=True, slots=True)
class CaseDetails:
    summary: CaseSummary
    contact: str | None
    messages: list[Message]


def read_case_details(cache: CaseCache, case_id: int) -> CaseDetails | None:
    """None when the case is not (or no longer) in the cache."""
    summary = cache.case_summary(case_id)
    if summary is None:
        return None
    contact = cache.case_contact(case_id)
    return CaseDetails(
        summary=summary,
        contact=contact[1] if contact is not None and contact[1] else None,
        messages=cache.thread(case_id),
    )

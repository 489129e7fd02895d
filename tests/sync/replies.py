"""Reply content that fits any channel, with a recognisable text."""

from __future__ import annotations

import uuid

from workstation.domain import mutations
from workstation.domain.models import CallOutcome, CaseDetail, Channel, Visibility
from workstation.domain.mutations import NewMutation
from workstation.domain.replies import CallLog, ReplyContent
from workstation.store.cache import CaseCache
from workstation.store.queries import CaseView, InboxQuery


def unique_text(prefix: str = "Antwort") -> str:
    return f"{prefix} {uuid.uuid4().hex}"


def content_for(channel: Channel, text: str) -> ReplyContent:
    """A valid reply on ``channel`` whose body (or call notes) is ``text``."""
    if channel is Channel.PHONE:
        return ReplyContent(call_log=CallLog(CallOutcome.REACHED, 120, text))
    return ReplyContent(
        body=text,
        subject="Re: Ihre Anfrage",
        visibility=Visibility.PUBLIC,
        approach=True,
    )


def reply_to(case: CaseDetail, text: str, *, now: float) -> NewMutation:
    return mutations.reply(
        case.id,
        channel=case.channel,
        based_on_version=case.version,
        content=content_for(case.channel, text),
        now=now,
    )


def my_open_cases(cache: CaseCache, count: int) -> list[CaseDetail]:
    summaries = cache.case_window(InboxQuery.for_view(CaseView.MY_CASES), 0, count)
    assert len(summaries) == count, "the demo data has too few open cases"
    details = [cache.case_detail(summary.id) for summary in summaries]
    return [detail for detail in details if detail is not None]

"""Templates in the cache: synced with pages, offered per case, and filled from the case."""

from __future__ import annotations

from sqlalchemy import Engine

from tests.domain.documents import case_document, change, template_document
from tests.store.builders import page
from workstation.domain import mutations
from workstation.domain.drafts import Draft, DraftKind
from workstation.domain.models import Channel
from workstation.domain.replies import ReplyContent
from workstation.domain.templates import fill_template
from workstation.store.cache import CaseCache
from workstation.store.drafts import DraftStore
from workstation.store.outbox import OutboxStore


def test_templates_arrive_change_and_go_with_pages(cache: CaseCache) -> None:
    cache.set_meta("expert_name", "Petra Schneider")
    applied = cache.apply_page(
        page(
            change("client", {"id": 1, "name": "Buchhalter Software AG"}),
            change("case", case_document(5, channel="forum", customer_name="Jürgen Weber")),
            change("template", template_document(1, channel=None, title="Allgemein")),
            change("template", template_document(2, channel="forum", title="Forum")),
            change("template", template_document(3, channel="email", title="E-Mail")),
            change("template", template_document(4, channel=None, language="en")),
            change("template", template_document(5, channel=None, client_id=2)),
        )
    )
    assert applied.templates_changed

    assert [template.id for template in cache.templates_for_case(5)] == [1, 2]

    cache.apply_page(
        page(
            change("template", template_document(2, channel="forum", title="Anderer Titel")),
            change("template_removed", {"id": 1}),
        )
    )
    offered = cache.templates_for_case(5)
    assert [(template.id, template.title, template.channel) for template in offered] == [
        (2, "Anderer Titel", Channel.FORUM)
    ]
    assert fill_template(offered[0].body, cache.template_context(5)) == (
        "Guten Tag Jürgen Weber,\n\nViele Grüße\nPetra Schneider"
    )
    assert cache.templates_for_case(99) == []
    assert cache.template_context(99).expert_name == "Petra Schneider"


def test_a_full_resync_keeps_the_outbox_and_the_drafts(cache: CaseCache, engine: Engine) -> None:
    cache.apply_page(
        page(change("case", case_document(5)), change("template", template_document(1)))
    )
    outbox = OutboxStore(engine)
    item = outbox.enqueue(mutations.note(5, "intern", now=0))
    DraftStore(engine).save(Draft(5, DraftKind.REPLY, ReplyContent(body="Entwurf")))

    cache.reset()

    assert cache.templates_for_case(5) == []
    assert cache.case_summary(5) is None
    assert outbox.item(item.id) is not None
    assert DraftStore(engine).load(5) is not None

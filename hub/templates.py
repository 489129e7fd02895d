"""Reply templates per client: every write to them goes through here.

A template reaches every expert who serves its client through the change feed; its ``seq``
moves with each change. Deleting it, or an expert no longer serving its client, leaves
that expert a template tombstone. Every tombstone one expert gets in one transaction has
a sequence number of its own, so no two changes for one expert share a number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update

from hub.clock import to_naive_utc
from hub.schema import CHANNELS, expert_clients, template_tombstones, templates
from hub.sequence import WriteTransaction

# The variables a template body may use; docs/sync-protocol.md says how the app fills them.
TEMPLATE_VARIABLES = (
    "customer_first_name",
    "customer_name",
    "expert_name",
    "expert_first_name",
    "client_name",
    "case_subject",
)
MAX_TITLE_CHARS = 200
MAX_BODY_CHARS = 20_000
MAX_LANGUAGE_CHARS = 8
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_UPDATABLE_FIELDS = frozenset({"channel", "language", "title", "body"})


class TemplateNotFound(LookupError):
    def __init__(self, template_id: int) -> None:
        super().__init__(f"template {template_id} does not exist")
        self.template_id = template_id


@dataclass(frozen=True, slots=True)
class NewTemplate:
    client_id: int
    channel: str | None
    language: str
    title: str
    body: str


def unknown_variables(body: str) -> list[str]:
    """Names in ``{…}`` that are not template variables, in order of appearance."""
    names = (match.group(1) for match in _PLACEHOLDER.finditer(body))
    return list(dict.fromkeys(name for name in names if name not in TEMPLATE_VARIABLES))


def _check_fields(values: Mapping[str, Any]) -> None:
    if "channel" in values and values["channel"] is not None and values["channel"] not in CHANNELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNELS)} or None")
    if "language" in values and not 0 < len(values["language"]) <= MAX_LANGUAGE_CHARS:
        raise ValueError(f"language must have 1 to {MAX_LANGUAGE_CHARS} characters")
    if "title" in values and not 0 < len(values["title"].strip()) <= MAX_TITLE_CHARS:
        raise ValueError(f"title must have 1 to {MAX_TITLE_CHARS} characters")
    if "body" in values:
        body = values["body"]
        if not body.strip() or len(body) > MAX_BODY_CHARS:
            raise ValueError(f"body must have 1 to {MAX_BODY_CHARS} characters")
        unknown = unknown_variables(body)
        if unknown:
            raise ValueError(
                f"unknown template variables {', '.join(unknown)}; "
                f"known are {', '.join(TEMPLATE_VARIABLES)}"
            )


def insert_templates(
    tx: WriteTransaction, new_templates: Sequence[NewTemplate], *, now: datetime
) -> list[int]:
    """Insert templates; returns their ids in input order. ``ValueError`` for bad fields."""
    if not new_templates:
        return []
    for template in new_templates:
        _check_fields(
            {
                "channel": template.channel,
                "language": template.language,
                "title": template.title,
                "body": template.body,
            }
        )
    rows = [
        {
            "client_id": template.client_id,
            "channel": template.channel,
            "language": template.language,
            "title": template.title,
            "body": template.body,
            "seq": seq,
            "updated_at": to_naive_utc(now),
        }
        for template, seq in zip(new_templates, tx.take_seqs(len(new_templates)), strict=True)
    ]
    return list(
        tx.conn.execute(
            insert(templates).returning(templates.c.id, sort_by_parameter_order=True), rows
        ).scalars()
    )


def update_template(
    tx: WriteTransaction, template_id: int, values: Mapping[str, Any], *, now: datetime
) -> None:
    unknown = set(values) - _UPDATABLE_FIELDS
    if unknown:
        raise ValueError(f"cannot update template fields {sorted(unknown)}")
    _check_fields(values)
    changed = tx.conn.execute(
        update(templates)
        .where(templates.c.id == template_id)
        .values(**values, seq=tx.next_seq(), updated_at=to_naive_utc(now))
        .returning(templates.c.id)
    ).first()
    if changed is None:
        raise TemplateNotFound(template_id)


def delete_template(tx: WriteTransaction, template_id: int) -> None:
    """Delete a template; every expert serving its client gets a tombstone."""
    client_id = tx.conn.execute(
        delete(templates).where(templates.c.id == template_id).returning(templates.c.client_id)
    ).scalar()
    if client_id is None:
        raise TemplateNotFound(template_id)
    experts = sorted(
        tx.conn.execute(
            select(expert_clients.c.expert_id).where(expert_clients.c.client_id == client_id)
        ).scalars()
    )
    if not experts:
        return
    seq = tx.next_seq()
    _write_tombstones(tx, [(expert_id, template_id, seq) for expert_id in experts])


def hide_client_templates(tx: WriteTransaction, expert_id: int, client_id: int) -> None:
    """Tombstones for one expert for all templates of a client they stop serving."""
    template_ids = sorted(
        tx.conn.execute(select(templates.c.id).where(templates.c.client_id == client_id)).scalars()
    )
    if not template_ids:
        return
    seqs = tx.take_seqs(len(template_ids))
    _write_tombstones(
        tx,
        [
            (expert_id, template_id, seq)
            for template_id, seq in zip(template_ids, seqs, strict=True)
        ],
    )


def _write_tombstones(tx: WriteTransaction, entries: Sequence[tuple[int, int, int]]) -> None:
    # Delete-then-insert is a portable upsert: one tombstone per expert and template.
    for expert_id, template_id, _seq in entries:
        tx.conn.execute(
            delete(template_tombstones).where(
                template_tombstones.c.expert_id == expert_id,
                template_tombstones.c.template_id == template_id,
            )
        )
    tx.conn.execute(
        insert(template_tombstones),
        [
            {"expert_id": expert_id, "template_id": template_id, "seq": seq}
            for expert_id, template_id, seq in entries
        ],
    )

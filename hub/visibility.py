"""Who sees which case: an expert's own cases plus the offers they qualify for."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    and_,
    exists,
    false,
    or_,
    select,
)

from hub.schema import case_declines, cases, expert_clients, expert_skills, experts


@dataclass(frozen=True, slots=True)
class ExpertProfile:
    id: int
    username: str
    display_name: str
    client_ids: frozenset[int]
    channels: frozenset[str]
    languages: frozenset[str]
    topics: frozenset[str]

    def qualifies(self, client_id: int, channel: str, language: str, topic: str | None) -> bool:
        return (
            client_id in self.client_ids
            and channel in self.channels
            and language in self.languages
            and (topic is None or topic in self.topics)
        )


def load_profile(conn: Connection, expert_id: int) -> ExpertProfile | None:
    row = conn.execute(
        select(experts.c.id, experts.c.username, experts.c.display_name).where(
            experts.c.id == expert_id
        )
    ).first()
    if row is None:
        return None
    client_ids = conn.execute(
        select(expert_clients.c.client_id).where(expert_clients.c.expert_id == expert_id)
    ).scalars()
    skills: dict[str, set[str]] = {"channel": set(), "language": set(), "topic": set()}
    for kind, value in conn.execute(
        select(expert_skills.c.kind, expert_skills.c.value).where(
            expert_skills.c.expert_id == expert_id
        )
    ):
        skills[kind].add(value)
    return ExpertProfile(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        client_ids=frozenset(client_ids),
        channels=frozenset(skills["channel"]),
        languages=frozenset(skills["language"]),
        topics=frozenset(skills["topic"]),
    )


def qualifying_offer_clause(profile: ExpertProfile) -> ColumnElement[bool]:
    """Rows of ``cases`` that are offers this expert qualifies for.

    The skills are inlined as bound IN lists so the database can use the status index.
    """
    if not (profile.client_ids and profile.channels and profile.languages):
        return false()
    topic_ok: ColumnElement[bool] = cases.c.topic.is_(None)
    if profile.topics:
        topic_ok = or_(topic_ok, cases.c.topic.in_(sorted(profile.topics)))
    return and_(
        cases.c.status == "offered",
        cases.c.assigned_expert_id.is_(None),
        cases.c.client_id.in_(sorted(profile.client_ids)),
        cases.c.channel.in_(sorted(profile.channels)),
        cases.c.language.in_(sorted(profile.languages)),
        topic_ok,
        ~exists().where(
            case_declines.c.case_id == cases.c.id, case_declines.c.expert_id == profile.id
        ),
    )


def qualified_expert_ids(
    conn: Connection, *, client_id: int, channel: str, language: str, topic: str | None
) -> set[int]:
    """Every expert who qualifies for an offer with these attributes."""

    def has_skill(kind: str, value: str) -> ColumnElement[bool]:
        return exists().where(
            expert_skills.c.expert_id == experts.c.id,
            expert_skills.c.kind == kind,
            expert_skills.c.value == value,
        )

    conditions = [
        exists().where(
            expert_clients.c.expert_id == experts.c.id,
            expert_clients.c.client_id == client_id,
        ),
        has_skill("channel", channel),
        has_skill("language", language),
    ]
    if topic is not None:
        conditions.append(has_skill("topic", topic))
    return set(conn.execute(select(experts.c.id).where(*conditions)).scalars())


def case_routing(
    conn: Connection, case_id: int
) -> Row[str, int | None, int, str, str, str | None] | None:
    """Status, assignee and routing facts (client, channel, language, topic) of the case:
    who sees it and who may take it; None if there is no such case."""
    return conn.execute(
        select(
            cases.c.status,
            cases.c.assigned_expert_id,
            cases.c.client_id,
            cases.c.channel,
            cases.c.language,
            cases.c.topic,
        ).where(cases.c.id == case_id)
    ).first()


def case_viewers(conn: Connection, case_id: int) -> set[int]:
    """Ids of the experts who currently see the case (empty if it does not exist)."""
    row = case_routing(conn, case_id)
    if row is None:
        return set()
    if row.assigned_expert_id is not None:
        return {row.assigned_expert_id}
    if row.status != "offered":
        return set()
    qualified = qualified_expert_ids(
        conn,
        client_id=row.client_id,
        channel=row.channel,
        language=row.language,
        topic=row.topic,
    )
    return qualified - declined_expert_ids(conn, case_id)


def declined_expert_ids(conn: Connection, case_id: int) -> set[int]:
    """The experts who declined the case: it is no offer for them any more."""
    return set(
        conn.execute(
            select(case_declines.c.expert_id).where(case_declines.c.case_id == case_id)
        ).scalars()
    )

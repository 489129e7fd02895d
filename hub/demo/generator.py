"""Turns the demo concerns into a deterministic set of cases with threads.

Content, order and assignment depend only on the seed; times are relative to ``now`` so
SLA countdowns look live whenever the demo is seeded. Assigned cases carry no claim lease:
operations assigned them, so they do not fall back to the pool while the demo runs.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from hub.cases import NewCase, NewMessage
from hub.demo import texts
from hub.demo.concern import Concern
from hub.demo.concerns_accounting import ACCOUNTING_CONCERNS_DE, ACCOUNTING_MENTIONS_DE
from hub.demo.concerns_headphones import (
    HEADPHONES_CONCERNS_DE,
    HEADPHONES_CONCERNS_EN,
    HEADPHONES_MENTIONS,
)
from hub.demo.html_mail import render_html
from hub.demo.people import (
    ACCOUNTING,
    CLIENTS,
    ENGLISH_FIRST_NAMES,
    ENGLISH_LAST_NAMES,
    EXPERTS,
    GERMAN_FIRST_NAMES,
    GERMAN_LAST_NAMES,
    DemoClient,
    DemoExpert,
)
from hub.sla import answer_due

DEMO_SEED = 20261124
DEMO_YEAR = 2026
# How many cases each channel gets; 320 in total.
CHANNEL_PLAN = {
    "email": 80,
    "forum": 56,
    "facebook": 36,
    "twitter": 46,
    "chat": 46,
    "phone": 24,
    "social_mention": 32,
}
STATUS_WEIGHTS = {"offered": 35, "open": 25, "waiting": 18, "closed": 22}
PRIORITY_WEIGHTS = {"low": 15, "normal": 50, "high": 25, "urgent": 10}
# Typical age of a case when the demo starts, in minutes, by channel.
AGE_RANGE_MINUTES = {
    "chat": (5, 240),
    "twitter": (20, 2 * 24 * 60),
    "social_mention": (30, 3 * 24 * 60),
    "phone": (10, 24 * 60),
    "email": (60, 9 * 24 * 60),
    "forum": (60, 9 * 24 * 60),
    "facebook": (30, 5 * 24 * 60),
}
TWEET_LIMIT = 280


@dataclass(frozen=True, slots=True)
class _Option:
    """One way to fill a case slot: a client, a language and what the customer says."""

    client: DemoClient
    language: str
    concern: Concern | None
    mention: str | None
    experts: tuple[str, ...]

    @property
    def topic(self) -> str | None:
        return self.concern.topic if self.concern else None


@dataclass(frozen=True, slots=True)
class _Customer:
    first: str
    last: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def _qualified(
    expert: DemoExpert, client: DemoClient, channel: str, language: str, topic: str | None
) -> bool:
    return (
        client.key in expert.clients
        and channel in expert.channels
        and language in expert.languages
        and (topic is None or topic in expert.topics)
    )


def _concerns(client: DemoClient, language: str) -> Sequence[Concern]:
    if client is ACCOUNTING:
        return ACCOUNTING_CONCERNS_DE if language == "de" else ()
    return HEADPHONES_CONCERNS_DE if language == "de" else HEADPHONES_CONCERNS_EN


def _mentions(client: DemoClient, language: str) -> Sequence[str]:
    if client is ACCOUNTING:
        return ACCOUNTING_MENTIONS_DE if language == "de" else ()
    return HEADPHONES_MENTIONS[language]


def _options(channel: str) -> list[_Option]:
    options: list[_Option] = []
    for client in CLIENTS:
        for language in ("de", "en"):
            said: list[tuple[Concern | None, str | None]]
            if channel == "social_mention":
                said = [(None, mention) for mention in _mentions(client, language)]
            else:
                said = [(concern, None) for concern in _concerns(client, language)]
            for concern, mention in said:
                topic = concern.topic if concern else None
                experts = tuple(
                    expert.username
                    for expert in EXPERTS
                    if _qualified(expert, client, channel, language, topic)
                )
                if experts:
                    options.append(_Option(client, language, concern, mention, experts))
    return options


def _weighted(rng: random.Random, weights: Mapping[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class DemoCaseGenerator:
    def __init__(
        self,
        *,
        now: datetime,
        client_ids: Mapping[str, int],
        expert_ids: Mapping[str, int],
        expert_names: Mapping[str, str],
        seed: int = DEMO_SEED,
    ) -> None:
        self._now = now
        self._client_ids = client_ids
        self._expert_ids = expert_ids
        self._expert_names = expert_names
        self._rng = random.Random(seed)
        self._options: Mapping[str, list[_Option]] | None = None

    def generate(self) -> list[NewCase]:
        slots = [channel for channel, count in CHANNEL_PLAN.items() for _ in range(count)]
        self._rng.shuffle(slots)
        options = self._options_by_channel()
        new_cases = [self._case(channel, self._rng.choice(options[channel])) for channel in slots]
        # Older cases get lower ids, as they would on a real platform.
        new_cases.sort(key=lambda case: case.created_at or self._now)
        return new_cases

    def _values(self, client: DemoClient, language: str) -> dict[str, str]:
        rng = self._rng
        if language == "de":
            amount = f"{rng.randint(19, 899)},{rng.choice((0, 50, 90, 99)):02d}"
        else:
            amount = f"{rng.randint(19, 899)}.{rng.choice((0, 50, 90, 99)):02d}"
        if client is ACCOUNTING:
            version = f"{rng.choice((25, 26))}.{rng.randint(1, 4)}"
        else:
            version = f"{rng.randint(2, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 5)}"
        return {
            "product": rng.choice(client.products),
            "amount": amount,
            "invoice": f"RE-{DEMO_YEAR}-{rng.randint(10000, 99999)}",
            "order": f"KW-{rng.randint(100000, 999999)}",
            "version": version,
            "month": rng.choice(texts.MONTHS[language]),
            "count": str(rng.randint(2, 14)),
            "year": str(DEMO_YEAR),
        }

    def _customer(self, language: str) -> _Customer:
        if language == "de":
            return _Customer(
                self._rng.choice(GERMAN_FIRST_NAMES), self._rng.choice(GERMAN_LAST_NAMES)
            )
        return _Customer(
            self._rng.choice(ENGLISH_FIRST_NAMES), self._rng.choice(ENGLISH_LAST_NAMES)
        )

    def _contact(self, channel: str, language: str, customer: _Customer) -> str:
        rng = self._rng
        domain = "example.de" if language == "de" else "example.com"
        handle = f"{texts.slug(customer.first)[:1]}{texts.slug(customer.last)}{rng.randint(7, 99)}"
        if channel == "phone":
            if language == "de":
                return f"+49 30 23125 {rng.randint(0, 999):03d}"
            return f"+44 20 7946 {rng.randint(0, 999):04d}"
        if channel == "twitter":
            return f"@{handle}"
        if channel == "facebook":
            return f"facebook.{domain}/{texts.slug(customer.first, customer.last)}"
        if channel == "forum":
            return f"forum.{domain}/u/{handle}"
        if channel == "social_mention":
            return f"social.{domain}/@{handle}"
        return f"{texts.slug(customer.first, customer.last)}@{domain}"

    def _case(self, channel: str, option: _Option) -> NewCase:
        rng = self._rng
        language = option.language
        customer = self._customer(language)
        values = self._values(option.client, language)
        status = _weighted(rng, STATUS_WEIGHTS)
        assignee = None if status == "offered" else rng.choice(option.experts)
        low, high = AGE_RANGE_MINUTES[channel]
        created_at = self._now - timedelta(minutes=rng.randint(low, high))
        subject, first_text, first_html = self._opening(channel, option, customer, values)
        thread = self._thread(
            channel, option, status, assignee, customer, values, first_text, first_html
        )
        times = self._message_times(created_at, len(thread))
        messages = [
            NewMessage(direction, author, text, html_body, created_at=moment)
            for (direction, author, text, html_body), moment in zip(thread, times, strict=True)
        ]
        contact = self._contact(channel, language, customer)
        priority = _weighted(rng, PRIORITY_WEIGHTS)
        sla_due = self._sla_due(channel, status)
        if status == "open":
            # This draw once set a claim lease. It stays so that the data set keeps the
            # content that tests and the user guides rely on.
            rng.randint(3, 15)
        return NewCase(
            client_id=self._client_ids[option.client.key],
            channel=channel,
            subject=subject,
            customer_name=customer.name,
            customer_contact=contact,
            language=language,
            topic=option.topic,
            priority=priority,
            sla_due=sla_due,
            status=status,
            assigned_expert_id=self._expert_ids[assignee] if assignee else None,
            created_at=created_at,
            messages=messages,
        )

    def arriving_case(self, now: datetime) -> NewCase:
        """A case that arrives right now: an offer with the customer's first message."""
        rng = self._rng
        channel = rng.choices(list(CHANNEL_PLAN), weights=list(CHANNEL_PLAN.values()))[0]
        option = rng.choice(self._options_by_channel()[channel])
        customer = self._customer(option.language)
        values = self._values(option.client, option.language)
        subject, text, html_body = self._opening(channel, option, customer, values)
        return NewCase(
            client_id=self._client_ids[option.client.key],
            channel=channel,
            subject=subject,
            customer_name=customer.name,
            customer_contact=self._contact(channel, option.language, customer),
            language=option.language,
            topic=option.topic,
            priority=_weighted(rng, PRIORITY_WEIGHTS),
            sla_due=answer_due(channel, now),
            created_at=now,
            messages=[NewMessage("in", customer.name, text, html_body, created_at=now)],
        )

    def customer_followup(self, language: str) -> str:
        """Something a customer writes when they come back to a conversation."""
        known = language if language in texts.COMEBACKS else "en"
        return self._rng.choice(texts.COMEBACKS[known] + texts.NUDGES[known])

    def _options_by_channel(self) -> Mapping[str, list[_Option]]:
        if self._options is None:
            self._options = {channel: _options(channel) for channel in CHANNEL_PLAN}
        return self._options

    def _opening(
        self, channel: str, option: _Option, customer: _Customer, values: Mapping[str, str]
    ) -> tuple[str, str, str | None]:
        """Subject, text and optional HTML of the customer's first message."""
        rng = self._rng
        language = option.language
        client = option.client
        if option.mention is not None:
            return texts.fit(option.mention, 70), option.mention, None
        concern = option.concern
        assert concern is not None
        subject = concern.subject.format(**values)
        body = concern.body.format(**values)
        short = concern.short.format(**values)
        if channel == "email":
            greeting = rng.choice(texts.GREETINGS[language]).format(client=client.name)
            closing = rng.choice(texts.CLOSINGS[language])
            paragraphs = [greeting, body, f"{closing}\n{customer.name}"]
            text = "\n\n".join(paragraphs)
            html_body = render_html(paragraphs, rng) if rng.random() < 0.45 else None
            return subject, text, html_body
        if channel == "forum":
            opener = rng.choice(texts.FORUM_OPENERS[language])
            closer = rng.choice(texts.FORUM_CLOSERS[language])
            return subject, f"{opener}\n\n{body}\n\n{closer}", None
        if channel == "facebook":
            return subject, f"{texts.capitalized(body)}", None
        if channel == "twitter":
            return subject, texts.fit(f"@{client.handle} {short}", TWEET_LIMIT), None
        if channel == "phone":
            start = rng.randint(9, 17)
            request = texts.CALLBACK_REQUESTS[language].format(
                short=short, start=start, end=start + 2
            )
            prefix = "Rückrufbitte: " if language == "de" else "Callback request: "
            return prefix + subject, request, None
        return subject, short, None

    def _thread(
        self,
        channel: str,
        option: _Option,
        status: str,
        assignee: str | None,
        customer: _Customer,
        values: Mapping[str, str],
        first_text: str,
        first_html: str | None,
    ) -> list[tuple[str, str, str, str | None]]:
        """(direction, author, text, html) of every message, oldest first."""
        rng = self._rng
        language = option.language
        thread: list[tuple[str, str, str, str | None]] = [
            ("in", customer.name, first_text, first_html)
        ]
        if assignee is None:
            if rng.random() < 0.25 and channel != "social_mention":
                thread.append(("in", customer.name, rng.choice(texts.NUDGES[language]), None))
            return thread
        expert = self._expert_names[assignee]
        if rng.random() < 0.2:
            thread.append(("note", expert, rng.choice(texts.INTERNAL_NOTES[language]), None))
        if status == "open" and rng.random() < 0.5:
            return thread
        thread.append(
            ("out", expert, self._answer(channel, option, customer, values, expert), None)
        )
        if option.concern is None:
            followup = rng.choice(texts.MENTION_FOLLOWUPS[language])
        else:
            followup = option.concern.followup.format(**values)
        if status == "waiting":
            if rng.random() < 0.4:
                thread.append(("in", customer.name, followup, None))
                thread.append(("out", expert, texts.HOLDING_REPLIES[language], None))
            return thread
        if status == "closed" or rng.random() < 0.6:
            thread.append(("in", customer.name, followup, None))
        return thread

    def _answer(
        self,
        channel: str,
        option: _Option,
        customer: _Customer,
        values: Mapping[str, str],
        expert: str,
    ) -> str:
        language = option.language
        client = option.client.name
        if option.concern is None:
            return texts.APPROACHES[language].format(first=customer.first, client=client)
        reply = option.concern.reply.format(**values)
        if channel == "phone":
            summary = texts.capitalized(texts.fit(reply, 220))
            return texts.CALL_NOTES[language].format(
                minutes=self._rng.randint(3, 18), summary=summary
            )
        if channel == "twitter":
            opener = texts.CASUAL_OPENERS[language].format(first=customer.first)
            return texts.fit(f"{opener} {reply}", TWEET_LIMIT)
        if channel == "chat":
            return texts.capitalized(texts.fit(reply, 300))
        opener = texts.LETTER_OPENERS[language].format(first=customer.first, name=customer.name)
        closer = texts.REPLY_CLOSERS[language].format(expert=expert, client=client)
        return f"{opener}\n\n{reply}\n\n{closer}"

    def _message_times(self, created_at: datetime, count: int) -> list[datetime]:
        """Spread ``count`` messages between ``created_at`` and a little before now."""
        span = max((self._now - created_at).total_seconds() * 0.9, 60.0)
        offsets = sorted(self._rng.uniform(0, span) for _ in range(count - 1))
        return [created_at] + [created_at + timedelta(seconds=int(offset)) for offset in offsets]

    def _sla_due(self, channel: str, status: str) -> datetime | None:
        if status in ("closed", "waiting"):
            return None
        rng = self._rng
        if channel in ("chat", "twitter", "phone"):
            buckets = {"overdue": 25, "minutes": 50, "hours": 25, "days": 0}
        else:
            buckets = {"overdue": 15, "minutes": 15, "hours": 40, "days": 30}
        bucket = _weighted(rng, buckets)
        if bucket == "overdue":
            delta = timedelta(minutes=-rng.randint(5, 180))
        elif bucket == "minutes":
            delta = timedelta(minutes=rng.randint(4, 55))
        elif bucket == "hours":
            delta = timedelta(minutes=rng.randint(60, 10 * 60))
        else:
            delta = timedelta(hours=rng.randint(24, 96))
        return self._now + delta

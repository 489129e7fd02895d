"""How soon an answer is due after a customer writes, by channel."""

from __future__ import annotations

from datetime import datetime, timedelta

RESPONSE_TARGETS = {
    "chat": timedelta(minutes=10),
    "twitter": timedelta(hours=1),
    "phone": timedelta(hours=2),
    "facebook": timedelta(hours=4),
    "email": timedelta(hours=8),
    "forum": timedelta(hours=24),
    "social_mention": timedelta(hours=24),
}


def answer_due(channel: str, customer_wrote_at: datetime) -> datetime:
    return customer_wrote_at + RESPONSE_TARGETS[channel]

"""A client's rate card as a few lines of text (the tooltip of the client's total)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.domain.earnings import RateCard
from workstation.domain.models import Channel
from workstation.ui.earnings.labels import complexity_text, kind_text
from workstation.ui.earnings.money import money_text
from workstation.ui.formatting import channel_label

translate = QCoreApplication.translate


def rate_card_text(card: RateCard) -> str:
    lines = [translate("RateCard", "Rates of {client}:").format(client=card.client_name)]
    for rate in card.cases:
        channel = (
            channel_label(Channel(rate.channel))
            if rate.channel in Channel._value2member_map_
            else rate.channel
        )
        lines.append(
            translate("RateCard", "Case, {channel}, {complexity}: {amount}").format(
                channel=channel,
                complexity=complexity_text(rate.complexity),
                amount=money_text(rate.amount_cents),
            )
        )
    for contribution in card.contributions:
        lines.append(
            translate("RateCard", "{kind}: {amount}").format(
                kind=kind_text(contribution.kind), amount=money_text(contribution.amount_cents)
            )
        )
    lines.append(translate("RateCard", "Window hours: the window's hourly rate"))
    return "\n".join(lines)

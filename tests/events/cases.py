"""New cases at the hub for the event tests, with personal data a notification must not leak."""

from __future__ import annotations

from sqlalchemy import Engine

from hub import admin

ACCOUNTING_CLIENT_ID = 1
SECRET_SUBJECT = "Steuerbescheid Zeppelinstraße"
SECRET_CUSTOMER = "Wilhelmine Quast"


def new_offer_for_petra(engine: Engine, *, channel: str = "email", topic: str = "vat") -> int:
    """An offer petra qualifies for (accounting, German, by default VAT by e-mail)."""
    return admin.create_case(
        engine,
        client_id=ACCOUNTING_CLIENT_ID,
        channel=channel,
        subject=SECRET_SUBJECT,
        customer_name=SECRET_CUSTOMER,
        customer_contact="w.quast@example.de",
        language="de",
        topic=topic,
        body_text="Guten Tag, mein Bescheid ist falsch.",
    )

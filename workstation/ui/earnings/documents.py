"""Texts and formats of the exported files in the expert's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.export.credit_note import CreditNoteFormat, CreditNoteLabels
from workstation.ui.earnings.money import day_text, money_text

translate = QCoreApplication.translate


def credit_note_labels() -> CreditNoteLabels:
    return CreditNoteLabels(
        title=translate("CreditNote", "Credit note"),
        number=translate("CreditNote", "Credit note number"),
        date=translate("CreditNote", "Date"),
        period=translate("CreditNote", "Service period"),
        issuer=translate("CreditNote", "Issued by"),
        recipient=translate("CreditNote", "Service provider"),
        tax_number=translate("CreditNote", "Tax number"),
        vat_id=translate("CreditNote", "VAT ID"),
        line_date=translate("CreditNote", "Date"),
        line_description=translate("CreditNote", "Service"),
        line_amount=translate("CreditNote", "Amount"),
        net=translate("CreditNote", "Net amount"),
        vat=translate("CreditNote", "VAT {rate} %"),
        small_business_note=translate(
            "CreditNote", "No VAT is charged under § 19 UStG (small business)."
        ),
        total=translate("CreditNote", "Total"),
        self_billing_note=translate("CreditNote", "Settled by credit note (self-billing)."),
    )


def credit_note_format() -> CreditNoteFormat:
    return CreditNoteFormat(money=money_text, day=day_text)

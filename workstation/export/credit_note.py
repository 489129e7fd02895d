"""The credit note ("Gutschrift") of a monthly statement as a PDF, built from synced data
alone: statement number, issue date, period, both parties, line items, net, VAT at the
statement's rate or the §19 UStG note, and the total.

The font is DejaVu Sans, shipped with the app (``resources/fonts``), so € and umlauts
render the same on every machine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING, Final

from workstation.domain.earnings import LedgerEntry, Party, Statement

if TYPE_CHECKING:
    from fpdf import FPDF

FONT_FAMILY: Final = "DejaVu"


@dataclass(frozen=True, slots=True)
class CreditNoteLabels:
    """Every text of the document, in the expert's language."""

    title: str
    number: str
    date: str
    period: str
    issuer: str
    recipient: str
    tax_number: str
    vat_id: str
    line_date: str
    line_description: str
    line_amount: str
    net: str
    vat: str
    small_business_note: str
    total: str
    self_billing_note: str


@dataclass(frozen=True, slots=True)
class CreditNoteFormat:
    money: Callable[[int], str]
    day: Callable[[datetime], str]


def write_credit_note(
    path: Path,
    statement: Statement,
    lines: Sequence[LedgerEntry],
    labels: CreditNoteLabels,
    formats: CreditNoteFormat,
) -> None:
    """Render and write the PDF atomically (a crash leaves the old file or none)."""
    # fpdf (with fontTools) takes longer to import than the rest of the earnings space;
    # it is loaded when the first credit note is written, not at start-up.
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    fonts = files("workstation") / "resources" / "fonts"
    with (
        as_file(fonts / "DejaVuSans.ttf") as regular,
        as_file(fonts / "DejaVuSans-Bold.ttf") as bold,
    ):
        pdf.add_font(FONT_FAMILY, "", str(regular))
        pdf.add_font(FONT_FAMILY, "B", str(bold))
    pdf.add_page()
    _header(pdf, statement, labels, formats)
    _lines(pdf, lines, labels, formats)
    _totals(pdf, statement, labels, formats)
    partial = path.with_name(path.name + ".part")
    pdf.output(str(partial))
    partial.replace(path)


def _header(
    pdf: FPDF, statement: Statement, labels: CreditNoteLabels, formats: CreditNoteFormat
) -> None:
    pdf.set_font(FONT_FAMILY, "B", 18)
    pdf.cell(0, 10, labels.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT_FAMILY, "", 10)
    # The hub's statement months are calendar months in UTC: show their days as such.
    first_day = datetime.fromtimestamp(statement.period_start, UTC)
    last_day = datetime.fromtimestamp(statement.period_end, UTC) - timedelta(days=1)
    facts = (
        (labels.number, statement.number),
        (labels.date, formats.day(datetime.fromtimestamp(statement.issued_at))),
        (
            labels.period,
            f"{formats.day(first_day)} – {formats.day(last_day)}",
        ),
    )
    for label, value in facts:
        pdf.cell(45, 6, label)
        pdf.cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    top = int(pdf.get_y())
    _party(pdf, labels.issuer, statement.issuer, labels, x=20, top=top)
    _party(pdf, labels.recipient, statement.recipient, labels, x=110, top=top)
    pdf.set_y(max(pdf.get_y(), top + 40))
    pdf.ln(4)


def _party(
    pdf: FPDF, heading: str, party: Party, labels: CreditNoteLabels, *, x: int, top: int
) -> None:
    pdf.set_xy(x, top)
    pdf.set_font(FONT_FAMILY, "B", 10)
    pdf.cell(80, 6, heading, new_x="LEFT", new_y="NEXT")
    pdf.set_font(FONT_FAMILY, "", 10)
    lines = [party.name, *party.address.splitlines()]
    if party.tax_number:
        lines.append(f"{labels.tax_number}: {party.tax_number}")
    if party.vat_id:
        lines.append(f"{labels.vat_id}: {party.vat_id}")
    for line in lines:
        pdf.cell(80, 5, line, new_x="LEFT", new_y="NEXT")


def _lines(
    pdf: FPDF, lines: Sequence[LedgerEntry], labels: CreditNoteLabels, formats: CreditNoteFormat
) -> None:
    pdf.set_font(FONT_FAMILY, "B", 10)
    pdf.cell(30, 7, labels.line_date, border="B")
    pdf.cell(105, 7, labels.line_description, border="B")
    pdf.cell(35, 7, labels.line_amount, border="B", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT_FAMILY, "", 9)
    for entry in lines:
        pdf.cell(30, 6, formats.day(datetime.fromtimestamp(entry.earned_at)))
        pdf.cell(105, 6, _fit(pdf, entry.description, 103))
        pdf.cell(35, 6, formats.money(entry.amount_cents), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _fit(pdf: FPDF, text: str, width: int) -> str:
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "…") > width:
        text = text[:-1]
    return text + "…"


def _totals(
    pdf: FPDF, statement: Statement, labels: CreditNoteLabels, formats: CreditNoteFormat
) -> None:
    pdf.set_font(FONT_FAMILY, "", 10)
    rows = [(labels.net, formats.money(statement.net_cents))]
    if statement.vat_rate_percent:
        rows.append(
            (labels.vat.format(rate=statement.vat_rate_percent), formats.money(statement.vat_cents))
        )
    for label, value in rows:
        pdf.cell(135, 6, label, align="R")
        pdf.cell(35, 6, value, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT_FAMILY, "B", 11)
    pdf.cell(135, 8, labels.total, align="R", border="T")
    pdf.cell(
        35,
        8,
        formats.money(statement.total_cents),
        align="R",
        border="T",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    pdf.set_font(FONT_FAMILY, "", 9)
    if not statement.vat_rate_percent and statement.recipient.small_business:
        pdf.multi_cell(0, 5, labels.small_business_note, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, labels.self_billing_note, new_x="LMARGIN", new_y="NEXT")

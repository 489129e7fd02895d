"""The CSV export and the credit note PDF, built from synced data alone; the PDF is
rendered with poppler (pdftoppm) and its text checked (pdftotext)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.earnings.builders import ledger_change, statement_change
from tests.store.builders import page
from tests.support.services import service_missing
from workstation.domain.earnings import custom_period, decimal_text, local_midnight
from workstation.export.credit_note import CreditNoteFormat, CreditNoteLabels, write_credit_note
from workstation.export.earnings_csv import write_earnings_csv
from workstation.store.cache import CaseCache
from workstation.store.earnings import EarningsQueries

OCTOBER = local_midnight(date(2026, 10, 1))
NOVEMBER = local_midnight(date(2026, 11, 1))
# The hub's statement months are UTC months.
OCTOBER_UTC = int(datetime(2026, 10, 1, tzinfo=UTC).timestamp())
NOVEMBER_UTC = int(datetime(2026, 11, 1, tzinfo=UTC).timestamp())
GERMAN_LABELS = CreditNoteLabels(
    title="Gutschrift",
    number="Gutschriftsnummer",
    date="Datum",
    period="Leistungszeitraum",
    issuer="Aussteller",
    recipient="Leistungserbringer",
    tax_number="Steuernummer",
    vat_id="USt-IdNr.",
    line_date="Datum",
    line_description="Leistung",
    line_amount="Betrag",
    net="Nettobetrag",
    vat="Umsatzsteuer {rate} %",
    small_business_note="Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
    total="Gesamtbetrag",
    self_billing_note="Abrechnung im Gutschriftsverfahren.",
)


def _german_money(cents: int) -> str:
    euros = f"{abs(cents) // 100:,}".replace(",", ".")
    return f"{'-' if cents < 0 else ''}{euros},{abs(cents) % 100:02d} €"


FORMATS = CreditNoteFormat(money=_german_money, day=lambda moment: moment.strftime("%d.%m.%Y"))


def _synced(cache: CaseCache, *, small_business: bool) -> None:
    cache.apply_page(
        page(
            {"type": "client", "data": {"id": 1, "name": "Buchhalter Software AG"}},
            ledger_change(1, 123456, OCTOBER + 40_000, status="paid", statement_id=7),
            ledger_change(
                2,
                750,
                OCTOBER + 90_000,
                status="approved",
                statement_id=7,
                description="Fall #2 (E-Mail, Standard) – Rückfrage Umsatzsteuer",
            ),
            ledger_change(3, 999, NOVEMBER + 10, status="pending"),
            statement_change(7, OCTOBER_UTC, NOVEMBER_UTC, 124206, small_business=small_business),
        )
    )


def test_csv_has_every_entry_with_exact_amounts(
    cache: CaseCache, engine: Engine, tmp_path: Path
) -> None:
    _synced(cache, small_business=True)
    queries = EarningsQueries(engine)
    october = custom_period(date(2026, 10, 1), date(2026, 10, 31))
    path = tmp_path / "earnings.csv"
    assert write_earnings_csv(path, queries.entries(october, 0, 1000)) == 2
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert {row["amount_eur"] for row in rows} == {"1234.56", "7.50"}
    assert rows[0]["client"] == "Buchhalter Software AG" and rows[0]["currency"] == "EUR"
    assert "Rückfrage" in rows[0]["description"]
    assert decimal_text(-5) == "-0.05"


@pytest.mark.parametrize("small_business", [True, False])
def test_credit_note_pdf_has_the_fields_bookkeeping_needs(
    cache: CaseCache, engine: Engine, tmp_path: Path, small_business: bool
) -> None:
    if shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None:
        service_missing("poppler-utils (pdftotext, pdftoppm)")
    _synced(cache, small_business=small_business)
    queries = EarningsQueries(engine)
    statement = queries.statement_for(custom_period(date(2026, 10, 1), date(2026, 10, 31)))
    assert statement is not None
    path = tmp_path / "gutschrift.pdf"
    write_credit_note(
        path, statement, queries.statement_lines(statement.id), GERMAN_LABELS, FORMATS
    )

    subprocess.run(["pdftoppm", "-png", "-r", "50", str(path), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 1000
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    for expected in (
        "Gutschrift",
        "GS-TEST-7",
        "01.10.2026 – 31.10.2026",
        "Expert Hub Services GmbH",
        "Friedrichstraße 123",
        "Petra Schneider",
        "50667 Köln",
        "Steuernummer: 217/5555/1234",
        "1.234,56 €",
        "Rückfrage Umsatzsteuer",
        "Nettobetrag",
        datetime.fromtimestamp(statement.issued_at).strftime("%d.%m.%Y"),
    ):
        assert expected in text, expected
    assert "9,99 €" not in text  # November's entry is not on October's statement
    if small_business:
        assert "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet." in text
        assert "Gesamtbetrag" in text and "1.242,06 €" in text.split("Gesamtbetrag")[1]
    else:
        assert "Umsatzsteuer 19 %" in text and "235,99 €" in text  # 19 % of 1.242,06 €
        assert "1.478,05 €" in text.split("Gesamtbetrag")[1]
        assert "§ 19" not in text

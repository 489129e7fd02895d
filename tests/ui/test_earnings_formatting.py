"""Money and weeks follow the locale: `1.234,56 €` and Monday in German, `€1,234.56` in
English; the figures never pass through a float."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel

from workstation.domain.earnings import PeriodKind
from workstation.ui.earnings.labels import client_text
from workstation.ui.earnings.money import first_weekday, money_text
from workstation.ui.earnings.period_picker import PeriodPicker
from workstation.ui.earnings.totals_panel import TotalsPanel

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def test_german_and_english_money(qapp: QApplication) -> None:
    assert money_text(123456, GERMAN).replace("\xa0", " ") == "1.234,56 €"
    assert money_text(123456, ENGLISH) == "€1,234.56"
    assert money_text(5, GERMAN).replace("\xa0", " ") == "0,05 €"
    assert money_text(-123456, GERMAN).replace("\xa0", " ") == "-1.234,56 €"
    assert money_text(100_000_000_01, ENGLISH) == "€100,000,000.01"


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_every_cent_survives_formatting(cents: int) -> None:
    digits = "".join(ch for ch in money_text(cents, GERMAN) if ch.isdigit())
    assert int(digits) == abs(cents)


@pytest.mark.parametrize(("locale", "monday"), [(GERMAN, True), (ENGLISH, True)])
def test_weeks_start_on_the_locale_s_first_day(
    qapp: QApplication, locale: QLocale, monday: bool
) -> None:
    assert (first_weekday(locale) == 0) is monday
    QLocale.setDefault(GERMAN)
    try:
        picker = PeriodPicker(lambda: date(2027, 1, 1))
        picker.choose(PeriodKind.THIS_WEEK)
        assert picker.period().first == date(2026, 12, 28)
        picker.set_custom(date(2026, 12, 31), date(2026, 12, 30))
        assert (picker.period().first, picker.period().last) == (
            date(2026, 12, 30),
            date(2026, 12, 31),
        )
    finally:
        QLocale.setDefault(QLocale.system())


def test_an_entry_without_a_client_is_named_so(qapp: QApplication) -> None:
    panel = TotalsPanel(client_text)
    panel.show_split({"": 12_000, "Lumen Audio": 5_000})
    amounts = set(panel.amount_labels.values())
    names = [label.text() for label in panel.findChildren(QLabel) if label not in amounts]
    assert names == ["No client", "Lumen Audio"]

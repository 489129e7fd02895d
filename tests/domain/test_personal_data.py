"""Personal data before public posting: a table of positives and negatives, and properties."""

from __future__ import annotations

import itertools
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.personal_data import (
    IBAN_LENGTHS,
    PersonalDataKind,
    find_personal_data,
    is_valid_iban,
)

EMAIL = PersonalDataKind.EMAIL
PHONE = PersonalDataKind.PHONE
IBAN = PersonalDataKind.IBAN
ADDRESS = PersonalDataKind.POSTAL_ADDRESS


def found(text: str) -> list[tuple[PersonalDataKind, str]]:
    return [(item.kind, text[item.start : item.end]) for item in find_personal_data(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Schreiben Sie an j.weber@example.de bitte", [(EMAIL, "j.weber@example.de")]),
        ("Mail: Max.Muster+forum@sub.beispiel-firma.com.",
         [(EMAIL, "Max.Muster+forum@sub.beispiel-firma.com")]),
        ("Kontakt: max (at) beispiel.de", [(EMAIL, "max (at) beispiel.de")]),
        ("Umlaute: jürgen@müller.de", [(EMAIL, "jürgen@müller.de")]),
        ("Tel. 030 1234567", [(PHONE, "030 1234567")]),
        ("Rückruf unter 030/123 45 67.", [(PHONE, "030/123 45 67")]),
        ("Handy 0171-1234567", [(PHONE, "0171-1234567")]),
        ("(030) 1234567", [(PHONE, "(030) 1234567")]),
        ("+49 (0)30 123 45 67 oder 0171/1234567",
         [(PHONE, "+49 (0)30 123 45 67"), (PHONE, "0171/1234567")]),
        ("0049 30 1234567", [(PHONE, "0049 30 1234567")]),
        ("+1 212 555 0100", [(PHONE, "+1 212 555 0100")]),
        ("+44 20 7946 0958", [(PHONE, "+44 20 7946 0958")]),
        ("030 1234567 0171 7654321", [(PHONE, "030 1234567"), (PHONE, "0171 7654321")]),
        ("IBAN DE89 3704 0044 0532 0130 00 bitte", [(IBAN, "DE89 3704 0044 0532 0130 00")]),
        ("IBAN: DE89370400440532013000.", [(IBAN, "DE89370400440532013000")]),
        ("GB82 WEST 1234 5698 7654 32", [(IBAN, "GB82 WEST 1234 5698 7654 32")]),
        ("AT61 1904 3002 3457 3201", [(IBAN, "AT61 1904 3002 3457 3201")]),
        ("Hauptstraße 5a, 10115 Berlin", [(ADDRESS, "Hauptstraße 5a, 10115 Berlin")]),
        ("Ich wohne Theodor-Heuss-Allee 10\n60486 Frankfurt am Main.",
         [(ADDRESS, "Theodor-Heuss-Allee 10\n60486 Frankfurt am Main")]),
        ("Lieferung an Bahnhofstr. 12", [(ADDRESS, "Bahnhofstr. 12")]),
        ("Am Markt 3, 12345 Musterstadt", [(ADDRESS, "Am Markt 3, 12345 Musterstadt")]),
        ("Unter den Linden 5\n10117 Berlin", [(ADDRESS, "Unter den Linden 5\n10117 Berlin")]),
        ("Mail j@x.de, Tel 030 1234567", [(EMAIL, "j@x.de"), (PHONE, "030 1234567")]),
    ],
)  # fmt: skip
def test_personal_data_is_found(text: str, expected: list[tuple[PersonalDataKind, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag, die Rechnung ist doppelt gebucht.",
        "Am 01.12.2026 um 10 Uhr, Termin 24-11-2026",
        "Rechnung RE-2026-57744, Betrag 1.234,56 EUR, Version 0.9.12",
        "Kundennummer 12345678, Bestellung 2026-11-24",
        "Im Jahr 2024 kostete es 10000 Euro",
        "Bring 3 Äpfel mit, Weg 5 ist gesperrt",
        "Seite 12 im Handbuch, Kapitel 3",
        "Das kostet 0,99 € pro Monat, Firmware 1.0.3",
        # A check sum error: no IBAN, and its digits are no phone number either.
        "IBAN DE89 3704 0044 0532 0130 01 bitte",
        "DE00 1234 5678 9012 3456 78",
        "ISBN 978-3-16-148410-0",
        "Uhrzeit 08:15, Postleitzahl 10115",
        "E-Mail-Adresse: siehe oben @ Forum",
        "Ein Klammerausdruck (0) und 0 Fehler",
    ],
)
def test_ordinary_text_is_not_flagged(text: str) -> None:
    assert found(text) == []


def test_iban_validation_checks_country_length_and_check_digits() -> None:
    assert is_valid_iban("DE89 3704 0044 0532 0130 00")
    assert is_valid_iban("de89370400440532013000")
    assert not is_valid_iban("DE89 3704 0044 0532 0130 0")  # one digit short
    assert not is_valid_iban("XX89 3704 0044 0532 0130 00")  # no such country
    assert not is_valid_iban("DE88 3704 0044 0532 0130 00")  # wrong check digits
    assert not is_valid_iban("DE89-3704-0044-0532-0130-00")


def _with_check_digits(country: str, bban: str) -> str:
    numeric = "".join(str(int(char, 36)) for char in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


@st.composite
def valid_ibans(draw: st.DrawFn) -> str:
    country = draw(st.sampled_from(sorted(IBAN_LENGTHS)))
    bban = draw(
        st.text(
            alphabet=string.digits + string.ascii_uppercase,
            min_size=IBAN_LENGTHS[country] - 4,
            max_size=IBAN_LENGTHS[country] - 4,
        )
    )
    iban = _with_check_digits(country, bban)
    if draw(st.booleans()):
        iban = " ".join(iban[index : index + 4] for index in range(0, len(iban), 4))
    return iban


words = st.text(alphabet=string.ascii_letters + "äöüß ", max_size=30)


@given(valid_ibans(), words, words)
def test_every_valid_iban_is_found_in_text(iban: str, before: str, after: str) -> None:
    text = f"{before} {iban} {after}"

    assert is_valid_iban(iban)
    assert (IBAN, iban) in found(text)


@given(valid_ibans(), st.integers(min_value=0), st.sampled_from("0123456789"))
def test_a_changed_digit_breaks_the_check_sum(iban: str, where: int, digit: str) -> None:
    compact = iban.replace(" ", "")
    positions = [index for index, char in enumerate(compact) if char.isdigit() and index >= 2]
    index = positions[where % len(positions)]
    changed = compact[:index] + digit + compact[index + 1 :]

    assert is_valid_iban(changed) == (changed == compact)


@given(
    st.from_regex(r"[a-z][a-z0-9_-]{0,7}(\.[a-z0-9_-]{1,7}){0,2}", fullmatch=True),
    st.from_regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9]\.(de|com|org|at|ch)", fullmatch=True),
    words,
)
def test_every_plain_email_address_is_found(local: str, domain: str, before: str) -> None:
    address = f"{local}@{domain}"

    assert (EMAIL, address) in found(f"{before} {address}, danke")


@given(st.text(max_size=300))
def test_findings_are_sorted_disjoint_spans_of_the_text(text: str) -> None:
    findings = find_personal_data(text)

    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(text)
    for first, second in itertools.pairwise(findings):
        assert first.end <= second.start

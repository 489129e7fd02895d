"""Finding personal data in a reply before it is posted publicly.

On public channels (forum posts, public Facebook comments, public X replies) the composer
warns before text with e-mail addresses, phone numbers, IBANs or postal addresses goes
out. The detectors favour precision over recall where a false alarm would train experts
to ignore the warning: an IBAN counts only with a valid check sum and the length its
country prescribes, a phone number needs an international or German trunk prefix and a
plausible digit count, and an address needs a street with a house number.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class PersonalDataKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    IBAN = "iban"
    POSTAL_ADDRESS = "postal_address"


@dataclass(frozen=True, slots=True, order=True)
class PersonalDataFinding:
    """``text[start:end]`` is the personal data found (the span, never a copy of it)."""

    start: int
    end: int
    kind: PersonalDataKind


# Where two findings overlap, the more specific one wins (an IBAN's digits also look like
# a phone number; an e-mail address may contain one).
_PRIORITY: Final = (
    PersonalDataKind.IBAN,
    PersonalDataKind.EMAIL,
    PersonalDataKind.POSTAL_ADDRESS,
    PersonalDataKind.PHONE,
)

# -- e-mail ----------------------------------------------------------------------------
_EMAIL: Final = re.compile(
    r"(?<![\w.%+-])"
    r"[\w%+-]+(?:\.[\w%+-]+)*"
    r"\s*(?:@|\(at\)|\[at\])\s*"
    r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+"
    r"[^\W\d_]{2,24}"
    r"(?![\w-])",
    re.IGNORECASE,
)

# -- IBAN ------------------------------------------------------------------------------
IBAN_LENGTHS: Final = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip
# The country code and check digits, then up to 30 letters or digits, optionally grouped
# by single spaces; the country's length decides where the IBAN really ends.
_IBAN_CANDIDATE: Final = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]){11,30}", re.ASCII
)

# -- phone -----------------------------------------------------------------------------
# A run that starts like a phone number (+, 00, 0 or "(0") and continues with digits and
# the separators people use in numbers. Runs are split into the longest plausible number.
_PHONE_RUN: Final = re.compile(r"(?<![\w+/.,-])(?:\+|\(0|0)[0-9 \t()./-]*[0-9]")
_DIGIT_GROUP: Final = re.compile(r"[0-9]+")
_DATE_LIKE: Final = re.compile(r"\(?[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}")
_SEPARATOR_RUN: Final = re.compile(r"[ \t()./-]{4,}|[./-][ \t]*[./-]")
MIN_INTERNATIONAL_DIGITS: Final = 7
MAX_INTERNATIONAL_DIGITS: Final = 15  # E.164
MAX_PHONE_CHARS: Final = 32
_PHONE_SEPARATORS: Final = str.maketrans("", "", " \t()./-+")
MIN_NATIONAL_DIGITS: Final = 8  # trunk 0, a two-digit area code and five digits
MAX_NATIONAL_DIGITS: Final = 13

# -- postal address (German) -----------------------------------------------------------
_STREET_SUFFIXES: Final = (
    "straße", "strasse", "str.", "weg", "gasse", "allee", "platz", "ring", "damm", "ufer",
    "chaussee", "steig", "stieg", "pfad", "markt", "graben", "kamp", "wall", "promenade",
    "zeile",
)  # fmt: skip
_HOUSE_NUMBER: Final = r"[0-9]{1,4}(?:[ ]?[a-zA-Z](?![\w]))?(?:[ ]?[-/][ ]?[0-9]{1,4}[a-zA-Z]?)?"
_POSTCODE_CITY: Final = (
    r"(?:D-)?[0-9]{5}[ \t]+[A-ZÄÖÜ][\wäöüß-]*(?:[ \t](?:am|an der|im|in|ob der)[ \t]"
    r"[A-ZÄÖÜ][\wäöüß-]*|[ \t]\([A-ZÄÖÜ][\wäöüß]*\))?"
)
_TAIL: Final = rf"(?:[ \t]*,[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]+){_POSTCODE_CITY}"
# A street whose name ends in a street word, with its house number, optionally followed by
# postcode and city: "Hauptstraße 5a", "Theodor-Heuss-Allee 10, 60486 Frankfurt am Main".
_SUFFIX_STREET: Final = re.compile(
    r"(?<![\w-])(?P<street>[A-ZÄÖÜ][\wäöüß.-]*?(?i:"
    + "|".join(re.escape(suffix) for suffix in _STREET_SUFFIXES)
    + rf"))[ \t]*{_HOUSE_NUMBER}(?:{_TAIL})?(?![\w])"
)
# Any street name with a house number, but only when postcode and city follow:
# "Am Markt 3, 12345 Musterstadt", "Unter den Linden 5\n10117 Berlin".
_STREET_WITH_POSTCODE: Final = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][\wäöüß.-]*(?:[ \t](?:[A-ZÄÖÜ][\wäöüß.-]*|der|den|dem|die|das|am|an"
    rf"|im|in|zum|zur|auf|unter|vor|hinter)){{0,3}}[ \t]+{_HOUSE_NUMBER}{_TAIL}(?![\w])"
)
_MIN_STREET_NAME_CHARS: Final = 2  # before the street word: "Bring 3" is not a street


def find_personal_data(text: str) -> list[PersonalDataFinding]:
    """Every piece of personal data in ``text``, sorted by position, never overlapping."""
    candidates = [
        *_emails(text),
        *_ibans(text),
        *_addresses(text),
        *_phones(text),
    ]
    candidates.sort(key=lambda finding: (_PRIORITY.index(finding.kind), finding.start))
    # Accepted spans never overlap, so sorted by start they are sorted by end too, and a
    # candidate can only collide with its neighbours in that order.
    accepted: list[PersonalDataFinding] = []
    for candidate in candidates:
        index = bisect.bisect_left(accepted, candidate.start, key=lambda kept: kept.start)
        neighbours = accepted[max(0, index - 1) : index + 1]
        if not any(_overlaps(candidate, kept) for kept in neighbours):
            accepted.insert(index, candidate)
    return accepted


def is_valid_iban(value: str) -> bool:
    """An IBAN (spaces allowed) of a known country, of its length, with valid check digits."""
    compact = value.replace(" ", "").upper()
    if not compact.isascii() or not compact.isalnum():
        return False
    expected = IBAN_LENGTHS.get(compact[:2])
    if expected is None or len(compact) != expected or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(char, 36)) for char in rearranged)
    return int(number) % 97 == 1


def _overlaps(first: PersonalDataFinding, second: PersonalDataFinding) -> bool:
    return first.start < second.end and second.start < first.end


def _emails(text: str) -> Iterator[PersonalDataFinding]:
    for match in _EMAIL.finditer(text):
        yield PersonalDataFinding(match.start(), match.end(), PersonalDataKind.EMAIL)


def _ibans(text: str) -> Iterator[PersonalDataFinding]:
    for match in _IBAN_CANDIDATE.finditer(text):
        candidate = match.group(0)
        length = IBAN_LENGTHS.get(candidate[:2].upper())
        if length is None:
            continue
        end = _end_after_alphanumerics(candidate, length)
        if end is None:
            continue
        if end < len(candidate) and candidate[end] != " ":
            continue  # more letters or digits follow: part of a longer token
        if is_valid_iban(candidate[:end]):
            yield PersonalDataFinding(match.start(), match.start() + end, PersonalDataKind.IBAN)


def _end_after_alphanumerics(candidate: str, count: int) -> int | None:
    seen = 0
    for index, char in enumerate(candidate):
        if char != " ":
            seen += 1
            if seen == count:
                return index + 1
    return None


def _phones(text: str) -> Iterator[PersonalDataFinding]:
    # The digits of an IBAN-shaped token whose check sum fails are still no phone number.
    account_like = [(match.start(), match.end()) for match in _IBAN_CANDIDATE.finditer(text)]
    for run in _PHONE_RUN.finditer(text):
        for finding in _phones_in_run(run.group(0), run.start()):
            if not any(start <= finding.start < end for start, end in account_like):
                yield finding


def _phones_in_run(run: str, offset: int) -> Iterator[PersonalDataFinding]:
    """Split a run such as "030 1234567 0171 7654321" into the numbers it holds: from each
    starting point, the longest prefix ending at a digit group that is a plausible
    number."""
    start = 0
    while start < len(run):
        # No phone number is longer than this; bounding the window keeps a huge run of
        # digits and blanks linear to scan.
        groups = [
            match.end() for match in _DIGIT_GROUP.finditer(run, start, start + MAX_PHONE_CHARS)
        ]
        found = None
        for end in reversed(groups):
            if _plausible_phone(run[start:end]):
                found = end
                break
        if found is not None:
            yield PersonalDataFinding(offset + start, offset + found, PersonalDataKind.PHONE)
            start = found
        elif groups:
            start = groups[0]
        else:
            return
        start = _next_phone_start(run, start)
        if start < 0:
            return


def _next_phone_start(run: str, position: int) -> int:
    """The next place after ``position`` where a number could start: a "+", "(0" or a "0"
    that begins a digit group."""
    for index in range(position, len(run)):
        char = run[index]
        previous = run[index - 1] if index > 0 else " "
        if previous.isdigit():
            continue
        if char == "+" or (char == "0") or (char == "(" and run.startswith("(0", index)):
            return index
    return -1


def _plausible_phone(candidate: str) -> bool:
    # The cheap digit checks first: most candidates fail them.
    digits = candidate.translate(_PHONE_SEPARATORS)
    if candidate.startswith("+") or digits.startswith("00"):
        national = digits if candidate.startswith("+") else digits[2:]
        if not (
            MIN_INTERNATIONAL_DIGITS <= len(national) <= MAX_INTERNATIONAL_DIGITS
            and national[:1] not in ("", "0")
        ):
            return False
    elif not MIN_NATIONAL_DIGITS <= len(digits) <= MAX_NATIONAL_DIGITS:
        return False
    if candidate.count("(") != candidate.count(")"):
        return False
    return not (_DATE_LIKE.fullmatch(candidate) or _SEPARATOR_RUN.search(candidate))


def _addresses(text: str) -> Iterator[PersonalDataFinding]:
    for match in _SUFFIX_STREET.finditer(text):
        street = match.group("street")
        suffix_length = max(
            len(suffix) for suffix in _STREET_SUFFIXES if street.lower().endswith(suffix)
        )
        if len(street) - suffix_length >= _MIN_STREET_NAME_CHARS:
            yield PersonalDataFinding(match.start(), match.end(), PersonalDataKind.POSTAL_ADDRESS)
    for match in _STREET_WITH_POSTCODE.finditer(text):
        yield PersonalDataFinding(match.start(), match.end(), PersonalDataKind.POSTAL_ADDRESS)

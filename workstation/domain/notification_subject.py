"""The subject as a notification may show it: without the customer's name or contact.

Notifications can appear on a screen that others see, and the settings promise that
customer names and contact details never appear in them, at any privacy level. Subjects
are written by customers and often carry exactly that ("Rückfrage Ute Roth, 0171 …"), so
even the ``FULL`` level shows a subject only with those parts masked.
"""

from __future__ import annotations

import re
from typing import Final

from workstation.domain.personal_data import find_personal_data

MASK: Final = "…"
# Single letters and initials are left alone: masking every "A" would garble the subject.
_MIN_NAME_PART: Final = 2
_NAME_SEPARATORS: Final = re.compile(r"[\s,;]+")


def subject_for_notification(subject: str, customer_name: str, customer_contact: str | None) -> str:
    # Contact data first: a name inside an e-mail address must not break its detection.
    masked = subject
    for finding in sorted(find_personal_data(subject), reverse=True):
        masked = masked[: finding.start] + MASK + masked[finding.end :]
    return _mask_literals(masked, _name_variants(customer_name, customer_contact))


def _name_variants(customer_name: str, customer_contact: str | None) -> list[str]:
    variants = {customer_name.strip()}
    variants.update(
        part.strip(".'\"()")
        for part in _NAME_SEPARATORS.split(customer_name)
        if len(part.strip(".'\"()")) >= _MIN_NAME_PART
    )
    if customer_contact:
        contact = customer_contact.strip()
        variants.add(contact)
        variants.add(contact.lstrip("@"))  # a social handle is written with and without @
    # Longest first, so "Ute Roth" is masked as one before its parts are looked for.
    return sorted((variant for variant in variants if variant), key=len, reverse=True)


def _mask_literals(text: str, literals: list[str]) -> str:
    if not literals:
        return text
    pattern = "|".join(re.escape(literal) for literal in literals)
    # Whole words only: the name "Ute" must not mask part of "Gutes".
    return re.sub(rf"(?<!\w)(?:{pattern})(?!\w)", MASK, text, flags=re.IGNORECASE)

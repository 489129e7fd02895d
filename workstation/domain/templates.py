"""Filling a client's reply template with the case's and the expert's names.

The variables are those of docs/sync-protocol.md ("Templates"). Filling never fails: a
variable without a value, an unknown ``{name}`` and any other brace stay in the text as
they are, so the expert sees what still needs attention instead of a silent gap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from workstation.domain.models import Channel, Template

KNOWN_VARIABLES: Final = frozenset(
    {
        "customer_first_name",
        "customer_name",
        "expert_name",
        "expert_first_name",
        "client_name",
        "case_subject",
    }
)

_VARIABLE: Final = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True, slots=True)
class TemplateContext:
    """What the variables are filled from; an empty text counts as unknown."""

    customer_name: str = ""
    expert_name: str = ""
    client_name: str = ""
    case_subject: str = ""

    def values(self) -> dict[str, str]:
        candidates = {
            "customer_first_name": _first_word(self.customer_name),
            "customer_name": self.customer_name.strip(),
            "expert_name": self.expert_name.strip(),
            "expert_first_name": _first_word(self.expert_name),
            "client_name": self.client_name.strip(),
            "case_subject": self.case_subject.strip(),
        }
        return {name: value for name, value in candidates.items() if value}


def fill_template(body: str, context: TemplateContext) -> str:
    """``body`` with every known variable that has a value replaced by it."""
    return _fill(body, context.values())


def unfilled_variables(text: str) -> list[str]:
    """Names of the ``{variables}`` still in ``text``, in order of first appearance, so the
    composer can point at the gaps before sending."""
    seen: dict[str, None] = {}
    for match in _VARIABLE.finditer(text):
        seen.setdefault(match.group(1), None)
    return list(seen)


def templates_for_case(
    templates: Iterable[Template], *, client_id: int, language: str, channel: Channel
) -> list[Template]:
    """The templates the composer offers on a case: the case's client and language, and
    its channel or every channel; sorted by title."""
    fitting = [
        template
        for template in templates
        if template.client_id == client_id
        and template.language == language
        and template.channel in (None, channel)
    ]
    return sorted(fitting, key=lambda template: (template.title.casefold(), template.id))


def _fill(body: str, values: Mapping[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        return values.get(match.group(1), match.group(0))

    return _VARIABLE.sub(replace, body)


def _first_word(name: str) -> str:
    words = name.split()
    return words[0] if words else ""

"""Filling templates: known variables filled, everything else left visible, never a crash."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.models import Channel, Template
from workstation.domain.templates import (
    KNOWN_VARIABLES,
    TemplateContext,
    fill_template,
    templates_for_case,
    unfilled_variables,
)

CONTEXT = TemplateContext(
    customer_name="Jürgen Weber",
    expert_name="Petra Schneider",
    client_name="Buchhalter Software AG",
    case_subject="Rechnung doppelt gebucht",
)


def test_every_documented_variable_is_filled() -> None:
    body = (
        "Hallo {customer_first_name} ({customer_name}), zu {case_subject} bei {client_name}: "
        "Ihre {expert_name} / {expert_first_name}"
    )

    assert fill_template(body, CONTEXT) == (
        "Hallo Jürgen (Jürgen Weber), zu Rechnung doppelt gebucht bei Buchhalter Software AG: "
        "Ihre Petra Schneider / Petra"
    )
    assert unfilled_variables(fill_template(body, CONTEXT)) == []


def test_unknown_variables_and_other_braces_stay_as_they_are() -> None:
    body = "Hallo {kunde}, Ihr Code ist {{x}} und {Customer_Name} sowie {} und {customer_name"

    assert fill_template(body, CONTEXT) == body
    assert unfilled_variables(body) == ["kunde", "x"]


def test_a_variable_without_a_value_stays_visible() -> None:
    filled = fill_template(
        "Hallo {customer_first_name}, {expert_name}", TemplateContext(expert_name="  ")
    )

    assert filled == "Hallo {customer_first_name}, {expert_name}"
    assert unfilled_variables(filled) == ["customer_first_name", "expert_name"]


def test_values_are_not_filled_again() -> None:
    # A customer who calls themselves "{expert_name}" must not pull in other values.
    sneaky = TemplateContext(customer_name="{expert_name}", expert_name="Petra Schneider")

    assert fill_template("Hallo {customer_name}", sneaky) == "Hallo {expert_name}"


@given(st.text(), st.builds(TemplateContext, st.text(), st.text(), st.text(), st.text()))
def test_filling_never_fails_and_keeps_text_outside_variables(
    body: str, context: TemplateContext
) -> None:
    filled = fill_template(body, context)

    if "{" not in body:
        assert filled == body
    assert set(unfilled_variables(filled)) - KNOWN_VARIABLES <= set(unfilled_variables(body))


def template(template_id: int, **fields: object) -> Template:
    values: dict[str, object] = {
        "id": template_id,
        "client_id": 1,
        "channel": None,
        "language": "de",
        "title": f"Vorlage {template_id}",
        "body": "x",
        "updated_at": 0,
    }
    values.update(fields)
    return Template(**values)  # type: ignore[arg-type]


def test_a_case_is_offered_its_clients_templates_in_its_language_and_channel() -> None:
    candidates = [
        template(1, title="b: alle Kanäle"),
        template(2, title="A: Forum", channel=Channel.FORUM),
        template(3, channel=Channel.EMAIL),
        template(4, language="en"),
        template(5, client_id=2),
    ]

    offered = templates_for_case(candidates, client_id=1, language="de", channel=Channel.FORUM)

    assert [found.id for found in offered] == [2, 1]

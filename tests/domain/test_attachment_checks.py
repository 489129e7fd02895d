"""Which attachments may be saved: the sniffed type must match, programs never."""

from __future__ import annotations

import pytest

from hub.demo.attachments import disguised_program, invoice_pdf, screenshot_png
from workstation.domain.attachments import (
    AttachmentFormatError,
    SaveVerdict,
    check_save,
    parse_attachment_rows,
    safe_file_name,
)

LIMIT = 25 * 1024 * 1024


@pytest.mark.parametrize(
    ("name", "declared", "content", "verdict"),
    [
        ("Rechnung.pdf", "application/pdf", invoice_pdf(), SaveVerdict.ALLOWED),
        ("Bild.PNG", "image/png", screenshot_png(), SaveVerdict.ALLOWED),
        ("notiz.txt", "text/plain", "Grüße\n".encode(), SaveVerdict.ALLOWED),
        # A program dressed as an invoice: the bytes give it away.
        ("Rechnung.pdf", "application/pdf", disguised_program(), SaveVerdict.BLOCKED_TYPE),
        ("setup.exe", "application/octet-stream", b"whatever", SaveVerdict.BLOCKED_TYPE),
        ("Rechnung.exe.pdf", "application/pdf", invoice_pdf(), SaveVerdict.BLOCKED_TYPE),
        ("start.bat", "text/plain", b"echo hi", SaveVerdict.BLOCKED_TYPE),
        ("x.js", "text/plain", b"alert(1)", SaveVerdict.BLOCKED_TYPE),
        ("run.sh", "text/plain", b"#!/bin/sh\nrm -rf ~", SaveVerdict.BLOCKED_TYPE),
        ("bild.pdf", "application/pdf", screenshot_png(), SaveVerdict.TYPE_MISMATCH),
        ("Rechnung.pdf", "image/png", invoice_pdf(), SaveVerdict.TYPE_MISMATCH),
        ("daten.bin2", "application/octet-stream", b"\x01\x02\x03", SaveVerdict.UNKNOWN_TYPE),
        ("notiz.txt", "text/plain", b"\x00\x01binary", SaveVerdict.UNKNOWN_TYPE),
    ],
)
def test_save_checks(name: str, declared: str, content: bytes, verdict: SaveVerdict) -> None:
    assert check_save(name, declared, content, max_bytes=LIMIT)[0] is verdict


def test_the_size_limit_applies_before_anything_else() -> None:
    pdf = invoice_pdf()
    assert check_save("a.pdf", "application/pdf", pdf, max_bytes=len(pdf) - 1)[0] is (
        SaveVerdict.TOO_LARGE
    )


def test_a_suggested_file_name_cannot_leave_the_chosen_folder() -> None:
    assert safe_file_name("../../.bashrc") == "bashrc"
    assert safe_file_name("C:\\Windows\\evil.pdf") == "evil.pdf"
    assert safe_file_name('a<b>:"c.pdf') == "a_b___c.pdf"
    assert safe_file_name("") == "attachment"


def test_attachment_descriptions_are_validated() -> None:
    message = {
        "id": 7,
        "attachments": [{"id": 1, "name": "a.pdf", "media_type": "application/pdf", "size": 10}],
    }
    assert parse_attachment_rows(message, 3) == [(1, 3, 7, "a.pdf", "application/pdf", 10)]
    assert parse_attachment_rows({"id": 7}, 3) == []
    with pytest.raises(AttachmentFormatError):
        parse_attachment_rows({"id": 7, "attachments": [{"id": 1, "name": "", "size": 1}]}, 3)
    with pytest.raises(AttachmentFormatError):
        parse_attachment_rows(
            {"id": 7, "attachments": [{"id": 1, "name": "a", "size": -1, "media_type": "x/y"}]}, 3
        )

"""Demo attachments on a few customer e-mails: an invoice PDF, a screenshot PNG, and a
program disguised as a PDF that the workstation must refuse to save."""

from __future__ import annotations

import struct
import zlib

from sqlalchemy import func, select

from hub.attachments import NewAttachment, insert_attachments
from hub.schema import cases, messages
from hub.sequence import WriteTransaction


def invoice_pdf() -> bytes:
    """A small, valid one-page PDF."""
    stream = b"BT /F1 18 Tf 72 720 Td (Rechnung 2026-1142) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    body = b"%PDF-1.4\n"
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return body


def screenshot_png(width: int = 64, height: int = 40) -> bytes:
    """A small grey-blue PNG."""
    raw = b"".join(b"\x00" + bytes((90, 120, 160)) * width for _row in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def disguised_program() -> bytes:
    """The first bytes of a Windows program: declared as a PDF, it must be refused."""
    return (
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE\x00\x00"
    )


DEMO_ATTACHMENTS = (
    (NewAttachment("Rechnung-2026-1142.pdf", "application/pdf", invoice_pdf()),),
    (NewAttachment("Bildschirmfoto.png", "image/png", screenshot_png()),),
    (
        NewAttachment("Rechnung.pdf", "application/pdf", disguised_program()),
        NewAttachment("Fehlermeldung.png", "image/png", screenshot_png(32, 20)),
    ),
)


def attach_demo_files(tx: WriteTransaction) -> int:
    """Attach the demo files to the first customer messages of the first e-mail cases;
    called inside the seeding transaction, before any expert synced. Returns the count."""
    first_in_message = (
        select(func.min(messages.c.id))
        .join(cases, cases.c.id == messages.c.case_id)
        .where(cases.c.channel == "email", messages.c.direction == "in")
        .group_by(messages.c.case_id)
        .order_by(messages.c.case_id)
        .limit(len(DEMO_ATTACHMENTS))
    )
    targets = list(tx.conn.execute(first_in_message).scalars())
    count = 0
    for message_id, files in zip(targets, DEMO_ATTACHMENTS, strict=False):
        count += len(insert_attachments(tx, message_id, files))
    return count

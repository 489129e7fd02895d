"""Attachments of customer messages: their description from sync, and the checks that
decide whether the expert may save one.

An attachment is untrusted data. The app never opens or runs it; "Save as…" writes its
bytes to a file the expert chose, and only when the type sniffed from the bytes matches
what the name and the declared media type claim, the type is not one that runs code, and
the size stays under the hub's limit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath
from typing import Any, Final

DEFAULT_MAX_ATTACHMENT_BYTES: Final = 25 * 1024 * 1024
MAX_ATTACHMENT_NAME_CHARS: Final = 255
MAX_MEDIA_TYPE_CHARS: Final = 127
MAX_ATTACHMENTS_PER_MESSAGE: Final = 100

# Row tuple for the cache: id, case_id, message_id, name, media_type, size.
AttachmentRow = tuple[int, int, int, str, str, int]

# Extensions whose files run code when opened on some desktop.
BLOCKED_EXTENSIONS: Final = frozenset(
    {
        "app", "apk", "appimage", "bat", "bin", "cmd", "com", "cpl", "csh", "deb", "desktop",
        "dll", "dmg", "elf", "exe", "gadget", "hta", "inf", "ins", "isp", "jar", "js", "jse",
        "ksh", "lnk", "mht", "mhtml", "msc", "msh", "msi", "msp", "mst", "pif", "pkg", "pl",
        "ps1", "ps1xml", "ps2", "psc1", "psm1", "py", "pyw", "rb", "reg", "rpm", "run", "scf",
        "scr", "sct", "sh", "shb", "so", "svg", "url", "vb", "vbe", "vbs", "ws", "wsc", "wsf",
        "wsh", "xbap", "xll", "xlam", "docm", "xlsm", "pptm", "html", "htm", "xhtml",
        "command", "tool", "zsh", "fish", "bash",
    }
)  # fmt: skip
# Media types sniffed from bytes that are programs, whatever the name says.
_EXECUTABLE_TYPES: Final = frozenset(
    {
        "application/x-msdownload",
        "application/x-executable",
        "application/x-elf",
        "application/x-mach-binary",
        "application/vnd.microsoft.portable-executable",
        "application/x-sharedlib",
        "application/x-shockwave-flash",
        "application/x-deb",
        "application/x-rpm",
        "application/x-sh",
    }
)
# Types whose content cannot be sniffed (plain text has no magic bytes): accepted when
# the name and the declared type agree and the bytes hold no known binary signature.
_TEXT_TYPES: Final = {
    "txt": "text/plain",
    "csv": "text/csv",
    "log": "text/plain",
    "md": "text/markdown",
    "ics": "text/calendar",
    "vcf": "text/vcard",
    "eml": "message/rfc822",
}
# Declared types that name the same thing under another spelling.
_SYNONYMS: Final = {
    "image/jpg": "image/jpeg",
    "image/pjpeg": "image/jpeg",
    "application/x-pdf": "application/pdf",
    "application/x-zip-compressed": "application/zip",
    "image/x-png": "image/png",
}


@dataclass(frozen=True, slots=True)
class Attachment:
    id: int
    message_id: int
    name: str
    media_type: str
    size: int
    fetched: bool = False


class SaveVerdict(StrEnum):
    ALLOWED = "allowed"
    TOO_LARGE = "too_large"
    BLOCKED_TYPE = "blocked_type"
    TYPE_MISMATCH = "type_mismatch"
    UNKNOWN_TYPE = "unknown_type"


class AttachmentFormatError(ValueError):
    """An attachment description in a change page is malformed (names the field only)."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(field, problem)
        self.field = field
        self.problem = problem


def parse_attachment_rows(message: Mapping[str, Any], case_id: int) -> list[AttachmentRow]:
    """The ``attachments`` of one message of a case document (absent = none)."""
    raw = message.get("attachments")
    if raw is None:
        return []
    if not isinstance(raw, list) or len(raw) > MAX_ATTACHMENTS_PER_MESSAGE:
        raise AttachmentFormatError("attachments", "must be a list of at most 100 objects")
    message_id = message.get("id")
    if type(message_id) is not int:
        raise AttachmentFormatError("id", "must be an integer")
    rows: list[AttachmentRow] = []
    for item in raw:
        if not isinstance(item, dict):
            raise AttachmentFormatError("attachments", "must hold JSON objects")
        attachment_id, size = item.get("id"), item.get("size")
        name, media_type = item.get("name"), item.get("media_type")
        if type(attachment_id) is not int or attachment_id <= 0:
            raise AttachmentFormatError("attachments.id", "must be a positive integer")
        if type(size) is not int or size < 0:
            raise AttachmentFormatError("attachments.size", "must be a count of bytes")
        if not isinstance(name, str) or not 0 < len(name) <= MAX_ATTACHMENT_NAME_CHARS:
            raise AttachmentFormatError("attachments.name", "must be a file name")
        if not isinstance(media_type, str) or not 0 < len(media_type) <= MAX_MEDIA_TYPE_CHARS:
            raise AttachmentFormatError("attachments.media_type", "must be a media type")
        rows.append((attachment_id, case_id, message_id, name, media_type, size))
    return rows


def extension_of(name: str) -> str:
    return PurePath(name.strip().rstrip(".")).suffix.lower().lstrip(".")


def safe_file_name(name: str) -> str:
    """The name without any directory part or characters file systems refuse."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip().lstrip(".")
    cleaned = "".join("_" if ch in '<>:"|?*' or ord(ch) < 32 else ch for ch in base)
    return cleaned or "attachment"


def check_save(
    name: str, declared_type: str, content: bytes, *, max_bytes: int
) -> tuple[SaveVerdict, str | None]:
    """Whether the bytes may be saved under ``name``; the second value is the media type
    sniffed from the bytes (None when they have no known signature)."""
    if len(content) > max_bytes:
        return SaveVerdict.TOO_LARGE, None
    extension = extension_of(name)
    declared = _normalized(declared_type)
    sniffed = _sniff(content)
    if extension in BLOCKED_EXTENSIONS or (sniffed is not None and sniffed in _EXECUTABLE_TYPES):
        return SaveVerdict.BLOCKED_TYPE, sniffed
    if any(extension_of(part) in BLOCKED_EXTENSIONS for part in _inner_names(name)):
        return SaveVerdict.BLOCKED_TYPE, sniffed
    if sniffed is None:
        expected = _TEXT_TYPES.get(extension)
        if expected is not None and declared == expected and _looks_like_text(content):
            return SaveVerdict.ALLOWED, None
        return SaveVerdict.UNKNOWN_TYPE, None
    import filetype  # imported when first needed: its matchers cost the start-up 5 ms

    by_extension = filetype.get_type(ext=extension) if extension else None
    if declared != sniffed or by_extension is None or by_extension.mime != sniffed:
        return SaveVerdict.TYPE_MISMATCH, sniffed
    return SaveVerdict.ALLOWED, sniffed


def _sniff(content: bytes) -> str | None:
    if content[:2] == b"MZ":
        # filetype does not know every program header; "MZ" starts all of Windows'.
        return "application/x-msdownload"
    if content[:2] == b"#!":
        return "application/x-sh"
    import filetype

    kind = filetype.guess(content[:8192])
    return str(kind.mime) if kind is not None else None


def _normalized(media_type: str) -> str:
    base = media_type.split(";", 1)[0].strip().lower()
    return _SYNONYMS.get(base, base)


def _inner_names(name: str) -> list[str]:
    # "rechnung.exe.pdf" hides its real kind from people, not from the sniffer; both parts
    # are checked so that a blocked middle extension also refuses the file.
    parts = name.split(".")
    return [".".join(parts[: index + 1]) for index in range(1, len(parts) - 1)]


def _looks_like_text(content: bytes) -> bool:
    sample = content[:8192]
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut off by the sample's end is still text.
        return error.start >= len(sample) - 3
    return True

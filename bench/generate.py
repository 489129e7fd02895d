"""Realistic cached cases for the benchmarks, written into the app's own cache format.

Cases are built as the hub's case documents (German and English support conversations of
1–2 KB from the demo concerns, with customer names, invoice and order numbers, products
and a broad vocabulary of detail sentences) and stored through the cache's own path:
``parse_change_page`` then ``CaseCache.apply_page``, so every row and the search index
are exactly what a sync would write.

The result is cached under bench/data/ (git-ignored) per size and generator version. The
data is synthetic, so its SQLCipher key sits next to it in plain text.
"""

from __future__ import annotations

import random
import string
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Engine

from hub.demo.concern import Concern
from hub.demo.concerns_accounting import ACCOUNTING_CONCERNS_DE
from hub.demo.concerns_headphones import HEADPHONES_CONCERNS_DE, HEADPHONES_CONCERNS_EN
from hub.demo.people import (
    ACCOUNTING,
    ENGLISH_FIRST_NAMES,
    ENGLISH_LAST_NAMES,
    GERMAN_FIRST_NAMES,
    GERMAN_LAST_NAMES,
    HEADPHONES,
)
from workstation.domain.changes import parse_change_page
from workstation.store.cache import EXPERT_NAME_KEY, CaseCache
from workstation.store.database import new_cache_key, open_cache
from workstation.sync.engine import EXPERT_ID_KEY

GENERATOR_VERSION: Final = 1
PAGE_SIZE: Final = 2000
EXPERT_ID: Final = 1
EXPERT_NAME: Final = "Petra Schneider"
GENERATED_KEY: Final = "bench_generated_cases"
_NOW: Final = 1_795_521_600  # 2026-11-24T12:00:00Z, fixed so the data is reproducible

# Detail sentences widen the vocabulary beyond the demo concerns, as real threads do.
_DETAILS: Final = {
    ("accounting", "de"): (
        (
            "Die Installation",
            "Der Export",
            "Das Update",
            "Die Synchronisation",
            "Der Ausdruck",
            "Die Lizenzprüfung",
            "Die Kontoabfrage",
            "Der Belegimport",
            "Die Umsatzsteuer-Voranmeldung",
            "Der Mahnlauf",
            "Die DATEV-Schnittstelle",
            "Der Zahlungsabgleich",
            "Die Anlagenbuchhaltung",
            "Der Jahresabschluss",
        ),
        (
            "bricht nach etwa {n} Minuten ab",
            "zeigt die Fehlermeldung {code}",
            "hängt bei {n} Prozent",
            "funktioniert erst nach einem Neustart",
            "meldet eine ungültige Signatur",
            "ist seit dem letzten Update langsam",
            "liefert doppelte Buchungssätze",
            "verliert nachts die Einstellungen",
            "rundet die Beträge falsch",
            "übernimmt die Kostenstellen nicht",
        ),
        (
            "unter Windows 11",
            "auf meinem MacBook",
            "im Homeoffice",
            "seit dem {month}",
            "bei mehreren Mandanten",
            "mit Version {version}",
            "über das Firmennetz",
            "nach dem Jahreswechsel",
            "auf dem Terminalserver",
            "im Mehrbenutzerbetrieb",
        ),
    ),
    ("headphones", "de"): (
        (
            "Der Kopfhörer",
            "Die Ladeschale",
            "Der Akku",
            "Das Mikrofon",
            "Die Geräuschunterdrückung",
            "Die Bluetooth-Kopplung",
            "Die Klangwerk-App",
            "Der linke Ohrhörer",
            "Der Transparenzmodus",
            "Die Sprachsteuerung",
        ),
        (
            "bricht nach etwa {n} Minuten ab",
            "zeigt die Fehlermeldung {code}",
            "springt ständig auf die Werkseinstellungen zurück",
            "knistert auf dem linken Ohr",
            "lädt nicht mehr vollständig",
            "erkennt das zweite Gerät nicht",
            "rauscht bei hoher Lautstärke",
            "verbindet sich nur noch mit dem Laptop",
        ),
        (
            "mit Firmware {version}",
            "im Flugmodus",
            "mit dem neuen Router",
            "im Auto",
            "beim Telefonieren",
            "seit dem {month}",
            "beim Joggen",
            "in der Bahn",
        ),
    ),
    ("headphones", "en"): (
        (
            "The firmware update",
            "The charging case",
            "The left earbud",
            "The companion app",
            "Noise cancelling",
            "The Bluetooth pairing",
            "The microphone",
            "The battery",
        ),
        (
            "stops after about {n} minutes",
            "shows error {code}",
            "gets stuck at {n} percent",
            "only works after a restart",
            "drops the connection every few minutes",
            "resets to factory settings",
            "crackles on the left side",
            "does not charge fully",
        ),
        (
            "on my Android phone",
            "on the train",
            "since {month}",
            "with firmware {version}",
            "in the office",
            "while on calls",
            "with my laptop",
            "after the latest update",
        ),
    ),
}
_MONTHS: Final = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August"),
}
_CHANNELS: Final = ("email", "forum", "facebook", "twitter", "chat", "phone", "social_mention")
_STATUSES: Final = (("closed", 70), ("open", 8), ("waiting", 7), ("offered", 15))


@dataclass(frozen=True, slots=True)
class GeneratedCache:
    path: Path
    key: bytes
    cases: int
    seconds_to_generate: float | None  # None when it came from bench/data

    def open(self) -> Engine:
        return open_cache(self.path, self.key)


def ensure_cache(cases: int, data_dir: Path, *, seed: int = 4711) -> GeneratedCache:
    """The cache with ``cases`` generated cases: from ``data_dir`` when it is there and
    complete, else generated now (and kept there)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / f"cache-{cases}-v{GENERATOR_VERSION}-{seed}.db"
    key_path = path.with_suffix(".key")
    if path.exists() and key_path.exists():
        key = bytes.fromhex(key_path.read_text().strip())
        engine = open_cache(path, key)
        try:
            cache = CaseCache(engine)
            if cache.get_meta(GENERATED_KEY) == str(cases):
                if cache.get_meta(EXPERT_ID_KEY) is None:
                    _remember_expert(cache)  # generated before the identity was stored
                return GeneratedCache(path, key, cases, None)
        finally:
            engine.dispose()
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    key = new_cache_key()
    key_path.write_text(key.hex())
    started = time.perf_counter()
    engine = open_cache(path, key)
    cache = CaseCache(engine)
    try:
        # As a first sync stores them: rows page by page, the index beside the cache,
        # adopted at the end, then merged and its word list filled.
        for page in pages(cases, seed=seed):
            cache.apply_page(parse_change_page(page, expert_id=EXPERT_ID), defer_index=True)
        cache.build_pending_index()
        cache.complete_index_upkeep()
        _remember_expert(cache)
        cache.set_meta(GENERATED_KEY, str(cases))
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        cache.close()
        engine.dispose()
    return GeneratedCache(path, key, cases, time.perf_counter() - started)


def _remember_expert(cache: CaseCache) -> None:
    # Whose cache it is, as a first sync stores it: a start with a stored session opens
    # the window on such a cache before it asks the hub.
    cache.set_meta(EXPERT_ID_KEY, str(EXPERT_ID))
    cache.set_meta(EXPERT_NAME_KEY, EXPERT_NAME)


def pages(cases: int, *, seed: int) -> Iterator[dict[str, Any]]:
    """Change pages as the hub sends them, ``PAGE_SIZE`` cases each, oldest case first."""
    rng = random.Random(seed)
    writer = _CaseWriter(rng)
    clients = [
        {"seq": 1, "type": "client", "data": {"id": 1, "name": ACCOUNTING.name}},
        {"seq": 2, "type": "client", "data": {"id": 2, "name": HEADPHONES.name}},
    ]
    seq = 2
    for first in range(1, cases + 1, PAGE_SIZE):
        changes: list[dict[str, Any]] = clients
        clients = []
        for case_id in range(first, min(cases, first + PAGE_SIZE - 1) + 1):
            seq += 1
            changes.append({"seq": seq, "type": "case", "data": writer.case(case_id, cases)})
        yield {
            "cursor": str(seq),
            "has_more": first + PAGE_SIZE <= cases,
            "remaining": max(0, cases - first - PAGE_SIZE + 1),
            "server_time": _iso(_NOW),
            "changes": changes,
        }


def case_documents(
    cases: int, *, seed: int, expert_id: int = EXPERT_ID
) -> Iterator[dict[str, Any]]:
    """``cases`` case documents as the hub sends them, ids 1 … ``cases``, oldest first;
    the assigned ones belong to ``expert_id``."""
    writer = _CaseWriter(random.Random(seed), expert_id=expert_id)
    for case_id in range(1, cases + 1):
        yield writer.case(case_id, cases)


class _CaseWriter:
    def __init__(self, rng: random.Random, *, expert_id: int = EXPERT_ID) -> None:
        self._rng = rng
        self._expert_id = expert_id
        self._message_id = 0

    def case(self, case_id: int, total: int) -> dict[str, Any]:
        rng = self._rng
        headphones = rng.random() < 0.5
        language = "en" if headphones and rng.random() < 0.3 else "de"
        concerns: tuple[Concern, ...]
        if headphones:
            concerns = HEADPHONES_CONCERNS_EN if language == "en" else HEADPHONES_CONCERNS_DE
        else:
            concerns = ACCOUNTING_CONCERNS_DE
        client = HEADPHONES if headphones else ACCOUNTING
        concern = rng.choice(concerns)
        values = self._values(client.products, language)
        first = rng.choice(ENGLISH_FIRST_NAMES if language == "en" else GERMAN_FIRST_NAMES)
        last = rng.choice(ENGLISH_LAST_NAMES if language == "en" else GERMAN_LAST_NAMES)
        customer = f"{first} {last}"
        status = rng.choices([s for s, _ in _STATUSES], [w for _, w in _STATUSES])[0]
        # Older cases have lower ids; the newest are a few hours old.
        created = _NOW - int((total - case_id) * 900 * rng.uniform(0.5, 1.5)) - 3600
        details = _DETAILS[(client.key, language)]
        texts = self._thread(concern, values, language, customer, details, rng.randint(2, 3))
        messages = []
        for index, (direction, text) in enumerate(texts):
            self._message_id += 1
            messages.append(
                {
                    "id": self._message_id,
                    "direction": direction,
                    "author": customer if direction == "in" else "Petra Schneider",
                    "body_text": text,
                    "body_html": None,
                    "created_at": _iso(created + index * 1800),
                }
            )
        return {
            "id": case_id,
            "client_id": 2 if headphones else 1,
            "channel": rng.choice(_CHANNELS),
            "subject": concern.subject.format(**values),
            "customer_name": customer,
            "customer_contact": f"{first.lower()}.{last.lower()}@example.de",
            "language": language,
            "topic": concern.topic,
            "status": status,
            "priority": rng.choice(("low", "normal", "normal", "high", "urgent")),
            "sla_due": None if status in ("closed", "waiting") else _iso(created + 86_400),
            "assigned_expert_id": None if status == "offered" else self._expert_id,
            "claim_expires_at": None,
            "outcome": "solved" if status == "closed" else None,
            "tags": [],
            "version": len(messages),
            "created_at": _iso(created),
            "updated_at": _iso(created + len(messages) * 1800),
            "messages": messages,
        }

    def _thread(
        self,
        concern: Concern,
        values: dict[str, str],
        language: str,
        customer: str,
        details: tuple[tuple[str, ...], ...],
        turns: int,
    ) -> list[tuple[str, str]]:
        greeting = "Guten Tag," if language == "de" else "Hello,"
        closing = "Viele Grüße" if language == "de" else "Best regards,"
        opening = (
            f"{greeting}\n\n{concern.body.format(**values)} {self._details(details, values, 9)}"
            f"\n\n{closing}\n{customer}"
        )
        thread = [("in", opening)]
        if turns >= 2:
            thread.append(
                ("out", f"{concern.reply.format(**values)}\n\n{closing}\nPetra Schneider")
            )
        if turns >= 3:
            thread.append(
                ("in", f"{concern.followup.format(**values)} {self._details(details, values, 5)}")
            )
        return thread

    def _details(
        self, details: tuple[tuple[str, ...], ...], values: dict[str, str], sentences: int
    ) -> str:
        rng = self._rng
        subjects, problems, contexts = details
        parts = []
        for _ in range(sentences):
            fill = {
                "n": str(rng.randint(2, 95)),
                "code": f"E{rng.randint(100, 9999)}",
                "month": values["month"],
                "version": values["version"],
            }
            parts.append(
                f"{rng.choice(subjects)} {rng.choice(problems).format(**fill)} "
                f"{rng.choice(contexts).format(**fill)}."
            )
        return " ".join(parts)

    def _values(self, products: tuple[str, ...], language: str) -> dict[str, str]:
        rng = self._rng
        return {
            "product": rng.choice(products),
            "amount": f"{rng.randint(19, 899)},{rng.choice((0, 50, 90, 99)):02d}",
            "invoice": f"RE-2026-{rng.randint(10000, 99999)}",
            "order": f"KW-{rng.randint(100000, 999999)}",
            "version": f"{rng.randint(2, 26)}.{rng.randint(0, 9)}.{rng.randint(0, 5)}",
            "month": rng.choice(_MONTHS[language]),
            "count": str(rng.randint(2, 14)),
            "year": "2026",
            "serial": "".join(rng.choices(string.ascii_uppercase + string.digits, k=8)),
        }


def _iso(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

"""Demo clients, experts and the customers who write in."""

from __future__ import annotations

from dataclasses import dataclass

DEMO_PASSWORD = "demo"


@dataclass(frozen=True, slots=True)
class DemoClient:
    key: str
    name: str
    handle: str
    products: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DemoExpert:
    username: str
    display_name: str
    clients: tuple[str, ...]
    channels: tuple[str, ...]
    languages: tuple[str, ...]
    topics: tuple[str, ...]


ACCOUNTING = DemoClient(
    key="accounting",
    name="Buchhalter Software AG",
    handle="BuchhalterSW",
    products=(
        "Buchhalter Pro 2026",
        "Buchhalter Kompakt",
        "Buchhalter Cloud",
        "Lohn & Gehalt Modul",
    ),
)
HEADPHONES = DemoClient(
    key="headphones",
    name="Klangwerk Audio",
    handle="KlangwerkAudio",
    products=(
        "Klangwerk Aria ANC",
        "Klangwerk Pulse Buds",
        "Klangwerk Studio 7",
        "Klangwerk Move Sport",
    ),
)
CLIENTS = (ACCOUNTING, HEADPHONES)

EXPERTS = (
    DemoExpert(
        username="petra",
        display_name="Petra Schneider",
        clients=("accounting",),
        channels=("email", "forum", "phone", "facebook"),
        languages=("de",),
        topics=("billing", "bookkeeping", "vat", "payroll", "installation"),
    ),
    DemoExpert(
        username="jonas",
        display_name="Jonas Becker",
        clients=("accounting", "headphones"),
        channels=("twitter", "chat", "social_mention", "forum"),
        languages=("de", "en"),
        topics=("headphones", "bluetooth", "firmware", "returns", "installation", "billing"),
    ),
    DemoExpert(
        username="amira",
        display_name="Amira Haddad",
        clients=("headphones",),
        channels=("email", "chat", "facebook"),
        languages=("en", "de"),
        topics=("headphones", "bluetooth", "firmware", "returns", "billing"),
    ),
)

GERMAN_FIRST_NAMES = tuple(
    [
        "Jürgen",
        "Sabine",
        "Thomas",
        "Claudia",
        "Michael",
        "Andrea",
        "Stefan",
        "Monika",
        "Frank",
        "Birgit",
        "Uwe",
        "Katrin",
        "Markus",
        "Heike",
        "Tobias",
        "Lena",
        "Florian",
        "Anja",
        "Sebastian",
        "Julia",
        "Dieter",
        "Ute",
        "Matthias",
        "Nina",
        "Kai",
        "Jana",
        "Björn",
        "Sophie",
        "Holger",
        "Marie",
        "Günther",
        "Ilse",
        "Yusuf",
        "Elif",
        "Lukas",
        "Hannah",
        "Maximilian",
        "Emma",
        "Dominik",
        "Leonie",
    ]
)


GERMAN_LAST_NAMES = tuple(
    [
        "Weber",
        "Müller",
        "Schmidt",
        "Fischer",
        "Wagner",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Braun",
        "Krüger",
        "Hofmann",
        "Hartmann",
        "Lange",
        "Werner",
        "Krause",
        "Lehmann",
        "Köhler",
        "Maier",
        "Huber",
        "Kaiser",
        "Fuchs",
        "Peters",
        "Jung",
        "Yılmaz",
        "Öztürk",
        "Kowalski",
        "Vogel",
        "Friedrich",
        "Günther",
        "Berger",
        "Frank",
        "Roth",
        "Beck",
    ]
)


ENGLISH_FIRST_NAMES = tuple(
    [
        "James",
        "Emily",
        "Oliver",
        "Charlotte",
        "Harry",
        "Amelia",
        "Jack",
        "Isla",
        "George",
        "Ava",
        "Noah",
        "Mia",
        "Liam",
        "Grace",
        "Ethan",
        "Chloe",
        "Mason",
        "Sophia",
        "Lucas",
        "Ella",
        "Aiden",
        "Priya",
        "Ravi",
        "Fatima",
        "Daniel",
        "Hannah",
        "Samuel",
        "Zoe",
    ]
)


ENGLISH_LAST_NAMES = tuple(
    [
        "Smith",
        "Johnson",
        "Williams",
        "Brown",
        "Taylor",
        "Davies",
        "Evans",
        "Wilson",
        "Thomas",
        "Roberts",
        "Walker",
        "Wright",
        "Thompson",
        "White",
        "Hughes",
        "Edwards",
        "Green",
        "Hall",
        "Wood",
        "Harris",
        "Patel",
        "Khan",
        "O'Brien",
        "Murphy",
        "Clarke",
    ]
)

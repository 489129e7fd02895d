"""Small text helpers and the stock phrases of the demo threads."""

from __future__ import annotations

import html

GREETINGS = {
    "de": ("Guten Tag,", "Sehr geehrte Damen und Herren,", "Hallo,", "Hallo zusammen,"),
    "en": ("Hello,", "Hi there,", "Dear {client} team,", "Hi,"),
}
CLOSINGS = {
    "de": ("Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Danke und Gruß"),
    "en": ("Best regards,", "Kind regards,", "Thanks,", "Cheers,"),
}
FORUM_OPENERS = {
    "de": ("Hallo zusammen,", "Moin,", "Hallo Community,"),
    "en": ("Hi all,", "Hello everyone,", "Hey folks,"),
}
FORUM_CLOSERS = {
    "de": ("Danke im Voraus!", "Hat jemand eine Idee?", "Bin für jeden Tipp dankbar."),
    "en": ("Thanks in advance!", "Any ideas?", "Grateful for any tips."),
}
NUDGES = {
    "de": (
        "Gibt es schon Neuigkeiten zu meinem Anliegen?",
        "Ich wollte nur nachfragen, ob meine Nachricht angekommen ist.",
        "Kurze Erinnerung: Das Problem besteht weiterhin.",
    ),
    "en": (
        "Any update on this?",
        "Just checking that my message got through.",
        "Friendly reminder: the problem is still there.",
    ),
}
# What customers write when they come back to a conversation; short enough for a tweet.
COMEBACKS = {
    "de": (
        "Danke für die Antwort! Leider klappt es bei mir immer noch nicht.",
        "Das hat funktioniert, vielen Dank! Eine kurze Frage hätte ich noch.",
        "Ich habe es so gemacht wie beschrieben, aber jetzt kommt eine Fehlermeldung.",
        "Hallo, ich warte noch auf eine Rückmeldung zu meinem Anliegen.",
        "Kurzer Nachtrag: Das Problem tritt nur auf meinem Laptop auf, nicht am PC.",
    ),
    "en": (
        "Thanks for the reply! Unfortunately it still doesn't work for me.",
        "That worked, thank you! I have one more quick question.",
        "I did as you described, but now I get an error message.",
        "Hi, I'm still waiting to hear back about my request.",
        "Quick addition: it only happens on my laptop, not on my desktop.",
    ),
}
HOLDING_REPLIES = {
    "de": "Gute Frage – ich kläre das kurz und melde mich spätestens morgen bei Ihnen.",
    "en": "Good question – let me check and I'll get back to you by tomorrow at the latest.",
}
# Formal for letters, casual where the channel is casual (German "Sie" vs. first names).
LETTER_OPENERS = {"de": "Guten Tag {name},", "en": "Hi {first},"}
CASUAL_OPENERS = {"de": "Hallo {first},", "en": "Hi {first},"}
REPLY_CLOSERS = {"de": "Viele Grüße\n{expert}\n{client}", "en": "Best regards,\n{expert}\n{client}"}
CALLBACK_REQUESTS = {
    "de": "Rückrufbitte: {short} Erreichbar heute zwischen {start}:00 und {end}:00 Uhr.",
    "en": "Callback request: {short} Available today between {start}:00 and {end}:00.",
}
CALL_NOTES = {
    "de": "Rückruf durchgeführt ({minutes} Min.). {summary}",
    "en": "Called back ({minutes} min). {summary}",
}
INTERNAL_NOTES = {
    "de": (
        "Bestandskunde seit vielen Jahren, Kulanz wäre vertretbar.",
        "Rückfrage bei der Technik läuft, Antwort kommt voraussichtlich morgen.",
        "Hat vorher schon angerufen – bitte heute noch antworten.",
        "Gleiches Problem wie in zwei anderen Fällen diese Woche, evtl. Fehler im Update.",
    ),
    "en": (
        "Long-standing customer, a goodwill gesture would be fine.",
        "Asked the product team, answer expected tomorrow.",
        "Customer already called once – please answer today.",
        "Same issue as two other cases this week, possibly an update bug.",
    ),
}
APPROACHES = {
    "de": (
        "Hallo {first}, ich bin Community-Expert:in für {client} und lese hier zufällig mit. "
        "Wenn du magst, gebe ich dir gern ein paar unverbindliche Tipps – wenn nicht, "
        "ignoriere diese Nachricht einfach, ich melde mich dann nicht wieder."
    ),
    "en": (
        "Hi {first}, I'm a community expert for {client} and happened to see your post. "
        "Happy to share a few tips if you like – if not, just ignore this and I won't "
        "message you again."
    ),
}
MENTION_FOLLOWUPS = {
    "de": ("Gern, was würdest du empfehlen?", "Danke, aber ich habe schon etwas gefunden."),
    "en": ("Sure, what would you recommend?", "Thanks, but I've already found something."),
}
MONTHS = {
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def fit(text: str, limit: int) -> str:
    """Shorten to at most ``limit`` characters, at a sentence end if possible."""
    if len(text) <= limit:
        return text
    window = text[: limit - 1]
    sentence_end = max(window.rfind(". "), window.rfind("! "), window.rfind("? "))
    if sentence_end >= limit // 2:
        return window[: sentence_end + 1]
    return window[: window.rfind(" ")].rstrip(",;:–- ") + "…"


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def paragraphs_html(paragraphs: list[str]) -> str:
    return "\n".join(
        "<p>" + html.escape(paragraph).replace("\n", "<br>\n") + "</p>" for paragraph in paragraphs
    )


ASCII_FOLD = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "'": "", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)


def slug(*parts: str) -> str:
    return ".".join(part.translate(ASCII_FOLD).lower() for part in parts)

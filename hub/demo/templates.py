"""Reply templates of the demo clients, in German and English.

The accounting vendor addresses customers formally ("Sie", full name) everywhere; the
headphone brand is formal by e-mail and casual ("du", first name) on social channels,
chat and in its forum, as the demo threads are.
"""

from __future__ import annotations

from dataclasses import dataclass

from hub.demo.people import ACCOUNTING, HEADPHONES


@dataclass(frozen=True, slots=True)
class DemoTemplate:
    client_key: str
    channel: str | None
    language: str
    title: str
    body: str


def _accounting(channel: str | None, language: str, title: str, body: str) -> DemoTemplate:
    return DemoTemplate(ACCOUNTING.key, channel, language, title, body)


def _headphones(channel: str | None, language: str, title: str, body: str) -> DemoTemplate:
    return DemoTemplate(HEADPHONES.key, channel, language, title, body)


ACCOUNTING_TEMPLATES = (
    _accounting(
        None,
        "de",
        "Begrüßung",
        "Guten Tag {customer_name},\n\nvielen Dank für Ihre Nachricht zu „{case_subject}“. "
        "Ich helfe Ihnen gern weiter.\n\n",
    ),
    _accounting(
        None,
        "de",
        "Danke für Ihre Geduld",
        "Guten Tag {customer_name},\n\ndanke für Ihre Geduld! Ich habe Ihr Anliegen geprüft "
        "und kann Ihnen jetzt Folgendes sagen:\n\n\n\nViele Grüße\n{expert_name}\n{client_name}",
    ),
    _accounting(
        "email",
        "de",
        "E-Mail: Rückfrage nach Details",
        "Guten Tag {customer_name},\n\ndamit ich Ihnen genau helfen kann, brauche ich noch "
        "ein paar Angaben:\n\n- Welche Programmversion nutzen Sie (Hilfe > Info)?\n"
        "- Seit wann tritt das Problem auf?\n- Erscheint eine Fehlermeldung? Ein Screenshot "
        "hilft sehr.\n\nViele Grüße\n{expert_name}\n{client_name}",
    ),
    _accounting(
        "email",
        "de",
        "E-Mail: Antwort mit Signatur",
        "Guten Tag {customer_name},\n\n\n\nWenn noch etwas offen ist, antworten Sie einfach "
        "auf diese E-Mail.\n\nMit freundlichen Grüßen\n{expert_name}\n"
        "Community-Expertin/Community-Experte für {client_name}",
    ),
    _accounting(
        "forum",
        "de",
        "Forum: Antwort mit Schritten",
        "Hallo {customer_name},\n\ndas lässt sich in wenigen Schritten lösen:\n\n"
        "1. \n2. \n3. \n\nKlappt es damit? Wenn ja, markieren Sie den Beitrag bitte als "
        "Lösung, damit andere ihn schneller finden.\n\nViele Grüße\n{expert_name}",
    ),
    _accounting(
        "forum",
        "de",
        "Forum: Bekanntes Problem",
        "Hallo {customer_name},\n\ndanke für die Meldung – das Verhalten ist bekannt "
        "und wird mit dem nächsten Update behoben. Bis dahin hilft dieser Weg:\n\n\n\n"
        "Ich gebe hier Bescheid, sobald das Update verfügbar ist.\n\n{expert_name}",
    ),
    _accounting(
        "facebook",
        "de",
        "Facebook: Bitte per Direktnachricht",
        "Hallo {customer_name}, danke für Ihren Hinweis! Damit wir Ihre Vertragsdaten nicht "
        "öffentlich besprechen, schreiben wir Ihnen gleich per Direktnachricht. "
        "Viele Grüße, {expert_first_name}",
    ),
    _accounting(
        "twitter",
        "de",
        "X: Kurzantwort mit DM-Bitte",
        "Hallo {customer_name}, danke für den Hinweis! Schicken Sie uns bitte eine DM mit "
        "Ihrer Kundennummer, dann schauen wir uns das sofort an. ^{expert_first_name}",
    ),
    _accounting(
        "phone",
        "de",
        "Telefon: Rückruf erledigt",
        "Rückruf durchgeführt. Anliegen: {case_subject}\nBesprochen:\n- \nVereinbart:\n- \n"
        "Nächster Schritt: keiner / Rückmeldung per E-Mail",
    ),
    _accounting(
        "phone",
        "de",
        "Telefon: Nicht erreicht",
        "{customer_name} nicht erreicht. Keine Nachricht hinterlassen. Neuer Versuch "
        "innerhalb des angegebenen Zeitfensters.",
    ),
    _accounting(
        None,
        "en",
        "Greeting",
        "Hello {customer_name},\n\nthank you for your message about “{case_subject}”. "
        "I'm happy to help.\n\n",
    ),
    _accounting(
        None,
        "en",
        "Thanks for your patience",
        "Hello {customer_name},\n\nthank you for your patience! I have looked into your "
        "request and can now tell you the following:\n\n\n\nBest regards,\n{expert_name}\n"
        "{client_name}",
    ),
    _accounting(
        "forum",
        "en",
        "Forum: step-by-step answer",
        "Hi {customer_first_name},\n\nyou can fix this in a few steps:\n\n1. \n2. \n3. \n\n"
        "Does that work for you? If so, please mark this post as the solution so others find "
        "it faster.\n\nBest,\n{expert_first_name}",
    ),
    _accounting(
        "phone",
        "en",
        "Phone: call follow-up",
        "Called back about: {case_subject}\nDiscussed:\n- \nAgreed:\n- \n"
        "Follow-up: none / confirmation by e-mail",
    ),
)

HEADPHONES_TEMPLATES = (
    _headphones(
        None,
        "de",
        "Begrüßung",
        "Hallo {customer_first_name},\n\ndanke, dass du dich meldest! Ich bin "
        "{expert_first_name} aus der {client_name} Community und helfe dir gern.\n\n",
    ),
    _headphones(
        None,
        "de",
        "Danke für deine Geduld",
        "Hallo {customer_first_name}, danke für deine Geduld! Ich habe nachgeschaut: ",
    ),
    _headphones(
        "email",
        "de",
        "E-Mail: Rücksendung",
        "Guten Tag {customer_name},\n\nes tut uns leid, dass Ihr Gerät nicht wie erwartet "
        "funktioniert. Sie können es innerhalb von 30 Tagen kostenlos zurücksenden: Das "
        "Rücksendeetikett finden Sie in Ihrem Kundenkonto unter „Bestellungen“.\n\n"
        "Mit freundlichen Grüßen\n{expert_name}\n{client_name}",
    ),
    _headphones(
        "chat",
        "de",
        "Chat: Firmware-Update",
        "So bringst du die Firmware auf den neuesten Stand: Klangwerk-App öffnen → Gerät "
        "wählen → Einstellungen → Firmware → Aktualisieren. Lass die Kopfhörer dabei im "
        "Ladecase.",
    ),
    _headphones(
        "twitter",
        "de",
        "X: Kurzantwort",
        "Hallo {customer_first_name}, danke für deinen Tweet! Schick uns gern eine DM mit "
        "deiner Bestellnummer, dann kümmern wir uns direkt darum. ^{expert_first_name}",
    ),
    _headphones(
        "twitter",
        "de",
        "X: Problem gelöst?",
        "Hallo {customer_first_name}, klappt es inzwischen? Sag gern Bescheid, wenn wir noch "
        "helfen können! ^{expert_first_name}",
    ),
    _headphones(
        "facebook",
        "de",
        "Facebook: Weiter per Nachricht",
        "Hallo {customer_first_name}, danke für deinen Kommentar! Ich schreibe dir gleich "
        "eine private Nachricht, damit wir deine Bestelldaten nicht öffentlich besprechen "
        "müssen. ^{expert_first_name}",
    ),
    _headphones(
        "forum",
        "de",
        "Forum: Kopplung zurücksetzen",
        "Hallo {customer_first_name},\n\nversuch bitte einmal, die Kopplung zurückzusetzen:\n\n"
        "1. Kopfhörer in der Bluetooth-Liste des Handys entfernen.\n2. Beide Ohrhörer ins "
        "Case legen und die Taste 10 Sekunden halten, bis die LED weiß blinkt.\n3. Neu "
        "koppeln.\n\nHilft das? Dann markiere die Antwort gern als Lösung.\n\n"
        "{expert_first_name}",
    ),
    _headphones(
        "social_mention",
        "de",
        "Aktiver Dialog: Erste Ansprache",
        "Hallo {customer_first_name}, ich bin {expert_first_name} und helfe in der "
        "{client_name} Community. Ich habe zufällig deinen Beitrag gesehen – wenn du magst, "
        "gebe ich dir ein paar unverbindliche Tipps. Wenn nicht, ignoriere diese Nachricht "
        "einfach, ich melde mich dann nicht wieder.",
    ),
    _headphones(
        None,
        "en",
        "Greeting",
        "Hi {customer_first_name},\n\nthanks for reaching out! I'm {expert_first_name} from "
        "the {client_name} community and happy to help.\n\n",
    ),
    _headphones(
        None,
        "en",
        "Thanks for your patience",
        "Hi {customer_first_name}, thanks for your patience! I've checked and here's what I "
        "found: ",
    ),
    _headphones(
        "email",
        "en",
        "Email: return",
        "Hello {customer_name},\n\nwe're sorry your device isn't working as expected. You can "
        "return it free of charge within 30 days: the return label is in your account under "
        "“Orders”.\n\nBest regards,\n{expert_name}\n{client_name}",
    ),
    _headphones(
        "chat",
        "en",
        "Chat: firmware update",
        "Here's how to update the firmware: open the Klangwerk app → select your device → "
        "Settings → Firmware → Update. Keep the earbuds in the charging case meanwhile.",
    ),
    _headphones(
        "twitter",
        "en",
        "X: short reply",
        "Hi {customer_first_name}, thanks for the tweet! DM us your order number and we'll "
        "look into it right away. ^{expert_first_name}",
    ),
    _headphones(
        "forum",
        "en",
        "Forum: reset pairing",
        "Hi {customer_first_name},\n\nplease try resetting the pairing:\n\n1. Remove the "
        "headphones from your phone's Bluetooth list.\n2. Put both earbuds in the case and "
        "hold the button for 10 seconds until the LED flashes white.\n3. Pair again.\n\n"
        "Does that help? If so, feel free to mark this as the solution.\n\n"
        "{expert_first_name}",
    ),
    _headphones(
        "social_mention",
        "en",
        "Active dialogue: first approach",
        "Hi {customer_first_name}, I'm {expert_first_name} and help out in the {client_name} "
        "community. I happened to see your post – happy to share a few tips if you like. If "
        "not, just ignore this message and I won't contact you again.",
    ),
)

DEMO_TEMPLATES = ACCOUNTING_TEMPLATES + HEADPHONES_TEMPLATES

"""Customer concerns for the headphone brand, in German and English.

Placeholders: {product} {amount} {order} {version} {month} {count} {year}.
"""

from __future__ import annotations

from hub.demo.concern import Concern

HEADPHONES_CONCERNS_DE = (
    Concern(
        topic="bluetooth",
        subject="{product} verbindet sich nicht mehr mit dem Laptop",
        body=(
            "meine {product} verbinden sich seit gestern nicht mehr mit meinem Laptop "
            "(Windows 11). Mit dem Handy klappt es problemlos. Ich habe sie schon entkoppelt "
            "und neu gekoppelt, ohne Erfolg."
        ),
        short="Meine {product} koppeln nicht mehr mit dem Laptop, mit dem Handy schon. Ideen?",
        followup="Treiber aktualisiert, jetzt klappt es. Danke!",
        reply=(
            "das liegt häufig am Bluetooth-Treiber des Laptops. Bitte löschen Sie die "
            "{product} in den Windows-Einstellungen, aktualisieren Sie den Bluetooth-Treiber "
            "über den Geräte-Manager und halten Sie dann die Taste am Gehäuse sieben Sekunden "
            "gedrückt, bis die LED blau blinkt."
        ),
    ),
    Concern(
        topic="bluetooth",
        subject="Ton läuft bei Videos nicht synchron",
        body=(
            "beim Streamen von Videos ist der Ton mit den {product} deutlich verzögert, "
            "etwa eine halbe Sekunde. Bei Musik fällt es nicht auf. Gibt es einen "
            "Latenzmodus?"
        ),
        short=(
            "Ton mit {product} bei Videos eine halbe Sekunde verzögert. Gibt es einen Latenzmodus?"
        ),
        followup="Mit dem Spielmodus ist es viel besser, danke.",
        reply=(
            "ja: In der Klangwerk-App unter Einstellungen › Verbindung können Sie den "
            "„Spielmodus“ aktivieren, der senkt die Latenz deutlich. Außerdem hilft es, "
            "wenn der Codec auf AAC statt SBC steht."
        ),
    ),
    Concern(
        topic="bluetooth",
        subject="Multipoint funktioniert nicht mit zwei Geräten",
        body=(
            "laut Beschreibung sollen die {product} mit zwei Geräten gleichzeitig verbunden "
            "sein können. Bei mir fliegt immer das Handy raus, wenn der Laptop verbindet."
        ),
        short="Multipoint bei {product}: Handy fliegt raus, sobald der Laptop verbindet.",
        followup="Jetzt klappt es mit beiden Geräten. Super!",
        reply=(
            "Multipoint ist ab Werk ausgeschaltet, weil es etwas Akku kostet. Sie schalten "
            "es in der App unter Verbindung › Zwei Geräte ein. Danach beide Geräte einmal "
            "neu koppeln, dann bleiben sie gleichzeitig verbunden."
        ),
    ),
    Concern(
        topic="headphones",
        subject="Linke Seite deutlich leiser",
        body=(
            "bei meinen {product} (gekauft im {month}) ist die linke Seite deutlich leiser "
            "als die rechte. Die Balance am Handy steht in der Mitte. Ist das ein Defekt?"
        ),
        short="Linke Seite meiner {product} viel leiser als rechts. Defekt oder Einstellung?",
        followup="Reinigen hat leider nichts gebracht. Wie läuft die Garantie?",
        reply=(
            "oft sitzt Ohrenschmalz im Schutzgitter; bitte reinigen Sie es vorsichtig mit "
            "einer trockenen Zahnbürste. Wenn das nichts ändert, ist es ein Garantiefall: "
            "Sie bekommen von uns ein kostenloses Versandetikett und innerhalb von zehn "
            "Tagen ein Austauschgerät."
        ),
    ),
    Concern(
        topic="headphones",
        subject="Noise Cancelling rauscht",
        body=(
            "wenn ich bei den {product} das Noise Cancelling einschalte, höre ich in leiser "
            "Umgebung ein deutliches Rauschen. Ist das normal oder ist mein Exemplar "
            "defekt?"
        ),
        short="Noise Cancelling der {product} rauscht in leiser Umgebung. Normal?",
        followup="Mit der adaptiven Einstellung ist es weg. Danke!",
        reply=(
            "ein ganz leises Grundrauschen ist bei aktivem Noise Cancelling technisch "
            "bedingt. Deutlich hörbar sollte es nicht sein: Stellen Sie in der App bitte "
            "„Adaptiv“ statt „Maximal“ ein. Bleibt es störend, tauschen wir das Gerät."
        ),
    ),
    Concern(
        topic="headphones",
        subject="Ohrpolster nach {count} Monaten rissig",
        body=(
            "die Ohrpolster meiner {product} sind nach gerade einmal {count} Monaten "
            "rissig. Bekomme ich Ersatzpolster, und fällt das unter die Garantie?"
        ),
        short="Ohrpolster meiner {product} nach {count} Monaten rissig. Garantie?",
        followup="Danke, die Polster sind heute angekommen.",
        reply=(
            "Ohrpolster sind Verschleißteile, innerhalb der ersten zwölf Monate tauschen wir "
            "sie aber kostenlos. Ich habe Ihnen ein Ersatzpaar zur Lieferadresse Ihrer "
            "Bestellung {order} geschickt."
        ),
    ),
    Concern(
        topic="firmware",
        subject="Firmware-Update {version} bleibt bei 60 % stehen",
        body=(
            "das Firmware-Update auf {version} für meine {product} bleibt in der App bei "
            "60 % stehen. Jetzt reagieren die Kopfhörer gar nicht mehr richtig."
        ),
        short=(
            "Firmware-Update {version} für {product} hängt bei 60 %, Kopfhörer reagieren kaum noch."
        ),
        followup="Zurücksetzen und neu starten hat funktioniert, läuft wieder.",
        reply=(
            "keine Sorge, das Gerät ist nicht beschädigt. Legen Sie die {product} bitte in "
            "die Ladeschale, halten Sie beide Tasten 15 Sekunden gedrückt und starten Sie "
            "das Update in der App erneut, am besten mit WLAN am Handy."
        ),
    ),
    Concern(
        topic="firmware",
        subject="Seit Update schlechtere Akkulaufzeit",
        body=(
            "seit der Firmware {version} halten meine {product} nur noch etwa {count} "
            "Stunden statt wie vorher deutlich länger. Gibt es dazu schon einen Fix?"
        ),
        short="Seit Firmware {version} hält der Akku der {product} nur noch {count} Stunden.",
        followup="Nach dem Kalibrieren ist es wieder deutlich besser.",
        reply=(
            "das Update kalibriert die Akkuanzeige neu. Laden Sie die {product} bitte "
            "einmal ganz leer und dann ohne Unterbrechung voll. Danach stimmt die Laufzeit "
            "wieder. Ein Fix für die Anzeige kommt mit der nächsten Version."
        ),
    ),
    Concern(
        topic="returns",
        subject="Rücksendung Bestellung {order}",
        body=(
            "ich möchte die {product} aus Bestellung {order} zurückschicken, sie sitzen "
            "leider nicht gut. Das Paket ist erst zehn Tage alt. Wie bekomme ich ein "
            "Rücksendeetikett?"
        ),
        short="Möchte {product} aus Bestellung {order} zurückschicken. Wie komme ich ans Etikett?",
        followup="Etikett ist da, Paket geht morgen raus. Danke!",
        reply=(
            "das Rücksendeetikett erstellen Sie im Kundenkonto unter Bestellungen › {order} › "
            "Zurücksenden. Sobald das Paket bei uns ist, erstatten wir {amount} € auf "
            "das ursprüngliche Zahlungsmittel, meist innerhalb von fünf Werktagen."
        ),
    ),
    Concern(
        topic="returns",
        subject="Erstattung noch nicht erhalten",
        body=(
            "ich habe die {product} vor drei Wochen zurückgeschickt (Bestellung {order}), "
            "laut Sendungsverfolgung sind sie angekommen. Die Erstattung über {amount} € "
            "ist aber noch nicht da."
        ),
        short=(
            "Rücksendung {order} seit drei Wochen bei euch, Erstattung von {amount} € fehlt noch."
        ),
        followup="Geld ist angekommen, vielen Dank.",
        reply=(
            "entschuldigen Sie die Verzögerung. Die Rücksendung lag noch in der Prüfung; ich "
            "habe die Erstattung über {amount} € eben freigegeben. Je nach Bank dauert die "
            "Gutschrift zwei bis drei Werktage."
        ),
    ),
    Concern(
        topic="billing",
        subject="Rechnung für Bestellung {order} fehlt",
        body=(
            "für meine Bestellung {order} habe ich keine Rechnung bekommen. Ich brauche sie "
            "für meinen Arbeitgeber (Homeoffice-Ausstattung). Können Sie mir eine Rechnung "
            "mit Firmenanschrift ausstellen?"
        ),
        short="Brauche für Bestellung {order} eine Rechnung mit Firmenanschrift. Geht das?",
        followup="Rechnung ist angekommen, danke!",
        reply=(
            "die Rechnung können Sie im Kundenkonto unter Bestellungen › {order} als PDF "
            "herunterladen. Eine Firmenanschrift trage ich Ihnen gerne nach – schicken Sie "
            "mir einfach die vollständige Adresse."
        ),
    ),
    Concern(
        topic="installation",
        subject="Klangwerk-App findet die Kopfhörer nicht",
        body=(
            "die Klangwerk-App auf meinem Android-Handy findet die {product} nicht, obwohl "
            "sie per Bluetooth verbunden sind und Musik abspielen. Standortfreigabe ist an."
        ),
        short="Klangwerk-App findet meine {product} nicht, obwohl Bluetooth verbunden ist.",
        followup="Mit der Berechtigung „Geräte in der Nähe“ klappt es. Danke!",
        reply=(
            "seit Android 12 braucht die App zusätzlich die Berechtigung „Geräte in der "
            "Nähe“. Bitte erteilen Sie sie unter Einstellungen › Apps › Klangwerk › "
            "Berechtigungen und starten Sie die App neu."
        ),
    ),
)

HEADPHONES_CONCERNS_EN = (
    Concern(
        topic="bluetooth",
        subject="{product} keep disconnecting from my phone",
        body=(
            "my {product} drop the connection to my phone every few minutes, especially "
            "outdoors. I already reset them twice. The phone is an iPhone 15, fully updated."
        ),
        short="My {product} keep dropping the Bluetooth connection every few minutes. Any fix?",
        followup="Turning off the auto-switch helped, thanks!",
        reply=(
            "thanks for the details. On iPhones the automatic device switching sometimes "
            "fights with our Multipoint feature. Please turn off Multipoint in the Klangwerk "
            "app under Connection, then pair the {product} again from scratch."
        ),
    ),
    Concern(
        topic="bluetooth",
        subject="Microphone sounds muffled in calls",
        body=(
            "people on my Teams calls say I sound muffled when I use my {product}. The "
            "music quality is great, it's only the microphone. Is there a setting I'm "
            "missing?"
        ),
        short="People say my mic sounds muffled on calls with the {product}. Setting I'm missing?",
        followup="Switching the output device fixed it. Much appreciated.",
        reply=(
            "that usually happens when the computer uses the hands-free profile for both "
            "directions. In Teams, select the {product} as microphone and the 'Stereo' "
            "entry as speaker. Also check that the mic openings are not covered by hair."
        ),
    ),
    Concern(
        topic="headphones",
        subject="Right earbud won't charge",
        body=(
            "the right earbud of my {product} doesn't charge anymore. The case light "
            "shows it's charging, but it's always at 0% when I take it out. Bought them "
            "in {month}."
        ),
        short="Right earbud of my {product} stays at 0% even in the charging case. Help?",
        followup="Cleaning didn't help, so I'd like the replacement please.",
        reply=(
            "please clean the charging contacts of the earbud and the case with a dry "
            "cotton swab. If it still doesn't charge, we'll send a replacement under "
            "warranty; I only need the order number {order} confirmed."
        ),
    ),
    Concern(
        topic="headphones",
        subject="Headband cracked after {count} months",
        body=(
            "the headband of my {product} cracked near the hinge after only {count} "
            "months of normal use. I've never dropped them. Is this covered by warranty?"
        ),
        short="Headband of my {product} cracked after {count} months. Covered by warranty?",
        followup="Great, I've received the shipping label.",
        reply=(
            "I'm sorry to hear that. A cracked headband under normal use is definitely a "
            "warranty case. I've sent you a prepaid shipping label; you'll get a new pair "
            "within about ten days of us receiving the old one."
        ),
    ),
    Concern(
        topic="firmware",
        subject="Update {version} broke the touch controls",
        body=(
            "since installing firmware {version} the touch controls on my {product} "
            "barely react. Double tap to skip works maybe one time in five."
        ),
        short="Since firmware {version} the touch controls on my {product} barely react.",
        followup="Recalibration worked, touch is responsive again.",
        reply=(
            "version {version} changed the touch sensitivity defaults. In the app, go to "
            "Controls and run 'Recalibrate touch'. If that doesn't help, a fix is part of "
            "the next update, due in a couple of weeks."
        ),
    ),
    Concern(
        topic="firmware",
        subject="Can't update firmware on my {product}",
        body=(
            "the Klangwerk app keeps telling me an update is available for my {product}, "
            "but the download fails every time with 'error 12'. I've tried Wi-Fi and "
            "mobile data."
        ),
        short="App says update available for {product} but fails with 'error 12' every time.",
        followup="Worked after reinstalling the app. Thanks.",
        reply=(
            "error 12 means the app's cache is corrupted. Please uninstall the Klangwerk "
            "app, reinstall it, and start the update with the {product} in the charging "
            "case and at least 50% battery."
        ),
    ),
    Concern(
        topic="returns",
        subject="Return for order {order}",
        body=(
            "I'd like to return the {product} from order {order}. The sound is fine, but "
            "they are too tight for me after an hour. They arrived last week."
        ),
        short="Want to return the {product} from order {order}, too tight for me. How?",
        followup="Label printed, parcel goes out tomorrow.",
        reply=(
            "of course. You can create a return label in your account under Orders › "
            "{order} › Return. We refund {amount} € within five working days of receiving "
            "the parcel."
        ),
    ),
    Concern(
        topic="returns",
        subject="Wrong colour delivered",
        body=(
            "I ordered the {product} in black (order {order}) but received white ones. "
            "They're a gift for next week, so I need the right ones soon."
        ),
        short="Ordered black {product} (order {order}), got white. Gift for next week!",
        followup="Replacement arrived in time, thank you so much.",
        reply=(
            "sorry about the mix-up! I've sent the black {product} by express today. "
            "Please keep the white pair until the new one arrives, then send it back with "
            "the prepaid label in the parcel."
        ),
    ),
    Concern(
        topic="billing",
        subject="Charged twice for order {order}",
        body=(
            "my credit card was charged twice for order {order}, {amount} € each time. "
            "I only placed one order. Please refund the duplicate charge."
        ),
        short="Charged twice ({amount} € each) for order {order}. Please refund one.",
        followup="I can see the refund now. Thanks for sorting it out.",
        reply=(
            "I checked your order: the second charge is only a reservation that your bank "
            "shows as pending. It is released automatically within seven days; if it is "
            "still there after that, I'll refund it straight away."
        ),
    ),
)

HEADPHONES_MENTIONS = {
    "de": (
        "Suche gute Noise-Cancelling-Kopfhörer für die tägliche Bahnfahrt, Budget so 200 €. "
        "Hat jemand Erfahrungen?",
        "Meine alten In-Ears sind hinüber. Welche kabellosen halten beim Joggen wirklich im Ohr?",
        "Kopfhörer fürs Homeoffice gesucht: Mikro muss gut sein, Kollegen beschweren sich "
        "schon über mein Headset.",
        "Lohnen sich teure Bluetooth-Kopfhörer überhaupt, oder hört man den Unterschied eh nicht?",
    ),
    "en": (
        "Looking for noise cancelling headphones for a long-haul flight next month. "
        "Recommendations?",
        "Any runners here? Need earbuds that don't fall out at kilometre 5.",
        "My kid destroyed another pair of headphones. Anything sturdy that still sounds decent?",
        "Do wireless earbuds work well enough for video calls or should I stick to a headset?",
    ),
}

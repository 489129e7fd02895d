"""Customer concerns for the accounting-software vendor (German).

Placeholders: {product} {amount} {invoice} {order} {version} {month} {count} {year}.
``short`` must stay well below 200 characters: it becomes a tweet, a chat line or a
callback note.
"""

from __future__ import annotations

from hub.demo.concern import Concern

ACCOUNTING_CONCERNS_DE = (
    Concern(
        topic="billing",
        subject="Rechnung {invoice} doppelt abgebucht",
        body=(
            "für meine Lizenz von {product} wurde die Rechnung {invoice} über {amount} € "
            "zweimal von meinem Konto abgebucht (am 3. und am 5. {month}). Bitte erstatten "
            "Sie mir den doppelten Betrag und bestätigen Sie kurz, dass mein Abo trotzdem "
            "weiterläuft."
        ),
        short=(
            "Rechnung {invoice} wurde doppelt abgebucht ({amount} €). Wie bekomme ich das Geld "
            "zurück?"
        ),
        followup=(
            "Danke für die schnelle Antwort. Auf meinem Kontoauszug sehe ich die Rückbuchung "
            "noch nicht. Wie lange dauert das normalerweise?"
        ),
        reply=(
            "vielen Dank für Ihre Nachricht. Ich habe mir die Buchungen angesehen: Die zweite "
            "Abbuchung war ein Fehler beim Zahlungsdienstleister. Die Erstattung über {amount} € "
            "ist veranlasst und sollte in drei bis fünf Werktagen auf Ihrem Konto sein. Ihr "
            "Abo läuft ganz normal weiter."
        ),
    ),
    Concern(
        topic="billing",
        subject="Kündigung zum Jahresende – Bestätigung fehlt",
        body=(
            "ich habe mein Abo für {product} bereits im {month} schriftlich zum Jahresende "
            "gekündigt, aber bis heute keine Bestätigung erhalten. Kundennummer steht auf "
            "Rechnung {invoice}. Können Sie die Kündigung bitte bestätigen?"
        ),
        short=(
            "Kündigung von {product} vor Wochen geschickt, keine Bestätigung bekommen. Ist die "
            "angekommen?"
        ),
        followup=(
            "Die Bestätigung ist jetzt da, danke. Kann ich meine Daten nach dem Ende noch "
            "exportieren?"
        ),
        reply=(
            "Ihre Kündigung liegt uns vor und ist zum 31.12. vorgemerkt; die Bestätigung "
            "habe ich Ihnen eben noch einmal per E-Mail geschickt. Bis dahin können Sie "
            "{product} uneingeschränkt weiter nutzen."
        ),
    ),
    Concern(
        topic="billing",
        subject="Preiserhöhung ohne Ankündigung?",
        body=(
            "auf der letzten Rechnung ({invoice}) stehen plötzlich {amount} € statt des "
            "bisherigen Preises. Eine Ankündigung habe ich nicht bekommen. Gilt für "
            "Bestandskunden nicht eine Frist?"
        ),
        short="Warum kostet {product} plötzlich {amount} €? Eine Ankündigung gab es nicht.",
        followup="Gibt es denn einen Rabatt, wenn ich auf jährliche Zahlung umstelle?",
        reply=(
            "die Preisanpassung wurde im {month} per E-Mail angekündigt; ich verstehe aber, "
            "dass die Nachricht leicht untergeht. Als Bestandskunde können Sie innerhalb von "
            "vier Wochen nach der Anpassung außerordentlich kündigen, oder auf jährliche "
            "Zahlung wechseln, dann sparen Sie etwa 15 %."
        ),
    ),
    Concern(
        topic="billing",
        subject="Rechnungsadresse ändern",
        body=(
            "wir sind umgezogen. Wie kann ich die Rechnungsadresse für {product} ändern? "
            "Die nächste Rechnung soll bitte schon an die neue Adresse gehen, sonst gibt "
            "es Ärger mit unserem Steuerberater."
        ),
        short="Wie ändere ich die Rechnungsadresse in {product}? Wir sind umgezogen.",
        followup="Hat geklappt, vielen Dank!",
        reply=(
            "die Rechnungsadresse ändern Sie unter Konto › Vertragsdaten › Rechnungsanschrift. "
            "Änderungen gelten ab der nächsten Rechnung. Wenn die Rechnung {invoice} "
            "korrigiert werden soll, schreiben Sie kurz, dann lasse ich sie neu ausstellen."
        ),
    ),
    Concern(
        topic="bookkeeping",
        subject="Kontenrahmen SKR03 auf SKR04 umstellen",
        body=(
            "mein neuer Steuerberater arbeitet mit SKR04, ich habe bisher in {product} mit "
            "SKR03 gebucht. Kann ich mitten im Jahr umstellen, ohne dass die bisherigen "
            "{count} Buchungen durcheinandergeraten?"
        ),
        short="Kann ich in {product} mitten im Jahr von SKR03 auf SKR04 umstellen?",
        followup=(
            "Und was passiert mit meinen eigenen Konten, die ich angelegt habe? Werden die "
            "mit umgeschlüsselt?"
        ),
        reply=(
            "eine Umstellung mitten im Jahr ist möglich, ich empfehle sie aber zum "
            "Jahreswechsel. Legen Sie vorher eine Datensicherung an und nutzen Sie dann "
            "Extras › Kontenrahmen wechseln. Standardkonten werden automatisch zugeordnet, "
            "eigene Konten zeigt der Assistent zur manuellen Zuordnung an."
        ),
    ),
    Concern(
        topic="bookkeeping",
        subject="Bankabgleich findet keine Buchungen mehr",
        body=(
            "seit dem Update auf Version {version} ordnet der automatische Bankabgleich "
            "keine Umsätze mehr zu. Es hängen jetzt {count} offene Posten in der Liste, "
            "vorher lief das tadellos. Die Bankverbindung selbst funktioniert."
        ),
        short=(
            "Seit Update {version} ordnet der Bankabgleich nichts mehr zu, {count} offene Posten."
        ),
        followup=(
            "Regeln neu einlesen hat geholfen, aber die Umsätze von letzter Woche sind "
            "jetzt doppelt da. Was nun?"
        ),
        reply=(
            "das ist ein bekanntes Problem mit Version {version}: Die Zuordnungsregeln "
            "werden beim Update nicht übernommen. Unter Bank › Regeln › Regeln neu einlesen "
            "holen Sie sie zurück. Doppelte Umsätze können Sie danach in der Liste markieren "
            "und mit Entf löschen, die Buchungen bleiben unberührt."
        ),
    ),
    Concern(
        topic="bookkeeping",
        subject="Jahresabschluss: Eröffnungsbilanz stimmt nicht",
        body=(
            "beim Jahreswechsel auf {year} hat {product} die Saldenvorträge übernommen, "
            "aber die Eröffnungsbilanz weicht um {amount} € von der Schlussbilanz ab. Ich "
            "finde den Fehler nicht. Gibt es eine Prüfroutine?"
        ),
        short=(
            "Eröffnungsbilanz {year} weicht um {amount} € von der Schlussbilanz ab – woran kann "
            "das liegen?"
        ),
        followup=(
            "Gefunden: eine Buchung mit Datum 31.12. wurde nach dem Vortrag erfasst. Muss "
            "ich den Vortrag jetzt neu ausführen?"
        ),
        reply=(
            "meistens steckt eine Buchung dahinter, die nach dem Saldenvortrag noch im alten "
            "Jahr erfasst wurde. Unter Auswertungen › Abstimmung › Vortragskontrolle sehen Sie "
            "die Differenz je Konto. Den Vortrag können Sie danach gefahrlos erneut ausführen, "
            "er überschreibt nur die Vortragswerte."
        ),
    ),
    Concern(
        topic="bookkeeping",
        subject="Belege per App hochladen – Fotos unscharf",
        body=(
            "die Belegfotos aus der Handy-App landen in {product} nur noch als unscharfe "
            "Vorschau, der Text wird nicht erkannt. Ich habe diese Woche schon {count} "
            "Belege von Hand abgetippt. Liegt das an meinem Handy?"
        ),
        short=(
            "Belegfotos aus der App sind in {product} unscharf, Texterkennung klappt nicht. Tipps?"
        ),
        followup="Mit der Einstellung klappt es wieder. Danke für den Tipp!",
        reply=(
            "in der App gibt es unter Einstellungen › Belege die Option „Bildqualität“. Nach "
            "dem letzten App-Update steht sie bei manchen Geräten auf „Datensparend“. Stellen "
            "Sie sie auf „Original“, dann klappt auch die Texterkennung wieder."
        ),
    ),
    Concern(
        topic="vat",
        subject="Umsatzsteuer-Voranmeldung: ELSTER-Übertragung abgelehnt",
        body=(
            "die Übertragung der Voranmeldung für {month} an ELSTER wird mit dem Fehler "
            "„Zertifikat ungültig“ abgelehnt. Das Zertifikat ist aber bis {year} gültig. "
            "Die Frist läuft am 10. ab – bitte dringend um Hilfe."
        ),
        short="ELSTER lehnt die UStVA für {month} ab: „Zertifikat ungültig“. Frist läuft bald ab!",
        followup=(
            "Das Zertifikat ist jetzt neu eingebunden und die Übertragung hat geklappt. "
            "Muss ich das nach jedem Update wiederholen?"
        ),
        reply=(
            "der Fehler kommt meist daher, dass nach dem Update der Pfad zur .pfx-Datei nicht "
            "mehr stimmt. Binden Sie das Zertifikat unter Einstellungen › ELSTER › Zertifikat "
            "neu ein. Zur Sicherheit: Die Frist gilt als gewahrt, wenn Sie heute übertragen."
        ),
    ),
    Concern(
        topic="vat",
        subject="Reverse-Charge bei Rechnung aus Österreich",
        body=(
            "ich habe eine Rechnung über {amount} € von einem Dienstleister aus Österreich "
            "ohne Umsatzsteuer bekommen (Reverse-Charge). Welchen Steuerschlüssel nehme ich "
            "in {product}, damit das in der Voranmeldung richtig landet?"
        ),
        short=(
            "Welcher Steuerschlüssel in {product} für eine Reverse-Charge-Rechnung aus Österreich?"
        ),
        followup=("Danke! Und wenn der Dienstleister aus der Schweiz kommt, gilt dann dasselbe?"),
        reply=(
            "für sonstige Leistungen aus dem EU-Ausland nach § 13b UStG nehmen Sie den "
            "Schlüssel 94 (19 % Vorsteuer und Umsatzsteuer). {product} bucht dann beide "
            "Seiten, und die Beträge erscheinen in den Kennzahlen 46/47 der Voranmeldung. "
            "Bitte stimmen Sie Einzelfälle aber mit Ihrem Steuerberater ab."
        ),
    ),
    Concern(
        topic="vat",
        subject="Kleinunternehmerregelung – Steuer wird trotzdem ausgewiesen",
        body=(
            "ich bin Kleinunternehmerin nach § 19 UStG, trotzdem weist {product} auf meinen "
            "Ausgangsrechnungen 19 % Umsatzsteuer aus. Wo stelle ich das um? Die letzten "
            "{count} Rechnungen muss ich wohl korrigieren."
        ),
        short="{product} weist trotz Kleinunternehmerregelung 19 % USt aus. Wo stellt man das um?",
        followup="Gefunden, danke. Kann ich die alten Rechnungen automatisch stornieren?",
        reply=(
            "die Einstellung finden Sie unter Firma › Steuern › Besteuerungsart. Wählen Sie "
            "„Kleinunternehmer (§ 19 UStG)“, dann erscheint auch der Pflichthinweis auf der "
            "Rechnung. Bereits verschickte Rechnungen korrigieren Sie über Storno und "
            "Neuausstellung, das geht auch für mehrere Rechnungen auf einmal."
        ),
    ),
    Concern(
        topic="payroll",
        subject="Lohnabrechnung {month}: falscher Beitragssatz Krankenkasse",
        body=(
            "in der Lohnabrechnung für {month} rechnet das Lohnmodul bei zwei Mitarbeiterinnen "
            "noch mit dem alten Zusatzbeitrag der Krankenkasse. Die Differenz liegt bei rund "
            "{amount} €. Werden die Beitragssätze nicht automatisch aktualisiert?"
        ),
        short="Lohnmodul nutzt im {month} noch den alten KK-Zusatzbeitrag. Kommt ein Update?",
        followup=(
            "Nach dem Update stimmen die Sätze. Muss ich die Abrechnung für {month} jetzt "
            "neu erstellen oder reicht eine Korrektur im Folgemonat?"
        ),
        reply=(
            "die Beitragssätze kommen mit dem monatlichen Stammdaten-Update. Bitte prüfen Sie "
            "unter Hilfe › Nach Updates suchen, ob das Update für {month} installiert ist. "
            "Danach können Sie die Abrechnung zurücksetzen und neu rechnen; die Meldungen an "
            "die Krankenkasse werden dann automatisch korrigiert."
        ),
    ),
    Concern(
        topic="payroll",
        subject="Minijobber wechselt in Teilzeit – was ist zu tun?",
        body=(
            "unsere Aushilfe wechselt zum 1. {month} vom Minijob in eine Teilzeitstelle. "
            "Muss ich im Lohnmodul einen neuen Mitarbeiter anlegen oder kann ich den "
            "bestehenden Datensatz umstellen?"
        ),
        short="Minijob wird zu Teilzeit: neuen Mitarbeiter im Lohnmodul anlegen oder umstellen?",
        followup="Super erklärt, vielen Dank!",
        reply=(
            "Sie können den bestehenden Datensatz weiterverwenden. Legen Sie unter Mitarbeiter "
            "› Beschäftigung einen neuen Zeitraum ab dem 1. {month} an und wählen Sie die "
            "neue Personengruppe. Das Programm erstellt die Abmeldung bei der Minijob-Zentrale "
            "und die Anmeldung bei der Krankenkasse automatisch."
        ),
    ),
    Concern(
        topic="payroll",
        subject="Lohnsteuerbescheinigung lässt sich nicht übermitteln",
        body=(
            "beim Versuch, die Lohnsteuerbescheinigungen für {year} zu übermitteln, bricht "
            "das Lohnmodul mit „Fehler 610301202“ ab. Betroffen sind {count} Mitarbeiter. "
            "Die Frist ist Ende Februar."
        ),
        short="Lohnsteuerbescheinigungen {year}: Übermittlung bricht mit Fehler 610301202 ab.",
        followup="Steuer-ID korrigiert, jetzt geht es durch. Danke!",
        reply=(
            "der Fehler 610301202 bedeutet, dass bei mindestens einem Mitarbeiter die "
            "Steuer-ID fehlt oder ungültig ist. Unter Auswertungen › Prüfliste Stammdaten "
            "sehen Sie, welcher Datensatz betroffen ist. Nach der Korrektur können Sie alle "
            "Bescheinigungen in einem Rutsch erneut senden."
        ),
    ),
    Concern(
        topic="installation",
        subject="Installation bricht bei 87 % ab",
        body=(
            "die Installation von {product} (Version {version}) bricht auf meinem neuen "
            "Rechner mit Windows 11 immer bei 87 % ab, ohne Fehlermeldung. Virenscanner habe "
            "ich schon deaktiviert."
        ),
        short="Installation von {product} {version} bricht bei 87 % ab, keine Fehlermeldung.",
        followup=(
            "Mit dem Offline-Installer hat es geklappt. Wie bekomme ich jetzt meine Daten "
            "vom alten Rechner rüber?"
        ),
        reply=(
            "bei 87 % wird die Datenbank-Komponente eingerichtet; auf neuen Rechnern fehlt "
            "dafür oft die Visual-C++-Laufzeit. Laden Sie bitte den Offline-Installer aus "
            "Ihrem Kundenkonto, der bringt alles mit. Ihre Daten übertragen Sie danach über "
            "Datei › Datensicherung › Wiederherstellen."
        ),
    ),
    Concern(
        topic="installation",
        subject="Umzug auf neuen Rechner – Lizenz wird nicht erkannt",
        body=(
            "ich habe {product} auf einen neuen Rechner umgezogen. Jetzt heißt es, die "
            "Lizenz sei bereits auf {count} Geräten aktiviert. Den alten Rechner gibt es "
            "nicht mehr. Wie kann ich die Aktivierung freigeben?"
        ),
        short="Neuer PC: {product} sagt, Lizenz schon auf {count} Geräten aktiv. Alter PC ist weg.",
        followup="Freigabe hat funktioniert, alles läuft. Danke!",
        reply=(
            "alte Aktivierungen können Sie selbst in Ihrem Kundenkonto unter Lizenzen › Geräte "
            "verwalten freigeben. Falls das Gerät dort nicht mehr auftaucht, gebe ich es "
            "gerne für Sie frei – bestätigen Sie mir dafür bitte kurz die Rechnungsnummer."
        ),
    ),
    Concern(
        topic="installation",
        subject="Mehrplatzbetrieb: Datenbank im Netzwerk nicht gefunden",
        body=(
            "wir wollen {product} im Büro an {count} Arbeitsplätzen nutzen. Auf dem zweiten "
            "PC findet das Programm die Datenbank auf dem NAS nicht, obwohl das Laufwerk "
            "verbunden ist. Was muss ich freigeben?"
        ),
        short="Mehrplatz mit {product}: zweiter PC findet die Datenbank auf dem NAS nicht.",
        followup="Port freigegeben, jetzt klappt es auf allen Plätzen.",
        reply=(
            "für den Mehrplatzbetrieb muss auf dem Rechner mit der Datenbank der Dienst "
            "„Buchhalter DB“ laufen, und in der Firewall muss Port 5433 freigegeben sein. "
            "Ein Netzlaufwerk allein reicht leider nicht. Die Schritte stehen auch im "
            "Handbuch, Kapitel Netzwerkinstallation."
        ),
    ),
    Concern(
        topic="installation",
        subject="Update auf Version {version} hängt beim Start",
        body=(
            "nach dem Update auf {version} startet {product} nicht mehr, der Ladebalken "
            "bleibt stehen. Ich muss heute noch Rechnungen schreiben. Kann ich zur "
            "Vorversion zurück?"
        ),
        short="Nach Update auf {version} startet {product} nicht mehr. Zurück zur Vorversion?",
        followup="Hat geklappt, danke – vor allem für die schnelle Antwort!",
        reply=(
            "starten Sie {product} bitte einmal mit gedrückter Umschalttaste, dann öffnet "
            "sich der Reparaturmodus. Dort „Programmcache leeren“ wählen. Falls das nicht "
            "hilft, finden Sie die Vorversion in Ihrem Kundenkonto unter Downloads; Ihre "
            "Daten bleiben dabei erhalten."
        ),
    ),
)

ACCOUNTING_MENTIONS_DE = (
    "Welche Buchhaltungssoftware nutzt ihr als Freelancer? Meine Excel-Tabellen reichen "
    "einfach nicht mehr, und die Steuerberaterin stöhnt schon.",
    "Gründe gerade meine kleine Schreinerei. Kann mir jemand eine Buchhaltungssoftware "
    "empfehlen, die ELSTER kann und nicht 50 € im Monat kostet?",
    "Jedes Quartal dasselbe Drama mit der Umsatzsteuer-Voranmeldung. Gibt es Programme, "
    "die das halbwegs automatisch machen?",
    "Wir haben drei Minijobber und machen die Lohnabrechnung noch von Hand. Lohnt sich "
    "dafür schon eine Software?",
)

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppLock</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Hide all cases until you enter your password</source>
        <translation>Alle Fälle ausblenden, bis Sie Ihr Passwort eingeben</translation>
    </message>
    <message>
        <source>That is not your password.</source>
        <translation>Das ist nicht Ihr Passwort.</translation>
    </message>
    <message>
        <source>Your password cannot be checked offline on this computer yet. Connect to the internet and try again.</source>
        <translation>Ihr Passwort kann auf diesem Computer noch nicht offline geprüft werden. Verbinden Sie sich mit dem Internet und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ApproachPanel</name>
    <message>
        <source>This person did not ask the company for help. Write only if you can really help with what they wrote.</source>
        <translation>Diese Person hat das Unternehmen nicht um Hilfe gebeten. Schreiben Sie nur, wenn Sie bei dem, was sie geschrieben hat, wirklich helfen können.</translation>
    </message>
    <message>
        <source>Say who you are and on whose behalf you write.</source>
        <translation>Sagen Sie, wer Sie sind und in wessen Auftrag Sie schreiben.</translation>
    </message>
    <message>
        <source>Be brief and friendly: no sales pitch, no links they did not ask for.</source>
        <translation>Fassen Sie sich kurz und freundlich: keine Verkaufsgespräche, keine ungefragten Links.</translation>
    </message>
    <message>
        <source>If they do not want contact, leave them alone and never write to them again uninvited.</source>
        <translation>Wenn die Person keinen Kontakt möchte, lassen Sie sie in Ruhe und schreiben Sie ihr nie wieder ungefragt.</translation>
    </message>
    <message>
        <source>Never mention anything about them you found elsewhere.</source>
        <translation>Erwähnen Sie nie etwas über die Person, das Sie anderswo gefunden haben.</translation>
    </message>
    <message>
        <source>An active dialogue: decide first whether to approach</source>
        <translation>Aktiver Dialog: Entscheiden Sie zuerst, ob Sie die Person ansprechen</translation>
    </message>
    <message>
        <source>&amp;Approach this person</source>
        <translation>Diese Person an&amp;sprechen</translation>
    </message>
    <message>
        <source>Open the composer for a first, tactful message</source>
        <translation>Den Editor für eine erste, taktvolle Nachricht öffnen</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Do not contact this person; the case leaves your inbox and stays on offer to others</source>
        <translation>Diese Person nicht kontaktieren; der Fall verschwindet aus Ihrem Posteingang und bleibt für andere im Angebot</translation>
    </message>
    <message>
        <source>Do not contact this person; the case is closed without a message</source>
        <translation type="vanished">Diese Person nicht kontaktieren; der Fall wird ohne Nachricht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Save the selected attachment to a file. Attachments are never opened automatically.</source>
        <translation>Den ausgewählten Anhang in einer Datei speichern. Anhänge werden nie automatisch geöffnet.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen …</translation>
    </message>
    <message>
        <source>The attachment could not be downloaded. Check the connection and try again.</source>
        <translation>Der Anhang konnte nicht heruntergeladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}. It was not opened.</source>
        <translation>Gespeichert als {path}. Sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>The attachment is larger than the limit your hub allows.</source>
        <translation>Der Anhang ist größer, als Ihr Hub erlaubt.</translation>
    </message>
    <message>
        <source>This attachment is a program or script. It cannot be saved, to protect this computer.</source>
        <translation>Dieser Anhang ist ein Programm oder Skript. Zum Schutz dieses Computers kann er nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The attachment&apos;s content does not match its name or type, so it may be disguised. It cannot be saved.</source>
        <translation>Der Inhalt des Anhangs passt nicht zu seinem Namen oder Typ; er könnte getarnt sein. Er kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The attachment&apos;s type cannot be recognized, so it cannot be saved.</source>
        <translation>Der Typ des Anhangs ist nicht erkennbar, daher kann er nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>AutostartSync</name>
    <message>
        <source>The start at login could not be set up: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht eingerichtet werden: %1</translation>
    </message>
</context>
<context>
    <name>CallLogForm</name>
    <message>
        <source>How did the call go?</source>
        <translation>Wie ist das Gespräch verlaufen?</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>Call &amp;notes:</source>
        <translation type="vanished">Gesprächs&amp;notizen:</translation>
    </message>
    <message>
        <source>Call not&amp;es:</source>
        <translation>Gesprächs&amp;notizen:</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>Sek.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed, what happens next</source>
        <translation>Was besprochen wurde, was vereinbart ist, wie es weitergeht</translation>
    </message>
    <message>
        <source>Stop call timer</source>
        <translation>Gesprächsuhr anhalten</translation>
    </message>
    <message>
        <source>Start call timer</source>
        <translation>Gesprächsuhr starten</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>&amp;Next case</source>
        <translation>&amp;Nächster Fall</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>&amp;Vorheriger Fall</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Interne &amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Tags …</translation>
    </message>
    <message>
        <source>Cl&amp;ose case…</source>
        <translation>Fall a&amp;bschließen …</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren …</translation>
    </message>
    <message>
        <source>&amp;Search cases</source>
        <translation>Fälle &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Zurück zur Liste</translation>
    </message>
    <message>
        <source>Take the case; your claim runs 15 minutes</source>
        <translation>Den Fall übernehmen; Ihre Übernahme gilt 15 Minuten</translation>
    </message>
    <message>
        <source>Give the case back to the pool</source>
        <translation>Den Fall an den Pool zurückgeben</translation>
    </message>
    <message>
        <source>Close the case as solved or not solvable</source>
        <translation>Den Fall als gelöst oder nicht lösbar abschließen</translation>
    </message>
    <message>
        <source>Hand the case to the client&apos;s second level and close it</source>
        <translation>Den Fall an den Second Level des Auftraggebers übergeben und abschließen</translation>
    </message>
    <message>
        <source>Add or remove tags</source>
        <translation>Tags hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>Next case in the list</source>
        <translation>Nächster Fall in der Liste</translation>
    </message>
    <message>
        <source>Previous case in the list</source>
        <translation>Vorheriger Fall in der Liste</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Fälle durchsuchen</translation>
    </message>
    <message>
        <source>Back: leave the search or the composer</source>
        <translation>Zurück: Suche oder Editor verlassen</translation>
    </message>
    <message>
        <source>Claim the case</source>
        <translation>Den Fall übernehmen</translation>
    </message>
    <message>
        <source>Release the case</source>
        <translation>Den Fall freigeben</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Eine Antwort schreiben</translation>
    </message>
    <message>
        <source>Write an internal note</source>
        <translation>Eine interne Notiz schreiben</translation>
    </message>
    <message>
        <source>Send the reply or add the note</source>
        <translation>Die Antwort senden oder die Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Den Fall abschließen</translation>
    </message>
    <message>
        <source>Escalate to the client&apos;s second level</source>
        <translation>An den Second Level des Auftraggebers eskalieren</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>Declined: the case is closed and the person is not contacted.</source>
        <translation type="vanished">Abgelehnt: Der Fall ist abgeschlossen, die Person wird nicht kontaktiert.</translation>
    </message>
    <message>
        <source>Declined: the case is gone from your inbox and stays on offer to others.</source>
        <translation>Abgelehnt: Der Fall ist aus Ihrem Posteingang verschwunden und bleibt für andere im Angebot.</translation>
    </message>
    <message>
        <source>Reply queued; it is sent as soon as the hub answers.</source>
        <translation>Antwort im Postausgang; sie wird gesendet, sobald der Hub antwortet.</translation>
    </message>
</context>
<context>
    <name>CaseDialogs</name>
    <message>
        <source>Close case</source>
        <translation>Fall abschließen</translation>
    </message>
    <message>
        <source>How did the case end?</source>
        <translation>Wie ist der Fall ausgegangen?</translation>
    </message>
    <message>
        <source>&amp;Solved</source>
        <translation>&amp;Gelöst</translation>
    </message>
    <message>
        <source>&amp;Not solvable</source>
        <translation>&amp;Nicht lösbar</translation>
    </message>
    <message>
        <source>Escalate case</source>
        <translation>Fall eskalieren</translation>
    </message>
    <message>
        <source>Hand this case to the client&apos;s second level? It is closed for you as escalated.</source>
        <translation>Diesen Fall an den Second Level des Auftraggebers übergeben? Für Sie wird er als eskaliert abgeschlossen.</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalieren</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Current tags: {tags}</source>
        <translation>Aktuelle Tags: {tags}</translation>
    </message>
    <message>
        <source>The case has no tags yet.</source>
        <translation>Der Fall hat noch keine Tags.</translation>
    </message>
    <message>
        <source>billing, -refund</source>
        <translation>rechnung, -erstattung</translation>
    </message>
    <message>
        <source>&amp;Tags to add, separated by commas; a minus removes one:</source>
        <translation>Hinzuzufügende &amp;Tags, durch Kommas getrennt; ein Minus entfernt einen Tag:</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the contact to the clipboard</source>
        <translation>Den Kontakt in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy contact</source>
        <translation>Kontakt kopieren</translation>
    </message>
    <message>
        <source>The callback number is shown once you claim the case.</source>
        <translation>Die Rückrufnummer wird angezeigt, sobald Sie den Fall übernehmen.</translation>
    </message>
    <message>
        <source>Writes in: {language}</source>
        <translation>Schreibt auf: {language}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>{channel} · {client}</source>
        <translation>{channel} · {client}</translation>
    </message>
    <message>
        <source>assigned to you</source>
        <translation>Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>changes not yet sent</source>
        <translation>Änderungen noch nicht gesendet</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <source>Your claim runs until {time}</source>
        <translation>Ihre Übernahme gilt bis {time} Uhr</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <source>Case actions</source>
        <translation>Fallaktionen</translation>
    </message>
</context>
<context>
    <name>CaseTime</name>
    <message>
        <source>Your time: {elapsed}</source>
        <translation>Ihre Zeit: {elapsed}</translation>
    </message>
</context>
<context>
    <name>CloseToTray</name>
    <message>
        <source>Expert Workstation is still running</source>
        <translation>Expert Workstation läuft weiter</translation>
    </message>
    <message>
        <source>It keeps you informed from the system tray. Quit it from the tray menu.</source>
        <translation>Die App informiert Sie weiter über den Infobereich. Beenden Sie sie über das Menü im Infobereich.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>This case is closed.</source>
        <translation>Dieser Fall ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Claim this case to reply to the customer.</source>
        <translation>Übernehmen Sie den Fall, um dem Kunden zu antworten.</translation>
    </message>
    <message>
        <source>This case is not assigned to you.</source>
        <translation>Dieser Fall ist Ihnen nicht zugewiesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>Noch %n Zeichen</numerusform>
            <numerusform>Noch %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many</source>
        <translation>
            <numerusform>%n Zeichen zu viel</numerusform>
            <numerusform>%n Zeichen zu viel</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to fill in: {names}</source>
        <translation>Noch auszufüllen: {names}</translation>
    </message>
    <message>
        <source>Claim the case to add internal notes.</source>
        <translation>Übernehmen Sie den Fall, um interne Notizen hinzuzufügen.</translation>
    </message>
    <message>
        <source>Internal notes are seen by experts and operations only.</source>
        <translation>Interne Notizen sehen nur Experten und das Operations-Team.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>Insert one of the client&apos;s templates, names filled in</source>
        <translation>Eine Vorlage des Auftraggebers einfügen, Namen bereits ausgefüllt</translation>
    </message>
    <message>
        <source>P&amp;ublic reply</source>
        <translation>Öffentlich a&amp;ntworten</translation>
    </message>
    <message>
        <source>Private &amp;message</source>
        <translation>&amp;Private Nachricht</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>C&amp;laim this case</source>
        <translation>Fall &amp;übernehmen</translation>
    </message>
    <message>
        <source>Pri&amp;vate message</source>
        <translation type="vanished">&amp;Private Nachricht</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="vanished">Be&amp;treff:</translation>
    </message>
    <message>
        <source>Write your reply…</source>
        <translation>Ihre Antwort …</translation>
    </message>
    <message>
        <source>A note for yourself and operations; the customer never sees it</source>
        <translation>Eine Notiz für Sie und das Operations-Team; der Kunde sieht sie nie</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Die Antwort senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add the internal note (Ctrl+Enter)</source>
        <translation>Die interne Notiz hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Claim this case</source>
        <translation type="vanished">Fall &amp;übernehmen</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Internal note text</source>
        <translation>Text der internen Notiz</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Forum posts are Markdown: **bold**, *italic*, - lists</source>
        <translation>Forenbeiträge sind Markdown: **fett**, *kursiv*, - Listen</translation>
    </message>
</context>
<context>
    <name>ComposerTexts</name>
    <message>
        <source>The text is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long for this channel.</source>
        <translation>
            <numerusform>%n Zeichen zu lang für diesen Kanal.</numerusform>
            <numerusform>%n Zeichen zu lang für diesen Kanal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The e-mail needs a subject.</source>
        <translation>Die E-Mail braucht einen Betreff.</translation>
    </message>
    <message>
        <source>The subject is too long (at most {limit} characters).</source>
        <translation>Der Betreff ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>Choose whether to reply publicly or in a private message.</source>
        <translation>Wählen Sie, ob Sie öffentlich oder per privater Nachricht antworten.</translation>
    </message>
    <message>
        <source>Decide first whether to approach this person.</source>
        <translation>Entscheiden Sie zuerst, ob Sie diese Person ansprechen.</translation>
    </message>
    <message>
        <source>Choose how the call went.</source>
        <translation>Wählen Sie, wie das Gespräch verlaufen ist.</translation>
    </message>
    <message>
        <source>Enter how long the call took.</source>
        <translation>Geben Sie an, wie lange das Gespräch gedauert hat.</translation>
    </message>
    <message>
        <source>The call notes are too long (at most {limit} characters).</source>
        <translation>Die Gesprächsnotizen sind zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>A tag has 1 to {limit} characters on a single line.</source>
        <translation>Ein Tag hat 1 bis {limit} Zeichen in einer Zeile.</translation>
    </message>
    <message>
        <source>Enter at least one tag.</source>
        <translation>Geben Sie mindestens einen Tag ein.</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>Feedback from the editors: {text}</source>
        <translation>Rückmeldung der Redaktion: {text}</translation>
    </message>
    <message>
        <source>Choose a contribution or start a new one.</source>
        <translation>Wählen Sie einen Beitrag oder beginnen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translation>Honorar: {amount}</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Entwurf gespeichert</translation>
    </message>
    <message>
        <source>A title and a text are needed to submit.</source>
        <translation>Zum Einreichen braucht es einen Titel und einen Text.</translation>
    </message>
    <message>
        <source>New &amp;article</source>
        <translation>Neuer &amp;Artikel</translation>
    </message>
    <message>
        <source>New forum &amp;answer</source>
        <translation>Neue Forums&amp;antwort</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation>Text (Markdown)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>Zur Prüfung &amp;einreichen</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct working time</source>
        <translation>Arbeitszeit korrigieren</translation>
    </message>
    <message>
        <source>Why is the recorded time wrong? Operations see this reason.</source>
        <translation>Warum ist die erfasste Zeit falsch? Das Betriebsteam sieht diese Begründung.</translation>
    </message>
    <message>
        <source>Not corrected so far.</source>
        <translation>Bisher nicht korrigiert.</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <source>Earlier corrections:</source>
        <translation>Frühere Korrekturen:</translation>
    </message>
    <message>
        <source> Before: {start}–{end} ({hours}), {kind}, {location}</source>
        <translation> Vorher: {start}–{end} ({hours}), {kind}, {location}</translation>
    </message>
    <message>
        <source>Version {version}, {moment}: “{reason}”</source>
        <translation>Version {version}, {moment}: „{reason}“</translation>
    </message>
</context>
<context>
    <name>CreditNote</name>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation>Gutschriftsnummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Leistungszeitraum</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Leistungserbringer</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <source>VAT {rate} %</source>
        <translation>Umsatzsteuer {rate} %</translation>
    </message>
    <message>
        <source>No VAT is charged under § 19 UStG (small business).</source>
        <translation>Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmer).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>Settled by credit note (self-billing).</source>
        <translation>Abrechnung im Gutschriftsverfahren.</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Earnings per day</source>
        <translation>Verdienst pro Tag</translation>
    </message>
    <message>
        <source>{day}: {amount} ({count} entries)</source>
        <translation>{day}: {amount} ({count} Buchungen)</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Dispute entry</source>
        <translation>Buchung beanstanden</translation>
    </message>
    <message>
        <source>{description}: {amount}</source>
        <translation>{description}: {amount}</translation>
    </message>
    <message>
        <source>&amp;Why is this entry wrong?</source>
        <translation>&amp;Warum ist diese Buchung falsch?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Beanstanden</translation>
    </message>
</context>
<context>
    <name>Earnings</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Beanstandet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Ohne Kunde</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Window hours</source>
        <translation>Zeitfenster-Stunden</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation>Wissensartikel</translation>
    </message>
    <message>
        <source>Forum answer</source>
        <translation>Forumsantwort</translation>
    </message>
    <message>
        <source>simple</source>
        <translation>einfach</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>complex</source>
        <translation>komplex</translation>
    </message>
</context>
<context>
    <name>EarningsPage</name>
    <message>
        <source>Today so far: {amount}</source>
        <translation>Heute bisher: {amount}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>As of {time}</source>
        <translation>Stand {time}</translation>
    </message>
    <message>
        <source>Export earnings as CSV</source>
        <translation>Verdienst als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>No statement</source>
        <translation>Keine Abrechnung</translation>
    </message>
    <message>
        <source>There is no statement for this period yet. Statements are issued after the end of each month.</source>
        <translation>Für diesen Zeitraum gibt es noch keine Abrechnung. Abrechnungen werden nach jedem Monatsende erstellt.</translation>
    </message>
    <message>
        <source>Save credit note</source>
        <translation>Gutschrift speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <source>By client</source>
        <translation>Nach Kunde</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Nach Art</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the case, contribution or window of the entry</source>
        <translation>Fall, Beitrag oder Zeitfenster der Buchung öffnen</translation>
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation>&amp;Beanstanden…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Credit note (&amp;PDF)…</source>
        <translation>Gutschrift (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>Buchungen</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>{status}, in QA review until {moment}</source>
        <translation>{status}, in QS-Prüfung bis {moment}</translation>
    </message>
    <message>
        <source>The fee can be approved once the QA review has ended.</source>
        <translation>Das Honorar kann nach Ende der QS-Prüfung freigegeben werden.</translation>
    </message>
    <message>
        <source>Reason: {text}</source>
        <translation>Grund: {text}</translation>
    </message>
    <message>
        <source>Disputed: {text}</source>
        <translation>Beanstandet: {text}</translation>
    </message>
    <message>
        <source>Resolution: {text}</source>
        <translation>Klärung: {text}</translation>
    </message>
    <message>
        <source>QA rating: {rating} of 5</source>
        <translation>QS-Bewertung: {rating} von 5</translation>
    </message>
    <message>
        <source>{status} (corrected)</source>
        <translation>{status} (korrigiert)</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Expert Workstation ran into an unexpected problem.</source>
        <translation>In Expert Workstation ist ein unerwartetes Problem aufgetreten.</translation>
    </message>
    <message>
        <source>Your cases are safe and you can keep working. If this keeps happening, restart the app and tell your operations team when it happened.</source>
        <translation>Ihre Fälle sind sicher, und Sie können weiterarbeiten. Wenn das wiederholt passiert, starten Sie die Anwendung neu und teilen Sie Ihrem Betriebsteam mit, wann es passiert ist.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n d</source>
        <translatorcomment>Always used after &quot;in&quot; or &quot;seit&quot;, so dative: &quot;in 3 Tagen&quot;, &quot;seit 1 Tag überfällig&quot;.</translatorcomment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>Answer due now</source>
        <translation>Antwort jetzt fällig</translation>
    </message>
    <message>
        <source>in {duration}</source>
        <translation>in {duration}</translation>
    </message>
    <message>
        <source>Answer due in {duration}</source>
        <translation>Antwort fällig in {duration}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <comment>date and time</comment>
        <translation>{date}, {time} Uhr</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>X/Twitter</source>
        <translation>X/Twitter</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Phone callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Social mention</source>
        <translation>Social-Media-Erwähnung</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Niedrige Priorität</translation>
    </message>
    <message>
        <source>Normal priority</source>
        <translation>Normale Priorität</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Hohe Priorität</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Answer overdue by {clock}</source>
        <translation>Antwort seit {clock} überfällig</translation>
    </message>
    <message>
        <source>Answer due in {clock}</source>
        <translation>Antwort fällig in {clock}</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Not solvable</source>
        <translation>Nicht lösbar</translation>
    </message>
    <message>
        <source>Escalated to second level</source>
        <translation>An den Second Level eskaliert</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Auf die Mailbox gesprochen</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>private message</source>
        <translation>private Nachricht</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} Min. {seconds} Sek.</translation>
    </message>
    <message>
        <source>overdue {duration}</source>
        <translation>überfällig seit {duration}</translation>
    </message>
    <message>
        <source>Answer overdue by {duration}</source>
        <translation>Antwort seit {duration} überfällig</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Shift: {client}</source>
        <translation>Schicht: {client}</translation>
    </message>
    <message>
        <source>Hourly rate: {rate}. Required skills: {skills}. Booked in Expert Workstation.</source>
        <translation>Stundensatz: {rate}. Erforderliche Fähigkeiten: {skills}. Gebucht in Expert Workstation.</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>Nobody used the keyboard or mouse from {start} to {end} ({duration}). How should this time be recorded?</source>
        <translation>Von {start} bis {end} Uhr ({duration}) wurden Tastatur und Maus nicht benutzt. Wie soll diese Zeit erfasst werden?</translation>
    </message>
    <message>
        <source>&amp;Keep as work</source>
        <translation>Als Arbeitszeit &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Book as &amp;break</source>
        <translation>Als &amp;Pause buchen</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>No answer due</source>
        <translation>Keine Antwortfrist</translation>
    </message>
    <message>
        <source>Answer due {when}</source>
        <translation>Antwort fällig am {when}</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
</context>
<context>
    <name>LinkConfirmation</name>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>This link cannot be opened.</source>
        <translation>Dieser Link kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The link leads to the address below. Open it in your browser only if you trust it.</source>
        <translation>Der Link führt zur unten stehenden Adresse. Öffnen Sie ihn nur im Browser, wenn Sie ihr vertrauen.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Expert Workstation is locked</source>
        <translation>Expert Workstation ist gesperrt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Sperrbildschirm</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Wrong user name or password. Please check both and try again.</source>
        <translation>Benutzername oder Passwort ist falsch. Bitte prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Enter the address of your hub, for example https://hub.example.com.</source>
        <translation>Geben Sie die Adresse Ihres Hubs ein, zum Beispiel https://hub.example.com.</translation>
    </message>
    <message>
        <source>The hub address must start with https://.</source>
        <translation>Die Hub-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a hub on this computer, because your password would travel unencrypted. Use an https:// address.</source>
        <translation>Unverschlüsseltes http:// ist nur für einen Hub auf diesem Computer erlaubt, weil Ihr Passwort sonst ungeschützt übertragen würde. Verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows now.</source>
        <translation>Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App gerade anzeigt.</translation>
    </message>
    <message>
        <source>The code was not accepted: it is wrong, expired or was already used. Wait for the next code and try again, or use one of your recovery codes.</source>
        <translation>Der Code wurde nicht angenommen: Er ist falsch, abgelaufen oder wurde schon verwendet. Warten Sie auf den nächsten Code und versuchen Sie es erneut, oder verwenden Sie einen Ihrer Wiederherstellungscodes.</translation>
    </message>
    <message>
        <source>Too many wrong codes. For your protection, codes are refused for the next few minutes; please wait, then try again.</source>
        <translation>Zu viele falsche Codes. Zu Ihrem Schutz werden in den nächsten Minuten keine Codes angenommen; bitte warten Sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your operations team has withdrawn this computer&apos;s access. The data of your account on this computer is being deleted.</source>
        <translation>Ihr Betriebsteam hat diesem Computer den Zugang entzogen. Die Daten Ihres Kontos auf diesem Computer werden gelöscht.</translation>
    </message>
    <message>
        <source>The hub at {url} did not accept the login. Please try again; if this keeps happening, contact your operations team.</source>
        <translation>Der Hub unter {url} hat die Anmeldung nicht angenommen. Bitte versuchen Sie es erneut; wenn das wiederholt passiert, wenden Sie sich an Ihr Betriebsteam.</translation>
    </message>
    <message>
        <source>Log in – Expert Workstation</source>
        <translation>Anmelden – Expert Workstation</translation>
    </message>
    <message>
        <source>Log in to your hub</source>
        <translation>Am Hub anmelden</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Hub-Adresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Authenticator-Code</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code</source>
        <translation>&amp;Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>&amp;Hub-Adresse:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>The server at {url} does not answer like a hub. Check the address.</source>
        <translation>Der Server unter {url} antwortet nicht wie ein Hub. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The secure connection to {url} failed: the hub&apos;s certificate is not valid or not trusted. Check the address; if it is correct, contact your operations team.</source>
        <translation>Die sichere Verbindung zu {url} ist fehlgeschlagen: Das Zertifikat des Hubs ist ungültig oder nicht vertrauenswürdig. Prüfen Sie die Adresse; wenn sie stimmt, wenden Sie sich an Ihr Betriebsteam.</translation>
    </message>
    <message>
        <source>Cannot reach the hub at {url}. Check the address and your internet connection.</source>
        <translation>Der Hub unter {url} ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The hub at {url} has a problem right now. Please try again in a few minutes.</source>
        <translation>Der Hub unter {url} hat gerade ein Problem. Bitte versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Reco&amp;very code:</source>
        <translation>Wieder&amp;herstellungscode:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Use the &amp;authenticator code</source>
        <translation>&amp;Authenticator-Code verwenden</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>Authenticator-&amp;Code:</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>“{typed}” is not a valid hub address. An address looks like https://hub.example.com.</source>
        <translation>„{typed}“ ist keine gültige Hub-Adresse. Eine Adresse sieht so aus: https://hub.example.com.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>Geben Sie den Code ein.</translation>
    </message>
    <message>
        <source>Logging in failed unexpectedly. Please try again.</source>
        <translation>Die Anmeldung ist unerwartet fehlgeschlagen. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Fetch new and changed cases from the hub (F5)</source>
        <translation>Neue und geänderte Fälle vom Hub abrufen (F5)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>The case you were reading is no longer assigned or offered to you.</source>
        <translation>Der Fall, den Sie gelesen haben, ist Ihnen nicht mehr zugewiesen oder angeboten.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>The case is no longer yours, so its draft cannot be opened here. The text is on the clipboard.</source>
        <translation type="vanished">Der Fall gehört nicht mehr Ihnen, deshalb lässt sich sein Entwurf hier nicht öffnen. Der Text liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>There are no drafts of cases that left your inbox.</source>
        <translation>Es gibt keine Entwürfe zu Fällen, die Ihren Posteingang verlassen haben.</translation>
    </message>
    <message>
        <source>Drafts discarded: {discarded}, kept: {kept}.</source>
        <translation>Entwürfe verworfen: {discarded}, behalten: {kept}.</translation>
    </message>
    <message>
        <source>A case you had a draft for left your inbox. The draft is kept: Go ▸ Drafts of cases no longer here.</source>
        <translation>Ein Fall mit Ihrem Entwurf hat Ihren Posteingang verlassen. Der Entwurf bleibt erhalten: Gehe zu ▸ Entwürfe zu Fällen, die nicht mehr hier sind.</translation>
    </message>
    <message>
        <source>The draft is discarded.</source>
        <translation>Der Entwurf ist verworfen.</translation>
    </message>
    <message>
        <source>The held text is now a draft of its case.</source>
        <translation>Der zurückgehaltene Text ist jetzt ein Entwurf seines Falls.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found</source>
        <translation>
            <numerusform>%n Fall gefunden</numerusform>
            <numerusform>%n Fälle gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held – needs your decision</source>
        <translation>
            <numerusform>%n zurückgehalten – bitte entscheiden Sie</numerusform>
            <numerusform>%n zurückgehalten – bitte entscheiden Sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n wartet auf das Senden</numerusform>
            <numerusform>%n warten auf das Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being sent</source>
        <translation>
            <numerusform>%n wird gesendet</numerusform>
            <numerusform>%n werden gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+6</source>
        <translation>Strg+1 … Strg+6</translation>
    </message>
    <message>
        <source>Show a view: all, offers, mine, waiting, due soon, closed</source>
        <translation>Ansicht zeigen: alle, Angebote, meine, wartend, bald fällig, abgeschlossen</translation>
    </message>
    <message>
        <source>Show or hide the outbox</source>
        <translation>Postausgang ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>Diese Übersicht</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move between the panes and controls</source>
        <translation>Zwischen Bereichen und Bedienelementen wechseln</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>{name} – Expert Workstation</source>
        <translation>{name} – Expert Workstation</translation>
    </message>
    <message>
        <source>&amp;Drafts of cases no longer here…</source>
        <translation>&amp;Entwürfe zu Fällen, die nicht mehr hier sind…</translation>
    </message>
    <message>
        <source>Show the outbox (Ctrl+Shift+O)</source>
        <translation>Postausgang zeigen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Verdienst</translation>
    </message>
    <message>
        <source>Editorial</source>
        <translation>Beiträge</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <source>%n new offer(s)</source>
        <translation>
            <numerusform>%n neues Angebot</numerusform>
            <numerusform>%n neue Angebote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer message(s)</source>
        <translation>
            <numerusform>%n neue Kundennachricht</numerusform>
            <numerusform>%n neue Kundennachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) due soon</source>
        <translation>
            <numerusform>%n Antwort bald fällig</numerusform>
            <numerusform>%n Antworten bald fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) about to run out</source>
        <translation>
            <numerusform>%n Übernahme läuft bald ab</numerusform>
            <numerusform>%n Übernahmen laufen bald ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked window(s) starting soon</source>
        <translation>
            <numerusform>%n gebuchtes Zeitfenster beginnt bald</numerusform>
            <numerusform>%n gebuchte Zeitfenster beginnen bald</numerusform>
        </translation>
    </message>
    <message>
        <source>Your booked window has ended</source>
        <translation>Ihr gebuchtes Zeitfenster ist zu Ende</translation>
    </message>
    <message>
        <source>You are not clocked in</source>
        <translation>Sie sind nicht eingestempelt</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>You are still clocked in. Clock out if you are done.</source>
        <translation>Sie sind noch eingestempelt. Stempeln Sie aus, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>You are working on cases. Clock in so that your time counts.</source>
        <translation>Sie bearbeiten Fälle. Stempeln Sie ein, damit Ihre Zeit zählt.</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
</context>
<context>
    <name>OrphanDraftDialog</name>
    <message>
        <source>Draft of a case no longer here</source>
        <translation>Entwurf eines Falls, der nicht mehr hier ist</translation>
    </message>
    <message>
        <source>This case is no longer in your inbox (it was reassigned or removed), so the draft cannot be opened there. Copy its text to use it elsewhere, or discard it. Until you discard it, the draft is kept.</source>
        <translation>Dieser Fall ist nicht mehr in Ihrem Posteingang (er wurde neu zugewiesen oder entfernt), daher lässt sich der Entwurf dort nicht öffnen. Kopieren Sie den Text, um ihn anderweitig zu verwenden, oder verwerfen Sie ihn. Bis Sie ihn verwerfen, bleibt der Entwurf erhalten.</translation>
    </message>
    <message>
        <source>Draft text</source>
        <translation>Entwurfstext</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Entwurf &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep for later</source>
        <translation>Für &amp;später behalten</translation>
    </message>
    <message>
        <source>The text is on the clipboard.</source>
        <translation>Der Text ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Your schedule and working time</source>
        <translation>Ihre Zeitfenster und Arbeitszeit</translation>
    </message>
    <message>
        <source>Case {id} (no longer in your cases)</source>
        <translation>Fall {id} (nicht mehr unter Ihren Fällen)</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
    <message>
        <source>Discard this held item? Its text is not sent and no longer shown.</source>
        <translation>Diesen zurückgehaltenen Eintrag verwerfen? Sein Text wird nicht gesendet und nicht mehr angezeigt.</translation>
    </message>
    <message>
        <source>Discard this held action? It is not sent.</source>
        <translation>Diese zurückgehaltene Aktion verwerfen? Sie wird nicht gesendet.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Send it again as it is? The hub refused it because: {reason}</source>
        <translation>Unverändert erneut senden? Der Hub hat abgelehnt, weil: {reason}</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>The case already has a draft. Replace it with the held text?</source>
        <translation>Der Fall hat schon einen Entwurf. Durch den zurückgehaltenen Text ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace the draft</source>
        <translation>Entwurf &amp;ersetzen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Held text</source>
        <translation>Zurückgehaltener Text</translation>
    </message>
    <message>
        <source>Copy into a new draft</source>
        <translation>In einen neuen Entwurf kopieren</translation>
    </message>
    <message>
        <source>Retry after review…</source>
        <translation>Nach Prüfung erneut senden …</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen …</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Copy into a new &amp;draft</source>
        <translation type="vanished">In einen neuen &amp;Entwurf kopieren</translation>
    </message>
    <message>
        <source>&amp;Retry after review…</source>
        <translation type="vanished">Nach Prüfung erneut &amp;senden …</translation>
    </message>
    <message>
        <source>D&amp;iscard…</source>
        <translation type="vanished">&amp;Verwerfen …</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="vanished">Fall ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Copy te&amp;xt</source>
        <translation type="vanished">Te&amp;xt kopieren</translation>
    </message>
    <message>
        <source>Nothing waiting: everything is sent.</source>
        <translation>Nichts wartet: Alles ist gesendet.</translation>
    </message>
</context>
<context>
    <name>OutboxTexts</name>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Keep claim</source>
        <translation>Übernahme verlängern</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Book window</source>
        <translation>Zeitfenster buchen</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Dispute earnings entry</source>
        <translation>Buchung beanstanden</translation>
    </message>
    <message>
        <source>Submit contribution</source>
        <translation>Beitrag einreichen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>The case is no longer assigned to you: it was reassigned or released, or your claim ran out.</source>
        <translation>Der Fall ist Ihnen nicht mehr zugewiesen: Er wurde neu zugewiesen oder freigegeben, oder Ihre Übernahme ist abgelaufen.</translation>
    </message>
    <message>
        <source>The case was closed in the meantime.</source>
        <translation>Der Fall wurde inzwischen abgeschlossen.</translation>
    </message>
    <message>
        <source>The customer wrote again after you started this reply. Read the new message, then decide.</source>
        <translation>Der Kunde hat erneut geschrieben, nachdem Sie mit dieser Antwort begonnen hatten. Lesen Sie die neue Nachricht und entscheiden Sie dann.</translation>
    </message>
    <message>
        <source>Another expert claimed this case first.</source>
        <translation>Ein anderer Experte hat den Fall zuerst übernommen.</translation>
    </message>
    <message>
        <source>You are not qualified for this case&apos;s channel or topic.</source>
        <translation>Sie sind für Kanal oder Thema dieses Falls nicht qualifiziert.</translation>
    </message>
    <message>
        <source>You declined this case earlier.</source>
        <translation>Sie haben diesen Fall bereits abgelehnt.</translation>
    </message>
    <message>
        <source>The case is yours now: release or close it instead of declining.</source>
        <translation>Der Fall gehört jetzt Ihnen: Geben Sie ihn frei oder schließen Sie ihn, statt ihn abzulehnen.</translation>
    </message>
    <message>
        <source>Only social mentions can be declined.</source>
        <translation>Nur Social-Media-Erwähnungen können abgelehnt werden.</translation>
    </message>
    <message>
        <source>The hub did not accept the content, for example because it is too long.</source>
        <translation>Der Hub hat den Inhalt nicht angenommen, zum Beispiel weil er zu lang ist.</translation>
    </message>
    <message>
        <source>The hub no longer knows this case.</source>
        <translation>Der Hub kennt diesen Fall nicht mehr.</translation>
    </message>
    <message>
        <source>The hub already has this action from another account.</source>
        <translation>Der Hub hat diese Aktion bereits von einem anderen Konto.</translation>
    </message>
    <message>
        <source>The hub does not know this kind of action. Please update Expert Workstation.</source>
        <translation>Der Hub kennt diese Art von Aktion nicht. Bitte aktualisieren Sie Expert Workstation.</translation>
    </message>
    <message>
        <source>The hub refused the request. Please tell your operations team.</source>
        <translation>Der Hub hat die Anfrage abgelehnt. Bitte informieren Sie Ihr Operations-Team.</translation>
    </message>
    <message>
        <source>Written under another account with this user name, so it was not sent.</source>
        <translation>Unter einem anderen Konto mit diesem Benutzernamen geschrieben, daher nicht gesendet.</translation>
    </message>
    <message>
        <source>The shift window is full: no seat is left.</source>
        <translation>Das Zeitfenster ist voll: Es ist kein Platz mehr frei.</translation>
    </message>
    <message>
        <source>It overlaps another shift window you booked or another of your time entries.</source>
        <translation>Es überschneidet sich mit einem anderen von Ihnen gebuchten Zeitfenster oder einem anderen Ihrer Zeiteinträge.</translation>
    </message>
    <message>
        <source>The deadline for booking or cancelling this shift window has passed.</source>
        <translation>Die Frist zum Buchen oder Stornieren dieses Zeitfensters ist abgelaufen.</translation>
    </message>
    <message>
        <source>The shift window requires a skill that your profile lacks.</source>
        <translation>Das Zeitfenster erfordert eine Fähigkeit, die in Ihrem Profil fehlt.</translation>
    </message>
    <message>
        <source>You had not booked this shift window, so there was nothing to cancel.</source>
        <translation>Sie hatten dieses Zeitfenster nicht gebucht, daher gab es nichts zu stornieren.</translation>
    </message>
    <message>
        <source>A correction of recorded working time needs a reason.</source>
        <translation>Eine Korrektur erfasster Arbeitszeit braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Operations already approved this time entry, so it can no longer change.</source>
        <translation>Das Betriebsteam hat diesen Zeiteintrag bereits freigegeben, daher kann er sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>The hub refused it: {message}</source>
        <translation>Der Hub hat abgelehnt: {message}</translation>
    </message>
    <message>
        <source>The hub refused it.</source>
        <translation>Der Hub hat abgelehnt.</translation>
    </message>
    <message>
        <source>Waiting for the connection to the hub.</source>
        <translation>Wartet auf die Verbindung zum Hub.</translation>
    </message>
    <message>
        <source>The hub asked to slow down; trying again soon.</source>
        <translation>Der Hub hat um eine Pause gebeten; gleich folgt ein neuer Versuch.</translation>
    </message>
    <message>
        <source>Waiting until you log in again.</source>
        <translation>Wartet, bis Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>The hub had a problem; trying again soon.</source>
        <translation>Der Hub hatte ein Problem; gleich folgt ein neuer Versuch.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>Personal data in a public reply</source>
        <translation>Personenbezogene Daten in einer öffentlichen Antwort</translation>
    </message>
    <message>
        <source>Everyone can read this reply. It contains personal data:</source>
        <translation>Diese Antwort kann jeder lesen. Sie enthält personenbezogene Daten:</translation>
    </message>
    <message>
        <source>Remove it, or offer to continue in a private message instead.</source>
        <translation>Entfernen Sie sie, oder bieten Sie stattdessen an, per privater Nachricht weiterzuschreiben.</translation>
    </message>
    <message>
        <source>&amp;Edit the reply</source>
        <translation>Antwort &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Send anyway</source>
        <translation>&amp;Trotzdem senden</translation>
    </message>
</context>
<context>
    <name>RateCard</name>
    <message>
        <source>Rates of {client}:</source>
        <translation>Sätze von {client}:</translation>
    </message>
    <message>
        <source>Case, {channel}, {complexity}: {amount}</source>
        <translation>Fall, {channel}, {complexity}: {amount}</translation>
    </message>
    <message>
        <source>{kind}: {amount}</source>
        <translation>{kind}: {amount}</translation>
    </message>
    <message>
        <source>Window hours: the window&apos;s hourly rate</source>
        <translation>Zeitfenster-Stunden: der Stundensatz des Zeitfensters</translation>
    </message>
</context>
<context>
    <name>Realtime</name>
    <message>
        <source>Desktop notifications are not available on this system; new cases appear only in the list.</source>
        <translation>Desktop-Benachrichtigungen sind auf diesem System nicht verfügbar; neue Fälle erscheinen nur in der Liste.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recovered working time</source>
        <translation>Wiederhergestellte Arbeitszeit</translation>
    </message>
    <message>
        <source>Expert Workstation was not closed properly, for example because the battery ran out. Your {kind} from {start} to {end} ({duration}) was recovered; it ends when it was last saved. Please check it before it is sent.</source>
        <translation>Expert Workstation wurde nicht ordnungsgemäß beendet, zum Beispiel weil der Akku leer war. Ihre {kind} von {start} bis {end} Uhr ({duration}) wurde wiederhergestellt; sie endet mit der letzten Speicherung. Bitte prüfen Sie sie, bevor sie gesendet wird.</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>&amp;Endete um:</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>RemoteWipe</name>
    <message>
        <source>Expert Workstation</source>
        <translation>Expert Workstation</translation>
    </message>
    <message>
        <source>Your account has been closed.</source>
        <translation>Ihr Konto wurde geschlossen.</translation>
    </message>
    <message>
        <source>Your operations team has withdrawn this computer&apos;s access.</source>
        <translation>Ihr Betriebsteam hat diesem Computer den Zugang entzogen.</translation>
    </message>
    <message>
        <source>For data protection, the cases, drafts, attachments and sign-in data of your account were deleted from this computer. If you did not expect this, contact your operations team.</source>
        <translation>Zum Schutz der Daten wurden die Fälle, Entwürfe, Anhänge und Anmeldedaten Ihres Kontos von diesem Computer gelöscht. Wenn Sie das nicht erwartet haben, wenden Sie sich an Ihr Betriebsteam.</translation>
    </message>
    <message>
        <source>Some files could not be deleted. Please delete the folder {folder} by hand: {items}</source>
        <translation>Einige Dateien konnten nicht gelöscht werden. Bitte löschen Sie den Ordner {folder} von Hand: {items}</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Export booked windows (.ics)…</source>
        <translation>Gebuchte Zeitfenster exportieren (.ics) …</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Timesheet</source>
        <translation>Stundenzettel</translation>
    </message>
    <message>
        <source>The calendar could not be saved to {path}: {problem}</source>
        <translation>Der Kalender konnte nicht unter {path} gespeichert werden: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n booked window(s) exported to {path}.</source>
        <translation>
            <numerusform>%n gebuchtes Zeitfenster nach {path} exportiert.</numerusform>
            <numerusform>%n gebuchte Zeitfenster nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>KW {number}: {first} – {last}</translation>
    </message>
    <message>
        <source>{weekday} {day}/{month}</source>
        <comment>day column title</comment>
        <translation>{weekday} {day}.{month}.</translation>
    </message>
    <message>
        <source>Export booked windows</source>
        <translation>Gebuchte Zeitfenster exportieren</translation>
    </message>
    <message>
        <source>shifts.ics</source>
        <translation>schichten.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
</context>
<context>
    <name>ScheduleSpace</name>
    <message>
        <source>Schedule</source>
        <translation>Dienstplan</translation>
    </message>
</context>
<context>
    <name>ScheduleTexts</name>
    <message>
        <source>{day}, {start}–{end}</source>
        <translation>{day}, {start}–{end}</translation>
    </message>
    <message>
        <source>language {value}</source>
        <translation>Sprache {value}</translation>
    </message>
    <message>
        <source>channel {value}</source>
        <translation>Kanal {value}</translation>
    </message>
    <message>
        <source>topic {value}</source>
        <translation>Thema {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n of {capacity} seats left</source>
        <translation>
            <numerusform>%n von {capacity} Plätzen frei</numerusform>
            <numerusform>%n von {capacity} Plätzen frei</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message numerus="yes">
        <source>This window is full: all %n seats are booked.</source>
        <translation>
            <numerusform>Dieses Zeitfenster ist voll: Sein einziger Platz ist gebucht.</numerusform>
            <numerusform>Dieses Zeitfenster ist voll: Alle %n Plätze sind gebucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>This window overlaps another window you booked. Cancel that booking first if you would rather work this one.</source>
        <translation>Dieses Zeitfenster überschneidet sich mit einem anderen, das Sie gebucht haben. Stornieren Sie zuerst jene Buchung, wenn Sie lieber dieses Zeitfenster arbeiten möchten.</translation>
    </message>
    <message numerus="yes">
        <source>It is too late to cancel: changes to this window closed on {moment}, %n minutes before it starts. Please contact operations.</source>
        <translation>
            <numerusform>Zum Stornieren ist es zu spät: Änderungen an diesem Zeitfenster waren bis {moment} möglich, %n Minute vor Beginn. Bitte wenden Sie sich an Ihr Betriebsteam.</numerusform>
            <numerusform>Zum Stornieren ist es zu spät: Änderungen an diesem Zeitfenster waren bis {moment} möglich, %n Minuten vor Beginn. Bitte wenden Sie sich an Ihr Betriebsteam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is too late to book: booking closed on {moment}, %n minutes before the window starts.</source>
        <translation>
            <numerusform>Zum Buchen ist es zu spät: Die Buchung war bis {moment} möglich, %n Minute vor Beginn des Zeitfensters.</numerusform>
            <numerusform>Zum Buchen ist es zu spät: Die Buchung war bis {moment} möglich, %n Minuten vor Beginn des Zeitfensters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This window requires {skills}, and your profile lacks at least one of them.</source>
        <translation>Dieses Zeitfenster erfordert {skills}, und Ihrem Profil fehlt mindestens eine dieser Fähigkeiten.</translation>
    </message>
    <message>
        <source>You have not booked this window, so there is nothing to cancel.</source>
        <translation>Sie haben dieses Zeitfenster nicht gebucht, daher gibt es nichts zu stornieren.</translation>
    </message>
    <message>
        <source>Operations withdrew this window.</source>
        <translation>Das Betriebsteam hat dieses Zeitfenster zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search subjects, messages, customers  ( / )</source>
        <translation>Betreffe, Nachrichten, Kunden durchsuchen  ( / )</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Fälle durchsuchen</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>SettingsChoice</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System eingestellt</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Only the number of new cases</source>
        <translation>Nur die Anzahl neuer Fälle</translation>
    </message>
    <message>
        <source>Channel and client</source>
        <translation>Kanal und Auftraggeber</translation>
    </message>
    <message>
        <source>Channel, client and subject</source>
        <translation>Kanal, Auftraggeber und Betreff</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The system tray is unavailable on this desktop, so closing the window quits Expert Workstation.</source>
        <translation>Auf dieser Arbeitsumgebung gibt es keinen Infobereich (System-Tray). Wenn Sie das Fenster schließen, wird Expert Workstation daher beendet.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>SettingsOption</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Color scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Nach dem Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Start automatically when I log in</source>
        <translation>Bei der Anmeldung automatisch starten</translation>
    </message>
    <message>
        <source>Notifications show</source>
        <translation>Benachrichtigungen zeigen</translation>
    </message>
    <message>
        <source>Notifications can appear on a screen that others see. Customer names and contact details are never shown in them, not even within a subject.</source>
        <translation>Benachrichtigungen können auf einem Bildschirm erscheinen, den auch andere sehen. Namen und Kontaktdaten von Kunden werden darin nie angezeigt, auch nicht im Betreff.</translation>
    </message>
    <message>
        <source>Notifications can appear on a screen that others see. Customer names and contact details are never shown in them.</source>
        <translation type="vanished">Benachrichtigungen können auf einem Bildschirm erscheinen, den auch andere sehen. Namen und Kontaktdaten von Kunden werden darin nie angezeigt.</translation>
    </message>
    <message>
        <source>Stay quiet outside my booked windows</source>
        <translation>Außerhalb meiner gebuchten Zeitfenster nicht stören</translation>
    </message>
    <message>
        <source>Play a sound with notifications</source>
        <translation>Bei Benachrichtigungen einen Ton abspielen</translation>
    </message>
    <message>
        <source>Count me as away after</source>
        <translation>Als abwesend gelten nach</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input, your time stops going to the open case, and on your return the app asks how to record the time away.</source>
        <translation>Nach dieser Zeit ohne Tastatur- oder Mauseingabe zählt Ihre Zeit nicht mehr für den geöffneten Fall, und bei Ihrer Rückkehr fragt die App, wie die Abwesenheit erfasst werden soll.</translation>
    </message>
    <message>
        <source>Time recording pauses when the keyboard and mouse have not been used for this long.</source>
        <translation type="vanished">Die Zeiterfassung pausiert, wenn Tastatur und Maus so lange nicht benutzt wurden.</translation>
    </message>
    <message>
        <source>Remind me of breaks and long working days</source>
        <translation>An Pausen und lange Arbeitstage erinnern</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>Arbeitszeit</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>SlaCountdown</name>
    <message>
        <source>No answer due</source>
        <translation>Keine Antwortfrist</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The hub cannot be reached. Showing your saved cases.</source>
        <translation>Der Hub ist nicht erreichbar. Angezeigt werden Ihre gespeicherten Fälle.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The hub has a problem right now; syncing again in a few minutes.</source>
        <translation>Der Hub hat gerade ein Problem; in einigen Minuten wird erneut synchronisiert.</translation>
    </message>
    <message>
        <source>Syncing failed; trying again shortly.</source>
        <translation>Die Synchronisierung ist fehlgeschlagen; gleich folgt ein neuer Versuch.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline – showing saved cases</source>
        <translation>Offline – gespeicherte Fälle werden angezeigt</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>Zuletzt synchronisiert: {time}</translation>
    </message>
    <message>
        <source>Cases: {count}</source>
        <translation>Fälle: {count}</translation>
    </message>
    <message>
        <source>Syncing cases… {received}</source>
        <translation>Fälle werden synchronisiert … {received}</translation>
    </message>
    <message>
        <source>Syncing cases… {received} of {total}</source>
        <translation>Fälle werden synchronisiert … {received} von {total}</translation>
    </message>
    <message>
        <source>Syncing cases…</source>
        <translation>Fälle werden synchronisiert…</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Select a case to read its conversation.</source>
        <translation>Wählen Sie einen Fall aus, um den Gesprächsverlauf zu lesen.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprächsverlauf</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
    <message>
        <source>Call: {outcome}</source>
        <translation>Anruf: {outcome}</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Not sent: held in the outbox until you decide what to do.</source>
        <translation>Nicht gesendet: im Postausgang zurückgehalten, bis Sie entscheiden.</translation>
    </message>
    <message>
        <source>assigned to you</source>
        <translation type="vanished">Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>No answer due</source>
        <translation type="vanished">Keine Antwortfrist</translation>
    </message>
    <message>
        <source>{customer} · {channel} · {client}</source>
        <translation type="vanished">{customer} · {channel} · {client}</translation>
    </message>
</context>
<context>
    <name>TimesheetPanel</name>
    <message>
        <source>Worked</source>
        <translation>Gearbeitet</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Unpaid (outside booked windows)</source>
        <translation>Unbezahlt (außerhalb gebuchter Zeitfenster)</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>&amp;Correct entry…</source>
        <translation>Eintrag &amp;korrigieren …</translation>
    </message>
    <message>
        <source>Export timesheet (CSV)…</source>
        <translation>Stundenzettel exportieren (CSV) …</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Please give a reason for the correction. Operations see it next to the change.</source>
        <translation>Bitte geben Sie eine Begründung für die Korrektur an. Das Betriebsteam sieht sie neben der Änderung.</translation>
    </message>
    <message>
        <source>The entry must end after it starts.</source>
        <translation>Der Eintrag muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Correction saved; it is sent to the hub.</source>
        <translation>Korrektur gespeichert; sie wird an den Hub gesendet.</translation>
    </message>
    <message>
        <source>The timesheet could not be saved to {path}: {problem}</source>
        <translation>Der Stundenzettel konnte nicht unter {path} gespeichert werden: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to {path}.</source>
        <translation>
            <numerusform>%n Eintrag nach {path} exportiert.</numerusform>
            <numerusform>%n Einträge nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operations approved this entry, so it can no longer be changed.</source>
        <translation>Das Betriebsteam hat diesen Eintrag freigegeben, daher kann er nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>This entry was recovered after a crash: confirm it first.</source>
        <translation>Dieser Eintrag wurde nach einem Absturz wiederhergestellt: Bitte bestätigen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>The correction could not be saved.</source>
        <translation>Die Korrektur konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Select an entry to correct first.</source>
        <translation>Wählen Sie zuerst einen Eintrag zum Korrigieren aus.</translation>
    </message>
    <message>
        <source>The hub refused a change of your working time: {reason}</source>
        <translation>Der Hub hat eine Änderung Ihrer Arbeitszeit abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>Export timesheet</source>
        <translation>Stundenzettel exportieren</translation>
    </message>
    <message>
        <source>timesheet.csv</source>
        <translation>stundenzettel.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>TimesheetTexts</name>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Recovered, awaiting your confirmation</source>
        <translation>Wiederhergestellt, wartet auf Ihre Bestätigung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Not yet confirmed by the hub</source>
        <translation>Vom Hub noch nicht bestätigt</translation>
    </message>
    <message>
        <source>Recorded; {hours} outside booked windows (unpaid)</source>
        <translation>Erfasst; {hours} außerhalb gebuchter Zeitfenster (unbezahlt)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unpaid hours</source>
        <translation>Unbezahlte Stunden</translation>
    </message>
    <message>
        <source>Cases (id:seconds)</source>
        <translation>Fälle (ID:Sekunden)</translation>
    </message>
</context>
<context>
    <name>TotpEnrolment</name>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <source>Your hub requires a second factor. Set it up to continue working.</source>
        <translation>Ihr Hub verlangt einen zweiten Faktor. Richten Sie ihn ein, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Protect your account with a code from an authenticator app on your phone.</source>
        <translation>Schützen Sie Ihr Konto mit einem Code aus einer Authenticator-App auf Ihrem Telefon.</translation>
    </message>
    <message>
        <source>Preparing the set-up…</source>
        <translation>Die Einrichtung wird vorbereitet …</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>QR-Code für Ihre Authenticator-App</translation>
    </message>
    <message>
        <source>Secret for manual entry</source>
        <translation>Schlüssel zur manuellen Eingabe</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Code aus der App</translation>
    </message>
    <message>
        <source>1. Scan this QR code with your authenticator app, or type in the key.</source>
        <translation>1. Scannen Sie diesen QR-Code mit Ihrer Authenticator-App oder geben Sie den Schlüssel ein.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>2. Enter the code that the app shows now.</source>
        <translation>2. Geben Sie den Code ein, den die App gerade anzeigt.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Co&amp;py codes</source>
        <translation>Codes &amp;kopieren</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on. Keep these recovery codes in a safe place: each one logs you in once without your phone. They are shown only now.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist eingeschaltet. Bewahren Sie diese Wiederherstellungscodes sicher auf: Mit jedem können Sie sich einmal ohne Ihr Telefon anmelden. Sie werden nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>I have saved the codes</source>
        <translation>Ich habe die Codes gesichert</translation>
    </message>
    <message>
        <source>Enter the code from the app.</source>
        <translation>Geben Sie den Code aus der App ein.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check the time on your phone and enter the current code.</source>
        <translation>Der Code wurde nicht angenommen. Prüfen Sie die Uhrzeit auf Ihrem Telefon und geben Sie den aktuellen Code ein.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is already set up. To set it up again (e.g. on a new phone), ask your operations team to reset it.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist bereits eingerichtet. Um sie neu einzurichten (z. B. auf einem neuen Telefon), bitten Sie Ihr Betriebsteam, sie zurückzusetzen.</translation>
    </message>
    <message>
        <source>The hub could not be reached or refused the set-up. Please try again later.</source>
        <translation>Der Hub war nicht erreichbar oder hat die Einrichtung abgelehnt. Bitte versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>Tracker</name>
    <message>
        <source>Clock &amp;out</source>
        <translation>&amp;Ausstempeln</translation>
    </message>
    <message>
        <source>Clock &amp;in</source>
        <translation>&amp;Einstempeln</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Window {span}: {elapsed}</source>
        <translation>Zeitfenster {span}: {elapsed}</translation>
    </message>
    <message>
        <source>No booked window now</source>
        <translation>Gerade kein gebuchtes Zeitfenster</translation>
    </message>
    <message>
        <source>Today: {elapsed}</source>
        <translation>Heute: {elapsed}</translation>
    </message>
    <message>
        <source>Unpaid time</source>
        <translation>Unbezahlte Zeit</translation>
    </message>
    <message>
        <source>Time recording</source>
        <translation>Zeiterfassung</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <source>Clock in or out ({keys})</source>
        <translation>Ein- oder ausstempeln ({keys})</translation>
    </message>
    <message>
        <source>Pause or resume ({keys})</source>
        <translation>Pause beginnen oder beenden ({keys})</translation>
    </message>
    <message>
        <source>Your working time could not be saved on this computer. The app keeps it and tries again shortly.</source>
        <translation>Ihre Arbeitszeit konnte auf diesem Computer nicht gespeichert werden. Die App behält sie und versucht es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} Std. {minutes:02d} Min.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bei der Arbeit</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>In der Pause</translation>
    </message>
    <message>
        <source>Clocked out</source>
        <translation>Ausgestempelt</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end} Uhr</translation>
    </message>
    <message>
        <source>You are clocked in outside your booked windows: this time is not paid.</source>
        <translation>Sie sind außerhalb Ihrer gebuchten Zeitfenster eingestempelt: Diese Zeit wird nicht bezahlt.</translation>
    </message>
    <message>
        <source>You have worked {worked} without a break of 15 minutes or more.</source>
        <translation>Sie haben {worked} ohne eine Pause von mindestens 15 Minuten gearbeitet.</translation>
    </message>
    <message>
        <source>Your breaks today add up to {taken}; the law asks for {needed}.</source>
        <translation>Ihre Pausen heute ergeben zusammen {taken}; das Gesetz verlangt {needed}.</translation>
    </message>
    <message>
        <source>You have worked {worked} today, more than the 10 hours allowed.</source>
        <translation>Sie haben heute {worked} gearbeitet, mehr als die erlaubten 10 Stunden.</translation>
    </message>
    <message>
        <source>Only {rest} of rest lay between your last working day and today; the law asks for 11 hours.</source>
        <translation>Zwischen Ihrem letzten Arbeitstag und heute lagen nur {rest} Ruhezeit; das Gesetz verlangt 11 Stunden.</translation>
    </message>
    <message>
        <source>Clock in or out</source>
        <translation>Ein- oder ausstempeln</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pause beginnen oder beenden</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Open Expert Workstation</source>
        <translation>Expert Workstation öffnen</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>Ausstempeln</translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation>Einstempeln</translation>
    </message>
    <message>
        <source>Time recording is not available yet.</source>
        <translation>Die Zeiterfassung ist noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>Benachrichtigungen pausieren</translation>
    </message>
    <message>
        <source>For one hour</source>
        <translation>Für eine Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation>Bis morgen früh</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Benachrichtigungen fortsetzen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Off shift</source>
        <translation>Nicht im Dienst</translation>
    </message>
    <message>
        <source>On shift</source>
        <translation>Im Dienst</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Expert Workstation</source>
        <translation>Expert Workstation</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewsSidebar</name>
    <message>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Meine Fälle</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Recently closed</source>
        <translation>Kürzlich abgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>&amp;Ansichten</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Auftraggeber</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="vanished">&amp;Kanal</translation>
    </message>
    <message>
        <source>Cl&amp;ient</source>
        <translation>Auftraggebe&amp;r</translation>
    </message>
    <message>
        <source>{view}: {count} cases</source>
        <translation>{view}: {count} Fälle</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Week of shift windows</source>
        <translation>Woche mit Zeitfenstern</translation>
    </message>
    <message>
        <source>{client}, {time}, {state}, {seats}</source>
        <translation>{client}, {time}, {state}, {seats}</translation>
    </message>
</context>
<context>
    <name>WindowBooking</name>
    <message>
        <source>Booked. The window is yours.</source>
        <translation>Gebucht. Das Zeitfenster gehört Ihnen.</translation>
    </message>
    <message>
        <source>Booking cancelled. The seat is free again.</source>
        <translation>Buchung storniert. Der Platz ist wieder frei.</translation>
    </message>
</context>
<context>
    <name>WindowDetails</name>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Hourly rate:</source>
        <translation>Stundensatz:</translation>
    </message>
    <message>
        <source>Pay for the window:</source>
        <translation>Vergütung für das Zeitfenster:</translation>
    </message>
    <message>
        <source>Required skills:</source>
        <translation>Erforderliche Fähigkeiten:</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Plätze:</translation>
    </message>
    <message>
        <source>Booking closes:</source>
        <translation>Buchung möglich bis:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation>Buchung &amp;stornieren</translation>
    </message>
    <message>
        <source>Select a window in the week to see its details. Arrow keys move between windows.</source>
        <translation>Wählen Sie ein Zeitfenster in der Woche aus, um seine Details zu sehen. Mit den Pfeiltasten wechseln Sie zwischen den Zeitfenstern.</translation>
    </message>
    <message>
        <source>Client #{id}</source>
        <translation>Auftraggeber #{id}</translation>
    </message>
    <message>
        <source>{state} – waiting for the hub</source>
        <translation>{state} – wartet auf den Hub</translation>
    </message>
    <message>
        <source>{amount} per hour</source>
        <translation>{amount} pro Stunde</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>No usable keyring: your session and the case cache are kept in memory only and are lost when you quit.</source>
        <translation>Kein nutzbarer Schlüsselbund: Ihre Sitzung und die gespeicherten Fälle werden nur im Arbeitsspeicher gehalten und gehen beim Beenden verloren.</translation>
    </message>
    <message>
        <source>Saved cases cannot be opened</source>
        <translation>Gespeicherte Fälle lassen sich nicht öffnen</translation>
    </message>
    <message>
        <source>The cases saved on this computer cannot be opened.</source>
        <translation>Die auf diesem Computer gespeicherten Fälle lassen sich nicht öffnen.</translation>
    </message>
    <message>
        <source>Download cases again</source>
        <translation>Fälle neu herunterladen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Expert Workstation</source>
        <translation>Expert Workstation</translation>
    </message>
    <message>
        <source>Expert Workstation could not start.</source>
        <translation>Expert Workstation konnte nicht starten.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the start. Please try again; if it keeps happening, tell your operations team.</source>
        <translation>Ein unerwartetes Problem hat den Start verhindert. Bitte versuchen Sie es erneut; wenn das wiederholt passiert, informieren Sie Ihr Betriebsteam.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Two-factor &amp;sign-in…</source>
        <translation>Zwei-Faktor-&amp;Anmeldung …</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and choose “Try again”.</source>
        <translation>Der Datenträger ist voll. Schaffen Sie etwas Platz und wählen Sie „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The file could not be read or written. Check the disk and choose “Try again”, or download your cases again from the hub.</source>
        <translation>Die Datei konnte nicht gelesen oder geschrieben werden. Prüfen Sie den Datenträger und wählen Sie „Erneut versuchen“, oder laden Sie Ihre Fälle neu vom Hub herunter.</translation>
    </message>
    <message>
        <source>They were saved by a newer version of Expert Workstation. Update the app, or download your cases again from the hub.</source>
        <translation>Sie wurden von einer neueren Version von Expert Workstation gespeichert. Aktualisieren Sie die Anwendung, oder laden Sie Ihre Fälle neu vom Hub herunter.</translation>
    </message>
    <message>
        <source>Updating them for this version failed; they were left unchanged. You can download your cases again from the hub.</source>
        <translation>Die Anpassung an diese Version ist fehlgeschlagen; die Fälle blieben unverändert. Sie können Ihre Fälle neu vom Hub herunterladen.</translation>
    </message>
    <message>
        <source>They cannot be decrypted with the key in your keyring. You can download your cases again from the hub.</source>
        <translation>Sie lassen sich mit dem Schlüssel in Ihrem Schlüsselbund nicht entschlüsseln. Sie können Ihre Fälle neu vom Hub herunterladen.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again to keep your cases in sync.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an, damit Ihre Fälle aktuell bleiben.</translation>
    </message>
</context>
</TS>

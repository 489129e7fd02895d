<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AutostartSync</name>
    <message>
        <source>The start at login could not be set up: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht eingerichtet werden: %1</translation>
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
        <source>overdue {duration}</source>
        <translation>überfällig seit {duration}</translation>
    </message>
    <message>
        <source>Answer overdue by {duration}</source>
        <translation>Antwort seit {duration} überfällig</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
        <source>{name} – Expert Workstation</source>
        <translation>{name} – Expert Workstation</translation>
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
        <source>Notifications can appear on a screen that others see. Customer names and contact details are never shown in them.</source>
        <translation>Benachrichtigungen können auf einem Bildschirm erscheinen, den auch andere sehen. Namen und Kontaktdaten von Kunden werden darin nie angezeigt.</translation>
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
        <source>Time recording pauses when the keyboard and mouse have not been used for this long.</source>
        <translation>Die Zeiterfassung pausiert, wenn Tastatur und Maus so lange nicht benutzt wurden.</translation>
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
        <source>assigned to you</source>
        <translation>Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>No answer due</source>
        <translation>Keine Antwortfrist</translation>
    </message>
    <message>
        <source>{customer} · {channel} · {client}</source>
        <translation>{customer} · {channel} · {client}</translation>
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

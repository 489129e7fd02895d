<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AutostartSync</name>
    <message>
        <source>The start at login could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert Workstation ran into an unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cases are safe and you can keep working. If this keeps happening, restart the app and tell your operations team when it happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer overdue by {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due in {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <comment>date and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X/Twitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Enter the address of your hub, for example https://hub.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{typed}” is not a valid hub address. An address looks like https://hub.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a hub on this computer, because your password would travel unencrypted. Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {url} does not answer like a hub. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password. Please check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to {url} failed: the hub&apos;s certificate is not valid or not trusted. Check the address; if it is correct, contact your operations team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the hub at {url}. Check the address and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub at {url} has a problem right now. Please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub at {url} did not accept the login. Please try again; if this keeps happening, contact your operations team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in – Expert Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to your hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in failed unexpectedly. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} – Expert Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch new and changed cases from the hub (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case you were reading is no longer assigned or offered to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsChoice</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the number of new cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel and client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel, client and subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system tray is unavailable on this desktop, so closing the window quits Expert Workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsOption</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start automatically when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications can appear on a screen that others see. Customer names and contact details are never shown in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay quiet outside my booked windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sound with notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count me as away after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time recording pauses when the keyboard and mouse have not been used for this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of breaks and long working days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The hub cannot be reached. Showing your saved cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has a problem right now; syncing again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing failed; trying again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline – showing saved cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing cases… {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing cases… {received} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing cases…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>{customer} · {channel} · {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to read its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>No usable keyring: your session and the case cache are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved cases cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases saved on this computer cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download cases again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again to keep your cases in sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert Workstation could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected problem stopped the start. Please try again; if it keeps happening, tell your operations team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and choose “Try again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written. Check the disk and choose “Try again”, or download your cases again from the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They were saved by a newer version of Expert Workstation. Update the app, or download your cases again from the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating them for this version failed; they were left unchanged. You can download your cases again from the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They cannot be decrypted with the key in your keyring. You can download your cases again from the hub.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApproachPanel</name>
    <message>
        <source>This person did not ask the company for help. Write only if you can really help with what they wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who you are and on whose behalf you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be brief and friendly: no sales pitch, no links they did not ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they do not want contact, leave them alone and never write to them again uninvited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never mention anything about them you found elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active dialogue: decide first whether to approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approach this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the composer for a first, tactful message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact this person; the case leaves your inbox and stays on offer to others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutostartSync</name>
    <message>
        <source>The start at login could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallLogForm</name>
    <message>
        <source>How did the call go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call not&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed, what was agreed, what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop call timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start call timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>&amp;Next case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the case; your claim runs 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case back to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case as solved or not solvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the case to the client&apos;s second level and close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next case in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous case in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: leave the search or the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply or add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to the client&apos;s second level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>Declined: the case is gone from your inbox and stays on offer to others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply queued; it is sent as soon as the hub answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialogs</name>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the case end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not solvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand this case to the client&apos;s second level? It is closed for you as escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no tags yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing, -refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags to add, separated by commas; a minus removes one:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>The callback number is shown once you claim the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes in: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} · {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your claim runs until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <source>Case actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseToTray</name>
    <message>
        <source>Expert Workstation is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps you informed from the system tray. Quit it from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>This case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim this case to reply to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is not assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n character left</numerusform>
            <numerusform>%n characters left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many</source>
        <translation>
            <numerusform>%n character too many</numerusform>
            <numerusform>%n characters too many</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to fill in: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the case to add internal notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes are seen by experts and operations only.</source>
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
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert one of the client&apos;s templates, names filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublic reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;laim this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for yourself and operations; the customer never sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the internal note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum posts are Markdown: **bold**, *italic*, - lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerTexts</name>
    <message>
        <source>The text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long for this channel.</source>
        <translation>
            <numerusform>%n character too long for this channel.</numerusform>
            <numerusform>%n characters too long for this channel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The e-mail needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is too long (at most {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether to reply publicly or in a private message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide first whether to approach this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the call went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how long the call took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call notes are too long (at most {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag has 1 to {limit} characters on a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one tag.</source>
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
    <message>
        <source>Answer overdue by {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due in {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not solvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to second level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
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
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The held text is now a draft of its case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found</source>
        <translation>
            <numerusform>%n case found</numerusform>
            <numerusform>%n cases found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held – needs your decision</source>
        <translation>
            <numerusform>%n held – needs your decision</numerusform>
            <numerusform>%n held – need your decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being sent</source>
        <translation>
            <numerusform>%n being sent</numerusform>
            <numerusform>%n being sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a view: all, offers, mine, waiting, due soon, closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the panes and controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the outbox (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case you were reading is no longer assigned or offered to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <source>%n new offer(s)</source>
        <translation>
            <numerusform>%n new offer</numerusform>
            <numerusform>%n new offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer message(s)</source>
        <translation>
            <numerusform>%n new customer message</numerusform>
            <numerusform>%n new customer messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) due soon</source>
        <translation>
            <numerusform>%n answer due soon</numerusform>
            <numerusform>%n answers due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) about to run out</source>
        <translation>
            <numerusform>%n claim about to run out</numerusform>
            <numerusform>%n claims about to run out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked window(s) starting soon</source>
        <translation>
            <numerusform>%n booked window starting soon</numerusform>
            <numerusform>%n booked windows starting soon</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrphanDraftDialog</name>
    <message>
        <source>Draft of a case no longer here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is no longer in your inbox (it was reassigned or removed), so the draft cannot be opened there. Copy its text to use it elsewhere, or discard it. Until you discard it, the draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your schedule and working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {id} (no longer in your cases)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Subject: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this held item? Its text is not sent and no longer shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this held action? It is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it again as it is? The hub refused it because: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case already has a draft. Replace it with the held text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy into a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting: everything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxTexts</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
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
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is no longer assigned to you: it was reassigned or released, or your claim ran out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was closed in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer wrote again after you started this reply. Read the new message, then decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another expert claimed this case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not qualified for this case&apos;s channel or topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined this case earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is yours now: release or close it instead of declining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only social mentions can be declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not accept the content, for example because it is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub no longer knows this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub already has this action from another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not know this kind of action. Please update Expert Workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the request. Please tell your operations team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written under another account with this user name, so it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused it: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the connection to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub asked to slow down; trying again soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting until you log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub had a problem; trying again soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data in a public reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone can read this reply. It contains personal data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it, or offer to continue in a private message instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Realtime</name>
    <message>
        <source>Desktop notifications are not available on this system; new cases appear only in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search subjects, messages, customers  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Search results</source>
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
        <source>Notifications can appear on a screen that others see. Customer names and contact details are never shown in them, not even within a subject.</source>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaCountdown</name>
    <message>
        <source>No answer due</source>
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
        <source>Select a case to read its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: held in the outbox until you decide what to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Open Expert Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time recording is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For one hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewsSidebar</name>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{view}: {count} cases</source>
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

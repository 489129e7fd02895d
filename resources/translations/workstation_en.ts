<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppLock</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide all cases until you enter your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password cannot be checked offline on this computer yet. Connect to the internet and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected attachment to a file. Attachments are never opened automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be downloaded. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment is larger than the limit your hub allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attachment is a program or script. It cannot be saved, to protect this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment&apos;s content does not match its name or type, so it may be disguised. It cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment&apos;s type cannot be recognized, so it cannot be saved.</source>
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
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the contact to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy contact</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>CaseTime</name>
    <message>
        <source>Your time: {elapsed}</source>
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
    <name>ContributionsModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>Feedback from the editors: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contribution or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title and a text are needed to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New forum &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the recorded time wrong? Operations see this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not corrected so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier corrections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Before: {start}–{end} ({hours}), {kind}, {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}, {moment}: “{reason}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditNote</name>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT {rate} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VAT is charged under § 19 UStG (small business).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by credit note (self-billing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Earnings per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {amount} ({count} entries)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Dispute entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description}: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why is this entry wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Earnings</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarningsPage</name>
    <message>
        <source>Today so far: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export earnings as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no statement for this period yet. Statements are issued after the end of each month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case, contribution or window of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note (&amp;PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, in QA review until {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee can be approved once the QA review has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA rating: {rating} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (corrected)</source>
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
    <name>IcsExport</name>
    <message>
        <source>Shift: {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate: {rate}. Required skills: {skills}. Booked in Expert Workstation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody used the keyboard or mouse from {start} to {end} ({duration}). How should this time be recorded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book as &amp;break</source>
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
    <name>LinkConfirmation</name>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link leads to the address below. Open it in your browser only if you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Expert Workstation is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock screen</source>
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
        <source>Enter the 6-digit code that your authenticator app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not accepted: it is wrong, expired or was already used. Wait for the next code and try again, or use one of your recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes. For your protection, codes are refused for the next few minutes; please wait, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your operations team has withdrawn this computer&apos;s access. The data of your account on this computer is being deleted.</source>
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
        <source>Authenticator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;recovery code</source>
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
        <source>Reco&amp;very code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;authenticator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
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
        <source>Enter the code.</source>
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
        <source>There are no drafts of cases that left your inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts discarded: {discarded}, kept: {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case you had a draft for left your inbox. The draft is kept: Go ▸ Drafts of cases no longer here.</source>
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
        <source>&amp;Drafts of cases no longer here…</source>
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
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editorial</source>
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
        <source>Your booked window has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not clocked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are still clocked in. Clock out if you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are working on cases. Clock in so that your time counts.</source>
        <translation type="unfinished"></translation>
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
        <source>Dispute earnings entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit contribution</source>
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
        <source>The shift window is full: no seat is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It overlaps another shift window you booked or another of your time entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline for booking or cancelling this shift window has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift window requires a skill that your profile lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You had not booked this shift window, so there was nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction of recorded working time needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations already approved this time entry, so it can no longer change.</source>
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
    <name>PeriodPicker</name>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
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
    <name>RateCard</name>
    <message>
        <source>Rates of {client}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case, {channel}, {complexity}: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window hours: the window&apos;s hourly rate</source>
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
    <name>RecoveryDialog</name>
    <message>
        <source>Recovered working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert Workstation was not closed properly, for example because the battery ran out. Your {kind} from {start} to {end} ({duration}) was recovered; it ends when it was last saved. Please check it before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteWipe</name>
    <message>
        <source>Expert Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has been closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your operations team has withdrawn this computer&apos;s access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For data protection, the cases, drafts, attachments and sign-in data of your account were deleted from this computer. If you did not expect this, contact your operations team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be deleted. Please delete the folder {folder} by hand: {items}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export booked windows (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timesheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be saved to {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booked window(s) exported to {path}.</source>
        <translation>
            <numerusform>%n booked window exported to {path}.</numerusform>
            <numerusform>%n booked windows exported to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day}/{month}</source>
        <comment>day column title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export booked windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shifts.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleSpace</name>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleTexts</name>
    <message>
        <source>{day}, {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of {capacity} seats left</source>
        <translation>
            <numerusform>%n of {capacity} seats left</numerusform>
            <numerusform>%n of {capacity} seats left</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This window is full: all %n seats are booked.</source>
        <translation>
            <numerusform>This window is full: its only seat is booked.</numerusform>
            <numerusform>This window is full: all %n seats are booked.</numerusform>
        </translation>
    </message>
    <message>
        <source>This window overlaps another window you booked. Cancel that booking first if you would rather work this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It is too late to cancel: changes to this window closed on {moment}, %n minutes before it starts. Please contact operations.</source>
        <translation>
            <numerusform>It is too late to cancel: changes to this window closed on {moment}, %n minute before it starts. Please contact operations.</numerusform>
            <numerusform>It is too late to cancel: changes to this window closed on {moment}, %n minutes before it starts. Please contact operations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is too late to book: booking closed on {moment}, %n minutes before the window starts.</source>
        <translation>
            <numerusform>It is too late to book: booking closed on {moment}, %n minute before the window starts.</numerusform>
            <numerusform>It is too late to book: booking closed on {moment}, %n minutes before the window starts.</numerusform>
        </translation>
    </message>
    <message>
        <source>This window requires {skills}, and your profile lacks at least one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not booked this window, so there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations withdrew this window.</source>
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
        <source>After this long without keyboard or mouse input, your time stops going to the open case, and on your return the app asks how to record the time away.</source>
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
    <name>TimesheetPanel</name>
    <message>
        <source>Worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid (outside booked windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export timesheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason for the correction. Operations see it next to the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction saved; it is sent to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timesheet could not be saved to {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to {path}.</source>
        <translation>
            <numerusform>%n entry exported to {path}.</numerusform>
            <numerusform>%n entries exported to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operations approved this entry, so it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was recovered after a crash: confirm it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to correct first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused a change of your working time: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export timesheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timesheet.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimesheetTexts</name>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered, awaiting your confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed by the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded; {hours} outside booked windows (unpaid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases (id:seconds)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotpEnrolment</name>
    <message>
        <source>Two-factor sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hub requires a second factor. Set it up to continue working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect your account with a code from an authenticator app on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the set-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret for manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Scan this QR code with your authenticator app, or type in the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Enter the code that the app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is on. Keep these recovery codes in a safe place: each one logs you in once without your phone. They are shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have saved the codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not accepted. Check the time on your phone and enter the current code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is already set up. To set it up again (e.g. on a new phone), ask your operations team to reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub could not be reached or refused the set-up. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tracker</name>
    <message>
        <source>Clock &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {span}: {elapsed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booked window now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {elapsed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock in or out ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your working time could not be saved on this computer. The app keeps it and tries again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are clocked in outside your booked windows: this time is not paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have worked {worked} without a break of 15 minutes or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your breaks today add up to {taken}; the law asks for {needed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have worked {worked} today, more than the 10 hours allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {rest} of rest lay between your last working day and today; the law asks for 11 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume</source>
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
    <name>WeekGrid</name>
    <message>
        <source>Week of shift windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client}, {time}, {state}, {seats}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowBooking</name>
    <message>
        <source>Booked. The window is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking cancelled. The seat is free again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowDetails</name>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay for the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required skills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking closes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a window in the week to see its details. Arrow keys move between windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} – waiting for the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} per hour</source>
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
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor &amp;sign-in…</source>
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

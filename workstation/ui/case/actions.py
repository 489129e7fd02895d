"""Every action on cases as a QAction with its keyboard shortcut, so that menus, buttons
and the keyboard-shortcut overview all show the same texts and keys.

Single-letter shortcuts (j, k, c, r, …) only fire while the focus is not in a text field:
Qt lets a focused text field claim printable keys first (ShortcutOverride), so typing a
"c" in a reply never claims anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from workstation.domain.models import CaseDetail, CaseStatus

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class ShortcutEntry:
    """One line of the keyboard-shortcut overview."""

    keys: str
    description: str


class CaseActions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.next_case = self._action("next_case", ["J"])
        self.previous_case = self._action("previous_case", ["K"])
        self.claim = self._action("claim", ["C"])
        self.release = self._action("release", ["Shift+C"])
        self.reply = self._action("reply", ["R"])
        self.note = self._action("note", ["N"])
        self.send = self._action("send", ["Ctrl+Return", "Ctrl+Enter"])
        self.tag = self._action("tag", ["T"])
        self.close_case = self._action("close_case", ["X"])
        self.escalate = self._action("escalate", ["E"])
        self.search = self._action("search", ["/"])
        self.back = self._action("back", ["Esc"])
        self.retranslate()
        self.update_for(None)

    def _action(self, name: str, keys: list[str]) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action_{name}")
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        return action

    def all(self) -> list[QAction]:
        return [
            self.next_case,
            self.previous_case,
            self.claim,
            self.release,
            self.reply,
            self.note,
            self.send,
            self.tag,
            self.close_case,
            self.escalate,
            self.search,
            self.back,
        ]

    def update_for(self, case: CaseDetail | None) -> None:
        """Enable what the case allows; the hub decides for good, but the app does not
        offer what it knows cannot work."""
        mine = case is not None and case.assigned_to_me
        open_case = case is not None and case.status is not CaseStatus.CLOSED
        self.claim.setEnabled(
            case is not None and open_case and (not mine or case.status is CaseStatus.OFFERED)
        )
        self.release.setEnabled(mine and open_case)
        self.reply.setEnabled(case is not None)
        self.note.setEnabled(mine)
        self.tag.setEnabled(mine)
        self.close_case.setEnabled(mine and open_case)
        self.escalate.setEnabled(mine and open_case)

    def retranslate(self) -> None:
        texts = {
            self.next_case: translate("CaseActions", "&Next case"),
            self.previous_case: translate("CaseActions", "&Previous case"),
            self.claim: translate("CaseActions", "&Claim"),
            self.release: translate("CaseActions", "Re&lease"),
            self.reply: translate("CaseActions", "&Reply"),
            self.note: translate("CaseActions", "Internal &note"),
            self.send: translate("CaseActions", "&Send"),
            self.tag: translate("CaseActions", "&Tags…"),
            self.close_case: translate("CaseActions", "Cl&ose case…"),
            self.escalate: translate("CaseActions", "&Escalate…"),
            self.search: translate("CaseActions", "&Search cases"),
            self.back: translate("CaseActions", "&Back to the list"),
        }
        tips = {
            self.claim: translate("CaseActions", "Take the case; your claim runs 15 minutes"),
            self.release: translate("CaseActions", "Give the case back to the pool"),
            self.close_case: translate("CaseActions", "Close the case as solved or not solvable"),
            self.escalate: translate(
                "CaseActions", "Hand the case to the client's second level and close it"
            ),
            self.tag: translate("CaseActions", "Add or remove tags"),
        }
        for action, text in texts.items():
            action.setText(text)
            tip = tips.get(action, text.replace("&", "").rstrip("…"))
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({key})" if key else tip)

    def shortcut_entries(self) -> list[ShortcutEntry]:
        """The overview for Help > Keyboard shortcuts, in a sensible reading order."""
        entries = [
            (self.next_case, translate("CaseActions", "Next case in the list")),
            (self.previous_case, translate("CaseActions", "Previous case in the list")),
            (self.search, translate("CaseActions", "Search cases")),
            (self.back, translate("CaseActions", "Back: leave the search or the composer")),
            (self.claim, translate("CaseActions", "Claim the case")),
            (self.release, translate("CaseActions", "Release the case")),
            (self.reply, translate("CaseActions", "Write a reply")),
            (self.note, translate("CaseActions", "Write an internal note")),
            (self.send, translate("CaseActions", "Send the reply or add the note")),
            (self.tag, translate("CaseActions", "Add or remove tags")),
            (self.close_case, translate("CaseActions", "Close the case")),
            (self.escalate, translate("CaseActions", "Escalate to the client's second level")),
        ]
        return [
            ShortcutEntry(
                " / ".join(
                    key.toString(QKeySequence.SequenceFormat.NativeText)
                    for key in action.shortcuts()
                ),
                description,
            )
            for action, description in entries
        ]

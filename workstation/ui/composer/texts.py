"""The composer's validation problems in words (the domain returns codes only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.domain.replies import Problem, ProblemCode

translate = QCoreApplication.translate


def problem_text(problem: Problem) -> str:
    match problem.code:
        case ProblemCode.BODY_EMPTY:
            return translate("ComposerTexts", "The text is empty.")
        case ProblemCode.BODY_TOO_LONG:
            over = (problem.actual or 0) - (problem.limit or 0)
            return translate(
                "ComposerTexts", "%n character(s) too long for this channel.", None, over
            )
        case ProblemCode.SUBJECT_EMPTY:
            return translate("ComposerTexts", "The e-mail needs a subject.")
        case ProblemCode.SUBJECT_TOO_LONG:
            return translate(
                "ComposerTexts", "The subject is too long (at most {limit} characters)."
            ).format(limit=problem.limit)
        case ProblemCode.VISIBILITY_MISSING:
            return translate(
                "ComposerTexts", "Choose whether to reply publicly or in a private message."
            )
        case ProblemCode.APPROACH_MISSING:
            return translate("ComposerTexts", "Decide first whether to approach this person.")
        case ProblemCode.CALL_LOG_MISSING | ProblemCode.CALL_OUTCOME_MISSING:
            return translate("ComposerTexts", "Choose how the call went.")
        case ProblemCode.CALL_DURATION_INVALID:
            return translate("ComposerTexts", "Enter how long the call took.")
        case ProblemCode.CALL_NOTES_TOO_LONG:
            return translate(
                "ComposerTexts", "The call notes are too long (at most {limit} characters)."
            ).format(limit=problem.limit)
        case ProblemCode.TAG_INVALID:
            return translate(
                "ComposerTexts", "A tag has 1 to {limit} characters on a single line."
            ).format(limit=problem.limit)
        case ProblemCode.TAGS_EMPTY:
            return translate("ComposerTexts", "Enter at least one tag.")

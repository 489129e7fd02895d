"""Translated names of entry statuses, entry types and contribution kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def status_text(status: str) -> str:
    return {
        "pending": translate("Earnings", "Pending"),
        "approved": translate("Earnings", "Approved"),
        "paid": translate("Earnings", "Paid"),
        "disputed": translate("Earnings", "Disputed"),
        "resolved": translate("Earnings", "Resolved"),
        "draft": translate("Earnings", "Draft"),
        "submitted": translate("Earnings", "Submitted"),
        "accepted": translate("Earnings", "Accepted"),
        "rejected": translate("Earnings", "Rejected"),
    }.get(status, status)


def client_text(client_name: str) -> str:
    """Entries that belong to no client (a window hour, an adjustment, a contribution for
    the platform itself) are named as such, not left blank."""
    return client_name or translate("Earnings", "No client")


def source_text(source: str) -> str:
    return {
        "case": translate("Earnings", "Cases"),
        "contribution": translate("Earnings", "Contributions"),
        "window": translate("Earnings", "Window hours"),
        "adjustment": translate("Earnings", "Adjustments"),
    }.get(source, source)


def kind_text(kind: str) -> str:
    return {
        "article": translate("Earnings", "Knowledge article"),
        "forum_answer": translate("Earnings", "Forum answer"),
    }.get(kind, kind)


def complexity_text(complexity: str) -> str:
    return {
        "simple": translate("Earnings", "simple"),
        "standard": translate("Earnings", "standard"),
        "complex": translate("Earnings", "complex"),
    }.get(complexity, complexity)

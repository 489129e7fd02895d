"""Earnings: rate cards, the ledger, payouts, disputes, statements and contributions."""

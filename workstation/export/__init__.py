"""Files the expert takes away: the earnings CSV and the credit note PDF. No Qt here: the
UI passes in labels and formatters in the expert's language."""

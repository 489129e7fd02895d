"""The outbox in the UI: a Qt adapter over the Qt-free outbox, its texts and its panel."""

"""The case pane: header with customer card and SLA countdown, actions, conversation."""

"""The composer: a reply shaped by the case's channel, internal notes, drafts."""

"""Saves a draft, then dies by SIGKILL before anything else can run (for the kill -9 test).

Usage: python -m tests.store.draft_child CACHE_PATH CASE_ID; the cache key comes
hex-encoded in DRAFT_CHILD_CACHE_KEY and the body in DRAFT_CHILD_BODY.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from workstation.domain.drafts import Draft, DraftKind
from workstation.domain.models import Visibility
from workstation.domain.replies import ReplyContent
from workstation.store.database import open_cache
from workstation.store.drafts import DraftStore

KEY_VARIABLE = "DRAFT_CHILD_CACHE_KEY"
BODY_VARIABLE = "DRAFT_CHILD_BODY"


def main(cache_path: Path, case_id: int) -> None:
    engine = open_cache(cache_path, bytes.fromhex(os.environ[KEY_VARIABLE]))
    content = ReplyContent(body=os.environ[BODY_VARIABLE], visibility=Visibility.PUBLIC)
    DraftStore(engine).save(Draft(case_id, DraftKind.REPLY, content))
    # No dispose, no checkpoint, no clean exit: the commit alone must hold the draft.
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))

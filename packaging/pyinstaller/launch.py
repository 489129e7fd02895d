"""Entry script of the frozen app. PyInstaller needs a script file; the package's
`__main__` uses package-relative imports, so it is called through its import path."""

import sys

from workstation.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

"""The frozen program's entry point: the same ``frontdesk`` command as an installed wheel's."""

import sys

from frontdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())

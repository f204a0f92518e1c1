"""``python -m frontdesk`` is the ``frontdesk`` command."""

import sys

from frontdesk.cli import main

sys.exit(main())

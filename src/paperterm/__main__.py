"""Allow `python -m paperterm`."""

import sys

from paperterm.cli import main

sys.exit(main())

"""``python -m lintnews``."""

import sys

from lintnews.cli import main

sys.exit(main())

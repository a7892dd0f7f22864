"""`python -m citizenspace` is the same as the `citizenspace` command."""

import sys

from citizenspace.cli import main

sys.exit(main())

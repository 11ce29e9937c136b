"""``python -m kg`` runs the command line."""

import sys

from kg.cli.main import main

sys.exit(main())

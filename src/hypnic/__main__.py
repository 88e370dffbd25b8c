"""Allow ``python -m hypnic``."""

import sys

from hypnic.cli.main import main

sys.exit(main())

"""``python -m jdeditor``: the same as the ``jdeditor`` command."""

import sys

from jdeditor.cli import main

sys.exit(main())

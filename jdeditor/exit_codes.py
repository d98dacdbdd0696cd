"""The command line's exit statuses, shared by the parser (cli.py) and the commands."""

from __future__ import annotations

EXIT_ERROR = 1  # an error the user can act on (a file, a library, a posting)
EXIT_BUG = 70  # an internal error (EX_SOFTWARE)
EXIT_BROKEN_PIPE = 141  # the reader of stdout went away (128 + SIGPIPE, as shells report)

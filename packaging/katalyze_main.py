"""Entry point of the packaged app: the ``katalyze`` command, frozen."""

import multiprocessing
import sys

from ui.launcher import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())

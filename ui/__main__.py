"""``python -m ui``: the same as the ``katalyze`` command."""

if __name__ == "__main__":
    from ui.launcher import main

    raise SystemExit(main())

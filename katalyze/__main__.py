"""``python -m katalyze``: the same as the ``katalyze`` command."""

if __name__ == "__main__":
    from katalyze.cli.main import main

    raise SystemExit(main())

"""``python -m katalyze COMMAND``: the command line without the app
(``katalyze`` or ``python -m ui`` also open the app)."""

if __name__ == "__main__":
    from katalyze.cli.main import main

    raise SystemExit(main())

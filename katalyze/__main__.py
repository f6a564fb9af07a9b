from katalyze.cli.main import main

raise SystemExit(main())

from dossier_tui.cli import main

raise SystemExit(main())

from idguide.cli import main

raise SystemExit(main())

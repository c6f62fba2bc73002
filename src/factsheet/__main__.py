from factsheet.cli import main

raise SystemExit(main())

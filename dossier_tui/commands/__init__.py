"""CLI subcommands, one module each; each exposes add_parser(subparsers) and run(args)."""

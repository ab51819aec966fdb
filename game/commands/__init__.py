"""The command line's commands, one module each, so running one imports only what it needs (the
window starts without the compiler; `validate` without pygame). `game.cli` parses the arguments and
hands them to `run(args)` of the command's module."""

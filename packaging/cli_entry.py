"""Entry point of MerchantReadinessCLI(.exe): the commands of main.py, without Qt (the executable has none).

Without a command it prints how to start the app instead of trying to open a window."""

from __future__ import annotations

import sys

from main import main, run_worker_if_asked


def cli_main(argv: list[str]) -> int:
    from merchant_assistant.cli import parse_arguments

    if parse_arguments(argv).command is None:
        print(
            "MerchantReadinessCLI runs commands (see --help); start MerchantReadiness for the app.",
            file=sys.stderr,
        )
        return 2
    return main(argv)


if __name__ == "__main__":
    run_worker_if_asked()
    sys.exit(cli_main(sys.argv[1:]))

"""``python -m extract``: see :mod:`extract.cli`."""

from .cli import main

main()

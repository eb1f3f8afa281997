"""One spider per source stream, named ``<jurisdiction>_<agency>_<stream>``."""

"""Diwan's crawling layer: a Scrapy project whose spiders emit the Document contract.

Entry points: ``scrapers.run.crawl`` (one crawl in a subprocess), ``python -m scrapers.crawl``
(the subprocess itself) and ``scrapers.replica_server.serve_site`` (local replicas for tests/demo).
"""

"""Parsing shared by spiders of sites that run on the same CMS."""

"""Rules-driven extraction of the Iraqi Prime Minister's meetings, invitations and messages."""
from extraction.extractor import extract_document

__all__ = ["extract_document"]

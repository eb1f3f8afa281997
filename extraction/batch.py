"""`diwan extract`: one JSON line in (id, lang, published, title, text), one line of events out."""
from __future__ import annotations

import json
from pathlib import Path

from extraction.extractor import extract_document


def extract_file(input_path: Path, output_path: Path) -> int:
    """Extract every document of a JSONL file; returns the number of documents written.

    A line that is not JSON or has no text still gets an output line (with an "error" field), so
    one bad input never loses the rest of the file.
    """
    n = 0
    with open(input_path, encoding="utf-8") as src, open(output_path, "w", encoding="utf-8") as out:
        for lineno, line in enumerate(src, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                result = extract_document(doc)
            except (json.JSONDecodeError, TypeError, AttributeError) as exc:
                result = {"id": f"line-{lineno}", "meetings": [], "invitations": [], "messages": [],
                          "error": f"{type(exc).__name__}: {exc}"}
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            n += 1
    return n

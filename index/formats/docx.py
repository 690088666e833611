"""Word documents (``.docx``) through python-docx: paragraphs and tables in the document's
order, a table one line per row with its cells between `` | ``, right-to-left runs kept as
they are (their text is already in logical order). The title is the first heading, else
the document's Title property; the author comes from its properties.

The document's "created" date is not used as the article's date: it is the date of the
template or of the first draft as often as of the text.
"""

from __future__ import annotations

import io

from .base import Extracted, FormatError


def extract(data: bytes) -> Extracted:
    try:
        import docx
        from docx.oxml.ns import qn
        from docx.text.paragraph import Paragraph

        doc = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        title = None
        for block in doc.element.body.iterchildren():
            if block.tag == qn("w:p"):
                para = Paragraph(block, doc)
                lines.append(para.text)
                style = (para.style.name if para.style is not None else "") or ""
                if title is None and para.text.strip() and style.startswith(("Heading", "Title")):
                    title = para.text.strip()
            elif block.tag == qn("w:tbl"):
                lines += _table_lines(block, qn)
        props = doc.core_properties
    except Exception as exc:  # noqa: BLE001 - zipfile, lxml and python-docx each raise their own
        raise FormatError(f"not a Word document ({_why(exc)})") from None
    text = "\n".join(lines).strip()
    return Extracted(text=text, title=title or (props.title or "").strip() or None,
                     author=(props.author or "").strip() or None)


def _table_lines(table, qn) -> list[str]:
    """One line per row, cells between `` | `` (read from the XML: a merged cell is one
    ``w:tc`` there, where python-docx's row.cells repeats it once per grid column)."""
    out = []
    for row in table.iter(qn("w:tr")):
        cells = []
        for cell in row.iterchildren(qn("w:tc")):
            paras = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in cell.iter(qn("w:p"))]
            cells.append(" ".join(" ".join(paras).split()))
        out.append(" | ".join(cells))
    return out


def _why(exc: Exception) -> str:
    name = type(exc).__name__
    return {"BadZipFile": "not a zip package", "PackageNotFoundError": "not a Word package"}.get(name, name)

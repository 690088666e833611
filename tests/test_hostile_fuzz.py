"""Random Unicode, every C0/C1 and bidi control included, through load -> index -> search ->
layout (`show`) and out of the CLI: no crash, no control or escape byte in the output, the
dossier untouched, and every match offset pointing at the text it claims."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import listing

from dossier_tui.cli import main

CONTROLS = [chr(c) for c in (*range(0, 32), *range(0x7F, 0xA0))]
BIDI = [chr(c) for c in (0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A))]
ARABIC = [chr(c) for c in range(0x0621, 0x064B)] + [chr(c) for c in range(0x064B, 0x0653)]
DIGITS = list("0123456789٠١٢٣٤٥٦٧٨٩")
OTHER = list("abcXYZ ()[]{}<>«»“”.,،؛:!?-/%٪\n\t \u0640\u200b\u200c\u200d\ufeff\ufffd")

alphabet = st.sampled_from(CONTROLS + BIDI + ARABIC * 3 + DIGITS + OTHER)
article = st.text(alphabet, min_size=1, max_size=400)
FORBIDDEN = set(CONTROLS) - {"\n", "\t"} | set(BIDI) - {"\u200e", "\u200f", "\u061c"}


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=article, title=article)
def test_random_unicode_through_the_whole_pipeline(capsys, body, title):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "d"
        root.mkdir()
        raw = (title.replace("\n", " ") + "\nالأنبار " + body).encode("utf-8")
        (root / "a.txt").write_bytes(raw)
        (root / "b.txt").write_text("خبر\nالأنبار\n", encoding="utf-8")
        before = listing(root)
        queries = ["الأنبار", *re.findall(r"\w+", body)[:2]]
        for query in queries:
            code, out, err = _run(capsys, "search", query, "--json", "-d", str(root))
            if code == 2:  # a query our parser refuses: one clear line, nothing else
                assert err.count("\n") == 1 and "Traceback" not in err
                continue
            assert code == 0, err
            assert not FORBIDDEN & set(out)
            code, shown, err = _run(capsys, "show", "a.txt", "--raw", "-d", str(root))
            for hit in json.loads(out)["hits"]:
                for m in hit["matches"]:
                    assert shown[m["start"]:m["end"]] == m["text"] or hit["path"] != "a.txt"
        for argv in (["show", "a.txt", "--width", "40"], ["show", "a.txt", "--raw"], ["search", "الأنبار"]):
            code, out, err = _run(capsys, *argv, "-d", str(root))
            assert code == 0, err
            assert not FORBIDDEN & set(out), argv
        assert listing(root) == before

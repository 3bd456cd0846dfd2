#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a user-visible string of the GUI has no French or German translation.

Runs Qt 6's lupdate over the sources into a scratch .ts (the committed files stay untouched) and checks that every
message it finds is in each committed translations/runbench_<lang>.ts with a finished, non-empty translation.
Fix: `cmake --build build/dev --target update_translations`, translate the new entries (Qt Linguist or by hand),
commit the .ts files (docs/development.md, "Translations").

    check_translations.py SOURCE_DIR [LUPDATE]
"""
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(ts_path):
    """{(context, source): (translation text or None, finished?)} of a .ts file."""
    out = {}
    for ctx in ET.parse(ts_path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            finished = tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished")
            if msg.get("numerus") == "yes" and tr is not None:
                forms = [f.text for f in tr.iter("numerusform")]
                text = None if not forms or not all(forms) else "|".join(forms)
            else:
                text = tr.text if tr is not None else None
            out[(name, msg.findtext("source"))] = (text, finished)
    return out


def main():
    src = Path(sys.argv[1])
    lupdate = sys.argv[2] if len(sys.argv) > 2 else "/usr/lib/qt6/bin/lupdate"
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "all.ts"
        subprocess.run([lupdate, "-silent", "-locations", "none", str(src / "ui"), str(src / "core"),
                        str(src / "app" / "gui"), "-ts", str(scratch)], check=True)
        wanted = messages(scratch)
    bad = 0
    for lang in ("fr", "de"):
        have = messages(src / "translations" / f"runbench_{lang}.ts")
        missing = [k for k in wanted if k not in have or not have[k][1] or not have[k][0]]
        for ctx, source in missing:
            print(f"translations/runbench_{lang}.ts: {ctx}: no translation of {source!r}")
        print(f"{lang}: {len(wanted) - len(missing)} of {len(wanted)} strings translated")
        bad += len(missing)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

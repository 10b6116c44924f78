"""Makes a Word proposal the way a delegate does in LibreOffice: opens a .docx, turns Track Changes on,
edits it (replace words in a paragraph, delete a paragraph, insert one after another) and saves it as
.docx, so the tracked changes are LibreOffice's own. Run with Debian's /usr/bin/python3 (python3-uno).
Usage: track_changes.py IN.docx OUT.docx EDITS.json, where EDITS.json is a list of
{"op": "replace", "paragraph": START, "from": TEXT, "to": TEXT} | {"op": "delete", "paragraph": START}
| {"op": "insert-after", "paragraph": START, "text": TEXT}; START is how the paragraph's text begins.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import uno
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from accept_reject import connect, load, prop  # noqa: E402


def paragraph(doc, start):
    for p in doc.getText().createEnumeration():
        if p.supportsService("com.sun.star.text.Paragraph") and p.getString().startswith(start):
            return p
    raise RuntimeError(f"no paragraph starts with {start!r}")


def edit(doc, e):
    p = paragraph(doc, e["paragraph"])
    text = doc.getText()
    if e["op"] == "replace":
        search = doc.createSearchDescriptor()
        search.SearchString = e["from"]
        search.SearchCaseSensitive = True
        found = doc.findNext(p.getStart(), search)
        if found is None:
            raise RuntimeError(f"{e['from']!r} not found after {e['paragraph']!r}")
        found.setString(e["to"])
    elif e["op"] == "delete":
        cursor = text.createTextCursorByRange(p.getStart())
        cursor.gotoEndOfParagraph(True)
        cursor.goRight(1, True)  # the paragraph mark too: the paragraph goes, not only its words
        cursor.setString("")
    elif e["op"] == "insert-after":
        cursor = text.createTextCursorByRange(p.getEnd())
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        text.insertString(cursor, e["text"], False)
    else:
        raise RuntimeError(f"unknown edit {e['op']!r}")


def main():
    src, out, edits_file = sys.argv[1:4]
    with open(edits_file, encoding="utf-8") as f:
        edits = json.load(f)
    pipe = f"res75track{os.getpid()}"
    profile = tempfile.mkdtemp(prefix="res75-lo-")
    office = subprocess.Popen([
        "soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
        f"-env:UserInstallation=file://{profile}", f"--accept=pipe,name={pipe};urp;",
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ctx = connect(pipe)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        work = tempfile.mkdtemp(prefix="res75-track-")
        copy = os.path.join(work, "in.docx")
        shutil.copyfile(src, copy)
        doc = load(desktop, uno.systemPathToFileUrl(copy))
        try:
            doc.setPropertyValue("RecordChanges", True)
            for e in edits:
                edit(doc, e)
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)), (prop("FilterName", "MS Word 2007 XML"),))
        finally:
            doc.close(True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        office.terminate()
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()

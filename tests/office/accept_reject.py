"""Opens Word files in LibreOffice through UNO, runs Accept All and Reject All, and prints what a
reader then sees: each body paragraph's style and text, the footnotes, the comments (of the
original), and how many tracked changes remain. Run with Debian's
/usr/bin/python3 (python3-uno). Usage: accept_reject.py OUT.json FILE.docx...
"""
import json
import os
import re
import zipfile
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(300):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.1)
    raise RuntimeError("LibreOffice did not answer on its UNO pipe within 30 s")


def portions_text(paragraph):
    """The paragraph's text without footnote anchors and comment anchors (they are not body text)."""
    out = []
    refs = []
    for portion in paragraph.createEnumeration():
        kind = portion.TextPortionType
        if kind == "Text":
            out.append(portion.getString())
        elif kind == "Footnote":
            refs.append(len("".join(out)))
        elif kind in ("Annotation", "AnnotationEnd", "Bookmark", "Redline", "SoftPageBreak"):
            continue
        else:
            out.append(portion.getString())
    return "".join(out), refs


def read(doc):
    body = []
    for paragraph in doc.getText().createEnumeration():
        if not paragraph.supportsService("com.sun.star.text.Paragraph"):
            body.append({"style": "", "text": "", "table": True})
            continue
        text, refs = portions_text(paragraph)
        body.append({"style": paragraph.ParaStyleName, "text": text, "footnoteAt": refs})
    footnotes = []
    notes = doc.getFootnotes()
    for i in range(notes.getCount()):
        note = notes.getByIndex(i)
        footnotes.append({"label": note.getAnchor().getString(), "text": note.getString()})
    comments = []
    fields = doc.getTextFields().createEnumeration()
    while fields.hasMoreElements():
        field = fields.nextElement()
        if field.supportsService("com.sun.star.text.TextField.Annotation"):
            comments.append({"text": field.Content, "anchor": field.getAnchor().getString()})
    return {"body": body, "footnotes": footnotes, "comments": comments, "redlines": doc.getRedlines().getCount(),
            "pages": page_texts(doc)}


def page_texts(doc):
    """The running heads and feet of the page styles in use, first-page ones included, fields as shown."""
    out = []
    styles = doc.getStyleFamilies().getByName("PageStyles")
    for name in styles.getElementNames():
        style = styles.getByName(name)
        if not style.isInUse():
            continue
        for part in ("Header", "Footer"):
            if not getattr(style, f"{part}IsOn"):
                continue
            for suffix in ("", "First"):
                try:
                    text = getattr(style, f"{part}Text{suffix}")
                except AttributeError:
                    continue
                if text is not None:
                    out.append({"style": name, "part": part.lower() + suffix, "text": text.getString()})
    return out


def load_model(ctx, url):
    """The document as LibreOffice reads it, without a view: comments included."""
    doc = ctx.ServiceManager.createInstanceWithContext("com.sun.star.text.TextDocument", ctx)
    doc.load((prop("URL", url), prop("FilterName", "MS Word 2007 XML")))
    return doc


def without_comments(path, out_path):
    """A copy whose body no longer anchors its comments. Writer without its GUI (libreoffice-writer-nogui
    7.4 ships no swriter .ui files) aborts when a view builds a comment's side window, and Accept All /
    Reject All need a view; the comments are read before, from the document opened without a view."""
    anchors = re.compile(rb"<w:commentRangeStart [^>]*/>|<w:commentRangeEnd [^>]*/>|<w:r><w:commentReference [^>]*/></w:r>|<w:commentReference [^>]*/>")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = anchors.sub(b"", data)
            dst.writestr(item, data)


def load(desktop, url):
    # Right after start-up the desktop may answer before it can load documents: try again briefly.
    for _ in range(100):
        doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        if doc is not None:
            return doc
        time.sleep(0.1)
    raise RuntimeError(f"LibreOffice could not open {url}")


def main():
    out_file, files = sys.argv[1], sys.argv[2:]
    pipe = f"res75uno{os.getpid()}"
    profile = tempfile.mkdtemp(prefix="res75-lo-")
    office = subprocess.Popen([
        "soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
        f"-env:UserInstallation=file://{profile}", f"--accept=pipe,name={pipe};urp;",
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ctx = connect(pipe)
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        result = {}
        work = tempfile.mkdtemp(prefix="res75-docs-")
        for n, path in enumerate(files):
            # A private copy: a lock file left by an earlier run must not make the load fail.
            copy = os.path.join(work, f"{n}.docx")
            shutil.copyfile(path, copy)
            url = uno.systemPathToFileUrl(copy)
            plain = os.path.join(work, f"{n}-plain.docx")
            entry = {}
            model = load_model(ctx, url)
            try:
                entry["original"] = read(model)
            finally:
                model.close(True)
            without_comments(copy, plain)
            for side, command in (("accept", ".uno:AcceptAllTrackedChanges"), ("reject", ".uno:RejectAllTrackedChanges")):
                doc = load(desktop, uno.systemPathToFileUrl(plain))
                dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
                try:
                    entry[side] = read(doc)
                finally:
                    doc.close(True)
            result[path] = entry
        with open(out_file, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        office.terminate()
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()

"""Run by LibreOffice's own Python (the one that can `import uno`), not by lkj's interpreter:

    python3 lo_update.py IN.docx OUT.pdf PROFILE_DIR

Starts a headless soffice, loads the document, updates every index (table of contents, list of tables,
list of figures) so their page numbers are right, and exports the PDF. Exit 0 on success.
"""

import contextlib
import os
import subprocess
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def prop(name: str, value: object) -> object:
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main() -> None:
    source, target, profile = sys.argv[1], sys.argv[2], sys.argv[3]
    soffice = os.environ.get("LKJ_SOFFICE", "soffice")
    pipe = f"lkj{os.getpid()}"
    office = subprocess.Popen(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ]
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(1200):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.05)
        if context is None:
            sys.exit("LibreOffice tidak merespons.")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),)
        )
        indexes = document.getDocumentIndexes()
        for i in range(indexes.getCount()):
            indexes.getByIndex(i).update()
        document.refresh()
        document.storeToURL(
            uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "writer_pdf_Export"),)
        )
        document.close(True)
        with contextlib.suppress(Exception):  # the bridge drops when office exits
            desktop.terminate()
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Fills the Japanese catalogues from ja.py after lupdate:
    cmake --build build/dev --target update_translations && python3 translations/tools/fill_ts.py
Prints every source string that has no Japanese yet and exits 1 when there is one."""
import os, sys
import xml.etree.ElementTree as ET
sys.path.insert(0, os.path.dirname(__file__))
from ja import JA

here = os.path.dirname(os.path.abspath(__file__))
missing = []
for name in ("core_ja.ts", "ui_ja.ts"):
    path = os.path.join(here, "..", name)
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        ja = JA.get(source)
        if ja is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            form = ET.SubElement(translation, "numerusform")
            form.text = ja
        else:
            translation.text = ja
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
for m in missing:
    print("no Japanese for:", repr(m))
sys.exit(1 if missing else 0)

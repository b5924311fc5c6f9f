#!/usr/bin/env python3
"""Fills untranslated messages of a .ts file from an earlier copy of it.

lupdate keys messages by context, so a string that moves to another class loses its
translation. Run it after lupdate with the file as it was before:

    cp translations/bridgehead_de.ts /tmp/old.ts
    cmake --build build/default --target bridgehead_lupdate
    translations/carry-over.py /tmp/old.ts translations/bridgehead_de.ts

New translations can be given in a third file, one message per line as SOURCE<TAB>TRANSLATION
(with \n for line breaks; numerus forms separated by <TAB>).

Prints the messages that are still untranslated, one per line, as CONTEXT<TAB>SOURCE; run lupdate
once more afterwards so the file keeps lupdate's own formatting.
"""
import sys
import xml.etree.ElementTree as ET


def translations(tree):
    found = {}
    for message in tree.iter('message'):
        source = message.findtext('source')
        translation = message.find('translation')
        if translation is None or translation.get('type') in ('unfinished', 'obsolete', 'vanished'):
            continue
        numerus = translation.findall('numerusform')
        found[(source, message.get('numerus'))] = [n.text for n in numerus] if numerus else translation.text
    return found


def given(path):
    found = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            source, *forms = [part.replace('\\n', '\n') for part in line.split('\t')]
            found[(source, None)] = forms[0]
            found[(source, 'yes')] = forms
    return found


def main(old_path, new_path, extra_path=None):
    old = translations(ET.parse(old_path))
    if extra_path:
        old.update(given(extra_path))
    tree = ET.parse(new_path)
    missing = []
    for context in tree.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            key = (message.findtext('source'), message.get('numerus'))
            if key in old and old[key]:
                value = old[key]
                if isinstance(value, list):
                    for form, text in zip(translation.findall('numerusform'), value):
                        form.text = text
                else:
                    translation.text = value
                del translation.attrib['type']
            else:
                missing.append(f"{name}\t{message.findtext('source')}")
    with open(new_path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
        out.write(b'\n')
    for line in missing:
        print(line)


if __name__ == '__main__':
    main(*sys.argv[1:4])

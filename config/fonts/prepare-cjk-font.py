#!/usr/bin/env python3
"""Prepares the CJK font the exchange embeds in its PDFs (announcements, contracts, certificates).

Source: Noto Serif SC Regular, static TrueType, from the npm package @expo-google-fonts/noto-serif-sc (SIL OFL 1.1).
Noto maps the Kangxi radicals (U+2F00-U+2FDF) and CJK radicals supplement (U+2E80-U+2EFF) onto the same glyphs as
the common ideographs (e.g. U+2F2F and U+5DE5 both draw 工). PDFBox writes one Unicode value per glyph into the PDF's
ToUnicode map and may pick the radical, so text extracted from a PDF would read "⼯作⽇" instead of "工作日". Removing
those cmap entries (the exchange never prints radicals) makes every glyph map back to the ideograph.

Usage (Debian: apt-get install python3-fonttools):
  npm pack @expo-google-fonts/noto-serif-sc && tar xzf expo-google-fonts-noto-serif-sc-*.tgz
  python3 prepare-cjk-font.py package/400Regular/NotoSerifSC_400Regular.ttf \
      ../../exchange-ejb/src/main/resources/cn/exchange/ejb/documents/fonts/NotoSerifSC-Regular.ttf
"""
import sys
from fontTools.ttLib import TTFont

RADICALS = [(0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0x31C0, 0x31EF)]

font = TTFont(sys.argv[1])
removed = 0
for table in font["cmap"].tables:
    if not table.isUnicode():
        continue
    for cp in [cp for cp in table.cmap if any(lo <= cp <= hi for lo, hi in RADICALS)]:
        del table.cmap[cp]
        removed += 1
font.save(sys.argv[2])
print(f"removed {removed} radical mappings; wrote {sys.argv[2]}")

"""PyInstaller runtime hook: the window sees the fonts the bundle carries.

The bundle's fonts (Noto for Latin, Arabic, Hebrew, Thai, Devanagari; WenQuanYi Micro Hei for
CJK and Hangul) print every script on badges and summaries through frontdesk/resource_dirs.py.
Qt draws the screen through the system's fontconfig, which does not know them: this points
fontconfig at a configuration that includes the system's and adds the bundle's font folder, so
that a computer without those fonts installed still shows names in every script. A
FONTCONFIG_FILE set by the user or the system wins.
"""

import os
import sys

_conf = os.path.join(sys._MEIPASS, "frontdesk", "resources", "fontconfig", "fonts.conf")
if os.path.isfile(_conf) and "FONTCONFIG_FILE" not in os.environ:
    os.environ["FONTCONFIG_FILE"] = _conf

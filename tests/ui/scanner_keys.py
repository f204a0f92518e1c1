"""A USB barcode scanner set up for a US keyboard, as the X server sees it: key codes (not
characters), Shift for capitals, Enter at the end of each read; sent through XTEST.

    DISPLAY=:7 python tests/ui/scanner_keys.py DELAY_MS < scans.txt     # one read a line

The keys are the same whatever layout the computer uses: on an AZERTY layout the key that
makes "2" on a US keyboard makes "é" (what happens with a real scanner). xdotool cannot do
this: it types characters, finding (or remapping) a key for each.
"""

from __future__ import annotations

import sys
import time

from Xlib import XK, X, display
from Xlib.ext import xtest

# X key codes of a PC keyboard (evdev): the keys a US layout puts these characters on.
_ROWS = {
    10: "1234567890",
    24: "qwertyuiop",
    38: "asdfghjkl",
    52: "zxcvbnm",
}
KEYCODES = {c: start + i for start, row in _ROWS.items() for i, c in enumerate(row)}
SHIFT, RETURN = 50, 36


def press(x, keycode: int, delay: float) -> None:
    xtest.fake_input(x, X.KeyPress, keycode)
    x.sync()
    time.sleep(delay / 2)
    xtest.fake_input(x, X.KeyRelease, keycode)
    x.sync()
    time.sleep(delay / 2)


def send(x, text: str, delay: float) -> None:
    for char in text:
        keycode = KEYCODES[char.lower()]
        if char.isupper():
            xtest.fake_input(x, X.KeyPress, SHIFT)
            press(x, keycode, delay)
            xtest.fake_input(x, X.KeyRelease, SHIFT)
            x.sync()
        else:
            press(x, keycode, delay)
    press(x, RETURN, delay)


def main() -> int:
    delay = float(sys.argv[1]) / 1000
    x = display.Display()
    assert XK.string_to_keysym("Return")  # the XK tables load
    for line in sys.stdin:
        if line.strip():
            send(x, line.strip(), delay)
    x.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

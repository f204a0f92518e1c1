"""Can the desk's camera read a passport's MRZ? A measurement, not a feature (issue 19).

    .venv/bin/pip install rapidocr-onnxruntime          # not a Frontdesk dependency
    .venv/bin/python benchmarks/bench_mrz_ocr.py [--synthetic 40] [--images DIR]

RapidOCR (PaddleOCR's detection and recognition models in ONNX, shipped inside the wheel: it
runs offline) reads each image; the two longest lines holding "<" are taken as the zone and
given to :func:`frontdesk.mrz.read_td3`, which checks every check digit. Counted: read right,
refused (a check digit or a character wrong: the desk would ask for another picture), and
accepted but wrong (the check digits passed on a misread zone: the dangerous case).

Images: ``--images DIR`` (e.g. PassportEye's ``tests/data/passport-td3.jpg``, the ICAO
specimen's data page, whose zone is known), and synthetic data pages: two zones made by the
``mrz`` package rendered in a monospaced font (the real OCR-B font is not on this machine),
then rotated, blurred, noised and JPEG-compressed at a webcam's resolution.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ICAO_SPECIMEN = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def synthetic(rng: random.Random):
    from mrz.generator.td3 import TD3CodeGenerator
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    families = ["Al-Qahtani", "Nguyen", "Ivanova", "Haddad", "Kim", "Okafor", "Silva"]
    givens = ["Mohammed", "Thi Lan", "Olga", "Layla", "Min Jun", "Chinedu", "Joao"]
    code = TD3CodeGenerator(
        "P", "SAU", rng.choice(families), rng.choice(givens),
        "".join(rng.choice(letters) for _ in range(9)), "SAU",
        f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
        rng.choice("FM"), f"3{rng.randint(0, 4)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
    )  # fmt: skip
    lines = str(code).split("\n")
    font = ImageFont.truetype(FONT, 44)
    page = Image.new("RGB", (1500, 1000), (236, 232, 220))
    draw = ImageDraw.Draw(page)
    draw.rectangle((60, 80, 420, 560), fill=(200, 200, 205))  # the photo
    draw.text((480, 120), "PASSPORT  SPECIMEN", font=font, fill=(40, 40, 90))
    for i, line in enumerate(lines):
        draw.text((40, 780 + i * 70), line, font=font, fill=(20, 20, 20))
    page = page.rotate(rng.uniform(-3, 3), expand=True, fillcolor=(90, 90, 90))
    page = page.resize((960, int(960 * page.height / page.width)))  # a webcam's width
    page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.2)))
    noisy = page.load()
    for _ in range(8000):
        x, y = rng.randrange(page.width), rng.randrange(page.height)
        v = rng.randint(0, 255)
        noisy[x, y] = (v, v, v)
    buffer = io.BytesIO()
    page.save(buffer, "JPEG", quality=rng.randint(55, 85))
    return buffer.getvalue(), tuple(lines)


_TO_LETTER = str.maketrans("0125869", "OIZSBGB")
_TO_DIGIT = str.maketrans("OQDIZSBG", "00012589")
# Line 2's places that hold digits only (dates and their check digits, the number's check
# digit, the composite) and letters only (nationality); line 1 is letters after "P".
_DIGITS = [9, *range(13, 20), *range(21, 28), 43]
_LETTERS = [10, 11, 12]


def corrected(line1: str, line2: str) -> tuple[str, str]:
    """The OCR's usual confusions undone where ICAO 9303 says which kind of character stands
    (O for 0 in a state code, O for 0 in a date...): the check digits still decide."""
    line1 = line1[:2] + line1[2:].translate(_TO_LETTER)
    chars = list(line2)
    for i in _DIGITS:
        chars[i] = chars[i].translate(_TO_DIGIT)
    for i in _LETTERS:
        chars[i] = chars[i].translate(_TO_LETTER)
    return line1, "".join(chars)


def zone_of(texts: list[str]) -> tuple[str, str] | None:
    """Line 1: a text starting with P and holding "<" (OCR often drops the run of fillers at
    its end, padded back here: line 1 has no check digit, so a name cut short would pass);
    line 2: the longest text of 40 characters or more holding "<"."""
    cleaned = [t.replace(" ", "").replace("«", "<").upper() for t in texts if "<" in t]
    firsts = [c for c in cleaned if c.startswith("P") and len(c) >= 10]
    seconds = [c for c in cleaned if len(c) >= 40 and not c.startswith("P<")]
    if not firsts or not seconds:
        return None
    second = max(seconds, key=len)
    return corrected(firsts[0][:44].ljust(44, "<"), second[:44].ljust(44, "<"))


def main() -> int:
    import datetime as dt

    from rapidocr_onnxruntime import RapidOCR

    from frontdesk.mrz import MrzError, read_td3

    parser = argparse.ArgumentParser()
    parser.add_argument("--synthetic", type=int, default=40)
    parser.add_argument("--images", help="a folder of the ICAO specimen's data page pictures")
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    engine = RapidOCR()
    cases = []
    if args.images:
        for path in sorted(Path(args.images).glob("*")):
            cases.append((path.name, path.read_bytes(), ICAO_SPECIMEN))
    for n in range(args.synthetic):
        image, truth = synthetic(rng)
        cases.append((f"synthetic-{n:02d}", image, truth))
    counts = {"read right": 0, "refused": 0, "no zone found": 0, "accepted but wrong": 0}
    times = []
    for name, image, truth in cases:
        start = time.perf_counter()
        result, _ = engine(image)
        times.append(time.perf_counter() - start)
        zone = zone_of([r[1] for r in result or []])
        if zone is None:
            counts["no zone found"] += 1
            print(f"{name}: no zone found")
            continue
        try:
            read_td3(*zone, today=dt.date(2026, 12, 6))
        except MrzError as error:
            counts["refused"] += 1
            print(f"{name}: refused ({error.field})")
            continue
        if zone == truth:
            counts["read right"] += 1
        else:
            counts["accepted but wrong"] += 1
            print(f"{name}: ACCEPTED BUT WRONG {zone} != {truth}")
    times.sort()
    print()
    print("| images | read right | refused | no zone found | accepted but wrong | "
          "OCR p50 | OCR max |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {len(cases)} | {counts['read right']} | {counts['refused']} | "
        f"{counts['no zone found']} | {counts['accepted but wrong']} | "
        f"{times[len(times) // 2] * 1000:.0f} ms | {times[-1] * 1000:.0f} ms |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

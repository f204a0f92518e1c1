"""Render the specimen badges of every layout to PNGs under docs/badges/ (for review and the
README): one picture a layout, its badges side by side, as the printer would print them.

    .venv/bin/python scripts/render_badges.py [--out docs/badges] [--dpi 110]

The names are made up, one for each script a badge must print (frontdesk.printing.specimens);
the first holder's badge carries a photo (a drawn silhouette, not a person).
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import pypdfium2
from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from frontdesk.printing.badge_layouts import LAYOUTS  # noqa: E402
from frontdesk.printing.badge_pdf import render_badges  # noqa: E402
from frontdesk.printing.specimens import specimen_faces  # noqa: E402


def silhouette() -> bytes:
    image = Image.new("RGB", (300, 400), (214, 222, 235))
    draw = ImageDraw.Draw(image)
    draw.ellipse((95, 70, 205, 200), fill=(120, 130, 150))
    draw.rounded_rectangle((50, 215, 250, 460), radius=70, fill=(120, 130, 150))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in document]
    finally:
        document.close()


def contact_sheet(images: list[Image.Image], columns: int, gap: int = 16) -> Image.Image:
    width, height = images[0].size
    rows = -(-len(images) // columns)
    sheet = Image.new(
        "RGB", (columns * width + (columns + 1) * gap, rows * height + (rows + 1) * gap), "#9aa0a8"
    )
    for i, image in enumerate(images):
        row, col = divmod(i, columns)
        sheet.paste(image, (gap + col * (width + gap), gap + row * (height + gap)))
    return sheet


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "badges"))
    parser.add_argument("--dpi", type=int, default=110)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    faces = specimen_faces(photo=silhouette())
    for key, layout in LAYOUTS.items():
        images = pages(render_badges(faces, layout), args.dpi if len(layout.slots) == 1 else 60)
        portrait = layout.page[1] > layout.page[0]
        columns = 2 if len(layout.slots) > 1 else (5 if portrait else 3)
        contact_sheet(images, columns).save(out / f"{key}.png", optimize=True)
        print(f"{out / f'{key}.png'}: {len(images)} page(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

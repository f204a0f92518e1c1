"""Badges printed through a real CUPS on Debian's real drivers, the drivers' output decoded back
into the picture each printer would make, its QR codes read; and printers that do not print
(paused, rejecting, offline, removed, CUPS stopped) never counted as printing. What happened is
a value (Outcome: a Reason, the printer's Trouble); its words are the window's
(tests/ui/test_print_words.py)."""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from pathlib import Path

import pytest
from reportlab.lib.units import inch, mm

from frontdesk.printing.badge_layouts import LAYOUTS, layout_named
from frontdesk.printing.badge_pdf import COLOUR, render_badges
from frontdesk.printing.cups import Cups, Trouble
from frontdesk.printing.cups_print import Reason, print_pdf
from frontdesk.printing.specimens import specimen_faces
from tests.cups.output import DPI, pages_of, qr_texts
from tests.cups.server import POSTSCRIPT, CupsServer

# queue -> (how its output is read, the layouts it has stock for)
FITS = {
    "cups-pdf": ("postscript", list(LAYOUTS)),
    "QL-800": ("brother", ["brother-62", "cr80", "dymo-30857"]),
    "LabelWriter-450": ("dymo", ["dymo-30857", "cr80"]),
    "PostScript": ("postscript", ["sheet-letter", "sheet-a4"]),
    "LaserJet-PCL": ("pcl", ["sheet-letter", "sheet-a4"]),
}
CASES = [(queue, key) for queue, (_kind, keys) in FITS.items() for key in keys]
# stock each queue's driver is given, in points (the badge turned where the roll is narrow)
HEAD_WIDTH = {"brother": 90 * 8 / 300 * 72, "dymo": 84 * 8 / 300 * 72}


def _print(cups, queue, layout, faces, **follow):
    server = Cups(cups.socket)
    output = cups.out / f"{queue}.out"
    output.unlink(missing_ok=True)
    pdf = render_badges(faces, layout, title="test")
    outcome = print_pdf(server, queue, pdf, layout, "test", poll=0.1, **follow)
    return outcome, output


@pytest.mark.parametrize(("queue", "key"), CASES)
def test_each_layout_prints_whole_on_each_printer_that_has_its_stock(cups, queue, key):
    kind, _keys = FITS[queue]
    layout = layout_named(key)
    faces = specimen_faces(len(layout.slots) + 1 if len(layout.slots) > 1 else 2)
    outcome, output = _print(cups, queue, layout, faces)
    assert outcome.printed, outcome
    assert outcome.reason is Reason.PRINTED and outcome.job_id is not None
    data = output.read_bytes()
    if kind == "pcl":  # no PCL reader here: the driver's page size command is checked
        assert data.startswith(b"\x1bE")
        page = b"\x1b&l2A" if key == "sheet-letter" else b"\x1b&l26A"  # PCL: 2 Letter, 26 A4
        assert page in data
        return
    pages = pages_of(kind, data)
    pages_expected = -(-len(faces) // len(layout.slots))
    assert len(pages) == pages_expected
    read = [text for page in pages for text in qr_texts(page)]
    assert sorted(read) == sorted(face.token for face in faces)  # every badge, verified
    width_pt, height_pt = (p * 72 / DPI for p in pages[0].size)
    short, long_ = sorted(layout.page)
    if kind == "postscript":  # the page is the stock: the badge neither scaled nor clipped
        assert sorted((width_pt, height_pt)) == pytest.approx([short, long_], abs=3)
    else:  # a roll: the head's width, and the label as long as the badge's long side less
        # the driver's unprintable ends (QL-800: 8.4 pt each; DYMO: 4.3 and 16.8 pt)
        assert width_pt == pytest.approx(HEAD_WIDTH[kind], abs=1)
        assert long_ - 22 <= height_pt <= long_ + 6
        for page in pages:
            page.save(cups.out / f"{queue}-{key}-{pages.index(page)}.png")


def test_dymo_30857_goes_on_the_drivers_own_30857_stock(cups):
    outcome, _output = _print(
        cups, "LabelWriter-450", layout_named("dymo-30857"), specimen_faces(1)
    )
    assert outcome.printed, outcome
    assert outcome.stock.name == "w167h288.2"  # the driver's "30857 Badge Label" by name
    assert "30857 Badge Label" in outcome.stock.title


def test_brother_62_goes_on_the_drivers_62_x_100_stock(cups):
    outcome, _output = _print(cups, "QL-800", layout_named("brother-62"), specimen_faces(1))
    assert outcome.printed, outcome
    assert outcome.stock.name == "62x100mm"


@pytest.mark.parametrize(
    ("queue", "key", "needs"),
    [
        ("PostScript", "badge-4x3", "4 x 3 in badge stock"),
        ("LaserJet-PCL", "dymo-30857", "DYMO 30857 badge labels"),
        ("LabelWriter-450", "sheet-letter", "US Letter paper"),
        ("QL-800", "sheet-a4", "A4 paper"),
    ],
)
def test_a_layout_the_printer_has_no_stock_for_is_refused(cups, queue, key, needs):
    before = cups.lp("lpstat", "-W", "all", "-o").stdout
    outcome, output = _print(cups, queue, layout_named(key), specimen_faces(1))
    assert not outcome.printed and outcome.reason is Reason.NO_STOCK
    assert outcome.no_stock.printer == queue and outcome.no_stock.have  # what it has
    assert needs in outcome.no_stock.needed
    assert outcome.job_id is None
    assert not output.exists()  # nothing went to the printer, stretched or not
    assert cups.lp("lpstat", "-W", "all", "-o").stdout == before


@pytest.fixture
def spare_queue(cups):
    """A PostScript queue of the test's own, removed afterwards."""
    name = f"spare-{time.monotonic_ns()}"
    cups.add_queue(name, POSTSCRIPT)
    yield name
    cups.lp("lpadmin", "-x", name)


def test_a_paused_printer_is_said_and_nothing_is_sent(cups, spare_queue):
    cups.lp("cupsdisable", spare_queue, check=True)
    outcome, output = _print(cups, spare_queue, layout_named("sheet-letter"), specimen_faces(1))
    assert not outcome.printed and outcome.reason is Reason.PRINTER_TROUBLE
    assert outcome.printer == spare_queue and outcome.trouble is Trouble.PAUSED
    assert outcome.job_id is None and not output.exists()
    assert cups.lp("lpstat", "-o", spare_queue).stdout == ""  # nothing waits to come out later


def test_a_printer_rejecting_jobs_is_said(cups, spare_queue):
    cups.lp("cupsreject", spare_queue, check=True)
    outcome, _output = _print(cups, spare_queue, layout_named("sheet-letter"), specimen_faces(1))
    assert not outcome.printed and outcome.trouble is Trouble.REJECTING


def test_a_printer_paused_while_the_job_waits_gets_its_job_cancelled(cups, spare_queue):
    # an unreachable printer keeps the job waiting; then someone pauses the queue
    cups.lp("lpadmin", "-p", spare_queue, "-v", "socket://127.0.0.1:9", check=True)
    threading.Timer(1.0, cups.lp, ("cupsdisable", spare_queue)).start()
    outcome, _output = _print(
        cups, spare_queue, layout_named("sheet-letter"), specimen_faces(1), patience=1.5
    )
    assert not outcome.printed
    assert outcome.job_id is not None and outcome.withdrawn  # the desk cancelled it
    assert outcome.reason is Reason.PRINTER_TROUBLE and outcome.trouble is Trouble.PAUSED
    # cancelled, so a reprint does not come out twice when the printer is resumed
    assert cups.lp("lpstat", "-o", spare_queue).stdout == ""


def test_an_offline_printer_is_said_and_its_job_cancelled(cups, spare_queue):
    cups.lp("lpadmin", "-p", spare_queue, "-v", "socket://127.0.0.1:9", check=True)
    outcome, _output = _print(
        cups, spare_queue, layout_named("sheet-letter"), specimen_faces(1), patience=1.0
    )
    assert not outcome.printed and outcome.reason is Reason.NOT_TAKING
    assert outcome.said and outcome.withdrawn  # the backend's own words, kept verbatim
    assert cups.lp("lpstat", "-o", spare_queue).stdout == ""


def test_a_printer_removed_while_the_job_waits_is_said(cups, spare_queue):
    cups.lp("lpadmin", "-p", spare_queue, "-v", "socket://127.0.0.1:9", check=True)
    threading.Timer(1.0, cups.lp, ("lpadmin", "-x", spare_queue)).start()
    outcome, _output = _print(
        cups, spare_queue, layout_named("sheet-letter"), specimen_faces(1), patience=60
    )
    assert not outcome.printed and outcome.printer == spare_queue
    # CUPS cancels the jobs of a queue it removes, or loses them, or the queue is gone
    assert outcome.reason in (Reason.JOB_CANCELLED, Reason.NO_SUCH_PRINTER, Reason.CUPS_LOST_JOB)


def test_a_printer_that_is_gone_is_said(cups):
    outcome, _output = _print(cups, "Gone-Printer", layout_named("cr80"), specimen_faces(1))
    assert not outcome.printed and outcome.reason is Reason.NO_SUCH_PRINTER
    assert outcome.printer == "Gone-Printer"


def test_cups_stopping_while_the_job_waits_is_said_not_counted():
    folder = Path(tempfile.mkdtemp(prefix="fdcups-", dir="/tmp"))
    try:
        with CupsServer(folder) as cups:
            cups.add_queue("Far", POSTSCRIPT, uri="socket://127.0.0.1:9")
            threading.Timer(1.5, cups.stop).start()
            outcome, _output = _print(
                cups, "Far", layout_named("sheet-letter"), specimen_faces(1), patience=60
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert not outcome.printed and outcome.reason is Reason.CUPS_STOPPED


def test_cups_not_running_is_said():
    outcome = print_pdf(
        Cups("/tmp/no-cups-here.sock"), "QL-800", b"%PDF", layout_named("cr80"), "t"
    )
    assert not outcome.printed and outcome.reason is Reason.CUPS_DOWN


def test_sizes_used_above():  # the figures the checks rely on, in words
    assert layout_named("dymo-30857").page == (4 * inch, 2.25 * inch)
    assert layout_named("brother-62").page == pytest.approx((62 * mm, 100 * mm))


def _solid_rows(page, top: int) -> int:
    """Rows of the label's ``top`` rows with a solid black run at least a tenth of the width
    long: a solid band (white words in it) counts, a dithered one (dots) does not."""
    grey = page.convert("L")
    width, pixels = grey.width, grey.load()
    rows = 0
    for y in range(min(top, grey.height)):
        run = longest = 0
        for x in range(width):
            run = run + 1 if pixels[x, y] < 128 else 0
            longest = max(longest, run)
        rows += longest >= width / 10
    return rows


@pytest.mark.parametrize("queue", ["QL-800", "LabelWriter-450"])
def test_a_thermal_label_printer_gets_solid_black_inside_its_printable_area(cups, queue):
    from frontdesk.printing.cups_print import device_look

    kind = FITS[queue][0]
    layout = layout_named("brother-62" if queue == "QL-800" else "dymo-30857")
    look = device_look(Cups(cups.socket), queue, layout)
    assert look.mono  # a monochrome driver whose widest stock is a label roll
    assert max(look.inset) > 4  # the driver's unprintable edges
    faces = specimen_faces(1)
    server = Cups(cups.socket)
    printed = {}
    for name, drawn in (("colour", COLOUR), ("device", look)):
        pdf = render_badges(faces, layout, title="t", look=drawn)
        output = cups.out / f"{queue}.out"
        output.unlink(missing_ok=True)
        outcome = print_pdf(server, queue, pdf, layout, "t", poll=0.1)
        assert outcome.printed, outcome
        (page,) = pages_of(kind, output.read_bytes())
        assert qr_texts(page) == [faces[0].token]
        printed[name] = page
    if queue == "QL-800":  # the band across the top of the label
        band = 0.17 * min(layout.page) * DPI / 72  # in dots
        # the colour band is dithered (no solid run) and its top is cut by the unprintable
        # edge; the device's band is solid black and whole, inside the printable area
        top = round(band * 1.3)  # the band and the gap under it, above the names
        assert _solid_rows(printed["colour"], top) < 0.2 * band
        assert _solid_rows(printed["device"], top) == pytest.approx(band, abs=8)
        # the colour band is dithered (not solid) and its top is cut by the unprintable edge;
        # the device's band is solid black and whole

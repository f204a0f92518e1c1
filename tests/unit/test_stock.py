"""Choosing a printer's stock for a layout from IPP's self-describing media names (a
driverless printer has no PPD), and the words when there is none."""

from __future__ import annotations

import pytest
from reportlab.lib.units import inch, mm

from frontdesk.printing.badge_layouts import layout_named
from frontdesk.printing.stock import NoStock, badge_inset, choose_stock, ipp_stocks

# media-supported as CUPS 2.4 answered for the DYMO LabelWriter 450 and an office laser
DYMO = [
    "custom_54.19x22.27mm_54.19x22.27mm",
    "custom_2.25x1.25in_2.25x1.25in",
    "custom_58.76x101.6mm_58.76x101.6mm",
    "custom_min_3.52x3.52mm",
    "custom_max_56.89x2709.33mm",
]
OFFICE = ["na_letter_8.5x11in", "iso_a4_210x297mm", "na_legal_8.5x14in"]


def test_pwg_names_give_sizes_and_the_custom_range():
    stocks, custom = ipp_stocks(DYMO)
    assert [s.name for s in stocks] == DYMO[:3]
    assert stocks[1].width == pytest.approx(2.25 * inch)
    assert custom.width == pytest.approx((3.52 * mm, 56.89 * mm))


def test_the_30857_badge_takes_the_rolls_own_label_turned():
    stocks, custom = ipp_stocks(DYMO)
    assert choose_stock(layout_named("dymo-30857"), stocks, custom).name == DYMO[2]


def test_a_sheet_on_office_paper_and_no_label_on_it():
    stocks, custom = ipp_stocks(OFFICE)
    assert choose_stock(layout_named("sheet-a4"), stocks, custom).name == "iso_a4_210x297mm"
    with pytest.raises(NoStock) as refused:
        choose_stock(layout_named("brother-62"), stocks, custom, printer="Laser")
    no = refused.value  # values: the window and the CLI word them
    assert no.printer == "Laser" and no.layout.startswith("Brother QL 62 mm label")
    assert "62 x 100 mm labels" in no.needed and "iso_a4_210x297mm" in no.have


def test_a_label_roll_takes_no_custom_page_wider_than_its_head():
    stocks, custom = ipp_stocks(DYMO)  # custom pages up to 56.89 mm wide
    with pytest.raises(NoStock):
        choose_stock(layout_named("badge-4x3"), stocks, custom)


def test_the_unprintable_edges_follow_the_badge_turned_onto_the_roll():
    stocks, _custom = ipp_stocks(DYMO)
    stock = stocks[2]
    turned = type(stock)(stock.name, stock.title, stock.width, stock.height, (4, 4, 163, 271))
    left, bottom, right, top = badge_inset(turned, layout_named("dymo-30857"))
    assert (left, right) == pytest.approx((stock.height - 271, stock.height - 271))
    assert (bottom, top) == pytest.approx((4, 4))

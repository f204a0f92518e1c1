"""The desk in the staff's language: chosen in Settings, kept in the station's settings, applied
at once (Arabic mirrors the whole window) and at the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from frontdesk.gui.desk_language import apply_language, current_language, system_language
from frontdesk.gui.schedule_model import STATUS
from frontdesk.gui.settings_dialog import SettingsDialog
from tests.db.helpers import book, make_patient


@pytest.fixture(autouse=True)
def _english_again():
    yield
    apply_language("en")  # the next test's windows in the sources' words


@pytest.fixture
def window(open_window, actor, qtbot):
    layla = make_patient(actor, mrn="L1", family="Haddad", given="Layla", native_family_name="حداد")
    book(actor, layla, "A1", 11, department="Imaging")  # 11:00, the window's clock says 10:00
    win = open_window()
    with qtbot.waitSignal(win.patient_opened, timeout=5000):
        win.open_patient(layla.id)
    return win


def choose_language(qtbot, win, code: str) -> None:
    dialog = SettingsDialog(win.settings, win)
    qtbot.addWidget(dialog)
    combo = dialog.ui.languageCombo
    combo.setCurrentIndex(combo.findData(code))
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: win.settings.language == code, timeout=5000)  # after the write


def status_cell(win) -> str:
    return win.model.index(0, STATUS).data()


def test_arabic_mirrors_the_window_and_speaks_arabic_then_chinese(qtbot, window, tmp_path):
    assert window.ui.walkInButton.text() == "Walk-in…"
    choose_language(qtbot, window, "ar")
    qtbot.waitUntil(lambda: window.ui.walkInButton.text() == "دون موعد…")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.ui.menuFile.title() == "&ملف"
    assert window.model.headerData(STATUS, Qt.Orientation.Horizontal) == "الحالة"
    assert status_cell(window) == "مجدول"
    assert window.panel.ui.appointmentsCaption.text() == "مواعيد اليوم"
    assert "مجدول" in window.panel.ui.appointmentsValue.text()  # the panel shown again
    assert window.signed_in_label.text() == "المستخدم:"
    assert window.staff_combo.itemText(0) == "— اختر —"
    assert window.ui.statusFilter.itemText(0) == "جميع الحالات"
    # Earlier days lie to the right: the previous-day button (on the right) points right.
    assert window.ui.previousDayButton.x() > window.ui.nextDayButton.x()
    assert "نوفمبر" in window.ui.dateEdit.text()  # 30 November, in Arabic
    window.grab().save(str(tmp_path / "arabic.png"))

    choose_language(qtbot, window, "zh_CN")
    qtbot.waitUntil(lambda: window.ui.walkInButton.text() == "无预约就诊…")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.ui.menuFile.title() == "文件(&F)"
    assert window.model.headerData(STATUS, Qt.Orientation.Horizontal) == "状态"
    assert status_cell(window) == "已预约"
    assert window.panel.ui.appointmentsCaption.text() == "今天的预约"
    assert window.ui.previousDayButton.x() < window.ui.nextDayButton.x()

    choose_language(qtbot, window, "en")
    qtbot.waitUntil(lambda: window.ui.walkInButton.text() == "Walk-in…")
    assert status_cell(window) == "Scheduled"


def test_the_language_chosen_is_the_next_start_s(qtbot, open_window, desk_settings, db):
    desk_settings.language = "es"
    desk_settings.sync()
    assert apply_language(desk_settings.language) == "es"  # as run_window does, first
    win = open_window()
    assert win.ui.walkInButton.text() == "Sin cita…"
    assert win.ui.menuFile.title() == "&Archivo"
    assert win.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert current_language() == "es"


def test_nothing_chosen_is_the_system_s_language_or_english():
    assert system_language(QLocale("es_MX")) == "es"
    assert system_language(QLocale("ar_SA")) == "ar"
    assert system_language(QLocale("zh_CN")) == "zh_CN"
    assert system_language(QLocale("zh_TW")) == "en"
    assert system_language(QLocale("fr_FR")) == "en"
    assert system_language(QLocale("en_GB")) == "en"

"""The desk in the staff's language: English, Spanish, Arabic (the whole window right to left)
or Simplified Chinese.

    apply_language(settings.language)      # at start and when Settings changes it
    current_language()                     # "ar"

The catalogs are Qt Linguist files (``resources/i18n/frontdesk_*.ts``, refreshed from the
sources by ``scripts/update_catalogs.py``), compiled to ``.qm`` by ``scripts/build_ui.py`` into
the resource module (``:/i18n/``); Qt's own words (OK, Cancel, Yes) come from Qt's catalogs.
English is the sources' own text. A station that has not chosen takes the system's language
when the desk speaks it, English otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from frontdesk.gui import frontdesk_rc  # noqa: F401  (registers :/i18n)

# Code -> the language's own name, as the Settings list shows it.
LANGUAGES = {
    "en": "English",
    "es": "Español",
    "ar": "العربية",
    "zh_CN": "简体中文",
}
RIGHT_TO_LEFT = frozenset({"ar"})
# Qt's locale for dates and numbers Qt writes (the day's date box, the panel's dates). Arabic as
# in the Emirates: Arabic month and day names with the digits the rest of the desk shows (0-9).
_LOCALES = {"es": "es_ES", "ar": "ar_AE", "zh_CN": "zh_CN"}
DEFAULT = "en"

_installed: list[QTranslator] = []
_current = DEFAULT


def system_language(locale: QLocale | None = None) -> str:
    """The desk's language closest to the system's (Traditional Chinese: English, since the
    desk has no Traditional catalog)."""
    locale = locale or QLocale.system()
    name = locale.name()  # "es_MX", "zh_CN", "ar_EG"
    language = name.split("_")[0]
    if language == "zh":
        return "zh_CN" if locale.script() != QLocale.Script.TraditionalChineseScript else DEFAULT
    return language if language in LANGUAGES else DEFAULT


def chosen_language(setting: str | None) -> str:
    """The language a station's setting asks for ("" or unknown: the system's)."""
    return setting if setting in LANGUAGES else system_language()


def apply_language(code: str | None, app: QApplication | None = None) -> str:
    """Install the catalogs of ``code`` (a setting: "" for the system's language) in place of
    the current ones and set the layout direction; Qt sends every widget a LanguageChange.
    Returns the language now in use."""
    global _current
    app = app or QApplication.instance()
    code = chosen_language(code)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != DEFAULT:
        ours = QTranslator(app)
        if not ours.load(f":/i18n/frontdesk_{code}.qm"):
            raise RuntimeError(f"the catalog of {code} is missing from the resources")
        qt_words = QTranslator(app)
        translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for translator, loaded in (
            (ours, True),
            (qt_words, qt_words.load(f"qtbase_{code}", translations)),
        ):
            if loaded:
                app.installTranslator(translator)
                _installed.append(translator)
    direction = (
        Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)
    system = QLocale.system()
    english = system if system.language() == QLocale.Language.English else QLocale("en_US")
    QLocale.setDefault(QLocale(_LOCALES[code]) if code in _LOCALES else english)
    _current = code
    return code


def current_language() -> str:
    return _current

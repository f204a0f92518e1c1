"""The demo office's interpreters, and where its patients fly from.

The roster covers the languages of :mod:`frontdesk.demo.name_pools` the way a large
International Patient Center does: staff interpreters for the most frequent languages (Arabic,
Mandarin, Russian, Spanish, Portuguese, Korean), agencies on call for the rest, and a few
languages nobody on the roster speaks (phone or video, then). Flights are plausible routes of
each country's carriers from its main airports; the office is in Boston (Logan, BOS).
"""

from __future__ import annotations

from dataclasses import dataclass

WEEKDAYS = "Mon-Fri 08:00-17:00"
EARLY = "Mon-Fri 07:00-15:30"
LATE = "Mon-Fri 11:00-19:30; Sat 09:00-13:00"


@dataclass(frozen=True, slots=True)
class DemoInterpreter:
    name: str
    native_name: str | None
    languages: str
    kind: str = "staff"
    agency: str | None = None
    hours: str | None = WEEKDAYS
    base: str | None = "Wang Building"


ROSTER: tuple[DemoInterpreter, ...] = (
    DemoInterpreter("Nadia Haddad", "نادية حداد", "ar, fr"),
    DemoInterpreter("Youssef Mansour", "يوسف منصور", "ar", hours=EARLY, base="Yawkey Building"),
    DemoInterpreter("Rania Khalil", "رانيا خليل", "ar-EG, en", hours=LATE),
    DemoInterpreter("Hamad Al-Mutairi", "حمد المطيري", "ar", base="Yawkey Building"),
    DemoInterpreter("Layla Barakat", "ليلى بركات", "ar, ku", hours=LATE),
    DemoInterpreter("Wang Fang", "王芳", "zh-Hans"),
    DemoInterpreter("Chen Jing", "陈静", "zh-Hans, zh-Hant", hours=EARLY),
    DemoInterpreter("Liu Yang", "刘洋", "zh-Hans", hours=LATE, base="Yawkey Building"),
    DemoInterpreter("Natalia Sokolova", "Наталья Соколова", "ru, uk"),
    DemoInterpreter("Dmitri Volkov", "Дмитрий Волков", "ru, kk", hours=LATE),
    DemoInterpreter("Aigerim Nurlanovna", "Әйгерім Нұрланқызы", "kk, ru", hours=EARLY),
    DemoInterpreter("Carmen Ruiz", None, "es"),
    DemoInterpreter("Diego Hernández", None, "es-MX, es", hours=LATE),
    DemoInterpreter("Ana Souza", None, "pt-BR, pt, es"),
    DemoInterpreter("Kim Ji-woo", "김지우", "ko"),
    DemoInterpreter("Park Seo-yeon", "박서연", "ko", hours=LATE, base="Yawkey Building"),
    DemoInterpreter("Sato Haruka", "佐藤遥", "ja"),
    DemoInterpreter("Nguyen Thi Lan", "Nguyễn Thị Lan", "vi", hours=EARLY),
    DemoInterpreter("Somchai Rattanakorn", "สมชาย รัตนากร", "th"),
    DemoInterpreter("Elif Yılmaz", None, "tr, de"),
    DemoInterpreter("Dariush Tehrani", "داریوش تهرانی", "fa, az", hours=LATE),
    DemoInterpreter("Noa Friedman", "נועה פרידמן", "he, ru"),
    DemoInterpreter(
        "LinguaCare Arabic desk", None, "ar, ku", kind="agency", agency="LinguaCare", hours=None
    ),
    DemoInterpreter(
        "LinguaCare Asia desk",
        None,
        "zh-Hans, zh-Hant, vi, th, ja",
        kind="agency",
        agency="LinguaCare",
        hours=None,
    ),
    DemoInterpreter(
        "Boston Language Partners",
        None,
        "hi, ur, bn, pa, ta, te, mr",
        kind="agency",
        agency="Boston Language Partners",
        hours=None,
    ),
    DemoInterpreter(
        "Euro Interpreters",
        None,
        "el, pl, it, de, fr, pt-PT, uk",
        kind="agency",
        agency="Euro Interpreters",
        hours=None,
    ),
)

# Where each nationality flies from, and on which carriers (IATA codes).
ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "SAU": (("RUH", "JED", "DMM"), ("SV", "EK", "QR")),
    "ARE": (("DXB", "AUH"), ("EK", "EY")),
    "KWT": (("KWI",), ("KU", "QR", "EK")),
    "QAT": (("DOH",), ("QR",)),
    "OMN": (("MCT",), ("WY", "QR")),
    "EGY": (("CAI",), ("MS", "TK")),
    "JOR": (("AMM",), ("RJ",)),
    "IRQ": (("BGW", "EBL"), ("TK", "QR")),
    "PAK": (("ISB", "LHE", "KHI"), ("PK", "QR", "EK")),
    "IRN": (("IKA",), ("TK", "QR")),
    "ISR": (("TLV",), ("LY", "UA")),
    "CHN": (("PEK", "PVG", "CAN"), ("CA", "MU", "HU")),
    "TWN": (("TPE",), ("BR", "CI")),
    "JPN": (("HND", "NRT"), ("JL", "NH")),
    "KOR": (("ICN",), ("KE", "OZ")),
    "VNM": (("SGN", "HAN"), ("VN", "QR")),
    "THA": (("BKK",), ("TG", "QR")),
    "IND": (("DEL", "BOM", "BLR"), ("AI", "EK")),
    "RUS": (("SVO", "LED"), ("TK", "EK")),
    "UKR": (("WAW",), ("LO",)),
    "KAZ": (("ALA", "NQZ"), ("KC", "TK")),
    "GRC": (("ATH",), ("A3", "DL")),
    "MEX": (("MEX", "GDL"), ("AM", "AA")),
    "ESP": (("MAD", "BCN"), ("IB", "UX")),
    "COL": (("BOG",), ("AV", "B6")),
    "BRA": (("GRU", "GIG"), ("LA", "AA")),
    "PRT": (("LIS",), ("TP",)),
    "DEU": (("FRA", "MUC"), ("LH",)),
    "FRA": (("CDG",), ("AF", "DL")),
    "POL": (("WAW",), ("LO",)),
    "TUR": (("IST",), ("TK",)),
    "GBR": (("LHR", "MAN"), ("BA", "VS")),
    "IRL": (("DUB", "SNN"), ("EI",)),
    "NGA": (("LOS", "ABV"), ("DL", "EK")),
    "CAN": (("YYZ", "YUL", "YVR"), ("AC",)),
    "USA": (("LAX", "ORD", "MIA", "DFW", "SEA"), ("AA", "UA", "DL", "B6")),
}

# Nationals who need no visa letter to visit (visa waiver, or no visa at all).
NO_VISA_NEEDED = frozenset(
    {
        "GBR",
        "IRL",
        "JPN",
        "KOR",
        "TWN",
        "DEU",
        "FRA",
        "ESP",
        "PRT",
        "POL",
        "GRC",
        "ISR",
        "QAT",
        "CAN",
        "USA",
    }
)

PICKUPS = ("Logan Car Service", "IPC driver (Marco)", "IPC driver (Fatima)", "Boston Coach")
MEETING_POINTS = (
    "Terminal E arrivals, door 4, with an IPC sign",
    "Terminal B baggage claim 3",
    "Terminal C arrivals, by the information desk",
)
TRAIN = ("Acela", "Northeast Regional")

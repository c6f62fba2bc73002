"""Write src/factsheet/currencies.py from CLDR's currency data (through babel).

    pip install babel && python scripts/generate_currencies.py

The generated module is data only (run time needs no babel); tests/test_vocabulary.py
fails when it differs from what this script writes today. What CLDR does not hold,
news conventions such as "C$" for Canadian dollars, is in NEWS_SYMBOLS below.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

from babel import Locale, localedata
from babel.numbers import get_territory_currencies

TARGET = Path(__file__).resolve().parents[1] / "src" / "factsheet" / "currencies.py"

# Symbols news writes that CLDR's English locales do not give (or give to another currency).
NEWS_SYMBOLS = {
    "US$": "USD",
    "C$": "CAD",
    "AU$": "AUD",
    "S$": "SGD",
    "Mex$": "MXN",
    "KSh": "KES",
    "Sh": "KES",  # Kenyan papers write "Sh196.40" (Tanzanian and Ugandan ones "TSh", "USh")
    "Tk": "BDT",
    "QR": "QAR",
    "Rmb": "CNY",
    "Rs": "INR",
    "Rs.": "INR",
    "R": "ZAR",
    "Dh": "AED",
    "RM": "MYR",
    "Rp": "IDR",
}
# Currencies CLDR does not hold (not ISO 4217) that news writes all the same: crypto-currencies.
NEWS_CURRENCIES: dict[str, dict[str, str]] = {
    "BTC": {"symbol": "₿", "one": "bitcoin", "other": "bitcoins"},
}
# Bare currency words news writes after a number ("500 rupees"), and the currency each means
# in English news where no country is named (CLDR has several dollars, pesos and rupees).
BARE_WORDS: dict[str, str] = {
    "dollar": "USD",
    "dlr": "USD",  # wire copy: "5 mln dlrs"
    "euro": "EUR",
    "pound": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "ringgit": "MYR",
    "peso": "MXN",
    "rand": "ZAR",
    "franc": "CHF",
    "krona": "SEK",
    "krone": "NOK",
    "rupiah": "IDR",
    "baht": "THB",
    "naira": "NGN",
    "shekel": "ILS",
    "lira": "TRY",
    "ruble": "RUB",
    "rouble": "RUB",
    "dirham": "AED",
    "riyal": "SAR",
    "dong": "VND",
    "hryvnia": "UAH",
    "zloty": "PLN",
    "forint": "HUF",
    "koruna": "CZK",
    "markka": "FIM",
    "rial": "IRR",
    "taka": "BDT",
    "kwacha": "ZMW",
    "cedi": "GHS",
    "shilling": "KES",
    "escudo": "PTE",
    "drachma": "GRD",
    "guilder": "NLG",
    "peseta": "ESP",
    "lempira": "HNL",
    "quetzal": "GTQ",
    "bolivar": "VES",
    "sol": "PEN",
}
# Codes that are English words in capitals ("ALL 5 PLAYERS"): read only with a symbol or a name.
CODES_THAT_ARE_WORDS = {"ALL", "TOP", "CUP", "MOP", "BOB", "PEN", "SOS", "MAD", "GEL", "LAK", "AMD", "BAM", "CAD", "UYU"}


def generate() -> str:
    english = Locale("en")
    names = {code: name for code, name in english.currencies.items() if "(" not in name}
    plurals = english._data["currency_names_plural"]

    symbols: dict[str, str] = dict(NEWS_SYMBOLS)
    for code, symbol in english.currency_symbols.items():
        if code in names and symbol not in (code, "$", "¤") and symbol not in symbols:
            symbols[symbol] = code
    local: dict[str, set[str]] = {}
    for identifier in localedata.locale_identifiers():
        if not identifier.startswith("en_") or identifier.count("_") != 1:
            continue
        territory = Locale.parse(identifier).territory
        currencies = get_territory_currencies(territory) if territory else []
        if not currencies:
            continue
        code = currencies[0]
        symbol = Locale.parse(identifier).currency_symbols.get(code)
        # One or two letters ("K", "SR", "Le") are too often initials or words: only those
        # news writes (NEWS_SYMBOLS) are read. "$" alone is the US dollar.
        if symbol and symbol not in (code, "$") and not (symbol.isascii() and symbol.isalpha() and len(symbol) <= 2):
            local.setdefault(symbol, set()).add(code)
    # A currency sign its own country writes ("₡" in Costa Rica, "₭" in Laos), from every locale:
    # signs only (Unicode's currency symbols), never letters of the locale's language ("zł", "Kč").
    for identifier in localedata.locale_identifiers():
        if identifier.count("_") != 1 or identifier.startswith("en_"):
            continue
        locale = Locale.parse(identifier)
        currencies = get_territory_currencies(locale.territory) if locale.territory else []
        if not currencies:
            continue
        symbol = locale.currency_symbols.get(currencies[0])
        if symbol and all(unicodedata.category(c) == "Sc" for c in symbol) and symbol not in ("$", "¤"):
            local.setdefault(symbol, set()).add(currencies[0])
    for symbol, codes in local.items():
        if symbol not in symbols and len(codes) == 1:  # a symbol two currencies share names neither
            symbols[symbol] = codes.pop()

    words: dict[str, str] = {}
    for code, name in names.items():
        forms = {name, plurals.get(code, {}).get("one", name), plurals.get(code, {}).get("other", name)}
        for form in forms:
            words[form.lower()] = code
    for bare, default in BARE_WORDS.items():
        code = default
        words[bare] = code
        for form in (plurals.get(code, {}).get("other", ""),):
            last = form.lower().split()[-1] if form else ""
            if last and last != bare and last.startswith(bare[:3]):
                words[last] = code
        words.setdefault(bare + "s", code)
    for code, forms in NEWS_CURRENCIES.items():
        if "symbol" in forms:
            symbols.setdefault(forms["symbol"], code)
        words.setdefault(forms["one"], code)
        words.setdefault(forms["other"], code)
    codes = sorted([*(code for code in names if code.isalpha() and code not in CODES_THAT_ARE_WORDS), *NEWS_CURRENCIES])

    lines = [
        '"""Currencies: symbols, ISO codes and English names, generated from CLDR.',
        "",
        "Written by scripts/generate_currencies.py (babel " + __import__("babel").__version__ + "); do not edit.",
        '"""',
        "",
        "# A symbol written before an amount, and the currency it means.",
        "SYMBOLS: dict[str, str] = {",
        *(f"    {_quoted(symbol)}: {_quoted(code)}," for symbol, code in sorted(symbols.items())),
        "}",
        '# ISO 4217 codes written before or after an amount ("USD 200", "100 EUR").',
        "CODES: frozenset[str] = frozenset(",
        "    {",
        *(f"        {_quoted(code)}," for code in codes),
        "    }",
        ")",
        "# Names written after an amount, singular and plural, in lower case.",
        "NAMES: dict[str, str] = {",
        *(f"    {_quoted(word)}: {_quoted(code)}," for word, code in sorted(words.items())),
        "}",
        "",
    ]
    return "\n".join(lines)


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def main() -> int:
    text = generate()
    if "--check" in sys.argv:
        return 0 if TARGET.read_text(encoding="utf-8") == text else 1
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Recognition that holds on any article: each shape English news writes a figure in,
read once, with its value, unit and qualifier, and the same standing alone as in a sentence."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.errors import FigureError
from factsheet.figures import Kind, find_figures, parse_figure

from .conftest import EVAL, ROOT

SHARED = ROOT.parent / "shared"
SUITES = SHARED / "suites" / "recognizers-text"
CORPUS = yaml.safe_load((Path(__file__).parent / "corpus" / "recognition_general.yaml").read_text(encoding="utf-8"))

# The misreadings the issue found, each a figure as written -> what it means. A wrong value
# is worse than a miss, so every one of these is pinned.
READINGS = [
    # qualifiers
    ("no more than 12", Kind.COUNT, "12", None, "no more than"),
    ("a maximum of 12", Kind.COUNT, "12", None, "a maximum of"),
    ("a minimum of 40%", Kind.PERCENT, "40", "percent", "a minimum of"),
    ("north of $1 billion", Kind.MONEY, "1000000000", "USD", "north of"),
    ("give or take 30", Kind.COUNT, "30", None, "give or take"),
    ("as few as 12", Kind.COUNT, "12", None, "as few as"),
    ("as low as -6C", Kind.MEASURE, "-6", "°C", "as low as"),
    ("30-odd", Kind.COUNT, "30", None, "odd"),
    ("just under 40", Kind.COUNT, "40", None, "just under"),
    ("within 72 hours", Kind.DURATION, "72", "hour", "within"),
    ("two winters", Kind.DURATION, "2", "winter", None),  # seasons as spans of time, in the plural only
    ("just over three minutes", Kind.DURATION, "3", "minute", "just over"),
    # money in any currency
    ("C$16.4 million", Kind.MONEY, "16400000", "CAD", None),
    ("HK$3.2 billion", Kind.MONEY, "3200000000", "HKD", None),
    ("A$500", Kind.MONEY, "500", "AUD", None),
    ("RM900,000", Kind.MONEY, "900000", "MYR", None),
    ("Rs 500 crore", Kind.MONEY, "5000000000", "INR", None),
    ("Rs 500 cr", Kind.MONEY, "5000000000", "INR", None),
    ("Rs 2cr", Kind.MONEY, "20000000", "INR", None),
    ("Rs 5 lac", Kind.MONEY, "500000", "INR", None),
    ("$2 mil", Kind.MONEY, "2000000", "USD", None),
    ("$US2.5 billion", Kind.MONEY, "2500000000", "USD", None),
    ("$A1.2 billion", Kind.MONEY, "1200000000", "AUD", None),
    ("2mil SEK", Kind.MONEY, "2000000", "SEK", None),
    ("Rs.100 crore", Kind.MONEY, "1000000000", "INR", None),
    ("KSh500 million", Kind.MONEY, "500000000", "KES", None),
    ("₹2 lakh", Kind.MONEY, "200000", "INR", None),
    ("R1.5 billion", Kind.MONEY, "1500000000", "ZAR", None),
    ("USD 200", Kind.MONEY, "200", "USD", None),
    ("100 EUR", Kind.MONEY, "100", "EUR", None),
    ("CHF 75", Kind.MONEY, "75", "CHF", None),
    ("$1.2M", Kind.MONEY, "1200000", "USD", None),
    ("$5K", Kind.MONEY, "5000", "USD", None),
    ("€40bn", Kind.MONEY, "40000000000", "EUR", None),
    ("100 billion yuan", Kind.MONEY, "100000000000", "CNY", None),
    ("420 million Finnish markka", Kind.MONEY, "420000000", "FIM", None),
    ("50 dollars", Kind.MONEY, "50", "USD", None),
    ("361 million pounds", Kind.MONEY, "361000000", "GBP", None),
    ("34 cents", Kind.MONEY, "34", "cent", None),
    ("470 pence", Kind.MONEY, "470", "penny", None),
    ("99p", Kind.MONEY, "99", "penny", None),
    ("€1,5 million", Kind.MONEY, "1500000", "EUR", None),
    # measures and temperatures
    ("22 pounds", Kind.MEASURE, "22", "lb", None),
    ("1.8m tall", Kind.MEASURE, "1.8", "m", None),
    ("30m", Kind.MEASURE, "30", "m", None),
    ("2.5m", Kind.COUNT, "2500000", None, None),
    ("75ml", Kind.MEASURE, "75", "ml", None),
    ("200lbs", Kind.MEASURE, "200", "lb", None),
    ("5 ft", Kind.MEASURE, "5", "ft", None),
    ("16,000 metric tons", Kind.MEASURE, "16000", "t", None),
    ("40C", Kind.MEASURE, "40", "°C", None),
    ("-5C", Kind.MEASURE, "-5", "°C", None),
    ("104F", Kind.MEASURE, "104", "°F", None),
    ("37°C", Kind.MEASURE, "37", "°C", None),
    ("90 fahrenheit", Kind.MEASURE, "90", "°F", None),
    ("12 degrees Celsius", Kind.MEASURE, "12", "°C", None),
    ("20-foot-deep", Kind.MEASURE, "20", "ft", None),
    ("magnitude-6.4", Kind.MEASURE, "6.4", "magnitude", None),
    ("5.8-magnitude", Kind.MEASURE, "5.8", "magnitude", None),
    # counts made of parts
    ("two dozen", Kind.COUNT, "24", None, None),
    ("one and a half", Kind.COUNT, "1.5", None, None),
    ("2 1/2 years", Kind.DURATION, "2.5", "year", None),
    ("10 1/2 miles", Kind.MEASURE, "10.5", "mile", None),
    ("1/4 mile", Kind.MEASURE, "0.25", "mile", None),
    ("half an hour", Kind.DURATION, "0.5", "hour", None),
    ("several hundred", Kind.COUNT, "200-999", None, "several"),
    ("four-day-long", Kind.DURATION, "4", "day", None),
    ("two quarters", Kind.DURATION, "2", "quarter", None),
    # fractions, shares, multiples, scores
    ("two-thirds", Kind.FRACTION, "0.667", None, None),
    ("three-quarters", Kind.FRACTION, "0.75", None, None),
    ("Nearly a third", Kind.FRACTION, "0.333", None, "nearly"),
    ("one twentieth", Kind.FRACTION, "0.05", None, None),
    ("two sevenths", Kind.FRACTION, "0.286", None, None),
    ("a hundredth of a second", Kind.DURATION, "0.01", "second", None),
    ("a millionth of a metre", Kind.MEASURE, "0.000001", "m", None),
    ("3 out of 5", Kind.FRACTION, "0.6", None, None),
    ("more than 1 in 10", Kind.FRACTION, "0.1", None, "more than"),
    ("nearly 1 in five", Kind.FRACTION, "0.2", None, "nearly"),
    ("3 in nine", Kind.FRACTION, "0.333", None, None),
    ("nearly double", Kind.MULTIPLE, "2", None, "nearly"),
    ("twice", Kind.MULTIPLE, "2", None, None),
    ("nearly three times", Kind.MULTIPLE, "3", None, "nearly"),
    ("11:40 left", Kind.DURATION, "700", "second", None),
    ("about £3-4 billion", Kind.MONEY, "3000000000-4000000000", "GBP", "about"),
    ("between 25 million and 30 million euros", Kind.MONEY, "25000000-30000000", "EUR", None),
    ("2.5 times", Kind.MULTIPLE, "2.5", None, None),
    ("more than 20 times", Kind.MULTIPLE, "20", None, "more than"),
    ("6-4", Kind.SCORE, "6-4", None, None),
    ("11-1", Kind.SCORE, "11-1", None, None),
    ("3-to-1", Kind.SCORE, "3-1", None, None),
    ("09.30 GMT", Kind.TIME, "09:30", None, None),  # a clock with a point, as British copy writes it, by its zone
    ("14.30 BST", Kind.TIME, "14:30", None, None),
    ("1.2K", Kind.COUNT, "1200", None, None),  # thousands, with a decimal or three digits ("300K")
    ("300K", Kind.COUNT, "300000", None, None),
    ("5 to 1", Kind.SCORE, "5-1", None, None),  # a ratio spaced out, against one only
    ("nine votes to four", Kind.SCORE, "9-4", None, None),  # a tally in words, with its "votes"
    ("three to one", Kind.SCORE, "3-1", None, None),
    # times and dates
    ("8PM", Kind.TIME, "20:00", None, None),
    ("7am", Kind.TIME, "07:00", None, None),
    ("2.30pm", Kind.TIME, "14:30", None, None),
    ("11:15 p.m.", Kind.TIME, "23:15", None, None),
    ("about 10 p.m.", Kind.TIME, "22:00", None, "about"),
    ("noon", Kind.TIME, "12:00", None, None),
    ("midnight", Kind.TIME, "00:00", None, None),
    ("10/31/1974", Kind.DATE, "1974-10-31", None, None),
    ("22/04", Kind.DATE, "04-22", None, None),
    ("2015-03-03", Kind.DATE, "2015-03-03", None, None),
    ("fourth quarter of 2025", Kind.DATE, "2025-Q4", None, None),
    ("Q4 2018", Kind.DATE, "2018-Q4", None, None),
    ("2019 H2", Kind.DATE, "2019-H2", None, None),
    ("2025/26", Kind.YEAR, "2025/2026", None, None),
    ("2024-25", Kind.YEAR, "2024/2025", None, None),
    ("FY2024", Kind.YEAR, "FY2024", None, None),
    ("summer of 2020", Kind.YEAR, "2020", None, "summer"),
    ("beginning of 2023", Kind.YEAR, "2023", None, "beginning"),
    ("winter of 2029-30", Kind.YEAR, "2029/2030", None, "winter"),
    ("winter 2022/23", Kind.YEAR, "2022/2023", None, "winter"),
    ("mid-2024", Kind.YEAR, "2024", None, "mid"),
    ("'08", Kind.YEAR, "2008", None, None),
    ("early 2020", Kind.YEAR, "2020", None, "early"),
    ("Earlier Saturday", Kind.WEEKDAY, "Saturday", None, "earlier"),
    ("first of March", Kind.DATE, "03-01", None, None),
    ("thirty-first of May", Kind.DATE, "05-31", None, None),
    ("March third", Kind.DATE, "03-03", None, None),
    ("Tuesday, March 7", Kind.DATE, "03-07", None, None),
    # words that compose
    ("three lakh crore", Kind.COUNT, "3000000000000", None, None),
    ("two point two million", Kind.COUNT, "2200000", None, None),
    ("3 dozen", Kind.COUNT, "36", None, None),
    ("minus 5", Kind.COUNT, "-5", None, None),
    ("2 degrees below zero", Kind.MEASURE, "-2", "degree", None),
    ("greater than 100", Kind.COUNT, "100", None, "greater than"),
    ("500 or fewer", Kind.COUNT, "500", None, "or fewer"),
    ("greater than or equal to 65", Kind.COUNT, "65", None, "greater than or equal to"),
    ("plus or minus 3 percentage points", Kind.PERCENT, "3", "percentage point", "plus or minus"),
    ("±3 points", Kind.MEASURE, "3", "point", "±"),
    ("a quarter point", Kind.PERCENT, "0.25", "percentage point", None),
    ("<5%", Kind.PERCENT, "5", "percent", "<"),
    (">= 30", Kind.COUNT, "30", None, ">="),
    # one of a unit, with a qualifier or a half
    ("more than a month", Kind.DURATION, "1", "month", "more than"),
    ("almost a decade", Kind.DURATION, "1", "decade", "almost"),
    ("within an hour", Kind.DURATION, "1", "hour", "within"),
    ("an hour and a half", Kind.DURATION, "1.5", "hour", None),
    ("up to a metre", Kind.MEASURE, "1", "m", "up to"),
    # two units of one quantity: one figure, in the smaller unit
    ("2 minutes and 30 seconds", Kind.DURATION, "150", "second", None),
    ("1 hour 20 minutes", Kind.DURATION, "80", "minute", None),
    ("1 hour, 20 minutes and 30 seconds", Kind.DURATION, "4830", "second", None),
    ("2:03:45", Kind.DURATION, "7425", "second", None),
    ("three years and four months", Kind.DURATION, "40", "month", None),
    ("6 ft two inches", Kind.MEASURE, "74", "inch", None),
    ("within 72h", Kind.DURATION, "72", "hour", "within"),
    ("3hrs", Kind.DURATION, "3", "hour", None),
    ("90mins", Kind.DURATION, "90", "minute", None),
    ("2h 30min", Kind.DURATION, "150", "minute", None),
    ("6 feet 2 inches", Kind.MEASURE, "74", "inch", None),
    ("6-foot-4", Kind.MEASURE, "76", "inch", None),
    ("6'4\"", Kind.MEASURE, "76", "inch", None),
    ("5′10″", Kind.MEASURE, "70", "inch", None),
    ("256GB", Kind.MEASURE, "256", "GB", None),
    ("26.6 megabytes", Kind.MEASURE, "26.6", "MB", None),
    ("2.3GHz", Kind.MEASURE, "2.3", "GHz", None),
    ("5-foot-2-inch", Kind.MEASURE, "62", "inch", None),
    ("6 feet 4", Kind.MEASURE, "76", "inch", None),
    # money
    ("Rs 1,20,000", Kind.MONEY, "120000", "INR", None),
    ("12,34,567.89 rupees", Kind.MONEY, "1234567.89", "INR", None),
    ("50-cent", Kind.MONEY, "50", "cent", None),
    ("345p", Kind.MONEY, "345", "penny", None),
    ("12.5p", Kind.MONEY, "12.5", "penny", None),
    ("67.5pc", Kind.PERCENT, "67.5", "percent", None),
    ("12,5%", Kind.PERCENT, "12.5", "percent", None),
    ("2,5 km", Kind.MEASURE, "2.5", "km", None),
    ("1.2pp", Kind.PERCENT, "1.2", "percentage point", None),
    ("USD50 million", Kind.MONEY, "50000000", "USD", None),
    ("CHF 1’000", Kind.MONEY, "1000", "CHF", None),
    ("25'000 francs", Kind.MONEY, "25000", "CHF", None),
    ("120 MEUR", Kind.MONEY, "120000000", "EUR", None),
    ("75 USD million", Kind.MONEY, "75000000", "USD", None),
    ("15 dollars 50", Kind.MONEY, "15.5", "USD", None),
    ("thirteen dollars forty five", Kind.MONEY, "13.45", "USD", None),
    ("500 kSEK", Kind.MONEY, "500000", "SEK", None),
    ("EUR1.2bn", Kind.MONEY, "1200000000", "EUR", None),
    ("Mex$ 10 million", Kind.MONEY, "10000000", "MXN", None),
    # dates
    ("Monday 21 September", Kind.DATE, "09-21", None, None),
    ("Friday 7/6", Kind.DATE, "07-06", None, None),
    ("june 5", Kind.DATE, "06-05", None, None),
    ("15-03-2020", Kind.DATE, "2020-03-15", None, None),
    ("3-15-2020", Kind.DATE, "2020-03-15", None, None),
    ("15.03.2020", Kind.DATE, "2020-03-15", None, None),
    ("4.7.2021", Kind.DATE, "2021-07-04", None, None),
    ("July 4th of 1995", Kind.DATE, "1995-07-04", None, None),
    ("4th of July of 1995", Kind.DATE, "1995-07-04", None, None),
    ("monday", Kind.WEEKDAY, "Monday", None, None),
    # clock times in words
    ("seven o'clock", Kind.TIME, "07:00", None, None),
    ("7 o'clock in the evening", Kind.TIME, "19:00", None, None),
    ("7.30 in the morning", Kind.TIME, "07:30", None, None),
    ("9 at night", Kind.TIME, "21:00", None, None),
    ("half past seven", Kind.TIME, "07:30", None, None),
    ("a quarter to nine", Kind.TIME, "08:45", None, None),
    ("10 past 9", Kind.TIME, "09:10", None, None),
    ("six pm", Kind.TIME, "18:00", None, None),
    ("Eleven P.M.", Kind.TIME, "23:00", None, None),
    ("seven thirty a.m.", Kind.TIME, "07:30", None, None),
    ("nine forty-five pm", Kind.TIME, "21:45", None, None),
    ("nine oh five am", Kind.TIME, "09:05", None, None),
    ("half past seven pm", Kind.TIME, "19:30", None, None),
    ("7:30 in the evening", Kind.TIME, "19:30", None, None),
    ("6:30 tonight", Kind.TIME, "18:30", None, None),
    ("9 tonight", Kind.TIME, "21:00", None, None),
    ("two o'clock pm", Kind.TIME, "14:00", None, None),
    ("one hour and a half", Kind.DURATION, "1.5", "hour", None),
    # a fraction of a scale
    ("half a million", Kind.COUNT, "500000", None, None),
    ("more than half a billion pounds", Kind.MONEY, "500000000", "GBP", "more than"),
    ("a quarter of a million", Kind.COUNT, "250000", None, None),
    ("a half-million dollars", Kind.MONEY, "500000", "USD", None),
    ("half a dozen", Kind.COUNT, "6", None, None),
    ("a half-dozen", Kind.COUNT, "6", None, None),
    ("half dozen", Kind.COUNT, "6", None, None),
    ("half a mile", Kind.MEASURE, "0.5", "mile", None),
    ("half a pint", Kind.MEASURE, "0.5", "pint", None),
    ("148.50 crowns", Kind.MONEY, "148.5", "crown", None),  # which crown, the text does not say
    ("3 million Swedish crowns", Kind.MONEY, "3000000", "SEK", None),
    ("1.2 billion Czech crowns", Kind.MONEY, "1200000000", "CZK", None),
    ("£80,000-120,000", Kind.MONEY, "80000-120000", "GBP", None),  # the sign before the first end says both
    ("$5 to 7", Kind.MONEY, "5-7", "USD", None),
    ("0.3-point", Kind.PERCENT, "0.3", "percentage point", None),  # a fraction of a point is a rate's, as "quarter-point"
    ("1.5-point", Kind.MEASURE, "1.5", "point", None),
    ("nearly 14 paise", Kind.MONEY, "14", "paisa", "nearly"),  # a minor unit, as "34 cents" is
    ("50 kopecks", Kind.MONEY, "50", "kopeck", None),
    ("20 centimes", Kind.MONEY, "20", "centime", None),
    ("within a week or two", Kind.DURATION, "1-2", "week", "within"),  # one to a few of a unit
    ("a mile or two", Kind.MEASURE, "1-2", "mile", None),
    ("quarter-point", Kind.PERCENT, "0.25", "percentage point", None),  # "a further quarter-point rise"
    ("a half-percentage-point", Kind.PERCENT, "0.5", "percentage point", None),
    ("7.1 on the Richter scale", Kind.MEASURE, "7.1", "magnitude", None),
    ("June 1-3, 2024", Kind.DATE, "2024-06-01/2024-06-03", None, None),  # the year after the last day is the range's
    ("0.2 of a second", Kind.DURATION, "0.2", "second", None),  # a decimal or a fraction of a unit, as "a third of a mile"
    ("3/8 of a gallon", Kind.MEASURE, "0.375", "gallon", None),
    ("0.25 of a percentage point", Kind.PERCENT, "0.25", "percentage point", None),
    ("12 kilos", Kind.MEASURE, "12", "kg", None),
    ("1.5 kilogrammes", Kind.MEASURE, "1.5", "kg", None),
    ("250 grammes", Kind.MEASURE, "250", "g", None),
    ("two pints", Kind.MEASURE, "2", "pint", None),
    ("15 billion bushels", Kind.MEASURE, "15000000000", "bushel", None),
    ("400-kilovolt", Kind.MEASURE, "400", "kV", None),  # a compound writes its unit in the singular
    ("1,000-megawatt-hour", Kind.MEASURE, "1000", "MWh", None),  # was "1,000-megawatt", of power
    ("30-knot", Kind.MEASURE, "30", "knot", None),
    ("three consecutive years", Kind.DURATION, "3", "year", None),  # a run of the unit: was a count of 3
    ("two straight days", Kind.DURATION, "2", "day", None),
    ("at least three more days", Kind.DURATION, "3", "day", "at least"),  # so much more of the unit
    ("7.02m", Kind.MEASURE, "7.02", "m", None),  # two decimals and a glued "m": a jump or a height, as "30m" is a length
    ("2.35m customers", Kind.COUNT, "2350000", None, None),  # millions, with the noun that says so
    ("less than 8 micrometres", Kind.MEASURE, "8", "µm", "less than"),
    ("$12/month", Kind.MONEY, "12", "USD/month", None),
    ("$2,340/oz", Kind.MONEY, "2340", "USD/oz", None),  # a commodity's price by its unit
    ("€95/MWh", Kind.MONEY, "95", "EUR/mwh", None),
    ("mother-of-two", Kind.COUNT, "2", None, None),
    ("mid-30s", Kind.COUNT, "30-39", None, "mid"),
    ("mid-sixties", Kind.COUNT, "60-69", None, "mid"),
    ("forties", Kind.COUNT, "40-49", None, None),
    ("six-figure", Kind.COUNT, "100000-999999", None, None),
    ("several hundred thousand", Kind.COUNT, "200000-999999", None, "several"),
    ("a few dozen", Kind.COUNT, "24-99", None, "a few"),
    ("40-plus", Kind.COUNT, "40", None, "plus"),
    # a share added to a number, or a number's share of a scale
    ("five and a half million dollars", Kind.MONEY, "5500000", "USD", None),
    ("3 million and a half", Kind.COUNT, "3500000", None, None),
    ("two billion and a quarter", Kind.COUNT, "2250000000", None, None),
    ("one and a third", Kind.COUNT, "1.333", None, None),
    # "and half" without its article, as South Asian English writes it: not "two" alone
    ("two and half years", Kind.DURATION, "2.5", "year", None),
    ("one hour and half", Kind.DURATION, "1.5", "hour", None),
    ("3 and half lakh rupees", Kind.MONEY, "350000", "INR", None),
    ("two-thirds of a million", Kind.COUNT, "666667", None, None),
    ("five million pounds", Kind.MONEY, "5000000", "GBP", None),
    ("four dozens", Kind.COUNT, "48", None, None),
    # the whole of a share is read whole
    ("two out of five hundred", Kind.FRACTION, "0.004", None, None),
    ("1 in twenty-one", Kind.FRACTION, "0.048", None, None),
    ("1 in 5,000", Kind.FRACTION, "0.0002", None, None),
    ("3 out of 1,000", Kind.FRACTION, "0.003", None, None),
    ("1-in-5", Kind.FRACTION, "0.2", None, None),
    ("1 in every 200", Kind.FRACTION, "0.005", None, None),
    ("one-in-five", Kind.FRACTION, "0.2", None, None),
    ("one penny", Kind.MONEY, "1", "penny", None),
    ("10 tln", Kind.COUNT, "10000000000000", None, None),
    ("£5 bn", Kind.MONEY, "5000000000", "GBP", None),
    ("$3 tn", Kind.MONEY, "3000000000000", "USD", None),
    # dates in a table's style, and a day of the month alone
    ("June of 1992", Kind.DATE, "1992-06", None, None),
    ("Dec-2018", Kind.DATE, "2018-12", None, None),
    ("Oct/2", Kind.DATE, "10-02", None, None),
    ("22-Jan-2019", Kind.DATE, "2019-01-22", None, None),
    ("2019/aug/01", Kind.DATE, "2019-08-01", None, None),
    ("the 18th", Kind.DATE, "---18", None, None),
    ("2017-Q1", Kind.DATE, "2017-Q1", None, None),
    ("q3 2019", Kind.DATE, "2019-Q3", None, None),
    ("Q1-2019", Kind.DATE, "2019-Q1", None, None),
    ("Friday the 13th", Kind.DATE, "---13", None, None),
    ("Wednesday the thirty-first", Kind.DATE, "---31", None, None),
    ("Sat 14 June", Kind.DATE, "06-14", None, None),
    ("at 7.30", Kind.TIME, "07:30", None, None),
    ("07.42", Kind.TIME, "07:42", None, None),
    ("14.30 local time", Kind.TIME, "14:30", None, None),
    ("2300 local time", Kind.TIME, "23:00", None, None),
    ("2:1", Kind.SCORE, "2-1", None, None),
    # a range whose second end says what both count is one figure: each end alone misreads the first
    ("10-15cm", Kind.MEASURE, "10-15", "cm", None),
    ("5.25-5.5%", Kind.PERCENT, "5.25-5.5", "percent", None),
    ("$1.2-1.5 million", Kind.MONEY, "1200000-1500000", "USD", None),
    ("£5-10m", Kind.MONEY, "5000000-10000000", "GBP", None),
    ("95m to 98m tonnes", Kind.MEASURE, "95000000-98000000", "t", None),
    ("about 15 to 20 years", Kind.DURATION, "15-20", "year", "about"),
    ("2-3 weeks", Kind.DURATION, "2-3", "week", None),
    ("two to three days", Kind.DURATION, "2-3", "day", None),
    ("two or three million tonnes", Kind.MEASURE, "2000000-3000000", "t", None),
    ("between 30 and 35C", Kind.MEASURE, "30-35", "°C", None),
    ("two or three million", Kind.COUNT, "2000000-3000000", None, None),
    ("two or three hundred thousand", Kind.COUNT, "200000-300000", None, None),
    ("5 or 6 percent", Kind.PERCENT, "5-6", "percent", None),
    # days with their month once, years with their century once: alone the bare end would be a count
    ("June 1-3", Kind.DATE, "06-01/06-03", None, None),
    ("3-5 March 2024", Kind.DATE, "2024-03-03/2024-03-05", None, None),
    ("between March 3 and 5", Kind.DATE, "03-03/03-05", None, None),
    ("1914-18", Kind.YEAR, "1914/1918", None, None),
    # an hour before a clock takes its half of the day: alone it would be a count
    ("9 to 11 a.m.", Kind.TIME, "09:00-11:00", None, None),
    ("3-4pm", Kind.TIME, "15:00-16:00", None, None),
    ("between 2 and 4 p.m.", Kind.TIME, "14:00-16:00", None, None),
    ("11 to 1 p.m.", Kind.TIME, "11:00-13:00", None, None),
    ("three or four a.m.", Kind.TIME, "03:00-04:00", None, None),
    ("9.30-11am", Kind.TIME, "09:30-11:00", None, None),
    ("320/7", Kind.SCORE, "320-7", None, None),
    ("245 for 6", Kind.SCORE, "245-6", None, None),
    ("218 to 214", Kind.SCORE, "218-214", None, None),
    ("52 votes to 48", Kind.SCORE, "52-48", None, None),
    ("45 for none", Kind.SCORE, "45-0", None, None),
    ("4/35", Kind.SCORE, "4-35", None, None),
    ("fifty-fifty", Kind.SCORE, "50-50", None, None),
    ("6.1in", Kind.MEASURE, "6.1", "inch", None),
    ("199g", Kind.MEASURE, "199", "g", None),
    ("65W", Kind.MEASURE, "65", "W", None),
    ("12V", Kind.MEASURE, "12", "V", None),
    ("1.5l", Kind.MEASURE, "1.5", "l", None),
    ("2L", Kind.MEASURE, "2", "l", None),
    ("200MP", Kind.MEASURE, "200", "megapixel", None),
    ("36.8 gigatonnes", Kind.MEASURE, "36.8", "Gt", None),
    ("20-megaton", Kind.MEASURE, "20", "Mt", None),
    ("2  1/4 miles", Kind.MEASURE, "2.25", "mile", None),
    ("one hundredth of a millimetre", Kind.MEASURE, "0.01", "mm", None),
    ("half a centimetre", Kind.MEASURE, "0.5", "cm", None),
    ("end-2025", Kind.YEAR, "2025", None, "end"),
    ("end-June", Kind.DATE, "06", None, "end"),
    ("5m homes", Kind.COUNT, "5000000", None, None),
    ("2m people", Kind.COUNT, "2000000", None, None),
    ("2m tonnes", Kind.MEASURE, "2000000", "t", None),
    ("30m", Kind.MEASURE, "30", "m", None),
    ("2h 01m 09s", Kind.DURATION, "7269", "second", None),
    ("2hr 21min 37sec", Kind.DURATION, "8497", "second", None),  # a race time, its seconds written "sec"
    ("14-1/4 cents", Kind.MONEY, "14.25", "cent", None),  # a mixed number joined by a hyphen, as US copy writes it
    ("$6.12-3/4", Kind.MONEY, "6.1275", "USD", None),  # three quarters of a cent, as grain is quoted
    ("less than a millisecond", Kind.DURATION, "1", "millisecond", "less than"),
    ("half a teaspoon", Kind.MEASURE, "0.5", "tsp", None),  # a cook's spoons
    ("2 tablespoons", Kind.MEASURE, "2", "tbsp", None),
    ("2-1/2-year", Kind.DURATION, "2.5", "year", None),
    ("1hr 30min", Kind.DURATION, "90", "minute", None),
    ("13 billion light-years", Kind.MEASURE, "13000000000", "light year", None),
    ("1:50,000", Kind.SCORE, "1-50000", None, None),
    ("at 4", Kind.TIME, "04:00", None, None),
    ("Fri., Dec. 3", Kind.DATE, "12-03", None, None),
    ("Tue the 21st", Kind.DATE, "---21", None, None),
    ("Aug", Kind.DATE, "08", None, None),
    ("the 15th day of next month", Kind.DATE, "---15", None, None),
    # signs their own countries write, after or before the amount
    ("100 ₡", Kind.MONEY, "100", "CRC", None),
    ("100,000 ₭", Kind.MONEY, "100000", "LAK", None),
    ("₺50", Kind.MONEY, "50", "TRY", None),
    ("US$ 1MM", Kind.MONEY, "1000000", "USD", None),
    ("10,000 bitcoins", Kind.MONEY, "10000", "BTC", None),
    ("6.25 BTC", Kind.MONEY, "6.25", "BTC", None),
    # small words that compose
    ("12 noon", Kind.TIME, "12:00", None, None),
    ("two hundred point zero three", Kind.COUNT, "200.03", None, None),
    (".08", Kind.COUNT, "0.08", None, None),
    ("minus one", Kind.COUNT, "-1", None, None),
    # a vague quantity of a unit is so much of that unit
    ("hundreds of kilometres", Kind.MEASURE, "200-999", "km", None),
    ("thousands of hectares", Kind.MEASURE, "2000-9999", "ha", None),
    ("hundreds of years", Kind.DURATION, "200-999", "year", None),
    # a unit of two words hyphenated before its noun
    ("4,000-square-metre", Kind.MEASURE, "4000", "m2", None),
    ("500-square-foot", Kind.MEASURE, "500", "sq ft", None),
    # a computer's times
    ("120 milliseconds", Kind.DURATION, "120", "millisecond", None),
    ("40ms", Kind.DURATION, "40", "millisecond", None),
    # a racecourse's distances and margins, a weight in stone (where no ordinal ends in "st")
    ("three miles and two furlongs", Kind.MEASURE, "26", "furlong", None),
    ("just over two lengths", Kind.MEASURE, "2", "length", "just over"),
    ("11st 10lb", Kind.MEASURE, "164", "lb", None),
    ("14 stone", Kind.MEASURE, "14", "st", None),
    ("15st", Kind.MEASURE, "15", "st", None),
    # units of air quality and shipping
    ("289 micrograms per cubic metre", Kind.MEASURE, "289", "µg/m3", None),
    ("45 µg/m3", Kind.MEASURE, "45", "µg/m3", None),
    ("2.9 million TEU", Kind.MEASURE, "2900000", "TEU", None),
    # a sign before the currency is the amount's
    ("minus $8 billion", Kind.MONEY, "-8000000000", "USD", None),
    ("-£2m", Kind.MONEY, "-2000000", "GBP", None),
    ("roughly minus €5", Kind.MONEY, "-5", "EUR", "roughly"),
    ("quarter million", Kind.COUNT, "250000", None, None),
    ("a year and a quarter", Kind.DURATION, "1.25", "year", None),
    ("5 ft 2 in", Kind.MEASURE, "62", "inch", None),
    ("Half A Million", Kind.COUNT, "500000", None, None),
    ("Two-Thirds", Kind.FRACTION, "0.667", None, None),
    ("12 Inches", Kind.MEASURE, "12", "inch", None),
    ("4 HOURS", Kind.DURATION, "4", "hour", None),
    ("6 Feet 2 Inches", Kind.MEASURE, "74", "inch", None),
    ("10kmph", Kind.MEASURE, "10", "km/h", None),
    ("6.1 t/ha", Kind.MEASURE, "6.1", "t/ha", None),
    ("2.3 tonnes per hectare", Kind.MEASURE, "2.3", "t/ha", None),
    ("about 37.2 million hectolitres", Kind.MEASURE, "37200000", "hl", "about"),
    ("35 hectolitres per hectare", Kind.MEASURE, "35", "hl/ha", None),
    ("52 hl/ha", Kind.MEASURE, "52", "hl/ha", None),
    ("3 dollars 50 cents", Kind.MONEY, "3.5", "USD", None),
    ("thirteen dollars forty-five cents", Kind.MONEY, "13.45", "USD", None),
    ("12 pounds and 40 pence", Kind.MONEY, "12.4", "GBP", None),
    ("20 min past eight", Kind.TIME, "08:20", None, None),
    ("5 in the morning", Kind.TIME, "05:00", None, None),
    ("one hundred percents", Kind.PERCENT, "100", "percent", None),
    ("magnitude 7.8", Kind.MEASURE, "7.8", "magnitude", None),
    ("Category 4", Kind.MEASURE, "4", "category", None),  # a hurricane's scale
    ("Force 9", Kind.MEASURE, "9", "force", None),  # a wind's, on the Beaufort scale
    ("52.3mpg", Kind.MEASURE, "52.3", "mpg", None),  # a car's fuel economy
    ("45 MPG", Kind.MEASURE, "45", "mpg", None),
    ("38 miles per gallon", Kind.MEASURE, "38", "mpg", None),
    ("4.5 l/100km", Kind.MEASURE, "4.5", "l/100km", None),
    ("6.2 litres per 100 km", Kind.MEASURE, "6.2", "l/100km", None),
    ("EF-3", Kind.MEASURE, "3", "EF", None),  # a tornado's, on the Enhanced Fujita scale
    ("at least EF2", Kind.MEASURE, "2", "EF", "at least"),
    ("1450 BC", Kind.YEAR, "1450 BC", None, None),  # a year of an era
    ("around 10,000 BCE", Kind.YEAR, "10000 BC", None, "around"),
    ("300 B.C.", Kind.YEAR, "300 BC", None, None),
    ("AD 79", Kind.YEAR, "79", None, None),
    ("410 CE", Kind.YEAR, "410", None, None),
    ("N412bn", Kind.MONEY, "412000000000", "NGN", None),  # the naira as Nigerian papers write it
    ("N5,000", Kind.MONEY, "5000", "NGN", None),
    ("N1.2 trillion", Kind.MONEY, "1200000000000", "NGN", None),
    ("P6.35-trillion", Kind.MONEY, "6350000000000", "PHP", None),  # the peso as Philippine papers write it
    ("P5,000", Kind.MONEY, "5000", "PHP", None),
    ("Sh196.40", Kind.MONEY, "196.4", "KES", None),  # the Kenyan shilling as Kenyan papers write it
    ("14 and 15 September", Kind.DATE, "09-14/09-15", None, None),  # two days in a row, the month once
    ("two of every three", Kind.FRACTION, "0.667", None, None),
    ("over 2025", Kind.COUNT, "2025", None, "over"),  # alone, a bound; "jailed over 2025 data thefts" reads the year
    ("September 14 and 15", Kind.DATE, "09-14/09-15", None, None),
    ("aged 87", Kind.COUNT, "87", None, None),  # an age: in an article the span is "87"
    ("24-year-olds", Kind.DURATION, "24", "year", None),
    ("over-65s", Kind.COUNT, "65", None, "over"),
    ("age 40", Kind.COUNT, "40", None, None),
    # points are a game's, an index's or a rate's: a measure in points; only a hyphened fraction of
    # one ("0.3-point", as "a quarter-point") is a percentage point
    ("30 points", Kind.MEASURE, "30", "point", None),
    ("0.3 points", Kind.MEASURE, "0.3", "point", None),
    ("0.3 percentage points", Kind.PERCENT, "0.3", "percentage point", None),
    # ten numbers, at their low or high end
    ("low 20s", Kind.COUNT, "20-29", None, "low"),
    ("30-something", Kind.COUNT, "30-39", None, None),
    ("twenty-somethings", Kind.COUNT, "20-29", None, None),
    ("two-degree", Kind.MEASURE, "2", "degree", None),
    ("high-80s", Kind.COUNT, "80-89", None, "high"),
    # vague money, and a vague range written as two words
    ("millions of dollars", Kind.MONEY, "2000000-9999999", "USD", None),
    ("tens or even hundreds of millions of euros", Kind.MONEY, "20000000-999999999", "EUR", None),
    ("hundreds of thousands of pounds", Kind.MONEY, "200000-999999", "GBP", None),
    # multiples in "-fold"; a share of a unit
    ("tenfold", Kind.MULTIPLE, "10", None, None),
    ("100-fold", Kind.MULTIPLE, "100", None, None),
    ("two-fold", Kind.MULTIPLE, "2", None, None),
    ("a quarter of a century", Kind.DURATION, "0.25", "century", None),
    ("three quarters of an hour", Kind.DURATION, "0.75", "hour", None),
    # a share keeps three places, however it is written (a third once kept a million threes)
    ("10 1/3 miles", Kind.MEASURE, "10.333", "mile", None),
    ("1/3 mile", Kind.MEASURE, "0.333", "mile", None),
    # fractions Unicode writes as one character, after a whole or alone
    ("6½ hours", Kind.DURATION, "6.5", "hour", None),
    ("6 ½ minutes", Kind.DURATION, "6.5", "minute", None),
    ("½ mile", Kind.MEASURE, "0.5", "mile", None),
    ("nearly ⅓", Kind.FRACTION, "0.333", None, "nearly"),
    ("2¾%", Kind.PERCENT, "2.75", "percent", None),
    # powers and scientific notation
    ("10^5", Kind.COUNT, "100000", None, None),
    ("2^15", Kind.COUNT, "32768", None, None),
    ("2.5^-1", Kind.COUNT, "0.4", None, None),
    ("1.2e6", Kind.COUNT, "1200000", None, None),
    ("12.32e+14", Kind.COUNT, "1232000000000000", None, None),
    ("-12e-1", Kind.COUNT, "-1.2", None, None),
    ("6.02 × 10^23", Kind.COUNT, "602000000000000000000000", None, None),
    ("3 x 10^6 kg", Kind.MEASURE, "3000000", "kg", None),
    ("10⁶", Kind.COUNT, "1000000", None, None),
    ("3 × 10⁻⁴ m", Kind.MEASURE, "0.0003", "m", None),
    # two years in one ("2008-9"), an age with a spaced unit, what pounds weigh
    ("2008-9", Kind.YEAR, "2008/2009", None, None),
    ("2010/1", Kind.YEAR, "2010/2011", None, None),
    ("93 year-old", Kind.DURATION, "93", "year", None),
    # standing alone, one figure (in an article, a set lost or a range)
    ("3-6", Kind.SCORE, "3-6", None, None),
    # a period's part written from one part to another; a fiscal year across two
    ("mid-to-late October", Kind.DATE, "10", None, "mid-to-late"),
    ("early-to-mid 2024", Kind.YEAR, "2024", None, "early-to-mid"),
    ("FY2023-24", Kind.YEAR, "FY2023/2024", None, None),
    ("FY 2023/24", Kind.YEAR, "FY2023/2024", None, None),
    # one of a unit joined to the noun it describes
    ("decade-long", Kind.DURATION, "1", "decade", None),
    ("century-old", Kind.DURATION, "1", "century", None),
    ("roughly double", Kind.MULTIPLE, "2", None, "roughly"),
    # whose dollar, said after the amount
    ("$100 Australian", Kind.MONEY, "100", "AUD", None),
    ("$5 million Canadian dollars", Kind.MONEY, "5000000", "CAD", None),
    ("1.5 million pounds of cocaine", Kind.MEASURE, "1500000", "lb", None),
    ("hundreds of pounds of fish", Kind.MEASURE, "200-999", "lb", None),
    # a century by its ordinal, in digits or words, with its part and era
    ("21st century", Kind.CENTURY, "21st century", None, None),
    ("twenty-first century", Kind.CENTURY, "21st century", None, None),
    ("mid-19th century", Kind.CENTURY, "19th century", None, "mid"),
    ("early 20th century", Kind.CENTURY, "20th century", None, "early"),
    ("12th-century", Kind.CENTURY, "12th century", None, None),
    ("fifth century BC", Kind.CENTURY, "5th century BC", None, None),
    ("2nd century AD", Kind.CENTURY, "2nd century", None, None),
    # batteries, screens, cameras, engines, weather maps; part of a point of percent
    ("5,000mAh", Kind.MEASURE, "5000", "mAh", None),
    ("120Hz", Kind.MEASURE, "120", "Hz", None),
    ("50 megapixels", Kind.MEASURE, "50", "megapixel", None),
    ("945 millibars", Kind.MEASURE, "945", "mbar", None),
    ("half a percentage point", Kind.PERCENT, "0.5", "percentage point", None),
    ("a quarter of a percentage point", Kind.PERCENT, "0.25", "percentage point", None),
    ("late on Monday", Kind.WEEKDAY, "Monday", None, "late on"),
    ("4-210", Kind.SCORE, "4-210", None, None),
    ("2.1-to-1", Kind.SCORE, "2.1-1", None, None),
    ("64:12", Kind.DURATION, "3852", "second", None),
    ("1:32.481", Kind.DURATION, "92.481", "second", None),  # a stopwatch: no clock writes thousandths
    ("9.80s", Kind.DURATION, "9.8", "second", None),  # a timing board's seconds, no decade
    ("2:03:11.5", Kind.DURATION, "7391.5", "second", None),
    ("2-under-par", Kind.COUNT, "2", None, None),
    ("5x", Kind.MULTIPLE, "5", None, None),  # "5x optical zoom", "3x faster"
    ("$3-a-gallon", Kind.MONEY, "3", "USD/gallon", None),  # a rate in hyphens, as "$12/month"
    ("5p-a-litre", Kind.MONEY, "5", "penny/litre", None),
    ("Rs 1.2 lakh crore", Kind.MONEY, "1200000000000", "INR", None),  # two scales: a lakh of crores
    ("Q2FY25", Kind.DATE, "FY2025-Q2", None, None),  # a quarter of a fiscal year
    ("H1 FY24", Kind.DATE, "FY2024-H1", None, None),
    ("Q1 2024-25", Kind.DATE, "2024/2025-Q1", None, None),
    # codes in small letters, a dollar's code before its sign, the yuan's sign after the amount
    ("10 rmb", Kind.MONEY, "10", "CNY", None),
    ("usd 20", Kind.MONEY, "20", "USD", None),
    ("AUD$ 15", Kind.MONEY, "15", "AUD", None),
    ("100元", Kind.MONEY, "100", "CNY", None),
    # an inclusive bound after the number, a sign before a negative, a point of percent hyphenated
    ("more than 5000 or equal to", Kind.COUNT, "5000", None, "more than or equal to"),
    ("<-30", Kind.COUNT, "-30", None, "<"),
    ("± two", Kind.COUNT, "2", None, "±"),  # a sign at the very start of a sheet's figure
    ("10 percentage-point", Kind.PERCENT, "10", "percentage point", None),
    # a year spoken in words, alone or closing a date; a decade in words
    ("nineteen eighty-six", Kind.YEAR, "1986", None, None),
    ("nineteen oh five", Kind.YEAR, "1905", None, None),
    ("twenty twenty-one", Kind.YEAR, "2021", None, None),
    ("late nineteen sixties", Kind.DECADE, "1960s", None, "late"),
    ("March 3 nineteen ninety", Kind.DATE, "1990-03-03", None, None),
    ("July twelve", Kind.DATE, "07-12", None, None),
    ("twenty-two October", Kind.DATE, "10-22", None, None),
    ("October two thousand and nine", Kind.DATE, "2009-10", None, None),
    ("4 June eighteen hundred and twelve", Kind.DATE, "1812-06-04", None, None),
    ("second of May two thousand", Kind.DATE, "2000-05-02", None, None),
    # American fourths; a clock without its colon; millions in a capital M without a currency
    ("three fourths", Kind.FRACTION, "0.75", None, None),
    ("1140 a.m.", Kind.TIME, "11:40", None, None),
    ("930pm", Kind.TIME, "21:30", None, None),
    ("2.5M", Kind.COUNT, "2500000", None, None),
    # an age as a chart writes it; dozens abbreviated; the part of the day said before the hour
    ("87 yo", Kind.DURATION, "87", "year", None),
    ("5 y/o", Kind.DURATION, "5", "year", None),
    ("3 doz", Kind.COUNT, "36", None, None),
    ("in the afternoon at 7", Kind.TIME, "19:00", None, None),
    ("this morning at 6", Kind.TIME, "06:00", None, None),
    ("9.am", Kind.TIME, "09:00", None, None),
    # a code with its scale after an amount in words; a dollar's prefix spaced from its sign
    ("twelve MEUR", Kind.MONEY, "12000000", "EUR", None),
    ("HK $ 7", Kind.MONEY, "7", "HKD", None),
    ("NZ $40", Kind.MONEY, "40", "NZD", None),
    ("c $ 2.5 million", Kind.MONEY, "2500000", "CAD", None),  # as tokenized text writes C$
    ("1970 s", Kind.DECADE, "1970s", None, None),
    # a record of attempts; a bound after the number, hyphenated too
    ("19-for-27", Kind.SCORE, "19-27", None, None),
    ("18-and-under", Kind.COUNT, "18", None, "and under"),
    ("50 and older", Kind.COUNT, "50", None, "and older"),
    ("$7 / month", Kind.MONEY, "7", "USD/month", None),  # a rate as price tables space it
    ("5yrs", Kind.DURATION, "5", "year", None),  # a unit glued in haste
    ("3.5years", Kind.DURATION, "3.5", "year", None),
    ("20 satoshis", Kind.MONEY, "20", "satoshi", None),  # a bitcoin's smallest part, as a cent is a dollar's
    # a quarter or a half after its number, as banks write them; shares of a hundred with a slash
    ("3Q24", Kind.DATE, "2024-Q3", None, None),
    ("1H25", Kind.DATE, "2025-H1", None, None),
    ("50/50", Kind.SCORE, "50-50", None, None),
    ("60/40", Kind.SCORE, "60-40", None, None),
    ("M7.8", Kind.MEASURE, "7.8", "magnitude", None),  # a quake as seismologists write it
    # signs regional papers write
    ("GH¢ 3 million", Kind.MONEY, "3000000", "GHS", None),
    ("E£500", Kind.MONEY, "500", "EGP", None),
    ("zł100", Kind.MONEY, "100", "PLN", None),
    ("Bt5 billion", Kind.MONEY, "5000000000", "THB", None),
    ("KD 5m", Kind.MONEY, "5000000", "KWD", None),
    ("third-quarter", Kind.DATE, "Q3", None, None),  # "third-quarter results", as "the third quarter"
    ("two-to-one", Kind.SCORE, "2-1", None, None),
    ("2024-03-03T10:00Z", Kind.DATE, "2024-03-03", None, None),  # a timestamp's day, its clock in the span
    ("3 bcm", Kind.MEASURE, "3", "bcm", None),  # billion cubic metres of gas
    ("120kmh", Kind.MEASURE, "120", "km/h", None),
    ("7.8 mmol/L", Kind.MEASURE, "7.8", "mmol/L", None),
    ("fiscal 2026", Kind.YEAR, "FY2026", None, None),  # as American budgets write FY2026
    ("fiscal year 2025", Kind.YEAR, "FY2025", None, None),
    ("fifth", Kind.FRACTION, "0.2", None, None),  # as a sheet writes "the poorest fifth of homes"
    ("barely 80 percent", Kind.PERCENT, "80", "percent", "barely"),  # made small, as "only" makes it
    ("precisely zero", Kind.COUNT, "0", None, "precisely"),  # "he has persuaded precisely zero", as "exactly"
    ("seven to four", Kind.SCORE, "7-4", None, None),  # "the committee voted seven to four", as "7 to 4"
    ("at least Friday", Kind.WEEKDAY, "Friday", None, "at least"),  # "closed until at least Friday": the earliest end
]


@pytest.mark.parametrize(
    ("figure", "meaning"),
    [("about 500 or more", "at least"), ("more than 5000 or equal to", "at least"), ("< = 100", "up to")],
)
def test_a_bound_after_a_number_decides_what_its_qualifiers_mean(figure: str, meaning: str) -> None:
    assert parse_figure(figure).meaning[3] == meaning


@pytest.mark.parametrize(("figure", "kind", "value", "unit", "qualifier"), READINGS, ids=[r[0] for r in READINGS])
def test_each_shape_of_figure_is_read_with_its_meaning(
    figure: str, kind: Kind, value: str, unit: str | None, qualifier: str | None
) -> None:
    parsed = parse_figure(figure)
    assert (parsed.kind, parsed.value, parsed.unit, parsed.qualifier) == (kind, value, unit, qualifier)


@pytest.mark.parametrize(
    ("text", "figures"), [(case["text"], case["figures"]) for case in CORPUS], ids=[c["text"][:50] for c in CORPUS]
)
def test_in_a_sentence_each_figure_is_found_once_with_its_span(text: str, figures: list[str]) -> None:
    assert [m.text for m in find_figures(text)] == figures


def _shared_texts() -> list[tuple[str, str]]:
    texts = [(path.stem, path.read_text(encoding="utf-8")) for path in sorted((EVAL / "articles").glob("*.txt"))]
    texts += [(path.stem, path.read_text(encoding="utf-8")) for path in sorted((SHARED / "articles").glob("*.txt"))]
    for path in sorted(SUITES.glob("*/English/*.json")):
        cases = json.loads(path.read_text(encoding="utf-8-sig"))
        texts.append((path.stem, "\n\n".join(case["Input"] for case in cases)))
    return texts


def test_every_mention_in_the_shared_texts_reads_the_same_standing_alone() -> None:
    """So `extract` can never write a figure the loader refuses or reads otherwise."""
    texts = _shared_texts()
    if not texts:
        pytest.skip(f"no shared texts in {SHARED}: put the shared material beside this repository")
    differing = []
    for name, text in texts:
        for mention in find_figures(text):
            try:
                alone = parse_figure(mention.text)
            except FigureError as error:
                differing.append(f"{name}: {mention.text!r}: {error}")
                continue
            if alone != mention.figure:
                differing.append(f"{name}: {mention.text!r}: {mention.figure} alone is {alone}")
    assert differing == []


_OWN_SENTENCES = [
    case["text"]
    for name in ("recognition.yaml", "recognition_general.yaml")
    for case in yaml.safe_load((Path(__file__).parent / "corpus" / name).read_text(encoding="utf-8"))
]


@pytest.mark.parametrize("text", _OWN_SENTENCES, ids=[t[:50] for t in _OWN_SENTENCES])
def test_every_mention_in_our_own_sentences_reads_the_same_standing_alone(text: str) -> None:
    for mention in find_figures(text):
        assert parse_figure(mention.text) == mention.figure, mention.text


_PIECES = st.sampled_from(
    [r[0] for r in READINGS]
    + ["people", "said", "on", "the", "and", "of", "in", "up to", "about", ",", ".", "-", "/", "$", "Zone", "No.", "the 3rd"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=12))
def test_generated_text_reads_the_same_standing_alone_and_never_overlaps(pieces: list[str]) -> None:
    text = " ".join(pieces)
    mentions = find_figures(text)
    for first, second in itertools.pairwise(mentions):
        assert first.end <= second.start  # a figure is read once: no number inside another comes back
    for mention in mentions:
        assert parse_figure(mention.text) == mention.figure

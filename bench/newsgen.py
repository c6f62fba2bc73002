"""A deterministic generator of news-like text, in our own words, for the benchmarks.

Sentences carry figures of every kind (digits, number words, vague quantities, money,
percentages, dates, decades, weekdays, durations, measures), attributions, quotations
that run over paragraphs, and plain sentences with no figure. By default the figures
are as dense as in the real reports of ../shared (one in about 125 characters: the
seed article and the eval reports range from 77 to 197); `figure_free=0` leaves out
the plain sentences and gives text about three times as dense, for stress runs. The
same seed always gives the same text.
"""

from __future__ import annotations

import random

SOURCES = [
    "the health ministry",
    "Officials",
    "the regional governor, Marta Kell,",
    "Police",
    "the utility",
    "Union leaders",
    "the weather service",
    "Analysts",
    "the company",
    "Rescue workers",
]
PEOPLE = ["Marta Kell", "Jonas Berg", "Priya Nair", "Luis Ortega", "Ana Ruiz"]
PLACES = ["the valley", "the harbour district", "the northern province", "the capital", "the coastal towns"]
FIGURES = [
    lambda r: f"{r.randint(2, 999):,}",
    lambda r: f"about {r.randint(1, 999) * 1000:,}",
    lambda r: f"more than {r.randint(10, 900)}",
    lambda r: r.choice(["seven", "twelve", "twenty-one", "two hundred", "a thousand", "three million"]),
    lambda r: r.choice(["hundreds", "thousands", "tens of thousands", "dozens"]),
    lambda r: f"{r.randint(1, 99)}.{r.randint(0, 9)} percent",
    lambda r: f"${r.randint(1, 90)} million",
    lambda r: f"€{r.randint(2, 99)}m",
    lambda r: f"at least {r.randint(2, 80)}",
    lambda r: f"nearly {r.randint(2, 9)},{r.randint(100, 999)}",
]
WHEN = [
    lambda r: f"on {r.choice(['Monday', 'Tuesday', 'Friday', 'Saturday'])}",
    lambda r: f"in {r.randint(1950, 2025)}",
    lambda r: f"on {r.choice(['March', 'June', 'September'])} {r.randint(1, 28)}",
    lambda r: f"in the {r.choice(['late', 'early'])} {r.randint(195, 201)}0s",
    lambda r: f"for {r.choice(['three', 'seven', 'ten'])} days",
    lambda r: "early Saturday",
]
TEMPLATES = [
    lambda r, f, w: (
        f"{f(r)} people were {r.choice(['evacuated', 'injured', 'rescued'])} in {r.choice(PLACES)} {w(r)}, "
        f"{r.choice(SOURCES)} said."
    ),
    lambda r, f, w: f"According to {r.choice(SOURCES)}, the damage reached {f(r)} {w(r)}.",
    lambda r, f, w: (
        f"{r.choice(SOURCES).capitalize()} put the toll at {f(r)}, while {r.choice(SOURCES)} said {f(r)} were missing."
    ),
    lambda r, f, w: f"“We counted {f(r)} homes {w(r)},” said {r.choice(PEOPLE)}.",
    lambda r, f, w: f"The area, where {f(r)} people live, has been cut off {w(r)}.",
    lambda r, f, w: f"Roads in {r.choice(PLACES)} remained closed as crews cleared debris.",
    lambda r, f, w: f"The dam, built {w(r)}, holds about {r.randint(2, 90)} metres of water.",
    lambda r, f, w: "Residents said they had received little warning.",
    lambda r, f, w: f"{r.choice(PEOPLE)} told reporters on Monday that {f(r)} families needed shelter.",
    lambda r, f, w: f"Prices rose {f(r)} {w(r)}, according to the statistics office.",
]


# Sentences with no figure: background, colour and reaction, as most of a report is.
PLAIN = [
    "Emergency crews worked through the night to reach villages cut off by the floodwater.",
    "The governor said the response would be reviewed once the immediate danger had passed.",
    "Shops in the old town stayed shut, and the main square was used as a staging area.",
    "Volunteers handed out blankets and bottled water outside the sports hall.",
    "Engineers were still inspecting the bridge, which carries the only road to the coast.",
    "Opposition politicians accused the government of ignoring earlier warnings.",
    "Schools were turned into shelters for families who had left their homes.",
    "The national weather service warned that more heavy rain was on the way.",
    "Aid agencies said access to the worst-hit areas remained difficult.",
    "Residents described hearing a loud roar before the water reached their streets.",
]
FIGURE_FREE = 0.64  # the share of plain sentences that gives the real reports' density


def news_text(size: int, seed: int = 7, *, figure_free: float = FIGURE_FREE) -> str:
    """About `size` characters of news-like text: a headline, then paragraphs."""
    rng = random.Random(seed)
    parts = ["Storm leaves thousands without power across the region", ""]
    length = 0

    def sentence() -> str:
        if rng.random() < figure_free:
            return rng.choice(PLAIN)
        text = rng.choice(TEMPLATES)(rng, rng.choice(FIGURES), rng.choice(WHEN))
        return text[0].upper() + text[1:]  # "About 965,000 people ...": a sentence opens with a capital

    while length < size:
        paragraph = " ".join(sentence() for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.1:  # a quotation that runs on into a paragraph of its own
            paragraph = f"“{rng.choice(FIGURES)(rng)} homes were lost. We need help now.”"
        parts += [paragraph, ""]
        length += len(paragraph) + 2
    return "\n".join(parts)[:size]

"""Attribution: whom the article credits each figure to.

A figure is credited to the subject of a reporting verb in its clause ("X said",
"according to X", "X have put ... at"); a figure inside a quotation to its speaker,
also when the quotation runs on into a paragraph of its own; a figure in the
attribution itself ("X said on Friday") or in a clause of background set off by
commas (", where about 145,000 people live,") is the article's own voice.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from . import vocabulary as vocab
from .article import Article, Paragraph, Sentence
from .figures import Kind, Mention, exact_context, find_figures
from .sources import UNATTRIBUTED, is_acronym, is_party, is_party_noun


@dataclass(frozen=True, slots=True)
class SourcedMention:
    """A figure mention with its place in the article and its stated source."""

    mention: Mention
    paragraph: int
    sentence: Sentence
    source: str
    quoted: bool = False


TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few ms at every start)
if TYPE_CHECKING:
    from typing import NamedTuple

    class _Token(NamedTuple):
        """A word or a punctuation mark of a clause (a tuple: clauses make many of them)."""

        text: str
        start: int
        end: int
        lower: str
        is_word: bool

else:  # the same tuple, made without typing's machinery
    from collections import namedtuple

    _Token = namedtuple("_Token", "text start end lower is_word")


def _tokens(masked: str, start: int, end: int) -> list[_Token]:
    make = tuple.__new__  # a NamedTuple's own constructor is a Python function: too slow here
    tokens: list[_Token] = []
    append = tokens.append
    find = masked.find
    at = start
    # findall makes no match objects; each token is then found where the last one ended. What
    # lies between two tokens is what no token starts with (spaces, stops), so the search
    # cannot stop early.
    for text in _TOKEN.findall(masked, start, end):
        at = find(text, at)
        while text == "-" and not (masked[at - 1].isspace() and masked[at + 1 : at + 2].isspace()):
            at = find(text, at + 1)  # a dash spaced as one: not the hyphen of "--" or "-5" before it
        stop = at + len(text)
        append(make(_Token, (text, at, stop, text.lower(), text[0].isalnum() or text == "&")))  # "Research & Associates"
        at = stop
    return tokens


@dataclass(slots=True)
class _Frame:
    """An attribution: who is credited, and the span of words that say so."""

    source: str
    start: int
    end: int
    verb_start: int
    leading: bool  # the reported content follows the verb
    cited: bool = False  # ", citing X" after what was said: X's figure, relayed
    after_only: bool = False  # ", saying ...": only what follows is said; the clause before is the article's
    beside: bool = False  # "the $1.62 expected by analysts", "estimated at $30bn by X": only that figure is the party's


_DATE_KINDS = frozenset({Kind.DATE, Kind.WEEKDAY, Kind.TIME, Kind.YEAR})
# A stop that ends a word is left out of it: "Sputnik." ends a sentence; "U.S" keeps its inner stops.
# A number grouped by commas is one word ("4,000"): its commas do not set off a clause; so is
# a fiscal year ("2025/26").
_TOKEN = re.compile(r"[\w’'&]+(?:(?:[.-]|(?<=\d)(?:,(?=\d{3}(?!\d))|/(?=\d)))[\w’'&]+)*|[,;:()“”\"—–]|(?<=\s)-(?=\s)")
# "a study published by X": X made it. "data presented by the minister" names who relayed it.
_MAKING_VERBS = frozenset(
    {
        "published",
        "conducted",
        "compiled",
        "released",
        "issued",
        "commissioned",
        "prepared",
        "produced",
        "drawn",
        "carried",
        "led",
        "funded",
        "run",
        "written",
        "authored",
        "calculated",
        "collected",
        "gathered",
        "estimated",
        "projected",
    }
)
_OPENING_PREPOSITIONS = frozenset({"in", "on", "at", "during"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "across", "among", "near", "inside", "outside"})
_SAYING_PARTICIPLES = frozenset(
    {"speaking", "addressing", "writing", "testifying", "talking", "answering", "responding", "replying", "briefing"}
    | {"sentencing", "announcing", "unveiling", "presenting", "giving", "appearing"}
)
_SAYING_OCCASIONS = frozenset(
    {"statement", "report", "interview", "speech", "briefing", "letter", "note", "post", "filing", "conference"}
    | {"memo", "email", "message", "video", "address", "testimony", "hearing", "talks", "meeting", "visit", "update"}
    | {"release", "bulletin", "presentation", "call", "remarks", "appearance", "broadcast", "podcast", "summit", "session"}
)
_CLAUSE_MARK_IN_PHRASE = re.compile(r"[,;:()“”\"—–]")
_OPENING_PHRASE_REACH = 90  # a phrase that sets a scene, not a sentence of its own
_HEARING_BODIES = frozenset(
    {"court", "jury", "jurors", "inquest", "inquiry", "tribunal", "committee", "panel", "magistrates", "judge"}
    | {"mps", "lawmakers", "senators", "councillors", "parliament", "conference", "meeting", "hearing"}
)
_NOT_A_BODY = frozenset({"another", "other", "some", "many", "most", "each", "every", "this", "that", "these", "those"})
# Verbs in the present a body's relative clause opens with: "the group that represents 140 colleges"
_RUNNING_VERBS = frozenset(
    {"runs", "owns", "represents", "operates", "manages", "organises", "organizes", "oversees", "monitors", "tracks"}
    | {"compiles", "publishes", "regulates", "funds", "leads", "coordinates", "supports", "advises", "collects"}
)
_RELATIVE_REACH = 9  # the words of a clause between a subject and its verb ("who asked not to be named")
_LINKING_WORDS = frozenset({"of", "at", "for", "in", "on", "from", "with", "by", "to", "and", "&", "under", "within", "across"})
_AS_REPORTED_VERBS = frozenset({"reported", "revealed", "disclosed"})
_AS_REPORTED_ADVERBS = frozenset({"first", "previously", "earlier", "originally", "exclusively", "widely"})
_RESULT_VERBS = frozenset({"posted", "posts", "recorded", "records", "logged", "logs"})
# Places by their common noun, which see things happen rather than report them ("the city recorded").
_PLACE_NOUNS = frozenset({"city", "town", "village", "country", "nation", "state", "region", "county", "province", "island"})
_SCORE_TOKEN = re.compile(r"\d{1,3}-\d{1,3}")
_DISCLOSING_VERBS = ("reported ", "announced ", "posted ", "recorded ", "logged ", "registered ")
_FINITE_AUXILIARIES = frozenset({"had", "has", "have", "is", "was", "are", "were"}) | vocab.MODALS - {"should", "must"}
_FINITE_WORDS = (
    _FINITE_AUXILIARIES
    | vocab.MODALS
    | {
        "needs",
        "wants",
        "plans",
        "expects",
        "faces",
        "lost",
        "made",
        "took",
        "spent",
        "paid",
        "got",
        "saw",
        "hit",
        "rose",
        "fell",
    }
)
_GUIDING_VERBS = frozenset({"sees", "see", "guided", "guides"})
_FINDING_VERBS = frozenset({"found", "finds", "find"})
_AFTER_A_PARTICIPLE = frozenset({"at", "to", "before", "after", "until", "within", "around"})
_SHOWING_VERBS = frozenset({"show", "shows", "showed", "shown"})
# Verbs of speech only a party does: their subject speaks whatever its noun, where no list of
# bodies holds it ("the theatre said", "the branch told reporters").
_SPEAKING_VERBS = frozenset({"said", "says", "told", "tells"})
_NOT_IN_A_SPEAKING_SUBJECT = vocab.NON_PARTY_WORDS | vocab.PHRASE_EDGE_WORDS | vocab.DETERMINER_WORDS | vocab.QUANTITY_HEADS
# A list's items, one a line ("- Council tax rises 4.99%"), and what gives them ("..., from the
# council's budget papers:").
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]")
_GIVEN_FROM = re.compile(
    r"[,—–-]\s*(?:(?i:from)|[Aa]ccording\s+to|(?i:as\s+(?:set\s+out|given|stated|reported|published|shown|listed)\s+in))"
    r"\s+(?P<party>[^,:;.]{3,80}?)\s*:\s*$"
)
# Verbs a headline writes after a comma with the subject of its first left out ("Firm cuts 300
# jobs, says demand is weak").
_HEADLINE_SECOND_VERBS = frozenset({"says", "claims", "warns", "predicts", "expects", "estimates", "forecasts", "sees"})
# "lifted its tsunami advisory shortly after 7 a.m.": when it was lifted is the article's, as when it was issued
_ISSUING_VERBS = frozenset(
    {"issued", "issues", "released", "releases", "published", "publishes", "lifted", "lifts"}
    | {"issue", "release", "publish", "report", "announce"}  # "will report its results on 4 December": when, to come
)
# What lies between a verb of issuing and the date it was done on: what was issued, a few words
# with no clause and no figure, then "on" or "at" ("issued a warning for the area at").
_WHEN_ISSUED = re.compile(r"(?:\s+(?!(?:that|which|saying|showing|of)\b)[A-Za-z’'-]+){1,8}\s+(?:on|at|after|before|around)\s+")
# "said after the talks ended at 3.30am", "told reporters before the vote on Friday": the
# occasion of speaking, a clause of time after the frame and before what is said
_SPOKEN_WHEN = re.compile(
    r"(?:(?<=told)(?:\s+[A-Za-z’'-]+){1,3}?)?"  # "told reporters", "told the BBC"
    r"\s+(?:after|before|when|as)(?:\s+(?!(?:that|which|said|says)\b)[a-z’'-]+){1,6}\s+(?:at|on|in)\s+"
)
_SPOKEN_WHEN_ENDS = re.compile(r"\s*(?:[.;]|,\s|\s+that\b|$)")
_ACCESS_VERBS = frozenset({"seen", "obtained", "reviewed", "viewed", "read", "examined", "accessed", "received"})
_MEANS_OPENERS = frozenset({"under", "through", "via", "using"})  # how a document was obtained, after whom
# After a document noun, a verb that makes it the subject's noun: "a report said", "reports seen by".
_VERBS_AFTER_A_NOUN = vocab.REPORTING_VERBS | _ACCESS_VERBS | _MAKING_VERBS
# "the $1.62 expected by analysts", "the 3% forecast by the IMF": the party's figure is the one
# the participle follows, not the rest of the clause.
# Bodies whose names go on with "for" ("the Centre for Cities"), unlike a pollster's client ("Ipsos
# for the Irish Times").
_NAMED_FOR = vocab.BODY_WORDS | frozenset(
    {"campaign", "centre", "center", "institute", "alliance", "society", "coalition", "partnership", "commissioner"}
)
_EXPECTING_VERBS = frozenset({"expected", "forecast", "predicted", "anticipated"})
# "the 45% cut recommended by the council", "the 5% rise demanded by the union": the party's figure
_PROPOSING_VERBS = frozenset({"recommended", "proposed", "demanded", "sought", "requested", "suggested", "urged", "advised"})
_VALUING_VERBS = frozenset({"estimated", "put", "valued", "priced", "assessed"})
# Participles after a comma that report what the clause's subject says: ", saying ...".
_REPORTING_PARTICIPLES = frozenset(
    {"saying", "adding", "noting", "warning", "arguing", "claiming", "insisting", "stating", "pointing"}
)
_HEAD_ENDS_AFTER_A_RATE = frozenset({"to", "for", "in", "on", "per", "a", "each", "and", "or"})  # "per worker to sign"
_POINTING_VERBS = frozenset({"pointed", "points"})  # report only with "to" or "out" after them
# What a party blames is its claim ("The board blamed a 6.8 percent rise in costs", "which the board
# blamed on ticket prices of up to £85"); what it blames it for, and what went before, is not.
_BLAMING_VERBS = frozenset({"blamed", "blames"})
# What a party accuses another of is its allegation: "A lawsuit accuses the chain of overcharging
# patients by $120 million".
_ACCUSING_VERBS = frozenset({"accused", "accuses", "accuse"})
_POINT_NOUN_WORDS = frozenset(  # "basis points", "two match points to win": a noun, not a verb
    {"basis", "percentage", "bonus", "ranking", "penalty", "match", "break", "set", "game", "talking", "selling", "price"}
)
_OPENING_QUOTES = '“"'
_CLOSING_QUOTES = '”"'
_AND_REPORTS = (  # ", and officials said"; not ", and has said" (the same subject goes on)
    r"(?<=,)\s+(?:and|but)\s+(?!(?:has|have|had|also)\s)(?=[\w’'&.-]+(?:\s+[\w’'&.-]+){0,5}\s+(?:"
    + vocab.alternation(vocab.REPORTING_VERBS)
    + r")\b)"
)
# Its first character matched first, as one of a class (see _HINT_AFTER), and then the rest
# after what it was. A text without "while" or "whereas" is looked through for its commas and
# semicolons alone: its spaces start no break.
_CLAUSE_BREAK_AT_A_MARK = re.compile(r"[;,](?:(?<=;)|" + _AND_REPORTS + ")")


@functools.cache
def _clause_break() -> re.Pattern[str]:
    """Clause breaks with "while" and "whereas": compiled when a text first holds one."""
    return re.compile(
        r"[;,\s](?:(?<=;)|(?<=,)\s+(?:while|whereas)\s+(?![a-z]+ing\b)|(?<=\s)\s*(?:while|whereas)\s+(?![a-z]+ing\b)|"
        + _AND_REPORTS
        + ")"
    )


# ", and officials ordered": a lower-case party (a group, not a name) and a verb of its deed.
_NEW_CLAUSE_OPENS = r"(?:,\s+(?:and|but)|;)\s+"  # ", and", ", but" or a semicolon
_NEW_ACTOR = re.compile(  # also after a semicolon: "...; we measured a saving of 6%"
    _NEW_CLAUSE_OPENS
    + r"(?P<subject>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:[a-z]+ed|had|have|has|were|was|will|would)\b"
)
_NEW_ACTOR_REACH = 200
_REFLEXIVES = frozenset({"herself", "himself", "themselves", "itself", "myself", "ourselves", "yourself"})
# What a clause set off after a figure may call it: ", a claim the employer disputed, saying ..."
_CLAIM_NOUNS = frozenset(
    {"claim", "figure", "number", "estimate", "count", "tally", "assertion", "account"}
    | {"plan", "proposal", "offer", "bid", "idea", "suggestion", "demand", "request"}  # "a plan the director rejected, saying"
)
_WRITERS_CLAUSE = re.compile(_NEW_CLAUSE_OPENS + r"(?:we|our)\s")
_INFERENCE = re.compile(r"[^,;]{0,40},\s+(?:meaning|which\s+means|implying)\b[^,;]*$")
_LETTERS = re.compile(r"[A-Za-z]+")
# "the 95% level that health experts say": the head's own words before the clause's party
_RANKING_PARTICIPLES = ("putting ", "placing ", "ranking ", "leaving ", "making ")  # ", putting it fourth behind ..."
# Nouns that name a figure itself, which a relative clause of saying may describe: "the 95% level
# that experts say is needed", "the 2C limit scientists say is safe"
_QUANTITY_NOUNS = frozenset(
    {"level", "levels", "limit", "threshold", "target", "figure", "amount", "sum", "rate", "cap", "ceiling", "mark"}
    | {"benchmark", "minimum", "maximum", "price", "cost", "total", "share", "rise", "increase", "cut", "fall", "drop"}
)
_RELATIVE_HEAD_GAP = re.compile(r" (?:(?!and |but |or )[a-z]+ ){0,2}")
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+$")
# A frame in a relative clause ("Harwick, which reported ..."), and the sentence's own verb after
# that clause closes ("..., has made four acquisitions").
_RELATIVE_FRAME = re.compile(r",\s+(?:which|who|where|when)\b[^,;]{0,60}$")  # "Harwick, which reported", ", where X wrote"
# "wrote" reports a statement ("wrote that", "wrote in a letter"), not a work written ("wrote three novels").
_WRITING_VERBS = frozenset({"wrote", "writes", "write", "written"})
_WRITTEN_WORK_OPENERS = frozenset({"most", "many", "some", "several", "all", "his", "her", "their", "its"})
# What an author writes, not a statement ("wrote a memoir, which sold 40,000 copies"; "wrote a letter
# saying" and "wrote in a note" state what follows).
_WRITTEN_WORKS = frozenset(
    {"memoir", "memoirs", "book", "books", "novel", "novels", "biography", "autobiography", "history", "play", "plays"}
    | {"poem", "poems", "song", "songs", "script", "screenplay", "thesis", "column", "columns", "cookbook", "guide"}
)
_MAIN_VERB_AFTER_COMMA = re.compile(r",\s+(?:has|have|had|is|are|was|were|will|would|can|could)\s")
# "and" joining a clause to the speaker's with no comma ("cut 300 jobs and analysts said"): what
# went before is no more theirs than before ", and" ("but" and "while" always end a clause).
_JOINED_CLAUSE_BEFORE = re.compile(r"\sand\s+$")
_HEARING_VERBS = frozenset({"heard", "hears"})
# Those who hear evidence, for whom "heard" reports what they were told ("the court heard")
_HEARINGS = frozenset(
    {"court", "jury", "jurors", "inquest", "tribunal", "hearing", "inquiry", "committee", "panel", "magistrates", "judge"}
    | {"mps", "parliament", "assembly", "senate", "councillors", "council", "coroner", "commission", "trial", "hearings"}
)
_RELATIVE_OPENER = re.compile(r"\b(?:whose|who|whom|which)\b")  # "a mayor whose reputation, the court heard, ..."
# "..., the court heard, was destroyed"; not "according to Gavi, the vaccine alliance", nor a
# clause joined after it ("..., the utility said, and expected to ..."), nor the frame's own
# participle ("..., the owner said, adding that ..."), nor a clause about the frame's party
# ("according to the agency, which has staff at the port")
_CLAUSE_GOES_ON = re.compile(
    r"\s*,\s+(?!(?:the|a|an|its|their|his|her|our|and|but|or|while|as|so|which|who|whose|where|"
    + "|".join(sorted(_REPORTING_PARTICIPLES))
    + r")\b)[a-z]"
)
# The occasions a party speaks at or in, which are the article's to tell: "told reporters at a
# service attended by about 1,500 people", "In a dissent joined by two other justices, X wrote"
_OCCASIONS = _SAYING_OCCASIONS | {"service", "ceremony", "rally", "event", "vigil", "funeral", "gathering", "dinner"}
_OCCASIONS |= {"dissent", "opinion", "judgment", "judgement", "ruling", "submission", "decision"}
_OCCASION_IN_FRAME = re.compile(
    r"\b(?:at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:" + vocab.alternation(_OCCASIONS) + r")\b"
)
_SAMPLE_BEFORE = re.compile(r"\b(?:survey|poll|study|trial|sample|questionnaire)s?\s+of\s+$")
_CLAIMED_IN_SUBJECT = re.compile(r",\s+(?:which|who)\s+(?:says|said|claims|claimed|estimates|reports|reported)\b")
# ", sending its shares up 9%" after a trailing frame: how the market took the news, the article's
_REACTION = re.compile(r"[^,;]{0,30},\s+(?:sending|pushing|driving|lifting|dragging|prompting|triggering|sparking)\b[^,;]*$")
# ", after the driest winter in four decades"; ", standing in 40 centimetres of mud": where the
# speaker stood or sat as they spoke is the article's scene too
_SCENE_OPENER = re.compile(
    r"[^,;]{0,30},\s+(?:after|amid|following|despite|before|ahead\s+of"
    r"|standing|sitting|seated|wearing|surrounded|flanked|perched|dressed"
    # "..., the union announced, in the latest escalation of a dispute that has lasted 14 months"
    r"|in\s+(?:the\s+latest|a\s+(?:sign|blow|further|fresh)|what\s+(?:would|could|was|is))"
    r")\b[^,;]*"
    r"(?:,\s+(?:where|when)\b[^,;]*)?$"  # ", sitting in her kitchen in Tromsø, where it is -12C outside"
)
# "..., the ONS said, after peaking at 19% in 2023": how the figure itself moved before is part of
# what was said (the subject of the verb is the figure's, not the speaker's: "after visiting" is a scene)
_MOVED_BEFORE_OPENER = re.compile(
    r"[^,;]{0,30},\s+(?:after|before|following)\s+(?:rising|falling|peaking|climbing|dropping|jumping|surging|soaring"
    r"|slipping|sliding|easing|declining|plunging|tumbling|growing|shrinking|hitting|reaching|touching|gaining|losing)\b"
)
# Words that open a plural party without being its head: "most analysts", "senior officials".
_PARTY_MODIFIERS = frozenset(
    {"many", "most", "some", "other", "several", "few", "senior", "independent", "local", "foreign", "leading"}
)
_RELATIVE_HEAD_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "another"})
_OPENING_SCENE = re.compile(
    r"(?:After|Before|When|While|Since|As|Once|Until|Following|Although|Though|Because)\b(?P<body>[^,;:“”\"]{3,200}),"
)
_OPENING_OCCASION = re.compile(
    r"In\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:" + vocab.alternation(_OCCASIONS) + r")\b[^,;:“”\"]{0,150},"
)
# The question put to a speaker, opening the sentence before the answer: "Asked whether the target
# of 30 minutes would be met by April, she said: ...". What it holds is the asker's premise.
_OPENING_QUESTION = re.compile(r"(?:Asked|Pressed|Questioned)\b(?P<body>[^,;:“”\"]{3,200}),")
# A verb in the opening clause: finite ("After nine churchgoers were killed"), or a participle that
# opens it ("After deliberating for about six hours", "Since taking office in 2019").
_FINITE_IN_SCENE = re.compile(r"\b(?:was|were|is|are|had|has|have|did|[a-z]{3,}ed)\b|^\s+[a-z]{2,}ing\b")
# Words that open a clause bound to another: a frame inside one says nothing of what comes before.
_BOUND_CLAUSE_OPENERS = frozenset({"that", "which", "after", "before", "until", "till", "when", "once", "since", "whenever"})
# A forecast set in a poll named by its maker: "the 5.2% growth forecast in a Reuters poll", "a
# forecast of 5.2% in a Bloomberg survey"
_POLL = (  # "in a Reuters poll", and "in the poll" named before
    r"[ \u00a0]+in[ \u00a0]+(?P<poll>(?:(?:a|an)[ \u00a0]+[A-Z][\w&.’'-]*|the)(?:[ \u00a0]+[A-Z][\w&.’'-]*){0,3}"
    r"[ \u00a0]+(?:poll|survey))\b"
)
_FORECAST_IN_A_POLL_AFTER = re.compile(
    r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:forecasts?|estimates?|expectations?|consensus)" + _POLL
)
_IN_A_POLL_AFTER = re.compile(_POLL)
_NOUN_BETWEEN = re.compile(r"[ \u00a0]+[a-z]+[ \u00a0]+")  # "the 45% reduction recommended by": one noun, what the figure counts
_FORECAST_OF_BEFORE = re.compile(r"\b(?:forecasts?|estimates?|expectations?|consensus)[ \u00a0]+(?:of|for)[ \u00a0]+$")
_EXPECTED_AFTER = re.compile(  # "the 21% cut scientists at the Marine Council had advised", "the £1,000 the councillor cited"
    r"[ \u00a0]+(?P<party>(?:[A-Za-z’'-]+[ \u00a0]+){0,6}?[A-Za-z’'-]+)[ \u00a0]+(?:had[ \u00a0]+|have[ \u00a0]+)?"
    r"(?:(?:forecast|expected|estimated|predicted|projected|anticipated|advised|recommended|proposed|demanded|sought|cited|quoted)\b"
    r"(?![ \u00a0]+(?:that|to)\b)"
    # "the $9.1 billion the United Nations says is needed": what the party says a figure is
    r"|(?:says|said|estimates|believes)[ \u00a0]+(?:is|are|was|were|would[ \u00a0]+be|will[ \u00a0]+be)\b)"
)
# A party's own estimate named before its figure: "Wall Street's average estimate of $4.25 billion",
# "analysts' consensus forecast of 94 cents", "the central bank's target of 2%".
_OWNED_ESTIMATE_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<owner>(?:[A-Za-z&.-]+[ \u00a0]+){0,4}[A-Za-z&.-]+?)(?:[’']s|(?<=s)[’'])[ \u00a0]+"
    r"(?:(?:average|consensus|mean|median|own|central|latest|previous|earlier|official|revised|new)[ \u00a0]+){0,2}"
    r"(?:estimates?|forecasts?|projections?|predictions?|expectations?|targets?|guidance|outlook)[ \u00a0]+(?:of|for)[ \u00a0]+$"
)


_RATE_PERIODS = frozenset({"year", "month", "week", "day", "quarter", "hour"})
_COUNTED_PARTY_BEFORE = re.compile(r"(?:\bof\s+(?:the\s+|its\s+|their\s+)?|\b(?:The|Its|Their|All)\s+)$")
_OPENING_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "wants", "plans"})
_ANSWERING_VERBS = frozenset({"responded", "responds", "respond", "replied", "replies", "countered", "counters"})
_DECLARING_VERBS = frozenset({"declared", "declares", "declare"})  # say only with "that" or a clause
_CLAIMED_LIVES = frozenset({"lives", "life", "victims", "victim", "deaths"})
# What a winner claims, and takes: no claim made ("claiming the biggest title of his career")
_CLAIMED_PRIZES = frozenset(
    {"title", "titles", "victory", "win", "crown", "trophy", "cup", "medal", "gold", "silver", "bronze", "prize"}
    | {"record", "seat", "seats", "responsibility", "credit", "pole", "spot", "place", "jackpot"}
)
# Verbs that count what they take or give away when a number follows: "the economy added 20,000
# jobs", "the centre admitted 320 patients", "Ridgeback conceded 14 penalties".
_COUNTING_SENSES = frozenset({"added", "adds", "add", "admitted", "admits", "admit", "conceded", "concedes", "concede"})
_DEMONYMS = frozenset(
    {"Israeli", "Pakistani", "Iraqi", "Saudi", "Afghan", "Kuwaiti", "Qatari", "Emirati", "Yemeni", "Somali"}
    | {"Bangladeshi", "Nepali", "Omani", "German", "French", "Dutch", "Swiss", "Greek", "Thai", "Filipino"}
)
_ADDED_AMOUNT_WORDS = frozenset(
    {
        *(w for w, v in vocab.UNITS_WORDS.items() if v > 0),
        *vocab.TENS_WORDS,
        "another",
        "nearly",
        "almost",
        "about",
        "some",
        "more",
        "over",
    }
)
# ", who sees ...", ", who expects ...": a person's own forecast or estimate, not background.
_WHO_HOLDS = re.compile(
    r",\s*who\s+(?:also\s+)?(?:sees|expects|estimates|forecasts|predicts|projects|believes|thinks|reckons|calculates)\b"
)
# The clause runs to the next comma, but not one that groups a number's digits ("98,700").
_BACKGROUND_CLAUSE = re.compile(r",\s*(?:" + "|".join(vocab.BACKGROUND_CLAUSE_OPENERS) + r")\b(?:[^,;()]|(?<=\d),(?=\d))*")
_FRAMING_CLAUSE = re.compile(
    r",\s+(?:(?:just|only|some|about|nearly|almost|barely|more\s+than|less\s+than)\s+)?"
    r"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?"
    r"(?:second|minute|hour|day|week|month|year|decade)s?\s+(?:after|before|since|into)\b"
)
# "Ferry fire: 3 dead, 27 injured — coastguard", "... - Reuters": a wire headline's credit, a name
# or a party in small letters ("— police", "— report").
_HEADLINE_SOURCE = re.compile(r"\s[-–—]\s(?P<source>[A-Za-z][\w&.'’]*(?:\s[A-Za-z][\w&.'’]*){0,4})\s*$")
# A headline that sets a quotation beside its speaker with a colon: "Farmer: 'We lost half the
# harvest'", "'We lost half the harvest': a farmer on the drought".
_HEADLINE_QUOTE = re.compile(
    r"^(?P<before>[A-Z][^:\"“‘']{1,60}):\s*(?P<q>[\"“‘'].+[\"”’'])\s*$"
    r"|^(?P<q2>[\"“‘'].+[\"”’'])\s*:\s*(?P<after>[^\"“”:]{2,80})$"
)
# Where a speaker after the colon ends: "a farmer on the drought" is a farmer.
_HEADLINE_SPEAKER_ENDS = frozenset({"on", "in", "about", "after", "as", "at", "for", "over", "from", "with", "amid"})
_NOUN_FORMS = frozenset(
    {"report", "reports", "estimate", "estimates", "claim", "claims", "notes", "states", "show", "shows", "forecast", "forecasts"}
    | {"values", "value"}
)
# Verbs of change and auxiliaries right after a word that may be a noun or a verb of saying show it
# is the noun: "Asylum claims fall 14%", "Home values rose 3%", "the estimates were revised".
_MOVES_AFTER_A_NOUN = frozenset(
    {"fall", "falls", "fell", "rise", "rises", "rose", "drop", "drops", "dropped", "jump", "jumps", "jumped"}
    | {"climb", "climbs", "climbed", "surge", "surges", "surged", "slump", "slumps", "slumped", "soar", "soars", "soared"}
    | {"top", "tops", "topped", "hit", "hits", "reach", "reaches", "reached", "double", "doubles", "doubled"}
    | {"are", "were", "was", "is", "have", "has", "had"}
)
_NOUN_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "earlier",
        "new",
        "latest",
        "recent",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "official",
        "original",
        "initial",
        "preliminary",
        "media",
        "news",
        "local",
        "police",
        "tv",
        "television",
        *("other", "many", "several", "both", "all", "some", "our", "your"),  # "moving from other states"
    }
)
_YEAR_TOKEN = re.compile(r"(?:1[89]|20)\d\d(?:/\d{2,4})?")  # "2025", "2025/26"
_CONJUNCTION_AFTER_COMMA = re.compile(r",\s+(?:and|but|or)\b")
_CLAUSE_WORDS_IN_A_NAME = frozenset(
    {"with", "to", "by", "from", "at", "on", "in", "into", "against", "after", "before", "and", "but"}
)
_OPERATING_VERBS = frozenset({"run", "led", "funded", "carried"})  # make a document, or run a place or a group
_ADJUNCT_PREPOSITIONS = frozenset({"on", "in", "at", "during", "early", "late", "earlier", "last", "this"})
_ADJUNCT_REACH = 10
_POSSESSIVES = ("its", "his", "her", "their", "our")
_INTERRUPTING_PREPOSITIONS = frozenset({"in", "on", "at", "for", "with", "after", "like", "unlike", "meanwhile"})
_CLAUSE_OPENERS = frozenset({"the", "a", "an", "its", "their", "it", "they", "this", "there", "these", "those"})
_WEEKDAYS = frozenset(vocab.WEEKDAYS)
_RELATIVE_DAY_WORDS = frozenset({"last", "this", "early", "late", "earlier", "later"})
_BEFORE_A_DAY = frozenset({"on", "next", "that", "by", "until", "since", "from"} | _RELATIVE_DAY_WORDS)
_WHEN_SAID_STARTS = frozenset({"early", "late", *(day.lower() for day in vocab.WEEKDAYS)})
_ADJUNCT_ENDS = frozenset({"that", "it", "he", "she", "they", "we", "i", "there", "its", "their", "his", "her", "our"})
_PHRASE_STOPS = _ADJUNCT_ENDS | _ADJUNCT_PREPOSITIONS  # what ends "by Tass" in "as saying by Tass on Friday"
_BACKGROUND_REACH = 400  # a background clause is a few words, never a page
_SUBJECT_REACH = 12
_BACKGROUND_TOKENS = 30  # how far back the comma that opens a relative clause is looked for
_ACCORDING_REACH = 24  # "according to a joint study by the X Foundation and Y at the University of Z"
_QUOTE_MARK = re.compile('[“”"]')
# "The weather service extended a red flag warning ..., with gusts of 60 mph expected": a warning
# states what it warns of, whoever extends or upgrades it ("issued" reports with one too).
_WARNING_VERBS = frozenset({"extended", "upgraded", "extends", "upgrades"})
_WARNING_NOUNS = frozenset({"warning", "warnings", "alert", "alerts", "advisory", "advisories", "watch"})
_REVISED_NOUNS = vocab.FIGURE_NOUNS | _WARNING_NOUNS
# An interview set as questions and answers: how each paragraph opens.
_QUESTION_MARKS = ("Q:", "Q.", "Question:")
_ANSWER_MARKS = ("A:", "A.", "Answer:")
_MARKED_LINE = re.compile(r"(?m)^(?:Q:|Q\.|Question:|(?P<answer>A:|A\.|Answer:))")
# A transcript's turn: a speaker's name in capitals and a colon open the paragraph ("REINHOLT: We
# have moved ..."). Not the labels an editor writes ("UPDATE:", "CORRECTION:").
_SPEAKER_LABEL = re.compile(r"(?P<label>[A-Z][A-Z’'-]+(?:\s[A-Z][A-Z’'-]+){0,2}):\s")
_EDITORIAL_LABELS = frozenset(
    {"UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "NOTE", "EDITOR’S NOTE", "EDITOR'S NOTE", "BREAKING"}
    | {"WATCH", "READ", "READ MORE", "LIVE", "VIDEO", "PHOTOS", "EXCLUSIVE", "ANALYSIS", "OPINION", "RELATED"}
)
_FIRST_PERSON = frozenset({"i", "we"})
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|me|my|[Ww]e|[Oo]ur|us)\b")
_QUESTION_LENGTH = 250  # an interviewer's question is a line or two
_QUOTE_TOKENS = frozenset({"“", "”", '"'})  # a quotation's marks, left in the masked text
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "&", "on", "in"})  # "the Institute for Fiscal Studies"
_JOINED_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "also"})  # "... and has said"
# What a body issues that states figures: a statement, a warning, a forecast, a report, its data.
_ISSUED_NOUNS = (
    vocab.FIGURE_NOUNS
    | _WARNING_NOUNS
    | vocab.DOCUMENT_NOUNS
    | {"statement", "statements", "update", "updates", "bulletin", "bulletins", "release", "advice", "guidelines"}
)
# Verbs that report only with one of their nouns a few words after them.
_NOUNS_A_VERB_NEEDS: dict[str, frozenset[str]] = {
    # "the outlook gives a 45% chance of rain"
    **dict.fromkeys(vocab.GIVING_VERBS, vocab.FIGURE_NOUNS | {"chance", "chances", "probability", "likelihood", "odds"}),
    **dict.fromkeys(("issued", "issues", "issue"), _ISSUED_NOUNS),
}
_FRAME_WORDS = (
    vocab.REPORTING_VERBS
    | _REPORTING_PARTICIPLES
    | _POINTING_VERBS
    | _WARNING_VERBS
    | _BLAMING_VERBS
    | _ACCUSING_VERBS
    | {"according", "by", "citing", "per"}
)
# A sentence is read for frames only when it holds one of these ("by" alone is too common:
# a maker's frame is hinted by its verb, "drawn up by", "published by", "assessed at $3bn by").
_HINT_WORDS = vocab.in_three_cases(
    (_FRAME_WORDS - {"by", "per"}) | _MAKING_VERBS | _VALUING_VERBS | _EXPECTING_VERBS | _PROPOSING_VERBS
)
# Looked for after the character before one, matched (as figures.py looks for figures): Python's
# re finds a class of characters in C, and tries a pattern that opens with a word boundary at
# every position.
_HINT_AFTER = re.compile(r"[^a-zA-Z0-9_](?=\b(?:" + vocab.alternation(_HINT_WORDS) + r")\b)")
# ", per the CDC": "per" alone is a rate's ("5 per cent"); looked for only where ", per " is written.
# "as per the data", as South Asian English writes "according to": any word may follow.
_PER_HINT = re.compile(r"(?<=, )per(?= (?:the |a |an |[A-Z]))|(?<![\w-])(?<=[Aa]s )per(?= \w)|\bPer(?= (?:the|a|an) )")
_SPACE_IN_PARAGRAPH = r"(?:[^\S\n]|\n(?![^\S\n]*\n))+"  # a line break, but no blank line: a name never spans paragraphs
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*" + _SPACE_IN_PARAGRAPH + r")+$")
_CAPITALISED_AFTER = re.compile(r"(?:" + _SPACE_IN_PARAGRAPH + r"[A-Z][\w’'-]*)+")
_LOOKBACK = 3000  # how far back a pronoun or a role looks for the party it names
_REMEMBERED = 50  # how many named sources a pronoun or a role looks through
# A wire report's dateline: the place in capitals, the date, a dash ("PUTRAJAYA, Nov 22 —",
# "LONDON, March 3 (Reuters) -").
_CAPITALS = "A-ZÀ-ÖØ-Þ"  # "SÃO PAULO", "SANTA LUCÍA"
_DATELINE = re.compile(
    rf"[{_CAPITALS}][{_CAPITALS}.’' ]+,(?:\s[{_CAPITALS}][A-Za-zà-ÿ.]+,)?\s[^—–\n]{{1,30}}?\s*(?:\([^)\n]{{1,40}}\)\s*)?[—–-]\s"
)
# A live report's entry opens with the time it was posted, read as any clock is, and a dash, a
# colon or a line's end ("17:30 GMT - ", "2.15pm: "), or a space before its first sentence
# ("00:15 Turnout across ..."): the report's, as a dateline is.
_AFTER_TIME_STAMP = re.compile(r"\s+[-–—]\s|:\s|[ \u00a0]*\n|[ \u00a0]+(?=[A-Z“\"‘'])")
# A sentence that opens with a person's name and a role set off by commas ("Royce Mendes, the
# bank's managing director, was more cautious."): a place or a firm has no role.
_NAME = r"[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+){1,2}"
_OPENING_NAME = re.compile(
    rf"(?P<name>{_NAME}),\s(?P<role>[^,.]{{1,100}}),"  # "Royce Mendes, the bank's managing director, was ..."
    # "The shadow health secretary, Tom Hale, called ...", "His main rival, Greens leader Ines Calvo, ..."
    rf"|(?P<role_first>[^,.]{{1,100}}),\s(?P<titled>(?:[A-Z][\w’'-]*\s)?(?:[a-z]+\s){{0,2}})(?P<name_after>{_NAME}),\s"
    r"|(?P<name_who>[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+){0,2}),\swho\s"  # "Ruiz, who had won 19 matches, ..."
    # "Mayor Luis Ortega defended the plan.", "Transport Secretary Lena Hart urged talks."
    rf"|(?P<title>(?:[A-Z][a-z]+\s)?[A-Z][a-z]+)\s(?P<titled_name>{_NAME})\s(?:also\s)?[a-z]+ed\b"
)
# Between "X said" and the quotation it leads into: "that the", a colon, a few words of the clause.
_LEADS_INTO_QUOTE = re.compile(r"[\s:,]*(?:(?:that|the|a|an|its|their|his|her)\s+|[\w’'-]+\s+){0,6}[“\"‘']?")
_QUOTE_TO_FRAME = 4  # '...,” she said': the attribution right after the quotation
_SURNAME = re.compile(r"[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)?")  # "Marsh", "Novak-Lind"
_ROLE_THEN_NAME = re.compile(r"\b(?P<role>[a-z]+)(?:\s[A-Z][\w’'-]+){2,}$")  # "leader Priya Sandhu", "firm Harwick Risk"
_NAME_AND_COMMA_BEFORE = re.compile(r"\b[A-Z][a-z’'-]+,[ \u00a0]$")
_FULL_NAME_AND_COMMA_BEFORE = re.compile(
    r"\b(?:[A-Z][a-z’'-]+|said|says|added|adds|explained|admitted|insisted)[ \u00a0][A-Z][a-z’'-]+,[ \u00a0]$"
)  # "said farmer Tom Hale, 54.", "said Okoro, 33.": a name after the verb, then its age
# Words that link a sentence to the one before, and open it before its subject: "But the council
# disputed the figures, saying ...".
_OPENING_LINKS = frozenset({"but", "and", "yet", "still", "however", "meanwhile", "instead"})
_WORD_TOKEN = re.compile(r"[\w’'-]+")
_MEASURED_NOUNS = vocab.GUIDANCE_NOUNS | vocab.MONEY_NOUNS | vocab.NOT_PARTY_NOUNS  # what figures measure
# A sentence that opens with a name and goes on with its verb or a clause set off: "Pacely, which ...".
_OPENING_BODY = re.compile(
    r"(?:\d{1,2}[:.]\d\d[ \u00a0]*[-–—:][ \u00a0]*)?(?:"  # a live report's time stamp ("08:50 - ")
    # "Harlow Steel declined to comment. It said ...": a name, and a verb of its own after it
    # ("Ferry firm Isle Line has cancelled ...": its role in small letters before it)
    r"(?P<name>(?:[A-Z][a-z]+\s(?:" + vocab.alternation(vocab.BODY_WORDS) + r")\s)?"
    r"[A-Z][\w&’'-]*(?:\s[A-Z][\w&’'-]*){0,3})(?=,|\s(?:has|had|is|was|does|did|will|said|says|[a-z]+ed)\b)"
    # "The coastguard urged ...", "The regional council voted ...", "But the council disputed ...":
    # a body by its common noun
    r"|(?:(?:" + vocab.alternation(word.capitalize() for word in _OPENING_LINKS) + r"),?\s)?"
    # ("The ferry firm Isle Line has cancelled ...": the body, then its name)
    r"(?P<body>[Tt]he\s(?:[a-z]+\s){0,2}(?:" + vocab.alternation(vocab.BODY_WORDS) + r")(?:\s[A-Z][\w&’'-]*){0,3})"
    r"(?=\s[a-z]+\b)(?!\sof\b))"
)
# A name past the opening's first word ("Ferry firm Isle Line", "The ferry firm Tarn Line"): not a
# sentence's first word alone, capitalised as every first word is ("Protesters clashed").
_NAMED_IN_OPENING = re.compile(r"\s[A-Z]")
# A sentence whose subject is "it", after a few words of time at most ("Last winter it was
# called out ..."): the body it stands for is the one the sentence before opens with.
_OPENS_WITH_IT = re.compile(r"(?:[A-Za-z]+,?\s){0,3}?[Ii]t\s")  # "In a statement, it said"
_AGES = r"aged\s+(?:\d{1,3}(?:,\s*|\s+and\s+))*$"  # "aged 19, 22 and " before the last of them
_AGES_SET_OFF_BEFORE = re.compile(r",\s+" + _AGES)
_AGES_BEFORE = re.compile(r"\b(?:children|boys|girls|sons|daughters|men|women|brothers|sisters|twins)\s+" + _AGES)
_BOUND_AFTER = re.compile(r"\s*(?:[-–]|to\b|or\s+(?:over|older|above|under|younger))")
_CLAUSE_COMMA = re.compile(r",(?!\d{3}(?!\d))")  # not the comma of "46,000"
# "The authors call for ...", "Exporters are also seeking ...": a group by its plural noun
_OPENING_GROUP = re.compile(
    r"(?:(?P<name>The\s+[a-z]+s)|(?P<bare>[A-Z][a-z]+s))"
    # "Analysts at Brennan Securities", "Researchers at the University of Halvorsen"
    r"(?P<at>\s+(?:at|from)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:of\s+)?[A-Z][\w&’'-]*){0,3})?"
    r"(?=\s+(?!of\b)[a-z]+\b)"
)
_OPENING_SURNAME = re.compile(r"(?P<surname>[A-Z][a-z’'-]+),\s[^,.]{1,100},\s")
# A surname that opens a sentence as its subject, a verb after it ("Novak-Lind hit 52 winners")
_OPENING_SURNAME_VERB = re.compile(
    rf"(?P<surname>{_SURNAME.pattern})\s(?:[a-z]+ed|[a-z]+s|hit|won|lost|took|made|ran|led|beat|set|had|was|got|scored)\b"
)
_HONORIFIC_NAME = re.compile(r"(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s[A-Z][\w’'-]+$")  # "Mr. Georgelis"
_PERSON_NAME = re.compile(r"(?:[A-Z][\w’'-]+|[A-Z]\.(?: ?[A-Z]\.)*)\s[A-Z][\w’'-]+$")  # "Ana Ruiz", "R. Venkatesh"
# "Ana Ruiz", "K. Raghavan", "R. K. Singh": a name, its first names perhaps cut to initials
_PERSON_MENTION = re.compile(r"\b(?:[A-Z]\.\s?)+[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)*\b|\b[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)+\b")
_TITLE_GOES_ON_BEFORE = re.compile(r"\b[A-Z][\w’'&-]*[ \t\u00a0]+(?:for|of|on|de)[ \t\u00a0]+$")
_ORGANISATION_MENTION = re.compile(  # "the regional council", "the Marine Stocks Council", on one line
    r"\b(?:[Tt]he\s+)?(?:[\w’'&-]+[ \t\u00a0]+){0,3}?(?:"
    + "|".join(sorted({*vocab.BODY_WORDS, *(word.capitalize() for word in vocab.BODY_WORDS)}))
    + r")\b"
)


def attribute(article: Article) -> list[SourcedMention]:
    """Every figure mention of the article, in order, with its source."""
    reader = _Reader(article)
    result: list[SourcedMention] = []
    # Mentions in a quotation left open at a paragraph's end, its speaker not yet named: a
    # quotation that runs on into the next paragraph ("... and then "By noon," she said) is
    # credited to whoever the article names there.
    pending: list[int] = []
    introduced: str | None = None  # who gives the list a paragraph ending in a colon introduces
    with exact_context():  # once for the article, not once a paragraph
        for paragraph in article.paragraphs:
            found = reader.read(paragraph)
            listed_by = introduced if introduced and _LIST_ITEM.match(paragraph.text) else None
            if listed_by:
                # "The key figures, from the council's budget papers:" and its items below, each
                # item a paragraph of its own or all in one
                found = [replace(m, source=listed_by) if m.source == UNATTRIBUTED and not m.quoted else m for m in found]
            given_before = 0
            if paragraph.text.rstrip().endswith(":"):
                introduced, given_before = reader.list_source(paragraph)
            else:
                introduced = listed_by  # the list goes on only while its items do
            if introduced and given_before:
                # "Unemployment in the third quarter, as set out in the bureau's release:": what the
                # lead-in counts is the giver's too
                found = [
                    replace(m, source=introduced)
                    if m.source == UNATTRIBUTED
                    and not m.quoted
                    and m.sentence is paragraph.sentences[-1]
                    and m.mention.end <= paragraph.start + given_before
                    else m
                    for m in found
                ]
            if pending and reader.opening_speaker is not None:
                for index in pending:
                    result[index] = replace(result[index], source=reader.opening_speaker)
                pending = []
            elif not reader.continues_quote:
                pending = []
            pending.extend(len(result) + index for index in reader.unclosed)
            result.extend(found)
    return result


def _unmarked_interview(article: Article) -> tuple[frozenset[int], frozenset[int]]:
    """The questions and answers of an interview set with no "Q:" and "A:" (paragraph numbers):
    short paragraphs that are one question each, at least two, and the paragraphs that follow
    each, most of which speak in the first person ("We lost four of them"), so that an explainer's
    answers ("What is the cap? The cap is ...") are never taken for anyone's words."""
    questions: list[int] = []
    answers: list[int] = []
    for paragraph in article.paragraphs[1:]:
        text = paragraph.text.strip()
        if text.endswith("?") and len(text) <= _QUESTION_LENGTH and text[:1] not in _OPENING_QUOTES and "\n" not in text:
            questions.append(paragraph.number)
        elif questions:
            answers.append(paragraph.number)
    if len(questions) < 2 or not answers:
        return frozenset(), frozenset()
    texts = {paragraph.number: paragraph.text for paragraph in article.paragraphs}
    first_person = sum(1 for number in answers if _FIRST_PERSON_WORD.search(_mask(texts[number], _quote_spans(texts[number]))))
    if first_person * 2 < len(answers):
        return frozenset(), frozenset()
    return frozenset(questions), frozenset(answers)


def _turn_speakers(article: Article) -> dict[int, str]:
    """The speaker of each turn of a transcript, by paragraph number: a label in capitals that opens
    two paragraphs or more, or any such label beside questions ("Q:"), stands for the person the
    article names in full with that surname ("REINHOLT:" is "Tomas Reinholt"), or for the label as
    a name. The first paragraph after the headline is left out: "NEW DELHI:" is a dateline."""
    turns: dict[str, list[int]] = {}
    questions = False
    for paragraph in article.paragraphs[2:]:
        questions = questions or paragraph.text.startswith(_QUESTION_MARKS)
        if (opening := _SPEAKER_LABEL.match(paragraph.text)) and opening.group("label") not in _EDITORIAL_LABELS:
            turns.setdefault(opening.group("label"), []).append(paragraph.number)
    speakers: dict[int, str] = {}
    for label, numbers in turns.items():
        if len(numbers) >= 2 or questions:
            surname = label.split()[-1]
            named = re.search(rf"\b(?:[A-Z][a-z’'.-]+\s){{1,2}}(?i:{re.escape(surname)})\b(?<![A-Z]{{2}})", article.text)
            speaker = named.group() if named else " ".join(word.capitalize() for word in label.split())
            speakers.update(dict.fromkeys(numbers, speaker))
    return speakers


def mentions_in(article: Article) -> Iterable[Mention]:
    for paragraph in article.paragraphs:
        for mention in find_figures(paragraph.text):
            yield mention.shifted(paragraph.start)


@dataclass(slots=True)
class _SentenceFrames:
    """A sentence's clauses and attributions, indexed so each mention is placed in log time."""

    clauses: list[tuple[int, int]]
    clause_starts: list[int]
    frames: list[_Frame]
    verb_starts: list[int]
    ends: list[int]
    next_trailing: list[int]  # for each frame index, the first neither leading nor after-only at or after it
    next_not_leading: list[int]  # for each frame index, the first not leading at or after it
    according: list[int]  # the indexes of the frames that are a trailing ", according to X", in order
    according_starts: list[int]  # and where their verbs start
    framings: list[int]  # where closing clauses that date what was said start (", seven days after")
    scene_end: int  # where a clause of its own that opens the sentence before its speaker ends, or 0
    cites: bool  # whether a party is cited (", citing Y")
    beside: list[_Frame]  # "expected by X" after a figure: X's figure, and no other in the clause

    @classmethod
    def build(
        cls,
        clauses: list[tuple[int, int]],
        frames: list[_Frame],
        framings: list[int] | None = None,
        scene_end: int = 0,
        masked: str = "",
    ) -> _SentenceFrames:
        beside = [frame for frame in frames if frame.beside] if frames else []
        if beside:
            frames = [frame for frame in frames if not frame.beside]
        frames = sorted(frames, key=lambda f: f.verb_start)
        # Indexes, so that a mention finds the frame it needs in log time: a sentence may hold
        # hundreds (a table pasted with no full stop) and each of its mentions looks.
        next_trailing = [len(frames)] * (len(frames) + 1)
        next_not_leading = [len(frames)] * (len(frames) + 1)
        for index in range(len(frames) - 1, -1, -1):
            trails = not (frames[index].leading or frames[index].after_only)
            next_trailing[index] = index if trails else next_trailing[index + 1]
            next_not_leading[index] = index if not frames[index].leading else next_not_leading[index + 1]
        according = [i for i, f in enumerate(frames) if masked.startswith("according", f.verb_start) and _set_off(masked, f)]
        return cls(
            clauses,
            [c[0] for c in clauses],
            frames,
            [f.verb_start for f in frames],
            [f.end for f in frames],
            next_trailing,
            next_not_leading,
            according,
            [frames[i].verb_start for i in according],
            framings or [],
            scene_end,
            any(frame.cited for frame in frames),
            beside,
        )


_NO_FRAMES = _SentenceFrames.build([], [])


# A verb that closes its clause, with a few words of when after it, its subject after a comma: "...,
# the court ruled on Tuesday."
_CLOSING_VERB = re.compile(r"[a-z]+(?:\s+[\w’'-]+){0,3}\s*(?:[,.;]|$)")


def _idle_hints(masked: str, hints: list[int], start: int, end: int) -> bool:
    """Whether every hint in the clause is a verb that reports only with a word after it, and that
    word is nowhere after it: a verb of revision with none of its nouns ("crews cut power to 40,000
    homes"), one of describing with no "as" ("Residents described hearing a roar"), one of ruling
    or promising with no "that". No frame comes of the clause (and a maker's "by" comes only after
    a verb that is a hint too), so its tokens, the dearest part of reading it, are not made."""
    for hint in hints[bisect.bisect_left(hints, start) : bisect.bisect_left(hints, end)]:
        verb = _word_at(masked, hint)
        after = masked[hint:end].lower()
        if verb in vocab.REVISING_VERBS:
            if any(noun in after for noun in _revised_nouns(verb)):
                return False
        elif verb in vocab.AS_ONLY_VERBS:
            if " as " in after:
                return False
        elif verb in vocab.THAT_ONLY_VERBS:
            if " that " in after or ("," in masked[start:hint] and _CLOSING_VERB.match(after)):
                return False
        else:
            return False
    return True


def _any_between(positions: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


class _Reader:
    """Reads paragraphs in order, remembering who spoke last for pronouns and running quotes.

    Positions inside a paragraph are local to it (0 is its first character), so no step
    ever copies or scans more than the paragraph it reads.
    """

    def __init__(self, article: Article) -> None:
        self.article = article
        self.named_sources: list[str] = []
        # A word -> each remembered name that holds it, and where in named_sources it was last
        # remembered, the latest last: a role ("the agency") is looked for among them.
        self._named_with_word: dict[str, dict[str, int]] = {}
        self._full_names: dict[str, str] = {}  # a surname -> the first source named in full with it
        self.last_named_at = -1  # where the last source was named
        self.last_person_named_at = -1  # and the last person
        # The paragraphs read so far (where each starts, its masked text, where its sentences
        # start): "He said" may stand for the person a sentence opens with, looked for only then.
        self._read_so_far: list[tuple[int, str, list[int]]] = []
        self.last_speaker: str | None = None
        self.base = 0
        self.in_headline = False
        self._last_frames: list[_Frame] = []  # of the last sentence of the paragraph read last
        # The last person and organisation mentioned, found by a scan that never reads a character twice.
        self._mentioned: dict[str, tuple[int, str]] = {}
        self._full_name_at: dict[str, int] = {}  # where a surname is first written after a first name
        self._written_in_full: dict[str, str] = {}  # and how ("Erik Novak-Lind")
        self._scanned_to: dict[str, int] = {}
        self._small_words: set[str] | None = None  # the words the article writes in small letters
        # Of the paragraph read last: whether it opens inside a quotation that runs on from the
        # one before, who speaks that quotation (named in this paragraph), and which of its
        # mentions stand in a quotation left open at its end with no speaker named.
        self.continues_quote = False
        self.opening_speaker: str | None = None
        self.unclosed: list[int] = []
        self.interviewee: str | None = None  # of an interview set as questions and answers
        self._turn_speakers = _turn_speakers(article)  # of a transcript: paragraph -> "Tomas Reinholt"
        self._questions, self._answers = _unmarked_interview(article)  # paragraph numbers, with no "Q:" or "A:"

    def _last_mentioned(self, kind: str, window: int, start: int) -> str:
        pattern = _PERSON_MENTION if kind == "person" else _ORGANISATION_MENTION
        scan_from = max(window, self._scanned_to.get(kind, 0))
        for match in pattern.finditer(self.article.text, scan_from, start):
            name = match.group().strip()
            # not "Hopefully I've" at the head of a quotation; for "she", not "the Harrowgate Choir";
            # for "it", not a clause that ends in a body's word ("Protesters clashed with police")
            if kind == "person" and _TITLE_GOES_ON_BEFORE.search(self.article.text, max(0, match.start() - 30), match.start()):
                continue  # "the Office for National Statistics": the end of a body's title, no person
            if is_party(name) and (_is_person(name) if kind == "person" else _names_a_body(name)):
                self._mentioned[kind] = (match.start(), name)
        self._scanned_to[kind] = max(scan_from, start)
        position, name = self._mentioned.get(kind, (-1, UNATTRIBUTED))
        return name if position >= window else UNATTRIBUTED

    def read(self, paragraph: Paragraph) -> list[SourcedMention]:
        self.base = base = paragraph.start
        self.in_headline = paragraph.number == 1
        quotes = _quote_spans(paragraph.text)
        masked = _mask(paragraph.text, quotes)
        hints = [match.end() - 1 for match in _HINT_AFTER.finditer(" " + masked)]  # a space before its first word
        if ", per " in masked or "s per " in masked or "Per " in masked:
            hints = sorted([*hints, *(match.start() for match in _PER_HINT.finditer(masked))])
        sentence_starts = [s.start - base for s in paragraph.sentences]
        self._read_so_far.append((base, masked, sentence_starts))
        sentences = [
            self._sentence_frames(masked, sentence.start - base, sentence.end - base, hints) for sentence in paragraph.sentences
        ]
        all_frames = [f for sentence in sentences for f in sentence.frames]
        self._last_frames = sentences[-1].frames if sentences else []
        headline = _HEADLINE_SOURCE.search(paragraph.text) if paragraph.number == 1 else None
        headline_quote = self._headline_quote(paragraph.text) if paragraph.number == 1 else None
        if headline and headline.group("source").islower() and not is_party(headline.group("source")):
            headline = None  # "Storm nears — and 3 more are on the way": no credit
        quote_starts = [start for start, _ in quotes]
        opens_quoted = paragraph.text[:1] in _OPENING_QUOTES
        running = self.last_speaker if opens_quoted else None
        named_speakers = [_speaker(q, sentences, sentence_starts, all_frames, masked) for q in quotes]
        speakers = [named or running for named in named_speakers]
        self.continues_quote = opens_quoted and quotes[0][1] == len(paragraph.text)
        self.opening_speaker = named_speakers[0] if opens_quoted and quotes else None
        self.unclosed = []

        # An interview set as questions and answers: an answer ("A: ...") is said by the person
        # the article named last before its first question.
        if (paragraph.text.startswith(_QUESTION_MARKS) or paragraph.number in self._questions) and self.interviewee is None:
            named = self._last_mentioned("person", 0, base)
            self.interviewee = None if named == UNATTRIBUTED else named
        answering = self.interviewee if paragraph.text.startswith(_ANSWER_MARKS) or paragraph.number in self._answers else None
        answering = self._turn_speakers.get(paragraph.number, answering)
        # A question and its answer on lines of one paragraph: each line's mark says who speaks.
        marked_lines = (
            [(m.start(), m.group("answer") is not None) for m in _MARKED_LINE.finditer(paragraph.text)]
            if self.interviewee and "\n" in paragraph.text and paragraph.number not in self._turn_speakers
            else []
        )

        found: list[SourcedMention] = []
        mentions = find_figures(paragraph.text)
        dateline_end = _dateline_end(paragraph.text, mentions)
        for local in mentions:
            sentence_index = max(0, bisect.bisect_right(sentence_starts, local.start) - 1)
            quote = bisect.bisect_right(quote_starts, local.start) - 1
            quoted = quote >= 0 and local.start < quotes[quote][1]
            if local.end <= dateline_end:
                source = UNATTRIBUTED  # "PUTRAJAYA, Nov 22 —": where and when the report was filed
            elif quoted:
                source = speakers[quote] or UNATTRIBUTED
                if source == UNATTRIBUTED and quotes[quote][1] == len(paragraph.text):
                    self.unclosed.append(len(found))
            elif headline and local.end <= headline.start():
                source = " ".join(headline.group("source").split())
            elif _is_persons_age(paragraph.text, local):
                source = UNATTRIBUTED  # "Graham Pike, 58, of Stockport, ..., the court heard": an age is background
            else:
                source = _source_in_sentence(masked, sentences[sentence_index], local)
            if headline_quote and source == UNATTRIBUTED and headline_quote[0] <= local.start < headline_quote[1]:
                source = headline_quote[2]  # "'We lost half the harvest': a farmer on the drought"
            speaking = answering
            if marked_lines and (line := bisect.bisect_right(marked_lines, (local.start, True)) - 1) >= 0:
                speaking = self.interviewee if marked_lines[line][1] else None
            if speaking and (source == UNATTRIBUTED or source.lower() in _FIRST_PERSON) and local.end > dateline_end:
                source = speaking  # an answer, a transcript's turn: what "we" have done is the speaker's
            found.append(
                SourcedMention(local.shifted(base), paragraph.number, paragraph.sentences[sentence_index], source, quoted)
            )

        if quotes and speakers[-1]:
            self.last_speaker = speakers[-1]
        elif all_frames:
            self.last_speaker = all_frames[-1].source
        else:
            self.last_speaker = None
        return found

    def list_source(self, paragraph: Paragraph) -> tuple[str | None, int]:
        """The party a paragraph that ends in a colon names as the giver of what follows: "The key
        figures, from the council's budget papers:", "according to the ministry:", "as set out in
        the bureau's release:", "the ministry said:"; None when it names none. And where the words
        that name the giver start (0 when a frame of the paragraph named it)."""
        if giver := _GIVEN_FROM.search(paragraph.text):
            phrase = _tokens(giver.group("party"), 0, len(giver.group("party")))
            party = _party(phrase)
            if party and len(party) == len(phrase):
                return " ".join(giver.group("party").split()), giver.start()
            return None, 0
        frames = self._last_frames
        if frames and not paragraph.text[frames[-1].end : paragraph.text.rstrip().rfind(":")].strip():
            return frames[-1].source, 0  # "..., the ministry said:" or "According to the ministry:"
        return None, 0

    def _headline_quote(self, text: str) -> tuple[int, int, str] | None:
        """The quotation of a headline that names its speaker beside it with a colon, and the
        speaker: (start, end, source), or None."""
        match = _HEADLINE_QUOTE.match(text)
        if match is None:
            return None
        side = "before" if match.group("before") else "after"
        tokens = _tokens(text, match.start(side), match.end(side))
        phrase = _phrase_until_punctuation(tokens, 0)
        phrase = next((phrase[:i] for i, t in enumerate(phrase) if i and t.lower in _HEADLINE_SPEAKER_ENDS), phrase)
        party = _party(phrase)
        if not party or len(party) != len(phrase):
            return None  # "'We lost 40 cows': Farmers count the cost": no speaker named alone
        quote = "q" if side == "before" else "q2"
        return match.start(quote), match.end(quote), self._name(party)

    def _sentence_frames(self, masked: str, start: int, end: int, hints: list[int]) -> _SentenceFrames:
        if not _any_between(hints, start, end):
            return _NO_FRAMES  # no reporting verb, no "according to": nothing to read here
        clauses = _clauses(masked, start, end)
        frames: list[_Frame] = []
        for clause_start, clause_end in clauses:
            if not _any_between(hints, clause_start, clause_end) or _idle_hints(masked, hints, clause_start, clause_end):
                continue
            tokens = _tokens(masked, clause_start, clause_end)
            clause = _Clause(tokens)
            for index, token in enumerate(tokens):
                if token.lower in _FRAME_WORDS:
                    frame = self._frame_at(clause, index)
                    if frame is not None:
                        frames.append(frame)
        if not frames:
            return _NO_FRAMES  # a mention here is the article's; its clauses are not asked for
        _credit_own_people(masked, frames)
        framings = [m.start() for m in _FRAMING_CLAUSE.finditer(masked, start, end)]
        return _SentenceFrames.build(clauses, frames, framings, _scene_before_frame(masked, clauses[0][0], frames), masked)

    def _frame_at(self, clause: _Clause, index: int) -> _Frame | None:
        tokens = clause.tokens
        token = tokens[index]
        word = token.lower
        if word == "according" and index + 1 < len(tokens) and tokens[index + 1].lower == "to":
            phrase = _phrase_until_punctuation(tokens, index + 2, reach=_ACCORDING_REACH)
            # "according to a person familiar with the talks who spoke on condition of anonymity": the person
            phrase = next((phrase[:i] for i, t in enumerate(phrase) if i > 1 and t.lower in ("who", "whose")), phrase)
            maker = next(
                (
                    i
                    for i in range(1, len(phrase) - 1)
                    if phrase[i].lower in vocab.PRONOUN_SOURCES
                    and phrase[i + 1].lower in _MAKING_VERBS
                    and phrase[i - 1].lower in vocab.DOCUMENT_NOUNS
                ),
                None,
            )
            if maker is not None:  # "according to traffic figures it published last week": its maker's
                party = [phrase[maker]]
                phrase = _phrase_until_punctuation(tokens, index + 2, reach=_ACCORDING_REACH)  # to the clause's end
            else:
                party = _party(phrase)
                if not party:
                    return None
                if named := _name_after_role(tokens, phrase):
                    phrase = party = named  # "according to a mine safety inspector, Paulo Brandt": the person
            source = self._name(party)
            after = [t.lower for t in _two_from(tokens, phrase[-1].end)]
            leads = phrase[-1].end < clause.last_word_start and not _closes_a_phrase(after)
            return _Frame(source, token.start, phrase[-1].end, token.start, leads)
        if word == "by":
            return self._maker_frame(clause, index)
        if word == "per":  # ", per the CDC", as American copy writes "according to"; "as per the data"
            if index and tokens[index - 1].lower not in (",", "as"):
                return None
            if not index and not (len(tokens) > 1 and tokens[1].lower in ("the", "a", "an")):
                return None  # "Per a report from the county, ...", not "Per Gessle said"
            if _names_a_rate(tokens, index + 1):
                return None  # "a bonus of $26,000, per worker to sign": a rate, no source
            if not (party := _party(_phrase_until_punctuation(tokens, index + 1))):
                return None
            start = tokens[index - 1].start if tokens[index - 1].lower == "as" else token.start
            return _Frame(self._name(party), start, party[-1].end, start, party[-1].end < clause.last_word_start)
        if word == "citing":
            if index and tokens[index - 1].text != ",":
                return None
            phrase = _phrase_until_punctuation(tokens, index + 1)
            party = _party(phrase)
            if not party or (party[0].start != phrase[0].start and phrase[0].lower not in vocab.DOCUMENT_NOUNS):
                return None  # the party opens what is cited, or is the maker of its document ("citing data from X")
            if not index:  # "Citing hospital records, the charity said ...": as ", citing" after it
                return _Frame(self._name(party), token.start, party[-1].end, token.start, True, cited=True)
            after = [t.lower for t in _two_from(tokens, party[-1].end)]
            introduces = "that" in after  # "X reported, citing two officials, that 15 trains ...": what follows
            return _Frame(self._name(party), token.start, party[-1].end, token.start, introduces, cited=True)
        if word in _REPORTING_PARTICIPLES:
            return self._participle_frame(clause, index)
        if word in _WARNING_VERBS:
            if not any(t.lower in _WARNING_NOUNS for t in tokens[index + 1 : index + 6]):
                return None  # "extended the deadline by six months": a deed, no warning
            subject = _subject_before(tokens, index)
            if not subject or not (party := _party(subject)):
                return None
            return _Frame(self._name(party), subject[0].start, token.end, token.start, True, after_only=True)
        if word in _BLAMING_VERBS or word in _ACCUSING_VERBS:
            comma = next((i for i in range(index + 1, len(tokens)) if tokens[i].text == ","), len(tokens))
            if word in _BLAMING_VERBS and any(t.lower == "for" for t in tokens[index + 1 : comma]):
                return None  # "Inquiry blames missed inspections for collapse that killed nine": the harm is no claim
            if index and tokens[index - 1].lower in vocab.PASSIVE_AUXILIARIES:
                return None  # "he is accused of 14 counts of fraud": by whom, not said
            subject = _subject_before(tokens, index)
            if not subject or not (party := _party(subject)):
                return None
            return _Frame(self._name(party), subject[0].start, token.end, token.start, True, after_only=True)
        if word in _POINTING_VERBS:  # "Holcomb pointed to provisions such as $500 million", "pointed out that"
            if not (index + 1 < len(tokens) and tokens[index + 1].lower in ("to", "out")):
                return None
            if index and (_counts(tokens[index - 1]) or tokens[index - 1].lower in _POINT_NOUN_WORDS):
                return None  # "raised rates by 300 basis points to 27%", "41 points to lead": a unit, no verb
        elif word not in vocab.REPORTING_VERBS:
            return None
        if token.text[0].isupper() and word not in ("says", "said"):
            return None
        if index and tokens[index - 1].lower in ("a", "an", "the") and word.endswith("ed"):
            return None  # "for a reported £18m", "the estimated cost": an adjective, no one saying it
        previous = tokens[index - 1].lower if index else ""
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        next_word = following.lower if following else ""
        if (
            self.in_headline
            and word.endswith("ed")
            and next_word in _PLACE_PREPOSITIONS
            and index
            and tokens[index - 1].is_word
            and previous not in vocab.PASSIVE_AUXILIARIES
            and previous not in ("has", "have", "had")
            and not any(t.text == "," for t in tokens[:index])
            and not any(t.lower in ("that", "by") for t in tokens[index + 1 :])
        ):
            # "Famine confirmed in two districts": a headline says what someone does in the present
            # ("Monitors confirm famine"); a past participle right after its opening words is
            # passive, its subject no party (not "estimated in a filing that", "reported in June by")
            return None
        if (
            self.in_headline
            and previous == ","
            and word in _HEADLINE_SECOND_VERBS
            and not _party(_subject_after(tokens, index))  # "..., says Daft report": the speaker after it
            and (party := _headline_subject(tokens, index))
        ):
            # "Veltrix unveils chip, claims 40% longer battery life": a headline drops the subject of
            # its second verb; what follows it is the party's
            return _Frame(self._name(party), token.start, _frame_end(tokens, index), token.start, True, after_only=True)
        if word == "told" and previous in vocab.PASSIVE_AUXILIARIES and index >= 2:
            # "the court was told", "jurors were told the firm owed £3m": what a hearing is told, as "the court heard"
            subject = _subject_before(tokens, index - 1)
            if subject and (party := _party(subject)) and party[-1].lower in _HEARING_BODIES:
                end = _frame_end(tokens, index)
                return _Frame(self._name(party), subject[0].start, end, token.start, clause.last_word_start >= end)
        if word in _FINDING_VERBS and (previous in vocab.MODALS or previous == "to"):
            return None  # "the retailer would find $500 million in savings", "hopes to find": a search, no finding
        if word in ("told", "informed") and previous in vocab.PASSIVE_AUXILIARIES and (told := self._told_by(clause, index)):
            return told  # "Staff were told by the company that", "were told in a notice seen by Reuters that"
        if (previous in vocab.PASSIVE_AUXILIARIES and not word.endswith("ing")) or (previous == "ever" and word.endswith("ed")):
            return None  # "was reported"; "the second-highest total ever recorded": a participle ("is forecasting" says)
        if previous == "to" and index >= 3 and tokens[index - 3].lower in ("the", "a", "an", "its", "their"):
            # "an inquiry to report within 60 days", "expect the firm to report $1bn": what a noun is
            # to say, a saying to come ("he continues to expect" is his)
            return None
        if word == "valued" and previous in (",", "now", "last"):
            return None  # "Pacely, valued at $2bn, said": what describes the subject, no valuing
        if (
            word in _VALUING_VERBS
            and word.endswith("ed")
            and next_word == "at"
            and index
            and tokens[index - 1].is_word
            and tokens[index - 1].text.islower()
            and previous not in vocab.PRONOUN_SOURCES
            and not is_party_noun(previous)
            and index + 2 < len(tokens)
            and tokens[index + 2].lower not in ("least", "most")
        ):
            return None  # "received compensation valued at $41.2 million": a participle after its noun, no valuing
        if word in _WRITING_VERBS and (
            next_word in _WRITTEN_WORK_OPENERS
            or (following is not None and _counts(following))
            or (next_word in _REFLEXIVES and _amount_follows(tokens, index + 1))  # "wrote herself at least 640 checks"
            or (next_word in ("a", "an") and index + 2 < len(tokens) and tokens[index + 2].lower in _WRITTEN_WORKS)
        ):
            return None  # "wrote most of the 26 poems", "wrote three novels": what a writer wrote, no statement
        if previous == "," and next_word in _AFTER_A_PARTICIPLE and (word.endswith("ed") or word in ("forecast", "put")):
            # "spending, forecast at $30bn, ...", "the deficit, projected to reach 5%", "signs it,
            # expected before December 31": a participle
            return None

        if word in _NOUN_FORMS and (
            not index
            or previous in _NOUN_DETERMINERS
            or (previous.endswith(("'s", "’s")) and tokens[index - 1].is_word)  # "The ministry's forecast, its first"
            or _counted(tokens[index - 1])
            or (index >= 2 and tokens[index - 1].text.islower() and _counted(tokens[index - 2]))
        ):
            return None  # "the reports", "2.7 million reports", "40 user reports", "two estimates": nouns, counted
        if (
            word in _NOUN_FORMS
            and next_word in _FINITE_AUXILIARIES
            and tokens[index - 1].is_word
            and tokens[index - 1].text.islower()
            and previous not in vocab.PRONOUN_SOURCES
            and (index < 2 or tokens[index - 2].lower not in _NOUN_DETERMINERS)
        ):
            return None  # "where office values have fallen", "analyst estimates have risen": a noun, its verb after it
        if word == "values" and next_word in ("as", "of", "for", "in", "above", "below", "near", "up", "over", "under"):
            return None  # "heat index values as high as 108": the verb takes its object first ("values it at")
        if (
            word in vocab.REPORTING_VERBS_NEEDING_AT
            and not clause.at_after(index)
            and next_word != "that"  # "estimated that 700 million"
            and not (
                next_word in _ADJUNCT_PREPOSITIONS and _that_after(tokens, index + 2, 5) is not None
            )  # "estimated in March that"
            and not _clause_follows(tokens, index)  # "estimates the change will cost £1bn"
            # "..., the firm Verisk estimated.", "..., the CBO estimated in a report Tuesday.": nothing after
            # it; "..., the lender estimated, up from £48,000": set off by a comma
            and not (
                word.startswith("estimate")
                and (
                    _frame_end(tokens, index) > clause.last_word_start
                    or _amount_follows(tokens, index)  # "Analysts estimated at least 200 died", "estimated 200 died"
                    or (word == "estimated" and following is not None and following.text == ",")  # not the noun "estimates,"
                )
            )
        ):
            return None
        if word in _NOUN_FORMS and (next_word == "of" or next_word in _VERBS_AFTER_A_NOUN or next_word in _MOVES_AFTER_A_NOUN):
            # "an estimate of", "a World Bank report said", "reports seen by Reuters suggest",
            # "Asylum claims fall 14%", "the estimates were revised": a noun
            return None
        if word == "states" and (next_word.endswith("ed") or next_word in _OPENING_AUXILIARIES):
            return None  # "the coastal states agreed", "member states have": the countries, no stating
        if (nouns := _NOUNS_A_VERB_NEEDS.get(word)) and not any(t.lower in nouns for t in tokens[index + 1 : index + 7]):
            # "gave a higher toll of 93", "issued a warning of 40C heat", "give a 40 to 50% chance"
            # report; "gave birth", "issued 300 permits", "issued a mayday" are deeds
            return None
        if word in _RESULT_VERBS and following is not None and _SCORE_TOKEN.fullmatch(following.text):
            return None  # "Australia posted 287-7": a side's score, a result and no report
        if word in _RESULT_VERBS and index and tokens[index - 1].lower in _PLACE_NOUNS:
            return None  # "The city recorded 94 homicides": what happened there, no one's report
        if word in ("showed", "shows", "show") and next_word == "up":
            return None  # "Ana Kovac showed up at the lab"
        if (
            (word.endswith("ed") or word == "shown")
            and previous == ","
            and next_word in ("in", "on", "last", "earlier", "this")
            and not any(t.lower == "by" for t in tokens[index + 2 : index + 6])  # ", reported in May by the firm"
            and not _closes_appositive_name(tokens, index - 1)
        ):
            return None  # "The previous record holder, confirmed in 2023, dated to ...": a participle, no saying
        if (
            word in _DECLARING_VERBS
            and following
            and following.is_word
            and next_word != "that"
            and not _clause_follows(tokens, index)
        ):
            return None  # "has declared three days of mourning", "declared a state of emergency": an act
        if word in vocab.THAT_ONLY_VERBS and _that_after(tokens, index + 1, 4) is None and not _closes_a_report(tokens, index):
            # "the court ruled 6 to 3", "promised to cut 500 jobs": a deed, no statement; closing its
            # sentence ("The firm must pay $40m, the court ruled on Tuesday."), what went before is the ruling
            return None
        if word in vocab.AS_ONLY_VERBS and not _describes_as(tokens, index):
            return None  # "described the scene", "describe terror as jet plunges": no figure called anything
        if word in vocab.OBJECTING_VERBS and following and following.is_word and _that_after(tokens, index + 1, 3) is None:
            return None  # "complained that fares rose 40%" reports; "complained of pains for 3 days" does not
        if word in ("informed", "informs") and _that_after(tokens, index + 1, 6) is None:
            return None  # "an informed decision", "informed the board of 40 cuts": no saying
        if word.startswith("continue") and next_word == "to":
            return None  # "carriers continued to send ships": a going on, no saying
        if word in _ANSWERING_VERBS and next_word == "with":
            return None  # "Beijing responded with tariffs of 10% to 15%": an answer in deeds
        if word in ("claimed", "claims", "claim") and (
            any(t.lower in _CLAIMED_LIVES for t in tokens[index + 1 : index + 6])
            or _amount_follows(tokens, index)
            or _claims_a_prize(tokens, index)
        ):
            # "had claimed 56 victims", "claimed the lives of 12": what was taken, no claim made; "MPs
            # claimed £4.2m for flats", "claimed more than £30,000": money asked for
            return None
        if word in _COUNTING_SENSES and following and _counts(following):
            return None  # "the economy added 20,000 jobs", "the centre admitted 320 patients": no saying
        if word in vocab.REVISING_VERBS and not _revises_a_figure(tokens, index, word):
            return None  # "the ONS revised its estimate" reports; "the Fed raised rates" does not
        if word in _NOUN_FORMS and previous.endswith("ed"):
            return None  # "updated forecasts", "revised estimates"
        if (
            word in ("forecast", "forecasts", "estimate", "estimates")
            and index
            and tokens[index - 1].text.islower()
            and tokens[index - 1].is_word
            and previous not in vocab.PRONOUN_SOURCES
            and previous not in vocab.SUBJECT_TRAILERS
            and previous not in vocab.TIME_WORDS_IN_PHRASES
            and not previous.endswith("ly")
            and not is_party(previous)
            and not (next_word in ("a", "an", "that") or (following is not None and _counts(following)))
        ):
            return None  # "its full-year profit forecast", "the growth estimate": a noun after a noun
            # ("Its 2025/26 budget forecast a deficit of 2.6%": a verb, its object after it)

        if word in _FINDING_VERBS and _person_found_for(tokens, index) is not None:
            return None  # "Harlan found (tight end) Tre Whitfield for a 41-yard score": a person found for a deed, no finding
        end = _frame_end(tokens, index)
        subject = _subject_after(tokens, index)
        # "said the Cambridge stroke, Hugo Brandt": a person named after a role no list holds
        if (party := _party(subject) or (subject and _name_after_role(tokens, subject))) and not _verb_follows(
            tokens, party[-1].end
        ):
            if named := _name_after_role(tokens, subject):
                party = subject = named  # "said Xeneta's chief analyst, Peter Sand.": the person
            return _Frame(self._name(party), token.start, max(end, subject[-1].end), token.start, False)
        # what follows ", adding that ..." is the participle's: a frame before it closes its sentence
        leading = clause.last_word_start >= end and not _participle_after(tokens, end) and not _listener_after(tokens, index, end)
        progressive = word.endswith("ing") and previous in vocab.PASSIVE_AUXILIARIES  # "Fonterra is forecasting"
        subject = _subject_before(tokens, index - 1 if progressive else index)
        reduced = _reduced_relative_subject(tokens, index, subject)
        if reduced:
            subject = reduced
        if subject and (party := _party(subject) or _speaking_subject(subject, word)):
            if (
                word in _SHOWING_VERBS
                and party == subject
                and party[0].lower not in vocab.DOCUMENT_NOUNS  # "figures obtained by the Valley Gazette show"
                and self._is_person(_text_of(party), self.base + party[0].start)
            ):
                return None  # "Fell had shown \"breathtaking greed\"": a person shows what they are, data what it finds
            if word in vocab.LISTING_VERBS and party[-1].lower not in vocab.DOCUMENT_NOUNS:
                return None  # "The company listed its shares at $20": only a document lists what it reports
            if word in _HEARING_VERBS and party[-1].lower not in _HEARINGS:
                return None  # "Residents heard a loud bang": they listened; "the court heard", "jury hears" are told
            if _compared_with(tokens, subject[0].start, party[-1].start):
                return None  # "12%, more than analysts had expected": what they expected is not written here
            opener = next((i for i in range(index - 1, -1, -1) if tokens[i].start < subject[0].start), None)
            # "a screen that the company says is 7.4mm thick", "47 minutes after the crew declared an
            # emergency": only what follows is the party's
            relative = bool(reduced) or (
                opener is not None
                and (
                    tokens[opener].lower in _BOUND_CLAUSE_OPENERS
                    or _after_noun_phrase(tokens, index, party)
                    or _after_a_phrase(tokens, opener, subject)  # "the $9.1 billion the World Bank says is needed"
                )
                # "..., as the association has urged.": a closing "as X said" says what went before
                and not (
                    opener
                    and tokens[opener].lower == "as"
                    and tokens[opener - 1].text == ","
                    and not leading
                    and end == tokens[-1].end
                )
            )
            opening = _pronouns_opener(tokens, party[0]) if len(party) == 1 else []
            # "Harbor Foods cut 1,200 jobs, it said": the clause's own subject, named in full; "Toyota
            # sold 10.3 million vehicles, it said" too when no one was named before ("Solar panels
            # ..., it said" is no name: the one named before said it)
            source = self._name(opening) if len(opening) > 1 or (opening and opening[0].lower in vocab.BODY_WORDS) else ""
            if not source:
                source = self._name(party)
                if source == UNATTRIBUTED and opening:
                    source = self._name(opening)
            return _Frame(source, subject[0].start, end, token.start, leading, after_only=relative)
        joined = index - 1 if previous in ("and", "but") else index - 2 if previous in _JOINED_AUXILIARIES else -1
        if joined >= 0 and tokens[joined].lower in ("and", "but") and leading and (party := _opening_subject(tokens, joined)):
            # "The spokesman, Tom Reid, called it a disgrace and said 1 in 8 ...": what follows is his;
            # "The company sold 1.9 million cars ... and has said it wants 50% by 2030" too
            return _Frame(self._name(party), token.start, end, token.start, True, after_only=True)
        return None

    def _told_by(self, clause: _Clause, index: int) -> _Frame | None:
        """ "Staff were told by the company that ...", "Lines were told in a notice seen by this
        newspaper that ...": the teller, or the document that told, says what follows "that"."""
        tokens = clause.tokens
        that = _that_after(tokens, index + 1, 12)
        if that is None or that < index + 3 or tokens[index + 1].lower not in ("by", "in"):
            return None
        phrase = tokens[index + 2 : that]
        if tokens[index + 1].lower == "in" and phrase[-1].text in _WEEKDAYS:
            phrase = phrase[:-2] if len(phrase) > 2 and phrase[-2].lower == "on" else phrase  # "in a letter on Monday"
        if tokens[index + 1].lower == "in" and not any(t.lower in vocab.DOCUMENT_NOUNS for t in phrase[:3]):
            return None  # "told in person", "told in March": no document
        party = _party(phrase)
        if not party:
            return None
        return _Frame(self._name(party), tokens[index].start, tokens[that - 1].end, tokens[index].start, True)

    def _participle_frame(self, clause: _Clause, index: int) -> _Frame | None:
        """ "Commuter groups disputed the figure, saying only 20% of trains ran": what follows the
        participle is said by the subject that opens the clause, whatever its own verb."""
        tokens = clause.tokens
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if tokens[index].lower == "claiming" and _claims_a_prize(tokens, index):
            return None  # "..., claiming the biggest title of his career": a prize taken, no claim
        if tokens[index].lower == "adding" and following and (following.lower in ("to", "up") or _counts(following)):
            # "..., adding up to 35 minutes to journeys", "adding to the strain", "adding 10 to 14 days
            # to each voyage": a deed, not "adding that"
            return None
        if (quoted := _quoted_as_saying(tokens, index)) is not None:
            # "the governor was quoted as saying by Tass", "was quoted by Tass as saying": the one quoted said it
            subject = _subject_before(tokens, quoted)
            if not subject or not (party := _party(subject)):
                return None
            end = _frame_end(tokens, index)
            if end == tokens[index].end and index + 2 < len(tokens) and tokens[index + 1].lower == "by":
                end = _frame_end(tokens, index + _phrase_length(tokens, index + 2) + 1)  # "as saying by Tass on Friday"
            return _Frame(self._name(party), subject[0].start, end, tokens[quoted].start, clause.last_word_start >= end)
        with_at = next((i for i in range(index - 2, max(-1, index - 7), -1) if tokens[i].lower == "with"), None)
        if (
            with_at is not None
            and all(t.is_word for t in tokens[with_at + 1 : index])
            and (party := _party(tokens[with_at + 1 : index]))
        ):  # "..., with Governor Andrew Bailey saying inflation would return to 2%": what follows is his
            start = tokens[with_at].start
            return _Frame(self._name(party), start, _frame_end(tokens, index), tokens[index].start, True, after_only=True)
        if (
            index >= 3
            and tokens[index - 1].lower in ("after", "before", "while")
            and (party := _opening_subject(tokens, index - 1) or _opening_party(tokens, index - 1))
        ):
            # "Birchley Council will raise council tax ..., after warning it faces an £18m shortfall": the subject's
            return _Frame(
                self._name(party), tokens[index].start, _frame_end(tokens, index), tokens[index].start, True, after_only=True
            )
        if index < 3 or tokens[index - 1].text != ",":
            return None
        party = _relative_subject(tokens, index - 1) or _speaker_before(tokens, index - 1) or _opening_subject(tokens, index - 1)
        if not party:
            return None
        return _Frame(
            self._name(party), tokens[index].start, _frame_end(tokens, index), tokens[index].start, True, after_only=True
        )

    def _maker_frame(self, clause: _Clause, index: int) -> _Frame | None:
        """ "a level 3 risk drawn up by the Storm Prediction Center": the maker of what the clause states."""
        tokens = clause.tokens
        verb = index - 1
        if verb >= 1 and tokens[verb].lower == "up":
            verb -= 1
        if verb >= 2 and tokens[verb - 1].lower in ("in", "on") and _is_when(tokens[verb]):
            verb -= 2  # "recommended in September by the council": when, between the verb and its maker
        elif verb >= 2 and tokens[verb - 1].lower in ("for", "to") and tokens[verb - 2].lower in _PROPOSING_VERBS:
            verb -= 2  # "the eight to ten hours recommended for teenagers by the health service": for whom
        # "damage estimated at $30bn by the World Bank": the one who put that figure
        valuing = verb >= 2 and tokens[verb - 1].lower == "at" and tokens[verb - 2].lower in _VALUING_VERBS
        expecting = verb >= 0 and (tokens[verb].lower in _EXPECTING_VERBS or tokens[verb].lower in _PROPOSING_VERBS)
        if (as_at := _as_reported(tokens, verb)) is not None:
            # "As first reported by the Ledger, ...", "..., as reported by the Ledger": the Ledger's report
            party = _party(_phrase_until_punctuation(tokens, index + 1))
            if not party or party[0].start != tokens[index + 1].start:
                return None
            start, end = tokens[as_at].start, _frame_end(tokens, index + len(party))  # "... by the Ledger on Monday"
            opens = as_at == 0 or not tokens[as_at - 1].is_word
            return _Frame(self._name(party), start, end, start, opens and end < clause.last_word_start)
        passive = verb >= 1 and tokens[verb - 1].lower in vocab.PASSIVE_AUXILIARIES  # "3% was forecast by the IMF": the clause
        reported = passive and tokens[verb].lower in vocab.REPORTING_VERBS  # "Sales of 1.2 million were reported by the firm"
        if verb < 0 or not (valuing or expecting or reported or tokens[verb].lower in _MAKING_VERBS):
            return None
        if not (valuing or expecting) and verb >= 1 and tokens[verb - 1].text == ",":
            return None  # "The researchers, led by Ana Teixeira, modelled ...": who the subject is, no frame
        if tokens[verb].lower in _OPERATING_VERBS and not any(
            t.lower in vocab.DOCUMENT_NOUNS for t in tokens[max(0, verb - 6) : verb]
        ):
            return None  # "a survey run by X" is X's; "eight hospitals run by X", "a coalition led by X" are no one's statement
        party = _party(_phrase_until_punctuation(tokens, index + 1))
        if not party or party[0].start != tokens[index + 1].start:
            return None
        start = tokens[verb - 2].start if valuing else tokens[verb].start
        if reported:  # "were reported by the firm in March": when it reported them
            return _Frame(self._name(party), start, _frame_end(tokens, index + len(party)), start, False)
        return _Frame(self._name(party), start, party[-1].end, start, False, beside=valuing or (expecting and not passive))

    def _opening_person(self, start: int) -> str | None:
        """The person the latest sentence before `start` opens with, set off with a role ("Royce
        Mendes, the bank's managing director, was more cautious.") and named after the last source,
        or as the subject of its verb ("Novak-Lind hit 52 winners, according to tournament
        statistics."), named in full before and after the last person who spoke: "He said" in the
        sentences after stands for them, though they said nothing yet."""
        floor = max(self.last_person_named_at, start - _LOOKBACK)
        for base, masked, sentence_starts in reversed(self._read_so_far):
            # From the last sentence opening before `start`, backwards: the paragraph's later
            # sentences are never looked at (a paragraph of many short quotations stays linear).
            for at in range(bisect.bisect_left(sentence_starts, start - base) - 1, -1, -1):
                offset = sentence_starts[at]
                if base + offset <= floor:
                    return None
                if not masked[offset : offset + 1].isupper():
                    continue
                if base + offset > self.last_named_at and (named := self._set_off_opening(masked, offset, start)):
                    return named
                subject = _OPENING_SURNAME_VERB.match(masked, offset)
                if subject and self._is_person(subject.group("surname"), start):
                    return self._first_written(subject.group("surname"))
        return None

    def _set_off_opening(self, masked: str, offset: int, start: int) -> str | None:
        """The person a sentence at `offset` opens with, named with a role set off beside them, "who"
        after them or a title before them; None when it opens otherwise."""
        opening = _OPENING_NAME.match(masked, offset)
        if opening is None:
            surname = _OPENING_SURNAME.match(masked, offset)
            if surname and self._is_person(surname.group("surname"), start):
                return surname.group("surname")  # "Okoro, the £18m signing, then rose": named in full before
            return None
        if (name := opening.group("name_who")) and is_party(name):
            return name  # "who" says a person, a surname alone included
        if (name := opening.group("titled_name")) and opening.group("title").split()[-1].lower() in vocab.PERSON_ROLES:
            return f"{opening.group('title')} {name}"
        name = opening.group("name") or opening.group("name_after")
        role = opening.group("role") or f"{opening.group('role_first')} {opening.group('titled')}"
        if any(word in vocab.PERSON_ROLES for word in _words_of(role)) and _is_person(name) and is_party(name):
            return name
        return None

    def _opening_body(self, start: int, pattern: re.Pattern[str] = _OPENING_BODY) -> str | None:
        """The organisation the sentence just before `start` opens with by name, if named after
        the last source ("Pacely, which is valued at $2.2bn, does not publish its revenue. It has
        said ..."): "It" stands for it. With `_OPENING_GROUP`, the group a sentence opens with
        ("The authors"), for "they"."""
        for base, masked, sentence_starts in reversed(self._read_so_far):
            at = bisect.bisect_left(sentence_starts, start - base) - 1
            if at < 0:
                continue  # the pronoun opens its paragraph: the sentence before ends the one before
            if at > 0 and pattern is _OPENING_BODY and _OPENS_WITH_IT.match(masked, sentence_starts[at]):
                at -= 1  # "The coastguard urged ... . Last winter it was called out 146 times, it said."
            offset = sentence_starts[at]
            opening = pattern.match(masked, offset)
            if opening is None and at > 0 and start - base > offset:
                # "..., it said" closing a sentence whose subject is no body: the sentence before it,
                # when it opens with a name ("Ferry firm Isle Line has cancelled 14 sailings.
                # Passengers can travel free, it said."); a role there may stand for a name said before
                offset = sentence_starts[at - 1]
                opening = pattern.match(masked, offset)
                if opening is not None and not _NAMED_IN_OPENING.search(opening.group("name") or opening.group("body") or ""):
                    opening = None
            if opening is None:
                return None
            named = next((group for group in ("name", "body", "bare") if opening.groupdict().get(group)), 0)
            if base + offset <= self.last_named_at != base + opening.start(named) and not self._last_named_a_document():
                # a source named after it, and not as the sentence's opening words; a document named
                # after it ("..., according to a filing seen by this newspaper. It has said") is not what "it" is
                return None
            name = opening.group("name") or opening.groupdict().get("body") or ""
            if bare := opening.groupdict().get("bare"):
                name = bare if is_party_noun(bare) else ""  # "Exporters", not "Prices"
            if name and (firm := opening.groupdict().get("at")):
                name += firm  # "They" after "Analysts at Brennan Securities said": the analysts there
            if not is_party(name) or self._is_person(name, start) or self._common_word(name):
                return None
            return name
        return None

    def _common_word(self, name: str) -> bool:
        """Whether a word that opens a sentence with a capital is only a common noun: a figure's
        ("Output was still only 1.8% above ..., it added"), or one the article writes in small
        letters elsewhere. A name of one word is written so only by its owner ("Pacely")."""
        if " " in name:
            return False
        word = name.lower()
        if word in _MEASURED_NOUNS:
            return True
        if self._small_words is None:  # made once: a long article has many "it said"
            self._small_words = {token for token in _WORD_TOKEN.findall(self.article.text) if token.islower()}
        return word in self._small_words

    def _last_named_a_document(self) -> bool:
        words = _words_of(self.named_sources[-1]) if self.named_sources else ()
        return bool(words) and words[-1] in vocab.DOCUMENT_NOUNS

    def _named_again(self, named: str) -> str:
        """A source named again by its role ("The agency said ..."): the latest named now, so that
        "it said" after it stands for it, not for a party named in between ("Heathrow recorded")."""
        self._remember(named)
        return named

    def _remember(self, name: str) -> None:
        for word in set(_words_of(name)):
            named = self._named_with_word.setdefault(word, {})
            named.pop(name, None)
            named[name] = len(self.named_sources)
        self.named_sources.append(name)
        if " " in name:
            self._full_names.setdefault(name.rsplit(" ", 1)[1], name)

    def _recently_named_with(self, word: str) -> Iterator[str]:
        """The last sources remembered whose names hold the word, the latest first, each once."""
        recent = len(self.named_sources) - _REMEMBERED
        for named, at in reversed(self._named_with_word.get(word, {}).items()):
            if at < recent:
                return
            yield named

    def _spelled_out(self, letters: str) -> str | None:
        """The source named before whose initials an acronym is ("NHTSA": "the National Highway
        Traffic Safety Administration"), as a role is given in full; None when there is none."""
        for named in self.named_sources[-_REMEMBERED:]:
            initials = "".join(word[0] for word in named.removeprefix("The ").removeprefix("the ").split() if word[0].isupper())
            # the letters may leave the name's last words out: "CDC", "the Centers for Disease Control and Prevention"
            if (initials == letters or (len(letters) >= 3 and initials.startswith(letters))) and named != letters:
                return named
        return None

    def _in_full(self, name: str) -> str:
        """A surname as the source first named it in full: "Reid" is "senior economist Tom Reid"."""
        if not _SURNAME.fullmatch(name):
            return name
        return self._full_names.get(name, name)  # kept as names are remembered: a long article has many

    def _first_written(self, surname: str) -> str:
        """A surname as the article first wrote it in full ("Erik Novak-Lind"), a source's full name
        first: the person a sentence opens with may never have spoken. Asked after `_is_person`,
        which looked for it."""
        return self._full_names.get(surname) or self._written_in_full.get(surname, surname)

    def _is_person(self, name: str, before: int) -> bool:
        """Whether a source is one person: "Ana Ruiz", "the mayor", or a surname alone ("Marsh said")
        whose full name the article wrote before ("Lena Marsh")."""
        if _is_person(name):
            return True
        if not _SURNAME.fullmatch(name):
            return False
        if name not in self._full_name_at:  # looked for once: a long article has many "she said"
            # "Lena Marsh", or "Marsh, who ...": "who" says a person, a surname alone included
            found = re.search(
                r"\b[A-Z][a-z’'-]+\s" + re.escape(name) + r"\b|\b" + re.escape(name) + r",\swho\b", self.article.text
            )
            self._full_name_at[name] = found.start() if found else len(self.article.text)
            if found and not found.group().endswith("who"):
                self._written_in_full[name] = " ".join(found.group().split())
        return self._full_name_at[name] < before

    def _name(self, phrase: list[_Token]) -> str:
        """The source as the article names it, on one line ("the\nministry" of a wrapped line is
        "the ministry"); a pronoun becomes the party it stands for."""
        return " ".join(self._name_as_written(phrase).split())

    def _name_as_written(self, phrase: list[_Token]) -> str:
        text = self.article.text
        start, end = self.base + phrase[0].start, self.base + phrase[-1].end
        window = max(0, start - _LOOKBACK)
        if len(phrase) == 1 and phrase[0].lower in vocab.PRONOUN_SOURCES:
            wanted = vocab.PRONOUN_SOURCES[phrase[0].lower]
            if wanted == "person" and (opening := self._opening_person(start)):
                return opening
            if wanted == "organisation" and (body := self._opening_body(start)):
                return body
            if wanted == "any" and (group := self._opening_body(start, _OPENING_GROUP)):
                return group  # "The authors call for ..., which they estimate cover 10%": the authors
            for named in _latest_first(self.named_sources[-_REMEMBERED:]):
                if wanted == "organisation" and _is_plural(named):
                    continue  # "The authority's figures show ... , it said": "it" is the authority
                if wanted == "any" or (wanted == "person") == self._is_person(named, start):
                    return self._in_full(named)
            # No source named yet: the party last mentioned in the text before.
            return self._last_mentioned("person" if wanted == "person" else "organisation", window, start)
        if _is_role(phrase):
            # "the minister", "the center": the party named in full before, by that role.
            role = phrase[-1].lower
            described = [token.lower for token in phrase[1:-1]]  # "the disaster agency" is not any agency
            for named in self._recently_named_with(role):
                words = _words_of(named)
                if len(words) > len(phrase) and _heads(named, role) and all(w in words for w in described):
                    return self._named_again(_maker_named(named, role))
            # Not "the company" by "X Company" named in passing ("president of Dana F. Besecker Company"):
            # a company the article writes about is named without its role word as often as with it.
            titled = _titled_name(text, role.capitalize(), window, start) if role not in ("company", "firm") else None
            if titled and all(w in _words_of(titled) for w in described):  # "the revenue department" is no "Weather Department"
                return titled
            if role in vocab.BODY_ROLES:  # "the agency" after "the Storm Prediction Center said"
                for named in _latest_first(self.named_sources[-_REMEMBERED:]):
                    words = _words_of(named)
                    # a public body known by its letters ("the BEA", "NTSB") is an agency or an organisation
                    lettered = role not in ("company", "firm") and not described and is_acronym(named.split()[-1])
                    if lettered:
                        return self._named_again(self._spelled_out(named.split()[-1]) or named)
                    if any(word in vocab.BODY_ROLES[role] for word in words) and all(w in words for w in described):
                        return self._named_again(named)
        name = " ".join(text[start:end].split())
        self._remember(name)
        self.last_named_at = start
        if _is_person(name):
            self.last_person_named_at = start
        return name


class _Clause:
    """A clause's tokens, with what every verb needs to know about the rest of the clause."""

    __slots__ = ("last_word_start", "tokens")

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.last_word_start = -1
        for token in reversed(tokens):
            if token.is_word:
                self.last_word_start = token.start
                break

    def at_after(self, index: int) -> bool:
        """Whether "at", "on" or a bound comes after the verb at `index` ("put the toll ... at 200",
        "put Smith on 48%", "put it closer to 5,000"), or a lead ("put Labour ahead by five points",
        "put the mayor 6 points behind"). Asked only of the few verbs that need one."""
        following = self.tokens[index + 1 : index + 2]
        if following and following[0].lower == "on":
            return False  # "put on 143 for the fourth wicket": added, no estimate
        words = [token.lower for token in self.tokens[index + 1 :]]
        for at, word in enumerate(words):
            if word in ("nearer", "between", "ahead", "behind"):
                return True
            following_word = words[at + 1] if at + 1 < len(words) else ""
            if word == "at" and following_word not in ("least", "most"):
                return True  # not "will not put the cubs on display until they are at least four months old"
            if word == "on" and (following_word[:1].isdigit() or following_word in _ADDED_AMOUNT_WORDS):
                return True  # "put Smith on 48%"; not "put the cubs on public display"
        # "put the number closer to 5,000", "put the toll as high as 200": an estimate by its bound
        pairs = set(itertools.pairwise(words))
        return ("closer", "to") in pairs or any(("as", bound) in pairs for bound in ("high", "low", "many", "much"))


def _speaker(
    quote: tuple[int, int],
    sentences: list[_SentenceFrames],
    sentence_starts: list[int],
    paragraph_frames: list[_Frame],
    masked: str,
) -> str | None:
    """Who speaks a quotation: the attribution right after it ("...," she said), else one that
    leads into it ("X said in a memo that the “...”"), else one in its sentence, else the nearest
    in the paragraph, before it first."""
    start, end = quote
    closing = sentences[max(0, bisect.bisect_right(sentence_starts, end) - 1)]
    after = bisect.bisect_left(closing.verb_starts, end)
    if after < len(closing.frames) and closing.frames[after].start - end <= _QUOTE_TO_FRAME:
        return closing.frames[after].source
    opening = sentences[max(0, bisect.bisect_right(sentence_starts, start) - 1)]
    leading = [f for f in opening.frames if f.leading and f.end <= start and _LEADS_INTO_QUOTE.fullmatch(masked, f.end, start)]
    if leading:
        return leading[-1].source  # "... according to Market Wire" after it relays what X said
    if after < len(closing.frames):
        return closing.frames[after].source
    for sentence in (closing, sentences[max(0, bisect.bisect_right(sentence_starts, start) - 1)]):
        if sentence.frames:
            return sentence.frames[-1].source
    before = [f for f in paragraph_frames if f.end <= start]
    if before:
        return before[-1].source
    later = [f for f in paragraph_frames if f.verb_start >= end]
    return later[0].source if later else None


def _source_in_sentence(masked: str, sentence: _SentenceFrames, mention: Mention) -> str:
    """The source of a mention outside quotations, from its sentence's attributions; a party
    cited after it ("X said N, citing Y") is the one whose figure it is."""
    for frame in sentence.beside:
        if frame.start <= mention.start < frame.end or (
            0 < frame.verb_start - mention.end <= 2 and not masked[mention.end : frame.verb_start].strip()
        ):
            return frame.source  # "the $1.62 expected by analysts polled by LSEG", "estimated at $30bn by X"
        if 0 < frame.verb_start - mention.end <= 20 and _NOUN_BETWEEN.fullmatch(masked, mention.end, frame.verb_start):
            return frame.source  # "the 45% reduction recommended by the council": the figure and its noun
    if mention.figure.kind not in _DATE_KINDS and (expected := _EXPECTED_AFTER.match(masked, mention.end)):
        # "beat the 88 cents analysts had forecast", "the 3% growth economists polled by Reuters had
        # forecast": the figure the party expected (its noun may come between). Not through a
        # relative clause: "a 6.3-inch screen that the company says is its thinnest" describes the screen;
        # nor through a comparison: "six months earlier than the bank had forecast" is not what it forecast.
        words = expected.group("party").split()
        rate = len(words) > 2 and words[0].lower() in ("a", "an", "per", "each") and words[1].lower() in _RATE_PERIODS
        if rate:
            words = words[2:]  # "the roughly 480,000 a year the agency says are needed": the rate is the figure's
        if not any(word.lower() in ("that", "which", "who", "than") for word in words):
            whole = len(words) == 1 or words[0].lower() in vocab.DETERMINER_WORDS  # "the £1,000 the councillor cited"
            for party in (" ".join(words),) if whole else (" ".join(words[1:]), " ".join(words)):
                if party == " ".join(words) and not rate and _counts_the_party(masked, mention):
                    break  # "18 of the 24 economists surveyed by X had forecast": how many there are
                if party.lower() not in vocab.PRONOUN_SOURCES and is_party(party):
                    return party
    if mention.figure.kind not in _DATE_KINDS and (poll := _poll_of_forecast(masked, mention)):
        return poll  # "beating the 5.2% growth forecast in a Reuters poll": the poll's forecast
    if (
        mention.figure.kind not in _DATE_KINDS
        and masked.endswith((" of ", " for "), 0, mention.start)  # a cheap test before the pattern
        and (owned := _OWNED_ESTIMATE_BEFORE.search(masked, max(0, mention.start - 80), mention.start))
        and (owner := _owner(owned.group("owner")))
        and not any(start > mention.end for start in sentence.according_starts)  # "..., according to LSEG data": the data's
    ):
        return owner  # "above Wall Street's average estimate of $4.25 billion": Wall Street's
    source = _source_in_clauses(masked, sentence, mention)
    if source != UNATTRIBUTED and sentence.cites:
        after = bisect.bisect_left(sentence.verb_starts, mention.end)
        cited = next((frame for frame in sentence.frames[after:] if frame.cited), None)
        opening = sentence.frames[0]
        if cited is None and opening.cited and opening.leading and opening.end <= mention.start:
            cited = opening  # "Citing hospital records, the charity said 40 children ...": the records'
        if cited is not None:
            return cited.source
    return source


def _owner(words: str) -> str | None:
    """The party that owns an estimate, from the words before its possessive: the most of them
    that name a party ("above Wall Street" is Wall Street), never a pronoun."""
    split = words.split()
    for first in range(len(split)):
        if split[first].islower() and split[first].endswith(("ed", "ing")) and first < len(split) - 1:
            continue  # "beating analysts' estimate of": the verb before the owner
        if "than" in split[first:]:
            continue  # "far lower than organisers' estimate of": the comparison before the owner
        owner = " ".join(split[first:])
        if owner.lower() not in vocab.PRONOUN_SOURCES and is_party(owner):
            return owner
    return None


def _counts_the_party(masked: str, mention: Mention) -> bool:
    """Whether a count before a party's noun says how many there are, the noun phrase opening a
    sentence or after "of" ("The 24 economists surveyed by X had forecast", "18 of the 24
    economists ..."), not a figure they expected ("fewer than the 60 analysts had expected")."""
    return mention.figure.kind == Kind.COUNT and bool(
        _COUNTED_PARTY_BEFORE.search(masked, max(0, mention.start - 20), mention.start)
    )


def _poll_of_forecast(masked: str, mention: Mention) -> str | None:
    """The poll a forecast is set in, named by its maker, when the mention is that forecast: "the
    5.2% growth forecast in a Reuters poll", "a forecast of 5.2% in a Bloomberg survey"."""
    poll = _FORECAST_IN_A_POLL_AFTER.match(masked, mention.end)
    if poll is None and _FORECAST_OF_BEFORE.search(masked, max(0, mention.start - 30), mention.start):
        poll = _IN_A_POLL_AFTER.match(masked, mention.end)
    return " ".join(poll.group("poll").split()) if poll else None


def _source_in_clauses(masked: str, sentence: _SentenceFrames, mention: Mention) -> str:
    clause_index = max(0, bisect.bisect_right(sentence.clause_starts, mention.start) - 1)
    clause_start, clause_end = sentence.clauses[clause_index] if sentence.clauses else (0, 0)
    frames = sentence.frames
    if not frames:
        return UNATTRIBUTED
    if mention.end <= sentence.scene_end:
        return UNATTRIBUTED
    if sentence.framings and _in_framing_clause(sentence.framings, clause_start, mention, frames):
        return UNATTRIBUTED
    low = bisect.bisect_left(sentence.verb_starts, clause_start)
    high = bisect.bisect_left(sentence.verb_starts, clause_end)
    nearest = bisect.bisect_right(sentence.verb_starts, mention.start) - 1  # last frame whose verb precedes
    date_like = mention.figure.kind in _DATE_KINDS or masked.startswith(" ago", mention.end)  # "18 months ago"
    if low < high:  # the clause has attributions of its own
        if date_like and low <= nearest < high and _issued_when(masked, frames[nearest], mention):
            return UNATTRIBUTED  # "The service issued a warning at 6:31 p.m.": when it was issued
        if date_like and low <= nearest < high and _spoken_when(masked, frames[nearest], mention):
            return UNATTRIBUTED  # "told reporters after the talks ended at about 3.30am": when it was said
        inside = _frame_around(frames, max(low, min(nearest + 1, high - 1)), mention.start, low)
        if inside is not None and mention.end <= inside.verb_start:
            if _CLAIMED_IN_SUBJECT.search(masked, inside.start, mention.start):
                return inside.source  # "Lumo, which says it has 150 million users, said": its own claim
            return UNATTRIBUTED  # inside the subject it describes the party: "X, which represents 138 colleges, estimates"
        if inside is not None:
            if date_like or _SAMPLE_BEFORE.search(masked, max(inside.start, mention.start - 30), mention.start):
                return UNATTRIBUTED  # "according to a survey of 2,400 ticket holders by X": how many it asked, no finding
            if masked.startswith("according", inside.verb_start):
                return UNATTRIBUTED  # "according to three people familiar with the matter": the figure describes them
            if _OCCASION_IN_FRAME.search(masked, inside.verb_start, mention.start):
                return UNATTRIBUTED  # "told reporters at a service attended by about 1,500 people": where it was said
            if _word_at(masked, inside.verb_start) in _TELLING_VERBS and _ORDER_AFTER_LISTENER.search(
                masked, mention.end, inside.end
            ):
                return UNATTRIBUTED  # "have told about 1,400 people in five villages to move": whom they told
            return inside.source
        if _in_background(
            masked, clause_start, clause_end, mention, frames[low:high] if high - low <= 8 else [frames[low], frames[high - 1]]
        ):
            return UNATTRIBUTED
        before = _last_ending_before(frames, min(nearest, high - 1), low, mention.start)
        if (
            before is not None
            and before.leading
            and _word_at(masked, before.verb_start) in _RESULT_VERBS | _FINDING_VERBS
            and before.source.rsplit(" ", 1)[-1].lower() not in vocab.DOCUMENT_NOUNS  # "The survey ... recorded": its finding
        ):
            # "Italy recorded the most deaths, 12,743, ..., the study found": what a place or a body
            # recorded is what the closing frame found; "Archaeologists have found nine houses, the
            # council said": what they found is what the council says
            closing = sentence.next_trailing[max(nearest + 1, bisect.bisect_right(sentence.verb_starts, mention.end))]
            if closing < high and _set_off(masked, frames[closing]):
                return frames[closing].source
        if before is not None and not before.leading and not _set_off(masked, before):
            # "..., the heaviest in 50 years according to the weather office, destroyed 70 houses,
            # the administrator told reporters": a frame that closes only a phrase leaves what
            # follows to the frame that closes the clause
            closing = sentence.next_not_leading[max(nearest + 1, bisect.bisect_right(sentence.verb_starts, mention.end))]
            if closing < high:
                before = frames[closing]
        if before is not None and (_set_off(masked, before) or _closed_relative_between(masked, before, mention)):
            # the first frame after the mention, in the clause, that is not leading
            after = sentence.next_not_leading[max(nearest + 1, bisect.bisect_right(sentence.verb_starts, mention.end))]
            if after >= high and not _set_off(masked, before):
                return UNATTRIBUTED  # "X, which reported ..., has made four acquisitions": the article's
            before = frames[after] if after < high else before
        if before is not None:
            according = _according_after(sentence, mention) if len(frames) > 1 else None
            if according is not None and _in_appositive(masked, before, mention, according):
                return according.source  # "..., a scheme that costs 46,000 crore rupees, according to budget documents"
            closing = sentence.next_trailing[bisect.bisect_right(sentence.verb_starts, mention.end)]
            if closing < len(frames) and _set_off(masked, frames[closing]) and _new_clauses(masked, before.end, mention.start):
                # "Crews expect to finish by Sunday, but the limit will stay for 48 hours, the mayor
                # said": the clause after is not what the crews expect but what the mayor says
                return frames[closing].source
            if _new_actor_between(masked, before.end, mention.start) or _scene_after_trailing(masked, before, mention):
                return UNATTRIBUTED
            if (
                before.leading
                and _word_at(masked, before.verb_start) in vocab.REVISING_VERBS
                and _DEED_JOINED.search(masked, before.end, mention.start)
            ):
                return UNATTRIBUTED  # "kept the alert at Level IV and widened the zone to 7 km": a deed, not the alert's level
            if (
                according is not None
                and before.leading
                and (_is_class(before.source) or _discloses(masked, before))
                # "reported sales of $2.3bn, below analysts' estimate of $2.4bn, according to LSEG data":
                # the data gives the estimate, not the sales
                and not _ESTIMATE_WORDS.search(masked, mention.end, according.start)
            ):
                # "Tech firms have announced 140,000 job cuts, according to X": X's tally; "The unit
                # reported revenue of €4.1bn, according to filings": the filings the article cites
                return according.source
            return before.source
        first = frames[low]
        if first.after_only and mention.start < first.start and _heads_relative_clause(masked, mention, first):
            return first.source  # "below the 95% level that experts say is needed": the figure the clause is about
        if first.after_only and mention.start < first.start:
            # "The union rejected the offer on Friday, saying ...": the article's; unless the whole
            # sentence is said after it ("The survey used 26,000 traps and recorded 4.7 million
            # photos, the ministry said")
            closing = sentence.next_trailing[low + 1] if low + 1 < len(sentence.next_trailing) else len(frames)
            # an according-to closing the sentence covers a clause before its own ("..., while
            # employers have offered 50%, according to a person familiar with the talks")
            closes = closing < high or (closing < len(frames) and masked.startswith("according", frames[closing].verb_start))
            return frames[closing].source if closes and _set_off(masked, frames[closing]) else UNATTRIBUTED
        if date_like and first.leading and clause_start <= first.start and _introduces(masked, clause_start, mention, first):
            return UNATTRIBUTED  # "On Friday, the ministry said ...": when it was said
        if mention.end <= first.start and _interrupts_relative_clause(masked, mention.end, first):
            return UNATTRIBUTED  # "to pay $4.3m to a mayor whose reputation, the court heard, was ruined": of that clause
        if first.leading and _JOINED_CLAUSE_BEFORE.search(masked, mention.end, first.start):
            return UNATTRIBUTED  # "The firm cut 300 jobs and analysts said ...": a clause of its own before the speaker's
        return first.source
    # A clause with no attribution of its own takes one said before it, or a trailing
    # "..., X said" after it; not the subject of a later clause ("..., and X said").
    before = _last_ending_before(frames, nearest, 0, mention.start)
    trailing_index = sentence.next_trailing[max(0, nearest + 1)]
    trailing = frames[trailing_index] if trailing_index < len(frames) else None
    chosen = trailing if before is not None and trailing is not None and _set_off(masked, before) else before or trailing
    if chosen is None or (before is not None and _new_actor_between(masked, before.end, mention.start)):
        return UNATTRIBUTED
    if _in_background(masked, clause_start, clause_end, mention, [chosen]):
        return UNATTRIBUTED
    return chosen.source


def _spoken_when(masked: str, frame: _Frame, mention: Mention) -> bool:
    """Whether a date or time says when the frame's party spoke, in a clause of time right after
    the frame and before what is said, if anything is: "told reporters after the talks ended at
    about 3.30am", "said after the vote on Friday that ..."."""
    return (
        _SPOKEN_WHEN.fullmatch(masked, frame.end, mention.start) is not None
        and _SPOKEN_WHEN_ENDS.match(masked, mention.end) is not None
    )


def _issued_when(masked: str, frame: _Frame, mention: Mention) -> bool:
    """Whether a date or time says when the frame's party issued what it names: "issued a tornado
    warning for the area at 6:31 p.m.", "released its report on Tuesday" (what it states would
    follow "that", "of" or "for")."""
    return (
        frame.leading
        and _word_at(masked, frame.verb_start) in _ISSUING_VERBS
        and _WHEN_ISSUED.fullmatch(masked, frame.end, mention.start) is not None
    )


def _closed_relative_between(masked: str, frame: _Frame, mention: Mention) -> bool:
    """Whether the frame is a relative clause's ("Harwick, which reported ...") and that clause has
    closed before the mention, the sentence's own verb after it ("..., has made four acquisitions")."""
    return bool(_RELATIVE_FRAME.search(masked, max(0, frame.start - 10), frame.verb_start)) and bool(
        _MAIN_VERB_AFTER_COMMA.search(masked, frame.end, mention.start)
    )


def _interrupts_relative_clause(masked: str, after: int, frame: _Frame) -> bool:
    """Whether a frame set off by commas interrupts a relative clause that opens after `after`
    ("a mayor whose reputation, the court heard, was destroyed"): it says only that clause."""
    return (
        _set_off(masked, frame)
        and _CLAUSE_GOES_ON.match(masked, frame.end) is not None
        and _RELATIVE_OPENER.search(masked, after, frame.start) is not None
    )


def _is_class(source: str) -> bool:
    """A bare plural that names a class, no one in it: "Technology companies", "Employers"."""
    words = source.split()
    return (
        len(words) <= 3
        and words[0].lower() not in vocab.DETERMINER_WORDS
        and all(word.islower() for word in words[1:])
        and words[-1].lower().endswith("s")
        and not words[-1].lower().endswith("ss")
    )


def _according_after(sentence: _SentenceFrames, mention: Mention) -> _Frame | None:
    """A trailing "according to X" after the mention, set off by a comma."""
    at = bisect.bisect_right(sentence.according_starts, mention.end)
    return sentence.frames[sentence.according[at]] if at < len(sentence.according) else None


# an estimate's noun, or what analysts "had expected" ("ahead of the $4.71 billion analysts had expected")
_ESTIMATE_WORDS = re.compile(
    r"\b(?:estimates?|expectations?|forecasts?|consensus|projections?|(?:had |have )?(?:expected|forecast|predicted|estimated))\b"
)


def _discloses(masked: str, frame: _Frame) -> bool:
    """Whether a frame's verb discloses results ("reported revenue", "announced cuts", "posted a
    loss") rather than says something."""
    return masked.startswith(_DISCLOSING_VERBS, frame.verb_start)


def _in_appositive(masked: str, before: _Frame, mention: Mention, according: _Frame) -> bool:
    """Whether the mention lies in a noun phrase set off by commas that a trailing "according to"
    closes (", a scheme that costs N a year, according to X"), or in what a "meaning" or a "putting"
    draws from the words before (", meaning ships would carry 20% less cargo, according to X", ",
    putting it fourth behind the three largest makers, according to X"): X's figure, whoever spoke
    before."""
    commas = [m.start() for m in _CLAUSE_COMMA.finditer(masked, before.end, according.start)]
    opening = [c for c in commas if c < mention.start]
    if not opening or commas[-1] < mention.end:
        return False
    segment = masked[opening[-1] + 1 : according.start].strip()
    if len(commas) - len(opening) != 1:
        return False
    # "..., above the average analyst estimate of $7.3 billion, according to LSEG": LSEG's estimate
    estimate = _ESTIMATE_WORDS.search(masked, opening[-1], mention.start) is not None
    return estimate or segment.startswith(("a ", "an ", "meaning ", *_RANKING_PARTICIPLES))


def _set_off(masked: str, frame: _Frame) -> bool:
    """Whether a frame is set off after what it credits ("Prices rose 5%, according to the ONS,
    and ..."): a frame closing a later clause ("..., and 15 million have used them, a poll by KFF
    found") is that clause's, not this one's."""
    return masked[max(0, frame.start - 3) : frame.start].rstrip().endswith(",")


def _credit_own_people(masked: str, frames: list[_Frame]) -> None:
    """ "The Red Crescent said its teams had counted at least 410 bodies": the speaker's own people,
    named only by a possessive, are the speaker, not a party of their own."""
    for index in range(1, len(frames)):
        frame, before = frames[index], frames[index - 1]
        if (
            frame.source.split(" ", 1)[0] in _POSSESSIVES
            and before.leading
            and masked[before.end : frame.start].strip() in ("", "that")
        ):
            frame.source = before.source


def _scene_before_frame(masked: str, sentence_start: int, frames: list[_Frame]) -> int:
    """Where a clause of its own that opens the sentence, before the speaker and the verb, ends,
    or 0: "After nine churchgoers were killed in June, he admitted ..." sets the scene; it is not
    what was said ("Since 2019, the ONS said, ..." has no verb: a time of what follows), and
    neither is the question the speaker answers ("Asked whether the target of 30 minutes would be
    met, she said ...")."""
    scene = _OPENING_SCENE.match(masked, sentence_start) or _OPENING_QUESTION.match(masked, sentence_start)
    if scene is None or not (scene.re is _OPENING_QUESTION or _FINITE_IN_SCENE.search(scene.group("body"))):
        # "In a dissent joined by two other justices, X wrote": the occasion the speaker spoke in
        scene = _OPENING_OCCASION.match(masked, sentence_start) if masked.startswith("In ", sentence_start) else None
    if scene is None:
        return 0
    saying = [frame for frame in frames if not frame.beside]  # the frames the sentence keeps
    first = min(saying, key=lambda frame: frame.verb_start, default=None)
    # a question is never what was said, though the answer be a quotation after a colon
    leading = first is not None and (first.leading or scene.re is _OPENING_QUESTION)
    return scene.end() if first and leading and not masked[scene.end() : first.start].strip() else 0


# A noun phrase set off after a speaker named after the verb, to the figure: the speaker's own
# description ("said Marisol Diaz, the network's president and director for a district of 9,000").
_SPEAKER_DESCRIBED = re.compile(
    r",\s+(?P<role>(?:the|an?|his|her|their|its|[A-Z][\w-]*[’']s)\s[^,;:“”\"—–]*?)(?:\s(?:of|for|at|in|with|from)\s[^,;:“”\"—–]*)?$"
)


# Verbs that take the one told before what they are told to do ("told 1,400 people to move"), and
# that instruction's opening: a figure before it says whom they told, not what.
_TELLING_VERBS = frozenset({"told", "tells", "tell", "warned", "warns", "urged", "urges"})
_ORDER_AFTER_LISTENER = re.compile(r"\bto[ \u00a0]+[a-z]+")


# A second verb of the same subject, joined by "and": what it did, not what it stated ("kept the
# alert at Level IV, ..., and widened the exclusion zone to 7 kilometres").
_DEED_JOINED = re.compile(r"\band\s+(?:then\s+|also\s+)?[a-z]+ed\s+(?:the|a|an|its|their)\b")


def _scene_after_trailing(masked: str, frame: _Frame, mention: Mention) -> bool:
    """ "..., the department forecast on Wednesday, after the driest winter in four decades": a
    phrase the article sets after a trailing frame is its own scene, not what was said."""
    if _INFERENCE.match(masked, frame.end, mention.start):
        return True  # "..., according to filings, meaning the fine equals about 7.5% of it": the article's sum
    if _REACTION.match(masked, frame.end, mention.start):
        return True  # "..., according to LSEG, sending its shares up 9%": how the market took it, the article's
    set_off = masked[max(0, frame.start - 3) : frame.start].rstrip().endswith((",", "”", '"'))
    # "according to X, after record losses of 6%" goes on with X's data
    verb = not masked.startswith(("according", "According"), frame.verb_start)
    if (
        set_off
        and verb
        and frame.verb_start == frame.start
        and (described := _SPEAKER_DESCRIBED.match(masked, frame.end, mention.start))
        and is_party(described.group("role"))
    ):
        return True  # "..., said Tom Hale, the owner of 41 shops.": who the speaker is, no more of what was said
    return (
        set_off
        and verb
        and bool(_SCENE_OPENER.match(masked, frame.end, mention.start))
        and not _MOVED_BEFORE_OPENER.match(masked, frame.end, mention.start)
    )


def _new_actor_between(masked: str, start: int, end: int) -> bool:
    """Whether a clause of another party's deed opens between a frame and a figure: "..., according
    to X, and officials ordered 1.2 million people to leave" tells what officials did, not what X
    says ("..., and wages fell 2%" is still X's)."""
    if end - start > _NEW_ACTOR_REACH:
        return False
    # "we" outside a quotation is the article's writers: an actor of their own ("; we measured 6%",
    # "; our best attempt took 34 minutes")
    if _WRITERS_CLAUSE.search(masked, start, end):
        return True
    return any(is_party(match.group("subject")) for match in _new_clauses(masked, start, end))


def _new_clauses(masked: str, start: int, end: int) -> list[re.Match[str]]:
    """The clauses with a subject and a verb of their own that ", and", ", but" or a semicolon
    opens between a frame and a figure, near enough to be read."""
    return list(_NEW_ACTOR.finditer(masked, start, end)) if end - start <= _NEW_ACTOR_REACH else []


def _frame_around(frames: list[_Frame], index: int, offset: int, low: int) -> _Frame | None:
    """The frame whose own words hold `offset` ("said on Friday"), looking at its neighbours."""
    for candidate in range(min(index + 1, len(frames) - 1), max(low, index - 2) - 1, -1):
        frame = frames[candidate]
        if frame.start <= offset < frame.end:
            return frame
    return None


def _last_ending_before(frames: list[_Frame], index: int, low: int, offset: int) -> _Frame | None:
    # ", citing local officials" credits what comes before it, not what follows (unless "that" opens it)
    for candidate in range(index, max(low, index - 3) - 1, -1):
        if candidate >= 0 and frames[candidate].end <= offset and (frames[candidate].leading or not frames[candidate].cited):
            return frames[candidate]
    return None


def _first_from(tokens: list[_Token], offset: int) -> int:
    """The index of the first token that starts at or after `offset` (a clause may hold thousands)."""
    return bisect.bisect_left(tokens, offset, key=_token_start)


def _two_from(tokens: list[_Token], offset: int) -> list[_Token]:
    """The two tokens from `offset` on (a slice to the clause's end would copy it at every frame)."""
    first = _first_from(tokens, offset)
    return tokens[first : first + 2]


def _token_start(token: _Token) -> int:
    return token.start


def _verb_follows(tokens: list[_Token], end: int) -> bool:
    """Whether a verb follows the words ending at `end`: "The mayor, Ana Ruiz, said the town
    needed $5m" says what the town needed; the town is no speaker after "said"."""
    at = _first_from(tokens, end)
    following = tokens[at] if at < len(tokens) else None
    if following is not None and following.text == ",":
        # "said the 180 passengers, most of them from abroad, would be taken": past a phrase set off
        close = next((i for i in range(at + 1, min(len(tokens), at + 14)) if tokens[i].text == ","), len(tokens))
        following = tokens[close + 1] if close + 1 < len(tokens) else None
    return (
        following is not None
        and following.text.islower()
        and (following.lower.endswith("ed") or following.lower in _FINITE_WORDS)
    )


def _revises_a_figure(tokens: list[_Token], index: int, verb: str) -> bool:
    """Whether the verb of revision at `index` has one of its nouns after it: three words on at
    most ("raised its forecast"; six for guidance, "guided for a 10% drop in sales"), or six when
    the figure follows the noun ("raised its full-year operating profit forecast by 8% to ¥1.2
    trillion"; not "raised its full-year profit forecast on Wednesday after carrying ...")."""
    nouns = _revised_nouns(verb)
    reach = 7 if verb in _GUIDING_VERBS else 4
    if verb == "see" and not any(t.text[0].isdigit() for t in tokens[index + 1 : index + 10]):
        return False  # "economists see inflation at 38%" forecasts; "when they see an attractive target" does not
    if (
        index + 3 < len(tokens)
        and tokens[index + 1].lower in ("a", "an")
        and tokens[index + 2].lower in nouns
        and tokens[index + 3].lower == "of"
    ):
        return False  # "has raised a total of $1.1 billion from investors", "cut a total of 300 jobs": an amount, a deed
    if (
        index + 3 < len(tokens)
        and tokens[index + 2].lower == "number"
        and tokens[index + 3].lower == "of"
        and not any(t.lower == "to" for t in tokens[index + 4 : index + 12])
    ):
        return False  # "cut the number of breathing pauses by half": a deed; "raised the number of dead to 40" revises
    if any(t.lower in nouns for t in tokens[index + 1 : index + reach]):
        return True
    return any(
        tokens[at].lower in nouns and tokens[at + 1].lower in ("by", "to", "at")
        for at in range(index + reach, min(len(tokens) - 1, index + 7))
    )


def _revised_nouns(verb: str) -> frozenset[str]:
    """The nouns after which a verb of revision reports: a forecast's ("raised its forecast"); for a
    company's guidance, what it is of too ("sees full-year revenue", "guided for a drop in sales");
    a warning kept, upgraded or lowered states what it warns of ("kept a cold warning in place for 14
    communities")."""
    return vocab.GUIDANCE_NOUNS if verb in _GUIDING_VERBS else _REVISED_NOUNS


def _that_after(tokens: list[_Token], cursor: int, reach: int, *, after: str | None = None) -> int | None:
    """Where "that" stands within `reach` words of `cursor`, no punctuation between (and, with
    `after`, right after that word: "said two weeks ago that"), or None."""
    for index in range(cursor, min(len(tokens), cursor + reach)):
        if not tokens[index].is_word and not (tokens[index].text == ":" and tokens[index - 1].text.isdigit()):
            return None  # a clock's colon is no punctuation: "told the crew at 10:42 that"
        if tokens[index].lower == "that":
            return index if after is None or tokens[index - 1].lower == after else None
    return None


def _as_reported(tokens: list[_Token], verb: int) -> int | None:
    """Where "as" stands in "as (first) reported by", "as revealed by", or None."""
    if verb < 1 or tokens[verb].lower not in _AS_REPORTED_VERBS:
        return None
    at = verb - 1 - (tokens[verb - 1].lower in _AS_REPORTED_ADVERBS)
    return at if at >= 0 and tokens[at].lower == "as" else None


def _quoted_as_saying(tokens: list[_Token], saying: int) -> int | None:
    """Where the passive of "quoted as saying" or "cited as saying" starts ("was", "has been"), or None: the subject
    before it is who said what follows or precedes, whoever quoted it ("by Tass")."""
    if saying < 3 or tokens[saying].lower != "saying" or tokens[saying - 1].lower != "as":
        return None
    quoted = next((i for i in range(saying - 2, max(-1, saying - 9), -1) if tokens[i].lower in ("quoted", "cited")), None)
    if quoted is None or quoted < 2 or not all(t.is_word for t in tokens[quoted:saying]):
        return None
    aux = quoted - 1 - tokens[quoted - 1].lower.endswith("ly")  # "was widely quoted"
    if aux < 1 or tokens[aux].lower not in vocab.PASSIVE_AUXILIARIES:
        return None
    while aux >= 1 and tokens[aux - 1].lower in ("has", "have", "had", "was", "were"):
        aux -= 1  # "has been quoted"
    return aux


def _phrase_length(tokens: list[_Token], start: int) -> int:
    """How many words run from `start` before a punctuation mark or a word that opens a clause."""
    end = start
    while end < len(tokens) and tokens[end].is_word and tokens[end].lower not in _PHRASE_STOPS:
        end += 1
    return end - start


# Verbs of saying whose object is the one told, as "told" has, before "that" ("assured investors
# that"); without "that" their object is what is said or done ("warned of 40 job losses").
_WARNING_THE_ONE_TOLD = frozenset({"warned", "warns", "assured", "assures", "reminded", "reminds", "notified", "notifies"})


def _frame_end(tokens: list[_Token], index: int) -> int:
    """The verb, the one told, and the when and how of saying it ("said on Friday")."""
    cursor = index + 1
    if (
        tokens[index].lower in _WARNING_THE_ONE_TOLD
        and (that := _that_after(tokens, cursor, 9)) is not None
        and that > cursor
        and tokens[cursor].lower not in _ADJUNCT_PREPOSITIONS
    ):
        return tokens[that - 1].end  # "warned air traffic control at 10:42 that": the one warned, and when
    if tokens[index].lower in ("told", "tells", "tell", "informed", "informs"):
        if (that := _that_after(tokens, cursor, 9)) is not None and that > cursor:
            # "told the mayor by telephone on Monday that", "told the council 18 months ago that":
            # the one told, and how and when
            return tokens[that - 1].end
        # The one told: a name ("Al Jazeera's Sinem Koseoglu"), or the words before "that" or "on".
        reach = next(
            (i for i in range(cursor, min(len(tokens), cursor + 4)) if tokens[i].lower in _ADJUNCT_PREPOSITIONS | {"that"}),
            None,
        )
        # the words after it up to the clause's end or a comma: "told reporters.", "told local radio, adding"
        limit = min(len(tokens), cursor + 4)  # a few words: a clause of many "told" stays linear
        told = next((i for i in range(cursor, limit) if not tokens[i].is_word), limit)
        if reach is not None and all(t.is_word for t in tokens[cursor:reach]):
            cursor = reach
        elif (
            0 < told - cursor <= 3
            and (told == len(tokens) or tokens[told].text == ",")
            and not any(_counts(t) for t in tokens[cursor:told])
            and tokens[cursor].lower not in vocab.PRONOUN_SOURCES
        ):
            cursor = told  # "..., a spokesman told reporters": the one told ends what says it
        else:
            while cursor < len(tokens) and tokens[cursor].text[0].isupper() and tokens[cursor].is_word:
                cursor += 1
    if cursor + 3 < len(tokens) and tokens[cursor + 2].lower == "ago" and tokens[cursor + 3].lower == "that":
        return tokens[cursor + 2].end  # "said two weeks ago that": when it was said
    end = tokens[cursor - 1].end
    if cursor < len(tokens) and tokens[cursor].lower in _WHEN_SAID_STARTS:  # "said Tuesday", "said late Tuesday night"
        when = cursor + (tokens[cursor].lower in ("early", "late"))
        if when < len(tokens) and tokens[when].text in _WEEKDAYS:
            cursor = when + 1 + (when + 1 < len(tokens) and tokens[when + 1].lower in vocab.DAY_PARTS)
            return tokens[cursor - 1].end
    if (
        cursor < len(tokens)
        and tokens[cursor].lower in _ADJUNCT_PREPOSITIONS
        # "says at least 73 children have died": a figure's qualifier, no when or where of saying
        and not (cursor + 1 < len(tokens) and tokens[cursor].lower == "at" and tokens[cursor + 1].lower in ("least", "most"))
    ):
        for reach in range(cursor, min(len(tokens), cursor + _ADJUNCT_REACH)):
            if (tokens[reach].lower in _ADJUNCT_ENDS and not (reach == cursor + 1 and tokens[reach].lower in _POSSESSIVES)) or (
                not tokens[reach].is_word
            ):
                break  # "said in a statement it would cut 300 jobs": the clause said starts at "it"; not "in its advisory"
            end = tokens[reach].end
    return end


def _is_plural(name: str) -> bool:
    """Whether a source is named by a plural noun after other words ("The authority's figures",
    "the company's accounts"), which "it" never stands for. A capitalised last word is a name's
    ("Goldman Sachs", "the Times"), and so may be a word alone ("Siemens", "Reuters")."""
    words = name.split()
    head = words[-1]
    return len(words) > 1 and head.islower() and head.isalpha() and head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _latest_first(names: list[str]) -> Iterator[str]:
    """Names from the latest, each once: an article names a source again and again, and a
    pronoun or a role asks the same of each name."""
    seen = set()
    for name in reversed(names):
        if name not in seen:
            seen.add(name)
            yield name


@functools.lru_cache(maxsize=4096)
def _words_of(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _TOKEN.findall(name))


def _maker_named(named: str, role: str) -> str:
    """The party a role names again in a document's name: "the charity" after "a survey for the food
    charity FareShare North" is "the food charity FareShare North", the survey's maker, not the survey."""
    words = named.split()
    at = next((i for i, word in enumerate(words) if word.lower() == role), 0)
    for index in range(at - 1, 0, -1):
        if words[index] in _MAKER_LINKS and any(word.lower() in vocab.DOCUMENT_NOUNS for word in words[:index]):
            return " ".join(words[index + 1 :])
    return named


_MAKER_LINKS = frozenset({"for", "by", "from", "of", "at"})


def _heads(name: str, role: str) -> bool:
    """Whether the role word heads the name rather than describing another noun: "minister" in
    "Economy Minister Marcelo Ebrard", "office" in "the Office for Statistics", not "brigade" in
    "the local fire brigade chief"."""
    written = _TOKEN.findall(name)
    at = [w.lower() for w in written].index(role)
    return at + 1 == len(written) or not written[at + 1].islower() or written[at + 1] in ("of", "for")


def _titled_name(text: str, role: str, floor: int, ceiling: int) -> str | None:
    """The last name before `ceiling` that holds the role capitalised: "Health Minister Ana Ruiz"."""
    at = text.rfind(role, floor, ceiling)
    while at >= 0:
        end = at + len(role)
        if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            left = _CAPITALISED_BEFORE.search(text, max(floor, at - 120), at)
            right = _CAPITALISED_AFTER.match(text, end, min(len(text), end + 120))
            begin = left.start() if left else at
            finish = right.end() if right else end
            if right and right.group().split()[-1].lower() in _OTHER_BODY_HEADS:
                finish = begin = at  # "the State House of Assembly" is no state: the role names another body there
            if begin < at or finish > end:
                return text[begin:finish]
        at = text.rfind(role, floor, at)
    return None


# Heads of bodies that a role's word may stand before in a name ("State House", "Governor's
# Office"): the name is that body's, not the role's.
_OTHER_BODY_HEADS = vocab.BODY_WORDS | {"house", "assembly", "senate", "parliament", "congress", "hall"}


# The last words of the names of companies, events and collectives, which are written as persons' are.
_NO_PERSONS_NAME_ENDS = vocab.COMPANY_NAME_ENDS | vocab.EVENT_NAME_ENDS | vocab.COLLECTIVE_NAME_ENDS | vocab.PLACE_NAME_ENDS


_ROLE_OF_A_BODY = re.compile(r" (?:for|at|with) ")  # "a spokesman for the carrier": the role, then its body


@functools.lru_cache(maxsize=1024)
def _is_person(name: str) -> bool:
    """ "Ana Ruiz", "Economy Minister Marcelo Ebrard", "the mayor": one person, whom "he" or
    "she" may stand for; not "the Labor Department" (capitals, and a body)."""
    head = _ROLE_OF_A_BODY.split(name, maxsplit=1)[0]
    if head != name and _words_of(head)[-1:] and _words_of(head)[-1] in vocab.PERSON_ROLES:
        return True  # "a spokesman for the carrier", "a lawyer for the family": one person, of a body
    last = _words_of(name)[-1:]
    if last and last[0] in vocab.BODY_WORDS:
        return False  # "the Harrowgate Community Choir", "Leeds Trinity University"
    if name.lower().startswith("one of "):
        return True  # "one of the mediators said. He said ...": one person of many
    name = name.split(" of ")[0]  # "David Watt of Rosenberg Research & Associates Inc."
    words = _words_of(name)
    if words and (words[-1] in _NO_PERSONS_NAME_ENDS or (len(words) == 2 and words[0] in vocab.PLACE_NAME_OPENERS)):
        return False  # "Northfield Coal", "the Halden Games", "the United Nations", "New Zealand": named as a person would be
    if role := _ROLE_THEN_NAME.search(name):
        if role.group("role") in vocab.PERSON_ROLES:
            return True  # "Green group leader Priya Sandhu": a body's word in the title, a person named
        if role.group("role") in vocab.BODY_WORDS:
            return False  # "catastrophe modeling firm Harwick Risk", "the charity Food Aid North": a body, then its name
    if not words or any(word in vocab.ORGANISATION_WORDS for word in words):
        return False
    if len(name.split()) > 1 and len(name.split()[0]) >= 3 and is_acronym(name.split()[0]):
        return False  # "NHS Lothian", "BHP Group": a body's letters open its name (a person's initials are two: "JD Vance")
    if words[0] == "the" or is_acronym(name.split()[-1]):
        return words[-1] in vocab.PERSON_ROLES  # "the mayor"; not "The UN" nor "Rescue Service BRK"
    return words[-1] in vocab.PERSON_ROLES or bool(_PERSON_NAME.search(name) or _HONORIFIC_NAME.match(name))


def _names_a_body(mention: str) -> bool:
    """Whether words ending in a body's word name that body ("the statistics office", "Harbor
    Foods Group"), not a clause that ends in one ("Protesters clashed with police", "Kestra
    received two reports"): no verb, preposition or number among the words before it."""
    for word in mention.split()[:-1]:
        lower = word.lower()
        if word.islower() and (
            lower.endswith("ed")
            or lower in vocab.REPORTING_VERBS
            or lower in vocab.IRREGULAR_PAST
            or lower in _CLAUSE_WORDS_IN_A_NAME
            or lower in _ADDED_AMOUNT_WORDS  # "two", "some", "more": a count, no name
        ):
            return False
    return True


def _is_role(phrase: list[_Token]) -> bool:
    """ "the minister", "the health ministry": a determiner and common nouns, no name."""
    return 2 <= len(phrase) <= 3 and phrase[0].lower in ("the", "this", "that") and phrase[-1].text.islower()


def _introduces(masked: str, clause_start: int, mention: Mention, frame: _Frame) -> bool:
    """The date opens the clause and the attribution follows it: "On Friday, the ministry said"."""
    if frame.start - mention.end > 10:
        return False
    opening = _TOKEN.findall(masked, clause_start, mention.start)
    if opening and opening[0].lower() == "for":
        return False  # "For the fourth quarter, Corvane guided for ...", "For 2026, the IMF forecast": what is said covers it
    between = masked[mention.end : frame.start]
    if len(opening) <= 2 and not any(c.isalnum() for c in between):
        return mention.start - clause_start <= 40
    # "In a report released on Tuesday, the agency said", "During talks on March 3, the envoy
    # said": the occasion of the saying, set off before its speaker, and its date. Not "After
    # a 5% fall in March, the agency said": what went before is said too.
    phrase = masked[clause_start : frame.start].rstrip()
    return (
        bool(opening)
        and (
            (opening[0].lower() in _OPENING_PREPOSITIONS and any(word.lower() in _SAYING_OCCASIONS for word in opening))
            or opening[0].lower() in _SAYING_PARTICIPLES  # "Speaking to reporters on Monday, the mayor said"
        )
        and phrase.endswith(",")
        and not _CLAUSE_MARK_IN_PHRASE.search(phrase, 0, len(phrase) - 1)
        and len(phrase) <= _OPENING_PHRASE_REACH
    )


def _in_framing_clause(framings: list[int], clause_start: int, mention: Mention, frames: list[_Frame]) -> bool:
    """ "X said the battle had begun, seven days after fighting erupted": a closing clause that
    dates what was said against another event is the article's own framing, not X's words."""
    index = bisect.bisect_left(framings, mention.start) - 1
    if index < 0 or framings[index] < clause_start:
        return False
    return any(f.leading and f.end <= framings[index] for f in frames)


def _in_background(masked: str, start: int, end: int, mention: Mention, frames: list[_Frame]) -> bool:
    """A relative clause set off by commas inside what a source says describes, it does not report.

    "X put the toll in the region, where 145,000 people live, at 200": the clause
    interrupts content that follows a leading frame. A clause that ends the content
    before a trailing "according to X" is part of what X says.
    """
    # The clause holds no comma, so it opens at the last comma before the mention.
    floor = max(start, mention.start - _BACKGROUND_REACH)
    comma = masked.rfind(",", floor, mention.start)
    while comma > floor and masked[comma - 1].isdigit() and masked[comma + 1 : comma + 4].isdigit():
        comma = masked.rfind(",", floor, comma)  # not the comma of "£350,000" before it
    clause = _BACKGROUND_CLAUSE.match(masked, comma, end) if comma >= 0 else None
    if clause is not None and mention.start < clause.end():
        if any(clause.start() < f.verb_start and f.end <= mention.start for f in frames):
            return False  # ", which the company says is 7.4mm thick", "X, which expects": the clause's own frame
        if _WHO_HOLDS.match(masked, clause.start()):
            return False  # "said Hana Brock, an analyst, who sees Brent averaging $80": her forecast
        # Set off on both sides, the sentence going on after it ("in the region, where 145,000
        # live, at 200"); not a clause that ", and ..." continues ("whose numbers grew by 4,100 —
        # an unusual gain, and welcome news")
        enclosed = clause.end() < end and masked[clause.end()] == "," and not _CONJUNCTION_AFTER_COMMA.match(masked, clause.end())
        led = any(f.leading and f.end <= clause.start() for f in frames)
        trailing_after = any(not f.leading and f.start >= clause.end() for f in frames)
        if enclosed and led and not trailing_after:
            return True
        if not any(f.start >= clause.end() for f in frames) and not led:
            return True
    return False


def _party(phrase: list[_Token]) -> list[_Token]:
    """The words of a subject phrase that name a party, or [] when none does (`_find_party`).

    Judged once per wording: news repeats its subjects ("the ministry said", "he said")."""
    if len(phrase) > 2 and phrase[-1].lower in vocab.TIME_WORDS_IN_PHRASES and phrase[-2].lower in vocab.TIME_DEICTICS:
        phrase = phrase[:-2]  # "A report by the audit office last year warned": the report
    elif len(phrase) > 1 and phrase[-1].lower in ("yesterday", "today", "tonight"):
        phrase = phrase[:-1]
    elif len(phrase) > 2 and phrase[-2].lower in ("from", "in", "for", "of", "on") and _is_when(phrase[-1]):
        phrase = phrase[:-2]  # "federal data from 2021", "a YouGov poll in April": the document, whenever it is from
    if not phrase:
        return []
    spec = _party_span(tuple(t.text for t in phrase))
    if spec is None:
        return []
    first, last, possessive = spec
    chosen = phrase[first:last]
    if possessive:  # "Statistics Canada's data": the owner without its "'s"
        final = chosen[-1]
        chosen = [*chosen[:-1], final._replace(text=final.text[:-2], end=final.end - 2, lower=final.lower[:-2])]
    return chosen


def _is_when(token: _Token) -> bool:
    """A year, a month or a weekday standing alone: "2021", "April", "Monday"."""
    return bool(vocab.YEAR_WORD.fullmatch(token.text)) or (token.text[0].isupper() and token.lower in vocab.CALENDAR_WORDS)


@functools.lru_cache(maxsize=16384)
def _party_span(texts: tuple[str, ...]) -> tuple[int, int, bool] | None:
    """Where the party lies in a phrase of these words: (first, end, whether to drop an "'s")."""
    tokens = [_Token(text, index, index + 1, text.lower(), text[0].isalnum()) for index, text in enumerate(texts)]
    found = _find_party(tokens)
    if not found:
        return None
    first, last = found[0].start, found[-1].start + 1
    return first, last, found[-1].text != texts[last - 1]


def _find_party(phrase: list[_Token]) -> list[_Token]:
    """The words of a subject phrase that name a party, or [] when none does.

    For a document, its maker ("projections from the Legislative Services Agency",
    "Statistics Canada's survey data", "a study published by X"); else the phrase itself
    ("Analysts polled by a data provider"); else the phrase without its participle clause
    ("data released Friday"); else a pronoun that ends it ("With this backdrop he").
    Never a fragment: `sources.is_party` judges each candidate.
    """
    if not phrase:
        return []
    head, rest = phrase, []
    for index, token in enumerate(phrase):  # "data released Friday", "a study published by X"
        if (
            index
            and token.text.islower()
            and (
                token.lower.endswith("ed")
                or token.lower in _ACCESS_VERBS
                or token.lower in _MAKING_VERBS
                or (token.lower == "out" and phrase[index - 1].lower in vocab.DOCUMENT_NOUNS)  # "figures out on Tuesday from X"
            )
            and token.lower not in vocab.PARTY_NOUNS
            and phrase[index - 1].lower not in vocab.DETERMINER_WORDS  # "the revised plan": an adjective
        ):
            head, rest = phrase[:index], phrase[index:]
            break
    maker = _maker(head)  # "projections from X", "data from X"
    if maker:
        return maker
    # "a survey of 2,840 nurses published by X": a document with what it counted, then its maker
    counted = any(t.lower == "of" and i and head[i - 1].lower in vocab.DOCUMENT_NOUNS for i, t in enumerate(head))
    if head[-1].lower in vocab.DOCUMENT_NOUNS or (counted and rest):
        if rest and rest[0].lower == "out" and (source_at := next((i for i, t in enumerate(rest) if t.lower == "from"), 0)):
            maker = rest[source_at + 1 :]
            if maker and is_party(_text_of(maker)):
                return maker
        if rest and rest[0].lower in _MAKING_VERBS:
            rest = [rest[0], *_without_time(rest[1:])]  # "figures published on Thursday by Ofqual"
        if rest and rest[0].lower in _MAKING_VERBS and len(rest) > 2 and rest[1].lower in ("by", "in"):
            maker = _without_client(rest[2:])  # "published in the Journal of Surgery"
            if (rest[1].lower == "by" or maker[-1].text[0].isupper()) and is_party(_text_of(maker)):
                return maker
        owner = _owner_of_document(head)
        if owner:
            return owner
    if (
        rest
        and not any(t.lower == "by" for t in rest)
        and any(t.lower in vocab.DOCUMENT_NOUNS for t in head)
        and is_party(_text_of(head))
    ):
        return head  # "a YouGov poll for The Times published on Monday": the poll; "a diplomat briefed on X" stays whole
    if (
        rest
        and rest[0].lower in _ACCESS_VERBS
        and head[-1].lower not in vocab.DOCUMENT_NOUNS
        and any(t.lower in vocab.DOCUMENT_NOUNS for t in head)
        and is_party(_text_of(head))
    ):
        return head  # "a post on its website reviewed by researchers at X": the post; who read it made nothing
    if rest and rest[0].lower in _ACCESS_VERBS:
        phrase = _without_means(phrase)  # "figures obtained by the paper under freedom of information rules"
    if is_party(_text_of(phrase)):
        return phrase
    if rest and is_party(_text_of(head)):
        return head
    if phrase[-1].lower in vocab.PRONOUN_SOURCES:
        return phrase[-1:]
    for index in range(1, len(phrase) - 1):
        if phrase[index].lower == "of" and phrase[index - 1].lower in vocab.DOCUMENT_NOUNS and is_party(_text_of(phrase[:index])):
            return phrase[:index]  # "A poll of 2,000 adults found": the poll (what it asked is no party's name)
    return []


def _without_time(words: list[_Token]) -> list[_Token]:
    """The words after a participle without the time it opens with: "on Thursday by X" is "by X"."""
    for index in range(1, min(len(words), 4)):
        if words[index].lower in ("by", "in") and all(
            w.lower in ("on", "in")
            or w.lower in vocab.TIME_DEICTICS
            or w.lower in vocab.TIME_WORDS_IN_PHRASES
            or w.text in _WEEKDAYS
            or w.lower in vocab.MONTHS
            for w in words[:index]
        ):
            return words[index:]
    return words


def _is_demonym(word: str) -> bool:
    """ "Israeli", "Canadian", "British", "Chinese", "French": a people's adjective."""
    return word.endswith(("ian", "ean", "can", "ese", "ish")) or word in _DEMONYMS


def _speaker_before(tokens: list[_Token], comma: int) -> list[_Token]:
    """The speaker of a trailing frame that ends right before a participle's comma: "Two were
    hurt, Chief Ana Ruiz told a news conference, adding that 1,800 staff ...": Ana Ruiz."""
    for verb in range(comma - 1, max(0, comma - 6), -1):
        if not tokens[verb].is_word:
            return []
        if tokens[verb].lower in vocab.REPORTING_VERBS and tokens[verb].text.islower():
            subject = _subject_before(tokens, verb)
            if not subject:
                return []
            first = next(i for i, token in enumerate(tokens) if token.start == subject[0].start)
            return _party(subject) if first > 0 and tokens[first - 1].text == "," else []  # set off after content
    return []


def _pronouns_opener(tokens: list[_Token], pronoun: _Token) -> list[_Token]:
    """The party a clause opens with, when a pronoun set off after what it said stands for it
    ("Toyota sold 10.3 million vehicles last year, it said"): "it" a body, "he" or "she" a person."""
    if pronoun.lower not in ("it", "he", "she", "they"):
        return []
    at = _first_from(tokens, pronoun.start)  # a sentence may hold many ", it said"
    if at >= 4 and tokens[at - 1].lower in ("which", "that") and tokens[at - 2].text == ",":
        at -= 1  # "The union is seeking a 77% rise, which it says would lift ...": the union
    if at < 3 or tokens[at - 1].text != ",":
        return []
    capitalised = 0  # a name of capitals opening the clause: "Harbor Foods", not "Harbor Foods cut"
    while capitalised < at - 1 and tokens[capitalised].is_word and tokens[capitalised].text[0].isupper():
        capitalised += 1
    # "Research firm Counterpoint", "Outage tracker Downtrack": a role in lower case and the name, one party
    role_named = _name_after_lower_role(tokens, capitalised, at - 1) if capitalised else 0
    if role_named:
        opening = tokens[:role_named]
    elif capitalised and _party(tokens[:capitalised]):
        opening = tokens[:capitalised]
    else:
        opening = _opening_party(tokens, at - 1)
    if not opening or opening[-1].lower in vocab.PRONOUN_SOURCES:
        return []
    name = _text_of(opening)
    head = opening[-1].lower
    if pronoun.lower in ("he", "she"):
        agrees = _is_person(name)
    elif pronoun.lower == "they":  # "Officials evacuated 300 homes, they said"; not "Prices rose 4%, they said"
        agrees = head in vocab.PARTY_NOUNS or (head.endswith("s") and head[:-1] in vocab.PARTY_NOUNS)
    else:  # a body: its word ("The ministry"), a name of capitals ("Harbor Foods", "IBM", "Toyota")
        capitals = bool(role_named) or all(t.text[0].isupper() for t in opening if t.lower not in ("of", "and", "the", "&"))
        single = len(opening) == 1 and not head.endswith(("s", "ing", "ed", "ly")) and head not in _NOT_A_BODY
        agrees = head in vocab.BODY_WORDS or (capitals and (len(opening) > 1 or single or is_acronym(name)))
    return opening if agrees else []


def _name_after_lower_role(tokens: list[_Token], role_start: int, limit: int) -> int:
    """Where a name of capitals ends that follows one or two words of a role in lower case at the
    clause's opening ("Research firm| Counterpoint|"), or 0."""
    name = role_start
    while name < min(limit, role_start + 2) and tokens[name].is_word and tokens[name].text.islower():
        name += 1
    end = name
    while end < limit and tokens[end].is_word and tokens[end].text[0].isupper():
        end += 1
    return end if name > role_start and end > name and _party(tokens[:end]) == tokens[:end] else 0


def _opening_party(tokens: list[_Token], limit: int) -> list[_Token]:
    """The party the clause opens with, whatever its verb ("The firm cut 300 jobs after warning ...")."""
    for end in range(min(6, limit), 0, -1):
        if all(t.is_word for t in tokens[:end]) and _party(tokens[:end]) == tokens[:end]:
            return tokens[:end]
    return []


def _headline_subject(tokens: list[_Token], limit: int) -> list[_Token]:
    """The party a headline opens with as the subject of its first verb, a word in the present
    before `limit` ("Veltrix unveils ..."): the words before that verb, if they are a party."""
    verb = next((i for i in range(1, limit) if tokens[i].text.islower()), None)
    if verb is None or not tokens[verb].text.endswith("s") or not all(t.is_word for t in tokens[:verb]):
        return []
    return tokens[:verb] if _party(tokens[:verb]) == tokens[:verb] else []


def _opening_subject(tokens: list[_Token], limit: int) -> list[_Token]:
    """The party that opens the clause as the subject of its first verb before `limit` (a
    lower-case word in "-ed"): "Commuter groups disputed the figure, saying ...", "The
    spokesman, Tom Reid, called it a disgrace and said ...". [] when there is none."""
    verb = next(
        (
            i
            for i in range(1, limit)
            if tokens[i].text.islower()
            and (
                tokens[i].lower.endswith("ed")
                or tokens[i].lower in vocab.IRREGULAR_PAST  # "The firm sold 300 stores, adding that ..."
                or tokens[i].lower in vocab.PRESENT_STANCE_VERBS
                or tokens[i].lower in _OPENING_AUXILIARIES  # "The union is asking for 8% ... and says"
                or tokens[i].lower in ("said", "says", "told", "tells")  # "X said the data showed ..., adding that"
            )
            and tokens[i].lower not in vocab.PARTY_NOUNS
            and not _in_relative_clause(tokens, i)
        ),
        None,
    )
    if verb is None:
        return []
    subject = _subject_before(tokens, verb)
    if not subject:
        return []
    first = next(i for i, token in enumerate(tokens) if token.start == subject[0].start)
    opens = (
        first == 0
        or (tokens[first - 1].text == "," and bool(_party(tokens[: first - 1])))  # "The spokesman, Tom Reid, called"
        or (first <= 2 and tokens[0].lower in _OPENING_LINKS and [t.text for t in tokens[1:first]] in ([], [","]))  # "But the"
    )
    return _party(subject) if opens else []


def _relative_subject(tokens: list[_Token], comma: int) -> list[_Token]:
    """The subject of a clause set off before a participle that describes what was said before it:
    "The ministry said 14 died, which the opposition disputed, saying ...", "..., a claim the
    employer disputed, saying ...": the opposition, the employer; [] where no such clause ends at
    the comma."""
    verb = comma - 1
    if (
        verb < 3
        or not tokens[verb].text.islower()
        or not (tokens[verb].lower.endswith("ed") or tokens[verb].lower in vocab.IRREGULAR_PAST)
    ):
        return []
    subject_end = verb - 1 if tokens[verb - 1].text == "," else verb  # "the finance director, Sunita Rao, rejected"
    for opener in range(subject_end - 1, max(0, verb - 12), -1):
        if not tokens[opener].is_word and tokens[opener].text != ",":
            return []
        relative = tokens[opener].lower == "which" and tokens[opener - 1].text == ","
        claim = (
            opener >= 2
            and tokens[opener].lower in _CLAIM_NOUNS
            and tokens[opener - 1].lower in ("a", "an")
            and tokens[opener - 2].text == ","
        )
        if relative or claim:
            subject = tokens[opener + 1 : subject_end]
            set_off = next((i for i in range(len(subject) - 1, 0, -1) if subject[i].text == ","), None)
            if set_off is not None:
                subject = subject[set_off + 1 :]  # a name set off after its role: the name
            party = _party(subject)
            return party if party and len(party) == len(subject) else []
    return []


def _maker(phrase: list[_Token]) -> list[_Token]:
    """ "projections from X", "a study by X", "data of X", "a study in The Lancet": X, when X is
    a party (after "in", only a name: "a study in mice" names none)."""
    for index, token in enumerate(phrase):
        if token.lower in ("from", "by", "of", "in") and 0 < index < len(phrase) - 1:
            if token.lower == "by" and phrase[index - 1].lower in _ACCESS_VERBS:
                return []  # "intelligence reports seen by Reuters": Reuters saw them, someone else wrote them
            document = phrase[index - 1].lower in vocab.DOCUMENT_NOUNS
            if token.lower == "of" and phrase[index - 1].lower in vocab.EXAMINING_DOCUMENTS:
                continue  # "a survey of nurses": whom it asked; its maker, if named, comes after
            if document or token.lower == "by":
                rest = _without_client(phrase[index + 1 :])
                if token.lower == "in" and not rest[-1].text[0].isupper():
                    return []
                if document and token.lower == "of" and any(t.lower == "by" for t in rest):
                    continue  # "an analysis of official records by this newspaper": what it read, then its maker
                if is_party(_text_of(rest)):
                    return rest
                if document and token.lower == "of":
                    continue  # "a poll of 2,000 adults by YouGov": the maker comes after what was polled
            return []
    return []


def _without_means(phrase: list[_Token]) -> list[_Token]:
    """A document as someone obtained it, without how: "figures obtained by the paper under freedom
    of information rules" are "figures obtained by the paper"."""
    by = next((index for index, token in enumerate(phrase) if token.lower == "by"), None)
    if by is None:
        return phrase
    means = next((index for index in range(by + 2, len(phrase)) if phrase[index].lower in _MEANS_OPENERS), None)
    return phrase[:means] if means is not None else phrase


def _without_client(maker: list[_Token]) -> list[_Token]:
    """ "Ipsos for the Irish Times": the pollster made the poll; the paper paid for it."""
    for index, token in enumerate(maker):
        if token.lower == "for" and index:
            before = maker[index - 1].lower
            if maker[index - 1].text[0].isupper() and (before in _NAMED_FOR or before.removesuffix("s") in _NAMED_FOR):
                continue  # "the Campaign for Better Transport", "the Institute for Fiscal Studies": one name
            return maker[:index]
    return maker


def _owner_of_document(phrase: list[_Token]) -> list[_Token]:
    """ "Statistics Canada's labour force survey data": the owner names the party."""
    if phrase[-1].lower not in vocab.DOCUMENT_NOUNS:
        return []
    for index, token in enumerate(phrase[:-1]):
        if token.lower.endswith(("’s", "'s")) and token.text[0].isupper():
            owner = [*phrase[:index], token._replace(text=token.text[:-2], end=token.end - 2, lower=token.lower[:-2])]
            if is_party(_text_of(owner)):
                return owner
    if phrase[-1].text[0].isupper():
        return []  # "the US Geological Survey", "the Labour Force Survey": the document noun is part of a name
    if len(phrase) > 2 and phrase[-2].text.isdigit() and phrase[-3].text[0].isupper():
        return []  # "the Liv-ex Fine Wine 100 index", "the FTSE 100 index": the number names the index
    named = phrase[:-1]  # "U.S. Census Bureau data": a name before the document is its maker
    determined = bool(named) and named[0].lower in ("a", "an", "the")
    if determined:
        named = named[1:]  # "a Reuters tally": after an article, one capitalised word is a name
    while len(named) > 1 and not named[-1].text[0].isupper():
        named = named[:-1]
    if len(named) == 1 and len(phrase) - determined > 2 and _is_demonym(named[0].text):
        return []  # "The Israeli election results": a nation's adjective, no maker
    if (
        (
            len(named) >= 2 or (named and (determined or named[0].text.isupper()))
        )  # one capitalised word may open a sentence: "Earlier reports"
        and all(t.text[0].isupper() for t in named)
        and named[0].lower not in ("the", "a", "an")
        and is_party(_text_of(named))
    ):
        return named
    return []


def _text_of(phrase: list[_Token]) -> str:
    return " ".join(t.text for t in phrase)


def _closes_appositive_name(tokens: list[_Token], comma: int) -> bool:
    """Whether the comma at `comma` closes a name set off after a role: "..., the energy
    secretary, Priya Lal, announced on Tuesday": the verb after it is the name's, no participle."""
    first = comma
    while first > 0 and tokens[first - 1].is_word and tokens[first - 1].text[0].isupper():
        first -= 1
    return first < comma and first > 0 and tokens[first - 1].text == "," and not _is_age(tokens[first:comma])


_TRAILERS_OR_NOT = vocab.SUBJECT_TRAILERS | {"not", "n't"}


def _claims_a_prize(tokens: list[_Token], verb: int) -> bool:
    """Whether what a "claim" verb takes is a prize, a seat or the like, within its first few words
    ("claimed a third straight title", "claiming victory"): a deed, not a statement."""
    for token in tokens[verb + 1 : verb + 5]:
        if not token.is_word or token.lower == "that":
            return False
        if token.lower in _CLAIMED_PRIZES:
            return True
    return False


def _closes_a_phrase(after: list[str]) -> bool:
    """Whether the two words after an according-to's party show it leads into nothing of its own:
    the party's own clause ("according to the IOM, which tracks deaths", "a person who spoke on
    condition of anonymity"), or the sentence's own verb coming back ("The slide, the heaviest in
    50 years according to the weather office, destroyed 70 houses")."""
    if after in ([",", "which"], [",", "who"], [",", "whose"]) or after[:1] in (["who"], ["whose"]):
        return True
    return len(after) == 2 and after[0] == "," and (after[1].endswith("ed") or after[1] in vocab.IRREGULAR_PAST)


def _listener_after(tokens: list[_Token], verb: int, end: int) -> bool:
    """Whether all that follows a "told" is the one told and a clause that describes them: "...,
    its director told the city council's finance committee, which meets again on Dec. 12." (a
    frame that closes what went before, not one that opens what follows)."""
    if tokens[verb].lower not in ("told", "tells", "tell", "informed", "informs") or end != tokens[verb].end:
        return False  # the one told already read ("told MPs the rise reflected ..., which"): what follows is said
    at = _first_from(tokens, end)
    for index in range(at, min(len(tokens) - 1, at + 7)):
        if tokens[index].text == ",":
            return index > at and tokens[index + 1].lower in ("which", "who", "whose")
        if not tokens[index].is_word or _counts(tokens[index]):
            return False
    return False


def _participle_after(tokens: list[_Token], end: int) -> bool:
    """Whether ", adding", ", saying" or another participle of saying comes right after `end`."""
    at = _first_from(tokens, end)
    return at + 1 < len(tokens) and tokens[at].text == "," and tokens[at + 1].lower in _REPORTING_PARTICIPLES


def _compared_with(tokens: list[_Token], start: int, last: int) -> bool:
    """Whether the subject between these starts is compared with ("more than analysts", "earlier
    than the bank"): what the party said is not written ("12%, more than analysts had expected").
    Not a count of the party ("more than two dozen officials said")."""
    first = _first_from(tokens, start)
    within = tokens[max(0, first - 1) : _first_from(tokens, last + 1)]  # and the word before it
    return any(
        token.lower == "than" and index + 1 < len(within) and not _counts(within[index + 1]) for index, token in enumerate(within)
    )


def _closes_a_report(tokens: list[_Token], index: int) -> bool:
    """Whether a verb and its subject, set off by a comma, close what went before: "The firm must
    pay $40m, the court ruled on Tuesday." (a stop or a comma after its words of when)."""
    end = _frame_end(tokens, index)
    after = next((t for t in tokens[index + 1 :] if t.start >= end), None)
    if after is not None and after.text not in (",", ".", ";"):
        return False
    subject = _subject_before(tokens, index)
    if not subject or not (party := _party(subject)) or party[0].start != subject[0].start:
        return False  # "to cover 81% of the pensions it has promised, up from 77%": no party set off
    opening = _first_from(tokens, subject[0].start)
    return opening > 0 and tokens[opening - 1].text == ","


def _speaking_subject(subject: list[_Token], verb: str) -> list[_Token]:
    """A subject of "the" and common nouns before a verb of speech ("..., the theatre said"):
    a party that no list of bodies names; [] for any other subject."""
    if verb not in _SPEAKING_VERBS or not 2 <= len(subject) <= 5 or subject[0].lower != "the":
        return []
    words = subject[1:]
    if not all(t.text.isalpha() and t.text.islower() for t in words):
        return []  # a name, a figure or punctuation: the lists judge those
    if any(t.lower in _NOT_IN_A_SPEAKING_SUBJECT or t.lower in vocab.TIME_WORDS_IN_PHRASES for t in words):
        return []  # "the most of any candidate said": a comparison, no one in particular
    head = words[-1].lower
    return [] if head.endswith("ly") or head in vocab.NOT_PARTY_NOUNS else subject


def _subject_before(tokens: list[_Token], verb: int) -> list[_Token]:
    index = verb - 1
    while index >= 0 and tokens[index].lower in _TRAILERS_OR_NOT and not tokens[index].text[0].isupper():
        index -= 1  # not the end of a name: "Rail Fair Now said"
    # "a YouGov survey of 1,214 members conducted between Jan. 3 and Jan. 7 found": when it was
    # carried out, whose "and" ends no subject
    index = _before_dated_span(tokens, index)
    if index >= 1 and tokens[index].text in _WEEKDAYS:
        # "The ministry Sunday said", "Officials last Sunday said": when they said so, between the
        # subject and its verb
        subject_end = index - 1 - (tokens[index - 1].lower in _RELATIVE_DAY_WORDS)
        if subject_end >= 0 and tokens[subject_end].is_word and tokens[subject_end].lower not in _BEFORE_A_DAY:
            index = subject_end
    if index >= 2 and tokens[index].text == ")":
        # "the department (IRCC) said": the short form in brackets goes with the name before it
        opening = next((i for i in range(index - 1, max(-1, index - 5), -1) if tokens[i].text == "("), None)
        if opening is not None and opening > 0:
            index = opening - 1
    # "in a statement said": a phrase of manner between subject and verb; "Polls in the final week
    # had put": of time, four words long when a word of time ends it.
    for width in (4, 3, 2):
        first = index - width + 1
        if (
            first >= 0
            and (width < 4 or tokens[index].lower in vocab.TIME_WORDS_IN_PHRASES)
            and tokens[first].lower in ("in", "on", "at")
            and all(t.is_word for t in tokens[first : index + 1])
            # not "Analysts at Counterpoint", nor "On Sunday Reuters" (when, then the party)
            and (
                tokens[first + 1].text[0].islower()
                or (tokens[first + 1].text in _WEEKDAYS and all(t.text[0].islower() for t in tokens[first + 2 : index + 1]))
            )
            # "at a briefing", "at the weekend"; not "officials at the ministry said": where they work
            and (
                tokens[first].lower != "at"
                or tokens[index].lower in _SAYING_OCCASIONS
                or tokens[index].lower in vocab.TIME_WORDS_IN_PHRASES
                or tokens[index].lower in ("weekend", "time", "moment")
                or _is_when(tokens[index])
            )
        ):
            index -= width
            while index >= 0 and tokens[index].lower in _TRAILERS_OR_NOT and not tokens[index].text[0].isupper():
                index -= 1  # "Analysts polled by X had on average expected": the auxiliary before the phrase
            break
    else:
        if index >= 2 and tokens[index].lower in vocab.TIME_WORDS_IN_PHRASES and tokens[index - 1].lower in vocab.TIME_DEICTICS:
            index -= 2  # "economists surveyed by the agency last week had forecast": when, not who
    if index >= 2 and tokens[index].lower in ("which", "who") and tokens[index - 1].text == ",":
        # "according to research firm Counterpoint, which expects shipments to grow 6%": Counterpoint;
        # the words before the comma when no subject's phrase ends there within reach ("according to
        # a survey of 2,400 ticket holders by the regional tourism board, which estimated ...")
        described_end = index - 2
        if (
            tokens[index].lower == "who"
            and described_end >= 2
            and tokens[described_end - 1].text == ","
            and _is_age(tokens[described_end : described_end + 1])
        ):
            described_end -= 2  # "said Andi Saputra, 34, who said": the person, past the age
        before = _phrase_back(tokens, described_end) or _words_back(tokens, described_end, _SUBJECT_REACH)
        for first in range(len(before)):  # the party ends the phrase: "according to research firm Counterpoint"
            if (described := _party(before[first:])) and (
                described[-1].end == tokens[described_end].end or _names_a_document(before[first:])
            ):
                # "said Jill Navarro, an economist at the university, who estimated": the person the
                # role is ("chief executive of the Refugee Council, which estimates": the council's)
                if tokens[index].lower == "who":
                    return _named_before_role(tokens, _first_from(tokens, described[0].start) - 1, described) or described
                return _body_of_role(described) or described
    # "An official who asked not to be named said", "A doctor who treated the victims said": the
    # one the clause describes
    for back in range(index, max(0, index - _RELATIVE_REACH), -1):
        if not tokens[back].is_word:
            break
        if tokens[back].lower == "who" or (
            # "the charity that organised the trip said": "that" with a verb after it, not "that analysts said"
            tokens[back].lower == "that"
            and back < index  # a clause of its own before the verb ("a graph that showed": "that" is its subject)
            and (tokens[back + 1].lower.endswith("ed") or tokens[back + 1].lower in _RUNNING_VERBS)
        ):
            described = _phrase_back(tokens, back - 1)
            if described and _party(described) == described:
                return described
            break
    subject = _phrase_back(tokens, index)
    if subject or index < 0 or tokens[index].text != ",":
        return subject
    # "Deputy Minister Lena Voss, who visited the camp, later said": step over the comma, and over a
    # quotation that ends the clause before it ("The government, which has pledged to \"smash the
    # gangs\", said": its words are blanked, its marks left).
    last = index - 1
    while last >= 2 and tokens[last].text in _QUOTE_TOKENS and tokens[last - 1].text in _QUOTE_TOKENS:
        last -= 2
    segment = _phrase_back(tokens, last)
    if not segment:
        # a clause longer than a subject: "The authority, which earned about $3.1 billion in toll
        # revenue in the fiscal year to September, said": the party it describes
        return _described_before_clause(tokens, index)
    opener = _first_from(tokens, segment[0].start) - 1  # not by its length: a short form in brackets is passed over
    if _is_age(segment) and opener >= 0 and tokens[opener].text == ",":
        named = _phrase_back(tokens, opener - 1)  # "Paul Ferrer, 58, said": the age describes the speaker
        return named if named and _party(named) == named else segment
    if segment[0].lower == "citing" and opener >= 0 and tokens[opener].text == ",":
        # "The charity, citing hospital records, said ...": the figure is the records'; the
        # charity relays it. Only a party cited is credited; else the one who cites it.
        cited = segment[1:]
        return cited if _party(cited) == cited else _phrase_back(tokens, opener - 1)
    if (
        segment[0].text.islower()
        and (segment[0].lower.endswith(("ed", "ing")) or segment[0].lower in vocab.IRREGULAR_PAST)  # "brought on behalf of"
        and opener >= 0
        and tokens[opener].text == ","
    ):
        subject = _phrase_back(tokens, opener - 1)  # "The latest poll, published Wednesday, put ..."
        if (
            subject
            and subject[-1].lower in vocab.DOCUMENT_NOUNS
            and segment[0].lower in _MAKING_VERBS
            and len(segment) > 2
            and segment[1].lower == "by"
        ):  # "The report, published by the World Bank on Tuesday, estimated": the maker, not its client
            maker = _without_client(segment[2:])
            cut = _maker_end(maker)
            if _party(maker[:cut]) == maker[:cut]:
                return maker[:cut]
        return subject
    if (
        opener >= 3
        and tokens[opener].lower in vocab.REPORTING_VERBS
        and tokens[opener - 1].lower in ("which", "who")
        and tokens[opener - 2].text == ","
        and (described := _phrase_back(tokens, opener - 3))
        and _party(described) == described
    ):
        return described  # "Lumo, which says it has 150 million users, said": Lumo
    if opener >= 0 and tokens[opener].lower in vocab.BACKGROUND_CLAUSE_OPENERS:
        if opener > 0 and tokens[opener - 1].text == ",":
            described = _phrase_back(tokens, opener - 2)
            if described and _is_age(described):
                return _past_age(tokens, opener - 2, described)  # "The mayor, 54, who took office in 2019, said"
            if described and described[-1].lower in vocab.DOCUMENT_NOUNS and (maker := _maker_in_clause(segment)):
                return maker  # "The data, which was released by Zillow on Tuesday, shows": its maker
            return _named_before_role(tokens, opener - 2 - len(described), described) or described
        # "Dr. Tomas Berg, a sleep specialist at the hospital who was not involved, said": the
        # clause belongs to the role, and the role to the person named before it
        role = _phrase_back(tokens, opener - 1)
        comma = opener - 1 - len(role)
        if len(role) > 2 and role[0].lower == "one" and role[1].lower == "of" and comma >= 1 and tokens[comma].text == ",":
            named = _phrase_back(tokens, comma - 1)  # "Dana Whitfield, one of the two who voted against, said"
            return named if named and named[0].text[0].isupper() and _party(named) == named else []
        return _named_before_role(tokens, comma, role) if role and comma >= 0 else []
    if segment[0].lower == "by" and len(segment) > 1 and _party(segment[1:]) == segment[1:]:
        return segment[1:]  # "The report, by the Resolution Foundation, found": its maker
    if segment[0].lower in _INTERRUPTING_PREPOSITIONS and opener >= 1 and tokens[opener].text == ",":
        named = _phrase_back(tokens, opener - 1)  # "The agency, in a separate analysis, said": the agency
        if named and _party(named) == named:
            return named
    if segment[0].lower == "one" and len(segment) > 2 and segment[1].lower == "of" and opener >= 1 and tokens[opener].text == ",":
        named = _phrase_back(tokens, opener - 1)  # "Eli Marsh, one of the mediators, said": Eli Marsh, not "one of" them
        if named and named[0].text[0].isupper() and _party(named) == named:
            return named
    if described := _described_before_clause(tokens, index):
        return described  # "Veltrix, which has $9 billion in cash and investments, has said": Veltrix
    if opener >= 1 and tokens[opener].text == "," and (_is_name_phrase(segment) or _ends_in_a_name(segment)):
        role = _phrase_back(tokens, opener - 1)
        if role and role[-1].text.islower():
            # "The regulator, the FCA, said", "the country's air accident investigator, the BEA, said",
            # "The judges' chair, the novelist Tom Ellery, said": the name set off after the role
            return segment
    if (
        opener >= 1
        and tokens[opener].text == ","
        and segment[0].lower in ("the", "a", "an")
        and (described := _described_before_clause(tokens, opener))
    ):
        # "Hale, who has 30 votes, the most of any candidate, said": what the clause describes, past
        # a phrase set off after it
        return described
    # "Amir Patel, a hydrologist at the university, said", "Ana Ruiz, director of the shelter, said": the person
    return _named_before_role(tokens, opener, segment) or segment


def _before_dated_span(tokens: list[_Token], index: int) -> int:
    """Where the words end before a span of dates that ends at `index` ("conducted between Jan. 3
    and Jan. 7", "carried out from May 2 to May 9"), or `index` when none does."""
    if index < 3 or not _dates(tokens[index]):
        return index
    for opener in range(index - 1, max(0, index - 9), -1):
        word = tokens[opener].lower
        if word in ("between", "from"):
            before = opener - 1
            if before >= 1 and tokens[before].lower == "out" and tokens[before - 1].lower == "carried":
                before -= 2
            elif before >= 0 and tokens[before].lower.endswith("ed"):
                before -= 1
            return before if before < opener - 1 else index
        if not (word in ("and", "to") or _dates(tokens[opener])):
            return index
    return index


def _dates(token: _Token) -> bool:
    """A word of a date: a number, a month or weekday, or a month cut short ("Jan.")."""
    word = token.lower.rstrip(".")
    return token.text[0].isdigit() or word in vocab.CALENDAR_WORDS or word in vocab.MONTH_ABBREVIATIONS


def _name_after_role(tokens: list[_Token], role: list[_Token]) -> list[_Token]:
    """The name set off after a role that ends its clause or is set off again ("according to a
    safety inspector, Paulo Brandt." or "..., Paulo Brandt, ..."), or []."""
    if not _reads_as_role(role):
        return []
    comma = _first_from(tokens, role[-1].end)
    if comma >= len(tokens) or tokens[comma].text != ",":
        return []
    end = comma + 1
    while end < len(tokens) and tokens[end].is_word and tokens[end].text[0].isupper():
        end += 1
    named = tokens[comma + 1 : end]
    if not 1 <= len(named) <= 4 or (end < len(tokens) and tokens[end].text not in (",", ")", "—", "–")):
        return []
    if _party(named) != named:
        return []  # "according to the ministry, Monday"
    if len(named) >= 2 and _is_person(_text_of(named)):
        return named
    # "the company, Vesta Holdings": a body's name after a body's word
    return named if role[-1].lower in vocab.BODY_WORDS and not _is_person(_text_of(named)) else []


def _is_name_phrase(phrase: list[_Token]) -> bool:
    """A proper name, with its article if it has one: "the BEA", "the Care Quality Commission"."""
    words = phrase[1:] if phrase[0].lower == "the" else phrase
    capitalised = all(t.text[0].isupper() or t.lower in ("of", "and", "for", "&") for t in words)
    return bool(words) and capitalised and _party(phrase) == phrase


def _reads_as_role(phrase: list[_Token]) -> bool:
    """A role set off beside a name: "a nurse", "the mine's operator", "Europe's largest producer",
    "director of ...", "acting chief executive" (a role's word among its first words)."""
    return (
        phrase[0].lower in ("a", "an", "the")
        or (len(phrase) > 1 and phrase[0].lower.endswith(("'s", "’s")))
        or any(t.lower in vocab.PERSON_ROLES for t in phrase[:3])
    )


def _names_a_document(phrase: list[_Token]) -> bool:
    """Whether a phrase names a document, so that the party found in it is the document or its
    maker: "port authority data released on Friday", "Home Office data published on Monday",
    "analysis by the institute published on Thursday"."""
    return any(token.lower in vocab.DOCUMENT_NOUNS for token in phrase)


def _body_of_role(role: list[_Token]) -> list[_Token]:
    """The body a person's role names ("chief executive of the Refugee Council": the council), or []."""
    if not _reads_as_role(role):
        return []
    link = next((i for i in range(len(role) - 2, 0, -1) if role[i].lower in ("of", "at")), None)
    body = role[link + 1 :] if link is not None else []
    return body if body and _party(body) == body else []


def _named_before_role(tokens: list[_Token], comma: int, role: list[_Token]) -> list[_Token]:
    """The person a role set off by commas describes ("Ana Ruiz, director of the shelter, ..."),
    or [] when the role is no appositive of a person's name."""
    # "a nurse", "director of ...", and "senior fellow at ...", "acting chief executive": a role
    # word among its first words
    if not role or not _reads_as_role(role):
        return []
    if comma < 1 or tokens[comma].text != ",":
        return []
    named = _phrase_back(tokens, comma - 1)
    aged = _is_age(named) and comma - 1 - len(named) > 0 and tokens[comma - 1 - len(named)].text == ","
    if aged:
        named = _phrase_back(tokens, comma - 2 - len(named))  # "Paul Ferrer, 58, a welder, said"
    if not (named and named[0].text[0].isupper() and _party(named) == named):
        return []
    # "Nair, 34, a former nurse, told": an age says a person, a surname alone included; "Apple,
    # the world's most valuable company, said": a body described by a noun phrase
    if _is_person(_text_of(named)) or (aged and len(named) == 1):
        return named
    # (a long name only when it is all a name's words: "The Institute for Fiscal Studies, a think tank")
    proper = all(t.text[0].isupper() or t.lower in _NAME_JOINERS for t in named)
    # "Nordal, Europe's third-largest aluminium producer, said": an owner's noun phrase, as "the ..." is
    described = role[0].lower in ("a", "an", "the") or (len(role) > 1 and role[0].lower.endswith(("'s", "’s")))
    return named if described and (len(named) <= 4 or (proper and len(named) <= 8)) else []


def _in_relative_clause(tokens: list[_Token], index: int) -> bool:
    """Whether the word stands in a clause set off after the subject (", which campaigned for a
    decade,"): its verb is not the subject's."""
    for back in range(index - 1, max(-1, index - _SUBJECT_REACH), -1):
        if tokens[back].text == ",":
            return back + 1 < index and tokens[back + 1].lower in vocab.BACKGROUND_CLAUSE_OPENERS
    return False


def _after_noun_phrase(tokens: list[_Token], verb: int, party: list[_Token]) -> bool:
    """Whether a pronoun subject follows a noun phrase with no word between: "a target it says
    has been met", "the level they said was safe" hold a relative clause without its "that"."""
    if len(party) != 1 or party[0].lower not in vocab.PRONOUN_SOURCES:
        return False
    pronoun = next((i for i in range(verb - 1, -1, -1) if tokens[i].start == party[0].start), None)
    if pronoun is None or pronoun < 2 or not (tokens[pronoun - 1].is_word and tokens[pronoun - 1].text.islower()):
        return False
    return any(tokens[i].lower in _RELATIVE_HEAD_DETERMINERS for i in range(max(0, pronoun - 3), pronoun - 1))


def _reduced_relative_subject(tokens: list[_Token], verb: int, subject: list[_Token]) -> list[_Token]:
    """The bare plural that says a relative clause with no "that", the verb's own subject left out
    after it: "a move analysts said would cost $180m" (analysts; what went before is no one's
    word). [] when the subject is whole, or the verb has a subject of its own after it."""
    if not (
        len(subject) >= 3
        and subject[0].lower in _RELATIVE_HEAD_DETERMINERS
        and verb + 1 < len(tokens)
        and tokens[verb + 1].lower in _FINITE_AUXILIARIES
    ):
        return []
    noun = len(subject) - 1
    if subject[noun].text[:1].isupper():  # "a move analysts at Corbel Research said would": of a named body
        noun = next((i for i in range(noun - 1, 1, -1) if not subject[i].text[:1].isupper()), 0)
        if subject[noun].lower not in ("at", "from", "with"):
            return []
        noun -= 1
    last = subject[noun]
    if not (last.text.islower() and last.lower.endswith("s") and is_party(last.text)):
        return []
    first = noun
    while first > 2 and subject[first - 1].lower in _PARTY_MODIFIERS:
        first -= 1  # "a move most analysts said would": most analysts
    head = subject[first - 1]
    return subject[first:] if head.is_word and head.text.islower() and head.lower not in _PARTY_MODIFIERS else []


def _clause_follows(tokens: list[_Token], verb: int) -> bool:
    """Whether a clause with a verb of its own follows the verb ("estimates the change will cost
    £1bn", "estimated the strike cost £60m"), not an object ("estimated the cost at £5m" has its "at")."""
    after = tokens[verb + 1 : verb + 8]
    if after and (after[0].lower in _FINITE_AUXILIARIES or after[0].lower in vocab.IRREGULAR_PAST):
        # the verb of a relative clause whose subject went before: "which the group estimated cost £60m",
        # "a move analysts estimated would cost $180m"
        return any(token.lower in ("which", "that") for token in tokens[max(0, verb - 6) : verb]) or bool(
            _reduced_relative_subject(tokens, verb, _subject_before(tokens, verb))
        )
    opens = bool(after) and (after[0].lower in _CLAUSE_OPENERS or after[0].text[0].isdigit())  # "estimates 6.1 million ... are"
    # a past tense two words on at most, after the subject's noun: "the strike cost", "the closures cost"
    return opens and any(
        token.lower in _FINITE_AUXILIARIES
        or (index in (2, 3) and token.lower in vocab.IRREGULAR_PAST and after[index - 1].is_word)
        for index, token in enumerate(after[1:], start=1)
    )


# Prepositions of place, whose object is never the subject of the verb after it (not "below": "below
# the 95% level health experts say is needed" compares, and keeps its clause)
_OBJECT_PREPOSITIONS = frozenset(
    {"along", "across", "through", "throughout", "near", "around", "beyond", "toward", "towards", "into", "onto"}
    | {"behind", "beside", "inside", "outside", "via"}
)


def _person_found_for(tokens: list[_Token], verb: int) -> int | None:
    """Where "for" stands after a person a verb of finding names, perhaps after their role in small
    letters ("found tight end Marcus Bell for a 14-yard score"), or None."""
    for first in range(verb + 1, min(verb + 4, len(tokens) - 2)):
        if not tokens[first].text[0].isupper():
            if tokens[first].text.islower() and tokens[first].is_word:
                continue  # "tight end", "wide receiver"
            return None
        if tokens[first + 2].lower == "for" and _is_person(f"{tokens[first].text} {tokens[first + 1].text}"):
            return first + 2
        return None
    return None


def _links(token: _Token) -> bool:
    """Whether a word joins the noun phrase after it to the one before: "of", "at", "and", or a
    participle ("astronomers using the telescope")."""
    return token.lower in _LINKING_WORDS or (token.text.islower() and token.lower.endswith("ing"))


def _after_a_phrase(tokens: list[_Token], opener: int, subject: list[_Token]) -> bool:
    """Whether a subject that opens with an article follows another noun phrase with no verb or
    link between: a clause that describes it ("the $9.1 billion the World Bank says is needed"),
    or what a verb before it says ("told MPs the data showed")."""
    return subject[0].lower in ("the", "a", "an") and tokens[opener].is_word and not _links(tokens[opener])


def _joins_names(tokens: list[_Token], index: int, phrase: list[_Token]) -> bool:
    """ "and" between two names after a preposition joins them inside one party ("Police in England
    and Wales", "the Department of Energy and Climate Change"); between two people it ends the
    subject ("Ana Ruiz and Tom Hale said": Tom Hale)."""
    if not (tokens[index].lower == "and" and phrase and phrase[0].text[0].isupper()):
        return False
    if (
        index
        and tokens[index - 1].text[0].isupper()
        and all(t.text[0].isupper() for t in phrase)
        and (phrase[-1].lower in vocab.BODY_WORDS or phrase[-1].lower in vocab.COMPANY_NAME_ENDS)
    ):
        return True  # "Canada Mortgage and Housing Corp", "the Garment Manufacturers and Exporters Association": one body
    # back over the capitalised words before "and" to the preposition inside the name:
    # "the Centers for Disease Control and Prevention"
    before = index - 1
    while before >= 0 and index - before <= 4 and tokens[before].text[0].isupper():
        before -= 1
    return (
        before < index - 1
        and before >= 1
        and tokens[before].lower in ("in", "of", "for")
        and tokens[before - 1].text[0].isupper()
    )


def _counted(token: _Token) -> bool:
    """A number or a scale that counts the noun after it: "2.7 million reports", "two estimates";
    not a year ("Its 2025/26 budget forecast a deficit")."""
    return token.lower in vocab.SCALE_WORDS or (_counts(token) and not _YEAR_TOKEN.fullmatch(token.text))


def _heads_relative_clause(masked: str, mention: Mention, frame: _Frame) -> bool:
    """Whether the mention is in the noun phrase a relative clause of saying describes, the clause's
    own subject left out after its verb: "the $9.1 billion the World Bank says is needed", "the 95%
    level that health experts say is needed" (the party's figure), not "cut 300 jobs, it said"."""
    if "-" in mention.text or not (gap := _RELATIVE_HEAD_GAP.fullmatch(masked, mention.end, frame.start)):
        return False  # "a 6.3-inch screen that the company says is its thinnest": the thing's size, not the claim
    nouns = [word for word in gap.group().split() if word not in ("that", "which")]
    if nouns and not any(noun in _QUANTITY_NOUNS for noun in nouns):
        return False  # "a 5,200mAh battery that the company says will last two days": the battery's claim, not its size's
    if not _DETERMINER_END.search(masked, max(0, mention.start - 6), mention.start):
        return False
    verb = _LETTERS.match(masked, frame.verb_start)
    if verb is None or masked[verb.end() : verb.end() + 1] != " ":
        return False
    return _word_at(masked, verb.end() + 1) in _FINITE_AUXILIARIES  # "say is needed": the subject left out


def _word_at(masked: str, start: int) -> str:
    """The word that starts at `start`, in lower case."""
    word = _LETTERS.match(masked, start)
    return word.group().lower() if word else ""


def _names_a_rate(tokens: list[_Token], at: int) -> bool:
    """Whether the words at `at` are a lower-case noun in the singular with no determiner and no
    noun after it: "per worker to sign", "per head.", not "per official data"."""
    if at >= len(tokens):
        return False
    noun = tokens[at]
    if not (noun.is_word and noun.text.islower() and not noun.lower.endswith("s")) or noun.lower in vocab.DETERMINER_WORDS:
        return False
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    return after is None or not after.is_word or after.lower in _HEAD_ENDS_AFTER_A_RATE


def _describes_as(tokens: list[_Token], index: int) -> bool:
    """Whether "as" and what it calls something follow the verb of describing within four words:
    "described as a 1-in-100-year flood", "described the damage as 40% worse"; not "describe
    terror as the jet plunges", where "as" opens a clause."""
    return any(
        tokens[at].lower == "as" and (tokens[at + 1].lower in ("a", "an") or _counts(tokens[at + 1]))
        for at in range(index + 1, min(index + 5, len(tokens) - 1))
    )


# Not every qualifier's word (vocab.QUALIFIERS): "The maker claims up to 30 hours" is a claim, "claimed
# more than £30,000" money asked for
_AMOUNT_QUALIFYING_WORDS = frozenset(
    {"more", "less", "than", "over", "under", "about", "around", "nearly", "almost", "some", "at", "least", "most"}
)


def _amount_follows(tokens: list[_Token], verb: int) -> bool:
    """Whether a number follows the verb, after words that qualify it ("more than £30,000")."""
    for token in tokens[verb + 1 : verb + 4]:
        if token.text[0].isdigit():
            return True
        if token.lower not in _AMOUNT_QUALIFYING_WORDS:
            return False
    return False


def _counts(token: _Token) -> bool:
    """A number, in digits or words ("171", "20,000", "another", "two"): what a verb adds, not a clause."""
    return token.text[0].isdigit() or token.lower in _ADDED_AMOUNT_WORDS


def _is_persons_age(text: str, mention: Mention) -> bool:
    """A number set off by commas after a name ("Graham Pike, 58, of Stockport"), or an age
    written as one ("the 58-year-old"); not a group's bound ("people aged 65 and over")."""
    if mention.figure.kind is Kind.DURATION and mention.figure.unit == "year" and mention.text.endswith(("-old", " old")):
        return True
    if not (mention.text.isdigit() and len(mention.text) <= 3):
        return False
    if "aged" in text[max(0, mention.start - 40) : mention.start] and (
        _AGES_SET_OFF_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        # "two children aged 7 and 10": the ages of people named; not a group's bounds ("aged 18 to 24")
        or (_AGES_BEFORE.search(text, max(0, mention.start - 40), mention.start) and not _BOUND_AFTER.match(text, mention.end))
    ):
        return True  # "The three men, aged 19, 22 and 24, were arrested": who they are
    following = text[mention.end : mention.end + 1]
    if following == "," and _NAME_AND_COMMA_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return True
    # "..., said farmer Tom Hale, 54.", "..., said Okoro, 33.": a speaker's age ends the sentence
    return (
        following in (".", ";")
        and int(mention.text) <= 120
        and bool(_FULL_NAME_AND_COMMA_BEFORE.search(text, max(0, mention.start - 40), mention.start))
    )


def _ends_in_a_name(phrase: list[_Token]) -> bool:
    """Whether a phrase of a role ends in a person's name: "the novelist Tom Ellery"."""
    return len(phrase) >= 3 and phrase[0].text.islower() and bool(_PERSON_NAME.search(" ".join(t.text for t in phrase)))


def _is_age(phrase: list[_Token]) -> bool:
    """A number alone set off by commas after a name: an age ("Paul Ferrer, 58, said", "Joanna
    Mercer, now 62, says")."""
    if len(phrase) == 2 and phrase[0].lower == "now":
        phrase = phrase[1:]
    return len(phrase) == 1 and phrase[0].text.isdigit() and len(phrase[0].text) <= 3


def _maker_in_clause(segment: list[_Token]) -> list[_Token]:
    """The maker a relative clause names ("which was released by Zillow on Tuesday"), or []."""
    by = next((i for i, token in enumerate(segment) if token.lower == "by"), None)
    if by is None or by < 2 or segment[by - 1].lower not in _MAKING_VERBS:
        return []
    maker = _without_client(segment[by + 1 :])
    cut = _maker_end(maker)
    return maker[:cut] if maker[:cut] and _party(maker[:cut]) == maker[:cut] else []


def _maker_end(maker: list[_Token]) -> int:
    """Where a maker's name after "by" ends: at a phrase of time or place ("by the World Bank on
    Tuesday"), not at the institution of its people ("by researchers at Northport University")."""
    for index, token in enumerate(maker):
        if not index or token.lower not in _ADJUNCT_PREPOSITIONS:
            continue
        named = maker[index + 1 : index + 3]
        institution = named[1:] if named and named[0].lower == "the" else named
        if token.lower == "at" and institution and institution[0].text[0].isupper() and not _is_when(named[-1]):
            continue  # "researchers at Northport University", "economists at the Bank of Tasmaria"
        return index
    return len(maker)


def _described_before_clause(tokens: list[_Token], comma: int) -> list[_Token]:
    """The party a relative or participle clause set off by commas describes, the clause ending at
    `comma`: its words may hold "and" ("which has $9 billion in cash and investments", "carried out on
    Friday and Saturday"), which ends a subject."""
    opening = comma - 1
    while opening >= 0 and comma - opening <= _BACKGROUND_TOKENS and tokens[opening].text != ",":
        if not tokens[opening].is_word:
            return []
        opening -= 1
    if opening < 1 or tokens[opening].text != ",":
        return []
    first = tokens[opening + 1]
    described = _phrase_back(tokens, opening - 1)
    if first.lower in ("which", "who", "whose"):  # "The institute, whose researchers examined ..., estimated"
        return _past_age(tokens, opening - 1, described)
    if first.text.islower() and first.lower.endswith(("ed", "ing")) and first.lower not in vocab.PARTY_NOUNS:
        return _party(described) if described else []  # "The survey of 2,113 adults, carried out on Friday and Saturday, put"
    return []


def _past_age(tokens: list[_Token], end: int, described: list[_Token]) -> list[_Token]:
    """The party a clause set off after it describes, ending at `end`: past an age set off before
    the clause ("Mr Okafor, 61, who has farmed there since 1990, said": Mr Okafor); [] for none."""
    age_comma = end - len(described)
    if described and _is_age(described) and age_comma >= 1 and tokens[age_comma].text == ",":
        described = _phrase_back(tokens, age_comma - 1)
    return described if described and _party(described) == described else []


def _words_back(tokens: list[_Token], index: int, reach: int) -> list[_Token]:
    """The words that end at `index`, at most `reach` of them, back to the first that is none."""
    first = index
    while first > 0 and index - first + 1 < reach and tokens[first - 1].is_word:
        first -= 1
    return tokens[first : index + 1] if index >= 0 and tokens[index].is_word else []


def _opens_a_name(word: _Token, after: list[_Token], before: _Token | None) -> bool:
    """Whether a capitalised word after a word in small letters and before a capitalised one opens
    a name, as no article or word that ends subjects is written mid-sentence: "the sports paper A
    Bola", "the postal service An Post", "consumer group Which Way"."""
    return (
        before is not None
        and bool(after)
        and word.text[0].isupper()
        and after[0].text[0].isupper()
        and before.is_word
        and before.text.islower()
    )


def _short_form_opening(tokens: list[_Token], closing: int) -> int | None:
    """Where the bracket opens that closes at `closing` around a short form of the name before it
    ("the Australian Bureau of Statistics (ABS)"): a few words, none a figure; or None."""
    for index in range(closing - 1, max(0, closing - 5), -1):
        if tokens[index].text == "(":
            inside = tokens[index + 1 : closing]
            return index if inside and tokens[index - 1].is_word and not any(_counts(t) for t in inside) else None
        if not tokens[index].is_word:
            return None
    return None


def _phrase_back(tokens: list[_Token], index: int) -> list[_Token]:
    phrase: list[_Token] = []
    while index >= 0 and len(phrase) <= _SUBJECT_REACH:
        token = tokens[index]
        if token.text == "," and phrase and phrase[0].lower.endswith("-based") and index and tokens[index - 1].text[0].isupper():
            index -= 1  # "The San Jose, California-based company": a city, then its state
            continue
        if token.text == ")" and (opening := _short_form_opening(tokens, index)) is not None:
            index = opening - 1  # "the Australian Bureau of Statistics (ABS) released on Wednesday showed"
            continue
        if not token.is_word or (
            token.lower in vocab.SUBJECT_BOUNDARIES
            and not is_acronym(token.text)
            and not _joins_names(tokens, index, phrase)
            and not _opens_a_name(token, phrase, tokens[index - 1] if index else None)
        ):
            break  # "who" ends a subject; "the WHO" is one; "Police in England and Wales" is one
        if (
            token.text in _WEEKDAYS
            and phrase
            and phrase[0].text[0].isupper()
            and not (index and tokens[index - 1].lower == "the")
        ):
            break  # "On Sunday Reuters said": when, then the party; "the Sunday Times" is one name
        if (
            token.lower in vocab.SENTENCE_OPENERS
            and phrase
            and (index == 0 or not tokens[index - 1].is_word)
            and (phrase[0].text.islower() or phrase[0].lower in ("the", "a", "an"))
        ):
            break  # "Meanwhile the ministry said", "Now research shows": the opener is not the party's
        opened = bool(phrase) and phrase[0].lower in ("the", "a", "an") and not _opens_a_name(phrase[0], phrase[1:], token)
        if opened and not _links(token):
            if token.lower in _OBJECT_PREPOSITIONS:
                return []  # "reefs surveyed along the Coral Shelf this year showed": a place, the subject before it
            break  # "told MPs the data showed": an article opens the subject; "the head of the agency" links on
        phrase.insert(0, token)
        index -= 1
    if len(phrase) > _SUBJECT_REACH or (phrase and phrase[0].lower in vocab.BACKGROUND_CLAUSE_OPENERS):
        return [] if len(phrase) > _SUBJECT_REACH else phrase
    return phrase


def _subject_after(tokens: list[_Token], verb: int) -> list[_Token]:
    """ "..., said Scott Strenfel, PG&E's meteorologist.": the inverted attribution."""
    if verb == 0 or tokens[verb - 1].text not in (",", *_CLOSING_QUOTES) or tokens[verb].lower in ("told", "tells", "tell"):
        return []  # "..., Ana Ruiz, 52, told Reuters": the one told is no speaker
    phrase = _phrase_until_punctuation(tokens, verb + 1)
    if phrase and phrase[0].lower in ("she", "he", "they", "it", "we", "i"):
        return []  # "Her daughter, Ruth, said she died on Sunday": a clause said, not a speaker after the verb
    if any(t.lower in _FINITE_WORDS for t in phrase[1:]):
        return []  # "X, which ..., said the walkout would cost it": a clause said, its "it" no speaker
    after = verb + 1 + len(phrase)
    if after < len(tokens) and tokens[after].text in _OPENING_QUOTES and _closes_appositive_name(tokens, verb - 1):
        # "The officer, Daniel Reyes, said the audit “cherry-picks” a period": after a name set off
        # as its subject's, what is said runs on into the quotation
        return []
    if phrase and phrase[0].lower in _POSSESSIVES and after + 1 < len(tokens) and tokens[after].text == ",":
        named = _phrase_until_punctuation(tokens, after + 1)  # "said its director, Ana Ruiz": the person
        if named and all(t.text[0].isupper() for t in named) and _is_person(_text_of(named)):
            return named
    if phrase and (phrase[0].lower in ("the", "a", "an", *_POSSESSIVES) or any(t.text[0].isupper() for t in phrase)):
        return _without_manner(phrase)
    return []


def _without_manner(phrase: list[_Token]) -> list[_Token]:
    """A speaker after "said" without how or when they said it: "Ana Ruiz in a statement", "the
    mayor on Monday" (not "an analyst at Capital Economics": where one works is who one is)."""
    for index in range(1, len(phrase) - 1):
        following = phrase[index + 1]
        if phrase[index].lower in ("in", "on", "during") and (
            following.lower in ("a", "an", "his", "her", "its", "their") or following.text in _WEEKDAYS
        ):
            return phrase[:index]
    return phrase


def _phrase_until_punctuation(tokens: list[_Token], index: int, reach: int = _SUBJECT_REACH) -> list[_Token]:
    phrase: list[_Token] = []
    while index < len(tokens) and tokens[index].is_word and len(phrase) <= reach:
        phrase.append(tokens[index])
        index += 1
    return phrase


def _dateline_end(text: str, mentions: list[Mention]) -> int:
    """Where a wire report's dateline or a live report's time stamp that opens a paragraph ends, or 0."""
    if text[:2].isupper():
        return dateline.end() if (dateline := _DATELINE.match(text)) else 0
    first = mentions[0] if mentions else None
    if first is not None and first.start == 0 and first.figure.kind is Kind.TIME:
        return stamp.end() if (stamp := _AFTER_TIME_STAMP.match(text, first.end)) else 0
    return 0


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside double quotation marks; a quote left open runs to the paragraph's end."""
    spans: list[tuple[int, int]] = []
    if '"' not in text and "“" not in text and "”" not in text:
        return spans  # most paragraphs quote no one
    opened: int | None = None
    for match in _QUOTE_MARK.finditer(text):
        index, char = match.start(), match.group()
        if opened is None and (char == "“" or (char == '"' and (index == 0 or not text[index - 1].isalnum()))):
            opened = index + 1
        elif opened is not None and char in _CLOSING_QUOTES:
            spans.append((opened, index))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _mask(text: str, quotes: list[tuple[int, int]]) -> str:
    """The paragraph with quoted words blanked, so no frame is read inside a quotation."""
    if not quotes:
        return text
    pieces: list[str] = []
    cursor = 0
    for start, end in quotes:
        pieces.append(text[cursor:start])
        pieces.append(" " * (end - start))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _clauses(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    breaks = _clause_break() if "while" in masked or "whereas" in masked else _CLAUSE_BREAK_AT_A_MARK
    bounds = [start]
    for match in breaks.finditer(masked, start, end):
        bounds.append(match.start())
    bounds.append(end)
    return list(itertools.pairwise(bounds))

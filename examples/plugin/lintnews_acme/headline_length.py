"""ACH001: headlines longer than the house limit."""

from lintnews.model import Severity
from lintnews.rule import Rule


class LongHeadline(Rule):
    """What it flags: a top-level or second-level heading over 70 characters.

    Why: long headlines are cut off on the home page and in search results.

    Instead: keep the news and drop the detail; put the detail in the standfirst.
    """

    code = "ACH001"
    name = "long-headline"
    category = "style"
    severity = Severity.INFO
    summary = "Headline longer than 70 characters."
    doc = __doc__
    scope = frozenset({"heading"})
    examples = {
        "fail": ["# Ministers announce a sweeping review of the way that councils fund local bus services"],
        "pass": ["# Ministers order review of bus funding"],
    }
    limit = 70

    def check(self, doc):
        for region in doc.regions:
            if region.kind == "heading" and region.level <= 2 and len(region.text.strip()) > self.limit:
                yield self.report(
                    doc, region, 0, len(region.text),
                    f"Headline is {len(region.text.strip())} characters; the limit is {self.limit}",
                )

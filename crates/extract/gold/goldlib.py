"""What every make_gold*.py script shares: the builders of a labelled article (A), its incidents
(I) and their claims (C) in the gold format, and the writer of the JSONL file. Conventions:
crates/extract/gold/README.md."""
import json, sys

ARTICLES = []

def C(claimant=None, killed=None, q=None, injured=None, civ=None, women=None, children=None,
      comb=None, sec=None):
    if killed is not None and q is None:
        q = "exact"
    return {"claimant": claimant, "killed": killed, "killed_qualifier": q if killed is not None else None,
            "injured": injured, "civilians_killed": civ, "women_killed": women,
            "children_killed": children, "combatants_killed": comb, "security_forces_killed": sec}

def I(date, prec, country, a1, a2, et, perp, claims, loc=None):
    return {"date": date, "date_precision": prec, "country": country, "admin1": a1, "admin2": a2,
            "location": loc, "event_type": et, "perpetrator": perp, "claims": claims, "evidence": []}

def A(publisher, url, published, basis, text, incidents, note=""):
    ARTICLES.append({"publisher": publisher, "url": url, "published": published,
                     "published_basis": basis, "text": text.strip(), "incidents": incidents,
                     "note": note})

def write(head_of):
    """Writes the articles as JSONL to standard output; head_of(index) gives the keys that come
    before the article's own (id, split, ...), index counting from 1."""
    out = []
    for index, article in enumerate(ARTICLES, start=1):
        out.append(json.dumps({**head_of(index), **article}, ensure_ascii=False))
    sys.stdout.write("\n".join(out) + "\n")

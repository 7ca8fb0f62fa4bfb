"""Would a learned check of "is this figure sentence context?" help the rules? (docs/extract.md,
"A learned context check, tried in round 8").

For every sentence of the gold passages that has a casualty word and a number, the label is
whether one of its numbers is a figure of the passage's gold incidents (1) or not (0: context,
tallies, earlier events). A logistic regression on word unigrams and bigrams (numbers and years
masked) plus the sentence's paragraph and position is trained on all gold files but one and
tested on the one left out (development sets only), twice: on the sentences (ROC AUC), and end to end, by deleting the
sentences it calls context from that file's texts and scoring `crosscheck eval extract` on the
result beside the unmodified file.

Needs scikit-learn (`pip install scikit-learn`) and a release build
(`cargo build --release`); not part of the test suite. Run from the repository root:

    python3 scripts/extract/context_model_experiment.py
"""
import collections, json, re, subprocess, sys, tempfile
from pathlib import Path

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

BIN = "target/release/crosscheck"
GOLD = Path("crates/extract/gold")
FILES = sorted(GOLD.glob("gold*.jsonl"), key=lambda p: (len(p.name), p.name))
THRESHOLDS = (0.15, 0.25, 0.35)
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "dozen": 12})
CASUALTY = re.compile(r"\b(kill|dead|died|die|death|martyr|injur|wound|lives|life|bodies|toll|"
                      r"shot|gunned|succumb|perish|casualt|hurt|fatalit)", re.I)
ONE = re.compile(r"\b(a|an|another)\b", re.I)


def numbers(sentence):
    found = {int(x.replace(",", "")) for x in re.findall(r"\b\d[\d,]*\b", sentence)
             if len(x.replace(",", "")) < 5}
    lower = sentence.lower()
    found |= {v for w, v in NUMBER_WORDS.items() if re.search(r"\b" + w + r"\b", lower)}
    return found | ({1} if ONE.search(sentence) else set())


def gold_figures(article):
    keys = ("killed", "injured", "civilians_killed", "women_killed", "children_killed",
            "combatants_killed", "security_forces_killed")
    return {c[k] for i in article["incidents"] for c in i["claims"] for k in keys
            if c[k] is not None}


def sentences(text):
    for paragraph, block in enumerate(re.split(r"\n\s*\n", text)):
        for sentence in re.split(r"(?<=[.!?])\s+(?=[\"“A-Z0-9])", block.strip()):
            if sentence:
                yield paragraph, sentence


def features(sentence, paragraph, index, count):
    text = re.sub(r"\b(19|20)\d\d\b", " _year_ ", sentence.lower())
    text = re.sub(r"\b\d[\d,]*\b", " _num_ ", text)
    where = [f"_para{min(paragraph, 3)}_", f"_sent{min(index, 5)}_",
             "_last_" if index == count - 1 else "_notlast_"]
    return text + " " + " ".join(where)


def candidates(article):
    """(paragraph, sentence, features, label or None) for every sentence of the passage."""
    figures = gold_figures(article)
    listed = list(sentences(article["text"]))
    for index, (paragraph, sentence) in enumerate(listed):
        found = numbers(sentence) if CASUALTY.search(sentence) else set()
        label = (1 if found & figures else 0) if found else None
        yield paragraph, sentence, features(sentence, paragraph, index, len(listed)), label


def score(path, split):
    command = [BIN, "eval", "extract", str(path), "--json"] + (["--split", split] if split else [])
    report = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)["report"]
    claims = report["claims"]
    return (f"F1 {report['f1']:.3f}  killed {claims['killed']['correct']}/{claims['killed']['total']}"
            f"  injured {claims['injured']['correct']}/{claims['injured']['total']}")


def main():
    # Development sets only: a held-out set is read once, by `crosscheck eval extract`, at the
    # end of its round, and never by an experiment that could shape the rules.
    articles = {f: [json.loads(l) for l in f.open() if l.strip()] for f in FILES}
    articles = {f: a for f, a in articles.items() if all(x.get("split") == "dev" for x in a)}
    rows = [(f, feats, label) for f, list_ in articles.items() for a in list_
            for _, _, feats, label in candidates(a) if label is not None]
    print(f"{len(rows)} figure sentences, {sum(r[2] for r in rows)} of an incident")
    for test in FILES:
        train = [r for r in rows if r[0] != test]
        vectorizer = CountVectorizer(ngram_range=(1, 2), min_df=2, binary=True)
        model = LogisticRegression(C=0.5, max_iter=2000).fit(
            vectorizer.fit_transform([r[1] for r in train]), [r[2] for r in train])
        held = [r for r in rows if r[0] == test]
        p = model.predict_proba(vectorizer.transform([r[1] for r in held]))[:, 1]
        auc = roc_auc_score([r[2] for r in held], p)
        split = articles[test][0].get("split")
        print(f"\n{test.name}: sentence AUC {auc:.3f}; as it is: {score(test, split)}")
        for threshold in THRESHOLDS:
            kept_lines, dropped = [], 0
            for article in articles[test]:
                paragraphs = collections.defaultdict(list)
                for paragraph, sentence, feats, label in candidates(article):
                    if label is not None and model.predict_proba(vectorizer.transform([feats]))[0, 1] < threshold:
                        dropped += 1
                        continue
                    paragraphs[paragraph].append(sentence)
                text = "\n\n".join(" ".join(s) for _, s in sorted(paragraphs.items()))
                kept_lines.append(json.dumps({**article, "text": text}, ensure_ascii=False))
            with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
                out.write("\n".join(kept_lines) + "\n")
            print(f"  context below p {threshold}: {dropped} sentences dropped -> {score(out.name, split)}")


if __name__ == "__main__":
    sys.exit(main())

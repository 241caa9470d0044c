"""Regenerate the job nouns of ``rules/occupations.yaml`` from WordNet.

A job noun is a one-word WordNet noun of letters only (with its plural) of which

- some sense descends from one of the file's ``roots`` (``professional``,
  ``skilled_worker``, ...),
- every sense is a person (no tool, substance or idea: "agent", "principal",
  "producer" stay out), none an instance (a named person),
- no form is capitalized (a trademark or nationality) and no verb, adjective
  or adverb is spelled the same ("nurse", "intern", "cook" stay out: the
  hand-written heads of ``rules/roles.yaml`` decide those),

and that the file's ``exclude`` list does not name.

It also writes the words that make a title of a job noun after them (read as
``rules/roles.yaml`` modifiers):

- ``vehicle_nouns``: one-word nouns whose first (most frequent) sense is a
  conveyance (``train``, ``tram``, ``ambulance``: "train driver"), none an
  adjective too, none the file's ``exclude_vehicles`` lists; ``vehicle_verbs``
  are those that are verbs too ("we train drivers").

The tool rewrites only the file's generated blocks (from ``job_nouns`` on);
``roots``, ``exclude`` and ``exclude_vehicles`` are its input.

Needs the WordNet 3.0 database files (Debian's ``wordnet-base``:
``/usr/share/wordnet``), read directly, and ``inflect`` for the plurals.

Usage: python tools/occupations.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

import inflect
import yaml

RULES = Path(__file__).resolve().parent.parent / "rules" / "occupations.yaml"
BLOCK = "job_nouns:"


def read_nouns(folder: Path) -> tuple[dict[str, list[str]], dict[str, list[str]], set[str], dict[str, list[str]]]:
    """WordNet's noun synsets: hypernyms by offset, the offsets of each lemma, instance synsets and
    each synset's lemmas as written."""
    hypernyms: dict[str, list[str]] = {}
    written: dict[str, list[str]] = {}
    instances: set[str] = set()
    for line in (folder / "data.noun").open(encoding="latin-1"):
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split(" | ", 1)[0].split()
        offset, count = fields[0], int(fields[3], 16)
        written[offset] = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]) for i in range(count)]
        at = 4 + 2 * count
        pointers = [fields[at + 1 + 4 * k: at + 5 + 4 * k] for k in range(int(fields[at]))]
        hypernyms[offset] = [p[1] for p in pointers if p[0] in ("@", "@i") and p[2] == "n"]
        if any(p[0] == "@i" for p in pointers):
            instances.add(offset)
    senses: dict[str, list[str]] = {}
    for line in (folder / "index.noun").open(encoding="latin-1"):
        if line.startswith("  "):
            continue
        fields = line.split()
        synsets = int(fields[2])
        senses[fields[0]] = fields[-synsets:]
    return hypernyms, senses, instances, written


def other_pos(folder: Path) -> set[str]:
    """Lemmas that are also a verb, an adjective or an adverb."""
    out = set()
    for name in ("index.verb", "index.adj", "index.adv"):
        out.update(line.split()[0] for line in (folder / name).open(encoding="latin-1") if not line.startswith("  "))
    return out


def job_nouns(folder: Path, roots: list[str], exclude: set[str]) -> dict[str, str]:
    """Job noun -> its plural, by the rules of the module docstring."""
    hypernyms, senses, instances, written = read_nouns(folder)
    ancestors: dict[str, set[str]] = {}

    def above(offset: str) -> set[str]:
        if offset not in ancestors:
            ancestors[offset] = {offset}.union(*(above(h) for h in hypernyms[offset]))
        return ancestors[offset]

    def synset(name: str) -> str:  # "skilled_worker.n.01"
        lemma, _, number = name.split(".")
        return senses[lemma][int(number) - 1]

    root_ids, person = {synset(r) for r in roots}, synset("person.n.01")
    verbs_and_adjectives = other_pos(folder)
    capitalized = defaultdict(bool)
    for lemmas in written.values():
        for lemma in lemmas:
            capitalized[lemma.lower()] |= lemma != lemma.lower()
    plural = inflect.engine().plural_noun
    out = {}
    for lemma, offsets in senses.items():
        if not re.fullmatch(r"[a-z]+", lemma) or lemma in exclude or lemma in verbs_and_adjectives \
                or capitalized[lemma] or any(o in instances for o in offsets):
            continue
        if all(person in above(o) for o in offsets) and any(above(o) & root_ids for o in offsets):
            out[lemma] = lemma[:-3] + "men" if lemma.endswith("man") else plural(lemma)  # inflect: "cattlemans"
    return dict(sorted(out.items()))


def _ancestry(hypernyms: dict[str, list[str]]):
    ancestors: dict[str, set[str]] = {}

    def above(offset: str) -> set[str]:
        if offset not in ancestors:
            ancestors[offset] = {offset}.union(*(above(h) for h in hypernyms[offset]))
        return ancestors[offset]

    return above


def vehicle_nouns(folder: Path, exclude: set[str]) -> tuple[list[str], list[str]]:
    """One-word nouns whose first sense is a conveyance, none an adjective too; and those that are verbs too."""
    hypernyms, senses, _, _ = read_nouns(folder)
    above = _ancestry(hypernyms)
    conveyance = senses["conveyance"][2]  # conveyance.n.03, "something that serves as a means of transportation"
    adjectives = {line.split()[0] for line in (folder / "index.adj").open(encoding="latin-1") if not line.startswith("  ")}
    verbs = {line.split()[0] for line in (folder / "index.verb").open(encoding="latin-1") if not line.startswith("  ")}
    nouns = sorted(lemma for lemma, offsets in senses.items()
                   if re.fullmatch(r"[a-z]+", lemma) and lemma not in exclude and lemma not in adjectives
                   and conveyance in above(offsets[0]))
    return nouns, [n for n in nouns if n in verbs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = parser.parse_args()
    text = RULES.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    nouns = job_nouns(args.wordnet, data["roots"], set(data["exclude"]))
    vehicles, verbs = vehicle_nouns(args.wordnet, set(data["exclude_vehicles"]))
    head = text[: text.index(BLOCK)]
    body = "".join(f"  {noun}: {plural}\n" for noun, plural in nouns.items())
    body += "vehicle_nouns: [" + ", ".join(vehicles) + "]\n"
    body += "vehicle_verbs: [" + ", ".join(verbs) + "]\n"
    RULES.write_text(f"{head}{BLOCK}\n{body}", encoding="utf-8")
    print(f"{len(nouns)} job nouns, {len(vehicles)} vehicle nouns written to {RULES}")


if __name__ == "__main__":
    main()

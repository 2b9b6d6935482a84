"""A generator of synthetic news articles for benchmarks (names, roles, quotes of the
usual shapes), deterministic for a given seed."""

from __future__ import annotations

import random

FIRST = ["Ann", "Tom", "Maria", "David", "Sofia", "James", "Leila", "Peter", "Grace", "Omar"]
LAST = ["Reed", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Brennan", "Haddad", "Novak", "Silva", "Kerr"]
ROLES = ["a city councillor", "an economist at the state university", "the union's spokesperson",
         "a retired judge", "the company's chief executive", "a local resident"]
TOPICS = ["the budget", "the new tram line", "housing costs", "the river flood defences", "school funding",
          "the port strike", "energy prices", "the hospital expansion"]
WORDS = ("the council said the plan would cost more than expected and residents raised concerns "
         "about delays while officials promised a review of contracts and timelines next year").split()


def synthetic_article(rng: random.Random, i: int) -> str:
    people = [(rng.choice(FIRST) + " " + rng.choice(LAST), rng.choice(ROLES)) for _ in range(3)]
    topic = rng.choice(TOPICS)
    paras = []
    for k in range(rng.randint(8, 14)):
        filler = " ".join(rng.choice(WORDS) for _ in range(rng.randint(18, 40)))
        name, role = people[k % 3]
        kind = k % 4
        if kind == 0:
            paras.append(f"{filler.capitalize()} on {topic}.")
        elif kind == 1:
            paras.append(f'"{filler.capitalize()}," said {name}, {role}.')
        elif kind == 2:
            paras.append(f'{name.split()[1]} said the plan for {topic} was "{" ".join(filler.split()[:4])}" and {filler}.')
        else:
            paras.append(f'"{filler.capitalize()}," {"she" if name.split()[0] in {"Ann", "Maria", "Sofia", "Leila", "Grace"} else "he"} added.')
    return f"# Article {i} about {topic}\n\n" + "\n\n".join(paras) + "\n"

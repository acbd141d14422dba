#!/usr/bin/env python3
"""How clean the keyphrase lists are, on the dev slices and 300 CNN/DM training articles.

There is no gold keyphrase set, so this counts what a reader would call a flaw, and one
weak signal of relevance:
  - redundant pairs: one phrase's words all inside another's ("Stewart", "Alec Stewart");
  - description + name: a lower-case first word and a capitalised last one ("younger
    Jordan"), name particles ("al", "van") aside;
  - reference words: the share of keyphrase words that occur in the article's reference
    summary (folded as the extractor folds plurals).

usage: scripts/keyphrase_stats.py [CLI]   (default target/release/article-summary;
       needs ../shared/data/summ, or SUMM_DATA)
"""
import json
import lzma
import os
import re
import subprocess
import sys

cli = sys.argv[1] if len(sys.argv) > 1 else 'target/release/article-summary'
data = os.environ.get('SUMM_DATA', '../shared/data/summ')
docs = []
for name in ['dev-cnndm-frank', 'dev-cnndm-summeval', 'dev-bbc-news-summary']:
    with open(f'{data}/{name}.jsonl') as f:
        docs += [json.loads(line) for line in f]
with lzma.open(f'{data}/train-cnndm-val1k.jsonl.xz', 'rt') as f:
    for i, line in enumerate(f):
        if i == 300:
            break
        docs.append(json.loads(line))
batch = '\n'.join(json.dumps({'id': str(i), 'text': d['article']}) for i, d in enumerate(docs))
out = subprocess.run([cli, 'batch'], input=batch, capture_output=True, text=True, check=True)
results = [json.loads(line) for line in out.stdout.splitlines()]

PARTICLES = {'al', 'bin', 'da', 'das', 'de', 'del', 'della', 'den', 'der', 'di', 'dos', 'du',
             'el', 'ibn', 'la', 'le', 'ter', 'van', 'von'}


def fold(word):
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith('s') and not w.endswith(('ss', 'us', 'is')) else w


phrases = redundant = with_redundant = described = words = in_reference = 0
for doc, result in zip(docs, results):
    keys = result['keyphrases']
    folded = [[fold(w) for w in k.split()] for k in keys]
    pairs = sum(1 for a in folded for b in folded
                if len(a) < len(b) and all(w in b for w in a))
    redundant += pairs
    with_redundant += pairs > 0
    for k in keys:
        first, *rest = k.split()
        if rest and first[:1].islower() and first not in PARTICLES and rest[-1][:1].isupper():
            described += 1
    reference = {fold(w) for w in re.findall(r"[\w'-]+", doc['reference'])}
    for f in folded:
        words += len(f)
        in_reference += sum(w in reference for w in f)
    phrases += len(keys)
print(f'{len(docs)} articles, {phrases} keyphrases ({phrases / len(docs):.2f} per article)')
print(f'redundant pairs: {redundant} (in {with_redundant} articles)')
print(f'description + name: {described}')
print(f'keyphrase words in the reference summary: {100 * in_reference / max(words, 1):.1f}%')

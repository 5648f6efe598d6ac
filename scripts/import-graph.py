#!/usr/bin/env python3
"""Prints the import graph of Beacon's uk.beacon packages (both modules), as docs/architecture.md
shows it, and the number of package cycles (ImportGraphTest is what enforces none)."""
import os, re, sys
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
deps = {}
for module in ('pipeline', 'reports'):
    src = os.path.join(root, module, 'src', 'main', 'java')
    for d, _, files in os.walk(src):
        for f in files:
            if not f.endswith('.java'):
                continue
            text = open(os.path.join(d, f), encoding='utf-8').read()
            # comments name classes too ({@code uk.beacon...}): only code counts
            text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
            text = re.sub(r'//[^\n]*', '', text)
            pkg = re.search(r'^package uk\.beacon\.?([\w.]*);', text, re.M).group(1) or '(root)'
            out = deps.setdefault(pkg, set())
            # imports and fully qualified uses alike
            for m in re.finditer(r'\buk\.beacon\.((?:[a-z]\w*\.)*[a-z]\w*)\.[A-Z]', text):
                if m.group(1) != pkg:
                    out.add(m.group(1))
for p in deps:
    deps[p] = {q for q in deps[p] if q in deps}
for p in sorted(deps):
    print(f"{p:<22} -> {', '.join(sorted(deps[p]))}")
# Tarjan's strongly connected components
index, low, stack, on, comps, i = {}, {}, [], set(), [], [0]
sys.setrecursionlimit(10000)
def strong(v):
    index[v] = low[v] = i[0]; i[0] += 1; stack.append(v); on.add(v)
    for w in deps[v]:
        if w not in index:
            strong(w); low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop(); on.discard(w); comp.append(w)
            if w == v:
                break
        comps.append(comp)
for v in deps:
    if v not in index:
        strong(v)
cycles = [sorted(c) for c in comps if len(c) > 1]
print(f"packages: {len(deps)}; cycles: {len(cycles)}")
for c in cycles:
    print("  cycle group:", c)

#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Linear probes on the pixels of the built-in shapes: how much of each label the time-averaged
frame difference x_t - x_0 carries, i.e. the signal DBSE's subtraction leaves to the dynamic
path (README, Benchmarks: the background leak into d).

    dbse data export --split all --out shapes.npy     # 3,600 sequences and their labels
    python3 docs/benchmarks/pixel_difference_probe.py shapes.npy

Needs numpy. Frames are pooled to 16x16; the probe is ridge regression on standardised
features (one-vs-all), with a seeded 80/20 split. The second block uses what the latent test
sees: 600 sequences (the size of the built-in test split) and 32 principal components (the size
of d in the `quick` preset).
"""
import sys

import numpy as np

LABELS = [('static', 'shape'), ('static', 'colour'), ('static', 'background'), ('dynamic', 'motion')]


def probe(features, labels, train, test):
    mean, std = features[train].mean(0), features[train].std(0) + 1e-6
    f = np.concatenate([(features - mean) / std, np.ones((len(features), 1), np.float32)], 1)
    targets = np.eye(labels.max() + 1)[labels]
    a = f[train]
    weights = np.linalg.solve(a.T @ a + 10.0 * np.eye(a.shape[1]), a.T @ targets[train])
    return round(float(((f[test] @ weights).argmax(1) == labels[test]).mean()), 3)


def main(path):
    stem = path[:-len('.npy')]
    frames = np.load(path, mmap_mode='r')  # uint8 [N, T, 3, H, W]
    labels = {name: np.load(f'{stem}.{kind}.{name}.npy').astype(int).ravel() for kind, name in LABELS}
    n, t, c, h, w = frames.shape
    pooled = (np.asarray(frames, dtype=np.float32) / 255.0).reshape(n, t, c, 16, h // 16, 16, w // 16).mean(axis=(4, 6))
    features = {
        'mean_t x_t': pooled.mean(1).reshape(n, -1),
        'mean_t (x_t - x_0)': (pooled - pooled[:, :1]).mean(1).reshape(n, -1),
    }
    rng = np.random.default_rng(1)
    order = rng.permutation(n)
    train, test = order[: int(0.8 * n)], order[int(0.8 * n):]
    print(f'{n} sequences, 16x16 pixels, chance: shape 0.167, colour 0.167, background 0.25, motion 0.125')
    for name, f in features.items():
        print(f'  {name}:', {label: probe(f, y, train, test) for label, y in labels.items()})
    subset = rng.permutation(n)[:600]
    order = rng.permutation(600)
    train, test = order[:480], order[480:]
    print('600 sequences, 32 principal components (as the latent test of `quick`):')
    for name, f in features.items():
        g = f[subset] - f[subset][train].mean(0)
        _, _, vt = np.linalg.svd(g[train], full_matrices=False)
        g32 = g @ vt[:32].T
        print(f'  {name}:', {label: probe(g32, y[subset], train, test) for label, y in labels.items()})


if __name__ == '__main__':
    if len(sys.argv) != 2 or not sys.argv[1].endswith('.npy'):
        sys.exit('usage: pixel_difference_probe.py SHAPES.npy (written by dbse data export)')
    main(sys.argv[1])

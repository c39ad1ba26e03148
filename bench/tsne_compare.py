#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark (not a test): `dbse tsne` against scikit-learn's Barnes-Hut t-SNE.

Generates N points of D dimensions from 20 seeded Gaussian clusters, embeds them with
scikit-learn's TSNE(n_components=2, perplexity=30, init='pca', method='barnes_hut', n_jobs=2)
and with `dbse tsne` on the same .npy file, and prints one table: wall seconds, the KL each
tool reports, the exact KL of both embeddings against the same sparse P (scikit-learn's,
3*perplexity neighbours), 10-NN recall and trustworthiness (k=10).

    /usr/bin/python3 bench/tsne_compare.py --dbse build/headless/app/cli/dbse

Needs numpy and scikit-learn (Debian: python3-sklearn). Use Debian's python3, not a venv.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.datasets import make_blobs
from sklearn.manifold import TSNE, trustworthiness
from sklearn.manifold._t_sne import _joint_probabilities_nn
from sklearn.neighbors import NearestNeighbors


def make_points(n, d, seed):
    x, labels = make_blobs(n_samples=n, n_features=d, centers=20, cluster_std=1.0,
                           random_state=seed)
    return x.astype(np.float32), labels


def sparse_p(x, perplexity):
    k = min(len(x) - 1, int(3.0 * perplexity + 1))
    nn = NearestNeighbors(n_neighbors=k, metric="euclidean").fit(x)
    dist = nn.kneighbors_graph(mode="distance")
    dist.data **= 2
    return _joint_probabilities_nn(dist, perplexity, verbose=0)


def exact_kl(p, y):
    """KL(P || Q) with Q the exact Student-t affinities of y; p is a symmetric sparse P."""
    y = y.astype(np.float64)
    sq = np.sum(y * y, axis=1)
    num = 1.0 / (1.0 + np.maximum(sq[:, None] + sq[None, :] - 2.0 * y @ y.T, 0.0))
    np.fill_diagonal(num, 0.0)
    z = num.sum()
    p = csr_matrix(p)
    rows = np.repeat(np.arange(p.shape[0]), np.diff(p.indptr))
    q = num[rows, p.indices] / z
    pv = p.data / p.data.sum()
    return float(np.sum(pv * np.log(np.maximum(pv, 1e-12) / np.maximum(q, 1e-12))))


def knn_recall(x, y, k=10):
    ix = NearestNeighbors(n_neighbors=k).fit(x).kneighbors(return_distance=False)
    iy = NearestNeighbors(n_neighbors=k).fit(y).kneighbors(return_distance=False)
    hits = sum(len(set(a) & set(b)) for a, b in zip(ix, iy))
    return hits / (k * len(x))


def run_sklearn(x, args):
    tsne = TSNE(n_components=2, perplexity=args.perplexity, init="pca", method="barnes_hut",
                n_jobs=args.threads, random_state=args.seed)
    start = time.perf_counter()
    y = tsne.fit_transform(x)
    return y, time.perf_counter() - start, float(tsne.kl_divergence_)


def run_dbse(npy, args, workdir):
    out = os.path.join(workdir, "dbse_y.npy")
    cmd = [args.dbse, "tsne", "--input", npy, "--out", out, "--perplexity", str(args.perplexity),
           "--seed", str(args.seed), "--threads", str(args.threads), "--method", args.method, "--json"]
    start = time.perf_counter()
    text = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - start
    report = json.loads(text.strip().splitlines()[-1])
    return np.load(out), wall, report


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dbse", default="build/headless/app/cli/dbse")
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--dims", type=int, default=64)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--perplexity", type=float, default=30.0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--method", default="auto", help="dbse tsne --method")
    parser.add_argument("--repeats", type=int, default=1, help="runs of each tool (median time)")
    parser.add_argument("--skip-sklearn", action="store_true")
    args = parser.parse_args()

    x, _ = make_points(args.n, args.dims, args.seed)
    p = sparse_p(x, args.perplexity)
    rows = []
    with tempfile.TemporaryDirectory() as workdir:
        npy = os.path.join(workdir, "x.npy")
        np.save(npy, x)
        tools = [] if args.skip_sklearn else ["scikit-learn"]
        tools.append("dbse")
        for tool in tools:
            times, reported = [], []
            for _ in range(args.repeats):
                if tool == "dbse":
                    y, wall, report = run_dbse(npy, args, workdir)
                    reported.append(report["kl"])
                    inner = report["seconds"]
                else:
                    y, wall, kl = run_sklearn(x, args)
                    reported.append(kl)
                    inner = wall
                times.append((wall, inner))
            walls = sorted(t[0] for t in times)
            rows.append({"tool": tool, "wall_s": walls[len(walls) // 2],
                         "inner_s": sorted(t[1] for t in times)[len(times) // 2],
                         "kl_reported": reported[-1], "kl_exact": exact_kl(p, y),
                         "knn_recall10": knn_recall(x, y),
                         "trustworthiness10": trustworthiness(x, y, n_neighbors=10)})
    print(f"N={args.n} D={args.dims} perplexity={args.perplexity} threads={args.threads} "
          f"load={os.getloadavg()[0]:.2f}")
    print("| tool | wall s | KL (reported) | KL (exact, same sparse P) | 10-NN recall | trustworthiness |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['tool']} | {r['wall_s']:.2f} | {r['kl_reported']:.4f} | {r['kl_exact']:.4f} | "
              f"{r['knn_recall10']:.4f} | {r['trustworthiness10']:.4f} |")
    if len(rows) == 2:
        print(f"speed-up: {rows[0]['wall_s'] / rows[1]['wall_s']:.1f}x, exact KL ratio dbse/sklearn: "
              f"{rows[1]['kl_exact'] / rows[0]['kl_exact']:.3f}")
    json.dump(rows, sys.stderr)
    sys.stderr.write("\n")


if __name__ == "__main__":
    main()

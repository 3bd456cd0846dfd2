// SPDX-License-Identifier: GPL-3.0-or-later
// matmul N: C = A·B for dense N×N double matrices A[i][j] = (7i + 3j) mod 17 - 8 and
// B[i][j] = (5i + 11j + 1) mod 13 - 6 (i-k-j loop order, no blocking). Then it checks C in O(N²)
// without trusting it: sum(C) must equal Σ_k colsum_A[k]·rowsum_B[k], trace(C) Σ_i Σ_k A[i][k]·B[k][i],
// and C·x must equal A·(B·x) for x_j = 1 + j mod 5 (Freivalds). A mismatch beyond a relative 1e-9 is
// reported on stderr with exit code 1. The entries are small integers, so every value is exact in
// double whatever the summation order. Prints "matmul N: sum=S trace=T", which Runbench recomputes.
#include <stdio.h>
#include <stdlib.h>

static int close_enough(double got, double want)
{
    const double diff = got > want ? got - want : want - got;
    const double mag = want < 0 ? -want : want;
    return diff <= 1e-9 * (mag > 1.0 ? mag : 1.0);
}

static int wrong(const char* what, long at, double got, double want)
{
    fprintf(stderr, "matmul: wrong result: %s %ld is %.17g, expected %.17g\n", what, at, got, want);
    return 1;
}

// The O(N²) checks described above (bx: scratch for N values); 0 when C is right.
static int verify(long n, const double* a, const double* b, const double* c, double* bx, double sum_trace[2])
{
    double sum = 0, trace = 0, want_sum = 0, want_trace = 0;
    for (long k = 0; k < n; ++k) {
        double col_a = 0, row_b = 0;
        bx[k] = 0;
        for (long i = 0; i < n; ++i) {
            col_a += a[i * n + k], row_b += b[k * n + i], bx[k] += b[k * n + i] * (double)(1 + i % 5);
            want_trace += a[k * n + i] * b[i * n + k], sum += c[k * n + i];
        }
        want_sum += col_a * row_b, trace += c[k * n + k];
    }
    if (!close_enough(sum, want_sum)) {
        return wrong("sum", n, sum, want_sum);
    }
    if (!close_enough(trace, want_trace)) {
        return wrong("trace", n, trace, want_trace);
    }
    for (long i = 0; i < n; ++i) {
        double cx = 0, abx = 0;
        for (long k = 0; k < n; ++k) {
            cx += c[i * n + k] * (double)(1 + k % 5), abx += a[i * n + k] * bx[k];
        }
        if (!close_enough(cx, abx)) {
            return wrong("row", i, cx, abx);
        }
    }
    sum_trace[0] = sum, sum_trace[1] = trace;
    return 0;
}

int main(int argc, char** argv)
{
    if (argc != 2) {
        fputs("usage: matmul N (1 <= N <= 4096)\n", stderr);
        return 2;
    }
    char* end = NULL;
    const long n = strtol(argv[1], &end, 10);
    if (*argv[1] == '\0' || *end != '\0' || n < 1 || n > 4096) {
        fprintf(stderr, "matmul: N must be an integer from 1 to 4096, got '%s'\n", argv[1]);
        return 2;
    }
    double* a = malloc(sizeof(double) * (size_t)(n * n));
    double* b = malloc(sizeof(double) * (size_t)(n * n));
    double* c = calloc((size_t)(n * n), sizeof(double));
    double* bx = malloc(sizeof(double) * (size_t)n);
    if (!a || !b || !c || !bx) {
        fprintf(stderr, "matmul: cannot allocate three %ldx%ld matrices\n", n, n);
        return 1;
    }
    for (long i = 0; i < n; ++i) {
        for (long j = 0; j < n; ++j) {
            a[i * n + j] = (double)((7 * i + 3 * j) % 17) - 8.0;
            b[i * n + j] = (double)((5 * i + 11 * j + 1) % 13) - 6.0;
        }
    }
    for (long i = 0; i < n; ++i) {
        for (long k = 0; k < n; ++k) {
            const double aik = a[i * n + k];
            for (long j = 0; j < n; ++j) {
                c[i * n + j] += aik * b[k * n + j];
            }
        }
    }
    double sum_trace[2];
    if (verify(n, a, b, c, bx, sum_trace) != 0) {
        return 1;
    }
    printf("matmul %ld: sum=%.17g trace=%.17g\n", n, sum_trace[0], sum_trace[1]);
    free(a), free(b), free(c), free(bx);
    return 0;
}

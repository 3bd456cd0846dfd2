// SPDX-License-Identifier: GPL-3.0-or-later
// fib N: computes the N-th Fibonacci number (fib(0) = 0, fib(1) = 1) by naive double recursion
// and prints it. The exponential recursion is the point: a CPU benchmark of calls and integer adds
// (fib(30) makes 2.7 million calls). Runbench checks the value against its own iterative fib(N).
// N is at most 93, the largest whose value fits in 64 bits.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t fib(int n)
{
    return n < 2 ? (uint64_t)n : fib(n - 1) + fib(n - 2);
}

int main(int argc, char** argv)
{
    if (argc != 2) {
        fputs("usage: fib N (0 <= N <= 93)\n", stderr);
        return 2;
    }
    char* end = NULL;
    long n = strtol(argv[1], &end, 10);
    if (*argv[1] == '\0' || *end != '\0' || n < 0 || n > 93) {
        fprintf(stderr, "fib: N must be an integer from 0 to 93, got '%s'\n", argv[1]);
        return 2;
    }
    printf("%llu\n", (unsigned long long)fib((int)n));
    return 0;
}

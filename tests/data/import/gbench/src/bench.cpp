// SPDX-License-Identifier: GPL-3.0-or-later
// Tiny Google Benchmark program that produced the JSON files next to this folder (see ../README.md).
#include <benchmark/benchmark.h>
#include <numeric>
#include <vector>

static void BM_Sum(benchmark::State& state)
{
    std::vector<int> v(static_cast<size_t>(state.range(0)), 1);
    for (auto _ : state) {
        benchmark::DoNotOptimize(std::accumulate(v.begin(), v.end(), 0));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Sum)->Arg(64)->Arg(4096);

// A rate counter over a manual time of 0 s: the library divides by zero and writes a non-finite value
// (what a real benchmark does when its timed section is empty).
static void BM_ZeroTime(benchmark::State& state)
{
    for (auto _ : state) {
        state.SetIterationTime(0.0);
    }
    state.counters["ops_rate"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["nan_rate"] = benchmark::Counter(0.0, benchmark::Counter::kIsRate);
    state.counters["neg_rate"] = benchmark::Counter(-1.0, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ZeroTime)->UseManualTime()->Iterations(1000);

// A benchmark that reports an error, as one whose setup fails does.
static void BM_Fails(benchmark::State& state)
{
    state.SkipWithError("input file missing");
    for (auto _ : state) { }
}
BENCHMARK(BM_Fails);

BENCHMARK_MAIN();

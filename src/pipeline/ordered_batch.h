// Runs a function over a batch of items on several threads and hands the
// results back in input order, so `--threads N` output matches `--threads 1`.
#pragma once

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace sitrep {

// results[i] = fn(items[i]) for every i, using up to `threads` threads.
template <class In, class Out, class Fn>
void map_in_order(const std::vector<In>& items, std::vector<Out>& results, unsigned threads,
                  Fn&& fn) {
  results.clear();
  results.resize(items.size());
  const unsigned n = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(items.size())));
  if (n <= 1) {
    for (size_t i = 0; i < items.size(); ++i) results[i] = fn(items[i]);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < items.size(); i = next++) results[i] = fn(items[i]);
  };
  std::vector<std::thread> pool;
  pool.reserve(n - 1);
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& th : pool) th.join();
}

}  // namespace sitrep

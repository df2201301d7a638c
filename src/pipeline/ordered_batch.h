// Runs a function over batches of items on long-lived worker threads and
// hands the results back in input order, so `--threads N` output matches
// `--threads 1`.
//
// The threads live as long as the pool, not one batch: each keeps
// per-thread state warm across batches (the gazetteer's recent answers, the
// JSON parser's buffers, the allocator's heap). Threads started afresh for
// every batch paid for all of that again and used a third more CPU.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace sitrep {

template <class In, class Out>
class OrderedWorkers {
 public:
  // With threads <= 1 there are no threads: start() does the work itself.
  OrderedWorkers(unsigned threads, std::function<Out(const In&)> fn) : fn_(std::move(fn)) {
    if (threads <= 1) return;
    pool_.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) pool_.emplace_back([this] { serve(); });
  }
  OrderedWorkers(const OrderedWorkers&) = delete;
  OrderedWorkers& operator=(const OrderedWorkers&) = delete;

  ~OrderedWorkers() {
    wait();
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (auto& t : pool_) t.join();
  }

  // Starts results[i] = fn(items[i]) for every i; both vectors must stay
  // untouched until wait() returns. The previous batch must be waited for.
  void start(const std::vector<In>& items, std::vector<Out>& results) {
    results.clear();
    results.resize(items.size());
    if (pool_.empty()) {
      for (size_t i = 0; i < items.size(); ++i) results[i] = fn_(items[i]);
      return;
    }
    {
      std::lock_guard lock(mutex_);
      items_ = &items;
      results_ = &results;
      next_ = 0;
      working_ = static_cast<unsigned>(pool_.size());
      ++batch_;
    }
    work_ready_.notify_all();
  }

  // Blocks until the batch last started is done (at once when none runs).
  void wait() {
    std::unique_lock lock(mutex_);
    batch_done_.wait(lock, [this] { return working_ == 0; });
  }

 private:
  void serve() {
    size_t seen = 0;
    for (;;) {
      const std::vector<In>* items = nullptr;
      std::vector<Out>* results = nullptr;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [&] { return stopping_ || batch_ != seen; });
        if (stopping_) return;
        seen = batch_;
        items = items_;
        results = results_;
      }
      for (size_t i = next_++; i < items->size(); i = next_++) (*results)[i] = fn_((*items)[i]);
      std::lock_guard lock(mutex_);
      if (--working_ == 0) batch_done_.notify_all();
    }
  }

  std::function<Out(const In&)> fn_;
  std::vector<std::thread> pool_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable batch_done_;
  const std::vector<In>* items_ = nullptr;  // the batch in progress
  std::vector<Out>* results_ = nullptr;
  std::atomic<size_t> next_{0};  // the next item to take
  size_t batch_ = 0;             // batches started so far
  unsigned working_ = 0;         // threads not yet done with the batch
  bool stopping_ = false;
};

}  // namespace sitrep

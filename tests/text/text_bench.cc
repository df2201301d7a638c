// Throughput of the text stage over real articles.
//   text_bench [articles.jsonl] [repeat]
// Defaults: $SITREP_SHARED_DIR/eval/dev/articles.jsonl (or ../shared/...),
// repeated until about 64 MB have been processed. Prints MB/s per call.
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "text/dates.h"
#include "text/normalize.h"
#include "text/numbers.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace {

struct Article {
  std::string text;
  std::optional<sitrep::CivilDate> published;
  std::vector<sitrep::Span> sentences;
};

double run(const char* name, size_t bytes, int repeat, const std::function<size_t()>& body) {
  size_t sink = 0;
  const auto t0 = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) sink += body();
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double mbps = static_cast<double>(bytes) * repeat / (1 << 20) / secs;
  std::printf("%-24s %8.1f MB/s   (%zu results)\n", name, mbps, sink / static_cast<size_t>(repeat));
  return mbps;
}

}  // namespace

int main(int argc, char** argv) {
  std::string path;
  if (argc > 1) {
    path = argv[1];
  } else {
    const char* shared = std::getenv("SITREP_SHARED_DIR");
    path = std::string(shared && *shared ? shared : "../shared") + "/eval/dev/articles.jsonl";
  }
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "text_bench: cannot read %s\n", path.c_str());
    return 1;
  }
  std::vector<Article> articles;
  size_t bytes = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    Article a;
    a.text = j["text"].get<std::string>();
    if (j.contains("published") && j["published"].is_string()) {
      a.published = sitrep::CivilDate::parse_iso(j["published"].get<std::string>());
    }
    a.sentences = sitrep::split_sentences(a.text);
    bytes += a.text.size();
    articles.push_back(std::move(a));
  }
  if (bytes == 0) {
    std::fprintf(stderr, "text_bench: no articles in %s\n", path.c_str());
    return 1;
  }
  const int repeat = argc > 2 ? std::atoi(argv[2]) : static_cast<int>((64u << 20) / bytes + 1);
  std::printf("%zu articles, %zu bytes, %d repeats\n", articles.size(), bytes, repeat);

  run("normalize_for_matching", bytes, repeat, [&] {
    size_t n = 0;
    for (const Article& a : articles) n += sitrep::normalize_for_matching(a.text).text.size();
    return n;
  });
  run("split_sentences", bytes, repeat, [&] {
    size_t n = 0;
    for (const Article& a : articles) n += sitrep::split_sentences(a.text).size();
    return n;
  });
  std::vector<sitrep::Token> tokens;
  run("tokenize (per sentence)", bytes, repeat, [&] {
    size_t n = 0;
    for (const Article& a : articles) {
      for (sitrep::Span s : a.sentences) {
        tokens.clear();
        sitrep::tokenize_into(a.text, s, tokens);
        n += tokens.size();
      }
    }
    return n;
  });
  run("find_quantities", bytes, repeat, [&] {
    size_t n = 0;
    for (const Article& a : articles) {
      for (sitrep::Span s : a.sentences) n += sitrep::find_quantities(a.text, s).size();
    }
    return n;
  });
  run("find_dates", bytes, repeat, [&] {
    size_t n = 0;
    for (const Article& a : articles) {
      for (sitrep::Span s : a.sentences) n += sitrep::find_dates(a.text, s, a.published).size();
    }
    return n;
  });
  run("find_dateline", bytes, repeat, [&] {
    size_t n = 0;
    for (const Article& a : articles) n += sitrep::find_dateline(a.text).has_value();
    return n;
  });
  std::string key;
  run("fold_key (per token)", bytes, repeat, [&] {
    size_t n = 0;
    for (const Article& a : articles) {
      tokens.clear();
      sitrep::tokenize_into(a.text, sitrep::Span{0, static_cast<uint32_t>(a.text.size())}, tokens);
      for (const sitrep::Token& t : tokens) {
        sitrep::fold_key_into(t.span.of(a.text), key);
        n += key.size();
      }
    }
    return n;
  });
  return 0;
}

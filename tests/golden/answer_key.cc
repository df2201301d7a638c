#include "golden/answer_key.h"

namespace sitrep::testing {

Result<std::vector<nlohmann::json>> parse_answer_key(std::string_view readme) {
  const size_t heading = readme.find("\n## Answer key");
  if (heading == std::string_view::npos) return Error{"no '## Answer key' heading"};
  const size_t fence = readme.find("\n```jsonl\n", heading);
  if (fence == std::string_view::npos) return Error{"no ```jsonl block after '## Answer key'"};
  size_t pos = fence + 10;
  std::vector<nlohmann::json> out;
  while (pos < readme.size()) {
    size_t nl = readme.find('\n', pos);
    if (nl == std::string_view::npos) nl = readme.size();
    const std::string_view line = readme.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.starts_with("```")) return out;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) {
      return Error{"answer key line " + std::to_string(out.size() + 1) + ": not a JSON object"};
    }
    if (!j.contains("doc_id") || !j["doc_id"].is_string()) {
      return Error{"answer key line " + std::to_string(out.size() + 1) + ": no doc_id"};
    }
    out.push_back(std::move(j));
  }
  return Error{"the ```jsonl block of the answer key is not closed"};
}

}  // namespace sitrep::testing

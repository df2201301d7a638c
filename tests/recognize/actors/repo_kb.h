// The repo's actor data (data/actors), loaded once per test binary. The
// folder comes from SITREP_DATA, else the path the build recorded.
#pragma once

#include <gtest/gtest.h>

#include "core/paths.h"
#include "recognize/actors/actor_matcher.h"
#include "recognize/actors/knowledge_base.h"
#include "testing/shared.h"

namespace sitrep::actors {

inline std::string actors_data_dir() { return default_data_dir() + "/actors"; }

// nullptr (and a test failure) when the data does not load.
inline const ActorKnowledgeBase* repo_kb() {
  static const auto* loaded =
      new Result<ActorKnowledgeBase>(ActorKnowledgeBase::load({actors_data_dir()}));
  if (!loaded->ok()) {
    ADD_FAILURE() << loaded->error().message;
    return nullptr;
  }
  return &loaded->value();
}

inline const ActorMatcher* repo_matcher() {
  const ActorKnowledgeBase* kb = repo_kb();
  if (kb == nullptr) return nullptr;
  static const auto* matcher = new ActorMatcher(*kb);
  return matcher;
}

}  // namespace sitrep::actors

// How long a stage may keep its per-thread working storage. Stages that
// keep their vectors from one document to the next (with the room the
// largest one needed) save every document's allocations and find that
// memory in the cache; but the room grows with the text, a few bytes to
// a few tens per byte, and one bad input of 50 MB would leave a streaming
// worker holding hundreds of MB for good. After a text over this size a
// stage gives its room back: news articles run to some hundred KB, so they
// all still reuse it, and growing it again costs a few allocations, nothing
// next to the work on a MiB of text.
#pragma once

#include <cstddef>

namespace sitrep {

inline constexpr size_t kKeepScratchRoomUpToTextBytes = size_t{1} << 20;

}  // namespace sitrep

// Publication dates as web pages, feeds and exports write them.
#pragma once

#include <optional>
#include <string_view>

#include "core/civil_date.h"

namespace sitrep::ingest {

// Parses the calendar date of a timestamp string. Accepts
//   ISO 8601 ("2016-10-28", "2016-10-28T13:22:00Z", "20161028"),
//   month names ("Oct 28, 2016", "October 28th, 2016", "28 October 2016",
//   "28-Oct-2016", "Friday, October 28, 2016 1:22 PM"),
//   RFC 822 ("Fri, 28 Oct 2016 13:22:00 GMT"),
//   all-number dates when the order is unambiguous ("2016/10/28",
//   "28.10.2016", "28/10/2016"; "10/11/2016" is ambiguous),
//   Unix epoch seconds or milliseconds ("1477660920").
// The date is the one written (the publisher's local day), not converted to
// UTC. Returns nullopt for anything else, including dates that do not exist
// and years outside 1900-2100; callers leave `published` empty then.
std::optional<CivilDate> parse_date(std::string_view text);

// The UTC day of a Unix time in seconds, or milliseconds when the value is
// too large to be seconds; nullopt outside 1970-2100.
std::optional<CivilDate> date_from_epoch(double value);

// The date a news URL carries in its path ("/2016/10/28/", "/2016-10-28-",
// "/20161028/"); nullopt when there is none.
std::optional<CivilDate> date_from_url(std::string_view url);

}  // namespace sitrep::ingest

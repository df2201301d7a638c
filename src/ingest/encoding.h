// Turning the bytes of an input file into the clean UTF-8 a Document holds.
//
// Policy for bad bytes (decided here once, so every format behaves alike):
//  - A UTF-16 file with a byte-order mark is converted.
//  - Input that looks binary (any NUL byte, or more than 30% of its bytes in
//    ill-formed UTF-8 sequences or control characters) is refused: the caller
//    reports "FILE: binary file, skipped".
//  - A declared legacy charset (HTML <meta charset>) is converted with ICU.
//  - Text that is not valid UTF-8 and has no valid multi-byte sequence at all
//    is taken as Windows-1252 (old Western web pages and Word exports).
//  - Anything else is repaired: each ill-formed sequence becomes U+FFFD and
//    the file is kept without a message, because a few stray bytes in a
//    long article should not cost the article.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"

namespace sitrep::ingest {

// Counts over a byte sample.
struct ByteStats {
  size_t bytes = 0;
  size_t nul = 0;        // 0x00 bytes
  size_t invalid = 0;    // bytes in ill-formed UTF-8 sequences
  size_t control = 0;    // C0 controls other than \t \n \r \f, and DEL
  size_t multibyte = 0;  // well-formed sequences of 2-4 bytes
};

// Scans `bytes` once. A sequence cut off at the end of the sample counts as
// valid, so a prefix of a file can be scanned safely.
ByteStats scan_bytes(std::string_view bytes);

// True when the sample holds a NUL byte or is more than 30% invalid/control
// bytes. UTF-16 with a BOM is not binary (see decode_text).
bool looks_binary(std::string_view sample);

// True when `bytes` starts with a UTF-16 byte-order mark.
bool has_utf16_bom(std::string_view bytes);

// Returns `bytes` with every ill-formed UTF-8 sequence replaced by U+FFFD.
std::string repair_utf8(std::string_view bytes);

// The charset an HTML page declares in its first 4 KiB (<meta charset=...>
// or http-equiv content-type), lower-cased; "" when none.
std::string sniff_html_charset(std::string_view html);

// Decodes a whole file per the policy above and drops a UTF-8 BOM.
// `declared_charset` is an IANA name or "" for none; unknown names are
// ignored. Fails with Error{"binary file, skipped"} (no file name: the
// caller adds it).
Result<std::string> decode_text(std::string_view bytes, std::string_view declared_charset = {});

}  // namespace sitrep::ingest

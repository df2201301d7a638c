# cmake -DSUMS=gazetteer/SHA256SUMS -DBASE=gazetteer -P verify_sha256.cmake
# Checks every "<sha256>  <path>" line of SUMS (paths relative to BASE) and
# stops the build with a clear message on a missing file or a mismatch, so a
# changed upstream package never silently changes world.gaz.
if(NOT SUMS OR NOT BASE)
  message(FATAL_ERROR "usage: cmake -DSUMS=file -DBASE=dir -P verify_sha256.cmake")
endif()
file(STRINGS "${SUMS}" lines)
foreach(line IN LISTS lines)
  if(line MATCHES "^#" OR line STREQUAL "")
    continue()
  endif()
  if(NOT line MATCHES "^([0-9a-f]+)[ \t]+\\*?(.+)$")
    message(FATAL_ERROR "${SUMS}: malformed line: ${line}")
  endif()
  set(expected "${CMAKE_MATCH_1}")
  set(path "${BASE}/${CMAKE_MATCH_2}")
  if(NOT EXISTS "${path}")
    message(FATAL_ERROR "gazetteer input missing: ${path}\nRun: npm ci --prefix gazetteer")
  endif()
  file(SHA256 "${path}" actual)
  if(NOT actual STREQUAL expected)
    message(FATAL_ERROR "gazetteer input checksum mismatch: ${path}\n"
                        "  expected ${expected}\n  actual   ${actual}\n"
                        "The npm package changed; check package-lock.json, then update ${SUMS} on purpose.")
  endif()
endforeach()

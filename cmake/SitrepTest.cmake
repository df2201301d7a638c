# sitrep_add_test(NAME name SOURCES a.cc b.cc LIBS lib...)
# One GoogleTest executable per stage; every TEST becomes a CTest case.
# SITREP_SHARED_DIR points tests at ../shared (seeds, eval) when it exists;
# tests that need it skip with a visible message when it is absent.
function(sitrep_add_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} sitrep_testing GTest::gtest_main)
  gtest_discover_tests(${T_NAME}
    PROPERTIES ENVIRONMENT
      "SITREP_SHARED_DIR=${CMAKE_SOURCE_DIR}/../shared;SITREP_DATA=${CMAKE_SOURCE_DIR}/data;SITREP_GAZETTEER=${SITREP_BUILD_GAZETTEER};SITREP_SOURCE_DIR=${CMAKE_SOURCE_DIR};SITREP_BINARY_DIR=${CMAKE_BINARY_DIR}"
    DISCOVERY_TIMEOUT 60)
endfunction()

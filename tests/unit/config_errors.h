// Assertions on loadConfig's error list, shared by the config tests of every module that
// adds a section ([printer], [reader], ...): errors must name file, line and column.
#pragma once

#include <cctype>
#include <filesystem>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "kiosk/core/config.h"

namespace kiosk::test {

inline std::string listErrors(const core::ConfigErrors& errors) {
  std::string out;
  for (const std::string& e : errors) out += "\n  " + e;
  return out.empty() ? " (none)" : out;
}

// Passes when one error reads "<file>:<line>:<column>: ...<text>...".
inline ::testing::AssertionResult hasErrorAt(const core::ConfigErrors& errors, const std::filesystem::path& file,
                                             int line, std::string_view text) {
  const std::string prefix = file.string() + ":" + std::to_string(line) + ":";
  for (const std::string& e : errors) {
    if (e.rfind(prefix, 0) != 0) continue;
    std::size_t pos = prefix.size();
    const std::size_t digits = pos;
    while (pos < e.size() && std::isdigit(static_cast<unsigned char>(e[pos]))) ++pos;
    if (pos == digits || e.compare(pos, 2, ": ") != 0) continue;
    if (e.find(text, pos) != std::string::npos) return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "no error \"" << prefix << "<column>: ..." << text << "...\" among:"
                                       << listErrors(errors);
}

}  // namespace kiosk::test

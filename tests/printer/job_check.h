// Ground-truth checks on what the virtual printer executed.
#pragma once

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "devices/marlin/print_job.h"

namespace kiosk::test {

inline std::vector<std::string> commandsOf(const devices::marlin::PrintJob& job) {
  std::vector<std::string> out;
  for (const auto& line : job.lines) out.push_back(line.command);
  return out;
}

// The executed commands minus the host's own housekeeping (handshake, temperature reports).
inline std::vector<std::string> withoutHousekeeping(const std::vector<std::string>& executed) {
  static const std::set<std::string> kHousekeeping = {"M110 N0", "M115", "M155 S2", "M105"};
  std::vector<std::string> out;
  for (const auto& c : executed) {
    if (!kHousekeeping.count(c)) out.push_back(c);
  }
  return out;
}

// True if `part` appears in `whole` in order (other commands may sit between).
inline bool inOrder(const std::vector<std::string>& whole, const std::vector<std::string>& part) {
  auto it = whole.begin();
  for (const auto& p : part) {
    it = std::find(it, whole.end(), p);
    if (it == whole.end()) return false;
    ++it;
  }
  return true;
}

inline long countOf(const std::vector<std::string>& v, const std::string& s) {
  return std::count(v.begin(), v.end(), s);
}

}  // namespace kiosk::test

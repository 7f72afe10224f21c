#include "kiosk/core/time_window.h"

namespace kiosk::core {
namespace {

bool parseClock(std::string_view text, int& minutes) {
  if (text.size() != 5 || text[2] != ':') return false;
  for (std::size_t i : {0u, 1u, 3u, 4u}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int mins = (text[3] - '0') * 10 + (text[4] - '0');
  if (mins > 59 || hours > 24 || (hours == 24 && mins != 0)) return false;
  minutes = hours * 60 + mins;
  return true;
}

}  // namespace

tl::expected<TimeWindow, std::string> parseTimeWindow(std::string_view text) {
  const auto dash = text.find('-');
  TimeWindow window;
  if (dash == std::string_view::npos || !parseClock(text.substr(0, dash), window.from) ||
      !parseClock(text.substr(dash + 1), window.to)) {
    return tl::unexpected("'" + std::string(text) + "' is not a time window like \"08:30-19:00\"");
  }
  if (window.from == 1440) return tl::unexpected("'" + std::string(text) + "' starts at 24:00; write 00:00");
  if (window.from == window.to) return tl::unexpected("'" + std::string(text) + "' is an empty time window");
  return window;
}

}  // namespace kiosk::core

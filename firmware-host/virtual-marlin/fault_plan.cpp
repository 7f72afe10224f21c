#include "firmware-host/virtual-marlin/fault_plan.h"

#include <charconv>
#include <string>

namespace pid::firmware {
namespace {

// splitmix64: a well-mixed hash, so neighbouring line numbers get independent draws.
std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

double draw(std::uint64_t seed, std::uint64_t salt, long n) {
  const std::uint64_t h = mix(seed ^ mix(salt ^ mix(static_cast<std::uint64_t>(n))));
  return static_cast<double>(h >> 11) / static_cast<double>(1ULL << 53);
}

template <class T>
bool parseNumber(std::string_view text, T& out) {
  if constexpr (std::is_floating_point_v<T>) {
    try {
      std::size_t used = 0;
      out = static_cast<T>(std::stod(std::string(text), &used));
      return used == text.size();
    } catch (...) {
      return false;
    }
  } else {
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && ptr == text.data() + text.size();
  }
}

}  // namespace

bool FaultPlan::corrupts(long n) const { return corruptRate > 0 && draw(seed, 1, n) < corruptRate; }
bool FaultPlan::dropsOk(long n) const { return dropOkRate > 0 && draw(seed, 2, n) < dropOkRate; }

std::optional<FaultPlan> parseFaultPlan(std::string_view spec, std::uint64_t seed, std::string& error) {
  FaultPlan plan;
  plan.seed = seed;
  while (!spec.empty()) {
    const auto comma = spec.find(',');
    const std::string_view item = spec.substr(0, comma);
    spec = comma == std::string_view::npos ? std::string_view{} : spec.substr(comma + 1);
    if (item.empty()) continue;
    const auto eq = item.find('=');
    const std::string_view key = item.substr(0, eq);
    const std::string_view value = eq == std::string_view::npos ? std::string_view{} : item.substr(eq + 1);
    bool ok = true;
    auto lineNumber = [&](std::optional<long>& target) {
      long n = 0;
      ok = parseNumber(value, n);
      target = n;
    };
    if (key == "corrupt") ok = parseNumber(value, plan.corruptRate);
    else if (key == "drop-ok") ok = parseNumber(value, plan.dropOkRate);
    else if (key == "reset-at") lineNumber(plan.resetAt);
    else if (key == "runaway-at") lineNumber(plan.runawayAt);
    else if (key == "disconnect-at") lineNumber(plan.disconnectAt);
    else if (key == "resend-loop-at") lineNumber(plan.resendLoopAt);
    else if (key == "reappear-after") {
      double s = 0;
      ok = parseNumber(value, s);
      plan.reappearAfterS = s;
    } else if (key == "dead-heater" && value.empty()) plan.deadHeater = true;
    else if (key == "resend-without-ok" && value.empty()) plan.resendWithoutOk = true;
    else {
      error = "unknown fault '" + std::string(item) + "'";
      return std::nullopt;
    }
    if (!ok) {
      error = "bad value in fault '" + std::string(item) + "'";
      return std::nullopt;
    }
  }
  return plan;
}

}  // namespace pid::firmware

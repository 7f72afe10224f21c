#include "kiosk/app/dashboard_sample.h"

#include <fstream>

#include <nlohmann/json.hpp>

#include "kiosk/core/wall_clock.h"

namespace kiosk::app {
namespace {

using nlohmann::json;

core::UsageTotals totalsFrom(const json& j) {
  core::UsageTotals t;
  t.sessions = j.value("sessions", 0);
  t.screenVisits = j.value("screens", 0);
  t.demos = j.value("demos", 0);
  t.assessments = j.value("assessments", 0);
  t.leads = j.value("leads", 0);
  return t;
}

std::time_t timeFrom(const json& j, const char* key) {
  if (!j.contains(key)) return 0;
  return core::parseLocalDateTime(j.at(key).get<std::string>()).value_or(0);
}

}  // namespace

tl::expected<void, std::string> loadDashboardSample(const std::filesystem::path& file, core::OperationsDesk& ops,
                                                    core::AssessmentStats& stats) {
  std::ifstream in(file);
  if (!in) return tl::unexpected("cannot read " + file.string());
  try {
    const json j = json::parse(in);
    core::UsageSummary& usage = ops.usage;
    usage.today = j.at("today").get<std::string>();
    usage.event = j.value("event", "");
    usage.todayTotals = totalsFrom(j.at("today_totals"));
    usage.eventTotals = totalsFrom(j.at("event_totals"));
    for (const json& day : j.at("days")) usage.days.push_back({day.at("day").get<std::string>(), totalsFrom(day)});
    ops.usageOpen = true;
    if (j.contains("data_free_mb")) ops.dataFreeBytes = j.at("data_free_mb").get<std::uint64_t>() * 1024 * 1024;
    if (j.contains("sync")) {
      const json& s = j.at("sync");
      ops.sync.configured = true;
      ops.sync.lastSuccess = timeFrom(s, "last_success");
      ops.sync.lastError = s.value("last_error", "");
      ops.sync.lastErrorAt = timeFrom(s, "last_error_at");
      if (s.contains("pending")) ops.sync.pending = s.at("pending").get<std::size_t>();
      ops.sync.failuresInARow = s.value("failures_in_a_row", 0);
    }
    if (j.contains("errors")) {
      for (const auto& [name, e] : j.at("errors").items()) ops.lastErrors[name] = {e.at("text").get<std::string>(), timeFrom(e, "at")};
    }
    stats = {};
    for (const json& s : j.at("assessment")) {
      core::SectorAverage sector;
      sector.sector = s.at("sector").get<std::string>();
      sector.results = s.at("results").get<int>();
      for (const auto& [dimension, score] : s.at("dimensions").items()) sector.dimensions.emplace_back(dimension, score.get<double>());
      stats.total += sector.results;
      stats.sectors.push_back(std::move(sector));
    }
  } catch (const json::exception& e) {
    return tl::unexpected(file.string() + ": " + e.what());
  }
  ops.sample = true;
  return {};
}

}  // namespace kiosk::app

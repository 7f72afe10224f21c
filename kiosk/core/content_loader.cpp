#include "kiosk/core/content_loader.h"

#include <spdlog/spdlog.h>

namespace kiosk::core {
namespace {

void report(KioskState& state, const std::vector<std::string>& problems, std::vector<std::string>* section) {
  for (const std::string& problem : problems) spdlog::error("content: {}", problem);
  state.contentProblems.insert(state.contentProblems.end(), problems.begin(), problems.end());
  if (section) *section = problems;
}

}  // namespace

leads::ValidationRules leadRules(const LeadsConfig& config, const PrivacyNotice& notice) {
  leads::ValidationRules rules;
  rules.required.clear();
  for (const std::string& name : config.requiredFields) {
    if (auto field = leads::fieldFromName(name)) rules.required.push_back(*field);
  }
  rules.requiredConsents.clear();
  for (const ConsentText& consent : notice.consents) {
    if (consent.required) rules.requiredConsents.push_back(consent.kind);
  }
  return rules;
}

void loadContent(KioskState& state) {
  const Config& config = state.config;
  const auto languages = state.i18n.languages();
  if (auto areas = loadTechnologyAreas(config.assetsDir / "content" / "technology-areas.toml", languages)) {
    state.technologyAreas = std::move(*areas);
  } else {
    report(state, areas.error(), nullptr);
  }
  if (auto content = loadLeadContent(config.assetsDir / "leads", languages)) {
    state.leads.content = std::move(*content);
    state.leads.rules = leadRules(config.leads, state.leads.content.privacy);
  } else {
    report(state, content.error(), &state.leads.contentProblems);
  }
  state.leads.eventName = config.leads.eventName;
}

}  // namespace kiosk::core

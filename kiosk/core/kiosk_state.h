// KioskState: what the screens read and change, owned by the app. One instance,
// touched only on the UI thread; workers reach it through the mailbox.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/ar_desk.h"
#include "kiosk/core/assessment_desk.h"
#include "kiosk/core/config.h"
#include "kiosk/core/device_status_board.h"
#include "kiosk/core/lead_content.h"
#include "kiosk/core/lead_form.h"
#include "kiosk/core/operations_desk.h"
#include "kiosk/core/media_desk.h"
#include "kiosk/core/pin_gate.h"
#include "kiosk/core/printer_desk.h"
#include "kiosk/core/reader_desk.h"
#include "kiosk/core/technology_areas.h"
#include "kiosk/core/translator.h"
#include "kiosk/leads/lead_store.h"

namespace kiosk::core {

// Everything a visitor leaves behind. wipe() runs when the visitor leaves or times out,
// so nothing of one visit is shown to the next.
struct VisitorSession {
  std::uint64_t number = 0;
  std::chrono::steady_clock::time_point startedAt{};
  std::vector<std::string> demosTried;  // demo ids, recorded with a lead
  std::string assessmentResultId;       // "" until an assessment is completed
  std::string badgeRef;                 // a scanned badge's reference, "" otherwise

  void noteDemo(std::string_view id) {
    if (std::find(demosTried.begin(), demosTried.end(), id) == demosTried.end()) demosTried.emplace_back(id);
  }
  void wipe(std::chrono::steady_clock::time_point now) {
    scrub(badgeRef);
    *this = VisitorSession{number + 1, now, {}, {}, {}};
  }
};

// A staff search of the stored leads (run on the lead worker, never on the UI thread).
struct LeadQuery {
  std::uint64_t id = 0;
  leads::LeadFilter filter;
  std::string countsEvent;  // counts per day of this event ("" = all)
};

struct LeadQueryResult {
  std::uint64_t id = 0;
  std::vector<leads::LeadRecord> rows;  // personal data: shown to staff only, dropped when they leave
  std::vector<leads::DayCount> days;
  std::vector<std::string> events;
  std::optional<int> erased;            // set after an erase: how many leads it removed
  std::string error;                    // "" = fine
};

// The lead store as the screens see it; the app fills it from the lead worker's reports.
struct LeadDesk {
  LeadContent content;
  std::vector<std::string> contentProblems;  // a broken notice disables the form (staff alarm)
  leads::ValidationRules rules;
  std::string eventName;
  // Hands a validated lead to the store's worker; the receipt arrives in `receipt`.
  std::function<void(leads::Lead, std::uint64_t session)> submit;
  struct Receipt {
    std::uint64_t session = 0;
    bool stored = false;   // on disk; false: kept in memory and retried (disk full, read-only)
    bool refused = false;  // invalid: nothing kept (a bug: the form validates first)
  };
  std::optional<Receipt> receipt;
  leads::StoreStatus status;  // for the staff panel
  bool storeOpen = false;     // false: submissions are held in memory until it opens

  // Staff: search, erase (right to erasure) and the event name, answered in `lastQuery`.
  std::function<void(LeadQuery)> query;
  std::function<void(std::string email, LeadQuery then)> erase;
  std::function<void(std::string name)> setEvent;
  std::optional<LeadQueryResult> lastQuery;
};

struct KioskState {
  const Config& config;
  Translator& i18n;
  std::vector<TechnologyArea> technologyAreas{};
  std::vector<std::string> contentProblems{};  // shown in the staff panel
  DeviceStatusBoard devices{};
  PinGate pinGate;
  VisitorSession session{};
  LeadDesk leads{};
  AssessmentDesk assessment{};
  PrinterDesk printer{};
  ReaderDesk reader{};
  std::chrono::steady_clock::time_point startedAt = std::chrono::steady_clock::now();
  bool quitRequested = false;
  OperationsDesk ops{};  // the staff dashboard
  ArDesk ar{};
  MediaDesk media{};
};

}  // namespace kiosk::core

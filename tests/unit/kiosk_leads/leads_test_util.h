// Shared pieces of the lead-store tests: a sample lead, a store in a temp folder with a
// fake clock, and raw access to the database the way a second process would see it.
#pragma once

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "kiosk/leads/lead_store.h"
#include "kiosk/leads/sqlite.h"
#include "kiosk/leads/timestamp.h"
#include "tests/unit/temp_dir.h"

namespace kiosk::leads::test {

inline Clock::time_point at(std::string_view utc) {
  auto parsed = parseUtc(utc);
  if (!parsed) throw std::runtime_error("bad test time " + std::string(utc));
  return *parsed;
}

inline Consent consent(ConsentKind kind, bool granted, Clock::time_point when = at("2024-05-17T09:30:00.000Z")) {
  return Consent{kind, granted, "privacy-2024-1",
                 kind == ConsentKind::ServiceContact ? "Acconsento a essere ricontattato dal PID."
                                                     : "Acconsento a ricevere la newsletter.",
                 "it", when};
}

inline Lead sampleLead(std::string email = "mario.rossi@example.it", std::string event = "Fiera Perugia 2024") {
  Lead lead;
  lead.fields.firstName = "Zoë";
  lead.fields.lastName = "D'Angelo";
  lead.fields.company = "Tessitura Perché S.r.l.";
  lead.fields.role = "Titolare";
  lead.fields.email = std::move(email);
  lead.fields.phone = "+39 333 123 4567";
  lead.fields.municipality = "Perugia (PG)";
  lead.fields.sector = "C";
  lead.fields.companySize = "small";
  lead.fields.interests = {"A", "F"};
  lead.fields.note = "Richiamare dopo le 17";
  lead.consents = {consent(ConsentKind::ServiceContact, true), consent(ConsentKind::Marketing, false)};
  lead.context.kioskId = "kiosk-pg-01";
  lead.context.eventName = std::move(event);
  lead.context.demosTried = {"3d-printing", "rfid"};
  lead.context.assessmentResultId = "assessment-42";
  return lead;
}

// A clock the test moves by hand.
struct FakeClock {
  Clock::time_point now = at("2024-05-17T09:30:00.000Z");
  std::function<Clock::time_point()> function() {
    return [this] { return now; };
  }
};

class StoreTest : public ::testing::Test {
 protected:
  LeadStoreOptions options() {
    LeadStoreOptions o;
    o.dbPath = dir.path() / "data" / "leads.db";
    o.kioskId = "kiosk-pg-01";
    o.clock = clock.function();
    return o;
  }
  std::unique_ptr<LeadStore> openStore(LeadStoreOptions o) {
    auto store = LeadStore::open(std::move(o));
    if (!store) ADD_FAILURE() << describe(store.error());
    return store ? std::move(*store) : nullptr;
  }
  std::unique_ptr<LeadStore> openStore() { return openStore(options()); }

  // A separate connection, as kioskctl or the sync job would have.
  sqlite::Database raw() {
    auto db = sqlite::Database::open(options().dbPath, sqlite::Database::Mode::ReadWrite);
    if (!db) throw std::runtime_error(describe(db.error()));
    return std::move(*db);
  }
  std::int64_t count(const std::string& sql) {
    auto db = raw();
    auto n = db.queryInt(sql);
    if (!n) throw std::runtime_error(describe(n.error()));
    return *n;
  }

  kiosk::test::TempDir dir;
  FakeClock clock;
};

inline std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace kiosk::leads::test

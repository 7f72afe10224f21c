// LeadStore: the kiosk's durable store of visitor leads (SQLite, WAL, synchronous=FULL).
//
// For the UI: validate with validation.h as the visitor types, then submit(). The receipt
// says Stored (on disk, committed) or Pending (disk full / read-only / I/O error: kept in
// memory and retried by retryPending() and by every later submit; show "call staff").
// A lead is refused only when it is invalid or lacks a required consent.
//
// Thread-safe: every call takes an internal lock; reads use their own short-lived
// read-only connection, so a long export never blocks a visitor's submit.
#pragma once

#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/leads/error.h"
#include "kiosk/leads/lead.h"
#include "kiosk/leads/lead_writer.h"
#include "kiosk/leads/queries.h"
#include "kiosk/leads/sqlite.h"
#include "kiosk/leads/validation.h"

namespace kiosk::leads {

struct LeadStoreOptions {
  std::filesystem::path dbPath;  // its folder is created (0700) if missing
  std::string kioskId;
  ValidationRules rules;         // required fields and consents
  int retentionMonths = 24;      // purgeExpired(): leads without a visit for this long
  std::filesystem::path backupDir;  // "" disables backupNow()
  int backupsKept = 7;
  int busyTimeoutMs = 5000;
  // What open() does when integrity_check fails: the kiosk moves the bad files aside and
  // keeps taking leads in a fresh database; staff tools refuse and leave them untouched.
  enum class OnDamage { MoveAsideAndStartFresh, Refuse } onDamage = OnDamage::MoveAsideAndStartFresh;
  // integrity_check at open reads every page and cross-checks the indexes (about a second
  // per 100 MB); quick_check skips the index cross-check. The kiosk does the full one.
  enum class StartupCheck { Full, Quick } startupCheck = StartupCheck::Full;
  // The kiosk starts even when the disk refuses (full, read-only, I/O error): leads then wait
  // in memory until a retry can connect. Staff tools set false and get the error instead.
  bool startOffline = true;
  std::function<Clock::time_point()> clock;  // default: system clock (tests fake it)
  // Test seam, run after every (re)connect of the write connection: e.g. a
  // PRAGMA max_page_count limit to make SQLITE_FULL happen for real.
  std::function<void(sqlite::Database&)> onConnect;
};

// What the staff panel shows. Contains no personal data.
struct StoreStatus {
  bool integrityOk = true;         // false: the start-up check failed, see damagedCopy
  std::string integrityProblem;    // first lines of integrity_check
  std::filesystem::path damagedCopy;  // the bad database, moved aside (its -wal next to it)
  int schemaVersion = 0;
  int migratedFrom = 0;            // version found at the first connect (0: a new database)
  std::size_t pendingLeads = 0;    // in memory only, waiting for the disk
  std::optional<Error> lastWriteError;
  std::filesystem::path lastBackup;
  [[nodiscard]] bool needsStaff() const { return !integrityOk || pendingLeads > 0; }
};

enum class SubmitStatus { Stored, Pending };

struct SubmitReceipt {
  SubmitStatus status = SubmitStatus::Stored;
  std::string leadId;   // Pending: the id it will get unless merged into an earlier lead
  bool merged = false;  // same email in the same event: added as a visit of the earlier lead
  std::optional<Error> error;  // Pending: why (code Full / ReadOnly / Io / Busy / ...)
};

struct CheckReport {
  bool ok = false;
  std::vector<std::string> problems;  // integrity_check and foreign_key_check lines
  int schemaVersion = 0;
  std::int64_t leads = 0;
  std::int64_t unsentOutbox = 0;
};

class LeadStore {
 public:
  // Creates (0600) or opens the database, checks integrity (a damaged file is moved aside,
  // see OnDamage), migrates to the latest schema (after a backup, when a backup folder is
  // set). Fails only for bad options, a database from a newer kiosk or not ours, or (with
  // startOffline false) a disk that refuses.
  [[nodiscard]] static Result<std::unique_ptr<LeadStore>> open(LeadStoreOptions options);

  // Invalid / missing consent: ErrorCode::Invalid ("email=leads.error.email, ...") and the
  // lead is not kept. Otherwise Stored or Pending (see the top of this file).
  [[nodiscard]] Result<SubmitReceipt> submit(const Lead& lead);
  // Tries the pending leads in order; returns how many are now stored.
  std::size_t retryPending();
  [[nodiscard]] std::size_t pendingCount() const;

  // Retention: deletes leads whose last visit is older than retentionMonths.
  [[nodiscard]] Result<int> purgeExpired();
  [[nodiscard]] Result<int> purgeOlderThanMonths(int months);
  // Right to erasure: every lead with this email (also pending ones). Returns the count.
  [[nodiscard]] Result<int> eraseByEmail(std::string_view email);
  [[nodiscard]] Result<std::filesystem::path> backupNow();
  // integrity_check + foreign_key_check now (staff panel "check database").
  [[nodiscard]] Result<CheckReport> check();
  [[nodiscard]] Result<void> recordAudit(std::string_view action, std::int64_t n);

  [[nodiscard]] Result<std::vector<LeadRecord>> list(const LeadFilter& filter);
  [[nodiscard]] Result<std::size_t> forEach(const LeadFilter& filter,
                                            const std::function<void(const LeadRecord&)>& onLead);
  [[nodiscard]] Result<std::vector<DayCount>> countsPerDay(const std::string& event = "");
  [[nodiscard]] Result<std::vector<std::string>> events();

  [[nodiscard]] StoreStatus status() const;
  [[nodiscard]] const LeadStoreOptions& options() const { return m_options; }

 private:
  explicit LeadStore(LeadStoreOptions options);
  [[nodiscard]] Clock::time_point now() const;
  [[nodiscard]] Result<void> prepareFile() const;  // folder, 0600 file, modes tightened
  [[nodiscard]] Result<std::vector<std::string>> startupCheck();
  [[nodiscard]] Result<sqlite::Database> connectAndMigrate();
  [[nodiscard]] Result<sqlite::Database*> writer();  // (re)connects when needed
  [[nodiscard]] Result<sqlite::Database> reader() const;
  void dropWriter(const Error& error);
  std::size_t retryPendingLocked();

  LeadStoreOptions m_options;
  mutable std::mutex m_mutex;
  sqlite::Database m_db;
  std::deque<PreparedLead> m_pending;
  StoreStatus m_status;
  bool m_everConnected = false;
};

// Opens a connection with the store's pragmas (WAL, synchronous=FULL, foreign keys, ...).
[[nodiscard]] Result<sqlite::Database> connectStore(const std::filesystem::path& path, sqlite::Database::Mode mode,
                                                    int busyTimeoutMs);
// integrity_check + foreign_key_check on a read-only connection, creating and migrating
// nothing: for `kioskctl db check` (the store's check() calls it too).
[[nodiscard]] Result<CheckReport> checkDatabase(const std::filesystem::path& path, int busyTimeoutMs = 5000);
// integrity_check (or quick_check) + foreign_key_check; empty when all is well.
[[nodiscard]] Result<std::vector<std::string>> integrityProblems(sqlite::Database& db, bool quick = false);

}  // namespace kiosk::leads

#include "kiosk/leads/lead_store.h"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "kiosk/leads/backup.h"
#include "kiosk/leads/files.h"
#include "kiosk/leads/migrations.h"
#include "kiosk/leads/retention.h"
#include "kiosk/leads/timestamp.h"
#include "kiosk/leads/try.h"

namespace kiosk::leads {
namespace {

constexpr std::size_t kMaxProblems = 20;

// Environmental failures stop a retry round: the next lead would hit the same wall.
bool isEnvironmental(ErrorCode code) {
  return code == ErrorCode::Full || code == ErrorCode::ReadOnly || code == ErrorCode::Io ||
         code == ErrorCode::Busy || code == ErrorCode::Corrupt;
}

std::string describeIssues(const ValidationReport& report) {
  std::string text;
  for (const FieldIssue& issue : report.fields) {
    if (!text.empty()) text += ", ";
    text += std::string(fieldName(issue.field)) + "=" + std::string(issue.key);
  }
  if (report.consent) text += (text.empty() ? "consent=" : ", consent=") + std::string(*report.consent);
  if (report.context) text += (text.empty() ? "context=" : ", context=") + std::string(*report.context);
  return text;
}

std::filesystem::path sibling(const std::filesystem::path& path, std::string_view suffix) {
  return std::filesystem::path(path.string() + std::string(suffix));
}

// Renames the database and its WAL (keeping them paired under the new name) and drops the
// -shm, which is only an index rebuilt from the WAL. Returns the new database path.
Result<std::filesystem::path> moveAside(const std::filesystem::path& db, Clock::time_point now) {
  std::string stamp = formatUtc(now);
  std::replace(stamp.begin(), stamp.end(), ':', '-');
  const std::filesystem::path target = sibling(db, ".damaged-" + stamp);
  std::error_code ec;
  std::filesystem::rename(db, target, ec);
  if (ec) return fail(ErrorCode::Io, "cannot move the damaged database aside: " + ec.message());
  if (std::filesystem::exists(sibling(db, "-wal"))) std::filesystem::rename(sibling(db, "-wal"), sibling(target, "-wal"), ec);
  std::filesystem::remove(sibling(db, "-shm"), ec);
  LEADS_TRY(syncDirectory(db.has_parent_path() ? db.parent_path() : "."));
  return target;
}

}  // namespace

Result<sqlite::Database> connectStore(const std::filesystem::path& path, sqlite::Database::Mode mode,
                                      int busyTimeoutMs) {
  auto db = sqlite::Database::open(path, mode);
  if (!db) return db;
  // Integers we own: formatting them into pragmas is safe.
  LEADS_TRY(db->exec("PRAGMA busy_timeout = " + std::to_string(busyTimeoutMs)));
  // trusted_schema stays ON: the schema's CHECKs and payload views use json_valid() and
  // json_object(), which SQLite 3.40 does not mark innocuous. The file is ours alone (0600,
  // application_id checked), so the schema is trusted.
  LEADS_TRY(db->exec("PRAGMA foreign_keys = ON"));
  if (mode == sqlite::Database::Mode::ReadOnly) return db;
  auto journal = db->queryText("PRAGMA journal_mode = WAL");
  if (!journal) return tl::unexpected(journal.error());
  if (*journal != "wal") return fail(ErrorCode::ReadOnly, "cannot switch the database to WAL (journal mode " + *journal + ")");
  // FULL: in WAL mode a commit is fsync'd before it returns, so it survives a power cut.
  LEADS_TRY(db->exec(
      "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; PRAGMA journal_size_limit = 4194304;"));
  return db;
}

Result<std::vector<std::string>> integrityProblems(sqlite::Database& db, bool quick) {
  std::vector<std::string> problems;
  auto integrity = db.prepare(std::string(quick ? "PRAGMA quick_check(" : "PRAGMA integrity_check(") +
                              std::to_string(kMaxProblems) + ")");
  if (!integrity) return tl::unexpected(integrity.error());
  while (true) {
    auto row = integrity->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    if (std::string line = integrity->columnText(0); line != "ok") problems.push_back(std::move(line));
  }
  auto foreign = db.prepare("PRAGMA foreign_key_check");
  if (!foreign) return tl::unexpected(foreign.error());
  while (problems.size() < kMaxProblems) {
    auto row = foreign->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    problems.push_back("foreign key: " + foreign->columnText(0) + " row " + std::to_string(foreign->columnInt(1)) +
                       " has no " + foreign->columnText(2));
  }
  return problems;
}

LeadStore::LeadStore(LeadStoreOptions options) : m_options(std::move(options)) {}

Clock::time_point LeadStore::now() const { return m_options.clock ? m_options.clock() : Clock::now(); }

Result<void> LeadStore::prepareFile() const {
  const std::filesystem::path& path = m_options.dbPath;
  if (path.has_parent_path()) LEADS_TRY(ensurePrivateDirectory(path.parent_path()));
  if (!std::filesystem::exists(path)) return createPrivateFile(path);
  LEADS_TRY(makePrivate(path));
  // SQLite creates -wal/-shm with the database's mode: made while the file was read-only,
  // they would stay read-only after it is writable again, and so would every connection.
  std::error_code ec;
  const auto perms = std::filesystem::status(path, ec).permissions();
  if (ec) return fail(ErrorCode::Io, "stat " + path.string() + ": " + ec.message());
  const unsigned mode = static_cast<unsigned>(perms) & 0600u;
  for (const std::string_view suffix : {"-wal", "-shm"}) LEADS_TRY(setMode(sibling(path, suffix), mode));
  return {};
}

Result<sqlite::Database> LeadStore::connectAndMigrate() {
  LEADS_TRY(prepareFile());
  auto db = connectStore(m_options.dbPath, sqlite::Database::Mode::ReadWrite, m_options.busyTimeoutMs);
  if (!db) return db;
  auto version = db->queryInt("PRAGMA user_version");
  if (!version) return tl::unexpected(version.error());
  if (*version > 0 && *version < latestSchemaVersion() && !m_options.backupDir.empty()) {
    auto saved = backupInto(*db, m_options.backupDir, m_options.backupsKept, now(),
                            "-before-v" + std::to_string(latestSchemaVersion()));
    if (!saved) return tl::unexpected(saved.error());
  }
  auto migrated = migrate(*db);
  if (!migrated) return tl::unexpected(migrated.error());
  if (migrated->from != migrated->to)
    spdlog::info("lead store: schema migrated from v{} to v{}", migrated->from, migrated->to);
  m_status.schemaVersion = migrated->to;
  if (!m_everConnected) m_status.migratedFrom = migrated->from;
  m_everConnected = true;
  if (m_options.onConnect) m_options.onConnect(*db);
  return db;
}

Result<std::vector<std::string>> LeadStore::startupCheck() {
  std::vector<std::string> problems;
  LEADS_TRY(prepareFile());
  auto db = connectStore(m_options.dbPath, sqlite::Database::Mode::ReadWrite, m_options.busyTimeoutMs);
  if (!db) {
    if (db.error().code != ErrorCode::Corrupt) return tl::unexpected(db.error());
    problems.push_back(db.error().message);  // not a database at all
    return problems;
  }
  auto found = integrityProblems(*db, m_options.startupCheck == LeadStoreOptions::StartupCheck::Quick);
  if (!found) {
    if (found.error().code != ErrorCode::Corrupt) return tl::unexpected(found.error());
    problems.push_back(found.error().message);
    return problems;
  }
  return found;
}

Result<std::unique_ptr<LeadStore>> LeadStore::open(LeadStoreOptions options) {
  if (options.dbPath.empty()) return fail(ErrorCode::Invalid, "no database path");
  if (options.kioskId.empty()) return fail(ErrorCode::Invalid, "no kiosk id");
  std::unique_ptr<LeadStore> store(new LeadStore(std::move(options)));
  const LeadStoreOptions& opt = store->m_options;

  // An environmental failure (disk full, read-only, I/O) at start leaves the store offline
  // when startOffline is set: leads wait in memory and every retry tries to connect again.
  const auto offline = [&](const Error& error) -> Result<std::unique_ptr<LeadStore>> {
    if (!opt.startOffline || !isEnvironmental(error.code) || error.code == ErrorCode::Corrupt)
      return tl::unexpected(error);
    spdlog::error("lead store: cannot open the database ({}); leads will wait in memory", toString(error.code));
    store->m_status.lastWriteError = error;
    return std::move(store);
  };

  auto problems = store->startupCheck();
  if (!problems) return offline(problems.error());
  if (!problems->empty()) {
    spdlog::error("lead store: integrity check failed: {}", problems->front());
    if (opt.onDamage == LeadStoreOptions::OnDamage::Refuse)
      return fail(ErrorCode::Corrupt, "integrity check failed: " + problems->front());
    auto aside = moveAside(opt.dbPath, store->now());
    if (!aside) return tl::unexpected(aside.error());
    store->m_status.integrityOk = false;
    store->m_status.integrityProblem = problems->front();
    for (std::size_t i = 1; i < std::min<std::size_t>(problems->size(), 5); ++i)
      store->m_status.integrityProblem += "\n" + (*problems)[i];
    store->m_status.damagedCopy = *aside;
    spdlog::error("lead store: damaged database moved to {}; taking leads in a new one", aside->string());
  }

  auto db = store->connectAndMigrate();
  if (!db) return offline(db.error());
  store->m_db = std::move(*db);
  return store;
}

Result<sqlite::Database*> LeadStore::writer() {
  if (m_db.isOpen()) return &m_db;
  auto db = connectAndMigrate();
  if (!db) return tl::unexpected(db.error());
  m_db = std::move(*db);
  return &m_db;
}

Result<sqlite::Database> LeadStore::reader() const {
  return connectStore(m_options.dbPath, sqlite::Database::Mode::ReadOnly, m_options.busyTimeoutMs);
}

void LeadStore::dropWriter(const Error& error) {
  // A fresh connection after a failure: after a remount read-write, or after an I/O error
  // that left this one unusable, only a reconnect recovers.
  m_db.close();
  m_status.lastWriteError = error;
  spdlog::warn("lead store: write failed ({}); {} lead(s) waiting in memory", toString(error.code), m_pending.size());
}

Result<SubmitReceipt> LeadStore::submit(const Lead& raw) {
  Lead lead{normalized(raw.fields), raw.consents, raw.context};
  for (Consent& consent : lead.consents) {
    consent.noticeVersion = trim(consent.noticeVersion);
    consent.language = trim(consent.language);
  }
  if (const ValidationReport report = validateLead(lead, m_options.rules); !report.ok())
    return fail(ErrorCode::Invalid, describeIssues(report));
  if (lead.context.kioskId.empty()) lead.context.kioskId = m_options.kioskId;

  std::lock_guard lock(m_mutex);
  PreparedLead prepared = prepareLead(std::move(lead), now());
  retryPendingLocked();
  SubmitReceipt receipt{SubmitStatus::Pending, prepared.leadId, false, std::nullopt};
  if (m_pending.empty()) {
    auto db = writer();
    auto written = db ? writeLead(**db, prepared) : tl::unexpected(db.error());
    if (written) {
      m_status.lastWriteError.reset();
      spdlog::info("lead store: lead {} stored{}", written->leadId, written->merged ? " (returning visitor)" : "");
      return SubmitReceipt{SubmitStatus::Stored, written->leadId, written->merged, std::nullopt};
    }
    m_pending.push_back(std::move(prepared));
    dropWriter(written.error());
  } else {
    m_pending.push_back(std::move(prepared));
  }
  receipt.error = m_status.lastWriteError;
  return receipt;
}

std::size_t LeadStore::retryPending() {
  std::lock_guard lock(m_mutex);
  return retryPendingLocked();
}

std::size_t LeadStore::retryPendingLocked() {
  std::size_t stored = 0;
  for (auto it = m_pending.begin(); it != m_pending.end();) {
    auto db = writer();
    auto written = db ? writeLead(**db, *it) : tl::unexpected(db.error());
    if (written) {
      it = m_pending.erase(it);
      ++stored;
      continue;
    }
    dropWriter(written.error());
    if (isEnvironmental(written.error().code)) break;
    ++it;  // a problem with this lead alone: keep it, try the others
  }
  if (stored > 0) spdlog::info("lead store: {} pending lead(s) stored, {} still waiting", stored, m_pending.size());
  if (m_pending.empty()) m_status.lastWriteError.reset();
  return stored;
}

std::size_t LeadStore::pendingCount() const {
  std::lock_guard lock(m_mutex);
  return m_pending.size();
}

Result<int> LeadStore::purgeExpired() { return purgeOlderThanMonths(m_options.retentionMonths); }

Result<int> LeadStore::purgeOlderThanMonths(int months) {
  if (months < 1) return fail(ErrorCode::Invalid, "retention must be at least one month");
  std::lock_guard lock(m_mutex);
  const Clock::time_point at = now();
  auto db = writer();
  if (!db) return tl::unexpected(db.error());
  auto purged = purgeBefore(**db, formatUtc(monthsBefore(at, months)), formatUtc(at));
  if (!purged) {
    m_db.close();
    return purged;
  }
  spdlog::info("lead store: retention purge deleted {} lead(s) older than {} months", *purged, months);
  return purged;
}

Result<int> LeadStore::eraseByEmail(std::string_view email) {
  const std::string key = emailKey(email);
  if (key.empty()) return fail(ErrorCode::Invalid, "empty email");
  std::lock_guard lock(m_mutex);
  const auto before = m_pending.size();
  std::erase_if(m_pending, [&](const PreparedLead& p) { return emailKey(p.lead.fields.email) == key; });
  const int pendingErased = static_cast<int>(before - m_pending.size());
  auto db = writer();
  if (!db) return tl::unexpected(db.error());
  auto erased = leads::eraseByEmail(**db, email, formatUtc(now()));
  if (!erased) {
    m_db.close();
    return erased;
  }
  spdlog::info("lead store: erasure request removed {} lead(s)", *erased + pendingErased);
  return *erased + pendingErased;
}

Result<std::filesystem::path> LeadStore::backupNow() {
  if (m_options.backupDir.empty()) return fail(ErrorCode::Invalid, "no backup folder configured");
  auto db = reader();  // VACUUM INTO reads only: no need to hold up submits
  if (!db) return tl::unexpected(db.error());
  auto file = backupInto(*db, m_options.backupDir, m_options.backupsKept, now());
  if (!file) return file;
  std::lock_guard lock(m_mutex);
  m_status.lastBackup = *file;
  spdlog::info("lead store: backup written to {}", file->string());
  return file;
}

Result<CheckReport> LeadStore::check() { return checkDatabase(m_options.dbPath, m_options.busyTimeoutMs); }

Result<CheckReport> checkDatabase(const std::filesystem::path& path, int busyTimeoutMs) {
  auto db = connectStore(path, sqlite::Database::Mode::ReadOnly, busyTimeoutMs);
  CheckReport report;
  if (!db) {
    if (db.error().code != ErrorCode::Corrupt) return tl::unexpected(db.error());
    report.problems.push_back(db.error().message);
    return report;
  }
  auto problems = integrityProblems(*db);
  if (!problems) {
    if (problems.error().code != ErrorCode::Corrupt) return tl::unexpected(problems.error());
    report.problems.push_back(problems.error().message);
    return report;
  }
  report.problems = std::move(*problems);
  auto version = db->queryInt("PRAGMA user_version");
  if (!version) return tl::unexpected(version.error());
  report.schemaVersion = static_cast<int>(*version);
  if (report.schemaVersion >= 1) {
    auto leads = db->queryInt("SELECT count(*) FROM lead");
    if (!leads) return tl::unexpected(leads.error());
    report.leads = *leads;
  }
  if (report.schemaVersion >= 3) {
    auto unsent = db->queryInt("SELECT count(*) FROM outbox WHERE sent_at IS NULL");
    if (!unsent) return tl::unexpected(unsent.error());
    report.unsentOutbox = *unsent;
  }
  report.ok = report.problems.empty();
  return report;
}

Result<void> LeadStore::recordAudit(std::string_view action, std::int64_t n) {
  std::lock_guard lock(m_mutex);
  auto db = writer();
  if (!db) return tl::unexpected(db.error());
  return leads::recordAudit(**db, formatUtc(now()), action, "", n);
}

Result<std::size_t> LeadStore::forEach(const LeadFilter& filter, const std::function<void(const LeadRecord&)>& onLead) {
  auto db = reader();
  if (!db) return tl::unexpected(db.error());
  return forEachLead(*db, filter, onLead);
}

Result<std::vector<LeadRecord>> LeadStore::list(const LeadFilter& filter) {
  std::vector<LeadRecord> records;
  auto count = forEach(filter, [&](const LeadRecord& record) { records.push_back(record); });
  if (!count) return tl::unexpected(count.error());
  return records;
}

Result<std::vector<DayCount>> LeadStore::countsPerDay(const std::string& event) {
  auto db = reader();
  if (!db) return tl::unexpected(db.error());
  return leads::countsPerDay(*db, event);
}

Result<std::vector<std::string>> LeadStore::events() {
  auto db = reader();
  if (!db) return tl::unexpected(db.error());
  return eventNames(*db);
}

StoreStatus LeadStore::status() const {
  std::lock_guard lock(m_mutex);
  StoreStatus status = m_status;
  status.pendingLeads = m_pending.size();
  return status;
}

}  // namespace kiosk::leads

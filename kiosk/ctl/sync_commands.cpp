// kioskctl sync / pg-migrate: the fleet sync of the lead outbox to the central PostgreSQL.
// Output is counts and timings (JSON), never lead data.
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "kiosk/ctl/commands.h"
#include "kiosk/sync/central_schema.h"
#include "kiosk/sync/outbox_sync.h"

namespace kiosk::ctl {
namespace {

constexpr int kExitFailed = 1;

nlohmann::json toJson(const sync::SyncReport& r) {
  const double seconds = r.elapsed.count();
  return {{"batches", r.batches},   {"rows", r.rows},         {"leads", r.leads},
          {"visits", r.visits},     {"consents", r.consents}, {"erasures", r.erasures},
          {"skipped", r.skipped},   {"pending", r.pending},   {"seconds", seconds},
          {"rows_per_s", seconds > 0 ? static_cast<double>(r.rows) / seconds : 0.0}};
}

}  // namespace

void addSyncCommands(CLI::App& cli) {
  auto* syncCmd = cli.add_subcommand("sync", "Push the lead outbox to the central PostgreSQL (at-least-once, idempotent)");
  auto db = std::make_shared<std::string>();
  auto pg = std::make_shared<std::string>();
  auto options = std::make_shared<sync::SyncOptions>();
  syncCmd->add_option("--db", *db, "Lead database")->required();
  syncCmd->add_option("--pg", *pg, "libpq connection string or URI (use sslmode=verify-full off the LAN)")->required();
  syncCmd->add_option("--batch", options->batchRows, "Outbox rows per server transaction")->capture_default_str();
  syncCmd->add_option("--kiosk-id", options->kioskId, "Recorded with erasure tombstones");
  syncCmd->callback([=] {
    auto report = sync::syncOutbox(*db, *pg, *options);
    if (!report) {
      std::cerr << "kioskctl: sync failed: " << report.error().message << "\n";
      std::cout << toJson(report.error().partial).dump() << "\n";
      throw CLI::RuntimeError(kExitFailed);
    }
    std::cout << toJson(*report).dump() << "\n";
  });

  auto* migrate = cli.add_subcommand("pg-migrate", "Create or upgrade the central PostgreSQL schema");
  auto pgMigrate = std::make_shared<std::string>();
  migrate->add_option("--pg", *pgMigrate, "libpq connection string or URI")->required();
  migrate->callback([=] {
    auto conn = sync::PgConnection::connect(*pgMigrate);
    if (!conn) {
      std::cerr << "kioskctl: cannot connect: " << conn.error().message << "\n";
      throw CLI::RuntimeError(kExitFailed);
    }
    auto before = sync::migrateCentral(*conn);
    if (!before) {
      std::cerr << "kioskctl: migration failed: [" << before.error().sqlState << "] " << before.error().message << "\n";
      throw CLI::RuntimeError(kExitFailed);
    }
    std::cout << "central schema v" << sync::kCentralSchemaVersion << " (was v" << *before << ")\n";
  });
}

}  // namespace kiosk::ctl

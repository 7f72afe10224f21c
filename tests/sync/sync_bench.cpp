// sync-bench [LEADS]: fleet-sync throughput. Fills a lead database with LEADS demo leads
// (default 100,000; synchronous=OFF for the fill only), then pushes its outbox to the
// PostgreSQL in $PG_TEST_CONNINFO (run it through tests/sync/with-postgres.sh) and prints,
// side by side, our batched upserts and the naive peer: one outbox row per server transaction.
#include <cstdio>
#include <cstdlib>
#include <string>

#include <spdlog/spdlog.h>

#include "kiosk/leads/demo_leads.h"
#include "kiosk/leads/lead_store.h"
#include "kiosk/leads/sqlite.h"
#include "kiosk/sync/central_schema.h"
#include "kiosk/sync/outbox_sync.h"

namespace {

using namespace kiosk;

std::filesystem::path fill(const std::filesystem::path& dir, const std::string& name, int leadsCount) {
  const auto db = dir / (name + ".sqlite");
  leads::LeadStoreOptions options;
  options.dbPath = db;
  options.kioskId = name;
  options.onConnect = [](leads::sqlite::Database& conn) { (void)conn.exec("PRAGMA synchronous = OFF"); };
  auto store = leads::LeadStore::open(options);
  if (!store) {
    std::fprintf(stderr, "cannot open %s\n", db.c_str());
    std::exit(1);
  }
  for (int i = 0; i < leadsCount; ++i) {
    (void)(*store)->submit(leads::makeDemoLead(static_cast<std::size_t>(i), "bench", name, leads::Clock::now()));
  }
  return db;
}

void resetCentral(const std::string& conninfo) {
  auto pg = sync::PgConnection::connect(conninfo);
  if (!pg || !pg->exec("DROP TABLE IF EXISTS pid_consent, pid_visit, pid_lead, pid_erasure, pid_schema") ||
      !sync::migrateCentral(*pg)) {
    std::fprintf(stderr, "cannot prepare the central schema\n");
    std::exit(1);
  }
}

void run(const char* label, const std::filesystem::path& db, const std::string& conninfo, std::size_t batch, int leadsCount) {
  resetCentral(conninfo);
  sync::SyncOptions options;
  options.batchRows = batch;
  auto report = sync::syncOutbox(db, conninfo, options);
  if (!report) {
    std::fprintf(stderr, "%s: %s\n", label, report.error().message.c_str());
    std::exit(1);
  }
  const double s = report->elapsed.count();
  std::printf("%-34s %8d leads %9zu rows %8.2f s %10.0f rows/s %9.0f leads/s\n", label, leadsCount, report->rows, s,
              static_cast<double>(report->rows) / s, leadsCount / s);
}

}  // namespace

int main(int argc, char** argv) {
  const char* conninfo = std::getenv("PG_TEST_CONNINFO");
  if (!conninfo) {
    std::fprintf(stderr, "usage: tests/sync/with-postgres.sh build/bin/sync-bench [LEADS]\n");
    return 2;
  }
  spdlog::set_level(spdlog::level::warn);  // the store logs every lead at info
  const int total = argc > 1 ? std::atoi(argv[1]) : 100'000;
  const int peerLeads = std::min(total, 2'000);  // the peer is slow: a sample is enough for its rate
  const auto dir = std::filesystem::temp_directory_path() / ("sync-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::printf("filling %d + %d leads (synchronous=OFF, fill only)...\n", total, peerLeads);
  const auto ours = fill(dir, "ours", total);
  const auto peer = fill(dir, "peer", peerLeads);
  std::printf("%-34s %8s %15s %10s %17s %15s\n", "", "", "", "", "", "");
  run("ours: 1000 rows per transaction", ours, conninfo, 1000, total);
  run("peer: 1 row per transaction", peer, conninfo, 1, peerLeads);
  std::filesystem::remove_all(dir);
  return 0;
}

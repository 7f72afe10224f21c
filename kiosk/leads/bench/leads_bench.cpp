// leads-bench: what a visitor waits for and what staff wait for.
//   1. submit() latency, fsync'd (WAL, synchronous=FULL): p50 / p90 / p99 / max
//   2. a 100,000-lead database (filled with synchronous=OFF to save time; the files are
//      the same), then: open with the full integrity_check, CSV export, XLSX export.
// Run it on the disk the kiosk uses (not tmpfs, where fsync costs nothing):
//   build/bin/leads-bench [--dir DIR] [--inserts N] [--leads N] [--keep]
#include <sys/vfs.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "kiosk/leads/csv_export.h"
#include "kiosk/leads/demo_leads.h"
#include "kiosk/leads/lead_store.h"
#include "kiosk/leads/xlsx_export.h"

namespace {

namespace fs = std::filesystem;
using namespace kiosk::leads;
using Steady = std::chrono::steady_clock;

double msSince(Steady::time_point start) {
  return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "leads-bench: %s\n", what.c_str());
  std::exit(1);
}

std::unique_ptr<LeadStore> openOrDie(const fs::path& db, std::function<void(sqlite::Database&)> onConnect = {}) {
  LeadStoreOptions options;
  options.dbPath = db;
  options.kioskId = "bench";
  options.startOffline = false;
  options.onConnect = std::move(onConnect);
  auto store = LeadStore::open(std::move(options));
  if (!store) die("open " + db.string() + ": " + describe(store.error()));
  return std::move(*store);
}

const char* fileSystem(const fs::path& dir) {
  struct statfs info {};
  if (::statfs(dir.c_str(), &info) != 0) return "?";
  switch (info.f_type) {
    case 0xEF53: return "ext2/3/4";
    case 0x01021994: return "tmpfs (fsync is free: latency numbers are meaningless)";
    case 0x9123683E: return "btrfs";
    case 0x58465342: return "xfs";
    case 0x794C7630: return "overlayfs";
    default: return "other";
  }
}

}  // namespace

int main(int argc, char** argv) {
  fs::path dir = fs::current_path() / ("leads-bench-" + std::to_string(::getpid()));
  int inserts = 1000;
  int total = 100'000;
  bool keep = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--dir" && i + 1 < argc) dir = argv[++i];
    else if (arg == "--inserts" && i + 1 < argc) inserts = std::max(1, std::atoi(argv[++i]));
    else if (arg == "--leads" && i + 1 < argc) total = std::max(1, std::atoi(argv[++i]));
    else if (arg == "--keep") keep = true;
    else die("usage: leads-bench [--dir DIR] [--inserts N] [--leads N] [--keep]");
  }
  spdlog::set_level(spdlog::level::warn);
  fs::create_directories(dir);
  std::printf("leads-bench in %s (%s)\n", dir.c_str(), fileSystem(dir));

  // 1. Latency of submit(): validation, dedupe lookup, lead + visit + 2 consents + 4 outbox
  //    rows in one BEGIN IMMEDIATE transaction, COMMIT with fsync of the WAL.
  {
    auto store = openOrDie(dir / "latency.db");
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(inserts));
    for (int i = 0; i < inserts; ++i) {
      const Lead lead = makeDemoLead(static_cast<std::size_t>(i), "bench", "bench", Clock::now());
      const auto start = Steady::now();
      auto receipt = store->submit(lead);
      ms.push_back(msSince(start));
      if (!receipt || receipt->status != SubmitStatus::Stored) die("submit failed");
    }
    std::sort(ms.begin(), ms.end());
    const auto pct = [&](double p) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(p * ms.size()))]; };
    std::printf("submit (synchronous=FULL, %d leads): p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms\n", inserts,
                pct(0.50), pct(0.90), pct(0.99), ms.back());
  }

  // 2. A database of `total` leads, then what staff wait for.
  const fs::path bulk = dir / "bulk.db";
  {
    auto store = openOrDie(bulk, [](sqlite::Database& db) { (void)db.exec("PRAGMA synchronous = OFF"); });
    const auto start = Steady::now();
    for (int i = 0; i < total; ++i) {
      auto receipt = store->submit(makeDemoLead(static_cast<std::size_t>(i), "bench", "bench", Clock::now()));
      if (!receipt || receipt->status != SubmitStatus::Stored) die("fill failed");
    }
    std::printf("filled %d leads in %.1f s (synchronous=OFF, fill only); database %.1f MB\n", total,
                msSince(start) / 1000, static_cast<double>(fs::file_size(bulk)) / 1e6);
  }
  auto start = Steady::now();
  auto store = openOrDie(bulk);
  std::printf("open with full integrity_check: %.0f ms\n", msSince(start));
  {
    LeadStoreOptions quick;
    quick.dbPath = bulk;
    quick.kioskId = "bench";
    quick.startupCheck = LeadStoreOptions::StartupCheck::Quick;
    start = Steady::now();
    if (!LeadStore::open(quick)) die("quick open failed");
    std::printf("open with quick_check: %.0f ms\n", msSince(start));
  }

  start = Steady::now();
  auto csv = exportCsv(*store, {}, CsvOptions{';'}, dir / "leads.csv");
  if (!csv) die("csv: " + describe(csv.error()));
  std::printf("CSV export, %zu leads: %.2f s (%.1f MB)\n", *csv, msSince(start) / 1000,
              static_cast<double>(fs::file_size(dir / "leads.csv")) / 1e6);
  start = Steady::now();
  auto xlsx = exportXlsx(*store, {}, dir / "leads.xlsx");
  if (!xlsx) die("xlsx: " + describe(xlsx.error()));
  std::printf("XLSX export, %zu leads: %.2f s (%.1f MB)\n", *xlsx, msSince(start) / 1000,
              static_cast<double>(fs::file_size(dir / "leads.xlsx")) / 1e6);

  store.reset();
  if (!keep) fs::remove_all(dir);
  return 0;
}

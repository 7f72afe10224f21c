// kioskctl leads ... / db ...: staff tools over the lead store. Output names counts, ids and
// files, never what a visitor typed; errors go to stderr with a non-zero exit status.
#include <filesystem>
#include <iostream>
#include <string>

#include "kiosk/ctl/commands.h"
#include "kiosk/leads/csv_export.h"
#include "kiosk/leads/demo_leads.h"
#include "kiosk/leads/lead_store.h"
#include "kiosk/leads/xlsx_export.h"

namespace kiosk::ctl {
namespace {

namespace fs = std::filesystem;
using leads::LeadStore;

constexpr int kExitFailed = 1;
constexpr int kExitCannotOpen = 2;
constexpr int kExitNotFound = 3;

[[noreturn]] void failWith(const std::string& message, int code = kExitFailed) {
  std::cerr << "kioskctl: " << message << "\n";
  throw CLI::RuntimeError(code);
}

// Staff tools never create a database by accident, never move a damaged one aside, report
// a refusing disk instead of queueing in memory, and do the quick check at open (the full
// one is `db check`).
std::unique_ptr<LeadStore> openStore(const std::string& db, bool create = false) {
  if (!create && !fs::exists(db)) failWith("no database at " + db, kExitCannotOpen);
  leads::LeadStoreOptions options;
  options.dbPath = db;
  options.kioskId = "kioskctl";
  options.onDamage = leads::LeadStoreOptions::OnDamage::Refuse;
  options.startOffline = false;
  options.startupCheck = leads::LeadStoreOptions::StartupCheck::Quick;
  auto store = LeadStore::open(std::move(options));
  if (!store) failWith("cannot open " + db + ": " + leads::describe(store.error()), kExitCannotOpen);
  return std::move(*store);
}

char separatorFrom(const std::string& text) {
  if (text == "," || text == ";") return text[0];
  if (text == "tab" || text == "\\t" || text == "\t") return '\t';
  failWith("--sep must be ',', ';' or tab");
}

struct ExportArgs {
  std::string db, format, out, since, event, sep = ",";
};

void addExport(CLI::App& group) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = group.add_subcommand("export", "Export leads to CSV (UTF-8 with BOM, RFC 4180) or XLSX");
  cmd->add_option("--db", args->db, "Lead database")->required();
  cmd->add_option("--format", args->format, "csv or xlsx")->required()->check(CLI::IsMember({"csv", "xlsx"}));
  cmd->add_option("--out", args->out, "Output file (written as FILE.partial, then renamed)")->required();
  cmd->add_option("--since", args->since, "Only leads with a visit on or after this local day (YYYY-MM-DD)");
  cmd->add_option("--event", args->event, "Only leads of this event");
  cmd->add_option("--sep", args->sep, "CSV separator: ',' (default), ';' for Italian Excel, or tab");
  cmd->callback([args] {
    const char sep = separatorFrom(args->sep);
    auto store = openStore(args->db);
    leads::LeadFilter filter;
    filter.since = args->since;
    filter.event = args->event;
    auto count = args->format == "csv" ? leads::exportCsv(*store, filter, leads::CsvOptions{sep}, args->out)
                                       : leads::exportXlsx(*store, filter, args->out);
    if (!count) failWith("export failed: " + leads::describe(count.error()));
    std::cout << "exported " << *count << " lead(s) to " << args->out << "\n";
  });
}

void addPurge(CLI::App& group) {
  auto db = std::make_shared<std::string>();
  auto months = std::make_shared<int>(leads::LeadStoreOptions{}.retentionMonths);
  CLI::App* cmd = group.add_subcommand("purge", "Delete leads (with visits and consents) older than the retention");
  cmd->add_option("--db", *db, "Lead database")->required();
  cmd->add_option("--months", *months, "Retention in months (leads without a visit for longer are deleted)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->callback([db, months] {
    auto store = openStore(*db);
    auto purged = store->purgeOlderThanMonths(*months);
    if (!purged) failWith("purge failed: " + leads::describe(purged.error()));
    std::cout << "purged " << *purged << " lead(s) older than " << *months << " months\n";
  });
}

void addErase(CLI::App& group) {
  auto db = std::make_shared<std::string>();
  auto email = std::make_shared<std::string>();
  CLI::App* cmd = group.add_subcommand(
      "erase", "Erase every lead with an email (right to erasure). Exit 3 when none matched");
  cmd->add_option("--db", *db, "Lead database")->required();
  cmd->add_option("--email", *email, "The address, any case; '-' reads it from stdin (keeps it out of the history)")
      ->required();
  cmd->callback([db, email] {
    if (*email == "-") std::getline(std::cin, *email);
    auto store = openStore(*db);
    auto erased = store->eraseByEmail(*email);
    if (!erased) failWith("erase failed: " + leads::describe(erased.error()));
    if (*erased == 0) failWith("no lead with that email", kExitNotFound);
    std::cout << "erased " << *erased << " lead(s)\n";
  });
}

void addInsertDemo(CLI::App& group) {
  auto db = std::make_shared<std::string>();
  auto count = std::make_shared<int>(1);
  auto event = std::make_shared<std::string>("demo");
  CLI::App* cmd = group.add_subcommand(
      "insert-demo", "Insert N synthetic leads, one transaction each; print each id once its commit returned");
  cmd->add_option("--db", *db, "Lead database (created if missing)")->required();
  cmd->add_option("--count", *count, "How many")->required()->check(CLI::PositiveNumber);
  cmd->add_option("--event", *event, "Event name")->capture_default_str();
  cmd->callback([db, count, event] {
    auto store = openStore(*db, true);
    for (int i = 0; i < *count; ++i) {
      auto receipt = store->submit(leads::makeDemoLead(static_cast<std::size_t>(i), *event, "kioskctl-demo",
                                                       leads::Clock::now()));
      if (!receipt) failWith("demo lead refused: " + leads::describe(receipt.error()));
      if (receipt->status != leads::SubmitStatus::Stored)
        failWith("lead not stored: " + leads::describe(receipt->error.value_or(leads::Error{})));
      // The id is printed, and flushed, only now that submit() saw the COMMIT return.
      std::cout << receipt->leadId << '\n' << std::flush;
    }
  });
}

}  // namespace

void addLeadsCommands(CLI::App& cli) {
  CLI::App* group = cli.add_subcommand("leads", "Visitor leads: export, retention, erasure");
  group->require_subcommand(1);
  addExport(*group);
  addPurge(*group);
  addErase(*group);
  addInsertDemo(*group);
}

void addDbCommands(CLI::App& cli) {
  CLI::App* group = cli.add_subcommand("db", "Lead database maintenance");
  group->require_subcommand(1);
  auto db = std::make_shared<std::string>();
  CLI::App* check = group->add_subcommand(
      "check", "integrity_check + foreign_key_check, read-only. Exit 0 ok, 1 damaged, 2 cannot open");
  check->add_option("--db", *db, "Lead database")->required();
  check->callback([db] {
    if (!fs::exists(*db)) failWith("no database at " + *db, kExitCannotOpen);
    auto report = leads::checkDatabase(*db);
    if (!report) failWith("cannot check " + *db + ": " + leads::describe(report.error()), kExitCannotOpen);
    if (!report->ok) {
      std::cerr << "kioskctl: " << *db << " is DAMAGED:\n";
      for (const auto& problem : report->problems) std::cerr << "  " << problem << "\n";
      throw CLI::RuntimeError(kExitFailed);
    }
    std::cout << "ok: schema v" << report->schemaVersion << ", " << report->leads << " lead(s), "
              << report->unsentOutbox << " outbox row(s) not yet synced\n";
  });
}

}  // namespace kiosk::ctl

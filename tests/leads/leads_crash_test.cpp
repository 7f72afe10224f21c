// Crash test for the lead store: runs `kioskctl leads insert-demo` again and again and
// SIGKILLs it at a random moment (during start-up, between commits, in the middle of one).
// kioskctl prints a lead id only after its COMMIT returned, so afterwards every printed id
// must be in the database with its visit, consents and outbox rows, and the database must
// pass integrity_check. Usage: leads-crash-test KIOSKCTL WORKDIR [RUNS] [SEED]
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "kiosk/leads/lead_store.h"
#include "kiosk/leads/sqlite.h"
#include "kiosk/leads/uuid.h"

namespace {

namespace fs = std::filesystem;
using Steady = std::chrono::steady_clock;

[[noreturn]] void die(const std::string& message) {
  std::fprintf(stderr, "crash test: %s\n", message.c_str());
  std::exit(2);
}

struct Run {
  std::vector<std::string> ids;  // complete lines only
  bool killed = false;
  bool tornLine = false;
};

// Kills `delay` after the start, or, with afterFirstId, `delay` after the first id was
// printed (so the kill lands in the insert loop however long start-up takes).
Run runAndKill(const std::string& kioskctl, const std::string& db, std::chrono::microseconds delay,
               bool afterFirstId) {
  int fds[2];
  if (::pipe(fds) != 0) die("pipe failed");
  const pid_t pid = ::fork();
  if (pid < 0) die("fork failed");
  if (pid == 0) {
    ::dup2(fds[1], STDOUT_FILENO);
    ::close(fds[0]);
    ::close(fds[1]);
    ::execl(kioskctl.c_str(), kioskctl.c_str(), "leads", "insert-demo", "--db", db.c_str(), "--count", "1000000",
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(fds[1]);
  std::string output;
  char buffer[4096];
  const auto drain = [&](int timeoutMs) {
    pollfd p{fds[0], POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0) return false;
    const ssize_t got = ::read(fds[0], buffer, sizeof buffer);
    if (got <= 0) return false;
    output.append(buffer, static_cast<std::size_t>(got));
    return true;
  };
  // Keep the pipe drained while waiting, so the child never blocks on a full pipe.
  if (afterFirstId) {
    const auto giveUp = Steady::now() + std::chrono::seconds(5);
    while (output.find('\n') == std::string::npos && Steady::now() < giveUp) drain(10);
  }
  const auto deadline = Steady::now() + delay;
  while (Steady::now() < deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Steady::now()).count();
    drain(static_cast<int>(std::max<long long>(left, 0)));
  }
  ::kill(pid, SIGKILL);
  while (drain(1000)) {
  }
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);

  Run run;
  run.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  if (!run.killed) std::fprintf(stderr, "kioskctl ended by itself (status %d) instead of being killed\n", status);
  std::size_t start = 0;
  for (std::size_t end; (end = output.find('\n', start)) != std::string::npos; start = end + 1)
    run.ids.push_back(output.substr(start, end - start));
  run.tornLine = start != output.size();  // a line without its newline: allowed, but never counted
  return run;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s KIOSKCTL WORKDIR [RUNS] [SEED]\n", argv[0]);
    return 2;
  }
  const std::string kioskctl = argv[1];
  const fs::path work = argv[2];
  const int runs = argc > 3 ? std::atoi(argv[3]) : 200;
  const unsigned seed = argc > 4 ? static_cast<unsigned>(std::strtoul(argv[4], nullptr, 10)) : std::random_device{}();
  std::error_code ec;
  fs::remove_all(work, ec);
  fs::create_directories(work);
  const std::string db = (work / "leads.db").string();
  std::printf("crash test: %d runs, seed %u (rerun with it to reproduce), database %s\n", runs, seed, db.c_str());

  std::mt19937 random(seed);
  // Mostly in the insert loop (0-40 ms after the first id: ~2-4 ms per fsync'd lead, so
  // anywhere in a transaction); one run in eight from the start (exec, open, migrations).
  std::uniform_int_distribution<int> lateDelay(0, 40'000), earlyDelay(0, 150'000), pick(0, 7);
  const auto started = Steady::now();
  std::set<std::string> acknowledged;
  int failures = 0, killed = 0, withIds = 0, torn = 0;
  for (int i = 0; i < runs; ++i) {
    const bool early = pick(random) == 0;
    const auto delay = std::chrono::microseconds(early ? earlyDelay(random) : lateDelay(random));
    const Run run = runAndKill(kioskctl, db, delay, !early);
    killed += run.killed ? 1 : 0;
    withIds += run.ids.empty() ? 0 : 1;
    torn += run.tornLine ? 1 : 0;
    for (const auto& id : run.ids) {
      if (!kiosk::leads::isUuid(id)) {
        std::fprintf(stderr, "run %d: printed line is not a lead id: '%s'\n", i, id.c_str());
        ++failures;
      } else if (!acknowledged.insert(id).second) {
        std::fprintf(stderr, "run %d: id printed twice: %s\n", i, id.c_str());
        ++failures;
      }
    }
  }
  const double seconds = std::chrono::duration<double>(Steady::now() - started).count();

  // The verdict, on a connection of our own.
  auto check = kiosk::leads::checkDatabase(db);
  if (!check) die("cannot check the database: " + kiosk::leads::describe(check.error()));
  if (!check->ok) {
    std::fprintf(stderr, "integrity check FAILED:\n");
    for (const auto& problem : check->problems) std::fprintf(stderr, "  %s\n", problem.c_str());
    ++failures;
  }
  auto conn = kiosk::leads::sqlite::Database::open(db, kiosk::leads::sqlite::Database::Mode::ReadOnly);
  if (!conn) die("cannot open " + db);
  auto whole = conn->prepare(
      "SELECT (SELECT count(*) FROM lead WHERE lead_id = ?1), (SELECT count(*) FROM visit WHERE lead_id = ?1), "
      "(SELECT count(*) FROM consent WHERE lead_id = ?1), (SELECT count(*) FROM outbox WHERE lead_id = ?1)");
  if (!whole) die(kiosk::leads::describe(whole.error()));
  int missing = 0;
  for (const auto& id : acknowledged) {
    whole->reset();
    whole->bindText(1, id);
    if (!whole->step().value_or(false)) die("query failed");
    if (whole->columnInt(0) != 1 || whole->columnInt(1) != 1 || whole->columnInt(2) != 2 || whole->columnInt(3) != 4) {
      std::fprintf(stderr, "acknowledged lead %s incomplete: lead %lld visit %lld consents %lld outbox %lld\n", id.c_str(),
                   static_cast<long long>(whole->columnInt(0)), static_cast<long long>(whole->columnInt(1)),
                   static_cast<long long>(whole->columnInt(2)), static_cast<long long>(whole->columnInt(3)));
      ++missing;
    }
  }
  // No half-written leads either, acknowledged or not: every lead is whole or absent.
  const auto partial = conn->queryInt(
      "SELECT count(*) FROM lead l WHERE (SELECT count(*) FROM visit v WHERE v.lead_id = l.lead_id) != 1 "
      "OR (SELECT count(*) FROM consent c WHERE c.lead_id = l.lead_id) != 2 "
      "OR (SELECT count(*) FROM outbox o WHERE o.lead_id = l.lead_id) != 4");
  const auto total = conn->queryInt("SELECT count(*) FROM lead");
  failures += missing + static_cast<int>(partial.value_or(1) != 0 ? 1 : 0);
  if (partial.value_or(1) != 0) std::fprintf(stderr, "%lld partial lead(s)\n", static_cast<long long>(partial.value_or(-1)));
  for (const auto& entry : fs::directory_iterator(work))
    if (entry.path().filename().string().find("damaged") != std::string::npos) {
      std::fprintf(stderr, "a damaged copy appeared: %s\n", entry.path().c_str());
      ++failures;
    }
  if (killed < runs * 9 / 10) {
    std::fprintf(stderr, "only %d of %d runs were killed: the test did not test much\n", killed, runs);
    ++failures;
  }

  std::printf("%d runs in %.1f s: %d killed by SIGKILL, %d printed ids before dying, %d ended mid-line\n", runs,
              seconds, killed, withIds, torn);
  std::printf("%zu acknowledged ids, %zu missing or incomplete; %lld leads in the database; integrity_check %s\n",
              acknowledged.size(), static_cast<std::size_t>(missing), static_cast<long long>(total.value_or(-1)),
              check->ok ? "ok" : "FAILED");
  std::printf("%s\n", failures == 0 ? "PASS" : "FAIL");
  return failures == 0 ? 0 : 1;
}

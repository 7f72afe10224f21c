// Disk full and read-only, for real where the machine allows it: a page limit (SQLITE_FULL
// from SQLite itself), a file-size rlimit in a child process (the kernel refuses writes),
// and, where user namespaces are available, a small tmpfs (ENOSPC) remounted read-only.
// Each time the lead must wait in memory and be stored, same id, once the condition clears,
// and other processes (kioskctl) must see a healthy database throughout.
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <memory>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include "kiosk/leads/lead_store.h"
#include "tests/unit/temp_dir.h"

#ifndef KIOSKCTL
#error "KIOSKCTL must be the path of the kioskctl binary"
#endif

namespace kiosk::leads {
namespace {

namespace fs = std::filesystem;

Lead visitor(int i) {
  Lead lead;
  lead.fields.firstName = "Zoë";
  lead.fields.lastName = "Perché-" + std::to_string(i);
  lead.fields.email = "visitor" + std::to_string(i) + "@example.it";
  lead.fields.phone = "+39 333 123 45" + std::to_string(10 + i % 90);
  lead.fields.note = std::string(800, 'n');  // fills space quickly
  lead.consents = {Consent{ConsentKind::ServiceContact, true, "privacy-2024-1", "Acconsento.", "it", Clock::now()}};
  lead.context.eventName = "Fiera";
  return lead;
}

struct Command {
  int status = -1;
  std::string output;
};

Command run(const std::string& args) {
  Command result;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen((std::string(KIOSKCTL) + " " + args + " 2>&1").c_str(), "r"),
                                             &::pclose);
  if (!pipe) return result;
  char buffer[4096];
  while (std::size_t got = std::fread(buffer, 1, sizeof buffer, pipe.get())) result.output.append(buffer, got);
  result.status = ::pclose(pipe.release());
  return result;
}

std::string readAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs `body` in a forked child; its exit status is the result (77: skipped).
int inChild(const std::function<int()>& body) {
  std::fflush(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) ::_exit(body());
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

#define CHILD_CHECK(cond)                                                        \
  do {                                                                           \
    if (!(cond)) {                                                               \
      std::fprintf(stderr, "child check failed, line %d: %s\n", __LINE__, #cond); \
      return 1;                                                                  \
    }                                                                            \
  } while (0)

class FaultTest : public ::testing::Test {
 protected:
  void SetUp() override { spdlog::set_level(spdlog::level::off); }
  LeadStoreOptions options(const fs::path& db) {
    LeadStoreOptions o;
    o.dbPath = db;
    o.kioskId = "kiosk-test";
    return o;
  }
  kiosk::test::TempDir dir;
};

TEST_F(FaultTest, PageLimitFullThenKioskctlSeesTheLeadOnceStored) {
  const fs::path db = dir.path() / "leads.db";
  bool full = true;
  auto o = options(db);
  o.onConnect = [&full](sqlite::Database& conn) {
    if (!full) return;
    const auto pages = conn.queryInt("PRAGMA page_count").value_or(1);
    ASSERT_TRUE(conn.exec("PRAGMA max_page_count = " + std::to_string(pages)));
  };
  auto store = LeadStore::open(o);
  ASSERT_TRUE(store) << describe(store.error());
  std::optional<SubmitReceipt> pending;
  for (int i = 0; i < 500 && !pending; ++i) {
    auto receipt = (*store)->submit(visitor(i));
    ASSERT_TRUE(receipt);
    if (receipt->status == SubmitStatus::Pending) pending = *receipt;
  }
  ASSERT_TRUE(pending);
  EXPECT_EQ(pending->error->code, ErrorCode::Full);

  // Meanwhile another process finds a healthy database without the pending lead.
  const auto check = run("db check --db " + db.string());
  EXPECT_EQ(check.status, 0) << check.output;
  const fs::path csv = dir.path() / "before.csv";
  ASSERT_EQ(run("leads export --db " + db.string() + " --format csv --out " + csv.string()).status, 0);
  EXPECT_EQ(readAll(csv).find(pending->leadId), std::string::npos);

  full = false;
  EXPECT_EQ((*store)->retryPending(), 1u);
  const fs::path after = dir.path() / "after.csv";
  const auto exported = run("leads export --db " + db.string() + " --format csv --sep ';' --out " + after.string());
  ASSERT_EQ(exported.status, 0) << exported.output;
  EXPECT_NE(readAll(after).find(pending->leadId), std::string::npos);
}

TEST_F(FaultTest, FileSizeLimitRefusesWritesThenTheLeadsAreStored) {
  const fs::path db = dir.path() / "leads.db";
  const fs::path report = dir.path() / "child-report.txt";
  const int status = inChild([&]() -> int {
    ::signal(SIGXFSZ, SIG_IGN);  // the write fails with EFBIG instead of killing us
    auto store = LeadStore::open(options(db));
    CHILD_CHECK(store);
    std::ofstream out(report);
    for (int i = 0; i < 5; ++i) {
      auto receipt = (*store)->submit(visitor(i));
      CHILD_CHECK(receipt && receipt->status == SubmitStatus::Stored);
      out << receipt->leadId << "\n";
    }
    std::error_code ec;
    const auto walSize = fs::file_size(db.string() + "-wal", ec);
    rlimit limit{static_cast<rlim_t>(std::max<std::uintmax_t>(fs::file_size(db), walSize) + 16 * 1024), RLIM_INFINITY};
    CHILD_CHECK(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
    int pending = 0;
    for (int i = 5; i < 400 && pending < 3; ++i) {
      auto receipt = (*store)->submit(visitor(i));
      CHILD_CHECK(receipt);
      if (receipt->status == SubmitStatus::Pending) {
        ++pending;
        CHILD_CHECK(receipt->error && (receipt->error->code == ErrorCode::Full || receipt->error->code == ErrorCode::Io));
      }
      out << receipt->leadId << "\n";
    }
    CHILD_CHECK(pending == 3);
    // (A retry under the limit may already succeed: a checkpoint restarts the WAL at offset 0.)
    limit.rlim_cur = RLIM_INFINITY;
    CHILD_CHECK(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
    (*store)->retryPending();
    CHILD_CHECK((*store)->pendingCount() == 0);
    return 0;
  });
  ASSERT_EQ(status, 0);

  auto check = checkDatabase(db);
  ASSERT_TRUE(check);
  EXPECT_TRUE(check->ok) << (check->problems.empty() ? "" : check->problems.front());
  auto conn = sqlite::Database::open(db, sqlite::Database::Mode::ReadOnly);
  ASSERT_TRUE(conn);
  std::ifstream ids(report);
  int checked = 0;
  for (std::string id; std::getline(ids, id); ++checked) {
    auto stmt = conn->prepare("SELECT count(*) FROM lead WHERE lead_id = ?");
    ASSERT_TRUE(stmt);
    stmt->bindText(1, id);
    ASSERT_TRUE(stmt->step().value_or(false));
    EXPECT_EQ(stmt->columnInt(0), 1) << "lead " << id << " lost";
  }
  EXPECT_GE(checked, 8);
  EXPECT_EQ(check->leads, checked);
}

// A private mount namespace (as root, or through a user namespace) where the test may mount
// a small tmpfs. Returns false when the machine does not allow it.
bool enterMountNamespace() {
  const uid_t uid = ::geteuid();
  const gid_t gid = ::getegid();
  if (uid != 0) {
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) return false;
    const auto write = [](const char* file, const std::string& text) {
      std::ofstream out(file);
      out << text;
      return static_cast<bool>(out.flush());
    };
    if (!write("/proc/self/setgroups", "deny") || !write("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1") ||
        !write("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1"))
      return false;
  } else if (::unshare(CLONE_NEWNS) != 0) {
    return false;
  }
  return ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
}

TEST_F(FaultTest, RealSmallFileSystemFullThenReadOnlyMount) {
  const fs::path mountPoint = dir.path() / "small";
  fs::create_directories(mountPoint);
  const int status = inChild([&]() -> int {
    if (!enterMountNamespace()) return 77;
    if (::mount("tmpfs", mountPoint.c_str(), "tmpfs", 0, "size=1m,mode=0700") != 0) return 77;
    const fs::path db = mountPoint / "leads.db";
    std::vector<std::string> ids;
    {
      auto store = LeadStore::open(options(db));
      CHILD_CHECK(store);
      // Fill the file system: ENOSPC, reported by SQLite as SQLITE_FULL.
      int pending = 0;
      for (int i = 0; i < 2000 && pending < 2; ++i) {
        auto receipt = (*store)->submit(visitor(i));
        CHILD_CHECK(receipt);
        ids.push_back(receipt->leadId);
        if (receipt->status == SubmitStatus::Pending) {
          ++pending;
          CHILD_CHECK(receipt->error && (receipt->error->code == ErrorCode::Full || receipt->error->code == ErrorCode::Io));
        }
      }
      CHILD_CHECK(pending == 2);
      CHILD_CHECK((*store)->status().needsStaff());
      // Staff free some space (here: grow the file system) and the kiosk catches up.
      CHILD_CHECK(::mount("tmpfs", mountPoint.c_str(), "tmpfs", MS_REMOUNT, "size=16m,mode=0700") == 0);
      CHILD_CHECK((*store)->retryPending() == 2);
      CHILD_CHECK((*store)->pendingCount() == 0);
    }
    // The mount turns read-only (as after an I/O error): the kiosk still starts and queues.
    CHILD_CHECK(::mount("tmpfs", mountPoint.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=16m,mode=0700") == 0);
    auto store = LeadStore::open(options(db));
    CHILD_CHECK(store);
    auto queued = (*store)->submit(visitor(5000));
    CHILD_CHECK(queued && queued->status == SubmitStatus::Pending);
    CHILD_CHECK(queued->error && (queued->error->code == ErrorCode::ReadOnly || queued->error->code == ErrorCode::Io));
    ids.push_back(queued->leadId);
    CHILD_CHECK(::mount("tmpfs", mountPoint.c_str(), "tmpfs", MS_REMOUNT, "size=16m,mode=0700") == 0);
    CHILD_CHECK((*store)->retryPending() == 1);

    auto check = (*store)->check();
    CHILD_CHECK(check && check->ok);
    CHILD_CHECK(check->leads == static_cast<std::int64_t>(ids.size()));
    auto found = (*store)->list({});
    CHILD_CHECK(found);
    std::set<std::string> stored;
    for (const auto& lead : *found) stored.insert(lead.id);
    for (const auto& id : ids) CHILD_CHECK(stored.count(id) == 1);
    std::fprintf(stderr, "tmpfs: %zu leads, all stored after ENOSPC and after a read-only remount\n", ids.size());
    return 0;
  });
  if (status == 77) GTEST_SKIP() << "no mount namespace here (unshare/mount not permitted)";
  EXPECT_EQ(status, 0);
}

}  // namespace
}  // namespace kiosk::leads

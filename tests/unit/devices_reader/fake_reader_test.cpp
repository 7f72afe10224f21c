#include "devices/reader/fake_reader.h"

#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>

#include "devices/core/mailbox.h"

namespace kiosk::devices::reader {
namespace {

using namespace std::chrono_literals;

TEST(ScanScript, StepsWaitsCommentsAndEscapes) {
  auto steps = parseScanScript(
      "# badges for the e2e test\r\nwait 200\n0005397623\n\nwait 50\nwait 25\nMECARD:N:Rossi,Mario;;\n\\wait 5\n"
      "\\# not a comment\nNiccolò\nwait 1000\n");
  ASSERT_TRUE(steps) << steps.error().message;
  EXPECT_EQ(*steps, (std::vector<ScriptStep>{{200ms, "0005397623"},
                                             {75ms, "MECARD:N:Rossi,Mario;;"},
                                             {0ms, "wait 5"},
                                             {0ms, "# not a comment"},
                                             {0ms, "Niccolò"},
                                             {1000ms, ""}}));
  EXPECT_TRUE(parseScanScript("")->empty());
}

TEST(ScanScript, ErrorsNameTheLineNeverTheScan) {
  const std::pair<const char*, const char*> bad[] = {
      {"ok\nwait\n", "line 2: wait needs milliseconds"},
      {"wait 5s\n", "line 1: wait needs milliseconds"},
      {"wait -1\n", "line 1: wait needs milliseconds"},
      {"wait 99999999999\n", "line 1: wait needs milliseconds"},
      {"a\n\\\n", "line 2: empty scan"},
      {"secret\x1b[2J\n", "line 1: scan is not printable UTF-8"},
      {"secret\xC3\n", "line 1: scan is not printable UTF-8"},
      {"secret\xC2\x85\n", "line 1: scan is not printable UTF-8"},
  };
  for (const auto& [text, message] : bad) {
    auto r = parseScanScript(text);
    ASSERT_FALSE(r) << text;
    EXPECT_EQ(r.error().code, ErrorCode::InvalidData);
    EXPECT_NE(r.error().message.find(message), std::string::npos) << r.error().message;
    EXPECT_EQ(r.error().message.find("secret"), std::string::npos);
  }
  EXPECT_FALSE(parseScanScript(std::string(4097, 'x')));
  EXPECT_TRUE(parseScanScript(std::string(4096, 'x')));
}

// The fake reader delivers through a Mailbox like the USB one: the UI drains it when woken.
TEST(FakeReaderWorker, PlaysTheScriptInOrderThroughAMailbox) {
  std::mutex m;
  std::condition_variable cv;
  int wakes = 0;
  Mailbox<ScanEvent> box([&] {
    std::lock_guard lock(m);
    ++wakes;
    cv.notify_all();
  });
  std::vector<WorkerStatus> statuses;
  std::mutex statusMutex;
  auto steps = parseScanScript("wait 20\nSB-1\nwait 20\nSB-2\n");
  ASSERT_TRUE(steps);
  FakeReaderWorker worker("fake:badges.txt", *steps, [&](ScanEvent e) { box.post(std::move(e)); },
                          [&](WorkerStatus s) {
                            std::lock_guard lock(statusMutex);
                            statuses.push_back(std::move(s));
                            cv.notify_all();
                          });
  const auto started = std::chrono::steady_clock::now();
  worker.start();
  std::vector<ScanEvent> got;
  while (got.size() < 2) {
    std::unique_lock lock(m);
    ASSERT_TRUE(cv.wait_for(lock, 5s, [&] { return wakes > 0; }));
    wakes = 0;
    lock.unlock();
    for (auto& e : box.drain()) got.push_back(std::move(e));
  }
  EXPECT_GE(std::chrono::steady_clock::now() - started, 40ms);
  EXPECT_EQ(got[0].text, "SB-1");
  EXPECT_EQ(got[1].text, "SB-2");
  EXPECT_EQ(got[1].source, "fake:badges.txt");
  EXPECT_LE(got[0].at, got[1].at);
  const auto stopAsked = std::chrono::steady_clock::now();
  worker.stop();  // idling after "finished": the stop is prompt
  EXPECT_LT(std::chrono::steady_clock::now() - stopAsked, 1s);
  std::lock_guard lock(statusMutex);
  ASSERT_GE(statuses.size(), 3u);
  EXPECT_EQ(statuses[1].detail, "reader fake:badges.txt ready");
  EXPECT_EQ(statuses.back().state, WorkerState::Stopped);
}

TEST(FakeReaderWorker, LoopsForUnattendedDemosAndStopsMidWait) {
  std::atomic<int> scans{0};
  FakeReaderWorker worker("fake:loop", {{0ms, "A"}}, [&](ScanEvent) { ++scans; }, {}, true);
  worker.start();
  std::this_thread::sleep_for(100ms);
  const auto stopAsked = std::chrono::steady_clock::now();
  worker.stop();  // inside the one-second pause between rounds
  EXPECT_LT(std::chrono::steady_clock::now() - stopAsked, 500ms);
  EXPECT_EQ(scans.load(), 1);
}

}  // namespace
}  // namespace kiosk::devices::reader

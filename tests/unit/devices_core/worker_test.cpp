#include "devices/core/worker.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "devices/core/heartbeat_worker.h"
#include "tests/unit/status_log.h"

namespace kiosk::devices {
namespace {

using namespace std::chrono_literals;
using SteadyClock = std::chrono::steady_clock;

using test::StatusLog;

std::vector<WorkerState> states(const std::vector<WorkerStatus>& statuses) {
  std::vector<WorkerState> out;
  for (const WorkerStatus& s : statuses) out.push_back(s.state);
  return out;
}

// A worker whose run() is a lambda, so each test states exactly what the thread does.
class LambdaWorker final : public Worker {
 public:
  using Body = std::function<void(LambdaWorker&, std::stop_token)>;
  LambdaWorker(std::string name, StatusSink sink, Body body) : Worker(std::move(name), std::move(sink)), m_body(std::move(body)) {}
  ~LambdaWorker() override { stop(); }

  using Worker::publish;
  using Worker::sleepFor;
  using Worker::waitUntilActive;
  using Worker::active;

 private:
  void run(std::stop_token stop) override { m_body(*this, stop); }
  Body m_body;
};

TEST(Worker, PublishesStartingThenStoppedWithIncreasingSequence) {
  StatusLog log;
  LambdaWorker worker("probe", log.sink(), [](LambdaWorker& self, std::stop_token) {
    self.publish(WorkerState::Running, "working");
  });
  EXPECT_EQ(worker.name(), "probe");
  const auto before = SteadyClock::now();
  worker.start();
  ASSERT_TRUE(log.waitFor([](const auto& s) { return s.size() == 3; }));
  worker.stop();

  const auto statuses = log.statuses();
  EXPECT_EQ(states(statuses), (std::vector<WorkerState>{WorkerState::Starting, WorkerState::Running, WorkerState::Stopped}));
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    EXPECT_EQ(statuses[i].source, "probe");
    EXPECT_EQ(statuses[i].sequence, i + 1);
    EXPECT_GE(statuses[i].at, before);
  }
  EXPECT_EQ(statuses[1].detail, "working");
}

TEST(Worker, ExceptionEscapingRunIsReportedAsFailed) {
  StatusLog log;
  LambdaWorker worker("printer", log.sink(), [](LambdaWorker&, std::stop_token) {
    throw std::runtime_error("serial port vanished");
  });
  worker.start();
  ASSERT_TRUE(log.waitFor([](const auto& s) { return s.size() == 2; }));
  worker.stop();
  const auto statuses = log.statuses();
  ASSERT_EQ(statuses.size(), 2u);  // no Stopped after Failed
  EXPECT_EQ(statuses[0].state, WorkerState::Starting);
  EXPECT_EQ(statuses[1].state, WorkerState::Failed);
  EXPECT_EQ(statuses[1].detail, "serial port vanished");
}

TEST(Worker, NonStandardExceptionIsReportedAsFailed) {
  StatusLog log;
  LambdaWorker worker("odd", log.sink(), [](LambdaWorker&, std::stop_token) { throw 42; });
  worker.start();
  ASSERT_TRUE(log.waitFor([](const auto& s) { return s.size() == 2; }));
  worker.stop();
  EXPECT_EQ(log.statuses().back().state, WorkerState::Failed);
  EXPECT_EQ(log.statuses().back().detail, "unknown exception");
}

TEST(Worker, SleepForRunsTheFullDurationWithoutAStop) {
  StatusLog log;
  bool result = false;
  SteadyClock::duration slept{};
  LambdaWorker worker("sleeper", log.sink(), [&](LambdaWorker& self, std::stop_token stop) {
    const auto start = SteadyClock::now();
    result = self.sleepFor(stop, 30ms);
    slept = SteadyClock::now() - start;
  });
  worker.start();
  ASSERT_TRUE(log.waitFor([](const auto& s) { return s.size() == 2; }));
  worker.stop();  // joins: result and slept are safe to read
  EXPECT_TRUE(result);
  EXPECT_GE(slept, 30ms);
}

TEST(Worker, StopWakesSleepForWhichReturnsFalse) {
  StatusLog log;
  bool result = true;
  LambdaWorker worker("sleeper", log.sink(), [&](LambdaWorker& self, std::stop_token stop) {
    self.publish(WorkerState::Running, "about to sleep");
    result = self.sleepFor(stop, 60s);
  });
  worker.start();
  ASSERT_TRUE(log.waitFor([](const auto& s) { return s.size() == 2; }));
  const auto start = SteadyClock::now();
  worker.stop();
  EXPECT_LT(SteadyClock::now() - start, 1s) << "stop() must not wait out the sleep";
  EXPECT_FALSE(result) << "sleepFor() must report the stop, or a worker loop never ends";
  EXPECT_EQ(log.statuses().back().state, WorkerState::Stopped);
}

TEST(Worker, SleepForAfterAStopReturnsFalseAtOnce) {
  StatusLog log;
  std::vector<bool> results;
  LambdaWorker worker("loop", log.sink(), [&](LambdaWorker& self, std::stop_token stop) {
    self.publish(WorkerState::Running, {});
    // The usual worker loop: it must end once a stop is requested.
    while (results.size() < 1000 && self.sleepFor(stop, 5ms)) results.push_back(true);
    results.push_back(false);
  });
  worker.start();
  ASSERT_TRUE(log.waitFor([](const auto& s) { return s.size() >= 2; }));
  worker.stop();
  ASSERT_FALSE(results.empty());
  EXPECT_FALSE(results.back());
  EXPECT_LT(results.size(), 1000u) << "the loop ran on after stop()";
}

TEST(Worker, PausedWorkerParksItsThreadAndResumesOnTheSameOne) {
  // The AR demo pauses its threads between visits instead of ending them (OpenCV keeps data per
  // thread forever): a pause must cut a sleep short and park the loop, a resume continue it on
  // the same thread.
  std::atomic<int> rounds{0};
  std::atomic<int> pauses{0};
  std::mutex idsMutex;
  std::vector<std::thread::id> ids;
  LambdaWorker worker("gate", {}, [&](LambdaWorker& self, std::stop_token stop) {
    while (self.waitUntilActive(stop)) {
      {
        std::lock_guard lock(idsMutex);
        ids.push_back(std::this_thread::get_id());
      }
      ++rounds;
      while (self.active() && self.sleepFor(stop, 60s)) {
      }
      ++pauses;
    }
  });
  const auto reaches = [](const std::atomic<int>& counter, int n) {
    const auto end = SteadyClock::now() + 2s;
    while (counter < n && SteadyClock::now() < end) std::this_thread::sleep_for(1ms);
    return counter.load();
  };
  worker.start();
  ASSERT_EQ(reaches(rounds, 1), 1);
  worker.setActive(false);
  EXPECT_EQ(reaches(pauses, 1), 1) << "the pause must end the 60 s sleep";
  worker.setActive(true);
  EXPECT_EQ(reaches(rounds, 2), 2);
  worker.setActive(false);
  EXPECT_EQ(reaches(pauses, 2), 2);
  std::this_thread::sleep_for(30ms);
  EXPECT_EQ(rounds, 2) << "a paused worker must not go round";
  const auto stopping = SteadyClock::now();
  worker.stop();
  EXPECT_LT(SteadyClock::now() - stopping, 1s) << "a parked worker stops at once";
  std::lock_guard lock(idsMutex);
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids[0], ids[1]);
}

TEST(Worker, ParkedWorkerReportsPausedOncePerPause) {
  // The staff dashboard shows a parked worker (the AR demo's, between visits) as paused, not Running.
  StatusLog log;
  LambdaWorker worker("gate", log.sink(), [](LambdaWorker& self, std::stop_token stop) {
    while (self.waitUntilActive(stop)) {
      self.publish(WorkerState::Running, {});
      while (self.active() && self.sleepFor(stop, 60s)) {
      }
    }
  });
  const auto last = [](WorkerState state, const char* detail) {
    return [=](const std::vector<WorkerStatus>& s) {
      return !s.empty() && s.back().state == state && s.back().detail == detail;
    };
  };
  worker.start();
  ASSERT_TRUE(log.waitFor(last(WorkerState::Running, "")));
  worker.setActive(false);
  ASSERT_TRUE(log.waitFor(last(WorkerState::Stopped, "paused")));
  worker.setActive(true);
  ASSERT_TRUE(log.waitFor(last(WorkerState::Running, "")));
  worker.setActive(false);
  ASSERT_TRUE(log.waitFor(last(WorkerState::Stopped, "paused")));
  worker.stop();
  EXPECT_EQ(states(log.statuses()),
            (std::vector<WorkerState>{WorkerState::Starting, WorkerState::Running, WorkerState::Stopped,
                                      WorkerState::Running, WorkerState::Stopped, WorkerState::Stopped}));
  EXPECT_EQ(log.statuses().back().detail, "") << "the final Stopped is the thread's end, not another pause";
}

TEST(Worker, StopIsIdempotentAndSafeBeforeStart) {
  StatusLog log;
  LambdaWorker idle("idle", log.sink(), [](LambdaWorker&, std::stop_token) {});
  idle.stop();  // never started
  idle.stop();
  EXPECT_TRUE(log.statuses().empty());

  LambdaWorker worker("once", log.sink(), [](LambdaWorker&, std::stop_token) {});
  worker.start();
  worker.stop();
  worker.stop();
  EXPECT_EQ(states(log.statuses()), (std::vector<WorkerState>{WorkerState::Starting, WorkerState::Stopped}));
}

TEST(Worker, StartWhileRunningDoesNotStartASecondThread) {
  StatusLog log;
  std::atomic<int> runs{0};
  LambdaWorker worker("single", log.sink(), [&](LambdaWorker& self, std::stop_token stop) {
    ++runs;
    self.sleepFor(stop, 60s);
  });
  worker.start();
  worker.start();
  ASSERT_TRUE(log.waitFor([](const auto& s) { return !s.empty(); }));
  worker.stop();
  EXPECT_EQ(runs.load(), 1);
  EXPECT_EQ(states(log.statuses()), (std::vector<WorkerState>{WorkerState::Starting, WorkerState::Stopped}));
}

TEST(Worker, DestructorStopsTheThread) {
  StatusLog log;
  {
    LambdaWorker worker("scoped", log.sink(), [](LambdaWorker& self, std::stop_token stop) { self.sleepFor(stop, 60s); });
    worker.start();
    ASSERT_TRUE(log.waitFor([](const auto& s) { return !s.empty(); }));
  }
  EXPECT_EQ(log.statuses().back().state, WorkerState::Stopped);
}

TEST(Worker, WithoutASinkPublishingIsHarmless) {
  bool ran = false;
  LambdaWorker worker("mute", nullptr, [&](LambdaWorker& self, std::stop_token) {
    self.publish(WorkerState::Running, "nobody listens");
    ran = true;
  });
  worker.start();
  worker.stop();
  EXPECT_TRUE(ran);
}

TEST(HeartbeatWorker, BeatsEveryIntervalAndStopsPromptly) {
  StatusLog log;
  HeartbeatWorker heartbeat(log.sink(), 10ms);
  EXPECT_EQ(heartbeat.name(), "heartbeat");
  heartbeat.start();
  ASSERT_TRUE(log.waitFor([](const auto& s) { return s.size() >= 4; }));  // Starting + 3 beats
  const auto start = SteadyClock::now();
  heartbeat.stop();
  EXPECT_LT(SteadyClock::now() - start, 1s);

  const auto statuses = log.statuses();
  ASSERT_GE(statuses.size(), 5u);
  EXPECT_EQ(statuses.front().state, WorkerState::Starting);
  EXPECT_EQ(statuses.back().state, WorkerState::Stopped);
  for (std::size_t i = 1; i + 1 < statuses.size(); ++i) {
    EXPECT_EQ(statuses[i].state, WorkerState::Running);
    EXPECT_EQ(statuses[i].detail, "beat " + std::to_string(i));
    EXPECT_EQ(statuses[i].source, "heartbeat");
  }
  // Beats are paced by the interval, not a busy loop: 3 beats take at least 2 intervals.
  EXPECT_GE(statuses[3].at - statuses[1].at, 20ms);
}

}  // namespace
}  // namespace kiosk::devices

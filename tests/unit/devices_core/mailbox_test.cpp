#include "devices/core/mailbox.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace kiosk::devices {
namespace {

TEST(Mailbox, DrainReturnsMessagesInPostOrderAndEmptiesTheBox) {
  Mailbox<int> box(nullptr);
  EXPECT_TRUE(box.post(1));
  EXPECT_TRUE(box.post(2));
  EXPECT_TRUE(box.post(3));
  EXPECT_EQ(box.drain(), (std::vector<int>{1, 2, 3}));
  EXPECT_TRUE(box.drain().empty());
}

TEST(Mailbox, WakesOnlyWhenTheBoxTurnsNonEmpty) {
  int wakes = 0;
  Mailbox<int> box([&] { ++wakes; });
  EXPECT_EQ(wakes, 0);
  box.post(1);
  EXPECT_EQ(wakes, 1);
  // A burst costs the UI one wake-up, not one per message.
  box.post(2);
  box.post(3);
  EXPECT_EQ(wakes, 1);
  (void)box.drain();
  box.post(4);
  EXPECT_EQ(wakes, 2);
}

TEST(Mailbox, WhenFullDropsTheOldestAndCountsIt) {
  int wakes = 0;
  Mailbox<int> box([&] { ++wakes; }, 3);
  for (int i = 1; i <= 5; ++i) EXPECT_TRUE(box.post(i));
  EXPECT_EQ(box.dropped(), 2u);
  EXPECT_EQ(box.drain(), (std::vector<int>{3, 4, 5}));
  EXPECT_EQ(wakes, 1);  // dropping keeps the box non-empty: no extra wake-up
  // The counter is cumulative: it survives a drain.
  box.post(6);
  EXPECT_EQ(box.dropped(), 2u);
}

TEST(Mailbox, CapacityOneKeepsOnlyTheNewest) {
  Mailbox<std::string> box(nullptr, 1);
  box.post("old");
  box.post("new");
  EXPECT_EQ(box.drain(), (std::vector<std::string>{"new"}));
  EXPECT_EQ(box.dropped(), 1u);
}

TEST(Mailbox, CloseRejectsPostsButKeepsWhatIsQueued) {
  int wakes = 0;
  Mailbox<int> box([&] { ++wakes; });
  box.post(1);
  box.close();
  EXPECT_FALSE(box.post(2));
  EXPECT_EQ(wakes, 1);  // a refused post wakes nobody
  EXPECT_EQ(box.drain(), (std::vector<int>{1}));
  EXPECT_FALSE(box.post(3));
  EXPECT_TRUE(box.drain().empty());
  EXPECT_EQ(box.dropped(), 0u);
}

TEST(Mailbox, CloseOnAnEmptyBoxDoesNotWake) {
  int wakes = 0;
  Mailbox<int> box([&] { ++wakes; });
  box.close();
  EXPECT_FALSE(box.post(1));
  EXPECT_EQ(wakes, 0);
}

TEST(Mailbox, CarriesMoveOnlyMessages) {
  Mailbox<std::unique_ptr<int>> box(nullptr, 2);
  box.post(std::make_unique<int>(7));
  box.post(std::make_unique<int>(8));
  box.post(std::make_unique<int>(9));
  auto messages = box.drain();
  ASSERT_EQ(messages.size(), 2u);
  EXPECT_EQ(*messages[0], 8);
  EXPECT_EQ(*messages[1], 9);
}

// The wake callback runs outside the lock, so it may touch the box (an SDL waker does not,
// but a test or a synchronous consumer can). Under the lock this would deadlock.
TEST(Mailbox, WakeCallbackMayUseTheMailbox) {
  Mailbox<int>* self = nullptr;
  std::vector<int> seen;
  Mailbox<int> box([&] {
    for (int v : self->drain()) seen.push_back(v);
  });
  self = &box;
  box.post(1);
  box.post(2);  // drained by the first wake, so this is again an empty -> non-empty transition
  EXPECT_EQ(seen, (std::vector<int>{1, 2}));
}

TEST(Mailbox, ManyProducersOneConsumerLoseNothingAndKeepPerProducerOrder) {
  constexpr int kProducers = 4;
  constexpr int kPerProducer = 2000;
  std::atomic<int> wakes{0};
  Mailbox<std::pair<int, int>> box([&] { ++wakes; }, kProducers * kPerProducer);

  std::vector<std::jthread> producers;
  for (int p = 0; p < kProducers; ++p) {
    producers.emplace_back([&box, p] {
      for (int i = 0; i < kPerProducer; ++i) ASSERT_TRUE(box.post({p, i}));
    });
  }
  std::vector<int> next(kProducers, 0);
  int received = 0;
  bool inOrder = true;
  const auto consume = [&] {
    for (const auto& [p, i] : box.drain()) {
      inOrder = inOrder && i == next[static_cast<std::size_t>(p)];
      next[static_cast<std::size_t>(p)] = i + 1;
      ++received;
    }
  };
  // The UI thread drains while the producers post; the deadline only turns a bug into a failure.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (received < kProducers * kPerProducer && std::chrono::steady_clock::now() < deadline) {
    consume();
    std::this_thread::yield();
  }
  for (auto& t : producers) t.join();
  consume();
  EXPECT_EQ(received, kProducers * kPerProducer);
  EXPECT_TRUE(inOrder);
  EXPECT_EQ(box.dropped(), 0u);
  EXPECT_GE(wakes.load(), 1);
  EXPECT_LE(wakes.load(), kProducers * kPerProducer);
}

}  // namespace
}  // namespace kiosk::devices

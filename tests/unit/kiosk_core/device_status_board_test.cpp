#include "kiosk/core/device_status_board.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

using devices::WorkerState;
using devices::WorkerStatus;

WorkerStatus status(std::string source, WorkerState state, std::string detail, std::uint64_t sequence) {
  return WorkerStatus{std::move(source), state, std::move(detail), sequence, {}};
}

TEST(DeviceStatusBoard, StartsEmpty) {
  const DeviceStatusBoard board;
  EXPECT_TRUE(board.entries().empty());
  EXPECT_EQ(board.revision(), 0u);
}

TEST(DeviceStatusBoard, KeepsTheLatestStatusOfEachWorker) {
  DeviceStatusBoard board;
  board.apply(status("heartbeat", WorkerState::Starting, "", 1));
  board.apply(status("printer", WorkerState::Degraded, "no filament", 1));
  board.apply(status("heartbeat", WorkerState::Running, "beat 1", 2));
  board.apply(status("heartbeat", WorkerState::Running, "beat 2", 3));

  ASSERT_EQ(board.entries().size(), 2u);
  const WorkerStatus& heartbeat = board.entries().at("heartbeat");
  EXPECT_EQ(heartbeat.state, WorkerState::Running);
  EXPECT_EQ(heartbeat.detail, "beat 2");
  EXPECT_EQ(heartbeat.sequence, 3u);
  EXPECT_EQ(board.entries().at("printer").detail, "no filament");
  // Listed by name, so the staff panel does not reshuffle as statuses arrive.
  EXPECT_EQ(board.entries().begin()->first, "heartbeat");
}

TEST(DeviceStatusBoard, RevisionGrowsWithEveryUpdate) {
  // Even a repeated "running" beat changes what the panel shows (its age), so it counts.
  DeviceStatusBoard board;
  board.apply(status("heartbeat", WorkerState::Running, "beat 1", 1));
  const auto first = board.revision();
  board.apply(status("heartbeat", WorkerState::Running, "beat 2", 2));
  EXPECT_GT(board.revision(), first);
  board.apply(status("reader", WorkerState::Failed, "unplugged", 1));
  EXPECT_EQ(board.revision(), first + 2);
}

}  // namespace
}  // namespace kiosk::core

#include "devices/core/error.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "devices/core/worker_status.h"

namespace kiosk::devices {
namespace {

TEST(ErrorCode, EveryCodeHasItsOwnName) {
  const ErrorCode codes[] = {ErrorCode::Io,           ErrorCode::Timeout,     ErrorCode::Protocol,
                             ErrorCode::Busy,         ErrorCode::NotFound,    ErrorCode::Disconnected,
                             ErrorCode::InvalidData,  ErrorCode::Full,        ErrorCode::Closed};
  std::set<std::string_view> names;
  for (const ErrorCode code : codes) {
    const std::string_view name = toString(code);
    EXPECT_FALSE(name.empty());
    EXPECT_NE(name, "unknown") << "code " << static_cast<int>(code) << " has no name";
    names.insert(name);
  }
  // Names end up in logs and on the staff panel: two codes must never read the same.
  EXPECT_EQ(names.size(), std::size(codes));
  EXPECT_EQ(toString(ErrorCode::Timeout), "timeout");
  EXPECT_EQ(toString(ErrorCode::NotFound), "not-found");
}

TEST(ErrorCode, OutOfRangeValueIsUnknown) {
  EXPECT_EQ(toString(static_cast<ErrorCode>(999)), "unknown");
}

TEST(Result, FailCarriesCodeAndMessage) {
  const Result<int> result = fail(ErrorCode::Timeout, "no answer in 2 s");
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::Timeout);
  EXPECT_EQ(result.error().message, "no answer in 2 s");
}

TEST(Result, HoldsAValueOnSuccess) {
  const Result<std::string> result = std::string("ok");
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(*result, "ok");
}

TEST(WorkerState, EveryStateHasItsOwnName) {
  const WorkerState states[] = {WorkerState::Starting, WorkerState::Running, WorkerState::Degraded,
                                WorkerState::Failed, WorkerState::Stopped};
  std::set<std::string_view> names;
  for (const WorkerState state : states) {
    EXPECT_NE(toString(state), "unknown");
    names.insert(toString(state));
  }
  EXPECT_EQ(names.size(), std::size(states));
  EXPECT_EQ(toString(WorkerState::Failed), "failed");
  EXPECT_EQ(toString(static_cast<WorkerState>(999)), "unknown");
}

}  // namespace
}  // namespace kiosk::devices

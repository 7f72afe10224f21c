// The store logs every failed write and purge by design; in test output those lines would
// bury the failures, so only errors are shown.
#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

namespace kiosk::leads {
namespace {

class QuietLogs : public ::testing::Environment {
 public:
  void SetUp() override { spdlog::set_level(spdlog::level::off); }
};

[[maybe_unused]] ::testing::Environment* const kQuietLogs = ::testing::AddGlobalTestEnvironment(new QuietLogs);

}  // namespace
}  // namespace kiosk::leads

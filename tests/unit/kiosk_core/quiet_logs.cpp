// The code under test logs every wrong PIN and missing key by design; in the test output
// those lines would bury the failures, so only errors are shown.
#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

namespace kiosk::core {
namespace {

class QuietLogs : public ::testing::Environment {
 public:
  void SetUp() override { spdlog::set_level(spdlog::level::err); }
};

[[maybe_unused]] ::testing::Environment* const kQuietLogs = ::testing::AddGlobalTestEnvironment(new QuietLogs);

}  // namespace
}  // namespace kiosk::core

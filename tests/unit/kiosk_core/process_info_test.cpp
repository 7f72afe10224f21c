#include "kiosk/core/process_info.h"

#include <fcntl.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

using namespace std::chrono_literals;

TEST(ProcessInfo, AgeIsSmallAndNotNegative) {
  const auto age = processAge();
  ASSERT_TRUE(age);
  // The kernel counts in clock ticks (10 ms): a fresh test process is young, give or take a tick.
  EXPECT_GE(*age, -20ms);
  EXPECT_LT(*age, 10min);
}

TEST(ProcessInfo, ResidentSetIsPlausible) {
  const auto rss = residentSetKiB();
  ASSERT_TRUE(rss);
  EXPECT_GT(*rss, 100);        // a C++ process with gtest is well above 100 KiB
  EXPECT_LT(*rss, 4L << 20);   // and well below 4 GiB
}

TEST(ProcessInfo, CountsOpenFileDescriptors) {
  const auto before = openFileDescriptors();
  ASSERT_TRUE(before);
  EXPECT_GE(*before, 3);  // stdin, stdout, stderr
  const int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  ASSERT_GE(fd, 0);
  const auto during = openFileDescriptors();
  ::close(fd);
  ASSERT_TRUE(during);
  EXPECT_EQ(*during, *before + 1);
  EXPECT_EQ(openFileDescriptors(), before);
}

}  // namespace
}  // namespace kiosk::core

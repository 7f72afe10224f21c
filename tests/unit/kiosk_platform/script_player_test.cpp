#include "kiosk/platform/script_player.h"

#include <gtest/gtest.h>

namespace kiosk::platform {
namespace {

// A host whose UI is always settled; counts how often the script looked at the screen.
class CountingHost : public ScriptHost {
 public:
  bool settled() const override { return true; }
  std::string currentScreen() const override {
    ++looks;
    return "home";
  }
  std::string currentLanguage() const override { return "it"; }
  SDL_Point windowSize() const override { return {1920, 1080}; }
  std::vector<core::ScriptKeyTarget> keyboardTargets() const override { return {}; }
  void requestScreenshot(const std::filesystem::path&) override {}
  void markFrames() override { ++marks; }
  mutable int looks = 0;
  int marks = 0;
};

std::optional<int> runToEnd(std::string_view text, CountingHost& host) {
  auto commands = core::parseScript(text);
  EXPECT_TRUE(commands);
  ScriptPlayer player(commands ? *commands : std::vector<core::ScriptCommand>{});
  return player.tick(host, ScriptPlayer::Clock::now());
}

TEST(ScriptPlayer, RepeatRunsItsBlockNTimes) {
  CountingHost host;
  EXPECT_EQ(runToEnd("repeat 3\nexpect-screen home\nend\n", host), 0);
  EXPECT_EQ(host.looks, 3);
}

TEST(ScriptPlayer, MarkFramesReachesTheHost) {
  CountingHost host;
  EXPECT_EQ(runToEnd("mark-frames\nexpect-screen home\n", host), 0);
  EXPECT_EQ(host.marks, 1);
}

TEST(ScriptPlayer, NestedRepeatsMultiplyAndCommandsAfterRunOnce) {
  CountingHost host;
  EXPECT_EQ(runToEnd("repeat 2\n expect-screen home\n repeat 3\n  expect-screen home\n end\nend\nexpect-screen home\n",
                     host),
            0);
  EXPECT_EQ(host.looks, 2 * (1 + 3) + 1);
}

TEST(ScriptPlayer, AFailedExpectationInsideARepeatStopsTheScript) {
  CountingHost host;
  EXPECT_EQ(runToEnd("repeat 1000\nexpect-screen attract\nend\n", host), 1);
  EXPECT_EQ(host.looks, 1);
}

}  // namespace
}  // namespace kiosk::platform

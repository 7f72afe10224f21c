// The staff dashboard, headless: the panel opens it; a new PIN is taken only when typed twice
// the same (a mismatch starts over and stores nothing); restart and quit ask for a
// confirmation first.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "headless_ui.h"

namespace kiosk::testing {
namespace {

using ui::ScreenId;

// At 1920x1080: the panel's Dashboard button, the dashboard's buttons, the PIN overlay's keys.
constexpr float kPanelDashboard[] = {1568, 548};
constexpr float kChangePin[] = {1716, 862};
constexpr float kRestart[] = {1388, 962};
constexpr float kQuit[] = {1716, 962};
constexpr float kKeyY[] = {390, 518, 646, 774};  // rows 1-3, 4-6, 7-9, del/0/ok
constexpr float kKeyX[] = {832, 960, 1088};
constexpr float kPinDone[] = {960, 896};

class StaffDashboardTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_ui.state().ops.changePin = [this](std::string pin) {
      m_pins.push_back(pin);
      m_ui.state().ops.pinChange = core::OperationsDesk::PinChange::Saved;
    };
    m_ui.goTo(ScreenId::Staff);
    m_ui.frames(2);
    m_ui.tap(kPanelDashboard[0], kPanelDashboard[1]);
    ASSERT_EQ(m_ui.nav().currentId(), ScreenId::StaffDashboard);
  }

  void type(const std::string& digits) {
    for (char c : digits) {
      const int d = c - '0';
      if (d == 0) {
        m_ui.tap(kKeyX[1], kKeyY[3]);
      } else {
        m_ui.tap(kKeyX[(d - 1) % 3], kKeyY[(d - 1) / 3]);
      }
    }
    m_ui.tap(kKeyX[2], kKeyY[3]);  // OK
  }

  HeadlessUi m_ui;
  std::vector<std::string> m_pins;
};

TEST_F(StaffDashboardTest, ANewPinIsTakenOnlyWhenTypedTwiceTheSame) {
  m_ui.tap(kChangePin[0], kChangePin[1]);
  type("1357");
  type("1358");  // mismatch: back to the first entry
  EXPECT_TRUE(m_pins.empty());
  type("1357");
  type("1357");
  ASSERT_EQ(m_pins.size(), 1u);
  EXPECT_EQ(m_pins.front(), "1357");
  m_ui.tap(kPinDone[0], kPinDone[1]);
  m_ui.tap(kRestart[0], kRestart[1]);  // the overlay is gone: the dashboard's buttons work again
  EXPECT_FALSE(m_ui.state().ops.restartRequested) << "restart asks for a confirmation first";
}

TEST_F(StaffDashboardTest, RestartAndQuitAskForAConfirmation) {
  m_ui.tap(kQuit[0], kQuit[1]);
  EXPECT_FALSE(m_ui.state().quitRequested);
  m_ui.tap(kQuit[0], kQuit[1]);  // Cancel sits where Quit was
  EXPECT_FALSE(m_ui.state().quitRequested);
  m_ui.tap(kRestart[0], kRestart[1]);
  m_ui.tap(kRestart[0], kRestart[1]);  // Confirm restart
  EXPECT_TRUE(m_ui.state().ops.restartRequested);
  EXPECT_FALSE(m_ui.state().quitRequested);
}

}  // namespace
}  // namespace kiosk::testing

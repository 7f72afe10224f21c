// The reader's screens, headless: a badge is read into the lead form only while the visitor waits at the
// reader; the traceability demo takes every scan it is given; neither keeps the scanned text or logs it.
#include <gtest/gtest.h>

#include <sstream>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include "headless_ui.h"

namespace kiosk::testing {
namespace {

using ui::ScreenId;

constexpr float kFillTheForm[] = {1595, 1012};  // the contact intro's start button
constexpr float kScanBadge[] = {696, 1012};     // "Scan your badge" in the first step's footer
constexpr float kDemosReaderCard[] = {960, 650};
const std::string kBadgeId = "EVT26-7F3A9C21D4E8";
const std::string kVCardWithUid =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Canarini;Giulietta;;;\r\nEMAIL:giulietta.canary@example.it\r\n"
    "UID:REG-0042-7781\r\nEND:VCARD\r\n";

class ReaderScreensTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_previous = spdlog::default_logger();
    spdlog::set_default_logger(
        std::make_shared<spdlog::logger>("test", std::make_shared<spdlog::sinks::ostream_sink_mt>(m_log)));
    // A reader plugged in and reporting, as the app's worker would.
    m_ui.state().reader.running = true;
    m_ui.state().devices.apply({"reader", devices::WorkerState::Running, "reader fake ready", 1, {}});
  }
  void TearDown() override { spdlog::set_default_logger(m_previous); }

  void scan(const std::string& text) {
    m_ui.state().reader.scan = text;
    m_ui.frames(3);
    EXPECT_FALSE(m_ui.state().reader.scan) << "the screen showing takes every scan";
  }

  std::ostringstream m_log;
  std::shared_ptr<spdlog::logger> m_previous;
  HeadlessUi m_ui;
};

TEST_F(ReaderScreensTest, ABadgeIsReadIntoTheFormOnlyWhileTheVisitorWaitsAtTheReader) {
  m_ui.goTo(ScreenId::Contact);
  m_ui.tap(kFillTheForm[0], kFillTheForm[1]);
  scan(kBadgeId);  // not waiting: dropped
  EXPECT_EQ(m_ui.state().session.badgeRef, "");

  m_ui.tap(kScanBadge[0], kScanBadge[1]);
  scan(kBadgeId);
  EXPECT_EQ(m_ui.state().session.badgeRef, kBadgeId);
  EXPECT_NE(m_log.str().find("badge: id only"), std::string::npos) << m_log.str();

  scan(kVCardWithUid);  // the wait ended with the first badge
  EXPECT_EQ(m_ui.state().session.badgeRef, kBadgeId);

  m_ui.tap(kScanBadge[0], kScanBadge[1]);
  scan(std::string("BEGIN:VCARD\r\nN:\x01\x02\r\n") + std::string(9000, 'x'));  // hostile: said kindly, nothing kept
  EXPECT_EQ(m_ui.state().session.badgeRef, kBadgeId);
  EXPECT_NE(m_log.str().find("badge: unreadable"), std::string::npos) << m_log.str();

  m_ui.tap(kScanBadge[0], kScanBadge[1]);
  scan(kVCardWithUid);
  EXPECT_EQ(m_ui.state().session.badgeRef, "REG-0042-7781");
  EXPECT_NE(m_log.str().find("badge: filled (3 fields filled)"), std::string::npos) << m_log.str();

  for (const char* secret : {"Canarini", "canary@example", "REG-0042", "EVT26"}) {
    EXPECT_EQ(m_log.str().find(secret), std::string::npos) << "the log holds '" << secret << "':\n" << m_log.str();
  }
}

TEST_F(ReaderScreensTest, TheDemosCardOpensTheTraceabilityDemoWhichTakesEveryScan) {
  m_ui.goTo(ScreenId::Demos);
  m_ui.tap(kDemosReaderCard[0], kDemosReaderCard[1]);
  ASSERT_EQ(m_ui.nav().currentId(), ScreenId::Traceability);
  scan("0005397623");
  scan("0000000001");
  scan(std::string(5000, '\x7f'));
  EXPECT_EQ(m_log.str().find("0005397623"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::testing

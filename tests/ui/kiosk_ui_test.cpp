// The kiosk's screens, headless: navigation by touch, scrolling, the staff gesture and PIN,
// and every screen drawn in every language without a missing string.
#include <gtest/gtest.h>

#include <sstream>

#include <imgui.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include "headless_ui.h"
#include "kiosk/media/media_item.h"
#include "kiosk/ui/screens/library_screen.h"

namespace kiosk::testing {
namespace {

using ui::ScreenId;

// Home tile centres and header buttons at 1920x1080 (the same as the e2e scripts use).
constexpr float kAssessmentTile[] = {503, 466};
constexpr float kDemosTile[] = {1417, 466};
constexpr float kLibraryTile[] = {503, 831};
constexpr float kContactTile[] = {1417, 831};
constexpr float kBack[] = {169, 56};
constexpr float kHeaderEnglish[] = {1810, 56};

class KioskUiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_previous = spdlog::default_logger();
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_log);
    spdlog::set_default_logger(std::make_shared<spdlog::logger>("test", sink));
  }
  void TearDown() override { spdlog::set_default_logger(m_previous); }

  std::ostringstream m_log;
  std::shared_ptr<spdlog::logger> m_previous;
  HeadlessUi m_ui;
};

TEST_F(KioskUiTest, EveryScreenDrawsInEveryLanguageWithoutMissingStrings) {
  for (const std::string& language : m_ui.i18n().languages()) {
    m_ui.i18n().setLanguage(language);
    for (ScreenId id : ui::allScreenIds()) {
      m_ui.goTo(id);
      EXPECT_EQ(m_ui.nav().currentId(), id);
    }
  }
  EXPECT_EQ(m_log.str().find("missing"), std::string::npos) << m_log.str();
}

TEST_F(KioskUiTest, RecommendedDemosOpenTheirOwnScreenWhereOneExists) {
  EXPECT_EQ(ui::screenOfDemo("printer"), ScreenId::Printer);
  EXPECT_EQ(ui::screenOfDemo("reader"), ScreenId::Traceability);
  EXPECT_EQ(ui::screenOfDemo("ar"), ScreenId::Ar);
  EXPECT_FALSE(ui::screenOfDemo("")) << "an unknown demo: the Demos overview stands in";
  EXPECT_FALSE(ui::screenOfDemo("hologram"));
}

TEST_F(KioskUiTest, TappingTheAttractLoopStartsAVisit) {
  m_ui.frames(2);
  ASSERT_EQ(m_ui.nav().currentId(), ScreenId::Attract);
  m_ui.tap(960, 540);
  EXPECT_EQ(m_ui.nav().currentId(), ScreenId::Home);
}

TEST_F(KioskUiTest, HomeTilesLeadToTheirSectionsAndBackReturns) {
  const std::pair<const float*, ScreenId> tiles[] = {{kAssessmentTile, ScreenId::Assessment},
                                                     {kDemosTile, ScreenId::Demos},
                                                     {kLibraryTile, ScreenId::Library},
                                                     {kContactTile, ScreenId::Contact}};
  m_ui.goTo(ScreenId::Home);
  for (const auto& [at, target] : tiles) {
    m_ui.tap(at[0], at[1]);
    EXPECT_EQ(m_ui.nav().currentId(), target);
    m_ui.tap(kBack[0], kBack[1]);
    EXPECT_EQ(m_ui.nav().currentId(), ScreenId::Home);
  }
}

TEST_F(KioskUiTest, NoItemStaysHoveredAfterTheFingerLifts) {
  m_ui.goTo(ScreenId::Home);
  m_ui.fingerDown(kHeaderEnglish[0], kHeaderEnglish[1]);
  m_ui.frame();
  EXPECT_TRUE(ImGui::IsAnyItemHovered());
  m_ui.fingerUp(kHeaderEnglish[0], kHeaderEnglish[1]);
  // Release frame, then the frame without a pointer; IsAnyItemHovered() also looks one frame back.
  m_ui.frames(3);
  EXPECT_FALSE(ImGui::IsAnyItemHovered());
  EXPECT_EQ(m_ui.i18n().language(), "en");
}

TEST_F(KioskUiTest, ADragStartingOnATileDoesNotChooseIt) {
  m_ui.goTo(ScreenId::Home);
  m_ui.drag(kAssessmentTile[0], kAssessmentTile[1], kAssessmentTile[0], kAssessmentTile[1] - 200, 10);
  m_ui.frames(3);
  EXPECT_EQ(m_ui.nav().currentId(), ScreenId::Home);
}

TEST_F(KioskUiTest, TheLibraryListFollowsTheFingerAndGlidesAfterAFling) {
  // Enough tiles to scroll: the shipped items four times over.
  auto many = std::make_shared<media::Catalog>(*m_ui.state().media.catalog);
  const auto shipped = many->items;
  for (int copy = 1; copy < 4; ++copy) {
    for (media::MediaItem item : shipped) {
      item.id += "-" + std::to_string(copy);
      many->items.push_back(item);
    }
  }
  m_ui.state().media.catalog = many;
  m_ui.goTo(ScreenId::Library);
  auto& library = dynamic_cast<ui::LibraryScreen&>(m_ui.nav().current());
  // A slow drag: the content moves with the finger, 1:1.
  m_ui.fingerDown(960, 900);
  m_ui.frame();
  for (int y = 880; y >= 700; y -= 20) {
    m_ui.advance(std::chrono::milliseconds(30));
    m_ui.fingerMove(960, static_cast<float>(y));
    m_ui.frame();
  }
  const float dragged = library.scrollOffset();
  EXPECT_NEAR(dragged, 200.0f, 1.0f);
  // A fling: after the finger lifts, the list keeps moving for a while, then stops.
  for (int y = 680; y >= 560; y -= 40) {
    m_ui.fingerMove(960, static_cast<float>(y));
    m_ui.frame();
  }
  m_ui.fingerUp(960, 560);
  m_ui.frame();
  const float atRelease = library.scrollOffset();
  m_ui.frames(20);
  EXPECT_GT(library.scrollOffset(), atRelease + 10.0f);
  m_ui.frames(300);
  const float rest = library.scrollOffset();
  m_ui.frames(10);
  EXPECT_FLOAT_EQ(library.scrollOffset(), rest);
}

TEST_F(KioskUiTest, ALongPressInTheCornerOpensThePinPadAndTheRightPinTheStaffPanel) {
  m_ui.goTo(ScreenId::Home);
  m_ui.fingerDown(60, 1020);
  m_ui.frames(60);  // ~1 s: not yet
  EXPECT_EQ(m_ui.nav().currentId(), ScreenId::Home);
  m_ui.frames(70);  // past the 2 s of the shipped config
  m_ui.fingerUp(60, 1020);
  m_ui.frames(3);
  ASSERT_EQ(m_ui.nav().currentId(), ScreenId::StaffPin);

  // Keypad centres at 1920x1080: 2 (960,446) 4 (832,574) 6 (1088,574) 8 (960,702) OK (1088,830).
  for (const auto& [x, y] : {std::pair{960.f, 446.f}, {832.f, 574.f}, {1088.f, 574.f}, {960.f, 702.f}}) m_ui.tap(x, y);
  m_ui.tap(1088, 830);
  EXPECT_EQ(m_ui.nav().currentId(), ScreenId::Staff);
}

TEST_F(KioskUiTest, AShortTapInTheCornerIsNotTheStaffGesture) {
  m_ui.goTo(ScreenId::Home);
  m_ui.tap(60, 1020);
  m_ui.frames(200);
  EXPECT_EQ(m_ui.nav().currentId(), ScreenId::Home);
}

}  // namespace
}  // namespace kiosk::testing

#include "headless_ui.h"

#include <cfloat>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include <imgui.h>

#include "kiosk/assessment/loader.h"
#include "kiosk/media/manifest_loader.h"
#include "kiosk/core/content_loader.h"
#include "kiosk/core/pin_hash.h"
#include "kiosk/ui/screen_registry.h"
#include "kiosk/ui/theme.h"

namespace kiosk::testing {

HeadlessUi::HeadlessUi() {
  auto config = core::loadConfig(KIOSK_ASSETS_DIR "/config/kiosk.toml");
  if (!config) throw std::runtime_error(config.error().front());
  m_config = std::move(*config);
  auto translator = core::Translator::load(m_config.assetsDir / "i18n", m_config.languages);
  if (!translator) throw std::runtime_error(translator.error().front());
  m_translator.emplace(std::move(*translator));
  const std::string hash = m_config.staff.pinHash;
  m_state = std::make_unique<core::KioskState>(core::KioskState{
      m_config, *m_translator, {}, {}, {},
      core::PinGate({5, std::chrono::milliseconds(200), std::chrono::minutes(1)},
                    [hash](std::string_view pin) { return core::verifyPin(hash, pin); }),
      {}, {}, {}, {}, {}});
  core::loadContent(*m_state);
  // The shipped media manifest (no thumbnails, no player: tiles show their placeholders).
  if (auto media = media::loadManifest(m_config.assetsDir / "media" / "manifest.toml", {})) {
    m_state->media.catalog = std::make_shared<const media::Catalog>(std::move(*media));
    m_state->media.revision = 1;
  }
  // The shipped questionnaire, and the README's worked example as the results screen's sample.
  if (auto content = assessment::loadContent(m_config.assetsDir / "assessment")) {
    m_state->assessment.content = std::make_shared<const assessment::Content>(std::move(*content));
  }
  std::ifstream sample(KIOSK_SOURCE_DIR "/tests/assessment/worked-example.json");
  m_state->assessment.sampleAnswersJson.assign(std::istreambuf_iterator<char>(sample), std::istreambuf_iterator<char>());

  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(kWidth, kHeight);
  auto fonts = ui::buildFonts(m_config.fonts, 1.0f);
  if (!fonts) throw std::runtime_error(fonts.error());
  m_fonts = *fonts;
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);  // what a renderer would upload
  ui::theme::applyStyle(1.0f);
  ui::registerScreens(m_nav);
}

HeadlessUi::~HeadlessUi() { ImGui::DestroyContext(); }

void HeadlessUi::frame() {
  m_now += std::chrono::milliseconds(16);
  m_pacer.frameStarted();
  m_pointer.beginFrame();
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = 0.016f;
  const input::PointerFrame& pointer = m_pointer.frame();
  io.MousePos = pointer.present ? ImVec2(pointer.pos.x, pointer.pos.y) : ImVec2(-FLT_MAX, -FLT_MAX);
  io.MouseDown[0] = pointer.down;
  ImGui::NewFrame();
  ui::UiContext ctx{*m_state, m_fonts, m_nav, m_pacer, m_idle, m_pointer.gesture(), m_now, 0.016f, 1.0f,
                    ImVec2(kWidth, kHeight)};
  m_nav.applyPending(ctx);
  m_shell.draw(ctx);
  ImGui::Render();
  m_pacer.frameRendered(m_now);
}

void HeadlessUi::frames(int count) {
  for (int i = 0; i < count; ++i) frame();
}

void HeadlessUi::advance(std::chrono::milliseconds ms) { m_now += ms; }

void HeadlessUi::feed(std::uint32_t type, float x, float y) {
  SDL_Event event{};
  event.type = type;
  event.tfinger.touchId = 1;
  event.tfinger.fingerId = 1;
  event.tfinger.x = x / kWidth;
  event.tfinger.y = y / kHeight;
  m_pointer.handleEvent(event, static_cast<int>(kWidth), static_cast<int>(kHeight), m_now);
}

void HeadlessUi::fingerDown(float x, float y) { feed(SDL_FINGERDOWN, x, y); }
void HeadlessUi::fingerMove(float x, float y) { feed(SDL_FINGERMOTION, x, y); }
void HeadlessUi::fingerUp(float x, float y) { feed(SDL_FINGERUP, x, y); }

void HeadlessUi::tap(float x, float y) {
  fingerDown(x, y);
  frames(2);
  fingerUp(x, y);
  frames(3);
}

void HeadlessUi::drag(float x1, float y1, float x2, float y2, int steps) {
  fingerDown(x1, y1);
  frame();
  for (int i = 1; i <= steps; ++i) {
    const float t = static_cast<float>(i) / static_cast<float>(steps);
    fingerMove(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t);
    frame();
  }
  fingerUp(x2, y2);
  frame();
}

void HeadlessUi::goTo(ui::ScreenId id) {
  m_nav.startAt(id, id == ui::ScreenId::Home || id == ui::ScreenId::Attract ? std::vector<ui::ScreenId>{}
                                                                             : std::vector<ui::ScreenId>{ui::ScreenId::Home});
  frames(2);
}

}  // namespace kiosk::testing

#include "kiosk/ui/icons.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace kiosk::ui::icons {
namespace {

constexpr std::array<std::pair<std::string_view, const char*>, 14> kNamed{{
      {"industry", "\xef\x89\xb5"},   // U+F275
      {"cube", kCube},
      {"eye", "\xef\x81\xae"},        // U+F06E
      {"sliders", "\xef\x87\x9e"},    // U+F1DE
      {"sitemap", "\xef\x83\xa8"},    // U+F0E8
      {"wifi", "\xef\x87\xab"},       // U+F1EB
      {"cloud", "\xef\x83\x82"},      // U+F0C2
      {"shield", kShield},
      {"database", "\xef\x87\x80"},   // U+F1C0
      {"barcode", kBarcode},
      {"print", kPrint},
      {"camera", kCamera},
      {"gauge", kGauge},
      {"play", kPlayCircle},
}};

constexpr std::array<const char*, 32> kFixed{
    kGauge, kCube,    kPlayCircle, kHandshake, kChevronLeft, kChevronRight, kHome,   kLock,
    kHandPointer, kCheck, kTimes, kBackspace, kWarning, kHeartbeat, kPrint, kBarcode,
    kCamera, kClock, kPowerOff, kShield, kUser, kInfo, kCircle, kArrowUp, kSquare, kCheckSquare,
    kEnvelope, kFileText, kPause, kPlay, kStop, kFire};

// The icons are all three-byte UTF-8 sequences in the Private Use Area.
ImWchar codepoint(const char* glyph) {
  const auto* b = reinterpret_cast<const unsigned char*>(glyph);
  return static_cast<ImWchar>(((b[0] & 0x0F) << 12) | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F));
}

}  // namespace

const char* byName(std::string_view name) {
  for (const auto& [key, glyph] : kNamed) {
    if (key == name) return glyph;
  }
  return kCircle;
}

const ImWchar* glyphRanges() {
  static const std::vector<ImWchar> ranges = [] {
    std::vector<ImWchar> points;
    for (const char* glyph : kFixed) points.push_back(codepoint(glyph));
    for (const auto& entry : kNamed) points.push_back(codepoint(entry.second));
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    std::vector<ImWchar> out;
    for (ImWchar point : points) out.insert(out.end(), {point, point});
    out.push_back(0);
    return out;
  }();
  return ranges.data();
}

}  // namespace kiosk::ui::icons

// Icon glyphs from Font Awesome 4.7 (Debian fonts-font-awesome), merged into the text fonts.
#pragma once

#include <string_view>

#include <imgui.h>

namespace kiosk::ui::icons {

inline constexpr const char* kGauge = "\xef\x83\xa4";        // U+F0E4
inline constexpr const char* kCube = "\xef\x86\xb2";         // U+F1B2
inline constexpr const char* kPlayCircle = "\xef\x85\x84";   // U+F144
inline constexpr const char* kHandshake = "\xef\x8a\xb5";    // U+F2B5
inline constexpr const char* kChevronLeft = "\xef\x81\x93";  // U+F053
inline constexpr const char* kChevronRight = "\xef\x81\x94"; // U+F054
inline constexpr const char* kHome = "\xef\x80\x95";         // U+F015
inline constexpr const char* kLock = "\xef\x80\xa3";         // U+F023
inline constexpr const char* kHandPointer = "\xef\x89\x9a";  // U+F25A
inline constexpr const char* kCheck = "\xef\x80\x8c";        // U+F00C
inline constexpr const char* kTimes = "\xef\x80\x8d";        // U+F00D
inline constexpr const char* kBackspace = "\xef\x84\xb7";    // U+F137 chevron-circle-left
inline constexpr const char* kWarning = "\xef\x81\xb1";      // U+F071
inline constexpr const char* kHeartbeat = "\xef\x88\x9e";    // U+F21E
inline constexpr const char* kPrint = "\xef\x80\xaf";        // U+F02F
inline constexpr const char* kBarcode = "\xef\x80\xaa";      // U+F02A
inline constexpr const char* kCamera = "\xef\x80\xb0";       // U+F030
inline constexpr const char* kClock = "\xef\x80\x97";        // U+F017
inline constexpr const char* kPowerOff = "\xef\x80\x91";     // U+F011
inline constexpr const char* kShield = "\xef\x84\xb2";       // U+F132
inline constexpr const char* kUser = "\xef\x80\x87";         // U+F007
inline constexpr const char* kInfo = "\xef\x84\xa9";         // U+F129
inline constexpr const char* kCircle = "\xef\x84\x91";       // U+F111
inline constexpr const char* kArrowUp = "\xef\x81\xa2";      // U+F062 (keyboard shift)
inline constexpr const char* kSquare = "\xef\x82\x96";       // U+F096 square-o (consent not given)
inline constexpr const char* kCheckSquare = "\xef\x85\x8a";  // U+F14A (consent given)
inline constexpr const char* kEnvelope = "\xef\x83\xa0";     // U+F0E0
inline constexpr const char* kFileText = "\xef\x85\x9c";     // U+F15C (privacy notice)
inline constexpr const char* kPause = "\xef\x81\x8c";        // U+F04C (printer: pause)
inline constexpr const char* kPlay = "\xef\x81\x8b";         // U+F04B (printer: resume)
inline constexpr const char* kStop = "\xef\x81\x8d";         // U+F04D (printer: cancel)
inline constexpr const char* kFire = "\xef\x81\xad";         // U+F06D (printer: heating)

// Icon by name, for icons chosen in data files ("industry", "cloud", ...); unknown names get a dot.
[[nodiscard]] const char* byName(std::string_view name);

// Glyph ranges holding exactly the icons above, so the font atlas carries ~40 icons, not 700.
[[nodiscard]] const ImWchar* glyphRanges();

}  // namespace kiosk::ui::icons

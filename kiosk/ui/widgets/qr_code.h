// The take-home QR code: text encoded with libqrencode (byte mode, UTF-8, error correction
// level M) into a module matrix once, then drawn as ImDrawList rectangles on a white square
// with the 4-module quiet zone phone cameras need.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>
#include <tl/expected.hpp>

namespace kiosk::ui {

struct QrMatrix {
  int size = 0;             // modules per side, without the quiet zone
  std::vector<bool> dark;   // row by row
  [[nodiscard]] bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
};

[[nodiscard]] tl::expected<QrMatrix, std::string> encodeQr(std::string_view text);

// The code with its quiet zone fills the square at `pos` with side `side` (modules snapped to whole pixels).
void drawQr(ImDrawList* list, ImVec2 pos, float side, const QrMatrix& qr);

}  // namespace kiosk::ui

#include "kiosk/ui/widgets/qr_code.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <qrencode.h>

namespace kiosk::ui {
namespace {

constexpr int kQuietZone = 4;
constexpr unsigned int kEciUtf8 = 26;

}  // namespace

tl::expected<QrMatrix, std::string> encodeQr(std::string_view text) {
  if (text.empty()) return tl::unexpected(std::string("nothing to encode"));
  const std::unique_ptr<QRinput, decltype(&QRinput_free)> input(QRinput_new2(0, QR_ECLEVEL_M), &QRinput_free);
  if (!input) return tl::unexpected(std::string("out of memory"));
  // Readers take 8-bit data as Latin-1 unless told otherwise: an ECI header says UTF-8
  // ("Sostenibilità"). Plain ASCII goes without it, for the oldest readers.
  const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii && QRinput_appendECIheader(input.get(), kEciUtf8) != 0) return tl::unexpected(std::string("ECI header refused"));
  if (QRinput_append(input.get(), QR_MODE_8, static_cast<int>(text.size()),
                     reinterpret_cast<const unsigned char*>(text.data())) != 0) {
    return tl::unexpected(std::string("the text does not fit a QR code"));
  }
  const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeInput(input.get()), &QRcode_free);
  if (!code) return tl::unexpected(std::string("the text does not fit a QR code"));
  QrMatrix out;
  out.size = code->width;
  out.dark.resize(static_cast<std::size_t>(code->width * code->width));
  // libqrencode: one byte per module, bit 0 set for a dark module.
  for (std::size_t i = 0; i < out.dark.size(); ++i) out.dark[i] = (code->data[i] & 1) != 0;
  return out;
}

void drawQr(ImDrawList* list, ImVec2 pos, float side, const QrMatrix& qr) {
  if (qr.size <= 0) return;
  const int total = qr.size + 2 * kQuietZone;
  // Whole-pixel modules keep every module the same size: cameras read a crisp grid best.
  const float module = std::max(1.0f, std::floor(side / static_cast<float>(total)));
  const float drawn = module * static_cast<float>(total);
  const ImVec2 origin(std::floor(pos.x + (side - drawn) * 0.5f), std::floor(pos.y + (side - drawn) * 0.5f));
  list->AddRectFilled(origin, ImVec2(origin.x + drawn, origin.y + drawn), IM_COL32_WHITE);
  for (int y = 0; y < qr.size; ++y) {
    // One rectangle per horizontal run of dark modules: a few hundred instead of a few thousand.
    for (int x = 0; x < qr.size;) {
      if (!qr.at(x, y)) {
        ++x;
        continue;
      }
      int end = x;
      while (end < qr.size && qr.at(end, y)) ++end;
      const ImVec2 min(origin.x + module * static_cast<float>(x + kQuietZone),
                       origin.y + module * static_cast<float>(y + kQuietZone));
      list->AddRectFilled(min, ImVec2(min.x + module * static_cast<float>(end - x), min.y + module), IM_COL32_BLACK);
      x = end;
    }
  }
}

}  // namespace kiosk::ui
